import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedArticlesJsonl, type KgResult, runKg } from './cli-run-kg';

const scratch = mkdtempSync(join(tmpdir(), 'kg-shard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = (name: string) => join(scratch, name);

const seedFiles = readdirSync('data/articles')
  .sort()
  .map((name) => join('data/articles', name));
const feedText = generatedArticlesJsonl(10);

let single: KgResult;
const shards: KgResult[] = [];

beforeAll(async () => {
  writeFileSync(out('feed.jsonl'), feedText);
  const [whole, part1, part2, part3] = await Promise.all([
    runKg(['build', 'data/articles', out('feed.jsonl'), '--gexf', out('single.gexf'), '--json', out('single.json'), '--quiet']),
    runKg(['extract', ...seedFiles.slice(0, 2), '--quiet']),
    runKg(['build', ...seedFiles.slice(2), '--gexf', out('part2.gexf'), '--json', out('part2.json'), '--quiet']),
    runKg(['extract', '-', '--workers', '2', '--quiet'], { stdin: feedText }),
  ]);
  single = whole!;
  shards.push(part1!, part2!, part3!);
});

describe('kg extract + kg merge (sharded corpus)', () => {
  it('writes one record per article, in input order', () => {
    for (const shard of shards) expect(shard.status, shard.stderr).toBe(0);
    const ids = (jsonl: string) => jsonl.trim().split('\n').map((line) => (JSON.parse(line) as { article: { id: string } }).article.id);
    expect(ids(shards[0]!.stdout)).toEqual(seedFiles.slice(0, 2).map((file) => file.replace(/^.*\//, '').replace(/\.txt$/, '')));
    expect(ids(shards[2]!.stdout)).toEqual(feedText.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id));
  });

  it('merges records (from files and stdin) and a partial graph into the single-run graph, byte for byte', async () => {
    writeFileSync(out('part1.jsonl'), shards[0]!.stdout);
    const merged = await runKg(
      ['merge', out('part2.json'), out('part1.jsonl'), '-', '--gexf', out('merged.gexf'), '--json', out('merged.json'), '--quiet'],
      { stdin: shards[2]!.stdout },
    );
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^articles read: 15$/m);
    expect(single.status, single.stderr).toBe(0);
    expect(readFileSync(out('merged.gexf'), 'utf8')).toBe(readFileSync(out('single.gexf'), 'utf8'));
    expect(readFileSync(out('merged.json'), 'utf8')).toBe(readFileSync(out('single.json'), 'utf8'));
  });

  it('reports broken record lines by number and still merges the good ones', async () => {
    const lines = shards[0]!.stdout.trim().split('\n');
    writeFileSync(out('broken.jsonl'), [lines[0], '{"article": ', '{"not": "a record"}', lines[1], lines[0]].join('\n'));
    const merged = await runKg(['merge', out('broken.jsonl'), '--gexf', out('broken.gexf'), '--quiet']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^articles read: 2$/m);
    expect(merged.stdout).toMatch(/broken\.jsonl:2: invalid JSON/);
    expect(merged.stdout).toMatch(/broken\.jsonl:3: not an extraction record/);
    expect(merged.stdout).toMatch(/broken\.jsonl:5: duplicate article id/);
  });
});
