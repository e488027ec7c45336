import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputsTogether } from '../src/cli/output-files';

/** Pieces that note in `log` when they are read, and can fail after some. */
function* pieces(name: string, count: number, log: string[], failAt?: number): Generator<string> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error(`${name} broke`);
    log.push(`${name} ${i}`);
    yield `${name}:${i}\n`.repeat(2000);
  }
}

function expected(...parts: [string, number][]): string {
  return parts.map(([name, count]) => Array.from({ length: count }, (_, i) => `${name}:${i}\n`.repeat(2000)).join('')).join('');
}

describe('outputs written in sections, some waiting for the layout', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-sections-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes what waits for nothing first, in every output, and each file in section order', async () => {
    const log: string[] = [];
    let release!: () => void;
    const placed = new Promise<void>((resolve) => (release = resolve));
    const writing = writeOutputsTogether([
      { path: join(folder, 'a.gexf'), sections: [{ chunks: pieces('nodes', 3, log), waitsFor: placed }, { chunks: pieces('edges', 40, log) }] },
      { path: join(folder, 'a.json'), sections: [{ chunks: pieces('articles', 40, log) }, { chunks: pieces('jsonNodes', 3, log), waitsFor: placed }] },
    ]);
    // Everything that waits for nothing is read while the layout still runs.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log.filter((line) => line.startsWith('edges')).length).toBe(40);
    expect(log.filter((line) => line.startsWith('articles')).length).toBe(40);
    expect(log.some((line) => line.startsWith('nodes') || line.startsWith('jsonNodes'))).toBe(false);
    release();
    await writing;
    expect(await readFile(join(folder, 'a.gexf'), 'utf8')).toBe(expected(['nodes', 3], ['edges', 40]));
    expect(await readFile(join(folder, 'a.json'), 'utf8')).toBe(expected(['articles', 40], ['jsonNodes', 3]));
    expect((await readdir(folder)).sort()).toEqual(['a.gexf', 'a.json']);
  });

  it('keeps both old files and leaves no temporary file when a section set aside fails', async () => {
    await writeFile(join(folder, 'b.gexf'), 'old gexf');
    await writeFile(join(folder, 'b.json'), 'old json');
    const log: string[] = [];
    const failure = writeOutputsTogether([
      { path: join(folder, 'b.gexf'), sections: [{ chunks: pieces('nodes', 3, log), waitsFor: Promise.resolve() }, { chunks: pieces('edges', 40, log, 30) }] },
      { path: join(folder, 'b.json'), sections: [{ chunks: pieces('articles', 4, log) }] },
    ]);
    await expect(failure).rejects.toThrow(`cannot write ${join(folder, 'b.gexf')}: edges broke; no output was replaced`);
    expect(await readFile(join(folder, 'b.gexf'), 'utf8')).toBe('old gexf');
    expect(await readFile(join(folder, 'b.json'), 'utf8')).toBe('old json');
    expect((await readdir(folder)).filter((name) => name.startsWith('b.')).sort()).toEqual(['b.gexf', 'b.json']);
  });
});
