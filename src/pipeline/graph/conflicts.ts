import { RELATION_KINDS, RELATIONS, type RelationSpec } from '../relation-registry';
import type { RelationKind } from '../types';
import type { KnowledgeGraph } from './knowledge-graph';
import { compareText } from './knowledge-graph';

/**
 * Relations a target can hold with only one source: a product or model has one developer.
 * Two different sources stated by different articles contradict each other.
 */
const SINGLE_SOURCE_RELATIONS: readonly RelationKind[] = RELATION_KINDS.filter((r) => (RELATIONS[r] as RelationSpec).singleSource);
const CONTESTED_TARGET_TYPES: readonly string[] = ['product', 'model'];

/** One contradiction, as the CLI summary lists it. */
export interface Conflict {
  target: string;
  targetLabel: string;
  relation: RelationKind;
  claims: { source: string; sourceLabel: string; edge: string; articles: string[] }[];
}

/**
 * At most this many conflicting edges are listed in an edge's `conflictsWith` (the first by key);
 * `conflict` itself stays exact. Without a cap the lists grow with the square of the number of
 * claimed developers of one product: 5.4 million entries, three quarters of the JSON export, for
 * the 100 MB benchmark corpus (still 1.8 million, 61 of 114 MB, with a cap of 50).
 */
export const CONFLICTS_LISTED_PER_EDGE = 20;

/**
 * Sets `conflict` and `conflictsWith` on every edge (clearing earlier marks first, so it can run
 * again after a merge). Two edges conflict when they give one product or model two different
 * developers and no article states both — an article naming both describes a joint development.
 */
export function markConflicts(graph: KnowledgeGraph): void {
  const conflicting = new Map<string, string[]>();
  for (const group of singleSourceGroups(graph)) {
    group.sort(compareText);
    const articles = group.map((edge) => graph.getEdgeAttribute(edge, 'articles'));
    const articleSets = articles.map((list) => new Set(list));
    group.forEach((edge, i) => {
      // Others in key order, so the list is the same sorted prefix whatever the cap cut off.
      const others: string[] = [];
      for (let j = 0; j < group.length && others.length < CONFLICTS_LISTED_PER_EDGE; j++) {
        if (j !== i && !articles[j]!.some((article) => articleSets[i]!.has(article))) others.push(group[j]!);
      }
      if (others.length > 0) conflicting.set(edge, others);
    });
  }
  graph.updateEachEdgeAttributes(
    (edge, attributes) => {
      const others = conflicting.get(edge);
      attributes.conflict = others !== undefined;
      attributes.conflictsWith = others ?? [];
      return attributes;
    },
    { attributes: ['conflict', 'conflictsWith'] },
  );
}

/** The conflicts marked on the graph, grouped by target and relation, sorted. */
export function listConflicts(graph: KnowledgeGraph): Conflict[] {
  const byTarget = new Map<string, Conflict>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!attributes.conflict) return;
    const groupKey = `${target}\u0000${attributes.relation}`;
    let conflict = byTarget.get(groupKey);
    if (!conflict) {
      conflict = {
        target,
        targetLabel: graph.getNodeAttribute(target, 'label'),
        relation: attributes.relation,
        claims: [],
      };
      byTarget.set(groupKey, conflict);
    }
    conflict.claims.push({
      source,
      sourceLabel: graph.getNodeAttribute(source, 'label'),
      edge,
      articles: attributes.articles,
    });
  });
  const conflicts = [...byTarget.values()];
  for (const conflict of conflicts) conflict.claims.sort((a, b) => compareText(a.source, b.source));
  return conflicts.sort((a, b) => compareText(a.target, b.target) || compareText(a.relation, b.relation));
}

/** Edge keys grouped by (target, relation) for single-source relations, only groups of two or more. */
function singleSourceGroups(graph: KnowledgeGraph): string[][] {
  const groups = new Map<string, string[]>();
  graph.forEachDirectedEdge((edge, attributes, _source, target, _sa, targetAttributes) => {
    if (!SINGLE_SOURCE_RELATIONS.includes(attributes.relation)) return;
    if (!CONTESTED_TARGET_TYPES.includes(targetAttributes.type)) return;
    const groupKey = `${target}\u0000${attributes.relation}`;
    const group = groups.get(groupKey);
    if (group) group.push(edge);
    else groups.set(groupKey, [edge]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}
