import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 57, from its first round's readers: two known firms' names side by side naming one firm, firms ordered by a
// state to remove a thing, and an apposition that names a firm by what it makes. Sentences written for the tests.

describe("two known firms' names side by side", () => {
  it('name their joint venture, which makes what the sentence says', () => {
    expect(only('develops')(scoredClaimsOf('Sony Ericsson has taken the wraps off the Xperia X10.'))).toEqual(['Sony Ericsson -develops-> Xperia X10']);
    expect(only('develops')(scoredClaimsOf("Sony Ericsson's Xperia X10 launched."))).toEqual(['Sony Ericsson -develops-> Xperia X10']);
    expect(entitiesOf('Nokia Siemens Networks won the contract.')).toEqual(['Nokia Siemens Networks (company)']);
  });

  it('a list whose comma was left out keeps its members', () => {
    expect(entitiesOf('Apple, Google Microsoft and Meta agreed.')).toEqual(['Apple (company)', 'Google (company)', 'Meta (company)', 'Microsoft (company)']);
  });
});

describe('firms a state orders to remove a thing', () => {
  it('"ordered carriers A and B to remove Zeta antennas": the state bans it, not the carriers', () => {
    expect(only('banned')(scoredClaimsOf('Canada ordered carriers Telus and Bell to remove Huawei antennas.'))).toEqual(['Canada -banned-> Huawei']);
  });
});

describe('an apposition naming a firm by what it makes', () => {
  it.each([
    ["ByteDance, TikTok's owner, said no.", ['ByteDance -develops-> TikTok']],
    ['ByteDance, the TikTok owner, said no.', ['ByteDance -develops-> TikTok']],
    ['Zenco, the Zeta developer, said it would appeal.', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it("a firm's parent is no product's maker", () => {
    expect(only('develops')(scoredClaimsOf("Alibaba, Ant Group's parent, said no."))).toEqual([]);
  });
});
