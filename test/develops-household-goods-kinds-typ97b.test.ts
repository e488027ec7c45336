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
  });

  it('a venue, a court and a seller make nothing', () => {
    expect(develops('Zenco Inc hired a lawyer from the Vorlo bar.')).toEqual([]);
    expect(develops('Zenco Inc opened the Vorlo bar at its hotel.')).toEqual([]);
    expect(develops('Retailer Zenco Inc began stocking the Vorlo cookie made by Qorva Ltd.')).toEqual(['Qorva Ltd -develops-> Vorlo']);
  });
});
