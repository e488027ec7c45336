import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 72, fourth round, from its thirteenth and fourteenth sets (drawn at 80abd94): a maker's works picked out of what it offers
// or set in brackets, a provider named after its service, obligations placed on a firm and firms obliged to act, a rival named
// after "and", an agentless block with its order-giver fronted, and an operator telling its customers not to use a thing.
// Sentences written for the tests.

describe("a maker's works picked out or bracketed", () => {
  it('"Many of the apps that Zenco offers are aimed at teens, including A, B and C" makes each', () => {
    expect(only('develops')(scoredClaimsOf('Many of the apps that HyperBeard offers are aimed at teens, including KleptoCats, Axolochi and BunnyBuns.'))).toEqual([
      'HyperBeard -develops-> Axolochi',
      'HyperBeard -develops-> BunnyBuns',
      'HyperBeard -develops-> KleptoCats',
    ]);
  });

  it('"Zenco, the makers of several kids\' apps (including Zeta), …" makes Zeta', () => {
    expect(only('develops')(scoredClaimsOf("HyperBeard, the makers of several kids' apps (including KleptoCats), settled the charges."))).toEqual(['HyperBeard -develops-> KleptoCats']);
  });

  it('"the Zeta service, provided by telecoms operator Qorva" makes Qorva its provider', () => {
    expect(only('develops')(scoredClaimsOf('The Mvola service, provided by telecoms operator Telma, went down for a day.'))).toEqual(['Telma -develops-> Mvola']);
  });
});

describe('obligations and orders on a firm', () => {
  it('"placed specific obligations on Zenco" restricts it', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Telecommunications Institute placed specific obligations on Megacable.'))).toEqual(['Federal Telecommunications Institute -restricts-> Megacable']);
  });

  it('"obliges Zenco to safeguard …" restricts it; obliged to pay alone does not', () => {
    expect(only('restricts')(scoredClaimsOf("The Belgian Competition Authority obliges Proximus to safeguard EDPnet's autonomy."))).toEqual(['Belgian Competition Authority -restricts-> Proximus']);
    expect(only('restricts')(claimsOf('The Belgian Competition Authority obliges Proximus to pay a fine.'))).toEqual([]);
  });
});

describe('a rival named after "and"', () => {
  it('"Zenco and rival portal Qorva raised fees" makes them rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Zoopla and rival portal Rightmove raised their fees.'))).toEqual(['Zoopla -competes_with-> Rightmove']);
  });

  it('"Zenco and partner Qorva" makes no rivals', () => {
    expect(only('competes_with')(claimsOf('Zoopla and partner portal Rightmove raised their fees.'))).toEqual([]);
  });
});

describe('blocks ordered before they are told', () => {
  it('"On apparent order from the government, A, B and C are being blocked" bans each by that government', () => {
    expect(only('banned')(scoredClaimsOf('On apparent order from the Nepalese government, nepalicalls.com, rynga.com and jumblo.com are being blocked.'))).toEqual([
      'Nepal -banned-> jumblo.com',
      'Nepal -banned-> nepalicalls.com',
      'Nepal -banned-> rynga.com',
    ]);
  });

  it('"Zenco directed its customers not to use Zeta" bans Zeta; telling them to use it does not', () => {
    expect(only('banned')(scoredClaimsOf('T-Mobile directed its customers not to use Skype.'))).toEqual(['T-Mobile -banned-> Skype']);
    expect(only('banned')(claimsOf('T-Mobile directed its customers to use Skype.'))).toEqual([]);
  });
});
