import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 69, first round, from stop 68's makers samples (drawn after bf70e9e and d3e54fa). Sentences written for the tests.

describe('what a maker makes, enumerated after any form of the verb', () => {
  it('"is releasing games like A and B" and "will release games like A and B" make both', () => {
    for (const sentence of ['Nintendo is releasing games like Pikmin 4 and Metroid Dread this year.', 'Nintendo will release games like Pikmin 4 and Metroid Dread.']) {
      expect(only('develops')(scoredClaimsOf(sentence)), sentence).toEqual(['Nintendo -develops-> Metroid Dread', 'Nintendo -develops-> Pikmin 4']);
    }
  });

  it('"is launching phones like A" makes A; a ban on "apps like A" still names no maker', () => {
    expect(only('develops')(scoredClaimsOf('Apple is launching phones like the iPhone 16 and the iPhone 16 Pro.'))).toEqual([
      'Apple -develops-> iPhone 16',
      'Apple -develops-> iPhone 16 Pro',
    ]);
    expect(only('develops')(claimsOf('India is banning apps like TikTok and Shein.'))).toEqual([]);
  });
});

describe('a thing named by its code name', () => {
  it('"a chip codenamed X", "code-named X" and "its next chip, codenamed X" name what the maker makes', () => {
    for (const sentence of [
      'Intel is working on a chip codenamed Lunar Lake.',
      'Intel is developing a chip, code-named Lunar Lake, for laptops.',
      "Intel's next chip, codenamed Lunar Lake, arrives in the fall.",
    ]) {
      expect(only('develops')(scoredClaimsOf(sentence)), sentence).toEqual(['Intel -develops-> Lunar Lake']);
    }
  });
});

describe('competition named as coming from a rival', () => {
  it('"A\'s main competition comes from B" makes them rivals', () => {
    expect(only('competes_with')(scoredClaimsOf("Google's main competition comes from Microsoft."))).toEqual(['Google -competes_with-> Microsoft']);
  });

  it('a fronted "Amid competition from B," sets B against the clause\'s subject', () => {
    expect(only('competes_with')(scoredClaimsOf('Amid competition from Samsung, Apple cut the price of the iPhone 15.'))).toEqual(['Apple -competes_with-> Samsung']);
  });

  it('competition from a rival of another kind, or pressure from its goods, makes no rivals', () => {
    expect(only('competes_with')(claimsOf("Apple's main challenge comes from the European Commission."))).toEqual([]);
  });
});
