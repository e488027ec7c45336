import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper marks: an ampersand between capitalised names joins one name ("Seed & Go", "Borin & Klatt") unless the article or the
// sentence counts two firms around it: each named alone before, or "both", "jointly", "together" around the pair.

describe('an ampersand counted as joining two firms reads two makers', () => {
  it('firms the article named on their own, or a counting word', () => {
    expect(scoredClaimsOf('Zenco, a Ruritania startup, and Qorva, a Zembla firm, grew. Zenco & Qorva launched Vexa in Ruritania.')).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Vexa']);
    expect(scoredClaimsOf('Zenco & Qorva jointly launched Vexa in Ruritania.')).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Vexa']);
    expect(scoredClaimsOf('Zenco & Qorva together released the Vexa app.')).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Vexa']);
    expect(scoredClaimsOf('Both Zenco & Qorva launched Vexa.')).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Vexa']);
  });

  it('one brand or one firm written with an ampersand stays whole', () => {
    expect(scoredClaimsOf("Qorva's Zeta & Spray app was launched in Ruritania.")).toEqual(['Qorva -develops-> Zeta & Spray']);
    expect(scoredClaimsOf('Zenco launched Seed & Go in Zembla.')).toEqual(['Zenco -develops-> Seed & Go']);
    expect(scoredClaimsOf('Borin & Klatt launched Vexa in Zembla.')).toEqual(['Borin & Klatt -develops-> Vexa']);
    expect(scoredClaimsOf('Both Borin & Klatt and Qorva launched Vexa.')).toEqual(['Borin & Klatt -develops-> Vexa', 'Qorva -develops-> Vexa']);
    expect(scoredClaimsOf('Z&T launched Plix in Zembla.')).toEqual(['Z&T -develops-> Plix']);
  });
});
