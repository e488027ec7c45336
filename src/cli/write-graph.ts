import { toGexf } from '../pipeline/export/gexf';
import { toJSON } from '../pipeline/export/json';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { CommandOptions } from './args';
import { checkOutputPath, writeOutput } from './output-files';

/** Fails fast, before any reading, when an output cannot be written (usage error). */
export async function checkGraphOutputs(options: CommandOptions): Promise<void> {
  if (options.gexf !== undefined) await checkOutputPath(options.gexf, '--gexf', options.command);
  if (options.json !== undefined) await checkOutputPath(options.json, '--json', options.command);
}

/** Writes the graph as GEXF and/or JSON where the options say; returns the paths written. */
export async function writeGraph(graph: KnowledgeGraph, options: CommandOptions): Promise<string[]> {
  const written: string[] = [];
  if (options.gexf !== undefined) {
    await writeOutput(options.gexf, toGexf(graph));
    written.push(options.gexf);
  }
  if (options.json !== undefined) {
    await writeOutput(options.json, toJSON(graph));
    written.push(options.json);
  }
  return written;
}
