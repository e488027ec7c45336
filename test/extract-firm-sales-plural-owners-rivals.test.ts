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
