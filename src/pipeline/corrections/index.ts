export * from './types';
export { decodeCorrections } from './decode';
export { applyCorrections, MARKS } from './apply';
