import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper bnf93 (stop 93), from the fresh sample on film bans and platforms dropping a brand: a state refusing a title its release
// bans it, as banning it does; platforms taking a brand's goods off sale ban the brand. A firm's own recall or delay, an approval
// granted, a refusal only weighed or asked for give nothing; "isn't the only state that banned Y" denies nothing. Sentences written
// for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a release refused', () => {
  it('"was not approved by the film authorities for release" bans the title', () => {
    expect(banned("The Death of Qorva was not approved by China's film authorities for release.")).toEqual(['China -banned-> Death of Qorva']);
    expect(banned('Qorva Nights was never cleared for screening in Egypt.')).toEqual(['Egypt -banned-> Qorva Nights']);
  });

  it('"refused to approve Zeta for release", "declined to allow the film Zeta to be screened"', () => {
    expect(banned("China's film regulator refused to approve Qorva Nights for release.")).toEqual(["China's film regulator -banned-> Qorva Nights"]);
    expect(banned('Egypt declined to allow the film Qorva Nights to be screened.')).toEqual(['Egypt -banned-> Qorva Nights']);
  });

  it('"a request to show Zeta has been denied by authorities in China", and the active form', () => {
    expect(banned("Zenco's request to show Qorva Nights has been denied by authorities in China.")).toEqual(['China -banned-> Qorva Nights']);
    expect(banned("Egypt rejected Zenco's request to screen Qorva Nights.")).toEqual(['Egypt -banned-> Qorva Nights']);
  });

  it('an approval granted, a firm\'s own refusal, a hedge or a pending review give nothing', () => {
    expect(banned("The Death of Qorva was approved by China's film authorities for release.")).toEqual([]);
    expect(banned('Qorva Nights was not approved by Zenco Pictures for release.')).toEqual([]);
    expect(banned('Zenco Pictures refused to release Qorva Nights in China.')).toEqual([]);
    expect(banned("China's film regulator may refuse to approve Qorva Nights for release.")).toEqual([]);
    expect(banned("Zenco's request to show Qorva Nights was approved by authorities in China.")).toEqual([]);
    expect(banned("Zenco's request to show Qorva Nights could be denied by authorities in China.")).toEqual([]);
    expect(banned("Zenco's request to show Qorva Nights has been denied by Zenco Cinemas.")).toEqual([]);
    expect(banned('Zenco Pictures delayed the release of Qorva Nights in China.')).toEqual([]);
  });
});

describe("platforms taking a brand's goods off sale", () => {
  it('"A and B have withdrawn Vexa products", "pulled products related to Vexa"', () => {
    expect(banned('Qorva Inc and Zenbuy Inc have withdrawn Vexa products.')).toEqual(['Qorva Inc -banned-> Vexa', 'Zenbuy Inc -banned-> Vexa']);
    expect(banned('Qorva Inc pulled products related to Vexa.')).toEqual(['Qorva Inc -banned-> Vexa']);
  });

  it('"Vexa\'s products were dropped by A and B"', () => {
    expect(banned("Vexa's products were dropped by Qorva Inc and Zenbuy Inc.")).toEqual(['Qorva Inc -banned-> Vexa', 'Zenbuy Inc -banned-> Vexa']);
    expect(banned("Qorva Inc dropped Vexa's products on Wednesday.")).toEqual(['Qorva Inc -banned-> Vexa']);
  });

  it('a recall, a fault, a negation, a hedge, a plea or a maker\'s own goods give nothing', () => {
    expect(banned('Zenco Inc withdrew Vexa products from the market.')).toEqual([]);
    expect(banned('Qorva Inc pulled Vexa products over a safety defect.')).toEqual([]);
    expect(banned('Qorva Inc has not withdrawn Vexa products.')).toEqual([]);
    expect(banned('Qorva Inc may pull Vexa products.')).toEqual([]);
    expect(banned('Activists urged Qorva Inc to pull Vexa products.')).toEqual([]);
    expect(banned('Zenco Inc withdrew its Vexa products.')).toEqual([]);
    expect(banned('Zenco Inc dropped Vexa products from its range.')).toEqual([]);
    expect(banned("Vexa's products were withdrawn by Zenco Inc as part of a recall.")).toEqual([]);
    expect(banned('Qorva Inc pulled Vexa products after a fraud probe.')).toEqual([]);
    expect(banned('Zenco Inc withdrew Vexa products in Russia.')).toEqual([]);
    expect(banned('Zenco Inc withdrew products from Qorva Inc.')).toEqual([]);
    expect(banned("Vexa's products were withdrawn from Russia last year.")).toEqual([]);
    expect(banned('Qorva Inc plans to pull Vexa products.')).toEqual([]);
    expect(banned("Vexa's products were pulled by retailers in China and Egypt.")).toEqual([]);
    expect(banned('Qorva Inc will not drop Vexa\'s products.')).toEqual([]);
  });
});

describe("a title's licence taken away", () => {
  it('"revoked the licence for Zenco\'s film Zeta" bans the title, never its maker', () => {
    expect(banned("Russia's culture ministry revoked the distribution licence for Zenco's film Qorva Nights.")).toEqual(["Russia's culture ministry -banned-> Qorva Nights"]);
    expect(banned("Russia's culture ministry withdrew the exhibition licence of Zenco's satire Qorva Nights.")).not.toContain("Russia's culture ministry -banned-> Zenco");
  });

  it('a licence of the firm itself still bans the firm', () => {
    expect(banned("Russia's media regulator revoked the broadcasting licence of Zenco TV.")).toEqual(["Russia's media regulator -banned-> Zenco TV"]);
  });
});

describe('one of several states', () => {
  it('"isn\'t the only country that banned Y" is no denial', () => {
    expect(banned("China isn't the only country that banned Qorva Nights.")).toEqual(['China -banned-> Qorva Nights']);
    expect(banned('China was not the first state to ban Qorva Nights.')).toEqual(['China -banned-> Qorva Nights']);
  });

  it('a denial after it stays one', () => {
    expect(banned("China isn't the only country that hasn't banned Qorva Nights.")).toEqual([]);
    expect(banned('China is the only country that has not banned Qorva Nights.')).toEqual([]);
    expect(banned("China isn't the only country that refused to ban Qorva Nights.")).toEqual([]);
    expect(banned("China isn't the only country that could ban Qorva Nights.")).toEqual([]);
    expect(banned("China isn't the only country that lifted its ban on Qorva Nights.")).toEqual([]);
  });
});
