import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/explorer/app-state';
import { COLOR_MODES, SIZE_MODES } from '../../src/explorer/appearance';
import { DEFAULT_SIZE_SCALE, NODE_SIZES } from '../../src/pipeline/graph/style';
import { computeFilteredView, NO_FILTERS } from '../../src/explorer/filtered-view';
import { shortestPaths } from '../../src/explorer/paths';
import { timelineOf } from '../../src/explorer/time-bins';
import { claimsCsv, nodesCsv } from '../../src/pipeline/export/csv';
import { buildGraph } from '../../src/pipeline/graph/build-graph';
import { claimRows } from '../../src/pipeline/graph/claim-rows';
import type { ArticleRecord } from '../../src/pipeline/types';
import { fixtureRecord, type FixtureEntity } from './fixture-graph';

const company = (key: string): FixtureEntity => ({ key, label: key.toUpperCase(), type: 'company' });

function dated(record: ArticleRecord, date: string | undefined, url?: string): ArticleRecord {
  return { ...record, article: { ...record.article, ...(date && { date }), ...(url && { url }) } };
}

/**
 * A story over three dates: A develops P (June 1), B bans P (June 10), C develops P (July 1:
 * the rival claim, a conflict) and, undated, D competes with A.
 */
function story() {
  const p: FixtureEntity = { key: 'p', label: 'P', type: 'product' };
  return buildGraph([
    dated(fixtureRecord('s1', [company('a'), p], [['a', 'develops', 'p']]), '2026-06-01', 'https://www.one.test/x'),
    dated(fixtureRecord('s2', [company('b'), p], [['b', 'banned', 'p', 2]]), '2026-06-10', 'https://two.test/y'),
    dated(fixtureRecord('s3', [company('c'), p], [['c', 'develops', 'p']]), '2026-07-01', 'https://one.test/z'),
    dated(fixtureRecord('s4', [company('d'), company('a')], [['d', 'competes_with', 'a']]), undefined),
  ]);
}

describe('shortest paths', () => {
  // A diamond A–B–D, A–C–D (one edge pointing back), and a longer way A–E–F–D.
  const entities = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(company);
  const graph = buildGraph([
    fixtureRecord('p', entities, [
      ['a', 'invests_in', 'b'],
      ['b', 'invests_in', 'd'],
      ['c', 'invests_in', 'a'],
      ['c', 'partners_with', 'd'],
      ['a', 'invests_in', 'e'],
      ['e', 'invests_in', 'f'],
      ['f', 'invests_in', 'd'],
    ]),
  ]);
  const all = computeFilteredView(graph, NO_FILTERS);

  it('finds every shortest chain, either direction, in label order, each step with its claim', () => {
    const paths = shortestPaths(graph, all, 'a', 'd');
    expect(paths.map((p) => p.nodes)).toEqual([['a', 'b', 'd'], ['a', 'c', 'd']]);
    expect(paths[1]!.steps[0]!.edges).toEqual(['c->invests_in->a']);
  });

  it('goes round what the filters hide, and finds nothing between disconnected or hidden entities', () => {
    const noPartners = computeFilteredView(graph, { ...NO_FILTERS, hiddenRelations: new Set(['partners_with']) });
    expect(shortestPaths(graph, noPartners, 'a', 'd').map((p) => p.nodes)).toEqual([['a', 'b', 'd']]);
    expect(shortestPaths(graph, all, 'a', 'g')).toEqual([]);
    expect(shortestPaths(graph, all, 'a', 'a')).toEqual([]);
  });
});

describe('the timeline and the date range', () => {
  const graph = story();

  it('bins articles and first-stated claims by day, undated ones apart', () => {
    const timeline = timelineOf(graph);
    expect(timeline.unit).toBe('day');
    expect(timeline.bins).toHaveLength(31);
    expect(timeline.bins[0]).toMatchObject({ from: '2026-06-01', articles: 1, claims: 1 });
    expect(timeline.bins[9]).toMatchObject({ from: '2026-06-10', articles: 1, claims: 1 });
    expect(timeline.bins[30]).toMatchObject({ from: '2026-07-01', articles: 1, claims: 1 });
    expect([timeline.undatedArticles, timeline.undatedClaims]).toEqual([1, 1]);
  });

  it('long stories are binned by month', () => {
    const entities = [company('a'), company('b')];
    const long = buildGraph([
      dated(fixtureRecord('x', entities, [['a', 'sued', 'b']]), '2024-01-15'),
      dated(fixtureRecord('y', entities, [['a', 'acquired', 'b']]), '2025-03-02'),
    ]);
    const timeline = timelineOf(long);
    expect(timeline.unit).toBe('month');
    expect(timeline.bins.map((bin) => bin.label).slice(0, 2)).toEqual(['2024-01', '2024-02']);
    expect(timeline.bins[timeline.bins.length - 1]).toMatchObject({ from: '2025-03-01', to: '2025-03-31', claims: 1 });
  });

  it('a range shows only what was stated inside it, plus what undated articles state', () => {
    const june = computeFilteredView(graph, { ...NO_FILTERS, dateRange: { from: '2026-06-01', to: '2026-06-30' } });
    expect([...june.edges].sort()).toEqual(['a--competes_with--d', 'a->develops->p', 'b->banned->p']);
    expect(june.nodes.has('c')).toBe(false);
    expect(june.nodes.has('d')).toBe(true);
  });

  it('a conflict lights up only once the rival claim is shown', () => {
    const state = new AppState(graph);
    expect([...state.liveConflictEdges].sort()).toEqual(['a->develops->p', 'c->develops->p']);
    state.setFilters({ ...NO_FILTERS, dateRange: { from: '2026-06-01', to: '2026-06-30' } });
    expect(state.liveConflictEdges.size).toBe(0);
  });
});

