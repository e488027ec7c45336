import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dsc96 (stop 96): a firm named before and then called by its brand and a maker's noun ("The Vexa maker said …"); what a
// firm is known for when a brand's noun closes it ("known for its Vexa brand"); a portfolio counted with a word of degree ("of more
// than 30 brands, including …"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('"the Vexa maker" after the firm was named', () => {
  it('opening the sentence, it is the firm named before', () => {
    expect(develops('Zenco Inc reported a fall in profit. The Vexa maker said net sales fell.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc reported a fall in profit. The Vexa owner said net sales fell.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops("Zenco Inc cut its outlook on Tuesday. The Vexa maker's shares fell 4%.")).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('so does it after "Shares of", with words of its kind before the noun', () => {
    expect(develops('Zenco Inc reported a fall in profit. Shares of the Vexa dish soap maker closed flat on Friday.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('a seller, a distributor or a former owner is no maker', () => {
    expect(develops('Zenco Inc reported a fall in profit. The Vexa distributor said net sales fell.')).toEqual([]);
    expect(develops('Zenco Inc reported a fall in profit. The Vexa seller said net sales fell.')).toEqual([]);
    expect(develops('Zenco Inc reported a fall in profit. The former Vexa owner said net sales fell.')).toEqual([]);
  });

  it('two firms named before may be either: no guess', () => {
    expect(develops('Zenco Inc agreed to buy Qorva Ltd. The Vexa maker said the deal was fair.')).toEqual([]);
    expect(develops('Zenco Inc sued Qorva Ltd over patents. The Vexa maker said the suit was baseless.')).toEqual([]);
  });

  it('a maker named after the noun is that maker, and a description inside the sentence is left alone', () => {
    expect(develops('Zenco Inc reported a fall in profit. The Vexa maker Qorva said its sales rose.')).toEqual(['Qorva -develops-> Vexa']);
    expect(develops('Zenco Inc reported a fall in profit. Analysts at the Vexa maker said net sales fell.')).toEqual([]);
    expect(develops('Zenco Inc reported a fall in profit. The Vexa and Plix maker said net sales fell.')).toEqual([]);
  });

  it('a firm that sold, stocked or bought the thing, or a person who owns one, is no maker (crit96b)', () => {
    expect(develops('Zenco Inc stopped selling the toy. The Vexa maker said it was reviewing the complaints.')).toEqual([]);
    expect(develops('Zenco Inc pulled the drinks from its shelves. The Vexa maker said it was disappointed.')).toEqual([]);
    expect(develops('Zenco Airlines took delivery of its first jet. The Vexa maker said more would follow.')).toEqual([]);
    expect(develops('Zenco Inc operates a fleet of jets. The Vexa maker said deliveries would resume.')).toEqual([]);
    expect(develops('Zenco Inc refused to pay the claim. The Vexa owner said he would sue.')).toEqual([]);
    expect(develops('Zenco Inc raised its stake in the brand. The Vexa owner said it welcomed the move.')).toEqual([]);
  });

  it('a brand the text named before is left to what it said there (crit96b)', () => {
    expect(develops('Zenco Inc bought 40 Vexa jets. The Vexa maker said output would rise.')).toEqual([]);
  });

  it('a place before "owner" is no brand', () => {
    expect(develops('Zenco Inc reported a fall in profit. The London owner said net sales fell.')).toEqual([]);
  });
});

describe('"known for its Vexa brand"', () => {
  it('a brand\'s or a franchise\'s noun may close what the firm is known for', () => {
    expect(develops('Zenco, known for its iconic Vexa brand, continues to grow.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco, known for its Vexa franchise, said sales rose.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('a person or a place it is known for is none of its brands', () => {
    expect(develops('Zenco, known for its founder Jo Vexa, said sales rose.')).toEqual([]);
    expect(develops('Zenco, known for its London brand stores, said sales rose.')).toEqual([]);
  });
});

describe('a portfolio counted with a word of degree', () => {
  it('"a portfolio of more than 30 brands, including A, B and C"', () => {
    expect(develops('Zenco has a portfolio of more than 30 brands, including Vexa, Plix and Tork.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Tork', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco has a portfolio of over a dozen brands, including Vexa and Plix.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('a portfolio of others\' brands or of stakes stays out', () => {
    expect(develops('Zenco has a portfolio of more than 30 distributed brands, including Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco has a portfolio of more than 30 rival brands, including Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco has a portfolio of more than 30 stakes in brands, including Vexa and Plix.')).toEqual([]);
  });
});
