import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 69, second round, from its first six samples (drawn after b134db3). Sentences written for the tests.

describe('settlements and orders told with their terms', () => {
  it('"reached settlements with three firms, A, B and C, that bar them from …" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('The Justice Department reached settlements with three firms, Adobe, Apple and Google, that bar them from entering no-poach agreements.'))).toEqual([
      'Justice Department -restricts-> Adobe',
      'Justice Department -restricts-> Apple',
      'Justice Department -restricts-> Google',
    ]);
  });

  it('the terms in the next sentence of the paragraph ("The settlement prevents the firms from …", "Under the settlements, the companies must …") bind the parties', () => {
    expect(only('restricts')(scoredClaimsOf('The Justice Department reached a settlement with Adobe, Apple and Google. The settlement prevents the firms from entering no-poach agreements.'))).toEqual([
      'Justice Department -restricts-> Adobe',
      'Justice Department -restricts-> Apple',
      'Justice Department -restricts-> Google',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Justice Department reached a settlement with Intel and Intuit. Under the settlement, the companies must stop such agreements.'))).toEqual([
      'Justice Department -restricts-> Intel',
      'Justice Department -restricts-> Intuit',
    ]);
  });

  it('a settlement without terms, or terms after a blank line, restricts no one', () => {
    expect(only('restricts')(claimsOf('The Justice Department reached a settlement with Adobe. The settlement was praised by workers.'))).toEqual([]);
    expect(only('restricts')(claimsOf('The Justice Department reached a settlement with Adobe.\n\nThe settlement prevents the firm from entering no-poach agreements.'))).toEqual([]);
  });

  it('"Under the decree, A will not be permitted to …" and "prevented A from entering such agreements" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf("Under the Justice Department's decree, eBay will not be permitted to enter such agreements."))).toEqual(['Justice Department -restricts-> eBay']);
    expect(only('restricts')(scoredClaimsOf('The Justice Department prevented eBay from entering into such agreements.'))).toEqual(['Justice Department -restricts-> eBay']);
  });

  it('"will not oppose A\'s acquisition of B, provided A divests …" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission will not oppose Intel's acquisition of Altera, provided Intel divests its modem unit."))).toEqual([
      'European Commission -restricts-> Intel',
    ]);
  });

  it('"approved the merger of A with B, dependent on conditions" restricts both; "approved A\'s deals with B but has applied conditions" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission approved the merger of Orange with MasMovil, dependent on conditions submitted by MasMovil.'))).toEqual([
      'European Commission -restricts-> MasMovil',
      'European Commission -restricts-> Orange',
    ]);
    expect(only('restricts')(scoredClaimsOf("The European Commission approved Microsoft's deals with Nokia but has applied conditions."))).toEqual(['European Commission -restricts-> Microsoft']);
  });
});

describe('the sale of a firm a state stops', () => {
  it('"blocked the sale of A" restricts the firm and bans nothing; the passive too', () => {
    for (const sentence of ['The Committee on Foreign Investment in the United States blocked the sale of Lattice Semiconductor.', 'The sale of Lattice Semiconductor was blocked by the Committee on Foreign Investment in the United States.']) {
      const claims = scoredClaimsOf(sentence);
      expect(only('banned')(claims), sentence).toEqual([]);
      expect(only('restricts')(claims), sentence).toEqual(['CFIUS -restricts-> Lattice Semiconductor']);
    }
  });

  it('the sale of a product a state blocks is still a ban', () => {
    expect(only('banned')(scoredClaimsOf('The Federal Trade Commission blocked the sale of iPhones.'))).toEqual(['Federal Trade Commission -banned-> iPhone']);
  });
});

describe('bans by several agencies and blocking orders', () => {
  it('"a joint operation between A, B and the Ruritanian police shut down X" bans X by each', () => {
    expect(only('banned')(scoredClaimsOf('A joint operation between the FBI, Europol and the Dutch police shut down PokerStars.'))).toEqual([
      'Europol -banned-> PokerStars',
      'FBI -banned-> PokerStars',
      'Netherlands -banned-> PokerStars',
    ]);
  });

  it('"imposed blocking orders against 22 apps, including A and B" bans both', () => {
    expect(only('banned')(scoredClaimsOf("India's IT ministry imposed blocking orders against 22 apps, including PokerStars and Full Tilt Poker."))).toEqual([
      'MeitY -banned-> Full Tilt Poker',
      'MeitY -banned-> PokerStars',
    ]);
  });
});

describe('rivals named by a firm\'s targets, a reciprocal or a catch-up', () => {
  it('"A targets B, C in India" makes rivals of peers; a state targeting a firm makes none', () => {
    expect(only('competes_with')(scoredClaimsOf('Samsung targets Apple, Xiaomi in India with the Galaxy M series.'))).toEqual([
      'Samsung -competes_with-> Apple',
      'Samsung -competes_with-> Xiaomi',
    ]);
    expect(only('competes_with')(claimsOf('The European Commission targeted Apple in its probe.'))).toEqual([]);
  });

  it('"X is a sedan aimed squarely at Y", "A and B are each other\'s closest competitors", "A is playing catch-up with B"', () => {
    expect(only('competes_with')(scoredClaimsOf('The Nio ET7 is a sedan aimed squarely at the Tesla Model S.'))).toEqual(['Nio ET7 -competes_with-> Tesla Model S']);
    expect(only('competes_with')(scoredClaimsOf("Intel and AMD are each other's closest competitors."))).toEqual(['Intel -competes_with-> AMD']);
    expect(only('competes_with')(scoredClaimsOf('Google is playing catch-up with OpenAI.'))).toEqual(['Google -competes_with-> OpenAI']);
  });
});
