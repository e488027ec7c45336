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
