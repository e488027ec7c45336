/**
 * What the filters let through, computed once per filter or graph change so that Sigma's reducers
 * only do set lookups. Pure: no DOM, no Sigma, so it is unit-tested in Node.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { EntityType, RelationKind } from '../pipeline/types';
import { inRange, numericAttribute, type AttributeRange } from './numeric-attributes';

export interface Filters {
  hiddenTypes: ReadonlySet<EntityType>;
  hiddenRelations: ReadonlySet<RelationKind>;
  /** Edges supported by fewer sentences than this are not drawn. */
  minWeight: number;
  /** Edges whose confidence (the scorer's, extract/claim-scorer.ts) is below this are not drawn; 0 = all. */
  minConfidence: number;
  /** Hide nodes that have no drawn edge. */
  hideIsolated: boolean;
  /** Only what was stated between these dates (inclusive); what undated articles state always shows. */
  dateRange: DateRange | null;
  /** Only the entities within `hops` claims of `node` (expand on demand on big graphs). */
  around: { node: string; hops: number } | null;
  /** Only nodes and edges whose attribute lies in each range (numeric-attributes.ts). */
  ranges: readonly AttributeRange[];
  /** Only the biggest connected part of what the other filters leave. */
  largestComponent: boolean;
}

/** Inclusive, as YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = {
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  minWeight: 1,
  minConfidence: 0,
  hideIsolated: false,
  dateRange: null,
  around: null,
  ranges: [],
  largestComponent: false,
};

/**
 * True when something was stated inside the range: a date of `byDate` falls in it, or part of
 * `total` comes from undated articles (those are shown at every point in time).
 */
export function statedIn(range: DateRange, byDate: Readonly<Record<string, number>> | undefined, total: number): boolean {
  if (!byDate) return true;
  let dated = 0;
  for (const date in byDate) {
    if (date >= range.from && date <= range.to) return true;
    dated += byDate[date]!;
  }
  return dated < total;
}

export interface FilteredView {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The nodes and edges to draw. An edge is drawn only when both its ends are. */
export function computeFilteredView(graph: KnowledgeGraph, filters: Filters): FilteredView {
  const range = filters.dateRange;
  const nodeRanges = rangesOn('node', filters.ranges);
  const edgeRanges = rangesOn('edge', filters.ranges);
  const typeVisible = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (filters.hiddenTypes.has(attributes.type)) return;
    if (range && !statedIn(range, attributes.articlesByDate, attributes.articles.length)) return;
    if (!nodeRanges.every(([key, limits]) => inRange((attributes as unknown as Record<string, unknown>)[key], limits))) return;
    typeVisible.add(node);
  });

  let edges = new Set<string>();
  const connected = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (filters.hiddenRelations.has(attributes.relation)) return;
    if (attributes.weight < filters.minWeight) return;
    if ((attributes.confidence ?? 1) < filters.minConfidence) return;
    if (!typeVisible.has(source) || !typeVisible.has(target)) return;
    if (range && !statedIn(range, attributes.supportByDate, attributes.weight)) return;
    if (!edgeRanges.every(([key, limits]) => inRange((attributes as unknown as Record<string, unknown>)[key], limits))) return;
    edges.add(edge);
    connected.add(source);
    connected.add(target);
  });

  let nodes: ReadonlySet<string> = filters.hideIsolated ? connected : typeVisible;
  if (filters.largestComponent) {
    nodes = largestComponent(graph, edges, nodes);
    const kept = nodes;
    edges = new Set([...edges].filter((edge) => kept.has(graph.source(edge))));
  }
  if (filters.around) {
    const reached = ringsAround(graph, edges, nodes, filters.around.node, filters.around.hops);
    nodes = reached;
    edges = new Set([...edges].filter((edge) => reached.has(graph.source(edge)) && reached.has(graph.target(edge))));
  }
  return { nodes, edges };
}

/** The ranges on nodes (or edges) as [attribute key, range]; ranges on unknown attributes are ignored. */
function rangesOn(target: 'node' | 'edge', ranges: readonly AttributeRange[]): [string, AttributeRange][] {
  return ranges.flatMap((range) => {
    const attribute = numericAttribute(range.attribute);
    return attribute?.target === target ? [[attribute.key, range] as [string, AttributeRange]] : [];
  });
}

/** The biggest set of shown nodes joined by shown edges (either direction); the first found on a tie. */
function largestComponent(graph: KnowledgeGraph, edges: ReadonlySet<string>, nodes: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  let best = new Set<string>();
  for (const start of nodes) {
    if (seen.has(start)) continue;
    const component = new Set([start]);
    seen.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.pop()!;
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!edges.has(edge)) return;
        const other = source === node ? target : source;
        if (seen.has(other) || !nodes.has(other)) return;
        seen.add(other);
        component.add(other);
        queue.push(other);
      });
    }
    if (component.size > best.size) best = component;
  }
  return best;
}

/** The shown nodes within `hops` shown edges of `start`, either direction (the start itself when shown). */
function ringsAround(graph: KnowledgeGraph, edges: ReadonlySet<string>, nodes: ReadonlySet<string>, start: string, hops: number): Set<string> {
  const reached = new Set<string>();
  if (!nodes.has(start)) return reached;
  reached.add(start);
  let ring = [start];
  for (let hop = 0; hop < hops && ring.length > 0; hop++) {
    const next: string[] = [];
    for (const node of ring) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!edges.has(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other) && nodes.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    ring = next;
  }
  return reached;
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
  totals: KindTotals = countTotals(graph),
): { types: Counts<EntityType>; relations: Counts<RelationKind> } {
  const types: Counts<EntityType> = { total: totals.types, visible: new Map() };
  const relations: Counts<RelationKind> = { total: totals.relations, visible: new Map() };
  for (const node of view.nodes) increment(types.visible, graph.getNodeAttribute(node, 'type'));
  for (const edge of view.edges) increment(relations.visible, graph.getEdgeAttribute(edge, 'relation'));
  return { types, relations };
}

export interface KindTotals {
  types: Map<EntityType, number>;
  relations: Map<RelationKind, number>;
}

/** The whole graph's counts: once per graph, not per filter change. */
export function countTotals(graph: KnowledgeGraph): KindTotals {
  const totals: KindTotals = { types: new Map(), relations: new Map() };
  graph.forEachNode((_node, attributes) => increment(totals.types, attributes.type));
  graph.forEachEdge((_edge, attributes) => increment(totals.relations, attributes.relation));
  return totals;
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
