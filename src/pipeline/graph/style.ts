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

const MAX_NODE_SIZE = 30;
const MAX_EDGE_SIZE = 8;

/** Grows with the square root of mentions so that one dominant entity does not dwarf the rest. */
export function nodeSize(mentions: number): number {
  return Math.min(MAX_NODE_SIZE, round2(4 + 3 * Math.sqrt(Math.max(0, mentions))));
}

export function edgeSize(weight: number): number {
  return Math.min(MAX_EDGE_SIZE, round2(1 + Math.log2(Math.max(1, weight))));
}

/** Keyed lookups through a Map: a type named "toString" in imported data is simply unknown. */
const ENTITY_COLOR_BY_TYPE: ReadonlyMap<string, string> = new Map(Object.entries(ENTITY_COLORS));

export function entityColor(type: string): string {
  return ENTITY_COLOR_BY_TYPE.get(type) ?? FALLBACK_COLOR;
}

export function relationColor(relation: string): string {
  return relationSpec(relation)?.color ?? FALLBACK_COLOR;
}

/** Sets color and size on every node and edge from its type, mentions, relation, weight and conflict flag. */
export function styleGraph(graph: KnowledgeGraph): void {
  // Updated in place (one event per pass, no copies): this runs over every element of big graphs.
  graph.updateEachNodeAttributes(
    (_key, attributes) => {
      attributes.color = entityColor(attributes.type);
      attributes.size = nodeSize(attributes.mentions);
      return attributes;
    },
    { attributes: ['color', 'size'] },
  );
  graph.updateEachEdgeAttributes(
    (_key, attributes) => {
      attributes.color = attributes.conflict ? CONFLICT_COLOR : relationColor(attributes.relation);
      attributes.size = edgeSize(attributes.weight);
      return attributes;
    },
    { attributes: ['color', 'size'] },
  );
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
