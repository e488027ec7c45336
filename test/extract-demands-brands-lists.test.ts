import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Stop 48's families, from stop 47's last fresh samples, on sentences written for the tests:
// a state's demands, lists with a title of their own, a state's new restrictions as a subject,
// brands named with their owner, and stores that yank apps.

describe("a government's demand that a firm remove a thing is its ban", () => {
  it.each([
    ['Roskomnadzor has demanded that Google and Apple remove the Smart Voting app.', 'Roskomnadzor -banned-> Smart Voting'],
    ['The Ministry of Communications demanded that Apple remove the Zeta app.', 'Ministry of Communications -banned-> Zeta'],
    // "that" left out: the firms are still the ones asked, not the ones banning.
    ['Russia demanded Apple and Google remove the Smart Voting app.', 'Russia -banned-> Smart Voting'],
  ])('"%s"', (text, claim) => {
    expect(scoredClaimsOf(text)).toEqual([claim]);
  });

  it("a firm's demand is a wish: no ban", () => {
    expect(scoredClaimsOf('Spotify demanded that Apple remove the Zeta app.')).toEqual([]);
  });

  it('"ordered Zapp blocked" still makes Zapp the one blocked', () => {
    expect(scoredClaimsOf('Russia ordered Zapp blocked.')).toEqual(['Russia -banned-> Zapp']);
  });
});

describe('a list with a title of its own', () => {
  it.each([
    'The Commerce Department added Huawei to the Military End User list.',
    'The Commerce Department added Huawei to the Military End User (MEU) List on Friday.',
    'Huawei was placed on the Military End User list, the Commerce Department said.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toContain('Commerce Department -restricts-> Huawei');
  });
});

describe("a state's new restrictions as the subject that reaches firms", () => {
  it('"The new US restrictions have also impacted A; B; and C"', () => {
    expect(scoredClaimsOf('The new US restrictions have also impacted Huawei; SMIC; and Alibaba.')).toEqual([
      'United States -restricts-> Alibaba',
      'United States -restricts-> Huawei',
      'United States -restricts-> SMIC',
    ]);
  });

  it('"The latest Chinese sanctions target A and B"', () => {
    expect(scoredClaimsOf('The latest Chinese sanctions target Lockheed Martin and Raytheon.')).toEqual(['China -restricts-> Lockheed Martin', 'China -restricts-> Raytheon']);
  });

  it('restrictions of no named state restrict nothing', () => {
    expect(scoredClaimsOf('The new restrictions have also impacted Huawei.')).toEqual([]);
  });
});

describe('a brand named with its owner', () => {
  it.each([
    ['Zetafizz, a Nestle brand, lags behind.', 'Nestle -develops-> Zetafizz'],
    ['Taobao, a Zenco app, lags behind.', 'Zenco -develops-> Taobao'],
    ['Zetafizz is a Nestle brand.', 'Nestle -develops-> Zetafizz'],
    ['Zetafizz, a brand held by Alibaba, dominates the market.', 'Alibaba -develops-> Zetafizz'],
    ['Zetafizz is another brand under Alibaba.', 'Alibaba -develops-> Zetafizz'],
    ['Zetafizz, a label under the Alibaba umbrella, dominates.', 'Alibaba -develops-> Zetafizz'],
    ["Zetafizz, part of Alibaba's portfolio, dominates.", 'Alibaba -develops-> Zetafizz'],
    ["Zetafizz, one of Alibaba's brands, dominates.", 'Alibaba -develops-> Zetafizz'],
  ])('"%s"', (text, claim) => {
    expect(scoredClaimsOf(text)).toEqual([claim]);
  });

  it('the owner named before the kind is a firm, not a product', () => {
    expect(entitiesOf('Zetafizz, a Nestle brand, lags behind.')).toEqual(expect.arrayContaining(['Nestle (company)', 'Zetafizz (product)']));
  });

  it('"the Zenco app" alone still names the app', () => {
    expect(entitiesOf('Users downloaded the Zenco app.')).toContain('Zenco (product)');
  });

  it('a stake held by a firm makes nothing', () => {
    expect(scoredClaimsOf('The stake is held by Alibaba.')).toEqual([]);
  });
});

describe('a store that yanks an app bans it', () => {
  it.each(['Apple yanks Zeta app from App Store', 'Apple yanked the Zeta app from its App Store on Friday.'])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toContain('Apple -banned-> Zeta');
  });
});

describe('people acted on are not their state or firm', () => {
  it.each([
    'The US sanctioned Iranian officials on Monday.',
    'Washington imposed sanctions on Russian oligarchs.',
    'The Treasury sanctioned executives of Huawei.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual([]);
  });

  it("a state's officials who act are still the state", () => {
    expect(scoredClaimsOf('Iranian officials banned Zapp.')).toEqual(['Iran -banned-> Zapp']);
  });

  it('the firm named beside its people is still acted on', () => {
    expect(scoredClaimsOf('The Treasury sanctioned Huawei and executives of ZTE.')).toEqual(['Treasury -restricts-> Huawei']);
  });

  it('"owners of the A, B and C brands" still own them', () => {
    expect(scoredClaimsOf('The market is dominated by Transsion, owners of the Tecno, Infinix and Itel brands.')).toContain('Transsion -develops-> Tecno');
  });
});

describe("blocking what a party holds is a sanctions freeze, not a ban", () => {
  it.each([
    'The Treasury moved to block all property of Zenco Shipping.',
    "The Treasury blocked Zenco Shipping's assets.",
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Treasury -restricts-> Zenco Shipping']);
  });

  it("blocking a site is still a ban", () => {
    expect(scoredClaimsOf("Russia blocked Zapp's website.")).toEqual(['Russia -banned-> Zapp']);
  });
});

describe('a list that closes on a counted unnamed rest', () => {
  it.each([
    ['India banned TikTok, WeChat and 57 other Chinese apps.', ['India -banned-> TikTok', 'India -banned-> WeChat']],
    ['India banned TikTok, WeChat, and dozens of other apps.', ['India -banned-> TikTok', 'India -banned-> WeChat']],
    ['The US sanctioned Huawei, ZTE and at least 20 other firms.', ['United States -restricts-> Huawei', 'United States -restricts-> ZTE']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

// Stop 48's second round, from its first round's readers.

describe('a regulator taking back approval, or ordering sales to end', () => {
  it.each([
    'The FDA is withdrawing its approval of Chantix.',
    'The FDA withdrew approval for Chantix in 2023.',
    'The FDA is ordering Pfizer to stop selling Chantix.',
    'The FDA directed Pfizer to cease and desist sales of Chantix.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toContain('Food and Drug Administration -banned-> Chantix');
  });

  it("a firm withdrawing its own application bans nothing", () => {
    expect(scoredClaimsOf('Pfizer withdrew its application for Chantix.')).toEqual([]);
  });
});

describe('contest idioms', () => {
  it.each([
    'Pepsi and Coca-Cola are jousting for shoppers.',
    'Pepsi and Coca-Cola are gunning for each other.',
    'Pepsi battles Coca-Cola for an edge.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Pepsi -competes_with-> Coca-Cola']);
  });

  it.each(['The real battle is between Huawei and Nvidia.', 'The real race is between Huawei and Nvidia.'])('a described noun: "%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Huawei -competes_with-> Nvidia']);
  });

  it('battling a lawsuit is no rivalry', () => {
    expect(scoredClaimsOf('Pepsi is battling a lawsuit from Coca-Cola.')).toEqual([]);
  });
});
