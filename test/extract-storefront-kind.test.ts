import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Stop 85, from the sixty-eighth set's game-store reader: a storefront is a piece of software its owner makes, so the noun types the
// unknown name beside it as a product. Sentences written for the tests.

describe('a storefront names a product', () => {
  it("the owner's storefront, before or after its name", () => {
    expect(only('develops')(claimsOf("Zenco's storefront Driftly sells game keys."))).toEqual(['Zenco -develops-> Driftly']);
    expect(only('develops')(claimsOf('Zenco said its storefront Driftly sells game keys.'))).toEqual(['Zenco -develops-> Driftly']);
    expect(only('develops')(claimsOf("Gamers use Zenco's storefront Driftly to buy keys."))).toEqual(['Zenco -develops-> Driftly']);
  });

  it('a storefront at a place or on another platform makes nothing', () => {
    expect(only('develops')(claimsOf('Zenco Inc opened a storefront in Lumo last year.'))).toEqual([]);
    expect(only('develops')(claimsOf('Qorva Inc runs its storefront on Amazon and eBay.'))).toEqual([]);
  });
});
