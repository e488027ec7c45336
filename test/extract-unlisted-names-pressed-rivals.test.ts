import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 58, from its third round's readers: a name written otherwise than a lexicon entry whose key it shares is another
// entity. Sentences written for the tests.

describe('a name that only shares its key with a lexicon entry', () => {
  it('"Palm" the handheld maker is not "PaLM" the model', () => {
    expect(entitiesOf('Palm shipped their Palm Pilot in 1996.')).toEqual(['Palm (company)', 'Palm Pilot (product)']);
    expect(only('develops')(scoredClaimsOf('Palm shipped their Palm Pilot in 1996.'))).toEqual(['Palm -develops-> Palm Pilot']);
  });

  it('the entry written as listed is still the entry', () => {
    expect(entitiesOf('Google released PaLM 2.')).toContain('PaLM (model)');
  });
});

// Stop 58, from its third round's makers reader: rivals named by who one presses or takes customers from.
describe('rivals pressed or robbed of customers', () => {
  it.each([
    ['Samsung is turning up the heat on Apple.', ['Samsung -competes_with-> Apple']],
    ['Netflix stole customers from Blockbuster.', ['Netflix -competes_with-> Blockbuster']],
    ['Lyft is stealing market share from Uber.', ['Lyft -competes_with-> Uber']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('stealing a design names no rival', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco stole the design from Qorvex.'))).toEqual([]);
  });
});
