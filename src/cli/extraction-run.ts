import { fileExtension } from '../pipeline/input/file-name';
import { SUPPORTED_EXTENSIONS } from '../pipeline/input/parse-file';
import type { ArticleRecord, InputProblem } from '../pipeline/types';
import { defaultWorkerCount, type CommandOptions } from './args';
import { collectInputs } from './collect-inputs';
import { extractAll } from './extract-pool';
import { keepHeapNearLive, LARGE_INPUT_ARTICLES } from './heap-growth';
import { Progress } from './progress';
import { estimateArticleCount, readArticles, STDIN, type ReadEvent } from './read-articles';

/**
 * Below this many articles, one worker is about as fast as two (each must load the pipeline,
 * compile the lexicon and warm up its JIT). Measured on the 2-core bench machine, kg build wall
 * time with 1 vs 2 workers: 216 articles (1 MB) 1.9 vs 2.3 s; 2,102 articles (10 MB) 8.3 vs 7.9 s.
 */
const SMALL_CORPUS = 500;

/** Callbacks for what a run meets on the way; build collects them, extract streams them to stderr. */
export interface RunListener {
  problem(problem: InputProblem): void;
  note(message: string): void;
}

/**
 * The shared front half of `build` and `extract`: inputs (files, folders, or stdin) → articles →
 * extraction records, in input order, with problems and progress reported on the way.
 */
export class ExtractionRun {
  /** Files in folders left out for their extension. Final once `records()` is done. */
  unsupportedSkipped = 0;
  articlesRead = 0;

  constructor(
    private readonly options: CommandOptions,
    private readonly listener: RunListener,
  ) {}

  async *records(): AsyncGenerator<ArticleRecord> {
    const { options, listener } = this;
    const fromStdin = options.inputs.length === 0 || options.inputs.includes(STDIN);
    const collected = await collectInputs(
      options.inputs.filter((input) => input !== STDIN),
      isSupportedInput,
    );
    this.unsupportedSkipped = collected.unsupportedSkipped;
    for (const problem of collected.problems) listener.problem(problem);

    const total = fromStdin ? undefined : await estimateArticleCount(collected.files);
    if (total !== undefined && total >= LARGE_INPUT_ARTICLES) keepHeapNearLive();
    const workers = options.workers ?? (total !== undefined && total < SMALL_CORPUS ? 1 : defaultWorkerCount());
    // Started at the first article, so worker start-up does not count against the rate.
    let progress: Progress | undefined;
    const inputs = fromStdin ? [STDIN, ...collected.files] : collected.files;
    const items = articlesOf(readArticles(inputs), listener);
    try {
      for await (const { item, outcome } of extractAll(items, { workers, keepText: options.keepText, onNote: listener.note })) {
        if (!options.quiet) progress ??= new Progress({ stream: process.stderr, total });
        progress?.tick();
        if ('error' in outcome) {
          listener.problem({ ...item.source, message: `${outcome.error}, skipped`, severity: 'error' });
          continue;
        }
        this.articlesRead += 1;
        yield outcome.record;
      }
    } finally {
      progress?.finish();
    }
  }
}

/** The extensions the input parser reads, matched case-insensitively. */
export function isSupportedInput(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(fileExtension(path));
}

async function* articlesOf(events: AsyncIterable<ReadEvent>, listener: RunListener) {
  for await (const event of events) {
    if (event.kind === 'problem') listener.problem(event.problem);
    else yield { article: event.article, source: event.source };
  }
}
