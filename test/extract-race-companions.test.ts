import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fp83b, from a fresh real-news sample: a firm set "alongside" or "joining" a list of others in a race is each member's rival,
// but the members named beside it are not each other's. Sentences written for the tests.

const rivals = only('competes_with');

/** The rivalries among the given names only. */
function among(names: readonly string[], claims: readonly string[]): string[] {
  return claims.filter((c) => names.some((a) => c.startsWith(`${a} -`)) && names.some((b) => c.endsWith(`> ${b}`)));
}

describe('a race list beside a firm', () => {
  it('"positions Zenco alongside giants like A, B and C in the race" pairs no member with another', () => {
    expect(among(['Qorva', 'Vexa', 'Lumo', 'Borin'], rivals(scoredClaimsOf('The deal positions Zenco alongside giants like Qorva, Vexa, Lumo and Borin in the race to build humanoid robots.')))).toEqual([]);
  });

  it('"joins A, B and C in the race" keeps the joiner against each and no member pair', () => {
    const claims = rivals(scoredClaimsOf('Zenco joins Qorva, Vexa and Lumo in the race to build humanoid robots.'));
    expect(among(['Qorva', 'Vexa', 'Lumo'], claims)).toEqual([]);
    expect(claims).toContain('Zenco -competes_with-> Qorva');
  });

  it('"puts Zenco alongside A, B and C in the battle" and "Zenco has joined A and B in the contest" pair no members', () => {
    expect(among(['Qorva', 'Vexa', 'Lumo'], rivals(scoredClaimsOf('The funding puts Zenco alongside Qorva, Vexa and Lumo in the battle for cloud customers.')))).toEqual([]);
    expect(among(['Qorva', 'Vexa'], rivals(scoredClaimsOf('Zenco has joined Qorva and Vexa in the race for AI chips.')))).toEqual([]);
    expect(among(['Qorva', 'Vexa', 'Lumo'], rivals(scoredClaimsOf('Zenco now stands alongside rivals such as Qorva, Vexa and Lumo in the race for robotaxis.')))).toEqual([]);
  });
});

describe('guards: lists that are the race', () => {
  it('"A, B and C are locked in a race" and "Firms such as A, B and C are in a race" still pair them', () => {
    expect(among(['Qorva', 'Vexa', 'Lumo'], rivals(scoredClaimsOf('Qorva, Vexa and Lumo are locked in a race to build humanoid robots.'))).length).toBeGreaterThanOrEqual(2);
    expect(among(['Qorva', 'Vexa', 'Lumo'], rivals(scoredClaimsOf('Firms such as Qorva, Vexa and Lumo are in a race to build humanoid robots.'))).length).toBeGreaterThanOrEqual(2);
  });

  it('"A, B and C compete fiercely with each other" still pairs them', () => {
    expect(among(['Qorva', 'Vexa', 'Lumo'], rivals(scoredClaimsOf('Qorva, Vexa and Lumo compete fiercely with each other.'))).length).toBeGreaterThanOrEqual(2);
  });
});

describe('a region\'s adjective is no actor', () => {
  it('"the third Southeast Asian nation to block Zapp", "Central European regulators" name no one', () => {
    for (const text of [
      'Ruritania became the third Southeast Asian nation to block Zapp.',
      'Several Central European regulators have restricted Zapp.',
      'Two Latin American governments banned Zapp last year.',
    ]) expect(scoredClaimsOf(text).filter((c) => /^(?:Southeast Asian|Central European|Latin American) -/.test(c))).toEqual([]);
  });

  it('a firm whose name holds a region\'s adjective keeps it: "South African Airways", "East Asian Bank of Zembla"', () => {
    expect(scoredClaimsOf('South African Airways competes with Zenco Air on regional routes.')).toContain('South African Airways -competes_with-> Zenco Air');
  });
});
