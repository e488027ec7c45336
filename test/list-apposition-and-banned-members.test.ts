import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fa86, from a fresh sample of real news: a maker's noun set off after a list of firms ("…, the team behind Zeta") is the last
// member's when singular and every member's when plural; a ban of a firm's services with the services named in apposition bans the
// things named. Sentences written for the tests.

describe('a maker noun set off after a list of firms', () => {
  it('a singular noun is the last member\'s only', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Labs, Zembla Inc and Zenco Inc, the team behind ZenOS, launched an alliance on Monday.'))).toEqual(['Zenco Inc -develops-> ZenOS']);
    expect(only('develops')(scoredClaimsOf('The deal brings together Qorva Labs and Zenco Inc, the maker of the Zeta app.'))).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Vexa Group, Qorva Labs and Zenco Inc, the startup behind Zeta, formed a trade group.'))).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a plural noun is every member\'s', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc and Qorva Labs, the makers of the Zeta app, signed a deal on Monday.'))).toEqual([
      'Qorva Labs -develops-> Zeta',
      'Zenco Inc -develops-> Zeta',
    ]);
    expect(only('develops')(scoredClaimsOf('Zenco Inc and Qorva Labs, the developers of Zeta, said sales rose.'))).toEqual([
      'Qorva Labs -develops-> Zeta',
      'Zenco Inc -develops-> Zeta',
    ]);
    expect(only('develops')(scoredClaimsOf('Zenco Inc and Qorva Labs, the minds behind Zeta, were praised.'))).toEqual([
      'Qorva Labs -develops-> Zeta',
      'Zenco Inc -develops-> Zeta',
    ]);
  });

  it('"which is behind" after a list is the last member\'s, "which are behind" every member\'s', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Labs, Vexa Group and Zenco Inc, which is behind Zeta, met regulators.'))).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Zenco Inc and Qorva Labs, which are behind Zeta, met regulators.'))).toEqual([
      'Qorva Labs -develops-> Zeta',
      'Zenco Inc -develops-> Zeta',
    ]);
    expect(only('develops')(scoredClaimsOf('Zenco Inc, which is behind Zeta, raised money.'))).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a single firm keeps its apposed noun, and a noun of another kind gives nothing', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc, the team behind ZenOS, said on Monday it would hire 200 people.'))).toEqual(['Zenco Inc -develops-> ZenOS']);
    expect(only('develops')(scoredClaimsOf('Qorva Labs, Zembla Inc and Zenco Inc, the rivals of Zeta maker Vexa Group, met on Monday.'))).not.toContain('Qorva Labs -develops-> Zeta');
    expect(only('develops')(scoredClaimsOf('Qorva Labs, Zembla Inc and Zenco Inc, the investors in ZenOS, met on Monday.'))).toEqual([]);
  });
});

describe('a ban of a firm\'s services named in apposition', () => {
  it('bans the things named, not the firm', () => {
    expect(only('banned')(scoredClaimsOf("Ruritania banned Zenco Inc's services, Plix and the plix.com domain."))).toEqual([
      'Ruritania -banned-> Plix',
      'Ruritania -banned-> plix.com',
    ]);
    expect(only('banned')(scoredClaimsOf("Ruritania blocked Zenco Inc's services, including Plix and Vexa, on Monday."))).toEqual([
      'Ruritania -banned-> Plix',
      'Ruritania -banned-> Vexa',
    ]);
    expect(only('banned')(scoredClaimsOf("Zembla has banned Zenco Inc's apps, such as Plix and Vexa."))).toEqual([
      'Zembla -banned-> Plix',
      'Zembla -banned-> Vexa',
    ]);
  });

  it('a firm\'s services with no members named, or a speaker after the comma, bans the firm', () => {
    expect(only('banned')(scoredClaimsOf("Ruritania banned Zenco Inc's services on Monday."))).toEqual(['Ruritania -banned-> Zenco Inc']);
    expect(only('banned')(scoredClaimsOf("Ruritania banned Zenco Inc's services, Qorva Labs said."))).toEqual(['Ruritania -banned-> Zenco Inc']);
    expect(only('banned')(scoredClaimsOf("Ruritania did not ban Zenco Inc's services, including Plix and Vexa."))).toEqual([]);
  });
});

describe('a recall a state body only announces', () => {
  it('is no ban by the body that reports it', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Inc air fryers have been recalled, the Consumer Product Safety Commission said.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Some 40,000 Zenco Inc heaters were recalled, the Ruritanian Consumer Safety Agency said on Monday.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Zenco Inc kettles are being recalled because of a fire risk, the Zembla Product Safety Office announced.'))).toEqual([]);
  });

  it('a ban reported the same way is still the reporter\'s', () => {
    expect(only('banned')(scoredClaimsOf('Zapp has been banned, the Ruritanian Ministry of Communications said.'))).toEqual(['Ruritanian Ministry of Communications -banned-> Zapp']);
  });
});
