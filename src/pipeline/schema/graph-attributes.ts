import type { KnowledgeNodeAttributes } from '../graph/knowledge-graph';
import { seedPosition } from '../graph/layout';
import { edgeSize, entityColor, nodeSize, relationColor } from '../graph/style';
import { compareText } from '../graph/knowledge-graph';
import type { EdgeAttributes, Evidence } from '../types';
import { count, counts, finite, flag, listOf, object, SchemaError, tally, text, texts, type Decoder } from './decode';
import { articleDate, articleId, confidence, dateCounts, entityName as label, entityType, evidenceFields, evidenceList, isoDate, relationKind } from './records';

/**
 * The one attribute schema of nodes and edges: a row per attribute with its GEXF form, its
 * decoder and its default. The JSON reader and writer, the GEXF reader and writer and `kg merge`
 * all go through these rows, so whatever one of them writes, all of them read.
 *
 * `gexf` says where GEXF carries the value: an `<attvalue>` column of that type; `label`,
 * `weight`: the element's own XML attribute; `viz`: a viz element (colour, size, position);
 * `none`: not in GEXF (rebuilt on reading, e.g. the vote tally). GEXF column ids are lower case
 * (Gephi lower-cases them on import) with the attribute's name as title (gexfColumn).
 */
export type GexfPlace = 'string' | 'integer' | 'double' | 'boolean' | 'liststring' | 'label' | 'weight' | 'viz' | 'none';

export interface AttributeRow<A> {
  key: keyof A & string;
  gexf: GexfPlace;
  decode: Decoder<unknown>;
  /** The value when an input leaves the attribute out, from those decoded before it (rows are in dependency order). */
  fallback?: (decoded: Partial<A>, key: string) => unknown;
  /** Left out of the output when undefined (instead of written as a default). */
  optional?: true;
  /** A JSON text inside a GEXF string column (lists of objects or numbers). */
  jsonInGexf?: true;
  /** The GEXF column's name when it is not the attribute's. */
  gexfName?: string;
  /** The value as written (JSON and GEXF): fields and keys in a fixed order, so output bytes are stable. */
  normalize?: (value: never) => unknown;
}

/** Votes default to one per article for the label and type read. */
function votesFor(name: string | undefined, articles: readonly string[] | undefined): Record<string, number> {
  const result: Record<string, number> = Object.create(null);
  result[name ?? ''] = Math.max(1, articles?.length ?? 0);
  return result;
}

export const NODE_ATTRIBUTES: readonly AttributeRow<KnowledgeNodeAttributes>[] = [
  { key: 'label', gexf: 'label', decode: label, fallback: (_a, key) => key },
  { key: 'type', gexf: 'string', decode: entityType, fallback: () => 'organization' },
  { key: 'aliases', gexf: 'liststring', decode: listOf(label), fallback: () => [] },
  { key: 'mentions', gexf: 'integer', decode: count, fallback: () => 0 },
  { key: 'articles', gexf: 'liststring', decode: listOf(articleId), fallback: () => [] },
  {
    key: 'tally',
    gexf: 'none',
    decode: (value, where) => {
      const t = object(value, where);
      return { labels: tally(t.labels, `${where}.labels`), types: tally(t.types, `${where}.types`) };
    },
    fallback: (a) => ({ labels: votesFor(a.label, a.articles), types: votesFor(a.type, a.articles) }),
    normalize: (t: KnowledgeNodeAttributes['tally']) => ({ labels: sortedKeys(t.labels), types: sortedKeys(t.types) }),
  },
  { key: 'color', gexf: 'viz', decode: text, fallback: (a) => entityColor(a.type ?? 'organization') },
  { key: 'size', gexf: 'viz', decode: finite, fallback: (a) => nodeSize(a.mentions ?? 0) },
  // A node without a position starts at its seed position, as a freshly built one does.
  { key: 'x', gexf: 'viz', decode: finite, fallback: (_a, key) => seedPosition(key).x },
  { key: 'y', gexf: 'viz', decode: finite, fallback: (_a, key) => seedPosition(key).y },
  // When (graph/dates.ts): absent when no article behind the entity is dated.
  { key: 'firstSeen', gexf: 'string', decode: isoDate, optional: true },
  { key: 'lastSeen', gexf: 'string', decode: isoDate, optional: true },
  { key: 'articleDates', gexf: 'liststring', decode: listOf(articleDate), optional: true },
  { key: 'articlesByDate', gexf: 'string', decode: dateCounts, optional: true, jsonInGexf: true },
  // Structure (graph/structure.ts): a file written before they existed gets them computed on reading.
  { key: 'community', gexf: 'integer', decode: count, optional: true },
  { key: 'pagerank', gexf: 'double', decode: finite, optional: true },
  { key: 'degree', gexf: 'integer', decode: count, optional: true },
  // The analyst's corrections (pipeline/corrections): what was done to the node.
  { key: 'corrected', gexf: 'liststring', decode: texts, optional: true },
];

