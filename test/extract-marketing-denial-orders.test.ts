import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper md85, from fresh samples on vape makers: a regulator's marketing denial orders, its denial of a product's marketing and its
// warning letters demanding a product's removal ban the product (or the firm the order went to). Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('marketing denial orders', () => {
  it('an order issued for a firm\'s products, or to the firm, bans them', () => {
    expect(banned("The FDA issued marketing denial orders for Zenco's Puffo products on Tuesday.")).toEqual(['Food and Drug Administration -banned-> Puffo']);
    expect(banned('The FDA issued a marketing denial order to Zenco Inc last year.')).toEqual(['Food and Drug Administration -banned-> Zenco Inc']);
    expect(banned('The FDA issued a marketing denial order against Qorva Labs.')).toEqual(['Food and Drug Administration -banned-> Qorva Labs']);
  });

  it('a firm receiving the order from the regulator is banned by it', () => {
    expect(banned('Zenco Inc received a marketing denial order from the FDA for its Puffo vapes.')).toContain('Food and Drug Administration -banned-> Zenco Inc');
  });

  it('an export denial order still restricts', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department issued a denial order against Qorva Labs.'))).toHaveLength(1);
    expect(only('restricts')(scoredClaimsOf('The FDA issued a marketing denial order against Qorva Labs.'))).toEqual([]);
  });
});

describe('denied marketing', () => {
  it('a headline or a sentence denying the marketing of products bans each', () => {
    expect(banned('FDA denies marketing of Puffo products')).toEqual(['Food and Drug Administration -banned-> Puffo']);
    expect(banned('The FDA denied marketing applications for Puffo and Puffo Max, made by Zenco Inc.')).toEqual(['Food and Drug Administration -banned-> Puffo', 'Food and Drug Administration -banned-> Puffo Max']);
  });
});

describe('warning letters demanding removal', () => {
  it('telling a firm to stop selling or to pull a product bans the product', () => {
    expect(banned('FDA warns Zenco Inc to stop selling Puffo')).toEqual(['Food and Drug Administration -banned-> Puffo']);
    expect(banned('The FDA sent warning letters to Zenco Inc telling it to pull Puffo from stores.')).toEqual(['Food and Drug Administration -banned-> Puffo']);
    expect(banned("The FDA said Zenco Inc's Puffo devices must be pulled from the market.")).toEqual(['Food and Drug Administration -banned-> Puffo']);
  });
});

describe('guards', () => {
  it('an order granted, a firm applying, a possible denial or a negation bans nothing', () => {
    expect(banned('The FDA authorised Puffo, a vape made by Zenco Inc.')).toEqual([]);
    expect(banned('Zenco Inc applied to the FDA for a marketing order for Puffo.')).toEqual([]);
    expect(banned('The FDA may deny marketing of Puffo products.')).toEqual([]);
    expect(banned('The FDA did not issue a marketing denial order for Puffo.')).toEqual([]);
    expect(banned('The FDA has not denied marketing of Puffo.')).toEqual([]);
    expect(banned('Could the FDA deny marketing of Puffo?')).toEqual([]);
  });

  it('a warning over a practice, a firm\'s own recall or its own words ban nothing', () => {
    expect(banned('The FDA warned Zenco Inc over its ads for Puffo.')).toEqual([]);
    expect(banned('Zenco Inc recalled Puffo after complaints.')).toEqual([]);
    expect(banned('Zenco Inc said Puffo must be pulled from the market.')).toEqual([]);
    expect(banned('The FDA classified the Puffo recall as Class II.')).toEqual([]);
  });
});
