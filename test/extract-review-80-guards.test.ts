import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 80, the third review's fixes: acts undone whatever describes them, "namely" kept to its own act, a deadline's setter named
// alone, sanctions borne told in a relative clause, and kinds of things that may be firms too. Sentences written for the tests.

describe('an act undone, whatever words describe it', () => {
  it('"lifted long-standing sanctions on 5 firms" and "ended Russia-related sanctions" list no one after them', () => {
    expect(scoredClaimsOf('The US lifted long-standing sanctions on 5 firms. Zenco Inc and Qorva Labs are among the affected firms.')).toEqual([]);
    expect(scoredClaimsOf('The EU ended Russia-related sanctions on 5 banks. Zenco Bank and Qorva Bank are among the affected banks.')).toEqual([]);
  });

  it('"reversed its decision to block 10 apps", "scrapped its blacklist of 30 firms", "overturned India\'s ban" ban no one after them', () => {
    expect(only('banned')(scoredClaimsOf('Vietnam reversed its decision to block 10 apps. Vexa Chat and Lumo Bet are among the affected apps.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('China scrapped its blacklist of 30 firms. Zenco Inc and Qorva Labs are among the affected firms.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("The court overturned India's ban on 59 apps. Zenco Chat and Qorva Play are among the affected apps."))).toEqual([]);
  });

  it('"revoked the licences of 5 sanctioned banks" is a ban of the banks the next sentence names, not a listing', () => {
    expect(scoredClaimsOf("Russia's central bank revoked the licences of 5 sanctioned banks. Zenco Bank and Qorva Bank are among them.")).toEqual([
      "Russia's central bank -banned-> Qorva Bank",
      "Russia's central bank -banned-> Zenco Bank",
    ]);
  });
});

describe('"namely" kept to its own act', () => {
  it('after another clause or verb, "namely" names no target of the act', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Inc competes with 3 rivals, namely Qorva Labs and Vexa Chat, after India banned 4 apps.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Russia blocked 16 exchanges and warned 3 others, namely Zenco Exchange and Qorva Pay.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India banned 59 apps, sparing 2, namely Vexa Chat and Lumo Bet.'))).toEqual([]);
  });

  it('a reporting source after the list is no member', () => {
    expect(only('banned')(scoredClaimsOf('Russia blocked 16 exchanges that had not registered, namely Zenco Exchange and Qorva Pay, Reuters reported.'))).toEqual([
      'Russia -banned-> Qorva Pay',
      'Russia -banned-> Zenco Exchange',
    ]);
  });
});

describe("a deadline's setter", () => {
  it('a setter joined to the clause before is no setter; a second deadline with no name of its own sets nothing', () => {
    expect(only('banned')(scoredClaimsOf("Anatel blocked Vexa Chat, and Kenya's High Court gave the Communications Authority a week to suspend Lumo Bet."))).not.toContain('Vexa Chat -banned-> Lumo Bet');
    expect(only('banned')(scoredClaimsOf("Brazil's Supreme Court gave Anatel 2 hours to block Vexa Chat and gave Apple a day to remove Lumo Bet."))).not.toContain('Vexa Chat -banned-> Lumo Bet');
  });
});

describe('sanctions borne, told in a relative clause', () => {
  it('"Zenco Inc, which had sanctions imposed on it by the US, …" is restricted by the US', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc, which had sanctions imposed on it by the US, launched Vexa Chat.'))).toEqual(['United States -restricts-> Zenco Inc']);
  });

  it('a reporting tail or a day after the participle keeps the reading after a listing act', () => {
    expect(only('restricts')(scoredClaimsOf('The EU blacklisted 8 firms. Zenco Inc also had restrictions placed on it on Monday.'))).toEqual(['European Union -restricts-> Zenco Inc']);
  });
});

describe('the fourth review', () => {
  it('sanctions since lifted, or in force until a year, restrict no one', () => {
    expect(only('restricts')(scoredClaimsOf('The US sanctioned 12 firms on Monday. Zenco Inc had sanctions imposed on it, which have since been lifted.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco Inc had sanctions imposed on it by the US until 2019.'))).toEqual([]);
  });

  it('a time or an aside between the setter and "gave" keeps the setter', () => {
    expect(only('banned')(scoredClaimsOf("Brazil's electoral court on Friday gave Anatel 24 hours to block Vexa Chat."))).toEqual(["Brazil's electoral court -banned-> Vexa Chat"]);
  });

  it('dropping opposition to a ban undoes nothing', () => {
    expect(only('banned')(scoredClaimsOf('Russia dropped its opposition to a ban on 20 apps. Zenco Chat and Vexa Chat are among the affected apps.'))).toEqual([
      'Russia -banned-> Vexa Chat',
      'Russia -banned-> Zenco Chat',
    ]);
  });
});

describe('kinds that may be firms or things', () => {
  it('exchanges counted, then named as firms, still continue the ban', () => {
    expect(only('banned')(scoredClaimsOf('Russia blocked 16 exchanges. Zenco Exchange and Qorva Pay are among the affected firms.'))).toEqual([
      'Russia -banned-> Qorva Pay',
      'Russia -banned-> Zenco Exchange',
    ]);
  });

  it('"apps developed by Chinese firms" counts apps only', () => {
    expect(only('banned')(scoredClaimsOf('India banned 59 apps developed by Chinese firms. Zenco Inc and Qorva Labs are among the affected firms.'))).toEqual([]);
  });
});
