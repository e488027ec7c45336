import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 54's third round of rules, from its first round of readers, on sentences written for the
// tests: targets listed a sentence after the act by a fronted participle or a bare count, providers
// cutting a customer off, and a thing an owner has named by "called" or "dubbed".

describe('targets listed a sentence after the act', () => {
  it('"Named in the sanctions were A, B and C"', () => {
    expect(only('restricts')(scoredClaimsOf('Japan announced new sanctions on Monday. Named in the sanctions were Zenco Technologies, Qorva Ltd and Borin Labs.')).sort()).toEqual([
      'Japan -restricts-> Borin Labs', 'Japan -restricts-> Qorva Ltd', 'Japan -restricts-> Zenco Technologies',
    ]);
  });

  it('"Identified in this action are A and B"', () => {
    expect(only('restricts')(scoredClaimsOf('OFAC sanctioned two firms on Friday. Identified in this action are Zenco Technologies and Qorva Ltd.')).sort()).toEqual([
      'Office of Foreign Assets Control -restricts-> Qorva Ltd', 'Office of Foreign Assets Control -restricts-> Zenco Technologies',
    ]);
  });

  it('"The four are: A; B; C; D" after the act counted them', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned four firms. The four are: Zenco Technologies; Qorva Ltd; Borin Labs; Kappa Inc.'))).toHaveLength(4);
  });

  it('a fronted participle with no act before lists nothing', () => {
    expect(only('restricts')(scoredClaimsOf('The weather was cold. Named in the report were Zenco Technologies and Qorva Ltd.'))).toEqual([]);
  });
});

describe('a provider cutting a customer off', () => {
  it.each([
    ['Cloudflare will no longer provide its services to Qwikboard.', 'Cloudflare -banned-> Qwikboard'],
    ['GoDaddy will no longer host Qwikboard.', 'GoDaddy -banned-> Qwikboard'],
    ['GoDaddy no longer hosts Qwikboard.', 'GoDaddy -banned-> Qwikboard'],
    ['Cloudflare stopped protecting Qwikboard.', 'Cloudflare -banned-> Qwikboard'],
    ['Cloudflare will terminate Qwikboard as a customer.', 'Cloudflare -banned-> Qwikboard'],
    ['Cloudflare dropped Qwikboard as a customer.', 'Cloudflare -banned-> Qwikboard'],
    ['Cloudflare had de-platformed Qwikboard.', 'Cloudflare -banned-> Qwikboard'],
    ['Google dropped registration for Qwikboard.', 'Google -banned-> Qwikboard'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it.each([['Zenco will no longer support Windows 10.'], ['Microsoft ended support for Windows 10.'], ['Zenco will no longer offer Vexa.']])('"%s": a maker ending its own support bans nothing', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([]);
  });
});

describe('a thing an owner has, named by "called" or "dubbed"', () => {
  it.each([
    ['Zenco offered its first-ever trainer, called the Plix.', 'Zenco -develops-> Plix'],
    ["Zenco's new trainer, dubbed the Plix, costs $599.", 'Zenco -develops-> Plix'],
    ["Zenco's take is called the Vexa switch.", 'Zenco -develops-> Vexa'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a person named so is made by no one', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's new CEO, named Jane Doe, starts Monday."))).toEqual([]);
  });
});

describe('makers named by a reduced relative, by responsibility, or among the owner\'s things', () => {
  it.each([
    ['The Zeta processors Zenco makes are fast.', 'Zenco -develops-> Zeta'],
    ['The Vexa drones Qorva builds for the army are cheap.', 'Qorva -develops-> Vexa'],
    ['Zenco is responsible for the development of the Zeta malware.', 'Zenco -develops-> Zeta'],
    ["One of Zenco's significant innovations was the Vexa hyperbike.", 'Zenco -develops-> Vexa'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a buyer in the relative clause made nothing', () => {
    expect(only('develops')(scoredClaimsOf('The Zeta chips Zenco bought were fake.'))).toEqual([]);
  });
});
