import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { compareText } from '../graph/knowledge-graph';
import { parseColor } from './color';
import type { GexfColumn } from './gexf-schema';
import { EDGE_COLUMNS, GEXF_NAMESPACE, GEXF_SCHEMA_LOCATION, GEXF_VIZ_NAMESPACE, NODE_COLUMNS } from './gexf-schema';
import { sanitizeXmlText, xmlAttribute } from './xml-text';

/**
 * Writes the graph as GEXF 1.3, one line per element, nodes and edges sorted by key.
 *
 * Our own writer rather than graphology-gexf's, whose faults would each need a workaround: it
 * keeps characters XML 1.0 forbids, writes `hex` colours that NetworkX cannot read, writes list
 * items containing commas unquoted (so they split on reading), writes keys unsanitised, and takes
 * about 20 s for 100,000 nodes. The output is read back with graphology-gexf's parser (fromGexf).
 *
 * All edges are written as directed: NetworkX refuses an undirected edge in a directed graph, and
 * GEXF has no "mixed" default. Symmetric relations keep sorted ends and their `--` key, and
 * fromGexf restores them as undirected edges.
 */
export function toGexf(graph: KnowledgeGraph): string {
  const out: string[] = [];
  const nodeIds = uniqueIds(graph.nodes().sort(compareText));
  const edgeIds = uniqueIds(graph.edges().sort(compareText));
  const articleCount = graph.getAttribute('articles')?.length ?? 0;

  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_SCHEMA_LOCATION}" version="1.3">`,
    '  <meta>',
    '    <creator>newsgraph</creator>',
    `    <description>Knowledge graph of ${articleCount} news article(s): entities and the relations between them.</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
  );
  writeColumns(out, 'node', NODE_COLUMNS);
  writeColumns(out, 'edge', EDGE_COLUMNS);

  out.push(`    <nodes count="${graph.order}">`);
  for (const [key, id] of nodeIds) {
    const node = graph.getNodeAttributes(key);
    out.push(`      <node id="${xmlAttribute(id)}" label="${xmlAttribute(node.label ?? '')}">`);
    writeValues(out, {
      type: text(node.type),
      aliases: list(node.aliases),
      mentions: integer(node.mentions),
      articles: list(node.articles),
    });
    writeColor(out, node.color);
    out.push(`        <viz:size value="${nonNegative(node.size)}"/>`);
    out.push(`        <viz:position x="${finite(node.x)}" y="${finite(node.y)}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');

  out.push(`    <edges count="${graph.size}">`);
  for (const [key, id] of edgeIds) {
    const edge = graph.getEdgeAttributes(key);
    const source = nodeIds.get(graph.source(key))!;
    const target = nodeIds.get(graph.target(key))!;
    out.push(
      `      <edge id="${xmlAttribute(id)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}" ` +
        `label="${xmlAttribute(edge.label ?? edge.relation)}" weight="${finite(edge.weight)}">`,
    );
    writeValues(out, {
      relation: text(edge.relation),
      articles: list(edge.articles),
      evidence: text(JSON.stringify(edge.evidence ?? [])),
      conflict: edge.conflict ? 'true' : 'false',
      conflictsWith: list(edge.conflictsWith),
    });
    writeColor(out, edge.color);
    out.push(`        <viz:thickness value="${nonNegative(edge.size)}"/>`);
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function writeColumns(out: string[], kind: 'node' | 'edge', columns: readonly GexfColumn[]): void {
  out.push(`    <attributes class="${kind}">`);
  for (const column of columns) {
    out.push(`      <attribute id="${column.id}" title="${column.id}" type="${column.type}"/>`);
  }
  out.push('    </attributes>');
}

/** Values are already in their GEXF text form; only escaping remains. */
function writeValues(out: string[], values: Record<string, string>): void {
  out.push('        <attvalues>');
  for (const [column, value] of Object.entries(values)) {
    out.push(`          <attvalue for="${column}" value="${xmlAttribute(value)}"/>`);
  }
  out.push('        </attvalues>');
}

/** As r, g, b: GEXF 1.3 allows `hex`, but NetworkX reads only r/g/b and fails on hex-only colours. */
function writeColor(out: string[], color: string | undefined): void {
  const rgb = color === undefined ? undefined : parseColor(color);
  if (rgb) out.push(`        <viz:color r="${rgb.r}" g="${rgb.g}" b="${rgb.b}"/>`);
}

/**
 * GEXF 1.3 list syntax, `["a", "b"]`, each item a JSON string: graphology-gexf's parser and
 * Gephi read quoted items back exactly, commas and quotes included. Sanitised first so that
 * JSON.stringify never has to write \u escapes for characters XML would not carry anyway.
 */
function list(items: readonly string[] | undefined): string {
  return '[' + (items ?? []).map((item) => JSON.stringify(sanitizeXmlText(String(item)))).join(', ') + ']';
}

function text(value: string | undefined): string {
  return value === undefined ? '' : String(value);
}

function integer(value: number): string {
  return String(Number.isFinite(value) ? Math.round(value) : 0);
}

function finite(value: number | undefined): string {
  return String(value !== undefined && Number.isFinite(value) ? value : 0);
}

function nonNegative(value: number | undefined): string {
  return String(value !== undefined && Number.isFinite(value) && value > 0 ? value : 0);
}

/**
 * XML-safe ids for the given keys, in the given order. Sanitising can make two keys equal
 * ("A\u0001B" and "AB"): keys that are already clean keep their id, the others get a "~2",
 * "~3"... suffix where needed, so ids stay unique and clean keys survive a round trip.
 */
function uniqueIds(keys: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const dirty: string[] = [];
  for (const key of keys) {
    if (sanitizeXmlText(key) === key) {
      ids.set(key, key);
      used.add(key);
    } else {
      dirty.push(key);
    }
  }
  for (const key of dirty) {
    const clean = sanitizeXmlText(key);
    let id = clean;
    for (let n = 2; used.has(id); n++) id = `${clean}~${n}`;
    used.add(id);
    ids.set(key, id);
  }
  // Back in the caller's order, so elements are written sorted.
  return new Map(keys.map((key) => [key, ids.get(key)!]));
}
