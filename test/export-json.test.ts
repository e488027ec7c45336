import { describe, expect, it } from 'vitest';
import { JSON_FORMAT, fromJSON, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { createKnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import { layoutGraph } from '../src/pipeline/graph/layout';
import { article, claudeCodeCorpus } from './fixtures/records';

describe('toJSON / fromJSON', () => {
  it('round-trips every node, edge and graph attribute exactly', () => {
    const graph = buildGraph(claudeCodeCorpus());
    layoutGraph(graph, { iterations: 10 });
    const text = toJSON(graph);
    const back = fromJSON(text);
    expect(toJSON(back)).toBe(text);
    expect(back.getNodeAttributes('alibaba')).toEqual(graph.getNodeAttributes('alibaba'));
    expect(back.getEdgeAttributes('anthropic->develops->claude-code')).toEqual(
      graph.getEdgeAttributes('anthropic->develops->claude-code'),
    );
    expect(back.isUndirected('claude-code--competes_with--qwen')).toBe(true);
    expect(back.getAttribute('articles')).toEqual(graph.getAttribute('articles'));
  });

  it('starts with the format marker and sorts nodes and edges by key', () => {
    const text = toJSON(buildGraph(claudeCodeCorpus()));
    expect(text.startsWith(`{"format":"${JSON_FORMAT}"`)).toBe(true);
    const data = JSON.parse(text) as { nodes: { key: string }[]; edges: { key: string }[] };
    const nodeKeys = data.nodes.map((n) => n.key);
    expect(nodeKeys).toEqual([...nodeKeys].sort());
    const edgeKeys = data.edges.map((e) => e.key);
    expect(edgeKeys).toEqual([...edgeKeys].sort());
  });

  it('gives the same bytes whatever order nodes and attributes were set in', () => {
    const graph = buildGraph(claudeCodeCorpus());
    const reordered = createKnowledgeGraph();
    reordered.replaceAttributes(graph.getAttributes());
    for (const node of graph.nodes().reverse()) {
      const attributes = graph.getNodeAttributes(node);
      const reversedKeys = Object.fromEntries(Object.entries(attributes).reverse()) as typeof attributes;
      reordered.addNode(node, reversedKeys);
    }
    for (const edge of graph.edges().reverse()) {
      const [source, target] = graph.extremities(edge);
      if (graph.isUndirected(edge)) reordered.addUndirectedEdgeWithKey(edge, source, target, graph.getEdgeAttributes(edge));
      else reordered.addDirectedEdgeWithKey(edge, source, target, graph.getEdgeAttributes(edge));
    }
    expect(toJSON(reordered)).toBe(toJSON(graph));
  });

  it('leaves out render state a viewer may have set on the graph', () => {
    const graph = buildGraph(claudeCodeCorpus());
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, { highlighted: true, zIndex: 3 } as never));
    expect(toJSON(graph)).not.toMatch(/highlighted|zIndex/);
  });

  it('keeps any text exactly, lone surrogates and control characters included', () => {
    const label = 'Odd \u0001 \uD800 "name" <&>';
    const graph = buildGraph([article('x', [label], [{ key: 'odd', label, type: 'company' }])]);
    expect(fromJSON(toJSON(graph)).getNodeAttribute('odd', 'label')).toBe(label);
  });
});

describe('fromJSON errors', () => {
  const valid = () => JSON.parse(toJSON(buildGraph(claudeCodeCorpus()))) as Record<string, unknown> & {
    nodes: { attributes: Record<string, unknown> }[];
    edges: { target: string }[];
  };

  it('rejects text that is not JSON', () => {
    expect(() => fromJSON('<gexf/>')).toThrow(/not a newsgraph export: not valid JSON/);
  });

  it('rejects JSON that is not a newsgraph export', () => {
    expect(() => fromJSON('{"nodes": [], "edges": []}')).toThrow(/not a newsgraph export: expected "format": "newsgraph\/1"/);
    expect(() => fromJSON('[1, 2, 3]')).toThrow(/not a newsgraph export/);
  });

  it('names the field that has the wrong type', () => {
    const data = valid();
    data.nodes[1]!.attributes.label = 42;
    expect(() => fromJSON(JSON.stringify(data))).toThrow('nodes[1].attributes.label: expected a string');
  });

  it('names an edge whose end is not a node', () => {
    const data = valid();
    data.edges[0]!.target = 'nowhere';
    expect(() => fromJSON(JSON.stringify(data))).toThrow('edges[0]: endpoint "nowhere" is not a node');
  });

  it('rejects a missing node list', () => {
    const { nodes: _nodes, ...data } = valid();
    expect(() => fromJSON(JSON.stringify(data))).toThrow('nodes: expected an array');
  });
});
