import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 70, third round, from its second six samples (drawn after e4f36eb, controls). Sentences written for the tests.

describe('a body ruling what a firm may not do, or getting it to change', () => {
  it('"ruled that A may not use the data" and "said A should not give preferential treatment to B" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf('The Dutch Data Protection Authority ruled that Google may not use the data of its users.'))).toEqual([
      'Dutch Data Protection Authority -restricts-> Google',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission said SK Telecom should not give preferential treatment to Hanaro Telecom.'))).toEqual([
      'Korea Fair Trade Commission -restricts-> SK Telecom',
    ]);
  });

  it('"said A cannot be trusted" and a firm saying what another may not do restrict no one', () => {
    expect(only('restricts')(claimsOf('The Korea Fair Trade Commission said SK Telecom cannot be trusted.'))).toEqual([]);
    expect(only('restricts')(claimsOf('Samsung said SK Telecom may not use the data.'))).toEqual([]);
  });

  it('"said in a statement that A must ask users for consent" and "managed to get A to change its privacy policy" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf('The Privacy Commissioner of Canada said in a statement that Facebook must ask users for consent.'))).toEqual([
      'Office of the Privacy Commissioner of Canada -restricts-> Facebook',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Privacy Commissioner of Canada has finally managed to get Facebook to change its privacy policy.'))).toEqual([
      'Office of the Privacy Commissioner of Canada -restricts-> Facebook',
    ]);
  });

  it('"directed A to delete the clause" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('The Japan Fair Trade Commission directed Microsoft to delete the clause.'))).toEqual(['Japan Fair Trade Commission -restricts-> Microsoft']);
  });
});
