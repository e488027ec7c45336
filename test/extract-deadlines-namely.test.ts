import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 80, third round, from stop 79's fresh misses: a deadline set for a named body to ban ("gave Anatel 24 hours to block X") is an
// order, so the one who set it bans; the things an act counted, named after "namely" past a clause of their own, are its targets.
// Sentences written for the tests.

describe('a deadline set for a named body to ban', () => {
  it('"Brazil\'s Supreme Court gave Anatel 24 hours to block X": the court bans X, not Anatel', () => {
    expect(only('banned')(scoredClaimsOf("Brazil's Supreme Court gave Anatel 24 hours to block Zenco Chat."))).toEqual(['Supreme Federal Court -banned-> Zenco Chat']);
  });

  it('"granted the Communications Authority a week to suspend X" too', () => {
    expect(only('banned')(scoredClaimsOf("Kenya's High Court granted the Communications Authority one week to suspend Zenco Bet."))).toEqual(['High Court -banned-> Zenco Bet']);
  });

  it('a deadline given to a firm to do something else bans nothing of the one who set it', () => {
    expect(only('banned')(scoredClaimsOf('Anatel gave Zenco Inc 24 hours to explain its data practices.'))).toEqual([]);
  });
});

describe('things counted, named after "namely" past a clause', () => {
  it('"blocked access to 16 exchanges that had not registered, namely A, B and C" bans each', () => {
    expect(only('banned')(scoredClaimsOf("Korea's Financial Intelligence Unit said it had blocked access to 16 exchanges that had not registered, namely KuCoin, MEXC and Phemex."))).toEqual([
      'Financial Intelligence Unit -banned-> KuCoin',
      'Financial Intelligence Unit -banned-> MEXC',
      'Financial Intelligence Unit -banned-> Phemex',
    ]);
  });

  it('"sanctioned 12 firms that supplied drones to Russia, namely A and B" restricts each, not Russia', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 12 firms that supplied drones to Russia, namely Zenco Systems and Qorva Marine.'))).toEqual([
      'Treasury -restricts-> Qorva Marine',
      'Treasury -restricts-> Zenco Systems',
    ]);
  });

  it('an act only proposed, or lifted, names no targets after "namely"', () => {
    expect(only('banned')(scoredClaimsOf('India plans to ban 59 apps that threaten its security, namely Zenco Chat and Qorva Play.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The Treasury lifted sanctions on 12 firms that had supplied drones, namely Zenco Systems and Qorva Marine.'))).toEqual([]);
  });
});

describe('the review of the second round', () => {
  it('"revoked its sanctions on 20 firms" is no act; a real act after a lifted one still counts', () => {
    expect(scoredClaimsOf('The Treasury revoked its sanctions on 20 firms. Zenco Inc and Qorva Labs are among them.')).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The Treasury eased sanctions on 5 firms, and sanctioned 20 others on Monday. Zenco Inc and Qorva Labs are among them.'))).toEqual([
      'Treasury -restricts-> Qorva Labs',
      'Treasury -restricts-> Zenco Inc',
    ]);
  });

  it('an undoing verb in an earlier conjunct leaves the act standing', () => {
    expect(only('banned')(scoredClaimsOf('Russia ended its ceasefire and banned 30 websites. The sites include Vexa News and Qorva Daily.'))).toContain('Russia -banned-> Vexa News');
  });

  it('an "affected" list of the same broad kind, with a describing word before it, still continues the ban', () => {
    expect(only('banned')(scoredClaimsOf('India banned 59 apps on Monday. The popular Zenco Chat and Qorva Play are among the affected apps.'))).toEqual([
      'India -banned-> Qorva Play',
      'India -banned-> Zenco Chat',
    ]);
  });

  it('"had sanctions imposed" told of another party, or at another time, lists no one', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 20 firms. Zenco Inc had sanctions imposed on its supplier Qorva Labs.'))).not.toContain('Treasury -restricts-> Zenco Inc');
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 20 firms in March. Zenco Inc had sanctions imposed on it in January.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 20 firms. Analysts at Zenco Inc had sanctions imposed on them.'))).toEqual([]);
  });

  it('two clauses of sanctions borne keep their own agents and bearers', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc had sanctions imposed on it by the US, and Qorva Labs had restrictions placed on it by China.'))).toEqual([
      'China -restricts-> Qorva Labs',
      'United States -restricts-> Zenco Inc',
    ]);
  });

  it('"the government" after a parliament gives the listing no parliament as its actor', () => {
    expect(only('banned')(scoredClaimsOf("Iran's parliament passed a law. The government banned 20 apps. The apps include Zenco Chat and Qorva Play."))).not.toContain("Iran's parliament -banned-> Zenco Chat");
  });

  it('"a Cyber Security Service" launched by a firm is its product', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Labs launched a Cyber Security Service that competes with Zenco Inc.'))).toEqual(['Qorva Labs -develops-> Cyber Security Service']);
  });
});
