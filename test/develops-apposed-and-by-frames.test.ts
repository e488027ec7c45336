import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvo91, from stop 90's eighty-first fresh sample: a maker named in frames other than a verb or a brand list. A name set off
// after "its" and a brand noun with a describing word before it, a technology the firm put on its own devices in a reduced relative
// clause, a kind of made thing and its maker after "by", and a plural maker noun in apposition. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a brand or firmware set off after "its"', () => {
  it('"its new paint brand, Vexa": a goods word between the describing words and "brand"', () => {
    expect(develops('Zenco Inc has entered the market with its new paint brand, Vexa.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc is pushing its premium luggage brand, Borin, in Ruritania.')).toEqual(['Zenco Inc -develops-> Borin']);
  });

  it('"its firmware, Zeta Lock": firmware is a kind of made thing', () => {
    expect(develops('Zenco Inc agreed to stop the use of its firmware, Zeta Lock, in Ruritania.')).toEqual(['Zenco Inc -develops-> Zeta Lock']);
    expect(develops('Zenco Inc pushed its Zeta Lock firmware to old printers.')).toEqual(['Zenco Inc -develops-> Zeta Lock']);
  });

  it('another owner named by a possessive keeps the brand', () => {
    expect(develops("Zenco Inc stocks Qorva Corp's paint brand, Vexa.")).toEqual(['Qorva Corp -develops-> Vexa']);
    expect(develops('Zenco Inc sued Qorva Corp over its new paint brand, Vexa.')).toEqual(['Qorva Corp -develops-> Vexa']);
  });

  it('a rival brand, a brand ambassador or a record label set off after "its" is not the firm\'s brand', () => {
    expect(develops('Zenco Inc fears its rival brand, Vexa.')).toEqual([]);
    expect(develops('Zenco Inc hired its brand ambassador, Jane Roe.')).toEqual([]);
    expect(develops('The band Zenco signed with its label, Vexa Records.')).toEqual([]);
  });

  it('a brand noun with no name set off names nothing', () => {
    expect(develops('Zenco Inc said its new paint brand, launched in May, sold well.')).toEqual([]);
    expect(develops('Zenco Inc said its paint brand, like those of Qorva Corp, sold well.')).toEqual([]);
  });
});

describe('a technology the firm put on its own devices, in a reduced relative clause', () => {
  it('"Zeta Lock, a technology Zenco placed on its printers" and "a technology that Zenco developed"', () => {
    expect(develops('Qorva Corp filed a suit about Zeta Lock, a technology Zenco Inc placed on its printers.')).toEqual(['Zenco Inc -develops-> Zeta Lock']);
    expect(develops('Qorva Corp sued over Zeta Lock, a technology that Zenco Inc developed.')).toEqual(['Zenco Inc -develops-> Zeta Lock']);
    expect(develops('Buyers disliked Zeta Guard, a feature Zenco Inc built into its cartridges.')).toEqual(['Zenco Inc -develops-> Zeta Guard']);
  });

  it('a technology used, licensed, bought, not developed or only planned has no maker', () => {
    expect(develops('Qorva Corp sued over Zeta Lock, a technology Zenco Inc licensed from Vexa Ltd.')).toEqual([]);
    expect(develops('Qorva Corp sued over Zeta Lock, a technology Zenco Inc uses on its printers.')).toEqual([]);
    expect(develops('Qorva Corp sued over Zeta Lock, a technology Zenco Inc bought last year.')).toEqual([]);
    expect(develops('Qorva Corp sued over Zeta Lock, a technology Zenco Inc did not develop.')).toEqual([]);
    expect(develops('Qorva Corp sued over Zeta Lock, a technology Zenco Inc plans to launch next year.')).toEqual([]);
  });

  it('a part put in its devices may be a supplier\'s, and another firm\'s devices are not its own', () => {
    expect(develops('Qorva Corp praised Zeta X1, a chip Zenco Inc put in its phones.')).toEqual([]);
    expect(develops("Qorva Corp sued over Zeta Lock, a technology Zenco Inc placed on Vexa Ltd's printers.")).toEqual([]);
  });
});

describe('a kind of made thing and its maker after "by"', () => {
  it('"the Zeta copier by Zenco", "by printer maker Zenco", one per maker in a pair', () => {
    expect(develops('Buyers praised the Zeta copier by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Buyers praised the Zeta copier by printer maker Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Critics praised the Zeta copier by Qorva Corp and the Vela printer by Zenco Inc.')).toEqual(['Qorva Corp -develops-> Zeta', 'Zenco Inc -develops-> Vela']);
  });

  it('a buyer\'s, a seller\'s or a state\'s object keeps its maker, not the buyer, seller or state', () => {
    expect(develops('Vexa Ltd bought the Zeta copier by Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Vexa Ltd stocks the Zeta copier by Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Ruritania banned the Zeta copier by Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta']);
  });

  it('a review, a use, a suit or a replacement "by" a firm, or a firm\'s other party, names no maker', () => {
    expect(develops('Vexa Ltd read a review of the Zeta copier by Qorva Corp.')).toEqual([]);
    expect(develops('Vexa Ltd sued over the Zeta copier by Qorva Corp.')).toEqual([]);
    expect(develops("Vexa Ltd praised the Zeta copier by Qorva Corp's rival.")).toEqual([]);
    expect(develops('The use of the Zeta app by Qorva Corp grew.')).toEqual([]);
    expect(develops('Vexa Ltd replaced the Zeta copiers by Qorva Corp machines.')).toEqual([]);
    expect(develops('Qorva Corp made an offer for the Zeta copier by Vexa Ltd.')).toEqual([]);
    expect(develops('Critics praised the Zeta copier by Jane Roe.')).toEqual([]);
  });
});

describe('a plural maker noun in apposition', () => {
  it('"Zenco SA, producers of the Lipo luggage brand"', () => {
    expect(develops('Zenco SA, producers of the Lipo luggage brand, said sales rose.')).toEqual(['Zenco SA -develops-> Lipo']);
    expect(develops('Zenco SA, the producers of Lipo bags, said sales rose.')).toEqual(['Zenco SA -develops-> Lipo']);
  });

  it('producers of a place, of a crop, or people, name no brand', () => {
    expect(develops('Zenco SA, producers in Ruritania, said sales rose.')).toEqual([]);
    expect(develops('Qorva Corp buys from Zenco SA and other producers of coffee.')).toEqual([]);
    expect(develops('Jane Roe and Ann Lee, producers of the Lipo show, said ratings rose.')).toEqual([]);
  });

  it('a maker noun opening a reported clause is no maker of the reporter\'s', () => {
    expect(develops('Zenco SA said producers of Lipo bags, such as Qorva Corp, cut prices.')).toEqual([]);
    expect(develops('Zenco SA said makers of Lipo bags cut prices.')).toEqual([]);
    expect(develops('Zenco SA warned that the manufacturers of Lipo bags would cut prices.')).toEqual([]);
  });
});
