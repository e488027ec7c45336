import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKg, STACK_FRAME } from './cli-run-kg';

const scratch = mkdtempSync(join(tmpdir(), 'kg-misuse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('kg misuse: usage message, exit 2, no stack trace, nothing written', () => {
  it('rejects each misuse with a message that names it', { timeout: 120_000 }, async () => {
    const gexf = join(scratch, 'out.gexf');
    const cases: [string[], RegExp][] = [
      [['build', 'data/articles', '--gexf', gexf, '--colour', 'red'], /Unknown option '--colour'/],
      [['build', '--gexf', gexf], /no inputs given/],
      [['build', 'data/articles', '--gexf'], /--gexf <value>' argument missing/],
      [['build', 'data/articles', '--gexf', join(scratch, 'no such folder', 'g.gexf')], /folder .*no such folder does not exist/],
      [['build', 'data/articles', '--gexf', scratch], /is a folder; give a file name/],
      [['build', 'data/articles', '--gexf', gexf, '--json', join(scratch, 'missing', 'g.json')], /--json .*does not exist/],
      [['merge', 'records.jsonl', '--gexf', scratch], /is a folder/],
      [['compile', 'data/articles'], /unknown command 'compile'/],
    ];
    const results = await Promise.all(cases.map(([args]) => runKg(args)));
    results.forEach((result, i) => {
      const [args, message] = cases[i]!;
      const context = `kg ${args.join(' ')}\n${result.stderr}`;
      expect(result.status, context).toBe(2);
      expect(result.stderr, context).toMatch(message);
      expect(result.stderr, context).toMatch(/^usage:/m);
      expect(result.stderr, context).not.toMatch(STACK_FRAME);
      expect(result.stdout, context).toBe('');
    });
    expect(readdirSync(scratch)).toEqual([]);
    expect(existsSync(gexf)).toBe(false);
  });

  it('exits 1 and writes nothing when no article could be read', async () => {
    const empty = join(scratch, 'empty folder');
    mkdirSync(empty);
    writeFileSync(join(empty, 'blank.txt'), '   \n');
    const gexf = join(scratch, 'never.gexf');
    const result = await runKg(['build', empty, '--gexf', gexf, '--quiet']);
    rmSync(empty, { recursive: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^articles read: 0$/m);
    expect(result.stdout).toContain('blank.txt');
    expect(result.stderr).toContain('no articles could be read');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(gexf)).toBe(false);
  });

  it('documents commands, options, formats and exit codes in --help', async () => {
    const [overview, build] = await Promise.all([runKg(['--help']), runKg(['build', '--help'])]);
    expect(overview.status).toBe(0);
    for (const word of ['kg build', 'kg extract', 'kg merge', '.jsonl', '.html', 'Exit status']) {
      expect(overview.stdout).toContain(word);
    }
    expect(build.status).toBe(0);
    for (const flag of ['--gexf', '--json', '--workers', '--no-text', '--quiet']) expect(build.stdout).toContain(flag);
  });
});
