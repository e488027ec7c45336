import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper nam91, from stop 90's last fresh sample (set 81): names cut, split or read as something else. A brand spelt with a common
// noun's 's and a word of praise is one brand; a firm's name with "& Partners" before a country's code, or a firm's last word
// before a region, is one firm (its arm), not a place or the state. Sentences written for the tests.

describe('brands spelt with an apostrophe and a word of praise', () => {
  it('"Baker\'s Best Organic", "Parent\'s Pick" are one brand, not an owner and what it owns', () => {
    expect(scoredClaimsOf('Zenco makes Baker\'s Best Organic formula.')).toEqual(['Zenco -develops-> Baker\'s Best Organic']);
    expect(scoredClaimsOf('Baker\'s Best Organic (made by Qorva) was recalled.')).toEqual(['Qorva -develops-> Baker\'s Best Organic']);
    expect(scoredClaimsOf('Parent\'s Choice formula is made by Zenmart.')).toEqual(['Zenmart -develops-> Parent\'s Choice']);
    expect(entitiesOf('Zenmart said its private brand is Parent\'s Pick.')).toContain('Parent\'s Pick (product)');
  });

  it('the brand is never read as its own owner', () => {
    expect(scoredClaimsOf('Zenco (Parent\'s Pick) recalled powder.')).not.toContain('Parent -develops-> Pick');
    expect(entitiesOf('Zenco (Parent\'s Pick) recalled powder.')).not.toContain('Pick (product)');
  });

  it('a firm\'s possessive keeps its owner: "Zenco\'s Zeta phone", "Qorva\'s Best Organic line"', () => {
    expect(scoredClaimsOf('Zenco\'s Zeta phone sold well.')).toEqual(['Zenco -develops-> Zeta']);
    expect(entitiesOf('Qorva\'s Best Organic formula was recalled.')).not.toContain('Qorva\'s Best Organic (product)');
    expect(scoredClaimsOf('Vexa Inc\'s Best Organic formula competes with Qorva\'s Zeta.')).not.toContain('Vexa Inc\'s Best Organic -competes_with-> Zeta');
  });

  it('an award or a ranking is no brand: "Editor\'s Choice", "the World\'s Best"', () => {
    expect(entitiesOf('Zenco won the Editor\'s Choice award for its Zeta phone.')).not.toContain('Editor\'s Choice (product)');
    expect(entitiesOf('Zenco topped the World\'s Best list with its Zeta phone.')).not.toContain('World\'s Best (product)');
    expect(scoredClaimsOf('Zenco won a Parent\'s Choice Award for its Zeta stroller.')).toEqual([]);
    expect(entitiesOf('Zenco won the Chef\'s Pick award for its Zeta oven.')).not.toContain('Chef\'s Pick (product)');
  });

  it('a person\'s name before the apostrophe keeps its own reading', () => {
    expect(entitiesOf('John Baker\'s Best Organic farm sells eggs.')).not.toContain('Baker\'s Best Organic (product)');
  });

  it('a praise word that is not the brand\'s first word is no brand', () => {
    expect(entitiesOf('Zenco\'s Zeta Best phone sold well.')).not.toContain('Zenco\'s Zeta Best (product)');
  });
});

describe('partnerships with a country\'s code', () => {
  it('"Zenco & Partners UK" is one firm, not "Zenco" and "Partners UK"', () => {
    expect(scoredClaimsOf('Zenco & Partners UK competes with Qorva.')).toEqual(['Zenco & Partners UK -competes_with-> Qorva']);
    expect(scoredClaimsOf('Analysts said Zenco & Partners UK competes with Qorva.')).toEqual(['Zenco & Partners UK -competes_with-> Qorva']);
    expect(scoredClaimsOf('Zenco & Sons UK makes the Zeta chair.')).toEqual(['Zenco & Sons UK -develops-> Zeta']);
  });

  it('near misses: a partnership without a code, a list with a country in it', () => {
    expect(scoredClaimsOf('Zenco & Partners competes with Qorva.')).toEqual(['Zenco & Partners -competes_with-> Qorva']);
    expect(entitiesOf('Zenco & Partners UK competes with Qorva.')).not.toContain('Partners UK (company)');
    expect(entitiesOf('Qorva sells Zeta phones in the UK and Zenco & Partners makes the Vela chair.')).toContain('United Kingdom (government)');
    expect(entitiesOf('Zenco & Partners said the UK banned the Zeta app.')).toContain('United Kingdom (government)');
    expect(entitiesOf('Zenco & Partners, UK regulators said, makes the Zeta chair.')).not.toContain('Zenco & Partners UK (company)');
    expect(entitiesOf('Zenco and Partners of the UK makes the Zeta chair.')).not.toContain('Partners UK (company)');
  });
});

