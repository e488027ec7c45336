/**
 * A worker thread of the extraction pool: builds the lexicon once, says `ready`, then answers
 * each batch `{ seq, articles }` with `{ seq, outcomes }`, in the same order. Started by
 * extract-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../pipeline/types';
import { createExtract, type ExtractOutcome } from './extract-job';

export interface WorkerJob {
  /** The number of the batch's first article. */
  seq: number;
  articles: Article[];
}

export interface WorkerReply {
  seq: number;
  outcomes: ExtractOutcome[];
}

export interface WorkerSettings {
  keepText: boolean;
}

const port = parentPort;
if (port === null) throw new Error('extract-worker.ts must run as a worker thread');

const settings = workerData as WorkerSettings;
const extract = await createExtract(settings.keepText);
port.on('message', (job: WorkerJob) => {
  const reply: WorkerReply = { seq: job.seq, outcomes: job.articles.map((article) => extract(article)) };
  port.postMessage(reply);
});
port.postMessage('ready');
