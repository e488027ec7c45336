import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper own89, from news on consumer brands (drinks, cosmetics, food, appliances, apparel groups): a brand named with its owner in a
// copula, in a list after the owner's "brands", or in a hyphenated maker's noun is the owner's; a rival's, a sister's or a former
// brand is not, nor a stake or a brand merely sold. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a brand and its owner in a copula', () => {
  it('"Qorva is Zenco\'s premium brand" names the owner', () => {
    expect(develops('Qorva is Zenco Group\'s premium brand.')).toEqual(['Zenco Group -develops-> Qorva']);
    expect(develops('Vexa remains Zenco Group\'s best-selling whisky brand in Europe.')).toEqual(['Zenco Group -develops-> Vexa']);
    expect(develops('Lumo is Zenco Group\'s biggest ice cream label.')).toEqual(['Zenco Group -develops-> Lumo']);
  });

  it('"a Zenco brand" may go on with a participle or a relative clause', () => {
    expect(develops('Qorva is a Zenco Group brand sold across Europe.')).toEqual(['Zenco Group -develops-> Qorva']);
    expect(develops('Vexa is a Zenco Group brand that launched in 2019.')).toEqual(['Zenco Group -develops-> Vexa']);
  });

  it('a rival\'s, a sister or a former brand, a negation and a brand\'s other roles name no owner', () => {
    expect(develops('Qorva is Zenco Group\'s main rival brand.')).toEqual([]);
    expect(develops('Qorva is Zenco Group\'s sister brand.')).toEqual([]);
    expect(develops('Qorva was Zenco Group\'s former brand.')).toEqual([]);
    expect(develops('Qorva is not Zenco Group\'s brand.')).toEqual([]);
    expect(develops('Qorva is not a Zenco Group brand.')).toEqual([]);
    expect(develops('Qorva is a Zenco Group brand partner.')).toEqual([]);
  });
});

describe('an owner\'s brands listed after the noun', () => {
  it('"Zenco\'s brands Zeta and Vela" names each brand', () => {
    expect(develops('Zenco Group\'s brands Zeta and Vela both grew in the quarter.').sort()).toEqual(['Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
    expect(develops('Sales of Zenco Group\'s labels Zeta, Vela and Lumo rose.').sort()).toEqual(['Zenco Group -develops-> Lumo', 'Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
  });

  it('rival brands, and brands that only compete with the names, are not the owner\'s', () => {
    expect(develops('Zenco Group\'s rival brands Zeta and Vela both grew.')).toEqual([]);
    expect(develops('Zenco Group\'s brands compete with Zeta and Vela.')).toEqual([]);
  });
});

describe('household names an owner makes or owns', () => {
  it('"Zenco, which makes household names like Zeta and Vela" names each brand', () => {
    expect(develops('Zenco Group, which makes household names like Zeta and Vela, cut jobs.').sort()).toEqual(['Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
    expect(develops('Zenco Group owns brand names such as Zeta and Vela.').sort()).toEqual(['Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
  });

  it('"with famous brands like Zeta and Vela in its stable" names the stable\'s owner', () => {
    expect(develops('Zenco Group is the largest appliance maker, with famous brands like Zeta and Vela in its stable.').sort()).toEqual(['Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
  });

  it('household names a firm competes with, or that no owner holds, are not its own', () => {
    expect(develops('Zenco Group competes with household names like Zeta and Vela.')).toEqual([]);
    expect(develops('Rivals to household names like Zeta and Vela are growing.')).toEqual([]);
    expect(develops('Zenco Group competes with brands like Zeta and Vela in its market.')).toEqual([]);
  });
});

describe('an owner\'s brands each named with its kind', () => {
  it('"the group behind Zeta mascara and Vela skincare", "the maker of Zeta vodka and Vela gin" name every member', () => {
    expect(develops('Zenco Group, the group behind Zeta mascara and Vela skincare, grew.').sort()).toEqual(['Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
    expect(develops('Zenco Group, the group behind Zeta mascara, Lumo lipstick and Vela skincare, grew.').sort()).toEqual(['Zenco Group -develops-> Lumo', 'Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
    expect(develops('Zenco Group, the maker of Zeta vodka and Vela gin, grew.').sort()).toEqual(['Zenco Group -develops-> Vela', 'Zenco Group -develops-> Zeta']);
  });

  it('a rival named in the list is not the owner\'s', () => {
    expect(develops('Zenco Group, the group behind Zeta mascara and rival Vela skincare, grew.')).toEqual(['Zenco Group -develops-> Zeta']);
  });
});

describe('a hyphenated maker\'s noun before the firm', () => {
  it('"Zeta-maker Zenco", "Vela-owner Zenco" name the maker', () => {
    expect(develops('Zeta-maker Zenco Group said profits rose.')).toEqual(['Zenco Group -develops-> Zeta']);
    expect(develops('Shares of Vela-owner Zenco Group fell.')).toEqual(['Zenco Group -develops-> Vela']);
  });

  it('a distributor, a rival or a stake is no maker', () => {
    expect(develops('Zeta-distributor Zenco Group said profits rose.')).toEqual([]);
    expect(develops('Zenco Group, a rival of Qorva Inc\'s Zeta brand, said profits rose.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Zenco Group bought a stake in Qorva Inc.')).toEqual([]);
  });
});

describe('sellers of others\' brands', () => {
  it('a retailer\'s or a distributor\'s brands are others\'', () => {
    expect(develops('Zenco Group\'s stores carry brands like Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco Group, a supermarket chain, sells brands like Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco Group, the retailer that sells brands like Zeta and Vela, grew.')).toEqual([]);
    expect(develops('Zenco Group, the distributor of Zeta and Vela, grew.')).toEqual([]);
  });
});
