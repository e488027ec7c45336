/**
 * Runs the CLI pipeline end to end on one corpus file, in a child process, exactly as a
 * user would (`kg build <corpus> --gexf ... --json ... --workers N --quiet`), and reads
 * back how many entities and relations it found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildRun } from './measure';
import { errorLine, runMeasured } from './measure';

export interface PipelineRunSpec {
  repoRoot: string;
  corpusPath: string;
  workers: number;
  /** Pass --no-text: article texts left out of the graph (the large sizes). */
  noText: boolean;
  outDir: string;
  timeoutMs: number;
}

export interface GraphCounts {
  entities: number;
  relations: number;
  entitiesByType: Record<string, number>;
}

export interface PipelineRun {
  run: ChildRun;
  counts?: GraphCounts;
  /** One line saying why the run failed, when it did. */
  error?: string;
  gexfBytes?: number;
}

/** Above this size the harness does not parse the JSON export (it would only be a fallback). */
const MAX_JSON_TO_PARSE = 300_000_000;

/**
 * `node [flags] src/cli/launch.mjs`, as `npm run kg` runs it (its Node flags read from
 * package.json's kg script, so the bench times what users run): the bundled CLI in one process
 * (no npm), so peak RSS is the pipeline's own.
 */
export function kgCommand(repoRoot: string): { command: string; args: string[] } {
  return { command: process.execPath, args: [...kgNodeFlags(repoRoot), join(repoRoot, 'src/cli/launch.mjs')] };
}

/** The Node flags of package.json's kg script ("node --v8-pool-size=1 --no-regexp-tier-up … src/cli/launch.mjs" → ["--v8-pool-size=1", "--no-regexp-tier-up", …]). */
export function kgNodeFlags(repoRoot: string): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (manifest.scripts?.kg ?? '').trim().split(/\s+/);
  const launcher = words.indexOf('src/cli/launch.mjs');
  if (words[0] !== 'node' || launcher < 0) throw new Error(`package.json's kg script is not "node [flags] src/cli/launch.mjs": '${manifest.scripts?.kg ?? ''}'`);
  return words.slice(1, launcher);
}

/** Builds the CLI bundle if the sources changed, so that no timed run pays for the build. */
export function prepareKg(repoRoot: string): void {
  const kg = kgCommand(repoRoot);
  const run = spawnSync(kg.command, [...kg.args, '--help'], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`could not start kg (${run.signal ? `signal ${run.signal}` : `exit ${String(run.status)}`}): ${run.error?.message ?? errorLine(run.stderr ?? '')}`);
}

export async function runPipeline(spec: PipelineRunSpec): Promise<PipelineRun> {
  const name = `${spec.corpusPath.replace(/^.*\//, '').replace(/\.jsonl$/, '')}-w${spec.workers}${spec.noText ? '-notext' : ''}`;
  const gexf = join(spec.outDir, `${name}.gexf`);
  const json = join(spec.outDir, `${name}.json`);
  const kg = kgCommand(spec.repoRoot);
  const args = [...kg.args, 'build', spec.corpusPath, '--gexf', gexf, '--json', json, '--workers', String(spec.workers), '--quiet'];
  if (spec.noText) args.push('--no-text');
  const run = await runMeasured(kg.command, args, { cwd: spec.repoRoot, timeoutMs: spec.timeoutMs });
  if (run.timedOut) return { run, error: `timed out after ${Math.round(spec.timeoutMs / 1000)} s` };
  if (run.exitCode !== 0) return { run, error: `exit ${String(run.exitCode)}: ${errorLine(run.stderr) || errorLine(run.stdout)}` };
  // The summary is exact and cheap; the JSON export is the fallback if its wording changes.
  const counts = countsFromSummary(run.stdout) ?? countsFromJson(json);
  return {
    run,
    counts,
    error: counts ? undefined : 'could not read entity and relation counts',
    gexfBytes: existsSync(gexf) ? statSync(gexf).size : undefined,
  };
}

interface SerializedGraph {
  nodes?: { attributes?: { type?: string } }[];
  edges?: unknown[];
}

/** Counts nodes and edges of the JSON export (graphology's serialized form, maybe wrapped). */
export function countsFromJson(path: string): GraphCounts | undefined {
  if (!existsSync(path) || statSync(path).size > MAX_JSON_TO_PARSE) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const graph = findSerializedGraph(data);
  if (!graph?.nodes || !graph.edges) return undefined;
  const entitiesByType: Record<string, number> = {};
  for (const node of graph.nodes) {
    const type = node.attributes?.type ?? 'unknown';
    entitiesByType[type] = (entitiesByType[type] ?? 0) + 1;
  }
  return { entities: graph.nodes.length, relations: graph.edges.length, entitiesByType };
}

/** The object holding `nodes` and `edges` arrays: the top level, or one level down (`{graph: ...}`). */
function findSerializedGraph(data: unknown): SerializedGraph | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.nodes) && Array.isArray(record.edges)) return record as SerializedGraph;
  for (const value of Object.values(record)) {
    if (typeof value === 'object' && value !== null) {
      const inner = value as Record<string, unknown>;
      if (Array.isArray(inner.nodes) && Array.isArray(inner.edges)) return inner as SerializedGraph;
    }
  }
  return undefined;
}

/**
 * Reads the counts from the CLI summary on stdout:
 *   entities: 123
 *     company: 80
 *     ...
 *   relations: 45
 */
export function countsFromSummary(summary: string): GraphCounts | undefined {
  const entities = /^entities:\s*(\d+)/m.exec(summary);
  const relations = /^relations:\s*(\d+)/m.exec(summary);
  if (!entities || !relations) return undefined;
  const entitiesByType: Record<string, number> = {};
  const section = summary.slice(entities.index).split('\n').slice(1);
  for (const line of section) {
    const match = /^\s+([\w-]+):\s*(\d+)$/.exec(line);
    if (!match) break;
    entitiesByType[match[1] as string] = Number(match[2]);
  }
  return { entities: Number(entities[1]), relations: Number(relations[1]), entitiesByType };
}
