import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Families from stop 46's fresh samples, on sentences written for the tests: bans on a state's
// government devices, limits on access or use, outlets that report a ban, party adjectives,
// divestment orders, licences to sell to a buyer taken away, the thing a relative clause says its
// subject made, items with their kind noun, version words, and names of institutions.

describe('bans on a state\'s government devices', () => {
  it.each([
    ['TikTok has been banned on all Scottish government phones.', ['Scotland -banned-> TikTok']],
    ['TikTok has been banned on Canadian government devices.', ['Canada -banned-> TikTok']],
    ['TikTok has been banned on government devices in Scotland.', ['Scotland -banned-> TikTok']],
    ['DeepSeek was banned on NSW government devices.', ['New South Wales -banned-> DeepSeek']],
    ['Quebec banned TikTok on government phones.', ['Quebec -banned-> TikTok']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('devices that are only a state\'s people\'s own are no ban', () => {
    expect(scoredClaimsOf('TikTok is popular on Canadian phones.')).toEqual([]);
  });
});

describe('limits on access or use', () => {
  it.each([
    ['Japan, Taiwan and Italy have taken steps to limit access to DeepSeek.', ['Italy -banned-> DeepSeek', 'Japan -banned-> DeepSeek', 'Taiwan -banned-> DeepSeek']],
    ['Samsung limits internal use of tools like ChatGPT.', ['Samsung -banned-> ChatGPT']],
    ['Samsung restricted internal use of tools like ChatGPT.', ['Samsung -banned-> ChatGPT']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"limit" alone is no trigger', () => {
    expect(scoredClaimsOf('Japan limited the number of Zeta licences.')).toEqual([]);
  });
});

describe('who reports a ban is not its actor', () => {
  it('an outlet that reported it', () => {
    expect(scoredClaimsOf('TikTok will be removed from parliament phones, the BBC reported.')).toEqual([]);
  });

  it('a body that announced it still is', () => {
    expect(scoredClaimsOf('TikTok has been banned on official devices, the Cabinet Office has announced.')).toEqual(['Cabinet Office -banned-> TikTok']);
  });

  it('a party adjective is no actor', () => {
    expect(scoredClaimsOf('The ban follows 16 Republican governors who banned TikTok.')).toEqual([]);
  });
});

describe('controls on investors and buyers', () => {
  it.each([
    ['Canada ordered Zenco Fund and its associates to sell their stakes in Qorva Mining.', ['Canada -restricts-> Zenco Fund']],
    ['Canada ordered Sinomine, Chengze Lithium and Zangge Mining to divest their investments in Canadian lithium firms.', ['Canada -restricts-> Chengze Lithium', 'Canada -restricts-> Sinomine', 'Canada -restricts-> Zangge Mining']],
  ])('a divestment order: "%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm selling its stake of its own accord is not restricted', () => {
    expect(scoredClaimsOf('Zenco Fund sold its stake in Qorva Mining.')).toEqual([]);
  });

  it.each([
    'The US revoked licences that allowed Intel and Qualcomm to sell chips to Huawei.',
    'The US cancelled licences of Intel and Qualcomm to supply chips to Huawei.',
    'US revokes licences that allowed Intel to sell chips to Huawei',
  ])('licences to sell to a buyer, revoked, restrict the buyer: "%s"', (text) => {
    expect(scoredClaimsOf(text)).toContain('United States -restricts-> Huawei');
  });
});

describe('makers and made things', () => {
  it.each([
    ['Qwen is the model that Alibaba released in April.', ['Alibaba -develops-> Qwen']],
    ['Zeta is the model family that Zenco Labs launched last year.', ['Zenco Labs -develops-> Zeta']],
    ['Huawei released the Mate 70, as well as the Mate X6 foldable and the MatePad Pro tablet.', ['Huawei -develops-> Mate 70', 'Huawei -develops-> Mate X6', 'Huawei -develops-> MatePad Pro']],
    ['Huawei launched HarmonyOS Next in October.', ['Huawei -develops-> HarmonyOS Next']],
    ['The Fraunhofer Institute for Intelligent Analysis and Information Systems developed Teuken-7B.', ['Fraunhofer Institute for Intelligent Analysis and Information Systems -develops-> Teuken-7B']],
    ['EPFL and ETH Zurich released Apertus.', ['EPFL -develops-> Apertus', 'ETH Zurich -develops-> Apertus']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a relative clause with an object of its own makes that object', () => {
    expect(scoredClaimsOf('Zeta said that Zenco Labs launched Halo.')).toEqual(['Zenco Labs -develops-> Halo']);
  });

  it.each([
    ['Huawei launched its Android-free operating system.', []],
    ['Major PC makers Dell, HP and Lenovo have stopped imports.', []],
  ])('no maker of a thing the text only excludes or describes: "%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});
