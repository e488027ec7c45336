import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lst90, from stop 90's seventy-ninth fresh sample (bike groups, eyewear and hearing-aid makers, pet food), where a group's
// long brand list was the biggest develops miss: the list after an owner or parent of brands, a "whose brands include" or "which
// holds" clause, a bracket of brands, or "under the brand names"; and an open list's tail ("and other brands", "etc.").
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('an owner or parent of brands, then the list', () => {
  it('names every member of the list', () => {
    expect(develops('Zenco is the parent of many bike brands, including Zeta, Vela and Orba.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco, the parent company of many bicycle brands, including Zeta, Vela and Orba, has bought Kappa.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('The deal was signed by the Zenco group, owner of other brands in the sector such as Zeta, Vela and Orba.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco (owner, among others, of Zeta, Vela) said profits rose.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Darto (parent company to Qorva, Lumo and Vexa hearing aid brands) said profits rose.')).toEqual(['Darto -develops-> Lumo', 'Darto -develops-> Qorva', 'Darto -develops-> Vexa']);
  });

  it('a shop\'s wares, a customer of brands and a negation name no owner', () => {
    expect(develops('The Zenco group, owner of stores stocking brands such as Zeta and Vela, said sales fell.')).toEqual([]);
    expect(develops('Zenco is the largest customer of brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco is not the owner of brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco stocks brands such as Qorva, Vexa and Orba.')).toEqual([]);
    expect(develops('Zenco is the parent of Kappa, whose shoes compete with brands such as Zeta and Vela.').filter((c) => /Zeta|Vela/.test(c))).toEqual([]);
  });
});

describe('a relative clause or a bracket naming the brands', () => {
  it('"whose brands include", "which holds", "(brands …, etc.)" name every member', () => {
    expect(develops('Zenco - whose brands include Zeta, Vela, Orba and Lumo - said profits rose.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco, which already holds Zeta, Vela and Orba, said profits rose.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco (brands Zeta, Vela, Orba, etc.) will buy Kappa.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Qorva will join brands such as Zeta and Vela in Zenco\'s portfolio.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('one held name, a stake, and a client list name no brand of the firm', () => {
    expect(develops('Zenco, which already holds Kappa, said profits rose.')).toEqual([]);
    expect(develops('Zenco, which holds stakes in Zeta, Vela and Orba, said profits rose.')).toEqual([]);
    expect(develops('Zenco, whose clients include Zeta, Vela and Orba, said profits rose.')).toEqual([]);
    expect(develops('Zenco, whose rivals include Zeta, Vela and Orba, said profits rose.')).toEqual([]);
    expect(develops('Zenco (rivals Zeta, Vela, etc.) said profits rose.')).toEqual([]);
  });
});

describe('the end of a long list', () => {
  it('"and other brands" and "under the brand names" keep every member', () => {
    expect(develops('Zenco, which markets Alpa, Brivo, Corda, Delto, Epso and other brands, said profits rose.')).toEqual(['Zenco -develops-> Alpa', 'Zenco -develops-> Brivo', 'Zenco -develops-> Corda', 'Zenco -develops-> Delto', 'Zenco -develops-> Epso']);
    expect(develops('Zenco sells pet food under the brand names Alpa, Brivo and Corda.')).toEqual(['Zenco -develops-> Alpa', 'Zenco -develops-> Brivo', 'Zenco -develops-> Corda']);
  });

  it('an open list of other roles names no brand', () => {
    expect(develops('Zenco buys parts from Alpa, Brivo, Corda and other suppliers.')).toEqual([]);
    expect(develops('Zenco competes with Alpa, Brivo, Corda and other brands.')).toEqual([]);
    expect(develops('Zenco sells pet food under licence from Alpa, Brivo and Corda.')).toEqual([]);
  });
});

describe('brands with their owners in brackets', () => {
  it('"brands such as Zapp (Zenco)" reads the bracket as the owner', () => {
    expect(develops('The market is led by brands such as Zapp (Zenco), Qorva (Kappa) and Vell (Darto).')).toEqual(['Darto -develops-> Vell', 'Kappa -develops-> Qorva', 'Zenco -develops-> Zapp']);
  });

  it('firms with their brands in brackets keep the firm as the owner', () => {
    expect(develops('Makers such as Zenco (Zapp), Kappa (Qorva) and Darto (Vell) gained share.')).toEqual(['Darto -develops-> Vell', 'Kappa -develops-> Qorva', 'Zenco -develops-> Zapp']);
    expect(develops('The rankings add Zenco (Zapp), Kappa (Qorva, Vell) to the list.')).toEqual(['Kappa -develops-> Qorva', 'Kappa -develops-> Vell', 'Zenco -develops-> Zapp']);
  });

  it('one bracket after a firm alone names no product', () => {
    expect(develops('Zenco (Qorva) said profits rose, and Kappa bought Zeta, Vela and Orba.')).toEqual([]);
  });
});

describe('a counted set of brands spanned by a range', () => {
  it('"has more than 30 brands, from Qorva to Lumo" names both ends', () => {
    expect(develops('Zenco has more than 30 brands, from Qorva to Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorva']);
    expect(develops('Zenco owns 12 fashion labels, from Qorva to Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorva']);
  });

  it('rival brands and a shop\'s shelves name no owner', () => {
    expect(develops('Zenco has 12 rival brands, from Qorva to Lumo.')).toEqual([]);
    expect(develops('Zenco has many brands, from Qorva to Lumo, on its shelves.')).toEqual([]);
  });
});

describe('brands in a contract maker\'s client list', () => {
  it('firms named as a clientele are not the maker\'s products', () => {
    expect(develops('Zenco assembles bikes for a client list that includes major brands Qorva, Vexa and Orba.')).toEqual([]);
    expect(develops('Zenco builds frames for customers that include brands Qorva and Vexa.')).toEqual([]);
    expect(develops('Zenco builds frames for its customers, including Qorva and Vexa.')).toEqual([]);
  });

  it('the maker\'s own models listed after its verb are still its own', () => {
    expect(develops('Zenco builds bikes such as Qorva and Vexa.')).toEqual(['Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco assembles e-bikes, including the Qorva and the Vexa.')).toEqual(['Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
  });
});
