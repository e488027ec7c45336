import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Faults the whole suite found after stop 92's first round, fixed by the lead. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a maker\'s name before its goods is a modifier, not the subject of a clause', () => {
  it('keeps "Zenco database services, including …"', () => {
    expect(develops('The data moved to Zenco Corp database services, including Zbase and Zflow.')).toEqual([
      'Zenco Corp -develops-> Zbase',
      'Zenco Corp -develops-> Zflow',
    ]);
  });
  it('reads no maker in a store\'s or a firm\'s act on others\' goods', () => {
    expect(develops('Zenco Corp removed several apps, including Zbase and Zflow.')).toEqual([]);
    expect(develops('Zenco Corp blocked two apps, including Zbase and Zflow.')).toEqual([]);
    expect(develops('Zenco Corp reviewed the apps, including Zbase and Zflow.')).toEqual([]);
  });
});
