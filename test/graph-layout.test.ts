import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { computePositions, DEFAULT_ITERATIONS, defaultIterations, layoutGraph, layoutInput, seedPosition } from '../src/pipeline/graph/layout';
import { GraphDraft } from '../src/pipeline/graph/graph-draft';
import { syntheticGraph, syntheticRecords } from '../src/pipeline/graph/synthetic-graph';
import type { KnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import { claudeCodeCorpus } from './fixtures/records';

function positions(graph: KnowledgeGraph): Record<string, [number, number]> {
  const result: Record<string, [number, number]> = {};
  graph.forEachNode((key, a) => (result[key] = [a.x, a.y]));
  return result;
}

describe('layoutGraph', () => {
  it('gives the same positions for the same input', () => {
    const a = syntheticGraph(200);
    const b = syntheticGraph(200);
    layoutGraph(a, { iterations: 30 });
    layoutGraph(b, { iterations: 30 });
    expect(positions(a)).toEqual(positions(b));
  });

  it('moves nodes from their seed positions to finite, distinct places', () => {
    const graph = buildGraph(claudeCodeCorpus());
    const before = positions(graph);
    layoutGraph(graph, { iterations: 50 });
    const after = positions(graph);
    expect(after).not.toEqual(before);
    const points = Object.values(after);
    for (const [x, y] of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(points.map((p) => p.join(','))).size).toBe(points.length);
  });

  it('restarts from the seed positions, so laying out twice gives the same result', () => {
    const graph = buildGraph(claudeCodeCorpus());
    layoutGraph(graph, { iterations: 20 });
    const once = positions(graph);
    layoutGraph(graph, { iterations: 20 });
    expect(positions(graph)).toEqual(once);
  });

  it('gives the same positions from its plain input (what a layout thread receives)', () => {
    const graph = syntheticGraph(400);
    const input = layoutInput(graph, { iterations: 30 });
    expect(input.nodes).toEqual(graph.nodes());
    expect(input.weights.length).toBe(graph.size);
    const fromInput = computePositions(structuredClone(input));
    layoutGraph(graph, { iterations: 30 });
    const expected = graph.nodes().flatMap((key) => [graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')]);
    expect([...fromInput]).toEqual(expected);
  });

  it('gets from the draft, before the graph is built, the input layoutInput reads off the graph', () => {
    let shape: ReturnType<typeof layoutInput> | undefined;
    const draft = new GraphDraft({ keepText: false, onShaped: (input) => (shape = input) });
    for (const record of syntheticRecords(400)) draft.addRecord(record);
    const graph = draft.toGraph();
    expect(shape).toEqual(layoutInput(graph));
  });

  it('leaves a pinned node at its seed and counts a missing weight as 1', () => {
    const graph = buildGraph(claudeCodeCorpus());
    const pinned = graph.nodes()[0]!;
    graph.setNodeAttribute(pinned, 'fixed', true);
    const edge = graph.edges()[0]!;
    graph.removeEdgeAttribute(edge, 'weight');
    expect(layoutInput(graph).weights[0]).toBe(1);
    layoutGraph(graph, { iterations: 20 });
    expect({ x: graph.getNodeAttribute(pinned, 'x'), y: graph.getNodeAttribute(pinned, 'y') }).toEqual(seedPosition(pinned));
  });

  it('places the seed of a node by its key alone, spread out', () => {
    expect(seedPosition('alibaba')).toEqual(seedPosition('alibaba'));
    const seeds = ['a', 'b', 'c', 'alibaba', 'anthropic'].map((k) => JSON.stringify(seedPosition(k)));
    expect(new Set(seeds).size).toBe(seeds.length);
  });

  it('handles an empty graph and a single node', () => {
    const empty = buildGraph([]);
    layoutGraph(empty);
    expect(empty.order).toBe(0);
    const single = buildGraph([claudeCodeCorpus()[0]!].map((r) => ({ ...r, entities: r.entities.slice(0, 1), claims: [] })));
    layoutGraph(single, { iterations: 10 });
    single.forEachNode((_k, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  it('gives small graphs the full iterations and large ones fewer, never below 20', () => {
    expect(defaultIterations(1)).toBe(DEFAULT_ITERATIONS);
    expect(defaultIterations(2000)).toBe(DEFAULT_ITERATIONS);
    const sizes = [2000, 3000, 5000, 10_000, 30_000, 100_000, 1_000_000];
    const counts = sizes.map(defaultIterations);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
    expect(defaultIterations(10_000)).toBeLessThan(DEFAULT_ITERATIONS / 2);
    expect(defaultIterations(100_000)).toBe(20);
    expect(defaultIterations(1_000_000)).toBe(20);
  });

  it('uses the size-dependent default when no iteration count is given', () => {
    const a = syntheticGraph(120);
    const b = syntheticGraph(120);
    layoutGraph(a);
    layoutGraph(b, { iterations: defaultIterations(b.order) });
    expect(positions(a)).toEqual(positions(b));
  });
});
