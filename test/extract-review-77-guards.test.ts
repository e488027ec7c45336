import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 77's review of its three rounds of rules: sentences a helper wrote against each new rule, which the first versions of the
// rules misread (at 30c22d0, the third round). Sentences written for the tests.

describe('a taking back that is weighed, or of something else, asserts nothing', () => {
  it('"could soon drop plans to ban", "may scrap a proposed ban", "urged Apple to drop plans to restrict"', () => {
    expect(only('banned')(scoredClaimsOf('Russia could soon drop plans to ban Telegram.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Russia may scrap a proposed ban on WhatsApp.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Critics urged Apple to drop plans to restrict Zenco Inc.'))).toEqual([]);
  });

  it('"could end up banning", "would stop short of banning", "is considering ending talks and blocking"', () => {
    expect(only('banned')(scoredClaimsOf('The EU could end up banning TikTok if talks fail.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Russia might stop short of banning Telegram.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Russia is considering ending talks and blocking Telegram next month.'))).toEqual([]);
  });

  it('"refused to lift its ban on Micron": the ban stands', () => {
    expect(only('banned')(claimsOf('China refused to lift its ban on Micron.'))).toEqual(['China -banned-> Micron']);
  });
});

describe('orders and settlements that bind someone else, or no one', () => {
  it('a settlement that requires the body itself to act', () => {
    expect(only('restricts')(scoredClaimsOf("Zenco Inc.'s settlement with the Department of Justice requires the government to pay Zenco $5 million."))).toEqual([]);
  });

  it('an order consented to in a private suit, or against another firm', () => {
    expect(only('restricts')(scoredClaimsOf("Zenco Inc. consented to the FTC's order against Qorva Labs."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Without admitting or denying the SEC's allegations, Qorva Inc. agreed to the order against Zenco Inc."))).not.toContain('Securities and Exchange Commission -restricts-> Qorva Inc');
  });

  it('an order against a firm\'s officer, or on its behalf', () => {
    expect(only('restricts')(scoredClaimsOf("The SEC announced the entry of an injunction on Zenco Inc.'s behalf against Qorva Inc."))).not.toContain('Securities and Exchange Commission -restricts-> Zenco Inc');
  });

  it('a commercial agreement\'s duties bind no one; a settlement\'s do', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc. struck an agreement with the Ministry of Health, under which the company will cease charging for vaccines.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco Inc. reached a settlement with the FTC, under which the company will cease selling location data.'))).toEqual(['Federal Trade Commission -restricts-> Zenco Inc']);
  });

  it('the end of a denial order, or one issued to a rival, restricts no one named', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department announced the end of the denial of export privileges against Zenco Ltd.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("The Commerce Department issued a denial of export privileges to Zenco Ltd.'s rival Qorva Ltd."))).not.toContain('Commerce Department -restricts-> Zenco Ltd');
  });
});

describe('a thing pulled by its own maker, an outlet\'s rivals\' site, a paper notebook', () => {
  it('"pulled from store shelves by Qorva itself", "by Qorva, its developer"', () => {
    expect(only('banned')(scoredClaimsOf('Vexa was pulled from store shelves by Qorva Inc. itself in a voluntary recall.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('The Vexa app was pulled from the App Store by Qorva Inc., its developer.'))).toEqual([]);
  });

  it('"Zeta News said Roskomnadzor had blocked its rivals\' website"', () => {
    expect(only('banned')(scoredClaimsOf("Zeta News said Roskomnadzor had blocked its rivals' website."))).toEqual([]);
  });

  it('"kept a notebook called Ledger" makes nothing', () => {
    expect(only('develops')(scoredClaimsOf("Zenco Inc.'s engineers kept a notebook called Ledger about the chip."))).toEqual([]);
  });

  it('"removed the app from developer Qorva" removes no developer', () => {
    expect(only('banned')(scoredClaimsOf('Apple removed the app from developer Qorva Games last week.'))).toEqual([]);
  });
});
