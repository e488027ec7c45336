import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 80, fifth round, from its fifty-fifth set: "Among them are …" two sentences after the act when the sentence between names no
// other counted things, people or groups; a list drawn up for providers to block, and its members "included on the list" right after
// it. Sentences written for the tests.

describe('"Among them are" two sentences after the act', () => {
  it('a sentence between that counts nothing leaves the list to the act', () => {
    expect(only('restricts')(scoredClaimsOf("China's commerce ministry added seven European firms to its export control list on Thursday. The move follows the EU's latest package. Among them are Zenco Defence, Qorva Aerospace and Kappa Labs."))).toEqual([
      'Ministry of Commerce -restricts-> Kappa Labs',
      'Ministry of Commerce -restricts-> Qorva Aerospace',
      'Ministry of Commerce -restricts-> Zenco Defence',
    ]);
  });

  it('a sentence between that counts other things, or names a group, takes "them" for itself', () => {
    expect(only('restricts')(scoredClaimsOf("China's commerce ministry added seven firms to its export control list on Thursday. Zenco Inc said several banks had cut ties. Among them are Qorva Bank and Vexa Bank."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India banned 59 Chinese apps on Monday. Several Chinese companies were hit hard. Among them are Zenco Inc and Qorva Labs.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Indonesia blocked 12 apps. Several rivals benefited. Among them are Zenco Inc and Qorva Labs.'))).toEqual([]);
  });
});

describe('a list drawn up for providers to block', () => {
  it('"drew up a list of betting sites for internet providers to block. Included on the list are A and B" bans each', () => {
    expect(only('banned')(scoredClaimsOf("Lithuania's gaming regulator drew up a list of betting sites for internet providers to block. Included on the list are Zenco Bet and Qorva Bet."))).toEqual([
      "Lithuania's gaming regulator -banned-> Qorva Bet",
      "Lithuania's gaming regulator -banned-> Zenco Bet",
    ]);
  });

  it('"Estonia\'s tax board" sending such a list is the state\'s body that bans', () => {
    expect(only('banned')(scoredClaimsOf("Estonia's tax board sent internet providers a list of 200 gambling domains to block. The brands on the list include Zenco Bet and Qorva Bet."))).toEqual([
      "Estonia's tax board -banned-> Qorva Bet",
      "Estonia's tax board -banned-> Zenco Bet",
    ]);
  });

  it('a list only asked for, or another list between, bans nothing', () => {
    expect(only('banned')(scoredClaimsOf("Lawmakers urged Italy's gaming regulator to draw up a list of betting sites to block. Included on the list are Lumo Bet and Vexa Bet."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 20 firms on Monday. Zenco Inc drew up a list of sites for its staff to block. Included on the list are Vexa News and Lumo Media.'))).toEqual([]);
  });

  it('a list drawn up for another purpose bans nothing', () => {
    expect(only('banned')(scoredClaimsOf("Lithuania's gaming regulator drew up a list of betting sites that hold licences. Included on the list are Zenco Bet and Qorva Bet."))).toEqual([]);
  });
});
