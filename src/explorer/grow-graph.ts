/**
 * Adding articles grows the graph in place: the new records are merged with the graph on screen
 * (the pipeline's mergeGraphs, the same fold the CLI uses), then every node that was already there
 * gets back its position and pin, and new nodes start next to a neighbour already placed, on a
 * spot clear of the nodes and labels already drawn (freeSpotNear), so the picture the user knows
 * does not jump and no new node lands on a label.
 */
import { buildGraph } from '../pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { seedPosition } from '../pipeline/graph/layout';
import { mergeGraphs } from '../pipeline/graph/merge-graphs';
import type { ArticleRecord } from '../pipeline/types';
import { isPinned, pinNode } from './pinned-nodes';

export function growGraph(current: KnowledgeGraph, records: readonly ArticleRecord[]): KnowledgeGraph {
  const merged = mergeGraphs([current, buildGraph(records)]);
  const extent = extentOf(current);
  const spread = extent / 200;
  const placed: Point[] = current.mapNodes((_node, { x, y }) => ({ x, y }));
  merged.forEachNode((node) => {
    if (current.hasNode(node)) {
      const { x, y } = current.getNodeAttributes(node);
      merged.mergeNodeAttributes(node, { x, y });
      if (isPinned(current, node)) pinNode(merged, node);
      return;
    }
    const jitter = seedPosition(node);
    const anchor = merged.findNeighbor(node, (neighbour) => current.hasNode(neighbour));
    // With no placed neighbour: the seed position, scaled to the drawing, around the centre.
    const spot = anchor === undefined ? { x: jitter.x * spread, y: jitter.y * spread } : freeSpotNear(current.getNodeAttributes(anchor), placed, extent, Math.atan2(jitter.y, jitter.x));
    merged.mergeNodeAttributes(node, spot);
    placed.push(spot);
  });
  return merged;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The nearest spot around `anchor` that is clear of every placed node and of the label drawn to
 * its right: rings of 12 directions, starting at `angle` (a node's own, so new nodes fan out),
 * each ring a step further. Distances are fractions of the drawing's `extent`, as the screen
 * scales the whole drawing. Falls back to the first spot of the last ring.
 */
export function freeSpotNear(anchor: Point, placed: readonly Point[], extent: number, angle: number): Point {
  const step = extent / 25;
  const labelWidth = extent / 8;
  const clear = (spot: Point): boolean =>
    placed.every((other) => {
      const dx = spot.x - other.x;
      const dy = spot.y - other.y;
      if (Math.abs(dy) >= step * 0.6) return true;
      // Not on the node, nor on its label (which runs to the right of it), nor with its own label on the node.
      return dx >= labelWidth + step * 0.5 || dx <= -(labelWidth + step * 0.5);
    });
  let fallback: Point | undefined;
  for (let ring = 1; ring <= 6; ring++) {
    for (let i = 0; i < 12; i++) {
      const theta = angle + (i * Math.PI) / 6;
      const spot = { x: anchor.x + Math.cos(theta) * step * ring, y: anchor.y + Math.sin(theta) * step * ring };
      fallback ??= spot;
      if (clear(spot)) return spot;
    }
  }
  return fallback!;
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
