import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 62, from stop 61's last readers and stop 62's first samples: a state's bodies named together under one plural head,
// projects of their makers (in apposition or after a copula), a firm's name right before "its", a rival apposed after a
// legal form's full stop, product kinds written as acronyms, orders to two firms and to carriers "to close down", a place
// before "area", "showcased", makers described after "owned by", and a state's capitalised body. Sentences written for the tests.

describe("a state's bodies named together under one plural head", () => {
  it.each([
    ['The Trade and Finance ministries sanctioned Zenco Technologies.', ['Finance Ministry -restricts-> Zenco Technologies', 'Trade Ministry -restricts-> Zenco Technologies']],
    ['The Commerce and Treasury departments sanctioned Hikvision.', ['Commerce Department -restricts-> Hikvision', 'Treasury Department -restricts-> Hikvision']],
    ['The Commerce, State, and Treasury departments sanctioned Hikvision.', ['Commerce Department -restricts-> Hikvision', 'State Department -restricts-> Hikvision', 'Treasury Department -restricts-> Hikvision']],
    ["India's finance and defence ministries sanctioned Hikvision.", ["India's defence ministry -restricts-> Hikvision", "India's finance ministry -restricts-> Hikvision"]],
  ])('"%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it("a firm's departments are no state's bodies", () => {
    expect(entitiesOf("Zenco's sales and marketing departments praised Qorva Inc.")).not.toContain('Sales Department (government)');
    expect(entitiesOf('The sales and marketing departments met.').filter((e) => e.includes('(government)'))).toEqual([]);
  });
});

describe("a state's body capitalised after its name", () => {
  it('"Nepal\'s Central Bank" is Nepal\'s, one node with "Nepal\'s central bank"', () => {
    const claims = only('banned')(scoredClaimsOf("Nepal's Central Bank banned Alipay. Nepal's central bank also banned WeChat Pay."));
    expect(new Set(claims.map((c) => c.split(' -banned-> ')[0])).size).toBe(1);
    expect(claims).toHaveLength(2);
  });

  it('a body whose name goes on after "of" is left to the name rules', () => {
    expect(entitiesOf("France's Ministry of the Armed Forces banned Zapp.")).toContain('Ministry of the Armed Forces (government)');
  });
});

describe('a project of its makers', () => {
  it.each([
    ['The Zorb browser, a joint project between Zenco Technologies and Qorva Inc., was released in 2012.', ['Qorva Inc -develops-> Zorb', 'Zenco Technologies -develops-> Zorb']],
    ['The Zeta app, a collaboration between Zenco Technologies and Qorva Inc., launched in 2015.', ['Qorva Inc -develops-> Zeta', 'Zenco Technologies -develops-> Zeta']],
    ["The Zeta phone is Qorva Inc.'s big project for the year.", ['Qorva Inc -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('a project funded by a firm is not its make', () => {
    expect(only('develops')(scoredClaimsOf('Zeta, a project funded by Zenco Technologies, failed.'))).toEqual([]);
  });
});

describe('a firm\'s name right before "its"', () => {
  it('gapped verbs: each firm launched its own', () => {
    expect(only('develops')(scoredClaimsOf('Rivals have launched their own: Qorva Inc. its Zap phone, Zenco Technologies its Zorb phone.')).sort()).toEqual(
      ['Qorva Inc -develops-> Zap', 'Zenco Technologies -develops-> Zorb'],
    );
  });
});

describe('a rival apposed after a legal form', () => {
  it('"buy Qorva Inc., its chief rival"', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco Technologies prepares to buy Qorva Inc., its chief rival.'))).toEqual(['Qorva Inc -competes_with-> Zenco Technologies']);
  });
});

describe('product kinds written as acronyms', () => {
  it.each(['The MP3 player maker Zenco Technologies said sales rose.', 'Qorva Inc., a POS terminal maker, said sales rose.'])('"%s" names no product', (text) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([]);
  });

  it('a name ending in one is still a name', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Technologies launched the Zeta TV last year.'))).toEqual(['Zenco Technologies -develops-> Zeta TV']);
  });
});

describe('orders to stop', () => {
  it('"ordered A and B to suspend their services" bans both', () => {
    expect(only('banned')(scoredClaimsOf('The Transport Ministry has ordered Zenco Technologies and Qorva Inc. to suspend their services.')).sort()).toEqual(
      ['Transport Ministry -banned-> Qorva Inc', 'Transport Ministry -banned-> Zenco Technologies'],
    );
  });

  it('"again ordered" is an order', () => {
    expect(only('banned')(scoredClaimsOf('The Transport Ministry again ordered Zenco Technologies to suspend its service.'))).toEqual(['Transport Ministry -banned-> Zenco Technologies']);
  });

  it('a state closing a service down bans it; a firm closing its own does not', () => {
    expect(only('banned')(scoredClaimsOf('The Pakistan Telecommunication Authority directed operators to close down Zenco Mail.'))).toEqual(['Pakistan Telecommunication Authority -banned-> Zenco Mail']);
    expect(only('banned')(scoredClaimsOf('Zenco Technologies closed down its Zeta app.'))).toEqual([]);
  });

  it('a place before "area" is not what is banned', () => {
    expect(only('banned')(scoredClaimsOf('The Transport Ministry told Zenco Technologies to suspend a pilot program in the Fukuoka area.'))).not.toContain('Transport Ministry -banned-> Fukuoka');
  });
});

describe('makers', () => {
  it('"showcased the Zeta X8 drone"', () => {
    expect(only('develops')(scoredClaimsOf('Last year, Zenco Technologies showcased the Zeta X8 drone.'))).toEqual(['Zenco Technologies -develops-> Zeta X8']);
  });

  it.each([
    ['Banks partner with Zeta Wallet, owned by online marketplace Zenco Technologies, and others.', ['Zenco Technologies -develops-> Zeta Wallet']],
    ['Zeta Wallet, started by retail giant Zenco Technologies, is popular.', ['Zenco Technologies -develops-> Zeta Wallet']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });
});
