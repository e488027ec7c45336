import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper own96, from set 93's readers and news on fashion, hotel, toy and household-goods groups: a named owner and the list of its
// brands, where later members or the whole list were lost. Houses named after their founders ("Mara Lind") read as people in an
// owning list; a brand named with its goods ("Zeta jam and Zuma coffee") closed the list; an enumeration ran on past the aside it
// stood in; and "home to", "consisting of" and "counts … among its brands" were not read. Sentences written for the tests.

/** The develops claims, in name order: a list's members may come out in any order. */
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('founders\' names as brands in an owning list', () => {
  it('"owns A, Mara Lind, Tom Vale and B": every member, the person-shaped ones too', () => {
    expect(develops('Zenco owns Zeta, Mara Lind, Tom Vale and Vela.')).toEqual(['Zenco -develops-> Mara Lind', 'Zenco -develops-> Tom Vale', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco, which owns brands Zeta, Mara Lind and Vela, will buy Qorva.')).toEqual(['Zenco -develops-> Mara Lind', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('"the brands that Zenco owns: A, B": after a colon too', () => {
    expect(develops('Here are the brands that Zenco owns: Mara Lind, Zeta and Vela.')).toEqual(['Zenco -develops-> Mara Lind', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('"the Mara Lind and Tom Vale brands": the kind after the last member types the first', () => {
    expect(develops('Zenco, whose stable also includes the Mara Lind and Tom Vale brands, secured a loan.')).toEqual(['Zenco -develops-> Mara Lind', 'Zenco -develops-> Tom Vale']);
  });

  it('a person who owns, or is owned by, makes no person a brand', () => {
    expect(develops('Mara Lind owns Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco is owned by Mara Lind and Tom Vale.')).toEqual([]);
    expect(develops('Zenco said Mara Lind and Tom Vale will join its board.')).toEqual([]);
    expect(develops('Zenco competes with Mara Lind and Tom Vale.')).toEqual([]);
  });
});

describe('brands named with their goods', () => {
  it('"Zeta jam and Zuma coffee", "Zeta condoms and Vela footcare products": every member', () => {
    expect(develops('Qorva International, owner of Zeta condoms and Vela footcare products, was sold.')).toEqual(['Qorva International -develops-> Vela', 'Qorva International -develops-> Zeta']);
    expect(develops("Zenco's brands include Zeta baking soda, Vela stain removers and Lumo wipes.")).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('two clauses are no list: "Zeta grew and Vela fell", "Zeta executives and Vela staff"', () => {
    expect(develops('Zenco owns Zeta. Zeta grew and Vela fell.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco sued Zeta executives and Vela staff.')).toEqual([]);
    expect(develops('Zenco makes Zeta in Ruritania and Vela sells it.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('securities, stakes and rights held in others carry no later member (crit96b)', () => {
    expect(develops('Zenco owns Zeta franchises and Vela licences.')).not.toContain('Zenco -develops-> Vela');
    expect(develops('Zenco owns Zeta stakes and Vela options.')).not.toContain('Zenco -develops-> Vela');
    expect(develops('Qorva International, owner of Zeta shares and Vela bonds, was sold.')).toEqual([]);
  });
});

describe('an enumeration ends at the verb after its aside', () => {
  it('"Zenco, which owns brands like A, B and C, will merge with Qorva": Qorva is no member', () => {
    expect(develops('Zenco, which owns brands like Zeta, Vela and Lumo, will merge with Qorva.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco, which owns brands like Zeta, said it would buy Qorva.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's brands include Zeta, Vela and Lumo, and Brix.")).toEqual(['Zenco -develops-> Brix', 'Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });
});

describe('"home to", "consisting of" and "counts … among its brands"', () => {
  it('"Zenco is home to luxury brands A, B and C", "home to brands such as A"', () => {
    expect(develops('Zenco is home to luxury brands Zeta, Vela and Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco is home to brands such as Zeta and Vela.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('"a house of lifestyle brands consisting of A, B", "a group consisting of founder-led brands A, B"', () => {
    expect(develops('Zenco is a house of lifestyle brands consisting of Zeta, Vela and Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco is a fashion group, consisting of founder-led brands Zeta, Vela and Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('"Zenco counts A, B and C among its brands"', () => {
    expect(develops('Zenco counts Zeta, Vela and Lumo among its brands.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
  });

  it('a mall, a shop, a place or an investor is home to, or counts, others\' brands', () => {
    expect(develops('Zenco Mall is home to brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco, a department store chain, is home to brands like Zeta and Vela.')).toEqual([]);
    expect(develops('Italy is home to fashion brands like Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco Capital counts Zeta and Vela among its portfolio companies.')).toEqual([]);
    expect(develops('Zenco counts Zeta and Vela among its biggest customers.')).toEqual([]);
    expect(develops('Zenco counts Zeta and Vela among its rivals.')).toEqual([]);
  });

  it('a hub, a valley or a fair no rule typed as a place, and a distributor\'s or licensee\'s brands, are others\' (crit96b)', () => {
    expect(develops('Zenco Hub is home to brands like Zeta and Lumo.')).toEqual([]);
    expect(develops('Zembla Valley is home to brands such as Zeta and Lumo.')).toEqual([]);
    expect(develops('Zenco Fashion Week is home to brands like Zeta and Lumo.')).toEqual([]);
    expect(develops('Zenco counts Zeta, Vela and Lumo among its brands, which it distributes in Ruritania.')).toEqual([]);
    expect(develops('Zenco counts Zeta and Vela among its brands, which it licenses from Qorva.')).toEqual([]);
  });

  it('a group of firms consisting of others is a consortium, no owner', () => {
    expect(develops('A group consisting of Qorva and Vexa bid for Zenco.')).toEqual([]);
    expect(develops('Zenco is a consortium consisting of Qorva and Vexa.')).toEqual([]);
  });
});

describe('brands sold, bought, stocked or fought', () => {
  it('no owner of brands it sells to another, carries or competes with', () => {
    expect(develops('Qorva agreed to buy brands such as Zeta and Vela from Zenco.')).toEqual([]);
    expect(develops('Zenco Stores carries brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco competes with brands like Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco holds a stake in brands such as Zeta and Vela.')).toEqual([]);
  });
});
