import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brl92, from stop 91's eighty-fourth fresh sample, where a maker's credits listed after a predicate were the biggest develops
// miss: "is responsible for" or "is behind" a list whose members carry a describing word or their kind, what a maker "owes its success
// to", a lineup it "crafted", a second clause of trade "under such brands as", and a maker's name before a plural of its goods with a
// list set off after it. Every member of the list, not only the first. Near misses: sellers, investors, rivals, places, people,
// another owner, negation and plans. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const sorted = (claims: string[]): string[] => [...claims].sort();

describe('a credit list after "is responsible for" or "is behind"', () => {
  it('every member, with "the … series" or "the upcoming …"', () => {
    expect(develops('Zenco is responsible for Zorb Quest, Blip Jam and the Tallon series.')).toEqual(sorted(['Zenco -develops-> Zorb Quest', 'Zenco -develops-> Blip Jam', 'Zenco -develops-> Tallon']));
    expect(develops('Qorva is behind Zorb Quest, Blip Jam and the upcoming Vimbo.')).toEqual(sorted(['Qorva -develops-> Zorb Quest', 'Qorva -develops-> Blip Jam', 'Qorva -develops-> Vimbo']));
    expect(develops('Qorva, which was behind Zorb Quest and the acclaimed Vimbo, said it would hire.')).toEqual(sorted(['Qorva -develops-> Zorb Quest', 'Qorva -develops-> Vimbo']));
    expect(develops('Zenco is responsible for developing Zorb Quest and the Tallon franchise.')).toEqual(sorted(['Zenco -develops-> Zorb Quest', 'Zenco -develops-> Tallon']));
  });

  it('a seller, an investor, an act, places and another owner are no credits', () => {
    expect(develops('Zenco Retail is responsible for selling Zorb Quest, Blip Jam and the Tallon series in Europe.')).toEqual([]);
    expect(develops('Zenco Retail is responsible for marketing Zorb Quest, Blip Jam and the Tallon series.')).toEqual([]);
    expect(develops('Qorva Capital is behind Zenco Inc, Vexa Corp and the upcoming Tallon Labs.')).toEqual([]);
    expect(develops('Zenco is responsible for the Zorb Quest and Blip Jam launches.')).toEqual([]);
    expect(develops('Zenco Games is behind the deal for Zorb Quest and the upcoming Vimbo.')).toEqual([]);
    expect(develops('Zenco is behind Qorva\'s Zorb Quest and the upcoming Vimbo.')).not.toContain('Zenco -develops-> Zorb Quest');
    expect(develops('Zenco is not behind Zorb Quest, Blip Jam and the upcoming Vimbo.')).toEqual([]);
    expect(develops('Jane Roe is behind Zorb Quest, Blip Jam and the upcoming Vimbo.')).toEqual([]);
    expect(develops('Qorva Distribution is responsible for Zorb Quest, Blip Jam and the Tallon series.')).not.toContain('Qorva Distribution -develops-> Blip Jam');
    expect(develops('Zenco Media is behind Zorb Quest, Blip Jam and the upcoming Vimbo.')).not.toContain('Zenco Media -develops-> Vimbo');
    expect(develops('Zenco Corp is behind Zorb Quest, Blip Jam and the upcoming Vimbo in the rankings.')).not.toContain('Zenco Corp -develops-> Vimbo');
  });

  it('a place in the list makes it no credit list', () => {
    expect(develops('Zenco Corp is responsible for Zorb Quest, Ruritania and the Kappa region.')).not.toContain('Zenco Corp -develops-> Ruritania');
  });
});

describe('what a maker owes its success to, and a lineup it crafted', () => {
  it('"owes its success to games including A and B"', () => {
    expect(develops('Qorva owes its success to games including Zorb Quest and Blip Jam.')).toEqual(sorted(['Qorva -develops-> Zorb Quest', 'Qorva -develops-> Blip Jam']));
    expect(develops('Qorva owes much of its fame to hit titles such as Zorb Quest, Blip Jam and the Tallon series.')).toEqual(sorted(['Qorva -develops-> Zorb Quest', 'Qorva -develops-> Blip Jam', 'Qorva -develops-> Tallon']));
  });

  it('"crafted a lineup spanning A, B and C"', () => {
    expect(develops('Qorva has crafted a lineup spanning Zorb Quest, Blip Jam and Tallon Rising.')).toEqual(sorted(['Qorva -develops-> Zorb Quest', 'Qorva -develops-> Blip Jam', 'Qorva -develops-> Tallon Rising']));
  });

  it('sellers, investors and firms are not what it owes its success to or built', () => {
    expect(develops('Zenco owes its success to retailers such as Qorva and Brisko.')).toEqual([]);
    expect(develops('Zenco owes its success to partners such as Qorva Inc and Brisko Corp.')).toEqual([]);
    expect(develops('Zenco owes its success to games including Qorva Inc and Vexa Corp.')).toEqual([]);
    expect(develops('Zenco Capital has assembled a slate including Qorva Inc and Vexa Corp.')).toEqual([]);
    expect(develops('Zenco owes its success to Qorva\'s games such as Zorb Quest and Blip Jam.')).not.toContain('Zenco -develops-> Zorb Quest');
    expect(develops('Zenco does not owe its success to games like Zorb Quest and Blip Jam.')).toEqual([]);
  });
});

