import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleGenerator, readSeedArticles, splitSentences, writeCorpora } from '../bench/corpus';
import type { NamePool } from '../bench/name-pool';
import { countWords } from '../bench/words';

const POOL: NamePool = {
  source: 'fallback',
  names: [
    { name: 'Alibaba', type: 'company', aliases: ['Alibaba Group'] },
    { name: 'Tencent', type: 'company', aliases: [] },
    { name: 'Baidu', type: 'company', aliases: [] },
    { name: 'Claude Code', type: 'product', aliases: [] },
    { name: 'Cursor', type: 'product', aliases: [] },
    { name: 'Claude', type: 'model', aliases: [] },
    { name: 'Qwen', type: 'model', aliases: [] },
  ],
  inventedCompanies: ['Velora Labs', 'Tricon Systems'],
};

const SEED = {
  id: 'seed',
  text: 'Alibaba Group banned Claude Code. Alibaba said Claude Code leaks data.\nQwen rivals Claude. U.S. export rules apply.',
};

const scratch = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('benchmark corpus generator', () => {
  it('gives the same articles for the same seed and different ones for another seed', () => {
    const take = (seed: number): string[] => {
      const generator = new ArticleGenerator([SEED], POOL, seed);
      return Array.from({ length: 20 }, () => generator.next().text);
    };
    expect(take(7)).toEqual(take(7));
    expect(take(8)).not.toEqual(take(7));
  });

  it('swaps each entity for one name per article, keeping every sentence once', () => {
    const generator = new ArticleGenerator([SEED], POOL, 3);
    const companies = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const text = generator.next().text;
      const [first, second] = text.split('\n\n');
      const sentences = splitSentences(first ?? '');
      expect(sentences).toHaveLength(2);
      const subject = (verb: string): string | undefined =>
        sentences.find((s) => s.includes(` ${verb} `))?.split(` ${verb} `)[0];
      const banned = subject('banned');
      expect(banned).toBeDefined();
      // "Alibaba Group" and "Alibaba" are one entity: both become the same name.
      expect(subject('said')).toBe(banned);
      companies.add(banned as string);
      expect(second).toMatch(/U\.S\. export rules apply\./);
      expect(text).not.toMatch(/Alibaba Group/);
    }
    expect(companies.size).toBeGreaterThan(2);
  });

  it('does not end a sentence after an abbreviation', () => {
    expect(splitSentences('Qwen rivals Claude. U.S. export rules apply. Mr. Ma agreed.')).toEqual([
      'Qwen rivals Claude.',
      'U.S. export rules apply.',
      'Mr. Ma agreed.',
    ]);
  });

  it('writes each size as a prefix of the larger ones, at least as large as asked', () => {
    const seeds = readSeedArticles('data/articles');
    const manifest = writeCorpora(scratch, seeds, POOL, 42, [0.2, 0.05]);
    const [small, large] = manifest.files;
    expect(small?.sizeMb).toBe(0.05);
    const smallText = readFileSync(small?.path as string, 'utf8');
    const largeText = readFileSync(large?.path as string, 'utf8');
    expect(largeText.startsWith(smallText)).toBe(true);
    for (const file of manifest.files) {
      const articles = readFileSync(file.path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { text: string });
      expect(articles).toHaveLength(file.articles);
      expect(file.bytes).toBeGreaterThanOrEqual(file.sizeMb * 1e6);
      expect(articles.reduce((sum, a) => sum + countWords(a.text), 0)).toBe(file.words);
    }
  });
});

describe('word count', () => {
  it('counts whitespace-separated tokens', () => {
    expect(countWords('  Alibaba banned\nClaude Code.\t ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});
