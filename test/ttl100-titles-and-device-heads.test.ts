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

describe('a network generation after a model\'s plus, and before a part', () => {
  it('"Pro+ 5G" keeps its generation', () => {
    expect(claims('Vexa launched the Vexa Note 13 Pro+ 5G on Monday.')).toEqual(['Vexa -develops-> Vexa Note 13 Pro+ 5G']);
  });

  it('a generation before a part\'s noun is no part of the name', () => {
    expect(claims("Qorva's Q50 5G modem competes with Zenco's X70 modem.")).toContain('Qorva -develops-> Q50');
    expect(claims('Ruritania banned Zenco 5G chips.').some((c) => c.includes('Zenco 5G'))).toBe(false);
    expect(claims("Zenco's Zeta 7+ 5G modem competes with Qorva's X70 modem.")).toContain('Zenco -develops-> Zeta 7+');
  });
});

describe('a firm\'s name with a lower-case connector, framed as one firm', () => {
  it('a firm\'s noun before it', () => {
    expect(claims('The studio Ready at Dawn develops Lone Echo.')).toEqual(['Ready at Dawn -develops-> Lone Echo']);
    expect(claims('Lone Echo developer Ready at Dawn was bought by Zenco.')).toEqual(['Ready at Dawn -develops-> Lone Echo', 'Zenco -acquired-> Ready at Dawn']);
  });

  it('a firm\'s last word closing it', () => {
    expect(claims('Made in Zembla Studio released Iron Tide.')).toEqual(['Made in Zembla Studio -develops-> Iron Tide']);
    expect(claims('Zenco acquired Made in Zembla Studio last year.')).toEqual(['Zenco -acquired-> Made in Zembla Studio']);
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

  it('a coined firm before a place or a show is no connector name', () => {
    expect(claims('The company Zenco in Ruritania competes with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(claims('Zenco Studio in Ruritania released Iron Tide.').some((c) => c.includes('Zenco Studio in'))).toBe(false);
  });
});
