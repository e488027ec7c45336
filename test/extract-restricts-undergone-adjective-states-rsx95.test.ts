import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper rsx95, from the ninety-second fresh sample (s92a): a state named only by the adjective of its measures, with the firm
// that undergoes them as the subject, after counts or a batch's "of"; the hedges of that subject's clause; a firm subject to
// sanctions and barred from exporting, which restricts the firm and no destination; "included on" a state's list. Sentences
// written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a measure named by its state\'s adjective, undergone after counts or a batch', () => {
  it('the state restricts the subject that undergoes it', () => {
    expect(restricts('Zenco has been targeted by numerous American sanctions since 2019.')).toEqual(['United States -restricts-> Zenco']);
    expect(restricts('Zenco has been the target of successive rounds of American export controls.')).toEqual(['United States -restricts-> Zenco']);
    expect(restricts('Vexa Bank has been targeted by several rounds of European Union sanctions since 2022.')).toEqual(['European Union -restricts-> Vexa Bank']);
    expect(restricts('Zenco succumbed to American export controls in 2019.')).toEqual(['United States -restricts-> Zenco']);
    expect(restricts('Zenco was subjected to Japanese export controls last year.')).toEqual(['Japan -restricts-> Zenco']);
  });

  it('"faced increasing sanctions from" reads a noun, and its states restrict the firm', () => {
    expect(restricts('Zenco has faced increasing sanctions from the U.S. and the E.U. since 2014.')).toEqual([
      'European Union -restricts-> Zenco',
      'United States -restricts-> Zenco',
    ]);
  });

  it('the firm\'s own home, named by its adjective, restricts nothing', () => {
    expect(restricts('The Korean firm Zenco has been hit by numerous American sanctions.')).toEqual(['United States -restricts-> Zenco']);
  });

  it('a measure avoided, lobbied against or only pressure restricts no one', () => {
    expect(restricts('Zenco has lobbied against numerous American sanctions.')).toEqual([]);
    expect(restricts('Zenco avoided successive rounds of American export controls.')).toEqual([]);
    expect(restricts('Zenco succumbed to pressure from American regulators.')).toEqual([]);
    expect(restricts('Zenco has been hurt by increasing Korean competition.')).toEqual([]);
  });
});

describe('the undergoing subject\'s clause keeps its hedges and negations', () => {
  it('a modal or a negation between the firm and the measure makes it no fact', () => {
    expect(restricts('Zenco could be hit by American sanctions next year.')).toEqual([]);
    expect(restricts('Zenco could be subjected to American export controls next year.')).toEqual([]);
    expect(restricts('Zenco may soon be the target of successive rounds of American export controls.')).toEqual([]);
    expect(restricts('Zenco said it would not be affected by American sanctions.')).toEqual([]);
    expect(restricts('Zenco was never subjected to American export controls.')).toEqual([]);
    expect(restricts('Zenco is not subject to American sanctions.')).toEqual([]);
    expect(only('restricts')(claimsOf('Zenco was never hit by American sanctions.', 'negated'))).toEqual(['United States -restricts-> Zenco']);
  });

  it('a lift told after the measure undoes it', () => {
    expect(restricts('Zenco has been hit by numerous American sanctions, which were lifted last year.')).toEqual([]);
  });

  it('a hedge in an aside before the comma stays the aside\'s', () => {
    expect(restricts('Zenco, whose chips could power the Zeta, has been hit by American sanctions.')).toEqual(['United States -restricts-> Zenco']);
  });
});

describe('firms subject to sanctions and barred from exporting', () => {
  it('the sanctioning state restricts the firms, not the place they may not export to', () => {
    expect(restricts('Zenco, Qorva and Kappa are subject to American sanctions and are prohibited from exporting to Korea.')).toEqual([
      'United States -restricts-> Kappa',
      'United States -restricts-> Qorva',
      'United States -restricts-> Zenco',
    ]);
  });

  it('a firm that undergoes a measure on exports or on a state is no author of it', () => {
    expect(restricts('Zenco faced a ban on exports to Russia.')).toEqual([]);
    expect(restricts('Zenco has faced sanctions on its sales to Iran.')).toEqual([]);
    expect(restricts('Zenco was hit by American sanctions on Russia.')).toEqual(['United States -restricts-> Russia']);
    expect(restricts("Zenco was hit by Japan's ban on exports to Russia.")).toEqual(['Japan -restricts-> Russia']);
  });

  it('a state\'s curbs on the undergoing firm\'s own exports restrict the firm', () => {
    expect(restricts('Zenco faces Japanese curbs on its chip exports.')).toEqual(['Japan -restricts-> Zenco']);
    expect(restricts('Zenco said it may face Japanese curbs on its chip exports.')).toEqual([]);
    expect(restricts('Zenco opposes Japanese curbs on chip exports.')).toEqual([]);
    expect(restricts('Zenco welcomed the lifting of Japanese curbs on its exports.')).toEqual([]);
  });

  it('a state that bans exports still restricts the destination', () => {
    expect(restricts('Japan imposed sanctions and banned exports of chips to Korea.')).toContain('Japan -restricts-> South Korea');
  });
});

describe('"included on" a state body\'s list', () => {
  it('the list\'s owner restricts what is included, with the firm\'s places after "in" no actor', () => {
    expect(restricts("Zenco is included on the Commerce Department's Entity List.")).toEqual(['Commerce Department -restricts-> Zenco']);
    expect(restricts("Kaspersky entities in Russia and the United Kingdom are included on the Commerce Department's Entity List.")).toEqual([
      'Commerce Department -restricts-> Kaspersky',
    ]);
    expect(restricts('Zenco and Qorva have been added to a U.S. government list of entities deemed a threat to national security.')).toEqual([
      'United States -restricts-> Qorva',
      'United States -restricts-> Zenco',
    ]);
  });

  it('a list that restricts nothing, a listing on an exchange, or a state that is no place lists no one', () => {
    expect(restricts("Zenco is included on the Commerce Department's list of top exporters.")).toEqual([]);
    expect(restricts('Zenco is listed on the Shanghai exchange list of large caps.')).toEqual([]);
    expect(restricts('Zenco was included on a U.S. government list of trusted suppliers.')).toEqual([]);
    expect(restricts('Zenco said Japan is included on the list of its markets.')).toEqual([]);
  });
});
