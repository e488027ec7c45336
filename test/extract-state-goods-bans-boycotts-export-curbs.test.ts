import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper gds92, from stop 91's eighty-fifth fresh sample (set 85): a state's ban on another state's goods told without "imports"
// (a sale ban, an order to its shops, a headline's "bans Zembla goods"), states' boycotts of another, a state's curbs on its exports
// to another, and a local body keeping a firm from opening. As with the import halts of stop 91, a measure on a state's goods
// restricts that state (one trade kept from), it does not ban it. Firms' own halts, pleas, plans, lifted bans, boycotts by consumers
// or firms, places of making with no act and exports only told of give nothing. Sentences written for the tests.
// Since stop 92 (helper imb92) a ban on a state's goods or on their sale bans that state (the fresh samples' readers); the
// boycotts and export curbs below still restrict.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe("a state's ban on the sale of another state's goods", () => {
  it('"prohibited the sale of products made in A, B and C" bans each state the goods come from', () => {
    expect(banned('Norway has prohibited the sale of products made in Chile, Peru and Brazil.')).toEqual([
      'Norway -banned-> Brazil',
      'Norway -banned-> Chile',
      'Norway -banned-> Peru',
    ]);
    expect(banned('Norway banned goods coming from Chile and Peru.')).toEqual(['Norway -banned-> Chile', 'Norway -banned-> Peru']);
    expect(banned('Norway will ban products originating from Chile and Peru.')).toEqual(['Norway -banned-> Chile', 'Norway -banned-> Peru']);
    expect(banned('Norway has banned the sale of goods from Chile.')).toEqual(['Norway -banned-> Chile']);
  });

  it('the state named before its goods: a headline\'s "bans A, B goods", "banned the sale of A products"', () => {
    expect(banned('Norway bans Chile, Peru goods from stores')).toEqual(['Norway -banned-> Chile', 'Norway -banned-> Peru']);
    expect(banned('Norway has banned the sale of Chilean products.')).toEqual(['Norway -banned-> Chile']);
    expect(banned('Norway banned all Chilean dairy products.')).toEqual(['Norway -banned-> Chile']);
  });

  it('an order to its shops to remove or stop selling goods from states bans each state', () => {
    expect(banned('Norway ordered retailers to stop sales of products from Chile.')).toEqual(['Norway -banned-> Chile']);
    expect(banned('Norway instructed shops to remove products made in the three countries, Chile, Peru and Brazil.')).toEqual([
      'Norway -banned-> Brazil',
      'Norway -banned-> Chile',
      'Norway -banned-> Peru',
    ]);
    expect(banned('Norway has asked shops to remove all goods imported from neighbouring countries (Chile, Peru).')).toEqual([
      'Norway -banned-> Chile',
      'Norway -banned-> Peru',
    ]);
    expect(banned('Norway told traders and shops to stop dealing in products imported from Chile.')).toEqual(['Norway -banned-> Chile']);
    expect(banned('Norway has called on all shops across the country to remove all products made in Chile from their shelves.')).toEqual([
      'Norway -banned-> Chile',
    ]);
  });

  it('a firm, a plea, a plan, a lifted ban or a place of making bans no state', () => {
    expect(banned('Zenco Inc has stopped the sale of products made in Chile.')).toEqual([]);
    expect(banned('Zenco Inc told its stores to remove products made in Chile.')).toEqual([]);
    expect(banned('Norway urged shops to remove products made in Chile.')).toEqual([]);
    expect(banned('Norway threatened to ban the sale of products made in Chile.')).toEqual([]);
    expect(banned('Norway is considering a ban on goods from Chile.')).toEqual([]);
    expect(banned('Norway lifted its ban on the sale of goods from Chile.')).toEqual([]);
    expect(banned('Norway did not ban goods from Chile.')).toEqual([]);
    expect(banned('Shoppers in Norway bought products made in Chile.')).toEqual([]);
    expect(banned('Norway sells products made in Chile.')).toEqual([]);
    expect(banned('Norway banned the sale of products made in Chile by Zenco Inc.')).not.toContain('Norway -banned-> Chile');
    expect(banned("Norway banned the sale of products from Chile's Zenco Inc.")).not.toContain('Norway -banned-> Chile');
    expect(banned('Retailers in Norway stopped the sale of goods from Chile.')).toEqual([]);
    expect(banned('Norway plans to ban goods from Chile.')).toEqual([]);
    expect(banned("Zenco Inc, Norway's largest distributor, stopped selling products made in Chile.")).toEqual([]);
    expect(banned('The Norway-based retailer Zenco Inc banned goods from Chile.')).toEqual([]);
    expect(banned("Norway's investor Zenco Inc banned goods from Chile.")).toEqual([]);
    expect(banned('Norway banned goods from stores in Chile.')).toEqual([]);
    expect(banned('The EU banned the sale of products in France that contain lead.')).toEqual([]);
    expect(banned('Norway banned the sale of goods from Chile to Peru.')).not.toContain('Norway -banned-> Chile');
  });

  it('a retailer dropping a brand restricts no state', () => {
    expect(restricts('Online retailer Zenco Inc will phase out Qorva Ltd products.')).toEqual([]);
  });
});

