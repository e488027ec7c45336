import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// The maker of a thing named after a title or a fronted participle: "the engine known as Plix" after "Operated by A and B,";
// "created by state broadcaster Zembla TV"; "the Vexa fridge by German appliance manufacturer Zenco". Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a fronted participle before a thing "known as" its name', () => {
  it('each maker of the fronted participle makes the thing named', () => {
    expect(develops('Operated by Zenco Inc and Qorva Inc, the new engine known as Plix answers questions in five languages.')).toEqual([
      'Qorva Inc -develops-> Plix',
      'Zenco Inc -develops-> Plix',
    ]);
    expect(develops('Developed by Zenco Inc, the chatbot called Plix answers questions in five languages.')).toEqual(['Zenco Inc -develops-> Plix']);
    expect(develops('Built by Qorva Inc, a small drone dubbed Vexa flew for two hours.')).toEqual(['Qorva Inc -develops-> Vexa']);
  });

  it('a participle of another kind, or a maker later in the sentence, makes nothing', () => {
    expect(develops('Criticised by Zenco Inc, the new engine known as Plix answers questions in five languages.')).toEqual([]);
    expect(develops('Asked about Zenco Inc, the man known as Plix said nothing.')).toEqual([]);
  });
});

describe('a maker named after a title of a broadcaster or newspaper', () => {
  it('"created by state broadcaster X" makes the thing', () => {
    expect(develops('The Plix app was created by state broadcaster Zembla TV in 2019.')).toEqual(['Zembla TV -develops-> Plix']);
    expect(develops('The Plix app, launched three years ago by state broadcaster Zembla TV, has 20 million users.')).toEqual(['Zembla TV -develops-> Plix']);
    expect(develops('The Plix app was developed by the state news outlet Zembla TV.')).toEqual(['Zembla TV -develops-> Plix']);
  });

  it('a broadcaster that only reports on, praises or bans the thing makes nothing', () => {
    expect(develops('The Plix app was criticised by state broadcaster Zembla TV in 2019.')).toEqual([]);
    expect(develops('The Plix app was first reported by state broadcaster Zembla TV in 2019.')).toEqual([]);
    expect(develops('The Plix app was not created by state broadcaster Zembla TV.')).toEqual([]);
  });
});

describe('a product "by" a maker with a long description', () => {
  it('"the Vexa fridge by German appliance manufacturer Zenco" makes the product', () => {
    expect(develops('Shoppers praised the Vexa fridge by German appliance manufacturer Zenco Inc in a review.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Reviewers liked the Zeta phone by Chinese smartphone maker Qorva Inc.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('The Zeta-2 model by French AI developer Qorva Inc topped the ranking.')).toEqual(['Qorva Inc -develops-> Zeta-2']);
  });

  it('a review, a test or a complaint "of" the product by a maker makes nothing', () => {
    expect(develops('A review of the Vexa fridge by German appliance manufacturer Zenco Inc found faults.')).toEqual([]);
    expect(develops('A complaint about the Zeta phone by rival smartphone maker Qorva Inc was dismissed.')).toEqual([]);
    expect(develops('The Zeta phone was bought by Chinese smartphone maker Qorva Inc.')).toEqual([]);
  });
});

describe('a product "from" a maker with a long description', () => {
  it('"the Plix app from US software company Qorva" makes the product', () => {
    expect(develops('Users liked the Plix app from US software company Qorva Inc.')).toEqual(['Qorva Inc -develops-> Plix']);
    expect(develops('The Zeta-2 model from French AI firm Qorva Inc topped the ranking.')).toEqual(['Qorva Inc -develops-> Zeta-2']);
    expect(develops('The Plix chatbot from the company Qorva Inc is popular.')).toEqual(['Qorva Inc -develops-> Plix']);
  });

  it('a thing bought or removed from a firm, or from a store, makes nothing', () => {
    // The buyer owns what it bought (an existing reader); the seller is not read as its maker here.
    expect(develops('Zenco Inc bought the Plix app from US software company Qorva Inc.')).toEqual(['Zenco Inc -develops-> Plix']);
    expect(develops('Users can download the Plix app from US retailer Qorva Inc.')).toEqual([]);
    expect(develops('Ruritania removed the Plix app from the software company Qorva Inc.')).toEqual([]);
  });
});

describe('data or a quote about a product "from" a described firm', () => {
  it('the firm that gave the data or the quote is not read as the maker', () => {
    expect(develops('Data on the Zeta-2 model from the research firm Qorva Inc showed gains.')).toEqual([]);
    expect(develops('A quote about the Plix app from the software company Qorva Inc was wrong.')).toEqual([]);
  });
});
