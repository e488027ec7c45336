import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper pos90, from stop 90's eightieth fresh sample (watchmakers, consumer brands, travel apps): brands named in lists and
// fragments, owned by a possessive or set off after their names. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a count of brands "from" a firm, set off after the names', () => {
  it('"Vexa and Lumo, two brands from Zenco" names the owner of each', () => {
    expect(develops('Vexa and Lumo, two brands from Zenco Inc, sold well last year.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Vexa, one of the labels from Qorva Group, sold well.')).toEqual(['Qorva Group -develops-> Vexa']);
    expect(develops('Shoppers still buy Vexa and Lumo, both brands from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
  });

  it('a place, a time, a rival\'s or an importer\'s brands name no owner', () => {
    expect(develops('Vexa and Lumo, two brands from Italy, sold well.')).toEqual([]);
    expect(develops('Vexa and Lumo, two brands from the 1990s, sold well.')).toEqual([]);
    expect(develops('Vexa and Lumo, two rival brands from Zenco Inc, sold well.')).toEqual([]);
    expect(develops('Vexa and Lumo, two brands imported from Zenco Inc, sold well.')).toEqual([]);
    expect(develops('Vexa and Lumo, two brands from retailer Zenco, sold well.')).toEqual([]);
    expect(develops('Vexa and Lumo, two brands sold by Qorva Stores, sold well.')).toEqual([]);
  });
});

describe('one possessive over a list of the owner\'s things, the last a name and its kind', () => {
  it('"through Zenco\'s website, mobile app and Zap loyalty program" owns the programme', () => {
    expect(develops('Customers book through Zenco Inc\'s website, mobile app and Zap loyalty program.')).toEqual(['Zenco Inc -develops-> Zap']);
    expect(develops('Zenco\'s phones, tablets and Zap watches sold well.')).toEqual(['Zenco -develops-> Zap']);
  });

  it('a pair, a place\'s things, holdings, another\'s name or a name after an article are not the owner\'s', () => {
    expect(develops('Zenco\'s new phone and Qorva tablet compete.')).toEqual([]);
    expect(develops('Japan\'s ports, roads and Zeta smartphones were praised.')).toEqual([]);
    expect(develops('Zenco\'s shares, bonds and Qorva stock fell.')).toEqual([]);
    expect(develops('Zenco Inc\'s website, app and the Qorva loyalty program were down.')).toEqual([]);
    expect(develops('Zenco\'s website, app and Qorva\'s loyalty program were down.')).toEqual([]);
    expect(develops('Zenco\'s rivals, suppliers and Qorva loyalty program were hit.')).toEqual([]);
    expect(develops('Zenco Inc\'s investors, lenders and Qorva app users were hit.')).toEqual([]);
  });
});

describe('possessives on brands that already read (kept)', () => {
  it('lists, fragments and "its" over names', () => {
    expect(develops('Collectors love labels such as Qorva\'s Zeta and Borin\'s Vexa.')).toEqual(['Borin -develops-> Vexa', 'Qorva -develops-> Zeta']);
    expect(develops('Two watches became legends — Zenco\'s Zeta and Qorva\'s Vexa.')).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco\'s iconic Zeta.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('He was the genius behind the Zeta watch from Zenco and the Vexa watch from Qorva.')).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Zeta']);
  });
});
