import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 76, third round, from its forty-first and forty-second sets (drawn at 6469955): platforms refusing a game, channels excluded
// or their frequencies not renewed, a body's decision to close a station, broadcasts halted "from" stations, orders that set
// duties (a disclosure order, an order to decrypt, the passive with the body's office), "In a settlement with", makers introduced
// by a noun after "from", a market entered with a device, a firm's newest venture, platforms a firm runs "like" A and B, and three
// false edges: a describing word before a maker noun, a funding round, and what a firm is made part of. Sentences written for the tests.

describe('platforms refusing works', () => {
  it('"decided not to allow Zorb into its eShop": the platform bans it', () => {
    expect(only('banned')(scoredClaimsOf('Nintendo has decided not to allow Vexa Quest into its eShop.'))).toEqual(['Nintendo -banned-> Vexa Quest']);
  });

  it('"rejected the port of popular roguelike Zorb"', () => {
    expect(only('banned')(scoredClaimsOf('Nintendo has rejected the port of popular roguelike Vexa Quest.'))).toEqual(['Nintendo -banned-> Vexa Quest']);
  });
});

describe('stations excluded, not renewed or closed', () => {
  it('"announced the exclusion of A and B"', () => {
    expect(only('banned')(scoredClaimsOf('The Ministry of Information announced the exclusion of Zenco TV and Qorva TV.'))).toEqual([
      'Ministry of Information -banned-> Qorva TV',
      'Ministry of Information -banned-> Zenco TV',
    ]);
  });

  it('"did not renew the frequencies of A and B", "the decision not to renew Zenco TV\'s frequency"', () => {
    expect(only('banned')(scoredClaimsOf('The Media Authority of Zembla did not renew the frequencies of Zenco TV and Qorva TV.'))).toEqual([
      'Media Authority of Zembla -banned-> Qorva TV',
      'Media Authority of Zembla -banned-> Zenco TV',
    ]);
    expect(only('banned')(scoredClaimsOf("The Ministry of Information's decision not to renew Zenco TV's frequency drew protests."))).toEqual([
      'Ministry of Information -banned-> Zenco TV',
    ]);
  });

  it('a renewed frequency bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('The Media Authority of Zembla renewed the frequencies of Zenco TV and Qorva TV.'))).toEqual([]);
  });

  it('"decided to halt broadcasts from A and B", "the ministry\'s decision to close Zenco TV"', () => {
    expect(only('banned')(scoredClaimsOf('The Ministry of Information decided to halt broadcasts from Zenco TV and Qorva TV.'))).toEqual([
      'Ministry of Information -banned-> Qorva TV',
      'Ministry of Information -banned-> Zenco TV',
    ]);
    expect(only('banned')(scoredClaimsOf("The Ministry of Information's decision to close Zenco TV drew protests."))).toEqual(['Ministry of Information -banned-> Zenco TV']);
  });

  it("a firm's decision to close its station bans nothing", () => {
    expect(only('banned')(scoredClaimsOf("Qorva Media Group's decision to close Zenco TV drew protests."))).toEqual([]);
  });
});

describe('orders that set duties', () => {
  it('"issued a disclosure order against Zenco", "ordered Zenco to decrypt the messages"', () => {
    expect(only('restricts')(scoredClaimsOf('The Zembla District Court issued a disclosure order against Vellum Data Inc.'))).toEqual(['Zembla District Court -restricts-> Vellum Data Inc']);
    expect(only('restricts')(scoredClaimsOf('The Zembla District Court ordered Vellum Data Inc. to decrypt the messages.'))).toEqual(['Zembla District Court -restricts-> Vellum Data Inc']);
  });

  it('"was ordered by the Attorney General\'s office to provide refunds"', () => {
    expect(only('restricts')(scoredClaimsOf("Vellum Data Inc. was ordered by the Iowa Attorney General's office to provide refunds."))).toEqual([
      'Iowa Attorney General -restricts-> Vellum Data Inc',
    ]);
  });

  it('"In a settlement with the Commission, Vellum will appoint two directors"', () => {
    expect(only('restricts')(scoredClaimsOf('In a settlement with the Federal Trade Commission, Vellum Data Inc. will appoint two independent directors.'))).toEqual([
      'Federal Trade Commission -restricts-> Vellum Data Inc',
    ]);
  });
});

describe('makers', () => {
  it('"a music player from a Swedish start-up named Vexa"', () => {
    expect(only('develops')(scoredClaimsOf('Zpod is a music player from a Swedish start-up named Vexa Systems.'))).toEqual(['Vexa Systems -develops-> Zpod']);
  });

  it('"entered the market with their new device: the Zpod"; a partner it entered with makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Vexa Systems entered the market with their new device: the Zpod.'))).toEqual(['Vexa Systems -develops-> Zpod']);
    expect(only('develops')(scoredClaimsOf('Vexa Systems entered the market with a partner, Qorva Labs.'))).toEqual([]);
  });

  it('"Vexa\'s newest venture is ZenStream"', () => {
    expect(only('develops')(scoredClaimsOf("Vexa Systems' newest venture is ZenStream."))).toEqual(['Vexa Systems -develops-> ZenStream']);
  });

  it('"runs platforms like A, B and C"', () => {
    expect(only('develops')(scoredClaimsOf('Vexa Systems runs platforms like ZenTube, Qorvid and Plixer.'))).toEqual([
      'Vexa Systems -develops-> Plixer',
      'Vexa Systems -develops-> Qorvid',
      'Vexa Systems -develops-> ZenTube',
    ]);
  });
});

describe('false edges', () => {
  it('"Veteran developer Qorva Games released Zorb": the describing word is no work', () => {
    expect(only('develops')(scoredClaimsOf('Veteran developer Qorva Games released Zorb on Steam.'))).toEqual(['Qorva Games -develops-> Zorb']);
  });

  it('"raised a Series B round": a funding round is no name', () => {
    const text = 'Vexa Systems raised a Series B round to build the Zpod.';
    expect(entitiesOf(text)).not.toContainEqual(expect.stringMatching(/^Series B/));
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Vexa Systems -develops-> Zpod']);
  });

  it('"acquired Qorva, making it part of Vexa Music": the new owner is no work of the firm', () => {
    expect(only('develops')(scoredClaimsOf('Vexa Systems acquired Qorva Labs, making it part of Vexa Music.'))).toEqual([]);
  });
});
