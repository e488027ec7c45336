import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kgCommand, kgNodeFlags } from '../bench/pipeline';

const REPO_ROOT = join(import.meta.dirname, '..');

describe('the bench starts kg as npm run kg does', () => {
  it("passes the kg script's Node flags before the launcher", () => {
    const script = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.kg!;
    const command = kgCommand(REPO_ROOT);
    const flags = kgNodeFlags(REPO_ROOT);
    expect(command.args).toEqual([...flags, join(REPO_ROOT, 'src/cli/launch.mjs')]);
    expect(`node ${[...flags, 'src/cli/launch.mjs'].join(' ')}`).toBe(script.trim().replace(/\s+/g, ' '));
  });

  it('starts a working kg with those flags', () => {
    const command = kgCommand(REPO_ROOT);
    const run = spawnSync(command.command, [...command.args, '--help'], { cwd: REPO_ROOT, encoding: 'utf8' });
    // A signal or a spawn error leaves status null: say which, with what kg printed.
    expect(run.status, `signal ${String(run.signal)}, error ${run.error?.message ?? 'none'}, stderr: ${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('kg build');
  });
});
