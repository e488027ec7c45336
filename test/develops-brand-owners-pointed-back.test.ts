import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lst90b, from stop 90's eightieth fresh sample (makers of soap, detergent and toothpaste): brand lists after a marketer or
// maker of brands, or after "owns such brands as"; and subjects that point back to the firm named before ("The company owns …",
// "The maker of A and B said …"), but not to an outlet cited in an interview, and not when two firms were named before.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a marketer or maker of brands, then the list', () => {
  it('names every member of the list', () => {
    expect(develops('Zenco is a marketer of brands such as Vexa and Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco Inc, a leading marketer of household brands including Vexa, Qorva and Lumo, said sales rose.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc, the maker of brands such as Vexa and Lumo, cut its forecast.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Qorva, the parent group of maisons such as Zeta and Vexa, reported sales.')).toEqual(['Qorva -develops-> Vexa', 'Qorva -develops-> Zeta']);
  });

  it('a seller, a distributor, an investor, a rival, a plan, places and a negation name no brand of the firm', () => {
    expect(develops('Zenco Inc is a distributor of brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco, a retailer, carries brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc, an investor, holds names such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc competes with brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc plans to become a marketer of brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc is not a marketer of brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc is a marketer of brands in markets such as Ruritania and Zembla.')).toEqual([]);
    expect(develops('Zenco Inc is a maker of brands sold by retailers such as Vexa and Lumo.')).toEqual([]);
  });
});

describe('"the company" and "the maker" pointing back to the firm named before', () => {
  it('"The company owns such brands as", with or without a typed firm before', () => {
    expect(develops('Zenco reported higher profit on Tuesday. The company owns such brands as Vexa, Qorva, Lumo and others.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco Inc posted results on Friday. The company owns such brands as Vexa and Lumo.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
  });

  it('a sentence-opening "The maker of A and B" is the firm of the sentence before', () => {
    expect(develops('In the detergent market, one company, Zenco Inc, may have an edge. The maker of Vexa and Lumo said sales rose 5 percent.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc reported results on Monday. The maker of Vexa, Lumo and Qorva also announced the sale of a plant.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc posted its best quarter in years. Even as the outlook grew bleaker, the maker of Vexa detergent and Lumo razors said demand grew.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
  });

  it('"The group" after an interview with a newspaper is the firm, never the newspaper', () => {
    expect(develops('Zenco Inc cut its forecast, its chief said in an interview with the newspaper Zembla Times. The group, known for making Vexa, Lumo and Qorva, employs 8,000 people.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco cut its forecast, its chief said in an interview with the newspaper Zembla Times. The group, known for making Vexa, Lumo and Qorva, employs 8,000 people.').filter((c) => c.startsWith('Zembla'))).toEqual([]);
    expect(develops('Zenco cut its forecast, its chief told the magazine Zembla Week. The group, known for making Vexa and Lumo, employs 8,000 people.').filter((c) => c.startsWith('Zembla'))).toEqual([]);
  });

  it('no guess after two firms, nor for another firm\'s product or a copula', () => {
    expect(develops('Zenco Inc and Qorva Ltd reported results. The company owns such brands as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc agreed to buy Qorva Ltd. The company owns brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc agreed to buy Qorva Ltd. The maker of Vexa and Lumo said the deal would close soon.')).toEqual([]);
    expect(develops('Zenco Inc reported results. The company carries such brands as Vexa, Qorva and Lumo.')).toEqual([]);
    expect(develops('Zenco Inc said sales rose. Its chief said the maker of Vexa was struggling.')).toEqual([]);
    expect(develops('Zenco Inc reported results. The maker of Vexa, Qorva Ltd, said it would sue.')).toEqual(['Qorva Ltd -develops-> Vexa']);
    expect(develops('Zenco Inc reported results. The maker of Vexa is Qorva Ltd.')).toEqual(['Qorva Ltd -develops-> Vexa']);
    expect(develops('Zenco Inc reported results. The maker of cheap soaps said sales rose.')).toEqual([]);
    expect(develops('Zenco Inc cut prices on its Lumo soap. The maker of Vexa said it would respond.').filter((c) => c.endsWith('Vexa'))).toEqual([]);
    expect(develops('Zenco Inc posted its best quarter. After Qorva Ltd cut prices, the maker of Vexa said demand grew.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
    expect(develops('Zenco Inc and Qorva Ltd posted results. Even as demand slowed, the maker of Vexa said prices would rise.')).toEqual([]);
  });
});
