import { GraphDraft } from '../graph/graph-draft';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { copyPlaces } from '../graph/layout';
import type { CorrectionReport, CorrectionsFile } from './types';

/**
 * A graph with corrections applied, for a graph already built (the explorer): folded through a
 * draft like `kg merge` does, so it is the graph the CLI gives for the same file. Nodes keep the
 * place (and pin) they had on screen; a merged node keeps the place of the node whose key it kept.
 */
export function correctGraph(graph: KnowledgeGraph, corrections: CorrectionsFile): { graph: KnowledgeGraph; report: CorrectionReport } {
  const draft = new GraphDraft();
  draft.addGraph(graph);
  const result = draft.toCorrectedGraph(corrections);
  copyPlaces(graph, result.graph);
  return result;
}
