import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// A maker's possessive or "its" before a thing it makes, from a fresh sample of real news: "its prototype, Vexa", "Vexa,
// Zenco's home brand", "Zenco's foray into the market with Plix", "Zembase is Zenco's package manager". Sentences written for
// the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('"its prototype, Vexa": a prototype is a made thing', () => {
  it('an announced, shown or unveiled prototype is the maker\'s', () => {
    expect(develops('Zenco Inc announced its prototype, Vexa, on Tuesday.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc unveiled its new prototype, the Vexa, in Berlin.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops("Zenco Inc's prototype Vexa flew for ten minutes.")).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('a prototype only planned, or a rival\'s, is not', () => {
    expect(develops('Zenco Inc did not announce a prototype, and Vexa was never shown.')).toEqual([]);
    expect(develops("Zenco Inc criticised Qorva Labs' prototype, Vexa.")).not.toContain('Zenco Inc -develops-> Vexa');
  });
});

describe('"Vexa, Zenco\'s home brand": a brand apposed to the maker\'s possessive', () => {
  it('a brand or label named before the possessive is the maker\'s', () => {
    expect(develops("Shoppers prefer Vexa, Zenco Inc's home brand.")).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops("Shoppers prefer Vexa, Zenco Technologies' own brand, over imports.")).toEqual(['Zenco Technologies -develops-> Vexa']);
    expect(develops("Sales of Vexa, Zenco Inc's budget label, rose.")).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('a person in a brand role, or a rival brand, is not', () => {
    expect(develops("Ana Lee, Zenco Inc's brand manager, spoke on Monday.")).toEqual([]);
    expect(develops("Shoppers prefer Vexa, Zenco Inc's rival brand.")).toEqual([]);
    expect(develops("Shoppers prefer Vexa, Zenco Inc's brand ambassador.")).toEqual([]);
  });
});

describe('"Zenco\'s foray into the market with Plix": the thing a maker entered a market with', () => {
  it('a foray, entry or push into a market with a named thing', () => {
    expect(develops("Zenco Inc's foray into the market with Plix began in 2019.")).toEqual(['Zenco Inc -develops-> Plix']);
    expect(develops("Zenco Inc's entry into the smartphone market with the Plix X was late.")).toEqual(['Zenco Inc -develops-> Plix X']);
    expect(develops('Analysts praised its foray into gaming with Plix, Zenco Inc said.')).toEqual([]);
    expect(develops("Zenco Inc's push into cloud services with Plix paid off.")).toEqual(['Zenco Inc -develops-> Plix']);
  });

  it('a partner or a rival met on entry is not made', () => {
    expect(develops("Zenco Inc's entry into the market with partner Qorva Labs was late.")).toEqual([]);
    expect(develops("Zenco Inc's foray into Ruritania with Qorva Labs began in 2019.")).toEqual([]);
    expect(develops("Zenco Inc's foray into the market to compete with Plix began in 2019.")).toEqual([]);
    expect(develops("Zenco Inc's venture into space with Qorva Aerospace failed.")).toEqual([]);
    expect(develops("Zenco Inc's entry into the market with prices below Plix's was a shock.")).toEqual([]);
  });
});

describe('"Zembase is Zenco\'s package manager": software called a manager', () => {
  it('a package, repository or password manager is a made thing', () => {
    expect(develops("Zembase is Zenco Inc's repository manager.")).toEqual(['Zenco Inc -develops-> Zembase']);
    expect(develops("Zembase, Zenco Inc's package manager, is free.")).toEqual(['Zenco Inc -develops-> Zembase']);
    expect(develops("Zenco Inc's password manager Zembase was hacked.")).toEqual(['Zenco Inc -develops-> Zembase']);
  });

  it('a person who manages is not', () => {
    expect(develops("Ana Lee is Zenco Inc's general manager.")).toEqual([]);
    expect(develops("Ana Lee is Zenco Inc's product manager.")).toEqual([]);
    expect(develops("Ana Lee, Zenco Inc's account manager, left.")).toEqual([]);
  });
});

describe('guards on the possessive', () => {
  it('acquisitions, places, people, customers and outlets are not made things', () => {
    expect(develops('Zenco Inc completed its acquisition, Vexa, in May.')).toEqual([]);
    expect(develops('Zenco Inc opened its Ruritania headquarters in May.')).toEqual([]);
    expect(develops('Zenco Inc said its chief, Ana Lee, would step down.')).toEqual([]);
    expect(develops('Zenco Inc named its largest customer, Qorva Inc, on Friday.')).toEqual([]);
  });
});
