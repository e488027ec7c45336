import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper typ97b, from real news on snack, kitchen, bag and personal-care launches: household goods after a brand's name ("its Zeta
// cookie", "the Zeta bar launched by Zenco", "the Zeta tote") were no kind of made thing, so the name before them stayed untyped and
// its maker's claim was lost. They are a cue only where the noun phrase ends: "the Zembla cake market" and "knife crime" name no
// brand. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a household good after a brand names a made thing', () => {
  it('after a possessive', () => {
    expect(develops('Zenco Inc said its Vorlo cookie would be sold nationwide.')).toEqual(['Zenco Inc -develops-> Vorlo']);
    expect(develops('Zenco Inc said its Vorlo serum would reach stores in May.')).toEqual(['Zenco Inc -develops-> Vorlo']);
    expect(develops("Zenco Inc's Vorlo wallet was a hit with shoppers.")).toEqual(['Zenco Inc -develops-> Vorlo']);
  });

  it('in a passive with its maker', () => {
    expect(develops('These include the Vorlo bar launched by Zenco Inc a year ago.')).toEqual(['Zenco Inc -develops-> Vorlo']);
    expect(develops('Shoppers liked the Tarn biscuit rolled out by Qorva Ltd in 2008.')).toEqual(['Qorva Ltd -develops-> Tarn']);
  });
});

describe('near misses: a qualifying noun, a venue, a court, other roles', () => {
  it('a good that qualifies the next noun names no brand', () => {
    expect(develops('Zenco Inc said the Vorlo cake market grew last year.')).toEqual([]);
    expect(develops('Zenco Inc said the Vorlo knife crime rate fell.')).toEqual([]);
    expect(develops('Zenco Inc said the Vorlo bar exam was hard.')).toEqual([]);
    expect(develops('Zenco Inc welcomed the Vorlo bag ban.')).toEqual([]);
    expect(develops('Zenco Inc bags a contract to supply Qorva Ltd.')).toEqual([]);
  });

  it('a venue, a court and a seller make nothing', () => {
    expect(develops('Zenco Inc hired a lawyer from the Vorlo bar.')).toEqual([]);
    expect(develops('Zenco Inc opened the Vorlo bar at its hotel.')).toEqual([]);
    expect(develops('Retailer Zenco Inc began stocking the Vorlo cookie made by Qorva Ltd.')).toEqual(['Qorva Ltd -develops-> Vorlo']);
  });
});

// An untyped firm's "its" went to the sentence's subject only when the subject opened the sentence: after a fronted connective or a
// short adjunct of time ("Separately, Zenco has …", "On Monday, Zenco …") the owner was lost with the product's claim.
describe('"its" after a subject behind a fronted connective or adjunct of time', () => {
  it('a connective or a time before the comma', () => {
    expect(develops('Separately, Vorlo has reintroduced its popular Zeta cookie.')).toEqual(['Vorlo -develops-> Zeta']);
    expect(develops('Meanwhile, Vorlo said it had refreshed its Zeta tote.')).toEqual(['Vorlo -develops-> Zeta']);
    expect(develops('On Monday, Vorlo reintroduced its popular Zeta cookie.')).toEqual(['Vorlo -develops-> Zeta']);
  });

  it('near misses: another owner, a place, a longer clause, no comma', () => {
    expect(develops('Separately, Vorlo said Qorva Inc had reintroduced its popular Zeta cookie.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Separately, shoppers in Vorlo praised its popular Zeta cookie.')).toEqual([]);
    expect(develops('After years of talks with Tarn over the price, Vorlo reintroduced its Zeta cookie.')).toEqual([]);
    expect(develops('In Vorlo, Qorva Inc reintroduced its popular Zeta cookie.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });
});

// An untyped two-word subject owned the "its" after it only when its last word was a legal or carrier word: a trade's word ("Zenco
// Foods", "Zenco Media") or a food maker's or shop's ("Zenco Bakery", "Zenco Bake Shop") closes a firm's name too.
describe('"its" after a subject ending in a trade\'s or a food firm\'s word', () => {
  it('the firm owns the product', () => {
    expect(develops('Vorlo Foods said its Zeta cookie would return in May.')).toEqual(['Vorlo Foods -develops-> Zeta']);
    expect(develops('Vorlo Bake Shop has reintroduced its popular Zeta cookie.')).toEqual(['Vorlo Bake Shop -develops-> Zeta']);
  });

  it('near misses: a person, another owner, a place', () => {
    expect(develops('Jane Kitchen said its Zeta cookie would return in May.')).toEqual([]);
    expect(develops('Jane Dairy said its Zeta cookie would return in May.')).toEqual([]);
    expect(develops('Vorlo Foods said Qorva Inc would bring back its Zeta cookie.')).not.toContain('Vorlo Foods -develops-> Zeta');
    expect(develops('Shoppers at Vorlo Foods said its Zeta cookie was stale.')).toEqual([]);
  });
});
