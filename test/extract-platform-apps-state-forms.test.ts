import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 53's families from its second round of readers, on sentences written for the tests: apps
// for a platform are not the platform's make, and "U.S" without its last stop is the state.

describe("third-party apps for a platform are not the platform's", () => {
  it('"third-party Twitter apps like A and B"', () => {
    expect(only('develops')(scoredClaimsOf('Twitter cut off third-party Twitter apps like Tweetbot and Twitterrific.'))).toEqual([]);
  });

  it("a maker's own products named the same way stay its own", () => {
    expect(only('develops')(scoredClaimsOf('Microsoft products such as Xbox and Windows were hit.'))).toEqual(['Microsoft -develops-> Windows', 'Microsoft -develops-> Xbox']);
  });
});

describe('"U.S" written without its last stop', () => {
  it.each([
    ["Zenco's U.S website was down.", 'develops', []],
    ['The U.S banned Zapp.', 'banned', ['United States -banned-> Zapp']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });
});
