import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lists4, from launch, portfolio and filing news: a counted kind whose members carry an aside set off by commas ("three
// platforms, Zapp, with 900,000 users, Qapp and Star Rides": the later members were lost), and a defined term in brackets and quotes
// ("Zenco Ltd. (the "Company")"), which later stands for the firm ("The Company's products …" made a firm called "Company").
// Sentences made up for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const labels = (text: string): string[] => extractArticle({ id: 't', text }, defaultLexicon()).entities.map((e) => e.label).sort();

describe('a counted kind whose members carry an aside', () => {
  it('members after an aside of users, a relative clause or a price are the list’s too', () => {
    expect(makes('Vexa operates two apps, Plixo, with 2 million downloads, and Qorvi.')).toEqual(['Vexa -develops-> Plixo', 'Vexa -develops-> Qorvi']);
    expect(makes('Zenco operates three platforms, Zapp, with 900,000 users, Qapp and Star Rides.')).toEqual(['Zenco -develops-> Qapp', 'Zenco -develops-> Star Rides', 'Zenco -develops-> Zapp']);
    expect(makes('Zenco now sells four products, Plix, which has 3 million users, Qorvi, Vexo and Zumo.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Qorvi', 'Zenco -develops-> Vexo', 'Zenco -develops-> Zumo']);
    expect(makes('Zenco launched two phones, the Z10, priced at $500, and the Z20.')).toEqual(['Zenco -develops-> Z10', 'Zenco -develops-> Z20']);
  });

  it('no count before the kind, or no member after the aside, reads nothing more', () => {
    expect(makes('Zenco launched Zeta, with 900,000 users, Qorva said.')).toEqual(['Zenco -develops-> Zeta']);
    expect(makes('Zenco sued Vexa, which makes chips, and Qorva backed it.')).toEqual([]);
  });
});

describe('a defined term in brackets and quotes', () => {
  it('"the Company" later is the firm it was defined for', () => {
    expect(makes('Zenco Ltd. (the "Company") is based in Austin. The Company\'s products consist of Zeta, Zeta-2 and Zeta-3.')).toEqual(['Zenco Ltd -develops-> Zeta', 'Zenco Ltd -develops-> Zeta-2', 'Zenco Ltd -develops-> Zeta-3']);
    expect(makes('Qorva Inc. ("Qorva" or the "Company") said on Monday that the Company\'s flagship product, Vexa Cloud, grew.')).toEqual(['Qorva -develops-> Vexa Cloud']);
    expect(makes('Zenco (the "Issuer") announced that the Issuer\'s main product, Zeta Pay, has 1 million users.')).toEqual(['Zenco -develops-> Zeta Pay']);
    expect(labels('Zenco Ltd. (the "Company") is based in Austin. The Company makes Zeta.')).not.toContain('Company');
  });

  it('a term defined for a person or a deal names no firm', () => {
    expect(makes('John Smith (the "Executive") joined Zenco. The Executive\'s products include Zeta.')).toEqual([]);
    expect(labels('John Smith (the "Executive") joined Zenco. The Executive\'s products include Zeta.')).not.toContain('Executive');
    expect(makes('Zenco and Vexa agreed a deal (the "Merger") on Friday. The Merger includes Zeta.')).toEqual([]);
  });
});