describe('a studio that is the home of its titles', () => {
  it('"Qorva is the home of A and the B series"', () => {
    expect(develops('Qorva is the home of Zorb Quest and the Blip series.')).toEqual(sorted(['Qorva -develops-> Zorb Quest', 'Qorva -develops-> Blip']));
    expect(develops('Qorva Studios, which is home to Zorb Quest and Blip Jam, said it would hire.')).toEqual(sorted(['Qorva Studios -develops-> Zorb Quest', 'Qorva Studios -develops-> Blip Jam']));
  });

  it('a store, a service, an arcade or a place is home to others\' things, and firms or fans are no titles', () => {
    expect(develops('Steam is home to Zorb Quest and Blip Jam.')).toEqual([]);
    expect(develops('Xbox Game Pass is home to Zorb Quest and Blip Jam.')).toEqual([]);
    expect(develops('Zenco Store is home to Zorb Quest and Blip Jam.')).toEqual([]);
    expect(develops('The Zenco Arcade is home to Zorb Quest and Blip Jam.')).toEqual([]);
    expect(develops('Texas is home to Zorb Quest and the Blip festival.')).toEqual([]);
    expect(develops('Ruritania is home to Zenco Corp and Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Corp is home to Zorb Quest players and Blip Jam fans.')).toEqual([]);
    expect(develops('Zenco Corp is not home to Zorb Quest and Blip Jam.')).toEqual([]);
  });
});

describe('a second clause of trade under brands', () => {
  it('"markets lamps under the Lumo brand, and heaters under such brands as A and B"', () => {
    expect(develops('Zenco also markets lamps under the Lumo brand, and heaters under such brands as Qorvix and Brisko.')).toEqual(sorted(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorvix', 'Zenco -develops-> Brisko']));
    expect(develops('Zenco sells tents under the Lumo brand, and stoves under the Qorvix and Brisko brands.')).toEqual(sorted(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorvix', 'Zenco -develops-> Brisko']));
  });

  it('another subject, a licensor, a client or a distributor keep the second brands', () => {
    expect(develops('Zenco sells lamps under the Lumo brand, and Qorva sells heaters under brands such as Vexo and Brisko.')).not.toContain('Zenco -develops-> Vexo');
    expect(develops('Zenco markets lamps under the Lumo brand, and heaters under brands such as Vexo and Brisko, under licence from Qorva.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Zenco markets lamps under the Lumo brand, and heaters under brands such as Vexo and Brisko on behalf of clients.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Zenco markets lamps under the Lumo brand, and heaters under brands such as Qorva Inc and Vexa Corp.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Zenco sells lamps under the Lumo brand, while heaters made by Qorva are sold under brands such as Vexo and Brisko.')).not.toContain('Zenco -develops-> Vexo');
    expect(develops('Zenco sold lamps under the Lumo brand, and plans to sell heaters under brands such as Vexo and Brisko.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Zenco markets lamps under the Lumo brand, and heaters under brands such as Texas and Ohio.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Zenco makes lamps under licence from Qorva under the Lumo brand, and heaters under brands such as Vexo and Brisko.')).not.toContain('Zenco -develops-> Vexo');
  });
});

describe('a maker\'s name before a plural of its goods, a list set off after it', () => {
  it('"moved to Zenco Corp database services, including A, B and C"', () => {
    expect(develops('The data moved to Zenco Corp database services, including Zbase, Zflow and Zstore.')).toEqual(sorted(['Zenco Corp -develops-> Zbase', 'Zenco Corp -develops-> Zflow', 'Zenco Corp -develops-> Zstore']));
    expect(develops('Customers can use Zenco Corp cloud products, such as Zbase and Zflow.')).toEqual(sorted(['Zenco Corp -develops-> Zbase', 'Zenco Corp -develops-> Zflow']));
  });

  it('makers listed, partners\' or rivals\' goods, places and firms give nothing', () => {
    expect(develops('Qorva Inc sells Zenco Corp and Vexa Corp database services, including Zbase and Zflow.')).toEqual([]);
    expect(develops('Zenco Corp partner products, including Zbase and Zflow, were shown.')).toEqual([]);
    expect(develops('Zenco Corp rival products, including Zbase and Zflow, gained.')).toEqual([]);
    expect(develops('Zenco Corp third-party apps, including Zbase and Zflow, were pulled.')).toEqual([]);
    expect(develops('Zenco Corp cloud services, including those in Ruritania, Zembla and Kappa, grew.')).toEqual([]);
    expect(develops('Zenco Corp portfolio companies, including Zbase Inc and Zflow Corp, grew.')).toEqual([]);
    expect(develops('Zenco Corp store brands, including Zbase and Zflow, sold well.')).toEqual([]);
    expect(develops('Zenco Corp customers, including Zbase and Zflow, left.')).toEqual([]);
    expect(develops('Netflix streaming titles, including Zorb Quest and Blip Jam, were removed.')).toEqual([]);
  });
});
