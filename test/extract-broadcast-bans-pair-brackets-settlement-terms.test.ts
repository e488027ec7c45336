import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 75, second round, from its thirty-fifth and thirty-sixth sets (drawn at 7214968): broadcast bans handed to a channel or
// following a regulator's decision, works in brackets after makers no rule typed, "in development at", "the publisher for",
// partners developing a work, plurals of names and services, a relative clause's "its", settlement terms told with "under it"
// or after a semicolon, a dateline's wire, and list mates sharing a kind. Sentences written for the tests.

const REGULATOR = "Ruritania's broadcast regulator Zenreg fined Qorva TV in May. ";

describe('broadcast bans', () => {
  it('"slapped Zeta TV with a five-day broadcast ban"', () => {
    expect(only('banned')(scoredClaimsOf(`${REGULATOR}Zenreg slapped Zeta TV with a five-day broadcast ban.`))).toEqual(['Zenreg -banned-> Zeta TV']);
  });

  it('"issued a broadcast ban to the station Zeta TV"', () => {
    expect(only('banned')(scoredClaimsOf(`${REGULATOR}Zenreg issued a broadcast ban to the station Zeta TV on Monday.`))).toEqual(['Zenreg -banned-> Zeta TV']);
  });

  it('"has been blacked out for five days, following a decision by" the regulator', () => {
    expect(only('banned')(scoredClaimsOf(`${REGULATOR}Zeta TV has been blacked out for five days, following a decision by Zenreg.`))).toEqual(['Zenreg -banned-> Zeta TV']);
  });

  it('a channel slapped with a fine is not banned', () => {
    expect(only('banned')(scoredClaimsOf(`${REGULATOR}Zenreg slapped Zeta TV with a heavy fine.`))).toEqual([]);
  });

  it('"pulled an ad blocker, Zapp, from the App Store"', () => {
    expect(only('banned')(scoredClaimsOf('Apple pulled an ad blocker, Zapp, from the App Store.'))).toEqual(['Apple -banned-> Zapp']);
  });
});

describe('makers and their works', () => {
  it('"studios such as A (X) and B (Y)": a maker no rule typed, in a list of pairs', () => {
    expect(only('develops')(scoredClaimsOf('Studios such as Zenco Games (Qorva Quest) and Vexa Studios (Zem Rally) showed new games.'))).toEqual([
      'Vexa Studios -develops-> Zem Rally',
      'Zenco Games -develops-> Qorva Quest',
    ]);
  });

  it('one untyped pair alone makes nothing (a former name, a parent)', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Games (Qorva Quest) grew last year.'))).toEqual([]);
  });

  it('"in development at Finnish studio Zenco Games"', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Quest, in development at Finnish studio Zenco Games, arrives in May.'))).toEqual(['Zenco Games -develops-> Qorva Quest']);
  });

  it('"was the publisher for A and B"; not a manufacturer for a client', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Games was the publisher for Qorva Quest and Zembla Run.'))).toEqual([
      'Zenco Games -develops-> Qorva Quest',
      'Zenco Games -develops-> Zembla Run',
    ]);
    expect(only('develops')(scoredClaimsOf('Zenco Labs is the manufacturer for Qorva Motors.'))).toEqual([]);
  });

  it('"partnered with B for the development of Y": both develop it', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Games partnered with Qorva Studio for the development of Zembla Run.'))).toEqual([
      'Qorva Studio -develops-> Zembla Run',
      'Zenco Games -develops-> Zembla Run',
    ]);
  });

  it('"sold the tool under the names A, B and C"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Labs sold the tool under the names Vexa, Plix and PlixPro.'))).toEqual([
      'Zenco Labs -develops-> Plix',
      'Zenco Labs -develops-> PlixPro',
      'Zenco Labs -develops-> Vexa',
    ]);
  });

  it('"distributes TVs under the Qorva brand"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Labs distributes TVs under the Qorva brand.'))).toEqual(['Zenco Labs -develops-> Qorva']);
  });

  it('"runs the websites A and B", "is licensed to provide the services known as A, B and C"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Labs runs the websites zenlookup.com and plixlookup.com.'))).toEqual([
      'Zenco Labs -develops-> plixlookup.com',
      'Zenco Labs -develops-> zenlookup.com',
    ]);
    expect(only('develops')(scoredClaimsOf('Zenco Ltd is licensed by Ofcom to provide the services known as Zeta TV, Zeta 2 and Zeta Max.'))).toEqual([
      'Zenco Ltd -develops-> Zeta 2',
      'Zenco Ltd -develops-> Zeta Max',
      'Zenco Ltd -develops-> Zeta TV',
    ]);
  });

  it('"Zenco, which marketed its A and B software": the relative clause\'s "its" is the name before it', () => {
    expect(only('develops')(scoredClaimsOf('Zenco, which marketed its Vexa and Plix software, will pay $1 million.'))).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('"the Mara X and Mara Z phones": a list mate shares the kind that closes the list', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Group launched the Mara X and Mara Z phones.'))).toEqual(['Zenco Group -develops-> Mara X', 'Zenco Group -develops-> Mara Z']);
  });

  it('"Zenco\'s biggest competitor continued to be Qorva"', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco's biggest competitor continued to be Qorva Holdings."))).toEqual(['Zenco -competes_with-> Qorva Holdings']);
  });

  it('a wire service in a dateline\'s brackets makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('BORDURIA (AP) -- Zenco Labs launched Vexa on Monday.'))).toEqual(['Zenco Labs -develops-> Vexa']);
  });
});

describe('settlement terms', () => {
  const SETTLED = 'The Washington Attorney General announced a settlement with Zenco Labs, Inc.';

  it('"Under it, the company will …" in the next sentence, after "Inc."', () => {
    expect(only('restricts')(scoredClaimsOf(`${SETTLED} Under it, the company will refund consumers.`))).toEqual(['Washington Attorney General -restricts-> Zenco Labs']);
  });

  it('"; under it the company will …" in the same sentence', () => {
    expect(only('restricts')(scoredClaimsOf('The Washington Attorney General announced a settlement with Zenco Labs, Inc.; under it the company will refund consumers.'))).toEqual([
      'Washington Attorney General -restricts-> Zenco Labs',
    ]);
  });

  it('"Under the terms of the settlement, Zenco Labs must …"', () => {
    expect(only('restricts')(scoredClaimsOf(`${SETTLED} Under the terms of the settlement, Zenco Labs must refund consumers.`))).toEqual(['Washington Attorney General -restricts-> Zenco Labs']);
  });

  it('a settlement with no terms restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf(`${SETTLED} The company did not admit wrongdoing.`))).toEqual([]);
  });
});
