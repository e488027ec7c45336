import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cq85: rivalry phrasings missed in fresh samples. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const hasPair = (claims: string[], a: string, b: string): boolean => claims.some((c) => (c.includes(a) && c.includes(b)));

describe('inverted copula: "One of the biggest competitors to A has been B"', () => {
  it('gives A and B', () => {
    expect(hasPair(rivals('One of the biggest competitors to Zenco Labs has been Qorva Inc.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(rivals("Chief among Zenco Labs' rivals is Qorva Inc."), 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(rivals('Among the main competitors of Zenco Labs are Qorva Inc and Vexa Corp.'), 'Zenco Labs', 'Vexa Corp')).toBe(true);
  });

  it('"has been" and "remains" as the copula', () => {
    expect(hasPair(rivals('The biggest threat to Zenco Labs has been Qorva Inc.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(rivals('The main rival to Zenco Labs remains Qorva Inc.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(rivals('The fiercest competitor to Zenco Labs had been Qorva Inc.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
  });

  it('a former rival, a negation, a thing or a supplier is no edge', () => {
    expect(rivals('The biggest rival to Zenco Labs was once Qorva Inc.')).toEqual([]);
    expect(rivals('The biggest rival to Zenco Labs has not been Qorva Inc.')).toEqual([]);
    expect(rivals('The biggest threat to Zenco Labs has been regulation.')).toEqual([]);
    expect(rivals('The biggest supplier to Zenco Labs has been Qorva Inc.')).toEqual([]);
  });

  it('a former rival, a partner or a person is no edge', () => {
    expect(rivals('One of the biggest customers of Zenco Labs has been Qorva Inc.')).toEqual([]);
    expect(rivals('One of the biggest partners of Zenco Labs is Qorva Inc.')).toEqual([]);
    expect(rivals("Chief among Zenco Labs' suppliers is Qorva Inc.")).toEqual([]);
  });
});

describe('both members after a rival verb', () => {
  it('"lost ground to A and B" gives both', () => {
    const c = rivals('Zenco Labs lost ground to Qorva Inc and Vexa Corp last year.');
    expect(hasPair(c, 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(c, 'Zenco Labs', 'Vexa Corp')).toBe(true);
  });

  it('"entered later than its competitors A and B" gives both', () => {
    const c = rivals('Zenco Labs entered the market later than its competitors Qorva Inc and Vexa Corp.');
    expect(hasPair(c, 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(c, 'Zenco Labs', 'Vexa Corp')).toBe(true);
  });
});

describe('a shared subject taking share from a third thing', () => {
  it('"A owner B and C are taking market share from braces" sets B against no one', () => {
    expect(hasPair(rivals('Zeta owner Zenco Labs and Qorva Inc are taking market share from braces.'), 'Zenco Labs', 'Qorva Inc')).toBe(false);
    expect(hasPair(rivals('Zenco Labs and Qorva Inc are taking share from incumbents.'), 'Zenco Labs', 'Qorva Inc')).toBe(false);
  });
  it('a verb aimed at a party that is no name sets the subjects against no one', () => {
    expect(rivals('Zenco Labs and Qorva Inc lost ground to cheaper brands.')).toEqual([]);
    expect(rivals('Zenco Labs and Qorva Inc beat estimates.')).toEqual([]);
    expect(rivals('Zenco Labs and Qorva Inc are taking aim at the incumbents.')).toEqual([]);
    expect(rivals('Zenco Labs and Qorva Inc fended off the newcomers.')).toEqual([]);
  });

  it('a mutual contest stays mutual', () => {
    expect(hasPair(rivals('Zenco Labs and Qorva Inc compete for engineers.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(rivals('Zenco Labs and Qorva Inc trade blows with each other.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
    expect(hasPair(rivals('Zenco Labs and Qorva Inc vie for customers.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
  });

  it('taking share from a named firm still counts', () => {
    expect(hasPair(rivals('Zenco Labs is taking market share from Qorva Inc.'), 'Zenco Labs', 'Qorva Inc')).toBe(true);
  });
});
