import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 77, second round, from stop 76's last two fresh sets: things pulled off a store told in the passive, a work kept from its
// release, makers set off after a firm's plural name, a kind after a preposition, denial orders as nouns, and partnerships that
// run a thing. Sentences written for the tests.

describe('bans told in the passive or by their effect', () => {
  it('"Zeta was pulled from the App Store by Apple", "was pulled by Apple from the App Store"', () => {
    expect(only('banned')(scoredClaimsOf('Vexa Quest was pulled from the App Store by Apple on Monday.'))).toEqual(['Apple -banned-> Vexa Quest']);
    expect(only('banned')(scoredClaimsOf('Vexa Quest was pulled by Apple from the App Store on Monday.'))).toEqual(['Apple -banned-> Vexa Quest']);
  });

  it('"has prevented the game Vexa from being released"', () => {
    expect(only('banned')(scoredClaimsOf('The Classification Board has prevented the game Vexa Quest from being released in Australia.'))).toEqual(['Classification Board -banned-> Vexa Quest']);
  });

  it('"removed the Vexa app from developer Qorva Games" removes the app, not its developer', () => {
    expect(only('banned')(scoredClaimsOf('Apple removed the Vexa app from developer Qorva Games.'))).toEqual(['Apple -banned-> Vexa']);
  });

  it('a player pulled from a game by a coach bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('The striker was pulled from the match by his coach on Sunday.'))).toEqual([]);
  });
});

describe('makers', () => {
  it('"Epic Games, maker of Fortnite, sued Apple": a firm\'s plural name opening the sentence before its maker noun', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Games, maker of Vexa Quest, sued Apple.'))).toEqual(['Qorva Games -develops-> Vexa Quest']);
    expect(only('develops')(scoredClaimsOf("Qorva Arts, developer of the phone app 'Vexa', said it would appeal."))).toEqual(['Qorva Arts -develops-> Vexa']);
  });

  it('"Zenvia is a Samsung and Google partnership": what partners run together is theirs', () => {
    expect(only('develops')(scoredClaimsOf('Zenvia is a Samsung and Google partnership that sells smart glasses.'))).toEqual(['Google -develops-> Zenvia', 'Samsung -develops-> Zenvia']);
  });
});

describe('denial orders and duties', () => {
  it('"imposed a civil fine and a denial of export privileges on Zenco"', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department imposed a civil fine and a denial of export privileges on Zenco Ltd.'))).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
  });

  it('"was required by the Department to hire a compliance director"', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Ltd. was required by the Commerce Department to hire a compliance director.'))).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
  });
});
