import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 64, fifth round, from its fourth-round controls sample: a state's adjective before the parties that face sanctions names
// their state, not the act's; an order to sell off a firm bought restricts the buyer. Sentences written for the tests.

describe("a state's adjective before the parties facing an act", () => {
  it('"The Turkish companies facing sanctions include A and B" names no Turkish act', () => {
    expect(only('restricts')(scoredClaimsOf('The Turkish companies facing sanctions include Alfa Trade and Kappa Logistics.'))).toEqual([]);
  });

  it('"The Ruritanian sanctions target A and B" is still the state\'s act', () => {
    expect(only('restricts')(scoredClaimsOf('The Russian sanctions target Alfa Trade and Kappa Logistics.')).sort()).toEqual(
      ['Russia -restricts-> Alfa Trade', 'Russia -restricts-> Kappa Logistics'],
    );
  });
});

describe('an order to sell off a firm bought', () => {
  it('"ordered Zenco, which operates Zapp, to sell Qwik" restricts Zenco', () => {
    expect(only('restricts')(scoredClaimsOf("Britain's Competition Authority ordered Zenco, which operates Zapp and Zchat, to sell Qwik."))).toEqual(
      ['Competition Authority -restricts-> Zenco'],
    );
  });

  it('a court ordering goods sold restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The court ordered Zenco to sell Zeta phones.'))).toEqual([]);
  });
});
