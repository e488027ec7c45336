import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cau100 (stop 99), from a fresh sample of technology news: clauses read wrong. A relative clause set off after a list's
// member, or a "whose" before a participle, tells of another thing than the member; "rival" opening a clause of time or cause sets
// its name against the main clause's subject; an act noun after "with" and a trade noun naming a firm again. Sentences written for
// the tests.

const kind = (relation: string) => (text: string): string[] => only(relation)(scoredClaimsOf(text)).sort();
const restricts = kind('restricts');
const develops = kind('develops');
const rivals = kind('competes_with');

describe("a member's relative clause is no part of the list", () => {
  it('names in a "whose", "which" or "who" clause after a member are not listed', () => {
    expect(restricts('The Commerce Department added two dozen firms to the Entity List on Monday. These included Zenco Inc, a maker of servers, and Qorva Corp, whose chip was made by Vexa Ltd for Lumo Ltd.')).toEqual(['Commerce Department -restricts-> Qorva Corp', 'Commerce Department -restricts-> Zenco Inc']);
    expect(restricts('The Commerce Department added two dozen firms to the Entity List on Monday. These included Zenco Inc, which is backed by Vexa Ltd, and Qorva Corp.')).toEqual(['Commerce Department -restricts-> Qorva Corp', 'Commerce Department -restricts-> Zenco Inc']);
  });

  it('"Y, whose N—made by X—" does not make Y X\'s', () => {
    expect(develops('Buyers returned the Zeta X9 phone, whose chip—manufactured by Vexa Ltd—overheated in tests.')).toEqual([]);
    expect(develops('Buyers returned the Zeta X9 phone, whose screens, built by Vexa Ltd, cracked in tests.')).toEqual([]);
    expect(develops('The Zeta X9 phone, whose chip was made by Vexa Ltd, overheated in tests.')).toEqual([]);
  });

  it('near misses: a member with no clause, and a thing made by its maker, stay read', () => {
    expect(restricts('The Commerce Department added two dozen firms to the Entity List on Monday. These included Zenco Inc, Vexa Ltd and Qorva Corp.')).toEqual(['Commerce Department -restricts-> Qorva Corp', 'Commerce Department -restricts-> Vexa Ltd', 'Commerce Department -restricts-> Zenco Inc']);
    expect(develops('The Zeta X9 phone, made by Vexa Ltd, went on sale on Monday.')).toEqual(['Vexa Ltd -develops-> Zeta X9']);
  });
});

describe('"rival" opening a clause of time or cause', () => {
  it('sets its name against the main subject, not a possessor nearer to it', () => {
    expect(rivals("Zenco Inc has been struggling to meet Vexa Ltd's requirements as rival Qorva Corp has become its main supplier.")).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals("Zenco Inc missed Vexa Ltd's deadline while rival Qorva Corp shipped on time.")).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('near miss: no name after "rival"', () => {
    expect(rivals("Zenco Inc missed Vexa Ltd's deadline as rival makers shipped on time.")).toEqual([]);
  });
});

describe('an act noun after "with", and a firm named again by its trade', () => {
  it('"with the announcement of Y" after a parenthesised abbreviation', () => {
    expect(develops('Zenco Inc is shaking up the artificial intelligence (AI) world with the announcement of the Zeta X9 phone.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc surprised the market with the announcement of the Zeta X9 phone.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('"the vendor", "the manufacturer" point back to the firm', () => {
    expect(develops('Zenco Inc introduced a new reasoning model for banks. The AI vendor launched two versions of Zenmind.')).toEqual(['Zenco Inc -develops-> Zenmind']);
    expect(develops('Zenco Inc opened a new plant in Zembla. The manufacturer also unveiled the Zeta X9 phone.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('near miss: an announcement of a deal or a ban makes nothing', () => {
    expect(develops('Zenco Inc surprised the market with the announcement of a ban on exports.')).toEqual([]);
  });
});
