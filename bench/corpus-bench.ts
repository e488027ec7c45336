/**
 * The corpus half of the benchmark: generates the corpora, runs compromise's bare parse
 * on a prefix of them as the reference, and runs the CLI pipeline on each size.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from './args';
import type { BareParseCheckpoint } from './bare-parse';
import type { CorpusFile, CorpusManifest } from './corpus';
import { readSeedArticles, writeCorpora } from './corpus';
import { errorLine, runMeasured } from './measure';
import { loadNamePool } from './name-pool';
import type { GraphCounts } from './pipeline';
import { prepareKg, runPipeline } from './pipeline';
import { BYTES_PER_MB, countWords } from './words';

/** From this size on, a corpus is run with the most workers only (with texts and with --no-text). */
const LARGE_CORPUS_MB = 50;
/** Size of the bounded pool of invented company names (the long tail of unknown organisations). */
const INVENTED_COMPANIES = 2000;

export interface BareParseResult {
  /** Bytes of text the checkpoint asked for: the whole corpus, or the sample. */
  sampleMb: number;
  articles: number;
  words: number;
  parseMs: number;
  wordsPerSec: number;
  cpuMs: number;
  wordsPerCpuSec: number;
}

export interface BareParseRun {
  checkpoints: BareParseResult[];
  peakRssMb?: number;
  error?: string;
}

export interface PipelineResult {
  sizeMb: number;
  articles: number;
  words: number;
  workers: number;
  noText: boolean;
  status: 'ok' | 'failed' | 'skipped';
  note?: string;
  wallMs?: number;
  wordsPerSec?: number;
  mbPerSec?: number;
  peakRssMb?: number;
  /** CPU time (user + system, all threads) of the run, when GNU time measured it. */
  cpuMs?: number;
  wordsPerCpuSec?: number;
  counts?: GraphCounts;
  /** The bare parse this run is compared with: the same corpus, or its first sampleMb. */
  reference?: BareParseResult;
  /** Pipeline words/s ÷ bare parse words/s (wall time: what a user waits). */
  ratio?: number;
  /** The same on CPU time: the work each needs, barely moved by other load on the machine. */
  cpuRatio?: number;
}

export interface CorpusBenchResult {
  namesFrom: CorpusManifest['namesFrom'];
  corpusDir: string;
  files: CorpusFile[];
  bareParse: BareParseRun;
  pipeline: PipelineResult[];
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** The bare parse sample for a corpus: all of it when small, else its first `bareSampleMb`. */
function sampleMbFor(file: CorpusFile, bareSampleMb: number): number {
  return Math.min(file.sizeMb, bareSampleMb);
}

async function runBareParse(repoRoot: string, files: CorpusFile[], options: BenchOptions): Promise<BareParseRun> {
  const samples = [...new Set(files.map((f) => sampleMbFor(f, options.bareSampleMb)))].sort((a, b) => a - b);
  const largest = samples[samples.length - 1] ?? 0;
  // Every corpus is a prefix of the larger ones: read the smallest one that holds the largest sample.
  const source = files.find((f) => f.sizeMb >= largest) ?? (files[files.length - 1] as CorpusFile);
  log(`bare compromise parse on the first ${samples.join(', ')} MB (one core)…`);
  const run = await runMeasured(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'bench/bare-parse.ts'), source.path, samples.map((mb) => Math.round(mb * BYTES_PER_MB)).join(',')],
    { cwd: repoRoot, timeoutMs: options.timeoutS * 1000 },
  );
  if (run.exitCode !== 0) {
    return { checkpoints: [], peakRssMb: run.peakRssMb, error: run.timedOut ? 'timed out' : errorLine(run.stderr) };
  }
  const raw = JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as BareParseCheckpoint[];
  const checkpoints = raw.map((c) => ({
    sampleMb: c.targetBytes / BYTES_PER_MB,
    articles: c.articles,
    words: c.words,
    parseMs: c.parseMs,
    wordsPerSec: c.words / (c.parseMs / 1000),
    cpuMs: c.cpuMs,
    wordsPerCpuSec: c.words / (c.cpuMs / 1000),
  }));
  return { checkpoints, peakRssMb: run.peakRssMb };
}

/**
 * The runs of one corpus. Small corpora run with every worker count, texts kept (as users
 * run them). Large ones run with the most workers, with texts and with --no-text. When a large
 * corpus is benchmarked, the largest small one also runs with --no-text, so their memory
 * compares like for like (10 MB vs 100 MB).
 */
function plannedRuns(file: CorpusFile, files: readonly CorpusFile[], workerCounts: readonly number[]): { workers: number; noText: boolean }[] {
  const maxWorkers = Math.max(...workerCounts);
  if (file.sizeMb >= LARGE_CORPUS_MB) return [{ workers: maxWorkers, noText: false }, { workers: maxWorkers, noText: true }];
  const runs = workerCounts.map((workers) => ({ workers, noText: false }));
  const small = files.filter((f) => f.sizeMb < LARGE_CORPUS_MB);
  const largestSmall = small[small.length - 1];
  if (files.length > small.length && largestSmall === file) runs.push({ workers: maxWorkers, noText: true });
  return runs;
}

