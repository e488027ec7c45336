/** Types for graphology-gexf's parser factory, which the package ships without declarations. */
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  import type { GraphConstructor } from 'graphology-types';
  import type { GexfParserOptions } from 'graphology-gexf/common/types';

  type Parse = (graphClass: GraphConstructor, source: unknown, options?: GexfParserOptions) => Graph;
  export default function createParserFunction(domParser: unknown, documentClass: unknown): Parse;
}
