import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper frm96, from stop 96's fresh sample (set 94): a maker named by an apposition whose noun says the thing comes "from" it
// ("the R5, an entry from Zenco Inc. and Orvix Corp."). Another party after "from" (a distributor, a partner, a retailer, a place),
// a negated or past entry and a trade's participle make no maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a maker named by an apposition "an entry from X"', () => {
  it('an entry, an offering, a product, the latest release from a firm', () => {
    expect(develops('The Army tested the R5 rifle, an entry from Zenco Inc., last year.')).toEqual(['Zenco Inc -develops-> R5']);
    expect(develops('Reviewers liked the Vela X2 headset, the newest offering from Qorva Corp., in early tests.')).toEqual(['Qorva Corp -develops-> Vela X2']);
    expect(develops('The panel picked the R5 rifle, a rival entry from Zenco Inc., for the final round.')).toEqual(['Zenco Inc -develops-> R5']);
    expect(develops('Buyers queued for the Zeta 3 phone, the latest product from Qorva Corp., on Friday.')).toEqual(['Qorva Corp -develops-> Zeta 3']);
  });

  it('each firm of a pair makes the joint entry', () => {
    expect(develops('The Army tested the R5, an entry from Zenco Inc. and Orvix Corp., last year.')).toEqual(['Orvix Corp -develops-> R5', 'Zenco Inc -develops-> R5']);
  });

  it('another party, a negation, a past entry or a trade makes no maker', () => {
    expect(develops('The Army tested the R5 rifle, an entry from its partner Zenco Inc., last year.')).toEqual([]);
    expect(develops('Shops stocked the Zeta 3 phone, a product from distributor Qorva Corp., on Friday.')).toEqual([]);
    expect(develops('The Army tested the R5 rifle, an entry from retailer Zenco Inc., last year.')).toEqual([]);
    expect(develops('The Army tested the R5 rifle, an entry from Zenco Inc. \'s dealer Qorva Corp., last year.')).toEqual([]);
    expect(develops('Shops stocked the Zeta 3 phone, not a product from Qorva Corp., on Friday.')).toEqual([]);
    expect(develops('Shops stocked the Zeta 3 phone, a former entry from Qorva Corp., on Friday.')).toEqual([]);
    expect(develops('The Army tested the R5 rifle, an order from Zenco Inc., last year.')).toEqual([]);
  });
});

describe('a sub-brand of a firm, as a brand of it', () => {
  it('the copula and the apposition name the owner', () => {
    expect(develops('Vela is a sub-brand of Zenco Ltd.')).toEqual(['Zenco Ltd -develops-> Vela']);
    expect(develops('Vela, a sub-brand of Zenco Ltd., sells sandals.')).toEqual(['Zenco Ltd -develops-> Vela']);
  });

  it('a negation or another firm after the first makes no claim for the first', () => {
    expect(develops('Vela is not a sub-brand of Zenco Ltd.')).toEqual([]);
    expect(develops('Vela, a sub-brand of Zenco Ltd. rival Qorva Corp., sells sandals.')).toEqual(['Qorva Corp -develops-> Vela']);
    expect(develops('Zenco Ltd. said it would not launch a sub-brand of its own.')).toEqual([]);
  });
});
