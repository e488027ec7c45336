import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 54's first round of rules, from stop 53's last readers, on sentences written for the tests:
// a blocked sale of a firm to a buyer, owners named with a plural's apostrophe at a sentence's
// start, rivals introduced by "other" a sentence after their party, and challenges to a rival.

describe('a blocked sale of a firm to another firm', () => {
  it.each([
    ['Germany blocked the sale of chipmaker Qorva to Chinese investor Zenco Capital.', 'Germany -restricts-> Zenco Capital'],
    ['The UK blocked the sale of Arm to Nvidia.', 'United Kingdom -restricts-> Nvidia'],
  ])('"%s" restricts the buyer and bans no one', (text, claim) => {
    const claims = scoredClaimsOf(text);
    expect(only('restricts')(claims)).toEqual([claim]);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('a ban on selling goods to a firm still restricts the firm', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department prohibited the sale of advanced chips to SMIC.'))).toContain('Commerce Department -restricts-> SMIC');
  });
});

describe('an owner named with a plural\'s apostrophe', () => {
  it.each([
    ["Qorva Games' Starfall launched on Friday."],
    ["Qorva Games' shooter Starfall adds raids."],
    ["Qorva Games' new shooter Starfall adds raids."],
  ])('"%s": the studio makes the game, at the sentence\'s start too', (text) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Qorva Games -develops-> Starfall']);
  });

  it('a quoted name is still a quoted name', () => {
    expect(only('banned')(scoredClaimsOf("India banned the 'Zeta' app."))).toEqual(['India -banned-> Zeta']);
  });
});

describe('rivals introduced by "other" a sentence after their party', () => {
  it.each([
    ['Nvidia makes AI chips. Other rivals include AMD and Intel.', ['Nvidia -competes_with-> AMD', 'Nvidia -competes_with-> Intel']],
    ['Chipmaker Zenco makes cloud chips. Other players in the space include Qorva and Borin Labs.', ['Zenco -competes_with-> Borin Labs', 'Zenco -competes_with-> Qorva']],
    ['Nvidia makes AI chips. Other players like AMD followed.', ['Nvidia -competes_with-> AMD']],
    ['Nvidia makes AI chips. Other rivals in the market, such as AMD, are catching up.', ['Nvidia -competes_with-> AMD']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('other players of a game are no rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('The game sold well. Other players like Jane joined the lobby.'))).toEqual([]);
  });
});

describe('a challenge to a rival', () => {
  it.each([
    ['Zenco is mounting a challenge to market leader Nvidia.', ['Zenco -competes_with-> Nvidia']],
    ["Zenco's challenge to Nvidia is growing.", ['Zenco -competes_with-> Nvidia']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(claims);
  });

  it.each([
    ['Zenco launched a court challenge to Qorva.'],
    ['Zenco mounted a legal challenge to the Commerce Department\'s rule.'],
  ])('"%s": a challenge in court is no competition, and nothing is made', (text) => {
    const claims = scoredClaimsOf(text);
    expect(only('competes_with')(claims)).toEqual([]);
    expect(only('develops')(claims)).toEqual([]);
  });
});

describe('a deal someone stopped', () => {
  it('"blocked Zenco\'s takeover of Qorva" restricts the buyer and asserts no acquisition', () => {
    const claims = scoredClaimsOf("The Treasury blocked Zenco's takeover of Qorva.");
    expect(only('restricts')(claims)).toEqual(['Treasury -restricts-> Zenco']);
    expect(only('acquired')(claims)).toEqual([]);
  });

  it('a takeover that closed is still one', () => {
    expect(only('acquired')(scoredClaimsOf("Zenco's takeover of Qorva closed in May."))).toEqual(['Zenco -acquired-> Qorva']);
  });
});

describe('a store\'s owner rejecting an app', () => {
  it.each([
    ['Apple rejected the Zeta app from the App Store.', 'Apple -banned-> Zeta'],
    ['Valve rejected Zeta from Steam.', 'Valve -banned-> Zeta'],
    ['Apple rejected the Zeta update.', 'Apple -banned-> Zeta'],
  ])('"%s"', (text, claim) => {
    const claims = scoredClaimsOf(text);
    expect(only('banned')(claims)).toEqual([claim]);
    expect(only('develops')(claims)).toEqual([]);
  });

  it.each([['The court rejected Zenco\'s appeal.'], ["Zenco rejected Qorva's offer."]])('"%s" bans nothing', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([]);
  });
});

describe('an owner\'s list of untyped names, and its flagship', () => {
  it.each([
    ["Zenco's Vexa and Plix sold out.", ['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']],
    ["Zenco's Vexa, Plix and Zorbo sold out.", ['Zenco -develops-> Plix', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zorbo']],
    ["Zenco's flagship, the Vexa 9, ships in May.", ['Zenco -develops-> Vexa 9']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('an English word\'s "\'s" may still open a title', () => {
    expect(only('develops')(scoredClaimsOf("Grey's Anatomy and House aired."))).not.toContain('Grey -develops-> Anatomy');
  });

  it('a flagship store is no product', () => {
    expect(scoredClaimsOf('Zenco opened its flagship store in Paris.')).toEqual([]);
  });
});
