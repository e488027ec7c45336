export * from './types';
export { decodeCorrections } from './decode';
export { applyCorrections, MARKS } from './apply';
export { correctGraph } from './correct-graph';
