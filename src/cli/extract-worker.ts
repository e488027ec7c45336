/**
 * A worker thread of the extraction pool: builds the lexicon once, says `ready`, then answers
 * each `{ seq, article }` with `{ seq, outcome }`. Started by extract-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../pipeline/types';
import { createExtract } from './extract-job';

export interface WorkerJob {
  seq: number;
  article: Article;
}

export interface WorkerSettings {
  keepText: boolean;
}

const port = parentPort;
if (port === null) throw new Error('extract-worker.ts must run as a worker thread');

const settings = workerData as WorkerSettings;
const extract = await createExtract(settings.keepText);
port.on('message', (job: WorkerJob) => {
  port.postMessage({ seq: job.seq, outcome: extract(job.article) });
});
port.postMessage('ready');
