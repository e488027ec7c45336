/**
 * Parallel edges: two relations between the same two entities (Alibaba develops Qwen, Alibaba
 * invests_in Qwen) would be drawn on top of each other as one line. Each edge of such a bundle gets
 * a curvature, spread evenly on both sides of the straight line, so every one of them shows; an
 * edge alone between its two nodes gets none and stays straight. Only drawn edges count: when a
 * filter hides one of two parallel edges, the other one straightens again.
 * Derived for the reducers like the filtered view; pure, so it is unit-tested in Node.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';

/** Curvature between neighbouring edges of a bundle (@sigma/edge-curve: bulge ≈ curvature × length / 2). */
const CURVATURE_STEP = 0.5;
/** The outermost edges of a big bundle curve at most this much, so they stay near their nodes. */
const MAX_CURVATURE = 0.8;

/**
 * The bundles of the whole graph: edges that share both ends with another edge, grouped by pair.
 * Computed once per graph; a filter change then only looks at these few edges, not at all of them.
 */
export function parallelBundles(graph: KnowledgeGraph): string[][] {
  const bundles = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const pair = pairKey(source, target);
    const bundle = bundles.get(pair);
    if (bundle) bundle.push(edge);
    else bundles.set(pair, [edge]);
  });
  // Sorted, so an edge keeps its side of the bundle from one refresh to the next.
  return [...bundles.values()].filter((bundle) => bundle.length > 1).map((bundle) => bundle.sort());
}

/** Curvature of every drawn edge that shares both ends with another drawn edge; the others are absent. */
export function parallelEdgeCurvatures(graph: KnowledgeGraph, drawn: ReadonlySet<string>, bundles: readonly string[][] = parallelBundles(graph)): Map<string, number> {
  const curvatures = new Map<string, number>();
  for (const whole of bundles) {
    const bundle = whole.filter((edge) => drawn.has(edge));
    if (bundle.length < 2) continue;
    const middle = (bundle.length - 1) / 2;
    const step = Math.min(CURVATURE_STEP, MAX_CURVATURE / middle);
    bundle.forEach((edge, index) => {
      const offset = (index - middle) * step;
      if (offset === 0) return; // the middle edge of an odd bundle stays straight
      // The curve bends relative to its own source → target direction: an edge drawn the other way
      // round (B → A next to A → B) needs the opposite sign to land on the side it was given.
      const [source, target] = graph.extremities(edge);
      curvatures.set(edge, source <= target ? offset : -offset);
    });
  }
  return curvatures;
}

/** The same key for A–B and B–A. */
function pairKey(source: string, target: string): string {
  return source <= target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
}
