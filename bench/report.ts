/** The benchmark's printed report: what was measured, as tables a reader can scan. */
import type { CorpusBenchResult, PipelineResult } from './corpus-bench';
import type { GraphBenchResult } from './graph-bench';
import type { MachineInfo } from './machine';
import { fmt, formatTable } from './table';

function mb(bytes: number): string {
  return fmt(bytes / 1e6, 1);
}

function entitiesCell(run: PipelineResult): string | undefined {
  return run.counts ? fmt(run.counts.entities) : undefined;
}

export function corpusReport(result: CorpusBenchResult): string {
  const lines: string[] = [];
  lines.push(`Corpus: generated from data/articles, names from the ${result.namesFrom}, in ${result.corpusDir}`);
  lines.push(
    formatTable(
      ['size', 'articles', 'words', 'workers', 'texts', 'wall s', 'words/s', 'MB/s', 'peak RSS MB', 'entities', 'relations', 'bare parse on', 'bare words/s', 'ratio', 'note'],
      result.pipeline.map((run) => [
        `${fmt(run.sizeMb)} MB`,
        run.articles,
        run.words,
        run.workers,
        run.noText ? 'no' : 'yes',
        run.wallMs === undefined ? undefined : fmt(run.wallMs / 1000, 1),
        run.wordsPerSec,
        run.mbPerSec === undefined ? undefined : fmt(run.mbPerSec, 2),
        run.peakRssMb,
        entitiesCell(run),
        run.counts?.relations,
        run.reference ? (run.reference.sampleMb >= run.sizeMb ? 'all' : `first ${fmt(run.reference.sampleMb, 1)} MB`) : undefined,
        run.reference?.wordsPerSec,
        run.ratio === undefined ? undefined : `${fmt(run.ratio, 1)}×`,
        run.status === 'ok' ? '' : `${run.status}: ${run.note ?? ''}`,
      ]),
    ),
  );
  const bare = result.bareParse;
  lines.push('');
  lines.push(
    'Reference: compromise nlp(text) per article, one core, in its own process; words/s counts parse time only' +
      (bare.peakRssMb === undefined ? '' : `; peak RSS ${fmt(bare.peakRssMb)} MB`) +
      (bare.error ? `; FAILED: ${bare.error}` : '') +
      '.',
  );
  lines.push('Pipeline: "kg build" end to end (process start, reading, extraction, graph, ForceAtlas2, GEXF + JSON written).');
  return lines.join('\n');
}

export function graphReport(result: GraphBenchResult): string {
  if (result.error) return `Graph stages FAILED: ${result.error}`;
  const lines = [
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
    lines.push(`check-gexf -q on the ${fmt(check.nodes)}-node GEXF: ${check.result.toUpperCase()}${check.detail ? `\n${check.detail}` : ''}`);
  }
  return lines.join('\n');
}

export function machineReport(machine: MachineInfo): string {
  return `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${fmt(machine.memoryGb, 0)} GB RAM, Node ${machine.node}, peak RSS from ${machine.rssSource}.`;
}
