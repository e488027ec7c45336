/**
 * The explorer's UI state: the graph on screen, the selection, what the pointer is over, the
 * filters, and the sets derived from them. Data is never copied or changed here: the filtered view
 * and the highlight are sets of keys that Sigma's reducers read, recomputed only when their
 * inputs change (never per frame).
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { DEFAULT_SIZE_SCALE, type SizeScale } from '../pipeline/graph/style';
import { COLOR_MODES, SIZE_MODES, type ColorBy, type SizeBy } from './appearance';
import { computeFilteredView, NO_FILTERS, type FilteredView, type Filters } from './filtered-view';
import { parallelBundles, parallelEdgeCurvatures } from './parallel-edges';
import type { Connection } from './paths';

/** How nodes are coloured and sized (appearance.ts holds the modes). */
export interface Appearance {
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** How the "size by" value becomes a size: linear, square root or log. */
  sizeScale: SizeScale;
}

export const DEFAULT_APPEARANCE: Appearance = { colorBy: 'type', sizeBy: 'mentions', sizeScale: DEFAULT_SIZE_SCALE };

/**
 * What the user clicked. An edge chosen from a node's relation list remembers that node (`from`),
 * so the side panel keeps showing it above the evidence.
 */
export type Selection =
  | { kind: 'none' }
  | { kind: 'node'; node: string }
  | { kind: 'edge'; edge: string; from?: string };

/** The neighbourhood that stays bright while the rest dims. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Which part of the state changed, so each listener redraws only what it shows. */
export type StateChange = 'graph' | 'filters' | 'selection' | 'hover' | 'zoom' | 'fresh' | 'layout' | 'appearance' | 'path';

type Listener = (change: StateChange) => void;

export class AppState {
  private currentGraph: KnowledgeGraph;
  private currentFilters: Filters = NO_FILTERS;
  private currentSelection: Selection = { kind: 'none' };
  private hoveredNodeKey: string | null = null;
  private hoveredEdgeKey: string | null = null;
  private zoomedIn = false;
  private derivedView: FilteredView;
  private derivedCurvatures: ReadonlyMap<string, number>;
  private derivedFocus: Focus | null = null;
  private freshNodes: ReadonlySet<string> = new Set();
  private layoutRunning = false;
  private currentAppearance: Appearance = DEFAULT_APPEARANCE;
  private derivedColors: ReadonlyMap<string, string> | undefined;
  private derivedSizes: ReadonlyMap<string, number> | undefined;
  private conflictEdges: string[] = [];
  private bundles: string[][] = [];
  private derivedLiveConflicts: ReadonlySet<string> = new Set();
  private currentPath: Connection | null = null;
  private readonly listeners: Listener[] = [];

  constructor(graph: KnowledgeGraph) {
    this.currentGraph = graph;
    this.indexGraph();
    this.derivedView = computeFilteredView(graph, this.currentFilters);
    this.derivedCurvatures = parallelEdgeCurvatures(graph, this.derivedView.edges, this.bundles);
    this.derivedLiveConflicts = this.liveConflicts();
  }

  get appearance(): Appearance {
    return this.currentAppearance;
  }
  /** Colour per node under the chosen mode; undefined = each node's own colour. */
  get nodeColors(): ReadonlyMap<string, string> | undefined {
    return this.derivedColors;
  }
  /** Size per node under the chosen mode; undefined = each node's own size. */
  get nodeSizes(): ReadonlyMap<string, number> | undefined {
    return this.derivedSizes;
  }
  /**
   * Conflicting claims whose rival is shown too: only these are drawn red, so on the timeline a
   * conflict lights up when the competing claim arrives.
   */
  get liveConflictEdges(): ReadonlySet<string> {
    return this.derivedLiveConflicts;
  }
  /** The connection shown by "How are X and Y connected?". */
  get path(): Connection | null {
    return this.currentPath;
  }

  setAppearance(appearance: Appearance): void {
    this.currentAppearance = appearance;
    this.recomputeAppearance();
    this.emit('appearance');
  }

  setPath(path: Connection | null): void {
    this.currentPath = path;
    this.recomputeFocus();
    this.emit('path');
  }

  get graph(): KnowledgeGraph {
    return this.currentGraph;
  }
  get filters(): Filters {
    return this.currentFilters;
  }
  get selection(): Selection {
    return this.currentSelection;
  }
  get hoveredNode(): string | null {
    return this.hoveredNodeKey;
  }
  get hoveredEdge(): string | null {
    return this.hoveredEdgeKey;
  }
  /** True when the camera is close enough for every edge label to be readable. */
  get isZoomedIn(): boolean {
    return this.zoomedIn;
  }
  get view(): FilteredView {
    return this.derivedView;
  }
  /** Curvature of each drawn edge that has a parallel one (see parallel-edges.ts); absent = straight. */
  get curvatures(): ReadonlyMap<string, number> {
    return this.derivedCurvatures;
  }
  get focus(): Focus | null {
    return this.derivedFocus;
  }
  /** Nodes the last added articles brought: ringed until the next click. */
  get fresh(): ReadonlySet<string> {
    return this.freshNodes;
  }

