import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from './knowledge-graph';

/** From this many nodes on, ForceAtlas2 uses the Barnes–Hut approximation (O(n log n) per iteration). */
export const BARNES_HUT_FROM = 1000;
export const DEFAULT_ITERATIONS = 200;

export interface LayoutOptions {
  /** Fixed number of ForceAtlas2 iterations (default 200): the same input gives the same positions. */
  iterations?: number;
}

/**
 * A starting position that depends only on the node key (not on Math.random, not on the other
 * nodes), so that a node lands in the same place whatever graph or batch it was built in.
 */
export function seedPosition(key: string): { x: number; y: number } {
  const hash = fnv1a(key);
  const angle = ((hash & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = 10 + ((hash >>> 16) / 0x10000) * 90;
  return { x: round3(radius * Math.cos(angle)), y: round3(radius * Math.sin(angle)) };
}

/** Moves every node from its seed position through a fixed number of ForceAtlas2 iterations; writes x, y. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  graph.updateEachNodeAttributes(
    (key, attributes) => {
      const seed = seedPosition(key);
      attributes.x = seed.x;
      attributes.y = seed.y;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
  if (graph.order === 0) return;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order >= BARNES_HUT_FROM,
  };
  const positions = forceAtlas2(graph, {
    iterations: options.iterations ?? DEFAULT_ITERATIONS,
    settings,
    getEdgeWeight: 'weight',
  });
  // Rounded: keeps exports short and hides the last-bit noise no reader needs.
  graph.updateEachNodeAttributes(
    (key, attributes) => {
      const position = positions[key]!;
      attributes.x = round3(finiteOr0(position.x));
      attributes.y = round3(finiteOr0(position.y));
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, fast and stable across platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function finiteOr0(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
