import { Worker } from 'node:worker_threads';
import type { Article } from '../pipeline/types';
import { createExtract, type ExtractOutcome } from './extract-job';
import type { WorkerJob, WorkerReply, WorkerSettings } from './extract-worker';
import { workerEntry } from './worker-entry';

export interface PoolOptions {
  /**
   * Extraction worker threads. Even one is a thread of its own: this thread reads the input and
   * folds the records meanwhile, and each heap stays small (10 MB, one worker: 8.3 s instead of
   * 9.4 s in this thread, same output).
   */
  workers: number;
  keepText: boolean;
  /** Told when the pool cannot do what was asked (e.g. workers fall back to in-process). */
  onNote: (message: string) => void;
}

/**
 * Extracts a batch of consecutive articles (numbered from `seq`), in workers or (when worker
 * threads are unavailable) in this thread: one promise per article, in the batch's order.
 */
interface Extractor {
  extract(seq: number, articles: Article[]): Promise<ExtractOutcome>[];
  close(): Promise<void>;
}

/**
 * Articles sent to a worker in one message, and answered in one. Each message between threads
 * costs a fixed ~1.2 ms of the worker's CPU time, whatever its size (measured in the worker on
 * the 10 MB bench corpus: 2.7 of its 22.7 CPU-seconds went to 2,079 postMessage calls, the same
 * with the record sent as a JSON string); batches of eight pay it once per eight articles.
 */
const BATCH = 8;

/** Articles in flight per thread: two batches, so a worker has the next while this thread takes the last. */
const IN_FLIGHT_PER_WORKER = 2 * BATCH;

/** An input of the pool: the article, with whatever the caller wants back beside its outcome. */
export interface ExtractItem {
  article: Article;
}

/**
 * Extracts articles in parallel and yields the outcomes in input order, whatever the number of
 * workers, so everything downstream is independent of thread scheduling. At most a few articles
 * per worker are in flight, so memory does not grow with the corpus.
 */
export async function* extractAll<T extends ExtractItem>(
  items: AsyncIterable<T>,
  options: PoolOptions,
): AsyncGenerator<{ item: T; outcome: ExtractOutcome }> {
  const extractor = await startExtractor(options);
  const window = Math.max(1, options.workers) * IN_FLIGHT_PER_WORKER;
  const inFlight = new Map<number, { item: T; outcome: Promise<ExtractOutcome> }>();
  const source = items[Symbol.asyncIterator]();
  let nextIn = 0;
  let nextOut = 0;
  let exhausted = false;
  try {
    for (;;) {
      // Refill only by whole batches (or the last, shorter one).
      while (!exhausted && inFlight.size <= window - BATCH) {
        const batch: T[] = [];
        while (batch.length < BATCH) {
          const next = await source.next();
          if (next.done === true) {
            exhausted = true;
            break;
          }
          batch.push(next.value);
        }
        if (batch.length === 0) break;
        const outcomes = extractor.extract(nextIn, batch.map((item) => item.article));
        batch.forEach((item, i) => inFlight.set(nextIn + i, { item, outcome: handled(outcomes[i] as Promise<ExtractOutcome>) }));
        nextIn += batch.length;
      }
      const oldest = inFlight.get(nextOut);
      if (oldest === undefined) break;
      inFlight.delete(nextOut++);
      const outcome = await oldest.outcome;
      // Workers never send the text back: this thread still holds it (a copy less per article).
      if (options.keepText && 'record' in outcome && outcome.record.text === '') outcome.record.text = oldest.item.article.text;
      yield { item: oldest.item, outcome };
    }
  } finally {
    await extractor.close();
  }
}

/** Marks a promise as handled so a failure is raised where it is awaited, not as an unhandled rejection. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function startExtractor(options: PoolOptions): Promise<Extractor> {
  try {
    return await WorkerExtractor.start(Math.max(1, options.workers), { keepText: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.onNote(`worker threads unavailable (${reason}); extracting in one thread`);
  }
  const extract = await createExtract(options.keepText);
  return {
    extract: (_seq, articles) => articles.map(async (article) => extract(article)),
    close: async () => undefined,
  };
}

interface PendingJob {
  resolve: (outcome: ExtractOutcome) => void;
  reject: (error: Error) => void;
}

interface ThreadState {
  worker: Worker;
  pending: Map<number, PendingJob>;
}

class WorkerExtractor implements Extractor {
  private failure: Error | undefined;

  private constructor(private readonly threads: ThreadState[]) {
    for (const thread of threads) {
      thread.worker.on('message', (reply: WorkerReply) => {
        reply.outcomes.forEach((outcome, i) => {
          thread.pending.get(reply.seq + i)?.resolve(outcome);
          thread.pending.delete(reply.seq + i);
        });
      });
      thread.worker.on('error', (error) => this.fail(error));
      thread.worker.on('exit', (code) => {
        if (thread.pending.size > 0) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
    }
  }

  /** Starts the threads and waits until each has compiled its lexicon. */
  static async start(count: number, settings: WorkerSettings): Promise<WorkerExtractor> {
    const entry = workerEntry('extract-worker');
    const workers = Array.from({ length: count }, () => new Worker(entry, { workerData: settings }));
    try {
      await Promise.all(workers.map(waitUntilReady));
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return new WorkerExtractor(workers.map((worker) => ({ worker, pending: new Map() })));
  }

  /** Sends the batch to the thread with the fewest articles waiting. */
  extract(seq: number, articles: Article[]): Promise<ExtractOutcome>[] {
    const failure = this.failure;
    if (failure !== undefined) return articles.map(() => Promise.reject(failure));
    const thread = this.threads.reduce((idlest, t) => (t.pending.size < idlest.pending.size ? t : idlest));
    const outcomes = articles.map((_, i) => new Promise<ExtractOutcome>((resolve, reject) => thread.pending.set(seq + i, { resolve, reject })));
    const job: WorkerJob = { seq, articles };
    thread.worker.postMessage(job);
    return outcomes;
  }

  /** A crashed worker ends the run: its articles cannot be recovered in order. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const thread of this.threads) {
      for (const job of thread.pending.values()) job.reject(this.failure);
      thread.pending.clear();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}

function waitUntilReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => (message === 'ready' ? resolve() : reject(new Error('unexpected first message'))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code} while starting`)));
  });
}
