import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { CONFLICTS_LISTED_PER_EDGE, listConflicts, markConflicts } from '../src/pipeline/graph/conflicts';
import { CONFLICT_COLOR } from '../src/pipeline/graph/style';
import { article, claudeCodeCorpus } from './fixtures/records';

const ANTHROPIC_EDGE = 'anthropic->develops->claude-code';
const OPENAI_EDGE = 'openai->develops->claude-code';

describe('conflicting claims', () => {
  it('flags both edges when a product is said to be developed by two companies in different articles', () => {
    const graph = buildGraph(claudeCodeCorpus());
    expect(graph.getEdgeAttribute(ANTHROPIC_EDGE, 'conflict')).toBe(true);
    expect(graph.getEdgeAttribute(ANTHROPIC_EDGE, 'conflictsWith')).toEqual([OPENAI_EDGE]);
    expect(graph.getEdgeAttribute(OPENAI_EDGE, 'conflict')).toBe(true);
    expect(graph.getEdgeAttribute(OPENAI_EDGE, 'conflictsWith')).toEqual([ANTHROPIC_EDGE]);
    // Both claims are kept, each with its own sources.
    expect(graph.getEdgeAttribute(OPENAI_EDGE, 'articles')).toEqual(['a4']);
    expect(graph.getEdgeAttribute(ANTHROPIC_EDGE, 'color')).toBe(CONFLICT_COLOR);
  });

  it('leaves other edges unflagged', () => {
    const graph = buildGraph(claudeCodeCorpus());
    expect(graph.getEdgeAttribute('alibaba->banned->claude-code', 'conflict')).toBe(false);
    expect(graph.getEdgeAttribute('alibaba->banned->claude-code', 'conflictsWith')).toEqual([]);
  });

  it('does not flag a joint development stated by one article', () => {
    const graph = buildGraph([
      article(
        'j',
        ['Kimi was built jointly by Moonshot and Tencent.'],
        [
          { key: 'kimi', label: 'Kimi', type: 'model' },
          { key: 'moonshot', label: 'Moonshot', type: 'company' },
          { key: 'tencent', label: 'Tencent', type: 'company' },
        ],
        [
          { source: 'moonshot', relation: 'develops', target: 'kimi', sentence: 0 },
          { source: 'tencent', relation: 'develops', target: 'kimi', sentence: 0 },
        ],
      ),
    ]);
    expect(graph.filterEdges((_e, a) => a.conflict)).toEqual([]);
  });

  it('does not flag a company that develops two products', () => {
    const graph = buildGraph([
      article('p1', ['Anthropic develops Claude.'], [
        { key: 'anthropic', label: 'Anthropic', type: 'company' },
        { key: 'claude', label: 'Claude', type: 'model' },
      ], [{ source: 'anthropic', relation: 'develops', target: 'claude', sentence: 0 }]),
      article('p2', ['Anthropic develops Claude Code.'], [
        { key: 'anthropic', label: 'Anthropic', type: 'company' },
        { key: 'claude-code', label: 'Claude Code', type: 'product' },
      ], [{ source: 'anthropic', relation: 'develops', target: 'claude-code', sentence: 0 }]),
    ]);
    expect(graph.filterEdges((_e, a) => a.conflict)).toEqual([]);
  });

  it('lists conflicts for the summary, grouped by target, with each claim and its articles', () => {
    expect(listConflicts(buildGraph(claudeCodeCorpus()))).toEqual([
      {
        target: 'claude-code',
        targetLabel: 'Claude Code',
        relation: 'develops',
        claims: [
          { source: 'anthropic', sourceLabel: 'Anthropic', edge: ANTHROPIC_EDGE, articles: ['a1', 'a2', 'a3'] },
          { source: 'openai', sourceLabel: 'OpenAI', edge: OPENAI_EDGE, articles: ['a4'] },
        ],
      },
    ]);
  });

  it('clears stale marks when run again after the conflict is gone', () => {
    const graph = buildGraph(claudeCodeCorpus());
    graph.dropEdge(OPENAI_EDGE);
    markConflicts(graph);
    expect(graph.getEdgeAttribute(ANTHROPIC_EDGE, 'conflict')).toBe(false);
    expect(graph.getEdgeAttribute(ANTHROPIC_EDGE, 'conflictsWith')).toEqual([]);
    expect(listConflicts(graph)).toEqual([]);
  });
});

describe('many claimed developers of one product', () => {
  // 80 companies each said, in an article of its own, to develop Widget; c00 and c01 share one.
  const companies = Array.from({ length: 80 }, (_, i) => `c${String(i).padStart(2, '0')}`);
  const widget = { key: 'widget', label: 'Widget', type: 'product' as const };
  const records = companies.map((key) =>
    article(`art-${key}`, [`${key} develops Widget.`], [{ key, label: key, type: 'company' }, widget], [
      { source: key, relation: 'develops', target: 'widget', sentence: 0 },
    ]),
  );
  records.push(
    article('joint', ['c00 and c01 develop Widget.'], [
      { key: 'c00', label: 'c00', type: 'company' },
      { key: 'c01', label: 'c01', type: 'company' },
      widget,
    ], [
      { source: 'c00', relation: 'develops', target: 'widget', sentence: 0 },
      { source: 'c01', relation: 'develops', target: 'widget', sentence: 0 },
    ]),
  );
  const graph = buildGraph(records);
  const edge = (key: string) => `${key}->develops->widget`;

  it('flags every edge but lists at most CONFLICTS_LISTED_PER_EDGE others, the first by key', () => {
    for (const key of companies) expect(graph.getEdgeAttribute(edge(key), 'conflict')).toBe(true);
    const listed = graph.getEdgeAttribute(edge('c05'), 'conflictsWith');
    expect(listed).toHaveLength(CONFLICTS_LISTED_PER_EDGE);
    expect(listed).toEqual(companies.filter((key) => key !== 'c05').slice(0, CONFLICTS_LISTED_PER_EDGE).map(edge));
  });

  it('still leaves out the edges stated together with it in one article', () => {
    const listed = graph.getEdgeAttribute(edge('c00'), 'conflictsWith');
    expect(listed).not.toContain(edge('c01'));
    expect(listed[0]).toBe(edge('c02'));
    expect(listed).toHaveLength(CONFLICTS_LISTED_PER_EDGE);
  });
});
