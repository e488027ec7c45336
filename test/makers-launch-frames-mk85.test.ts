import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper mk85: makers the readers missed in launch frames — a state named as "the … government" launching or building an
// app, a line revamped "with" its new model, a rival taken on "with its" product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a state named as its government makes the app it launches or builds', () => {
  it('"the French government launched / developed / built Zapp" gives the state as maker', () => {
    expect(develops('The French government launched the Zapp contact-tracing app in March.')).toEqual(['France -develops-> Zapp']);
    expect(develops('Last year the German government developed Zapp, a warning app for floods.')).toEqual(['Germany -develops-> Zapp']);
    expect(develops('The Italian government has built the Zapp app to book vaccine slots.')).toEqual(['Italy -develops-> Zapp']);
    expect(develops('Zapp, the app developed by the German government, was popular.')).toEqual(['Germany -develops-> Zapp']);
  });

  it('a government that bans, buys, approves or plans an app, or a bare state, makes nothing', () => {
    expect(develops('The French government banned the Zapp app in March.')).toEqual([]);
    expect(develops('The French government bought licences for the Zapp app.')).toEqual([]);
    expect(develops('The French government approved the Zapp app in March.')).toEqual([]);
    expect(develops('The French government did not develop the Zapp app.')).toEqual([]);
    expect(develops('The French government plans to launch the Zapp app next year.')).toEqual([]);
    expect(develops('France launched an inquiry into the Zapp app.')).toEqual([]);
    expect(develops('The French government bought the Zapp app from Zenco Inc.')).not.toContain('France -develops-> Zapp');
    expect(develops('The Italian government designed rules that bar the Zapp app.')).toEqual([]);
    expect(develops('The Italian government operates under rules that Zapp breaks.')).toEqual([]);
    expect(develops('The French government introduced the Zapp ban last week.')).toEqual([]);
    expect(develops("The French government released the Zapp app's source code after a leak.")).toEqual([]);
    expect(develops('The French government made Zapp mandatory for travellers.')).toEqual([]);
    expect(develops('The French government rolled out the Zapp app built by Zenco Inc.')).not.toContain('France -develops-> Zapp');
  });
});

describe('a line revamped or refreshed "with" its new model', () => {
  it('"revamped its Vela line with the new Vela 9" gives the maker', () => {
    expect(develops('Zenco Inc revamped its Vela line with the new Vela 9 smartphone.')).toEqual(['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Vela 9']);
    expect(develops('Qorva Corp overhauled its laptop lineup with the Zeta X and the Zeta Y.')).toEqual(['Qorva Corp -develops-> Zeta X', 'Qorva Corp -develops-> Zeta Y']);
    expect(develops('Zenco Inc refreshed its Vela range with the Vela 9 Pro.')).toEqual(['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Vela 9 Pro']);
  });

  it('a line revamped with a partner, or another firm\'s line, makes nothing of the partner', () => {
    expect(develops('Zenco Inc revamped its Vela line with help from Qorva Corp.')).not.toContain('Zenco Inc -develops-> Qorva Corp');
    expect(develops('Zenco Inc revamped its store with Qorva Corp as its partner.')).toEqual([]);
    expect(develops('Qorva Corp revamped its range with the Vela 9 from Zenco Inc.')).not.toContain('Qorva Corp -develops-> Vela 9');
    expect(develops('Zenco Inc revamped its Vela series with the Qorva Zeta chip inside.')).not.toContain('Zenco Inc -develops-> Qorva Zeta');
  });
});

describe('a rival taken on "with its" product', () => {
  it('"took on Zenco with its Zeta tablet" gives the challenger as maker', () => {
    expect(develops('Qorva Corp took on Zenco Inc with its Zeta tablet.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Qorva Corp challenged Zenco Inc with its new Zeta X phone.')).toEqual(['Qorva Corp -develops-> Zeta X']);
    expect(develops('Vexa Labs is taking on Zenco Inc with its own chatbot, Zeta.')).toEqual(['Vexa Labs -develops-> Zeta']);
  });

  it('a partner, a rival\'s product or a plan after "with" makes nothing', () => {
    expect(develops('Qorva Corp took on Zenco Inc with its partner Vexa Labs.')).toEqual([]);
    expect(develops('Qorva Corp took on Zenco Inc with the help of Vexa Labs.')).toEqual([]);
    expect(develops('Qorva Corp failed to take on Zenco Inc with the Zeta tablet.')).toEqual([]);
    expect(develops('Qorva Corp challenged Zenco Inc with its lawsuit over the Zeta patent.')).toEqual([]);
  });
});
