import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 53's families from its first and second rounds of readers, on sentences written for the tests:
// a ruling that a firm may no longer sell or import a thing, and every maker of a list after "from".

describe('a ruling that a firm may not sell or import a thing bans the thing', () => {
  it.each([
    ['The ITC ruled that Qorva cannot import the Zeta phones into the US.', ['International Trade Commission -banned-> Zeta']],
    ['The ITC ruled that Qorva can import the Zeta.', []],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it("a firm's finding is no ruling", () => {
    expect(only('banned')(scoredClaimsOf('Zenco found that Qorva cannot sell the Zeta.'))).toEqual([]);
  });
});

describe('every maker listed after "the <kind> from"', () => {
  it('"Zetaquest, the RPG from Zenco Studio and Qorva Games"', () => {
    expect(only('develops')(scoredClaimsOf('Zetaquest, the RPG from Zenco Studio and Qorva Games, launches in May.'))).toEqual(['Qorva Games -develops-> Zetaquest', 'Zenco Studio -develops-> Zetaquest']);
  });
});
