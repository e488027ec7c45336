import { describe, expect, it } from 'vitest';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { mergeGraphs } from '../src/pipeline/graph/merge-graphs';
import { syntheticRecords } from '../src/pipeline/graph/synthetic-graph';
import { summarizeGraph } from '../src/pipeline/graph/summary';
import type { ArticleRecord } from '../src/pipeline/types';
import { checkGexf, checkGexfUnavailable } from './fixtures/check-gexf';
import { article, claudeCodeCorpus } from './fixtures/records';

/** The Claude Code corpus with dates: a1 on July 1, a2 and a3 on July 3, a4 (the OpenAI claim) on July 5. */
function datedCorpus(): ArticleRecord[] {
  const dates = ['2026-07-01', '2026-07-03', '2026-07-03', '2026-07-05'];
  return claudeCodeCorpus().map((record, i) => ({ ...record, article: { ...record.article, date: dates[i] } }));
}

describe('dates flow from articles to nodes and edges', () => {
  const graph = buildGraph(datedCorpus());

  it('firstSeen and lastSeen are the earliest and latest dated article behind each element', () => {
    expect(graph.getEdgeAttributes('anthropic->develops->claude-code')).toMatchObject({ firstSeen: '2026-07-01', lastSeen: '2026-07-03' });
    expect(graph.getEdgeAttributes('openai->develops->claude-code')).toMatchObject({ firstSeen: '2026-07-05', lastSeen: '2026-07-05' });
    expect(graph.getNodeAttributes('claude-code')).toMatchObject({ firstSeen: '2026-07-01', lastSeen: '2026-07-05' });
    expect(graph.getNodeAttributes('openai')).toMatchObject({ firstSeen: '2026-07-05', lastSeen: '2026-07-05' });
  });

  it('edges count their supporting sentences per date, nodes their articles per date', () => {
    const edge = graph.getEdgeAttributes('anthropic->develops->claude-code');
    const perDate = Object.values(edge.supportByDate ?? {}).reduce((sum, n) => sum + n, 0);
    expect(perDate).toBe(edge.weight);
    expect(Object.keys(edge.supportByDate ?? {})).toEqual(['2026-07-01', '2026-07-03']);
    const node = graph.getNodeAttributes('claude-code');
    expect(node.articlesByDate).toEqual({ '2026-07-01': 1, '2026-07-03': 2, '2026-07-05': 1 });
    // Each dated article paired with its date: no item depends on its position in another list.
    expect(node.articleDates).toEqual(['2026-07-01 a1', '2026-07-03 a2', '2026-07-03 a3', '2026-07-05 a4']);
  });

  it('an element only undated articles support has no dates; undated articles count apart in the summary', () => {
    const records = datedCorpus();
    const undated = article('u1', ['Google develops Gemini.'], [
      { key: 'google', label: 'Google', type: 'company' },
      { key: 'gemini', label: 'Gemini', type: 'model' },
    ], [{ source: 'google', relation: 'develops', target: 'gemini', sentence: 0 }]);
    const mixed = buildGraph([...records, undated]);
    expect(mixed.getEdgeAttribute('google->develops->gemini', 'firstSeen')).toBeUndefined();
    expect(mixed.getNodeAttribute('gemini', 'articlesByDate')).toBeUndefined();
    expect(summarizeGraph(mixed).dates).toEqual({ first: '2026-07-01', last: '2026-07-05', dated: 4, undated: 1 });
  });

  it('dates survive JSON and GEXF and a merge of GEXF-read graphs, exactly', () => {
    const [a1, a2, a3, a4] = datedCorpus() as [ArticleRecord, ArticleRecord, ArticleRecord, ArticleRecord];
    expect(toJSON(fromJSON(toJSON(graph)))).toBe(toJSON(graph));
    const viaGexf = mergeGraphs([fromGexf(toGexf(buildGraph([a1, a4]))), fromGexf(toGexf(buildGraph([a2, a3])))]);
    expect(toGexf(viaGexf)).toBe(toGexf(graph));
    expect(fromGexf(toGexf(graph)).getAttribute('articles').map((a) => a.date)).toEqual(['2026-07-01', '2026-07-03', '2026-07-03', '2026-07-05']);
  });
});

