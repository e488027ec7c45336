import { accessSync, chmodSync, constants, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJSON } from '../src/pipeline/export/json';
import { type KgResult, NOBODY, runKg, STACK_FRAME } from './cli-run-kg';

const scratch = mkdtempSync(join(tmpdir(), 'kg-bad-'));
const corpus = join(scratch, 'scraped news');
const unreadable = join(corpus, 'locked.txt');
afterAll(() => {
  chmodSync(unreadable, 0o644);
  rmSync(scratch, { recursive: true, force: true });
});

/** Root reads chmod-000 files, so as root the CLI runs as "nobody" to meet a file it cannot read. */
const runningAsRoot = process.getuid?.() === 0;

/** Whether the CLI's user can still read a chmod-000 file (a non-root user with extra capabilities). */
function cliCanStillRead(path: string): boolean {
  if (runningAsRoot) return false;
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

const SEED = 'data/articles/000_683722e577359491.txt';
let result: KgResult;

beforeAll(async () => {
  const nested = join(corpus, 'deep', 'Ünïcode café');
  mkdirSync(nested, { recursive: true });
  copyFileSync(SEED, join(nested, 'good article.txt'));
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'blank.md'), '  \n\t\n');
  writeFileSync(join(corpus, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
  writeFileSync(
    join(corpus, 'feed.jsonl'),
    [
      JSON.stringify({ id: 'feed-ok-1', text: 'Samsung has barred staff from using ChatGPT after a leak of internal code.' }),
      '{"id": "feed-broken", "text": ',
      JSON.stringify({ id: 'feed-ok-2', text: 'Google launched its Gemini model to compete with ChatGPT.' }),
    ].join('\n'),
  );
  mkdirSync(join(corpus, 'later'));
  writeFileSync(join(corpus, 'later', 'good article.txt'), 'Microsoft develops Copilot, a rival to ChatGPT.');
  writeFileSync(join(corpus, 'notes.pdf'), '%PDF-1.4');
  writeFileSync(unreadable, 'Baidu develops Ernie Bot.');
  chmodSync(unreadable, 0o000);
  symlinkSync('..', join(nested, 'loop'));
  writeFileSync(join(scratch, 'slides.pptx'), 'zip');

  chmodSync(scratch, 0o777);
  result = await runKg(
    ['build', corpus, join(scratch, 'slides.pptx'), '--gexf', join(scratch, 'g.gexf'), '--json', join(scratch, 'g.json')],
    runningAsRoot ? { uid: NOBODY } : {},
  );
});

describe('kg build on a folder of bad inputs', () => {
  it('still builds the graph from the good articles and exits 0', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    const ids = fromJSON(readFileSync(join(scratch, 'g.json'), 'utf8'))
      .getAttribute('articles')
      .map((article) => article.id);
    expect(ids).toEqual(expect.arrayContaining(['good article', 'feed-ok-1', 'feed-ok-2']));
    // The article read from the non-ASCII folder is the seed article, not the later duplicate.
    const graph = fromJSON(readFileSync(join(scratch, 'g.json'), 'utf8'));
    expect(graph.getAttribute('articles').find((a) => a.id === 'good article')?.text).toContain('Alibaba');
    expect(ids).not.toContain('feed-broken');
  });

  it('reports each bad input by name with the reason', () => {
    const reported = (pattern: string) => expect(result.stdout).toMatch(new RegExp(`^ {2}${pattern}`, 'm'));
    reported(`${corpus}/empty\\.txt: .*empty`);
    reported(`${corpus}/blank\\.md: `);
    reported(`${corpus}/photo\\.txt: .*binary`);
    reported(`${corpus}/feed\\.jsonl(:2)?: line 2: .*JSON`);
    reported(`${corpus}/deep/Ünïcode café/loop: symbolic link loop`);
    reported(`${scratch}/slides\\.pptx: unsupported file type '\\.pptx'`);
    // Two files named "good article.txt": the first in path order wins, the other is a duplicate.
    reported(`${corpus}/later/good article\\.txt: duplicate article id "good article" \\(first read from ${corpus}/deep/Ünïcode café/good article\\.txt\\)`);
    expect(result.stdout).toMatch(/^files with other extensions skipped in folders: 1$/m);
  });

  it('reports a file it has no permission to read', (context) => {
    if (cliCanStillRead(unreadable)) context.skip();
    expect(result.stdout).toContain(`${corpus}/locked.txt: permission denied`);
  });
});