  /** True while ForceAtlas2 moves the nodes. */
  get isLayoutRunning(): boolean {
    return this.layoutRunning;
  }

  setLayoutRunning(running: boolean): void {
    if (running === this.layoutRunning) return;
    this.layoutRunning = running;
    this.emit('layout');
  }

  markFresh(nodes: Iterable<string>): void {
    this.freshNodes = new Set(nodes);
    this.emit('fresh');
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Swaps in a new graph (added articles, import, reset); a selection that no longer exists is dropped. */
  setGraph(graph: KnowledgeGraph): void {
    this.currentGraph = graph;
    this.indexGraph();
    this.currentPath = null;
    this.hoveredNodeKey = null;
    this.hoveredEdgeKey = null;
    const selection = this.currentSelection;
    if (
      (selection.kind === 'node' && !graph.hasNode(selection.node)) ||
      (selection.kind === 'edge' && !graph.hasEdge(selection.edge))
    ) {
      this.currentSelection = { kind: 'none' };
    }
    this.recomputeView();
    this.recomputeFocus();
    this.emit('graph');
  }

  /** Call after changing node or edge attributes in place (e.g. the graph grew). */
  graphChanged(): void {
    this.indexGraph();
    this.recomputeView();
    this.recomputeFocus();
    this.emit('graph');
  }

  /** A selection the new filters hide is dropped, so no panel stays open over an empty canvas. */
  setFilters(filters: Filters): void {
    this.currentFilters = filters;
    this.recomputeView();
    const selection = this.currentSelection;
    const hidden =
      (selection.kind === 'node' && !this.derivedView.nodes.has(selection.node)) ||
      (selection.kind === 'edge' && !this.derivedView.edges.has(selection.edge));
    if (hidden) {
      this.currentSelection = { kind: 'none' };
      this.recomputeFocus();
    }
    this.emit('filters');
    if (hidden) this.emit('selection');
  }

  /** Any click selects (or clears): it also ends the ringing of fresh nodes. */
  select(selection: Selection): void {
    this.currentSelection = selection;
    const hadFresh = this.freshNodes.size > 0;
    this.freshNodes = new Set();
    this.recomputeFocus();
    this.emit('selection');
    if (hadFresh) this.emit('fresh');
  }

  hover(node: string | null, edge: string | null): void {
    if (node === this.hoveredNodeKey && edge === this.hoveredEdgeKey) return;
    this.hoveredNodeKey = node;
    this.hoveredEdgeKey = edge;
    this.recomputeFocus();
    this.emit('hover');
  }

  setZoomedIn(zoomedIn: boolean): void {
    if (zoomedIn === this.zoomedIn) return;
    this.zoomedIn = zoomedIn;
    this.emit('zoom');
  }

  private recomputeView(): void {
    this.derivedView = computeFilteredView(this.currentGraph, this.currentFilters);
    this.derivedCurvatures = parallelEdgeCurvatures(this.currentGraph, this.derivedView.edges, this.bundles);
    this.derivedLiveConflicts = this.liveConflicts();
  }

  /** What depends on the graph alone, computed once per graph rather than per filter change. */
  private indexGraph(): void {
    const graph = this.currentGraph;
    this.conflictEdges = graph.filterEdges((_edge, attributes) => attributes.conflict);
    this.bundles = parallelBundles(graph);
    this.recomputeAppearance();
  }

  private liveConflicts(): Set<string> {
    const { edges } = this.derivedView;
    return new Set(this.conflictEdges.filter((edge) => edges.has(edge) && this.currentGraph.getEdgeAttribute(edge, 'conflictsWith').some((rival) => edges.has(rival))));
  }

  private recomputeAppearance(): void {
    this.derivedColors = COLOR_MODES[this.currentAppearance.colorBy].colors(this.currentGraph);
    this.derivedSizes = SIZE_MODES[this.currentAppearance.sizeBy].sizes(this.currentGraph, this.currentAppearance.sizeScale);
  }

  /**
   * Hover wins over selection, so the user can look around a selected node without losing it;
   * a connection shown by the path finder stays lit while nothing else is.
   */
  private recomputeFocus(): void {
    const graph = this.currentGraph;
    const selection = this.currentSelection;
    const node = this.hoveredNodeKey ?? (selection.kind === 'node' ? selection.node : null);
    const edge = this.hoveredNodeKey ? null : (this.hoveredEdgeKey ?? (selection.kind === 'edge' ? selection.edge : null));
    this.derivedFocus = null;
    if (node !== null && graph.hasNode(node)) this.derivedFocus = neighbourhood(graph, node);
    else if (edge !== null && graph.hasEdge(edge)) {
      this.derivedFocus = { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
    } else if (this.currentPath) {
      this.derivedFocus = { nodes: new Set(this.currentPath.nodes), edges: new Set(this.currentPath.steps.map((step) => step.edges[0]!)) };
    }
  }

  private emit(change: StateChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** A node, its neighbours and the edges between the node and them. */
export function neighbourhood(graph: KnowledgeGraph, node: string): Focus {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}
