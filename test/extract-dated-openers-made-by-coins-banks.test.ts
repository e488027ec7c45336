import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 59, first round, from the families stop 58's readers left: a year opening a sentence before a firm's name, an
// English word used as a product's name with its maker set off after it, cryptocurrencies written in lower case, and
// central banks whose names no rule reads as a state's, measures imposed "upon" their targets, partners in co-development and a maker's range. Sentences written for the tests.

describe('a year before a name at the opening of a sentence', () => {
  it.each([
    ['In 2014 Zentrix launched the Halo.', 'Zentrix -develops-> Halo'],
    ['Since 2020 Zentrix has made the Visor.', 'Zentrix -develops-> Visor'],
    ['By 2003 Qorvalo had banned the Visor.', 'Qorvalo -banned-> Visor'],
  ])('"%s" names the firm without the year', (text, claim) => {
    expect(scoredClaimsOf(text)).toContain(claim);
    expect(entitiesOf(text).some((e) => /\d/.test(e))).toBe(false);
  });

  it('a number inside a name is kept', () => {
    expect(entitiesOf('Zentrix launched the Zeta 2 in March.')).toContain('Zeta 2 (product)');
  });
});

describe('an English word as a name, its maker set off after it', () => {
  it.each([
    ['Halo, made by Zentrix, works with the iPhone.', 'Zentrix -develops-> Halo'],
    ['Beacon, developed by Qorvalo, is a smart speaker.', 'Qorvalo -develops-> Beacon'],
    ['Visor, first released by Zentrix in 1999, sold well.', 'Zentrix -develops-> Visor'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a word for a kind of thing opening the sentence is no name', () => {
    expect(only('develops')(scoredClaimsOf('Software, developed by Zentrix, runs the plant.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Chips, made by Zentrix, power the Visor.'))).toEqual([]);
  });
});

describe('cryptocurrencies in lower case', () => {
  it.each([
    ['Nepal banned bitcoin in 2021.', ['Nepal -banned-> Bitcoin']],
    ['Zenexa delisted monero and zcash.', ['Zenexa -banned-> Monero', 'Zenexa -banned-> Zcash']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('lower-case "ether" stays an English word', () => {
    expect(entitiesOf('The signal was lost in the ether.')).toEqual([]);
  });
});

describe('central banks named otherwise than "Central Bank of …"', () => {
  it.each([
    ['Bank Indonesia banned Zenexa.', 'Bank Indonesia', 'Indonesia'],
    ['Bangladesh Bank banned bitcoin in 2014.', 'Bangladesh Bank', 'Bangladesh'],
    ['Nepal Rastra Bank declared bitcoin illegal.', 'Nepal Rastra Bank', 'Nepal'],
    ['The State Bank of Pakistan banned bitcoin.', 'State Bank of Pakistan', 'Pakistan'],
    ['Bank Negara Malaysia banned Zenexa.', 'Bank Negara Malaysia', 'Malaysia'],
  ])('"%s" is the state\'s body and acts as one', (text, bank, state) => {
    expect(entitiesOf(text)).toContain(`${bank} (government)`);
    expect(claimsOf(text)).toContain(`${bank} -part_of-> ${state}`);
    expect(only('banned')(scoredClaimsOf(text)).every((c) => c.startsWith(`${bank} -banned->`))).toBe(true);
    expect(only('banned')(scoredClaimsOf(text))).toHaveLength(1);
  });
});

describe('the formal "upon" after a measure', () => {
  it.each([
    ['Japan imposed a ban upon Zenexa.', 'Japan -banned-> Zenexa'],
    ['Japan imposed sanctions upon Zentrix.', 'Japan -restricts-> Zentrix'],
    ['Sanctions imposed upon Zentrix by Japan hurt it.', 'Japan -restricts-> Zentrix'],
    ['Japan imposed a prohibition upon the export of chips to Iran.', 'Japan -restricts-> Iran'],
  ])('"%s"', (text, claim) => {
    expect(scoredClaimsOf(text)).toEqual([claim]);
  });
});

describe('co-development with partners, and a maker\'s range', () => {
  it.each([
    ['Zentrix co-developed the Visor with Qorvalo.', ['Qorvalo -develops-> Visor', 'Zentrix -develops-> Visor']],
    ['Zentrix, which co-developed the Visor with Qorvalo, Borin and Kappa, said sales rose.', ['Borin -develops-> Visor', 'Kappa -develops-> Visor', 'Qorvalo -develops-> Visor', 'Zentrix -develops-> Visor']],
    ['Zentrix jointly developed the Zenova tablet with Qorvalo and Borin.', ['Borin -develops-> Zenova', 'Qorvalo -develops-> Zenova', 'Zentrix -develops-> Zenova']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('help from a firm is no co-development', () => {
    expect(only('develops')(scoredClaimsOf('Zentrix co-developed the Zenova with help from Qorvalo.'))).toEqual(['Zentrix -develops-> Zenova']);
  });

  it('"the Zenova range" is a product of its maker', () => {
    expect(only('develops')(scoredClaimsOf('Zentrix went on to produce the Zenova range.'))).toEqual(['Zentrix -develops-> Zenova']);
  });
});
