import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 76's review of its four rounds of rules: sentences a helper wrote against each new rule, which the first versions of the
// rules misread. Each passes now and failed at a39ea0c (the fourth round) unless marked as a kept reading. Sentences written for
// the tests.

describe('what the new rules must not read', () => {
  it('"runs ads on platforms such as A and B" makes neither', () => {
    expect(only('develops')(scoredClaimsOf('Zenco runs ads on platforms such as Plixer and Zemtube.'))).toEqual([]);
  });

  it('"In a deal with the Ministry, Zenco will supply jets" and "will receive" bind no one', () => {
    expect(only('restricts')(scoredClaimsOf('In a deal with the Ministry of Defence, Zenco Aero will supply 48 jets.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('In a settlement with the Justice Department, Zenco Inc. will receive $5 million in back payments.'))).toEqual([]);
  });

  it('a supply agreement with a body "which requires" delivery restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Health signed a supply agreement with the Ministry of Health, which requires delivery of 5 million doses.'))).toEqual([]);
  });

  it('a platform that "did not renew" a catalogue\'s licence bans nothing; a state that did bans the station', () => {
    expect(only('banned')(scoredClaimsOf("Plixflix did not renew the licence for Qorva Films' catalogue."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('The Media Authority of Zembla did not renew the licence of Radio Zeta.'))).toEqual(['Media Authority of Zembla -banned-> Radio Zeta']);
  });

  it('"the Commission\'s decision to close the Zenco investigation" bans nothing', () => {
    expect(only('banned')(scoredClaimsOf("The Federal Communications Commission's decision to close the Zenco Telecom investigation pleased the carrier."))).toEqual([]);
  });

  it('a state named between commas in a list of parties is still a party', () => {
    expect(only('restricts')(scoredClaimsOf('The United States imposed sanctions on Zenco Ltd., Iran, Syria and Cuba.'))).toEqual([
      'United States -restricts-> Cuba',
      'United States -restricts-> Iran',
      'United States -restricts-> Syria',
      'United States -restricts-> Zenco Ltd',
    ]);
  });
});

describe('readings the guards keep', () => {
  it('"Control developer Remedy Entertainment": an English word may be a title', () => {
    expect(only('develops')(scoredClaimsOf('Control developer Remedy Entertainment said sales rose.'))).toEqual(['Remedy Entertainment -develops-> Control']);
  });

  it('"an assistant based on its own Qorva model": what a firm bases a work on may be its own', () => {
    expect(only('develops')(scoredClaimsOf('Zenco launched Zeta, an assistant based on its own Qorva model.'))).toContain('Zenco -develops-> Qorva');
  });
});
