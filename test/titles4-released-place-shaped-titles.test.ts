import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper titles4: a game's, show's or app's title of common words whose last word is a landform's or a street's ("Iron Dunes",
// "Ember Road", "Crystal Lake") was guessed a place by the tagger and lost right after a release verb. Sentences made up.

describe('a place-shaped title right after a release verb is the released work', () => {
  it.each([
    ['Zenco published Iron Dunes last year.', ['Zenco -develops-> Iron Dunes']],
    ['Zenco launched Ember Road on consoles.', ['Zenco -develops-> Ember Road']],
    ["Zenco published Iron Dunes and Ember Road, two of the year's hits.", ['Zenco -develops-> Ember Road', 'Zenco -develops-> Iron Dunes']],
    ['Zenco released the game Crystal Lake in May.', ['Zenco -develops-> Crystal Lake']],
    ['Zenco, which publishes Iron Dunes, competes with Qorva.', ['Zenco -competes_with-> Qorva', 'Zenco -develops-> Iron Dunes']],
  ])('"%s"', (text, claims) => {
    expect(claimsOf(text).sort()).toEqual(claims);
  });

  it.each([
    // Where a firm went, what it built or opened, stays a place.
    ['Zenco launched in Crystal Lake last year.', []],
    ['Zenco developed Marina Heights in Vexaland.', []],
    ['Zenco opened Crystal Lake to visitors.', []],
    // Near misses of the family: bodies and a person's possessive.
    ["Zenco's Head of Marketing resigned.", []],
    ["Anna's review of the game was published.", []],
  ])('"%s" stays as it was', (text, claims) => {
    expect(claimsOf(text).sort()).toEqual(claims);
  });
});
