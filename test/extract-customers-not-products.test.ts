import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// fx84, from a fresh sample of news: customers named after "for brands including …" were read as the maker's products, and a
// relative "whose brands include …" gave its brands to the sentence's subject as well as to the name "whose" follows.
// Sentences written for the tests.

describe('customers after "for <noun> including/such as/like"', () => {
  it('brands a platform works for are no products of it or of the subject', () => {
    expect(only('develops')(scoredClaimsOf('Zenco said on Monday that Zeta powers storefronts for brands including Qwik and Borin.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco runs ad campaigns for brands such as Qwik and Borin.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('The Zeta service handles payments for brands like Qwik, Borin and Lumo.'))).toEqual([]);
  });

  it('a maker known for its brands, or owning them, keeps them', () => {
    expect(only('develops')(scoredClaimsOf('Zenco is known for brands such as Qwik and Borin.'))).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Qwik']);
    expect(only('develops')(scoredClaimsOf('Zenco offers brands like Qwik and Borin.'))).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Qwik']);
    expect(only('develops')(scoredClaimsOf('Zenco sells its brands including Qwik and Borin in Ruritania.'))).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Qwik']);
  });
});

describe('"whose brands include" belongs to the name "whose" follows', () => {
  it('the last of two coordinated firms owns the brands, not the subject', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Group consists of Zeta and Kappa, whose brands include Qwik.'))).toEqual(['Kappa -develops-> Qwik']);
    expect(only('develops')(scoredClaimsOf('Vexa Holdings bought Kappa, whose products include Qwik and Borin.'))).toEqual(['Kappa -develops-> Borin', 'Kappa -develops-> Qwik']);
  });

  it('a firm "whose brands include" right after its name still owns them', () => {
    expect(only('develops')(scoredClaimsOf('Zenco, whose brands include Qwik and Borin, rose 5%.'))).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Qwik']);
  });
});

describe('an electronic kind of a common thing is no name', () => {
  it('"eCommerce", "eSports", "eBooks" are made by nobody', () => {
    expect(only('develops')(scoredClaimsOf('Zenco and Qorva both made big eCommerce acquisitions.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco launched eSports tournaments in Ruritania.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco develops eBooks and audio guides for schools.'))).toEqual([]);
  });

  it('a coined camel-case name stays a product', () => {
    expect(only('develops')(scoredClaimsOf('Zenco launched the eBee drone last year.'))).toEqual(['Zenco -develops-> eBee']);
    expect(only('develops')(scoredClaimsOf('Zenco released eChat, a messaging app.'))).toEqual(['Zenco -develops-> eChat']);
  });
});

describe('"off limits to" places no limits on a party', () => {
  it('what is off limits to rivals restricts none of them', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco made its chips off limits to competitors such as Qwik.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The Zeta data is off limits to rivals like Qorva.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco kept its servers off limits to Qorva Labs.'))).toEqual([]);
  });

  it('limits placed on a firm still restrict it', () => {
    expect(only('restricts')(scoredClaimsOf('Ruritania placed limits on Zenco.'))).toEqual(['Ruritania -restricts-> Zenco']);
  });
});
