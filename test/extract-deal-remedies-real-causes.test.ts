import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 94, helper rlk94, from real antitrust news: competition bodies stopping mergers and ordering sales, with words between the
// parts (a date with its day, the merged units, the second party after "with", a bracketed price, an aside after the firm ordered,
// an order in the passive). A blocked merger restricts both parties, a blocked acquisition its buyer, an order to sell the firm
// ordered; none of them is a ban. Sentences written for the tests, names made up.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('mergers stopped with words between the verb and the parties', () => {
  it('"on June 11 blocked the merger of conglomerate Zenco with steel giant Qorva": both parties, past the date and the kinds', () => {
    const text = 'The European Commission on June 11 blocked the merger of German industrial conglomerate Zenco Corp with Indian steel giant Qorva Inc, an expected veto.';
    expect(restricts(text)).toEqual(['European Commission -restricts-> Qorva Inc', 'European Commission -restricts-> Zenco Corp']);
    expect(banned(text)).toEqual([]);
  });

  it('"blocked a planned merger between the rail units of Zenco and Qorva": the owners of the merged units', () => {
    expect(restricts("The European Commission on Wednesday blocked a planned merger between the rail units of Ruritania's Zenco Corp and Zembla's Qorva Inc.")).toEqual([
      'European Commission -restricts-> Qorva Inc',
      'European Commission -restricts-> Zenco Corp',
    ]);
  });

  it('"announced its decision to block a merger between Zenco and Qorva"', () => {
    expect(restricts('The European Commission announced its decision to block a merger between Zenco Corp and Qorva Inc.')).toEqual([
      'European Commission -restricts-> Qorva Inc',
      'European Commission -restricts-> Zenco Corp',
    ]);
  });

  it('near misses: a decision to review, a decision not to block, a merger only weighed, a deal of units sold', () => {
    expect(restricts('The European Commission announced its decision to review a merger between Zenco Corp and Qorva Inc.')).toEqual([]);
    expect(restricts('The European Commission announced its decision not to block a merger between Zenco Corp and Qorva Inc.')).toEqual([]);
    expect(restricts('The European Commission could block the merger of German industrial conglomerate Zenco Corp with Indian steel giant Qorva Inc.')).toEqual([]);
    expect(restricts('Analysts said the European Commission may block a merger between the rail units of Zenco Corp and Qorva Inc.')).toEqual([]);
    expect(restricts('Zenco Corp on June 11 blocked the merger of its unit Vexa Labs with rival Qorva Inc.')).toEqual([]);
  });
});

describe("a buyer's deal stopped, its price or its buyer told apart", () => {
  it('"blocked Zenco\'s $75 billion (€68 billion) acquisition of Qorva" restricts the buyer and bans no one', () => {
    const text = "The Ruritanian Competition Authority has blocked Zenco Corp's $75 billion (€68 billion) acquisition of Qorva Inc.";
    expect(restricts(text)).toEqual(['Ruritanian Competition Authority -restricts-> Zenco Corp']);
    expect(banned(text)).toEqual([]);
  });

  it('"blocked its $69 billion deal to acquire Qorva" bans neither side; a ban of a named app stays', () => {
    expect(banned('In a blow to Zenco Corp, the Ruritanian Competition Authority has blocked its $69 billion deal to acquire Qorva Inc.')).toEqual([]);
    expect(banned('The Ruritanian Competition Authority has blocked the Zeta app to protect users.')).toEqual(['Ruritanian Competition Authority -banned-> Zeta']);
  });

  it('"prevented Zenco\'s proposed purchase of Qorva"', () => {
    expect(restricts("The Ruritanian Competition Authority has prevented Zenco Corp's proposed purchase of Qorva Inc.")).toEqual(['Ruritanian Competition Authority -restricts-> Zenco Corp']);
  });

  it('"shot down Vexa\'s sale of Qorva to the Zembla group Zenco": the buyer', () => {
    const text = "The European Commission shot down Vexa Holdings' sale of Qorva Inc to Zembla group Zenco Corp on Wednesday.";
    expect(restricts(text)).toContain('European Commission -restricts-> Zenco Corp');
    expect(restricts(text)).not.toContain('European Commission -restricts-> Zembla');
  });

  it('"Zenco and Qorva\'s collapsed joint venture was formally blocked by the European Union": both parties, no ban', () => {
    const text = "Zenco Corp and Qorva Inc's collapsed joint venture was formally blocked by the European Union.";
    expect(restricts(text)).toEqual(['European Union -restricts-> Qorva Inc', 'European Union -restricts-> Zenco Corp']);
    expect(banned(text)).toEqual([]);
  });

  it('near misses: a firm prevents a purchase, a deal only challenged, a product blocked in the passive, a plan to block', () => {
    expect(restricts("Vexa Labs prevented Zenco Corp's proposed purchase of Qorva Inc.")).toEqual([]);
    expect(restricts("The Ruritanian Competition Authority has challenged Zenco Corp's $75 billion (€68 billion) acquisition of Qorva Inc.")).toEqual([]);
    expect(restricts('The Ruritanian Competition Authority wants to block the joint venture of Zenco Corp and Qorva Inc.')).toEqual([]);
    expect(banned('Zenco Corp\'s Zeta app was blocked by Ruritania.')).toEqual(['Ruritania -banned-> Zeta']);
  });
});

