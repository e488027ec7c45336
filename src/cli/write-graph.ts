import { gexfChunks } from '../pipeline/export/gexf';
import { jsonChunks } from '../pipeline/export/json';
import type { ArticleContent } from '../pipeline/graph/graph-draft';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { CommandOptions } from './args';
import { checkOutputPath, writeOutputsTogether } from './output-files';

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
 * for a 100,000-node graph) in memory.
 */
export async function writeGraph(graph: KnowledgeGraph, options: CommandOptions, storedContent?: (id: string) => ArticleContent | undefined): Promise<string[]> {
  const outputs: { path: string; chunks: Iterable<string> }[] = [];
  if (options.gexf !== undefined) outputs.push({ path: options.gexf, chunks: gexfChunks(graph, { version: options.gexfVersion }) });
  if (options.json !== undefined) outputs.push({ path: options.json, chunks: jsonChunks(graph, storedContent && { storedContent }) });
  await writeOutputsTogether(outputs);
  return outputs.map((output) => output.path);
}
