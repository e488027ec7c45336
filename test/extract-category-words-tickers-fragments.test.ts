import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// A fresh sample of real news (helper fp83): product categories written as acronyms or as title-cased field words read as
// products, a ticker before "stock" read as a firm, a court's seat read as the court, and a law's title cut at its "and".
// Sentences written for the tests.

describe('a product category is no product', () => {
  it('a category acronym after a possessive or "its" names no product', () => {
    expect(scoredClaimsOf("Zenco's ADAS is used by three carmakers.")).toEqual([]);
    expect(scoredClaimsOf('Vexa launched its BNPL service in Ruritania last year.')).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's XDR competes with Qorva's SIEM."))).toEqual([]);
    expect(entitiesOf('Banks buy SIEM, XDR and EDR tools from Qorva.').filter((e) => /SIEM|XDR|EDR/.test(e))).toEqual([]);
  });

  it('a title-cased run of field words names no product', () => {
    expect(scoredClaimsOf('Qorva said its Zero Trust platform now protects more than 500 firms.')).toEqual([]);
    expect(scoredClaimsOf("Zenco's Identity Governance suite was updated.")).toEqual([]);
    expect(scoredClaimsOf('Zenco launched its Threat Intelligence service.')).toEqual([]);
    expect(scoredClaimsOf('Qorva said its Exposure Management platform now protects more than 500 firms.')).toEqual([]);
    expect(scoredClaimsOf('Vexa rolled out its Buy Now Pay Later service.')).toEqual([]);
  });

  it('a brand that holds a category acronym or a field word stays a product', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's Zeta XDR competes with Qorva's Zeta Shield."))).toEqual(['Qorva -develops-> Zeta Shield', 'Zenco -develops-> Zeta XDR']);
    expect(only('develops')(scoredClaimsOf('Zenco launched Zeta Trust, its new security platform.'))).toEqual(['Zenco -develops-> Zeta Trust']);
    expect(entitiesOf('IBM said it would buy Zenco.')).toContain('IBM (company)');
  });
});

describe('a ticker before "stock" is no firm', () => {
  it('"ZNCO stock" names no entity of its own', () => {
    expect(entitiesOf('ZNCO stock rose after Zenco released Zeta-2.')).not.toContain('ZNCO (company)');
    expect(entitiesOf('Analysts said QRV stock could fall if Qorva misses its target.')).not.toContain('QRV (company)');
    expect(entitiesOf('Investors sold VXA stocks on Monday, a day after Vexa cut its forecast.')).not.toContain('VXA (company)');
  });
});

describe("a court's seat is not the actor", () => {
  it('"a court in <city> ordered Zenco to stop selling Y" bans nothing by the city', () => {
    expect(only('banned')(scoredClaimsOf('A court in Zembla City ordered Zenco to stop selling Zeta-2.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('A court in Ruritania ordered Zenco to stop selling Zeta-2.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Last week a judge in Zembla City ordered Qorva to stop selling its Lumo phones.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('A district court in the city of Zembla ordered Zenco to stop selling Zeta-2.'))).toEqual([]);
  });

  it('the state itself, or its lawmakers, still ban', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania ordered Zenco to stop selling Zeta-2.'))).toEqual(['Ruritania -banned-> Zeta-2']);
    expect(only('banned')(scoredClaimsOf('Lawmakers in Ruritania banned Zeta-2.'))).toEqual(['Ruritania -banned-> Zeta-2']);
  });
});

describe("a law's title is not cut at its \"and\"", () => {
  it('the first half of "the A and B Act" is no actor', () => {
    expect(scoredClaimsOf('Regulators said the Digital Services and Markets Act would restrict Zenco.')).toEqual([]);
    expect(scoredClaimsOf("Ruritania's Online Safety and Media Act bans Zapp.")).not.toContain('Online Safety -banned-> Zapp');
    expect(entitiesOf('The Data Protection and Privacy Regulation restricts Qorva.')).not.toContain('Data Protection (company)');
  });

  it('two firms joined by "and" before a verb stay firms', () => {
    expect(entitiesOf('Regulators fined Zenco Labs and Qorva Labs under the Data Act.')).toEqual(['Qorva Labs (company)', 'Zenco Labs (company)']);
    expect(only('develops')(scoredClaimsOf('Zenco and Qorva launched Zeta-2 on Monday.'))).toEqual(['Qorva -develops-> Zeta-2', 'Zenco -develops-> Zeta-2']);
  });
});

describe('investors in a relative aside are no makers', () => {
  it('", whose investors include A, B and C," leaves the verb to the name before it', () => {
    expect(only('develops')(scoredClaimsOf('Last year Zenco, whose investors include Qorva, Vexa and Lumo, launched Zeta-2.'))).toEqual(['Zenco -develops-> Zeta-2']);
    expect(only('develops')(scoredClaimsOf('Last year Zenco, which counts Qorva, Vexa and Lumo among its backers, released Zeta-2.'))).toEqual(['Zenco -develops-> Zeta-2']);
    expect(only('develops')(scoredClaimsOf('Zenco Labs, whose backers include Qorva and Vexa, launched Zeta-2 on Monday.'))).toEqual(['Zenco Labs -develops-> Zeta-2']);
    expect(only('develops')(scoredClaimsOf('The startup, whose investors include Qorva, Vexa and Lumo, launched Zeta-2.'))).toEqual([]);
  });

  it('a maker named after the aside closes, or a verb inside the aside, still makes', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Labs, which Qorva bought last year, said Vexa launched Zeta-2.'))).toEqual(['Vexa -develops-> Zeta-2']);
    expect(only('develops')(scoredClaimsOf('Analysts said Qorva, Vexa and Lumo launched Zeta-2 together.'))).toEqual(['Lumo -develops-> Zeta-2', 'Qorva -develops-> Zeta-2', 'Vexa -develops-> Zeta-2']);
    expect(only('develops')(scoredClaimsOf('Zenco Labs, whose parent Qorva launched Zeta-2 in 2020, said sales rose.'))).toContain('Qorva -develops-> Zeta-2');
  });
});
