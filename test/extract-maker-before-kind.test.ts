import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 55's bans readers: "banned the Qorva film Zeta" banned the maker, whose name only qualifies
// the thing named after its kind. Sentences written for the tests.

describe('a ban of the thing a maker\'s name qualifies', () => {
  it.each([
    ['Russia banned the Google app Gemini.', 'Russia -banned-> Gemini'],
    ['Russia banned the Disney film Lightyear.', 'Russia -banned-> Lightyear'],
    ['Russia banned the upcoming Pixar animated feature Lightyear.', 'Russia -banned-> Lightyear'],
    ['Ruritania banned the Qorva film Zeta.', 'Ruritania -banned-> Zeta'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('keeps the maker\'s own make beside the ban', () => {
    expect(scoredClaimsOf('Russia banned the Google app Gemini.')).toContain('Google -develops-> Gemini');
  });

  it('a firm\'s unit named after it is no kind of thing: the firm stays the target', () => {
    expect(only('restricts')(scoredClaimsOf('Russia sanctioned the Huawei unit HiSilicon.'))).toEqual(['Russia -restricts-> Huawei']);
  });
});
