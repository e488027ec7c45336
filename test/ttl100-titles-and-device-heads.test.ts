import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper ttl100 (stop 99, round 2), from families six readers met on fresh samples: a work's title cut at its subtitle's colon
// when a maker's noun, a copula or an apposition frames it after the title; a product's generic device head ("Watch") trimmed
// off its model code. Sentences written for the tests.

const claims = (text: string): string[] => claimsOf(text).sort();

describe('a title with a colon subtitle, framed after it', () => {
  it('a maker\'s noun right after the subtitle', () => {
    expect(claims('The Skyfall: Rebirth developer Zenco competes with Qorva.')).toContain('Zenco -develops-> Skyfall: Rebirth');
  });

  it('a copula before a maker\'s possessive or a work\'s kind', () => {
    expect(claims("Diner Rush: Adventures is Zenco's newest game.")).toEqual(['Zenco -develops-> Diner Rush: Adventures']);
  });

  it('an article opening the subtitle after a launch verb', () => {
    expect(claims('Zenco released Skyfall: A New Dawn for consoles in March.')).toEqual(['Zenco -develops-> Skyfall: A New Dawn']);
  });

  it('an apposition naming a work\'s kind after the subtitle', () => {
    expect(claims('Ruritania banned Skyfall: A New Dawn, a game made by Zenco.')).toEqual(['Ruritania -banned-> Skyfall: A New Dawn', 'Zenco -develops-> Skyfall: A New Dawn']);
  });
});

describe('a generic device head before a model code', () => {
  it('after a possessive, "new", an article or a launch verb', () => {
    expect(claims("Zenco's new Watch QX competes with Vexa's Band 10.")).toContain('Zenco -develops-> Watch QX');
    expect(claims('Zenco launched the Watch QX 2e on Friday.')).toEqual(['Zenco -develops-> Watch QX 2e']);
    expect(claims('Zenco launched the Watch 7 on Friday.')).toEqual(['Zenco -develops-> Watch 7']);
  });
});

describe('near misses', () => {
  it('a headline label after a firm\'s name is no title', () => {
    expect(claims("Zenco: Ruritania's new champion")).toEqual([]);
    expect(claims('Zenco: Qorva is a game studio.').some((c) => c.includes('Zenco: Qorva'))).toBe(false);
  });

  it('"Watch" as a verb or a headline opener is no device head', () => {
    expect(claims('Watch: Zenco competes with Qorva in phones.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(claims('Zenco plans to Watch Q3 results closely.')).toEqual([]);
  });
});
