import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rlj94 (stop 94), from real pharmaceutical and biotech news: a drug named after its target's code and a kind the general
// possessive rules do not list; a firm that won a regulator's approval for a drug; a passive maker described before its name.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a drug named after its target and kind', () => {
  it('the name after "PD-L1 immunotherapy", "DLL3-ADC candidate", "biosimilar," is the drug, not the target', () => {
    expect(develops("Doctors discussed treatment with Zenco's PD-L1 immunotherapy Zimfa at a meeting.")).toEqual(['Zenco -develops-> Zimfa']);
    expect(develops('Zenco licensed its DLL3-ADC candidate ZX-4849 to Qorva in a deal.')).toEqual(['Zenco -develops-> ZX-4849']);
    expect(develops('Zenco licensed its ADC candidate ZX-4849 to Qorva in a deal.')).toEqual(['Zenco -develops-> ZX-4849']);
    expect(develops("Rivals will try to overtake Zenco Inc.'s biosimilar, Zamjevita, which got a headstart.")).toEqual(['Zenco Inc -develops-> Zamjevita']);
  });

  it('a rival\'s, another\'s or a copied drug is not the possessor\'s', () => {
    expect(develops("Zenco's rival inhibitor Zevatra lost ground.")).toEqual([]);
    expect(develops("Zenco's inhibitor, Qorva's Zevatra, lost ground.")).not.toContain('Zenco -develops-> Zevatra');
    expect(develops("Zenco's generic copy of Qorva's drug Zevatra launched.")).not.toContain('Zenco -develops-> Zevatra');
    expect(develops("Qorva's PD-1 inhibitor is tested against Zenco's drug.")).toEqual([]);
    expect(develops("Sales of Zenco's PD-1 inhibitor Zevatra rose.")).not.toContain('Sales of Zenco -develops-> Zevatra');
  });
});

describe('a firm that won approval for a drug', () => {
  it('"won FDA approval for", "gained approval for a …, dubbed", "received approval for" name the drug\'s maker', () => {
    expect(develops('Zenco Inc. has won FDA approval for Zaurismo, a new drug for leukemia.')).toEqual(['Zenco Inc -develops-> Zaurismo']);
    expect(develops('Zenco has gained U.S. approval for a once-weekly injection, dubbed Zegovy, for weight management.')).toEqual(['Zenco -develops-> Zegovy']);
    expect(develops('Zenco received approval for Zaurismo from regulators.')).toEqual(['Zenco -develops-> Zaurismo']);
  });

  it('an approval failed, hoped for, or for a deal, imports or another\'s drug names no maker', () => {
    expect(develops('Zenco failed to win approval for Zaurismo last year.')).toEqual([]);
    expect(develops('Zenco hopes to win FDA approval for Zaurismo next year.')).toEqual([]);
    expect(develops('Zenco won approval for its acquisition of Qorva.')).toEqual([]);
    expect(develops('Zenco received approval for imports of Zeta from Ruritania.')).toEqual([]);
    expect(develops("Zenco won approval from the regulator for Qorva's Zeta.")).not.toContain('Zenco -develops-> Zeta');
    expect(develops('The regulator won praise for the approval of Zevatra.')).toEqual([]);
  });
});

describe('a passive maker described before its name', () => {
  it('"developed by the Japanese drugmaker Zenco" names the maker', () => {
    expect(develops('In 2022 an antibody called zecanemab, developed by the Japanese drugmaker Zenco, slowed decline.')).toEqual(['Zenco -develops-> zecanemab']);
    expect(develops('Zevatra, made by Danish pharmaceutical company Qorva, sold well.')).toEqual(['Qorva -develops-> Zevatra']);
  });

  it('a maker\'s staff, another firm\'s partner or a team that later joined a firm is not described so', () => {
    expect(develops('The drug was developed by a team whose members later joined Qorva.')).toEqual([]);
    expect(develops("Zevatra, made by the company's partner, sold well.")).toEqual([]);
    expect(develops('Zevatra, developed by the drugmaker Qorva\'s former scientists, sold well.')).not.toContain('Qorva -develops-> Zevatra');
  });
});
