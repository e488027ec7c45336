import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cd87, from the last fresh sample of real news: a thing's second developer (a partner named after a comma, "co-developed
// with" in a participle or a passive, "a collaborative project from A and B" after a copula), a maker apposed mid-sentence as
// "the parent/owner of", and the guards (a stake owned, a customer, a plan, a person). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a second developer', () => {
  it('"developed by A, in collaboration with B": the partner set off by a comma makes it too', () => {
    expect(develops('The Vexa headset was developed by Zenco Inc, in collaboration with Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
    expect(develops('The Zeta-2 model was trained by Zenco Inc, in partnership with Qorva Labs.')).toEqual(['Qorva Labs -develops-> Zeta-2', 'Zenco Inc -develops-> Zeta-2']);
    expect(develops('Vexa was built by Zenco Inc, together with Qorva Labs, and went on sale in May.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
  });

  it('"co-developed with B" in a passive, a participle or a relative clause names the partner', () => {
    expect(develops('Zenco Inc said Vexa was co-developed with Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vexa']);
    expect(develops('The Vexa chip, co-developed with Qorva Labs, was made by Zenco Inc.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc launched Vexa, which it co-developed with Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc unveiled the Vexa chip, co-designed with Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
  });

  it('"Y is a collaborative project from A and B": every partner named after the copula', () => {
    expect(develops('The Vexa app is a collaborative project from Qorva Labs and Zenco Inc.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
    expect(develops('The Vexa app is a collaboration between Zenco Inc and Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Vexa was a joint effort by Zenco Inc and Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vexa', 'Zenco Inc -develops-> Vexa']);
  });

  it('a customer, a partner\'s customers, a plan or a denial gives the partner nothing', () => {
    expect(develops('The Vexa headset was developed by Zenco Inc in collaboration with Qorva Labs\'s customers.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('The Vexa headset was developed by Zenco Inc, in collaboration with Qorva Labs\'s customers.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc plans to co-develop Vexa with Qorva Labs.')).toEqual([]);
    expect(develops('Zenco Inc said Vexa was not co-developed with Qorva Labs.')).toEqual([]);
    expect(develops('The Vexa app is not a collaboration between Zenco Inc and Qorva Labs.')).toEqual([]);
    expect(develops('Zenco Inc is a collaboration between Qorva Labs and Kappa Labs.')).toEqual([]);
    expect(develops('The Vexa app is an effort by Ruritania to curb Zenco Inc.')).toEqual([]);
    expect(develops('The Vexa plan, co-written with Qorva Labs, was filed.')).toEqual([]);
  });
});

describe('makers apposed and after a copula', () => {
  it('"the parent/owner of Y, X," mid-sentence names the maker', () => {
    expect(develops('Regulators fined the parent of Zapp, Zenco Inc, on Monday.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Regulators fined the owner of Zapp, Zenco Inc, on Monday.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Analysts praised the parent of the Zapp app, Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zapp']);
  });

  it('the readers of "the owner of", "behind", "whose brands", "the company that makes", "which owns" keep every list member', () => {
    expect(develops('Zenco Inc, the owner of Zapp, Zbook and Zchat, said profits rose.')).toEqual(['Zenco Inc -develops-> Zapp', 'Zenco Inc -develops-> Zbook', 'Zenco Inc -develops-> Zchat']);
    expect(develops('Zenco Inc is the parent company behind Zapp, Zbook and Zchat.')).toEqual(['Zenco Inc -develops-> Zapp', 'Zenco Inc -develops-> Zbook', 'Zenco Inc -develops-> Zchat']);
    expect(develops('Zenco Inc, whose brands include Zapp and Zbook, said profits rose.')).toEqual(['Zenco Inc -develops-> Zapp', 'Zenco Inc -develops-> Zbook']);
    expect(develops('Zenco Inc, the company that makes Zapp and Zbook, said profits rose.')).toEqual(['Zenco Inc -develops-> Zapp', 'Zenco Inc -develops-> Zbook']);
    expect(develops('Zenco Inc, which owns the Zapp brand, said profits rose.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('The parent of Zapp and Zbook, Zenco Inc, said profits rose.')).toEqual(['Zenco Inc -develops-> Zapp', 'Zenco Inc -develops-> Zbook']);
  });

  it('the owner of a stake or of shares, a person, an investor: no maker', () => {
    expect(develops('Zenco Inc, the owner of shares in Zapp, said profits rose.')).toEqual([]);
    expect(develops('Zenco Inc, owner of a stake in Zapp, said profits rose.')).toEqual([]);
    expect(develops('Zenco Inc is the owner of 10 percent of Zapp.')).toEqual([]);
    expect(develops('Zenco Inc is the owner of equity in Zapp.')).toEqual([]);
    expect(develops('Zenco Inc, which owns a stake in Zapp, said profits rose.')).toEqual([]);
    expect(develops('Ana Lee, the owner of Zapp, said profits rose.')).toEqual([]);
    expect(develops('Zenco Inc, an investor in Zapp, said profits rose.')).toEqual([]);
    expect(develops('Regulators fined the owner of shares in Zapp, Zenco Inc, on Monday.')).toEqual([]);
    expect(develops('Regulators questioned the owner of Zapp, Ana Lee, on Monday.')).toEqual([]);
  });
});
