import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Stop 51's second families, from stop 50's fresh-sample readers, on sentences written for the
// tests: groups banned by count then named, an act's purpose naming what it hits, and a state
// telling a firm it must stop its business.

describe('groups banned by count, then named', () => {
  it.each([
    ['Israel banned 37 aid groups on Monday. The decision affects Qorva Aid, Vexa Relief and Zenco Care.', ['Israel -banned-> Qorva Aid', 'Israel -banned-> Vexa Relief', 'Israel -banned-> Zenco Care']],
    ['Israel banned 37 aid groups on Monday. Among them are Qorva Aid and Vexa Relief.', ['Israel -banned-> Qorva Aid', 'Israel -banned-> Vexa Relief']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("an act's purpose names what it hits", () => {
  it.each([
    ['Israel banned 37 aid groups on Monday. This change aims to curb the activities of Qorva Aid, Vexa Relief and Zenco Care.', ['Israel -banned-> Qorva Aid', 'Israel -banned-> Vexa Relief', 'Israel -banned-> Zenco Care']],
    ['The Treasury sanctioned Zenco Technologies on Tuesday. The measures seek to cut off Qorva Electronics and Vexa Technologies.', ['Treasury -restricts-> Qorva Electronics', 'Treasury -restricts-> Vexa Technologies', 'Treasury -restricts-> Zenco Technologies']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a purpose with no act before it names no actor', () => {
    expect(scoredClaimsOf('This change aims to curb the activities of Qorva Aid and Vexa Relief.')).toEqual([]);
  });

  it('a purpose that helps names no target', () => {
    expect(scoredClaimsOf('The Treasury sanctioned Zenco Technologies on Tuesday. The measures aim to protect Qorva Electronics.')).toEqual(['Treasury -restricts-> Zenco Technologies']);
  });
});

describe('a state telling a firm it must stop its business bans it', () => {
  it.each([
    ['Israel informed Qorva Aid that it must cease its operations by March.', ['Israel -banned-> Qorva Aid']],
    ['Russia notified Qorva News and Vexa TV that they would have to close their offices.', ['Russia -banned-> Qorva News', 'Russia -banned-> Vexa TV']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm telling another so bans nothing', () => {
    expect(scoredClaimsOf('Microsoft informed Qorva Labs that it must cease its operations.')).toEqual([]);
  });
});
