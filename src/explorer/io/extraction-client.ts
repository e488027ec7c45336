/**
 * The page's side of extraction: sends files to the extraction worker and resolves with the
 * records and problems. One worker is started on first use and reused (it keeps the lexicon).
 */
import type { ExtractionResult, ExtractRequest, WorkerReply } from './extraction-protocol';

export type { ExtractionInput, ExtractionResult } from './extraction-protocol';

interface PendingJob {
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

let worker: Worker | undefined;
let nextJob = 1;
const pending = new Map<number, PendingJob>();

function startWorker(): Worker {
  const started = new Worker(new URL('./extraction-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<WorkerReply>) => handleReply(event.data));
  // A worker that fails to load or crashes answers no job: fail them all and start afresh next time.
  started.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    failAll(new Error(`the extraction worker stopped: ${event.message || 'it could not be loaded'}`));
  });
  return started;
}

function handleReply(message: WorkerReply): void {
  const job = pending.get(message.job);
  if (!job) return;
  switch (message.type) {
    case 'progress':
      job.onProgress?.(message.done, message.total);
      return;
    case 'result':
      pending.delete(message.job);
      job.resolve({ records: message.records, problems: message.problems });
      return;
    case 'failed':
      pending.delete(message.job);
      job.reject(new Error(`extraction failed: ${message.message}`));
      return;
  }
}

function failAll(error: Error): void {
  worker?.terminate();
  worker = undefined;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

/**
 * Reads and extracts `inputs` in the worker. Problems with single files (unreadable, empty,
 * binary...) come back in `problems`, naming the file; so do articles whose id is in `inGraph`
 * (already in the graph), which are skipped. The promise rejects only if the worker itself fails.
 * `onProgress` is called after each article.
 */
export function extractInWorker(
  inputs: { name: string; bytes: Uint8Array }[],
  onProgress?: (done: number, total: number) => void,
  inGraph: Iterable<string> = [],
): Promise<ExtractionResult> {
  worker ??= startWorker();
  const job = nextJob++;
  const request: ExtractRequest = { type: 'extract', job, inputs, inGraph: [...inGraph] };
  return new Promise<ExtractionResult>((resolve, reject) => {
    pending.set(job, { resolve, reject, onProgress });
    worker?.postMessage(request);
  });
}
