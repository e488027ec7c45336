import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Helper fp89, from fresh samples of false edges: a firm dealing with another's rivals is none of them; a state halting a maker's
// production makes nothing; "a rival of Zenco's" names Zenco; a buyer's "its" goods are bought, not made; a firm beaten to a
// contract to build a thing does not build it. Sentences written for the tests.

const competes = (text: string): string[] => only('competes_with')(claimsOf(text));
const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe("dealing with a firm's rivals", () => {
  it('partners, deals, sales and hires with the rivals set no rivalry with their firm', () => {
    expect(competes("Zenco Inc announced partnerships with two of Qorva Inc's rivals on Tuesday.")).toEqual([]);
    expect(competes("Zenco Inc signed deals with Qorva Inc's rivals in Europe.")).toEqual([]);
    expect(competes("Zenco Inc sells chips to Qorva Inc's rivals.")).toEqual([]);
    expect(competes('Zenco Inc has teamed up with the rivals of Qorva Inc in Europe.')).toEqual([]);
    expect(competes("Zenco Inc poached engineers from Qorva Inc's competitors.")).toEqual([]);
    expect(competes("Zenco Inc acquired two of Qorva Inc's rivals last year.")).toEqual([]);
    expect(competes("Zenco Inc overtook Qorva Inc's rivals in sales.")).toEqual([]);
  });

  it('a firm that is one of the rivals still competes', () => {
    expect(competes("Zenco Inc is one of Qorva Inc's rivals.")).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(competes('Zenco Inc is among the rivals of Qorva Inc in Europe.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(competes('Zenco Inc emerged as a rival to Qorva Inc last year.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(competes('Zenco Inc has become the biggest rival of Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(competes("Zenco Inc is considered Qorva Inc's main rival.")).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(competes("Zenco Inc has been Qorva Inc's fiercest rival for years.")).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(competes('Zenco Inc overtook Qorva Inc in sales.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('"Qorva Inc\'s rivals" with no object after the plural keeps the name whole', () => {
    expect(entitiesOf("Zenco Inc is one of Qorva Inc's rivals.")).toContain('Qorva Inc (company)');
    expect(entitiesOf("Zenco Inc is one of Qorva Inc's rivals.")).not.toContain("Qorva's (company)");
  });
});

describe('a state stopping production', () => {
  it('a government that halts or suspends production of a thing makes nothing', () => {
    expect(develops("The FCC halted production of the Zeta phone at Zenco Inc's plant.")).toEqual([]);
    expect(develops('The Commerce Department stopped production of the Zeta drone at the plant.')).toEqual([]);
  });

  it('a firm that stops or starts its own production made the thing', () => {
    expect(develops('Zenco Inc halted production of the Zeta phone after the fire.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc stopped production of the Zeta phone in March.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc began production of the Zeta phone in March.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('a double genitive', () => {
  it('"a rival of Zenco\'s" names Zenco', () => {
    expect(entitiesOf("Vexa, a rival of Zenco's, said it would cut prices.")).toContain('Zenco (company)');
    expect(entitiesOf("Vexa, a rival of Zenco's, said it would cut prices.")).not.toContain("Zenco's (company)");
    expect(competes("Vexa is a longtime rival of Zenco's in the phone market.")).toEqual(['Vexa -competes_with-> Zenco']);
  });
});

describe("a buyer's goods", () => {
  it('goods a firm buys, sources or imports under "its" are not its make', () => {
    expect(develops('Qorva Inc buys its Zeta chips from Zenco Inc.')).not.toContain('Qorva Inc -develops-> Zeta');
    expect(develops('Qorva Inc sources its Zeta modems from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Qorva Inc imported its Zeta turbines from Zenco Inc.')).not.toContain('Qorva Inc -develops-> Zeta');
  });

  it('goods a firm sells or launches under "its" are its own', () => {
    expect(develops('Qorva Inc sells its Zeta chips to Zenco Inc.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Qorva Inc launched its Zeta chips on Monday.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });
});

describe('a firm beaten to a contract', () => {
  it('the winner builds, not the firm it beat', () => {
    expect(develops('Qorva Inc beat Zenco Inc to win a contract to build the Zeta rocket.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Qorva Inc beat out Zenco Inc for the contract to build the Zeta rocket.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Qorva Inc outbid Zenco Inc for the right to build the Zeta rocket.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });

  it('a firm hired or chosen to build still builds', () => {
    expect(develops('Qorva Inc hired Zenco Inc to build the Zeta rocket.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc was chosen to build the Zeta rocket.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('a kind before a maker noun', () => {
  it('"the software maker Zenco" describes Zenco, it does not make the thing named before', () => {
    expect(develops('The Zeta app is in talks with the software maker Zenco Inc.')).toEqual([]);
    expect(develops('Zenco Inc bought the Zeta app. The deal with the app maker Qorva Inc closed on Monday.')).not.toContain('Qorva Inc -develops-> Zeta');
  });

  it('a named thing or an owned kind before the noun still names what the maker makes', () => {
    expect(develops('The Zeta app went viral. The app\'s maker, Zenco Inc, said sales rose.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Shares of Zeta maker Zenco Inc rose.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe("a firm's banned goods", () => {
  const banned = (text: string): string[] => only('banned')(claimsOf(text));

  it('"Zenco\'s banned apps (Zeta and Vela)" names the maker, not a banner', () => {
    expect(banned("Users can still download Zenco Inc's banned apps (Zeta and Vela) abroad.")).toEqual([]);
    expect(banned("Users can still download Zenco Inc's blocked apps (Zeta and Vela) abroad.")).toEqual([]);
  });

  it("a state's banned goods, or banned goods a clause lists, are still banned by the possessor", () => {
    expect(banned("Users in India can still reach China's banned apps (Zeta and Vela).")).toEqual(['China -banned-> Vela', 'China -banned-> Zeta']);
    expect(banned("India's banned apps include Zeta and Vela.")).toEqual(['India -banned-> Vela', 'India -banned-> Zeta']);
  });
});

describe('a subordinate clause after a rivalry verb', () => {
  it('"beat expectations as it began …": the clause after "as it" holds no object of "beat"', () => {
    expect(competes('Zenco beat expectations as it began production of the Zeta.')).toEqual([]);
    expect(competes('Zenco Inc beat estimates after it launched the Zeta.')).toEqual([]);
    expect(develops('Zenco Inc beat estimates after it launched the Zeta.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a rival named before the clause still is one', () => {
    expect(competes('Zenco Inc beat Qorva Inc in the quarter.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(competes('Zenco Inc beat Qorva Inc as it began production of the Zeta phone.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});
