import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ow84, from fresh samples on owner lists: a group that owns apps and sites names them in a relative clause after its
// kind noun. Sentences written for the tests.

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
    expect(only('develops')(scoredClaimsOf("Vexa attacked Kappa Media's tools, which include Zeta Notes and Pexa Mail."))).toEqual([
      'Kappa Media -develops-> Pexa Mail',
      'Kappa Media -develops-> Zeta Notes',
    ]);
  });

  it('kind nouns with no owner, or a banner, make nothing', () => {
    expect(only('develops')(scoredClaimsOf('Ruritania blocked apps, which include Qorva and Lumo.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's rivals, which include Qorva and Lumo, cut prices."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Banned apps, which include Qorva and Lumo, vanished from stores.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('The apps, which include Qorva and Lumo, were removed on Monday.'))).toEqual([]);
  });
});
