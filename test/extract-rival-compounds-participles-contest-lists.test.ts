import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cr86, from fresh news samples: a rival noun compounded before a name ("Zenco modem rival Qorva", "Zenco's peer, Qorva"),
// "rival" as a modifier of the object ("acquiring smaller rival Qorva"), a participle with a list ("competing head-to-head with A
// and B"), and a list of challengers after a contest verb ("tried to topple Zenco, like A and B"). Sentences written for the tests.

// competes_with is undirected: each pair is written with its names in alphabetical order.
const rivals = (text: string): string[] =>
  only('competes_with')(scoredClaimsOf(text))
    .map((claim) => claim.split(' -competes_with-> ').sort().join(' ~ '))
    .sort();

describe('a rival noun compounded before the name', () => {
  it('"Zenco modem rival Qorva" sets Qorva against Zenco', () => {
    expect(rivals('Zenco modem rival Qorva spun off its unit on Monday.')).toEqual(['Qorva ~ Zenco']);
  });
  it('"Zenco\'s peer, Qorva," and "Zenco rival Qorva"', () => {
    expect(rivals("Zenco's peer, Qorva, is struggling too.")).toEqual(['Qorva ~ Zenco']);
    expect(rivals('Shares of Zenco rival Qorva fell 4% on Friday.')).toEqual(['Qorva ~ Zenco']);
  });
  it('"fellow chipmaker Qorva" with Zenco named in the clause', () => {
    expect(rivals('Zenco lost ground to fellow chipmaker Qorva last quarter.')).toEqual(['Qorva ~ Zenco']);
  });
  it('a partner or customer compounded before the name names no rival', () => {
    expect(rivals('Zenco partner Qorva spun off its unit on Monday.')).toEqual([]);
    expect(rivals('Zenco customer Qorva spun off its unit on Monday.')).toEqual([]);
    expect(rivals("Zenco's former peer, Qorva, is struggling too.")).toEqual([]);
    expect(rivals("Zenco's parent company, Qorva, is struggling.")).toEqual([]);
  });
});

describe('"rival" as a modifier of the object', () => {
  it('"acquiring smaller rival Qorva" sets the subject against Qorva', () => {
    expect(rivals('Zenco is acquiring smaller rival Qorva for $2 billion.')).toEqual(['Qorva ~ Zenco']);
  });
  it('"against rival company Qorva", "infringe rival Qorva\'s patents"', () => {
    expect(rivals('Zenco filed a lawsuit against rival company Qorva on Tuesday.')).toEqual(['Qorva ~ Zenco']);
    expect(rivals("Zenco was found to infringe rival Qorva's patents.")).toEqual(['Qorva ~ Zenco']);
  });
  it('"Qorva, an up-and-coming rival," of the subject firm', () => {
    expect(rivals('Zenco said Qorva, an up-and-coming rival, had copied its design.')).toEqual(['Qorva ~ Zenco']);
  });
  it("a former rival, another firm's rival or a person names no rival of the subject", () => {
    expect(rivals('Zenco said Qorva, a former rival, had copied its design.')).toEqual([]);
    expect(rivals('Zenco said Qorva, a rival of Lumo, had copied its design.')).toEqual(['Lumo ~ Qorva']);
    expect(rivals('Zenco hired John Smith, a rival.')).toEqual([]);
    expect(rivals('Zenco bought Vell to take on larger rival Qorva.')).toEqual(['Qorva ~ Zenco']);
  });
});

describe('a participle with a list of rivals', () => {
  it('"competing head-to-head with A and B" sets each against the subject', () => {
    expect(rivals('Zenco grew into a big vendor, competing head-to-head with Qorva and Zembla.')).toEqual(['Qorva ~ Zenco', 'Zembla ~ Zenco']);
  });
  it('"competing directly with A, B and C" and "competing against A and B"', () => {
    expect(rivals('Zenco expanded abroad, competing directly with Qorva, Lumo and Zembla.')).toEqual(['Lumo ~ Zenco', 'Qorva ~ Zenco', 'Zembla ~ Zenco']);
    expect(rivals('Zenco cut its prices, competing against Qorva and Lumo.')).toEqual(['Lumo ~ Zenco', 'Qorva ~ Zenco']);
  });
  it('no longer competing, or planning to compete, names no rival', () => {
    expect(rivals('Zenco sold the unit, no longer competing with Qorva and Zembla.')).toEqual([]);
  });
});

describe('challengers listed under a contest verb', () => {
  it('"tried to topple Zenco, like A and B" sets each against Zenco', () => {
    expect(rivals('Many have tried to topple Zenco, like Qorva and Lumo.')).toEqual(['Lumo ~ Zenco', 'Qorva ~ Zenco']);
  });
  it('"challengers such as A and B" to the subject', () => {
    expect(rivals('Zenco faces challengers such as Qorva and Lumo.')).toEqual(['Lumo ~ Zenco', 'Qorva ~ Zenco']);
  });
  it('"unlike A and B", a common noun, or customers like A and B names no rival', () => {
    expect(rivals('Many have tried to copy Zenco, like Qorva and Lumo.')).toEqual([]);
    expect(rivals('Speculation is rife that Zenco and Qorva are in the race.').filter((pair) => pair.includes('Speculation'))).toEqual([]);
    expect(rivals('Zenco tried to copy Qorva, like Lumo.')).toEqual([]);
    expect(rivals('Zenco said regulators may challenge Qorva, including Lumo and Vexa.')).toEqual([]);
    expect(rivals("Zenco will take on Qorva's debt, including bonds from Lumo.").filter((pair) => pair.includes('Lumo'))).toEqual([]);
    expect(rivals('Zenco hopes to topple Qorva, like Lumo did.')).toEqual(['Qorva ~ Zenco']);
    expect(rivals('Zenco serves customers like Qorva and Lumo.')).toEqual([]);
    expect(rivals('Unlike Qorva and Lumo, Zenco has not tried to topple anyone.')).toEqual([]);
  });
});
