import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper marks: an owner's possessive before two names paired by a slash and a kind of made thing ("Zenco's Plix/Vexa app") makes
// both names the owner's; the possessive alone gave the first. Not a rival's pair, nor places before a unit.

describe('an owner possesses both names of a slashed pair before a kind', () => {
  it('reads both, whatever the kind and the verb', () => {
    expect(scoredClaimsOf("Zenco's Plix/Vexa app was launched in Zembla.")).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(scoredClaimsOf("Zenco's Plix/Vexa phones sold well.")).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(scoredClaimsOf("Qorva bought Zenco's Plix/Vexa app.").filter((c) => c.includes('develops'))).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('no second claim for a rival, a rivalry or places', () => {
    expect(scoredClaimsOf("Zenco's rival Plix/Vexa app grew.")).not.toContain('Zenco -develops-> Vexa');
    expect(scoredClaimsOf("Zenco's Plix/Vexa rivalry grew.")).not.toContain('Zenco -develops-> Vexa');
    expect(scoredClaimsOf("Zenco's Zembla/Ruritania unit grew.")).not.toContain('Zenco -develops-> Ruritania');
  });

  it('a slashed pair of owners keeps both as makers', () => {
    expect(scoredClaimsOf("Zenco/Qorva's Plix app was launched.")).toEqual(['Qorva -develops-> Plix', 'Zenco -develops-> Plix']);
  });
});
