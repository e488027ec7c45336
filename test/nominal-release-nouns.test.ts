import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper nominal: a release told through a noun with its makers ("the launch of the Zeta wallet by Zenco, Qorva and Borin", "the
// introduction of Zeta by Zenco", "the rollout of Plix by banks including Zenco Bank and Qorva") and a firm's announcement of a thing's
// general availability ("Zenco announced the general availability of Zenco Shield"). Every maker of the list makes it. Made-up sentences.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('release nouns with their makers', () => {
  it('every maker after "by" makes the thing', () => {
    expect(develops('The release of Zeta by Zenco and Qorva surprised analysts.')).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops('After the launch of the Zeta wallet by Zenco, Qorva and Borin, rivals followed.')).toEqual(['Borin -develops-> Zeta', 'Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops('The introduction of Zeta by Zenco and Qorva surprised analysts.')).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
  });

  it('the members of a kind of firm after "by"', () => {
    expect(develops('Analysts welcomed the rollout of Plix by banks including Zenco Bank and Qorva.')).toEqual(['Qorva -develops-> Plix', 'Zenco Bank -develops-> Plix']);
    expect(develops('The launch of the Zeta wallet by a group of lenders such as Zenco and Vexa surprised analysts.')).toEqual(['Vexa -develops-> Zeta', 'Zenco -develops-> Zeta']);
  });

  it('a firm announcing general availability releases the thing', () => {
    expect(develops('Zenco announced the general availability of Zenco Shield on Monday.')).toEqual(['Zenco -develops-> Zenco Shield']);
    expect(develops('Qorva announced the general availability of Qorva Vault.')).toEqual(['Qorva -develops-> Qorva Vault']);
  });

  it('readings that stand already', () => {
    expect(develops("The launch of Qorva's Plix drew crowds.")).toEqual(['Qorva -develops-> Plix']);
    expect(develops('Following the debut of the Zeta app from Vexa, shares rose.')).toEqual(['Vexa -develops-> Zeta']);
  });
});

describe('near misses', () => {
  it('a report, an offering, people or a campaign released or launched', () => {
    expect(develops("The release of Zeta's report shocked investors.")).toEqual([]);
    expect(develops("The launch of Zenco's IPO was delayed.")).toEqual([]);
    expect(develops('The release of prisoners by Ruritania was welcomed.')).toEqual([]);
    expect(develops('The release of Zeta data by Zenco surprised analysts.')).toEqual([]);
    expect(develops('The release of the Zeta report by Zenco surprised analysts.')).toEqual([]);
    expect(develops('The launch of the Zeta campaign by Zenco surprised analysts.')).toEqual([]);
    expect(develops('The launch of a probe into Zeta by Ruritania surprised analysts.')).toEqual([]);
  });

  it('availability somewhere, or not announced as general', () => {
    expect(develops('The availability of Zeta in Zembla is limited.')).toEqual([]);
    expect(develops("The availability of Zeta on Qorva's store is limited.")).toEqual([]);
    expect(develops('Zenco announced the availability of Zenco Shield in Zembla.')).toEqual([]);
  });

  it('rivals are no kind of maker', () => {
    expect(develops('The launch of Zeta by rivals including Zenco surprised analysts.')).toEqual([]);
  });
});
