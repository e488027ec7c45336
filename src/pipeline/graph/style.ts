import { RELATION_KINDS, RELATIONS, relationSpec } from '../relation-registry';
import type { EntityType, RelationKind } from '../types';
import type { KnowledgeGraph } from './knowledge-graph';

/**
 * Colours and sizes, shared by the graph (Sigma), the GEXF export (Gephi) and the explorer's
 * legend. Entity colours are the Okabe–Ito palette, which stays distinguishable under the
 * common forms of colour blindness; vermilion is kept back so that red means "conflict" only.
 */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  company: '#0072b2',
  product: '#e69f00',
  model: '#cc79a7',
  government: '#009e73',
  organization: '#56b4e9',
  person: '#f0e442',
  place: '#999999',
};

/** Relation colours, from the relation registry. */
export const RELATION_COLORS: Readonly<Record<RelationKind, string>> = Object.fromEntries(
  RELATION_KINDS.map((relation) => [relation, RELATIONS[relation].color]),
) as Record<RelationKind, string>;

/** Edges that contradict another claim. */
export const CONFLICT_COLOR = '#d55e00';

/** Used for a type or relation the palettes do not know (e.g. from an imported file). */
export const FALLBACK_COLOR = '#777777';

/** A size or width range: the smallest and the largest value drawn. */
export interface SizeRange {
  min: number;
  max: number;
}

/**
 * Node sizes, in Sigma's pixels and in GEXF position units (Gephi and Gephi Lite draw `viz:size`
 * there). Edge widths are never wider than the smallest node: Gephi Lite draws an edge as wide as
 * its GEXF `weight` in position units, and Gephi reads `weight` for its own width scaling.
 */
export const NODE_SIZES: SizeRange = { min: 4, max: 30 };
export const EDGE_WIDTHS: SizeRange = { min: 1, max: 4 };

/** How a count becomes a size: the explorer's "size by" offers each, the pipeline draws with sqrt. */
export const SIZE_SCALES = {
  linear: { label: 'linear', transform: (value: number) => value },
  sqrt: { label: 'square root', transform: (value: number) => Math.sqrt(value) },
  log: { label: 'log', transform: (value: number) => Math.log1p(value) },
} as const;

export type SizeScale = keyof typeof SIZE_SCALES;
export const DEFAULT_SIZE_SCALE: SizeScale = 'sqrt';
/** Support is mostly one or two sentences with a long tail: log keeps the few heavy claims from flattening the rest. */
export const EDGE_WIDTH_SCALE: SizeScale = 'log';

export function isSizeScale(value: string): value is SizeScale {
  return Object.hasOwn(SIZE_SCALES, value);
}

/**
 * Sizes relative to the graph: the smallest value gets `range.min`, the largest `range.max`, and
 * those between are placed by the scale's transform (so 299 to 7,171 mentions spread over the
 * whole range instead of all hitting a cap). When all values are equal, all get the middle size.
 */
export function relativeSizes(values: readonly number[], scale: SizeScale, range: SizeRange): number[] {
  const transform = SIZE_SCALES[scale].transform;
  const t = values.map((value) => transform(Math.max(0, Number.isFinite(value) ? value : 0)));
  let low = Infinity;
  let high = -Infinity;
  for (const value of t) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const span = high - low;
  return t.map((value) => round2(range.min + (span > 0 ? (value - low) / span : 0.5) * (range.max - range.min)));
}

/**
 * A node's size when the graph around it is unknown (a file without sizes): the square root of its
 * mentions against a reference of 1,000. Built graphs are sized by styleGraph, relative to the graph.
 */
export function nodeSize(mentions: number): number {
  return relativeSizes([0, mentions, 1000], 'sqrt', NODE_SIZES)[1]!;
}

/** An edge's width when the graph around it is unknown: log of its support against a reference of 100. */
export function edgeSize(support: number): number {
  return relativeSizes([1, Math.max(1, support), 100], 'log', EDGE_WIDTHS)[1]!;
}

/** Keyed lookups through a Map: a type named "toString" in imported data is simply unknown. */
const ENTITY_COLOR_BY_TYPE: ReadonlyMap<string, string> = new Map(Object.entries(ENTITY_COLORS));

export function entityColor(type: string): string {
  return ENTITY_COLOR_BY_TYPE.get(type) ?? FALLBACK_COLOR;
}

export function relationColor(relation: string): string {
  return relationSpec(relation)?.color ?? FALLBACK_COLOR;
}

/**
 * Sets color and size on every node and edge: colour from its type, relation and conflict flag;
 * size from its mentions (square root, between NODE_SIZES), width from its support (`weight`;
 * log, between EDGE_WIDTHS), each relative to the graph, so that the explorer, `viz:size` and
 * the GEXF `weight` all draw the same graph.
 */
export function styleGraph(graph: KnowledgeGraph): void {
  const nodeSizes = relativeSizes(graph.mapNodes((_key, attributes) => attributes.mentions), DEFAULT_SIZE_SCALE, NODE_SIZES);
  const edgeWidths = relativeSizes(graph.mapEdges((_key, attributes) => attributes.weight), EDGE_WIDTH_SCALE, EDGE_WIDTHS);
  // Updated in place (one event per pass, no copies): this runs over every element of big graphs.
  // Both passes visit elements in the same order as the map above.
  let i = 0;
  graph.updateEachNodeAttributes(
    (_key, attributes) => {
      attributes.color = entityColor(attributes.type);
      attributes.size = nodeSizes[i++]!;
      return attributes;
    },
    { attributes: ['color', 'size'] },
  );
  i = 0;
  graph.updateEachEdgeAttributes(
    (_key, attributes) => {
      attributes.color = attributes.conflict ? CONFLICT_COLOR : relationColor(attributes.relation);
      attributes.size = edgeWidths[i++]!;
      return attributes;
    },
    { attributes: ['color', 'size'] },
  );
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
