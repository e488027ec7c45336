import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedArticlesJsonl, REPO_ROOT } from './cli-run-kg';

// Issue 12, part 6: an interrupt or a full disk while writing leaves the old outputs as they
// were (never a new GEXF beside an old JSON) and no temporary file behind.

const scratch = mkdtempSync(join(tmpdir(), 'kg-interrupt-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = (name: string) => join(scratch, name);
const LAUNCH = join(REPO_ROOT, 'src/cli/launch.mjs');

beforeAll(() => {
  // The bundled CLI (what `npm run kg` runs), built now so that the runs below only write outputs.
  expect(spawnSync(process.execPath, [LAUNCH, 'help'], { cwd: REPO_ROOT }).status).toBe(0);
  writeFileSync(out('corpus.jsonl'), generatedArticlesJsonl(3000));
});

const OLD = { gexf: 'old gexf\n', json: 'old json\n' };

function freshOutputs(folder: string): { gexf: string; json: string } {
  rmSync(folder, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', folder]);
  const paths = { gexf: join(folder, 'graph.gexf'), json: join(folder, 'graph.json') };
  writeFileSync(paths.gexf, OLD.gexf);
  writeFileSync(paths.json, OLD.json);
  return paths;
}

/** Both outputs old, or both new: never one of each. */
function expectConsistent(paths: { gexf: string; json: string }): void {
  const gexfOld = readFileSync(paths.gexf, 'utf8') === OLD.gexf;
  const jsonOld = readFileSync(paths.json, 'utf8') === OLD.json;
  expect(gexfOld).toBe(jsonOld);
}

describe('interrupted and failed writes', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while the outputs are being written: old outputs kept, no temporary file left`, async () => {
      const folder = out(signal);
      const paths = freshOutputs(folder);
      const child = spawn(process.execPath, [LAUNCH, 'build', out('corpus.jsonl'), '--gexf', paths.gexf, '--json', paths.json, '--quiet'], {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      });
      // Freeze the run the moment its first temporary file appears, then interrupt it there.
      let caught = false;
      const watcher = watch(folder, (_event, name) => {
        if (caught || !String(name).endsWith('.tmp')) return;
        caught = true;
        child.kill('SIGSTOP');
        child.kill(signal);
        child.kill('SIGCONT');
      });
      const [status, killedBy] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
      watcher.close();
      expect(caught).toBe(true);
      expect(killedBy).toBe(signal);
      expect(status).toBeNull();
      expect(readdirSync(folder).sort()).toEqual(['graph.gexf', 'graph.json']);
      expect(readFileSync(paths.gexf, 'utf8')).toBe(OLD.gexf);
      expect(readFileSync(paths.json, 'utf8')).toBe(OLD.json);
    }, 120_000);
  }

  it('a file-size limit hit while writing the JSON replaces neither output and says which file failed', () => {
    const sizes = freshOutputs(out('sizes'));
    const normal = spawnSync(process.execPath, [LAUNCH, 'build', 'data/articles', '--gexf', sizes.gexf, '--json', sizes.json, '--quiet'], { cwd: REPO_ROOT });
    expect(normal.status, String(normal.stderr)).toBe(0);
    // A limit (in KiB blocks) above the GEXF's size and below the JSON's: the JSON write fails.
    const limit = Math.ceil(statSync(sizes.gexf).size / 1024) + 1;
    expect(statSync(sizes.json).size).toBeGreaterThan(limit * 1024);

    const paths = freshOutputs(out('full'));
    const run = spawnSync('bash', ['-c', `ulimit -f ${limit}; exec "$0" "$@"`, process.execPath, LAUNCH, 'build', 'data/articles', '--gexf', paths.gexf, '--json', paths.json, '--quiet'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`kg: error: cannot write ${paths.json}: file too large; no output was replaced\n`);
    expect(readdirSync(out('full')).sort()).toEqual(['graph.gexf', 'graph.json']);
    expectConsistent(paths);
    expect(readFileSync(paths.gexf, 'utf8')).toBe(OLD.gexf);
  });
});
