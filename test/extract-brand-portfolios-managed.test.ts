import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brm92, from stop 92's eighty-fifth fresh sample (s85e, fashion groups): brand portfolios told as "managed", "held" or
// "comprised of", brands joining an owner, and lists whose members carry their own descriptions or follow a place's adjective.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a group managing or holding its brands', () => {
  it('"managing brands including A, B and C", as a participle, an active verb or a portfolio', () => {
    expect(develops('Qorva Group, a fashion company managing brands including Zeta, Vela and Orba, reported higher sales.')).toEqual(['Qorva Group -develops-> Orba', 'Qorva Group -develops-> Vela', 'Qorva Group -develops-> Zeta']);
    expect(develops('Qorva Group manages brands including Zeta, Vela and Orba.')).toEqual(['Qorva Group -develops-> Orba', 'Qorva Group -develops-> Vela', 'Qorva Group -develops-> Zeta']);
    expect(develops('Zenco manages a portfolio of brands including Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco holds brands like Zeta, Vela and Orba.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('"the group which holds premium brands A, B and C": the brand noun right before the names', () => {
    expect(develops('Zenco, the group which holds premium brands Zeta, Vela and Orba, reported sales.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('near misses: an agency, a fund or a person managing brands; rights, stakes or stores held for brands', () => {
    expect(develops('Zenco, a licensing agency managing brands such as Zeta and Vela, opened an office.')).toEqual([]);
    expect(develops('Zenco, a fund managing brands such as Zeta and Vela, raised money.')).toEqual([]);
    expect(develops('Zenco, a licensing agency, manages the brands Zeta and Vela.')).toEqual([]);
    expect(develops('Smith, who manages brands such as Zeta and Vela, left Zenco.')).toEqual([]);
    expect(develops('Zenco holds the rights to brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco holds the rights to brands Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco holds stakes in brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco manages stores for brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco manages stores for the brands Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco, an agency which manages brands such as Zeta, opened.')).toEqual([]);
    expect(develops('Qorva Capital holds brands such as Zeta and Vela.')).toEqual([]);
  });

  it('near misses: brands managed for another, told after them', () => {
    expect(develops('Zenco manages brands such as Zeta and Vela on behalf of Qorva.')).toEqual([]);
    expect(develops('Zenco manages the brands Zeta and Vela for its clients.')).toEqual([]);
    expect(develops('Zenco will manage brands such as Zeta and Vela under a licence from Qorva.')).toEqual([]);
    expect(develops('Zenco Hotels manages hotels across brands including Zeta and Vela under management contracts.')).toEqual([]);
  });

  it('near miss: a retailer selling brands owns none of them', () => {
    expect(develops('Zenco, a department store chain, sells brands such as Zeta and Vela.')).toEqual([]);
  });
});

describe('a group comprised of its brands', () => {
  it('"is comprised of" and "the brands group comprised of", members with or without descriptions', () => {
    expect(develops('Zenco is comprised of Zeta, Vela and Orba.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco, the brands group comprised of labels Zeta, Vela and Orba, reported sales.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco is comprised of diffusion line Vela and label Orba.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela']);
  });

  it('near misses: an index, a board, known firms, a denial', () => {
    expect(develops('The Zenco Index is comprised of Zeta, Vela and Orba.')).toEqual([]);
    expect(develops("Zenco's board is comprised of Smith, Jones and Brown.")).toEqual([]);
    expect(develops('Zenco is comprised of Qorva Inc, Vexa Corp and Lumo Ltd.')).toEqual([]);
    expect(develops('Zenco is not comprised of brands such as Zeta.')).toEqual([]);
    expect(develops('Zenco, a joint venture company comprised of Qorva and Vexa, opened.')).toEqual([]);
    expect(develops('The joint venture Zenco is comprised of Qorva and Vexa.')).toEqual([]);
  });
});

describe('a brand joining its owner', () => {
  it('"will join A, B and C under the Qorva Group", "the latest brand to join the Qorva portfolio"', () => {
    expect(develops('Zeta will join Vela, Orba and Lumo under the Qorva Group.')).toEqual(['Qorva Group -develops-> Lumo', 'Qorva Group -develops-> Orba', 'Qorva Group -develops-> Vela', 'Qorva Group -develops-> Zeta']);
    expect(develops('Zeta is the latest brand to join the Qorva portfolio.')).toEqual(['Qorva -develops-> Zeta']);
  });

  it('near misses: joining a firm in a venture, a fund, or as a partner', () => {
    expect(develops('Zeta will join Qorva in a joint venture.')).toEqual([]);
    expect(develops('Zeta will join Qorva Capital under a new fund.')).toEqual([]);
    expect(develops('Zeta joined Qorva as a partner last year.')).toEqual([]);
  });
});

describe('list members with descriptions or after a place\'s adjective', () => {
  it('each member after its own description, after "owns" or "whose portfolio includes"', () => {
    expect(develops('Shares of Zenco, which owns Zemblan leisure group Lumo, menswear brand Vela, accessories brand Orba, rose on Monday.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Orba', 'Zenco -develops-> Vela']);
    expect(develops('Zenco owns Ruritanian shoemaker Zeta, Zemblan skinwear specialist Vela, iconic womenswear brand Orba.')).toEqual(['Zenco -develops-> Orba', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco Group, whose portfolio includes French luxury brand Zeta, said sales rose.')).toEqual(['Zenco Group -develops-> Zeta']);
    expect(develops('Zenco already owns a string of fashion brands including Ruritanian label Zeta.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a place\'s adjective is no brand: "the firm behind Parisian fashion brands A and B", "owned by the Zemblan conglomerate Vexa"', () => {
    expect(develops('Zenco, the firm behind Parisian fashion brands Zeta and Vela, said sales rose.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zeta has been owned by the Zemblan multi-brand conglomerate Vexa since 2008.')).toEqual(['Vexa -develops-> Zeta']);
  });

  it('near misses: a rival or partner brand in the list, a brand before its kind, an abbreviation cut from its name', () => {
    expect(develops('Zenco owns menswear brand Vela, and rival label Orba fell.')).toEqual(['Zenco -develops-> Vela']);
    expect(develops('Zenco owns menswear brand Vela, partner brand Orba and a stake in Lumo.')).toEqual(['Zenco -develops-> Vela']);
    expect(develops('Zenco owns Titan watches.')).toEqual(['Zenco -develops-> Titan']);
    expect(develops('Zenco owns brands such as St. Kilda Knits.')).toEqual(['Zenco -develops-> St. Kilda Knits']);
  });
});
