import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 61, from stop 60's makers readers: what a maker adds to its lineup, what it is known for with the kind after the
// name, and devices that type the name before them. Sentences written for the tests.

describe("what a maker adds to its own lineup", () => {
  it.each([
    ['Garmin added the Fenix 8 watch to its lineup.', ['Garmin -develops-> Fenix 8']],
    ['Apple has added a new model, the iPhone 16, to its range.', ['Apple -develops-> iPhone 16']],
    ['Apple expanded its lineup with the iPhone 16 and the iPad Air.', ['Apple -develops-> iPhone 16', 'Apple -develops-> iPad Air']],
    ["Apple's lineup now includes the iPhone 16.", ['Apple -develops-> iPhone 16']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text)).sort()).toEqual([...claims].sort());
  });

  it('a thing added to another product is not made by the one adding it', () => {
    expect(only('develops')(scoredClaimsOf('Apple added Claude to its Xcode app.'))).not.toContain('Apple -develops-> Claude');
  });

  it("another maker's thing added to a lineup stays its maker's", () => {
    expect(only('develops')(scoredClaimsOf("Microsoft added OpenAI's GPT-4 to its Azure lineup."))).not.toContain('Microsoft -develops-> GPT-4');
  });
});

describe('what a maker is known for, its kind after the name', () => {
  it('"Garmin is best known for the Forerunner watch"', () => {
    expect(only('develops')(scoredClaimsOf('Garmin is best known for the Forerunner watch.'))).toEqual(['Garmin -develops-> Forerunner']);
  });
});

describe('devices that type the name before them', () => {
  it.each([
    ["Kindle, Amazon's e-reader, sold well.", 'Amazon -develops-> Kindle'],
    ["Kobo, Rakuten's e-reader, sold well.", 'Rakuten -develops-> Kobo'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a capitalised "Watch" in an organisation\'s name types nothing', () => {
    expect(scoredClaimsOf('Human Rights Watch criticised Apple.')).toEqual([]);
  });
});
