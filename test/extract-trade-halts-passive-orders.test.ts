import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 79, fourth round, from the second review's misses: an order to firms counted, not named, to halt their trade controls the
// firms the next sentence names; an order for things counted to be blocked bans them; a denial of export privileges "against" a
// firm restricts it. Sentences written for the tests.

describe('an order to counted firms to halt their trade', () => {
  it('"told four chipmakers to halt shipments to China. The chipmakers include …" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('The US Commerce Department told four chipmakers to halt shipments to China. The chipmakers include Zenco Inc and Qorva Labs.'))).toEqual([
      'Commerce Department -restricts-> Qorva Labs',
      'Commerce Department -restricts-> Zenco Inc',
    ]);
  });

  it("a firm's order, and an order only proposed, restrict no one", () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc told four suppliers to halt shipments to China. The suppliers include Qorva Labs and Lumo Bet.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The US may tell four chipmakers to halt shipments to China. The chipmakers include Zenco Inc and Qorva Labs.'))).toEqual([]);
  });
});

describe('an order for counted things to be blocked', () => {
  it('"ordered eight apps to be blocked. The apps include …" bans each', () => {
    expect(only('banned')(scoredClaimsOf("Kenya's regulator ordered eight apps to be blocked. The apps include Vexa Media and Lumo Bet."))).toEqual([
      "Kenya's regulator -banned-> Lumo Bet",
      "Kenya's regulator -banned-> Vexa Media",
    ]);
  });
});

describe('a denial of export privileges against a firm', () => {
  it('"issued an order denying export privileges against Zenco Inc" restricts it', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department issued an order denying export privileges against Zenco Inc.'))).toEqual(['Commerce Department -restricts-> Zenco Inc']);
  });
});
