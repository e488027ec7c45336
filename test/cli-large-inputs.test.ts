import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT, runKg } from './cli-run-kg';

// Scale of input, not speed: a 20 MB article and a folder of thousands of files go through
// `kg build` end to end. A quadratic step would show as this test timing out (vitest.config.ts).

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads a 20 MB article and 2,500 small files in nested folders in one build', { timeout: 180_000 }, async () => {
  const seed = readFileSync(join(REPO_ROOT, 'data/articles/003_d6de5b91127bbfda.txt'), 'utf8');
  const big = seed.repeat(Math.ceil(20e6 / seed.length));
  writeFileSync(join(dir, 'huge.txt'), big);
  for (let folder = 0; folder < 25; folder++) {
    mkdirSync(join(dir, `batch ${folder}`, 'nested'), { recursive: true });
    for (let n = 0; n < 100; n++) {
      writeFileSync(join(dir, `batch ${folder}`, 'nested', `note-${folder}-${n}.txt`), `Samsung has barred staff from using ChatGPT, report ${folder}-${n} says.`);
    }
  }
  const gexf = join(dir, 'out.gexf');
  const run = await runKg(['build', dir, '--gexf', gexf, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('articles read: 2501');
  const written = readFileSync(gexf, 'utf8');
  expect(written).toContain('label="Claude Code"');
  expect(written).toContain('label="ChatGPT"');
});