/** Why a run is skipped, or undefined to run it. */
function skipReason(
  file: CorpusFile,
  workers: number,
  done: readonly PipelineResult[],
  options: BenchOptions,
): string | undefined {
  const earlier = done.filter((r) => r.workers === workers && r.sizeMb < file.sizeMb);
  if (earlier.some((r) => r.status === 'failed')) return 'a smaller corpus failed';
  if (options.sizesExplicit) return undefined;
  const fastest = Math.max(0, ...earlier.map((r) => r.wordsPerSec ?? 0));
  if (fastest === 0) return undefined;
  const projectedS = file.words / fastest;
  if (projectedS > options.budgetS) {
    return `projected ${Math.round(projectedS)} s > budget ${options.budgetS} s (run it with --sizes ${file.sizeMb})`;
  }
  return undefined;
}

export async function runCorpusBench(repoRoot: string, corpusDir: string, options: BenchOptions): Promise<CorpusBenchResult> {
  const pool = loadNamePool(join(repoRoot, 'data/lexicon.json'), INVENTED_COMPANIES, options.seed);
  const seeds = readSeedArticles(join(repoRoot, 'data/articles'));
  log(`corpora ${options.sizesMb.join(', ')} MB in ${corpusDir} (names from the ${pool.source})…`);
  const manifest = writeCorpora(corpusDir, seeds, pool, options.seed, options.sizesMb);
  const bareParse = await runBareParse(repoRoot, manifest.files, options);
  const pipeline: PipelineResult[] = [];
  prepareKg(repoRoot);

  for (const file of manifest.files) {
    const reference = bareParse.checkpoints.find((c) => c.sampleMb === sampleMbFor(file, options.bareSampleMb));
    for (const { workers, noText } of plannedRuns(file, manifest.files, options.workers)) {
      const base = { sizeMb: file.sizeMb, articles: file.articles, words: file.words, workers, noText, reference };
      const skip = skipReason(file, workers, pipeline, options);
      if (skip) {
        log(`${file.sizeMb} MB, ${workers} worker(s): skipped, ${skip}`);
        pipeline.push({ ...base, status: 'skipped', note: skip });
        continue;
      }
      log(`${file.sizeMb} MB, ${workers} worker(s)${noText ? ', --no-text' : ''}: kg build…`);
      pipeline.push(await measuredBuild(repoRoot, file.path, base, options));
    }
  }
  const largest = manifest.files[manifest.files.length - 1];
  if (options.bigArticleMb > 0 && largest) {
    const article = writeBigArticle(corpusDir, largest.path, options.bigArticleMb);
    log(`one article of ${options.bigArticleMb} MB, 1 worker: kg build…`);
    const base = { sizeMb: options.bigArticleMb, articles: 1, words: article.words, workers: 1, noText: false, note: 'one article' };
    pipeline.push(await measuredBuild(repoRoot, article.path, base, options));
  }
  return { namesFrom: manifest.namesFrom, corpusDir, files: manifest.files, bareParse, pipeline };
}

type RunBase = Pick<PipelineResult, 'sizeMb' | 'articles' | 'words' | 'workers' | 'noText' | 'reference' | 'note'>;

/** One kg build, timed and measured, as a result row. */
async function measuredBuild(repoRoot: string, corpusPath: string, base: RunBase, options: BenchOptions): Promise<PipelineResult> {
  const result = await runPipeline({ repoRoot, corpusPath, workers: base.workers, noText: base.noText, outDir: options.outDir, timeoutMs: options.timeoutS * 1000 });
  const ok = result.run.exitCode === 0;
  const seconds = result.run.wallMs / 1000;
  const wordsPerSec = base.words / seconds;
  const cpuMs = result.run.cpuMs;
  const wordsPerCpuSec = ok && cpuMs ? base.words / (cpuMs / 1000) : undefined;
  const { reference } = base;
  log(`  ${result.error ?? 'ok'} in ${seconds.toFixed(1)} s`);
  return {
    ...base,
    status: ok ? 'ok' : 'failed',
    note: result.error ?? base.note,
    wallMs: result.run.wallMs,
    wordsPerSec: ok ? wordsPerSec : undefined,
    mbPerSec: ok ? base.sizeMb / seconds : undefined,
    peakRssMb: result.run.peakRssMb,
    cpuMs,
    wordsPerCpuSec,
    counts: result.counts,
    ratio: ok && reference ? wordsPerSec / reference.wordsPerSec : undefined,
    cpuRatio: wordsPerCpuSec && reference ? wordsPerCpuSec / reference.wordsPerCpuSec : undefined,
  };
}

/** One JSONL article of about `mb` MB: the texts of a corpus's articles joined, cached beside it. */
function writeBigArticle(corpusDir: string, corpusPath: string, mb: number): { path: string; words: number } {
  const path = join(corpusDir, `big-article-${mb}mb.jsonl`);
  const parts: string[] = [];
  let bytes = 0;
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (bytes >= mb * BYTES_PER_MB || line === '') continue;
    const { text } = JSON.parse(line) as { text: string };
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  const text = parts.join('\n\n');
  if (!existsSync(path)) writeFileSync(path, JSON.stringify({ id: 'big-article', text }) + '\n');
  return { path, words: countWords(text) };
}
