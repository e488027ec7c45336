import { gexfSections } from '../pipeline/export/gexf';
import { jsonChunksBeforeNodes, jsonNodeChunks } from '../pipeline/export/json';
import type { ArticleContent } from '../pipeline/graph/graph-draft';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { CommandOptions } from './args';
import { checkOutputPath, writeOutputsTogether, type Output } from './output-files';

/** Fails fast, before any reading, when an output cannot be written (usage error). */
export async function checkGraphOutputs(options: CommandOptions): Promise<void> {
  if (options.gexf !== undefined) await checkOutputPath(options.gexf, '--gexf', options.command);
  if (options.json !== undefined) await checkOutputPath(options.json, '--json', options.command);
}

/**
 * Writes the graph as GEXF and/or JSON where the options say (texts and mentions from
 * `storedContent` when the graph holds none); returns the paths written. Both
 * go to temporary files first and replace the old outputs only when both are complete. Streamed
 * piece by piece: the same bytes as toGexf / toJSON without holding either file (hundreds of MB
 * for a 100,000-node graph) in memory. What needs node positions waits for `placed` (the layout
 * running on another thread); the GEXF's edges and the JSON's articles and edges, which hold
 * none, are written meanwhile.
 */
export async function writeGraph(
  graph: KnowledgeGraph,
  options: CommandOptions,
  storedContent?: (id: string) => ArticleContent | undefined,
  placed: Promise<void> = Promise.resolve(),
): Promise<string[]> {
  const outputs: Output[] = [];
  if (options.gexf !== undefined) {
    const { throughNodes, edges } = gexfSections(graph, { version: options.gexfVersion });
    outputs.push({ path: options.gexf, sections: [{ chunks: throughNodes, waitsFor: placed }, { chunks: edges }] });
  }
  if (options.json !== undefined) {
    const beforeNodes = jsonChunksBeforeNodes(graph, storedContent && { storedContent });
    outputs.push({ path: options.json, sections: [{ chunks: beforeNodes }, { chunks: jsonNodeChunks(graph), waitsFor: placed }] });
  }
  await writeOutputsTogether(outputs);
  return outputs.map((output) => output.path);
}
