import type { KnowledgeGraph, KnowledgeNodeAttributes } from '../graph/knowledge-graph';
import { safeKey } from '../graph/safe-key';
import { compareText, createKnowledgeGraph } from '../graph/knowledge-graph';
import { seedPosition } from '../graph/layout';
import { edgeSize, entityColor, nodeSize, relationColor } from '../graph/style';
import type { ArticleSummary, EdgeAttributes, EntityType, Evidence, RelationKind } from '../types';

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
      attributes: { articles: (graph.getAttribute('articles') ?? []).map(articleJSON) },
      nodes: sortedNodes(graph).map((key) => nodeEntry(graph, key)),
      edges: sortedEdges(graph).map((key) => edgeEntry(graph, key)),
    }) + '\n'
  );
}

/** Entries per chunk of jsonChunks: a few hundred kilobytes of text at most for typical graphs. */
const CHUNK_ENTRIES = 1000;

/**
 * The same bytes as toJSON, in pieces of about a thousand articles, nodes or edges, so that the
 * CLI can stream a large graph to disk without ever holding the whole text (hundreds of MB for
 * 100,000 nodes) in memory. The envelope is written by hand; every entry goes through the same
 * JSON.stringify as in toJSON, so the two cannot drift apart.
 */
export function* jsonChunks(graph: KnowledgeGraph): Generator<string> {
  const articles = graph.getAttribute('articles') ?? [];
  yield `{"format":${JSON.stringify(JSON_FORMAT)},"options":${JSON.stringify(GRAPH_OPTIONS)},"attributes":{"articles":[`;
  yield* entries(articles, (summary) => articleJSON(summary));
  yield ']},"nodes":[';
  yield* entries(sortedNodes(graph), (key) => nodeEntry(graph, key));
  yield '],"edges":[';
  yield* entries(sortedEdges(graph), (key) => edgeEntry(graph, key));
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
  return { key, attributes: nodeJSON(graph.getNodeAttributes(key)) };
}

function edgeEntry(graph: KnowledgeGraph, key: string): object {
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    undirected: graph.isUndirected(key),
    attributes: edgeJSON(graph.getEdgeAttributes(key)),
  };
}

// Written field by field, keys in alphabetical order: much faster than a generic deep key sort.
function nodeJSON(a: KnowledgeNodeAttributes): object {
  return {
    aliases: a.aliases,
    articles: a.articles,
    color: a.color,
    label: a.label,
    mentions: a.mentions,
    size: a.size,
    tally: { labels: sortedKeys(a.tally.labels), types: sortedKeys(a.tally.types) },
    type: a.type,
    x: a.x,
    y: a.y,
  };
}

function edgeJSON(a: EdgeAttributes): object {
  return {
    // Before `articles` in code-unit order; left out (undefined) when the evidence tells the counts.
    articleSentences: a.articleSentences,
    articles: a.articles,
    color: a.color,
    conflict: a.conflict,
    conflictsWith: a.conflictsWith,
    evidence: a.evidence.map((e) => ({
      article: e.article,
      end: e.end,
      ...(e.rule !== undefined && { rule: e.rule }),
      sentence: e.sentence,
      start: e.start,
      trigger: e.trigger,
    })),
    label: a.label,
    relation: a.relation,
    size: a.size,
    weight: a.weight,
  };
}

function articleJSON(a: ArticleSummary): object {
  return { date: a.date, id: a.id, mentions: a.mentions, text: a.text, title: a.title, url: a.url };
}

