import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 65, second round, from its first samples (drawn on ed82ea2): a state halting the sale of a maker's goods bans the maker; a
// cap set as a noun restricts the firm capped; an export ban on a maker's goods restricts the maker; taking a cap away bans
// nothing; a licence renewal denied as a noun bans the holder. Sentences written for the tests.

describe("a state halting the sale of a maker's goods", () => {
  it('"halted the sale of phones made by A and B" bans each maker', () => {
    expect(only('banned')(scoredClaimsOf('The Pentagon halted the sale of phones made by Zenco Mobile and Qorva Telecom on its bases.')).sort()).toEqual(
      ['Pentagon -banned-> Qorva Telecom', 'Pentagon -banned-> Zenco Mobile'],
    );
  });
});

describe('a cap set as a noun', () => {
  it('"set a cap on the spectrum that can be bought by A and B" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('Ofcom set a cap on the spectrum that can be bought by Zenco Telecom and Qorva Mobile.')).sort()).toEqual(
      ['Ofcom -restricts-> Qorva Mobile', 'Ofcom -restricts-> Zenco Telecom'],
    );
  });

  it('"imposed a cap on Zenco\'s spectrum holdings" restricts Zenco', () => {
    expect(only('restricts')(scoredClaimsOf("Ofcom imposed a cap on Zenco Telecom's spectrum holdings."))).toEqual(['Ofcom -restricts-> Zenco Telecom']);
  });

  it('"removed the user cap for Zenpay" bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('The Reserve Bank of India removed the user cap for Zenpay Wallet.'))).toEqual([]);
  });
});

describe("an export ban on a maker's goods", () => {
  it('"prohibits the export of any Zenco product to A, B and C" restricts the maker and each destination', () => {
    expect(only('restricts')(scoredClaimsOf('The United States prohibits the export of any Zenco Systems product to Iran, Syria and Cuba.')).sort()).toEqual(
      ['United States -restricts-> Cuba', 'United States -restricts-> Iran', 'United States -restricts-> Syria', 'United States -restricts-> Zenco Systems'],
    );
  });
});

describe('a licence renewal denied as a noun', () => {
  it.each([
    ["Kenya's Communications Authority denied the renewal of Zenco Telecom's licence."],
    ["Kenya's Communications Authority denied a licence renewal to Zenco Telecom."],
  ])('"%s" bans the holder', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Communications Authority -banned-> Zenco Telecom']);
  });
});

// Stop 65, second round, from its first-round samples (drawn on e610f4a): advertising bans on platforms, a state's presidential
// administration, a heading's list with its actor after "by", and defence firms' divisions.
describe('a ban on advertising on a platform', () => {
  it('"Turkey bans advertising on A, B and C" restricts each platform', () => {
    expect(scoredClaimsOf('Turkey bans advertising on Zapp, Qchat and Zorbix.').sort()).toEqual(
      ['Turkey -restricts-> Qchat', 'Turkey -restricts-> Zapp', 'Turkey -restricts-> Zorbix'],
    );
  });

  it('"imposed an advertising ban on A and B" restricts them; a ban on ads for a thing is still a ban', () => {
    expect(scoredClaimsOf('Turkey has imposed an advertising ban on Zapp and Qchat.').sort()).toEqual(['Turkey -restricts-> Qchat', 'Turkey -restricts-> Zapp']);
    expect(scoredClaimsOf('Turkey banned ads for Zeta Coin.')).toEqual(['Turkey -banned-> Zeta Coin']);
  });
});

describe("a state's presidential administration", () => {
  it('"Russia\'s presidential administration has told officials to stop using Zeta phones" is the state\'s body banning them', () => {
    expect(only('banned')(scoredClaimsOf("Russia's presidential administration has told officials to stop using Zeta phones."))).toEqual(
      ["Russia's presidential administration -banned-> Zeta"],
    );
  });
});

describe("a heading's list with its actor after by", () => {
  it('"Here are the platforms banned by the government: A, B and C" bans each, the government the state named before', () => {
    expect(only('banned')(scoredClaimsOf('Indonesia blocked 18 streaming platforms on Thursday. Here are the platforms banned by the government: Zenflix, Qorva TV and Kappa Play.')).sort()).toEqual(
      ['Indonesia -banned-> Kappa Play', 'Indonesia -banned-> Qorva TV', 'Indonesia -banned-> Zenflix'],
    );
  });
});

describe("defence firms' divisions", () => {
  it.each([['Lockheed Martin Space won the contract to build the satellite.'], ['Raytheon Missiles and Defense won the contract.']])('"%s" names a division, no product its parent made', (text) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([]);
  });
});
