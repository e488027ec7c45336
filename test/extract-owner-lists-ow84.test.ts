import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ow84, from fresh samples on owner lists: a group that owns apps and sites names them in a relative clause after its
// kind noun, or "includes" them as sites or apps by example. Sentences written for the tests.

describe('"Zenco\'s apps, which include A and B"', () => {
  it('the possessor of the kind noun makes each member', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's apps, which include Qorva and Lumo, have 50 million users."))).toEqual([
      'Zenco -develops-> Lumo',
      'Zenco -develops-> Qorva',
    ]);
    expect(only('develops')(scoredClaimsOf("Vexa Labs' games, which include Borin Quest and Pexa Run, were downloaded 10 million times."))).toEqual([
      'Vexa Labs -develops-> Borin Quest',
      'Vexa Labs -develops-> Pexa Run',
    ]);
    expect(only('develops')(scoredClaimsOf("Readers moved to Kappa Media's websites, which include Zeta News and Pexa Daily."))).toEqual([
      'Kappa Media -develops-> Pexa Daily',
      'Kappa Media -develops-> Zeta News',
    ]);
  });

  it('kind nouns with no owner, or a banner, make nothing', () => {
    expect(only('develops')(scoredClaimsOf('Banned apps, which include Qorva and Lumo, vanished from stores.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('The apps, which include Qorva and Lumo, were removed on Monday.'))).toEqual([]);
  });
});

describe('"Zenco Group, which includes sites such as A and B"', () => {
  it('the group named right before "includes" owns the kinds it lists', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Group, which includes sites such as Qorva and Borin, reported higher revenue.'))).toEqual([
      'Zenco Group -develops-> Borin',
      'Zenco Group -develops-> Qorva',
    ]);
    expect(only('develops')(scoredClaimsOf('Kappa Media includes websites like Zeta News and Pexa Daily.'))).toEqual([
      'Kappa Media -develops-> Pexa Daily',
      'Kappa Media -develops-> Zeta News',
    ]);
    expect(only('develops')(scoredClaimsOf('Vexa Holdings, which also includes apps such as Lumo Chat and Borin Maps, was sold.'))).toEqual([
      'Vexa Holdings -develops-> Borin Maps',
      'Vexa Holdings -develops-> Lumo Chat',
    ]);
  });

  it('a ban, a plan or a list that includes sites owns nothing', () => {
    expect(only('develops')(scoredClaimsOf('The ban includes sites such as Qorva and Borin.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's plan includes sites such as Qorva and Borin."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('The Ruritanian blocklist, which includes sites like Qorva and Borin, grew to 300 entries.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco visited sites such as Qorva Park and Borin Beach.'))).toEqual([]);
  });
});
