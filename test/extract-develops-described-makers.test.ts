import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper pos92, from the eighty-second fresh sample (rocket makers, satellite networks, exchanges' coins): a maker named through the
// description of its thing — a relative clause whose object is the thing, an of-genitive after its kind, an issuer named by its kind
// after "by", a possessive with describing words — and "its" after a rival named with "its competitor". Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a relative clause whose object is the thing', () => {
  it('"the Vortex engine that Qorva is developing", "the Zeta coin which Qorva issued": the clause\'s subject makes it', () => {
    expect(develops('The company tested the Vortex engine that Qorva Inc is developing.')).toEqual(['Qorva Inc -develops-> Vortex']);
    expect(develops('Zenco Inc tested the Zeta coin which Qorva Inc issued in May.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Investors liked the Z9 rocket that Qorva Inc builds.')).toEqual(['Qorva Inc -develops-> Z9']);
  });

  it('a thing the subject sells, buys, uses, operates or launches for another, or bonds it issued, are not its own make', () => {
    expect(develops('The Zeta phone that Qorva Inc sells is popular.')).toEqual([]);
    expect(develops('The Zeta chip that Qorva Inc bought is fast.')).toEqual([]);
    expect(develops('The Zeta chip that Qorva Inc uses is fast.')).toEqual([]);
    expect(develops('The Zeta jets that Qorva Inc operates are old.')).toEqual([]);
    expect(develops('Zenco Inc bought the Zeta bonds that Qorva Inc issued last year.')).toEqual([]);
    expect(develops('The Zeta engine that Qorva Inc is testing for Zenco Inc worked.')).toEqual([]);
    expect(develops('The Zeta phone that John Smith designed sold well.')).toEqual([]);
    expect(develops('Zeta Inc said chips that Qorva Inc made were faulty.')).toEqual([]);
  });

  it('a making only denied or planned is asserted by no one', () => {
    expect(develops('The Zeta phone that Qorva Inc is not developing is popular.')).toEqual([]);
    expect(develops('The Zeta chip that Qorva Inc plans to develop is popular.')).toEqual([]);
  });
});

describe('an of-genitive after the thing\'s kind', () => {
  it('"the RS1 light rocket of the startup Qorva", "Zai, the native stablecoin of Zendao": the owner after "of" makes it', () => {
    expect(develops('The RS1 light rocket of the startup Qorva Inc failed on its first flight.')).toEqual(['Qorva Inc -develops-> RS1']);
    expect(develops('ZAI, which is the native stablecoin of ZenDAO Labs, fell sharply.')).toEqual(['ZenDAO Labs -develops-> ZAI']);
    expect(develops('ZAI, the native token of the protocol ZenDAO Labs, fell sharply.')).toEqual(['ZenDAO Labs -develops-> ZAI']);
    expect(develops('The ZUSD coin of the exchange Qorva Inc rose.')).toEqual(['Qorva Inc -develops-> ZUSD']);
  });

  it('a thing of another\'s founder or users, a state\'s currency, a rival or a customer of a firm are no firm\'s make', () => {
    expect(develops('The Zeta phone of Qorva Inc\'s founder was stolen.')).toEqual([]);
    expect(develops('The Zeta app of Qorva Inc users was hacked.')).toEqual([]);
    expect(develops('ZAI, the currency of Ruritania, fell sharply.')).toEqual([]);
    expect(develops('The Zeta smartphone of Ruritania sold well.')).toEqual([]);
    expect(develops('The Zeta app uses the engine of Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc leased the Zeta-7 planes of Qorva Air.')).toEqual([]);
    expect(develops('Zeta Inc, the biggest rival of Qorva Inc, fell sharply.')).toEqual([]);
    expect(develops('Zeta Inc, a major customer of Qorva Inc, fell sharply.')).toEqual([]);
    // A version of a thing is set beside it: its maker is not the thing it copies.
    expect(develops('ZenChat, the Ruritanian version of ZenTok, is not affected.')).not.toContain('ZenTok -develops-> ZenChat');
  });
});

