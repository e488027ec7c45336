import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper exc101 (stop 101), from real vape and app bans told as an order "off the market": sentences made up for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a regulator that orders a product off the market or off shelves bans it', () => {
  it.each([
    ['The FDA ordered the Zembra vape off the market.', ['Food and Drug Administration -banned-> Zembra']],
    ["The FDA on Thursday said it was ordering Zenco's Zembra vapes off the market.", ['Food and Drug Administration -banned-> Zembra']],
    ["The FDA ordered Zenco's e-cigarettes off store shelves.", ['Food and Drug Administration -banned-> Zenco']],
    ["The U.S. Food and Drug Administration on Thursday said it was ordering e-cigarette giant Zenco's products off the market.", ['Food and Drug Administration -banned-> Zenco']],
    ["Kenya's health ministry has ordered the Zembra and Qorva vapes off the market.", ["Kenya's health ministry -banned-> Qorva", "Kenya's health ministry -banned-> Zembra"]],
    ["India's drug regulator ordered the Zembra pill off shelves.", ["India's drug regulator -banned-> Zembra"]],
    ['The FDA ordered Zenco, Qorva and Vexa products off the market.', ['Food and Drug Administration -banned-> Qorva', 'Food and Drug Administration -banned-> Vexa', 'Food and Drug Administration -banned-> Zenco']],
    ['Malaysia ordered the Zembra vape off retail shelves on Monday.', ['Malaysia -banned-> Zembra']],
  ])('"%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });

  it.each([
    // Negated or only possible: no act.
    ['The FDA did not order the Zembra vape off the market.', []],
    ['The FDA could order the Zembra vape off the market.', []],
    // What is ordered is something else, or no removal.
    ['The FDA ordered a review of the Zembra vape before it goes off the market.', []],
    ['The FDA ordered the Zembra vape to be labelled.', []],
    // A retailer clearing its own shelves bans nothing.
    ['Walmart ordered the Zembra vape off its shelves.', []],
  ])('near miss "%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });

  it('keeps the possible order as proposed', () => {
    expect(only('banned')(claimsOf('The FDA could order the Zembra vape off the market.', 'proposed'))).toEqual(['Food and Drug Administration -banned-> Zembra']);
  });
});
