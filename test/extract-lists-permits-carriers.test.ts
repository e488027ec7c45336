import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ban90, from a fresh sample on states and distributors shutting out news outlets and firms: a state's list told by its
// keeper or a quoted title, an approved list a source is dropped from or left out of, a permit a state withholds, the firms a
// follower joins in blocking, and a carrier dropping an outlet its kind names. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a list kept by a state', () => {
  it('"A and B are on the list maintained by the Treasury": the keeper restricts each member', () => {
    expect(restricts('Zorva Inc and Qorta Inc are on the list maintained by the US Treasury.')).toEqual(['Treasury Department -restricts-> Qorta Inc', 'Treasury Department -restricts-> Zorva Inc']);
    expect(restricts('Zorva Inc is also on a sanctions list kept by Japan.')).toEqual(['Japan -restricts-> Zorva Inc']);
  });

  it('a list of approved or top names, or one a firm keeps, curbs nothing', () => {
    expect(restricts('Zorva Inc is on the approved list maintained by Japan.')).toEqual([]);
    expect(restricts('Zorva Inc is on the list of top brands maintained by Japan.')).toEqual([]);
    expect(restricts('Zorva Inc is on the list maintained by Qorva Inc.')).toEqual([]);
  });

  it('"placed in Zembla\'s \'Entity-List\'": a hyphenated restriction list with its owner', () => {
    expect(restricts("Zenco Inc was placed in China's 'Entity-List'.")).toEqual(['China -restricts-> Zenco Inc']);
    expect(restricts("Zenco Inc was placed on China's Entity-List.")).toEqual(['China -restricts-> Zenco Inc']);
  });

  it('a hyphenated word that is no restriction list places nothing', () => {
    expect(restricts("Zenco Inc was placed on China's short-list.")).toEqual([]);
    expect(restricts("Zenco Inc was placed in China's top-list.")).toEqual([]);
  });

  it('a blacklist named by its system, quoted or not, still takes the firms added', () => {
    expect(restricts("China adds Zenco Inc and Qorva Inc to the 'Great Firewall' blacklist.")).toEqual(['China -restricts-> Qorva Inc', 'China -restricts-> Zenco Inc']);
    expect(restricts('China added Zenco Inc to its Great Firewall blacklist.')).toEqual(['China -restricts-> Zenco Inc']);
  });

  it('a blacklist\'s system after "its" is nobody\'s product', () => {
    expect(develops('China added Zenco Inc and Qorva Inc to its Great Firewall blacklist.')).toEqual([]);
  });

  it('a firm added to a list of what is no curb is not restricted', () => {
    expect(restricts("China added Zenco Inc to the 'Great Firewall' list of top brands.")).toEqual([]);
    expect(restricts('China did not add Zenco Inc to the Great Firewall blacklist.')).toEqual([]);
  });
});

describe('a listed office', () => {
  it('"These included A and Vexa Smith, Minister of State for Security": the title set off after a person is no target', () => {
    expect(restricts('Iran said it was sanctioning several entities. These included Qorva Inc and Vexa Smith, Minister of State for Security.')).toEqual(['Iran -restricts-> Qorva Inc']);
    expect(restricts('Iran said it was sanctioning several entities. These included Qorva Inc and Vexa Smith, Secretary of the Zeta Council.')).toEqual(['Iran -restricts-> Qorva Inc']);
  });
});

describe('an approved list a source leaves', () => {
  it('"dropped Zeta News from a list of pre-approved news sources" bans it', () => {
    expect(banned('China dropped Zeta News from a list of pre-approved news sources.')).toEqual(['China -banned-> Zeta News']);
    expect(banned('China drops Zeta News from its list of pre-approved news sources.')).toEqual(['China -banned-> Zeta News']);
  });

  it('"published an updated list of approved news sources, omitting Zeta News" bans it', () => {
    expect(banned('China published an updated list of approved news sources, omitting Zeta News.')).toEqual(['China -banned-> Zeta News']);
  });

  it('a sanctions list that omits a firm, or a firm\'s own approved list, bans nothing', () => {
    expect(banned('China published an updated sanctions list, omitting Zenco Inc.')).toEqual([]);
    expect(banned('Qorva Inc published an updated list of approved suppliers, omitting Zenco Inc.')).toEqual([]);
    expect(banned('China published a list of approved news sources, including Zeta News.')).toEqual([]);
  });
});

describe('a permit a state withholds', () => {
  it('"has not granted the permits to Zenco", "had not given Zenco the necessary permission" restrict the firm', () => {
    expect(restricts('Japan has not granted export permits to Zenco Inc.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts('Chinese authorities had not given Zenco Inc the necessary permission.')).toEqual(['China -restricts-> Zenco Inc']);
    expect(restricts('Japan has withheld operating licences to Zenco Inc.')).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('a permit granted, a firm withholding one, or an approval withheld from a deal is no such curb', () => {
    expect(restricts('Japan granted export permits to Zenco Inc.')).toEqual([]);
    expect(restricts('Japan has given Zenco Inc the necessary permission.')).toEqual([]);
    expect(restricts('Qorva Inc has not granted licences to Zenco Inc.')).toEqual([]);
    expect(restricts('Japan has not given Zenco Inc a deadline.')).toEqual([]);
  });
});

describe('those followed in blocking', () => {
  it('"Zenco follows Qorva and Vexa in blocking access to Zeta News": each firm followed blocked it too', () => {
    expect(banned('Zenco Inc follows Qorva Inc and Vexa Inc in blocking access to Zeta News.')).toEqual(['Qorva Inc -banned-> Zeta News', 'Vexa Inc -banned-> Zeta News', 'Zenco Inc -banned-> Zeta News']);
  });

  it('following a firm in launching something bans nothing', () => {
    expect(banned('Zenco Inc follows Qorva Inc in launching Zeta News.')).toEqual([]);
    expect(banned('Zenco Inc followed Qorva Inc in backing Zeta News.')).toEqual([]);
  });
});

describe('a carrier dropping an outlet', () => {
  it('"dropped news channel Zeta News" bans the channel', () => {
    expect(banned('Skyco Inc dropped news channel Zeta News at midnight.')).toEqual(['Skyco Inc -banned-> Zeta News']);
    expect(banned('Skyco Inc pulled the state broadcaster Zeta TV on Friday.')).toEqual(['Skyco Inc -banned-> Zeta TV']);
  });

  it('an owner closing its own channel, a plan to drop one, or a maker dropping a product is no ban', () => {
    expect(banned('Skyco Inc dropped its news channel Zeta News.')).toEqual([]);
    expect(banned('Skyco Inc plans to drop news channel Zeta News.')).toEqual([]);
    expect(banned('Zenco Inc has dropped the Zeta 3 phone from its lineup.')).toEqual([]);
    expect(banned('Skyco Inc dropped Zenco Inc from the index.')).toEqual([]);
  });
});
