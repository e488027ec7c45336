import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper own100 (stop 99), from real news on media groups and game studios: a firm's own titles or sites named by example after an
// owning verb in a relative clause or after "known for" (owned-title-sets.ts); a firm whose name the tagger knows as a person's, set off
// as a firm or owning a set of titles (unknown-names.ts); a firm's description in apposition after a name nothing typed (coreference.ts).
// Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe("a firm's own titles after an owning verb in a relative clause or after \"known for\"", () => {
  it('"…, which owns publications such as A and B" after an object', () => {
    expect(makes('Qorva has sold Vela to Microsoft, which owns tech publications like Zetawire, Vexapost and Lumodaily.')).toEqual(['Microsoft -develops-> Lumodaily', 'Microsoft -develops-> Vexapost', 'Microsoft -develops-> Zetawire']);
    expect(makes('The deal went to Microsoft, which also runs magazines such as Zetawire and Vexapost.')).toEqual(['Microsoft -develops-> Vexapost', 'Microsoft -develops-> Zetawire']);
  });

  it('an apposition\'s firm "renowned for owning" or "known for running" titles like A and B', () => {
    expect(makes('Qorva sold Vela to Microsoft, the digital media and internet company renowned for owning other tech publications like Zetawire, Vexapost, and Lumodaily.')).toEqual(['Microsoft -develops-> Lumodaily', 'Microsoft -develops-> Vexapost', 'Microsoft -develops-> Zetawire']);
    expect(makes('Microsoft, a media group known for running websites such as Zetawire and Vexapost, said on Monday it was hiring.')).toEqual(['Microsoft -develops-> Vexapost', 'Microsoft -develops-> Zetawire']);
  });

  it('"X is best known for running websites such as A"', () => {
    expect(makes('Microsoft is best known for running websites such as Zetawire and Vexapost.')).toEqual(['Microsoft -develops-> Vexapost', 'Microsoft -develops-> Zetawire']);
  });
});

describe('a firm named like a person, in an owner\'s role', () => {
  it('an owning verb and a set of titles after the name', () => {
    expect(makes('Linda Harper owns many well-known brands including Zetawire, Vexapost and Lumodaily.')).toEqual(['Linda Harper -develops-> Lumodaily', 'Linda Harper -develops-> Vexapost', 'Linda Harper -develops-> Zetawire']);
  });

  it('an apposition that calls the name a firm, after another firm', () => {
    expect(makes('Google sold Vela to Ziff Harper, the digital media and internet company renowned for owning sites like Zetawire and Vexapost.')).toEqual(['Ziff Harper -develops-> Vexapost', 'Ziff Harper -develops-> Zetawire']);
  });
});

describe('near misses: no owner of the titles', () => {
  it('an investor\'s holdings, or a set that is a partner\'s, are no titles it makes', () => {
    expect(makes('The deal went to Microsoft, the media company known for investing in brands such as Zetawire and Vexapost.')).toEqual([]);
    expect(makes('Qorva sold Vela to Microsoft, which distributes partner titles such as Zetawire and Vexapost.')).toEqual([]);
  });

  it('a person known for an owning act, or one described as the firm\'s officer, is no firm', () => {
    expect(makes('Linda Harper, the company\'s founder, said the app was popular.')).toEqual([]);
    expect(makes('Linda Harper is known for collecting vintage cars such as the Zetawire.')).toEqual([]);
  });
});
