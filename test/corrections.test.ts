import { describe, expect, it } from 'vitest';
import { decodeCorrections, type Correction, type CorrectionsFile } from '../src/pipeline/corrections';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../src/pipeline/export/json';
import { GraphDraft } from '../src/pipeline/graph/graph-draft';
import type { ArticleRecord } from '../src/pipeline/types';
import { article, shuffled } from './fixtures/records';

/** Three made-up articles: one product line under two names, a wrong developer, a stray node. */
function corpus(): ArticleRecord[] {
  return [
    article('a1', ['Vantor released the Zeta X1 chip.', 'Zeta X1 competes with Orbis.'], [
      { key: 'vantor', label: 'Vantor', type: 'company' },
      { key: 'zeta-x1', label: 'Zeta X1', type: 'product' },
      { key: 'orbis', label: 'Orbis', type: 'product' },
    ], [
      { source: 'vantor', relation: 'develops', target: 'zeta-x1', sentence: 0 },
      { source: 'zeta-x1', relation: 'competes_with', target: 'orbis', sentence: 1 },
    ]),
    article('a2', ['Vantor makes the X1.', 'Quill develops the X1, a blog said.', 'Thanks to Vantor, it sells.'], [
      { key: 'vantor', label: 'Vantor', type: 'company' },
      { key: 'x1', label: 'X1', type: 'model' },
      { key: 'quill', label: 'Quill', type: 'company' },
      { key: 'thanks', label: 'Thanks', type: 'company' },
    ], [
      { source: 'vantor', relation: 'develops', target: 'x1', sentence: 0 },
      { source: 'quill', relation: 'develops', target: 'x1', sentence: 1 },
    ]),
  ];
}

const CORRECTIONS: Correction[] = [
  { action: 'merge', entities: [{ key: 'zeta-x1', names: ['Zeta X1'] }, { key: 'x1', names: ['X1'] }], label: 'Zeta X1' },
  { action: 'retype', entity: { names: ['Zeta X1'] }, type: 'product' },
  { action: 'delete', entity: { key: 'thanks', names: ['Thanks'] } },
  { action: 'reject', source: { names: ['Quill'] }, relation: 'develops', target: { names: ['Zeta X1'] }, sentences: [{ article: 'a2', sentence: 'Quill develops the X1, a blog said.' }] },
  { action: 'add', source: { names: ['Orbis'] }, relation: 'competes_with', target: { names: ['Quill'] }, note: 'both sell to Vantor' },
  { action: 'rename', entity: { names: ['Orbis'] }, label: 'Orbis Chip' },
];

const file = (corrections: Correction[]): CorrectionsFile => ({ version: 1, corrections });

function corrected(records: readonly ArticleRecord[], corrections: Correction[]) {
  const draft = new GraphDraft();
  for (const record of records) draft.addRecord(record);
  return draft.toCorrectedGraph(file(corrections));
}

