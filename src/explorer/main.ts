/**
 * The explorer's entry point: loads the bundled graph, creates the renderer, the layout and the
 * panels, and connects them through the AppState. Each concern lives in its own module; this file
 * only wires them together and swaps graphs (add articles, import, reset).
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { ArticleRecord } from '../pipeline/types';
import { AppState } from './app-state';
import { ArticleInput } from './article-input';
import { ArticleView } from './article-view';
import { AroundBar } from './around-bar';
import { ClaimsTable } from './claims-table';
import { ConnectionFinder } from './connections';
import { CorrectionsLog } from './corrections-log';
import { CorrectionsPanel } from './corrections-panel';
import { correctGraph } from '../pipeline/corrections';
import { copyPlaces } from '../pipeline/graph/layout';
import { hasManyNodes } from './big-graph';
import { loadBundledGraph } from './bundled-graph';
import { byId } from './dom';
import { EvidencePanel } from './evidence';
import { NO_FILTERS } from './filtered-view';
import { FilterControls } from './filters';
import { RangeControls } from './range-filters';
import { describeChanges, graphChanges } from './graph-changes';
import { growGraph } from './grow-graph';
import { wireKeyboard } from './keyboard';
import { LayoutControl } from './layout-control';
import { Messages } from './messages';
import { adaptToGraphSize, createRenderer, type ExplorerSigma } from './render/create-renderer';
import { enableNodeDragging } from './render/drag-nodes';
import { FocusOverlay, usesFocusOverlay } from './render/focus-overlay';
import { frameNode, frameNodes, isInFreeArea } from './render/framing';
import { drawnLabels } from './render/label-collisions';
import { legendEntries, renderLegend } from './render/legend';
import { wirePointerEvents } from './render/pointer-events';
import { SavedWork } from './saved-work';
import { SearchBox } from './search';
import { TimelineView } from './timeline';
import { ViewControls } from './view-controls';
import { ViewMemory } from './view-memory';
import { NodeDetails, panelNode } from './side-panel';
import { messageOf, showLayoutProgress, showLayoutStatus, wireToolbar } from './toolbar';
import { followInUrl, readUrlView } from './url-state';

/** The test hook of the shared contract. */
export interface NewsgraphHook {
  readonly graph: KnowledgeGraph;
  readonly sigma: ExplorerSigma;
  selectNode(key: string): void;
  /** The nodes whose label the last frame drew (overlapping ones give way: label-collisions.ts). */
  drawnLabels(): readonly string[];
  ready: Promise<void>;
}

declare global {
  interface Window {
    newsgraph: NewsgraphHook;
  }
}

interface Explorer {
  state: AppState;
  sigma: ExplorerSigma;
  selectNode(node: string): void;
}

