import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fixer fxr90b, from a re-read of stop 90 round 3's relation rules: a contest's named parties, a trade noun before an owner, two
// rivals a firm only serves, a retailer's or an investor's brands, a retailer's or regulator's recall, a maker's recall from shelves,
// a trading halt, a measure on a firm's rivals, examples a firm only speaks of, a partner joining a market and a rival's unit.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const pair = (a: string, b: string) => (claims: string[]): boolean => claims.some((c) => c.includes(a) && c.includes(b));

describe('a contest whose parties are its subject', () => {
  it('rivals named before "a contest to" stay rivals', () => {
    expect(pair('Zenco', 'Qorva')(rivals('Zenco and Qorva are locked in a contest to dominate the chip market.'))).toBe(true);
    expect(pair('Zenco', 'Qorva')(rivals('Zenco and Qorva are in a contest to build the fastest chip.'))).toBe(true);
    expect(pair('Zenco Inc', 'Qorva Inc')(rivals('Zenco Inc and Qorva Inc are in a fierce contest to win the cloud market.'))).toBe(true);
  });

  it('a contest to supply or build for a buyer is still a tender', () => {
    expect(rivals('Zenco Inc won the contest to supply Qorva Inc with reactors.')).toEqual([]);
    expect(rivals("Zenco won the contest to build Qorva's new reactor.")).toEqual([]);
  });
});

describe('a trade noun before an owner', () => {
  it('a trade word ending in -ing before the owner keeps the owner', () => {
    expect(develops("Zeta TV is owned by shipping magnate Vexa Patel's Zenco Media.")).toContain('Zenco Media -develops-> Zeta TV');
    expect(develops("Zeta TV is owned by publishing tycoon Vexa Patel's Zenco Media.")).toContain('Zenco Media -develops-> Zeta TV');
    expect(develops("The Zeta app was developed by mining billionaire Vexa Patel's Zenco Labs.")).toContain('Zenco Labs -develops-> Zeta');
  });

  it('users of a product are still no owner', () => {
    expect(develops("The Zeta plug-in was built by developers using Qorva's tools.")).not.toContain('Qorva -develops-> Zeta');
  });
});

