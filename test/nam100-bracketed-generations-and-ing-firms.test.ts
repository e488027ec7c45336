import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper nam100 (stop 99), from real consumer-tech launch news: a model's generation written in brackets ("Ear (1)") was cut off
// its name (numbered-product-names.ts), and a firm whose name is an "-ing" word ("Nothing") was dropped as a sentence's gerund
// opener (name-rules.ts, apposedAsFirm). Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a generation in brackets is part of the name', () => {
  it('keeps "(1)", "(2a)" after a product name', () => {
    expect(makes('Zenco released the Vexa (1) last summer.')).toEqual(['Zenco -develops-> Vexa (1)']);
    expect(makes('Zenco unveiled the Vexa Phone (2a) in London.')).toEqual(['Zenco -develops-> Vexa Phone (2a)']);
    expect(makes("Zenco's Qorva Buds (3) went on sale on Monday.")).toEqual(['Zenco -develops-> Qorva Buds (3)']);
    expect(makes('The Lumo (2) is a handset made by Zenco.')).toEqual(['Zenco -develops-> Lumo (2)']);
  });

  it('near misses: a year, a list letter or a spaced bracket is no generation', () => {
    expect(makes('Zenco released the Vexa (2021) in July.')).toEqual(['Zenco -develops-> Vexa']);
    expect(makes('Zenco released Vexa (b) and Qorva (c).')).toEqual(['Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
    expect(makes('Zenco released the Vexa ( 2 ) last year.')).toEqual(['Zenco -develops-> Vexa']);
  });
});

describe('an "-ing" word opening the sentence is a firm when apposed as one or taught mid-sentence', () => {
  it('apposed as a company, startup or maker', () => {
    expect(makes('Nothing, a tech company based in London, released the Vexa Phone.')).toEqual(['Nothing -develops-> Vexa Phone']);
    expect(makes('Strelling, the Zembla startup, launched the Qorva R1 on Tuesday.')).toEqual(['Strelling -develops-> Qorva R1']);
    expect(makes('Nothing, a phone maker founded in 2020, unveiled the Lumo Buds.')).toEqual(['Nothing -develops-> Lumo Buds']);
  });

  it('taught as a name mid-sentence earlier in the article', () => {
    expect(makes('The startup Nothing was founded in 2020. Nothing released the Vexa Phone last year.')).toEqual(['Nothing -develops-> Vexa Phone']);
  });

  it('near misses: no firm apposition, or a sector apposed', () => {
    expect(makes('Nothing released the Vexa Phone.')).toEqual([]);
    expect(makes('Shipping, a sector hit by tariffs, slowed after Zenco released the Vexa.')).toEqual(['Zenco -develops-> Vexa']);
    expect(makes('Nothing is certain, but Zenco released the Vexa.')).toEqual(['Zenco -develops-> Vexa']);
  });
});

describe('near misses: an adverb set off before a firm', () => {
  it('"Separately, the company …" names no firm "Separately"', () => {
    expect(makes('Separately, the company released the Vexa Phone.')).toEqual([]);
    expect(makes('Reportedly, the startup released the Vexa Phone.')).toEqual([]);
  });
});
