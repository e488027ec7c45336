import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper nm89, from fresh samples on wine and spirits groups, agrochemicals, shipping and banks: names the name finder missed or cut
// wrong, which lost their relations. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('brands that look plural or possessive before a maker noun', () => {
  it('a firm ending in a wine or spirits word is the owner, not a place', () => {
    expect(develops('Zentolds owner Qorva Estates said sales rose.')).toEqual(['Qorva Estates -develops-> Zentolds']);
    expect(develops('Sales fell, Zentold owner Qorva Vineyards said on Monday.')).toEqual(['Qorva Vineyards -develops-> Zentold']);
    expect(develops('Zetaroo maker Vexa Wines cut its forecast.')).toEqual(['Vexa Wines -develops-> Zetaroo']);
    expect(develops('Zentolds owner Qorva Estates did not comment.')).toEqual(['Qorva Estates -develops-> Zentolds']);
  });

  it('a brand named after a person keeps its possessive before the maker noun', () => {
    expect(develops("Jack Zeniel's maker Qorva-Forman said sales rose.")).toEqual(["Qorva-Forman -develops-> Jack Zeniel's"]);
    expect(develops("Sales fell, said Papa Zorvo's owner Vexa Brands.")).toEqual(["Vexa Brands -develops-> Papa Zorvo's"]);
  });

  it('every brand of a list before the maker noun is the maker\'s', () => {
    expect(develops('Zentolds and Vorlik owner Qorva said sales rose.')).toEqual(['Qorva -develops-> Vorlik', 'Qorva -develops-> Zentolds']);
    expect(develops('Shares in Zeta Walker and Talvo owner Qorva fell.')).toEqual(['Qorva -develops-> Talvo', 'Qorva -develops-> Zeta Walker']);
  });

  it('near misses: no maker noun, or one word, keep the plain possessive', () => {
    expect(develops("Jack Zeniel's daughter joined Qorva-Forman.")).toEqual([]);
    expect(develops("Vela's parent Zenco reported profits.")).toEqual(['Zenco -develops-> Vela']);
    expect(entitiesOf("Jack Zeniel's maker said sales rose.")).toEqual([]);
  });

  it('near misses: a place ending a name is still a place where no firm word ends it', () => {
    expect(entitiesOf('Prices rose in Zembla Heights last year.')).toEqual([]);
  });
});

describe('lower-case farm chemicals in a frame that makes them products', () => {
  it('before a maker noun and a firm', () => {
    expect(develops('The lawsuits say glyzetate maker Zenco hid the risks.')).toEqual(['Zenco -develops-> glyzetate']);
    expect(develops('Shares of zetaquat producer Qorva fell.')).toEqual(['Qorva -develops-> zetaquat']);
  });

  it('after a kind of farm chemical', () => {
    expect(develops("Zenco's weedkiller zetaquat was banned in France.")).toEqual(['Zenco -develops-> zetaquat']);
    expect(develops('The herbicide zetamine, made by Qorva, was banned by France.')).toEqual(['Qorva -develops-> zetamine']);
    expect(develops('Zenco makes the insecticide zetathrin.')).toEqual(['Zenco -develops-> zetathrin']);
    expect(only('banned')(scoredClaimsOf("France banned Zenco's herbicide zetamine last year."))).toEqual(['France -banned-> zetamine']);
  });

  it('set off by a kind of farm chemical', () => {
    expect(develops('Farmers sprayed zetamine, a herbicide made by Qorva.')).toEqual(['Qorva -develops-> zetamine']);
  });

  it('near misses: English nouns after a kind or before a maker, and words of no chemical shape, are no products', () => {
    expect(develops('The herbicide business of Zenco grew.')).toEqual([]);
    expect(develops('Chocolate maker Qorva cut prices.')).toEqual([]);
    expect(develops('The lawsuits say wine maker Zenco hid the risks.')).toEqual([]);
    expect(develops('The lawsuits say glyzetate makers hid the risks.')).toEqual([]);
    expect(develops('Zenco makes the herbicide in Zembla.')).toEqual([]);
    expect(entitiesOf('France banned pesticide residues above the limit.')).toEqual(['France (government)']);
  });
});

describe('names that ran long or stopped short', () => {
  it('a cargo acronym before a kind of vessel is no part of a firm the article taught', () => {
    // Each item of the list is a firm's goods, so Zenco competes with both makers (every item of a stated list gets the relation);
    // Vexa was lost before helper own96 read parallel goods after each name.
    expect(competes('Qorva Ltd said it competes with Vexa. Zenco competes with Qorva LNG carriers and Vexa tankers.')).toEqual(['Qorva -competes_with-> Vexa', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('near miss: a firm named with the acronym stays whole', () => {
    expect(competes('Zenco competes with Qorva LNG.')).toEqual(['Zenco -competes_with-> Qorva LNG']);
  });

  it('a firm "of" a place it is in is the firm', () => {
    expect(competes('Zenco of Winterthur competes with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(competes('Qorva competes with Zenco of Basel and Vexa of Bern.')).toEqual(['Qorva -competes_with-> Vexa', 'Qorva -competes_with-> Zenco']);
  });

  it('near misses: a name with an English or a state\'s head keeps its "of"', () => {
    expect(competes('The Bank of Ruritania competes with Qorva.')).toEqual(['Bank of Ruritania -competes_with-> Qorva']);
    expect(competes('Qorva competes with the Duchy of Zembla.')).not.toContain('Qorva -competes_with-> Duchy');
    expect(competes('Zorvo competes with Tales of Zembla.')).toEqual(['Zorvo -competes_with-> Tales of Zembla']);
    expect(competes('Zorvo competes with Isle of Zembla.')).not.toContain('Zorvo -competes_with-> Isle');
    // A plural after "of" is a title's ("League of Legends"), whatever the head.
    expect(competes('Zorvo competes with Vorga of Giants.')).toEqual(['Zorvo -competes_with-> Vorga of Giants']);
  });

  it('digits open a brand mid-sentence before a stop or a small word', () => {
    expect(competes('Qorva competes with 808 Atelier.')).toEqual(['Qorva -competes_with-> 808 Atelier']);
    expect(competes('Qorva competes with 808 Atelier in Zembla.')).toEqual(['Qorva -competes_with-> 808 Atelier']);
  });

  it('near misses: a count of things before a name and its noun, or a plural, stays a count', () => {
    expect(entitiesOf('Qorva hired 300 Zenco engineers.').some((e) => e.startsWith('300'))).toBe(false);
    expect(entitiesOf('Qorva competes with 500 Zetas.').some((e) => e.startsWith('500'))).toBe(false);
    expect(entitiesOf('Qorva competes with 2024 Zenco.').some((e) => e.startsWith('2024'))).toBe(false);
  });

  it('"the People\'s Bank of Ruritania" is not cut to "Bank"', () => {
    expect(only('banned')(scoredClaimsOf("The People's Bank of Ruritania banned Zeta tokens."))).toEqual(["People's Bank of Ruritania -banned-> Zeta"]);
    expect(only('banned')(scoredClaimsOf("The Farmers' Bank of Zembla banned Zeta tokens."))).toEqual(["Farmers' Bank of Zembla -banned-> Zeta"]);
  });

  it('near miss: a firm\'s possessive before a bank stays the owner', () => {
    expect(only('banned')(scoredClaimsOf("Zenco's Bank of Ruritania unit banned Zeta tokens."))).not.toContain("Zenco's Bank of Ruritania -banned-> Zeta");
  });
});
