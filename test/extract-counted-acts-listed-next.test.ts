import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 71, fourth round, from its last samples (drawn at 60c1b05): a state's act over things it counted, its targets listed in the
// next sentence. Sentences written for the tests.

describe('an act over counted firms, the firms listed in the next sentence', () => {
  it('"revoked the licences of seven payment service providers. The firms are A, B and C" bans each', () => {
    expect(only('banned')(scoredClaimsOf('The Central Bank of Nigeria revoked the licences of seven payment service providers. The firms are Easifuel, Paymaster and Globasure.'))).toEqual([
      'Central Bank of Nigeria -banned-> Easifuel',
      'Central Bank of Nigeria -banned-> Globasure',
      'Central Bank of Nigeria -banned-> Paymaster',
    ]);
  });

  it('"shut down eight money-transfer firms. The affected companies include A and B" bans each', () => {
    expect(only('banned')(scoredClaimsOf('The Bank of Ghana shut down eight unapproved money-transfer firms. The affected companies include LemFi and Afriex.'))).toEqual([
      'Bank of Ghana -banned-> Afriex',
      'Bank of Ghana -banned-> LemFi',
    ]);
  });

  it('a fine over counted firms, or a firm closing its own businesses, bans no one listed after', () => {
    expect(only('banned')(claimsOf('The Central Bank of Nigeria fined seven payment service providers. The firms are Easifuel, Paymaster and Globasure.'))).toEqual([]);
    expect(only('banned')(claimsOf('Vodafone closed three businesses. The businesses are Easifuel, Paymaster and Globasure.'))).toEqual([]);
  });
});
