import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper agc89: state bodies the name finder missed or typed as firms. Major regulators are lexicon data (EPA, CPSC, Anvisa …);
// a name no lexicon knows after a state's possessive is that state's body when it does what only a body does (fines, duties,
// another's licence revoked, a recall ordered); a head of state or government named alone acts for the state when a state's act
// follows the name, and so does the leader's government. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const partOf = (text: string): string[] => only('part_of')(claimsOf(text));

describe('major regulators as lexicon data', () => {
  it('an agency\'s acronym is the agency, part of its state, never a firm', () => {
    expect(banned('The EPA banned Zetacide in 2019.')).toEqual(['Environmental Protection Agency -banned-> Zetacide']);
    expect(partOf('The EPA banned Zetacide in 2019.')).toEqual(['Environmental Protection Agency -part_of-> United States']);
    expect(banned('The CPSC ordered a recall of Zeta strollers.')).toEqual(['Consumer Product Safety Commission -banned-> Zeta']);
    expect(banned("Brazil's Anvisa banned Zeta vapes.")).toEqual(['Anvisa -banned-> Zeta']);
    expect(partOf("Brazil's Anvisa banned Zeta vapes.")).toEqual(['Anvisa -part_of-> Brazil']);
  });

  it('a regulator that only warns or is named beside a firm\'s own recall bans nothing', () => {
    expect(banned('Zenco recalled Zeta strollers after the CPSC warned of falls.')).not.toContainEqual(expect.stringContaining('Consumer Product Safety Commission'));
    expect(banned('The EPA is considering a ban on Zetacide.')).toEqual([]);
    expect(banned('The EPA did not ban Zetacide.')).toEqual([]);
  });
});

describe('a name no lexicon knows after a state\'s possessive, doing what only a body does', () => {
  it('revoking or suspending another\'s licence or registration makes it the state\'s body', () => {
    expect(banned("Brazil's Vigilex revoked the licence of Zetamab.")).toEqual(['Vigilex -banned-> Zetamab']);
    expect(partOf("Brazil's Vigilex revoked the licence of Zetamab.")).toEqual(['Vigilex -part_of-> Brazil']);
    expect(banned("India's Medrax suspended the registration of Zetacide, made by Qorva.")).toEqual(['Medrax -banned-> Zetacide']);
    expect(entitiesOf("India's Medrax suspended the registration of Zetacide, made by Qorva.")).toContain('Medrax (government)');
  });

  it('ordering a recall, fining or imposing duties does too, by an acronym as well', () => {
    expect(banned("Brazil's VGX ordered a recall of Zeta strollers.")).toEqual(['VGX -banned-> Zeta']);
    expect(partOf("Brazil's VGX ordered a recall of Zeta strollers.")).toEqual(['VGX -part_of-> Brazil']);
    expect(partOf("Japan's Tarvex fined Zenco $5 million.")).toEqual(['Tarvex -part_of-> Japan']);
    expect(partOf("Japan's Tarvex imposed anti-dumping duties on Zeta panels.")).toEqual(['Tarvex -part_of-> Japan']);
  });

  it('the body keeps its name later in the text', () => {
    expect(banned("Brazil's Vigilex fined Zenco $5 million. Vigilex also banned Zeta vapes.")).toEqual(['Vigilex -banned-> Zeta']);
    expect(entitiesOf("Brazil's Vigilex fined Zenco $5 million. Vigilex also banned Zeta vapes.")).toContain('Vigilex (government)');
  });

  it('a firm after a state\'s possessive that bans, recalls, halts or cancels its own deal stays a firm', () => {
    expect(entitiesOf("Japan's Zenco banned staff from using Zeta.")).toContain('Zenco (company)');
    expect(partOf("Japan's Zenco banned staff from using Zeta.")).toEqual([]);
    expect(partOf("India's Qorva recalled Zeta scooters.")).toEqual([]);
    expect(partOf("Japan's Qorva ordered a halt to production at its Zeta plant.")).toEqual([]);
    expect(partOf("India's Qorva cancelled the licence agreement with Zenco.")).toEqual([]);
    expect(partOf("India's Qorva was fined by regulators.")).toEqual([]);
    expect(partOf("Korea's Vexa suspended its Zeta licence talks.")).toEqual([]);
  });
});

describe('a name set off before a state\'s body', () => {
  it('"Vigilex, Brazil\'s drug regulator, …" names the body', () => {
    expect(banned("Vigilex, Brazil's drug regulator, suspended the licence of Zetamab.")).toEqual(['Vigilex -banned-> Zetamab']);
    expect(partOf("Vigilex, Brazil's drug regulator, suspended the licence of Zetamab.")).toEqual(['Vigilex -part_of-> Brazil']);
    expect(banned("VGX, India's drug regulator, banned Zetamab. VGX also suspended Zetacide.")).toEqual(['VGX -banned-> Zetacide', 'VGX -banned-> Zetamab']);
  });

  it('an opening word, a firm described otherwise or a body with no name before it is no such name', () => {
    expect(banned("However, Brazil's drug regulator, citing risks, suspended the licence of Zetamab.")).toEqual(["Brazil's drug regulator -banned-> Zetamab"]);
    expect(entitiesOf("Zenco, Brazil's largest maker, banned Zeta phones.")).toContain('Zenco (company)');
    expect(partOf("Zenco, Brazil's largest maker, banned Zeta phones.")).toEqual([]);
  });
});

describe('a head of state or government acting for the state', () => {
  it('a leader the lexicon knows, named alone before a state\'s act, is the state', () => {
    expect(banned('Trump banned Zeta apps.')).toEqual(['United States -banned-> Zeta']);
    expect(restricts('Trump imposed tariffs on Zeta phones.')).toEqual(['United States -restricts-> Zeta']);
    expect(banned('Modi has banned Zeta apps.')).toEqual(['India -banned-> Zeta']);
  });

  it('the leader\'s government or administration is the state', () => {
    expect(banned("Modi's government banned Zeta apps.")).toEqual(['India -banned-> Zeta']);
    expect(restricts("Xi's administration restricted exports of Zeta chips.")).toEqual(['China -restricts-> Zeta']);
  });

  it('threats, plans, negations and a leader\'s private role give the state nothing', () => {
    expect(banned('Trump threatened to ban Zeta apps.')).toEqual([]);
    expect(banned('Trump could ban Zeta apps.')).toEqual([]);
    expect(banned('Trump did not ban Zeta apps.')).toEqual([]);
    expect(banned('Trump added that Zenco had banned Zeta apps.')).not.toContainEqual(expect.stringContaining('United States'));
    expect(banned("Trump's Zenco Media banned Zeta ads.")).not.toContainEqual(expect.stringContaining('United States'));
    expect(banned('Musk banned Zeta apps from Zenco offices.')).not.toContainEqual(expect.stringContaining('United States'));
    // A person who shares a leader's surname holds no office.
    expect(banned('Kai-Fu Lee banned Zeta apps at his firm.')).not.toContainEqual(expect.stringContaining('South Korea'));
    expect(banned('Joe Tsai banned Zeta apps at Zenco.')).not.toContainEqual(expect.stringContaining('Taiwan'));
  });
});
