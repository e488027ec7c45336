import { summarizeGraph } from '../../pipeline/graph/summary';
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
import type { InputProblem } from '../../pipeline/types';
import type { CommandOptions } from '../args';
import { formatSummary } from '../summary';
import type { TextSpool } from '../text-spool';
import { writeGraph } from '../write-graph';
import type { LayoutThread } from '../layout-thread';
import { note } from '../note';

/** What reading the inputs of a build or merge came to. */
export interface ReadResult {
  problems: InputProblem[];
  unsupportedSkipped: number;
}

/**
 * The shared back half of `build` and `merge`: lay the graph out with ForceAtlas2 (on the layout
 * thread, when it was started), write it, print the summary. When the graph holds no article,
 * nothing is written and the status is 1.
 */
export async function finishGraph(options: CommandOptions, graph: KnowledgeGraph, read: ReadResult, layout: LayoutThread, texts?: TextSpool): Promise<number> {
  const articlesRead = graph.getAttribute('articles').length;
  if (articlesRead === 0) {
    process.stdout.write(formatSummary({ ...read, articlesRead, outputs: [] }));
    note('no articles could be read; nothing written');
    return 1;
  }
  const outputs = await writeGraph(graph, options, texts && ((id) => texts.get(id)), layout.place(graph));
  process.stdout.write(formatSummary({ ...read, articlesRead, graph: summarizeGraph(graph), outputs }));
  return 0;
}
