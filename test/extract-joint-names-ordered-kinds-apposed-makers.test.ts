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

// Stop 57, from its second round's readers: a carrier's trade word before a state's name, a known firm's name before "OS",
// a state declaring things illegal, and a licence a state demands for exports to a place.
describe("a carrier's name holding a state's name, a firm's system", () => {
  it('"Telekom Zembla" is a firm that acts, not the state', () => {
    expect(only('banned')(scoredClaimsOf('Telekom Indonesia has reportedly blocked Netflix from its platforms.'))).toEqual(['Telekom Indonesia -banned-> Netflix']);
    expect(entitiesOf('Air India banned Zapp on its planes.')).toContain('Air India (company)');
  });

  it('a state after a carrier word mid-phrase is still the state where it stands alone', () => {
    expect(only('banned')(scoredClaimsOf('Indonesia blocked Netflix in 2016.'))).toEqual(['Indonesia -banned-> Netflix']);
  });

  it('"Aliyun OS": a known firm\'s name before "OS" names its system', () => {
    expect(only('develops')(scoredClaimsOf('The phone runs Aliyun OS.'))).toEqual(['Alibaba Cloud -develops-> Aliyun OS']);
  });
});

describe('declared illegal; exports that need a licence', () => {
  it('"declared A and B to be illegal"', () => {
    expect(only('banned')(scoredClaimsOf('The Moroccan government has declared Skype and Viber to be illegal.'))).toEqual(['Morocco -banned-> Skype', 'Morocco -banned-> Viber']);
  });

  it('"exports to A and B will require authorisation from X"', () => {
    expect(only('restricts')(scoredClaimsOf('Exports to Russia and Belarus will require special authorisation from Japan.'))).toEqual(['Japan -restricts-> Belarus', 'Japan -restricts-> Russia']);
  });
});

// Stop 57, from its third round's readers: a ban on access, a firm having a thing it names, a thing cast as another's killer.
describe('access banned, a named project, a would-be killer', () => {
  it('"bans access to Zapp" is the verb with its object', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan bans access to YouTube.'))).toEqual(['Pakistan -banned-> YouTube']);
  });

  it('"Zenco has a project called Zeta"', () => {
    expect(only('develops')(scoredClaimsOf('Google has a project called Zeta.'))).toEqual(['Google -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Zenco has a stake called Zeta.'))).toEqual([]);
  });

  it('"was seen as the A or B killer"', () => {
    expect(only('competes_with')(scoredClaimsOf('The Zeta was seen as the iPod or Zune killer.'))).toEqual(['Zeta -competes_with-> Zune', 'Zeta -competes_with-> iPod']);
  });
});
