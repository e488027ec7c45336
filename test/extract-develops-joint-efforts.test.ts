import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cdv94 (stop 94): a thing made in a joint effort whose partners follow "between" is each partner's; a passive maker
// described by "social enterprise", "producer" and the like; a maker bringing its own thing to market. Sellers, testers, backers and
// the partners' people make nothing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('made in a joint effort between partners', () => {
  it('every partner after "between" makes the thing', () => {
    expect(develops('Zenco Inc and Qorva Labs Inc reported sales. The Zeta chip was developed in a collaborative effort between Zenco Inc and Qorva Labs.')).toEqual(['Qorva Labs -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc and Qorva Labs Inc reported sales. The Zeta 4M rocket is being built through a joint project between Zenco Inc and Qorva Labs.')).toEqual(['Qorva Labs -develops-> Zeta 4M', 'Zenco Inc -develops-> Zeta 4M']);
  });

  it('not selling, testing, a modal or a negation, nor the partners\' people', () => {
    expect(develops('Zenco Inc and Qorva Labs Inc reported sales. The Zeta chip was sold through a partnership between Zenco Inc and Qorva Labs.')).toEqual([]);
    expect(develops('Zenco Inc and Qorva Labs Inc reported sales. The Zeta chip was tested in a joint effort between Zenco Inc and Qorva Labs.')).toEqual([]);
    expect(develops('Zenco Inc and Qorva Labs Inc reported sales. The Zeta chip could be developed in a joint effort between Zenco Inc and Qorva Labs.')).toEqual([]);
    expect(develops('Zenco Inc and Qorva Labs Inc reported sales. The Zeta chip was not developed in a joint effort between Zenco Inc and Qorva Labs.')).toEqual([]);
    expect(develops('Zenco Inc and Qorva Labs Inc reported sales. The Zeta chip was developed in a joint effort between Zenco Inc and Qorva Labs\'s engineers.')).not.toContain('Qorva Labs -develops-> Zeta');
  });
});

describe('a passive maker described by a noun', () => {
  it('"by social enterprise Zenco", "brought to market by producer Zenco"', () => {
    expect(develops('Zenco Inc reported sales. The Zeta stove was developed by social enterprise Zenco.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco Inc reported sales. The Zeta burger was brought to market by producer Zenco.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('not a distributor, an importer, a seller\'s "brought to market", nor the firm\'s founder', () => {
    expect(develops('Zenco Inc reported sales. The Zeta stove was distributed by social enterprise Zenco.')).toEqual([]);
    expect(develops('Qorva Inc reported sales. The Zeta burger was brought to market by importer Qorva.')).toEqual([]);
    expect(develops('Qorva Inc reported sales. The Zeta burger was brought to market by its distributor Qorva.')).toEqual([]);
    expect(develops('Zenco Inc reported sales. The Zeta stove was developed by the founder of social enterprise Zenco.')).toEqual([]);
    expect(develops('Zenco Inc reported sales. The Zeta stove was developed by a unit of producer Zenco.')).toEqual([]);
  });
});

describe('a kind, its maker, then its name', () => {
  it('"technology built by Zenco, called Zeta Connect"', () => {
    expect(develops('Zenco Inc reported sales. The app uses technology built by Zenco Inc, called Zeta Connect.')).toEqual(['Zenco Inc -develops-> Zeta Connect']);
  });

  it('not a licensor, nor a firm\'s name, nor a word that is no name', () => {
    expect(develops('Zenco Inc reported sales. The app uses technology licensed by Zenco Inc, called Zeta Connect.')).toEqual([]);
    expect(develops('Zenco Inc reported sales. The app uses a system built by Zenco Inc, called Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc reported sales. The app uses technology built by Zenco Inc, called flawed by critics.')).toEqual([]);
  });
});
