import type { ArticleContent } from '../graph/graph-draft';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { safeKey } from '../graph/safe-key';
import { pairArticleDates } from '../graph/dates';
import { ensureStructure } from '../graph/structure';
import { compareText, createKnowledgeGraph } from '../graph/knowledge-graph';
import { array, isObject, listOf, name, object, SchemaError } from '../schema/decode';
import { decodeAttributes, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, normalized, type AttributeRow } from '../schema/graph-attributes';
import { articleSummary, entityKey } from '../schema/records';
import type { ArticleSummary } from '../types';

/** The marker that tells a newsgraph export from any other JSON file. */
export const JSON_FORMAT = 'newsgraph/1';

/**
 * The graph as JSON for the explorer and for `kg merge`: graphology's serialisation plus a
 * `format` marker, nodes and edges sorted by key, attribute keys in alphabetical order, so the
 * same graph gives the same bytes. Only the attributes newsgraph defines are written: render
 * state a viewer may set (highlighted, hidden, zIndex...) is not. Compact rather than indented: a
 * 100,000-node graph is a third smaller, the explorer parses it faster, and people read GEXF in
 * Gephi or JSON through `jq`.
 */
export function toJSON(graph: KnowledgeGraph): string {
  return (
    JSON.stringify({
      format: JSON_FORMAT,
      options: GRAPH_OPTIONS,
      attributes: { articles: (graph.getAttribute('articles') ?? []).map((a) => articleEntry(a, a.text)) },
      edges: sortedEdges(graph).map((key) => edgeEntry(graph, key)),
      nodes: sortedNodes(graph).map((key) => nodeEntry(graph, key)),
    }) + '\n'
  );
}

export interface JsonOptions {
  /** The text and mentions of an article whose summary holds no text (kept in a text store while building). */
  storedContent?: (id: string) => ArticleContent | undefined;
}

/** Entries per chunk of jsonChunks: a few hundred kilobytes of text at most for typical graphs. */
const CHUNK_ENTRIES = 1000;

/**
 * The same bytes as toJSON, in pieces of about a thousand articles, nodes or edges, so that the
 * CLI can stream a large graph to disk without ever holding the whole text (hundreds of MB for
 * 100,000 nodes) in memory. The envelope is written by hand; every entry goes through the same
 * JSON.stringify as in toJSON, so the two cannot drift apart.
 */
export function* jsonChunks(graph: KnowledgeGraph, options: JsonOptions = {}): Generator<string> {
  yield* jsonChunksBeforeNodes(graph, options);
  yield* jsonNodeChunks(graph);
}

/**
 * The first part of jsonChunks: the envelope, the articles and the edges. It holds no node
 * position, so kg build writes it while the layout still runs (which is why edges come before
 * nodes; JSON readers do not care).
 */
export function* jsonChunksBeforeNodes(graph: KnowledgeGraph, options: JsonOptions = {}): Generator<string> {
  const articles = graph.getAttribute('articles') ?? [];
  const articleJSON = (a: ArticleSummary): object => {
    const stored = a.text === undefined ? options.storedContent?.(a.id) : undefined;
    return stored ? articleEntry({ ...a, mentions: stored.mentions }, stored.text) : articleEntry(a, a.text);
  };
  yield `{"format":${JSON.stringify(JSON_FORMAT)},"options":${JSON.stringify(GRAPH_OPTIONS)},"attributes":{"articles":[`;
  yield* entries(articles, (summary) => articleJSON(summary));
  yield ']},"edges":[';
  yield* entries(sortedEdges(graph), (key) => edgeEntry(graph, key));
}

/** The rest of jsonChunks: the nodes, with their positions. */
export function* jsonNodeChunks(graph: KnowledgeGraph): Generator<string> {
  yield '],"nodes":[';
  yield* entries(sortedNodes(graph), (key) => nodeEntry(graph, key));
  yield ']}\n';
}

