import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rvl94, from stop 91's eighty-third fresh sample: a rival set beside a firm ("Zenco and its competitor Qorva") is that firm's,
// not the clause's subject's (a paper that "has learned that …"); a member set off as a firm's partner, supplier or client is no party
// of the rivalry the clause states; a market's players set off by a
// dash compete with each other; a headline's "More competition for Zenco: Qorva arrives" pairs the two. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a rival set beside a firm by "and its"', () => {
  it('pairs the firm before "and its" with the rival, not the clause\'s subject', () => {
    expect(rivals('The Zembla Times has learned that Zenco Inc and its competitor Qorva Inc are in talks.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('The Zembla Times has learned that Zenco and its competitor Qorva are in talks.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Vexa Inc said Zenco Inc and its main competitor Qorva Inc cut prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Since buying Vexa Inc in 2016, Zenco Inc and its competitor Qorva Inc have dominated the market.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Restaurants complain about fees charged by Zenco Inc and its local competitor Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('a cited paper or a speaker is no party', () => {
    expect(rivals('The Zembla Times reported that Zenco Inc and its rival Qorva Inc cut prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Analysts at Vexa Inc say Zenco Inc and its rival Qorva Inc will cut prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('a former rival, or a partner, set beside the firm is none', () => {
    expect(rivals('Zenco Inc and its former rival Qorva Inc merged.')).toEqual([]);
    expect(rivals('Zenco Inc and its partner Qorva Inc launched a joint app.')).toEqual([]);
  });
});

describe('a partner, supplier or client beside the subject', () => {
  it('is no party of the rival the clause names; the firm it is tied to is', () => {
    expect(rivals('Zenco Inc and its partner Vexa Inc lead the market, while rival Qorva Inc trails.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc and its supplier Vexa Inc lead the market, while rival Qorva Inc trails.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc and its investor Vexa Inc lead the market, while rival Qorva Inc trails.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc and its client Vexa Inc grew fast, while rival Qorva Inc shrank.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc and its ad agency Vexa Inc grew fast, while rival Qorva Inc shrank.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc and its partners Vexa Inc and Brill Inc lead, while rival Qorva Inc trails.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc and its partner Vexa Inc compete with Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});

describe('a rival set off by commas after "and its"', () => {
  it('is still the firm\'s', () => {
    expect(rivals('The Zembla Times has learned that Zenco Inc and its rival, Qorva Inc, are in talks.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});

describe('a market\'s players set off by a dash', () => {
  it('compete with each other', () => {
    const all = ['Qorva Inc -competes_with-> Brill Inc', 'Zenco Inc -competes_with-> Brill Inc', 'Zenco Inc -competes_with-> Qorva Inc'];
    expect(rivals('The segment is dominated by three players - Zenco Inc, Qorva Inc and Brill Inc.').sort()).toEqual(all);
    expect(rivals('The market has three big players - Zenco Inc, Qorva Inc and Brill Inc.').sort()).toEqual(all);
  });

  it('but not players fined, hired or bidding together', () => {
    expect(rivals('Regulators fined three players - Zenco Inc, Qorva Inc and Brill Inc - in the market.')).toEqual([]);
    expect(rivals('Qorva Inc hired three players - Zenco Inc, Vexa Inc and Brill Inc - for its market study.')).toEqual([]);
    expect(rivals("The consortium's three players - Zenco Inc, Qorva Inc and Brill Inc - signed a joint bid for the market.")).toEqual([]);
  });
});

describe('a headline\'s competition for a firm, then a newcomer after the colon', () => {
  it('pairs the firm with the newcomer that arrives or enters', () => {
    expect(rivals('More competition for Zenco Eats: Qorva Food arrives in Zembla')).toEqual(['Zenco Eats -competes_with-> Qorva Food']);
    expect(rivals('New rival for Zenco Inc: Qorva Inc enters the market')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('not a plan, another act after the colon, or no contest before it', () => {
    expect(rivals('New competition for Zenco Inc: Qorva Inc plans to enter Zembla')).toEqual([]);
    expect(rivals('More competition for Zenco Inc: regulators clear Qorva Inc deal')).toEqual([]);
    expect(rivals("More competition for Zenco Inc: Qorva Inc's Vexa app arrives in Zembla")).toEqual([]);
    expect(rivals('No competition for Zenco Inc: Qorva Inc quits Zembla')).toEqual([]);
    expect(rivals('Good news for Zenco Inc: Qorva Inc arrives in Zembla')).toEqual([]);
  });
});
