import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ban88, from a fresh sample of real news: a ban or an order named as a noun, with its state by "by X", "X's" or as the
// subject that keeps it, and the things it covers after "covering", "which covered", "applies to". Sentences written for the tests.

describe('a ban or an order by a state, covering a list', () => {
  it('"an earlier order by India covering A, B and C" bans each', () => {
    expect(only('banned')(scoredClaimsOf('The move follows an earlier order by India covering Zapp, Qorva and Vexa.'))).toEqual([
      'India -banned-> Qorva',
      'India -banned-> Vexa',
      'India -banned-> Zapp',
    ]);
  });

  it('"the ban by Japan covers A and B", "a 2021 prohibition by the FCC, which covered A"', () => {
    expect(only('banned')(scoredClaimsOf('The ban by Japan covers Zapp and Vexa.'))).toEqual(['Japan -banned-> Vexa', 'Japan -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Zenco cited a 2021 prohibition by the FCC, which covered Zapp.'))).toEqual(['Federal Communications Commission -banned-> Zapp']);
  });

  it('"The FCC\'s order covering A and B", "India\'s directive, which covers A"', () => {
    expect(only('banned')(scoredClaimsOf("The FCC's order covering Zapp and Vexa took effect on Monday."))).toEqual(['Federal Communications Commission -banned-> Vexa', 'Federal Communications Commission -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf("India's directive, which covers Zapp, takes effect in May."))).toEqual(['India -banned-> Zapp']);
  });

  it('a state that extends or keeps "the 2020 ban, which covered A and B" made it', () => {
    expect(only('banned')(scoredClaimsOf('India extended the 2020 ban, which covered Zapp and Vexa.'))).toEqual(['India -banned-> Vexa', 'India -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Japan renewed its earlier order covering Zapp.'))).toEqual(['Japan -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('The FCC has made permanent the ban that covers Zapp and Vexa.'))).toEqual(['Federal Communications Commission -banned-> Vexa', 'Federal Communications Commission -banned-> Zapp']);
  });
});

describe('near misses', () => {
  it('a firm\'s order of goods, or an order by a firm, bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('The order by Zenco Airlines covering Qorva jets was cancelled.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Zenco's order covering Qorva chips was delayed."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("India's purchase order covering Qorva jets was signed on Monday."))).toEqual([]);
  });

  it('an order covering a firm\'s deal or a firm\'s goods is no ban of the firm', () => {
    expect(only('banned')(scoredClaimsOf("The Indian Army's order covering Zenco rifles was signed."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Japan's order covering Zenco's merger with Qorva cleared the deal."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("India's new order covering Zenco's Qorva acquisition set conditions."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("India issued an order covering Zenco's tax filings."))).toEqual([]);
  });

  it('a ban lifted or only proposed is no act of banning', () => {
    expect(only('banned')(scoredClaimsOf('India lifted the 2020 ban, which covered Zapp and Vexa.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India may extend the 2020 ban, which covered Zapp.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India did not extend the ban covering Zapp.'))).toEqual([]);
  });

  it('news coverage or a court order covering a firm is no ban', () => {
    expect(only('banned')(scoredClaimsOf('The report by Japan Times covering Zapp was widely read.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('An order by a Tokyo court covering Zenco Labs froze its accounts.'))).toEqual([]);
  });
});

describe('a store\'s owner after the things it took down', () => {
  it('"the apps pulled from the App Store by Apple include A and B", "A and B were among the apps pulled by Apple"', () => {
    expect(only('banned')(scoredClaimsOf('The apps pulled from the App Store by Apple include Zapp and Vexa.'))).toEqual(['Apple -banned-> Vexa', 'Apple -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Zapp and Vexa were among the apps pulled by Apple.'))).toEqual(['Apple -banned-> Vexa', 'Apple -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Zapp was among the 30 games removed from Google Play by Google.'))).toEqual(['Google -banned-> Zapp']);
  });

  it('negated, praised, pulled into a probe, or pulled by users bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zapp and Vexa were not among the apps pulled by Apple.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Zapp was among the apps praised by Apple.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Zenco and Qorva were among the firms pulled into the probe by the FCC.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('The apps pulled by users include Zapp.'))).toEqual([]);
  });
});
