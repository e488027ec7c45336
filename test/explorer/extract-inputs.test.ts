import { describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/explorer/io/extract-inputs';
import { defaultLexicon } from '../../src/pipeline/lexicon/lexicon';

const input = (name: string, text: string): { name: string; bytes: Uint8Array } => ({ name, bytes: new TextEncoder().encode(text) });
const noProgress = (): void => undefined;

describe('extracting added articles (the explorer worker’s job)', () => {
  it('skips an article already in the graph, naming its file, and extracts the others', () => {
    const result = extractInputs(
      [input('000_seed.txt', 'Alibaba banned Claude Code.'), input('new-story.txt', 'Amazon invested in Anthropic.')],
      new Set(['000_seed']),
      defaultLexicon(),
      noProgress,
    );
    expect(result.records.map((record) => record.article.id)).toEqual(['new-story']);
    expect(result.problems).toEqual([
      { file: '000_seed.txt', message: 'article "000_seed" is already in the graph, skipped', severity: 'error' },
    ]);
  });
});
