import { gexfChunks } from '../pipeline/export/gexf';
import { jsonChunks } from '../pipeline/export/json';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { CommandOptions } from './args';
import { checkOutputPath, writeOutputChunks } from './output-files';

/** Fails fast, before any reading, when an output cannot be written (usage error). */
export async function checkGraphOutputs(options: CommandOptions): Promise<void> {
  if (options.gexf !== undefined) await checkOutputPath(options.gexf, '--gexf', options.command);
  if (options.json !== undefined) await checkOutputPath(options.json, '--json', options.command);
}

/**
 * Writes the graph as GEXF and/or JSON where the options say; returns the paths written.
 * Streamed piece by piece: the same bytes as toGexf / toJSON without holding either file
 * (hundreds of MB for a 100,000-node graph) in memory.
 */
export async function writeGraph(graph: KnowledgeGraph, options: CommandOptions): Promise<string[]> {
  const written: string[] = [];
  if (options.gexf !== undefined) {
    await writeOutputChunks(options.gexf, gexfChunks(graph, { version: options.gexfVersion }));
    written.push(options.gexf);
  }
  if (options.json !== undefined) {
    await writeOutputChunks(options.json, jsonChunks(graph));
    written.push(options.json);
  }
  return written;
}
