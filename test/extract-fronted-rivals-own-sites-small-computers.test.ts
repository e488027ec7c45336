import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 77, third round, from stop 76's last two fresh sets: a rival named in a fronted adjunct ("Like rival Lyft, Uber …"), an
// outlet reporting that a body blocked its own site, and small computers as kinds of made things. Sentences written for the tests.

describe('a rival named in a fronted adjunct', () => {
  it('"Like rival Lyft, Uber has …"', () => {
    expect(only('competes_with')(scoredClaimsOf('Like rival Lyft, Uber has expanded into food delivery.'))).toEqual(['Uber -competes_with-> Lyft']);
  });

  it('"While rival Lyft cut prices, Uber raised them"', () => {
    expect(only('competes_with')(scoredClaimsOf('While rival Lyft cut prices, Uber raised them.'))).toEqual(['Uber -competes_with-> Lyft']);
  });

  it('"Whereas competitor Lyft signs deals, Uber targets …": "Whereas" opening a sentence is no name', () => {
    expect(only('competes_with')(scoredClaimsOf('Whereas competitor Lyft signs deals with cities, Uber targets airports.'))).toEqual(['Uber -competes_with-> Lyft']);
  });

  it('"Like many users, Zenco …" sets no one against anyone', () => {
    expect(only('competes_with')(scoredClaimsOf('Like many users, Zenco Inc. has moved to the cloud.'))).toEqual([]);
  });
});

describe('an outlet reporting that a body blocked its own site', () => {
  it('"Zeta News said Roskomnadzor had blocked its website"', () => {
    expect(only('banned')(scoredClaimsOf('Zeta News said Roskomnadzor had blocked its website on Monday.'))).toEqual(['Roskomnadzor -banned-> Zeta News']);
  });

  it('"Zenco said Apple had removed its app" is no state\'s block of an outlet', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Inc. said Apple had removed its app.'))).toEqual([]);
  });
});

describe('small computers are made things', () => {
  it('"The Galaxy Zeta, Samsung\'s very own netbook, …"', () => {
    expect(only('develops')(scoredClaimsOf("The Galaxy Zeta, Samsung's very own netbook, costs $300."))).toEqual(['Samsung -develops-> Galaxy Zeta']);
  });
});
