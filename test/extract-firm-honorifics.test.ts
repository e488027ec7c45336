import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Fresh news samples (helper fp82): "M/s" (Messrs) written before a firm's name in South Asian notices is no name of its own;
// the firm after it is the party. Sentences written for the tests.

describe('"M/s" before a firm names the firm', () => {
  it('the firm after "M/s" is the target, never "M"', () => {
    expect(only('restricts')(scoredClaimsOf("Ruritania's trade ministry restricted M/s Zenco Traders."))).toEqual(['Ruritania -restricts-> Zenco Traders']);
    expect(only('banned')(scoredClaimsOf('Zembla banned M/s Qorva Infotech from all tenders.'))).toEqual(['Zembla -banned-> Qorva Infotech']);
    expect(entitiesOf('The Ruritanian customs board blacklisted M/s Vexa Exports and M/S Lumo Traders.').map((e) => e.replace(/ \(.*\)$/, ''))).not.toContain('M');
  });

  it('the firm after "M/s" is the actor', () => {
    expect(only('develops')(scoredClaimsOf('M/s Zenco Traders launched the Zeta phone.'))).toEqual(['Zenco Traders -develops-> Zeta']);
  });
});

describe('guards: a name "M" elsewhere is left to the other rules', () => {
  it('"M" without "/s" is not touched by this rule', () => {
    expect(only('develops')(scoredClaimsOf('Zenco launched the Zeta M phone.'))).toEqual(['Zenco -develops-> Zeta M']);
  });
});
