import { MultiGraph } from 'graphology';
import type { EdgeAttributes, EntityType, GraphAttributes, NodeAttributes, RelationKind } from '../types';
import { SYMMETRIC_RELATIONS } from '../types';

/**
 * How often each label and each type was given to an entity, one vote per article.
 * Kept on the node so that merging two graphs can re-elect the label and type exactly as
 * building from all their articles at once would (a plain label would lose the counts).
 */
export interface EntityTally {
  labels: Record<string, number>;
  types: Partial<Record<EntityType, number>>;
}

/** Node attributes as the pipeline keeps them: the shared NodeAttributes plus the vote tally. */
export interface KnowledgeNodeAttributes extends NodeAttributes {
  tally: EntityTally;
}

/** The knowledge graph every stage exchanges: mixed (symmetric relations are undirected), no self-loops. */
export type KnowledgeGraph = MultiGraph<KnowledgeNodeAttributes, EdgeAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ articles: [] });
  return graph;
}

export function isSymmetricRelation(relation: RelationKind): boolean {
  return SYMMETRIC_RELATIONS.includes(relation);
}

/** The edge of one (source, relation, target) claim; symmetric relations have sorted ends. */
export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
}

export function edgeEnds(source: string, relation: RelationKind, target: string): EdgeEnds {
  if (isSymmetricRelation(relation)) {
    const [a, b] = compareText(source, target) <= 0 ? [source, target] : [target, source];
    return { key: `${a}--${relation}--${b}`, source: a, target: b, undirected: true };
  }
  return { key: `${source}->${relation}->${target}`, source, target, undirected: false };
}

/**
 * Code-unit order. Used for every sort in the pipeline: unlike localeCompare it does not
 * depend on the machine's locale, so the same input gives byte-identical output everywhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
