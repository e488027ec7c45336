import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT, runKg } from './cli-run-kg';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gexf-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a GEXF the CLI wrote, read back by "kg merge", gives the same GEXF byte for byte', async () => {
  const first = join(dir, 'first.gexf');
  const again = join(dir, 'again.gexf');
  const build = await runKg(['build', join(REPO_ROOT, 'data/articles'), '--gexf', first, '--quiet']);
  expect(build.status, build.stderr).toBe(0);
  const merge = await runKg(['merge', first, '--gexf', again, '--quiet']);
  expect(merge.status, merge.stderr).toBe(0);
  expect(merge.stdout).toMatch(/conflict: Claude Code develops/);
  expect(readFileSync(again, 'utf8')).toBe(readFileSync(first, 'utf8'));
});
