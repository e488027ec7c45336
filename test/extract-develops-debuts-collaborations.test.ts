import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dva93 (stop 93, round 4), from stop 93's eighty-ninth fresh sample: a maker's things told through a debut ("made its
// debut with"), the name a collaboration of firms is given ("the collaboration between A and B is called Y"), and a copy's noun
// ("launched a Qorva imitator, Zapp") naming the thing copied, not the thing made. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a debut made with a thing', () => {
  it('"made its debut with" names the thing a firm enters with as its own', () => {
    expect(develops('Zenco made its debut with the Zeta 1 phone.')).toEqual(['Zenco -develops-> Zeta 1']);
    expect(develops('Zenco made its market debut in Zembla with the Zeta phone.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco made its smartphone debut at the fair with its new Zeta phone.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a listing, another firm, another\'s thing or a seller\'s debut names no maker', () => {
    expect(develops('Zenco made its Nasdaq debut with Qorva as its underwriter.')).toEqual([]);
    expect(develops('Zenco made its debut with Qorva as its distributor.')).toEqual([]);
    expect(develops('Zenco made its debut with the Zeta phone, made by Qorva.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops("Zenco made its debut with Qorva's Zeta phone.")).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco made its debut with the Zeta phone, which it distributes for Qorva.')).toEqual([]);
    expect(develops('Kappa Retail made its debut in Zembla with the Zeta phone.')).toEqual([]);
    expect(develops('John Doe made his debut with the Zeta phone.')).toEqual([]);
    expect(develops('Zenco made its debut with the Zeta, a Qorva phone.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco made its debut with a partnership with Qorva.')).toEqual([]);
    expect(develops('Zenco made its stock market debut with a listing on the Zembla exchange.')).toEqual([]);
  });

  it('a negated or a planned debut states nothing', () => {
    expect(develops('Zenco did not make its debut with the Zeta phone.')).toEqual([]);
    expect(develops('Zenco plans to make its debut with the Zeta phone.')).toEqual([]);
  });
});

describe('a collaboration given a name', () => {
  it('"the collaboration between A and B is called Y" makes each partner a maker of Y', () => {
    expect(develops('The new collaboration between Zenco and Qorva is called Zeta.')).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops('The partnership between Zenco and Qorva, dubbed ZenTunes, starts today.')).toEqual(['Qorva -develops-> ZenTunes', 'Zenco -develops-> ZenTunes']);
  });

  it('a joint venture\'s name, a future name, people, or a judgement names nothing made', () => {
    expect(develops('The joint venture between Zenco and Qorva is called Zeta Holdings.')).toEqual([]);
    expect(develops('The new collaboration between Zenco and Qorva will be called Zeta.')).toEqual([]);
    expect(develops('The collaboration between John Doe and Jane Roe is called Zeta.')).toEqual([]);
    expect(develops('The collaboration between Zenco and Qorva is called a success by Kappa.')).toEqual([]);
    expect(develops('The proposed collaboration between Zenco and Qorva is called Zeta.')).toEqual([]);
    expect(develops('The collaboration between Zenco and Qorva is named after Zeta.')).toEqual([]);
    expect(develops('The collaboration between Zenco and the agency Kappa is called Zeta.')).toEqual([]);
    expect(develops('The collaboration between Zenco and Qorva was called off.')).toEqual([]);
  });
});

describe('a copy named by its noun', () => {
  it('"launched a Qorva imitator, Zapp" makes Zapp the launcher\'s, never Qorva', () => {
    expect(develops('Zenco launched a Qorva imitator, Zapp, within its app.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('Zenco launched a Qorva imitation called Zapp.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('Zenco released Zapp, a Qorva knock-off.')).toEqual(['Zenco -develops-> Zapp']);
  });
});

describe('competing by adding a thing', () => {
  it('what a firm competes by adding or launching is its means, not a rival', () => {
    const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
    expect(rivals('Zenco competes by launching the Zeta phone.')).toEqual([]);
    expect(develops('Zenco competes by launching the Zeta phone.')).toEqual(['Zenco -develops-> Zeta']);
    expect(rivals('Zenco competes by undercutting Qorva on price.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco chose to compete by adding ZenRadio against Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
