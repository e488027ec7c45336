import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 62, from its third controls sample: additions to a state's list stated as lists (affiliates named after the first firm,
// a copula with the body in a "said" tag, "added to the Department's list include"), and a denial of export privileges.
// Sentences written for the tests.

describe("affiliates named after the first firm added to a list", () => {
  it('"added Zenco and two affiliates, A and B, to its Entity List" restricts all three', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department added Zenco Technologies and two affiliates, Qorva Labs and Vexo Inc., to its Entity List.')).sort()).toEqual(
      ['Commerce Department -restricts-> Qorva Labs', 'Commerce Department -restricts-> Vexo Inc', 'Commerce Department -restricts-> Zenco Technologies'],
    );
  });

  it('a supplier described after the firm is not added with it', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department added Zenco Technologies and Qorva Labs, a supplier of Vexo Inc., to its Entity List.'))).not.toContain(
      'Commerce Department -restricts-> Vexo Inc',
    );
  });
});

describe('additions named in a copula or after "include"', () => {
  it('"The new additions are A and B, the Commerce Department said"', () => {
    expect(only('restricts')(scoredClaimsOf('The new additions are Sugon and Higon, the Commerce Department said.')).sort()).toEqual(
      ['Commerce Department -restricts-> Higon', 'Commerce Department -restricts-> Sugon'],
    );
  });

  it('"Companies added to the Commerce Department\'s list include A and B"', () => {
    expect(only('restricts')(scoredClaimsOf("Companies added to the Commerce Department's list include Sugon and Higon.")).sort()).toEqual(
      ['Commerce Department -restricts-> Higon', 'Commerce Department -restricts-> Sugon'],
    );
  });

  it("a firm's own new products are no additions to a list", () => {
    expect(only('restricts')(scoredClaimsOf('The new additions are Zeta phones, Qorva Inc. said.'))).toEqual([]);
  });
});

describe('a denial of export privileges', () => {
  it('"imposed a denial of export privileges against ZTE"', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department imposed a denial of export privileges against ZTE.'))).toEqual(['Commerce Department -restricts-> ZTE']);
  });
});
