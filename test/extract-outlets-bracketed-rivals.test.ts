import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 53's families from its fourth round of readers, on sentences written for the tests: an
// outlet's name ending in "Report" after an outlet's noun, rivals named in brackets after the
// noun, a list expanded with its targets in a participle, and firms whose names open with a number.

describe('an outlet named "… Report" after an outlet\'s noun', () => {
  it('"blocked UK-based news website Zembla Report"', () => {
    expect(only('banned')(scoredClaimsOf('Malaysia has blocked UK-based news website Zembla Report.'))).toEqual(['Malaysia -banned-> Zembla Report']);
  });

  it('a report a body publishes stays no entity', () => {
    expect(entitiesOf('The ministry published its Annual Report.')).toEqual([]);
  });
});

describe('rivals named in brackets after the noun', () => {
  it.each([
    ['Zenco faces competitors (Qorva, Borin Labs, Kappa Inc).', ['Zenco -competes_with-> Borin Labs', 'Zenco -competes_with-> Kappa Inc', 'Zenco -competes_with-> Qorva']],
    ['Zenco has three main rivals (Qorva and Borin Labs).', ['Zenco -competes_with-> Borin Labs', 'Zenco -competes_with-> Qorva']],
    ['Zenco has competitors (mostly small firms).', []],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('a list expanded with its targets in a participle', () => {
  it('"expanded its entity list, targeting firms like A and B"', () => {
    expect(only('restricts')(scoredClaimsOf('The US expanded its entity list, targeting firms like Zenco Ltd and Qorva Group.'))).toEqual(['United States -restricts-> Qorva Group', 'United States -restricts-> Zenco Ltd']);
  });
});

describe('firms whose names open with a number', () => {
  it.each([
    ['1047 Games announced Splitgate 2.', ['1047 Games -develops-> Splitgate 2']],
    ['Zetaquest, developed by 4A Games, sold well.', ['4A Games -develops-> Zetaquest']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a year or a rank before a firm word is no name', () => {
    expect(entitiesOf('The Top 10 Games list grew.')).toEqual([]);
    expect(entitiesOf('2024 Games sold well.')).toEqual([]);
  });
});
