import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper nam97, from real African and South Asian consumer-goods news: a firm's local arm named for a continent ("Zenco Africa",
// "Zenco East Africa") or opening a sentence with a firm's name English knows ("Unilever Pakistan"); a mill, brewery or
// industries named for its state ("Flour Mills of Zembla"); an official body's initials with a legal form ("ITC Ltd") are a firm.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const companies = (text: string): string[] => entitiesOf(text).filter((e) => e.endsWith(' (company)'));

describe('a firm\'s arm named for a continent or a state', () => {
  it('a coined word before a continent, or before a compass word and a continent, is the firm\'s arm', () => {
    expect(develops('Last year, Zenco Africa launched Lumo Max.')).toEqual(['Zenco Africa -develops-> Lumo Max']);
    expect(develops('Zenco East Africa makes Lumo diapers.')).toEqual(['Zenco East Africa -develops-> Lumo']);
    expect(develops('Qorva-Lin West Africa has unveiled Lumo Max, a new detergent.')).toEqual(['Qorva-Lin West Africa -develops-> Lumo Max']);
  });

  it('a word English knows only as a firm\'s name opens an arm at the sentence\'s start', () => {
    expect(develops('Unilever Pakistan has launched Lumo Max.')).toEqual(['Unilever Pakistan -develops-> Lumo Max']);
  });

  it('regions, places and words English knows are no firm\'s arm', () => {
    expect(companies('Demand grew across Sub-Saharan Africa last year, and Zenco launched Lumo Max.')).toEqual(['Zenco (company)']);
    expect(companies('Zenco launched Lumo Max in Francophone Africa and Lusophone Africa.')).toEqual(['Zenco (company)']);
    expect(companies('Zenco launched Lumo Max in Central Asia and East Africa.')).toEqual(['Zenco (company)']);
    expect(companies('The firm exports to Saharan Africa and Zenco launched Lumo Max.')).toEqual(['Zenco (company)']);
    expect(companies('Zenco launched Lumo Max across Zembla Africa.')).toEqual(['Zenco (company)']);
    expect(companies('Today Pakistan launched a new satellite.')).toEqual([]);
    expect(companies('Sarah Kenya launched a new campaign.')).toEqual([]);
    expect(companies('Visit Kenya launched a campaign.')).toEqual([]);
    expect(companies('Rural Africa needs more clinics.')).toEqual([]);
  });
});

describe('a firm named for its state after "of"', () => {
  it('mills, breweries and industries of a state are one firm', () => {
    expect(develops('Lumo, the iconic brand of Flour Mills of Ruritania, has a new flavour.')).toEqual(['Flour Mills of Ruritania -develops-> Lumo']);
    expect(develops('Zenco Breweries of Kenya launched Lumo Max.')).toEqual(['Zenco Breweries of Kenya -develops-> Lumo Max']);
  });

  it('a ministry, or lower-case mills, keep the state apart', () => {
    expect(companies('The steel mills of Ruritania closed. Zenco launched Lumo Max.')).toEqual(['Zenco (company)']);
    expect(entitiesOf('The Ministry of Industries of Ruritania banned Lumo Max.')).not.toContain('Industries of Ruritania (company)');
  });
});

describe('an official body\'s initials with a legal form', () => {
  it('"ITC Ltd" is a firm, not the trade commission', () => {
    expect(develops('ITC Ltd launched Essenza Vita last year.')).toEqual(['ITC Ltd -develops-> Essenza Vita']);
    expect(develops('Yet another FMCG major, ITC Ltd, entered the sector with the launch of Essenza Vita.')).toEqual(['ITC Ltd -develops-> Essenza Vita']);
  });

  it('the initials alone, or before another word, stay the body', () => {
    expect(entitiesOf('The ITC ruled against Zenco Inc.')).toContain('International Trade Commission (government)');
    expect(entitiesOf('The ITC fined Zenco Ltd on Monday.')).toContain('International Trade Commission (government)');
    expect(entitiesOf('ITC said on Monday it would review imports from Zenco Inc.')).toContain('International Trade Commission (government)');
  });
});

describe('an opening name before an owner\'s deed to "its" brand', () => {
  it('"Zenco & Qorva has defended its Lumo shampoo": the opener owns the brand', () => {
    expect(develops('Zenco & Qorva has defended its Lumo baby shampoo.')).toEqual(['Zenco & Qorva -develops-> Lumo']);
    expect(companies('Hindavi Lever renamed its fairness cream Lumo Glow.')).toEqual(['Hindavi Lever (company)']);
  });

  it('people, months, and deeds anyone may do to another\'s brand type no owner', () => {
    expect(develops('Sarah Connor has defended its Lumo shampoo.')).toEqual([]);
    expect(develops('March recalled its Lumo shampoo.')).toEqual([]);
    expect(develops('Prime Minister Jane Roe praised its Lumo shampoo.')).toEqual([]);
    expect(develops('Aiming to grow, Jane Roe defended its Lumo shampoo.')).toEqual([]);
  });
});

describe('a trade\'s field opening the sentence', () => {
  it('"Consumer products manufacturer Zenco" names no product "Consumer"', () => {
    expect(develops('Consumer products manufacturer Zenco makes Lumo diapers.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Household goods maker Zenco makes Lumo diapers.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Tobacco products maker Zenco makes Lumo cigarettes.')).toEqual(['Zenco -develops-> Lumo']);
  });

  it('a brand before the goods noun is still the maker\'s', () => {
    expect(develops('Zeta products maker Zenco makes Lumo diapers.').sort()).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Zeta']);
  });
});

describe('a lower-case "plc" closing a firm\'s name', () => {
  it('"Zenco plc", "Zenco Nigeria plc" are firms, and the brand after "with its" is theirs', () => {
    expect(develops('The maker is Zenco plc, with its Lumo brand.')).toEqual(['Zenco plc -develops-> Lumo']);
    expect(develops('The makers are Qorva Limited, with its Zeta, and Zenco Nigeria plc, with its Lumo brand.')).toContain('Zenco Nigeria plc -develops-> Lumo');
    expect(develops('The makers are Qorva Limited, with its Zeta, and Zenco Nigeria plc, with its Lumo brand.')).not.toContain('Qorva Limited -develops-> Lumo');
  });

  it('"plc" apart from a name, or after a lower-case word, makes no firm', () => {
    expect(companies('The plc said sales of Lumo rose.')).toEqual([]);
    expect(companies('Shares in the listed plc fell.')).toEqual([]);
  });
});
