import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from './knowledge-graph';

/**
 * From this many nodes on, ForceAtlas2 uses the Barnes–Hut approximation (O(n log n) per
 * iteration instead of O(n²)). Measured on the 2-core bench machine (synthetic graphs, ms per
 * iteration, exact vs Barnes–Hut at BARNES_HUT_THETA): 200 nodes 0.86 vs 0.54, 300 nodes 2.4 vs
 * 0.9, 500 nodes 5.1 vs 1.6, 800 nodes 12.3 vs 3.2, 2,000 nodes 80 vs 11. Below 300 nodes a whole
 * layout takes a fraction of a second either way, and the exact forces are kept.
 */
export const BARNES_HUT_FROM = 300;

/**
 * Barnes–Hut accuracy: cells that look smaller than this (size ÷ distance) are treated as one
 * body. Gephi's ForceAtlas2 default; graphology's 0.5 costs 2.2× as much per iteration (the 10 MB
 * bench graph, 2,240 nodes: 24 ms vs 11 ms at 1.0) for differences no reader of the map sees.
 */
export const BARNES_HUT_THETA = 1.2;

/** Iterations for graphs of up to FULL_ITERATIONS_UP_TO nodes. */
export const DEFAULT_ITERATIONS = 200;
const FULL_ITERATIONS_UP_TO = 2000;
/** The fewest iterations any graph gets, reached at LEAST_ITERATIONS_AT nodes. */
const LEAST_ITERATIONS = 20;
const LEAST_ITERATIONS_AT = 100_000;

/**
 * How many ForceAtlas2 iterations a graph of `order` nodes gets by default: 200 up to 2,000
 * nodes, then falling on a straight line in log–log scale to 20 at 100,000 nodes and beyond
 * (about 120 at 5,000, 77 at 10,000, 30 at 50,000). An iteration costs about linearly more with
 * Barnes–Hut, so the layout time stays within tens of seconds at 100,000 nodes instead of six
 * minutes; large graphs also start from spread-out seed positions and need fewer steps to
 * untangle. Depends only on the node count, so the result stays deterministic.
 */
export function defaultIterations(order: number): number {
  if (order <= FULL_ITERATIONS_UP_TO) return DEFAULT_ITERATIONS;
  const slope = Math.log(LEAST_ITERATIONS / DEFAULT_ITERATIONS) / Math.log(LEAST_ITERATIONS_AT / FULL_ITERATIONS_UP_TO);
  const iterations = DEFAULT_ITERATIONS * Math.pow(order / FULL_ITERATIONS_UP_TO, slope);
  return Math.max(LEAST_ITERATIONS, Math.round(iterations));
}

export interface LayoutOptions {
  /** Fixed number of ForceAtlas2 iterations (default: defaultIterations of the node count). */
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

/**
 * What ForceAtlas2 reads of a graph, as plain data that a worker thread can receive: the nodes in
 * the graph's order at their seed positions, and each edge's ends (indices into `nodes`) and
 * weight in the graph's order. Layout depends on nothing else, so laying out this input gives
 * the positions layoutGraph would give, wherever it runs.
 */
export interface LayoutInput {
  nodes: string[];
  /** 1 where the node is pinned (the explorer's `fixed`): ForceAtlas2 leaves it in place. */
  fixed: Uint8Array;
  /** Source and target index of each edge, two per edge. */
  ends: Uint32Array;
  weights: Float64Array;
  iterations: number;
}

export function layoutInput(graph: KnowledgeGraph, options: LayoutOptions = {}): LayoutInput {
  const nodes = graph.nodes();
  const fixed = new Uint8Array(nodes.length);
  nodes.forEach((key, i) => (fixed[i] = graph.getNodeAttribute(key, 'fixed') === true ? 1 : 0));
  const edges = graph.mapEdges((_edge, attributes, source, target): LayoutEdge => ({ source, target, weight: attributes.weight }));
  return layoutInputOf(nodes, edges, fixed, options);
}

/** An edge as ForceAtlas2 reads it: the keys of its ends and its weight. */
export interface LayoutEdge {
  source: string;
  target: string;
  weight: unknown;
}

/**
 * The LayoutInput of nodes and edges in the given orders, none pinned unless `fixed` says so:
 * what layoutInput reads off a graph, for a caller that knows the graph's shape before building
 * it (GraphDraft, which starts the layout that early).
 */
export function layoutInputOf(nodes: string[], edges: readonly LayoutEdge[], fixed = new Uint8Array(nodes.length), options: LayoutOptions = {}): LayoutInput {
  const index = new Map(nodes.map((key, i) => [key, i]));
  const ends = new Uint32Array(edges.length * 2);
  const weights = new Float64Array(edges.length);
  edges.forEach(({ source, target, weight }, e) => {
    ends[2 * e] = index.get(source)!;
    ends[2 * e + 1] = index.get(target)!;
    // As ForceAtlas2's weight getter reads it: anything but a number counts 1.
    weights[e] = typeof weight === 'number' && !Number.isNaN(weight) ? weight : 1;
  });
  return { nodes, fixed, ends, weights, iterations: options.iterations ?? defaultIterations(nodes.length) };
}

/**
 * ForceAtlas2 from the seed positions: x and y of each node of `input.nodes`, in turn (rounded:
 * keeps exports short and hides the last-bit noise no reader needs). Pure, so the CLI can run it
 * on another thread while it finishes the graph.
 */
export function computePositions(input: LayoutInput): Float64Array {
  const positions = new Float64Array(input.nodes.length * 2);
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  input.nodes.forEach((key, i) => {
    const seed = seedPosition(key);
    positions[2 * i] = seed.x;
    positions[2 * i + 1] = seed.y;
    graph.addNode(i, { x: seed.x, y: seed.y, fixed: input.fixed[i] === 1 });
  });
  if (graph.order === 0) return positions;
  for (let e = 0; e < input.weights.length; e++) graph.addEdge(input.ends[2 * e], input.ends[2 * e + 1], { weight: input.weights[e] });
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order >= BARNES_HUT_FROM,
    barnesHutTheta: BARNES_HUT_THETA,
  };
  forceAtlas2.assign(graph, { iterations: input.iterations, settings, getEdgeWeight: 'weight' });
  graph.forEachNode((key, attributes) => {
    const i = Number(key);
    positions[2 * i] = round3(finiteOr0(attributes.x));
    positions[2 * i + 1] = round3(finiteOr0(attributes.y));
  });
  return positions;
}

/** Writes positions from computePositions onto the nodes they were computed for. */
export function applyPositions(graph: KnowledgeGraph, nodes: readonly string[], positions: Float64Array): void {
  nodes.forEach((key, i) => graph.mergeNodeAttributes(key, { x: positions[2 * i]!, y: positions[2 * i + 1]! }));
}

/** Moves every node from its seed position through a fixed number of ForceAtlas2 iterations; writes x, y. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  const input = layoutInput(graph, options);
  applyPositions(graph, input.nodes, computePositions(input));
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, fast and stable across platforms. */
export function fnv1a(text: string): number {
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

/** Copies each node's place (and pin) from `from` to the same node of `to`; nodes only in `to` keep theirs. */
export function copyPlaces(from: KnowledgeGraph, to: KnowledgeGraph): void {
  to.updateEachNodeAttributes(
    (node, attributes) => {
      if (!from.hasNode(node)) return attributes;
      const { x, y, fixed } = from.getNodeAttributes(node);
      attributes.x = x;
      attributes.y = y;
      if (fixed) attributes.fixed = fixed;
      return attributes;
    },
    { attributes: ['x', 'y', 'fixed'] },
  );
}
