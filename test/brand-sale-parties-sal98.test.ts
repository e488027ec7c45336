import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper sal98 (stop 98), from news on brands changing hands: a named brand sold is the seller's whether the sale is done or only
// agreed or planned; the buyer owns it only once the purchase is done. A business sold with its brands, a stake, goods supplied and
// another's brand name no owner here. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const sorted = (claims: string[]): string[] => [...claims].sort();

describe('the seller of a named brand owns it, done or planned', () => {
  it('"is selling its brands A and B to Qorva", "sold A to Qorva", "which sold A to Qorva" name the seller\'s brands', () => {
    expect(develops('Zenco is selling its brands Zeta and Vexa to Qorva.')).toEqual(sorted(['Zenco -develops-> Zeta', 'Zenco -develops-> Vexa']));
    expect(develops('Zenco, which sold its Zeta brand to Qorva last year, reported higher profits.')).toEqual(sorted(['Zenco -develops-> Zeta', 'Qorva -develops-> Zeta']));
    expect(develops('Zenco plans to sell its Zeta brand to Qorva.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('"agreed to buy the A brand from Zenco", "is buying A from Zenco" name the seller only', () => {
    expect(develops('Qorva agreed to buy the Zeta brand from Zenco.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva is buying the Zeta brand from Zenco.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('the buyer of a named brand owns it once the purchase is done', () => {
  it('"bought the A brand from Zenco", "sold the A snack brand to Qorva", "has sold its brands, including A and B, to Qorva"', () => {
    expect(develops('Qorva bought the Zeta brand from Zenco last year.')).toEqual(sorted(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']));
    expect(develops('Zenco sold the Zeta snack brand to Qorva.')).toEqual(sorted(['Zenco -develops-> Zeta', 'Qorva -develops-> Zeta']));
    expect(develops('Zenco Inc. has sold 40 of its beauty brands, including Zeta Max, Vexa Girl and a host of fragrances, to Qorva.')).toEqual(
      sorted(['Zenco Inc -develops-> Zeta Max', 'Zenco Inc -develops-> Vexa Girl', 'Qorva -develops-> Zeta Max', 'Qorva -develops-> Vexa Girl']));
  });
});

describe('near misses: no owner through a sale', () => {
  it('a sale denied, a stake, a business sold with its brands, another\'s brand, goods supplied', () => {
    expect(develops('Zenco has not sold Zeta to Qorva.')).toEqual([]);
    expect(develops('Zenco sold its stake in Zeta to Qorva.')).toEqual([]);
    expect(develops('Zenco Inc. sold its foods business, which includes Vexa, to Qorva.')).toEqual([]);
    expect(develops("Zenco sold Qorva's Zeta brand to Vexa.")).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco sold 500 Zeta jets to Qorva last year.')).not.toContain('Qorva -develops-> Zeta');
    // Bare names sold or bought may be goods or units traded with a customer: no brand's noun, no owner read from the sale.
    expect(develops('Zenco, which sold Zeta to Qorva last year, reported higher profits.')).toEqual([]);
  });

  it('a planned purchase gives the buyer nothing; a firm bought stays a takeover', () => {
    expect(develops('Zenco agreed to sell its Zeta skincare brand to Qorva.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva bought Zenco last year.')).toEqual([]);
  });
});
