import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper dvb97, from fresh samples on sales of businesses and brands: a firm's own brands given as examples after "under … brands
// such as" (a list of goods before it) or after "Zenco includes brands such as"; a shop's, a fund's, a licensee's or a buyer's brands
// are others'. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('goods sold under brands such as …', () => {
  it('a list of goods with its commas, then "under several brands such as" or "under such brands as"', () => {
    expect(develops('Zenco sells tackle, rods and reels under several brands such as Lumo and Tarn.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Tarn']);
    expect(develops('Zenco sells fragrances, cosmetics and skin care products under such brands as Lumo, Tarn and Pell.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Pell', 'Zenco -develops-> Tarn']);
    expect(develops('Qorva, which makes cleaners under brands including Lumo and Tarn, reported higher sales.')).toEqual(['Qorva -develops-> Lumo', 'Qorva -develops-> Tarn']);
  });

  it('a shop, a distributor, a licensee, a fund or goods made by another trade others\' brands', () => {
    expect(develops('Zenco Stores sells toys, games and books under brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco, a department store chain, sells toys and games under brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco, a distributor, sells cleaners under brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco sells toys made by Qorva under brands such as Lumo and Tarn.')).not.toContain('Zenco -develops-> Lumo');
    expect(develops('Zenco did not sell cleaners under brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco plans to sell cleaners under brands such as Lumo and Tarn.')).toEqual([]);
  });
});

describe('a firm that includes brands such as …', () => {
  it('the firm as the subject of "includes brands such as"', () => {
    expect(develops('Zenco includes brands such as Lumo, Tarn and Pell.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Pell', 'Zenco -develops-> Tarn']);
    expect(develops('New company Qorva includes brands such as Lumo and Tarn.')).toEqual(['Qorva -develops-> Lumo', 'Qorva -develops-> Tarn']);
  });

  it('a fund, an index, a shop, a buyer or a possessive holder is no maker', () => {
    expect(develops('Zenco Capital includes brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('The Zenco 100 Index includes brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco, a retailer, includes brands such as Lumo and Tarn on its shelves.')).toEqual([]);
    expect(develops('Zenco, the buyer, includes brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco, which acquired Qorva last year, now includes brands such as Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco includes brands such as Lumo and Tarn among its clients.')).toEqual([]);
  });
});

describe('"its" after a firm bought or brands added', () => {
  it('"acquired Qorva to expand its range", "adds brands such as A and B to its portfolio": "its" is the buyer\'s', () => {
    expect(develops('Zenco Inc acquired Qorva Labs to expand its Lumo range.')).toEqual(['Zenco Inc -develops-> Lumo']);
    expect(develops('Zenco Inc bought Qorva Labs and added it to its portfolio of brands that include Vexa and Pell.')).toEqual(['Zenco Inc -develops-> Pell', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc adds brands such as Lumo and Tarn to its portfolio of perfume brands that include Vexa and Pell.')).toEqual(['Zenco Inc -develops-> Pell', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc adds Lumo hair dyes and Tarn make-up to its portfolio of brands that include Vexa and Pell.')).toEqual(['Zenco Inc -develops-> Pell', 'Zenco Inc -develops-> Vexa']);
  });

  it('the firm bought keeps its own things in another clause, after "after", as a subject or in the next sentence', () => {
    expect(develops('Zenco Inc acquired Qorva Labs after its Lumo app took off.')).toEqual(['Qorva Labs -develops-> Lumo']);
    expect(develops('Zenco Inc acquired Qorva Labs, which sells its Lumo cleaners in Ruritania.')).not.toContain('Zenco Inc -develops-> Lumo');
    expect(develops('Qorva Labs, bought by Zenco Inc last year, launched its Lumo app.')).toEqual(['Qorva Labs -develops-> Lumo']);
    expect(develops('Zenco Inc acquired Qorva Labs. Qorva Labs is known for its Lumo cleaners.')).toEqual(['Qorva Labs -develops-> Lumo']);
    expect(develops('Zenco Inc acquired Qorva Labs to gain its Lumo technology.')).not.toContain('Zenco Inc -develops-> Lumo');
  });
});

describe('a brand named after its founder in a list of brands and their goods', () => {
  it('"Vexo\'s glue, Lumo cookers and Tarn candles": the founder\'s "\'s" does not end the list', () => {
    expect(develops("Zenco, owner of popular brands such as Vexo's glue, Lumo cookers and Tarn candles, has been divesting.")).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Tarn', 'Zenco -develops-> Vexo']);
    expect(develops("Zenco, owner of Lumo cookers and Vexo's glue, said sales rose.")).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vexo']);
  });

  it('possessive goods in a clause of no maker give none', () => {
    expect(develops("Zenco's chips and Qorva's phones sold well, said Lumo Inc.")).toEqual([]);
    expect(develops("Lumo Inc sells Zenco's glue and Qorva candles in its stores.")).toEqual([]);
    expect(develops("Lumo Inc bought Zenco's tools and Qorva kits last year.")).toEqual([]);
  });
});
