/**
 * `npm run bench -- --profile`: runs "kg build" once more on the smallest corpus, one worker,
 * under V8's CPU profiler, and summarises where the time went (the pipeline's hot spots).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorLine, runMeasured } from './measure';
import { kgCommand } from './pipeline';
import { summariseFile } from './profile-summary';

const TOP_ROWS = 20;

export async function profilePipeline(repoRoot: string, corpusPath: string, outDir: string, timeoutMs: number): Promise<string> {
  const profileDir = join(outDir, 'prof');
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const kg = kgCommand(repoRoot);
  const args = ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...kg.args, 'build', corpusPath, '--gexf', join(profileDir, 'graph.gexf'), '--workers', '1', '--quiet'];
  process.stderr.write(`[bench] profiling kg build on ${corpusPath}, 1 worker…\n`);
  const run = await runMeasured(kg.command, args, { cwd: repoRoot, timeoutMs });
  if (run.exitCode !== 0) return `Profile FAILED: ${errorLine(run.stderr)}`;
  // One profile per thread; the main thread's (the first, thread 0) holds the pipeline.
  const profiles = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).sort();
  const main = profiles.find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) ?? profiles[0];
  if (!main) return 'Profile FAILED: no .cpuprofile written';
  return `CPU profile of kg build (main thread, ${join(profileDir, main)}):\n${summariseFile(join(profileDir, main), TOP_ROWS)}`;
}
