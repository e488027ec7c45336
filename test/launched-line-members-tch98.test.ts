import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper tch98 (stop 98), from real phone and chip launch news: a maker launches a line and lists its releases after "featuring" or
// "including", the later ones shortened to their model code ("the Vela Z9, Z9+ and Z9 Pro"). Each release is named whole and is the
// launcher's; a line someone reviews, buys or ranks is not. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a launched line and its listed releases', () => {
  it('"launched its X series, featuring A, A+ and A Pro" makes each release the launcher\'s', () => {
    expect(develops('Zenco launched its Vela Z9 series in March 2025, featuring the Vela Z9, Z9+, and Z9 Pro, all powered by its own chip.')).toEqual(
      expect.arrayContaining(['Zenco -develops-> Vela Z9', 'Zenco -develops-> Vela Z9+', 'Zenco -develops-> Vela Z9 Pro']),
    );
    expect(develops('Zenco unveiled a new lineup on Monday, including the Vela 7, 7 Pro and 7 Max.')).toEqual(['Zenco -develops-> Vela 7', 'Zenco -develops-> Vela 7 Max', 'Zenco -develops-> Vela 7 Pro']);
  });

  it('a line the subject reviews, buys or ranks is not its own', () => {
    expect(develops('Zenco reviewed the new phone series, featuring the Vela Z9, Z9+ and Z9 Pro.')).toEqual([]);
    expect(develops('Qorva bought the chip line from a rival, including the Lumo 5, 5 Pro and 5 Max.')).toEqual([]);
  });

  it('a launched series that features no named release makes nothing of its other names', () => {
    expect(develops('Zenco launched its Vela series last year, featuring songs chosen by Qorva.')).not.toContain('Zenco -develops-> Qorva');
  });
});
