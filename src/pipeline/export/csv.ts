/**
 * CSV (RFC 4180) for the claims table and the node list: comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break. Names come from articles, so a cell that a
 * spreadsheet would run as a formula (=, +, -, @ at its start) is written with a leading
 * apostrophe: the text shows, nothing runs.
 */
import type { ClaimRow } from '../graph/claim-rows';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { compareText } from '../graph/knowledge-graph';

export type CsvCell = string | number | boolean | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: CsvCell): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CLAIM_CSV_HEADER = ['source', 'relation', 'target', 'support', 'articles', 'outlets', 'first_seen', 'last_seen', 'conflict', 'conflicts_with', 'edge'] as const;

export function claimsCsv(rows: readonly ClaimRow[]): string {
  return toCsv(
    CLAIM_CSV_HEADER,
    rows.map((row) => [row.sourceLabel, row.relation, row.targetLabel, row.support, row.articles, row.outlets.join('; '), row.firstSeen, row.lastSeen, row.conflict, row.conflictsWith.join('; '), row.edge]),
  );
}

export const NODE_CSV_HEADER = ['key', 'label', 'type', 'mentions', 'articles', 'degree', 'pagerank', 'community', 'first_seen', 'last_seen', 'aliases'] as const;

/** The given nodes (default: all), sorted by key. */
export function nodesCsv(graph: KnowledgeGraph, nodes: Iterable<string> = graph.nodes()): string {
  return toCsv(
    NODE_CSV_HEADER,
    [...nodes].sort(compareText).map((node) => {
      const a = graph.getNodeAttributes(node);
      return [node, a.label, a.type, a.mentions, a.articles.length, a.degree, a.pagerank, a.community, a.firstSeen, a.lastSeen, a.aliases.join('; ')];
    }),
  );
}
