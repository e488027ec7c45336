import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 52's families from its second round's readers (bans, controls, makers), on sentences written
// for the tests: export halts and blocked shipments as export controls, competition stated by aim,
// brands after a possessive, rivals described with "one of", lower-case bodies "of" a state, the
// trade nouns opening a banned subject, central banks, and orders keeping a buyer from a deal.

describe('export halts and blocked shipments restrict the product', () => {
  it.each([
    ["Italy blocked a shipment of AstraZeneca's Zeta vaccine to Australia.", ['Italy -restricts-> Australia', 'Italy -restricts-> Zeta']],
    ["The US banned exports of Nvidia's H20 chips.", ['United States -restricts-> H20']],
    ['India temporarily halted exports of Covishield.', ['India -restricts-> Covishield']],
  ])('"%s"', (text, claims) => {
    const found = scoredClaimsOf(text);
    expect(only('restricts')(found)).toEqual(claims);
    expect(only('banned')(found)).toEqual([]);
  });

  it('a block on sales at home still bans, and a demonym destination is still restricted', () => {
    expect(scoredClaimsOf('Russia blocked sales of the Zeta 5.')).toEqual(['Russia -banned-> Zeta 5']);
    expect(scoredClaimsOf('The US bans the export of H20 chips to Chinese entities.')).toContain('United States -restricts-> China');
  });
});

describe('competition stated by aim', () => {
  it.each([
    ['The BMW iX3 is aimed squarely at the Tesla Model Y.', ['BMW iX3 -competes_with-> Tesla Model Y']],
    ["The deal will strengthen Samsung's competitive position against giants like Apple and Google.", ['Samsung -competes_with-> Apple', 'Samsung -competes_with-> Google']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('sanctions aimed at a firm, and a state taking aim, set no rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('The sanctions are aimed at Huawei.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('The US takes aim at Huawei.'))).toEqual([]);
  });

  it('"one of the fastest-growing X alternatives" in an apposition', () => {
    expect(scoredClaimsOf('Zapp, one of the fastest-growing Twitter alternatives, was banned in China.')).toEqual(['China -banned-> Zapp', 'Zapp -competes_with-> Twitter']);
  });
});

describe('makers', () => {
  it('a brand after a possessive', () => {
    expect(only('develops')(scoredClaimsOf('Samsung sells its energy drink brand Zeta.'))).toEqual(['Samsung -develops-> Zeta']);
  });
});

describe('bodies and subjects of bans', () => {
  it('"the environment ministry of South Korea" is that state\'s body', () => {
    expect(scoredClaimsOf('The environment ministry of South Korea banned sales of the Nissan Qashqai.')).toEqual(['environment ministry of South Korea -banned-> Nissan Qashqai']);
    expect(claimsOf('The environment ministry of South Korea banned sales of the Nissan Qashqai.')).toContain('environment ministry of South Korea -part_of-> South Korea');
  });

  it.each([
    ['Sales of the Nissan Qashqai were banned by South Korea.', ['South Korea -banned-> Nissan Qashqai']],
    ['Imports of the Zeta 5 were banned by Russia.', ['Russia -banned-> Zeta 5']],
  ])('"%s": the thing traded is banned', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a central bank named "Bank of" its state is the state\'s body; Bank of America is a firm', () => {
    expect(only('banned')(scoredClaimsOf('The Bank of Russia revoked the banking licence of Qiwi Bank.'))).toEqual(['Central Bank of Russia -banned-> Qiwi Bank']);
    expect(entitiesOf('Bank of America sued Zenco.')).toContain('Bank of America (company)');
  });

  it('a store yanking an app bans it', () => {
    expect(scoredClaimsOf('Apple yanked Damus from its China store.')).toEqual(['Apple -banned-> Damus']);
  });
});

describe('an order keeping a buyer from a deal', () => {
  it('restricts the buyer', () => {
    expect(only('restricts')(scoredClaimsOf('CFIUS issued an order preventing Wise Road Capital from acquiring Magnachip.'))).toEqual(['CFIUS -restricts-> Wise Road Capital']);
  });
});

describe('sanctions told by their targets\' roles and effects', () => {
  it('"Kappa Motors investor Zenco" names Zenco, not Kappa Motors', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department adds Kappa Motors investor Zenco Ltd to its list.'))).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
  });

  it.each([
    ['The Treasury told Americans not to do business with two firms: Zenco Ltd and Qorva Bank.', ['Treasury -restricts-> Qorva Bank', 'Treasury -restricts-> Zenco Ltd']],
    ['The US Treasury made it illegal to do business with Zenco Labs.', ['Treasury Department -restricts-> Zenco Labs']],
  ])('"%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a firm doing business with another restricts nothing', () => {
    expect(scoredClaimsOf('Apple said it would do business with Zenco Ltd.')).toEqual([]);
  });
});

describe("a headline's participle", () => {
  it('"X\'s Y Banned in Z" bans Y, not its maker', () => {
    expect(scoredClaimsOf("Samsung's Zeta Banned in China")).toEqual(['China -banned-> Zeta', 'Samsung -develops-> Zeta']);
  });
});
