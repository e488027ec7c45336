import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { overlappingPairs } from '../src/pipeline/export/no-overlap';
import { createKnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import { layoutGraph } from '../src/pipeline/graph/layout';
import { syntheticGraph } from '../src/pipeline/graph/synthetic-graph';
import { REPO_ROOT, runKg } from './cli-run-kg';
import { checkGexfUnavailable, CHECK_GEXF } from './fixtures/check-gexf';
import { gephiList } from './fixtures/gephi-list';

// GEXF as the real readers take it (issue 9): Gephi keeps parallel edges apart by `kind`, splits
// list items its own way and draws viz:size in position units; NetworkX before 3.6 reads only
// the 1.2draft namespace.

const out = mkdtempSync(join(tmpdir(), 'newsgraph-gexf-readers-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function buildSeeds(extra: string[] = []): Promise<string> {
  const file = join(out, `seeds${extra.join('')}.gexf`);
  const run = await runKg(['build', join(REPO_ROOT, 'data', 'articles'), '--gexf', file, '--quiet', ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(file, 'utf8');
}

interface Disc {
  x: number;
  y: number;
  r: number;
}

/** Node discs as the file states them: viz:position and viz:size. */
function discsOf(xml: string): Disc[] {
  return [...xml.matchAll(/<viz:size value="([^"]+)"\/>\s*<viz:position x="([^"]+)" y="([^"]+)"/g)].map((m) => ({ r: Number(m[1]), x: Number(m[2]), y: Number(m[3]) }));
}

describe('parallel edges: every edge has its relation as kind (GEXF 1.3)', () => {
  it('the seed graph: a kind on every edge, no two edges with the same source, target and kind', async () => {
    const xml = await buildSeeds();
    const edges = [...xml.matchAll(/<edge [^>]*>/g)].map((m) => m[0]);
    expect(edges.length).toBeGreaterThan(10);
    const triples = edges.map((e) => {
      const attr = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(e)?.[1];
      expect(attr('kind'), e).toBe(attr('label'));
      return `${attr('source')}|${attr('target')}|${attr('kind')}`;
    });
    expect(new Set(triples).size).toBe(triples.length);
    // Two relations between the same pair stay two edges (Alibaba develops and invests in Qwen).
    expect(edges.filter((e) => e.includes('source="alibaba" target="qwen"')).length).toBe(2);
  });
});

describe('list items survive every reader', () => {
  const items = ['Tab\there', 'New\nline', 'Return\rhere', 'Quote " inside', 'Comma, inside', '[Bracket]', 'Back\\slash', 'Emoji 🤖', '中文名称'];
  const graph = createKnowledgeGraph();
  graph.addNode('n', { label: 'N', type: 'company', aliases: items, mentions: 1, articles: ['a'], tally: { labels: { N: 1 }, types: { company: 1 } }, color: '#0072b2', size: 5, x: 0, y: 0 });
  const xml = toGexf(graph);

  it('our reader gives the items back exactly', () => {
    expect(fromGexf(xml).getNodeAttribute('n', 'aliases')).toEqual(items);
  });

  it('a reader that splits lists as Gephi does gives them back exactly', () => {
    const value = /<attvalue for="aliases" value='([^']*)'/.exec(xml)![1]!;
    const decoded = value.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(gephiList(decoded)).toEqual(items);
  });

  it.skipIf(checkGexfUnavailable !== undefined && !process.env.CI)('NetworkX (an independent XML parser) gives a value that splits back into the items', () => {
    const file = join(out, 'lists.gexf');
    writeFileSync(file, xml);
    const check = spawnSync(CHECK_GEXF, [file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const read = spawnSync('/usr/bin/python3', ['-c', 'import json,sys,networkx as nx\nfrom networkx.readwrite import gexf\ngexf.GEXF.versions["1.3"] = dict(gexf.GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")\nprint(json.dumps(nx.read_gexf(sys.argv[1]).nodes["n"]["aliases"]))', file], { encoding: 'utf8' });
    expect(read.status, read.stderr).toBe(0);
    expect(gephiList(JSON.parse(read.stdout) as string)).toEqual(items);
  });
});

describe('node discs do not overlap where Gephi draws viz:size in position units', () => {
  it('the seed GEXF: no two discs overlap (distance between centres ≥ sum of radii)', async () => {
    const discs = discsOf(await buildSeeds());
    expect(discs.length).toBe(21);
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y), `discs ${i} and ${j}`).toBeGreaterThanOrEqual(a.r + b.r - 1e-3);
      }
    }
  });

  it('a 10,000-node synthetic graph: fewer than 1 % of the nodes overlap another', () => {
    const graph = syntheticGraph(10_000);
    layoutGraph(graph);
    const discs = discsOf(toGexf(graph));
    expect(discs.length).toBe(10_000);
    expect(overlappingPairs(discs)).toBeLessThan(100);
  });
});

describe('--gexf-version 1.2, for NetworkX before 3.6', () => {
  it.skipIf(checkGexfUnavailable !== undefined && !process.env.CI)('plain networkx.read_gexf (Debian python3-networkx) reads counts, colours, sizes and positions; the 1.2 schema validates it', async () => {
    const xml = await buildSeeds(['--gexf-version', '1.2']);
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain('version="1.2"');
    expect(xml).not.toContain(' kind="');
    const file = join(out, 'seeds12.gexf');
    writeFileSync(file, xml);
    const check = spawnSync(CHECK_GEXF, ['--strict-networkx', file], { encoding: 'utf8' });
    const [nodes, edges] = [(xml.match(/<node /g) ?? []).length, (xml.match(/<edge /g) ?? []).length];
    expect(nodes).toBe(21);
    expect(check.stdout.trim().split('\n').pop(), check.stdout + check.stderr).toBe(`check-gexf: ok nodes=${nodes} edges=${edges}`);
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_gexf(sys.argv[1])',
      'n = g.nodes["alibaba"]["viz"]',
      'print(json.dumps({"version": nx.__version__, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "color": n["color"], "size": n["size"], "position": n["position"]}))',
    ].join('\n');
    const read = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    expect(read.status, read.stderr).toBe(0);
    const seen = JSON.parse(read.stdout) as { nodes: number; edges: number; color: { r: number; g: number; b: number }; size: number; position: { x: number; y: number } };
    expect([seen.nodes, seen.edges]).toEqual([nodes, edges]);
    const alibaba = /<node id="alibaba"[\s\S]*?<viz:color r="(\d+)" g="(\d+)" b="(\d+)"\/>\s*<viz:size value="([^"]+)"\/>\s*<viz:position x="([^"]+)" y="([^"]+)"/.exec(xml)!;
    expect(seen.color).toMatchObject({ r: Number(alibaba[1]), g: Number(alibaba[2]), b: Number(alibaba[3]) });
    expect(seen.size).toBe(Number(alibaba[4]));
    expect(seen.position).toMatchObject({ x: Number(alibaba[5]), y: Number(alibaba[6]) });
  });
});
