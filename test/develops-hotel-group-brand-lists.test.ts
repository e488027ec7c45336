import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brp94, from the eighty-third fresh sample (s83d, hotel groups and their brands): a group's brand list told by the venues it
// counts under the brands, by venues spread across its brands, and by brands fronted as an addition to the group. Near misses: a
// manager's or a franchisee's venues under others' brands, negation, another owner's brands, an investor, rival brands, a booking site.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('venues a group counts under its brands', () => {
  it('names every brand of the list', () => {
    expect(develops('Zenco Hotels has 900 hotels under the Alto, Brisa and Cumbre brands.')).toEqual(['Zenco Hotels -develops-> Alto', 'Zenco Hotels -develops-> Brisa', 'Zenco Hotels -develops-> Cumbre']);
    expect(develops('Zenco, which owns about 40 resorts in Ruritania under the Alto and Brisa names, said profits rose.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa']);
    expect(develops('Qorva now counts more than 1,200 properties under the Alto, Brisa and Cumbre brands.')).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa', 'Qorva -develops-> Cumbre']);
  });

  it("a manager's, a franchisee's, an investor's or another's brands, and a negation, name no brand of the subject", () => {
    expect(develops('Zenco manages 120 hotels under the Alto, Brisa and Cumbre brands.')).toEqual([]);
    expect(develops('Zenco has 120 franchised hotels under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco has no hotels under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco has 40 hotels under the Alto and Brisa brands of Qorva.')).toEqual([]);
    expect(develops("Zenco has 40 hotels under Qorva's Alto and Brisa brands.").filter((c) => c.startsWith('Zenco'))).toEqual([]);
    expect(develops('Zenco Capital has 40 hotels under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco Hospitality has 20 hotels under the Alto, Brisa and Cumbre brands through franchise agreements.')).toEqual([]);
    expect(develops('Zenco plans to have 900 hotels under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco has stakes in hotels under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco has 40 hotels that Qorva runs under the Alto and Brisa brands.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
  });
});

describe('venues across a group\'s brands', () => {
  it('names the brands after "across brands including" or "across its brands"', () => {
    expect(develops('Zenco manages hotels across brands including Alto and Brisa.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa']);
    expect(develops('Qorva operates 300 hotels across 12 brands, including Alto, Brisa and Cumbre.')).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa', 'Qorva -develops-> Cumbre']);
  });

  it('brands served, rival brands, stakes, bookings and known chains are no group\'s own', () => {
    expect(develops('Zenco manages hotels for brands such as Alto and Brisa.')).toEqual([]);
    expect(develops('Zenco manages hotels across rival brands including Alto and Brisa.')).toEqual([]);
    expect(develops('Zenco has stakes in hotels across brands including Alto and Brisa.')).toEqual([]);
    expect(develops('Zenco books rooms across brands including Alto and Brisa.')).toEqual([]);
    expect(develops('Zenco Hospitality manages hotels across brands including Alto and Brisa under management contracts.')).toEqual([]);
    expect(develops('Zenco Capital manages hotels across brands including Alto and Brisa.')).toEqual([]);
    expect(develops('Zenco has 40 hotels under management for brands including Alto and Brisa.')).toEqual([]);
    expect(develops('Zenco manages hotels across brands of Qorva including Alto and Brisa.')).toEqual([]);
  });
});

describe('brands fronted as an addition to the group', () => {
  it('names the brands added', () => {
    expect(develops('With the addition of five brands - Alto, Brisa and Cumbre - Zenco has expanded its portfolio.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa', 'Zenco -develops-> Cumbre']);
    expect(develops('With the addition of Alto and Brisa, Zenco now has 30 brands.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa']);
    expect(develops('With the addition of three brands, including Alto and Brisa, Qorva will have 20 brands.')).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa']);
  });

  it('rival brands, a booking site, another\'s count and known chains are no addition to the subject', () => {
    expect(develops('With the addition of rival brands - Alto and Brisa - Zenco faces more competition.')).toEqual([]);
    expect(develops('With the addition of Alto and Brisa to its booking site, Zenco now lists 30 brands.')).toEqual([]);
    expect(develops("With the addition of Alto and Brisa, Qorva's brands now number 30.")).toEqual([]);
    expect(develops('With the addition of Hilton and Marriott, Zenco now has 20 hotels in its portfolio.')).toEqual([]);
    expect(develops('With the addition of partner brands - Alto and Brisa - Zenco now sells more rooms.')).toEqual([]);
    expect(develops('With the addition of Alto and Brisa, Zenco now has 30 hotels.')).toEqual([]);
    expect(develops('With the addition of Alto and Brisa, the list of Zenco clients now has 30 brands.')).toEqual([]);
    expect(develops('With the addition of Alto and Brisa, Zenco has not yet grown.')).toEqual([]);
  });
});

describe('the portfolio wordings read before this round stay read', () => {
  it('"brands include", "whose brands include", "which manages and operates", an owner of brands, an operator apposed', () => {
    expect(develops("Qorva's brands include Alto, Brisa and Cumbre.")).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa', 'Qorva -develops-> Cumbre']);
    expect(develops('The deal was approved by Qorva, whose brands include Alto and Brisa.')).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa']);
    expect(develops('Qorva, which manages and operates Alto, Brisa and Cumbre, said profits rose.')).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa', 'Qorva -develops-> Cumbre']);
    expect(develops('The brands under Qorva are Alto and Brisa.')).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa']);
    expect(develops('Zenco is the owner of the brands, Alto and Brisa, as well as Delta.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa', 'Zenco -develops-> Delta']);
    expect(develops('Zenco, operator of the Vexa Bingo and Plix Casino, bid for the licence.')).toEqual(['Zenco -develops-> Plix Casino', 'Zenco -develops-> Vexa Bingo']);
    expect(develops('Vexa and Plix owner Zenco reported higher sales.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Qorva has resumed its QFresh and QShip services.')).toEqual(['Qorva -develops-> QFresh', 'Qorva -develops-> QShip']);
  });
});
