/**
 * The explorer's entry point: loads the bundled graph, creates the renderer, the layout and the
 * panels, and wires what the user does (hover, click, keys, add, export, import, reset) to the
 * AppState. Each concern lives in its own module; this file only connects them.
 */
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { ArticleRecord } from '../pipeline/types';
import { AppState } from './app-state';
import { ArticleInput } from './article-input';
import { ArticleView, type Span } from './article-view';
import { loadBundledGraph } from './bundled-graph';
import { byId } from './dom';
import { EvidencePanel } from './evidence';
import { FilterControls } from './filters';
import { growGraph } from './grow-graph';
import { exportGexf, exportJson, exportPng } from './io/export-files';
import { importGraphFile } from './io/import-file';
import { LayoutControl } from './layout-control';
import { Messages } from './messages';
import { adaptToGraphSize, createRenderer, type ExplorerSigma } from './render/create-renderer';
import { enableNodeDragging } from './render/drag-nodes';
import { renderLegend } from './render/legend';
import { SearchBox } from './search';
import { NodeDetails, panelNode } from './side-panel';

/** The test hook of the shared contract. */
export interface NewsgraphHook {
  readonly graph: KnowledgeGraph;
  readonly sigma: ExplorerSigma;
  selectNode(key: string): void;
  ready: Promise<void>;
}

declare global {
  interface Window {
    newsgraph: NewsgraphHook;
  }
}

/** Layout settles from a starting layout in a few seconds; an imported graph keeps its positions. */
type LayoutStart = 'run' | 'keep';

async function start(): Promise<{ sigma: ExplorerSigma; state: AppState }> {
  const messages = new Messages();
  const container = byId('graph');
  const status = byId('status');
  status.textContent = 'Building the graph…';

  const loaded = await loadBundledGraph();
  messages.showProblems(loaded.problems);
  const state = new AppState(loaded.graph);
  const sigma = createRenderer(state, container);
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const layout = new LayoutControl((layoutStatus) => {
    container.dataset.layout = layoutStatus;
    layoutButton.textContent = layoutStatus === 'running' ? 'Stop layout' : 'Run layout';
    layoutButton.setAttribute('aria-pressed', String(layoutStatus === 'running'));
  });
  container.dataset.layout = 'stopped';
  layout.attach(state.graph);
  enableNodeDragging(sigma, layout);

  /* ---- selection and navigation ---- */
  const selectNode = (node: string): void => {
    if (!state.graph.hasNode(node)) return;
    state.select({ kind: 'node', node });
    focusCamera(sigma, node);
  };
  const selectEdge = (edge: string, from?: string): void => {
    if (state.graph.hasEdge(edge)) state.select({ kind: 'edge', edge, from });
  };
  const clearSelection = (): void => {
    state.select({ kind: 'none' });
    articleView.close();
  };
  const articleView = new ArticleView(() => state.graph, selectNode, () => updatePanels());
  const openArticle = (article: string, sentence?: Span): void => articleView.open(article, sentence);

  new NodeDetails(state, { selectNode, selectEdge, openArticle });
  new EvidencePanel(state, { selectNode, selectEdge: (edge) => selectEdge(edge, panelNode(state) ?? undefined), openArticle });
  new FilterControls(state);
  const search = new SearchBox(state, selectNode);

  const sidePanel = byId('side-panel');
  const updatePanels = (): void => {
    sidePanel.hidden = state.selection.kind === 'none';
    document.body.classList.toggle('reading', articleView.isOpen);
  };

  /* ---- the graph on screen ---- */
  const updateCounts = (): void => {
    container.dataset.nodeCount = String(state.graph.order);
    container.dataset.edgeCount = String(state.graph.size);
    container.dataset.visibleNodes = String(state.view.nodes.size);
    container.dataset.visibleEdges = String(state.view.edges.size);
    status.textContent = `${state.graph.order} entities · ${state.graph.size} relations · ${state.graph.getAttribute('articles').length} articles`;
  };
  state.onChange((change) => {
    if (change === 'graph' || change === 'filters') updateCounts();
    if (change === 'graph') {
      renderLegend(byId('legend'), state.graph);
      articleView.graphChanged();
    }
    if (change === 'selection' || change === 'graph') updatePanels();
    // Reducers read the state: one refresh redraws hover, selection, filters and zoom labels.
    sigma.refresh();
  });

  const showGraph = (graph: KnowledgeGraph, layoutStart: LayoutStart, resetCamera: boolean): void => {
    layout.attach(graph);
    state.setGraph(graph);
    sigma.setCustomBBox(null);
    sigma.setGraph(graph);
    adaptToGraphSize(sigma);
    if (resetCamera) sigma.getCamera().animatedReset({ duration: 300 });
    if (layoutStart === 'run') layout.start();
  };

  /* ---- pointer and keyboard ---- */
  sigma.on('enterNode', ({ node }) => {
    state.hover(node, null);
    container.classList.add('pointing');
  });
  sigma.on('leaveNode', () => {
    state.hover(null, state.hoveredEdge);
    container.classList.remove('pointing');
  });
  sigma.on('enterEdge', ({ edge }) => {
    state.hover(state.hoveredNode, edge);
    container.classList.add('pointing');
  });
  sigma.on('leaveEdge', () => {
    state.hover(state.hoveredNode, null);
    container.classList.remove('pointing');
  });
  sigma.on('clickNode', ({ node }) => state.select({ kind: 'node', node }));
  sigma.on('clickEdge', ({ edge }) => selectEdge(edge));
  sigma.on('clickStage', () => clearSelection());

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape') {
      clearSelection();
      search.clear();
    }
  });

  /* ---- toolbar ---- */
  layoutButton.addEventListener('click', () => layout.toggle());
  byId('zoom-reset').addEventListener('click', () => sigma.getCamera().animatedReset({ duration: 300 }));
  // The IO exporters take an untyped Sigma; ours is typed with the graph's attributes.
  const untypedSigma = sigma as unknown as Sigma;
  byId('export-gexf').addEventListener('click', () => exportGexf(state.graph, untypedSigma));
  byId('export-json').addEventListener('click', () => exportJson(state.graph));
  byId('export-png').addEventListener('click', () => {
    exportPng(untypedSigma).catch((error: unknown) => messages.error(`PNG export failed: ${messageOf(error)}`));
  });
  const importInput = byId<HTMLInputElement>('import-file');
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    try {
      const graph = await importGraphFile(file);
      clearSelection();
      showGraph(graph, hasSpread(graph) ? 'keep' : 'run', true);
      messages.info(`Imported ${file.name}: ${graph.order} entities, ${graph.size} relations.`);
    } catch (error) {
      messages.error(messageOf(error));
    }
  });
  byId('reset').addEventListener('click', async () => {
    try {
      const bundled = await loadBundledGraph();
      clearSelection();
      showGraph(bundled.graph, 'run', true);
    } catch (error) {
      messages.error(`Could not reload the bundled corpus: ${messageOf(error)}`);
    }
  });

  /* ---- adding articles ---- */
  const articleIds = (): ReadonlySet<string> => new Set(state.graph.getAttribute('articles').map((article) => article.id));
  const addRecords = (records: ArticleRecord[]): void => {
    showGraph(growGraph(state.graph, records), 'run', false);
  };
  new ArticleInput(articleIds, addRecords, messages);

  updateCounts();
  updatePanels();
  renderLegend(byId('legend'), state.graph);
  layout.start();
  return { sigma, state };
}