describe('two rivals a firm only serves', () => {
  it('an adviser or supplier of two rivals is not their rival', () => {
    expect(rivals('Zenco advises two rivals, Qorva and Vexa.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
    expect(rivals('Zenco supplies two rivals, Qorva and Vexa.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
    expect(rivals('Because it supplies two rivals, Qorva and Vexa, Zenco is neutral.').filter((c) => c.includes('Zenco'))).toEqual([]);
  });

  it('a firm that faces two rivals still competes with them', () => {
    expect(rivals('Zenco faces two rivals, Qorva and Vexa.').filter((c) => c.startsWith('Zenco'))).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });
});

describe('the brands a retailer sells', () => {
  it('a retailer counting brands or a store\'s best-selling brand makes none of them', () => {
    expect(develops('Online retailer Zenco boasts more than 500 brands, from Qorva to Lumo.')).toEqual([]);
    expect(develops('Sales of the Zenco best-selling brand Qorva fell.')).toEqual([]);
    expect(develops('Sales of the Zenco top-selling brand Qorva fell.')).toEqual([]);
    expect(develops('Zenco, an online retailer, boasts more than 500 brands, from Qorva to Lumo.')).toEqual([]);
  });

  it('a maker counting its brands still makes them', () => {
    expect(develops('Zenco boasts more than 50 brands, from Qorva to Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorva']);
    expect(develops('Zenco, a fashion group, boasts more than 50 brands, from Qorva to Lumo.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorva']);
  });
});

describe('the holdings of an investor', () => {
  it('names, shares or an index held are no brands', () => {
    expect(develops('Zenco Capital, which holds names such as Qorva and Vexa, cut its stake.')).toEqual([]);
    expect(develops('Zenco Fund, which already holds Qorva, Vexa and Lumo shares, said it would sell.')).toEqual([]);
    expect(develops('Zenco, which includes brands such as Qorva in its index, rebalanced.')).toEqual([]);
  });

  it('a group that holds or includes brands still makes them', () => {
    expect(develops('Zenco, which includes brands such as Qorva and Vexa, reported higher sales.')).toEqual(['Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
  });
});

describe('the owner of shops', () => {
  it('the owner of stores that sell brands owns no brand', () => {
    expect(develops('Zenco, the owner of stores that sell brands such as Qorva and Vexa, reported higher sales.')).toEqual([]);
    expect(develops('Zenco, the owner of stakes in brands such as Qorva and Vexa, reported higher sales.')).toEqual([]);
  });

  it('the owner of brands still owns them', () => {
    expect(develops('Zenco, the owner of fashion brands such as Qorva and Vexa, reported higher sales.')).toEqual(['Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
  });
});

describe('a recall by a retailer or a regulator', () => {
  it('a retailer or a regulator that recalls goods makes none', () => {
    expect(develops('The Zeta dog treats were recalled by Walmart last week.')).toEqual([]);
    expect(develops('Health Ruritania recalled 9,000 Zeta pacemakers on Friday.')).toEqual([]);
  });

  it('a maker that recalls its goods still makes them', () => {
    expect(develops('Zenco Medical recalled 9,000 Zeta pacemakers.')).toEqual(['Zenco Medical -develops-> Zeta']);
    expect(develops('Zenco Pet Foods recalled its Zeta dog treats from stores nationwide.')).toEqual(['Zenco Pet Foods -develops-> Zeta']);
    expect(develops('The Zeta pacemakers were recalled by their maker, Zenco, last week.')).toContain('Zenco -develops-> Zeta');
    expect(develops('Zenco recalled 500 Zeta pacemakers, weeks after a similar model made by Qorva failed.')).toContain('Zenco -develops-> Zeta');
  });

  it('goods from or made by another firm are still not the recaller\'s', () => {
    expect(develops('Zenco Stores recalled Zeta dog treats made by Qorva Foods.')).not.toContain('Zenco Stores -develops-> Zeta');
    expect(develops('Zenco Stores recalled Zeta dog treats from Qorva Foods.')).not.toContain('Zenco Stores -develops-> Zeta');
  });
});

describe('a halt to trading in a firm', () => {
  it('a halt to trading in a firm is its shares, no ban', () => {
    expect(banned('The Securities Commission ordered a halt to trading in Zenco pending an announcement.')).toEqual([]);
  });

  it('a safety regulator\'s halt to trading in a maker still bans its goods', () => {
    expect(banned('The Food and Drug Administration called for a temporary halt to trading in Zenco Bikes.')).toEqual(['Food and Drug Administration -banned-> Zenco Bikes']);
  });
});

describe('a measure on a firm\'s counterparts', () => {
  it('duties on a firm\'s rivals are no measure on the firm', () => {
    expect(restricts("the duties the European Union imposed on Zenco's rivals helped the firm.")).toEqual([]);
  });

  it('duties on a firm or on a state\'s goods still restrict it', () => {
    expect(restricts('the duties the European Union imposed on Zenco helped its rivals.')).toEqual(['European Union -restricts-> Zenco']);
    expect(restricts("the tariffs the European Union imposed on Zembla's steel hurt exporters.")).toEqual(['European Union -restricts-> Zembla']);
  });
});

describe('examples a firm only speaks of', () => {
  it('a list after a verb of expecting stays mutual rivals', () => {
    expect(rivals('Analysts at Zenco expect firms such as Qorva and Vexa to compete fiercely.')).toEqual(['Qorva -competes_with-> Vexa']);
  });

  it('brands a firm launched to compete are no rivals of each other', () => {
    expect(rivals('Zenco launched brands such as Qorva and Vexa to compete with specialty retailers.').filter((c) => c.startsWith('Qorva'))).toEqual([]);
  });
});

describe('partners and others\' units', () => {
  it('joining a firm in a market through a venture or a stake is no rivalry', () => {
    expect(rivals('Zenco will join Qorva in the highly competitive Indian market through a joint venture.')).toEqual([]);
    expect(rivals('Zenco joined Qorva in a crowded market for data, buying a stake in the firm.')).toEqual([]);
  });

  it('a rival\'s distributor or unit is no rival', () => {
    expect(rivals("Zenco sued Qorva, a rival's distributor, in Delaware.")).toEqual([]);
    expect(rivals("Zenco bought Qorva, a rival's former unit, last year.")).toEqual([]);
  });

  it('joining a firm in a crowded market or suing a rival still gives rivalry', () => {
    expect(pair('Zenco', 'Qorva')(rivals('Zenco will join Qorva in the highly competitive Indian market.'))).toBe(true);
    expect(pair('Zenco', 'Qorva')(rivals('Zenco sued Qorva, a rival, in Delaware.'))).toBe(true);
  });
});
