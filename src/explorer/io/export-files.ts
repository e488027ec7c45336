/**
 * Export buttons: the graph as GEXF (for Gephi) and JSON, and the view as a PNG image.
 * Everything is produced in the browser and saved through a download.
 */
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { toGexf } from '../../pipeline/export/gexf';
import { toJSON } from '../../pipeline/export/json';
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
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

/** The view as drawn, on the page's background colour (a transparent PNG reads badly in viewers). */
export async function exportPng(sigma: Sigma): Promise<void> {
  const blob = await toBlob(sigma, { format: 'png', backgroundColor: backgroundOf(sigma.getContainer()) });
  downloadBlob(blob, PNG_FILE_NAME);
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
