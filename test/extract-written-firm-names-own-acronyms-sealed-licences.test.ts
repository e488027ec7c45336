import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';
import { defaultLexicon, extractArticle } from '../src/pipeline/index';

// Stop 72, fifth round, from its fourteenth to sixteenth sets: a firm labelled as the article writes it, a long name that defines
// its own short form though the lexicon knows that form for another, a unit making its brand's products, premises sealed off,
// and licences taken back from firms named before. Sentences written for the tests.

const labelOf = (text: string, key: string): string | undefined => extractArticle({ id: 't', text }, defaultLexicon()).entities.find((e) => e.key === key)?.label;

describe('a firm the lexicon knows is labelled as the article writes it', () => {
  it('"MTN blocked Zeta" labels the firm "MTN", not the lexicon\'s "MTN Group"', () => {
    const text = 'MTN blocked Peoples Gazette on Monday, the newspaper said.';
    expect(entitiesOf(text)).toContain('MTN (company)');
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['MTN -banned-> Peoples Gazette']);
  });

  it("the lexicon's name stays the label when the article writes it", () => {
    expect(labelOf('MTN Group blocked Peoples Gazette. MTN said it had no choice.', 'mtn-group')).toBe('MTN Group');
    expect(labelOf('MTN blocked Peoples Gazette. MTN said it had no choice.', 'mtn-group')).toBe('MTN');
  });
});

describe('a long name defining its own short form', () => {
  it('"the National Bank of Cambodia (NBC)" is the bank, not the broadcaster the lexicon knows as NBC', () => {
    const text = 'The National Bank of Cambodia (NBC) launched Bakong in 2020. The NBC said Bakong had 8 million users.';
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['National Bank of Cambodia -develops-> Bakong']);
    expect(entitiesOf(text)).toContain('National Bank of Cambodia (government)');
  });

  it('"the Federal Trade Commission (FTC)" is still the lexicon\'s commission', () => {
    expect(only('banned')(scoredClaimsOf('The Federal Trade Commission (FTC) banned Rite Aid from using facial recognition.'))).toEqual(['Federal Trade Commission -banned-> Rite Aid']);
  });
});

describe("a unit makes its brand's products", () => {
  it('"Airtel Uganda launched Airtel Money" makes Airtel Uganda a maker', () => {
    expect(only('develops')(scoredClaimsOf('Airtel Uganda launched Airtel Money in 2012.'))).toContain('Airtel Uganda -develops-> Airtel Money');
  });

  it('a firm of another name still does not make a product named after a known firm', () => {
    expect(only('develops')(claimsOf('Microsoft has built Google Cloud tools into Azure.'))).not.toContain('Microsoft -develops-> Google Cloud');
  });
});

describe('premises sealed off and licences taken back', () => {
  it('"sealed off the switch rooms of A and B" bans both', () => {
    expect(only('banned')(scoredClaimsOf('The Bangladesh Telecommunication Regulatory Commission sealed off the switch rooms of RanksTel and Dhaka Phone.'))).toEqual([
      'Bangladesh Telecommunication Regulatory Commission -banned-> Dhaka Phone',
      'Bangladesh Telecommunication Regulatory Commission -banned-> RanksTel',
    ]);
  });

  it('"A and B had their licences taken back by the Ministry" bans both', () => {
    expect(only('banned')(scoredClaimsOf('VietGlobal Communication and Duong Quoc had their licences taken back by the Ministry of Information and Communications.'))).toEqual([
      'Ministry of Information and Communications -banned-> Duong Quoc',
      'Ministry of Information and Communications -banned-> VietGlobal Communication',
    ]);
  });

  it('a firm sealing off its own site bans nothing', () => {
    expect(only('banned')(claimsOf('Telvana sealed off the Spotzen factory after a fire.'))).toEqual([]);
  });
});
