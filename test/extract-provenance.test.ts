import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, extract } from './extract-helpers';

// Every claim carries the evidence a reader checks it against: the article, the exact
// sentence with its offsets, and the words that triggered it.

const TEXT = [
  'Chatbot curbs spread in Asia',
  'Samsung has barred staff from using Gemini. Baidu competes with Alibaba in cloud computing.',
  '"Tongyi Qianwen was developed by Alibaba," a spokesperson said.',
].join('\n');

const record = extract(TEXT);
const claimFor = (relation: string) => record.claims.find((c) => c.relation === relation);

describe('claim evidence', () => {
  it('names the article every claim comes from', () => {
    expect(record.claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of record.claims) expect(claim.evidence.article).toBe(ARTICLE_ID);
  });

  it('quotes the sentence exactly as it stands at its offsets in the article', () => {
    for (const { evidence } of record.claims) expect(TEXT.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
  });

  it('quotes the whole sentence that states the claim, and only that sentence', () => {
    expect(claimFor('banned')?.evidence.sentence).toBe('Samsung has barred staff from using Gemini.');
    expect(claimFor('competes_with')?.evidence.sentence).toBe('Baidu competes with Alibaba in cloud computing.');
    expect(claimFor('develops')?.evidence.sentence).toBe('"Tongyi Qianwen was developed by Alibaba," a spokesperson said.');
  });

  it('keeps the trigger word as written, and it occurs in the sentence', () => {
    expect(claimFor('banned')?.evidence.trigger).toBe('barred');
    expect(claimFor('competes_with')?.evidence.trigger).toBe('competes');
    expect(claimFor('develops')?.evidence.trigger).toMatch(/^developed/);
    for (const { evidence } of record.claims) {
      expect(evidence.trigger).not.toBe('');
      expect(evidence.sentence).toContain(evidence.trigger);
    }
  });

  it('refers to entity keys that the record lists', () => {
    const keys = new Set(record.entities.map((e) => e.key));
    for (const claim of record.claims) {
      expect(keys.has(claim.source)).toBe(true);
      expect(keys.has(claim.target)).toBe(true);
    }
  });

  it('keeps "\'s" as the trigger of a possessive', () => {
    const possessive = extract("Anthropic's Claude is popular with developers.").claims.find((c) => c.relation === 'develops');
    expect(possessive?.evidence.trigger).toBe("'s");
  });
});

describe('the article record', () => {
  it('keeps the article text and metadata', () => {
    expect(record.text).toBe(TEXT);
    expect(record.article).toEqual({ id: ARTICLE_ID });
  });

  it('is the same for the same input', () => {
    expect(extract(TEXT)).toEqual(record);
  });
});