async function startExplorer(): Promise<Explorer> {
  const messages = new Messages();
  const status = byId('status');
  status.textContent = 'Building the graph…';
  const loaded = await loadBundledGraph();
  messages.showProblems(loaded.problems);
  // What the user kept in this browser comes back: a graph they imported in place of the bundled
  // one, and the articles they added, grown over either.
  const saved = new SavedWork(messages);
  const base = (await saved.restoreImported()) ?? loaded.graph;
  const restored = await saved.restore();
  const startGraph = restored.length > 0 ? growGraph(base, restored) : base;
  // The analyst's corrections apply over whatever graph is shown; `uncorrected` is that graph
  // before them, so undo (or a new article) is the whole list applied again.
  const corrections = new CorrectionsLog(messages);
  await corrections.restore();
  let uncorrected = startGraph;
  let unmatchedCorrections = 0;
  const corrected = (graph: KnowledgeGraph): KnowledgeGraph => {
    if (corrections.size === 0) {
      unmatchedCorrections = 0;
      return graph;
    }
    const result = correctGraph(graph, corrections.file);
    unmatchedCorrections = result.report.unmatched.length;
    return result.graph;
  };

  const state = new AppState(corrected(startGraph));
  // The view the user left (pins, colours, camera) comes back; pins before any layout runs.
  const memory = await ViewMemory.load(messages);
  memory.restoreInto(state);
  // A link's view (#node=…&hide-types=…) is restored before the controls are drawn from the state.
  const linked = readUrlView(location.hash);
  // Only a link with filters changes them: a needless change would cost a full redraw at start.
  if (linked.filters !== NO_FILTERS) state.setFilters(linked.filters);
  const container = byId('graph');
  // The timeline takes its room under the graph before Sigma measures the container: a size
  // change after the first frame would cost a second full draw.
  new TimelineView(state);
  const sigma = createRenderer(state, container);
  const cameraRestored = memory.restoreCamera(sigma);
  memory.follow(state, sigma);
  // The state follows the layout's status: the reducers leave edges out while it runs on big graphs.
  const layout = new LayoutControl((status) => {
    showLayoutStatus(status);
    state.setLayoutRunning(status === 'running');
  }, showLayoutProgress);
  layout.attach(state.graph);
  const dragging = enableNodeDragging(sigma, layout);

  /* ---- selection ---- */
  const articleView = new ArticleView(() => state.graph, (node) => selectNode(node), () => updatePanels());
  const selectNode = (node: string): void => {
    if (!state.graph.hasNode(node)) return;
    state.select({ kind: 'node', node });
    frameNode(sigma, node);
  };
  // A node clicked on the graph keeps the zoom; it moves only when the panel it opens covers it.
  const clickNode = (node: string): void => {
    state.select({ kind: 'node', node });
    if (!isInFreeArea(sigma, node)) frameNode(sigma, node, sigma.getCamera().ratio);
  };
  const selectEdge = (edge: string, from?: string): void => {
    if (state.graph.hasEdge(edge)) state.select({ kind: 'edge', edge, from });
  };
  const clearSelection = (): void => {
    state.select({ kind: 'none' });
    articleView.close();
  };
  const openArticle = articleView.open.bind(articleView);
  const around = new AroundBar(state);
  new NodeDetails(state, { selectNode, selectEdge, openArticle, exploreAround: (node) => around.start(node) });
  new EvidencePanel(state, { selectNode, selectEdge: (edge) => selectEdge(edge, panelNode(state) ?? undefined), openArticle });
  new FilterControls(state);
  new RangeControls(state);
  new ViewControls(state, selectNode);
  new ConnectionFinder(state, (edge) => selectEdge(edge), (nodes) => frameNodes(sigma, nodes));
  new ClaimsTable(state, (edge) => selectEdge(edge), selectNode);
  const search = new SearchBox(state, selectNode);
  const correctionsPanel = new CorrectionsPanel(state, corrections, messages);
  correctionsPanel.showUnmatched(unmatchedCorrections);
  wirePointerEvents(sigma, state, { clickNode, pickNode: (node) => correctionsPanel.toggle(node), selectEdge, clearSelection, isClickAfterDrag: dragging.isClickAfterDrag });
  wireKeyboard({
    focusSearch: () => search.focus(),
    clearSelection: () => {
      clearSelection();
      search.clear();
    },
  });

  /* ---- what is shown follows the state ---- */
  const sidePanel = byId('side-panel');
  const updatePanels = (): void => {
    sidePanel.hidden = state.selection.kind === 'none';
  };
  const updateCounts = (): void => {
    container.dataset.nodeCount = String(state.graph.order);
    container.dataset.edgeCount = String(state.graph.size);
    container.dataset.visibleNodes = String(state.view.nodes.size);
    container.dataset.visibleEdges = String(state.view.edges.size);
    const articles = state.graph.getAttribute('articles').length;
    // With filters on, say how much of the graph is shown: "10 of 21 entities".
    const shown = (visible: number, total: number): string => (visible < total ? `${visible} of ${total}` : String(total));
    status.textContent = `${shown(state.view.nodes.size, state.graph.order)} entities · ${shown(state.view.edges.size, state.graph.size)} relations · ${articles} articles`;
  };
  // The reducers read the state, so one refresh redraws hover, selection, filters and zoom labels.
  // It runs at most once per frame: a sweep of the pointer over many nodes costs one refresh a frame.
  let pendingFrame: number | null = null;
  const scheduleRefresh = (): void => {
    if (pendingFrame !== null) return;
    pendingFrame = requestAnimationFrame(() => {
      pendingFrame = null;
      sigma.refresh();
    });
  };
  // A filter or colour change is one deliberate act, not a sweep: drawn at once, a frame sooner.
  const refreshNow = (): void => {
    if (pendingFrame !== null) cancelAnimationFrame(pendingFrame);
    pendingFrame = null;
    sigma.refresh();
  };
  const overlay = new FocusOverlay(sigma, state);
  // "Show only its neighbourhood" and each ring more or fewer frame what is shown.
  let framedAround = state.filters.around;
  state.onChange((change) => {
    if (change !== 'filters' || state.filters.around === framedAround) return;
    framedAround = state.filters.around;
    if (framedAround) frameNodes(sigma, state.view.nodes);
  });
  state.onChange((change) => {
    if (change === 'graph' || change === 'filters') updateCounts();
    if (change === 'graph') {
      renderLegend(byId('legend'), state.graph, state.appearance);
      articleView.graphChanged();
    }
    if (change === 'appearance') renderLegend(byId('legend'), state.graph, state.appearance);
    if (change === 'selection' || change === 'graph') updatePanels();
    // On big graphs a hover or a selection only redraws the overlay, never the WebGL scene.
    if ((change === 'hover' || change === 'selection' || change === 'path') && usesFocusOverlay(state)) overlay.draw();
    else if (change === 'filters' || change === 'appearance') refreshNow();
    else scheduleRefresh();
  });

  /** Puts a graph on screen as it is (already corrected). */
  const display = (graph: KnowledgeGraph, runLayout: boolean, fit: boolean): void => {
    layout.attach(graph);
    state.setGraph(graph);
    sigma.setCustomBBox(null);
    sigma.setGraph(graph);
    adaptToGraphSize(sigma);
    correctionsPanel.showUnmatched(unmatchedCorrections);
    if (fit) frameNodes(sigma, state.view.nodes);
    if (runLayout) layout.start();
  };
  /** Puts a new graph on screen, corrected; `runLayout` lets ForceAtlas2 settle it, `fit` re-frames the camera. */
  const showGraph = (graph: KnowledgeGraph, runLayout: boolean, fit: boolean): void => {
    uncorrected = graph;
    display(corrected(graph), runLayout, fit);
  };
  // A correction made, undone or imported: the list applied again, every node where the user sees it.
  corrections.onChange(() => {
    // The uncorrected graph takes the places on screen first; correcting it keeps them.
    copyPlaces(state.graph, uncorrected);
    display(corrected(uncorrected), false, false);
  });

  wireToolbar({
    sigma,
    layout,
    messages,
    currentGraph: () => state.graph,
    fit: () => frameNodes(sigma, state.view.nodes),
    legend: () => legendEntries(state.graph, state.appearance),
    // An exported graph keeps its positions; one without (all at one point) gets a layout.
    showImported: (graph, name) => {
      clearSelection();
      showGraph(graph, !hasLayout(graph), true);
      void saved.keepImported(name, graph);
    },
    reset: async () => {
      if (!(await saved.confirmReset())) return;
      await saved.clear();
      await memory.forget();
      const bundled = await loadBundledGraph();
      clearSelection();
      showGraph(bundled.graph, true, true);
    },
  });
  const articleIds = (): ReadonlySet<string> => new Set(state.graph.getAttribute('articles').map((article) => article.id));
  const addRecords = (records: readonly ArticleRecord[]): void => {
    const before = state.graph;
    copyPlaces(before, uncorrected);
    const grown = growGraph(uncorrected, records);
    showGraph(grown, true, false);
    const changes = graphChanges(before, state.graph);
    state.markFresh(changes.nodes);
    messages.info(describeChanges(changes));
    void saved.add(records);
  };
  byId('clear-saved').addEventListener('click', () => {
    void (async () => {
      await saved.clear();
      const bundled = await loadBundledGraph();
      clearSelection();
      showGraph(bundled.graph, true, true);
    })().catch((error: unknown) => messages.error(`Could not clear the saved articles: ${messageOf(error)}`));
  });
  new ArticleInput(articleIds, addRecords, messages);

  // The timeline and the claims table take room from the graph (pointer-events.ts redraws at the
  // new size); the side panel ends where the graph does.
  const workspace = byId('graph-stage').closest<HTMLElement>('.workspace')!;
  new ResizeObserver(() => {
    const below = byId('graph-area').getBoundingClientRect().bottom - container.getBoundingClientRect().bottom;
    workspace.style.setProperty('--below-graph', `${Math.max(0, below)}px`);
  }).observe(container);
  updateCounts();
  updatePanels();
  renderLegend(byId('legend'), state.graph, state.appearance);
  // The linked entity is selected; the camera goes to it unless the view the user left comes back.
  if (linked.node && state.view.nodes.has(linked.node)) {
    if (cameraRestored) state.select({ kind: 'node', node: linked.node });
    else selectNode(linked.node);
  }
  followInUrl(state);
  // A link pasted into this open tab changes only the fragment: no reload, so apply it here.
  window.addEventListener('hashchange', () => {
    const view = readUrlView(location.hash);
    state.setFilters(view.filters);
    if (view.node && state.view.nodes.has(view.node)) selectNode(view.node);
    else if (!view.node) clearSelection();
  });
  // A big graph that comes laid out (graph.json from the CLI) is left as it is: running
  // ForceAtlas2 on 10,000 nodes at once would only delay the first answer to the user.
  if (!hasLayout(state.graph) || !hasManyNodes(state.graph)) layout.start();
  return { state, sigma, selectNode };
}

