import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runKg } from './cli-run-kg';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-binary-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('an image renamed .jsonl is one "binary file" problem, and control characters never reach the terminal', async () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0]);
  writeFileSync(join(dir, 'picture.jsonl'), png);
  writeFileSync(join(dir, 'escapes.jsonl'), 'a line of ordinary words that is not JSON at all\n\u001b[31mred text\n');
  writeFileSync(join(dir, 'good.jsonl'), `${JSON.stringify({ id: 'ok', text: 'Samsung has barred staff from using ChatGPT.' })}\n`);
  const run = await runKg(['build', dir, '--gexf', join(dir, 'out.gexf'), '--workers', '1']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('articles read: 1');
  expect(run.stdout.match(/picture\.jsonl/g)).toHaveLength(1);
  expect(run.stdout).toContain('picture.jsonl: binary file (PNG image), skipped');
  expect(run.stdout).toContain('escapes.jsonl: line 2: not valid JSON');
  // eslint-disable-next-line no-control-regex
  expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
});