function sortedKeys(record: Record<string, number | undefined>): Record<string, number | undefined> {
  const sorted: Record<string, number | undefined> = Object.create(null);
  for (const key of Object.keys(record).sort(compareText)) sorted[key] = record[key];
  return sorted;
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
  const articles = arrayAt('attributes.articles', isObject(data.attributes) ? data.attributes.articles : []);
  graph.setAttribute('articles', articles.map((item, i) => readArticle(item, `attributes.articles[${i}]`)));
  arrayAt('nodes', data.nodes).forEach((item, i) => {
    const where = `nodes[${i}]`;
    const node = objectAt(where, item);
    const key = safeKey(stringAt(`${where}.key`, node.key));
    if (graph.hasNode(key)) throw new Error(`${where}.key: duplicate node "${key}"`);
    graph.addNode(key, readNode(objectAt(`${where}.attributes`, node.attributes), key, `${where}.attributes`));
  });
  arrayAt('edges', data.edges).forEach((item, i) => {
    const where = `edges[${i}]`;
    const edge = objectAt(where, item);
    const key = stringAt(`${where}.key`, edge.key);
    const source = safeKey(stringAt(`${where}.source`, edge.source));
    const target = safeKey(stringAt(`${where}.target`, edge.target));
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new Error(`${where}: endpoint "${end}" is not a node`);
    }
    if (source === target) throw new Error(`${where}: self-loop on "${source}"`);
    if (graph.hasEdge(key)) throw new Error(`${where}.key: duplicate edge "${key}"`);
    const attributes = readEdge(objectAt(`${where}.attributes`, edge.attributes), `${where}.attributes`);
    if (edge.undirected === true) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return graph;
}

function readNode(a: Record<string, unknown>, key: string, where: string): KnowledgeNodeAttributes {
  const label = stringAt(`${where}.label`, a.label);
  const type = stringAt(`${where}.type`, a.type) as EntityType;
  const articles = stringsAt(`${where}.articles`, a.articles ?? []);
  const mentions = numberAt(`${where}.mentions`, a.mentions ?? 0);
  const votes = Math.max(1, articles.length);
  const seed = seedPosition(key);
  return {
    label,
    type,
    aliases: stringsAt(`${where}.aliases`, a.aliases ?? []),
    mentions,
    articles,
    tally: isObject(a.tally)
      ? { labels: countsAt(`${where}.tally.labels`, a.tally.labels), types: countsAt(`${where}.tally.types`, a.tally.types) }
      : { labels: counts([[label, votes]]), types: counts([[type, votes]]) },
    color: typeof a.color === 'string' ? a.color : entityColor(type),
    size: numberAt(`${where}.size`, a.size ?? nodeSize(mentions)),
    x: numberAt(`${where}.x`, a.x ?? seed.x),
    y: numberAt(`${where}.y`, a.y ?? seed.y),
  };
}

function readEdge(a: Record<string, unknown>, where: string): EdgeAttributes {
  const relation = stringAt(`${where}.relation`, a.relation) as RelationKind;
  const weight = numberAt(`${where}.weight`, a.weight ?? 1);
  const edge: EdgeAttributes = {
    relation,
    label: typeof a.label === 'string' ? a.label : relation,
    weight,
    articles: stringsAt(`${where}.articles`, a.articles ?? []),
    evidence: arrayAt(`${where}.evidence`, a.evidence ?? []).map((item, i) =>
      readEvidence(item, `${where}.evidence[${i}]`),
    ),
    conflict: a.conflict === true,
    conflictsWith: stringsAt(`${where}.conflictsWith`, a.conflictsWith ?? []),
    color: typeof a.color === 'string' ? a.color : relationColor(relation),
    size: numberAt(`${where}.size`, a.size ?? edgeSize(weight)),
  };
  if (a.articleSentences !== undefined) {
    edge.articleSentences = arrayAt(`${where}.articleSentences`, a.articleSentences).map((n, i) =>
      numberAt(`${where}.articleSentences[${i}]`, n),
    );
  }
  return edge;
}

function readEvidence(item: unknown, where: string): Evidence {
  const e = objectAt(where, item);
  return {
    article: stringAt(`${where}.article`, e.article),
    sentence: stringAt(`${where}.sentence`, e.sentence),
    start: numberAt(`${where}.start`, e.start),
    end: numberAt(`${where}.end`, e.end),
    trigger: stringAt(`${where}.trigger`, e.trigger),
    ...(e.rule !== undefined && { rule: stringAt(`${where}.rule`, e.rule) }),
  };
}

function readArticle(item: unknown, where: string): ArticleSummary {
  const a = objectAt(where, item);
  const summary: ArticleSummary = {
    id: stringAt(`${where}.id`, a.id),
    mentions: arrayAt(`${where}.mentions`, a.mentions ?? []).map((m, i) => {
      const mention = arrayAt(`${where}.mentions[${i}]`, m);
      return [
        numberAt(`${where}.mentions[${i}][0]`, mention[0]),
        numberAt(`${where}.mentions[${i}][1]`, mention[1]),
        safeKey(stringAt(`${where}.mentions[${i}][2]`, mention[2])),
      ];
    }),
  };
  for (const field of ['title', 'url', 'date', 'text'] as const) {
    if (a[field] !== undefined) summary[field] = stringAt(`${where}.${field}`, a[field]);
  }
  return summary;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(where: string, value: unknown): Record<string, unknown> {
  if (!isObject(value)) throw new Error(`${where}: expected an object`);
  return value;
}

function arrayAt(where: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected an array`);
  return value;
}

function stringAt(where: string, value: unknown): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string`);
  return value;
}

function numberAt(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: expected a number`);
  return value;
}

function stringsAt(where: string, value: unknown): string[] {
  return arrayAt(where, value).map((item, i) => stringAt(`${where}[${i}]`, item));
}

function countsAt(where: string, value: unknown): Record<string, number> {
  return counts(Object.entries(objectAt(where, value)).map(([key, n]) => [key, numberAt(`${where}.${key}`, n)]));
}

/** A record without a prototype, so that any label (even "__proto__") is an ordinary key. */
function counts(entries: [string, number][]): Record<string, number> {
  const result: Record<string, number> = Object.create(null);
  for (const [key, n] of entries) result[key] = n;
  return result;
}
