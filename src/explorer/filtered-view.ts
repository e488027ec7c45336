/**
 * What the filters let through, computed once per filter or graph change so that Sigma's reducers
 * only do set lookups. Pure: no DOM, no Sigma, so it is unit-tested in Node.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { EntityType, RelationKind } from '../pipeline/types';

export interface Filters {
  hiddenTypes: ReadonlySet<EntityType>;
  hiddenRelations: ReadonlySet<RelationKind>;
  /** Edges supported by fewer sentences than this are not drawn. */
  minWeight: number;
  /** Hide nodes that have no drawn edge. */
  hideIsolated: boolean;
}

export const NO_FILTERS: Filters = {
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  minWeight: 1,
  hideIsolated: false,
};

export interface FilteredView {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The nodes and edges to draw. An edge is drawn only when both its ends are. */
export function computeFilteredView(graph: KnowledgeGraph, filters: Filters): FilteredView {
  const typeVisible = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!filters.hiddenTypes.has(attributes.type)) typeVisible.add(node);
  });

  const edges = new Set<string>();
  const connected = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (filters.hiddenRelations.has(attributes.relation)) return;
    if (attributes.weight < filters.minWeight) return;
    if (!typeVisible.has(source) || !typeVisible.has(target)) return;
    edges.add(edge);
    connected.add(source);
    connected.add(target);
  });

  const nodes = filters.hideIsolated ? connected : typeVisible;
  return { nodes, edges };
}

export interface Counts<K extends string> {
  /** How many of each kind the whole graph holds. */
  total: Map<K, number>;
  /** How many of each kind are drawn with the current filters. */
  visible: Map<K, number>;
}

/** Per-type node counts and per-relation edge counts, for the filter labels. */
export function countByKind(
  graph: KnowledgeGraph,
  view: FilteredView,
): { types: Counts<EntityType>; relations: Counts<RelationKind> } {
  const types: Counts<EntityType> = { total: new Map(), visible: new Map() };
  const relations: Counts<RelationKind> = { total: new Map(), visible: new Map() };
  graph.forEachNode((node, attributes) => {
    increment(types.total, attributes.type);
    if (view.nodes.has(node)) increment(types.visible, attributes.type);
  });
  graph.forEachEdge((edge, attributes) => {
    increment(relations.total, attributes.relation);
    if (view.edges.has(edge)) increment(relations.visible, attributes.relation);
  });
  return { types, relations };
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