describe('an issuer named by its kind after "by"', () => {
  it('"a coin issued by the exchange Qorva", "created by the exchange Zenco": the exchange makes the coin', () => {
    expect(develops('ZUSD, a coin issued by the exchange Qorva Inc, rose 50%.')).toEqual(['Qorva Inc -develops-> ZUSD']);
    expect(develops('ZUSD was created by the exchange Zenco Inc, which was founded in 2014.')).toEqual(['Zenco Inc -develops-> ZUSD']);
    expect(develops('ZAI was minted by the protocol ZenDAO Labs in 2020.')).toEqual(['ZenDAO Labs -develops-> ZAI']);
  });

  it('a coin only listed or offered by an exchange, or one it did not issue, is not its make', () => {
    expect(develops('ZUSD, a coin listed by the exchange Qorva Inc, rose 50%.')).toEqual([]);
    expect(develops('ZUSD, a coin offered by the exchange Qorva Inc, rose 50%.')).toEqual([]);
    expect(develops('ZUSD, a coin traded by the exchange Qorva Inc, rose 50%.')).toEqual([]);
    expect(develops('ZUSD was not issued by the exchange Qorva Inc.')).toEqual([]);
    expect(develops('ZUSD, a coin bought by the exchange Qorva Inc, rose 50%.')).toEqual([]);
    expect(develops('The ZB1 bonds issued by the exchange Qorva Inc were sold.')).toEqual([]);
    expect(develops('ZUSD, a coin issued by the exchange Qorva Inc\'s founder, rose.')).toEqual([]);
  });
});

describe('a possessive with describing words before the name and its kind', () => {
  it('"Qorva\'s lightweight RS1 launcher": the possessor makes it', () => {
    expect(develops('Qorva Inc\'s lightweight RS1 launcher failed on its first flight.')).toEqual(['Qorva Inc -develops-> RS1']);
    expect(develops('Zenco Inc\'s reusable Z1 rocket failed.')).toEqual(['Zenco Inc -develops-> Z1']);
  });

  it('a rival, a customer or a chief named after the possessive is no thing made', () => {
    expect(develops('Zenco Inc\'s rival Qorva Inc said sales rose.')).toEqual([]);
    expect(develops('Zenco Inc\'s biggest customer Qorva Inc said sales rose.')).toEqual([]);
    expect(develops('Zenco Inc\'s chief executive John Smith bought shares.')).toEqual([]);
    expect(develops('Zenco Inc\'s former partner Qorva Inc said sales rose.')).toEqual([]);
    expect(develops('Zenco Inc\'s troubled Zeta plant closed.')).toEqual([]);
    expect(develops('John Smith\'s lightweight RS1 launcher failed.')).toEqual([]);
    expect(develops('Zenco Inc\'s boss praised Zeta phones.')).toEqual([]);
    expect(develops('Zenco Inc\'s boss likes Zeta phones.')).toEqual([]);
  });
});

describe('a firm\'s name and its own kind before the possessive', () => {
  it('"the Zenco exchange\'s native token, ZTT", "the Zenco exchange\'s ZTT token": the firm makes the token', () => {
    expect(develops('Worries surround the Zenco Inc exchange\'s native token, ZTT.')).toEqual(['Zenco Inc -develops-> ZTT']);
    expect(develops('Traders sold the Zenco Inc exchange\'s ZTT token.')).toEqual(['Zenco Inc -develops-> ZTT']);
  });

  it('a user, a customer, a chief, a listing or bonds after the possessive are no thing made', () => {
    expect(develops('The Zenco Inc exchange\'s user Qorva Inc sold everything.')).toEqual([]);
    expect(develops('Worries surround the Zenco Inc exchange\'s largest customer, Qorva Inc.')).toEqual([]);
    expect(develops('The Zenco Inc exchange\'s chief executive, John Smith, resigned.')).toEqual([]);
    expect(develops('The Zenco Inc exchange\'s listing of the ZTT token drew criticism.')).toEqual([]);
    expect(develops('The Zenco Inc exchange\'s ZB1 bonds fell.')).toEqual([]);
  });
});

describe('"its" after a rival named with "its competitor"', () => {
  it('"its competitor Qorva said that its first ZenSat satellites …": the second "its" is Qorva\'s', () => {
    const text = 'Zenco Inc plans a network of satellites. Meanwhile, its competitor Qorva Inc said that its first ZenSat satellites would launch in May.';
    expect(develops(text)).toEqual(['Qorva Inc -develops-> ZenSat']);
    expect(claimsOf(text)).toContain('Zenco Inc -competes_with-> Qorva Inc');
  });

  it('the firm the sentence is about keeps its own "its" when no other firm is named before it', () => {
    expect(develops('Zenco Inc plans a network of satellites. Meanwhile, it said that its first ZenSat satellites would launch in May.')).toEqual(['Zenco Inc -develops-> ZenSat']);
    expect(develops('Zenco Inc said that its first ZenSat satellites would launch in May, ahead of its competitor Qorva Inc.')).toEqual(['Zenco Inc -develops-> ZenSat']);
  });
});
