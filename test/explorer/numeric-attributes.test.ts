import { describe, expect, it } from 'vitest';
import { extentOf, inRange, NUMERIC_ATTRIBUTES } from '../../src/explorer/numeric-attributes';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../src/pipeline/schema/graph-attributes';

describe('the attributes a range filter offers', () => {
  it('are the schema’s measured numbers and dates, never a group number or a drawing position', () => {
    const ids = NUMERIC_ATTRIBUTES.map((attribute) => attribute.id);
    for (const id of ['node.mentions', 'node.pagerank', 'node.degree', 'node.firstSeen', 'edge.weight']) expect(ids).toContain(id);
    for (const id of ['node.community', 'node.x', 'node.size', 'node.label', 'edge.relation']) expect(ids).not.toContain(id);
    expect(NUMERIC_ATTRIBUTES.find((attribute) => attribute.id === 'node.firstSeen')?.kind).toBe('date');
  });

  it('follow the schema: every double or integer column of it is offered (an added confidence too)', () => {
    const declared = [
      ...NODE_ATTRIBUTES.filter((row) => (row.gexf === 'double' || row.gexf === 'integer') && row.key !== 'community').map((row) => `node.${row.key}`),
      // An edge's `size` is its drawn width (GEXF's own weight), a picture rather than a measure.
      ...EDGE_ATTRIBUTES.filter((row) => (row.gexf === 'double' || row.gexf === 'integer' || row.gexf === 'weight') && row.key !== 'size').map((row) => `edge.${row.key}`),
    ];
    expect(declared.length).toBeGreaterThan(3);
    for (const id of declared) expect(NUMERIC_ATTRIBUTES.map((attribute) => attribute.id)).toContain(id);
  });

  it('compares inclusively and leaves out missing values', () => {
    expect(inRange(3, { attribute: 'node.mentions', min: 3, max: 3 })).toBe(true);
    expect(inRange(2, { attribute: 'node.mentions', min: 3 })).toBe(false);
    expect(inRange(undefined, { attribute: 'node.pagerank', max: 1 })).toBe(false);
    expect(inRange('2026-07-02', { attribute: 'node.firstSeen', min: '2026-07-01', max: '2026-07-02' })).toBe(true);
    expect(extentOf([4, undefined, 1, 9])).toEqual({ min: 1, max: 9 });
    expect(extentOf([undefined])).toBeNull();
  });
});
