/**
 * Adding articles grows the graph in place: the new records are merged with the graph on screen
 * (the pipeline's mergeGraphs, the same fold the CLI uses), then every node that was already there
 * gets back its position and pin, and new nodes start next to a neighbour already placed, so the
 * picture the user knows does not jump.
 */
import { buildGraph } from '../pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { seedPosition } from '../pipeline/graph/layout';
import { mergeGraphs } from '../pipeline/graph/merge-graphs';
import type { ArticleRecord } from '../pipeline/types';
import { isPinned, pinNode } from './pinned-nodes';

export function growGraph(current: KnowledgeGraph, records: readonly ArticleRecord[]): KnowledgeGraph {
  const merged = mergeGraphs([current, buildGraph(records)]);
  const spread = extentOf(current) / 200;
  merged.forEachNode((node) => {
    if (current.hasNode(node)) {
      const { x, y } = current.getNodeAttributes(node);
      merged.mergeNodeAttributes(node, { x, y });
      if (isPinned(current, node)) pinNode(merged, node);
      return;
    }
    // The seed position, scaled to the drawing, as a deterministic jitter around a placed neighbour.
    const jitter = seedPosition(node);
    const anchor = merged.findNeighbor(node, (neighbour) => current.hasNode(neighbour));
    const base = anchor === undefined ? { x: 0, y: 0 } : current.getNodeAttributes(anchor);
    const scale = anchor === undefined ? spread : spread / 5;
    merged.mergeNodeAttributes(node, { x: base.x + jitter.x * scale, y: base.y + jitter.y * scale });
  });
  return merged;
}

/** Half the larger side of the graph's bounding box (at least 1). */
function extentOf(graph: KnowledgeGraph): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(1, maxX - minX, maxY - minY);
}