/** True when nodes are not all at one point, i.e. the graph already has a layout. */
function hasLayout(graph: KnowledgeGraph): boolean {
  let first: { x: number; y: number } | undefined;
  return graph.someNode((_node, { x, y }) => {
    first ??= { x, y };
    return x !== first.x || y !== first.y;
  });
}

/* ---- boot: the hook exists at once; `ready` resolves once the first graph is drawn ---- */
let explorer: Explorer | undefined;
const ready = startExplorer().then(
  (started) => {
    explorer = started;
    return new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  },
  (error: unknown) => {
    byId('status').textContent = `The graph could not be shown: ${messageOf(error)}`;
    throw error;
  },
);
window.newsgraph = {
  get graph(): KnowledgeGraph {
    if (!explorer) throw new Error('newsgraph: the graph is not loaded yet (await newsgraph.ready)');
    return explorer.state.graph;
  },
  get sigma(): ExplorerSigma {
    if (!explorer) throw new Error('newsgraph: the graph is not drawn yet (await newsgraph.ready)');
    return explorer.sigma;
  },
  selectNode: (key) => explorer?.selectNode(key),
  drawnLabels: () => {
    const context = explorer?.sigma.getCanvases().labels?.getContext('2d');
    return context ? drawnLabels(context) : [];
  },
  ready,
};
