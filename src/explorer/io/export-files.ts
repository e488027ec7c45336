/**
 * Export buttons: the graph as GEXF (for Gephi) and JSON, and the view as a PNG image.
 * Everything is produced in the browser and saved through a download.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { toGexf } from '../../pipeline/export/gexf';
import { toJSON } from '../../pipeline/export/json';
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
import { flushLabels } from '../render/label-collisions';
import { drawLegend } from '../render/legend-canvas';
import type { LegendEntries } from '../render/legend';
import { downloadBlob, downloadText } from './download';

export const GEXF_FILE_NAME = 'newsgraph.gexf';
export const JSON_FILE_NAME = 'newsgraph.json';
export const PNG_FILE_NAME = 'newsgraph.png';

/**
 * GEXF of what is seen: positions are the graph's current x/y (the layout worker writes them into
 * the graph, and dragged nodes keep theirs); colours are the graph's own type and relation colours,
 * not the dimmed ones of a hover. Nodes and edges hidden by the filters are left out, so the file
 * opens in Gephi looking like the screen; with no filter active this is the whole graph.
 */
export function exportGexf(graph: KnowledgeGraph, sigma: Sigma): void {
  downloadText(toGexf(visiblePart(graph, sigma)), GEXF_FILE_NAME, 'application/gexf+xml');
}

/** The whole graph, filters or not: JSON is the lossless save of the data, not of the view. */
export function exportJson(graph: KnowledgeGraph): void {
  downloadText(toJSON(graph), JSON_FILE_NAME, 'application/json');
}

export interface PngOptions {
  /** The image's size in pixels; the view's size when absent. */
  width?: number;
  height?: number;
  /** Drawn in the bottom-left corner, as on the page. */
  legend?: LegendEntries;
}

/**
 * The view as drawn, on the page's background colour (a transparent PNG reads badly in viewers),
 * at the chosen size, with the legend. Sigma draws it again at that size (labels too, giving way
 * as on screen), so a bigger image is sharper, not a stretched screenshot.
 */
export async function renderPng(sigma: Sigma, options: PngOptions = {}): Promise<Blob> {
  const view = sigma.getDimensions();
  const width = Math.round(options.width ?? view.width);
  const height = Math.round(options.height ?? view.height);
  const drawn = await drawOnCanvas(sigma, {
    width,
    height,
    backgroundColor: backgroundOf(sigma.getContainer()),
    // The labels of the temporary renderer are drawn at the end of its frame: before the copy.
    withTempRenderer: () => flushLabels(),
  });
  // Exactly the size asked for, whatever the screen's pixel ratio.
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw a 2D canvas');
  context.drawImage(drawn, 0, 0, width, height);
  if (options.legend) drawLegend(context, options.legend, height, Math.max(1, Math.min(width / view.width, height / view.height)));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded as PNG'))), 'image/png'));
}

export async function exportPng(sigma: Sigma, options: PngOptions = {}): Promise<void> {
  downloadBlob(await renderPng(sigma, options), PNG_FILE_NAME);
}

/** A copy of `graph` without the nodes and edges that Sigma's reducers currently hide. */
function visiblePart(graph: KnowledgeGraph, sigma: Sigma): KnowledgeGraph {
  const isShown = (node: string): boolean => sigma.getNodeDisplayData(node)?.hidden === false;
  const hiddenNodes = graph.filterNodes((node) => !isShown(node));
  const hiddenEdges = graph.filterEdges(
    (edge, _attributes, source, target) =>
      sigma.getEdgeDisplayData(edge)?.hidden !== false || !isShown(source) || !isShown(target),
  );
  if (hiddenNodes.length === 0 && hiddenEdges.length === 0) return graph;
  // copy() keeps the graph's options (mixed, multi); graphology only types it as the abstract graph.
  const view = graph.copy() as KnowledgeGraph;
  for (const edge of hiddenEdges) view.dropEdge(edge);
  for (const node of hiddenNodes) view.dropNode(node);
  return view;
}

function backgroundOf(element: HTMLElement): string {
  for (let current: HTMLElement | null = element; current; current = current.parentElement) {
    const colour = getComputedStyle(current).backgroundColor;
    if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return '#ffffff';
}
