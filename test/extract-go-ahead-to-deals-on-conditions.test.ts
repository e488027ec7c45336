import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 67, seventh round, from its fourth controls sample: deals cleared on conditions told with "gave the go-ahead to" or with the
// conditions set off before the deal. Sentences written for the tests.

describe('a go-ahead to a deal on conditions', () => {
  it('"gave the go-ahead to Altice\'s merger with SFR subject to conditions" restricts both parties', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission gave the go-ahead to Altice's merger with SFR subject to conditions."))).toEqual(
      ['European Commission -restricts-> Altice', 'European Commission -restricts-> SFR'],
    );
  });

  it('a go-ahead with no condition restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission gave the go-ahead to Altice's merger with SFR."))).toEqual([]);
  });

  it('"approved, with conditions, Altice\'s purchase of SFR" restricts the buyer', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission approved, with conditions, Altice's purchase of SFR."))).toEqual(['European Commission -restricts-> Altice']);
  });
});
