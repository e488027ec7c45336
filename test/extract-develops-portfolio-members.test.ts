import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper pfm97, from set 95's readers and news on household-goods, confectionery and hotel groups: a brand stated as a member of its
// owner's portfolio, the owner a name modifier or a possessive after "in" ("Zeta, an iconic brand in the Zenco portfolio"), or the
// member fronted ("Another gem in the Zenco portfolio is Zeta"); and "powerbrands" as a word for a group's brands. Sentences written
// for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a brand in its owner\'s portfolio', () => {
  it('"Zeta, an iconic brand in the Zenco portfolio" and "one of two brands in Zenco\'s portfolio" name the owner', () => {
    expect(develops('Zetafizz, an iconic brand in the Zenco Inc portfolio, grew 5% last year.')).toEqual(['Zenco Inc -develops-> Zetafizz']);
    expect(develops('Zetafizz is one of two brands in the Zenco Inc portfolio.')).toEqual(['Zenco Inc -develops-> Zetafizz']);
    expect(develops("Zetafizz is one of the top brands in Zenco Inc's portfolio.")).toEqual(['Zenco Inc -develops-> Zetafizz']);
  });

  it('a member fronted before the verb: "Another gem in the Zenco portfolio is Zeta", "One of the brands under the Zenco umbrella is Zeta"', () => {
    expect(develops('Another gem in the Zenco Inc portfolio is Zetafizz, known for its lemon flavour.')).toEqual(['Zenco Inc -develops-> Zetafizz']);
    expect(develops('One of the best-known brands under the Zenco Inc umbrella is Zetafizz.')).toEqual(['Zenco Inc -develops-> Zetafizz']);
    expect(develops("One of the oldest brands in Zenco Inc's portfolio is Zetafizz.")).toEqual(['Zenco Inc -develops-> Zetafizz']);
  });

  it('a rival\'s, a partner\'s or a licensed brand in the portfolio is not named its own', () => {
    expect(develops('Zetafizz, a rival brand in the Zenco Inc portfolio, grew 5% last year.')).toEqual([]);
    expect(develops('Zetafizz is one of the partner brands in the Zenco Inc portfolio.')).toEqual([]);
    expect(develops('Another licensed brand in the Zenco Inc portfolio is Zetafizz.')).toEqual([]);
  });

  it('an investor\'s portfolio, or a portfolio of others\' things, names no maker', () => {
    expect(develops("Zetafizz is one of the brands in Qorva Capital's portfolio.")).toEqual([]);
    expect(develops("Zetafizz is one of the brands in Zenco Inc's portfolio of investments.")).toEqual([]);
    expect(develops("Zetafizz is one of the brands in Zenco Inc's portfolio of licensed brands.")).toEqual([]);
  });

  it('a denial, a wish or a place named no brand', () => {
    expect(develops('Zetafizz is not one of the brands in the Zenco Inc portfolio.')).toEqual([]);
    expect(develops('Zetafizz is one of the brands Zenco Inc wants to add to its portfolio.')).toEqual([]);
    expect(develops('Another market in the Zenco Inc portfolio is Ruritania.')).toEqual([]);
    expect(develops('Vexa Lindqvist is one of the biggest names in the Zenco Inc stable.')).toEqual([]);
  });
});

describe('powerbrands', () => {
  it('"its core powerbrands, including A, B and C" lists the owner\'s brands', () => {
    expect(develops('Zenco Inc will keep its core powerbrands, including Zetafizz, Lumora and Tarnix.').sort()).toEqual(['Zenco Inc -develops-> Lumora', 'Zenco Inc -develops-> Tarnix', 'Zenco Inc -develops-> Zetafizz']);
  });

  it('a rival\'s powerbrands are not the subject\'s', () => {
    expect(develops("Zenco Inc will take on Qorva Inc's powerbrands, including Zetafizz and Lumora.")).not.toContain('Zenco Inc -develops-> Zetafizz');
  });
});

describe('"its" past a place the subject acts in', () => {
  it('"Zenco grew in North Africa with its A, B and C brands": the place after "in" is no owner, the subject is', () => {
    expect(develops('Zenco also plans to boost its presence in North Africa with its Zetafizz, Lumora and Tarnix brands.').sort()).toEqual(['Zenco -develops-> Lumora', 'Zenco -develops-> Tarnix', 'Zenco -develops-> Zetafizz']);
    expect(develops('Zenco grew across Europe with its Zetafizz brand.')).toEqual(['Zenco -develops-> Zetafizz']);
  });

  it('a place with a conjunct or a possessive after it, or another firm between, still stops the subject\'s "its"', () => {
    expect(develops('Zenco grew in Ruritania and its Zetafizz brand grew too.')).not.toContain('Zenco -develops-> Zetafizz');
    expect(develops('Zenco bought a stake in Qorva with its Zetafizz brand.')).not.toContain('Zenco -develops-> Zetafizz');
  });
});

describe('possessed brands with a place before their list', () => {
  it('"Zenco\'s brands in India include A and B", "Its brands in Europe include A": the place does not cut the list from its owner', () => {
    expect(develops("Zenco Inc's brands in India include Zetafizz and Lumora.").sort()).toEqual(['Zenco Inc -develops-> Lumora', 'Zenco Inc -develops-> Zetafizz']);
    expect(develops('Zenco Inc grew. Its brands in Europe include Zetafizz and Lumora.').sort()).toEqual(['Zenco Inc -develops-> Lumora', 'Zenco Inc -develops-> Zetafizz']);
  });

  it('a rival\'s, a partner\'s or a licensed brand set is not the possessor\'s, nor is a list of firms with a possessive', () => {
    expect(develops("Zenco Inc's rival brands in India include Zetafizz and Lumora.")).toEqual([]);
    expect(develops("Zenco Inc's licensed brands in India include Zetafizz and Lumora.")).toEqual([]);
    expect(develops("Zenco Inc's partner brands in India include Zetafizz and Lumora.")).toEqual([]);
  });
});
