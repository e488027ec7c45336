import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lin95 (stop 95), from real brand-group and brewers' news: a firm's brands listed apart from the words that make them its own —
// between double hyphens ("--", as wire copy writes a dash), in the sentence after one that counted its brands ("Zenco has 14 brands.
// These brands include …"), after "said that its …", and after the brewer's verb. Sellers, licensees, rivals, partners, plans,
// negations and trouble "brewing" state no maker. Sentences written for the tests.

/** The claims in a fixed order: the order a list's members come out in is no part of what is tested. */
const develops = (text: string): string[] => [...only('develops')(scoredClaimsOf(text))].sort();

describe('a list set off by double hyphens', () => {
  it('"Zenco\'s global brands -- A, B and C -- grew" names each member', () => {
    expect(develops('Zenco\'s global brands -- Zeta, Vela and Plim -- grew revenue by 9% in the quarter.')).toEqual(['Zenco -develops-> Plim', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('In 2024, Zenco\'s flagship devices -- Zeta S9, Zeta S9 Plus and Zeta Note 9 -- became bestsellers.')).toEqual(['Zenco -develops-> Zeta Note 9', 'Zenco -develops-> Zeta S9', 'Zenco -develops-> Zeta S9 Plus']);
  });

  it('a member the tagger reads as a person\'s name is a brand between the dashes', () => {
    expect(develops('Zenco\'s global brands -- Zeta, Mona Vale and Plim -- grew revenue.')).toEqual(['Zenco -develops-> Mona Vale', 'Zenco -develops-> Plim', 'Zenco -develops-> Zeta']);
  });

  it('people, partners, clients, holders and rivals set off by dashes are no brands', () => {
    expect(develops('Zenco\'s board -- Maria Lopez, Ann Lee and John Smith -- met on Monday.')).toEqual([]);
    expect(develops('Zenco hired three executives -- Mona Vale, Ann Lee and John Smith -- last year.')).toEqual([]);
    expect(develops('Zenco\'s partners -- Zeta, Vela and Plim -- grew.')).toEqual([]);
    expect(develops('Zenco\'s clients -- Zeta, Vela and Plim -- signed deals.')).toEqual([]);
    expect(develops('Zenco\'s shareholders -- Qorva, Vexa and Plim -- backed the deal.')).toEqual([]);
    expect(develops('Zenco\'s rival brands -- Zeta, Vela and Plim -- grew.')).toEqual([]);
  });

  it('a planned set between dashes is not asserted', () => {
    expect(develops('Zenco\'s planned brands -- Zeta, Vela and Plim -- will launch next year.')).toEqual([]);
  });
});

describe('a firm\'s counted brands, listed in the next sentence', () => {
  it('"Zenco has 14 brands. These brands include A and B"', () => {
    expect(develops('Zenco has 14 brands. These brands include Zeta, Vela, Plim and Orba.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Plim', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco owns 14 brands. These brands include Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco boasts more than 30 labels. Those labels include Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('brands bought, sold, stocked, licensed, planned or denied, and brands after other acts, state no maker', () => {
    expect(develops('Zenco has acquired 14 brands. These brands include Zeta, Vela and Plim.')).toEqual([]);
    expect(develops('Zenco, a retailer, has 400 brands on its shelves. These brands include Zeta, Vela and Plim.')).toEqual([]);
    expect(develops('Zenco has no brands of its own. These brands include Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco plans to own 14 brands. These brands include Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco has 14 brands under licence. These brands include Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco sells 40 brands. These brands include Zeta and Vela.')).toEqual([]);
  });

  it('a sentence that counted no brands, or a next sentence that is no list of them, gives none', () => {
    expect(develops('Zenco has 14 stores. These brands include Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco launched a new store. The brands include Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco has 14 brands. These brands compete with Zeta and Vela.')).toEqual([]);
  });
});

describe('"said that its" and "warned that its" before a list of its brands', () => {
  it('the firm that says the clause owns the brands, past words that describe them', () => {
    expect(develops('Zenco said that its brands, Zeta, Vela and Plim, grew.')).toEqual(['Zenco -develops-> Plim', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco has warned that its biggest three beer brands - Zeta, Vela and Plim - are bearing the brunt of a sales slump.')).toEqual(['Zenco -develops-> Plim', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('a stake, a rival\'s brands, another firm\'s brands and partners are not its own', () => {
    expect(develops('Zenco said that its stake in rival brands, Zeta and Vela, grew.')).toEqual([]);
    expect(develops('Zenco said that its rivals\' brands, Zeta and Vela, grew.')).toEqual([]);
    expect(develops('Zenco said that Qorva\'s brands, Zeta and Vela, grew.')).toEqual(['Qorva -develops-> Vela', 'Qorva -develops-> Zeta']);
    expect(develops('Zenco said that its distributors, Zeta and Vela, grew.')).toEqual([]);
    expect(develops('Zenco has warned that its three biggest distribution partners, Zeta, Vela and Plim, are suffering.')).toEqual([]);
  });

  it('a hedge after the warning still hedges, and a state\'s warning stays a threat', () => {
    expect(develops('Zenco warned that it could drop its brands, Zeta and Vela.')).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Ruritania warned that it would ban Zeta.'))).toEqual([]);
  });
});

describe('a brewer\'s verb', () => {
  it('"Zenco, which brews A, B and C" makes them, a name that looks like a person\'s among them', () => {
    expect(develops('Zenco, which brews Zeta, Mona Vale and Plim, said sales fell.')).toEqual(['Zenco -develops-> Mona Vale', 'Zenco -develops-> Plim', 'Zenco -develops-> Zeta']);
  });

  it('trouble brewing, a seller, a distributor, a plan and a negation make nothing', () => {
    expect(develops('Trouble is brewing over Zeta at Zenco.')).toEqual([]);
    expect(develops('Zenco, which sells Zeta, Vela and Plim, said sales fell.')).toEqual([]);
    expect(develops('Zenco, which distributes Zeta, Mona Vale and Plim, said sales fell.')).toEqual([]);
    expect(develops('Zenco plans to brew Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco does not brew Zeta or Vela.')).toEqual([]);
  });
});
