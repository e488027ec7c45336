import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Stop 51's makers families, from its first round's makers reader, on sentences written for the
// tests: kinds of game, vehicle and drug that type a name beside them, the team responsible for a
// product, a game's studio, a maker calling a thing its product, and competition handed to a rival.

describe('a kind of game, vehicle or drug beside a name makes it a product', () => {
  it.each([
    ['Zeta Quest, the new RPG from Zenco Studios, launches in May.', ['Zenco Studios -develops-> Zeta Quest']],
    ['Zeta Quest, a new shooter from Zenco Studios, launches in May.', ['Zenco Studios -develops-> Zeta Quest']],
    ['Zetamab, a new antibody from Qorva Pharma, was approved.', ['Qorva Pharma -develops-> Zetamab']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("a product's team and studio make it", () => {
  it.each([
    ['Zenco Studios, the team responsible for Zeta Quest and Vela Run, is back.', ['Zenco Studios -develops-> Vela Run', 'Zenco Studios -develops-> Zeta Quest']],
    ['Zeta Quest studio Zenco Studios has closed.', ['Zenco Studios -develops-> Zeta Quest']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm named before a studio is not what it makes', () => {
    expect(scoredClaimsOf('The Zenco studio in Montreal has closed.')).toEqual([]);
  });
});

describe('a maker calling a thing its product', () => {
  it.each([
    ['Apple calls the iPhone Air its thinnest phone ever.', ['Apple -develops-> iPhone Air']],
    ['Samsung is calling the Galaxy S25 Edge its slimmest flagship.', ['Samsung -develops-> Galaxy S25 Edge']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('people calling a thing "its" best make nothing', () => {
    expect(scoredClaimsOf('Analysts call the Pixel 10 its best phone.')).toEqual([]);
  });
});

describe('a car maker in the lexicon', () => {
  it('"SUVs such as Kia\'s EV9 and Hyundai\'s Ioniq 9": Kia makes the EV9', () => {
    expect(scoredClaimsOf("SUVs such as Kia's EV9 and Hyundai's Ioniq 9 compete here.")).toEqual(['EV9 -competes_with-> Ioniq 9', 'Hyundai -develops-> Ioniq 9', 'Kia -develops-> EV9']);
  });
});

// Stop 51's bans families, from its first round's bans reader.
describe('a store pulling a described app', () => {
  it('"pulled the controversial Zmap app from its store" bans it', () => {
    expect(scoredClaimsOf('Apple has pulled the controversial HKmap.live app from its store.')).toEqual(['Apple -banned-> HKmap.live']);
  });
});

describe('a regulator commanding a maker to take its product off sale', () => {
  it('bans the product', () => {
    expect(scoredClaimsOf('France commanded Apple to remove its iPhone 12 from sale.')).toEqual(['Apple -develops-> iPhone 12', 'France -banned-> iPhone 12']);
  });
});

describe('capitals in brackets after a lowercase term abbreviate it', () => {
  it('"a contaminant, N-nitrosodimethylamine (NDMA)" names nothing banned', () => {
    expect(scoredClaimsOf('The FDA ordered the removal of ranitidine drugs because of a contaminant, N-nitrosodimethylamine (NDMA), from the market.')).toEqual([]);
  });

  it('"the validated end-user (VEU) status of Samsung" restricts Samsung, and bans no one', () => {
    expect(scoredClaimsOf('The US revoked the validated end-user (VEU) status of Samsung.')).toEqual(['United States -restricts-> Samsung']);
  });

  it('after a kind of body they name it: "the cyberspace regulator (CAC)"', () => {
    expect(scoredClaimsOf("China's cyberspace regulator (CAC) banned Zapp.")).toEqual(['Cyberspace Administration of China -banned-> Zapp']);
  });
});