describe('corrections applied to a graph', () => {
  it('merge folds names, mentions, articles and claims into one node with the chosen label', () => {
    const { graph, report } = corrected(corpus(), CORRECTIONS);
    expect(report.unmatched).toEqual([]);
    // The merged node keeps the first of the keys (code-unit order), so the key is stable.
    expect([graph.hasNode('x1'), graph.hasNode('zeta-x1')]).toEqual([true, false]);
    const node = graph.getNodeAttributes('x1');
    expect(node.label).toBe('Zeta X1');
    expect(node.type).toBe('product');
    expect(node.aliases).toContain('X1');
    expect(node.articles).toEqual(['a1', 'a2']);
    expect(node.corrected).toEqual(expect.arrayContaining(['merged', 'retyped']));
    // Vantor develops the merged product, stated in both articles: one edge, two sentences.
    const develops = graph.edges('vantor', graph.findNode((_k, a) => a.label === 'Zeta X1')!);
    expect(develops).toHaveLength(1);
    expect(graph.getEdgeAttribute(develops[0]!, 'weight')).toBe(2);
  });

  it('deletes a node with its claims, rejects one sentence, adds a claim with its note, renames', () => {
    const { graph } = corrected(corpus(), CORRECTIONS);
    expect(graph.hasNode('thanks')).toBe(false);
    expect(graph.someEdge((_e, a, source) => source === 'quill' && a.relation === 'develops')).toBe(false);
    const added = graph.findEdge((_e, a) => a.relation === 'competes_with' && (a.corrected ?? []).some((m) => m.includes('both sell to Vantor')));
    expect(added).toBeDefined();
    expect(graph.getNodeAttribute('orbis', 'label')).toBe('Orbis Chip');
    // Mentions in the texts point at the merged key, never at a deleted or merged-away one.
    const keys = graph.getAttribute('articles').flatMap((a) => a.mentions.map((m) => m[2]));
    expect(keys).not.toContain('thanks');
    expect(keys).not.toContain('zeta-x1');
    expect(keys).toContain('x1');
  });

  it('gives the same graph whatever the order of corrections and of articles', () => {
    const reference = toJSON(corrected(corpus(), CORRECTIONS).graph);
    for (const seed of [1, 2, 3, 4]) {
      expect(toJSON(corrected(shuffled(corpus(), seed), shuffled(CORRECTIONS, seed + 10)).graph)).toBe(reference);
    }
  });

  it('applies again to a rebuild with one more article: a merged name under its own key is merged too', () => {
    const more = article('a3', ['Vantor ships the X1 to Orbis.'], [
      { key: 'vantor', label: 'Vantor', type: 'company' },
      { key: 'x1-chip', label: 'X1', type: 'product' },
    ], [{ source: 'vantor', relation: 'develops', target: 'x1-chip', sentence: 0 }]);
    const { graph } = corrected([...corpus(), more], CORRECTIONS);
    const line = graph.filterNodes((_k, a) => a.label === 'Zeta X1');
    expect(line).toHaveLength(1);
    expect(graph.getNodeAttribute(line[0]!, 'articles')).toEqual(['a1', 'a2', 'a3']);
    expect(graph.filterNodes((_k, a) => a.label === 'X1')).toEqual([]);
  });

  it('is idempotent, and its marks survive JSON and GEXF', () => {
    const once = corrected(corpus(), CORRECTIONS).graph;
    const draft = new GraphDraft();
    draft.addGraph(once);
    expect(toJSON(draft.toCorrectedGraph(file(CORRECTIONS)).graph)).toBe(toJSON(once));
    for (const back of [fromJSON(toJSON(once)), fromGexf(toGexf(once))]) {
      expect(back.getNodeAttribute('orbis', 'corrected')).toEqual(['renamed']);
      expect(back.someEdge((_e, a) => (a.corrected ?? []).some((m) => m.startsWith('added by analyst')))).toBe(true);
    }
  });

  it('reports each correction that matches nothing, and applies the rest', () => {
    const { graph, report } = corrected(corpus(), [...CORRECTIONS, { action: 'delete', entity: { names: ['Nobody Inc'] } }]);
    expect(report.unmatched.map((u) => [u.index, u.correction.action])).toEqual([[6, 'delete']]);
    expect(report.applied).toBe(6);
    expect(graph.hasNode('thanks')).toBe(false);
  });
});

describe('the corrections file', () => {
  it('round-trips through JSON', () => {
    expect(decodeCorrections(JSON.parse(JSON.stringify(file(CORRECTIONS))))).toEqual(file(CORRECTIONS));
  });

  it.each([
    [{ version: 2, corrections: [] }, /version: expected 1/],
    [{ version: 1 }, /corrections: expected an array/],
    [{ version: 1, corrections: [{ action: 'explode' }] }, /corrections\[0\]\.action: expected one of/],
    [{ version: 1, corrections: [{ action: 'merge', entities: [{ key: 'a' }], label: 'A' }] }, /corrections\[0\]\.entities: expected two or more/],
    [{ version: 1, corrections: [{ action: 'rename', entity: {}, label: 'A' }] }, /corrections\[0\]\.entity: expected a key or names/],
    [{ version: 1, corrections: [{ action: 'add', source: { key: 'a' }, relation: 'likes', target: { key: 'b' } }] }, /corrections\[0\]\.relation: expected one of/],
  ])('names the field that is wrong (%j)', (value, message) => {
    expect(() => decodeCorrections(value)).toThrow(message);
  });
});
