import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 79, second round, from stop 78's fresh samples: a classification refused where the work is owned or the classifier unnamed,
// a work's maker after "by" in an apposition, vans and buses as made things, and a firm's things named after its plural kind.
// Sentences written for the tests.

describe('a classification refused', () => {
  it('"refused to classify Qorva Labs\' new game Vexa Strike" refuses the game, not its maker', () => {
    expect(only('banned')(scoredClaimsOf("The Classification Board refused to classify Qorva Labs' new game Vexa Strike."))).toEqual(['Classification Board -banned-> Vexa Strike']);
  });

  it('"refused classification to Qorva Labs\' shooter Vexa Strike"', () => {
    expect(only('banned')(scoredClaimsOf("The Classification Board refused classification to Qorva Labs' shooter Vexa Strike."))).toEqual(['Classification Board -banned-> Vexa Strike']);
  });

  it('"Vexa Strike has been refused classification in Australia": the state bans it', () => {
    expect(only('banned')(scoredClaimsOf('Vexa Strike has been refused classification in Australia.'))).toEqual(['Australia -banned-> Vexa Strike']);
  });

  it('a refusal in a firm, or a refusal denied, bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Vexa Strike was refused classification in Qorva Labs.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Vexa Strike has not been refused classification in Australia.'))).toEqual([]);
  });
});

describe('a maker after "by" in an apposition', () => {
  it('"Vexa Strike, a shooter by Qorva Labs, was refused classification": the game is no firm, and Qorva Labs made it', () => {
    const text = 'Vexa Strike, a shooter by Qorva Labs, was refused classification in Australia last year.';
    expect(entitiesOf(text)).toContain('Vexa Strike (product)');
    expect(scoredClaimsOf(text)).toEqual(['Australia -banned-> Vexa Strike', 'Qorva Labs -develops-> Vexa Strike']);
  });

  it('"Australia banned Vexa Strike, the latest game by Qorva Labs"', () => {
    expect(only('develops')(scoredClaimsOf('Australia banned Vexa Strike, the latest game by Qorva Labs.'))).toEqual(['Qorva Labs -develops-> Vexa Strike']);
  });

  it('a person after "by" makes nothing, and "used by" names a user', () => {
    expect(only('develops')(scoredClaimsOf('Moonlit, a novel by Ann Lee, was banned in Australia.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zapp, a platform used by Zenco Inc, was banned in India.'))).toEqual([]);
  });
});

describe('buses and vans are made things', () => {
  it('"received certification for its Vexa bus", "won an award for its Vexa van"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc received certification for its Vexa bus.'))).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(only('develops')(scoredClaimsOf('Zenco Inc won an award for its Vexa van.'))).toEqual(['Zenco Inc -develops-> Vexa']);
  });
});

describe("a firm's things named after its plural kind", () => {
  it('"Zenco Inc smartphones, the K1 and the K2, sold well"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc smartphones, the K1 and the K2, sold well.'))).toEqual(['Zenco Inc -develops-> K1', 'Zenco Inc -develops-> K2']);
  });

  it('"Two Zenco Inc phones, the K1 and the K2, were banned": the count is not the firm\'s name', () => {
    const text = 'Two Zenco Inc phones, the K1 and the K2, were banned in India.';
    expect(entitiesOf(text)).toContain('Zenco Inc (company)');
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Zenco Inc -develops-> K1', 'Zenco Inc -develops-> K2']);
  });

  it('brands listed after a firm\'s plural kind without "the" are no things it made', () => {
    expect(only('develops')(scoredClaimsOf('The market is led by Zenco Inc phones, Vexa and Lumo.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco Inc phones, Qorva Labs tablets and Lumo Bet laptops sold well.'))).toEqual([]);
  });
});
