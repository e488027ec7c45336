/**
 * Where the explorer switches to its big-graph behaviour, in one place. In software WebGL (and on
 * modest GPUs) a full redraw of a graph this size costs most of a second, so from here on:
 * - by edges: edges are left out of frames drawn while the camera moves or the layout runs, and
 *   hover and selection are drawn on an overlay instead of by redrawing every edge;
 * - by nodes: ForceAtlas2 moves a copy of the graph synced to the screen every two seconds, and
 *   a graph that comes laid out is not laid out again at start.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';

export const BIG_GRAPH_EDGES = 5_000;
export const BIG_GRAPH_NODES = 2_000;

export function hasManyEdges(graph: KnowledgeGraph): boolean {
  return graph.size >= BIG_GRAPH_EDGES;
}

export function hasManyNodes(graph: KnowledgeGraph): boolean {
  return graph.order >= BIG_GRAPH_NODES;
}