describe('neighbourhood rings', () => {
  it('shows the rings around one entity, one more per hop', () => {
    const graph = story();
    const one = computeFilteredView(graph, { ...NO_FILTERS, around: { node: 'b', hops: 1 } });
    expect([...one.nodes].sort()).toEqual(['b', 'p']);
    const two = computeFilteredView(graph, { ...NO_FILTERS, around: { node: 'b', hops: 2 } });
    expect([...two.nodes].sort()).toEqual(['a', 'b', 'c', 'p']);
    expect([...two.edges].sort()).toEqual(['a->develops->p', 'b->banned->p', 'c->develops->p']);
  });
});

describe('colour by and size by', () => {
  const graph = story();

  it('colour by community gives the members of one community one colour, and the legend names it', () => {
    const colors = COLOR_MODES.community.colors(graph)!;
    const byCommunity = new Map<number, Set<string>>();
    graph.forEachNode((node, { community }) => byCommunity.set(community!, (byCommunity.get(community!) ?? new Set()).add(colors.get(node)!)));
    for (const set of byCommunity.values()) expect(set.size).toBe(1);
    expect(COLOR_MODES.community.legend(graph).length).toBeGreaterThan(0);
  });

  it('colour by first seen runs from the first date to the last, undated grey', () => {
    const colors = COLOR_MODES.firstSeen.colors(graph)!;
    expect(colors.get('a')).not.toBe(colors.get('c'));
    expect(colors.get('d')).toBe(COLOR_MODES.firstSeen.legend(graph).at(-1)!.color);
  });

  it('size by PageRank makes the most pointed-at entity the largest', () => {
    const sizes = SIZE_MODES.pagerank.sizes(graph, 'sqrt')!;
    const largest = [...sizes].sort((x, y) => y[1] - x[1])[0]![0];
    expect(largest).toBe('p');
  });

  it('size by mentions: the default scale draws the pipeline\'s sizes; linear, sqrt and log keep the order and span the range, log lifts the small ones most', () => {
    expect(SIZE_MODES.mentions.sizes(graph, DEFAULT_SIZE_SCALE)).toBeUndefined();
    const mentions = new Map(graph.mapNodes((node, a) => [node, a.mentions] as const));
    const byScale = Object.fromEntries((['linear', 'sqrt', 'log'] as const).map((scale) => [scale, scale === DEFAULT_SIZE_SCALE ? new Map(graph.mapNodes((node, a) => [node, a.size] as const)) : SIZE_MODES.mentions.sizes(graph, scale)!]));
    const nodes = graph.nodes().sort((x, y) => mentions.get(x)! - mentions.get(y)!);
    const [least, most] = [nodes[0]!, nodes.at(-1)!];
    expect(mentions.get(most)!).toBeGreaterThan(mentions.get(least)!);
    for (const sizes of Object.values(byScale)) {
      expect(sizes.get(least)).toBe(NODE_SIZES.min);
      expect(sizes.get(most)).toBe(NODE_SIZES.max);
      for (let i = 1; i < nodes.length; i++) expect(sizes.get(nodes[i]!)!).toBeGreaterThanOrEqual(sizes.get(nodes[i - 1]!)!);
    }
    const middle = nodes.find((node) => mentions.get(node)! > mentions.get(least)! && mentions.get(node)! < mentions.get(most)!)!;
    expect(middle).toBeDefined();
    expect(byScale.linear!.get(middle)!).toBeLessThan(byScale.sqrt!.get(middle)!);
    expect(byScale.sqrt!.get(middle)!).toBeLessThan(byScale.log!.get(middle)!);
  });
});

describe('the claims table and its CSV', () => {
  const graph = story();

  it('a row per claim with support, articles, outlets, first seen and the rival claims', () => {
    const rows = claimRows(graph);
    expect(rows).toHaveLength(graph.size);
    const rival = rows.find((row) => row.edge === 'a->develops->p')!;
    expect(rival).toMatchObject({ support: 1, articles: 1, outlets: ['one.test'], firstSeen: '2026-06-01', conflict: true, conflictsWith: ['C develops P'] });
  });

  it('CSV: a header and a line per row, fields quoted where needed, formulas defused', () => {
    const csv = claimsCsv(claimRows(graph));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(graph.size + 1);
    expect(lines[0]).toBe('source,relation,target,support,articles,outlets,first_seen,last_seen,conflict,conflicts_with,edge');
    const hostile = buildGraph([fixtureRecord('h', [{ key: 'x', label: '=HYPERLINK("http://evil")', type: 'company' }, company('y')], [['x', 'sued', 'y']])]);
    expect(claimsCsv(claimRows(hostile))).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(nodesCsv(graph).trimEnd().split('\r\n')).toHaveLength(graph.order + 1);
  });
});
