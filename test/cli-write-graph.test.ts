import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGexf } from '../src/pipeline/export/gexf';
import { jsonChunks, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { layoutGraph } from '../src/pipeline/graph/layout';
import { syntheticGraph } from '../src/pipeline/graph/synthetic-graph';
import type { KnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import type { CommandOptions } from '../src/cli/args';
import { writeGraph } from '../src/cli/write-graph';
import { claudeCodeCorpus } from './fixtures/records';

function options(folder: string): CommandOptions {
  return {
    command: 'build',
    inputs: [],
    gexf: join(folder, 'graph.gexf'),
    gexfVersion: '1.3',
    json: join(folder, 'graph.json'),
    keepText: true,
    quiet: true,
    debug: false,
    help: false,
  };
}

describe('writeGraph streams the same bytes as toGexf and toJSON', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-write-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const cases: [string, () => KnowledgeGraph][] = [
    ['the seed-like corpus, with texts and mentions', () => buildGraph(claudeCodeCorpus())],
    // Over a thousand nodes, edges and articles: several chunks of each, and unicode-free ids.
    ['a synthetic graph of 2,500 nodes (several chunks)', () => syntheticGraph(2500)],
    ['an empty graph', () => buildGraph([])],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const graph = make();
      if (graph.order > 0) layoutGraph(graph, { iterations: 2 });
      const written = await writeGraph(graph, options(folder));
      expect(written).toEqual([join(folder, 'graph.gexf'), join(folder, 'graph.json')]);
      expect(await readFile(join(folder, 'graph.gexf'), 'utf8')).toBe(toGexf(graph));
      expect(await readFile(join(folder, 'graph.json'), 'utf8')).toBe(toJSON(graph));
      // No temporary file is left behind.
      expect((await readdir(folder)).sort()).toEqual(['graph.gexf', 'graph.json']);
    });
  }

  it('writes what holds no position while the layout runs, and the positions it gives', async () => {
    const graph = buildGraph(claudeCodeCorpus());
    const expected = graph.copy();
    layoutGraph(expected, { iterations: 20 });
    let placedYet = false;
    const placed = new Promise<void>((resolve) =>
      setTimeout(() => {
        layoutGraph(graph, { iterations: 20 });
        placedYet = true;
        resolve();
      }, 50),
    );
    const writing = writeGraph(graph, options(folder), undefined, placed);
    expect(placedYet).toBe(false);
    await writing;
    expect(await readFile(join(folder, 'graph.gexf'), 'utf8')).toBe(toGexf(expected));
    expect(await readFile(join(folder, 'graph.json'), 'utf8')).toBe(toJSON(expected));
  });

  it('jsonChunks yields more than one piece for a large graph', () => {
    expect([...jsonChunks(syntheticGraph(2500))].length).toBeGreaterThan(3);
  });
});