/** Moves the camera to a node, a little zoomed in. */
function focusCamera(sigma: ExplorerSigma, node: string): void {
  const display = sigma.getNodeDisplayData(node);
  if (!display) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 500 });
}

/** True when the graph already has a layout (positions not all equal), e.g. an exported one. */
function hasSpread(graph: KnowledgeGraph): boolean {
  let first: { x: number; y: number } | undefined;
  return graph.someNode((_node, { x, y }) => {
    first ??= { x, y };
    return x !== first.x || y !== first.y;
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/* ---- boot: the hook exists at once; `ready` resolves when the first graph is drawn ---- */
let app: { sigma: ExplorerSigma; state: AppState } | undefined;
const ready = start().then(
  (started) => {
    app = started;
    byId('graph').classList.add('ready');
    return new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  },
  (error: unknown) => {
    byId('status').textContent = `The graph could not be shown: ${messageOf(error)}`;
    throw error;
  },
);
window.newsgraph = {
  get graph(): KnowledgeGraph {
    if (!app) throw new Error('newsgraph: the graph is not loaded yet (await newsgraph.ready)');
    return app.state.graph;
  },
  get sigma(): ExplorerSigma {
    if (!app) throw new Error('newsgraph: the graph is not drawn yet (await newsgraph.ready)');
    return app.sigma;
  },
  selectNode(key: string): void {
    if (!app) return;
    const { state, sigma } = app;
    if (!state.graph.hasNode(key)) return;
    state.select({ kind: 'node', node: key });
    focusCamera(sigma, key);
  },
  ready,
};
