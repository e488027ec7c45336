import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 63, second round, from its first-round samples: titles opening a sentence, buyers no lexicon knows, a seller kept from
// selling to a buyer, names in brackets, kinds written as acronyms, institutions named after their state, app stores turning
// apps down, announced sanctions and countermeasures. Sentences written for the tests.

describe('a title opening the sentence', () => {
  it('"Lumen Tactics was developed by Korvo Studios and published by Zenith Interactive"', () => {
    expect(only('develops')(scoredClaimsOf('Lumen Tactics was developed by Korvo Studios and published by Zenith Interactive.')).sort()).toEqual(
      ['Korvo Studios -develops-> Lumen Tactics', 'Zenith Interactive -develops-> Lumen Tactics'],
    );
  });

  it('a plural word in it does not make it a common noun', () => {
    expect(only('develops')(scoredClaimsOf('Skyward Legends was developed by Korvo Studios.'))).toEqual(['Korvo Studios -develops-> Skyward Legends']);
  });
});

describe('a buyer no lexicon knows', () => {
  it('"barred firms from selling chips to Zenco" restricts the buyer, it bans nothing', () => {
    const claims = scoredClaimsOf('Japan barred firms from selling chips to Zenco.');
    expect(only('restricts')(claims)).toEqual(['Japan -restricts-> Zenco']);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('"blocks sales of Zapp to Kappa" still bans what is sold', () => {
    expect(only('banned')(scoredClaimsOf('Japan blocks sales of Zapp to Kappa.'))).toEqual(['Japan -banned-> Zapp']);
  });

  it('a named seller kept from selling to a buyer: the buyer is restricted too', () => {
    const claims = scoredClaimsOf('Japan blocked Qorva from selling chips to Zenco.');
    expect(only('restricts')(claims)).toEqual(['Japan -restricts-> Zenco']);
    expect(only('banned')(claims)).toEqual(['Japan -banned-> Qorva']);
  });

  it('a firm keeping another from selling restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Qorva blocked Zenco from selling chips to Vela.'))).toEqual([]);
  });
});

describe('names filling a pair of brackets', () => {
  it('"launched new suites (A, B, C)" launches each', () => {
    expect(only('develops')(scoredClaimsOf('Zenco launched new suites (Zeta CRM, Zeta Dev, Zeta Ops) on Monday.')).sort()).toEqual(
      ['Zenco -develops-> Zeta CRM', 'Zenco -develops-> Zeta Dev', 'Zenco -develops-> Zeta Ops'],
    );
  });
});

describe('kinds of product', () => {
  it('"a wireless LAN controller" names no product', () => {
    expect(only('develops')(scoredClaimsOf('Zenco released a new wireless LAN controller.'))).toEqual([]);
  });

  it('"Zeta, Zenco\'s hypervisor"', () => {
    expect(only('develops')(scoredClaimsOf("The appliance runs on Zeta, Zenco's hypervisor."))).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('an institution named after its state', () => {
  it('"the Korea Computer Center" is kept whole', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned the Korea Computer Center on Monday.'))).toEqual(['Treasury -restricts-> Korea Computer Center']);
  });

  it('"the Indian Space Research Organisation" is kept whole; "Chinese Zenco Institute" is a Chinese institute', () => {
    expect(only('restricts')(scoredClaimsOf('The United States blacklisted the Indian Space Research Organisation in 1998.'))).toEqual(
      ['United States -restricts-> Indian Space Research Organisation'],
    );
    expect(entitiesOf('Chinese Zenco Institute built Zeta.').some((e) => e.startsWith('Chinese Zenco'))).toBe(false);
  });
});

describe('an app store turning an app down', () => {
  it('"rejected an iPhone app called Qwikmap" bans the app, not the phone', () => {
    expect(only('banned')(scoredClaimsOf('Apple rejected an iPhone app called Qwikmap.'))).toEqual(['Apple -banned-> Qwikmap']);
  });

  it('"rejected a Zenphone app" names the platform, not the app', () => {
    expect(only('banned')(scoredClaimsOf('Apple rejected a Zenphone app that tracked drones.'))).toEqual([]);
  });
});

describe('sanctions announced, and countermeasures', () => {
  it('"The sanctions will target A and B" after the act', () => {
    expect(only('restricts')(scoredClaimsOf('China imposed sanctions on three firms. The sanctions will target Zenco Corp and Qorva Corp.')).sort()).toEqual(
      ['China -restricts-> Qorva Corp', 'China -restricts-> Zenco Corp'],
    );
  });

  it('"will not target" names no member', () => {
    expect(only('restricts')(scoredClaimsOf('China imposed sanctions on three firms. The sanctions will not target Zenco Corp.'))).toEqual([]);
  });

  it('"took countermeasures against A and B"', () => {
    expect(only('restricts')(scoredClaimsOf('China decided to take countermeasures against Zenco Corp and Qorva Corp.')).sort()).toEqual(
      ['China -restricts-> Qorva Corp', 'China -restricts-> Zenco Corp'],
    );
  });
});
