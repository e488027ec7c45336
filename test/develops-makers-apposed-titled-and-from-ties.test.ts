import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper apz94, from stop 93's fresh sample (set 90): a maker described in an apposition, a relative clause or a title noun before
// its name, and a thing named as coming from a firm's tie ("from Zenco's partner Qorva"). Other roles (a distributor, a buyer, a
// seller, an investor, a customer, a rival, a banning firm) stay no maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a maker in an apposition or a relative clause', () => {
  it('the creator, the maker, the startup that built it, the firm which developed it', () => {
    expect(develops('Qorva, the creator of Vexa, said revenue rose.')).toEqual(['Qorva -develops-> Vexa']);
    expect(develops('Qorva, maker of the Zeta headset, said revenue rose.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenlab – the company which designed and built Zeta Glass – said it would hire.')).toEqual(['Zenlab -develops-> Zeta Glass']);
    expect(develops('Zenlab, the startup that built Vexa, raised money.')).toEqual(['Zenlab -develops-> Vexa']);
    expect(develops('Zenlab, which developed the Zeta engine, raised money.')).toEqual(['Zenlab -develops-> Zeta']);
  });

  it('a co-maker: "the co-creator of the original Zeta", "co-developer of the Zeta chip"', () => {
    expect(develops('Qorva, the co-creator of the original Zeta, said it would expand.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Qorva, the co-creator of Zeta, said it would expand.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Qorva, the co-developer of the Zeta chip, said it would expand.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zeta co-creator Qorva said revenue rose.')).toEqual(['Qorva -develops-> Zeta']);
  });

  it('other roles in the apposition or the clause make no maker', () => {
    expect(develops('Qorva, the distributor of Zeta, said revenue rose.')).toEqual([]);
    expect(develops('Qorva, the biggest buyer of Zeta chips, said revenue rose.')).toEqual([]);
    expect(develops('Qorva, which sells Zeta in Europe, said revenue rose.')).toEqual([]);
    expect(develops('Zenlab, which invested in the Zeta maker, said revenue rose.')).toEqual([]);
    expect(develops('Zenco, the company that banned Zeta, said revenue rose.')).toEqual([]);
    expect(develops('Qorva, the co-founder of Zeta, said revenue rose.')).toEqual([]);
    expect(develops('Qorva, a would-be co-developer of Zeta, said talks had stalled.')).toEqual([]);
    expect(develops('Qorva, an investor in the co-developer of Zeta, said revenue rose.')).toEqual([]);
    expect(develops('Qorva, a major shareholder in the maker of Zeta, said revenue rose.')).toEqual([]);
    expect(develops('Qorva, the agency behind the co-creator of Zeta, said revenue rose.')).toEqual([]);
    expect(develops('Qorva, which is not the co-developer of Zeta, said revenue rose.')).toEqual([]);
  });
});

describe('a product and its maker\'s noun as a title before the firm', () => {
  it('"Zeta developer Qorva", "Vexa maker Zenlab", "Zeta 2 creator Zenco", "Tarn owner Qorva"', () => {
    expect(develops('Zeta developer Qorva said revenue rose.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Vexa maker Zenlab said revenue rose.')).toEqual(['Zenlab -develops-> Vexa']);
    expect(develops('Zeta 2 creator Zenco said revenue rose.')).toEqual(['Zenco -develops-> Zeta 2']);
    expect(develops('Tarn owner Qorva said revenue rose.')).toEqual(['Qorva -develops-> Tarn']);
  });

  it('an investor, a customer, a supplier or a rival before the firm is no maker', () => {
    expect(develops('Zeta investor Qorva said revenue rose.')).toEqual([]);
    expect(develops('Zeta customer Qorva said revenue rose.')).toEqual([]);
    expect(develops('Zeta supplier Qorva said revenue rose.')).toEqual([]);
    expect(develops('Zeta rival Qorva said revenue rose.')).toEqual([]);
    expect(competes('Zeta rival Qorva said revenue rose.')).toEqual(['Zeta -competes_with-> Qorva']);
  });
});

describe('a thing by or from its maker', () => {
  it('"the Zeta by Zenco" and "the Zeta X1 from Zenco" before a copula type the maker a firm', () => {
    expect(develops('The Zeta by Zenco is a screenless laptop.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('The Zeta X1 from Zenco is a screenless laptop.')).toEqual(['Zenco -develops-> Zeta X1']);
    expect(develops('Zeta from Zenco is a headset.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zeta, from Zenco, is a screenless laptop.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('the thing comes from the firm a tie names: "from Zenco\'s partner Qorva"', () => {
    expect(develops('The Zeta from Zenco\'s partner Qorva sold well.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('The Zeta from Zenco\'s rival Qorva sold well.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('The Zeta from Zenco rival Qorva sold well.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zeta, from Zenco spin-off Qorva, sold well.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('The Zeta glasses from Zenco\'s longtime partner Qorva sold well.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('The Zeta car from Zenco\'s partner Qorva was recalled.')).toEqual(['Qorva -develops-> Zeta']);
  });

  it('a grant, data, an order, customers or a thing bought from a firm name no maker', () => {
    expect(develops('Zenco got a grant from Qorva for the Zeta project.')).toEqual([]);
    expect(develops('Zeta X1 customers from Zenco\'s partner Qorva complained.')).toEqual([]);
    expect(develops('Zenco won an order for the Zeta from Zenco\'s partner Qorva.')).toEqual([]);
    expect(develops('Zenco bought the Zeta from its partner Qorva.')).toEqual([]);
    expect(develops('The Zeta phone got an order from Qorva last week.')).toEqual([]);
    expect(develops('Data on Zeta from Zenco\'s partner Qorva showed growth.')).toEqual([]);
    expect(develops('Ruritania banned the Zeta from Zenco\'s partner Qorva.')).toEqual([]);
    expect(develops('Zenco imported the Zeta headset from Qorva\'s partner Vexa.')).toEqual([]);
    expect(develops('Zenco sells the Zeta headset and buys data from Qorva.')).not.toContain('Qorva -develops-> Zeta');
  });

  it('the rivalry of "Zenco\'s rival Qorva" stays', () => {
    expect(competes('The Zeta from Zenco\'s rival Qorva sold well.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
