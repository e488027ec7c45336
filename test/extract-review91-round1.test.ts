import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Review rf91 of stop 91's first round (brand lists, develops frames, rivalry, trade bars, role holders, name fragments): ordinary
// phrasings the round's new rules read wrongly, each with the near miss the rule was written for. Sentences written for the tests.

describe('a technology a maker installs is not one it made', () => {
  it('"installed", "deployed" or "embedded" on its devices names no maker', () => {
    expect(only('develops')(scoredClaimsOf('Superzeta, an adware program Zenco installed on its laptops, drew complaints.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Vexguard, a tool Zenco deployed on its servers, slowed them down.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Plixcode, a software Zenco embedded in its cars, was recalled.'))).toEqual([]);
  });

  it('near miss: one it placed on its own printers is still its own', () => {
    expect(scoredClaimsOf('Buyers sued over Zeta Lock, a technology Zenco placed on its printers.')).toContain('Zenco -develops-> Zeta Lock');
  });
});

describe('a group that also includes a list is its subject, not a preposition\'s object', () => {
  it('a deal or a body named with a firm after a preposition holds no brands of the firm', () => {
    expect(only('develops')(scoredClaimsOf('The partnership with Zenco also includes Qorva, Vexa and Plix.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('The consortium led by Zenco now includes Qorva, Vexa and Plix.'))).toEqual([]);
    // Nor a list that goes on with a noun: others' apps it carries.
    expect(only('develops')(claimsOf('Zenco now includes Vexa, Plix and Morda apps on its phones.'))).toEqual([]);
  });

  it('near miss: the group as the subject still holds them', () => {
    expect(only('develops')(scoredClaimsOf('Zenco also includes Vexa, Plix and Morda.'))).toEqual(['Zenco -develops-> Morda', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });
});

describe('a relative clause after a hedged main verb keeps its own status', () => {
  it('"may sell its business, which includes A and B" states the brands', () => {
    expect(only('develops')(claimsOf('Zenco may sell its backpack business, which includes Vexa, Plix and Morda.'))).toEqual(['Zenco -develops-> Morda', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('near miss: a hedge inside the relative clause still hedges', () => {
    expect(only('develops')(claimsOf('Zenco sold its backpack business, which may include Vexa and Plix.'))).toEqual([]);
  });
});

describe('a spokesperson of a movement or a party is no firm', () => {
  it('the sentence calling the body "the movement" or "the group" keeps it from the banning firm\'s claim', () => {
    expect(claimsOf('A Korvath spokesman said the movement would ban the Zeta app.', 'proposed')).toEqual([]);
    expect(entitiesOf('A Korvath spokesman said the group would ban the Zeta app.')).not.toContain('Korvath (company)');
  });

  it('near miss: a firm\'s spokesperson still speaks for a firm', () => {
    expect(scoredClaimsOf('A Qorvex spokesperson said it launched the Zeta phone.')).toEqual(['Qorvex -develops-> Zeta']);
  });
});

describe('one supplier or retailer pressing a firm on price is no rival', () => {
  it('a singular role before the name', () => {
    expect(only('competes_with')(claimsOf('Retailer Qorva puts pricing pressure on Zenco.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Supplier Qorva put price pressure on Zenco.'))).toEqual([]);
  });

  it('near miss: named players still press as rivals', () => {
    expect(only('competes_with')(claimsOf('Other players such as Qorva Inc and Vexa Ltd exert competitive pressure on Zenco Corp.'))).toContain('Zenco Corp -competes_with-> Qorva Inc');
  });
});

describe('a procurement bar in the passive restricts, as in the active', () => {
  it('"was barred from government contracts by" bans nothing', () => {
    expect(only('banned')(claimsOf('Zenco was barred from government contracts by Ruritania.'))).toEqual([]);
  });

  it('near miss: barred from selling, the agent before, stays a ban', () => {
    expect(only('banned')(claimsOf('Zenco was barred by Ruritania from selling phones.'))).toEqual(['Ruritania -banned-> Zenco']);
  });
});

describe('awards and praise brands spelt with a possessive', () => {
  it('"The Editor\'s Choice" at a sentence\'s start is an award, no maker and its product', () => {
    expect(only('develops')(claimsOf('The Editor\'s Choice went to the Zeta phone by Zenco.'))).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a praise brand set beside its kind stays whole', () => {
    expect(entitiesOf('Parents like Baker\'s Best, a Zenco brand.')).toContain('Baker\'s Best (product)');
    expect(claimsOf('Parents like Baker\'s Best, a Zenco brand.')).not.toContain('Baker -develops-> Best');
  });

});
