import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper db86: a maker's named product line with its members listed after it, a line widened "to include" a member, and a
// brand sold on (the buyer owns it). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe("a maker's named line with its members", () => {
  it('"Zenco\'s Zeta portfolio covering A and B" gives the owner each member', () => {
    const claims = develops("The deal includes Zenco's Zeta portfolio covering Zeta-V and Zeta-Classic.");
    expect(claims).toContain('Zenco -develops-> Zeta-V');
    expect(claims).toContain('Zenco -develops-> Zeta-Classic');
  });

  it('"its Zeta lineup, which includes …" and "spans" read the same', () => {
    expect(develops('Zenco said its Zeta lineup, which includes Zeta-V, sold well.')).toContain('Zenco -develops-> Zeta-V');
    expect(develops("Qorva's Vela range, which now spans Vela-2 and Vela-Max, grew.")).toEqual(expect.arrayContaining([
      'Qorva -develops-> Vela-2',
      'Qorva -develops-> Vela-Max',
    ]));
  });

  it('the line\'s brand makes none of its members: the firm before it does', () => {
    const claims = develops("Zenco's Zeta lineup includes Zeta-V.");
    expect(claims).toContain('Zenco -develops-> Zeta-V');
    expect(claims).not.toContain('Zeta -develops-> Zeta-V');
    expect(develops("Zenco's Qorva unit's portfolio includes Zeta-V.")).toContain('Qorva -develops-> Zeta-V');
  });

  it('a member supplied by another firm is not the owner\'s', () => {
    expect(develops("Zenco's Zeta lineup including chips from Qorva sold well.")).not.toContain('Zenco -develops-> Qorva');
    expect(develops("Zenco's Zeta line covering Qorva devices was launched.")).not.toContain('Zenco -develops-> Qorva');
    expect(develops("Zenco's Zeta series spanning France and Germany drew crowds.")).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a line widened to include a member', () => {
  it('"expanded the Zeta lineup to include A" and its variants give the maker the member', () => {
    expect(develops('Zenco expanded the Zeta lineup to include Zeta-V.')).toContain('Zenco -develops-> Zeta-V');
    expect(develops('Qorva has extended its Vela range to add the Vela-3.')).toContain('Qorva -develops-> Vela-3');
    expect(develops('Last year Vexa broadened its Lumo portfolio by adding Lumo-X.')).toContain('Vexa -develops-> Lumo-X');
  });

  it('a plan or a negation gives no asserted edge', () => {
    expect(develops('Zenco did not expand the Zeta lineup to include Zeta-V.')).not.toContain('Zenco -develops-> Zeta-V');
    expect(develops('Zenco plans to expand the Zeta lineup to include Zeta-V.')).not.toContain('Zenco -develops-> Zeta-V');
    expect(develops('Zenco grew its range to include Zeta-V, a phone made by Qorva.')).not.toContain('Zenco -develops-> Zeta-V');
    expect(develops('Zenco broadened its series to include Germany.')).toEqual([]);
    expect(develops('Zenco expanded its coalition to include Qorva and Vexa.')).toEqual([]);
  });
});

describe('a brand sold on', () => {
  it('the buyer of a brand owns it', () => {
    expect(develops('Zenco sold its Qorva brand to Vexa in 2019.')).toContain('Vexa -develops-> Qorva');
    expect(develops('Zenco transferred the Lumo trademark to Kappa Holdings.')).toContain('Kappa Holdings -develops-> Lumo');
  });

  it('selling goods or a stake to someone is no brand sale', () => {
    expect(develops('Zenco sold its Qorva phones to Vexa.')).not.toContain('Vexa -develops-> Qorva');
    expect(develops('Zenco sold its stake in Qorva to Vexa.')).not.toContain('Vexa -develops-> Qorva');
  });
});
