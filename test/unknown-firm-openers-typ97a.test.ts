import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper typ97a, from real furniture, apparel, food and medical-supply trade news: firms the lexicon does not know, opening a sentence
// before a plain verb, stayed untyped (or were typed a product), so every rule around them was silent. Evidence in the sentence that
// types them: a trade word that ends firms' names ("Zenco Foods"), an apposition with no article ("Zenco, maker of …", "Zenco, one of
// the largest furniture makers"), a coordinated apposition ending in "company" ("a medical device and drug company"), and a recall of
// named goods of a made kind. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const typeOf = (text: string, label: string): string | undefined => entitiesOf(text).find((e) => e.startsWith(`${label} (`))?.slice(label.length + 2, -1);

describe('a trade word that ends firms\' names', () => {
  it('"Zenco Foods", "Qorva Brands", "Vexa Furniture", "Kappa Paints" opening a sentence are firms', () => {
    expect(typeOf('Marbury Foods won an award for its Vela Dressing.', 'Marbury Foods')).toBe('company');
    expect(develops('Marbury Foods won an award for its Vela Dressing.')).toEqual(['Marbury Foods -develops-> Vela Dressing']);
    expect(typeOf('Harlow Brands reached a settlement with the union.', 'Harlow Brands')).toBe('company');
    expect(typeOf('Kelso Furniture is building sofas with oak frames.', 'Kelso Furniture')).toBe('company');
    expect(typeOf('Zenco Paints raised prices on Monday.', 'Zenco Paints')).toBe('company');
  });

  it('near misses: a line after "its" or a possessive, a name before a kind of product, a single word', () => {
    expect(typeOf('Qorva expanded its Vela Paints range.', 'Vela Paints')).not.toBe('company');
    expect(typeOf("Qorva's Vela Foods range grew.", 'Vela Foods')).not.toBe('company');
    expect(typeOf('Foods prices rose again.', 'Foods')).toBeUndefined();
    expect(develops('Harlow Brands said the Vela sofa sold well.')).toEqual([]);
    expect(typeOf('Consumer Products revenue rose 5% in the quarter.', 'Consumer Products')).not.toBe('company');
    expect(typeOf('Harlow Foods sales fell in the quarter.', 'Harlow Foods')).not.toBe('company');
  });
});

describe('an apposition with no article', () => {
  it('"Zenco, maker of …", "Zenco, one of the largest furniture makers"', () => {
    expect(typeOf('Zorvex, maker of basketball equipment, is launching a new shoe.', 'Zorvex')).toBe('company');
    expect(develops('Zorvex, maker of the Vela ball, is launching a new shoe.')).toEqual(['Zorvex -develops-> Vela']);
    expect(typeOf('Harlo, one of the largest furniture makers in Europe, announced a new plant.', 'Harlo')).toBe('company');
    expect(typeOf('Bexley, one of the leading wholesalers of activewear, opened a depot.', 'Bexley')).toBe('company');
  });

  it('near misses: people described so, one of many people or things', () => {
    expect(typeOf('Jane Roe, designer of the Vela chair, spoke on Monday.', 'Jane Roe')).not.toBe('company');
    expect(typeOf('Harlo, one of the founders of the club, spoke on Monday.', 'Harlo')).not.toBe('company');
    expect(typeOf('Harlo, one of the best sofas on sale, costs $900.', 'Harlo')).not.toBe('company');
    expect(typeOf('Tom Reed, owner of the Vela bar, spoke on Monday.', 'Tom Reed')).not.toBe('company');
    // A parent of children is a person (critic crit97b); a firm's "parent of the Vela brand" stays.
    expect(typeOf('Mara Quellin, parent of a pupil at the school, said the Zeta app was banned.', 'Mara Quellin')).not.toBe('company');
    expect(typeOf('Brellow, parent of two, said the Zeta app was banned.', 'Brellow')).not.toBe('company');
    expect(typeOf('Zorvex, parent of the Vela brand, is launching a new shoe.', 'Zorvex')).toBe('company');
  });
});

describe('a coordinated apposition ending in "company"', () => {
  it('"a medical device and pharmaceutical company" types a firm', () => {
    expect(typeOf('Zenco Sciences, a medical device and pharmaceutical company focused on wound care, today announced a new plant.', 'Zenco Sciences')).toBe('company');
    expect(typeOf('Qorvath, a software and hardware company, opened an office.', 'Qorvath')).toBe('company');
    // Two goods nouns before the firm's noun (critic crit97b).
    expect(typeOf('Qorvath, a phone and tablet maker, opened an office.', 'Qorvath')).toBe('company');
  });

  it('near misses: a device alone, a device and its maker named apart', () => {
    expect(typeOf('Vela, a medical device, was cleared on Monday.', 'Vela')).toBe('product');
    expect(typeOf('Vela, a medical device and a drug, was cleared on Monday.', 'Vela')).not.toBe('company');
  });
});

describe('a recall of named goods of a made kind', () => {
  it('"Qorvix is recalling Vela space heaters"', () => {
    expect(typeOf('Qorvix is recalling Vela space heaters after fires.', 'Qorvix')).toBe('company');
    expect(typeOf('Dunlow has recalled Zeta Heaters sold online.', 'Dunlow')).toBe('company');
  });

  it('near misses: memories of places and days', () => {
    expect(typeOf('Marlow recalled Paris in the sixties.', 'Marlow')).not.toBe('company');
    expect(typeOf('Brennan recalled Christmas mornings at the farm.', 'Brennan')).not.toBe('company');
    expect(typeOf('Gordon recalled Vela Street markets of his youth.', 'Gordon')).not.toBe('company');
  });
});

describe('a pair before an apposition with no article', () => {
  it('"Bexley and Rhodes, one of the leading wholesalers" types no second half of a cut name', () => {
    expect(typeOf('Bexley and Rhodes, one of the leading wholesalers of activewear, opened a depot.', 'Rhodes')).not.toBe('company');
  });
});
