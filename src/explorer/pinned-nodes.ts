/**
 * Pinned nodes: a node the user dragged keeps `fixed: true`, the flag ForceAtlas2 reads, so later
 * layout runs leave it where it was put. `fixed` is a layout hint, not part of NodeAttributes, so it
 * is read and written through the untyped attribute API here and nowhere else.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';

interface UntypedAttributes {
  getNodeAttribute(node: string, name: string): unknown;
  setNodeAttribute(node: string, name: string, value: unknown): void;
}

export function pinNode(graph: KnowledgeGraph, node: string): void {
  (graph as unknown as UntypedAttributes).setNodeAttribute(node, 'fixed', true);
}

export function isPinned(graph: KnowledgeGraph, node: string): boolean {
  return (graph as unknown as UntypedAttributes).getNodeAttribute(node, 'fixed') === true;
}
