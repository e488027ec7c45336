import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runKg } from './cli-run-kg';

// The product's yardsticks, run as a user would: build a GEXF with the CLI and score it with the
// shared scorer against a gold annotation. The seed corpus is the bundled one; the dev corpus is
// held out (team-written articles on other stories) and measures how the rules generalise.

const SCORER = join(REPO_ROOT, '..', 'shared', 'eval', 'score.py');
const out = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Score {
  entities: { f1: number; typed_f1: number; duplicates: unknown[] };
  relations: { f1: number; with_sources: number };
}

async function scoreBuild(articles: string, gold: string): Promise<Score> {
  const gexf = join(out, `${articles.replace(/\W+/g, '_')}.gexf`);
  const run = await runKg(['build', join(REPO_ROOT, articles), '--gexf', gexf, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(execFileSync('python3', [SCORER, gold, gexf, '--json'], { encoding: 'utf8' })) as Score;
}

describe.skipIf(!existsSync(SCORER) && !process.env.CI)('scores against gold annotations', () => {
  it('the seed corpus: entity F1 ≥ 0.95, typed F1 ≥ 0.90, relation F1 ≥ 0.90, no duplicates, every relation sourced', async () => {
    const score = await scoreBuild('data/articles', join(REPO_ROOT, '..', 'shared', 'eval', 'seeds.gold.json'));
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.entities.typed_f1).toBeGreaterThanOrEqual(0.9);
    expect(score.entities.duplicates).toEqual([]);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.with_sources).toBe(1);
  });

  it('the held-out dev corpus: entity F1 ≥ 0.85, relation F1 ≥ 0.70', async () => {
    const score = await scoreBuild('test/fixtures/dev-corpus/articles', join(REPO_ROOT, 'test/fixtures/dev-corpus/gold.json'));
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.7);
    expect(score.relations.with_sources).toBe(1);
  });
});
