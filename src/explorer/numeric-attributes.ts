/**
 * The attributes a range filter can use, read from the one attribute schema
 * (pipeline/schema/graph-attributes.ts): every node and edge attribute written as a GEXF integer,
 * double or weight, and every ISO date. An attribute the schema gains (an edge's confidence, say)
 * is offered without a change here. Pure, so it is unit-tested in Node.
 */
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeRow } from '../pipeline/schema/graph-attributes';
import { isoDate } from '../pipeline/schema/records';

export type RangeTarget = 'node' | 'edge';

export interface NumericAttribute {
  /** `node.mentions`, `edge.weight`: unique across nodes and edges. */
  id: string;
  target: RangeTarget;
  key: string;
  label: string;
  /** Dates compare as YYYY-MM-DD text, numbers as numbers. */
  kind: 'number' | 'date';
}

/**
 * Numbers that name rather than measure: a community number is a group's name, and a bigger one
 * is not "more". Drawing positions and sizes are the picture, not the data.
 */
const NOT_MAGNITUDES = new Set(['community', 'x', 'y', 'size']);

/** Names people know; an attribute not listed here shows its own key. */
const LABELS: Record<string, string> = {
  'node.mentions': 'Mentions',
  'node.pagerank': 'PageRank',
  'node.degree': 'Degree (related entities)',
  'node.firstSeen': 'First seen',
  'node.lastSeen': 'Last seen',
  'edge.weight': 'Claim support (sentences)',
  'edge.confidence': 'Claim confidence',
  'edge.firstSeen': 'Claim first seen',
  'edge.lastSeen': 'Claim last seen',
};

function fromRows<A>(target: RangeTarget, rows: readonly AttributeRow<A>[]): NumericAttribute[] {
  return rows.flatMap((row) => {
    if (NOT_MAGNITUDES.has(row.key)) return [];
    const kind = row.decode === isoDate ? 'date' : row.gexf === 'integer' || row.gexf === 'double' || row.gexf === 'weight' ? 'number' : null;
    if (!kind) return [];
    const id = `${target}.${row.key}`;
    return [{ id, target, key: row.key, label: LABELS[id] ?? row.key, kind }];
  });
}

export const NUMERIC_ATTRIBUTES: readonly NumericAttribute[] = [...fromRows('node', NODE_ATTRIBUTES), ...fromRows('edge', EDGE_ATTRIBUTES)];

export function numericAttribute(id: string): NumericAttribute | undefined {
  return NUMERIC_ATTRIBUTES.find((attribute) => attribute.id === id);
}

/** A range on one attribute; an open end is absent. Inclusive. */
export interface AttributeRange {
  attribute: string;
  min?: number | string;
  max?: number | string;
}

/** True when the value lies in the range; a missing or non-numeric value lies in no range. */
export function inRange(value: unknown, range: AttributeRange): boolean {
  if (typeof value !== 'number' && typeof value !== 'string') return false;
  if (typeof value === 'number' && !Number.isFinite(value)) return false;
  if (range.min !== undefined && value < range.min) return false;
  if (range.max !== undefined && value > range.max) return false;
  return true;
}

/** The smallest and largest value of an attribute in the graph (for the inputs' hints). */
export function extentOf(values: Iterable<unknown>): { min: number | string; max: number | string } | null {
  let min: number | string | undefined;
  let max: number | string | undefined;
  for (const value of values) {
    if (typeof value !== 'number' && typeof value !== 'string') continue;
    if (min === undefined || value < min) min = value;
    if (max === undefined || value > max) max = value;
  }
  return min === undefined || max === undefined ? null : { min, max };
}
