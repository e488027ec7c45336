import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Stop 86's re-read of the stop's first round: faults its readers brought in, each shown on sentences written for the tests.

describe('what the stop-86 readers must not read', () => {
  it("a state refusing a bid, a patent or a merger's approval bans no one; refusing leave to work does", () => {
    expect(only('banned')(claimsOf("The FTC's rejection of Zenco Ltd's bid for Qorva Inc surprised investors."))).toEqual([]);
    expect(only('banned')(claimsOf("India's rejection of Zenco Ltd's patent application was upheld."))).toEqual([]);
    expect(only('banned')(claimsOf('The FCC rejected requests from Zenco Ltd for approval of its merger with Qorva Inc.'))).toEqual([]);
    expect(only('banned')(claimsOf('The FCC denied a request from Zenco Ltd for permission to delay its filing.'))).toEqual([]);
    expect(only('banned')(claimsOf('The FCC rejected a petition from Zenco Ltd for a waiver of the licence fee.'))).toEqual([]);
    expect(only('banned')(claimsOf('The FCC rejected requests from Zenco Ltd for permission to operate.'))).toHaveLength(1);
    expect(only('banned')(claimsOf('The applications from Zenco Ltd and Qorva Inc for permission to operate in the country were rejected by Ofcom.'))).toHaveLength(2);
  });

  it('a refusal overturned later in the sentence, or a ban under a condition after a comma, is no ban', () => {
    expect(only('banned')(claimsOf("India's refusal of Zenco Ltd's licence was overturned by a court in May."))).toEqual([]);
    expect(only('banned')(claimsOf('India said contracts with Zenco Ltd will be banned, unless Zenco sells its stake.'))).toEqual([]);
    expect(only('banned')(claimsOf("The FCC's refusal of Qorva Sat's licence angered investors."))).toHaveLength(1);
  });

  it('a past rivalry in a quote is none today', () => {
    expect(only('competes_with')(claimsOf('"We competed with Qorva Inc until we merged," said Vexa Corp.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('"We compete with Qorva Inc every day," said Vexa Corp.'))).toEqual(['Vexa Corp -competes_with-> Qorva Inc']);
  });

  it('firms that run or do something together lead no contest', () => {
    expect(only('competes_with')(claimsOf('The gas field, where Zenco Ltd and Qorva Inc are the joint operators, began output in May.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('The industry, where Zenco Ltd and Qorva Inc lead a joint lobbying group, opposes the rules.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('The industry, led by Zenco Ltd and Qorva Inc, sued the FCC over the rules.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Competition is heating up. Zenco Ltd and Qorva Inc launched joint products.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('The chip segment, where Zenco Ltd and Qorva Inc are the leaders, grew.'))).toHaveLength(1);
    expect(only('competes_with')(claimsOf('The smartphone market is dominated by Zenco Ltd, Qorva Inc and Vexa Corp.'))).toHaveLength(3);
  });

  it('a passive naming verb keeps its subject the maker; an infinitive acting on the maker does not', () => {
    expect(only('develops')(claimsOf('Zenco Ltd was declared the maker of the Zeta phone.'))).toEqual(['Zenco Ltd -develops-> Zeta']);
    expect(only('develops')(claimsOf('Qorva Inc agreed to acquire the maker of the Zeta phone.'))).toEqual([]);
    expect(only('develops')(claimsOf('Qorva Inc plans to sue the maker of the Zeta phone.'))).toEqual([]);
  });

  it('only the range\'s own "to" ends it', () => {
    expect(only('develops')(claimsOf("Zenco Inc's portfolio ranges from the Zeta phone to chips sold to Qorva Inc."))).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(only('develops')(claimsOf("Zenco Inc's portfolio ranges from the Zeta phone to the Yota tablet.")).sort()).toEqual(['Zenco Inc -develops-> Yota', 'Zenco Inc -develops-> Zeta']);
  });

  it('a name inside a list after "the maker of" is no maker', () => {
    expect(only('develops')(claimsOf('Regulators fined the maker of the Zeta, Vexa, and Yota phones on Monday.'))).toEqual([]);
    expect(only('develops')(claimsOf('Regulators fined the maker of the Zeta phone, Zenco Ltd, on Monday.'))).toEqual(['Zenco Ltd -develops-> Zeta']);
  });

  it('the one told, with or without "that", owns no "its" after it', () => {
    expect(only('develops')(claimsOf('Zenco Inc told Reuters its Zeta drone would ship in May.'))).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(only('develops')(claimsOf('Zenco told Reuters that its Zeta drone would ship in May.')).filter((c) => c.startsWith('Reuters'))).toEqual([]);
  });

  it("a product spelled from the heads of its maker's words is still its product unless the two stand side by side", () => {
    expect(only('develops')(claimsOf('Vexa Labs released VeLa, a chatbot.'))).toEqual(['Vexa Labs -develops-> VeLa']);
    expect(only('develops')(claimsOf('Qorva Space (QSpace) develops the Zeta-2 satellite.')).filter((c) => c.includes('QSpace'))).toEqual([]);
  });
});
