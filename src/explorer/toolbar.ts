/**
 * The top bar's actions: layout start/stop, zoom in/out and fit, export (GEXF, PNG, JSON), import, and "reset to
 * bundled corpus". Reading and writing files is done by the IO modules; this wires the buttons.
 */
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { byId } from './dom';
import { exportGexf, exportJson, exportPng } from './io/export-files';
import { importGraphFile } from './io/import-file';
import type { LayoutControl, LayoutStatus } from './layout-control';
import type { Messages } from './messages';
import { moveCamera, type ExplorerSigma } from './render/create-renderer';
import type { LegendEntries } from './render/legend';

export interface ToolbarContext {
  sigma: ExplorerSigma;
  layout: LayoutControl;
  messages: Messages;
  currentGraph(): KnowledgeGraph;
  /** Shows an imported graph (and keeps it in this browser). */
  showImported(graph: KnowledgeGraph, fileName: string): void;
  /** What the legend says now (the PNG carries it). */
  legend(): LegendEntries;
  /** Frames what is shown in the part of the graph no panel covers. */
  fit(): void;
  /** Reloads the bundled corpus. */
  reset(): Promise<void>;
}

export function wireToolbar(context: ToolbarContext): void {
  const { sigma, layout, messages } = context;
  byId('layout-toggle').addEventListener('click', () => layout.toggle());
  // Fit frames the shown graph as it is now: a drag froze the frame (drag-nodes.ts), and nodes the
  // layout moved since may lie outside it.
  byId('zoom-reset').addEventListener('click', () => {
    sigma.setCustomBBox(null);
    context.fit();
  });

  byId('zoom-in').addEventListener('click', () => moveCamera(sigma, (camera) => camera.animatedZoom({ duration: 200 })));
  byId('zoom-out').addEventListener('click', () => moveCamera(sigma, (camera) => camera.animatedUnzoom({ duration: 200 })));

  // The IO exporters take an untyped Sigma; ours is typed with the graph's attributes.
  const untypedSigma = sigma as unknown as Sigma;
  byId('export-gexf').addEventListener('click', () => exportGexf(context.currentGraph(), untypedSigma));
  byId('export-json').addEventListener('click', () => exportJson(context.currentGraph()));
  byId('export-png').addEventListener('click', () => {
    const [width, height] = byId<HTMLSelectElement>('png-size').value.split('x').map(Number);
    const size = width && height ? { width, height } : {};
    exportPng(untypedSigma, { ...size, legend: context.legend() }).catch((error: unknown) => messages.error(`PNG export failed: ${messageOf(error)}`));
  });

  const importInput = byId<HTMLInputElement>('import-file');
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    try {
      const graph = await importGraphFile(file);
      context.showImported(graph, file.name);
      messages.info(`Imported ${file.name}: ${graph.order} entities, ${graph.size} relations.`);
    } catch (error) {
      // The graph on screen stays as it was.
      messages.error(messageOf(error));
    }
  });

  byId('reset').addEventListener('click', () => {
    context.reset().catch((error: unknown) => messages.error(`Could not reload the bundled corpus: ${messageOf(error)}`));
  });
}

/** Mirrors the layout status on `#graph[data-layout]` (a test hook) and on the toggle button. */
export function showLayoutStatus(status: LayoutStatus): void {
  byId('graph').dataset.layout = status;
  const button = byId('layout-toggle');
  button.textContent = status === 'running' ? 'Stop layout' : 'Run layout';
  button.setAttribute('aria-pressed', String(status === 'running'));
}

/** While the layout runs: how far into its time budget it is, on the Stop button (it may settle sooner). */
export function showLayoutProgress(fraction: number): void {
  const button = byId('layout-toggle');
  byId('graph').dataset.layoutProgress = fraction.toFixed(2);
  if (button.getAttribute('aria-pressed') === 'true') button.textContent = `Stop layout (${Math.round(fraction * 100)}%)`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
