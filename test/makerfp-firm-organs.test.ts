import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper makerfp: a firm's roles and governing bodies are no products of it. Sentences made up for the tests.

const madeThings = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe("a role or a body after a firm's possessive is made by no one", () => {
  it.each([
    "Zenco's Head of Sales left the company.",
    "Zenco's Vice President of Marketing spoke on Monday.",
    "Zenco's Head of AI Research quit.",
    "Qorva's Global Head of Policy said the app was safe.",
    "Qorva's Advisory Panel met last week.",
    "Vexa's Senior Director of Product resigned.",
  ])('"%s"', (text) => {
    expect(madeThings(text)).toEqual([]);
    expect(entitiesOf(text).filter((e) => e.endsWith('(product)'))).toEqual([]);
  });
});

describe('near misses: products named after a possessive still read', () => {
  it.each([
    ["Zenco's Plix Board is a new tablet.", ['Zenco -develops-> Plix Board']],
    ["Zenco's Zeta app topped the charts.", ['Zenco -develops-> Zeta']],
    ["Qorva's Vexa Panel speaker sold out.", ['Qorva -develops-> Vexa Panel']],
  ])('"%s"', (text, claims) => {
    expect(madeThings(text)).toEqual(claims);
  });
});
