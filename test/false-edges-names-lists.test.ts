import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fpz94, from the false edges of stop 94's ninety-first fresh sample: a possessive after a verb that lists, a described first
// member before another's possessive, an editor's bracketed insertion, an investor's long form after its known short form, and a
// name holding "and" after a naming word.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a possessed list after a verb that lists', () => {
  it('"services include Qorva\'s Zenkey, Homely and Roomy": only the first member is Qorva\'s', () => {
    expect(develops("Popular services include Qorva's Zenkey, Homely and Roomy.")).toEqual(['Qorva -develops-> Zenkey']);
    expect(develops("The winners included Qorva's Zenkey, Vexaroo and Lumora.")).toEqual(['Qorva -develops-> Zenkey']);
  });

  it('a kind after the list shares the owner over every member', () => {
    expect(develops("The lineup includes Qorva's Zenkey, Homely and Roomy apps.").sort()).toEqual(['Qorva -develops-> Homely', 'Qorva -develops-> Roomy', 'Qorva -develops-> Zenkey']);
  });

  it('a possessed list opening the sentence stays the owner\'s', () => {
    expect(develops("Qorva's Zenkey, Homely and Roomy are popular.").sort()).toEqual(['Qorva -develops-> Homely', 'Qorva -develops-> Roomy', 'Qorva -develops-> Zenkey']);
  });
});

describe('a described first member before another\'s possessive', () => {
  it('"startup Vell and Zenco\'s Zapp" lists two things: Vell owns nothing', () => {
    expect(develops("Startup Vell and Zenco's Zapp have both announced new features.")).toEqual(['Zenco -develops-> Zapp']);
    expect(develops("Upstart Vell and Qorva's Zapp both grew last year.")).toEqual(['Qorva -develops-> Zapp']);
  });

  it('a joint owning said after the possessive keeps the described firm an owner', () => {
    expect(develops("Startup Vell and Zenco's jointly owned Zapp grew fast.")).toContain('Vell -develops-> Zapp');
  });
});

describe('an editor\'s bracketed insertion', () => {
  it('"[Competition from Qorva]" names no product of Qorva', () => {
    expect(develops('[Competition from Qorva] is a challenge for Zenco.')).toEqual([]);
    expect(develops('[Demand for Zeta] is falling, Zenco said.')).toEqual([]);
  });

  it('a name in brackets mid-sentence is still a maker', () => {
    expect(develops('Zenco sold the Zeta phone, and [Qorva] made the Vexa watch.')).toContain('Qorva -develops-> Vexa');
  });
});

describe('an investor\'s long form after its known short form', () => {
  it('"Zorvan Capital Management" is an investor, no product of Zorvan', () => {
    expect(develops('Zorvan Capital Management backed Zenco. Zorvan also backed Qorva.')).toEqual([]);
    expect(develops('Zenco raised money from Zorvan Capital Partners.')).toEqual([]);
  });

  it('a product named after the investor keeps its maker', () => {
    expect(develops('Zenco launched the Zeta app in May.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a name holding "and" after a singular noun\'s naming word', () => {
  it('"a brand called Salt and Stone" is one brand', () => {
    expect(develops('Zenco sells skincare under a brand called Salt and Stone.')).toEqual(['Zenco -develops-> Salt and Stone']);
    expect(develops('Zenco launched a skincare brand named Salt and Stone in May.')).toEqual(['Zenco -develops-> Salt and Stone']);
  });

  it('a plural before the naming word, a list without one, or a verb after the pair keeps two names', () => {
    expect(develops('Zenco launched apps called Zeta and Vexa.').sort()).toEqual(['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco sells two brands, Salt and Stone.').sort()).toEqual(['Zenco -develops-> Salt', 'Zenco -develops-> Stone']);
    expect(develops('Zenco sells brands such as Salt and Stone.').sort()).toEqual(['Zenco -develops-> Salt', 'Zenco -develops-> Stone']);
    expect(develops('Zenco bought a brand called Salt and Qorva launched a brand called Stone.')).not.toContain('Zenco -develops-> Salt and Qorva');
  });
});
