import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Families from stop 44's fresh samples, on sentences written for the tests: a plural act noun
// with no article naming what the act before hit, joint makers ("co-developed by"), states putting
// a vendor out of their networks, headset names ending in a reality acronym, and firms named by a
// trade word in a Title Case headline.

describe('a plural act noun with no article goes on with the act before', () => {
  it.each([
    ['The Treasury Department announced new sanctions on Monday.\nSanctions were imposed on Zenco Electronics and Qorva Optics.', ['Treasury Department -restricts-> Qorva Optics', 'Treasury Department -restricts-> Zenco Electronics']],
    ['Canada imposed sanctions on Zembla on Friday.\nNew restrictions were also placed on Zenco Aviation Industries.', ['Canada -restricts-> Zembla', 'Canada -restricts-> Zenco Aviation Industries']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('with no act before, the bare noun names no actor', () => {
    expect(scoredClaimsOf('Sanctions were imposed on Zenco Electronics and Qorva Optics.')).toEqual([]);
  });

  it('an agent of its own is read by the trigger rules, not given to the act before', () => {
    expect(scoredClaimsOf('Canada imposed sanctions on Zembla.\nSanctions were imposed by Japan on Zenco Electronics.')).not.toContain('Canada -restricts-> Zenco Electronics');
  });
});

describe('joint makers', () => {
  it.each([
    ['The Zeta browser, co-designed by Zenco Labs and Qorva Systems, launched last week.', ['Qorva Systems -develops-> Zeta', 'Zenco Labs -develops-> Zeta']],
    ['Zenco Labs and Qorva Systems co-developed the Zeta 5 chip.', ['Qorva Systems -develops-> Zeta 5', 'Zenco Labs -develops-> Zeta 5']],
    ['Zeta 5 was co-created by Zenco Labs.', ['Zenco Labs -develops-> Zeta 5']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('a state putting a vendor out of its networks', () => {
  it.each([
    ['Australia booted Huawei from its 5G network.', ['Australia -banned-> Huawei']],
    ['Australia Boots Huawei From 5G Network', ['Australia -banned-> Huawei']],
    ['Sweden kicked out Huawei and ZTE in 2020.', ['Sweden -banned-> Huawei', 'Sweden -banned-> ZTE']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a device booting its own system bans nothing', () => {
    expect(scoredClaimsOf('Huawei boots HarmonyOS on its new phones.')).toEqual([]);
  });
});

describe('a headset named with a reality acronym', () => {
  it.each([
    ['Zenco released Zeta XR, a headset, in March.', ['Zenco -develops-> Zeta XR']],
    ['Samsung released the Galaxy XR headset in October.', ['Samsung -develops-> Galaxy XR']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a reality acronym before a plural noun names no product', () => {
    expect(scoredClaimsOf('Western AR companies such as Zenco are growing.')).toEqual([]);
  });
});

describe('a firm named by a trade word in a Title Case headline', () => {
  it.each([
    ['US Blacklists Zenco Trading and Qorva Logistics', ['United States -restricts-> Qorva Logistics', 'United States -restricts-> Zenco Trading']],
    ['UK Sanctions Zenco Trading Over Drone Parts', ['United Kingdom -restricts-> Zenco Trading']],
    ['US Treasury Hits Zenco Trading With Sanctions', ['Treasury Department -restricts-> Zenco Trading']],
    ['US Adds Qorva Machinery, Zenco Industries to Entity List', ['United States -restricts-> Qorva Machinery', 'United States -restricts-> Zenco Industries']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a trade word after a headline preposition is no firm', () => {
    expect(scoredClaimsOf('US Sanctions Chinese Firms Over Drone Manufacturing')).toEqual([]);
  });
});
