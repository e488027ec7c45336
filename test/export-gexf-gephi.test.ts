import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { PAIR_COLUMNS } from '../src/pipeline/export/gexf-edge-pairs';
import { toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { mergeGraphs } from '../src/pipeline/graph/merge-graphs';
import { EDGE_WIDTHS, NODE_SIZES } from '../src/pipeline/graph/style';
import { skewedRecords } from '../src/pipeline/graph/synthetic-graph';
import { EDGE_ATTRIBUTES, gexfColumns, NODE_ATTRIBUTES } from '../src/pipeline/schema/graph-attributes';
import { REPO_ROOT, runKg } from './cli-run-kg';
import { checkGexf, checkGexfUnavailable, CHECK_GEXF } from './fixtures/check-gexf';
import { gephiList } from './fixtures/gephi-list';

// Issue 19: GEXF that Gephi, Gephi Lite and NetworkX show as we mean it.

const out = mkdtempSync(join(tmpdir(), 'newsgraph-gexf-gephi-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const canCheck = checkGexfUnavailable === undefined || Boolean(process.env.CI);

async function build(input: string, name: string, extra: string[] = []): Promise<string> {
  const file = join(out, name);
  const run = await runKg(['build', input, '--gexf', file, '--quiet', ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return file;
}

function decodeXml(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every value of every liststring column in the file, with the column it is in. */
function listValues(xml: string): { column: string; value: string }[] {
  const listColumns = new Set([...xml.matchAll(/<attribute id="([^"]+)" title="[^"]*" type="liststring"\/>/g)].map((m) => m[1]!));
  return [...xml.matchAll(/<attvalue for="([^"]+)" value='([^']*)'\/>/g)].filter((m) => listColumns.has(m[1]!)).map((m) => ({ column: m[1]!, value: decodeXml(m[2]!) }));
}

function expectNoNullItems(xml: string): number {
  const values = listValues(xml);
  for (const { column, value } of values) expect(gephiList(value), `${column}: ${value}`).not.toContain(null);
  return values.length;
}

describe('no empty or null-spelled list items: Gephi reads every item as written', () => {
  it('the seed GEXF: undated articles are left out of articleDates, each date paired with its article', async () => {
    const xml = readFileSync(await build(join(REPO_ROOT, 'data', 'articles'), 'seeds.gexf'), 'utf8');
    expect(expectNoNullItems(xml)).toBeGreaterThan(50);
    const dates = listValues(xml).filter((v) => v.column === 'articledates');
    expect(dates.length).toBeGreaterThan(0);
    for (const { value } of dates) for (const item of gephiList(value)) expect(item).toMatch(/^\d{4}-\d{2}-\d{2} \S/);
  });

  it('articles named null.txt and "Null" survive our reader, kg merge and a Gephi-style list parser', async () => {
    const dir = join(out, 'null-corpus');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'null.txt'), 'OpenAI develops ChatGPT. Google competes with OpenAI.\n');
    writeFileSync(join(dir, 'news.json'), JSON.stringify([{ id: 'Null', date: '2026-07-02', text: 'OpenAI released ChatGPT to more users. OpenAI develops ChatGPT.' }]));
    const file = await build(dir, 'null.gexf', ['--json', join(out, 'null.json')]);
    const xml = readFileSync(file, 'utf8');
    expectNoNullItems(xml);
    const articles = listValues(xml).find((v) => v.column === 'articles')!;
    expect(gephiList(articles.value).map((item) => item!.trim())).toEqual(['Null', 'null']);

    const read = fromGexf(xml);
    expect(read.getNodeAttribute('openai', 'articles')).toEqual(['Null', 'null']);
    expect(read.getNodeAttribute('openai', 'articleDates')).toEqual(['2026-07-02 Null']);
    expect(read.getAttribute('articles').map((a) => [a.id, a.date])).toEqual([
      ['Null', '2026-07-02'],
      ['null', undefined],
    ]);
    // kg merge of the GEXF writes the same GEXF again, byte for byte.
    const again = join(out, 'null-again.gexf');
    const run = await runKg(['merge', file, '--gexf', again, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(xml);
  });

  it('items that are empty, spelled null in any case, or start with a space all come back exactly', () => {
    const graph = buildGraph(skewedRecords(4, 2));
    const items = ['', 'null', 'NULL', ' null', '  two spaces', 'fine'];
    graph.setNodeAttribute('entity-0', 'aliases', items);
    const xml = toGexf(graph);
    expectNoNullItems(xml);
    expect(fromGexf(xml).getNodeAttribute('entity-0', 'aliases')).toEqual(items);
  });
});

describe('column ids as Gephi makes them', () => {
  it('are lower case and unique per class, each titled with the attribute\'s name', () => {
    for (const columns of [gexfColumns(NODE_ATTRIBUTES), [...gexfColumns(EDGE_ATTRIBUTES), ...PAIR_COLUMNS]]) {
      for (const column of columns) expect(column.id).toBe(column.title.toLowerCase());
      expect(new Set(columns.map((c) => c.id)).size).toBe(columns.length);
    }
    expect(gexfColumns(NODE_ATTRIBUTES).find((c) => c.title === 'firstSeen')?.id).toBe('firstseen');
    expect(gexfColumns(EDGE_ATTRIBUTES).find((c) => c.id === 'support')?.type).toBe('integer');
  });
});

describe('older files still read and merge', () => {
  // As newsgraph wrote them before: camel-case column ids, the support count as the edge's
  // weight with viz:thickness for its width, dates aligned with the articles ('' undated).
  const old = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="mentions" title="mentions" type="integer"/>
      <attribute id="articles" title="articles" type="liststring"/>
      <attribute id="firstSeen" title="firstSeen" type="string"/>
      <attribute id="articleDates" title="articleDates" type="liststring"/>
    </attributes>
    <attributes class="edge">
      <attribute id="relation" title="relation" type="string"/>
      <attribute id="articles" title="articles" type="liststring"/>
      <attribute id="conflictsWith" title="conflictsWith" type="liststring"/>
    </attributes>
    <nodes>
      <node id="openai" label="OpenAI" start="2026-07-05"><attvalues><attvalue for="type" value="company"/><attvalue for="mentions" value="3"/><attvalue for="articles" value='["a1", "a2"]'/><attvalue for="firstSeen" value="2026-07-05"/><attvalue for="articleDates" value='["", "2026-07-05"]'/></attvalues><viz:size value="12"/></node>
      <node id="chatgpt" label="ChatGPT"><attvalues><attvalue for="type" value="product"/><attvalue for="mentions" value="2"/><attvalue for="articles" value='["a1"]'/></attvalues><viz:size value="9"/></node>
    </nodes>
    <edges>
      <edge id="openai-&gt;develops-&gt;chatgpt" source="openai" target="chatgpt" kind="develops" label="develops" weight="3"><attvalues><attvalue for="relation" value="develops"/><attvalue for="articles" value='["a1"]'/><attvalue for="conflictsWith" value='["x"]'/></attvalues><viz:thickness value="2.5"/></edge>
    </edges>
  </graph>
</gexf>`;

  it('reads the support from weight, the width from thickness, camel-case columns and aligned dates', () => {
    const graph = fromGexf(old);
    expect(graph.getNodeAttribute('openai', 'firstSeen')).toBe('2026-07-05');
    expect(graph.getAttribute('articles').map((a) => [a.id, a.date])).toEqual([
      ['a1', undefined],
      ['a2', '2026-07-05'],
    ]);
    expect(graph.getEdgeAttributes('openai->develops->chatgpt')).toMatchObject({ weight: 3, size: 2.5, conflictsWith: ['x'] });
  });

  it('is written again in the current form, directly or merged: support as a column, dates paired, lower-case ids', () => {
    const xml = toGexf(fromGexf(old));
    expect(xml).toContain(`<attvalue for="support" value='3'/>`);
    expect(xml).toMatch(/weight="2.5"/);
    for (const again of [xml, toGexf(mergeGraphs([fromGexf(old)]))]) {
      expect(again).toContain(`<attvalue for="articledates" value='["2026-07-05 a2"]'/>`);
      expect(again).not.toMatch(/for="[^"]*[A-Z]/);
      expectNoNullItems(again);
    }
    expect(toJSON(fromGexf(xml))).toBe(toJSON(fromGexf(old)));
  });
});

/** For a test that runs several `kg` processes in turn: each takes 5 to 40 s on a busy 2-core machine. */
const KG_PROCESSES_TIMEOUT = 180_000;

describe('GEXF 1.2: one edge per pair of entities, every claim kept', () => {
  it('the seed graph: one edge per source and target, Alibaba → Qwen carrying both relations; kg merge reads it back to the 1.3 graph', async () => {
    const articles = join(REPO_ROOT, 'data', 'articles');
    const [v13, v12] = [await build(articles, 'pairs13.gexf'), await build(articles, 'pairs12.gexf', ['--gexf-version', '1.2'])];
    const xml = readFileSync(v12, 'utf8');
    const edges = [...xml.matchAll(/<edge [^>]*>/g)].map((m) => m[0]);
    const pairs = edges.map((e) => /source="([^"]*)" target="([^"]*)"/.exec(e)!.slice(1).join('→'));
    expect(new Set(pairs).size).toBe(pairs.length);
    const alibaba = /<edge [^>]*source="alibaba" target="qwen"[^>]*>[\s\S]*?<\/edge>/.exec(xml)![0];
    expect(alibaba).toContain('label="develops, invests_in"');
    expect(alibaba).toContain(`<attvalue for="relations" value='["develops", "invests_in"]'/>`);
    expectNoNullItems(xml);
    // Fewer edges than claims, and kg merge of each file gives the same graph, byte for byte.
    expect(edges.length).toBeLessThan((readFileSync(v13, 'utf8').match(/<edge /g) ?? []).length);
    for (const [file, json] of [
      [v13, 'merged13.json'],
      [v12, 'merged12.json'],
    ] as const) {
      const run = await runKg(['merge', file, '--gexf', join(out, `${json}.gexf`), '--json', join(out, json), '--quiet']);
      expect(run.status, run.stderr).toBe(0);
    }
    expect(readFileSync(join(out, 'merged12.json'), 'utf8')).toBe(readFileSync(join(out, 'merged13.json'), 'utf8'));
    // Four `kg` processes: at load 8 to 12 on a 2-core machine they took over 60 s (stop 81's first fresh-clone run).
  }, KG_PROCESSES_TIMEOUT);

  it.skipIf(!canCheck)('NetworkX 2.8 (strict, no 1.3) reads the 1.2 file, and its relations lists give the claims of the 1.3 file', async () => {
    const articles = join(REPO_ROOT, 'data', 'articles');
    const [v13, v12] = [await build(articles, 'nx13.gexf'), await build(articles, 'nx12.gexf', ['--gexf-version', '1.2'])];
    const check = spawnSync(CHECK_GEXF, ['--strict-networkx', v12], { encoding: 'utf8' });
    expect(check.stdout.trim().split('\n').pop(), check.stdout + check.stderr).toMatch(/^check-gexf: ok /);
    const script = 'import json, sys, networkx as nx\ng = nx.read_gexf(sys.argv[1])\nprint(json.dumps([[u, v, d["relations"]] for u, v, d in g.edges(data=True)]))';
    const read = spawnSync('/usr/bin/python3', ['-c', script, v12], { encoding: 'utf8' });
    expect(read.status, read.stderr).toBe(0);
    const fromNetworkx = (JSON.parse(read.stdout) as [string, string, string][]).flatMap(([u, v, relations]) => gephiList(relations).map((r) => `${u} ${r} ${v}`));
    const from13 = [...readFileSync(v13, 'utf8').matchAll(/<edge [^>]*source="([^"]*)" target="([^"]*)" kind="([^"]*)"/g)].map((m) => `${m[1]} ${m[3]} ${m[2]}`);
    expect(fromNetworkx.sort()).toEqual(from13.sort());
  }, KG_PROCESSES_TIMEOUT);
});

describe('sizes and widths carry information at any scale', () => {
  const graph = buildGraph(skewedRecords());
  const xml = toGexf(graph);
  const sizes = [...xml.matchAll(/<viz:size value="([^"]+)"\/>/g)].map((m) => Number(m[1]));
  const weights = [...xml.matchAll(/<edge [^>]* weight="([^"]+)"/g)].map((m) => Number(m[1]));

  it('a corpus whose mentions span two orders of magnitude: node sizes and edge weights spread over their whole range', () => {
    const mentions = graph.mapNodes((_n, a) => a.mentions);
    expect(Math.max(...mentions) / Math.min(...mentions)).toBeGreaterThanOrEqual(100);
    expect(sizes).toHaveLength(graph.order);
    expect([Math.min(...sizes), Math.max(...sizes)]).toEqual([NODE_SIZES.min, NODE_SIZES.max]);
    expect(new Set(sizes).size).toBeGreaterThan(graph.order / 2);
    // Not bunched at either end: the middle half of the range holds a good share of the nodes.
    const span = NODE_SIZES.max - NODE_SIZES.min;
    expect(sizes.filter((s) => s > NODE_SIZES.min + span / 4 && s < NODE_SIZES.max - span / 4).length).toBeGreaterThanOrEqual(graph.order / 4);
    expect(weights).toHaveLength(graph.size);
    expect([Math.min(...weights), Math.max(...weights)]).toEqual([EDGE_WIDTHS.min, EDGE_WIDTHS.max]);
    expect(new Set(weights).size).toBeGreaterThanOrEqual(10);
  });

  it('bigger counts draw bigger; the raw count stays as `support`; no edge weight exceeds the smallest node size', () => {
    expect(Math.max(...weights)).toBeLessThanOrEqual(Math.min(...sizes));
    const supports = [...xml.matchAll(/<attvalue for="support" value='(\d+)'\/>/g)].map((m) => Number(m[1]));
    expect(supports.sort((a, b) => a - b)).toEqual(graph.mapEdges((_e, a) => a.weight).sort((a, b) => a - b));
    const edges = graph.mapEdges((_e, a) => [a.weight, a.size] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < edges.length; i++) expect(edges[i]![1]).toBeGreaterThanOrEqual(edges[i - 1]![1]);
    const nodes = graph.mapNodes((_n, a) => [a.mentions, a.size] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i]![1]).toBeGreaterThanOrEqual(nodes[i - 1]![1]);
  });

  it.skipIf(!canCheck)('check-gexf passes on it in 1.3 and 1.2', () => {
    for (const version of ['1.3', '1.2'] as const) {
      const result = checkGexf(toGexf(graph, { version }));
      expect(result.verdict, result.output).toMatch(/^check-gexf: ok nodes=20 edges=\d+$/);
    }
  });
});
