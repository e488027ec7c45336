import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper hy84: two names no lexicon knows joined by a hyphen before a noun of what two parties share ("the Zenco-Qorva rivalry")
// are two names, each a side; real hyphenated names, releases and states' adjectives stay whole. Sentences written for the tests.

const rivals = only('competes_with');

describe('a hyphenated pair of unknown names before a rivalry noun', () => {
  it('"the A-B war", "the A-B price war", "the A-B rivalry" set A against B', () => {
    expect(rivals(scoredClaimsOf('The Zenco-Qorva war heated up on Monday as both firms cut prices.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals(scoredClaimsOf('The Zenco-Qorva price war heated up again this quarter.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals(scoredClaimsOf('The bitter Vexa-Lumora rivalry has shaped the robot market for a decade.'))).toEqual(['Vexa -competes_with-> Lumora']);
  });

  it('"the A/B rivalry": a slashed pair, which the tagger keeps one word, is two names too', () => {
    expect(rivals(scoredClaimsOf('The Zenco/Qorva rivalry heated up on Monday.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('banned')(scoredClaimsOf('Ruritania blocked the Zenco/Qorva merger.'))).toEqual([]);
  });

  it('a pair with one name the lexicon knows names the other too', () => {
    expect(rivals(scoredClaimsOf('The Apple-Zenco rivalry heated up on Monday.'))).toEqual(['Apple -competes_with-> Zenco']);
  });

  it('a deal noun or talks split the pair into two names, with no rivalry', () => {
    const text = 'Zenco-Qorva talks broke down on Friday.';
    expect(rivals(scoredClaimsOf(text))).toEqual([]);
    expect(scoredClaimsOf('The Zenco-Qorva merger was cleared by regulators on Monday.').filter((c) => c.includes('Zenco-Qorva'))).toEqual([]);
  });

  it('a deal named by its pair, blocked, bans neither side', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania blocked the Zenco-Qorva merger.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('The Zenco-Qorva deal was blocked by Ruritania.'))).toEqual([]);
  });
});

describe('hyphenated names that stay whole', () => {
  it('a firm\'s hyphenated name before another word is one name', () => {
    expect(rivals(scoredClaimsOf('Zenco-Vexa sells robots in Ruritania and competes with Qorva.'))).toEqual(['Zenco-Vexa -competes_with-> Qorva']);
  });

  it('a known hyphenated name, or one with a common English part, is one name before a pair noun', () => {
    expect(entitiesOf('The Zenco rivalry with Mercedes-Benz heated up.').some((e) => /^(?:Mercedes|Benz) \(/.test(e))).toBe(false);
    expect(rivals(scoredClaimsOf('The Rolls-Royce deal with Zenco closed on Monday.'))).toEqual([]);
    expect(entitiesOf('The Coca-Cola war with Zenco heated up.').some((e) => /^(?:Coca|Cola) \(/.test(e))).toBe(false);
  });

  it('a release, a state\'s adjective and a maker\'s participle keep their readings', () => {
    expect(entitiesOf('The Zeta-2 war with Qorva heated up.').some((e) => e.startsWith('Zeta ('))).toBe(false);
    expect(rivals(scoredClaimsOf('The Sino-Zembla talks ended on Monday.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco-backed Qorva launched the Zeta-2 phone.'))).toEqual(['Qorva -develops-> Zeta-2']);
  });

  it('a pair before no pair noun, or a rivalry denied, gives no rivalry', () => {
    expect(rivals(scoredClaimsOf('The Zenco-Qorva building opened on Monday.'))).toEqual([]);
    expect(rivals(scoredClaimsOf('Zenco-Qorva sells robots in Ruritania.'))).toEqual([]);
  });
});

describe('a rival\'s or maker\'s noun inside a Title Case headline', () => {
  it('"A Rival B Raises …", "Shuts Down A Rival B", "A Competitor B Wins …" set A against B', () => {
    expect(rivals(scoredClaimsOf('Zenco Rival Qorva Raises $10 Million'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals(scoredClaimsOf('Ruritania Shuts Down Zenco Rival Qorva'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals(scoredClaimsOf('Vexa Competitor Lumora Wins Big Contract'))).toEqual(['Vexa -competes_with-> Lumora']);
  });

  it('"A Buys B Maker C", "B Maker C Opens …" name the maker of B', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Buys Zapp Maker Vexa'))).toEqual(['Vexa -develops-> Zapp']);
    expect(only('develops')(scoredClaimsOf('Zapp Maker Vexa Opens Office In Zembla'))).toEqual(['Vexa -develops-> Zapp']);
  });

  it('a noun with no coined name after it, or a headline with no relation, gives no edge', () => {
    expect(rivals(scoredClaimsOf('Zenco Rival Games Raises Money'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco Parent Posts Record Profit'))).toEqual([]);
    expect(scoredClaimsOf('Zenco And Qorva Report Record Profits')).toEqual([]);
    expect(scoredClaimsOf('Zenco Opens New Office In Zembla')).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Qorva Maker Faire Opens In Zembla'))).toEqual([]);
  });

  it('a firm\'s noun after the maker\'s noun is no part of the maker\'s name', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Parent Company Zorvex Cuts Jobs'))).toEqual(['Zorvex -develops-> Zenco']);
  });
});
