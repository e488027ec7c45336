/**
 * Finding nodes by name or alias. Pure (no DOM), so the ranking is unit-tested in Node.
 * Ranking: whole-name match, then name prefix, then a word of the name starting with the query,
 * then anywhere in the name; ties go to the entity mentioned most.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';

export interface SearchHit {
  node: string;
  label: string;
  type: string;
  /** The alias that matched, when it was not the label. */
  matchedAlias?: string;
}

interface IndexedName {
  node: string;
  /** Lowercased name or alias. */
  text: string;
  alias?: string;
}

interface NodeInfo {
  label: string;
  type: string;
  mentions: number;
}

export class SearchIndex {
  private readonly names: IndexedName[] = [];
  private readonly nodes = new Map<string, NodeInfo>();

  constructor(graph: KnowledgeGraph) {
    graph.forEachNode((node, attributes) => {
      this.nodes.set(node, { label: attributes.label, type: attributes.type, mentions: attributes.mentions });
      this.names.push({ node, text: attributes.label.toLowerCase() });
      for (const alias of attributes.aliases) {
        if (alias !== attributes.label) this.names.push({ node, text: alias.toLowerCase(), alias });
      }
    });
  }

  /** Best matches for `query`, one per node, at most `limit`. */
  find(query: string, limit = 10): SearchHit[] {
    const needle = query.trim().toLowerCase();
    if (needle === '') return [];
    const best = new Map<string, { rank: number; alias?: string }>();
    for (const name of this.names) {
      const rank = matchRank(name.text, needle);
      if (rank === null) continue;
      const previous = best.get(name.node);
      // The label beats an alias at equal rank, so "Alibaba" is not shown as "via Alibaba Group".
      if (!previous || rank < previous.rank || (rank === previous.rank && !name.alias && previous.alias)) {
        best.set(name.node, { rank, alias: name.alias });
      }
    }
    return [...best.entries()]
      .sort(([a, x], [b, y]) => x.rank - y.rank || this.mentions(b) - this.mentions(a) || this.label(a).localeCompare(this.label(b)))
      .slice(0, limit)
      .map(([node, match]) => ({ node, label: this.label(node), type: this.nodes.get(node)?.type ?? '', matchedAlias: match.alias }));
  }

  private label(node: string): string {
    return this.nodes.get(node)?.label ?? node;
  }

  private mentions(node: string): number {
    return this.nodes.get(node)?.mentions ?? 0;
  }
}

/** 0 = exact, 1 = prefix, 2 = a word starts with the query, 3 = substring; null = no match. */
function matchRank(text: string, needle: string): number | null {
  if (text === needle) return 0;
  if (text.startsWith(needle)) return 1;
  const at = text.indexOf(needle);
  if (at < 0) return null;
  return /[\s\-_.(/]/.test(text[at - 1] ?? '') ? 2 : 3;
}
