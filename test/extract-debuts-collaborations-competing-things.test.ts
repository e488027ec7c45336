import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 70, third round, from its first six samples (drawn after 05ebc9c). Sentences written for the tests.

describe('makers told by a debut, a return, a collaboration or a partner', () => {
  it('"A made its debut in 2022 with X" and "A is back with X" make X A\'s; "A is back with the EU" makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('BlueTwelve Studio made its debut in 2022 with Stray.'))).toEqual(['BlueTwelve Studio -develops-> Stray']);
    expect(only('develops')(scoredClaimsOf('Sloclap is back with Sifu.'))).toEqual(['Sloclap -develops-> Sifu']);
    expect(only('develops')(scoredClaimsOf('Google returns with the Pixel 9.'))).toEqual(['Google -develops-> Pixel 9']);
    expect(only('develops')(claimsOf('Google is back with the EU on Monday.'))).toEqual([]);
  });

  it('"X is a collaboration between A and B" makes X both firms\'; "X was developed in partnership with B" makes it B\'s', () => {
    expect(only('develops')(scoredClaimsOf('The Saga is a collaboration between Solana Mobile and OSOM.'))).toEqual(['OSOM -develops-> Saga', 'Solana Mobile -develops-> Saga']);
    expect(only('develops')(scoredClaimsOf('The Saga was developed in partnership with start-up OSOM.'))).toEqual(['OSOM -develops-> Saga']);
  });
});

describe('rivals named by what they beat or by a competing thing', () => {
  it('"an iPhone killer called X" sets X against the iPhone', () => {
    expect(only('competes_with')(scoredClaimsOf('Intel unveiled an iPhone killer called Medfield.'))).toEqual(['iPhone -competes_with-> Medfield']);
  });

  it('"X, a competitive technology to B\'s Y" sets X against Y; "X, a complementary technology to Y" does not', () => {
    expect(only('competes_with')(scoredClaimsOf("AMD demoed FreeSync, a competitive technology to Nvidia's G-Sync."))).toEqual(['G-Sync -competes_with-> FreeSync']);
    expect(only('competes_with')(claimsOf("AMD demoed FreeSync, a complementary technology to Nvidia's G-Sync."))).toEqual([]);
  });
});

describe('clearances whose duty follows "although" or "as long as"', () => {
  it('"approved A\'s purchase of B, although it requires A to divest two units" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf("The Justice Department approved United Technologies' purchase of Rockwell Collins, although it requires United Technologies to divest two units."))).toEqual([
      'Justice Department -restricts-> United Technologies',
    ]);
  });

  it('"approved A\'s purchase of B as long as two divisions are sold" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf("The Justice Department approved United Technologies' purchase of Rockwell Collins as long as two divisions are sold."))).toEqual([
      'Justice Department -restricts-> United Technologies',
    ]);
  });
});
