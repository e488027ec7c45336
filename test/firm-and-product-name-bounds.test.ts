import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper nm90b, from stop 90's eightieth fresh set: firm and product names split, cut or fused. A partnership's or family's word
// after "and" closes one firm's name; a lexicon firm's short acronym that a firm the article named spells makes nothing of its own;
// a Title Case kind of thing after a people's adjective is no brand; a dimension before a lower-case kind stays out of the name; a
// quoted name goes on over its lower-case words. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a partnership\'s word after "and" closes one firm\'s name', () => {
  it('"Zenco and Partners", "Borin and Sons" are one firm each', () => {
    expect(develops('He said Zenco and Partners, the parent company of Vexa, grew.')).toEqual(['Zenco and Partners -develops-> Vexa']);
    expect(develops('The firm Zenco and Sons owns Lumo.')).toEqual(['Zenco and Sons -develops-> Lumo']);
    expect(develops('Zenco & Partners, the parent company of Vexa, grew.')).toEqual(['Zenco & Partners -develops-> Vexa']);
  });

  it('near misses: two firms listed with "and", a negated or planned ownership, another owner', () => {
    expect(develops('Zenco and Qorva, the parent companies of Vexa, grew.')).not.toContain('Qorva -develops-> Zenco');
    expect(develops('He said Zenco and Partners does not own Vexa.')).toEqual([]);
    expect(develops('He said Zenco and Partners plans to buy Vexa.')).toEqual([]);
    expect(develops('He said Zenco and Partners sold Vexa to Qorva.')).not.toContain('Partners -develops-> Vexa');
    expect(develops('He said Zenco and Partners, the parent company of Vexa, grew.')).not.toContain('Partners -develops-> Vexa');
    expect(develops('The firm Zenco and Sons owns Lumo.')).not.toContain('Sons -develops-> Lumo');
  });
});

describe('a lexicon firm\'s acronym that the article\'s own firm spells', () => {
  it('"Arvel Pikard SA … the AP Zeta" makes no product of the news agency', () => {
    expect(develops('Arvel Pikard SA reported higher sales. The AP Zeta sold well.')).toEqual([]);
  });

  it('near misses: the acronym alone, or another firm\'s initials, keep the lexicon\'s maker', () => {
    expect(develops('The AP Stylebook was updated on Monday.')).toEqual(['Associated Press -develops-> AP Stylebook']);
    expect(develops('Zenco Vexa SA reported higher sales. The AP Stylebook was updated.')).toEqual(['Associated Press -develops-> AP Stylebook']);
    expect(develops('Users praised the LG Gram on Monday.')).toEqual(['LG Electronics -develops-> LG Gram']);
  });
});

describe('a Title Case kind of thing after a people\'s adjective is no brand', () => {
  it('"a manufacturer of Swiss Watches" makes no product "Watches"', () => {
    expect(develops('Zenco, a manufacturer of Swiss Watches, said profits fell.')).toEqual([]);
  });

  it('near misses: a coined brand before the kind, or a brand after the adjective, stay products', () => {
    expect(develops('Zenco, the maker of Vexa Watches, said profits fell.')).toEqual(['Zenco -develops-> Vexa Watches']);
    expect(develops('Zenco, a manufacturer of Swiss Vexa, said profits fell.')).not.toContain('Zenco -develops-> Watches');
  });
});

describe('a dimension before a lower-case kind stays out of the name', () => {
  it('"its Zeta 2D printer technology" names "Zeta"', () => {
    expect(develops('Zenco said its Zeta 2D printer technology would ship next year.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco unveiled the Vexa 3D printing system.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('near misses: the dimension closing the name keeps it', () => {
    expect(develops('Zenco launched Zeta 3D, a printer.')).toEqual(['Zenco -develops-> Zeta 3D']);
    expect(develops('Zenco did not launch the Zeta 3D printer.')).toEqual([]);
  });
});

describe('a quoted name goes on over its lower-case words', () => {
  it('"the world\'s first \'Nano green salt\' fertiliser" names the whole quoted name', () => {
    expect(develops("Zenco launched the world's first 'Nano green salt' fertiliser.")).toEqual(['Zenco -develops-> Nano green salt']);
    expect(develops('Zenco launched "Vexa smart cleaner" detergent in May.')).toEqual(['Zenco -develops-> Vexa smart cleaner']);
  });

  it('near misses: a quoted remark, or a one-word quoted name', () => {
    expect(develops("Zenco said 'Vexa is great' and launched it.")).toEqual([]);
    expect(develops("Zenco launched 'Vexa' fertiliser.")).toEqual(['Zenco -develops-> Vexa']);
    expect(develops("Zenco will launch the 'Nano green salt' fertiliser next year.")).not.toContain('Zenco -develops-> Nano');
  });
});
