import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { fromGexf } from '../../pipeline/export/gexf';
import { fromJSON } from '../../pipeline/export/json';
import { GraphDraft, type DraftOptions } from '../../pipeline/graph/graph-draft';
import type { KnowledgeGraph } from '../../pipeline/graph/knowledge-graph';
import { fileExtension } from '../../pipeline/input/file-name';
import type { InputProblem } from '../../pipeline/types';
import type { CommandOptions } from '../args';
import { collectInputs } from '../collect-inputs';
import { describeFsError } from '../fs-errors';
import { keepHeapNearLive, LARGE_INPUT_BYTES } from '../heap-growth';
import { STDIN } from '../read-articles';
import { readLines, type TextLine } from '../read-lines';
import { parseRecordLine } from '../read-records';
import { draftOptionsFor, textSpoolFor } from '../text-spool';
import { checkGraphOutputs } from '../write-graph';
import { finishGraph } from './finish-graph';
import { LayoutThread } from '../layout-thread';
import { note } from '../note';
import { finishDraft, readCorrections, type Corrections } from '../read-corrections';

const RECORDS = '.jsonl';
const GRAPH = '.json';
const GEXF = '.gexf';

/**
 * `kg merge`: the reduce step. Folds extraction records (JSONL from `kg extract`, or stdin) and
 * partial graphs (newsgraph JSON, or a GEXF that newsgraph wrote) into one graph and writes it like `kg build`. The fold is
 * order-independent, so shards merged in any order give the single-run graph byte for byte.
 */
export async function merge(options: CommandOptions): Promise<number> {
  await checkGraphOutputs(options);
  const corrections = await readCorrections(options.corrections);
  const collected = await collectInputs(
    options.inputs.filter((input) => input !== STDIN),
    (path) => [RECORDS, GRAPH, GEXF].includes(fileExtension(path)),
  );
  const problems: InputProblem[] = [...collected.problems];
  if ((await totalBytes(collected.files)) >= LARGE_INPUT_BYTES) keepHeapNearLive();
  const inputs = options.inputs.includes(STDIN) ? [STDIN, ...collected.files] : collected.files;
  const texts = textSpoolFor(options);
  const layout = new LayoutThread(note);
  try {
    const graph = await foldInputs(inputs, { ...draftOptionsFor(texts), onShaped: (shape) => layout.start(shape) }, problems, corrections);
    return await finishGraph(options, graph, { problems, unsupportedSkipped: collected.unsupportedSkipped }, layout, texts);
  } finally {
    layout.close();
    texts?.close();
  }
}

/**
 * Inputs → graph, problems added to `problems`. In a function of its own so that the draft is
 * garbage once the graph is made, rather than kept alive through layout and export.
 */
async function foldInputs(inputs: readonly string[], options: DraftOptions, problems: InputProblem[], corrections: Corrections | undefined): Promise<KnowledgeGraph> {
  const draft = new GraphDraft(options);
  /** Where each article was first read: every article counts once, whichever inputs hold it. */
  const firstSeen = new Map<string, string>();
  const addRecords = async (name: string, lines: AsyncIterable<TextLine>): Promise<void> => {
    for await (const line of lines) {
      const result = parseRecordLine(name, line);
      if (result === undefined) continue;
      if ('problem' in result) {
        problems.push(result.problem);
        continue;
      }
      const { id } = result.record.article;
      const first = firstSeen.get(id);
      if (first !== undefined) {
        const message = `duplicate article id "${id}" (first read from ${first}), skipped`;
        problems.push({ file: name, line: line.number, message, severity: 'error' });
        continue;
      }
      firstSeen.set(id, `${name}:${line.number}`);
      draft.addRecord(result.record);
    }
  };

  const addGraph = (name: string, graph: KnowledgeGraph): void => {
    const ids = graph.getAttribute('articles').map((article) => article.id);
    const shared = ids.filter((id) => firstSeen.has(id));
    const first = shared.length > 0 ? `(the first, "${shared[0]}", from ${firstSeen.get(shared[0]!)})` : '';
    if (shared.length > 0 && shared.length === ids.length) {
      problems.push({ file: name, message: `all ${ids.length} of its articles were already read ${first}: not counted again, skipped`, severity: 'error' });
      return;
    }
    for (const id of ids) if (!firstSeen.has(id)) firstSeen.set(id, name);
    const exact = draft.addGraph(graph, new Set(shared));
    if (shared.length > 0) {
      const estimate = exact ? '' : '; it holds no mention offsets (GEXF or --no-text), so their mention counts were estimated';
      problems.push({ file: name, message: `${shared.length} of its ${ids.length} articles were already read ${first}: counted once${estimate}`, severity: 'warning' });
    }
  };

  for (const input of inputs) {
    try {
      if (input === STDIN) await addRecords('<stdin>', readLines(process.stdin));
      else if (fileExtension(input) === RECORDS) await addRecords(input, readLines(createReadStream(input)));
      else {
        const graph = fileExtension(input) === GEXF ? fromGexf(await readFile(input, 'utf8')) : fromJSON(await readFile(input, 'utf8'));
        addGraph(input, graph);
      }
    } catch (error) {
      problems.push({ file: input, message: `${readFailure(error)}, skipped`, severity: 'error' });
    }
  }
  return finishDraft(draft, corrections, problems);
}

async function totalBytes(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += (await stat(file).catch(() => undefined))?.size ?? 0;
  return total;
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return describeFsError(error);
  return `not a newsgraph graph (${error instanceof Error ? error.message : String(error)})`;
}
