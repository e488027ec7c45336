import Graph, { MultiGraph } from 'graphology';
import { parse as parseWithXmldom } from 'graphology-gexf';
import createParserFunction from 'graphology-gexf/common/parser.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { compareText, createKnowledgeGraph, edgeEnds, isSymmetricRelation } from '../graph/knowledge-graph';
import { safeKey } from '../graph/safe-key';
import { edgeSize, entityColor, nodeSize, relationColor } from '../graph/style';
import type { EdgeAttributes, EntityType, Evidence, RelationKind } from '../types';
import { parseColor, toHex } from './color';

/**
 * Reads a GEXF file (ours, or one edited in Gephi) back into a knowledge graph with
 * graphology-gexf's parser: lists, numbers and booleans come back typed, `evidence` is parsed
 * from its JSON, symmetric relations become undirected edges again, and colours return to `#rrggbb`.
 *
 * GEXF does not carry article texts or mention offsets: the graph's `articles` lists the ids the
 * nodes and edges cite, without text. Label and type votes are rebuilt as one per article.
 */
export function fromGexf(xml: string): KnowledgeGraph {
  const parsed = parseGexf(xml);
  const graph = createKnowledgeGraph();
  const articleIds = new Set<string>();

  parsed.forEachNode((key, attributes) => {
    const label = stringOr(attributes.label, key);
    const type = stringOr(attributes.type, 'organization') as EntityType;
    const articles = stringList(attributes.articles);
    const mentions = numberOr(attributes.mentions, 0);
    const votes = Math.max(1, articles.length);
    articles.forEach((id) => articleIds.add(id));
    graph.addNode(key, {
      label,
      type,
      aliases: stringList(attributes.aliases),
      mentions,
      articles,
      tally: { labels: record(label, votes), types: record(type, votes) },
      color: hexColor(attributes.color) ?? entityColor(type),
      size: numberOr(attributes.size, nodeSize(mentions)),
      x: numberOr(attributes.x, 0),
      y: numberOr(attributes.y, 0),
    });
  });

  parsed.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (source === target) return; // a knowledge graph has no self-loops
    const relation = stringOr(attributes.relation, stringOr(attributes.label, 'reported')) as RelationKind;
    const weight = numberOr(attributes.weight, 1);
    const articles = stringList(attributes.articles);
    articles.forEach((id) => articleIds.add(id));
    const conflict = attributes.conflict === true;
    const edgeAttributes: EdgeAttributes = {
      relation,
      label: stringOr(attributes.label, relation),
      weight,
      articles,
      evidence: evidenceList(attributes.evidence),
      conflict,
      conflictsWith: stringList(attributes.conflictsWith),
      color: hexColor(attributes.color) ?? relationColor(relation),
      size: numberOr(attributes.thickness, edgeSize(weight)),
    };
    const articleSentences = numberList(attributes.articleSentences);
    if (articleSentences) edgeAttributes.articleSentences = articleSentences;
    if (undirected || isSymmetricRelation(relation)) {
      const ends = edgeEnds(source, relation, target);
      graph.addUndirectedEdgeWithKey(key, ends.source, ends.target, edgeAttributes);
    } else {
      graph.addDirectedEdgeWithKey(key, source, target, edgeAttributes);
    }
  });

  graph.setAttribute(
    'articles',
    [...articleIds].sort(compareText).map((id) => ({ id, mentions: [] })),
  );
  return graph;
}

/**
 * graphology-gexf's parser over the browser's own DOMParser when there is one (many times faster
 * than @xmldom/xmldom, which its Node entry uses), over xmldom in Node.
 */
const parse =
  typeof DOMParser === 'function' && typeof Document === 'function'
    ? createParserFunction(DOMParser, Document)
    : parseWithXmldom;

function parseGexf(xml: string): Graph {
  if (!/<(?:\w+:)?gexf[\s>]/.test(xml)) throw new Error('not a GEXF file: no <gexf> element');
  try {
    // A multigraph: a simple graph looks edges up in plain objects keyed by node, where a node
    // named "constructor" finds Object.prototype's and parsing fails.
    return parse(MultiGraph, withSafeIds(xml), { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not a readable GEXF file: ${reason.includes('getAttribute') ? 'no <graph> element' : reason}`, {
      cause: error,
    });
  }
}

/** Node ids and edge ends named like Object.prototype members ("constructor") get safeKey's suffix before graphology sees them. */
function withSafeIds(xml: string): string {
  return xml.replace(/(\s(?:id|source|target)=")([^"]*)"/g, (whole, attribute: string, value: string) => {
    const safe = safeKey(value);
    return safe === value ? whole : `${attribute}${safe}"`;
  });
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A liststring comes back as an array; a plain string column (other tools) is split on `|`. */
function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value !== '') return value.split('|');
  return [];
}

function evidenceList(value: unknown): Evidence[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as Evidence[]) : [];
  } catch {
    return [];
  }
}

/** A JSON array of numbers (articleSentences), or undefined for anything else. */
function numberList(value: unknown): number[] | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((n) => typeof n === 'number') ? (parsed as number[]) : undefined;
  } catch {
    return undefined;
  }
}

function hexColor(value: unknown): string | undefined {
  const rgb = typeof value === 'string' ? parseColor(value) : undefined;
  return rgb && toHex(rgb);
}

function record(key: string, count: number): Record<string, number> {
  const result: Record<string, number> = Object.create(null);
  result[key] = count;
  return result;
}