describe('dynamic GEXF', () => {
  it('with dates: mode="dynamic", timeformat="date", a start on each dated node and edge', () => {
    const xml = toGexf(buildGraph(datedCorpus()));
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(xml).toMatch(/<node id="openai" label="OpenAI" start="2026-07-05">/);
    expect(xml).toMatch(/<edge id="openai-&gt;develops-&gt;claude-code" [^>]* start="2026-07-05">/);
  });

  it('without dates: static, as before', () => {
    const xml = toGexf(buildGraph(claudeCodeCorpus()));
    expect(xml).toContain('mode="static"');
    expect(xml).not.toContain('timeformat');
    expect(xml).not.toContain(' start="');
  });

  it.skipIf(checkGexfUnavailable !== undefined && !process.env.CI)('validates against the official 1.3 and 1.2draft schemas and NetworkX reads it (check-gexf)', () => {
    const graph = buildGraph(datedCorpus());
    for (const version of ['1.3', '1.2'] as const) {
      const check = checkGexf(toGexf(graph, { version }));
      expect(check.verdict, check.output).toBe(`check-gexf: ok nodes=${graph.order} edges=${graph.size}`);
    }
  });
});

describe('communities and centrality', () => {
  const records = syntheticRecords(300, 7);

  it('are the same for the same input in any order, through any merge', () => {
    const forward = buildGraph(records);
    const backward = buildGraph([...records].reverse());
    const merged = mergeGraphs([buildGraph(records.slice(150)), buildGraph(records.slice(0, 150))]);
    const metrics = (graph: typeof forward): string =>
      JSON.stringify(graph.nodes().sort().map((node) => [node, graph.getNodeAttribute(node, 'community'), graph.getNodeAttribute(node, 'pagerank'), graph.getNodeAttribute(node, 'degree')]));
    expect(metrics(backward)).toBe(metrics(forward));
    expect(metrics(merged)).toBe(metrics(forward));
    expect(toJSON(backward)).toBe(toJSON(forward));
  });

  it('find the groups of a graph made of two dense groups joined by one claim, largest first', () => {
    const entity = (key: string) => ({ key, label: key.toUpperCase(), type: 'company' as const });
    const left = ['a', 'b', 'c', 'd'];
    const right = ['x', 'y', 'z'];
    const sentences: string[] = [];
    const claims: { source: string; relation: 'competes_with'; target: string; sentence: number }[] = [];
    for (const group of [left, right]) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          claims.push({ source: group[i]!, relation: 'competes_with', target: group[j]!, sentence: sentences.length });
          sentences.push(`${group[i]} competes with ${group[j]}.`);
        }
      }
    }
    claims.push({ source: 'd', relation: 'competes_with', target: 'x', sentence: sentences.length });
    sentences.push('d competes with x.');
    const graph = buildGraph([article('g', sentences, [...left, ...right].map(entity), claims)]);
    const community = (node: string): number => graph.getNodeAttribute(node, 'community')!;
    expect(left.map(community)).toEqual([0, 0, 0, 0]);
    expect(right.map(community)).toEqual([1, 1, 1]);
    expect(graph.getNodeAttribute('d', 'degree')).toBe(4);
  });

  it('PageRank favours what claims point at, and sums to 1', () => {
    const graph = buildGraph(claudeCodeCorpus());
    const rank = (node: string): number => graph.getNodeAttribute(node, 'pagerank')!;
    expect(rank('claude-code')).toBeGreaterThan(rank('alibaba'));
    const total = graph.reduceNodes((sum, _node, attributes) => sum + attributes.pagerank!, 0);
    expect(total).toBeCloseTo(1, 4);
  });

  it('are written to JSON and GEXF and read back; a file without them gets them computed on reading', () => {
    const graph = buildGraph(claudeCodeCorpus());
    const back = fromGexf(toGexf(graph));
    expect(back.getNodeAttribute('claude-code', 'pagerank')).toBe(graph.getNodeAttribute('claude-code', 'pagerank'));
    expect(back.getNodeAttribute('claude-code', 'community')).toBe(graph.getNodeAttribute('claude-code', 'community'));
    const old = JSON.parse(toJSON(graph)) as { nodes: { attributes: Record<string, unknown> }[] };
    for (const node of old.nodes) {
      delete node.attributes.community;
      delete node.attributes.pagerank;
      delete node.attributes.degree;
    }
    expect(toJSON(fromJSON(JSON.stringify(old)))).toBe(toJSON(graph));
  });
});
