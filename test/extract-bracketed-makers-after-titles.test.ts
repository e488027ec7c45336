import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 82, from its makers samples: a list of titles after a word for made things, each with its maker in
// brackets, was read backwards (the title made its maker); two makers joined by "&" in the brackets were one
// node. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('makers in brackets after titles listed as things', () => {
  it('"hits such as A (X), B (Y) and C (Z)": each bracketed firm made the title before it', () => {
    expect(develops('The store featured hits such as Zap Run (Qorva), Tilt (Zenco) and Hop (Vexa Games).')).toEqual([
      'Qorva -develops-> Zap Run',
      'Vexa Games -develops-> Hop',
      'Zenco -develops-> Tilt',
    ]);
  });

  it('"games like", "top sellers included", "apps including"', () => {
    expect(develops('Games like Zembla Drift (Qorva) and Moonhop (Zenco) topped the chart.')).toEqual([
      'Qorva -develops-> Zembla Drift',
      'Zenco -develops-> Moonhop',
    ]);
    expect(develops('Top sellers included Skyfall Quest (Zenco) and Hop Quest (Vexa Games).')).toEqual([
      'Vexa Games -develops-> Hop Quest',
      'Zenco -develops-> Skyfall Quest',
    ]);
    expect(develops('Popular apps including Zapp (Kortex) and Zipp (Morvane) were updated.')).toEqual([
      'Kortex -develops-> Zapp',
      'Morvane -develops-> Zipp',
    ]);
  });

  it('two makers joined by "&" in the brackets are two', () => {
    expect(develops('Top sellers included Skyfall Quest (Zenco & Ruritan Games) and Hop Quest (Vexa Games).')).toEqual([
      'Ruritan Games -develops-> Skyfall Quest',
      'Vexa Games -develops-> Hop Quest',
      'Zenco -develops-> Skyfall Quest',
    ]);
  });
});

describe('guards', () => {
  it('a list of makers with their titles in brackets keeps its order', () => {
    expect(develops('Studios such as Zenco Games (Zeta Quest) and Vexa Studios (Zem Rally) grew.')).toEqual([
      'Vexa Games -develops-> Zem Rally',
      'Zenco Games -develops-> Zeta Quest',
    ].map((s) => s.replace('Vexa Games', 'Vexa Studios')));
  });

  it('one title with a bracketed aside, or no word for things before the list, gives nothing reversed', () => {
    expect(develops('Zap Run (Qorva) grew last year.')).toEqual([]);
    expect(develops('The hits such as Zap Run were not made by Qorva.')).toEqual([]);
  });
});
