import { compareText } from './knowledge-graph';
import type { KnowledgeGraph } from './knowledge-graph';
import type { Conflict } from './conflicts';
import { listConflicts } from './conflicts';
import { dateRange, type DateRange } from './dates';

/** What the CLI prints after a build. */
export interface GraphSummary {
  articles: number;
  entities: number;
  relations: number;
  /** Entity count per type, keys sorted. */
  entitiesByType: Record<string, number>;
  /** Edge count per relation, keys sorted. */
  relationsByKind: Record<string, number>;
  conflicts: Conflict[];
  /** The dates the articles cover, and how many have none. */
  dates: DateRange;
}

export function summarizeGraph(graph: KnowledgeGraph): GraphSummary {
  const byType = new Map<string, number>();
  graph.forEachNode((_key, attributes) => byType.set(attributes.type, (byType.get(attributes.type) ?? 0) + 1));
  const byRelation = new Map<string, number>();
  graph.forEachEdge((_key, attributes) =>
    byRelation.set(attributes.relation, (byRelation.get(attributes.relation) ?? 0) + 1),
  );
  return {
    articles: graph.getAttribute('articles').length,
    entities: graph.order,
    relations: graph.size,
    entitiesByType: sortedCounts(byType),
    relationsByKind: sortedCounts(byRelation),
    conflicts: listConflicts(graph),
    dates: dateRange(graph.getAttribute('articles')),
  };
}

function sortedCounts(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => compareText(a[0], b[0])));
}
