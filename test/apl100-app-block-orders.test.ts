import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper apl100 (stop 99), from real news on states blocking apps, sites and exchanges: an order's list of services after a noun
// ("the order targets several apps (including …)"), an ordered party's bracketed acronym, a service noun before the nominal act's
// "by" agents, a state's demonym spelled as its name plus "n", and an article in capitals opening a sentence. Sentences written
// for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe("an order named by a noun, its services listed after 'including' or in brackets", () => {
  it('the clause subject gives the order', () => {
    expect(bans('The Ruritania Media Authority confirmed to Qorva News that the order targets several apps (including Zeta, Vexa and Lumo).')).toEqual(['Ruritania Media Authority -banned-> Lumo', 'Ruritania Media Authority -banned-> Vexa', 'Ruritania Media Authority -banned-> Zeta']);
    expect(bans('The Zembla Telecom Commission said the directive covers 12 platforms, including Zeta and Vexa.')).toEqual(['Zembla Telecom Commission -banned-> Vexa', 'Zembla Telecom Commission -banned-> Zeta']);
    expect(bans('The Ruritania Gaming Authority said its ban also applies to several betting sites such as Zeta and Lumo.')).toEqual(['Ruritania Gaming Authority -banned-> Lumo', 'Ruritania Gaming Authority -banned-> Zeta']);
  });

  it("the order's possessor gives it", () => {
    expect(bans("The Zembla Telecom Commission's order targets several messengers, including Zeta and Vexa.")).toEqual(['Zembla Telecom Commission -banned-> Vexa', 'Zembla Telecom Commission -banned-> Zeta']);
  });
});

describe('who orders the block, past the ordered party\'s acronym or a word placing it', () => {
  it('"compelled local Internet Service Providers (ISPs) to restrict access to Zeta"', () => {
    expect(bans('The Ruritania Gaming Authority (RGA) has compelled local Internet Service Providers (ISPs) to restrict access to Zeta.')).toEqual(['Ruritania Gaming Authority -banned-> Zeta']);
    expect(bans('The Zembla Telecom Commission forced all Internet Service Providers to block Vexa.')).toEqual(['Zembla Telecom Commission -banned-> Vexa']);
    expect(bans('The Zembla Telecom Commission told major Mobile Network Operators (MNOs) to block Lumo.')).toEqual(['Zembla Telecom Commission -banned-> Lumo']);
  });
});

describe('a nominal block with its agents after a service noun', () => {
  it('"the blocking of access to Zeta websites by A and B"', () => {
    expect(bans('The move follows the blocking of access to Zeta websites by the Ruritania Media Authority and the Zembla Telecom Commission (ZTC) on March 25.')).toEqual(['Ruritania Media Authority -banned-> Zeta', 'Zembla Telecom Commission -banned-> Zeta']);
    expect(bans('The blocking of Vexa apps by the Ruritania Media Authority began on Monday.')).toEqual(['Ruritania Media Authority -banned-> Vexa']);
  });
});

describe("a state's demonym and an opening article in capitals", () => {
  it('"the Somalian government", "Slovakian regulators"', () => {
    expect(bans('The Somalian government has banned Zeta, Vexa and Lumo.')).toEqual(['Somalia -banned-> Lumo', 'Somalia -banned-> Vexa', 'Somalia -banned-> Zeta']);
    expect(bans('Slovakian regulators blocked Vexa last week.')).toEqual(['Slovakia -banned-> Vexa']);
  });

  it('"THE Zembla government has banned Zeta"', () => {
    expect(bans('THE Ruritania government has banned Zeta.')).toEqual(['Ruritania -banned-> Zeta']);
    expect(bans('THE Somalian government has blocked Vexa and Lumo.')).toEqual(['Somalia -banned-> Lumo', 'Somalia -banned-> Vexa']);
  });
});

describe('near misses', () => {
  it('a firm, a study or a request gives no ban', () => {
    expect(bans('Zenco said the order targets several apps, including Zeta and Vexa.')).toEqual([]);
    expect(bans('The Ruritania Media Authority said the study covers several apps, including Zeta and Vexa.')).toEqual([]);
    expect(bans('The blocking of Zeta apps by hackers began on Monday.')).toEqual([]);
    expect(bans('Zenco asked local Internet Service Providers (ISPs) to carry Zeta.')).toEqual([]);
    expect(bans('THE ZEMBLA GOVERNMENT PRAISES ZETA APP')).toEqual([]);
  });
});
