import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvx93, from the eighty-second fresh sample and round 1-2's "not handled" lists: brands a parent "oversees" or "encompasses",
// a business the owner may sell, a launched kind no list knows ("pods like A"), a brand created or partnered on by one or two firms,
// and "They own several brands" after a sentence naming one firm alone. Near misses: shops, sales done, campaigns, people, plans.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const sorted = (claims: string[]): string[] => [...claims].sort();

describe('brands a parent oversees, controls or encompasses', () => {
  it('"oversees brands like A and B", "controls labels such as A" and "encompasses such brands as A" name its brands', () => {
    expect(develops('Zenco Inc. oversees brands like Zeta and Kappa.')).toEqual(sorted(['Zenco Inc -develops-> Zeta', 'Zenco Inc -develops-> Kappa']));
    expect(develops('Zenco Inc. controls labels such as Zeta and Kappa.')).toEqual(sorted(['Zenco Inc -develops-> Zeta', 'Zenco Inc -develops-> Kappa']));
    expect(develops('Zenco Inc. now encompasses such brands as Vexa and Plix.')).toEqual(sorted(['Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Plix']));
  });

  it('sales, distribution or access it controls, others\' brands, a shop\'s and a person\'s are no parent\'s', () => {
    expect(develops('Zenco Inc. oversees sales of brands like Zeta and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc. controls distribution of brands like Zeta and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc. controls access to brands like Zeta and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc. oversees other brands like Zeta and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc. oversees partner brands like Zeta and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc. stocks brands like Zeta and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc. oversees retailers like Zeta and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc. encompasses such markets as Ruritania and Zembla.')).toEqual([]);
  });
});

describe('a business the owner may sell, and what it includes', () => {
  it('"is considering the sale of its foods business, which includes A and B" names the owner\'s brands', () => {
    expect(develops('Zenco Inc. is considering the sale of its foods business, which includes Vexa and Plix.')).toEqual(sorted(['Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Plix']));
    expect(develops('Zenco Inc. announced the spin-off of its snacks unit, which includes Vexa and Plix.')).toEqual(sorted(['Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Plix']));
  });

  it('a sale done, a business sold or bought, or a rival\'s business is not the subject\'s', () => {
    expect(develops('Zenco Inc. completed the sale of its foods business, which includes Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco Inc. finalized the sale of its foods business, which includes Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco Inc. sold its foods business, which includes Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco Inc. closed the sale of its foods business, which includes Vexa and Plix.')).toEqual([]);
    expect(develops("Zenco Inc. welcomed the sale of its rival's unit, which includes Vexa and Plix.")).toEqual([]);
    expect(develops('Zenco Inc. is considering the sale of its foods business, which once included Vexa.')).toEqual([]);
    expect(develops("Qorva Corp. is considering the purchase of its rival's foods business, which includes Vexa and Plix.")).toEqual([]);
  });
});

describe('a launched kind no list knows', () => {
  it('"has introduced pods like A and B" names the launcher\'s goods', () => {
    expect(develops('Zenco Inc. has introduced pods like Zeta Mint and Zeta Neo.')).toEqual(sorted(['Zenco Inc -develops-> Zeta Mint', 'Zenco Inc -develops-> Zeta Neo']));
    expect(develops('Zenco Inc. launched new sachets such as Vexa Gold and Vexa Blue.')).toEqual(sorted(['Zenco Inc -develops-> Vexa Gold', 'Zenco Inc -develops-> Vexa Blue']));
  });

  it('campaigns, shops, people, a seller\'s stock, plans and denials give none', () => {
    expect(develops('Zenco Inc. launched campaigns like Zeta Summer and Zeta Winter.')).toEqual([]);
    expect(develops('Zenco Inc. launched promotions like Zeta Days and Zeta Week.')).toEqual([]);
    expect(develops('Zenco Inc. launched stores like Zeta Mart and Zeta Go.')).toEqual([]);
    expect(develops('Zenco Inc. introduced ambassadors like John Roe and Mary Lim.')).toEqual([]);
    expect(develops('Zenco Inc. stocks pods like Zeta Mint and Zeta Neo.')).toEqual([]);
    expect(develops('Zenco Inc. plans to introduce pods like Zeta Mint and Zeta Neo.')).toEqual([]);
    expect(develops('Zenco Inc. has not introduced pods like Zeta Mint.')).toEqual([]);
    expect(develops('Zenco Inc. unveiled plans like Zeta Vision and Zeta Go.')).toEqual([]);
    expect(develops('Zenco Inc. launched hotels like Zeta Inn and Zeta Lodge.')).toEqual([]);
    expect(develops("Zenco Inc. unveiled pods like Qorva Corp.'s Zeta.")).not.toContain('Zenco Inc -develops-> Zeta');
  });
});

