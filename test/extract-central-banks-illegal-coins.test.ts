import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 58, from its third round's readers: a state's central bank named after the state, a thing declared or said to be
// unlawful, firms warned off it, cryptocurrencies as products, a state's rules as the actor, and a firm's offices that are
// no product of it. Sentences written for the tests.

describe("a state's central bank", () => {
  it('"Qatar Central Bank" is a body of the state, not a firm', () => {
    expect(entitiesOf('Qatar Central Bank banned Bitcoin.')).toContain('Qatar Central Bank (government)');
    expect(claimsOf('Qatar Central Bank banned Bitcoin.')).toContain('Qatar Central Bank -part_of-> Qatar');
  });

  it('a firm\'s "Central Bank" stays a firm', () => {
    expect(entitiesOf('Zenco Central Bank rose.')).toEqual(['Zenco Central Bank (company)']);
  });
});

describe('a thing declared or said to be unlawful, firms warned off it', () => {
  it.each([
    ['Qatar Central Bank considers Bitcoin illegal.'],
    ['Qatar Central Bank declared Bitcoin activities illegal.'],
    ['Qatar Central Bank said that the use of Bitcoin is unlawful.'],
    ['Qatar Central Bank said Bitcoin trading is illegal.'],
    ['Qatar Central Bank warned banks not to trade in Bitcoin.'],
    ['Qatar Central Bank announced that banks are prohibited from dealing in Bitcoin.'],
  ])('"%s"', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Qatar Central Bank -banned-> Bitcoin']);
  });

  it('a firm saying so bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco said Bitcoin is illegal.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Zenco considers Qorvex illegal.'))).toEqual([]);
  });
});

describe('cryptocurrencies and rules', () => {
  it('coins are products, named with no act around them', () => {
    expect(entitiesOf('Bitcoin and Ethereum rose 5% on Monday.')).toEqual(['Bitcoin (product)', 'Ethereum (product)']);
    expect(only('banned')(scoredClaimsOf('Binance delisted Monero and Zcash.'))).toEqual(['Binance -banned-> Monero', 'Binance -banned-> Zcash']);
  });

  it("a state's export rules restrict the destination they keep transfers from", () => {
    expect(only('restricts')(scoredClaimsOf('US export regulations prohibited the unlicensed transfer of such items to Syria.'))).toEqual(['United States -restricts-> Syria']);
  });
});

describe("a firm's offices", () => {
  it('"Apple\'s Chief Executive", "Apple\'s Board" are no products of Apple', () => {
    expect(only('develops')(scoredClaimsOf("Apple's Chief Executive spoke."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Apple's Board approved the deal."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Apple's Vision Pro sold."))).toEqual(['Apple -develops-> Vision Pro']);
  });
});

