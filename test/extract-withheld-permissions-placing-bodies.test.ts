import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 78, fourth round, from stop 77's last controls sets: a state withholding an exporter's permission restricts the exporter, and
// a body that a relative clause describes places firms on its list. Sentences written for the tests.

describe("a state withholding an exporter's permission", () => {
  it('"The United States refused Israel permission to sell the jets to Venezuela"', () => {
    expect(only('restricts')(scoredClaimsOf('The United States refused Israel permission to sell the jets to Venezuela.'))).toEqual(['United States -restricts-> Israel']);
  });

  it('"Washington denied Spain permission to export the aircraft"', () => {
    expect(only('restricts')(scoredClaimsOf('Washington denied Spain permission to export the aircraft to Venezuela.'))).toEqual(['United States -restricts-> Spain']);
  });

  it('"The US refused to allow Spain to export the aircraft"', () => {
    expect(only('restricts')(scoredClaimsOf('The US refused to allow Spain to export the aircraft to Venezuela.'))).toEqual(['United States -restricts-> Spain']);
  });

  it('a firm refusing a firm, a permission to do something else, and a negation restrict no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc. refused Qorva Labs permission to sell its phones.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The US refused Israel permission to land the jets.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The US did not refuse Israel permission to sell the jets.'))).toEqual([]);
  });
});

describe('a body described by a relative clause, placing firms on its list', () => {
  it('"China\'s Commerce Ministry, which oversees trade, added Zenco Systems to its unreliable entity list"', () => {
    expect(only('restricts')(scoredClaimsOf("China's Commerce Ministry, which oversees trade, added Zenco Systems to its unreliable entity list."))).toEqual(['Ministry of Commerce -restricts-> Zenco Systems']);
  });

  it('"Switzerland\'s State Secretariat for Economic Affairs, which implements sanctions, added …": a secretariat is a state body', () => {
    expect(only('restricts')(scoredClaimsOf("Switzerland's State Secretariat for Economic Affairs, which implements sanctions, added Zenco Systems to its sanctions list."))).toEqual(['State Secretariat for Economic Affairs -restricts-> Zenco Systems']);
  });

  it('", added Zenco\'s chief executive" still names a reporter, no one placed', () => {
    expect(only('restricts')(scoredClaimsOf('The sanctions will hurt, added Ann Lee, the chief executive of Zenco Systems.'))).toEqual([]);
  });
});
