import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper pos98 (stop 98), from real news on vitamins, drinks and consumer brands: a brand spelt as a common noun's possessive
// ("Nature's Zeta", "Mother's Vexa") is one brand, never owned by "Nature" or "Mother"; and a brand owned by a firm's rival,
// named after the firm's possessive, is the rival's. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a brand spelt as a common noun\'s possessive', () => {
  it('is one brand, owned by whoever the sentence says', () => {
    expect(develops("Nature's Vexa, a Zenco Inc. brand, grew 10% last year.")).toEqual(["Zenco Inc -develops-> Nature's Vexa"]);
    expect(develops("Mother's Vexa, a Zenco Inc. brand, grew 10% last year.")).toEqual(["Zenco Inc -develops-> Mother's Vexa"]);
    expect(develops("Qorva Corp., maker of Puritan's Lumo vitamins, reported higher sales.")).toEqual(["Qorva Corp -develops-> Puritan's Lumo"]);
  });

  it('never gives the common noun a brand', () => {
    expect(develops("Zenco Inc. said the assets up for review include Nature's Zeta and Puritan's Lumo.")).toEqual([]);
    expect(develops("Sales of Nature's Zeta and Puritan's Pride rose in the quarter.")).toEqual([]);
  });

  it('leaves a holiday named so alone', () => {
    expect(develops("Zenco Inc. sold more Zeta chocolates ahead of Mother's Day.")).not.toContain("Mother -develops-> Day");
  });
});

describe('a brand owned by a party named after the firm\'s possessive', () => {
  it('is the party\'s, not the firm\'s', () => {
    expect(develops("Zeta, which is owned by Zenco Inc.'s chief rival, Qorva Corp., grew fast.")).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops("Zeta, which is owned by Zenco Inc.'s parent, Qorva Corp., grew fast.")).toEqual(['Qorva Corp -develops-> Zeta']);
  });

  it('keeps the firm where no party is named', () => {
    expect(develops('Zeta, which is owned by Zenco Inc., grew fast.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});
