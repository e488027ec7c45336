import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper sel98b (stop 98, round 2), from real news on consumer electronics, drinks, cosmetics, games and toys: a firm that reports how
// many of a named thing it sold made it; a chain's, a distributor's or another firm's goods, a disposal, and a bare "sells" name no
// maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a firm counting what it sold', () => {
  it('"has sold 10 million units of the Tarn", "only sold about 13 million units of the Tarn X"', () => {
    expect(develops('Zenco has sold 10 million units of the Tarn since launch.')).toEqual(['Zenco -develops-> Tarn']);
    expect(develops('Zenco only sold about 13 million units of the Tarn X throughout its lifespan.')).toEqual(['Zenco -develops-> Tarn X']);
    expect(develops('Zenco sold more than 4 million copies of Tarn Quest in its first week.')).toEqual(['Zenco -develops-> Tarn Quest']);
  });

  it('"sold 5 million Tarn phones": the count before the goods and their kind', () => {
    expect(develops('Zenco sold 5 million Tarn phones last year.')).toEqual(['Zenco -develops-> Tarn']);
    expect(develops('Zenco has sold over 200 million Tarn headphones since 2016.')).toEqual(['Zenco -develops-> Tarn']);
  });
});

describe('selling that names no maker', () => {
  it('a chain, by its name or its trade, counts others\' goods', () => {
    expect(develops('Walmart sold 2 million Tarn phones in December.')).toEqual([]);
    expect(develops('Vexa Stores sold 2 million Tarn phones in December.')).toEqual([]);
    expect(develops('The retailer Vexa sold one Tarn every second on Black Friday.')).toEqual([]);
    expect(develops('Vexa sold 2 million Tarn phones in its stores.')).toEqual([]);
  });

  it('another firm\'s possessive keeps the goods its own', () => {
    expect(develops("Zenco sold 2 million units of Qorva's Tarn last year.")).toEqual(['Qorva -develops-> Tarn']);
  });

  it('a sale through a partner, a stake or shares is no goods', () => {
    expect(develops('Zenco sold 2 million Tarn phones through its partner Qorva Corp.')).toEqual([]);
    expect(develops('Zenco sold 5 million shares of Tarn last year.')).toEqual([]);
    expect(develops('Zenco sold 51% of Tarn last year.')).toEqual([]);
  });

  it('a bare "sells" stays no maker, as do a denial and a plan', () => {
    expect(develops('Qorva, which sells Zeta in Europe, said revenue rose.')).toEqual([]);
    expect(develops('Zenco did not sell 2 million Tarn phones last year.')).toEqual([]);
    expect(develops('Zenco plans to sell 2 million Tarn phones next year.')).toEqual([]);
  });
});
