import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJSON } from '../src/pipeline/export/json';
import { generatedArticlesJsonl, type KgResult, runKg } from './cli-run-kg';

const scratch = mkdtempSync(join(tmpdir(), 'kg-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const seedFiles = readdirSync('data/articles')
  .sort()
  .map((name) => join('data/articles', name));
const feed = join(scratch, 'feed.jsonl');
const out = (name: string) => join(scratch, name);

let forward: KgResult;
let backward: KgResult;

beforeAll(async () => {
  writeFileSync(feed, generatedArticlesJsonl(12));
  // The same corpus twice: a folder with 2 workers, and the files one by one in reverse order with one.
  [forward, backward] = await Promise.all([
    runKg(['build', 'data/articles', feed, '--gexf', out('a.gexf'), '--json', out('a.json'), '--workers', '2']),
    runKg(['build', feed, ...[...seedFiles].reverse(), '--gexf', out('b.gexf'), '--json', out('b.json'), '--workers', '1', '--quiet']),
  ]);
});

describe('kg build end to end', () => {
  it('builds the seed corpus and prints the summary', () => {
    expect(forward.status, forward.stderr).toBe(0);
    expect(forward.stderr).not.toMatch(/worker threads unavailable/);
    expect(forward.stdout).toMatch(/^articles read: 17$/m);
    expect(forward.stdout).toMatch(/^entities: \d+$/m);
    expect(forward.stdout).toMatch(/^ {2}company: [1-9]\d*$/m);
    expect(forward.stdout).toMatch(/^relations: \d+$/m);
    expect(forward.stdout).toMatch(/^conflicts: \d+$/m);
    expect(forward.stdout).toContain(`written: ${out('a.gexf')}, ${out('a.json')}`);
    expect(readFileSync(out('a.gexf'), 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<gexf [^>]*version="1\.3"/);
  });

  it('puts every article, with its text, into the JSON graph', () => {
    const graph = fromJSON(readFileSync(out('a.json'), 'utf8'));
    const articles = graph.getAttribute('articles');
    expect(articles.map((a) => a.id)).toEqual([
      ...seedFiles.map((file) => file.replace(/^.*\//, '').replace(/\.txt$/, '')),
      ...Array.from({ length: 12 }, (_, i) => `gen-${String(i).padStart(3, '0')}`),
    ].sort());
    expect(articles.every((a) => typeof a.text === 'string' && a.text.length > 0)).toBe(true);
    expect(graph.order).toBeGreaterThan(0);
  });

  it('gives byte-identical GEXF and JSON whatever the input order and worker count', () => {
    expect(backward.status, backward.stderr).toBe(0);
    expect(backward.stderr).toBe('');
    expect(readFileSync(out('b.gexf'), 'utf8')).toBe(readFileSync(out('a.gexf'), 'utf8'));
    expect(readFileSync(out('b.json'), 'utf8')).toBe(readFileSync(out('a.json'), 'utf8'));
  });
});