export const EDGE_ATTRIBUTES: readonly AttributeRow<EdgeAttributes>[] = [
  { key: 'relation', gexf: 'string', decode: relationKind },
  { key: 'label', gexf: 'label', decode: text, fallback: (a) => a.relation },
  // The support count (sentences). GEXF's own `weight` is the drawn width (`size`): Gephi Lite
  // draws it in position units, so the raw count would cover the graph.
  { key: 'weight', gexf: 'integer', gexfName: 'support', decode: finite, fallback: () => 1 },
  { key: 'articles', gexf: 'liststring', decode: listOf(articleId), fallback: () => [] },
  { key: 'articleSentences', gexf: 'string', decode: counts, optional: true, jsonInGexf: true },
  { key: 'evidence', gexf: 'string', decode: evidenceList, fallback: () => [], jsonInGexf: true, normalize: (list: Evidence[]) => list.map(evidenceFields) },
  { key: 'conflict', gexf: 'boolean', decode: flag, fallback: () => false },
  { key: 'conflictsWith', gexf: 'liststring', decode: texts, fallback: () => [] },
  { key: 'color', gexf: 'viz', decode: text, fallback: (a) => relationColor(a.relation!) },
  { key: 'size', gexf: 'weight', decode: finite, fallback: (a) => edgeSize(a.weight ?? 1) },
  { key: 'firstSeen', gexf: 'string', decode: isoDate, optional: true },
  { key: 'lastSeen', gexf: 'string', decode: isoDate, optional: true },
  { key: 'supportByDate', gexf: 'string', decode: dateCounts, optional: true, jsonInGexf: true },
  { key: 'corrected', gexf: 'liststring', decode: texts, optional: true },
  { key: 'confidence', gexf: 'double', decode: confidence, optional: true },
];

/**
 * Attributes from what an input holds (`raw`, keyed by attribute), row by row: each value
 * decoded, or its default when left out. Throws a SchemaError naming `where` and the attribute.
 */
export function decodeAttributes<A>(rows: readonly AttributeRow<A>[], raw: Record<string, unknown>, key: string, where: string): A {
  const decoded: Partial<A> = {};
  for (const row of rows) {
    const value = raw[row.key];
    if (value === undefined || value === null) {
      if (row.optional) continue;
      if (!row.fallback) throw new SchemaError(`${where}.${row.key}: missing`);
      decoded[row.key] = row.fallback(decoded, key) as A[keyof A & string];
    } else {
      decoded[row.key] = row.decode(value, `${where}.${row.key}`) as A[keyof A & string];
    }
  }
  return decoded as A;
}

export type GexfColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring';

export interface GexfColumn {
  /** Lower case: Gephi lower-cases column ids, so a Gephi user's filters and a re-export agree. */
  id: string;
  /** The attribute's name as newsgraph and score readers know it (`firstSeen`). */
  title: string;
  type: GexfColumnType;
}

/** The GEXF `<attvalue>` column of a row; undefined for rows GEXF carries elsewhere. */
export function gexfColumn<A>(row: AttributeRow<A>): GexfColumn | undefined {
  const { gexf } = row;
  if (gexf !== 'string' && gexf !== 'integer' && gexf !== 'double' && gexf !== 'boolean' && gexf !== 'liststring') return undefined;
  const title = row.gexfName ?? row.key;
  return { id: title.toLowerCase(), title, type: gexf };
}

/** The GEXF `<attvalue>` columns: the rows carried as attvalues, in row order. */
export function gexfColumns<A>(rows: readonly AttributeRow<A>[]): GexfColumn[] {
  return rows.flatMap((row) => gexfColumn(row) ?? []);
}

/** The value of a row as writers write it. */
export function normalized<A>(row: AttributeRow<A>, value: unknown): unknown {
  return row.normalize && value !== undefined ? row.normalize(value as never) : value;
}

function sortedKeys(record: Record<string, number | undefined>): Record<string, number | undefined> {
  const sorted: Record<string, number | undefined> = Object.create(null);
  for (const key of Object.keys(record).sort(compareText)) sorted[key] = record[key];
  return sorted;
}
