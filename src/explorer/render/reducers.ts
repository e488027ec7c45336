/**
 * Sigma's node and edge reducers: how each node and edge is drawn given the filters, the hover and
 * the selection. They read precomputed sets from AppState and allocate nothing, so a refresh of a
 * 10,000-node graph stays cheap.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { CONFLICT_COLOR, relationColor } from '../../pipeline/graph/style';
import { SYMMETRIC_RELATIONS, type EdgeAttributes, type NodeAttributes, type RelationKind } from '../../pipeline/types';
import type { AppState } from '../app-state';
import { relationLabel } from '../labels';
import { usesFocusOverlay } from './focus-overlay';

/** Colour of everything outside the hovered neighbourhood. */
export const DIMMED_COLOR = '#e2e5ea';
/** Conflicting claims are drawn red (the palette keeps red for them) and thicker, so they stand out. */
const CONFLICT_SIZE_FACTOR = 2;
const HIGHLIGHT_SIZE_FACTOR = 1.8;
/** Above this many neighbours, only the focused node's own label is forced on. */
const MAX_FORCED_LABELS = 40;

const UNDIRECTED: ReadonlySet<RelationKind> = new Set(SYMMETRIC_RELATIONS);

/** "competes with" for "competes_with", computed once per relation rather than per edge. */
const displayLabels = new Map<string, string>();
function displayLabel(relation: string): string {
  let label = displayLabels.get(relation);
  if (label === undefined) {
    label = relationLabel(relation);
    displayLabels.set(relation, label);
  }
  return label;
}

/** The edge programs registered in create-renderer.ts. */
export type EdgeProgram = 'arrow' | 'line' | 'curvedArrow' | 'curve';

/**
 * Sigma's program for a relation: arrows for directed relations, plain lines for symmetric ones;
 * curved (@sigma/edge-curve) when the edge has a parallel one, straight otherwise.
 */
export function edgeProgramFor(relation: RelationKind, curved: boolean): EdgeProgram {
  if (UNDIRECTED.has(relation)) return curved ? 'curve' : 'line';
  return curved ? 'curvedArrow' : 'arrow';
}

/** What the edge reducer returns: Sigma's display data plus the curvature @sigma/edge-curve reads. */
type CurvedEdgeDisplayData = Partial<EdgeDisplayData> & { curvature?: number };

/**
 * Sigma hands each reducer its own shallow copy of the attributes (Sigma.addNode/addEdge), so the
 * reducers write the display fields into that copy and return it: no second object per element
 * and refresh, which on a 30,000-edge graph is most of what a refresh allocates.
 */
type NodeDraw = Partial<NodeDisplayData> & Record<string, unknown>;
type EdgeDraw = CurvedEdgeDisplayData & Record<string, unknown>;

export function createNodeReducer(state: AppState) {
  return (node: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    const data = attributes as unknown as NodeDraw;
    // `type` in the data is the entity type; Sigma reads `type` as the program name, so it is replaced.
    data.type = 'circle';
    if (!state.view.nodes.has(node)) {
      data.hidden = true;
      return data;
    }
    // On big graphs the focus is drawn by the overlay (focus-overlay.ts), not by dimming the rest.
    const focus = usesFocusOverlay(state) ? null : state.focus;
    const selection = state.selection;
    const isSelected = selection.kind === 'node' && selection.node === node;
    if (focus && !focus.nodes.has(node)) {
      data.color = DIMMED_COLOR;
      data.label = '';
      data.zIndex = 0;
      return data;
    }
    const isFresh = state.fresh.has(node);
    data.forceLabel = isFresh || (focus !== null && (focus.nodes.size <= MAX_FORCED_LABELS || node === state.hoveredNode || isSelected));
    // Colour and size follow "colour by" and "size by" (appearance.ts); undefined = the node's own.
    data.color = state.nodeColors?.get(node) ?? attributes.color;
    data.size = state.nodeSizes?.get(node) ?? attributes.size;
    data.zIndex = focus || isFresh ? 2 : 1;
    data.highlighted = isSelected || isFresh;
    return data;
  };
}

export function createEdgeReducer(state: AppState) {
  return (edge: string, attributes: EdgeAttributes): CurvedEdgeDisplayData => {
    const data = attributes as unknown as EdgeDraw;
    const { relation, conflict: conflicting, size, color } = attributes;
    const curvature = state.curvatures.get(edge);
    data.type = edgeProgramFor(relation, curvature !== undefined);
    if (curvature !== undefined) data.curvature = curvature;
    const big = usesFocusOverlay(state);
    // On big graphs, frames drawn while the layout moves the nodes leave the edges out: drawing
    // 30,000 edges each iteration would make every frame take seconds in software WebGL.
    if (!state.view.edges.has(edge) || (big && state.isLayoutRunning)) {
      data.hidden = true;
      return data;
    }
    const focus = big ? null : state.focus;
    const selection = state.selection;
    const isSelected = selection.kind === 'edge' && selection.edge === edge;
    const isHovered = state.hoveredEdge === edge;
    const inFocus = focus !== null && focus.edges.has(edge);
    if (focus && !inFocus && !isSelected) {
      data.color = DIMMED_COLOR;
      data.label = '';
      data.zIndex = 0;
      return data;
    }
    // Red only while the rival claim is shown too (a date range or filter may hide it).
    const conflict = conflicting && state.liveConflictEdges.has(edge);
    const baseSize = conflict ? size * CONFLICT_SIZE_FACTOR : size;
    const emphasised = isSelected || isHovered;
    data.color = conflict ? CONFLICT_COLOR : conflicting ? relationColor(relation) : color;
    data.size = emphasised ? baseSize * HIGHLIGHT_SIZE_FACTOR : baseSize;
    // Relation labels only where they can be read: zoomed in, or around what the user points at.
    data.label = state.isZoomedIn || inFocus || emphasised ? displayLabel(relation) : '';
    data.forceLabel = emphasised;
    data.zIndex = emphasised ? 3 : inFocus ? 2 : 1;
    return data;
  };
}
