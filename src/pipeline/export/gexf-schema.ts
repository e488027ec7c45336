/**
 * What newsgraph writes into GEXF and reads back: the namespaces and the attribute columns.
 * Only these attributes are written; render state Sigma may have put on the graph
 * (highlighted, hidden, forceLabel, zIndex, ...) never leaks into the file.
 */
export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
// graphology-gexf writes a wrong viz namespace for 1.2 (http:///www.gexf.net/1.1draft/viz); 1.3's is this one.
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';
export const GEXF_SCHEMA_LOCATION = 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd';

export type GexfAttributeType = 'string' | 'integer' | 'boolean' | 'liststring';

export interface GexfColumn {
  id: string;
  type: GexfAttributeType;
}

/** Node columns. The label is the node's `label` XML attribute; colour, size, position are viz. */
export const NODE_COLUMNS = [
  { id: 'type', type: 'string' },
  { id: 'aliases', type: 'liststring' },
  { id: 'mentions', type: 'integer' },
  { id: 'articles', type: 'liststring' },
] as const satisfies readonly GexfColumn[];

/**
 * Edge columns. `label` and `weight` are the edge's own XML attributes (as NetworkX writes them,
 * and where Gephi and NetworkX read them); `evidence` is a JSON array of Evidence objects;
 * `articleSentences` (a JSON array of numbers) is written only on edges whose evidence was capped.
 */
export const EDGE_COLUMNS = [
  { id: 'relation', type: 'string' },
  { id: 'articles', type: 'liststring' },
  { id: 'articleSentences', type: 'string' },
  { id: 'evidence', type: 'string' },
  { id: 'conflict', type: 'boolean' },
  { id: 'conflictsWith', type: 'liststring' },
] as const satisfies readonly GexfColumn[];
