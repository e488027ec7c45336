import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import {
  CONFLICT_COLOR,
  ENTITY_COLORS,
  RELATION_COLORS,
  EDGE_WIDTHS,
  edgeSize,
  entityColor,
  NODE_SIZES,
  nodeSize,
  relationColor,
  relativeSizes,
} from '../src/pipeline/graph/style';
import { claudeCodeCorpus } from './fixtures/records';

const HEX = /^#[0-9a-f]{6}$/;

describe('style', () => {
  it('gives every entity type its own #rrggbb colour, none of them the conflict red', () => {
    const colors = Object.values(ENTITY_COLORS);
    expect(new Set(colors).size).toBe(colors.length);
    for (const color of colors) expect(color).toMatch(HEX);
    expect(colors).not.toContain(CONFLICT_COLOR);
  });

  it('gives every relation its own #rrggbb colour, none of them the conflict red', () => {
    const colors = Object.values(RELATION_COLORS);
    expect(new Set(colors).size).toBe(colors.length);
    for (const color of colors) expect(color).toMatch(HEX);
    expect(colors).not.toContain(CONFLICT_COLOR);
  });

  it('falls back to a neutral colour for an unknown type or relation', () => {
    expect(entityColor('spaceship')).toMatch(HEX);
    expect(relationColor('befriends')).toMatch(HEX);
  });

  it('grows node size with mentions, with a cap', () => {
    expect(nodeSize(1)).toBeLessThan(nodeSize(4));
    expect(nodeSize(4)).toBeLessThan(nodeSize(25));
    expect(nodeSize(1_000_000)).toBe(nodeSize(10_000_000));
    expect(edgeSize(1)).toBeLessThan(edgeSize(3));
  });

  it('sizes relative to the values given: smallest to the minimum, largest to the maximum, order kept, on every scale', () => {
    const values = [3, 7171, 299, 40, 1000];
    for (const scale of ['linear', 'sqrt', 'log'] as const) {
      const sizes = relativeSizes(values, scale, NODE_SIZES);
      expect([sizes[0], sizes[1]]).toEqual([NODE_SIZES.min, NODE_SIZES.max]);
      expect(sizes[0]! < sizes[3]! && sizes[3]! < sizes[2]! && sizes[2]! < sizes[4]! && sizes[4]! < sizes[1]!, `${scale}: ${sizes}`).toBe(true);
    }
    // The same counts, a hundred times larger, draw the same: sizes depend on the graph, not on a cap.
    expect(relativeSizes(values.map((v) => v * 100), 'sqrt', NODE_SIZES)).toEqual(relativeSizes(values, 'sqrt', NODE_SIZES));
    // Nothing to tell apart: every value gets the middle size.
    expect(relativeSizes([5, 5], 'log', EDGE_WIDTHS)).toEqual([2.5, 2.5]);
    expect(EDGE_WIDTHS.max).toBeLessThanOrEqual(NODE_SIZES.min);
  });

  it('colours the built graph by type and relation, conflicting edges red', () => {
    const graph = buildGraph(claudeCodeCorpus());
    expect(graph.getNodeAttribute('alibaba', 'color')).toBe(ENTITY_COLORS.company);
    expect(graph.getNodeAttribute('claude-code', 'color')).toBe(ENTITY_COLORS.product);
    expect(graph.getNodeAttribute('claude-code', 'size')).toBeGreaterThan(graph.getNodeAttribute('openai', 'size'));
    expect(graph.getEdgeAttribute('alibaba->banned->claude-code', 'color')).toBe(RELATION_COLORS.banned);
    expect(graph.getEdgeAttribute('openai->develops->claude-code', 'color')).toBe(CONFLICT_COLOR);
  });
});
