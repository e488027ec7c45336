import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper apo98b (stop 98, round 2), from real news on apparel, drinks, beauty and streaming: a brand named beside a brand's noun
// and its owner, the name set off by a comma after the noun, an owner's name before the noun, a brand bought and named with its
// noun. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a name set off by a comma after a brand\'s noun', () => {
  it('is the brand, and the buyer that completed its purchase owns it', () => {
    expect(develops('Cosmetics giant Zenco has completed the acquisition of luxury beauty brand, Vexa.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Cosmetics giant Zenco acquired luxury beauty brand, Vexa, last year.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('is the brand of the owner the noun phrase names', () => {
    expect(develops('Qorva Group is expanding its sparkling water brand, Vexa, across Europe.')).toEqual(['Qorva Group -develops-> Vexa']);
  });

  it('a firm that acts after the comma is no brand', () => {
    expect(develops('To grow its brand, Zenco hired a new chief.')).toEqual([]);
    expect(develops('For the brand, Zenco Inc. launched Vexa.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });
});

describe('a brand bought and named with its noun', () => {
  it('is its buyer\'s once the purchase is done', () => {
    expect(develops('Lumo Holdings, the parent company of Tarn, has acquired canvas shoe brand Vexa.')).toContain('Lumo Holdings -develops-> Vexa');
    expect(develops('Zenco has completed the acquisition of luxury beauty brand Vexa.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('a planned or denied purchase gives the buyer nothing', () => {
    expect(develops('Zenco Inc. agreed to acquire luxury beauty brand Vexa.')).toEqual([]);
    expect(develops('Zenco Inc. has entered into a deal to acquire the footwear brand Vexa.')).toEqual([]);
    expect(develops('Zenco Inc. has not acquired footwear brand Vexa.')).toEqual([]);
  });
});

describe('an owner\'s name before a brand\'s noun that a name is apposed to', () => {
  it('keeps the owner a firm and gives it the brand', () => {
    expect(develops('An iconic Zenco brand, Vexa, is back in stores.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('an apposition with the owner\'s possessive types the brand', () => {
    expect(develops("Vexa, Zenco's outdoor label, grew 10% last year.")).toEqual(['Zenco -develops-> Vexa']);
  });
});

describe('an owner\'s line', () => {
  it('"its Vexa line" is the owner\'s goods', () => {
    expect(develops('Rival Zenco Inc. is moving its Mountain Vexa line into energy drinks.')).toEqual(['Zenco Inc -develops-> Mountain Vexa']);
  });

  it('a line\'s other nouns name no goods', () => {
    expect(develops('Zenco Inc. hired its Mountain Vexa line manager.')).toEqual([]);
  });
});
