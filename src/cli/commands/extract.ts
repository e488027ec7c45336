import { once } from 'node:events';
import { note } from '../note';
import type { CommandOptions } from '../args';
import { ExtractionRun } from '../extraction-run';
import { formatProblem } from '../summary';

/**
 * `kg extract`: the map step for batch engines. Writes one extraction record per line on stdout,
 * in input order; problems go to stderr as they are met. Status 1 when no article could be read.
 */
export async function extract(options: CommandOptions): Promise<number> {
  const run = new ExtractionRun(options, {
    problem: (problem) => process.stderr.write(`${formatProblem(problem)}\n`),
    note,
  });
  for await (const record of run.records()) {
    // Respect back-pressure so a slow reader of stdout does not make us buffer the corpus.
    if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, 'drain');
  }
  if (run.articlesRead === 0) {
    process.stderr.write('kg: no articles could be read\n');
    return 1;
  }
  return 0;
}
