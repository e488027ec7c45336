import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr93e of stop 93's fourth round (rivalry and develops: bids, shots, means of competing): the faults written sentences
// showed, each beside the phrasing the rule still reads. Sentences written for the tests.

const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('a firm competing by offering or launching something "than" a rival', () => {
  it('the name after "than" is a rival, not the firm\'s means', () => {
    expect(competes('Zenco competes by offering lower prices than Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(competes('Zenco competes by launching cheaper phones than Vexa and Lumo.')).toEqual(['Zenco -competes_with-> Lumo', 'Zenco -competes_with-> Vexa']);
    expect(competes('Zenco competes through lower fees than Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('what a firm competes by adding is still its own means', () => {
    expect(competes('Zenco competes by adding Zeta.')).toEqual([]);
    expect(competes('Zenco competes through its brands Vexa and Plix.')).toEqual([]);
  });
});

describe('a rival bid "from" a bidder "for" its target: two names', () => {
  it('the bidder is the rival, not the bidder and the target as one firm', () => {
    expect(competes('Zenco beat a rival bid from Qorva for Vexa.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(competes('Zenco topped a competing offer from Qorva for Vexa Labs.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a name holding "for" elsewhere stays one name', () => {
    expect(competes('Zenco competes with the Alliance for Open Media.')).toEqual(['Zenco -competes_with-> Alliance for Open Media']);
  });
});

describe('a direct shot at a firm\'s officer is criticism of a person', () => {
  it('no rivalry with the officer\'s firm', () => {
    expect(competes('Zenco took a direct shot at Qorva chief executive Kai Brandt.')).toEqual([]);
    expect(competes('Zenco took a direct shot at Qorva CEO Kai Brandt.')).toEqual([]);
    expect(competes('Zenco took a direct shot at Qorva founder Kai Brandt on Monday.')).toEqual([]);
  });

  it('a direct shot at the firm itself is still a challenge', () => {
    expect(competes('Zenco is taking a direct shot at Qorva with its new phone.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
