import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper pfl96 (stop 96), from set 94's readers and real drinks, food and beauty news: a firm whose flagship brand bears its own name
// ("Zenco owns Zenco rum, …") was made a product for the whole article; a firm's kind set off by a comma after "by" ("owned by the
// French company, Zenco") hid the owner; a brand added "to a portfolio that includes" others was read as their owner. Sentences
// written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a brand named after its firm', () => {
  it('"Zenco rum" elsewhere in the article leaves the bare "Zenco" a firm', () => {
    expect(develops('Zenco owns Zenco rum, Qorva vodka and Blip gin.')).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(develops('Sales of Zenco rum rose. Zenco also owns Qorva vodka and Blip gin.')).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(develops('Zenco owns Qorva vodka and Blip gin. Sales of Zenco rum rose.')).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
  });

  it('a product read after a determiner or a possessor is still learned for the article', () => {
    expect(develops('Qorva unveiled the Zeta phone. Zeta sold well.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops("Qorva's Zeta phone sold well. Zeta beat rivals.")).toEqual(['Qorva -develops-> Zeta']);
  });

  it('others\' brands stay others\'', () => {
    expect(develops('Zenco rum sales rose. Zenco sells Qorva vodka and Blip gin in its stores.')).toEqual([]);
    expect(develops('Sales of Zenco rum rose. Qorva did not buy Zenco.')).toEqual([]);
  });
});

describe('a firm\'s kind set off by a comma after "by"', () => {
  it('"owned by the French company, Zenco Group" names the owner', () => {
    expect(develops('Zeta whiskey and Kappa vodka are owned by the French company, Zenco Group, the second largest distiller.')).toEqual(['Zenco Group -develops-> Kappa', 'Zenco Group -develops-> Zeta']);
    expect(develops('Zeta whiskey is owned by the family-run firm, Zenco Group.')).toEqual(['Zenco Group -develops-> Zeta']);
  });

  it('distribution, a reported clause and a denial name no owner', () => {
    expect(develops('Zeta whiskey is distributed by the French company, Zenco Group.')).toEqual([]);
    expect(develops('Zeta whiskey is not owned by the French company, Zenco Group.')).toEqual([]);
    expect(develops('Zeta whiskey was sold by the French company, Zenco Group, to Qorva Group.')).toEqual([]);
  });
});

describe('a brand added to a portfolio that includes others', () => {
  it('the adding firm owns the members named', () => {
    expect(develops('Qorva Group added Zeta to a portfolio that includes Kappa and Borin.')).toEqual(['Qorva Group -develops-> Borin', 'Qorva Group -develops-> Kappa']);
    expect(develops('Qorva Group has added brand Zeta to its stable, which includes Kappa and Borin.')).toEqual(['Qorva Group -develops-> Borin', 'Qorva Group -develops-> Kappa', 'Qorva Group -develops-> Zeta']);
  });

  it('the added brand owns none of the others', () => {
    expect(develops('Qorva Group added Zeta to a range that includes Kappa and Borin.')).toEqual([]);
    expect(develops("Qorva Group added Zeta to Vexa Group's portfolio that includes Kappa.")).toEqual(['Vexa Group -develops-> Kappa']);
  });

  it('a trader, an investor or a plan owns nothing here', () => {
    expect(develops('Distributor Qorva added Zeta to a portfolio that includes Kappa and Borin.')).toEqual([]);
    expect(develops('Qorva Capital added Zeta to a portfolio that includes Kappa and Borin.')).toEqual([]);
    expect(develops('Qorva Group, a distributor, added Zeta to a portfolio that includes Kappa and Borin.')).toEqual([]);
    expect(develops('Qorva Group could add Zeta to a portfolio that includes Kappa and Borin.')).toEqual([]);
    // crit96e: the relative clause after "its portfolio" read the added (or planned) brand as the owner of the members.
    expect(develops('Qorva Group plans to add Zeta to its portfolio, which includes Kappa.')).toEqual([]);
    expect(develops('Qorva Group added Zeta to its portfolio, which includes Kappa.')).not.toContain('Zeta -develops-> Kappa');
  });
});
