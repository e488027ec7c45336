/**
 * The entities table's rows and columns: one row per shown entity with what a reader sorts by
 * (mentions, articles, degree, PageRank, community, dates). Drawn by the table drawer
 * (claims-table.ts) with the same sortable table as the claims.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { typeLabel } from './labels';
import type { Column } from './sortable-table';

export interface NodeRow {
  node: string;
  label: string;
  type: string;
  mentions: number;
  articles: number;
  degree: number;
  pagerank: number;
  community: number;
  firstSeen?: string;
  lastSeen?: string;
  aliases: string[];
}

export function nodeRows(graph: KnowledgeGraph, nodes: Iterable<string>): NodeRow[] {
  return [...nodes].map((node) => {
    const a = graph.getNodeAttributes(node);
    return {
      node,
      label: a.label,
      type: a.type,
      mentions: a.mentions,
      articles: a.articles.length,
      degree: a.degree ?? graph.degree(node),
      pagerank: a.pagerank ?? 0,
      community: a.community ?? 0,
      ...(a.firstSeen && { firstSeen: a.firstSeen }),
      ...(a.lastSeen && { lastSeen: a.lastSeen }),
      aliases: a.aliases.filter((alias) => alias !== a.label),
    };
  });
}

export const NODE_COLUMNS: readonly Column<NodeRow>[] = [
  { key: 'label', label: 'Entity', value: (row) => row.label.toLowerCase(), text: (row) => row.label },
  { key: 'type', label: 'Type', value: (row) => row.type, text: (row) => typeLabel(row.type) },
  { key: 'mentions', label: 'Mentions', numeric: true, value: (row) => row.mentions },
  { key: 'articles', label: 'Articles', numeric: true, value: (row) => row.articles },
  { key: 'degree', label: 'Degree', numeric: true, value: (row) => row.degree },
  { key: 'pagerank', label: 'PageRank', numeric: true, value: (row) => row.pagerank, text: (row) => row.pagerank.toFixed(3) },
  { key: 'community', label: 'Community', numeric: true, descendingFirst: false, value: (row) => row.community },
  { key: 'firstSeen', label: 'First seen', value: (row) => row.firstSeen ?? '', text: (row) => row.firstSeen ?? '—' },
  { key: 'lastSeen', label: 'Last seen', value: (row) => row.lastSeen ?? '', text: (row) => row.lastSeen ?? '—' },
  { key: 'aliases', label: 'Aliases', value: (row) => row.aliases.join(', ').toLowerCase(), text: (row) => row.aliases.join(', ') },
];

/** The text a filter box searches: names and type. */
export function nodeRowText(row: NodeRow): string {
  return `${row.label}\n${row.aliases.join('\n')}\n${typeLabel(row.type)}`.toLowerCase();
}
