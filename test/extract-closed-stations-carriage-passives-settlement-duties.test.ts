import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 74, first round, from its twenty-ninth and thirtieth sets (drawn at 7b3e4eb): stations a state closed, bans told through
// what carries the outlet, settlements told with the firm's duties, states' attorneys general, administrative guidance, a
// carrier's service plans, and makers named by "taken over development", "from developer" and "operating under the brand".
// Sentences written for the tests.

describe('a state closing a station', () => {
  it('"the authorities closed A and B" bans both', () => {
    expect(only('banned')(scoredClaimsOf('The Algerian authorities closed Zeta Radio and Vela TV after the riots.'))).toEqual([
      'Algeria -banned-> Vela TV',
      'Algeria -banned-> Zeta Radio',
    ]);
  });

  it('a body closing its own inquiry, or a firm closing its own service, bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('The Federal Trade Commission closed its investigation into Zenco Corp.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Zenco Corp closed its Zeta Radio service in March.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('The Ministry of Information closed the Zenco Corp acquisition of Vela TV on Friday.'))).toEqual([]);
  });
});

describe('a ban told through what carries the outlet', () => {
  it('"The transmission of A and B was halted by the Authority"', () => {
    expect(only('banned')(scoredClaimsOf('The transmission of Zeta TV and Vela TV was halted by the Pakistan Electronic Media Regulatory Authority.'))).toEqual([
      'Pakistan Electronic Media Regulatory Authority -banned-> Vela TV',
      'Pakistan Electronic Media Regulatory Authority -banned-> Zeta TV',
    ]);
  });

  it('"The licence of Zeta FM was revoked by …"', () => {
    expect(only('banned')(scoredClaimsOf('The licence of Zeta FM was revoked by the Independent Broadcasting Authority.'))).toEqual(['Independent Broadcasting Authority -banned-> Zeta FM']);
  });

  it('a licence renewed bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('The licence of Zeta FM was renewed by the Independent Broadcasting Authority.'))).toEqual([]);
  });

  it('"taken off air on the instructions of", and channels counted before their names', () => {
    expect(only('banned')(scoredClaimsOf('Zeta TV was taken off air on the instructions of the Ministry of Information.'))).toEqual(['Ministry of Information -banned-> Zeta TV']);
    expect(only('banned')(scoredClaimsOf('Two channels, Zeta TV and Vela News, were suspended on the orders of the National Broadcasting Commission.'))).toEqual([
      'National Broadcasting Commission -banned-> Vela News',
      'National Broadcasting Commission -banned-> Zeta TV',
    ]);
  });

  it('"suspended A\'s licence, revoked those of B and C": the owner of the first licence is no actor of the second act', () => {
    expect(only('banned')(scoredClaimsOf('The Independent Broadcasting Authority suspended Zeta FM\'s licence, revoked those of Vela Radio and Kappa Radio.'))).toEqual([
      'Independent Broadcasting Authority -banned-> Kappa Radio',
      'Independent Broadcasting Authority -banned-> Vela Radio',
      'Independent Broadcasting Authority -banned-> Zeta FM',
    ]);
  });
});

describe("a settlement told with the firm's duties", () => {
  it('"settled charges brought by the Commission and agreed to delete the data"', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Corp settled charges brought by the Federal Trade Commission and agreed to delete the location data it collected.'))).toEqual([
      'Federal Trade Commission -restricts-> Zenco Corp',
    ]);
  });

  it('"reached a settlement with the Commission and agreed to meet the requirements of the order"', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Corp reached a settlement with the Federal Trade Commission and agreed to meet the requirements of a consent order.'))).toEqual([
      'Federal Trade Commission -restricts-> Zenco Corp',
    ]);
  });

  it('a settlement that only pays restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Corp settled charges brought by the Federal Trade Commission and paid a $5 million fine.'))).toEqual([]);
  });

  it('"finalized an order requiring Zenco to …"', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission finalized an order requiring Zenco Corp to delete the data it collected from students.'))).toEqual([
      'Federal Trade Commission -restricts-> Zenco Corp',
    ]);
  });

  it('"A and B received cease-and-desist letters from the Commission" bans both', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Corp and Qorva Ltd received cease-and-desist letters from the Federal Communications Commission.'))).toEqual([
      'Federal Communications Commission -banned-> Qorva Ltd',
      'Federal Communications Commission -banned-> Zenco Corp',
    ]);
  });
});

describe("a state's attorney general and administrative guidance", () => {
  it("a state's attorney general is its own body, and its cure notice restricts the firm", () => {
    const text = 'The Connecticut Attorney General issued a cure notice directing Zenco Corp to fix its privacy policy.';
    expect(entitiesOf(text)).toContain('Connecticut Attorney General (government)');
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Connecticut Attorney General -restricts-> Zenco Corp']);
  });

  it('"issued administrative guidance to Zeta West", and the same told in the passive', () => {
    expect(only('restricts')(scoredClaimsOf('The Ministry of Internal Affairs and Communications issued administrative guidance to Zeta West Corp over the leak.'))).toEqual([
      'Ministry of Internal Affairs and Communications -restricts-> Zeta West Corp',
    ]);
    expect(only('restricts')(scoredClaimsOf('Zeta West Corp has been slapped with administrative guidance by the Ministry of Internal Affairs and Communications.'))).toEqual([
      'Ministry of Internal Affairs and Communications -restricts-> Zeta West Corp',
    ]);
  });
});

describe("a carrier's plans and a studio's works", () => {
  it('"advertised plans under its brands, including A and B": plans sold are no intent', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Wireless advertised plans under its brands, including Zeta Talk and Vela Mobile.'))).toEqual([
      'Zenco Wireless -develops-> Vela Mobile',
      'Zenco Wireless -develops-> Zeta Talk',
    ]);
  });

  it('a plan to launch is still a plan', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Wireless plans to launch Zeta Talk next year.'))).toEqual([]);
  });

  it('"has taken over development of Zeta Quest"', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Games has taken over development of Zeta Quest.'))).toEqual(['Qorva Games -develops-> Zeta Quest']);
  });

  it('"Zeta Quest will launch on consoles from independent developer Qorva Games"', () => {
    expect(only('develops')(scoredClaimsOf('Zeta Quest will launch on consoles from independent developer Qorva Games next year.'))).toEqual(['Qorva Games -develops-> Zeta Quest']);
  });

  it('a launch from a place makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Zeta Quest will launch from Cape Canaveral next year.'))).toEqual([]);
  });

  it('"the creative force behind Zeta Quest"', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Games is the creative force behind Zeta Quest.'))).toEqual(['Qorva Games -develops-> Zeta Quest']);
  });

  it('"a vendor operating under the Zeta trademark"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Corp is a vendor operating under the Zeta trademark.'))).toEqual(['Zenco Corp -develops-> Zeta']);
  });
});
