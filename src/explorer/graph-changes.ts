/**
 * What adding articles changed, said in one line ("Added 3 articles: 11 new entities, 8 new
 * relations, 1 new conflict."), and the new nodes, which the graph rings until the next click.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { plural } from './labels';

export interface GraphChanges {
  articles: number;
  nodes: string[];
  edges: number;
  conflicts: number;
}

export function graphChanges(before: KnowledgeGraph, after: KnowledgeGraph): GraphChanges {
  const known = new Set(before.getAttribute('articles').map((article) => article.id));
  return {
    articles: after.getAttribute('articles').filter((article) => !known.has(article.id)).length,
    nodes: after.filterNodes((node) => !before.hasNode(node)),
    edges: after.filterEdges((edge) => !before.hasEdge(edge)).length,
    conflicts: after.filterEdges((edge, attributes) => attributes.conflict && !(before.hasEdge(edge) && before.getEdgeAttribute(edge, 'conflict'))).length,
  };
}

export function describeChanges(changes: GraphChanges): string {
  const parts = [plural(changes.nodes.length, 'new entity', 'new entities'), plural(changes.edges, 'new relation')];
  if (changes.conflicts > 0) parts.push(plural(changes.conflicts, 'new conflict'));
  return `Added ${plural(changes.articles, 'article')}: ${parts.join(', ')}.`;
}
