import { GraphDraft } from '../../pipeline/graph/graph-draft';
import type { InputProblem } from '../../pipeline/types';
import type { CommandOptions } from '../args';
import { ExtractionRun } from '../extraction-run';
import { checkGraphOutputs } from '../write-graph';
import { finishGraph } from './finish-graph';

/**
 * `kg build`: files and folders → extraction (in parallel) → one graph, laid out and written as
 * GEXF (and JSON), then the summary on stdout. Records are folded into the graph as they arrive,
 * so memory follows the graph, not the corpus. Returns the exit status.
 */
export async function build(options: CommandOptions): Promise<number> {
  await checkGraphOutputs(options);
  const problems: InputProblem[] = [];
  const run = new ExtractionRun(options, {
    problem: (problem) => problems.push(problem),
    note: (message) => process.stderr.write(`kg: ${message}\n`),
  });
  const draft = new GraphDraft({ keepText: options.keepText });
  for await (const record of run.records()) draft.addRecord(record);
  return finishGraph(options, draft.toGraph(), { problems, unsupportedSkipped: run.unsupportedSkipped });
}
