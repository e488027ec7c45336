/**
 * The graph half of the benchmark: runs bench/graph-stages.ts in a child process (its memory
 * is then its own) and checks the largest GEXF it wrote with check-gexf, as Gephi-side
 * readers would read it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchOptions } from './args';
import type { GraphStageResult } from './graph-stages';
import { errorLine, runMeasured } from './measure';

export interface GexfCheck {
  file: string;
  nodes: number;
  result: 'pass' | 'fail' | 'skipped';
  detail?: string;
}

export interface GraphBenchResult {
  stages: GraphStageResult[];
  peakRssMb?: number;
  gexfCheck?: GexfCheck;
  error?: string;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** check-gexf from the shared tools (or $CHECK_GEXF); undefined when it is not on this machine. */
function findCheckGexf(repoRoot: string): string | undefined {
  const candidates = [process.env.CHECK_GEXF, resolve(repoRoot, '../shared/tools/check-gexf'), '/work/shared/tools/check-gexf'];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}

function checkGexf(repoRoot: string, file: string, nodes: number): GexfCheck {
  const tool = findCheckGexf(repoRoot);
  if (!tool) return { file, nodes, result: 'skipped', detail: 'check-gexf not found' };
  log(`check-gexf -q on the ${nodes.toLocaleString('en-US')}-node GEXF…`);
  const run = spawnSync(tool, ['-q', file], { encoding: 'utf8', timeout: 600_000 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  return {
    file,
    nodes,
    result: run.status === 0 ? 'pass' : 'fail',
    detail: output === '' ? undefined : output.split('\n').slice(-5).join('\n'),
  };
}

export async function runGraphBench(repoRoot: string, options: BenchOptions): Promise<GraphBenchResult> {
  const sizes = [...options.graphNodes].sort((a, b) => a - b);
  log(`graph stages on synthetic graphs of ${sizes.join(', ')} nodes…`);
  const run = await runMeasured(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'bench/graph-stages.ts'), sizes.join(','), String(options.fa2Iterations), options.outDir],
    { cwd: repoRoot, timeoutMs: options.timeoutS * 1000 },
  );
  if (run.exitCode !== 0) {
    const why = run.timedOut ? 'timed out' : errorLine(run.stderr) || `exit ${String(run.exitCode)}`;
    return { stages: [], peakRssMb: run.peakRssMb, error: why };
  }
  const stages = JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as GraphStageResult[];
  const largest = stages[stages.length - 1];
  const gexfCheck = largest ? checkGexf(repoRoot, largest.gexfPath, largest.nodes) : undefined;
  return { stages, peakRssMb: run.peakRssMb, gexfCheck };
}
