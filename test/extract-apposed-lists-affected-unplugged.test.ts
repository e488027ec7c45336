import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 61, from its first samples' bans and controls readers: a firm placed on a state's list in an apposition, lists that
// go on after "as well as", the things a ban affected listed next, "unplugged", a restriction coordinated after a ban, and a
// possessor opening a list of examples. Sentences written for the tests.

describe("a firm placed on a state's list in an apposition", () => {
  it.each([
    ["Hikvision, an entity on the Commerce Department's Entity List, denied wrongdoing.", 'Commerce Department -restricts-> Hikvision'],
    ['Hikvision, already on a US blacklist, denied wrongdoing.', 'United States -restricts-> Hikvision'],
  ])('"%s"', (text, claim) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it("a firm's own list of partners restricts no one", () => {
    expect(only('restricts')(scoredClaimsOf("Hikvision, a supplier on Apple's list of partners, grew."))).toEqual([]);
  });
});

describe('a list that goes on after "as well as"', () => {
  it('"blacklisted Huawei, as well as ZTE, Hikvision and Dahua" restricts all four', () => {
    expect(only('restricts')(scoredClaimsOf('The US blacklisted Huawei, as well as ZTE, Hikvision and Dahua.')).sort()).toEqual(
      ['United States -restricts-> Dahua', 'United States -restricts-> Hikvision', 'United States -restricts-> Huawei', 'United States -restricts-> ZTE'],
    );
  });

  it('a name after the comma that no "and" closes is not a member', () => {
    expect(only('restricts')(scoredClaimsOf('The US blacklisted Huawei, as well as ZTE, Hikvision said.')).sort()).toEqual(['United States -restricts-> Huawei', 'United States -restricts-> ZTE']);
  });
});

describe('what a ban affected, listed next', () => {
  it.each([
    'Egypt imposed a ban on calling apps. Affected services include WhatsApp and Viber.',
    'Egypt blocked 40 apps. Blocked services included WhatsApp and Viber.',
  ])('"%s"', (text) => {
    expect(only('banned')(scoredClaimsOf(text)).sort()).toEqual(['Egypt -banned-> Viber', 'Egypt -banned-> WhatsApp']);
  });
});

describe('a state that unplugs a service bans it', () => {
  it('"and it unplugged Twitter and Facebook"', () => {
    expect(only('banned')(scoredClaimsOf('China runs a vast filter, and it unplugged Twitter and Facebook last year.')).sort()).toEqual(['China -banned-> Facebook', 'China -banned-> Twitter']);
  });
});

describe('a restriction coordinated after a ban', () => {
  it('"blocking or restricting" is one act, a ban', () => {
    const claims = scoredClaimsOf('Egypt began blocking or restricting WhatsApp and Skype.');
    expect(only('restricts')(claims)).toEqual([]);
    expect(only('banned')(claims).sort()).toEqual(['Egypt -banned-> Skype', 'Egypt -banned-> WhatsApp']);
  });

  it('a restriction alone still restricts', () => {
    expect(only('restricts')(scoredClaimsOf('Egypt restricted WhatsApp.'))).toEqual(['Egypt -restricts-> WhatsApp']);
  });
});

describe('a possessor opening a list of examples', () => {
  it("owns only its own item: \"apps like Meta's WhatsApp, Viber and Skype\"", () => {
    expect(only('develops')(scoredClaimsOf("Turkey blocked apps like Meta's WhatsApp, Viber and Skype."))).toEqual(['Meta -develops-> WhatsApp']);
  });

  it('outside a list of examples owns every item up to the next possessor', () => {
    expect(only('develops')(scoredClaimsOf("Meta's WhatsApp, Messenger and Instagram were blocked.")).sort()).toEqual(['Meta -develops-> Instagram', 'Meta -develops-> Messenger', 'Meta -develops-> WhatsApp']);
  });
});

describe('a state body as the "by" agent further on in the clause', () => {
  it('"was banned in India on Monday along with 40 other apps by the Home Ministry"', () => {
    expect(only('banned')(scoredClaimsOf('PUBG Mobile was banned in India on Monday along with 40 other apps by the Home Ministry.'))).toEqual(['Home Ministry -banned-> PUBG Mobile']);
  });

  it('people as the far agent act for no state', () => {
    expect(only('restricts')(scoredClaimsOf('Zapp was restricted in schools for years by parents and teachers.'))).toEqual([]);
  });
});
