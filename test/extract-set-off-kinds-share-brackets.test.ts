import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 61, from its first sample's makers reader: a product named after its kind set off by a comma, a name after "is called
// the", e-bikes and databases as kinds, a maker's launch "with the introduction of" its thing, share won from a rival, and a
// bracket that lists a maker's products rather than naming a drug's maker. Sentences written for the tests.

describe('a product named after its kind, set off by a comma', () => {
  it.each([
    ['Samsung said its latest phone, the Galaxy S24, ships soon.', 'Samsung -develops-> Galaxy S24'],
    ['Devialet said its flagship product, the Phantom, ships soon.', 'Devialet -develops-> Phantom'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a rival set off after "its rival" is not made by the one whose rival it is', () => {
    expect(only('develops')(scoredClaimsOf('Samsung said its rival, the Apple iPhone, sold well.'))).not.toContain('Samsung -develops-> iPhone');
  });
});

describe('names after "is called the" and after new kinds', () => {
  it.each([
    ["Focusrite's best-selling interface is called the Scarlett.", 'Focusrite -develops-> Scarlett'],
    ["The new Z2, Stromer's first e-bike, sold well.", 'Stromer -develops-> Z2'],
    ['PingCAP, the developer best known for database TiDB, raised funds.', 'PingCAP -develops-> TiDB'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });
});

describe('a launch "with the introduction of" the thing', () => {
  it('"Apple changed the market with the introduction of the iPod and the iPhone"', () => {
    expect(only('develops')(scoredClaimsOf('Apple changed the market with the introduction of the iPod and the iPhone.')).sort()).toEqual(['Apple -develops-> iPhone', 'Apple -develops-> iPod']);
  });

  it("another maker's launch that hit the subject is that maker's", () => {
    expect(only('develops')(scoredClaimsOf("Apple was hit hard by competition with the launch of Samsung's Galaxy."))).toEqual(['Samsung -develops-> Galaxy']);
  });
});

describe('share won from a rival', () => {
  it.each([
    ['Samsung has taken market share from Apple.', 'Samsung -competes_with-> Apple'],
    ['Samsung lured users away from Apple.', 'Samsung -competes_with-> Apple'],
  ])('"%s"', (text, claim) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual([claim]);
  });
});

describe("a bracket after a maker's name", () => {
  it("that lists the maker's products reads no maker from the bracket", () => {
    expect(only('develops')(scoredClaimsOf('Cognex (In-Sight, VisionPro) leads the market.')).sort()).toEqual(['Cognex -develops-> In-Sight', 'Cognex -develops-> VisionPro']);
  });

  it("after a drug's brand and generic still names its maker", () => {
    expect(only('develops')(scoredClaimsOf('Zenapex (zenatinib; Qorva Inc.) was approved.'))).toEqual(['Qorva Inc -develops-> Zenapex']);
  });
});
