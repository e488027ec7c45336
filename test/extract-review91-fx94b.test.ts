import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fixer fx94b of the re-read rr94b (stop 91 round 4): faults of the hotel brand lists (brp94) and of the cut names (nmf94).
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a franchisee counting hotels under the franchisors\' flags', () => {
  it('does not make the franchisee the flags\' maker', () => {
    expect(develops('Zenco has 40 hotels under the Marriott and Hilton brands.')).toEqual([]);
    expect(develops('Zenco Hospitality has 25 hotels under the Hampton Inn and Courtyard brands.')).toEqual([]);
    expect(develops('Zenco operates 300 hotels across brands including Hilton and Hyatt.')).toEqual([]);
  });
  it('keeps a group\'s own brands', () => {
    expect(develops('Zenco Hotels has 900 hotels under the Alto, Brisa and Cumbre brands.')).toEqual(['Zenco Hotels -develops-> Alto', 'Zenco Hotels -develops-> Brisa', 'Zenco Hotels -develops-> Cumbre']);
  });
});
