import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper chm96, from a fresh sample on cosmetics makers and the states restricting their ingredients: lower-case substance names
// a ban names ("containing zenoxate", "a ban on the use of zenoxate") were never typed, so the ban lost its target. Sentences
// written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('lower-case substances in a ban\'s frame are its targets', () => {
  it('after "containing", with the substances joined to it', () => {
    expect(banned('Thailand banned the sale of lotions containing zenoxate and qorvalide.')).toEqual(['Thailand -banned-> qorvalide', 'Thailand -banned-> zenoxate']);
    expect(banned('France banned creams containing zetamide, qorvalene or vexanol last year.')).toEqual(['France -banned-> qorvalene', 'France -banned-> vexanol', 'France -banned-> zetamide']);
  });

  it('as a ban verb\'s object, after "a ban on" and after "the use of"', () => {
    expect(banned('France banned zenoxate and qorvalide in sunscreens last year.')).toEqual(['France -banned-> qorvalide', 'France -banned-> zenoxate']);
    expect(banned('The European Union is banning the use of zenoxate in cosmetics.')).toEqual(['European Union -banned-> zenoxate']);
    expect(banned('Japan imposed a ban on zetamide in cosmetics.')).toEqual(['Japan -banned-> zetamide']);
    expect(banned('Why is Thailand banning zenoxate and qorvalide from sunscreens?')).toEqual(['Thailand -banned-> qorvalide', 'Thailand -banned-> zenoxate']);
  });
});

describe('near misses: ordinary words, modifiers, other frames, and bans not made', () => {
  it('ordinary nouns of a chemical\'s shape are no substance', () => {
    expect(banned('France banned the sale of alcohol to minors.')).toEqual([]);
    expect(banned('France banned drinks containing sugar.')).toEqual([]);
    expect(banned('France banned the use of plastic in packaging.')).toEqual([]);
    expect(banned('Japan imposed a ban on vaccines from the plant.')).toEqual([]);
    // Critic crit96d: people, craft and machines of a substance's shape, and substances' kinds at large.
    expect(banned('France banned inmates from using phones in prison.')).toEqual([]);
    expect(banned('France banned planes from Zenco after the crash.').filter((c) => c.endsWith('planes'))).toEqual([]);
    expect(banned('France imposed a ban on the use of fungicides in vineyards.')).toEqual([]);
    expect(banned('France banned pesticides and herbicides near schools last year.')).toEqual([]);
    expect(banned('France has banned menthols since May.')).toEqual([]);
    // A ban elsewhere in the sentence does not make "the use of" a ban's frame.
    expect(entitiesOf('Officials banned the rally and restricted the use of zenoxate in pools operated by Zenco.').filter((e) => e.startsWith('zenoxate'))).toEqual([]);
  });

  it('a substance qualifying a kind is no target of its own', () => {
    expect(banned('France banned zenoxate creams last year.')).toEqual([]);
    expect(entitiesOf('France banned zenoxate creams last year.')).toEqual(['France (government)']);
  });

  it('a substance outside a ban\'s frame stays untyped, and a firm\'s own choice is no maker', () => {
    expect(entitiesOf('Zenco stopped using zenoxate in its lotions.')).toEqual([]);
    expect(entitiesOf('Researchers found zenoxate in coral samples.')).toEqual([]);
    expect(develops('Zenco sells lotions containing zenoxate.')).toEqual([]);
    expect(develops("Zenco's lotions no longer contain zenoxate.")).toEqual([]);
    expect(develops('Zenco makes creams containing zenoxate.')).toEqual([]);
    expect(develops('Zenco is the largest maker of products containing qorvalide.')).toEqual([]);
  });

  it('a proposed or denied ban is not asserted', () => {
    expect(banned('France is considering a ban on zenoxate.')).toEqual([]);
    expect(banned('France proposed a ban on the use of zetamide.')).toEqual([]);
    expect(banned('France did not ban zenoxate.')).toEqual([]);
  });
});

describe('a thing banned from sale in the states named', () => {
  it('each state named after "banned from sale in" bans it', () => {
    expect(banned('Creams containing zenoxate have been banned from sale in France, Japan and Thailand.')).toEqual(['France -banned-> zenoxate', 'Japan -banned-> zenoxate', 'Thailand -banned-> zenoxate']);
    expect(banned('Zeta lotions were banned from sale in France.')).toEqual(['France -banned-> Zeta']);
  });

  it('near misses: a withdrawal, a place that is no state, a state\'s institutions', () => {
    expect(banned('Zeta lotions were removed from sale in France.')).toEqual([]);
    expect(banned('Zeta lotions were banned from sale in stores.')).toEqual([]);
    expect(banned("Zeta was banned from use in France's hospitals.")).toEqual([]);
    expect(banned('Zeta lotions were taken from sale in France.')).toEqual([]);
  });
});
