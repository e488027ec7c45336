import { describe, expect, it } from 'vitest';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { entityColor, FALLBACK_COLOR } from '../src/pipeline/graph/style';
import { extract } from './extract-helpers';

// Names that are members of Object.prototype reach the graph from plain text (issue 12, part 1):
// they must survive the GEXF round trip, and unknown types named like them get the default style.

describe('names like "Constructor" and "toString"', () => {
  it('"Constructor" in text is a node labelled Constructor that survives writing and reading GEXF and JSON, and touches no prototype', () => {
    const graph = buildGraph([extract('Google banned staff from using the Constructor app. Microsoft banned the Constructor app too.')]);
    expect(graph.getNodeAttribute('constructor~', 'label')).toBe('Constructor');
    expect(graph.inNeighbors('constructor~').sort()).toEqual(['google', 'microsoft']);
    for (const back of [fromGexf(toGexf(graph)), fromJSON(toJSON(graph))]) {
      expect([back.order, back.size]).toEqual([graph.order, graph.size]);
      expect(back.hasDirectedEdge('google', 'constructor~')).toBe(true);
    }
    expect(Object.hasOwn(Object, 'previous')).toBe(false);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('a graph JSON or GEXF with nodes keyed "__proto__" and "toString" is read without polluting Object.prototype', () => {
    const graph = buildGraph([extract('Google banned staff from using the Vexo app.')]);
    const json = toJSON(graph).replace(/"vexo"/g, '"__proto__"');
    const fromJson = fromJSON(json);
    expect(fromJson.hasNode('__proto__~')).toBe(true);
    const gexf = toGexf(graph).replace(/"vexo"/g, '"toString"');
    const fromXml = fromGexf(gexf);
    expect(fromXml.hasDirectedEdge('google', 'toString~')).toBe(true);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });

  it('a type named "toString" or "constructor" is an unknown type with the default colour', () => {
    expect(entityColor('toString')).toBe(FALLBACK_COLOR);
    expect(entityColor('constructor')).toBe(FALLBACK_COLOR);
    expect(entityColor('company')).not.toBe(FALLBACK_COLOR);
  });
});
