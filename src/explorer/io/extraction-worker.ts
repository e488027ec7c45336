/**
 * Module Web Worker that runs the pipeline's extraction off the page's main thread, so the page
 * stays responsive while articles are read. Started by extraction-client.ts.
 */
import { defaultLexicon, type Lexicon } from '../../pipeline/lexicon/lexicon';
import { extractInputs } from './extract-inputs';
import type { ExtractRequest, WorkerReply } from './extraction-protocol';

/** Built on the first job and kept: building the lexicon costs more than extracting a short article. */
let lexicon: Lexicon | undefined;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const { job, inputs, inGraph } = event.data;
  try {
    lexicon ??= defaultLexicon();
    const onProgress = (done: number, total: number): void => reply({ type: 'progress', job, done, total });
    const result = extractInputs(inputs, new Set(inGraph), lexicon, onProgress);
    reply({ type: 'result', job, records: result.records, problems: result.problems });
  } catch (error) {
    reply({ type: 'failed', job, message: error instanceof Error ? error.message : String(error) });
  }
});
