import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 72, third round, from its eleventh to fourteenth sets: public bodies as makers, makers named through a group, a store
// pulling another firm's app, access restricted by carriers, conditional clearances told "of Y by X", directions to comply,
// undertakings, blocked domains listed next, and a list of firms hit by an act that is no list of rivals. Sentences written
// for the tests.

describe('a public body makes things through a maker\'s verb', () => {
  it('"Zeta was developed by the National Informatics Centre" makes the centre its maker', () => {
    expect(only('develops')(scoredClaimsOf('Sandes is a messaging app developed by the National Informatics Centre.'))).toEqual(['National Informatics Centre -develops-> Sandes']);
    expect(only('develops')(scoredClaimsOf('The National Bank of Cambodia developed Bakong with Soramitsu.'))).toEqual(['National Bank of Cambodia -develops-> Bakong']);
  });

  it('a state, or a body\'s possessive, makes nothing', () => {
    expect(only('develops')(claimsOf('India launched the Sandes app in 2021.'))).toEqual([]);
    expect(only('develops')(claimsOf("The rules prohibit equipment authorised through the Federal Communications Commission's Certification program."))).toEqual([]);
  });

  it('"Defence Research and Development Organisation" is one body, not two', () => {
    const text = 'The Defence Research and Development Organisation built Maya OS.';
    expect(entitiesOf(text).some((e) => e.startsWith('Defence Research and Development Organisation'))).toBe(true);
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Defence Research and Development Organisation -develops-> Maya OS']);
  });
});

describe('makers named through a group, and works set off after the maker', () => {
  it('"was built by several agencies, including X" and "by a consortium led by X" make X a maker', () => {
    expect(only('develops')(scoredClaimsOf('Maya OS was built by several agencies, including the Defence Research and Development Organisation, over six months.'))).toEqual(['Defence Research and Development Organisation -develops-> Maya OS']);
    expect(only('develops')(scoredClaimsOf('The Aurelo model was developed by a consortium led by Korvantis Labs.'))).toEqual(['Korvantis Labs -develops-> Aurelo']);
  });

  it('"Zenco, with releases like A and B, opened …" makes both', () => {
    expect(only('develops')(scoredClaimsOf('Halfbrick Studios, with releases like Fruit Ninja and Jetpack Joyride, opened a studio.'))).toEqual([
      'Halfbrick Studios -develops-> Fruit Ninja',
      'Halfbrick Studios -develops-> Jetpack Joyride',
    ]);
  });
});

describe('stores and carriers blocking others\' things', () => {
  it('"Zenco briefly pulled Qorva\'s app from the Play Store" bans Qorva', () => {
    expect(only('banned')(scoredClaimsOf("Google briefly pulled Paytm's app from the Play Store."))).toEqual(['Google -banned-> Paytm']);
  });

  it('"Access to Zeta has been restricted by carriers including A and B" bans Zeta by each', () => {
    expect(only('banned')(scoredClaimsOf('Access to Peoples Gazette has been restricted by carriers including MTN Nigeria and Glo.'))).toEqual([
      'Glo -banned-> Peoples Gazette',
      'MTN Nigeria -banned-> Peoples Gazette',
    ]);
  });

  it('"Among the blocked domains are A, B and C" after a court\'s block bans each', () => {
    expect(only('banned')(scoredClaimsOf('The Court of Rome has ordered the blocking of 24 sites. Among the blocked domains are Mega.co.nz, Firedrive and Mail.ru.'))).toEqual([
      'Court of Rome -banned-> Firedrive',
      'Court of Rome -banned-> Mail.ru',
      'Court of Rome -banned-> Mega.co.nz',
    ]);
  });
});

describe('clearances, directions and undertakings restrict the firms', () => {
  it('"granted a conditional clearance on the acquisition of Y by X" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf("China's Ministry of Commerce granted a conditional clearance on the acquisition of AZ Electronic Materials by Merck KGaA."))).toEqual([
      'Ministry of Commerce -restricts-> AZ Electronic Materials',
      'Ministry of Commerce -restricts-> Merck KGaA',
    ]);
  });

  it('"directed Zenco to comply with the code" and "accepted an enforceable undertaking from Zenco" restrict Zenco', () => {
    expect(only('restricts')(scoredClaimsOf('The Australian Communications and Media Authority directed Telstra to comply with the code.'))).toEqual(['Australian Communications and Media Authority -restricts-> Telstra']);
    expect(only('restricts')(scoredClaimsOf('The Australian Communications and Media Authority accepted an enforceable undertaking from Telstra.'))).toEqual(['Australian Communications and Media Authority -restricts-> Telstra']);
  });

  it('"directed Zenco to comply" with no code restricts no one', () => {
    expect(only('restricts')(claimsOf('The Australian Communications and Media Authority directed Telstra to reply by Friday.'))).toEqual([]);
  });
});

describe('firms hit by an act are no rivals', () => {
  it('"Among those affected were industry players such as A, B and C" makes no rivals', () => {
    expect(only('competes_with')(claimsOf('Among those affected were industry players such as Unibet, Parimatch, Rabona and Playzilla.'))).toEqual([]);
  });

  it('"the market is dominated by big players like A and B" still does', () => {
    expect(only('competes_with')(scoredClaimsOf('The betting market is dominated by big players like Unibet and Parimatch.'))).toEqual(['Unibet -competes_with-> Parimatch']);
  });
});
