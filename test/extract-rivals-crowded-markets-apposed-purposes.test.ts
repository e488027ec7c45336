import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv90, from the seventy-ninth fresh sample (rivalry in lists, nominals and modifiers): a firm joining named firms in a
// crowded market is each one's rival; an apposition calling the object of a suit or a purchase "a rival" or "a competing firm"
// makes it the actor's rival; a fronted clause of cause or concession gives its party noun to the main clause's subject; and brands
// launched "to compete with" unnamed retailers are no rivals of each other. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('joining named firms in a crowded market', () => {
  it('the joiner competes with each firm it joins', () => {
    expect(rivals('Vexa Inc. joins Zenco Inc., Qorva Corp. and Lumo Ltd. in what is becoming a crowded market.')).toEqual([
      'Vexa Inc -competes_with-> Lumo Ltd',
      'Vexa Inc -competes_with-> Qorva Corp',
      'Vexa Inc -competes_with-> Zenco Inc',
    ]);
    expect(rivals('Vexa Inc. joined Zenco Inc. and Qorva Corp. in an increasingly crowded field.')).toEqual([
      'Vexa Inc -competes_with-> Qorva Corp',
      'Vexa Inc -competes_with-> Zenco Inc',
    ]);
    expect(rivals('Vexa Inc. joins Zenco Inc. and Qorva Corp. in the crowded market for online mattresses.')).toEqual([
      'Vexa Inc -competes_with-> Qorva Corp',
      'Vexa Inc -competes_with-> Zenco Inc',
    ]);
  });

  it('a bracketed aside after a joined firm keeps the list whole', () => {
    expect(rivals('Vexa Inc. joins Zenco Inc. (one of the top startups), Qorva Corp. and Lumo Ltd. in what is quickly becoming a very crowded market.')).toEqual([
      'Vexa Inc -competes_with-> Lumo Ltd',
      'Vexa Inc -competes_with-> Qorva Corp',
      'Vexa Inc -competes_with-> Zenco Inc',
    ]);
  });

  it('joining firms in no market, or in an act, sets no one against them', () => {
    expect(rivals('Vexa Inc. joins Zenco Inc. and Qorva Corp. in a crowded room at the fair.')).toEqual([]);
    expect(rivals('Zenco Inc. joins Qorva Corp. and Lumo Ltd. in supporting the bill.')).toEqual([]);
    expect(rivals('Zenco Inc. joins Qorva Corp. and Lumo Ltd. on the board of the trade group.')).toEqual([]);
    expect(rivals('Zenco Inc. joined Qorva Corp. in a venture to enter a crowded market.')).toEqual([]);
  });
});

describe('an apposition calling the object of an act a rival', () => {
  it('"sued Qorva, a competing mattress company", "agreed to buy Qorva, a rival maker": the actor\'s rival', () => {
    expect(rivals('Zenco Inc. sued Qorva Corp., a competing mattress company.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc. agreed to buy Qorva Corp., a rival maker of foam beds.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc. has sued Qorva Corp., a competitor, over its ads.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc. acquired Qorva Corp., a smaller rival, for $40 million.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a former rival, another firm\'s rival, a maker of competing goods, or another verb give the actor no rival', () => {
    expect(rivals('Zenco Inc. sued Qorva Corp., a former rival, last year.')).toEqual([]);
    expect(rivals('Zenco Inc. sued Qorva Corp., a rival of Vexa Inc., last year.')).toEqual(['Qorva Corp -competes_with-> Vexa Inc']);
    expect(rivals('Zenco Inc. bought Qorva Corp., a competitor to Vexa Inc.')).toEqual(['Qorva Corp -competes_with-> Vexa Inc']);
    expect(rivals('Zenco Inc. sued Qorva Corp., a maker of competing beds.')).toEqual([]);
    expect(rivals('Zenco Inc. said Qorva Corp., a competing retailer, cut prices.')).toEqual([]);
    expect(rivals('Zenco Inc. hired Qorva Corp., a rival firm\'s adviser.')).toEqual([]);
  });
});

describe('a party noun in a fronted clause of cause or concession', () => {
  it('"Because it has only one significant rival, Qorva, Zenco …": the main clause\'s subject', () => {
    expect(rivals('Because it has only one significant rival, Qorva Corp., Zenco Inc. enjoys high margins.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Although its main rival, Qorva Corp., cut prices, Zenco Inc. kept its margins.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a rival owned by another name, or none named, is not the subject\'s', () => {
    expect(rivals('Because Vexa Inc.\'s rival, Qorva Corp., cut prices, Zenco Inc. lost share.')).toEqual(['Vexa Inc -competes_with-> Qorva Corp']);
    expect(rivals('Because rivals were slow, Zenco Inc. grew fast.')).toEqual([]);
  });
});

describe('examples of an object before a purpose "to compete"', () => {
  it('brands launched "to compete with" unnamed retailers are no rivals of each other', () => {
    expect(rivals('Zenco launched brands such as Zapp (gear), Qorva (toys) and Vell (food) to compete with specialty retailers.')).toEqual([]);
    expect(rivals('Zenco Inc. launched brands such as Zapp, Qorva and Vell to compete with specialty retailers.')).toEqual([]);
  });

  it('a list that is the subject still competes within itself', () => {
    expect(rivals('Startups such as Zenco Inc., Qorva Corp. and Vexa Inc. hope to compete for the same buyers.')).toEqual([
      'Qorva Corp -competes_with-> Vexa Inc',
      'Zenco Inc -competes_with-> Qorva Corp',
      'Zenco Inc -competes_with-> Vexa Inc',
    ]);
    expect(rivals('Zenco Inc., Qorva Corp. and Vantex Ltd. are all competing for the order.')).toEqual([
      'Qorva Corp -competes_with-> Vantex Ltd',
      'Zenco Inc -competes_with-> Qorva Corp',
      'Zenco Inc -competes_with-> Vantex Ltd',
    ]);
  });
});
