/** The benchmark's printed report: what was measured, as tables a reader can scan. */
import { loadavg } from 'node:os';
import type { CorpusBenchResult } from './corpus-bench';
import type { GraphBenchResult } from './graph-bench';
import type { MachineInfo } from './machine';
import { fmt, formatTable } from './table';

function mb(bytes: number): string {
  return fmt(bytes / 1e6, 1);
}

function seconds(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : fmt(ms / 1000, 1);
}

function times(ratio: number | undefined): string | undefined {
  return ratio === undefined ? undefined : `${fmt(ratio, 1)}×`;
}

export function corpusReport(result: CorpusBenchResult): string {
  const runs = result.pipeline;
  const lines: string[] = [];
  lines.push(`Pipeline: "kg build" end to end (process start, reading, extraction, graph, ForceAtlas2, GEXF + JSON written)`);
  lines.push(`on a corpus generated from data/articles (names from the ${result.namesFrom}; cached in ${result.corpusDir}).`);
  lines.push(
    formatTable(
      ['size', 'articles', 'words', 'workers', 'texts', 'wall s', 'CPU s', 'words/s', 'MB/s', 'peak RSS MB', 'entities', 'relations', 'note'],
      runs.map((run) => [
        `${fmt(run.sizeMb)} MB`,
        run.articles,
        run.words,
        run.workers,
        run.noText ? 'no' : 'yes',
        seconds(run.wallMs),
        seconds(run.cpuMs),
        run.wordsPerSec,
        run.mbPerSec === undefined ? undefined : fmt(run.mbPerSec, 2),
        run.peakRssMb,
        run.counts?.entities,
        run.counts?.relations,
        run.status === 'ok' ? '' : `${run.status}: ${run.note ?? ''}`,
      ]),
    ),
  );
  const bare = result.bareParse;
  lines.push('');
  lines.push(
    'Against compromise\'s bare full parse, nlp(text) per article, one core, own process' +
      (bare.peakRssMb === undefined ? '' : ` (peak RSS ${fmt(bare.peakRssMb)} MB)`) +
      (bare.error ? `. FAILED: ${bare.error}` : '') +
      ':',
  );
  lines.push(
    formatTable(
      ['size', 'workers', 'bare parse on', 'bare words/s', 'pipeline words/s', 'ratio', 'bare words/CPU-s', 'pipeline words/CPU-s', 'ratio (CPU)'],
      runs.filter((run) => run.status !== 'skipped').map((run) => [
        `${fmt(run.sizeMb)} MB`,
        run.workers,
        run.reference ? (run.reference.sampleMb >= run.sizeMb ? 'all of it' : `first ${fmt(run.reference.sampleMb, 1)} MB`) : undefined,
        run.reference?.wordsPerSec,
        run.wordsPerSec,
        times(run.ratio),
        run.reference?.wordsPerCpuSec,
        run.wordsPerCpuSec,
        times(run.cpuRatio),
      ]),
    ),
  );
  lines.push(
    'ratio = pipeline words/s (end to end) ÷ bare parse words/s (parse calls only). ratio (CPU) compares CPU time\n' +
      'instead: the work done, which other load on the machine barely changes (with 2 workers it shows cost, not speed-up).',
  );
  return lines.join('\n');
}

export function graphReport(result: GraphBenchResult): string {
  if (result.error) return `Graph stages FAILED: ${result.error}`;
  const lines = [
    'Graph stages on synthetic graphs (src/pipeline/graph/synthetic-graph.ts), one process:',
    formatTable(
      ['nodes', 'edges', 'build ms', 'FA2 iterations', 'Barnes-Hut', 'FA2 ms', `FA2 ms at CLI's iterations`, 'GEXF ms', 'GEXF MB', 'JSON ms', 'JSON MB'],
      result.stages.map((s) => [
        s.nodes,
        s.edges,
        s.buildMs,
        s.layoutIterations,
        s.barnesHut ? 'on' : 'off',
        s.layoutMs,
        `${fmt(s.projectedCliLayoutMs)} (${s.cliIterations} it)`,
        s.gexfMs,
        mb(s.gexfBytes),
        s.jsonMs,
        mb(s.jsonBytes),
      ]),
    ),
  ];
  if (result.peakRssMb !== undefined) lines.push(`Peak RSS of the graph-stage process: ${fmt(result.peakRssMb)} MB.`);
  const check = result.gexfCheck;
  if (check) {
    lines.push(`check-gexf -q on the ${fmt(check.nodes)}-node GEXF: ${check.result.toUpperCase()}${check.detail ? ` (${check.detail.replace(/\n/g, '; ')})` : ''}`);
  }
  return lines.join('\n');
}

export function machineReport(machine: MachineInfo): string {
  const lines = [
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${fmt(machine.memoryGb, 0)} GB RAM, Node ${machine.node}; peak RSS from ${machine.rssSource}.`,
  ];
  const loadAtEnd = loadavg()[0] ?? 0;
  if (Math.max(machine.loadAtStart, loadAtEnd) > machine.cores) {
    lines.push(
      `Warning: the machine was busy with other work (load average ${fmt(machine.loadAtStart, 1)} at the start, ` +
        `${fmt(loadAtEnd, 1)} at the end, on ${machine.cores} cores): wall-time figures are pessimistic; the CPU columns hold up better.`,
    );
  }
  return lines.join('\n');
}
