/**
 * Pinned nodes: a node the user dragged keeps `fixed: true`, the flag ForceAtlas2 reads, so later
 * layout runs leave it where it was put. The flag is view state: the exporters write only the
 * attributes newsgraph defines as data, so it is not saved to GEXF or JSON.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';

export function pinNode(graph: KnowledgeGraph, node: string): void {
  graph.setNodeAttribute(node, 'fixed', true);
}

export function isPinned(graph: KnowledgeGraph, node: string): boolean {
  return graph.getNodeAttribute(node, 'fixed') === true;
}

/** Lets the layout move the node again. */
export function unpinNode(graph: KnowledgeGraph, node: string): void {
  graph.removeNodeAttribute(node, 'fixed');
}
