import { describe, expect, it } from 'vitest';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { EVIDENCE_PER_EDGE } from '../src/pipeline/graph/graph-draft';
import { mergeGraphs } from '../src/pipeline/graph/merge-graphs';
import type { ArticleRecord } from '../src/pipeline/types';

/**
 * Articles that each state "Acme bans Widget" in `sentencesPer` sentences (plus one
 * "Widget competes with Gizmo"), so the banned edge has far more evidence than the cap.
 */
function banningArticles(count: number, sentencesPer: number): ArticleRecord[] {
  return Array.from({ length: count }, (_, a) => {
    const id = `art-${String(a).padStart(3, '0')}`;
    const sentence = 'Acme bans Widget.';
    const text = Array.from({ length: sentencesPer + 1 }, () => `${sentence} `).join('');
    const claims = Array.from({ length: sentencesPer }, (_, s) => ({
      source: 'acme',
      relation: 'banned' as const,
      target: 'widget',
      status: 'asserted' as const,
      evidence: { article: id, sentence, start: s * 18, end: s * 18 + 17, trigger: 'bans' },
    }));
    claims.push({
      source: 'widget',
      relation: 'banned',
      target: 'gizmo',
      status: 'asserted',
      evidence: { article: id, sentence, start: sentencesPer * 18, end: sentencesPer * 18 + 17, trigger: 'bans' },
    });
    const mention = (key: string, label: string) => ({ key, label, type: 'company' as const, aliases: [], mentions: [{ start: 0, end: 4, surface: label }] });
    return { article: { id }, text, entities: [mention('acme', 'Acme'), mention('widget', 'Widget'), mention('gizmo', 'Gizmo')], claims };
  });
}

const EDGE = 'acme->banned->widget';

describe('evidence kept per edge', () => {
  // 40 articles × 3 sentences = 120 supporting sentences, well over the cap.
  const records = banningArticles(40, 3);
  const whole = buildGraph(records);

  it('keeps at most EVIDENCE_PER_EDGE sentences, the first by (article, start), with exact weight and articles', () => {
    const edge = whole.getEdgeAttributes(EDGE);
    expect(edge.weight).toBe(120);
    expect(edge.articles).toHaveLength(40);
    expect(edge.evidence).toHaveLength(EVIDENCE_PER_EDGE);
    const expected = records
      .flatMap((record) => record.claims.filter((c) => c.target === 'widget').map((c) => c.evidence))
      .map((e) => `${e.article}@${e.start}`)
      .sort()
      .slice(0, EVIDENCE_PER_EDGE);
    expect(edge.evidence.map((e) => `${e.article}@${e.start}`)).toEqual(expected);
    expect(edge.articleSentences).toEqual(Array.from({ length: 40 }, () => 3));
  });

  it('leaves articleSentences out when the evidence tells the counts', () => {
    expect(whole.getEdgeAttributes('widget->banned->gizmo').articleSentences).toBeUndefined();
    expect(toJSON(whole)).not.toContain('"articleSentences":[1,');
  });

  it('merging shards gives the single-run graph, in any order and grouping, also through JSON', () => {
    const shards = [0, 1, 2].map((k) => buildGraph(records.filter((_, i) => i % 3 === k)));
    const expected = toJSON(whole);
    expect(toJSON(mergeGraphs(shards))).toBe(expected);
    expect(toJSON(mergeGraphs([shards[2]!, shards[0]!, shards[1]!]))).toBe(expected);
    const left = mergeGraphs([mergeGraphs([shards[0]!, shards[1]!]), shards[2]!]);
    const right = mergeGraphs([shards[0]!, mergeGraphs([shards[1]!, shards[2]!])]);
    expect(toJSON(left)).toBe(expected);
    expect(toJSON(right)).toBe(expected);
    expect(toJSON(mergeGraphs(shards.map((g) => fromJSON(toJSON(g)))))).toBe(expected);
  });

  it('keeps exact weights when merging graphs read back from GEXF', () => {
    const shards = [0, 1].map((k) => fromGexf(toGexf(buildGraph(records.filter((_, i) => i % 2 === k)))));
    expect(shards[0]!.getEdgeAttribute(EDGE, 'articleSentences')).toEqual(Array.from({ length: 20 }, () => 3));
    const merged = mergeGraphs(shards).getEdgeAttributes(EDGE);
    expect([merged.weight, merged.articles.length, merged.evidence.length]).toEqual([120, 40, EVIDENCE_PER_EDGE]);
  });

  it("counts an article merged twice (overlapping shards) once in an edge's weight", () => {
    const overlapping = mergeGraphs([buildGraph(records.slice(0, 30)), buildGraph(records.slice(10))]);
    const edge = overlapping.getEdgeAttributes(EDGE);
    const expected = whole.getEdgeAttributes(EDGE);
    expect([edge.weight, edge.articles, edge.evidence]).toEqual([expected.weight, expected.articles, expected.evidence]);
  });
});

describe('keepText: false', () => {
  it('keeps neither texts nor per-article mention lists, in build and in merge', () => {
    const records = banningArticles(3, 1);
    const lean = buildGraph(records, { keepText: false });
    for (const summary of lean.getAttribute('articles')) {
      expect(summary.text).toBeUndefined();
      expect(summary.mentions).toEqual([]);
    }
    const merged = mergeGraphs([buildGraph(records)], { keepText: false });
    expect(toJSON(merged)).toBe(toJSON(lean));
    // The graph itself is the same: only the article texts and mention offsets are left out.
    expect(lean.getEdgeAttributes(EDGE).weight).toBe(3);
    expect(lean.getNodeAttribute('acme', 'mentions')).toBe(3);
  });
});
