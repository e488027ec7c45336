import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 55's second round of readers: regulators' enforcement orders against a firm, and rivals
// named through "its" before the firm ("Unlike its competitors, such as Qorva, Zenco …").
// Sentences written for the tests.

describe('enforcement orders', () => {
  it.each([
    ['The FTC issued a consent order against Meta.', 'Federal Trade Commission -restricts-> Meta'],
    ['The Federal Reserve imposed an asset cap on Wells Fargo in 2018.', 'Federal Reserve -restricts-> Wells Fargo'],
    ['The FTC announced an enforcement action against Meta.', 'Federal Trade Commission -restricts-> Meta'],
  ])('"%s" restricts the firm', (text, claim) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('"slapped Citigroup with a cease-and-desist order" bans it, as serving one does', () => {
    expect(only('banned')(scoredClaimsOf('The Federal Reserve slapped Citigroup with a cease-and-desist order.'))).toEqual(['Federal Reserve -banned-> Citigroup']);
  });

  it('a firm hitting a firm with a lawsuit restricts and bans nothing', () => {
    expect(scoredClaimsOf('Samsung hit Apple with a lawsuit.')).toEqual([]);
  });
});

describe('rivals named through "its" before the firm', () => {
  it.each([
    'Unlike many of its competitors, such as Oppo and Vivo, Xiaomi has kept prices low.',
    'Like its rivals Oppo and Vivo, Xiaomi cut prices.',
  ])('"%s"', (text) => {
    expect(only('competes_with')(scoredClaimsOf(text)).sort()).toEqual(['Xiaomi -competes_with-> Oppo', 'Xiaomi -competes_with-> Vivo']);
  });
});