/** Comma-separated JSON of the items, CHUNK_ENTRIES per piece. */
function* entries<T>(items: readonly T[], toValue: (item: T) => object): Generator<string> {
  for (let from = 0; from < items.length; from += CHUNK_ENTRIES) {
    const piece = items.slice(from, from + CHUNK_ENTRIES).map((item) => JSON.stringify(toValue(item)));
    yield (from > 0 ? ',' : '') + piece.join(',');
  }
}

const GRAPH_OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: false } as const;

function sortedNodes(graph: KnowledgeGraph): string[] {
  return graph.nodes().sort(compareText);
}

function sortedEdges(graph: KnowledgeGraph): string[] {
  return graph.edges().sort(compareText);
}

function nodeEntry(graph: KnowledgeGraph, key: string): object {
  return { key, attributes: rowsJSON(NODE_ROWS, graph.getNodeAttributes(key)) };
}

function edgeEntry(graph: KnowledgeGraph, key: string): object {
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    undirected: graph.isUndirected(key),
    attributes: rowsJSON(EDGE_ROWS, graph.getEdgeAttributes(key)),
  };
}

// Attributes in code-unit order of their keys, through the schema's rows: the same bytes for the same graph.
const NODE_ROWS = [...NODE_ATTRIBUTES].sort((a, b) => compareText(a.key, b.key));
const EDGE_ROWS = [...EDGE_ATTRIBUTES].sort((a, b) => compareText(a.key, b.key));

/** The attributes the rows define, as written; an optional one left undefined is left out by JSON.stringify. */
function rowsJSON<A>(rows: readonly AttributeRow<A>[], attributes: A): object {
  const out: Record<string, unknown> = {};
  for (const row of rows) out[row.key] = normalized(row, attributes[row.key]);
  return out;
}

function articleEntry(a: ArticleSummary, text: string | undefined): object {
  return { date: a.date, id: a.id, mentions: a.mentions, text, title: a.title, url: a.url };
}

/** Reads what toJSON wrote. Throws an Error saying what is wrong and where for anything else. */
export function fromJSON(text: string): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not a newsgraph export: not valid JSON (${error instanceof Error ? error.message : error})`, {
      cause: error,
    });
  }
  if (!isObject(data) || data.format !== JSON_FORMAT) {
    throw new Error(`not a newsgraph export: expected "format": "${JSON_FORMAT}" at the top of the file`);
  }
  const graph = createKnowledgeGraph();
  const articles = listOf(articleSummary)(isObject(data.attributes) ? data.attributes.articles ?? [] : [], 'attributes.articles');
  graph.setAttribute('articles', articles);
  array(data.nodes, 'nodes').forEach((item, i) => {
    const where = `nodes[${i}]`;
    const node = object(item, where);
    const key = safeKey(entityKey(node.key, `${where}.key`));
    if (graph.hasNode(key)) throw new SchemaError(`${where}.key: duplicate node "${key}"`);
    graph.addNode(key, decodeAttributes(NODE_ATTRIBUTES, object(node.attributes, `${where}.attributes`), key, `${where}.attributes`));
  });
  array(data.edges, 'edges').forEach((item, i) => {
    const where = `edges[${i}]`;
    const edge = object(item, where);
    const key = name(edge.key, `${where}.key`);
    const source = safeKey(entityKey(edge.source, `${where}.source`));
    const target = safeKey(entityKey(edge.target, `${where}.target`));
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new SchemaError(`${where}: endpoint "${end}" is not a node`);
    }
    if (source === target) throw new SchemaError(`${where}: self-loop on "${source}"`);
    if (graph.hasEdge(key)) throw new SchemaError(`${where}.key: duplicate edge "${key}"`);
    const attributes = decodeAttributes(EDGE_ATTRIBUTES, object(edge.attributes, `${where}.attributes`), key, `${where}.attributes`);
    if (edge.undirected === true) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  pairArticleDates(graph);
  ensureStructure(graph);
  return graph;
}
