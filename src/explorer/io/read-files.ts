/**
 * Dropped or chosen files → extraction inputs. Files are read locally (File.arrayBuffer) and
 * never uploaded. A file the browser cannot read (removed meanwhile, a folder dropped as a file,
 * no permission) becomes a problem naming it; the others are still read.
 */
import type { InputProblem } from '../../pipeline/types';
import type { ExtractionInput } from './extraction-protocol';

export interface ReadFilesResult {
  inputs: ExtractionInput[];
  problems: InputProblem[];
}

export async function readFiles(files: Iterable<File>): Promise<ReadFilesResult> {
  const list = [...files];
  const settled = await Promise.allSettled(list.map(async (file) => new Uint8Array(await file.arrayBuffer())));
  const result: ReadFilesResult = { inputs: [], problems: [] };
  settled.forEach((outcome, index) => {
    const name = list[index]?.name ?? `file ${index + 1}`;
    if (outcome.status === 'fulfilled') {
      result.inputs.push({ name, bytes: outcome.value });
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      result.problems.push({ file: name, message: `could not be read by the browser (${reason}); skipped`, severity: 'error' });
    }
  });
  return result;
}

