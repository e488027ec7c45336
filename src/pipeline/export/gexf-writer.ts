import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { compareText } from '../graph/knowledge-graph';
import { parseColor } from './color';
import { EDGE_ATTRIBUTES, gexfColumn, gexfColumns, NODE_ATTRIBUTES, normalized, type AttributeRow, type GexfColumn } from '../schema/graph-attributes';
import { PAIR_COLUMNS, writtenEdges } from './gexf-edge-pairs';
import { gexfList } from './gexf-list';
import type { GexfVersion } from './gexf-schema';
import { DEFAULT_GEXF_VERSION, GEXF_VERSIONS } from './gexf-schema';
import { positionsWithoutOverlap } from './no-overlap';
import { sanitizeXmlText, xmlAttribute } from './xml-text';

export interface GexfOptions {
  /** "1.3" (default) or "1.2" (the 1.2draft namespace, for NetworkX before 3.6). */
  version?: GexfVersion;
}

/**
 * Writes the graph as GEXF (1.3, or 1.2 on request), one line per element, nodes and edges
 * sorted by key. When articles carry dates the graph is dynamic (`timeformat="date"`, a `start`
 * on each dated node and edge), so Gephi's timeline replays the story; otherwise it is static.
 * In 1.3 every edge carries its relation as `kind`, so that Gephi keeps two claims between the
 * same entities apart instead of merging them; 1.2 has no `kind`, so there one edge carries all
 * the claims between two entities (gexf-edge-pairs.ts). Positions are spread so that node discs
 * do not overlap where Gephi draws `viz:size` in position units (no-overlap.ts). An edge's
 * `weight` is its drawn width (style.ts, never wider than the smallest node), its support count
 * the `support` column.
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
export function toGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  let xml = '';
  for (const chunk of gexfChunks(graph, options)) xml += chunk;
  return xml;
}

/** Elements per chunk: large enough to keep per-chunk overhead small, small enough to stream. */
const CHUNK_ELEMENTS = 1000;

/**
 * The same document as toGexf, in pieces of about a thousand elements, so that the CLI can
 * stream a large graph to disk without holding the whole text in memory.
 */
export function* gexfChunks(graph: KnowledgeGraph, options: GexfOptions = {}): Generator<string> {
  const { throughNodes, edges } = gexfSections(graph, options);
  yield* throughNodes;
  yield* edges;
}

/**
 * gexfChunks in its two sections: the header and the nodes, which hold the positions, and the
 * edges to the end of the document, which hold none, so that kg build writes them while the
 * layout still runs. Each is read once.
 */
