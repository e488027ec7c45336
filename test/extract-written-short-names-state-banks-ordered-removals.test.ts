import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 73, second round, from its twenty-first and twenty-second sets: a firm labelled by the part of the lexicon's name the
// article writes, central banks named "Bank of <state>" or "… of The <state>", removals ordered in the passive or by their
// noun, works listed after a maker's technologies, and what a currency's name or a rival's app does not make. Sentences written
// for the tests.

describe("a firm labelled by the part of the lexicon's name the article writes", () => {
  it('"Airtel" alone is labelled "Airtel", not the lexicon\'s "Bharti Airtel"', () => {
    const text = 'Safaricom, Vodacom and Airtel are the main players in the mobile money market.';
    expect(entitiesOf(text)).toContain('Airtel (company)');
    expect(only('competes_with')(scoredClaimsOf(text))).toContain('Safaricom -competes_with-> Airtel');
  });

  it('"LG" alone is labelled "LG", not "LG Electronics"', () => {
    expect(only('develops')(scoredClaimsOf('LG launched the Gram laptop in 2014.'))).toEqual(['LG -develops-> Gram']);
  });

  it("the lexicon's name stays the label when the article writes it", () => {
    expect(entitiesOf('Bharti Airtel launched Airtel Money in 2011.')).toContain('Bharti Airtel (company)');
  });
});

describe('central banks named for their state', () => {
  it('"the Central Bank of The Bahamas" is one body, not "Central Bank"', () => {
    const text = 'The Central Bank of The Bahamas launched the Sand Dollar in 2020.';
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Central Bank of The Bahamas -develops-> Sand Dollar']);
    expect(entitiesOf(text)).toContain('Central Bank of The Bahamas (government)');
  });

  it('"the Bank of Jamaica" is the state\'s bank, not a "Bank"', () => {
    const text = 'The Bank of Jamaica rolled out Jam-Dex in 2022.';
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Bank of Jamaica -develops-> Jam-Dex']);
    expect(entitiesOf(text)).toContain('Bank of Jamaica (government)');
  });
});

describe('a removal ordered in the passive or by its noun', () => {
  it('"ordered Radio Zeta Ltd to be taken off the air"', () => {
    expect(only('banned')(scoredClaimsOf('The Nicaraguan regulator ordered Radio Zeta Ltd to be taken off the air.'))).toEqual(['Nicaraguan regulator -banned-> Radio Zeta Ltd']);
  });

  it('"ordered the cancellation of the licence of Radio Zeta Ltd"', () => {
    expect(only('banned')(scoredClaimsOf('Nicaragua ordered the cancellation of the licence of Radio Zeta Ltd.'))).toEqual(['Nicaragua -banned-> Radio Zeta Ltd']);
  });

  it('"ordered the immediate withdrawal of Zeta TV Ltd from cable"', () => {
    expect(only('banned')(scoredClaimsOf('The regulator Telcor ordered the immediate withdrawal of Zeta TV Ltd from cable.'))).toEqual(['Telcor -banned-> Zeta TV Ltd']);
  });

  it("the cancellation of a firm's merger, or an order to pay, bans no firm", () => {
    expect(only('banned')(scoredClaimsOf('The regulator Telcor ordered the cancellation of the Zeta TV Ltd merger.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Nicaragua ordered that Radio Zeta Ltd pay a fine.'))).toEqual([]);
  });
});

describe("works listed after a maker's technologies", () => {
  it('"Microsoft technologies, including Azure and Windows Phone, power the app"', () => {
    expect(only('develops')(scoredClaimsOf('Microsoft technologies, including Azure and Windows Phone, power the Tappsi app.'))).toEqual([
      'Microsoft -develops-> Azure',
      'Microsoft -develops-> Windows Phone',
    ]);
  });
});

describe('an enumeration set off by commas ends at its closing comma', () => {
  it('"Samsung devices, including A and B, run Android" makes no Android', () => {
    expect(only('develops')(scoredClaimsOf('Samsung devices, including the Galaxy S24 and Galaxy Z Fold, run Android.'))).toEqual([
      'Samsung -develops-> Galaxy S24',
      'Samsung -develops-> Galaxy Z Fold',
    ]);
  });

  it('a list that goes on after ", and" is still read whole', () => {
    expect(only('develops')(scoredClaimsOf('Samsung devices, including the Galaxy S24, the Galaxy Z Fold, and the Galaxy Ring, sold well.'))).toEqual([
      'Samsung -develops-> Galaxy Ring',
      'Samsung -develops-> Galaxy S24',
      'Samsung -develops-> Galaxy Z Fold',
    ]);
  });
});

describe('what a currency or a rival does not make', () => {
  it('"a digital version of the Eastern Caribbean dollar issued by …" makes no "Eastern Caribbean"', () => {
    const text = 'DCash is a digital version of the Eastern Caribbean dollar issued by the Eastern Caribbean Central Bank.';
    expect(only('develops')(scoredClaimsOf(text))).toEqual([]);
  });

  it('"Zenco\'s acquisition of rival app Zeta" makes Zeta no work of Zenco\'s', () => {
    const claims = scoredClaimsOf("Delivery Hero's acquisition of rival app Jahez was blocked.");
    expect(only('develops')(claims)).toEqual([]);
    expect(only('competes_with')(claims)).toEqual(['Delivery Hero -competes_with-> Jahez']);
  });
});
