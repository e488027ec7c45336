/**
 * What the pointer does on the graph: hovering a node or edge sets the hover in AppState (the
 * reducers then dim everything else), clicking selects, clicking the background clears. The click
 * that ends a node drag is none of these (see drag-nodes.ts).
 */
import type { AppState } from '../app-state';
import type { ExplorerSigma } from './create-renderer';

export interface PointerActions {
  clickNode(node: string): void;
  /** Shift-click: adds the node to (or takes it from) the entities picked for a correction. */
  pickNode(node: string): void;
  selectEdge(edge: string): void;
  clearSelection(): void;
  /** True when the current click only ends a drag. */
  isClickAfterDrag(): boolean;
}

export function wirePointerEvents(sigma: ExplorerSigma, state: AppState, actions: PointerActions): void {
  const container = sigma.getContainer();
  const pointing = (on: boolean): void => {
    container.classList.toggle('pointing', on);
  };
  sigma.on('enterNode', ({ node }) => {
    state.hover(node, null);
    pointing(true);
  });
  sigma.on('leaveNode', () => {
    state.hover(null, state.hoveredEdge);
    pointing(false);
  });
  sigma.on('enterEdge', ({ edge }) => {
    state.hover(state.hoveredNode, edge);
    pointing(true);
  });
  sigma.on('leaveEdge', () => {
    state.hover(state.hoveredNode, null);
    pointing(false);
  });
  sigma.on('clickNode', ({ node, event }) => {
    if (actions.isClickAfterDrag()) return;
    if (event.original.shiftKey) actions.pickNode(node);
    else actions.clickNode(node);
  });
  // Sigma reads a second click within its double-click time as a double click, on whichever node:
  // two quick shift-clicks are two picks, not a zoom.
  sigma.on('doubleClickNode', ({ node, event }) => {
    if (!event.original.shiftKey) return;
    event.preventSigmaDefault();
    actions.pickNode(node);
  });
  sigma.on('clickEdge', ({ edge }) => {
    if (!actions.isClickAfterDrag()) actions.selectEdge(edge);
  });
  sigma.on('clickStage', () => {
    if (!actions.isClickAfterDrag()) actions.clearSelection();
  });

  // Opening the claims table resizes the container: redraw at the new size at once, so that
  // positions under the pointer stay right. Only on a real change: the observer's first call, at
  // start, would cost a second full draw of a big graph before the page answers.
  new ResizeObserver(() => {
    const { width, height } = sigma.getDimensions();
    if (container.offsetWidth !== width || container.offsetHeight !== height) sigma.scheduleRender();
  }).observe(container);
}
