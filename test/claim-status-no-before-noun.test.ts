import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// "no" right before a relation's noun denies the thing named: "There is no Zenco-Qorva rivalry", "Ruritania placed no limits on
// Zenco". Idioms with "no" that assert stay asserted ("no choice but to compete", "no doubt that", "with no warning, banned").
// Sentences written for the tests; the states are real so that the lexicon types them.

describe('"no" before the relation noun', () => {
  it('a rivalry or a limit said not to exist is negated, not asserted', () => {
    for (const text of [
      'There is no Zenco-Qorva rivalry, the analyst said.',
      'There is no rivalry between Zenco Inc and Qorva Labs, the analyst said.',
      'Zenco Inc and Qorva Labs have no real rivalry in chips.',
    ]) {
      expect(claimsOf(text), text).toEqual([]);
      expect(claimsOf(text, 'negated').length, text).toBe(1);
    }
    expect(claimsOf('China placed no limits on Zenco Inc, the ministry said.')).toEqual([]);
  });

  it('guards: idioms with "no" that assert, and "no" before another word, keep the claim', () => {
    expect(claimsOf('Zenco Inc has no choice but to compete with Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(claimsOf('There is no doubt that Zenco Inc competes with Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(claimsOf('Russia, with no warning, banned Zapp, a messaging app made by Zenco Inc.')).toContain('Russia -banned-> Zapp');
    expect(claimsOf('Russia imposed a ban on Zapp, no questions asked.')).toContain('Russia -banned-> Zapp');
    expect(claimsOf('The Zenco-Qorva rivalry heated up last year.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
