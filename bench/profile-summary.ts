/**
 * Summarises a V8 CPU profile (from `node --cpu-prof`): where the time went, by function
 * (self time) and by source file. Used to find the pipeline's hot spots:
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof --import tsx src/cli/kg.ts build <corpus> --gexf x.gexf --workers 1 --quiet
 *   npx tsx bench/profile-summary.ts bench/out/prof/<file>.cpuprofile [top N]
 *
 * or `npm run bench -- --profile`, which does both on the smallest corpus.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './table';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** "node_modules/compromise/src/..." or "src/pipeline/..." rather than a file:// URL. */
function shortFile(url: string): string {
  if (url === '') return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules + 'node_modules/'.length);
  const inRepo = path.search(/\/(src|bench|test)\//);
  return inRepo >= 0 ? path.slice(inRepo + 1) : path;
}

export function summarise(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = shortFile(frame.url);
    // Regex frames are named after the whole pattern: keep the start.
    const fn = (frame.functionName || '(anonymous)').slice(0, 80);
    const name = `${fn}  ${file}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const rows = (map: Map<string, number>): (string | number)[][] =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => [Math.round(ms), `${((ms / totalMs) * 100).toFixed(1)}%`, name]);
  return [
    `Profile: ${Math.round(totalMs)} ms in all.`,
    '',
    'Self time by function:',
    formatTable(['ms', 'share', 'function  file:line'], rows(byFunction)),
    '',
    'Self time by file:',
    formatTable(['ms', 'share', 'file'], rows(byFile)),
  ].join('\n');
}

export function summariseFile(path: string, top: number): string {
  return summarise(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, top);
}

// Run directly: summarise the file named on the command line.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [path, topArg] = process.argv.slice(2);
  if (!path) {
    console.error('usage: profile-summary.ts <file.cpuprofile> [top N]');
    process.exit(2);
  }
  console.log(summariseFile(path, Number(topArg ?? 25)));
}
