import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brp92, from stop 91's eighty-fourth fresh sample (news on outdoor-gear groups and on insurance platforms): a group's brands
// told through its segment ("Zenco's outdoor segment includes A, B and C"), a holding or parent company "for" its products, names
// fronted by "in addition to" before a verb of owning, and the businesses a firm counts "namely"; and two false readings: brands
// owned by a firm read as the clause's subject, and brands behind another's unnamed possessive. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const owns = (owner: string, ...brands: string[]): string[] => brands.map((b) => `${owner} -develops-> ${b}`).sort();

describe("a group's segment or division and the brands it includes", () => {
  it('every member of the list is the possessor\'s', () => {
    expect(develops("Zenco Inc's outdoor segment includes Qorva, Brisk, Tallon and Vim.")).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk', 'Tallon', 'Vim'));
    expect(develops("Zenco Inc's Outdoor & Recreation segment also includes Qorva and Brisk.")).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
    expect(develops("Zenco Inc's consumer division comprises brands such as Qorva and Brisk.")).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
  });

  it('a name fronted by "in addition to" is one more member', () => {
    expect(develops("In addition to Qorva, Zenco Inc's outdoor segment includes Brisk and Tallon.")).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk', 'Tallon'));
  });

  it("the segment's customers, rivals or sales, an investor's segment, and places or others' goods it includes are not its brands", () => {
    expect(develops("Zenco Inc's outdoor segment's customers include Qorva and Brisk.")).toEqual([]);
    expect(develops("Zenco Inc's outdoor segment competes with Qorva and Brisk.")).toEqual([]);
    expect(develops("Zenco Inc's retail segment sells Qorva and Brisk.")).toEqual([]);
    expect(develops("Zenco Capital's consumer segment includes Qorva and Brisk.")).toEqual([]);
    expect(develops("Zenco Inc's outdoor segment does not include Qorva.")).toEqual([]);
    expect(develops("Zenco Inc's outdoor segment includes stores in Ruritania and Zembla.")).toEqual([]);
    expect(develops("Zenco Inc's outdoor segment includes products made by Qorva Corp and Brisk Ltd.")).toEqual([]);
    expect(develops("Zenco Inc's outdoor segment includes rivals of Qorva Corp.")).toEqual([]);
    expect(develops("Zenco Inc's distribution segment includes brands such as Qorva and Brisk.")).toEqual([]);
    expect(develops("Zenco Inc's licensing division includes Qorva and Brisk.")).toEqual([]);
    expect(develops("In addition to Qorva, Zenco Inc's distribution segment includes Brisk.")).toEqual([]);
    expect(develops("Zenco Inc's outdoor segment includes retailers such as Qorva and Brisk.")).toEqual([]);
    expect(develops("Zenco Inc's outdoor segment includes brands licensed from Qorva Corp.")).toEqual([]);
  });
});

describe('a holding or parent company "for" its products', () => {
  it('names the holder of the products listed', () => {
    expect(develops('Zenco Inc is a holding company for products such as Qorva stoves and Brisk helmets.')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
    expect(develops('Zenco Inc is the parent company for brands like Qorva and Brisk.')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
  });

  it('an agency, a distributor or a service company "for" brands works for their owners', () => {
    expect(develops('Zenco Inc is a marketing company for brands like Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc is a logistics company for brands such as Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc is a distributor for brands such as Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc is an agency for brands like Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc is a holding company for investors such as Qorva and Brisk.')).toEqual([]);
  });
});

describe('names fronted by "in addition to" or "besides" before a verb of owning or making', () => {
  it('the fronted names are the subject\'s too', () => {
    expect(develops('In addition to brands like Qorva and Brisk, Zenco Inc owns Tallon.')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk', 'Tallon'));
    expect(develops('Besides Qorva, Zenco Inc also makes Brisk.')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
  });

  it('not after a buyer\'s, a seller\'s or a distributor\'s verb, a stake, a plan, a negation, a place or another\'s thing', () => {
    expect(develops('In addition to Qorva, Zenco Inc bought Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('Besides Qorva, Zenco Inc sells Brisk in its stores.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('In addition to Qorva, Zenco Inc distributes Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('In addition to Qorva, Zenco Inc owns a stake in Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('In addition to Qorva, Zenco Inc plans to make Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('In addition to Qorva, Zenco Inc does not own Brisk.')).toEqual([]);
    expect(develops('In addition to Vexa Corp\'s Qorva, Zenco Inc owns Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('Apart from Qorva, Zenco Inc owns Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('In addition to Ruritania, Zenco Inc owns plants in Zembla.')).toEqual([]);
    expect(develops('Alongside Qorva, Zenco Inc makes Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
    expect(develops('In addition to Qorva, which it sold last year, Zenco Inc owns Brisk.')).not.toContain('Zenco Inc -develops-> Qorva');
  });
});

describe('the businesses a firm counts, named after "namely"', () => {
  it('each business named is the firm\'s', () => {
    expect(develops('Zenco Inc has three businesses, namely Zapp, Zapp Cover and Zapp Health.')).toEqual(owns('Zenco Inc', 'Zapp', 'Zapp Cover', 'Zapp Health'));
    expect(develops("Zenco Inc currently has two main businesses, namely the platform 'Zapp' and the platform 'Zapp Cover'.")).toEqual(owns('Zenco Inc', 'Zapp', 'Zapp Cover'));
  });

  it('rivals, investors, customers, stakes or businesses sold are not the firm\'s own', () => {
    expect(develops('Zenco Inc has two main rivals, namely Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc has two main investors, namely Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc has two main customers, namely Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc has stakes in two businesses, namely Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc has two main partners, namely Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc has two main businesses, namely insurance and lending.')).toEqual([]);
    expect(develops('Zenco Inc does not have two businesses, namely Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco Inc will have two businesses, namely Qorva and Brisk.')).toEqual([]);
  });
});

describe('false owners', () => {
  it('brands owned by a firm are not the clause\'s subject', () => {
    expect(develops('REI said it is suspending purchases of brands owned by Zenco Inc.')).toEqual([]);
    expect(develops('REI would stop ordering products owned by Zenco Inc.')).toEqual([]);
    expect(develops('Qorva competes with brands owned by Zenco Inc.')).toEqual([]);
    expect(develops('Qorva Mart sells products made by Zenco Inc.')).toEqual([]);
  });

  it('names before their kind and the participle keep their owner', () => {
    expect(develops('The Qorva and Brisk brands owned by Zenco Inc sold well.')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
    expect(develops('Sales fell at the four brands owned by Zenco Inc (Qorva, Brisk, Tallon, Vim).')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk', 'Tallon', 'Vim'));
    expect(develops('Qorva and Vela are popular brands owned by Zenco Inc.')).toEqual(owns('Zenco Inc', 'Qorva', 'Vela'));
    expect(develops('Qorva is one of the brands owned by Zenco Inc.')).toEqual(owns('Zenco Inc', 'Qorva'));
    expect(develops('Sales of Qorva, Brisk and other brands owned by Zenco Inc rose.')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
    expect(develops('Qorva, Brisk and several other labels made by Zenco Inc sold well.')).toEqual(owns('Zenco Inc', 'Qorva', 'Brisk'));
    expect(develops('Qorva and Vela, two brands owned by Zenco Inc, sold well.')).toEqual(owns('Zenco Inc', 'Qorva', 'Vela'));
  });
});
