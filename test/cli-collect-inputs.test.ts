import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../src/cli/collect-inputs';

const root = mkdtempSync(join(tmpdir(), 'kg-collect-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isText = (path: string) => path.endsWith('.txt') || path.endsWith('.jsonl');

function tree(): string {
  const dir = join(root, 'corpus');
  mkdirSync(join(dir, 'b', 'deeper'), { recursive: true });
  mkdirSync(join(dir, 'a ü'), { recursive: true });
  writeFileSync(join(dir, 'b', 'deeper', 'z.txt'), 'z');
  writeFileSync(join(dir, 'b', 'y.txt'), 'y');
  writeFileSync(join(dir, 'a ü', 'x.txt'), 'x');
  writeFileSync(join(dir, 'a ü', 'feed.jsonl'), '{}');
  writeFileSync(join(dir, 'a ü', 'photo.png'), 'png');
  writeFileSync(join(dir, 'README'), 'no extension');
  symlinkSync('..', join(dir, 'b', 'deeper', 'up'));
  symlinkSync(join(dir, 'b', 'y.txt'), join(dir, 'y-again.txt'));
  symlinkSync('missing.txt', join(dir, 'dangling.txt'));
  return dir;
}

describe('collectInputs', () => {
  const dir = tree();

  it('walks folders recursively in path order, skipping other extensions, loops and second links', async () => {
    const collected = await collectInputs([dir], isText);
    expect(collected.files).toEqual([
      join(dir, 'a ü', 'feed.jsonl'),
      join(dir, 'a ü', 'x.txt'),
      join(dir, 'b', 'deeper', 'z.txt'),
      join(dir, 'b', 'y.txt'),
    ]);
    expect(collected.unsupportedSkipped).toBe(2);
    const messages = collected.problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/deeper\/up: symbolic link loop/));
    expect(messages).toContainEqual(expect.stringMatching(/dangling\.txt: no such file or folder/));
  });

  it('gives the same list whatever the order of the arguments', async () => {
    const forward = await collectInputs([join(dir, 'a ü'), join(dir, 'b')], isText);
    const backward = await collectInputs([join(dir, 'b'), join(dir, 'a ü'), join(dir, 'b')], isText);
    expect(backward).toEqual(forward);
  });

  it('reports missing paths and explicitly named files of other types by name', async () => {
    const collected = await collectInputs([join(dir, 'a ü', 'photo.png'), join(dir, 'README'), join(root, 'nope')], isText);
    expect(collected.files).toEqual([]);
    expect(collected.problems.map((p) => p.message)).toEqual([
      'no file extension, so the format is unknown; skipped',
      "unsupported file type '.png', skipped",
      'no such file or folder, skipped',
    ]);
  });
});
