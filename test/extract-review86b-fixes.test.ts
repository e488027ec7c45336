import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Stop 86's re-read of its second round: faults its readers brought in, each shown on sentences written for the tests.

describe('what the stop-86 second-round readers must not read', () => {
  it('a brand sale denied or negated makes no owner; a sale does', () => {
    expect(only('develops')(claimsOf('Zenco Inc has not sold its Plix brand to Qorva Inc.')).filter((c) => c.startsWith('Qorva'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco Inc denied reports that it sold its Plix brand to Qorva Inc.')).filter((c) => c.startsWith('Qorva'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco Inc sold its Plix brand to Qorva Inc.'))).toContain('Qorva Inc -develops-> Plix');
  });

  it("a court's order to stop selling to a buyer bans no buyer", () => {
    expect(only('banned')(claimsOf('The Ruritania Court issued an injunction ordering Qorva Inc to stop selling to Zembla.'))).toEqual([]);
    expect(only('banned')(claimsOf('The Zembla Court issued an order that will prevent Qorva Inc from selling to Zembla.'))).toEqual([]);
    expect(only('banned')(claimsOf('The Zembla Court issued an injunction that will prevent Qorva Inc from selling its Zeta 5 phones.'))).toHaveLength(1);
  });

  it('an order lifted or overturned bans nothing; one won does', () => {
    expect(only('banned')(claimsOf('Zenco Inc overturned an injunction from the Zembla Court banning sales of its Zeta phone.'))).toEqual([]);
    expect(only('banned')(claimsOf("A judge lifted an injunction from the Zembla Court banning sales of Qorva Inc's Zeta phone."))).toEqual([]);
    expect(only('banned')(claimsOf("Qorva Inc won an injunction from the Zembla Court banning sales of Zenco Inc's Zeta phone."))).toHaveLength(1);
  });

  it('the speaker after a rival noun and a comma is no rival', () => {
    expect(only('competes_with')(claimsOf('Qorva Inc is now a Zenco Inc rival, Vexa Corp said.')).filter((c) => c.includes('Vexa'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Shares of Zenco Inc rival Qorva Inc fell.'))).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('an ad an outlet ran is no work of its own', () => {
    expect(only('develops')(claimsOf('Zenco Inc said the Plix ad was run by state broadcaster Zembla TV.'))).toEqual([]);
    expect(only('develops')(claimsOf('The Plix app was created by state broadcaster Zembla TV in 2019.'))).toEqual(['Zembla TV -develops-> Plix']);
  });

  it('a sister brand is not owned; a partner firm in a foray is not made', () => {
    expect(only('develops')(claimsOf("Vexa, Zenco Inc's sister brand, sells cheap phones."))).toEqual([]);
    expect(only('develops')(claimsOf("Zenco Inc's entry into the cloud market with Qorva Inc was a flop."))).toEqual([]);
    expect(only('develops')(claimsOf("Vexa, Zenco Inc's home brand, sells cheap phones."))).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it("a group's own unit after \"including\" is no contender; a rival in apposition needs a reporting verb", () => {
    expect(only('competes_with')(claimsOf('Small firms cannot compete with Zenco Group, including Qorva Inc, its chip unit.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Zenco Inc lost a key customer. Vexa Corp signed with Qorva Inc, a rival, on Monday.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Zenco Inc said Qorva Inc, an up-and-coming rival, had copied its design.'))).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('"a new version of" a thing from its maker keeps the maker; data on it from a firm does not', () => {
    expect(only('develops')(claimsOf('A new version of the Plix app from US software company Qorva Inc was released.'))).toEqual(['Qorva Inc -develops-> Plix']);
    expect(only('develops')(claimsOf('Data on the Zeta-2 model from the research firm Qorva Inc was released.'))).toEqual([]);
  });
});
