import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brp95 (stop 95), from set 92's readers and brand-portfolio news: a firm's set of brands named by the kind of goods it
// holds ("Zenco's portfolio of gins includes A and B"), a toy or media firm's "franchises", and a line "relaunched" by its maker.
// Sets of stakes, firms, clients, sites or people, an investor's portfolio, and plans or negations state no maker. Sentences
// written for the tests.

/** The claims in a fixed order: the order a list's members come out in is no part of what is tested. */
const develops = (text: string): string[] => [...only('develops')(scoredClaimsOf(text))].sort();

describe('a possessed set of a kind of goods, then its members', () => {
  it('"Zenco\'s portfolio of gins includes A and B" names each member', () => {
    expect(develops('Zenco\'s portfolio of gins includes Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('a relative clause after the set, with words describing it', () => {
    expect(develops('Aviva will join Zenco\'s wide-ranging portfolio of gins, that include Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco\'s range of premium rums, which includes Zeta and Plim, grew by 8%.')).toEqual(['Zenco -develops-> Plim', 'Zenco -develops-> Zeta']);
  });

  it('"Zenco has a portfolio of gins including A and B": the subject\'s set', () => {
    expect(develops('Zenco has a portfolio of gins including Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco makes a range of rums such as Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('a set of firms, stakes, clients, sites or people is no set of goods', () => {
    expect(develops('Zenco\'s portfolio of companies includes Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco\'s portfolio of clients includes Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco\'s portfolio of hotels includes the Zeta and the Vela.')).toEqual([]);
    expect(develops('Zenco\'s portfolio of investments includes Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco\'s portfolio of stakes in gins includes Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco has a stable of artists including Zeta and Vela.')).toEqual([]);
  });

  it('an investor\'s portfolio, a planned set, a distributor\'s set and a set no longer holding a brand state no maker', () => {
    expect(develops('Zenco Capital\'s portfolio of gins includes Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco\'s planned range of rums includes Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco\'s distribution portfolio of wines includes Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco\'s portfolio of gins no longer includes Zeta and Vela.')).toEqual([]);
    expect(develops('Distributor Qorva\'s portfolio of wines includes Zeta and Vela.')).toEqual([]);
    expect(develops('Qorva sells a range of gins including Zeta and Vela.')).toEqual([]);
    expect(develops('Qorva has a range of gins including Zeta and Vela.')).toEqual([]);
  });
});

describe('a firm\'s franchises', () => {
  it('"Zenco\'s franchises include A, B and C"', () => {
    expect(develops('Zenco\'s franchises include Zeta, Vela and Plim.')).toEqual(['Zenco -develops-> Plim', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('franchisees, and an investor\'s franchises, make nothing', () => {
    expect(develops('Zenco\'s franchisees include Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco Capital\'s franchises include Zeta and Vela.')).toEqual([]);
  });
});

describe('a line relaunched by its maker', () => {
  it('"Zenco relaunched the Zeta and Vela brands"', () => {
    expect(develops('Zenco relaunched the Zeta and Vela brands last year.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco relaunched the Zeta brand in 2021.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a planned or denied relaunch states no maker', () => {
    expect(develops('Zenco plans to relaunch the Zeta brand next year.')).toEqual([]);
    expect(develops('Zenco did not relaunch the Zeta brand.')).toEqual([]);
  });
});

describe('a maker noun\'s second "of"', () => {
  it('"the maker of A, and of B" names both', () => {
    expect(develops('Zenco is the maker of Zeta watches and of Vela phones.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco is the maker of popular watches like the Zeta Z200, and of smartwatches like the Zeta Z430.')).toEqual(['Zenco -develops-> Zeta Z200', 'Zenco -develops-> Zeta Z430']);
    expect(develops('Zenco, the maker of Zeta watches and also of Vela phones, said sales rose.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('another\'s goods, parts for a thing, a stake in it, a rival or a distributor\'s goods after the second "of" are not made', () => {
    expect(develops('Zenco is the maker of Zeta watches and of Qorva\'s Vela phones.')).toEqual(['Qorva -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco is the maker of Zeta watches and of engines for the Vela jet.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco is the maker of Zeta watches and of shares in Vela.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco is the maker of Zeta watches and of rivals to Vela.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco is a distributor of Zeta watches and of Vela phones.')).toEqual([]);
  });

  it('a denial or an "or" states no second maker claim', () => {
    expect(develops('Zenco is not the maker of Zeta watches or of Vela phones.')).toEqual([]);
  });
});
