/**
 * Drag nodes to rearrange the graph (Sigma's "drag and drop" example: downNode, then moveBody
 * converted with viewportToGraph, so the node follows the pointer in graph coordinates). A
 * dragged node is pinned with `fixed: true`, the flag ForceAtlas2 reads, so later layout runs
 * leave it in place.
 *
 * The browser ends every drag with a `click`, and Sigma turns it into clickNode (or clickStage).
 * Taken as a selection, it would open the side panel, which narrows the graph's container and
 * re-frames the whole view: the node just dropped would jump ~180 px away from the pointer. So the
 * click that ends a drag is not a selection; `isClickAfterDrag` tells the click handlers.
 */
import type { LayoutControl } from '../layout-control';
import { pinNode } from '../pinned-nodes';
import type { ExplorerSigma } from './create-renderer';

export interface NodeDragging {
  /** True for the click the browser sends at the end of a drag that moved a node. */
  isClickAfterDrag(): boolean;
}

export function enableNodeDragging(sigma: ExplorerSigma, layout: LayoutControl): NodeDragging {
  let dragged: string | null = null;
  let moved = false;
  let clickEndsDrag = false;
  const camera = sigma.getCamera();

  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    clickEndsDrag = false;
    layout.suspend();
    // The view must not move under the pointer: no camera pan, and no re-fit of the bounding box
    // to the moving node (a custom bbox freezes the graph → screen mapping during the drag).
    camera.disable();
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  // A click always starts with a mouse down: a flag left by a drag released outside the page
  // (where no click follows) must not swallow the next real click.
  const forgetDrag = (): void => {
    clickEndsDrag = false;
  };
  sigma.on('downStage', forgetDrag);
  sigma.on('downEdge', forgetDrag);

  sigma.on('moveBody', ({ event }) => {
    if (dragged === null) return;
    const graph = sigma.getGraph();
    if (!graph.hasNode(dragged)) return;
    // Viewport (pixels from the container's top left) → the graph's own x/y, not framed ones.
    const position = sigma.viewportToGraph({ x: event.x, y: event.y });
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
    clickEndsDrag = moved;
    camera.enable();
    layout.resume();
  };
  sigma.on('upNode', release);
  sigma.on('upEdge', release);
  sigma.on('upStage', release);

  return {
    isClickAfterDrag: () => {
      const endsDrag = clickEndsDrag;
      clickEndsDrag = false;
      return endsDrag;
    },
  };
}
