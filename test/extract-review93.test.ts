import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr93 of stop 93's first round (stopped deals, duties told after "said that"): the faults real-looking and written
// sentences showed, each with the phrasing the rule still reads. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const actsOn = (text: string): string[] => [...banned(text), ...restricts(text)].sort();

describe('a ban verb holding a firm back "from buying": the verb\'s own reading stays', () => {
  it('"banned A from buying B", "barred A from buying chips", "banned A and B from merging" keep a claim on A', () => {
    expect(restricts('Norway banned Zenco Inc from buying Qorva Ltd.')).toEqual(['Norway -restricts-> Zenco Inc']);
    expect(actsOn('Norway barred Zenco Inc from buying American chips.')).toEqual(['Norway -banned-> Zenco Inc']);
    expect(restricts('Norway banned Zenco Inc and Qorva Ltd from merging.')).toEqual(['Norway -restricts-> Qorva Ltd', 'Norway -restricts-> Zenco Inc']);
  });

  it('a deal carried through ("going ahead with its open offer") is still only restricted, no ban', () => {
    const text = 'The Supreme Court restrained Zenco Holdings from going ahead with its open offer for Qorva Group.';
    expect(banned(text)).toEqual([]);
    expect(restricts(text)).toEqual(['Supreme Court -restricts-> Zenco Holdings']);
  });
});

describe('"said that X will pay duties": a firm named by the duty-setting body, not a state, nor on a condition', () => {
  it('a state said to pay the tariffs, or a duty on a condition, restricts no one', () => {
    expect(restricts('Norway said that Canada will pay the tariffs.')).toEqual([]);
    expect(restricts('The US Trade Agency said that Zenco Corp would pay duties of 20% if it fails to cooperate.')).toEqual([]);
    expect(restricts('The US Trade Agency said that Zenco Corp will face duties of 20% unless it cuts prices.')).toEqual([]);
  });

  it('a firm told it will pay a duty still is restricted', () => {
    expect(restricts('The US Trade Agency said that Zenco Corp will pay final anti-dumping duties of 9%.')).toEqual(['US Trade Agency -restricts-> Zenco Corp']);
  });
});

describe('a merger owned by a party named by a kind of several words is stopped, no ban', () => {
  it('"prohibited the private hospital group\'s proposed merger with B" bans no one', () => {
    expect(banned("The Competition Tribunal prohibited the private hospital group's proposed merger with Qorva Health.")).toEqual([]);
    expect(banned("The Competition Tribunal prohibited the group's proposed merger with Qorva Health.")).toEqual([]);
  });

  it('a possessed thing that is no deal is still banned', () => {
    expect(banned("Norway banned the Chinese-owned company's app Zeta.")).toEqual(['Norway -banned-> Zeta']);
  });
});