describe('a firm\'s regional arm', () => {
  it('"Zenco America" opening a sentence is a firm, not the United States', () => {
    expect(scoredClaimsOf('Zenco America competes with Qorva.')).toEqual(['Zenco America -competes_with-> Qorva']);
    expect(entitiesOf('Zenco America sued the Ruritania treasury.')).not.toContain('United States (government)');
  });

  it('"Zenco Systems Europe", "Qorva Holdings Asia": a firm\'s last word and a region name its arm', () => {
    expect(scoredClaimsOf('Zenco Systems Europe competes with Qorva.')).toEqual(['Zenco Systems Europe -competes_with-> Qorva']);
    expect(scoredClaimsOf('Qorva Holdings Asia makes the Zeta chair.')).toEqual(['Qorva Holdings Asia -develops-> Zeta']);
  });

  it('a common word before "America" opening a sentence keeps the country', () => {
    expect(entitiesOf('Unlike America, Zembla banned the Zeta app.')).toContain('United States (government)');
    expect(entitiesOf('Today America banned the Zeta app.')).toContain('United States (government)');
  });

  it('a region after a firm, a comma or a preposition between them, is still the region', () => {
    expect(entitiesOf('Zenco Systems sells phones in Europe.')).not.toContain('Zenco Systems Europe (company)');
    expect(entitiesOf('Zenco Systems, Europe and Asia grew.')).not.toContain('Zenco Systems Europe (company)');
    expect(entitiesOf('America banned Zenco Systems on Monday.')).toContain('United States (government)');
  });
});

describe('a coined word before a known firm\'s name', () => {
  it('"the new Kumo Samsung" is a venture\'s two-word name, which takes the edges, not the known firm', () => {
    expect(scoredClaimsOf('The new Kumo Samsung will compete with Qorva Inc.')).toEqual(['Kumo Samsung -competes_with-> Qorva Inc']);
    expect(scoredClaimsOf('The merged Zorvia Samsung will compete with Qorva Inc.')).toEqual(['Zorvia Samsung -competes_with-> Qorva Inc']);
  });

  it('near misses: a product\'s kind after the firm, a possessive, a state\'s name, no opener, a person\'s title', () => {
    expect(entitiesOf('The Zeta Samsung printer sold well.')).not.toContain('Zeta Samsung (company)');
    expect(entitiesOf('The new Japan Samsung unit opened.')).not.toContain('Japan Samsung (company)');
    expect(entitiesOf('Analysts said Kumo Samsung competes with Qorva Inc.')).not.toContain('Kumo Samsung (company)');
    expect(entitiesOf('The rival Kumo Samsung makes the Zeta camera.')).not.toContain('Kumo Samsung (company)');
    expect(entitiesOf('The new Samsung phones sold well.')).toContain('Samsung (company)');
    expect(entitiesOf('The CEO Samsung appointed resigned.')).not.toContain('CEO Samsung (company)');
    // Two firms side by side before what they do together stay two.
    expect(entitiesOf('The Kumo Samsung merger was approved.')).not.toContain('Kumo Samsung (company)');
    expect(entitiesOf('The Kumo Samsung talks collapsed.')).not.toContain('Kumo Samsung (company)');
  });
});

describe('a lower-case "state department" after a US state\'s name and a firm\'s arm', () => {
  it('the arm read as a firm leaves the state department to the US state, not the country', () => {
    const text = 'Zenco America sued the Ohio treasury. The state department decided to include Zenco America on a list of entities barred from contracts.';
    expect(scoredClaimsOf(text)).not.toContain('United States -banned-> Zenco America');
    expect(scoredClaimsOf(text)).not.toContain('United States -sued-> Ohio');
  });
});
