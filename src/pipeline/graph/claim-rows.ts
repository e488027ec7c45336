/**
 * The table of claims: one row per edge with what a reader sorts and filters by (support, articles,
 * outlets, first seen, conflict). Shared by the explorer's claims table and its CSV export.
 */
import type { ArticleSummary } from '../types';
import type { KnowledgeGraph } from './knowledge-graph';
import { compareText } from './knowledge-graph';

export interface ClaimRow {
  edge: string;
  source: string;
  sourceLabel: string;
  relation: string;
  target: string;
  targetLabel: string;
  /** Supporting sentences. */
  support: number;
  articles: number;
  /** Distinct outlets (the host of each article's URL), sorted; articles without a URL name none. */
  outlets: string[];
  firstSeen?: string;
  lastSeen?: string;
  conflict: boolean;
  /** The claims this one conflicts with, as "Source relation Target". */
  conflictsWith: string[];
}

export function claimRows(graph: KnowledgeGraph): ClaimRow[] {
  const outletOf = outletsById(graph.getAttribute('articles') ?? []);
  const label = (node: string): string => graph.getNodeAttribute(node, 'label');
  const describe = (edge: string): string => (graph.hasEdge(edge) ? `${label(graph.source(edge))} ${graph.getEdgeAttribute(edge, 'relation')} ${label(graph.target(edge))}` : edge);
  return graph.mapEdges((edge, attributes, source, target) => {
    const outlets = new Set<string>();
    for (const article of attributes.articles) {
      const outlet = outletOf.get(article);
      if (outlet) outlets.add(outlet);
    }
    return {
      edge,
      source,
      sourceLabel: label(source),
      relation: attributes.relation,
      target,
      targetLabel: label(target),
      support: attributes.weight,
      articles: attributes.articles.length,
      outlets: [...outlets].sort(compareText),
      firstSeen: attributes.firstSeen,
      lastSeen: attributes.lastSeen,
      conflict: attributes.conflict,
      conflictsWith: attributes.conflictsWith.map(describe),
    };
  });
}

/** "reuters.com" for "https://www.reuters.com/…": the outlet an article comes from. */
export function outletOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function outletsById(articles: readonly ArticleSummary[]): Map<string, string> {
  const outlets = new Map<string, string>();
  for (const article of articles) {
    const outlet = outletOf(article.url);
    if (outlet) outlets.set(article.id, outlet);
  }
  return outlets;
}
