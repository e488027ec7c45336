/** The public API of the pipeline, shared by the CLI and the explorer. Plain re-exports only. */
export * from './types';

export { buildGraph, type BuildOptions } from './graph/build-graph';
export { GraphDraft, TYPE_PRIORITY, type DraftOptions } from './graph/graph-draft';
export { mergeGraphs } from './graph/merge-graphs';
export {
  compareText,
  createKnowledgeGraph,
  edgeEnds,
  isSymmetricRelation,
  type EntityTally,
  type KnowledgeGraph,
  type KnowledgeNodeAttributes,
} from './graph/knowledge-graph';
export { listConflicts, markConflicts, type Conflict } from './graph/conflicts';
export {
  CONFLICT_COLOR,
  ENTITY_COLORS,
  FALLBACK_COLOR,
  RELATION_COLORS,
  DEFAULT_SIZE_SCALE,
  EDGE_WIDTHS,
  NODE_SIZES,
  SIZE_SCALES,
  edgeSize,
  entityColor,
  nodeSize,
  relationColor,
  relativeSizes,
  styleGraph,
  type SizeRange,
  type SizeScale,
} from './graph/style';
export { BARNES_HUT_FROM, DEFAULT_ITERATIONS, layoutGraph, seedPosition, type LayoutOptions } from './graph/layout';
export { summarizeGraph, type GraphSummary } from './graph/summary';
export { skewedRecords, syntheticGraph, syntheticRecords } from './graph/synthetic-graph';

export { fromGexf, gexfChunks, toGexf } from './export/gexf';
export { JSON_FORMAT, fromJSON, toJSON } from './export/json';

export { parseFile, SUPPORTED_EXTENSIONS, type ParsedInput } from './input/parse-file';
export { parseJsonlLine } from './input/jsonl';
export { defaultLexicon, Lexicon } from './lexicon/lexicon';
export type { LexiconData, LexiconEntry } from './lexicon/lexicon-data';
export { extractArticle } from './extract/extract-article';
