import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper marks: a firm's name that opens on a number before a capitalised run closed by a firm's or a grower's word ("90 Acres
// Farms", "7 Hills Robotics", "21st Century Grain") is whole; a count, a date's day and a year before a name stay out of it.

describe('a firm named with a number, then capitalised words ending in a trade word', () => {
  it('reads the whole firm as the maker, whatever the verb', () => {
    expect(scoredClaimsOf('90 Acres Farms launched the Zeta app.')).toEqual(['90 Acres Farms -develops-> Zeta']);
    expect(scoredClaimsOf('90 Acres Farms released the Plix seed in Zembla.')).toEqual(['90 Acres Farms -develops-> Plix']);
    expect(scoredClaimsOf('Qorva said 12 Oaks Dairy had launched the Plix cheese.')).toEqual(['12 Oaks Dairy -develops-> Plix']);
    expect(scoredClaimsOf('Zenco and 40 Rivers Seeds released Vexa.')).toEqual(['40 Rivers Seeds -develops-> Vexa', 'Zenco -develops-> Vexa']);
  });

  it('an ordinal in figures opens a grower\'s name too', () => {
    expect(scoredClaimsOf('21st Century Grain released Vexa seeds.')).toEqual(['21st Century Grain -develops-> Vexa']);
    expect(scoredClaimsOf('21st Century Grain launched the Vexa seed.')).toEqual(['21st Century Grain -develops-> Vexa']);
  });

  it('keeps counts, dates and years out of a name', () => {
    expect(entitiesOf('Zenco cut 300 Qorva Farms jobs.').some((e) => e.startsWith('300'))).toBe(false);
    expect(entitiesOf('Zenco bought 40 Vexa Farms plants.').some((e) => e.startsWith('40'))).toBe(false);
    expect(scoredClaimsOf('On March 5 Qorva Labs launched Vexa.')).toEqual(['Qorva Labs -develops-> Vexa']);
    expect(scoredClaimsOf('In 2024 Zenco Labs launched Vexa.')).toEqual(['Zenco Labs -develops-> Vexa']);
    expect(scoredClaimsOf('Zenco sold 5 Plix units.')).toEqual([]);
    expect(entitiesOf('Its 100th Zenco Labs store opened.').some((e) => e.startsWith('100th'))).toBe(false);
  });
});
