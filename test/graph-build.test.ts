import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { toJSON } from '../src/pipeline/export/json';
import { article, claudeCodeCorpus, shuffled } from './fixtures/records';

describe('buildGraph: entities', () => {
  const graph = buildGraph(claudeCodeCorpus());

  it('folds an entity seen in several articles into one node keyed by its entity key', () => {
    expect(graph.nodes().sort()).toEqual(['alibaba', 'anthropic', 'claude-code', 'openai', 'qwen']);
    expect(graph.getNodeAttribute('alibaba', 'articles')).toEqual(['a1', 'a2', 'a4']);
    expect(graph.getNodeAttribute('claude-code', 'articles')).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('labels a node with its most frequent label and keeps the other names as sorted aliases', () => {
    // "Alibaba" in a1 and a4, "Alibaba Group" in a2.
    expect(graph.getNodeAttribute('alibaba', 'label')).toBe('Alibaba');
    expect(graph.getNodeAttribute('alibaba', 'aliases')).toEqual(['Alibaba Group']);
    expect(graph.getNodeAttribute('anthropic', 'aliases')).toEqual([]);
  });

  it('counts mentions over all articles', () => {
    // a1: 1, a2: 2 ("Alibaba Group", "Alibaba"), a4: 1
    expect(graph.getNodeAttribute('alibaba', 'mentions')).toBe(4);
  });

  it('breaks a label tie alphabetically and a type tie by the fixed type priority', () => {
    const tied = buildGraph([
      article('x1', ['Zeta Labs ships Kimi.'], [{ key: 'k', label: 'Kimi', type: 'product' }]),
      article('x2', ['Kimi Chat is new.'], [{ key: 'k', label: 'Kimi Chat', type: 'model' }]),
    ]);
    expect(tied.getNodeAttribute('k', 'label')).toBe('Kimi');
    expect(tied.getNodeAttribute('k', 'aliases')).toEqual(['Kimi Chat']);
    expect(tied.getNodeAttribute('k', 'type')).toBe('model'); // model outranks product
  });

  it('keeps the type most articles give', () => {
    const voted = buildGraph([
      article('x1', ['Kimi.'], [{ key: 'k', label: 'Kimi', type: 'product' }]),
      article('x2', ['Kimi.'], [{ key: 'k', label: 'Kimi', type: 'product' }]),
      article('x3', ['Kimi.'], [{ key: 'k', label: 'Kimi', type: 'company' }]),
    ]);
    expect(voted.getNodeAttribute('k', 'type')).toBe('product');
  });

  it('treats names like "__proto__" and "constructor" as ordinary labels', () => {
    const odd = buildGraph([
      article('x1', ['__proto__ and constructor'], [
        { key: 'p', label: '__proto__', type: 'company' },
        { key: 'c', label: 'constructor', type: 'company' },
      ]),
    ]);
    expect(odd.getNodeAttribute('p', 'label')).toBe('__proto__');
    expect(odd.getNodeAttribute('c', 'label')).toBe('constructor');
  });
});

describe('buildGraph: relations', () => {
  const graph = buildGraph(claudeCodeCorpus());

  it('makes one edge per (source, relation, target) with weight = supporting sentences', () => {
    const key = 'anthropic->develops->claude-code';
    expect(graph.hasEdge(key)).toBe(true);
    expect(graph.source(key)).toBe('anthropic');
    expect(graph.getEdgeAttribute(key, 'weight')).toBe(3);
    expect(graph.getEdgeAttribute(key, 'articles')).toEqual(['a1', 'a2', 'a3']);
    expect(graph.getEdgeAttribute(key, 'relation')).toBe('develops');
    expect(graph.getEdgeAttribute(key, 'label')).toBe('develops');
  });

  it('keeps evidence sorted by article and offset, with sentence, offsets and trigger', () => {
    const evidence = graph.getEdgeAttribute('anthropic->develops->claude-code', 'evidence');
    expect(evidence.map((e) => [e.article, e.trigger])).toEqual([
      ['a1', 'developed by'],
      ['a2', "'s"],
      ['a3', 'made by'],
    ]);
    const [first] = evidence;
    const text = claudeCodeCorpus()[0]!.text;
    expect(text.slice(first!.start, first!.end)).toBe(first!.sentence);
  });

  it('turns only asserted claims into edges', () => {
    // a2 also has a *proposed* ban in its second sentence: not counted.
    expect(graph.getEdgeAttribute('alibaba->banned->claude-code', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute('alibaba->banned->claude-code', 'articles')).toEqual(['a1', 'a2']);
  });

  it('counts two claims from one sentence as one piece of evidence', () => {
    const doubled = buildGraph([
      article(
        'x',
        ['Alibaba banned and blocked Claude Code.'],
        [
          { key: 'alibaba', label: 'Alibaba', type: 'company' },
          { key: 'cc', label: 'Claude Code', type: 'product' },
        ],
        [
          { source: 'alibaba', relation: 'banned', target: 'cc', sentence: 0, trigger: 'banned' },
          { source: 'alibaba', relation: 'banned', target: 'cc', sentence: 0, trigger: 'blocked' },
        ],
      ),
    ]);
    expect(doubled.getEdgeAttribute('alibaba->banned->cc', 'weight')).toBe(1);
    expect(doubled.getEdgeAttribute('alibaba->banned->cc', 'evidence')).toHaveLength(1);
  });

  it('makes symmetric relations one undirected edge with sorted ends, whichever way they were said', () => {
    const key = 'claude-code--competes_with--qwen';
    expect(graph.hasEdge(key)).toBe(true);
    expect(graph.isUndirected(key)).toBe(true);
    expect(graph.extremities(key)).toEqual(['claude-code', 'qwen']);
    // "Qwen is a rival to Claude Code" (a1) and "Claude Code competes with Qwen" (a3)
    expect(graph.getEdgeAttribute(key, 'articles')).toEqual(['a1', 'a3']);
    expect(graph.isDirected('alibaba->banned->claude-code')).toBe(true);
  });

  it('drops self-loops and claims whose ends are not entities of the same article', () => {
    const odd = buildGraph([
      article(
        'x',
        ['Alibaba acquired Alibaba.', 'Alibaba sued Ghost.'],
        [{ key: 'alibaba', label: 'Alibaba', type: 'company' }],
        [
          { source: 'alibaba', relation: 'acquired', target: 'alibaba', sentence: 0 },
          { source: 'alibaba', relation: 'sued', target: 'ghost', sentence: 1 },
        ],
      ),
    ]);
    expect(odd.size).toBe(0);
    expect(odd.order).toBe(1);
  });
});

describe('buildGraph: articles and determinism', () => {
  it('keeps a summary per article sorted by id, with text and sorted mentions', () => {
    const graph = buildGraph(shuffled(claudeCodeCorpus(), 3));
    const articles = graph.getAttribute('articles');
    expect(articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    const a1 = articles[0]!;
    expect(a1.title).toBe('Title of a1');
    expect(a1.text).toBe(claudeCodeCorpus()[0]!.text);
    const starts = a1.mentions.map((m) => m[0]);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(a1.mentions).toContainEqual([0, 7, 'alibaba']);
  });

  it('leaves the texts out with keepText: false', () => {
    const graph = buildGraph(claudeCodeCorpus(), { keepText: false });
    expect(graph.getAttribute('articles').every((a) => a.text === undefined)).toBe(true);
  });

  it('gives byte-identical JSON whatever the order of the records', () => {
    const reference = toJSON(buildGraph(claudeCodeCorpus()));
    for (const seed of [1, 2, 3, 4]) {
      expect(toJSON(buildGraph(shuffled(claudeCodeCorpus(), seed)))).toBe(reference);
    }
  });

  it('gives the same graph when entities and claims are listed in another order inside an article', () => {
    const reversed = claudeCodeCorpus().map((r) => ({
      ...r,
      entities: [...r.entities].reverse(),
      claims: [...r.claims].reverse(),
    }));
    expect(toJSON(buildGraph(reversed))).toBe(toJSON(buildGraph(claudeCodeCorpus())));
  });

  it('builds an empty graph from no records', () => {
    const graph = buildGraph([]);
    expect(graph.order).toBe(0);
    expect(graph.getAttribute('articles')).toEqual([]);
  });
});
