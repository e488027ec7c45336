import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rla94 (stop 94), from real launch news of wearables, PC makers and AI start-ups: the parts of a launch stand apart in real
// sentences by a price before the kind, or by when the launch happened before the apposed items; and a firm's account on a known
// platform was read as its product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a price among the words of the kind a copula calls the name', () => {
  it('"Zeta is Zenco\'s new $250 smartwatch" names the maker', () => {
    expect(develops("The Zeta is Zenco Inc's new $250 fitness-focused smartwatch.")).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops("The Vexa Band will be Qorva Inc's €99 fitness tracker.")).toEqual(['Qorva Inc -develops-> Vexa Band']);
    expect(develops("The Zeta 14 is Zenco Inc's latest $1,299 laptop.")).toEqual(['Zenco Inc -develops-> Zeta 14']);
  });

  it('a comparison, another\'s kind or a negation is no maker', () => {
    expect(develops("The Zeta is cheaper than Zenco Inc's $250 smartwatch.")).toEqual([]);
    expect(develops("The Zeta costs less than Zenco Inc's $250 smartwatch.")).toEqual([]);
    expect(develops("The Zeta is Zenco Inc's $250 answer to Qorva's watch.")).not.toContain('Qorva -develops-> Zeta');
    expect(develops("The Zeta is not Zenco Inc's new $250 smartwatch.")).toEqual([]);
  });
});

describe('counted new things launched, then when, then the apposed items', () => {
  it('"announced three new trackers today, the A, B and C" makes each item the launcher\'s', () => {
    expect(develops('Zenco Inc has announced three new fitness wearables today, the Zeta, Zeta Pro, and Vexa.')).toEqual(['Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Zeta', 'Zenco Inc -develops-> Zeta Pro']);
    expect(develops('Qorva Inc unveiled two new laptops on Monday: the Vexa 14 and Vexa 16.')).toEqual(['Qorva Inc -develops-> Vexa 14', 'Qorva Inc -develops-> Vexa 16']);
    expect(develops('Zenco Inc launched two smartwatches this week, the Zeta Run and Vexa Max.')).toEqual(['Zenco Inc -develops-> Vexa Max', 'Zenco Inc -develops-> Zeta Run']);
  });

  it('counted partners, a plan or a negation name no made things', () => {
    expect(develops('Zenco Inc announced two new partners today, Zeta Labs and Vexa Corp.')).toEqual([]);
    expect(develops('Zenco Inc signed three new customers on Monday, Zeta Labs, Vexa Corp and Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc plans to announce two new watches next week, the Zeta Run and Vexa Max.')).toEqual([]);
    expect(develops('Zenco Inc did not launch two new watches today, the Zeta Run and Vexa Max.')).toEqual([]);
  });
});

describe('a firm\'s account on a known platform', () => {
  it('"Zenco\'s YouTube channel", "its Instagram account" make no platform the firm\'s', () => {
    expect(develops("The new watch has 70 sports modes, according to Zenco Inc's YouTube channel.")).toEqual([]);
    expect(develops('Zenco Inc posted the teaser on its Instagram account.')).toEqual([]);
    expect(develops("Qorva Inc shared the video on Zenco Inc's YouTube page yesterday.")).toEqual([]);
  });

  it('the firm\'s own things and a platform\'s maker still stand', () => {
    expect(develops("Zenco Inc's Zeta Band is a fitness tracker.")).toEqual(['Zenco Inc -develops-> Zeta Band']);
    expect(develops('Meta launched Instagram Reels last year.')).toContain('Meta -develops-> Instagram Reels');
  });
});

describe('a tier after a slash glued to a name\'s own tier', () => {
  it('"Zeta Small/Medium" names the line\'s other release whole', () => {
    expect(develops('Zenco Inc released Zeta Small/Medium for reasoning tasks.')).toEqual(['Zenco Inc -develops-> Zeta Medium', 'Zenco Inc -develops-> Zeta Small']);
    expect(develops('Zenco Inc released the Zeta Pro/Max phones.')).toEqual(['Zenco Inc -develops-> Zeta Max', 'Zenco Inc -develops-> Zeta Pro']);
  });

  it('a spaced slash, a word that is no tier or a name without a tier is left as it is', () => {
    expect(develops('Zenco Inc released Zeta Small / Medium models.')).not.toContain('Zenco Inc -develops-> Zeta Medium');
    expect(develops('Zenco Inc released Zeta Pro/Vexa for reasoning tasks.')).not.toContain('Zenco Inc -develops-> Zeta Vexa');
    expect(develops('Zenco Inc released Zeta/Medium for reasoning tasks.')).not.toContain('Zenco Inc -develops-> Zeta Medium');
  });
});
