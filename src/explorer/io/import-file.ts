/**
 * Import a graph exported earlier (GEXF from this tool or Gephi, or this tool's JSON) so it can be
 * explored again. The file is read locally; any failure is an Error whose message names the file.
 */
import { fromGexf } from '../../pipeline/export/gexf';
import { fromJSON } from '../../pipeline/export/json';
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';

const PARSERS: Record<string, (text: string) => KnowledgeGraph> = {
  '.gexf': fromGexf,
  '.json': fromJSON,
};

export async function importGraphFile(file: File): Promise<KnowledgeGraph> {
  const extension = /\.[^.]*$/.exec(file.name.toLowerCase())?.[0] ?? '';
  const parse = PARSERS[extension];
  if (!parse) {
    throw new Error(`Cannot import "${file.name}": only graph exports ending in .gexf or .json can be imported.`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    throw new Error(`Cannot import "${file.name}": the browser could not read it (${messageOf(error)}).`, {
      cause: error,
    });
  }
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`Cannot import "${file.name}": ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
