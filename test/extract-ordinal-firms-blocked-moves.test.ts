import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 54's fifth round of rules, from its second round of readers, on sentences written for the
// tests: firms whose names open with an ordinal, buyers' moves that a state blocks, a wire service's
// credit closing a headline, and things named as a maker's by example.

describe('a firm whose name opens with an ordinal', () => {
  it.each([
    ["Third Harbor's card game Zeta is popular.", 'Third Harbor -develops-> Zeta'],
    ['Zeta is developed by Third Harbor.', 'Third Harbor -develops-> Zeta'],
    ['Second Dinner is the creator of Marvel Snap.', 'Second Dinner -develops-> Marvel Snap'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('"the Second World War" names no firm', () => {
    expect(scoredClaimsOf('Zenco was founded after the Second World War.')).toEqual([]);
  });
});

describe('a buyer\'s move that a state blocks', () => {
  it.each([
    ['Germany prohibits the takeover of Qorva by its majority shareholder Zenco Space.', 'Germany -restricts-> Zenco Space'],
    ['Germany halted the planned takeover of a chipmaker by Zenco Chip.', 'Germany -restricts-> Zenco Chip'],
    ["Germany is blocking Zenco's acquisition plans.", 'Germany -restricts-> Zenco'],
    ["Germany blocked Zenco's move to acquire Qorva.", 'Germany -restricts-> Zenco'],
    ['The takeover of Qorva by Zenco was blocked by Germany.', 'Germany -restricts-> Zenco'],
  ])('"%s" restricts the buyer and bans no one', (text, claim) => {
    const claims = scoredClaimsOf(text);
    expect(only('restricts')(claims)).toEqual([claim]);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('a move rejected in the passive, by a state\'s body', () => {
    expect(only('restricts')(scoredClaimsOf("Zenco Space's move to acquire a controlling stake in Qorva was rejected by Germany's economy ministry."))).toEqual([
      "Germany's economy ministry -restricts-> Zenco Space",
    ]);
  });

  it.each([["Germany blocked Zenco's move."], ["Germany blocked Zenco's plan to open a factory."]])('"%s" bans no one', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([]);
  });

  it('a firm blocked outright is still banned', () => {
    expect(only('banned')(scoredClaimsOf('India blocked Zenco.'))).toEqual(['India -banned-> Zenco']);
  });
});

describe('a wire service\'s credit closing a headline', () => {
  it('"India bans Chinese drone parts – Reuters" bans no outlet', () => {
    expect(only('banned')(scoredClaimsOf('India bans Chinese drone parts – Reuters'))).toEqual([]);
  });

  it('a rival named after a comma stays a rival', () => {
    expect(only('competes_with')(scoredClaimsOf('Yuanbao faces its head-to-head competitor, Doubao.'))).toEqual(['Yuanbao -competes_with-> Doubao']);
  });
});

describe('providers and makers named with a description', () => {
  it('"terminated its network services for a platform called Zapp"', () => {
    expect(only('banned')(scoredClaimsOf('Zenco terminated its network services for a platform called Zapp.'))).toEqual(['Zenco -banned-> Zapp']);
  });

  it('"other games from Zenco, including Zeta, Vexa and Plix"', () => {
    expect(only('develops')(scoredClaimsOf('Players also enjoy other games from Zenco, including Zeta, Vexa and Plix.')).sort()).toEqual([
      'Zenco -develops-> Plix', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta',
    ]);
  });
});

describe('a fronted maker before a described name, and a use declared unlawful', () => {
  it('"Developed by Kappa Group, the weeks-old Zapp took off."', () => {
    expect(only('develops')(scoredClaimsOf('Developed by Kappa Group, the weeks-old Zapp took off.'))).toEqual(['Kappa Group -develops-> Zapp']);
  });

  it.each([
    ['Germany has declared the use of Zapp illegal.', 'Germany -banned-> Zapp'],
    ["Italy's data protection authority declared the use of Zapp unlawful.", 'Garante -banned-> Zapp'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a firm declaring something is no state', () => {
    expect(only('banned')(scoredClaimsOf('Zenco declared the use of Zapp illegal.'))).toEqual([]);
  });
});
