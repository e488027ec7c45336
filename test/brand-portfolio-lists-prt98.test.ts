import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper prt98 (stop 98), from real news on snack, household-goods and toy groups: a firm's brands named in a relative clause with
// a kind before the brands' noun, or with the owner in an apposition after them; and a list's heading word is no owner. Sentences
// written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('brands in a relative clause after their owner', () => {
  it('"X, which includes snack brands A, B and C" names X\'s brands', () => {
    expect(develops('Qorva agreed to buy Zenco, which includes snack brands Zeta, Vexa and Lumo, for $3 billion.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops('Qorva agreed to buy Zenco — which includes snack brands Zeta, Vexa and Lumo — for $3 billion.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco Foods, which comprises the cereal brands Zeta and Vexa, reported higher sales.')).toEqual(['Zenco Foods -develops-> Vexa', 'Zenco Foods -develops-> Zeta']);
  });

  it('a shop\'s or a fund\'s brands are others\'', () => {
    expect(develops('Zenco Stores, which includes snack brands Zeta and Vexa on its shelves, opened a branch.')).toEqual([]);
    expect(develops('Zenco, a retailer which includes beauty brands Zeta and Vexa, opened a branch.')).toEqual([]);
    expect(develops('Zenco, which includes rival brands Zeta and Vexa in its tests, published a report.')).toEqual([]);
  });
});

describe('the owner in an apposition after its brands', () => {
  it('"A and B, both X brands" names X the owner', () => {
    expect(develops('The shelves carry Zeta and Vexa, both Zenco brands.')).toEqual(['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops('Zeta, Vexa and Lumo, all Zenco brands, sold well this year.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
  });

  it('a shop\'s own label is no apposition of makers', () => {
    expect(develops('The shelves carry Zeta and Vexa, both Zenco Stores brands.')).toEqual([]);
  });
});

describe('a list heading is no owner', () => {
  it('"Retail brands include A and B" names no owner', () => {
    expect(develops('Retail brands include Zeta and Vexa.')).toEqual([]);
    expect(develops('Household brands such as Zeta and Vexa sold well.')).toEqual([]);
    expect(develops('Luxury brands include Zeta and Vexa.')).toEqual([]);
  });

  it('a firm\'s name before the brands stays their owner', () => {
    expect(develops('Zenco brands include Zeta and Vexa.')).toEqual(['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops("Zenco's brands include Zeta and Vexa.")).toEqual(['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
  });
});
