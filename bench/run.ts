/**
 * `npm run bench`: the speed and scale benchmark (issue 5). Generates a deterministic news
 * corpus at several sizes, runs the CLI pipeline on it end to end with 1 and 2 workers,
 * runs compromise's bare parse on the same text as the reference, times the graph stages
 * on synthetic graphs, prints tables and writes bench/out/results.json for tracking.
 * `npm run bench -- --help` lists the options.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, parseBenchArgs } from './args';
import type { BenchOptions } from './args';
import { runCorpusBench } from './corpus-bench';
import type { CorpusBenchResult } from './corpus-bench';
import { runGraphBench } from './graph-bench';
import type { GraphBenchResult } from './graph-bench';
import { explorerReport, runExplorerBench, type ExplorerBenchResult } from './explorer-bench';
import { describeMachine } from './machine';
import { profilePipeline } from './profile-run';
import { corpusReport, graphReport, machineReport } from './report';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface BenchResults {
  date: string;
  machine: ReturnType<typeof describeMachine>;
  options: BenchOptions;
  totalMs: number;
  corpus?: CorpusBenchResult;
  graph?: GraphBenchResult;
  explorer?: ExplorerBenchResult;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(HELP);
    return;
  }
  const started = performance.now();
  options.outDir = resolve(REPO_ROOT, options.outDir);
  mkdirSync(options.outDir, { recursive: true });
  const corpusDir = resolve(options.corpusDir ?? join(tmpdir(), 'newsgraph-bench'));
  const machine = describeMachine();
  const results: BenchResults = { date: new Date().toISOString(), machine, options, totalMs: 0 };

  if (!options.skipPipeline) results.corpus = await runCorpusBench(REPO_ROOT, corpusDir, options);
  if (!options.skipGraph) results.graph = await runGraphBench(REPO_ROOT, options);
  if (!options.skipExplorer) results.explorer = await runExplorerBench();
  const smallest = results.corpus?.files[0];
  const profile = options.profile && smallest
    ? await profilePipeline(REPO_ROOT, smallest.path, options.outDir, options.timeoutS * 1000)
    : undefined;
  results.totalMs = performance.now() - started;

  const sections = [machineReport(machine)];
  if (results.corpus) sections.push(corpusReport(results.corpus));
  if (results.graph) sections.push(graphReport(results.graph));
  if (results.explorer) sections.push(explorerReport(results.explorer));
  if (profile) sections.push(profile);
  sections.push(`Total ${(results.totalMs / 1000).toFixed(0)} s. Results: ${join(options.outDir, 'results.json')}`);
  console.log(`\n${sections.join('\n\n')}`);
  writeFileSync(join(options.outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
}

await main();
