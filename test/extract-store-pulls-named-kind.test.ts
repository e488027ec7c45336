import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 60, from stop 59's readers: a store pulling a thing named after its kind, or turning a named app down. Sentences written for the tests.

describe('a store pulling an app named after its kind', () => {
  it.each([
    ['Zentrix pulled an application called Zappster from its store.', 'Zentrix -banned-> Zappster'],
    ['Qorvalo pulled a game named Zappster from its app store on Friday.', 'Qorvalo -banned-> Zappster'],
    ['Zentrix pulled the controversial Zappster app from its store.', 'Zentrix -banned-> Zappster'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a thing pulled from elsewhere than a store is not banned', () => {
    expect(only('banned')(scoredClaimsOf('Zentrix pulled an application called Zappster from the conference.'))).toEqual([]);
  });
});

describe('a store turning a named app down', () => {
  it.each([
    ['Zentrix has rejected the Qwikster app, its developer said.', ['Zentrix -banned-> Qwikster']],
    ["Zentrix rejected Borvex's Qwikster app.", ['Zentrix -banned-> Qwikster']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a name rejected without a kind after it is no app', () => {
    expect(only('banned')(scoredClaimsOf('Zentrix rejected Qwikster, its developer said.'))).toEqual([]);
  });
});
