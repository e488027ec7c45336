import type { ArticleRecord } from '../types';
import type { DraftOptions } from './graph-draft';
import { GraphDraft } from './graph-draft';
import type { KnowledgeGraph } from './knowledge-graph';

export type BuildOptions = DraftOptions;

/**
 * Folds extraction records into one knowledge graph: one node per entity key, one edge per
 * asserted (source, relation, target) claim with its evidence, conflicts marked, styled, nodes at
 * their seed positions (run layoutGraph for ForceAtlas2). The result does not depend on the
 * order of the records.
 */
export function buildGraph(records: Iterable<ArticleRecord>, options: BuildOptions = {}): KnowledgeGraph {
  const draft = new GraphDraft(options);
  for (const record of records) draft.addRecord(record);
  return draft.toGraph();
}
