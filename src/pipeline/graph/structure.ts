/**
 * Who is central and which groups form: Louvain communities, PageRank and degree on every node.
 * Computed on a projection of the knowledge graph that is built in key order, so the result
 * depends only on the graph, never on the order its nodes and edges were added in; Louvain's
 * random choices come from a seeded generator, so the same graph always gets the same communities.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { KnowledgeGraph } from './knowledge-graph';
import { seededRandom } from './seeded-random';
import { compareText } from './knowledge-graph';

/** The one set of settings for the structure metrics. */
export const STRUCTURE_SETTINGS = {
  /** Seed of Louvain's generator: any fixed number gives a deterministic partition. */
  louvainSeed: 42,
  louvainResolution: 1,
  pagerankAlpha: 0.85,
  /** Significant digits kept of PageRank, so output bytes do not depend on float noise. */
  pagerankDigits: 6,
} as const;

/** Sets `community`, `pagerank` and `degree` on every node. */
export function annotateStructure(graph: KnowledgeGraph): void {
  const nodes = graph.nodes().sort(compareText);
  const edges = graph.edges().sort(compareText);
  const communities = communitiesOf(graph, nodes, edges);
  const ranks = pagerankOf(graph, nodes, edges);
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      attributes.community = communities.get(node) ?? 0;
      attributes.pagerank = Number((ranks.get(node) ?? 0).toPrecision(STRUCTURE_SETTINGS.pagerankDigits));
      // Distinct entities it is related to: two claims about one pair make one neighbour.
      attributes.degree = graph.neighbors(node).length;
      return attributes;
    },
    { attributes: ['community', 'pagerank', 'degree'] },
  );
}

/** Computes the metrics when a graph read from a file lacks them (written before they existed). */
export function ensureStructure(graph: KnowledgeGraph): void {
  if (graph.someNode((_node, attributes) => attributes.community === undefined || attributes.pagerank === undefined || attributes.degree === undefined)) {
    annotateStructure(graph);
  }
}

/**
 * Louvain on the undirected projection (one edge per related pair, weighted by the supporting
 * sentences of all its claims). Communities are numbered by size, largest first, ties by their
 * first key, so "community 0" is the biggest group and the numbers are stable.
 */
function communitiesOf(graph: KnowledgeGraph, nodes: readonly string[], edges: readonly string[]): Map<string, number> {
  const projection = new Graph({ type: 'undirected' });
  for (const node of nodes) projection.addNode(node);
  for (const edge of edges) {
    const [a, b] = [graph.source(edge), graph.target(edge)].sort(compareText) as [string, string];
    projection.updateUndirectedEdge(a, b, (attributes: { weight?: number }) => ({ weight: (attributes.weight ?? 0) + graph.getEdgeAttribute(edge, 'weight') }));
  }
  const raw: Record<string, number> =
    projection.size === 0
      ? Object.fromEntries(nodes.map((node, i) => [node, i]))
      : louvain(projection, { getEdgeWeight: 'weight', resolution: STRUCTURE_SETTINGS.louvainResolution, rng: seededRandom(STRUCTURE_SETTINGS.louvainSeed) });
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const community = raw[node]!;
    let list = members.get(community);
    if (!list) members.set(community, (list = []));
    list.push(node);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || compareText(a[0]!, b[0]!));
  const result = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((node) => result.set(node, index)));
  return result;
}

/** PageRank over the claims as stated: a directed claim points from source to target, a symmetric one both ways. */
function pagerankOf(graph: KnowledgeGraph, nodes: readonly string[], edges: readonly string[]): Map<string, number> {
  const projection = new Graph({ type: 'directed' });
  for (const node of nodes) projection.addNode(node);
  const link = (from: string, to: string, weight: number): void => {
    projection.updateDirectedEdge(from, to, (attributes: { weight?: number }) => ({ weight: (attributes.weight ?? 0) + weight }));
  };
  for (const edge of edges) {
    const { weight } = graph.getEdgeAttributes(edge);
    link(graph.source(edge), graph.target(edge), weight);
    if (graph.isUndirected(edge)) link(graph.target(edge), graph.source(edge), weight);
  }
  if (projection.order === 0) return new Map();
  const ranks = pagerank(projection, { getEdgeWeight: 'weight', alpha: STRUCTURE_SETTINGS.pagerankAlpha });
  return new Map(Object.entries(ranks));
}
