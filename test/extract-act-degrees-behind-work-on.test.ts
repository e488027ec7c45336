import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 56: an act described by degree ("faces tighter US export controls"), a maker fronted
// behind a described product ("The startup behind the popular Zeta coding tool, Zenco, …"), and a
// maker at work on its next thing ("is working on a foldable Zeta"). Sentences written for the tests.

describe('an act described by its degree', () => {
  it.each([
    ['SMIC faces stricter US sanctions.', ['United States -restricts-> SMIC']],
    ['Chipmakers such as SMIC and YMTC face tighter US export controls.', ['United States -restricts-> SMIC', 'United States -restricts-> YMTC']],
    ['Washington hit Huawei with tougher sanctions.', ['United States -restricts-> Huawei']],
  ])('"%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('more of something else is no act', () => {
    expect(only('restricts')(scoredClaimsOf('SMIC faces more competition from Huawei.'))).toEqual([]);
  });
});

describe('a maker fronted behind its product', () => {
  it.each([
    ['The startup behind the popular Cursor coding tool, Anysphere, raised money.', ['Anysphere -develops-> Cursor']],
    ['The firm behind the popular Cursor app, Anysphere, raised money.', ['Anysphere -develops-> Cursor']],
    ['The team behind the Cursor editor, Anysphere, said it would grow.', ['Anysphere -develops-> Cursor']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('investors behind a round make nothing', () => {
    expect(only('develops')(scoredClaimsOf('The investors behind the Cursor round, Thrive, said.'))).toEqual([]);
  });
});

describe('a maker at work on its next thing', () => {
  it.each([
    ['Apple is working on the iPhone Fold.', ['Apple -develops-> iPhone Fold']],
    ['Huawei has been working on HarmonyOS since 2019.', ['Huawei -develops-> HarmonyOS']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('work on a deal or a fix makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Samsung is working on a deal with Nvidia.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Apple is working on a fix for iOS.'))).toEqual([]);
  });
});
