import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { compareText } from '../graph/knowledge-graph';
import { CONFLICT_COLOR, FALLBACK_COLOR } from '../graph/style';
import { SchemaError } from '../schema/decode';
import { EDGE_ATTRIBUTES, normalized, type GexfColumn } from '../schema/graph-attributes';
import type { EdgeAttributes } from '../types';

/**
 * GEXF 1.2 has no edge `kind`, and Gephi merges the edges between one source and target into one
 * that keeps one edge's id and another's label, relation, evidence and dates: a claim nobody made.
 * So in 1.2 we write one edge per (source, target) ourselves, losslessly: the combined label
 * ("develops, invests_in"), the relations as a list, the union of articles, all the evidence, the
 * summed support; and, when there is more than one claim, each claim's own attributes in the
 * `claims` column (as in the JSON export, its evidence as a count of the edge's evidence items, in
 * order), which the reader (claimsOfPair) splits back into the claims of the 1.3 file.
 */

/** The two columns a 1.2 file adds to the edge attributes. */
export const PAIR_COLUMNS: readonly GexfColumn[] = [
  { id: 'relations', title: 'relations', type: 'liststring' },
  { id: 'claims', title: 'claims', type: 'string' },
];

/** One `<edge>` element: one claim (1.3), or every claim between its ends (1.2). */
export interface WrittenEdge {
  id: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** 1.2 only: the relations of the claims it carries, and those claims when there are several. */
  relations?: string[];
  claims?: Record<string, unknown>[];
}

/** The edges to write, in key order: one per claim, or (`paired`) one per source and target. */
export function* writtenEdges(graph: KnowledgeGraph, edgeIds: ReadonlyMap<string, string>, paired: boolean): Generator<WrittenEdge> {
  if (!paired) {
    for (const [key, id] of edgeIds) yield { id, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) };
    return;
  }
  // Groups in the order of their first claim's key, so output stays sorted and stable.
  const pairs = new Map<string, string[]>();
  for (const key of edgeIds.keys()) {
    const pair = `${graph.source(key)}\u0000${graph.target(key)}`;
    const group = pairs.get(pair);
    if (group) group.push(key);
    else pairs.set(pair, [key]);
  }
  for (const keys of pairs.values()) {
    const first = keys[0]!;
    const members = keys.map((key) => graph.getEdgeAttributes(key));
    const relations = members.map((m) => m.relation);
    const edge: WrittenEdge = { id: edgeIds.get(first)!, source: graph.source(first), target: graph.target(first), attributes: members[0]!, relations };
    if (keys.length > 1) {
      edge.attributes = combined(members);
      edge.claims = keys.map((key, i) => claimRecord(edgeIds.get(key)!, members[i]!, graph.isUndirected(key)));
    }
    yield edge;
  }
}

/** What a reader that knows nothing of `claims` sees: every claim's support, articles and evidence together. */
function combined(members: readonly EdgeAttributes[]): EdgeAttributes {
  const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort(compareText);
  const dated = members.filter((m) => m.firstSeen !== undefined);
  const supportByDate: Record<string, number> = Object.create(null);
  for (const m of members) for (const [date, n] of Object.entries(m.supportByDate ?? {})) supportByDate[date] = (supportByDate[date] ?? 0) + n;
  const dates = Object.keys(supportByDate).sort(compareText);
  const colors = new Set(members.map((m) => m.color));
  const conflict = members.some((m) => m.conflict);
  const label = members.map((m) => m.label || m.relation).join(', ');
  return {
    ...members[0]!,
    // Not one relation: the reader takes the claims from `claims`, other readers see what it carries.
    relation: members.map((m) => m.relation).join(', ') as EdgeAttributes['relation'],
    label,
    weight: members.reduce((sum, m) => sum + m.weight, 0),
    size: Math.max(...members.map((m) => m.size)),
    articles: union(members.map((m) => m.articles)),
    articleSentences: undefined,
    evidence: members.flatMap((m) => m.evidence),
    conflict,
    conflictsWith: union(members.map((m) => m.conflictsWith)),
    // One colour when the claims share it; red when one conflicts; else the neutral grey.
    color: colors.size === 1 ? members[0]!.color : conflict ? CONFLICT_COLOR : FALLBACK_COLOR,
    firstSeen: dated.length > 0 ? dated.map((m) => m.firstSeen!).sort(compareText)[0] : undefined,
    lastSeen: dated.length > 0 ? dated.map((m) => m.lastSeen ?? m.firstSeen!).sort(compareText).pop() : undefined,
    supportByDate: dates.length > 0 ? Object.fromEntries(dates.map((date) => [date, supportByDate[date]!])) : undefined,
  };
}

/** One claim of a pair as the `claims` column holds it: its attributes as in the JSON export, evidence counted. */
function claimRecord(id: string, attributes: EdgeAttributes, undirected: boolean): Record<string, unknown> {
  const record: Record<string, unknown> = { id };
  if (undirected) record.undirected = true;
  for (const row of EDGE_ATTRIBUTES) {
    const value = attributes[row.key];
    if (value === undefined) continue;
    record[row.key] = row.key === 'evidence' ? (value as unknown[]).length : normalized(row, value);
  }
  return record;
}

/** A claim read back from a 1.2 edge: its key, whether it is undirected, and its attributes still to decode. */
export interface PairedClaim {
  id: string;
  undirected: boolean;
  raw: Record<string, unknown>;
}

/**
 * The claims of a 1.2 edge from its parsed `claims` column and its evidence list, each with its
 * own evidence items back. Throws a SchemaError naming the edge when they do not fit together.
 */
export function claimsOfPair(claims: unknown, evidence: unknown, where: string): PairedClaim[] {
  if (!Array.isArray(claims)) throw new SchemaError(`${where}.claims: expected a list`);
  const items = Array.isArray(evidence) ? evidence : [];
  let offset = 0;
  const result = claims.map((claim: unknown, i): PairedClaim => {
    const at = `${where}.claims[${i}]`;
    if (typeof claim !== 'object' || claim === null || Array.isArray(claim)) throw new SchemaError(`${at}: expected an object`);
    const record = claim as Record<string, unknown>;
    if (typeof record.id !== 'string' || record.id === '') throw new SchemaError(`${at}.id: expected a non-empty string`);
    const count = record.evidence ?? 0;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || offset + count > items.length) {
      throw new SchemaError(`${at}.evidence: expected a count of the edge's evidence items`);
    }
    const raw: Record<string, unknown> = Object.assign(Object.create(null) as object, record, { evidence: items.slice(offset, offset + count) });
    offset += count;
    delete raw.id;
    delete raw.undirected;
    return { id: record.id, undirected: record.undirected === true, raw };
  });
  if (offset !== items.length) throw new SchemaError(`${where}.claims: ${items.length - offset} evidence item(s) belong to no claim`);
  return result;
}