describe('orders to sell with a described firm or an aside', () => {
  it('"ordered Vexa\'s parent company Zenco to sell Qorva"', () => {
    expect(restricts("The Ruritanian Competition Authority has ordered Vexa Labs' parent company Zenco Corp to sell Qorva Inc.")).toContain('Ruritanian Competition Authority -restricts-> Zenco Corp');
  });

  it('"ordered Zenco, which operates A, B and C, to sell gif provider Qorva"', () => {
    expect(restricts('The Ruritanian Competition Authority ordered Zenco Corp, which operates Zeta, Vela and Kappa, to sell gif provider Qorva Inc.')).toContain('Ruritanian Competition Authority -restricts-> Zenco Corp');
  });

  it('"issued an order mandating Zenco, a maker of tests, to divest Qorva"; "adopted measures requiring Zenco to divest Qorva"', () => {
    expect(restricts('The Ruritanian Competition Authority has issued an order mandating Zenco Corp, a leading maker of test kits, to divest Qorva Inc.')).toContain('Ruritanian Competition Authority -restricts-> Zenco Corp');
    expect(restricts('The European Commission has adopted restorative measures requiring Zenco Corp to divest Qorva Inc.')).toContain('European Commission -restricts-> Zenco Corp');
  });

  it('"Zenco was forced by the regulator to dissolve its partnership with Qorva"', () => {
    expect(restricts('Zenco Corp previously was forced by the Ruritanian Competition Authority to dissolve its partnership with Qorva Inc.')).toEqual(['Ruritanian Competition Authority -restricts-> Zenco Corp']);
  });

  it('near misses: a firm orders its unit, a request, an order only weighed, a firm forced by a rival, selling shares bought by a fund', () => {
    expect(restricts("Zenco Corp ordered its unit Vexa Labs, which operates Zeta, to sell Qorva Inc.")).toEqual([]);
    expect(restricts('The Ruritanian Competition Authority asked Zenco Corp, formerly Vexa Labs, to sell Qorva Inc.')).toEqual([]);
    expect(restricts('Analysts said the Ruritanian Competition Authority could order Zenco Corp, a leading maker of test kits, to divest Qorva Inc.')).toEqual([]);
    expect(restricts('Zenco Corp was forced by Qorva Inc to dissolve its partnership with Vexa Labs.')).toEqual([]);
    expect(restricts('Zenco Corp was told by the Ruritanian Competition Authority that it may keep Qorva Inc.')).toEqual([]);
  });
});

describe('a firm kept from linking data', () => {
  it('"prohibiting Zenco from linking the data collected on its apps" restricts Zenco, no ban', () => {
    const text = 'The Ruritanian Competition Authority issued a decision prohibiting Zenco Corp from linking the data collected on its apps to user profiles.';
    expect(banned(text)).toEqual([]);
    expect(restricts(text)).toEqual(['Ruritanian Competition Authority -restricts-> Zenco Corp']);
  });

  it('near misses: kept from selling is still a ban; a firm keeping its own users from linking bans no one', () => {
    expect(banned('The Ruritanian Competition Authority prohibited Zenco Corp from selling the Zeta phone.')).not.toEqual([]);
    expect(restricts('Zenco Corp prohibited its users from linking accounts.')).toEqual([]);
  });
});
