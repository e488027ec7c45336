import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lst96, from round 1's reports (own96, cor96) and real news on food, apparel, hotel and pet-food groups: brand lists whose
// later members, or whole list, the shared list reading lost. A pattern's list of names stopped at the first brand's goods ("Zeta jam
// and Zuma coffee"); a quantity of more than two words ("more than 30 brands") stopped the portfolio patterns; a name shaped like a
// person's after "who also own" was typed a person. Sentences written for the tests.

/** The develops claims, in name order: a list's members may come out in any order. */
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a pattern\'s list goes on past a brand named with its goods', () => {
  it('"whose brands include Zeta jam and Zuma coffee": both members', () => {
    expect(develops('Zenco, whose brands include Zeta jam and Zuma coffee, reported higher sales.')).toEqual(['Zenco -develops-> Zeta', 'Zenco -develops-> Zuma']);
    expect(develops('Zenco, whose labels include Zeta crackers, Vela biscuits and Lumo wafers, reported higher sales.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('no list of goods when the words after the names are a clause, people or places', () => {
    expect(develops('Zenco, whose brands include Zeta, reported higher sales and Vela shares fell.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco, whose brands include Zeta executives and Vela staff, reported higher sales.')).not.toContain('Zenco -develops-> Vela');
    expect(develops('Zenco, whose brands include Zeta in Ruritania and Vela in Zembla, reported higher sales.')).not.toContain('Zenco -develops-> Vela');
  });

  it('the owner\'s rivals or investors named after such a list are not its brands', () => {
    expect(develops('Zenco, whose investors include Qorva funds and Vexa pensions, reported higher sales.')).toEqual([]);
    expect(develops('Zenco, whose rivals include Qorva jam and Vexa coffee, reported higher sales.')).toEqual([]);
  });
});

describe('a portfolio counted with a longer quantity', () => {
  it('"a portfolio of more than 30 brands, including A, B and C": every member', () => {
    expect(develops('Zenco has a portfolio of more than 30 brands, including Zeta, Vela and Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco owns a portfolio of as many as 12 gins, including Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('an investor\'s or a shop\'s counted holdings are no brands', () => {
    expect(develops('Qorva Capital has a portfolio of more than 30 brands, including Zeta, Vela and Lumo.')).toEqual([]);
    expect(develops('Zenco has a portfolio of more than 30 companies, including Zeta, Vela and Lumo.')).toEqual([]);
    expect(develops('Zenco has a portfolio of more than 30 hotels, including Zeta, Vela and Lumo.')).toEqual([]);
  });
});

describe('"who also own A, Jan Sport and B": a person-shaped brand in an owning list', () => {
  it('every member, the person-shaped one too', () => {
    expect(develops('The Zenco group, who also own Zeta, Jan Sport and Vela, reported results.')).toEqual(['Zenco -develops-> Jan Sport', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('"their own" and people who own are no brand list', () => {
    expect(develops('Zenco hired Jan Rook and Tom Vale, who run their own shops.')).toEqual([]);
    expect(develops('Zenco is owned by Jan Rook and Tom Vale.')).toEqual([]);
    expect(develops('The founders, who also own Jan Rook Partners, said Zenco will grow.')).toEqual([]);
  });
});

describe('a firm\'s plural name opening the sentence before a relative clause of what it holds', () => {
  it('"Federal Brands, whose other labels include A and B": the owner and its brands', () => {
    expect(develops('Federal Brands, whose other labels include Zeta, Vela and Lumo, is leading the purchase.')).toEqual(['Federal Brands -develops-> Lumo', 'Federal Brands -develops-> Vela', 'Federal Brands -develops-> Zeta']);
    expect(develops('Sequential Games, which owns Zeta and Vela, reported results.')).toEqual(['Sequential Games -develops-> Vela', 'Sequential Games -develops-> Zeta']);
  });

  it('no brands from a stake, a retailer\'s wares or a clause of another kind', () => {
    expect(develops('Federal Holdings, which owns a stake in Zeta, reported results.')).toEqual([]);
    expect(develops('Federal Stores, which sells Zeta and Vela, reported results.')).toEqual([]);
    expect(develops('Video Games, which are popular, drew Zenco to the market.')).toEqual([]);
  });
});
