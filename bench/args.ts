/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Corpus sizes in MB (10^6 bytes of article text). */
  sizesMb: number[];
  /** True when --sizes was given: then no size is skipped for time. */
  sizesExplicit: boolean;
  /** Worker counts to run each corpus with (large corpora run only with the largest). */
  workers: number[];
  /** The bare compromise parse runs on at most this much of each corpus (a prefix). */
  bareSampleMb: number;
  /** Node counts of the synthetic graphs for the graph-stage timings. */
  graphNodes: number[];
  /** ForceAtlas2 iterations timed on every synthetic graph. */
  fa2Iterations: number;
  seed: number;
  skipPipeline: boolean;
  skipGraph: boolean;
  /** Leave out the explorer part (the page and a bare Sigma page in headless Chromium). */
  skipExplorer: boolean;
  /** Also profile one kg build on the smallest corpus and print its hot spots. */
  profile: boolean;
  /** Also run kg build on one article of this many MB (peak memory of a huge article); 0: not run. */
  bigArticleMb: number;
  outDir: string;
  corpusDir?: string;
  /** Largest wall time allowed to one child process. */
  timeoutS: number;
  /** A size whose projected run exceeds this is skipped (unless --sizes named it). */
  budgetS: number;
  help: boolean;
}

export const HELP = `npm run bench -- [options]

Generates a deterministic news corpus from data/articles (names varied, sentences
shuffled), runs "kg build" on it end to end with 1 and 2 workers, runs compromise's
bare full parse on the same text as the reference, and times graph building,
ForceAtlas2, GEXF and JSON export on synthetic graphs. Prints a table and writes
bench/out/results.json.

Options
  --sizes 1,10,100      corpus sizes in MB (default 1,10, which fits in a few minutes on
                        2 cores; add 100 for the memory comparison, about 5 more minutes;
                        50 and above run with the most workers only, with texts and
                        with --no-text)
  --quick               a fast run: 1 MB corpus, 0.5 MB bare-parse sample,
                        graphs of 1,000 and 10,000 nodes
  --workers 1,2         worker counts (default 1,2)
  --bare-sample-mb 2    bare parse on at most the first N MB of each corpus (default 2)
  --graph-nodes LIST    synthetic graph sizes (default 1000,10000,100000)
  --fa2-iterations N    ForceAtlas2 iterations timed per graph (default 10)
  --seed N              corpus seed (default 42)
  --skip-pipeline       only the graph stages
  --skip-graph          only the corpus runs
  --skip-explorer       leave out the explorer part (the built page against a bare Sigma
                        page, 10,000 nodes, in headless Chromium)
  --big-article MB      also run kg build (1 worker, texts kept) on a single article of
                        that many MB, cut from the largest corpus: its peak memory
  --profile             also run kg build on the smallest corpus under the CPU profiler
                        and print the hot spots (profiles in bench/out/prof)
  --out DIR             output folder (default bench/out)
  --corpus-dir DIR      where corpora are written and cached (default: OS temp folder)
  --timeout-s N         kill any child after N seconds (default 900)
  --budget-s N          skip a size projected to take longer than N s (default 420);
                        sizes named with --sizes always run
  -h, --help            this help`;

function numberList(text: string, flag: string): number[] {
  const values = text.split(',').map((s) => Number(s.trim()));
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v <= 0)) {
    throw new Error(`${flag} takes a comma-separated list of positive numbers, got '${text}'`);
  }
  return values;
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} takes a positive number, got '${text}'`);
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean' },
      workers: { type: 'string' },
      'bare-sample-mb': { type: 'string' },
      'graph-nodes': { type: 'string' },
      'fa2-iterations': { type: 'string' },
      seed: { type: 'string' },
      'skip-pipeline': { type: 'boolean' },
      'skip-graph': { type: 'boolean' },
      'skip-explorer': { type: 'boolean' },
      profile: { type: 'boolean' },
      'big-article': { type: 'string' },
      out: { type: 'string' },
      'corpus-dir': { type: 'string' },
      'timeout-s': { type: 'string' },
      'budget-s': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const quick = values.quick === true;
  return {
    sizesMb: values.sizes ? numberList(values.sizes, '--sizes') : quick ? [1] : [1, 10],
    sizesExplicit: values.sizes !== undefined,
    workers: values.workers ? numberList(values.workers, '--workers').map(Math.round) : [1, 2],
    bareSampleMb: values['bare-sample-mb'] ? positive(values['bare-sample-mb'], '--bare-sample-mb') : quick ? 0.5 : 2,
    graphNodes: values['graph-nodes']
      ? numberList(values['graph-nodes'], '--graph-nodes').map(Math.round)
      : quick ? [1000, 10000] : [1000, 10000, 100000],
    fa2Iterations: values['fa2-iterations'] ? Math.round(positive(values['fa2-iterations'], '--fa2-iterations')) : 10,
    seed: values.seed ? Math.round(positive(values.seed, '--seed')) : 42,
    skipPipeline: values['skip-pipeline'] === true,
    skipGraph: values['skip-graph'] === true,
    skipExplorer: values['skip-explorer'] === true,
    profile: values.profile === true,
    bigArticleMb: values['big-article'] ? positive(values['big-article'], '--big-article') : 0,
    outDir: values.out ?? 'bench/out',
    corpusDir: values['corpus-dir'],
    timeoutS: values['timeout-s'] ? positive(values['timeout-s'], '--timeout-s') : 900,
    budgetS: values['budget-s'] ? positive(values['budget-s'], '--budget-s') : 420,
    help: values.help === true,
  };
}
