/**
 * The GEXF versions newsgraph writes and their namespaces. The attribute columns come from the
 * one attribute schema (schema/graph-attributes.ts): only those attributes are written, so render
 * state Sigma may have put on the graph (highlighted, hidden, zIndex, ...) never leaks into a file.
 */
/**
 * The GEXF versions written. 1.3 is the default: Gephi keeps parallel edges apart by their
 * `kind`. 1.2 (the 1.2draft namespace) is for readers that know no 1.3, NetworkX before 3.6
 * among them; its schema has no `kind`, so Gephi merges parallel edges read from it.
 */
export const GEXF_VERSIONS = {
  '1.3': {
    namespace: 'http://gexf.net/1.3',
    // graphology-gexf writes a wrong viz namespace for 1.2 (http:///www.gexf.net/1.1draft/viz); these are the schemas'.
    viz: 'http://gexf.net/1.3/viz',
    schemaLocation: 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
    edgeKind: true,
    positionZ: false,
  },
  '1.2': {
    namespace: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    schemaLocation: 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd',
    edgeKind: false,
    positionZ: true,
  },
} as const;

export type GexfVersion = keyof typeof GEXF_VERSIONS;
export const DEFAULT_GEXF_VERSION: GexfVersion = '1.3';

export function isGexfVersion(value: string): value is GexfVersion {
  return value === '1.3' || value === '1.2';
}
