/** GEXF 1.3 for Gephi and NetworkX: our streaming writer and graphology-gexf's parser. */
export { gexfChunks, gexfSections, toGexf } from './gexf-writer';
export { fromGexf } from './gexf-reader';
