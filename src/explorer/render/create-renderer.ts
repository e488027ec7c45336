/**
 * Creates the Sigma (WebGL) renderer with settings chosen for readability and scale: labels that
 * do not pile up, relation labels only when zoomed in or hovered, edges hidden while the camera
 * moves on big graphs, parallel edges curved apart.
 */
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { createEdgeArrowProgram, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeRectangleProgram } from 'sigma/rendering';
import type { KnowledgeNodeAttributes } from '../../pipeline/graph/knowledge-graph';
import type { EdgeAttributes, GraphAttributes } from '../../pipeline/types';
import type { AppState } from '../app-state';
import { hasManyEdges } from '../big-graph';
import { drawLabelGivingWay } from './label-collisions';
import { createEdgeReducer, createNodeReducer, type EdgeProgram } from './reducers';

type N = KnowledgeNodeAttributes;
type E = EdgeAttributes;
type G = GraphAttributes;
export type ExplorerSigma = Sigma<N, E, G>;

/**
 * The reducers pick one of these per edge (edgeProgramFor): straight unless the edge has a parallel
 * one. Sigma's own `arrow` and `line`, and their curved twins from @sigma/edge-curve, typed for
 * this graph (the packages' ready-made programs are typed for any graph, which Sigma's types refuse).
 */
const EDGE_PROGRAMS = {
  arrow: createEdgeArrowProgram<N, E, G>(),
  line: EdgeRectangleProgram<N, E, G>,
  curvedArrow: createEdgeCurveProgram<N, E, G>({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS }),
  curve: createEdgeCurveProgram<N, E, G>(),
} satisfies Record<EdgeProgram, unknown>;

/** Camera ratio below which every visible edge gets its relation label. */
const EDGE_LABEL_RATIO = 0.35;

export function createRenderer(state: AppState, container: HTMLElement): ExplorerSigma {
  const sigma: ExplorerSigma = new Sigma<N, E, G>(state.graph, container, {
    nodeReducer: createNodeReducer(state),
    edgeReducer: createEdgeReducer(state),
    defaultEdgeType: 'arrow',
    edgeProgramClasses: EDGE_PROGRAMS,
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    // Big graphs: edges are hidden during pans and zooms to keep the frame rate up.
    hideEdgesOnMove: hasManyEdges(state.graph),
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2933' },
    edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#52606d' },
    // Sigma keeps the biggest nodes' labels per grid cell. Small cells let every label that has
    // room show (a sparse graph shows them all); dense regions keep their biggest nodes' labels.
    labelDensity: 1,
    labelGridCellSize: 40,
    labelRenderedSizeThreshold: 4,
    // Of two overlapping labels, the bigger node's shows (label-collisions.ts).
    defaultDrawNodeLabel: drawLabelGivingWay,
    // Sorting 30,000 edges by zIndex each refresh costs more than it shows on big graphs, where the
    // focus is drawn by the overlay instead (focus-overlay.ts).
    zIndex: !hasManyEdges(state.graph),
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
  });

  // Edge labels depend on the zoom level: refresh only when the threshold is crossed.
  const camera = sigma.getCamera();
  camera.on('updated', () => state.setZoomedIn(camera.ratio < EDGE_LABEL_RATIO));
  return sigma;
}

/** Applies settings that depend on the graph's size after the graph is swapped. */
export function adaptToGraphSize(sigma: ExplorerSigma): void {
  const big = hasManyEdges(sigma.getGraph());
  sigma.setSetting('hideEdgesOnMove', big);
  sigma.setSetting('zIndex', !big);
}

/**
 * Runs a camera animation and draws once more when it ends: with hideEdgesOnMove (big graphs),
 * frames drawn while the camera moves leave the edges out, and the last of them may come before
 * the animation is over, so without this frame the edges would stay missing until the next redraw.
 */
export function moveCamera(sigma: ExplorerSigma, move: (camera: ReturnType<ExplorerSigma['getCamera']>) => Promise<void>): void {
  void move(sigma.getCamera()).then(() => sigma.scheduleRender());
}
