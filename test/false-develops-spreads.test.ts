import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fpx93, from the eighty-eighth fresh sample (search, apparel, film readers): false develops edges from an owner spread over a
// list, a plural apposition read back onto a name before it, a ticker and its index in brackets, a ruling's name, and one half of a
// hyphened deal pair read as a maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('an owner set off after a list', () => {
  it('", owned by X" after a list tells of its last item only', () => {
    expect(develops('Critics include Alpha, Beta and Gamma, owned by Zenco.')).toEqual(['Zenco -develops-> Gamma']);
    expect(develops('Rivals include Alpha and Beta, owned by Zenco Group.')).toEqual(['Zenco Group -develops-> Beta']);
    expect(develops('Bidders were Alpha, Beta and Gamma, controlled by Zenco Group.')).not.toContain('Zenco Group -develops-> Alpha');
    expect(develops('Critics include Alpha, Beta or Gamma, run by Zenco Group.')).not.toContain('Zenco Group -develops-> Beta');
    expect(develops('Critics include Alpha, Beta and Gamma, which is owned by Zenco.')).toEqual(['Zenco -develops-> Gamma']);
    expect(develops('Stores include Alpha, Beta and Gamma, operated by Zenco.')).toEqual(['Zenco -develops-> Gamma']);
  });

  it('"all owned by", a possessive over the list, or a maker set off on both sides keep every item', () => {
    expect(develops('Brands include Alpha, Beta and Gamma, all owned by Zenco.')).toEqual(['Zenco -develops-> Alpha', 'Zenco -develops-> Beta', 'Zenco -develops-> Gamma']);
    expect(develops("Zenco's Zeta, Vexa and Lumo are popular.")).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops('Alpha, Beta and Gamma, made by Zenco, are popular.')).toEqual(['Zenco -develops-> Alpha', 'Zenco -develops-> Beta', 'Zenco -develops-> Gamma']);
    expect(develops('Gamma, owned by Zenco, is popular.')).toEqual(['Zenco -develops-> Gamma']);
    expect(develops('Alpha, Beta and Gamma, owned by Zenco, are popular.')).toEqual(['Zenco -develops-> Alpha', 'Zenco -develops-> Beta', 'Zenco -develops-> Gamma']);
    expect(develops('Brands such as Alpha and Beta, both owned by Zenco, sell well.')).toEqual(['Zenco -develops-> Alpha', 'Zenco -develops-> Beta']);
    expect(develops('Zenco Inc makes the Zeta, Vexa and Lumo phones, owned by millions.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Zeta']);
  });
});

describe('a plural kind after a comma', () => {
  it('"Vexa, map apps from Qorva and Tolan" lists other things; the name before is not theirs', () => {
    expect(develops("Users can choose Zenco's app Vexa, map apps from Qorva and Tolan.")).toEqual(['Zenco -develops-> Vexa']);
    expect(develops("Users can choose Zenco's app Vexa, or map apps from Qorva.")).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('The store lists Vexa, chat tools from Qorva Inc and others.')).not.toContain('Qorva Inc -develops-> Vexa');
  });

  it('a singular kind in apposition still names the maker', () => {
    expect(develops('Users can choose Vexa, a map app from Qorva Inc.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Zeta, the latest model from Zenco Inc, is fast.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Vexa, the new chat assistant from Qorva Inc, is out.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Zeta, a family of models from Zenco Inc, is open.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Vexa, the models from Zenco Inc, are fast.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Critics include Alpha, Beta and Gamma, apps from Zenco Inc.')).toContain('Zenco Inc -develops-> Gamma');
  });
});

