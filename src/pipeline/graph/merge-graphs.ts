import type { DraftOptions } from './graph-draft';
import { GraphDraft } from './graph-draft';
import type { KnowledgeGraph } from './knowledge-graph';

/**
 * Combines graphs built from separate batches of articles into the graph that building from all
 * of them at once would give: labels and types re-elected from the summed votes, evidence
 * united, conflicts and styles recomputed. Order-independent and associative. Positions are
 * reset to seed positions: run layoutGraph on the result.
 */
export function mergeGraphs(graphs: Iterable<KnowledgeGraph>, options: DraftOptions = {}): KnowledgeGraph {
  const draft = new GraphDraft(options);
  for (const graph of graphs) draft.addGraph(graph);
  return draft.toGraph();
}
