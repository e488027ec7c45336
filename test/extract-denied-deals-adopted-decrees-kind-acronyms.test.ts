import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 70, fourth round, from its last six samples (drawn after 5dc6625). Sentences written for the tests.

describe('deals turned down, decrees adopted, clearances subject to injunctions', () => {
  it('"denied A\'s proposal to acquire B" restricts A; "denied A\'s request for comment" does not', () => {
    expect(only('restricts')(scoredClaimsOf("The Federal Communications Commission denied BCE's proposal to acquire Astral Media."))).toEqual([
      'Federal Communications Commission -restricts-> BCE',
    ]);
    expect(only('restricts')(claimsOf("The Federal Communications Commission denied BCE's request for comment."))).toEqual([]);
    // A bid for a licence refused bans the bidder (the denied-application pattern); it is no deal.
    expect(scoredClaimsOf("Kenya turned down Zenco Ltd's bid for a broadcasting license.")).toEqual(['Kenya -banned-> Zenco Ltd']);
  });

  it('"A later adopted a consent decree with the Commission" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('Kakao Mobility later adopted a consent decree with the Korea Fair Trade Commission.'))).toEqual([
      'Korea Fair Trade Commission -restricts-> Kakao Mobility',
    ]);
  });

  it('"cleared the acquisition of B by A, subject to injunctions" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission cleared the acquisition of Nokia by Microsoft, subject to injunctions.'))).toEqual([
      'European Commission -restricts-> Microsoft',
    ]);
  });
});

describe('a kind\'s acronym between a maker\'s possessive and its product', () => {
  it('"EA\'s military FPS Battlefield 4" is made by EA and named without the acronym', () => {
    const claims = scoredClaimsOf("EA's military FPS Battlefield 4 was banned in China.");
    expect(only('develops')(claims)).toEqual(['EA -develops-> Battlefield 4']);
    expect(only('banned')(claims)).toEqual(['China -banned-> Battlefield 4']);
  });
});

describe('a platform disabling another\'s extension', () => {
  it('"A disabled X" and "A starts disabling X" ban X; "A disabled its own service" bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Google has disabled uBlock Origin in Chrome.'))).toEqual(['Google -banned-> uBlock Origin']);
    expect(only('banned')(scoredClaimsOf('Google starts disabling uBlock Origin in Chrome.'))).toEqual(['Google -banned-> uBlock Origin']);
    expect(only('banned')(claimsOf('Google disabled its Stadia service.'))).toEqual([]);
  });
});
