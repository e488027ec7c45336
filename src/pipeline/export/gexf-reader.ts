import Graph, { MultiGraph } from 'graphology';
import createParserFunction from 'graphology-gexf/common/parser.js';
import type { KnowledgeGraph, KnowledgeNodeAttributes } from '../graph/knowledge-graph';
import { compareText, createKnowledgeGraph, edgeEnds, isSymmetricRelation } from '../graph/knowledge-graph';
import { safeKey } from '../graph/safe-key';
import { datesFromNodes, pairArticleDates } from '../graph/dates';
import { ensureStructure } from '../graph/structure';
import { SchemaError } from '../schema/decode';
import { decodeAttributes, EDGE_ATTRIBUTES, gexfColumn, NODE_ATTRIBUTES, type AttributeRow } from '../schema/graph-attributes';
import type { EdgeAttributes } from '../types';
import { parseColor, toHex } from './color';
import { claimsOfPair } from './gexf-edge-pairs';
import { unescapeListItem } from './gexf-list';
import { parseXml } from './xml-document';

/**
 * Reads a GEXF file (ours, or one edited in Gephi) back into a knowledge graph: graphology-gexf's
 * parser turns the XML into attributes, and every attribute is then decoded by the same schema
 * rows as JSON (schema/graph-attributes.ts), so a GEXF that reads is one `kg merge` can write
 * back as JSON and read again. Symmetric relations become undirected edges again, colours
 * return to `#rrggbb`.
 *
 * Refused whole, with one message: XML that is not well-formed (a truncated file), an edge whose
 * end is not a node, a value the schema refuses.
 *
 * GEXF does not carry article texts or mention offsets: the graph's `articles` lists the ids the
 * nodes and edges cite, without text, with the dates the nodes' `articleDates` give. Label and type votes are rebuilt as one per article.
 *
 * Older files read too: camel-case column ids (`firstSeen`), the support count as the edge's
 * `weight` (before the `support` column), dates aligned with `articles` ('' when undated).
 */
export function fromGexf(xml: string): KnowledgeGraph {
  const parsed = parseGexf(xml);
  const graph = createKnowledgeGraph();
  const articleIds = new Set<string>();

  parsed.forEachNode((key, attributes) => {
    const raw = fromGexfForm(NODE_ATTRIBUTES, attributes, `node "${key}"`);
    const node = decodeAttributes<KnowledgeNodeAttributes>(NODE_ATTRIBUTES, raw, key, `node "${key}"`);
    node.articles.forEach((id) => articleIds.add(id));
    graph.addNode(key, node);
  });

  parsed.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const where = `edge "${key}"`;
    if (source === target) return; // a knowledge graph has no self-loops
    const raw = fromGexfForm(EDGE_ATTRIBUTES, attributes, where);
    // Files edited elsewhere may name the relation only in the label or the kind.
    raw.relation ??= attributes.label ?? attributes.kind;
    // Since the `support` column, GEXF's weight is the drawn width; before it, the support count.
    if (raw.weight === undefined) [raw.weight, raw.size] = [attributes.weight, attributes.thickness];
    const add = (edgeKey: string, edgeRaw: Record<string, unknown>, edgeWhere: string, edgeUndirected: boolean): void => {
      const edge = decodeAttributes<EdgeAttributes>(EDGE_ATTRIBUTES, edgeRaw, edgeKey, edgeWhere);
      if (graph.hasEdge(edgeKey)) throw new SchemaError(`${edgeWhere}: duplicate edge "${edgeKey}"`);
      edge.articles.forEach((id) => articleIds.add(id));
      if (edgeUndirected || isSymmetricRelation(edge.relation)) {
        const ends = edgeEnds(source, edge.relation, target);
        graph.addUndirectedEdgeWithKey(edgeKey, ends.source, ends.target, edge);
      } else {
        graph.addDirectedEdgeWithKey(edgeKey, source, target, edge);
      }
    };
    // GEXF 1.2: one edge carries every claim between its ends (gexf-edge-pairs.ts).
    const claims = attributes.claims;
    if (typeof claims === 'string' && claims !== '') {
      claimsOfPair(parseJson(claims, `${where}.claims`), raw.evidence, where).forEach((claim, i) => add(claim.id, claim.raw, `${where}.claims[${i}]`, claim.undirected));
    } else {
      add(key, raw, where, undirected);
    }
  });

  const dates = datesFromNodes(graph);
  pairArticleDates(graph);
  graph.setAttribute(
    'articles',
    [...articleIds].sort(compareText).map((id) => {
      const date = dates.get(id);
      return date === undefined ? { id, mentions: [] } : { id, date, mentions: [] };
    }),
  );
  graph.setAttribute('readFrom', 'gexf');
  ensureStructure(graph);
  return graph;
}

