import { GraphDraft, type DraftOptions } from '../../pipeline/graph/graph-draft';
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
import type { ArticleRecord, InputProblem } from '../../pipeline/types';
import type { CommandOptions } from '../args';
import { ExtractionRun } from '../extraction-run';
import { draftOptionsFor, textSpoolFor } from '../text-spool';
import { checkGraphOutputs } from '../write-graph';
import { finishGraph } from './finish-graph';
import { LayoutThread } from '../layout-thread';
import { note } from '../note';
import { finishDraft, readCorrections, type Corrections } from '../read-corrections';

/**
 * `kg build`: files and folders → extraction (in parallel) → one graph, laid out and written as
 * GEXF (and JSON), then the summary on stdout. Records are folded into the graph as they arrive,
 * so memory follows the graph, not the corpus. Returns the exit status.
 */
export async function build(options: CommandOptions): Promise<number> {
  await checkGraphOutputs(options);
  const corrections = await readCorrections(options.corrections);
  const problems: InputProblem[] = [];
  const texts = textSpoolFor(options);
  const run = new ExtractionRun({ ...options, keepText: texts !== undefined }, { problem: (problem) => problems.push(problem), note });
  const layout = new LayoutThread(note);
  const draftOptions: DraftOptions = {
    ...draftOptionsFor(texts),
    ...(options.minConfidence !== undefined && { minConfidence: options.minConfidence }),
    onShaped: (shape) => layout.start(shape),
  };
  try {
    const graph = await foldRecords(run.records(), draftOptions, corrections, problems);
    return await finishGraph(options, graph, { problems, unsupportedSkipped: run.unsupportedSkipped }, layout, texts);
  } finally {
    layout.close();
    texts?.close();
  }
}

/**
 * Records → graph. In a function of its own so that the draft is garbage once the graph is
 * made, rather than kept alive (as a local of `build`) through layout and export.
 */
async function foldRecords(records: AsyncIterable<ArticleRecord>, options: DraftOptions, corrections: Corrections | undefined, problems: InputProblem[]): Promise<KnowledgeGraph> {
  const draft = new GraphDraft(options);
  for await (const record of records) draft.addRecord(record);
  return finishDraft(draft, corrections, problems);
}