export function gexfSections(graph: KnowledgeGraph, options: GexfOptions = {}): { throughNodes: Iterable<string>; edges: Iterable<string> } {
  const version = options.version ?? DEFAULT_GEXF_VERSION;
  const spec = GEXF_VERSIONS[version];
  const nodeIds = uniqueIds(graph.nodes().sort(compareText));
  const edgeIds = uniqueIds(graph.edges().sort(compareText));
  const paired = !spec.edgeKind;
  const edges = [...writtenEdges(graph, edgeIds, paired)];
  const articleCount = graph.getAttribute('articles')?.length ?? 0;
  // Dated claims make a dynamic graph whose timeline Gephi plays: each node and edge starts at its
  // firstSeen and stays (no end). Elements only undated articles support have no start: always there.
  const dynamic = graph.someNode((_n, a) => a.firstSeen !== undefined) || graph.someEdge((_e, a) => a.firstSeen !== undefined);
  const start = (firstSeen: string | undefined): string => (dynamic && firstSeen !== undefined ? ` start="${xmlAttribute(firstSeen)}"` : '');

  function* throughNodes(): Generator<string> {
    const positions = positionsWithoutOverlap(graph);
    yield [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<gexf xmlns="${spec.namespace}" xmlns:viz="${spec.viz}" ` +
        `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${spec.schemaLocation}" version="${version}">`,
      '  <meta>',
      '    <creator>newsgraph</creator>',
      `    <description>Knowledge graph of ${articleCount} news article(s): entities and the relations between them.</description>`,
      '  </meta>',
      dynamic ? '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">' : '  <graph defaultedgetype="directed" mode="static">',
      columns('node', gexfColumns(NODE_ATTRIBUTES)) +
        columns('edge', [...gexfColumns(EDGE_ATTRIBUTES), ...(paired ? PAIR_COLUMNS : [])]) +
        `    <nodes count="${graph.order}">\n`,
    ].join('\n');

    let chunk = '';
    let count = 0;
    for (const [key, id] of nodeIds) {
      const node = graph.getNodeAttributes(key);
      const { x, y } = positions.get(key)!;
      chunk +=
        `      <node id="${xmlAttribute(id)}" label="${xmlAttribute(node.label ?? '')}"${start(node.firstSeen)}>\n` +
        attvalues(NODE_ATTRIBUTES, node) +
        color(node.color) +
        `        <viz:size value="${nonNegative(node.size)}"/>\n` +
        `        <viz:position x="${finite(x)}" y="${finite(y)}"${spec.positionZ ? ' z="0"' : ''}/>\n` +
        '      </node>\n';
      if (++count % CHUNK_ELEMENTS === 0) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + '    </nodes>\n';
  }

  function* edgeSection(): Generator<string> {
    let chunk = `    <edges count="${edges.length}">\n`;
    let count = 0;
    for (const { id, source, target, attributes: edge, relations, claims } of edges) {
      chunk +=
        `      <edge id="${xmlAttribute(id)}" source="${xmlAttribute(nodeIds.get(source)!)}" target="${xmlAttribute(nodeIds.get(target)!)}" ` +
        (spec.edgeKind ? `kind="${xmlAttribute(edge.relation)}" ` : '') +
        `label="${xmlAttribute(edge.label || edge.relation)}" weight="${nonNegative(edge.size)}"${start(edge.firstSeen)}>\n` +
        attvalues(EDGE_ATTRIBUTES, edge, relations && pairValues(relations, claims)) +
        color(edge.color) +
        '      </edge>\n';
      if (++count % CHUNK_ELEMENTS === 0) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + '    </edges>\n  </graph>\n</gexf>\n';
  }

  return { throughNodes: throughNodes(), edges: edgeSection() };
}

function columns(kind: 'node' | 'edge', list: readonly GexfColumn[]): string {
  let xml = `    <attributes class="${kind}">\n`;
  for (const column of list) xml += `      <attribute id="${column.id}" title="${column.title}" type="${column.type}"/>\n`;
  return xml + '    </attributes>\n';
}

/**
 * The attvalues of the rows GEXF carries as columns, each in its GEXF text form, in single
 * quotes so that lists and evidence (JSON) stay readable and a third shorter. Optional
 * attributes that are unset are left out. `extra`: attvalues already written. Ends with a newline.
 */
function attvalues<A>(rows: readonly AttributeRow<A>[], attributes: A, extra = ''): string {
  let xml = '        <attvalues>\n';
  for (const [row, id] of columnRows(rows)) {
    const value = attributes[row.key];
    if (value === undefined && row.optional) continue;
    const text = gexfText(row, value);
    if (text !== undefined) xml += attvalue(id, text);
  }
  return xml + extra + '        </attvalues>\n';
}

const COLUMN_ROWS = new WeakMap<object, [AttributeRow<never>, string][]>();

/** The rows written as attvalues with their column ids, worked out once per schema. */
function columnRows<A>(rows: readonly AttributeRow<A>[]): [AttributeRow<A>, string][] {
  let found = COLUMN_ROWS.get(rows);
  if (!found) {
    found = rows.flatMap((row) => {
      const column = gexfColumn(row);
      return column ? [[row as AttributeRow<never>, column.id] as [AttributeRow<never>, string]] : [];
    });
    COLUMN_ROWS.set(rows, found);
  }
  return found as [AttributeRow<A>, string][];
}

function attvalue(id: string, text: string): string {
  return `          <attvalue for="${id}" value='${xmlAttribute(text, "'")}'/>\n`;
}

/** GEXF 1.2's `relations` and, for several claims, `claims` (gexf-edge-pairs.ts). */
function pairValues(relations: readonly string[], claims: readonly Record<string, unknown>[] | undefined): string {
  return attvalue('relations', gexfList(relations)) + (claims ? attvalue('claims', JSON.stringify(claims)) : '');
}

/** A row's value as GEXF attvalue text; undefined for rows GEXF carries elsewhere. */
function gexfText<A>(row: AttributeRow<A>, value: unknown): string | undefined {
  switch (row.gexf) {
    case 'string':
      return row.jsonInGexf ? JSON.stringify(normalized(row, value ?? [])) : value === undefined ? '' : String(value);
    case 'integer':
      return integer(value as number);
    case 'double':
      return finite(value as number);
    case 'boolean':
      return value === true ? 'true' : 'false';
    case 'liststring':
      return gexfList(value as string[] | undefined);
    default:
      return undefined;
  }
}

/** As r, g, b: GEXF 1.3 allows `hex`, but NetworkX reads only r/g/b and fails on hex-only colours. */
function color(value: string | undefined): string {
  const rgb = value === undefined ? undefined : parseColor(value);
  return rgb ? `        <viz:color r="${rgb.r}" g="${rgb.g}" b="${rgb.b}"/>\n` : '';
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
