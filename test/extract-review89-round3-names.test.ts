import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fxd89, from a re-read of stop 89's round-3 name rules: faults the round's rules brought in, each as a family, with the
// near misses the rules were written for. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a measure glued to its number between a possessive and the owned name', () => {
  it('a ban falls on the product, not on its maker', () => {
    expect(banned('Ruritania banned Zenco\'s 22t Z230 excavator.')).toEqual(['Ruritania -banned-> Z230']);
    expect(banned('Ruritania banned Zenco\'s 700cc Zeta motorcycle.')).toEqual(['Ruritania -banned-> Zeta']);
    expect(banned('Zembla banned Qorva\'s 150hp Vexa tractor last week.')).toEqual(['Zembla -banned-> Vexa']);
  });

  it('the maker is still read, and the plain forms are unchanged', () => {
    expect(develops('Ruritania banned Zenco\'s 3t Zeta excavator.')).toEqual(['Zenco -develops-> Zeta']);
    expect(banned('Ruritania banned Zenco\'s new Zeta excavator.')).toEqual(['Ruritania -banned-> Zeta']);
    expect(banned('Ruritania banned the 700cc Zeta motorcycle made by Zenco.')).toEqual(['Ruritania -banned-> Zeta']);
    // No name after the measure: the ban stays on the firm.
    expect(banned('Ruritania banned Zenco\'s 22t excavators.')).toEqual(['Ruritania -banned-> Zenco']);
  });
});

describe('dictionary words closed by a person\'s title', () => {
  it('a firm\'s or a product\'s name with an apposition after it is kept', () => {
    expect(scoredClaimsOf('Penny General, the discount retailer, competes with Zenco.')).toEqual(['Penny General -competes_with-> Zenco']);
    expect(only('restricts')(scoredClaimsOf('Ruritania sanctioned Iron Chancellor, a Zenco unit.'))).toEqual(['Ruritania -restricts-> Iron Chancellor']);
    expect(banned('Ruritania banned Tax Director, the Zenco app.')).toEqual(['Ruritania -banned-> Tax Director']);
    expect(develops('Zenco launched Road Captain, a driving app, and Mind Director, a game.')).toEqual(['Zenco -develops-> Mind Director', 'Zenco -develops-> Road Captain']);
  });

  it('an office after "the" or before a speaker\'s verb is still no name', () => {
    expect(entitiesOf('Zembla banned Zenco drones, the Finance Minister said on Monday.')).not.toContain('Finance Minister (product)');
    expect(scoredClaimsOf('The Trade Minister said Zembla banned Zenco drones.')).toEqual(['Zembla -banned-> Zenco']);
    expect(entitiesOf('Ruritania banned the Zeta app, the Trade Minister said.').join(' ')).not.toContain('Trade Minister');
    expect(entitiesOf('The Defence Secretary\'s visit to Zembla ended.').join(' ')).not.toContain('Defence Secretary');
  });
});

describe('a rival\'s brand in an apposition', () => {
  it('"a Zenco rival brand" names no brand of Zenco', () => {
    expect(develops('Tredline, a Zenco rival brand, reported higher sales.')).toEqual([]);
    expect(develops('Tredline, now a Zenco rival brand, reported higher sales.')).toEqual([]);
    expect(develops('Tredline, now a Zenco competitor brand, reported higher sales.')).toEqual([]);
    expect(develops('Roadhawk, a Qorva sister brand, sells tyres in Zembla.')).toEqual([]);
  });

  it('the owner\'s own brand is still read', () => {
    expect(develops('Tredline, now a Zenco brand, reported higher sales.')).toEqual(['Zenco -develops-> Tredline']);
    expect(develops('Tredline, a Zenco tyre brand, reported higher sales.')).toEqual(['Zenco -develops-> Tredline']);
    expect(develops('Roadhawk, the Qorva budget label, sells tyres in Zembla.')).toEqual(['Qorva -develops-> Roadhawk']);
  });
});

describe('"now a Qorva rival" after a maker\'s verb and its object', () => {
  it('the verb\'s maker is kept, and so is the rivalry', () => {
    expect(scoredClaimsOf('Zenco owns Tredline, now a Qorva rival.')).toEqual(['Tredline -competes_with-> Qorva', 'Zenco -develops-> Tredline']);
    expect(develops('Zenco launched Zapp, now a Vexa rival, in 2019.')).toEqual(['Zenco -develops-> Zapp']);
  });

  it('a firm named with "now a rival" on its own stays a firm and no product', () => {
    expect(scoredClaimsOf('Tredline, now a Zenco rival, reported higher sales.')).toEqual(['Tredline -competes_with-> Zenco']);
    expect(develops('Qorva, now a Zenco rival, reported higher sales.')).toEqual([]);
  });
});

describe('a former owner in "which was a Zenco brand, is now owned by Qorva"', () => {
  it('the former owner is no maker', () => {
    expect(develops('Tredline, which was a Zenco brand, is now owned by Qorva.')).toEqual(['Qorva -develops-> Tredline']);
    expect(develops('Zapp, which was a Vexa app, has been owned by Qorva since 2021.')).toEqual(['Qorva -develops-> Zapp']);
  });

  it('"which was" with nothing set against it still names the owner', () => {
    expect(develops('Zapp, which was a Vexa app, was downloaded ten million times.')).toEqual(['Vexa -develops-> Zapp']);
    expect(develops('Tredline, which is a Zenco brand, is now sold in Zembla.')).toEqual(['Zenco -develops-> Tredline']);
  });
});

describe('an outlet told, named with its title word', () => {
  it('the name after the outlet is read on its own', () => {
    expect(scoredClaimsOf('Zenco told the Ruritania Times Qorva was its main rival.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(entitiesOf('Zenco told the Zembla Post Vexa was its main rival.').join(' ')).not.toContain('Post Vexa');
  });

  it('outlets and firms with title words elsewhere are unchanged', () => {
    expect(entitiesOf('Zenco said the Ruritania Times Group had bought Qorva.').join(' ')).toContain('Ruritania Times Group');
    expect(scoredClaimsOf('Qorva Journal Systems competes with Zenco.')).toEqual(['Qorva Journal Systems -competes_with-> Zenco']);
  });
});
