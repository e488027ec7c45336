import { describe, expect, it } from 'vitest';
import { parallelEdgeCurvatures } from '../../src/explorer/parallel-edges';
import { buildGraph } from '../../src/pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../../src/pipeline/graph/knowledge-graph';
import { ENTITIES, fixtureRecord, type FixtureClaim } from './fixture-graph';

/** Two, three and two-way-round relations between the same entities, and single ones. */
const CLAIMS: FixtureClaim[] = [
  ['alibaba', 'develops', 'qwen'],
  ['alibaba', 'invests_in', 'qwen'],
  ['alibaba', 'banned', 'claude-code'],
  ['alibaba', 'restricts', 'claude-code'],
  ['alibaba', 'sued', 'claude-code'],
  ['anthropic', 'develops', 'claude'],
  ['claude', 'part_of', 'anthropic'],
  ['anthropic', 'develops', 'claude-code'],
  ['alibaba', 'competes_with', 'anthropic'],
];

function graphOf(): KnowledgeGraph {
  return buildGraph([fixtureRecord('article-1', ENTITIES, CLAIMS)]);
}

const everything = (graph: KnowledgeGraph): Set<string> => new Set(graph.edges());

/** The curvature as seen going from the alphabetically first node to the other: the side it bends to. */
function side(graph: KnowledgeGraph, curvatures: Map<string, number>, edge: string): number {
  const [source, target] = graph.extremities(edge);
  return (curvatures.get(edge) ?? 0) * (source <= target ? 1 : -1);
}

describe('parallel edges (curved apart in the explorer)', () => {
  it('leaves an edge alone between its two nodes straight', () => {
    const graph = graphOf();
    const curvatures = parallelEdgeCurvatures(graph, everything(graph));
    const singles = ['anthropic->develops->claude-code', 'alibaba--competes_with--anthropic'];
    expect(singles.filter((edge) => graph.hasEdge(edge))).toEqual(singles);
    expect(singles.filter((edge) => curvatures.has(edge))).toEqual([]);
  });

  it('bends two edges of one pair to opposite sides', () => {
    const graph = graphOf();
    const curvatures = parallelEdgeCurvatures(graph, everything(graph));
    const develops = curvatures.get('alibaba->develops->qwen');
    const invests = curvatures.get('alibaba->invests_in->qwen');
    expect(develops).toBeDefined();
    expect(invests).toBeDefined();
    expect(Math.sign(develops ?? 0)).toBe(-Math.sign(invests ?? 0));
    expect(Math.abs(develops ?? 0)).toBe(Math.abs(invests ?? 0));
  });

  it('bends A → B and B → A to different sides of the line, not onto one curve', () => {
    const graph = graphOf();
    const curvatures = parallelEdgeCurvatures(graph, everything(graph));
    const [develops, partOf] = ['anthropic->develops->claude', 'claude->part_of->anthropic'];
    expect(curvatures.has(develops) && curvatures.has(partOf)).toBe(true);
    expect(side(graph, curvatures, develops)).toBe(-side(graph, curvatures, partOf));
  });

  it('keeps the middle one of three straight and the other two on either side', () => {
    const graph = graphOf();
    const curvatures = parallelEdgeCurvatures(graph, everything(graph));
    const bundle = graph.edges('alibaba', 'claude-code');
    expect(bundle).toHaveLength(3);
    const sides = bundle.map((edge) => side(graph, curvatures, edge)).sort((a, b) => a - b);
    expect(sides[0]).toBeLessThan(0);
    expect(sides[1]).toBe(0);
    expect(sides[2]).toBe(-(sides[0] ?? 0));
    expect(bundle.filter((edge) => curvatures.has(edge))).toHaveLength(2);
  });

  it('counts drawn edges only: with its twin filtered out, an edge straightens', () => {
    const graph = graphOf();
    const drawn = everything(graph);
    drawn.delete('alibaba->invests_in->qwen');
    const curvatures = parallelEdgeCurvatures(graph, drawn);
    expect(curvatures.has('alibaba->develops->qwen')).toBe(false);
    expect(curvatures.has('alibaba->invests_in->qwen')).toBe(false);
  });
});
