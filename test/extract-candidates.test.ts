import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';

const lexicon = defaultLexicon();

/** Every candidate of a text, as "source relation target (reach)", paragraphs split at blank lines. */
function candidates(text: string): string[] {
  const out: string[] = [];
  extractArticle({ id: 't', text }, lexicon, {
    onCandidate: ({ view: c }) => {
      if (c.reach !== 'rule') out.push(`${c.source.label} ${c.relation} ${c.target.label} (${c.reach})`);
    },
  });
  return out;
}

describe('candidate claims', () => {
  it('propose every member of a list, later ones too', () => {
    const found = candidates('The United States restricted exports to Huawei, ZTE and Hikvision.');
    for (const member of ['Huawei', 'ZTE', 'Hikvision']) expect(found).toContain(`United States restricts ${member} (sentence)`);
  });

  it('pair an agentless passive with the actor of the sentence before', () => {
    const found = candidates('Italy acted on Friday.\nChatGPT was blocked after a data breach.');
    expect(found).toContain('Italy banned ChatGPT (before)');
  });

  it('carry a relation to a list that goes on in the next sentence, not past the paragraph', () => {
    const text = 'The United States imposed sanctions on several firms.\nThey are Huawei and ZTE.\n\nHikvision sells cameras.';
    const found = candidates(text);
    expect(found).toContain('United States restricts Huawei (frame)');
    expect(found).toContain('United States restricts ZTE (frame)');
    expect(found.some((c) => c.includes('Hikvision'))).toBe(false);
  });

  it('propose nothing in a sentence with no trigger and no frame', () => {
    expect(candidates('Alibaba and Baidu are based in China.')).toEqual([]);
  });
});
