import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import {
  CONFLICT_COLOR,
  ENTITY_COLORS,
  RELATION_COLORS,
  edgeSize,
  entityColor,
  nodeSize,
  relationColor,
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

  it('colours the built graph by type and relation, conflicting edges red', () => {
    const graph = buildGraph(claudeCodeCorpus());
    expect(graph.getNodeAttribute('alibaba', 'color')).toBe(ENTITY_COLORS.company);
    expect(graph.getNodeAttribute('claude-code', 'color')).toBe(ENTITY_COLORS.product);
    expect(graph.getNodeAttribute('claude-code', 'size')).toBeGreaterThan(graph.getNodeAttribute('openai', 'size'));
    expect(graph.getEdgeAttribute('alibaba->banned->claude-code', 'color')).toBe(RELATION_COLORS.banned);
    expect(graph.getEdgeAttribute('openai->develops->claude-code', 'color')).toBe(CONFLICT_COLOR);
  });
});