describe('a brand created or partnered on', () => {
  it('a brand whose creation firms announce, or that two firms partner on, is each firm\'s', () => {
    expect(develops('Zenco Inc. announced the creation of ZenBorin, a new snack brand.')).toEqual(['Zenco Inc -develops-> ZenBorin']);
    expect(develops('Zenco Inc. and Qorva Corp. announced the creation of a new brand called ZenBorin.')).toEqual(sorted(['Zenco Inc -develops-> ZenBorin', 'Qorva Corp -develops-> ZenBorin']));
    expect(develops('Zenco Inc. and Qorva Corp. are partnering on a new brand called ZenBorin.')).toEqual(sorted(['Zenco Inc -develops-> ZenBorin', 'Qorva Corp -develops-> ZenBorin']));
    expect(develops('Zenco Inc. is partnering with Qorva Corp. on a new brand called ZenBorin.')).toContain('Zenco Inc -develops-> ZenBorin');
  });

  it('a venture, a unit, a fund, a campaign, another\'s brand, a person\'s collection, a denial or a plan give none', () => {
    expect(develops('Zenco Inc. announced the creation of a joint venture called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc. announced the creation of a new unit called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc. announced the creation of Zeta Fund, a new investment vehicle.')).toEqual([]);
    expect(develops('Zenco Inc. announced the creation of Zeta Labs, a research unit.')).toEqual([]);
    expect(develops('Zenco Inc. criticised the creation of Zeta, a new brand by Qorva Corp.')).not.toContain('Zenco Inc -develops-> Zeta');
    expect(develops('Zenco Inc. and Qorva Corp. are partnering on a new campaign called Zeta.')).toEqual([]);
    expect(develops('John Roe is partnering with Zenco Inc. on a new collection called Zeta.')).not.toContain('John Roe -develops-> Zeta');
    expect(develops('Zenco Inc. and Qorva Corp. are not partnering on a new brand called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc. and Qorva Corp. may partner on a new brand called Zeta.')).toEqual([]);
  });
});

describe('an opening "They" for the one firm named before', () => {
  it('"Zenco Inc. is a holding company. They own several brands, including A and B" names Zenco\'s brands', () => {
    expect(develops('Zenco Inc. is a holding company. They own several brands, including Zapp and Qbit.')).toEqual(sorted(['Zenco Inc -develops-> Zapp', 'Zenco Inc -develops-> Qbit']));
  });

  it('people, two firms, a sentence between, no brands or buying and selling give none', () => {
    expect(develops('Zenco Inc. was founded by John Roe. They own several brands, including Zapp and Qbit.')).toEqual([]);
    expect(develops('Zenco Inc. hired Roe and Lim. They own several brands, including Zapp and Qbit.')).toEqual([]);
    expect(develops('Zenco Inc. is run by two brothers. They own several brands, including Zapp and Qbit.')).toEqual([]);
    expect(develops('Zenco Inc. sued Qorva Corp. They own several brands, including Zapp and Qbit.')).toEqual([]);
    expect(develops('Zenco Inc. is a holding company. Retailers stock its goods. They own several brands, including Zapp and Qbit.')).toEqual([]);
    expect(develops('Zenco Inc. is a holding company. They own several stores, including Zapp and Qbit.')).toEqual([]);
    expect(develops('Zenco Inc. is a holding company. They buy several brands, including Zapp and Qbit.')).toEqual([]);
    expect(develops('Zenco Inc. is a holding company. They sell several brands, including Zapp and Qbit.')).toEqual([]);
  });
});
