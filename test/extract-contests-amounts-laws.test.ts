import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 64, fourth round, from its third-round samples: a contest given to a rival, amounts and law titles kept out of names,
// exports of a kind of goods to a state, blocked investments, a firm ordered to stop selling its own goods, and the lexicon's
// label for a firm news names by its short form. Sentences written for the tests.

describe('a contest given to a rival', () => {
  it('"A, B and C have given incumbents like Zenco new competition" sets each against Zenco, not against each other', () => {
    expect(only('competes_with')(scoredClaimsOf('Upstarts like Qorva, Borin and Kappa have given incumbents like Zenco new competition.')).sort()).toEqual(
      ['Borin -competes_with-> Zenco', 'Kappa -competes_with-> Zenco', 'Qorva -competes_with-> Zenco'],
    );
  });
});

describe('amounts and law titles are no names', () => {
  it('"Zenco\'s R14 billion merger" names no "R14"', () => {
    expect(entitiesOf("The Tribunal blocked Zenco's R14 billion merger with Qorva.").some((e) => e.startsWith('R14'))).toBe(false);
    expect(only('develops')(scoredClaimsOf("The Tribunal blocked Zenco's R10bn merger with Qorva."))).toEqual([]);
  });

  it('"amended the Export Administration Regulations by adding Zenco" is the department acting', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department amended the Export Administration Regulations by adding Zenco to the Entity List.'))).toEqual(
      ['Commerce Department -restricts-> Zenco'],
    );
  });
});

describe('deals and sales a state stops', () => {
  it('"banned drone sales to Belarus" restricts Belarus', () => {
    expect(only('restricts')(scoredClaimsOf('The EU banned drone sales to Belarus.'))).toEqual(['European Union -restricts-> Belarus']);
  });

  it('"blocked Zenco\'s planned investment into Qorva" restricts the investor and bans no one', () => {
    const claims = scoredClaimsOf("South Africa blocked Zenco's planned investment into Qorva.");
    expect(only('restricts')(claims)).toEqual(['South Africa -restricts-> Zenco']);
    expect(only('banned')(claims)).toEqual([]);
  });
});

describe('a firm ordered to stop selling its own goods', () => {
  it('"ordered Zenco to stop marketing its kit" bans Zenco; with the thing named, the thing', () => {
    expect(only('banned')(scoredClaimsOf('The Qorva Health Agency ordered Zenco to stop marketing its kit.'))).toEqual(['Qorva Health Agency -banned-> Zenco']);
    expect(only('banned')(scoredClaimsOf('Kenya ordered Zenco to stop selling its Zeta phone.'))).toEqual(['Kenya -banned-> Zeta']);
  });
});

describe("the lexicon's label for a firm news names by its short form", () => {
  it('"HP" and "Hewlett-Packard" are one node labelled HP', () => {
    expect(only('develops')(scoredClaimsOf('Hewlett-Packard launched the LaserJet in 1984. HP later sold it.'))).toEqual(['HP -develops-> LaserJet']);
  });
});
