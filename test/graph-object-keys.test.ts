import { describe, expect, it } from 'vitest';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { entityColor, FALLBACK_COLOR } from '../src/pipeline/graph/style';
import { extract } from './extract-helpers';

// Names that are members of Object.prototype reach the graph from plain text (issue 12, part 1):
// they must survive the GEXF round trip, and unknown types named like them get the default style.

describe('names like "Constructor" and "toString"', () => {
  it('a node keyed "constructor" survives writing and reading GEXF', () => {
    const graph = buildGraph([extract('Google banned staff from using the Constructor app. Toolbox is a rival to Constructor.')]);
    expect(graph.hasNode('constructor')).toBe(true);
    const back = fromGexf(toGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.hasDirectedEdge('google', 'constructor')).toBe(true);
  });

  it('a type named "toString" or "constructor" is an unknown type with the default colour', () => {
    expect(entityColor('toString')).toBe(FALLBACK_COLOR);
    expect(entityColor('constructor')).toBe(FALLBACK_COLOR);
    expect(entityColor('company')).not.toBe(FALLBACK_COLOR);
  });
});
