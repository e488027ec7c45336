import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper cla102 (stop 101), from fresh real news on a platform's blocks of state outlets' channels, where the outlets named after
// "connected to" were read as another party and lost: sentences made up for the tests.

const acts = (text: string): string[] => claimsOf(text).filter((c) => /-(banned|restricts)->/.test(c));

describe("blocking channels tied to named outlets bans the outlets", () => {
  it.each([
    ['Vidzo has also blocked channels connected to state outlets Zen24 and QorvaTV.', ['Vidzo -banned-> QorvaTV', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked channels linked to Zen24 and QorvaTV.', ['Vidzo -banned-> QorvaTV', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked channels tied to state broadcasters Zen24 and QorvaTV last year.', ['Vidzo -banned-> QorvaTV', 'Vidzo -banned-> Zen24']],
    ['In May, Vidzo blocked channels connected to Zen24, Qorva and Vexa.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Vexa', 'Vidzo -banned-> Zen24']],
    ['Vidzo has blocked channels tied to QorvaTV on Monday.', ['Vidzo -banned-> QorvaTV']],
    // Ties the other-party reading never took were read already.
    ['In May, Vidzo blocked channels associated with Zen24, Qorva and Vexa.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Vexa', 'Vidzo -banned-> Zen24']],
    ['Vidzo has blocked profiles affiliated with QorvaTV.', ['Vidzo -banned-> QorvaTV']],
  ])('"%s"', (text, claims) => {
    expect(acts(text).sort()).toEqual([...claims].sort());
  });
});

describe('a state, a named thing the holder only qualifies, or firms linked to a name stay no target', () => {
  it.each([
    ['Vidzo removed accounts linked to Iran.', []],
    ['Vidzo removed accounts linked to the Zen24 campaign.', []],
    ['Vidzo blocked firms linked to Zen24.', []],
    ['Japan sanctioned channels linked to Zen24.', []],
  ])('"%s"', (text, claims) => {
    expect(acts(text)).toEqual(claims);
  });
});
