import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 54's second round of rules, on sentences written for the tests: an export licence kept from a
// firm is an export control on it (restricts), not a ban on its working; an owner's kind named by a
// copula ("Zenco's drones are A and B") is the owner's make.

describe('an export licence kept from a firm', () => {
  it.each([
    ['Germany suspended export permits for Zenco.', 'Germany -restricts-> Zenco'],
    ["Germany suspended Zenco's export licences.", 'Germany -restricts-> Zenco'],
    ['Germany denied an export licence to Zenco.', 'Germany -restricts-> Zenco'],
    ['Germany denied Zenco an export licence.', 'Germany -restricts-> Zenco'],
    ['Export permits for Zenco were suspended by Germany.', 'Germany -restricts-> Zenco'],
    ['Germany revoked the Zenco export licence.', 'Germany -restricts-> Zenco'],
  ])('"%s" restricts the firm and bans nothing', (text, claim) => {
    const claims = scoredClaimsOf(text);
    expect(only('restricts')(claims)).toEqual([claim]);
    expect(only('banned')(claims)).toEqual([]);
  });

  it.each([
    ['Ruritania denied Zenco a broadcasting licence.', 'Ruritania -banned-> Zenco'],
    ["Ruritania revoked Zenco's broadcasting licence.", 'Ruritania -banned-> Zenco'],
    ['Germany denied an operating licence to Zenco.', 'Germany -banned-> Zenco'],
  ])('"%s": a licence to work, taken or refused, still bans', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });
});

describe('an owner\'s kind named by a copula', () => {
  it.each([
    ["Zenco's combat drones are the Vexa and the Plix.", ['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']],
    ["Zenco's phones are the Vexa 4, the Vexa 5 and the Plix.", ['Zenco -develops-> Plix', 'Zenco -develops-> Vexa 4', 'Zenco -develops-> Vexa 5']],
    ["Zenco's best-known drones are the Vexa and Plix.", ['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });
});

describe('product lines a firm is told it needs a licence to export', () => {
  it('"notified Zenco that it would need an export licence to ship its Zeta and Zeta Pro chips"', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department notified Zenco that it would need an export licence to ship its Zeta and Zeta Pro chips.')).sort()).toEqual([
      'Commerce Department -restricts-> Zeta', 'Commerce Department -restricts-> Zeta Pro',
    ]);
  });

  it('with a destination, the destination and the line', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department notified Zenco that it would need an export licence to ship its Zeta chips to China.')).sort()).toEqual([
      'Commerce Department -restricts-> China', 'Commerce Department -restricts-> Zeta',
    ]);
  });
});

describe('a sentence\'s first word listed with a name', () => {
  it('"Brave and AdGuard have decided to block Recall": both block it', () => {
    expect(only('banned')(scoredClaimsOf('Brave and AdGuard have decided to block Recall.')).sort()).toEqual(['AdGuard -banned-> Recall', 'Brave -banned-> Recall']);
  });

  it('a plural opening the list stays a common noun', () => {
    expect(scoredClaimsOf('Investors and Qorva sued Zenco.')).toEqual([]);
  });
});

describe('rivals listed a sentence after the firm said to have them', () => {
  it.each([
    ['Zenco has many competitors. They include brands like Qorva and Borin.', ['Zenco -competes_with-> Borin', 'Zenco -competes_with-> Qorva']],
    ['Zenco faces three rivals. These are Qorva, Borin Labs and Kappa Inc.', ['Zenco -competes_with-> Borin Labs', 'Zenco -competes_with-> Kappa Inc', 'Zenco -competes_with-> Qorva']],
    ['Nvidia has several big competitors. Among them are AMD and Intel.', ['Nvidia -competes_with-> AMD', 'Nvidia -competes_with-> Intel']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('customers listed so are no rivals', () => {
    expect(scoredClaimsOf('Zenco has many customers. They include Qorva and Borin.')).toEqual([]);
  });
});
