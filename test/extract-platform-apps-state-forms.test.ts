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

describe('firms banned or sanctioned by count, named in the next sentence', () => {
  it('a platform banning counted vendors from its services bans each one named next', () => {
    expect(only('banned')(scoredClaimsOf('Meta has banned seven surveillance vendors from its services. The firms included Cobwebs Technologies, Cognyte and Black Cube.'))).toEqual(['Meta -banned-> Black Cube', 'Meta -banned-> Cobwebs Technologies', 'Meta -banned-> Cognyte']);
  });

  it('"is sanctioning four firms", then "were all hit with the new sanctions"', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury is sanctioning four firms. Zenco Ltd, Qorva Inc, Kappa LLC and Borin Corp were all hit with the new sanctions.'))).toEqual(['Treasury -restricts-> Borin Corp', 'Treasury -restricts-> Kappa LLC', 'Treasury -restricts-> Qorva Inc', 'Treasury -restricts-> Zenco Ltd']);
  });

  it('"hit with" anything else lists no one', () => {
    expect(scoredClaimsOf('The Treasury is sanctioning four firms. Zenco Ltd was hit with floods last year.')).toEqual([]);
  });
});

describe('listings told by a reporting state, and a thing from its maker', () => {
  it('"Also named were A, B and C, the Treasury said"', () => {
    expect(only('restricts')(scoredClaimsOf('Also named were Zenco Ltd, Qorva Inc and Kappa LLC, the Treasury said.'))).toEqual(['Treasury -restricts-> Kappa LLC', 'Treasury -restricts-> Qorva Inc', 'Treasury -restricts-> Zenco Ltd']);
  });

  it('a news agency reporting it lists no one', () => {
    expect(only('restricts')(scoredClaimsOf('Also named were Zenco Ltd and Qorva Inc, Reuters said.'))).toEqual([]);
  });

  it('"Plix is from Zenco"', () => {
    expect(only('develops')(scoredClaimsOf('Plix is from Zenco.'))).toEqual(['Zenco -develops-> Plix']);
  });

  it('a state a thing is from is no maker', () => {
    expect(only('develops')(scoredClaimsOf('The Zeta is from China.'))).toEqual([]);
  });
});