/**
 * The attributes graphology-gexf read, in the form the schema decodes: each row from its
 * lower-case column id or an older file's camel-case one, JSON columns parsed, list items
 * unescaped (gexf-list.ts), a list column written by another tool as "a|b" split, colours as
 * hex, empty labels left out. Graphology-gexf keys a value by its column id (its title only
 * for numeric ids, as Gephi writes them).
 */
function fromGexfForm<A>(rows: readonly AttributeRow<A>[], attributes: Record<string, unknown>, where: string): Record<string, unknown> {
  const raw: Record<string, unknown> = Object.create(null);
  for (const row of rows) {
    const column = gexfColumn(row);
    let value = column ? (attributes[column.id] ?? attributes[column.title]) : row.gexf === 'weight' ? undefined : attributes[row.key];
    if (row.jsonInGexf && typeof value === 'string') value = parseJson(value, `${where}.${row.key}`);
    if (row.gexf === 'liststring' && typeof value === 'string') value = value === '' ? [] : value.split('|');
    if (row.gexf === 'liststring' && Array.isArray(value)) value = value.map((item: unknown) => (typeof item === 'string' ? unescapeListItem(item) : item));
    if (row.gexf === 'label' && value === '') value = undefined;
    if (row.key === 'color') value = typeof value === 'string' ? hexColor(value) : undefined;
    raw[row.key] = value;
  }
  // The edge's width: GEXF's own weight, when the support count has its column.
  if (raw.weight !== undefined && rows.some((row) => row.gexf === 'weight')) raw.size = attributes.weight;
  return raw;
}

function parseJson(value: string, where: string): unknown {
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new SchemaError(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function parseGexf(xml: string): Graph {
  if (!/<(?:\w+:)?gexf[\s>]/.test(xml)) throw new Error('not a GEXF file: no <gexf> element');
  const { document, documentClass } = parseXml(withSafeIds(xml));
  const missing = missingEndpoint(document as Document);
  if (missing) throw new Error(missing);
  // Given a parsed document, graphology-gexf's parser only needs the Document class to check it.
  const parse = createParserFunction(undefined, documentClass);
  try {
    // A multigraph: a simple graph looks edges up in plain objects keyed by node, where a node
    // named "constructor" finds Object.prototype's and parsing fails.
    return parse(MultiGraph, document, { allowUndeclaredAttributes: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not a readable GEXF file: ${reason.includes('getAttribute') ? 'no <graph> element' : reason}`, { cause: error });
  }
}

/** "edge "e1": target "x" is not a node", for the first edge whose end no <node> declares. */
function missingEndpoint(document: Document): string | undefined {
  const ids = new Set<string>();
  const nodes = document.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) ids.add(nodes[i]!.getAttribute('id') ?? '');
  const edges = document.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end) ?? '';
      if (!ids.has(id)) return `edge "${edge.getAttribute('id') ?? i}": ${end} "${id}" is not a node`;
    }
  }
  return undefined;
}

/** Node ids and edge ends named like Object.prototype members ("constructor") get safeKey's suffix before graphology sees them. */
function withSafeIds(xml: string): string {
  return xml.replace(/(\s(?:id|source|target)=")([^"]*)"/g, (whole, attribute: string, value: string) => {
    const safe = safeKey(value);
    return safe === value ? whole : `${attribute}${safe}"`;
  });
}

function hexColor(value: string): string | undefined {
  const rgb = parseColor(value);
  return rgb && toHex(rgb);
}