describe('tickers, indexes and rulings', () => {
  it('a symbol and its index in brackets are no products', () => {
    expect(develops('Shares of Zenco (ZNC, Index 500) fell on Monday.')).toEqual([]);
    expect(develops('Shares of Zenco Corp (ZNC, S&P 500) fell on Monday.')).toEqual([]);
    expect(develops('Shares of Zenco Corp (ZNC.O, Nasdaq 100) rose.')).toEqual([]);
  });

  it('products in brackets and a firm with a ticker keep their edges', () => {
    expect(develops('Zenco Inc (ZNC) said its Zeta app is fast.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc said its Zeta engine is fast.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc will provide Qorva Corp with chips made by its Zeta unit for its Vexa phone.')).toEqual(['Qorva Corp -develops-> Vexa']);
  });

  it("a ruling's name is no product", () => {
    expect(develops("The court upheld the Commission's Zenco Shop Decision, Zenco Inc said.")).toEqual([]);
    expect(develops('Zenco Inc appealed the Zenco Shopping Decision.')).toEqual([]);
  });

  it('a symbol before a list of products, and a title ending in "Decision" with no case at law, keep their edges', () => {
    expect(develops('Zenco Inc makes three models (ZX, Zeta 500 and Vexa).')).toEqual(['Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> ZX', 'Zenco Inc -develops-> Zeta 500']);
    expect(develops('Zenco Inc released the Zeta Decision game.')).toEqual(['Zenco Inc -develops-> Zeta Decision']);
  });
});

describe('one half of a deal pair', () => {
  it('a name hyphened to another before "deal" or "merger" launched nothing', () => {
    expect(develops('Zenco, Qorva and Kappa unveiled their opposition to the Borin-Zeta deal with the launch of Fairplay.org.')).not.toContain('Zeta -develops-> Fairplay.org');
    expect(develops('The Borin-Zeta merger announced the launch of Fairplay.org.')).toEqual([]);
    expect(develops('Critics of the Zeta-Borin merger launched Fairplay.org.')).not.toContain('Zeta -develops-> Fairplay.org');
  });

  it('the backers and a plain maker keep their edges', () => {
    expect(develops('Kappa Inc launched Fairplay.org to oppose the Borin-Zeta deal.')).toEqual(['Kappa Inc -develops-> Fairplay.org']);
    expect(develops('Zenco Inc launched Vexa to compete with the Borin-Qorva alliance.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc unveiled Vexa after the Qorva-Kappa merger collapsed.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc launched the Zeta-Vexa platform.')).toEqual(['Zenco Inc -develops-> Zeta-Vexa']);
  });
});

describe('"its" after a thing a provider hands over "with"', () => {
  it('"provide Qorva with results generated by its Zeta engine" is the provider\'s engine', () => {
    expect(develops('Zenco Inc will provide Qorva Corp with results generated by its Zeta engine.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc will provide Qorva Corp with data from its Zeta satellites.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a purpose, a new clause, a plain object or another firm named between keep the nearest firm', () => {
    expect(develops('Zenco Inc supplies Qorva Corp with chips for its Zeta phone.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Zenco Inc provided Qorva Corp with funding, and Qorva Corp used its Zeta engine.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Zenco Inc bought Qorva Corp and its Zeta engine.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Zenco Inc will provide Qorva Corp with results generated by Kappa Ltd and its Zeta engine.')).toEqual(['Kappa Ltd -develops-> Zeta']);
    expect(develops('Zenco Inc said its Zeta engine is fast.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc will provide Qorva Corp with chips made by its Zeta unit for its Vexa phone.')).toEqual(['Qorva Corp -develops-> Vexa']);
  });
});

describe('a place standing for a trade', () => {
  it('"one of Hollywood\'s most storied brands, including the Qorva franchise" names no maker', () => {
    expect(develops("It is one of Hollywood's most storied brands, including the Qorva franchise.")).toEqual([]);
    expect(develops("Vexa is one of Bollywood's biggest brands, including the Qorva series.")).toEqual([]);
  });

  it('a firm\'s brands and a firm named after the place keep their maker', () => {
    expect(develops("It is one of Zenco Inc's most storied brands, including the Qorva franchise.")).toEqual(['Zenco Inc -develops-> Qorva']);
  });
});
