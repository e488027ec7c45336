import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 63, third round, from its second-round samples: departments named together under a capitalised head, payment networks
// cutting a service off, and a licence required for exports to several states. Sentences written for the tests.

describe('departments named together under a capitalised head', () => {
  it('"the Treasury, State and Commerce Departments" are three bodies, each acting', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury, State and Commerce Departments announced sanctions on Russia.')).sort()).toEqual(
      ['Commerce Department -restricts-> Russia', 'State Department -restricts-> Russia', 'Treasury Department -restricts-> Russia'],
    );
  });

  it('lower-case fields before a capitalised head name no body', () => {
    const claims = only('restricts')(scoredClaimsOf('The sales and marketing Departments announced sanctions on Russia.'));
    expect(claims.some((c) => /Sales Department|Marketing Department/.test(c))).toBe(false);
  });
});

describe('a payment network cutting a service off', () => {
  it('"stopped accepting transactions for Y" blocks Y', () => {
    expect(only('banned')(scoredClaimsOf('Visa and Mastercard stopped accepting transactions for Zembla Tunes.')).sort()).toEqual(
      ['Mastercard -banned-> Zembla Tunes', 'Visa -banned-> Zembla Tunes'],
    );
  });

  it('payments from customers in a state block no one', () => {
    expect(only('banned')(scoredClaimsOf('Zenco stopped accepting payments from customers in Russia.'))).toEqual([]);
  });
});

describe('a licence required for exports to several states', () => {
  it('"a license to export Zenco software to Russia or Belarus" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department now requires a license to export Zenco software to Russia or Belarus.')).sort()).toEqual(
      ['Commerce Department -restricts-> Belarus', 'Commerce Department -restricts-> Russia'],
    );
  });
});
