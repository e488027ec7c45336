import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cmp97, from real news of ride-hailing, delivery, streaming and airline rivals: a subject set off by an aside before "is
// Qorva's rival", an owner's rival named after a field, a brands list that runs into rivals, a currency amount read as a firm, and a
// fight's idiom. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a subject set off by an aside before a copula and an owner\'s rival noun', () => {
  it('the aside\'s place, person or owner is passed over to the subject', () => {
    expect(rivals('Zenco, founded by Ana Borin, is Qorva\'s major rival.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco, headquartered in Paris, is Qorva\'s major rival.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco, a unit of Vexa Group, is Qorva\'s biggest rival.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco, founded by Ana Borin, has been Qorva\'s main rival since 2010.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco, founded by Ana Borin and based at Lumo Airport, is Qorva\'s major rival in Europe.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('no rivalry when the noun is another role, a former rival or denied', () => {
    expect(rivals('Zenco, founded by Ana Borin, is Qorva\'s former rival.')).toEqual([]);
    expect(rivals('Zenco, headquartered in Paris, is Qorva\'s partner.')).toEqual([]);
    expect(rivals('Zenco, a unit of Vexa Group, is Qorva\'s biggest customer.')).toEqual([]);
    expect(rivals('Zenco, founded by Ana Borin, is not Qorva\'s rival.')).toEqual([]);
    expect(rivals('Zenco, headquartered in Paris, is Qorva\'s supplier.')).toEqual([]);
  });
});

describe('an owner\'s rival named after a field or a place', () => {
  it('"Qorva\'s stiffest competitor in the Middle East had been Zenco"', () => {
    expect(rivals('Qorva\'s stiffest competitor in the Middle East had been Zenco, which launched in 2012.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva\'s main rival in Europe is Zenco.')).toEqual(['Qorva -competes_with-> Zenco']);
  });

  it('no rivalry for a former rival, another role or a long phrase', () => {
    expect(rivals('Qorva\'s former rival in Europe was Zenco.')).toEqual([]);
    expect(rivals('Qorva\'s partner in Europe is Zenco.')).toEqual([]);
    expect(rivals('Qorva\'s rival in the race to buy Vexa is Zenco.')).toEqual([]);
    expect(rivals('Qorva\'s biggest customer in Europe is Zenco.')).toEqual([]);
  });
});

describe('a brands list ends at a rival noun', () => {
  it('the rivals faced are no brands of the owner, but are its rivals', () => {
    const text = 'The group will keep the Zenco and Qorva brands, on their apps, to face their competitors Lumo, Tarn or Kappa.';
    expect(develops(text)).toEqual([]);
    expect(rivals(text)).toContain('Qorva -competes_with-> Lumo');
  });

  it('a brands list with no rival noun still names the owner\'s brands', () => {
    expect(develops('Vexa Group sells its brands, Lumo and Tarn, across Europe.')).toEqual(['Vexa Group -develops-> Lumo', 'Vexa Group -develops-> Tarn']);
  });
});

describe('a currency amount with a letter prefix is no name', () => {
  it('"Sh200 million", "N5bn" are amounts, and the rivalry stays with the firm', () => {
    expect(rivals('Zenco plans a Sh200 million plant, staging a battle with rival Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco plans a N5bn plant, staging a battle with rival Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a model name with a letter and a figure but no scale is still a name', () => {
    expect(develops('Zenco unveiled the K300 phone last week.')).toEqual(['Zenco -develops-> K300']);
  });
});

describe('a fight told by its idiom', () => {
  it('"crosses swords with", "went toe-to-toe with" set two firms against each other', () => {
    expect(rivals('Zenco crosses swords with Qorva in the streaming market.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco went toe-to-toe with rival Qorva in food delivery.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('no rivalry in court, over patents or fees, or when denied', () => {
    expect(rivals('Zenco crossed swords with Qorva in court.')).toEqual([]);
    expect(rivals('Zenco crossed swords with Qorva over patents.')).toEqual([]);
    expect(rivals('Zenco crossed swords with Qorva over royalties.')).toEqual([]);
    // A fight with another firm's people, no rivalry of the firms (critic crit97a).
    expect(rivals("Zenco crossed swords with Qorva's chief executive Ana Borin.")).toEqual([]);
    expect(rivals('Zenco has never crossed swords with Qorva.')).toEqual([]);
  });
});

describe('an apposition that a comma closes after a rival noun', () => {
  it('the verb after it is the subject\'s: the possessor neither makes its object nor rivals it', () => {
    expect(develops('Vexa, Qorva\'s rival, launched Zeta.')).toEqual(['Vexa -develops-> Zeta']);
    expect(rivals('Vexa, Qorva\'s rival, launched Zeta.')).toEqual(['Vexa -competes_with-> Qorva']);
    expect(develops('Vexa, Qorva\'s rival, sued Zenco.')).toEqual([]);
    expect(rivals('Vexa, Qorva\'s longtime rival, sued Zenco.')).toEqual(['Vexa -competes_with-> Qorva']);
  });

  it('describing words joined by a comma still make the possessor the maker, and "rival" stays a verb before its object', () => {
    expect(develops('Qorva\'s sleek, redesigned Lumo phone sold out.')).toEqual(['Qorva -develops-> Lumo']);
    expect(rivals('Vexa now rivals Qorva in sales.')).toEqual(['Vexa -competes_with-> Qorva']);
  });
});
