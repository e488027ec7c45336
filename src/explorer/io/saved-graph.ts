/**
 * A graph the user imported, kept in this browser (browser-store.ts) as the JSON export writes it,
 * so that a reload starts from it as it starts from the bundled corpus otherwise. Read back
 * through the JSON reader: what a store holds is input like any other.
 */
import { fromJSON, toJSON } from '../../pipeline/export/json';
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
import { inTransaction } from './browser-store';

const STORE = 'imported-graph';
const KEY = 'current';

export interface ImportedGraph {
  /** The file it came from. */
  name: string;
  graph: KnowledgeGraph;
}

export async function loadImportedGraph(): Promise<ImportedGraph | undefined> {
  const value = (await inTransaction(STORE, 'readonly', (store) => store.get(KEY))) as { name?: unknown; json?: unknown } | undefined;
  if (!value || typeof value.name !== 'string' || typeof value.json !== 'string') return undefined;
  return { name: value.name, graph: fromJSON(value.json) };
}

export async function saveImportedGraph(name: string, graph: KnowledgeGraph): Promise<void> {
  const json = toJSON(graph);
  await inTransaction(STORE, 'readwrite', (store) => {
    store.put({ name, json }, KEY);
  });
}

export async function clearImportedGraph(): Promise<void> {
  await inTransaction(STORE, 'readwrite', (store) => store.clear());
}
