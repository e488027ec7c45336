/**
 * Drag nodes to rearrange the graph (Sigma's downNode / moveBody pattern). A dragged node is
 * pinned with `fixed: true`, the flag ForceAtlas2 reads, so later layout runs leave it in place.
 */
import type { LayoutControl } from '../layout-control';
import { pinNode } from '../pinned-nodes';
import type { ExplorerSigma } from './create-renderer';

export function enableNodeDragging(sigma: ExplorerSigma, layout: LayoutControl): void {
  let dragged: string | null = null;
  let moved = false;

  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    layout.suspend();
    // Keep the camera frame fixed while a node moves, instead of re-fitting the bounding box.
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });

  sigma.on('moveBody', ({ event }) => {
    if (dragged === null) return;
    const graph = sigma.getGraph();
    if (!graph.hasNode(dragged)) return;
    const position = sigma.viewportToGraph(event);
    if (!moved) pinNode(graph, dragged);
    moved = true;
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });

  const release = (): void => {
    if (dragged === null) return;
    dragged = null;
    layout.resume();
  };
  sigma.on('upNode', release);
  sigma.on('upStage', release);
}
