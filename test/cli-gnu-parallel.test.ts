import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedArticlesJsonl, REPO_ROOT } from './cli-run-kg';

// Issue 12: `kg extract` is the map step of a batch engine and `kg merge` its reduce step,
// shown with a real one: GNU parallel (Debian's `parallel`, installed by .ci/run). The merged
// graph is the single build, byte for byte, however the corpus was split.

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'kg-parallel-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = (name: string) => join(scratch, name);
const KG = `${process.execPath} ${join(REPO_ROOT, 'src/cli/launch.mjs')}`;
const sh = (command: string) => run('bash', ['-o', 'pipefail', '-c', command], { cwd: scratch, maxBuffer: 64 * 1024 * 1024 });

beforeAll(async () => {
  const lines = generatedArticlesJsonl(600).trim().split('\n');
  writeFileSync(out('corpus.jsonl'), lines.join('\n') + '\n');
  for (let shard = 0; shard < 4; shard++) writeFileSync(out(`shard-${shard}.jsonl`), lines.filter((_, i) => i % 4 === shard).join('\n') + '\n');
  await sh(`${KG} build corpus.jsonl --gexf single.gexf --json single.json --quiet`);
}, 120_000);

describe('GNU parallel runs kg extract as the map step', () => {
  it('one job per shard file, then kg merge: the single-build graph byte for byte', async () => {
    await sh(`parallel --will-cite -j 2 ${KG} extract {} --quiet ::: shard-*.jsonl > records.jsonl`);
    expect(readFileSync(out('records.jsonl'), 'utf8').trim().split('\n')).toHaveLength(600);
    await sh(`${KG} merge records.jsonl --gexf merged.gexf --json merged.json --quiet`);
    expect(readFileSync(out('merged.gexf'), 'utf8')).toBe(readFileSync(out('single.gexf'), 'utf8'));
    expect(readFileSync(out('merged.json'), 'utf8')).toBe(readFileSync(out('single.json'), 'utf8'));
  }, 120_000);

  it('parallel --pipe over JSONL on stdin, merged from stdin: the same bytes', async () => {
    await sh(`parallel --will-cite --pipe -N 150 -j 2 ${KG} extract - --quiet < corpus.jsonl | ${KG} merge - --gexf piped.gexf --quiet`);
    expect(readFileSync(out('piped.gexf'), 'utf8')).toBe(readFileSync(out('single.gexf'), 'utf8'));
  }, 120_000);
});