describe("states' boycotts of another", () => {
  it('"A, B and C launched a commercial and political boycott of D" restricts D, by each state', () => {
    expect(restricts('Chile, Peru and Brazil launched a commercial and political boycott of Norway.')).toEqual([
      'Brazil -restricts-> Norway',
      'Chile -restricts-> Norway',
      'Peru -restricts-> Norway',
    ]);
    expect(restricts('Chile launched a trade boycott of Norway.')).toEqual(['Chile -restricts-> Norway']);
    expect(restricts('Chile and Peru imposed a trade and diplomatic boycott on Norway.')).toEqual(['Chile -restricts-> Norway', 'Peru -restricts-> Norway']);
    expect(restricts('Chile and Peru imposed trade embargoes on Norway.')).toEqual(['Chile -restricts-> Norway', 'Peru -restricts-> Norway']);
  });

  it('a boycott by consumers, a firm or a union, or one only called for, restricts no one', () => {
    expect(restricts('Consumers in Chile launched a boycott of Norway.')).toEqual([]);
    expect(restricts('Zenco Inc launched a boycott of Norway.')).toEqual([]);
    expect(restricts('Chile called for a boycott of Norway.')).toEqual([]);
    expect(restricts('Chile threatened a boycott of Norway.')).toEqual([]);
    expect(restricts('Chile ended its boycott of Norway.')).toEqual([]);
    expect(restricts('Chile lifted its boycott of Norway.')).toEqual([]);
    expect(restricts('Activists in Chile launched a boycott of Zenco Inc.')).toEqual([]);
    expect(restricts('Chile launched a boycott campaign against Zenco Inc.')).toEqual([]);
    expect(restricts("Chile's fans launched a boycott of Norway.")).toEqual([]);
    expect(restricts('Norway criticised the boycott of Chile.')).toEqual([]);
    expect(restricts('The boycott of Zenco Inc by consumers in Norway hurt sales.')).toEqual([]);
    expect(restricts('Chile urged Peru to launch a boycott of Norway.')).toEqual([]);
  });
});

describe("a state's curbs on its exports to another", () => {
  it('"is limiting its oil exports to D", "banned fuel exports to D" restrict D', () => {
    expect(restricts('China is limiting its oil exports to North Korea.')).toEqual(['China -restricts-> North Korea']);
    expect(restricts('China banned fuel exports to North Korea.')).toEqual(['China -restricts-> North Korea']);
    expect(restricts('China limits oil exports to North Korea, bans textile imports.')).toEqual(['China -restricts-> North Korea']);
    expect(restricts('Norway halted arms sales to Chile.')).toEqual(['Norway -restricts-> Chile']);
  });

  it('exports that rose, were cut by a firm, or were only weighed restrict no one', () => {
    expect(restricts("China's oil exports to North Korea rose in May.")).toEqual([]);
    expect(restricts('China increased its oil exports to North Korea.')).toEqual([]);
    expect(restricts('Zenco Inc halted its oil exports to North Korea.')).toEqual([]);
    expect(restricts('China threatened to ban fuel exports to North Korea.')).toEqual([]);
    expect(restricts('China lifted its ban on fuel exports to North Korea.')).toEqual([]);
    expect(restricts('China has not limited its oil exports to North Korea.')).toEqual([]);
    expect(restricts('China may limit oil exports to North Korea.')).toEqual([]);
    expect(restricts('Zenco Inc, a Chinese refiner, halted fuel exports to North Korea.')).toEqual([]);
    expect(restricts('China cut its oil exports to North Korea as demand fell.')).toEqual([]);
    expect(restricts('Norway suspended talks on arms sales to Chile.')).toEqual([]);
  });
});

describe('a local body keeping a firm from opening', () => {
  it('"the council voted to stop Zenco from opening" bans the firm', () => {
    expect(banned('The Ruritown City Council voted to stop Zenco Inc from opening at the airport.')).toEqual(['Ruritown City Council -banned-> Zenco Inc']);
    expect(banned('The Ruritown City Council blocked Zenco Inc from opening a store downtown.')).toEqual(['Ruritown City Council -banned-> Zenco Inc']);
  });

  it('a body that failed to stop it, a bank kept from opening accounts, or a firm stopping another bans nothing', () => {
    expect(banned('The Ruritown City Council failed to stop Zenco Inc from opening at the airport.')).toEqual([]);
    expect(banned('The Ruritown City Council voted against a Zenco Inc location.')).toEqual([]);
    expect(banned('The Federal Reserve barred Zenco Bank from opening new accounts.')).toEqual([]);
    expect(banned('Qorva Ltd stopped Zenco Inc from opening at the airport.')).toEqual([]);
    expect(banned('The Ruritown City Council may stop Zenco Inc from opening at the airport.')).toEqual([]);
    expect(banned('The Ruritown City Council voted not to stop Zenco Inc from opening at the airport.')).toEqual([]);
    expect(banned('The Ruritown City Council refused to stop Zenco Inc from opening at the airport.')).toEqual([]);
    expect(banned('The Ruritown City Council could not stop Zenco Inc from opening at the airport.')).toEqual([]);
    expect(banned('Residents asked the Ruritown City Council to stop Zenco Inc from opening at the airport.')).toEqual([]);
  });
});
