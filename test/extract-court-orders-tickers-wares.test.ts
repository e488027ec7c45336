import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 62, from its first and second samples: courts restraining and ordering firms' units, staff told by a circular to shun a
// maker's phones, a firm's services declared illegal, an order not to import gear made by named vendors, "known for their",
// a firm's AI named in apposition, tickers in brackets, and QR codes. Sentences written for the tests.

describe("courts' orders", () => {
  it('"restrained Xiaomi from selling its phones" bans the firm', () => {
    expect(only('banned')(scoredClaimsOf('The Delhi High Court restrained Xiaomi from selling its phones.'))).toEqual(['Delhi High Court -banned-> Xiaomi']);
  });

  it("a firm's units ordered to cease selling: the products listed are banned", () => {
    expect(only('banned')(scoredClaimsOf('The Delhi High Court ordered two Apple subsidiaries to cease selling the iPhone 6, iPhone 7 and iPhone 8.')).sort()).toEqual(
      ['Delhi High Court -banned-> iPhone 6', 'Delhi High Court -banned-> iPhone 7', 'Delhi High Court -banned-> iPhone 8'],
    );
  });
});

describe('staff told to shun a maker', () => {
  it('"issued a circular telling its staff to shun Xiaomi phones"', () => {
    expect(only('banned')(scoredClaimsOf('The Indian Air Force issued a circular telling its staff to shun Xiaomi phones.'))).toEqual(['Indian Air Force -banned-> Xiaomi']);
  });
});

describe('a firm\'s services declared illegal', () => {
  it('"declared Zenco\'s services illegal"', () => {
    expect(only('banned')(scoredClaimsOf("Seoul's city council declared Zenco Technologies' services illegal."))).toEqual(['Seoul -banned-> Zenco Technologies']);
  });
});

describe('an order not to import gear made by named vendors', () => {
  it('"told operators not to import equipment made by vendors such as A and B" bans both', () => {
    expect(only('banned')(scoredClaimsOf('The Department of Telecommunications told operators not to import equipment made by vendors such as Huawei and ZTE.')).sort()).toEqual(
      ['Department of Telecommunications -banned-> Huawei', 'Department of Telecommunications -banned-> ZTE'],
    );
  });
});

describe('makers', () => {
  it('"best known for their Zeta 5 phone"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Technologies is best known for their Zeta 5 phone.'))).toEqual(['Zenco Technologies -develops-> Zeta 5']);
  });

  it.each(["Ruritech Inc.'s AI, Zenbot, powers the speaker.", "The speaker runs Ruritech Inc.'s AI, Zenbot."])('a firm\'s AI named in apposition: "%s"', (text) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Ruritech Inc -develops-> Zenbot']);
  });

  it('an AI followed by a list of firms names no product', () => {
    expect(only('develops')(scoredClaimsOf("Ruritech Inc.'s AI, Qorva Inc. and Zenco Technologies all grew."))).toEqual([]);
  });
});

describe('tickers and codes', () => {
  it('the exchange and the symbol in brackets are no parties', () => {
    const text = 'ByteDance (NYSE: BDNC) launched Zeta Lite, and Zenco (Nasdaq: ZNC) sued it.';
    expect(entitiesOf(text).filter((e) => /NYSE|BDNC|Nasdaq|ZNC/.test(e))).toEqual([]);
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['ByteDance -develops-> Zeta Lite']);
  });

  it('a QR code is no product a bank bans', () => {
    expect(only('banned')(scoredClaimsOf("China's central bank suspended QR code payments by Alipay and Tenpay."))).not.toContain("China's central bank -banned-> QR");
  });
});

describe('a firm written as "their"', () => {
  it('"Qorva is moving up-market with their Zeta range": one firm before it owns the name after it', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Inc. is moving up-market with their Zeta range.'))).toEqual(['Qorva Inc -develops-> Zeta']);
  });

  it('not where something plural stands before it', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Inc. said users love their Zeta phones.'))).toEqual([]);
  });
});

describe('a contest "of" what it is over, between its parties', () => {
  it('"a war of portals between A and B"', () => {
    expect(only('competes_with')(scoredClaimsOf('There is a war of portals between Zenco Technologies and Qorva Inc.'))).toEqual(['Zenco Technologies -competes_with-> Qorva Inc']);
  });

  it('"a war of words between A and B" is a dispute', () => {
    expect(only('competes_with')(scoredClaimsOf('The war of words between Zenco Technologies and Qorva Inc. grew.'))).toEqual([]);
  });
});
