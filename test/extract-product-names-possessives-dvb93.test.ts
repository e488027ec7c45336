import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Helper dvb93 (stop 93, round 4, from set 89's chip, image and social readers): an owner's 's written in capitals, a fronted
// participle whose maker is described before the main clause, kinds of imagery written as acronyms, and a name's owner read as
// the thing a participle says was made. Each family with its near misses. Sentences written for the tests.

describe("an owner's 'S in a headline written in capitals", () => {
  it('the owner and its product are two names, not one', () => {
    expect(entitiesOf("ZENCO'S QORVA has taken aim at Kappa.")).not.toContain("ZENCO'S QORVA (company)");
    expect(entitiesOf("ZENCO'S QORVA has taken aim at Kappa.")).toContain('QORVA (company)');
    expect(claimsOf("ZENCO'S QORVA has taken aim at Kappa.")).toEqual(['QORVA -competes_with-> Kappa']);
    expect(entitiesOf("ZENCO’S QORVA has taken aim at Kappa.")).not.toContain("ZENCO’S QORVA (company)");
    expect(claimsOf("ZENCO'S QORVA competes with KAPPA'S ZAPP.")).toEqual([]);
  });

  it("near miss: a lower-case 's and a quoted letter keep their reading", () => {
    expect(only('develops')(claimsOf("Zenco's Zeta 5D sold well in Zembla."))).toEqual(['Zenco -develops-> Zeta 5D']);
    expect(claimsOf("Zenco is known for the 'S' series, and Kappa makes it.")).toEqual([]);
    expect(claimsOf("IT'S A WIN FOR ZENCO, said Kappa.")).toEqual([]);
    expect(entitiesOf("ZENCO'S QORVA has taken aim at Kappa.")).not.toContain("ZENCO'S (company)");
  });
});

describe('a fronted participle whose maker is described before the main clause', () => {
  it('the maker of the thing the main clause is about', () => {
    expect(only('develops')(claimsOf('Developed by Zenco, a company based in Ruritania, Vexa offers anime images.'))).toEqual(['Zenco -develops-> Vexa']);
    expect(only('develops')(claimsOf('Founded by Zenco, a company based in Ruritania, Vexa offers anime images.'))).toEqual(['Zenco -develops-> Vexa']);
    expect(only('develops')(claimsOf('Built by Zenco, an AI start-up from Zembla, Vexa draws pictures from text.'))).toEqual(['Zenco -develops-> Vexa']);
    expect(only('develops')(claimsOf('Developed and operated by Zenco, a small firm in Ruritania, Vexa was first launched in 2021.'))).toEqual(['Zenco -develops-> Vexa']);
  });

  it('near miss: other roles, a person, a firm founded, negation and another owner', () => {
    expect(only('develops')(claimsOf('Distributed by Zenco, a company based in Ruritania, Vexa offers anime images.'))).toEqual([]);
    expect(only('develops')(claimsOf('Backed by Zenco, an investment firm based in Ruritania, Vexa offers anime images.'))).toEqual([]);
    expect(only('develops')(claimsOf('Acquired by Zenco, a company based in Ruritania, Vexa offers anime images.'))).toEqual([]);
    expect(only('develops')(claimsOf('Sold by Zenco, a retailer based in Ruritania, Vexa costs $20.'))).toEqual([]);
    expect(only('develops')(claimsOf('Funded by Zenco, a venture firm based in Ruritania, Vexa offers anime images.'))).toEqual([]);
    expect(only('develops')(claimsOf('Founded by John Doe, a former Zenco engineer, Vexa offers anime images.'))).toEqual([]);
    expect(only('develops')(claimsOf('Founded by Zenco, a company based in Ruritania, Qorva Labs offers anime images.'))).toEqual([]);
    expect(only('develops')(claimsOf('Not developed by Zenco, a company based in Ruritania, Vexa offers anime images.'))).toEqual([]);
    expect(only('develops')(claimsOf('Developed by Zenco, a company based in Ruritania, Kappa\'s Vexa offers anime images.'))).toEqual(['Kappa -develops-> Vexa']);
    // A seller's offering, a retailer's launch, a speaker after the description, a backer in it.
    expect(only('develops')(claimsOf('Offered by Zenco, a firm based in Ruritania, Vexa costs $20.'))).toEqual([]);
    expect(only('develops')(claimsOf('Launched by Zenco, a retailer based in Ruritania, Vexa costs $20.'))).toEqual([]);
    expect(only('develops')(claimsOf('Developed by Zenco, a company based in Ruritania, Qorva said on Monday that sales rose.'))).toEqual([]);
    expect(only('develops')(claimsOf('Developed by Zenco, a company backed by Kappa, Vexa offers anime images.'))).not.toContain('Kappa -develops-> Vexa');
  });
});

describe('kinds of imagery and devices written as acronyms', () => {
  it('no product alone', () => {
    expect(only('develops')(claimsOf('The film used motion-captured CG characters made by Zenco.'))).toEqual([]);
    expect(entitiesOf("Zenco's VFX tools are used by studios.")).not.toContain('VFX (product)');
    expect(entitiesOf("Zenco's CGI work won an award.")).not.toContain('CGI (product)');
  });

  it('near miss: a name that ends in such a kind stays a name', () => {
    expect(only('develops')(claimsOf('The Zeta VR headset from Zenco sold well.'))).toEqual(['Zenco -develops-> Zeta VR']);
  });
});

describe("a name's owner before a participle is not the thing made", () => {
  it('the owned common noun was made, not its owner', () => {
    expect(only('develops')(claimsOf("Qorva's studio used motion-captured characters made by Zenco."))).toEqual([]);
    expect(only('develops')(claimsOf("Qorva's new chips made by Zenco sold out."))).toEqual([]);
  });

  it('near miss: a name the participle describes keeps its maker', () => {
    expect(only('develops')(claimsOf('Zeta, made by Zenco, sold well.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(claimsOf("Kappa's Zeta, made by Zenco, sold well."))).toContain('Zenco -develops-> Zeta');
    expect(only('develops')(claimsOf('Vexa 3 is a platform developed by Zenco AI.'))).toEqual(['Zenco AI -develops-> Vexa 3']);
  });
});
