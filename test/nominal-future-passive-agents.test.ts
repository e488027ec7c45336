import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper nominal: a launch told in the future passive with its makers after "by" ("The Zeta wallet will be launched by banks including
// Zenco Bank, Qorva and Borin"). As "Zenco will launch Zeta" and "Zenco and Qorva announced that Zeta 3 will launch", a firm's dated
// or scheduled launch is stated, not proposed: "will be", "is to be", "is set to be", "is due to be" stay asserted; a modal or an
// expectation ("would", "could", "may", "is expected to") makes it a proposal, "will not" negates it. Every member of the agents' list
// makes it, a group's members too ("by a group of banks including …"). Made-up sentences.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('future and modal passives with a list of makers', () => {
  it('a scheduled launch is stated, for every maker of the list', () => {
    expect(develops('The Zeta wallet will be launched by banks including Zenco Bank, Qorva and Borin.')).toEqual(['Borin -develops-> Zeta', 'Qorva -develops-> Zeta', 'Zenco Bank -develops-> Zeta']);
    expect(develops('Plix is to be rolled out by Zenco and Vexa next year.')).toEqual(['Vexa -develops-> Plix', 'Zenco -develops-> Plix']);
    expect(develops('The Zeta wallet is due to be launched by Zenco, Qorva and Vexa in June.')).toEqual(['Qorva -develops-> Zeta', 'Vexa -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops('The Zeta phones are set to be released by Zenco and Qorva in the autumn.')).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops('Plix will be rolled out next year by Zenco and Vexa.')).toEqual(['Vexa -develops-> Plix', 'Zenco -develops-> Plix']);
  });

  it('the members of a group of makers', () => {
    expect(develops('The Plix token will be rolled out by a group of banks including Zenco, Qorva and Borin.')).toEqual(['Borin -develops-> Plix', 'Qorva -develops-> Plix', 'Zenco -develops-> Plix']);
    expect(develops('The Zeta card will be launched by a consortium of lenders such as Zenco and Qorva.')).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
  });
});

describe('near misses', () => {
  it('a modal or an expectation is a proposal, a denial is negated', () => {
    expect(develops('The Zeta wallet would be launched by Zenco and Qorva.')).toEqual([]);
    expect(only('develops')(claimsOf('The Zeta wallet would be launched by Zenco and Qorva.', 'proposed'))).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops('The Plix app is expected to be rolled out by Zenco and Qorva next year.')).toEqual([]);
    expect(develops('Zeta could be launched by Zenco next year.')).toEqual([]);
    expect(develops('The Zeta wallet will not be launched by Zenco.')).toEqual([]);
    expect(only('develops')(claimsOf('The Zeta wallet will not be launched by Zenco.', 'negated'))).toEqual(['Zenco -develops-> Zeta']);
  });

  it('"by" a date names no maker', () => {
    expect(develops('The Zeta wallet will be launched by June.')).toEqual([]);
    expect(develops('The Zeta wallet will be launched by the end of the year.')).toEqual([]);
  });
});
