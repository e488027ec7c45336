/**
 * The graph the page opens with (and "reset" returns to): `graph.json`, written by `npm start`
 * from data/articles with the CLI, or, when it is missing (a plain `vite` in a fresh clone), the
 * same graph built here from the bundled articles with the same pipeline, in the extraction worker.
 */
import { fromJSON } from '../pipeline/export/json';
import { buildGraph } from '../pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { layoutGraph } from '../pipeline/graph/layout';
import type { InputProblem } from '../pipeline/types';
import { extractInWorker } from './io/extraction-client';

/** The seed articles, bundled by Vite as raw text: the page never needs a server to extract. */
const BUNDLED_ARTICLES = import.meta.glob<string>('/data/articles/*.txt', { query: '?raw', import: 'default', eager: true });

export interface LoadedGraph {
  graph: KnowledgeGraph;
  /** Where it came from, for the status line. */
  origin: 'graph.json' | 'bundled articles';
  problems: InputProblem[];
}

export async function loadBundledGraph(): Promise<LoadedGraph> {
  const prebuilt = await fetchPrebuiltGraph();
  if (prebuilt) return { graph: prebuilt, origin: 'graph.json', problems: [] };
  return buildFromBundledArticles();
}

/** `graph.json` next to the page, or null when it is not there (or is not a graph: Vite may answer with HTML). */
async function fetchPrebuiltGraph(): Promise<KnowledgeGraph | null> {
  let text: string;
  try {
    const response = await fetch(new URL('graph.json', document.baseURI), { cache: 'no-cache' });
    if (!response.ok) return null;
    text = await response.text();
  } catch {
    return null;
  }
  if (!text.trimStart().startsWith('{')) return null;
  return fromJSON(text);
}

async function buildFromBundledArticles(): Promise<LoadedGraph> {
  const encoder = new TextEncoder();
  const inputs = Object.entries(BUNDLED_ARTICLES)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: encoder.encode(text) }));
  const { records, problems } = await extractInWorker(inputs);
  const graph = buildGraph(records);
  layoutGraph(graph);
  return { graph, origin: 'bundled articles', problems };
}
