import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper mrg96 (stop 96): a blocked merger restricts both parties, also when the deal is named by the two names joined with a
// hyphen or an en dash ("blocked the Zenco-Qorva merger"); a deal named by one party's name is no banned thing. Sentences written
// for the tests, with made-up names.

const restricts = only('restricts');
const banned = only('banned');

describe('a blocked deal named by its hyphenated parties', () => {
  it('"blocked the A-B merger" restricts both parties, the first and the second', () => {
    expect(restricts(scoredClaimsOf('The European Commission blocked the Zenco-Qorva merger on Tuesday.'))).toEqual(['European Commission -restricts-> Qorva', 'European Commission -restricts-> Zenco']);
    expect(restricts(scoredClaimsOf('The European Commission on Tuesday blocked the proposed Zenco-Qorva tie-up.'))).toEqual(['European Commission -restricts-> Qorva', 'European Commission -restricts-> Zenco']);
    expect(restricts(scoredClaimsOf('The European Commission prohibited the Zenco–Qorva merger on Tuesday.'))).toEqual(['European Commission -restricts-> Qorva', 'European Commission -restricts-> Zenco']);
  });

  it('the passive, with its auxiliary or as a headline', () => {
    expect(restricts(scoredClaimsOf('The Zenco-Qorva merger was blocked by the European Commission.'))).toEqual(['European Commission -restricts-> Qorva', 'European Commission -restricts-> Zenco']);
    expect(restricts(scoredClaimsOf('Zenco-Qorva deal derailed by European Commission on competition concerns'))).toEqual(['European Commission -restricts-> Qorva', 'European Commission -restricts-> Zenco']);
  });

  it('"voted to prevent A and B from merging", "moved to block A\'s acquisition of B"', () => {
    expect(restricts(scoredClaimsOf('The Federal Trade Commission voted to prevent Zenco and Qorva from merging.'))).toEqual(['Federal Trade Commission -restricts-> Qorva', 'Federal Trade Commission -restricts-> Zenco']);
    expect(restricts(scoredClaimsOf("The Federal Trade Commission has moved to block Zenco's $9 billion acquisition of Qorva."))).toEqual(['Federal Trade Commission -restricts-> Zenco']);
  });

  it('a buyer\'s bid with a second price in brackets, blocked, restricts the buyer', () => {
    expect(restricts(scoredClaimsOf("The European Union on Wednesday thwarted Zenco Holdings Ltd.'s 10.25 billion pound ($14.8 billion) bid to buy Qorva."))).toEqual(['European Union -restricts-> Zenco Holdings Ltd']);
    expect(restricts(scoredClaimsOf("The European Union on Wednesday cleared Zenco Holdings Ltd.'s 10.25 billion pound ($14.8 billion) bid to buy Qorva."))).toEqual([]);
  });

  it('a deal cleared, wished blocked, or blocked by no state restricts no one', () => {
    expect(restricts(scoredClaimsOf('The European Commission cleared the Zenco-Qorva merger on Tuesday.'))).toEqual([]);
    expect(restricts(scoredClaimsOf('The Zenco-Qorva merger was approved by the European Commission.'))).toEqual([]);
    expect(restricts(scoredClaimsOf('The European Commission urged Ruritania to block the Zenco-Qorva merger.'))).toEqual([]);
    expect(restricts(scoredClaimsOf("Qorva's board rejected the Zenco-Qorva deal."))).toEqual([]);
    expect(restricts(scoredClaimsOf('The Zenco-Qorva merger was blocked by Qorva shareholders.'))).toEqual([]);
    expect(restricts(scoredClaimsOf("Qorva's board stopped Zenco from merging with Vexa."))).toEqual([]);
    expect(restricts(scoredClaimsOf('The European Commission blocked the Franco-German merger.'))).toEqual([]);
    expect(restricts(scoredClaimsOf('The Senate blocked the US-China trade deal.'))).toEqual([]);
  });

  it('a blocked deal bans neither party, nor a firm whose name opens the deal', () => {
    expect(banned(scoredClaimsOf('The European Commission on Tuesday blocked the proposed Zenco-Qorva tie-up.'))).toEqual([]);
    expect(banned(scoredClaimsOf('The European Commission blocked the Coca-Cola deal.'))).toEqual([]);
    expect(banned(scoredClaimsOf('The European Commission blocked the Zenco merger with Qorva.'))).toEqual([]);
  });

  it('a block on a product or a firm is still a ban', () => {
    expect(banned(scoredClaimsOf('Ruritania blocked the Zenco app on Tuesday.'))).toEqual(['Ruritania -banned-> Zenco']);
    expect(banned(scoredClaimsOf('Ruritania banned the Zeta phone over security concerns.'))).toEqual(['Ruritania -banned-> Zeta']);
  });
});
