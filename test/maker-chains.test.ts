import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Round 84 (fp84): a maker noun in a chain or before a list gives the relation to its own firm only: "Vexa, the parent company of
// Zeta maker Zenco" (Zenco makes Zeta, not Vexa); "its funders are Zeta creator Zenco, Qorva and Vexa" (Zenco alone). Sentences
// written for the tests.

const develops = (text: string) => only('develops')(scoredClaimsOf(text));

describe('the parent of a maker named by a maker noun', () => {
  it('"the parent company of Zeta maker Zenco" gives Zenco develops Zeta only', () => {
    expect(develops('Vexa, the parent company of Zeta maker Zenco, reported higher profits on Monday.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Vexa, the owner of Zeta developer Zenco, said it would cut jobs.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva is the parent of Zeta creator Zenco, the filing shows.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Vexa, the parent company of Zeta's developer Zenco, declined to comment.")).toEqual(['Zenco -develops-> Zeta']);
  });

  it('guards: the parent or the maker of the thing itself still makes it', () => {
    expect(develops('Vexa, the parent company of Zeta, reported higher profits on Monday.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('Vexa, the maker of Zeta, said it would cut jobs.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('Qorva is the maker of Zeta and Vela, the filing shows.')).toEqual(['Qorva -develops-> Vela', 'Qorva -develops-> Zeta']);
  });
});

describe('a singular maker noun before a list of firms', () => {
  it('names the first firm of the list only', () => {
    expect(develops('Its funders are Zeta creator Zenco, Qorva and Vexa.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('The pledge was signed by Zeta maker Zenco, Qorva and Vexa on Friday.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zeta developer Zenco, Qorva and Vexa all backed the plan.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('guards: a plural maker noun names every firm after it', () => {
    expect(develops('Zeta makers Zenco and Qorva signed the pledge.')).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops('Zeta maker Zenco said sales rose.')).toEqual(['Zenco -develops-> Zeta']);
  });
});
