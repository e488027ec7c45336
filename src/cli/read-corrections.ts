import { readFile } from 'node:fs/promises';
import { decodeCorrections, type CorrectionReport, type CorrectionsFile } from '../pipeline/corrections';
import type { GraphDraft } from '../pipeline/graph/graph-draft';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { InputProblem } from '../pipeline/types';
import { describeFsError } from './fs-errors';

/**
 * The `--corrections` file, read before any article is: a file that cannot be used stops the run
 * with its name and the problem, since a graph built without the analyst's corrections would
 * quietly undo their work.
 */
export async function readCorrections(path: string | undefined): Promise<Corrections | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`corrections file ${path}: ${describeFsError(error)}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`corrections file ${path}: not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  try {
    return { path, file: decodeCorrections(parsed) };
  } catch (error) {
    throw new Error(`corrections file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** A corrections file and where it was read from. */
export interface Corrections {
  path: string;
  file: CorrectionsFile;
}

/**
 * The finished graph, corrected when there are corrections; each correction that matched
 * nothing becomes a warning of the run's summary.
 */
export function finishDraft(draft: GraphDraft, corrections: Corrections | undefined, problems: InputProblem[]): KnowledgeGraph {
  if (!corrections) return draft.toGraph();
  const { graph, report } = draft.toCorrectedGraph(corrections.file);
  problems.push(...unmatchedProblems(corrections.path, report));
  return graph;
}

function unmatchedProblems(path: string, report: CorrectionReport): InputProblem[] {
  return report.unmatched.map(({ index, correction, reason }) => ({
    file: path,
    message: `corrections[${index}] (${correction.action}) matched nothing: ${reason}`,
    severity: 'warning',
  }));
}
