import { describe, expect, it } from 'vitest';
import { computeFilteredView, countByKind, NO_FILTERS, type Filters } from '../../src/explorer/filtered-view';
import { fixtureGraph } from './fixture-graph';

const filters = (changes: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...changes });

describe('the filtered view (what the explorer draws)', () => {
  it('draws everything when no filter is set', () => {
    const graph = fixtureGraph();
    const view = computeFilteredView(graph, NO_FILTERS);
    expect(view.nodes.size).toBe(graph.order);
    expect(view.edges.size).toBe(graph.size);
  });

  it('hiding a type hides its nodes and every edge touching them', () => {
    const graph = fixtureGraph();
    const view = computeFilteredView(graph, filters({ hiddenTypes: new Set(['product']) }));
    expect(view.nodes.has('claude-code')).toBe(false);
    expect([...view.edges].filter((edge) => graph.extremities(edge).includes('claude-code'))).toEqual([]);
    expect(view.edges.has('alibaba->develops->qwen')).toBe(true);
  });

  it('hiding a relation hides its edges but keeps the nodes', () => {
    const view = computeFilteredView(fixtureGraph(), filters({ hiddenRelations: new Set(['develops']) }));
    expect([...view.edges].sort()).toEqual(['alibaba--competes_with--anthropic', 'alibaba->banned->claude-code']);
    expect(view.nodes.has('qwen')).toBe(true);
  });

  it('minimum support keeps only edges stated in at least that many sentences', () => {
    const view = computeFilteredView(fixtureGraph(), filters({ minWeight: 2 }));
    expect([...view.edges].sort()).toEqual(['alibaba->banned->claude-code', 'anthropic->develops->claude-code']);
  });

  it('minimum confidence keeps the edges at or above it, and edges of graphs built before confidence', () => {
    const graph = fixtureGraph();
    graph.setEdgeAttribute('alibaba->banned->claude-code', 'confidence', 0.62);
    graph.setEdgeAttribute('anthropic->develops->claude-code', 'confidence', 0.9);
    const view = computeFilteredView(graph, filters({ minConfidence: 0.9 }));
    expect(view.edges.has('alibaba->banned->claude-code')).toBe(false);
    expect(view.edges.has('anthropic->develops->claude-code')).toBe(true);
    // An edge with no confidence (an older graph, an analyst's edge) is not hidden by the filter.
    expect(view.edges.has('alibaba->develops->qwen')).toBe(true);
    expect(view.edges.size).toBe(graph.size - 1);
  });

  it('hide isolated drops nodes left without a drawn edge, including those isolated by other filters', () => {
    const graph = fixtureGraph();
    const view = computeFilteredView(graph, filters({ hideIsolated: true, minWeight: 2 }));
    expect([...view.nodes].sort()).toEqual(['alibaba', 'anthropic', 'claude-code']);
    expect(computeFilteredView(graph, filters({ hideIsolated: true })).nodes.has('china')).toBe(false);
  });

  it('a range on a node attribute keeps the nodes inside it, and the edges between them', () => {
    const graph = fixtureGraph();
    const view = computeFilteredView(graph, filters({ ranges: [{ attribute: 'node.mentions', min: 5 }] }));
    expect([...view.nodes].sort()).toEqual(['alibaba', 'anthropic', 'claude-code']);
    expect([...view.edges].sort()).toEqual(['alibaba--competes_with--anthropic', 'alibaba->banned->claude-code', 'anthropic->develops->claude-code']);
    const closed = computeFilteredView(graph, filters({ ranges: [{ attribute: 'node.mentions', min: 2, max: 3 }] }));
    expect([...closed.nodes].sort()).toEqual(['claude', 'qwen']);
  });

  it('a range on an edge attribute keeps the edges inside it', () => {
    const view = computeFilteredView(fixtureGraph(), filters({ ranges: [{ attribute: 'edge.weight', max: 1 }] }));
    expect([...view.edges].sort()).toEqual(['alibaba--competes_with--anthropic', 'alibaba->develops->qwen', 'anthropic->develops->claude']);
  });

  it('keeps the largest connected component of what the other filters leave', () => {
    const view = computeFilteredView(fixtureGraph(), filters({ hiddenRelations: new Set(['banned', 'competes_with']), largestComponent: true }));
    expect([...view.nodes].sort()).toEqual(['anthropic', 'claude', 'claude-code']);
    expect([...view.edges].sort()).toEqual(['anthropic->develops->claude', 'anthropic->develops->claude-code']);
  });

  it('never changes the graph', () => {
    const graph = fixtureGraph();
    const before = JSON.stringify(graph.export());
    computeFilteredView(graph, filters({ hiddenTypes: new Set(['company']), hideIsolated: true, minWeight: 3 }));
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('counts drawn and total nodes per type and edges per relation, for the filter labels', () => {
    const graph = fixtureGraph();
    const counts = countByKind(graph, computeFilteredView(graph, filters({ hiddenTypes: new Set(['model']) })));
    expect(counts.types.total.get('model')).toBe(2);
    expect(counts.types.visible.get('model') ?? 0).toBe(0);
    expect(counts.types.visible.get('company')).toBe(2);
    expect(counts.relations.total.get('develops')).toBe(3);
    expect(counts.relations.visible.get('develops')).toBe(1);
  });
});
