import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper bk86, from stop 85's last fresh sample (bans readers): a court's injunction that names the product it stops, a firm that
// must stop importing a product after a state body's ruling, and a state's committee adding firms to a control list. Sentences
// written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('an injunction that names the product it stops', () => {
  it('"an injunction from the court banning sales of Qorva\'s Zeta": the court bans it, not the firm that won the order', () => {
    expect(bans("Zenco Inc won an injunction from the Zembla District Court banning sales of Qorva's Zeta phones.")).toEqual(['Zembla District Court -banned-> Zeta']);
    expect(bans("Vexa Labs secured an injunction from the Zembla High Court barring sales of Lumo's Zeta 7 tablets.")).toEqual(['Zembla High Court -banned-> Zeta 7']);
  });

  it('"an injunction requiring that Qorva stop selling the Zeta 5" bans the product', () => {
    expect(bans('The Zembla High Court issued an injunction requiring that Qorva Corp stop selling its Zeta 5 phones.')).toEqual(['Zembla High Court -banned-> Zeta 5']);
    expect(bans('The Zembla District Court granted an injunction ordering Qorva Corp to stop selling its Zeta 5 phones.')).toEqual(['Zembla District Court -banned-> Zeta 5']);
  });

  it('"an injunction that will prevent Qorva from selling its Zeta 5" bans the product', () => {
    expect(bans('The Zembla Regional Court granted an injunction that will prevent Qorva Corp from selling its Zeta 5 phones.')).toEqual(['Zembla Regional Court -banned-> Zeta 5']);
    expect(bans('The Zembla High Court handed down an injunction that would stop Qorva Corp from importing its Zeta 9 watches.')).toEqual(['Zembla High Court -banned-> Zeta 9']);
  });

  it('an injunction sought, denied, lifted or stayed, or one a firm asks for, bans nothing', () => {
    expect(bans('Zenco Inc sought an injunction that would prevent Qorva Corp from selling its Zeta 5 phones.')).toEqual([]);
    expect(bans('The Zembla High Court denied an injunction requiring that Qorva Corp stop selling the Zeta 5.')).toEqual([]);
    expect(bans('The Zembla High Court lifted an injunction that had prevented Qorva Corp from selling its Zeta 5 phones.')).toEqual([]);
    expect(bans('The Zembla High Court stayed the injunction ordering Qorva Corp to stop selling its Zeta 5 phones.')).toEqual([]);
    expect(bans("Zenco Inc asked for an injunction from the Zembla District Court banning sales of Qorva's Zeta phones.")).toEqual([]);
  });
});

describe('a firm that must stop importing a product after a state body\'s ruling', () => {
  it('"Qorva must stop importing Zeta boxes after a ruling by the Commission" bans the product', () => {
    expect(bans('Qorva Corp must stop importing Zeta boxes after a ruling by the US International Trade Commission.')).toEqual(['International Trade Commission -banned-> Zeta']);
    expect(bans('Qorva Corp will have to stop selling the Zeta 5 phone following a decision by the Zembla High Court.')).toEqual(['Zembla High Court -banned-> Zeta 5']);
    expect(bans('Qorva Corp has to halt sales of the Zeta 5 phone under an order from the Zembla High Court.')).toEqual(['Zembla High Court -banned-> Zeta 5']);
  });

  it('a ruling only feared, or one by a firm, bans nothing', () => {
    expect(bans('Qorva Corp could have to stop importing Zeta boxes after a ruling by the US International Trade Commission.')).toEqual([]);
    expect(bans('Qorva Corp must stop importing Zeta boxes after a ruling by Zenco Inc.')).toEqual([]);
    expect(bans('Qorva Corp must stop importing Zeta boxes unless the US International Trade Commission rules otherwise.')).toEqual([]);
  });
});

describe('a state\'s committee adding firms to a control list', () => {
  it('"China\'s export control review committee decided to add A, B, C and D to the list" restricts each', () => {
    expect(restricts("China's export control review committee decided to add Zenco Ltd, Qorva Corp, Vexa Inc and Lumo Labs to the list of organizations subject to export restrictions.")).toEqual([
      "China's export control review committee -restricts-> Lumo Labs",
      "China's export control review committee -restricts-> Qorva Corp",
      "China's export control review committee -restricts-> Vexa Inc",
      "China's export control review committee -restricts-> Zenco Ltd",
    ]);
    expect(restricts("Japan's tariff committee added Zenco Ltd and Qorva Corp to its end user list.")).toEqual([
      "Japan's tariff committee -restricts-> Qorva Corp",
      "Japan's tariff committee -restricts-> Zenco Ltd",
    ]);
  });

  it('a committee only planning, or removing firms, restricts nothing; a firm\'s committee is no state body', () => {
    expect(restricts("China's export control review committee could add Zenco Ltd and Qorva Corp to the list.")).toEqual([]);
    expect(restricts("China's export control review committee removed Zenco Ltd and Qorva Corp from the list of organizations subject to export restrictions.")).toEqual([]);
    expect(restricts("Vexa Inc's review committee decided to add Zenco Ltd and Qorva Corp to its list of preferred suppliers.")).toEqual([]);
  });
});

describe('lists of other things, and a person ordered', () => {
  it('a list of those under price controls, or exempt from export restrictions, restricts nothing', () => {
    expect(restricts('Zenco Ltd added Qorva Corp to its list of customers subject to price controls.')).toEqual([]);
    expect(restricts('Zenco Ltd added Qorva Corp and Vexa Inc to its list of partners exempt from export restrictions.')).toEqual([]);
  });

  it('an injunction that stops a person selling his goods bans no product', () => {
    expect(bans('The Zembla High Court granted an injunction requiring that John Smith stop selling his Zeta 5 phones.')).toEqual([]);
  });
});
