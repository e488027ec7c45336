/**
 * Times the graph stages of the pipeline on synthetic graphs: building the graph from
 * extraction records, ForceAtlas2 (a fixed number of iterations, Barnes–Hut from
 * BARNES_HUT_FROM nodes, as the CLI does), GEXF export and JSON export (streamed to disk
 * with the CLI's own writer). Run as a child:
 *
 *   node --import tsx bench/graph-stages.ts <node counts,...> <fa2 iterations> <out dir>
 *
 * Writes synthetic-<n>.gexf / .json into the out dir and prints one JSON line: a
 * GraphStageResult per size.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { writeOutputsTogether } from '../src/cli/output-files';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { BARNES_HUT_FROM, defaultIterations, layoutGraph } from '../src/pipeline/graph/layout';
import { syntheticRecords } from '../src/pipeline/graph/synthetic-graph';
import { gexfChunks } from '../src/pipeline/export/gexf';
import { jsonChunks } from '../src/pipeline/export/json';

export interface GraphStageResult {
  nodes: number;
  edges: number;
  buildMs: number;
  layoutMs: number;
  layoutIterations: number;
  barnesHut: boolean;
  /** The CLI's own iteration count for this many nodes (defaultIterations), and the layout time projected to it. */
  cliIterations: number;
  projectedCliLayoutMs: number;
  gexfMs: number;
  gexfBytes: number;
  gexfPath: string;
  jsonMs: number;
  jsonBytes: number;
}

/** Above BARNES_HUT_FROM, so that the warm-up compiles the Barnes–Hut code path too. */
const WARM_UP_NODES = 400;

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

async function timedAsync(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function measure(nodeCount: number, iterations: number, outDir: string): Promise<GraphStageResult> {
  const records = syntheticRecords(nodeCount);
  const [graph, buildMs] = timed(() => buildGraph(records, { keepText: false }));
  const [, layoutMs] = timed(() => layoutGraph(graph, { iterations }));
  const cliIterations = defaultIterations(graph.order);
  const gexfPath = join(outDir, `synthetic-${nodeCount}.gexf`);
  const jsonPath = join(outDir, `synthetic-${nodeCount}.json`);
  const gexfMs = await timedAsync(() => writeOutputsTogether([{ path: gexfPath, sections: [{ chunks: gexfChunks(graph) }] }]));
  const jsonMs = await timedAsync(() => writeOutputsTogether([{ path: jsonPath, sections: [{ chunks: jsonChunks(graph) }] }]));
  const gexfBytes = statSync(gexfPath).size;
  const jsonBytes = statSync(jsonPath).size;
  return {
    nodes: graph.order,
    edges: graph.size,
    buildMs,
    layoutMs,
    layoutIterations: iterations,
    barnesHut: graph.order >= BARNES_HUT_FROM,
    cliIterations,
    projectedCliLayoutMs: (layoutMs / iterations) * cliIterations,
    gexfMs,
    gexfBytes,
    gexfPath,
    jsonMs,
    jsonBytes,
  };
}

const [sizesArg, iterationsArg, outDir] = process.argv.slice(2);
if (!sizesArg || !iterationsArg || !outDir) {
  console.error('usage: graph-stages.ts <node counts,...> <fa2 iterations> <out dir>');
  process.exit(2);
}
// Warm-up, untimed: otherwise the first (smallest) row would mostly time JIT compilation.
await measure(WARM_UP_NODES, 5, outDir);
const results: GraphStageResult[] = [];
for (const n of sizesArg.split(',')) results.push(await measure(Number(n), Number(iterationsArg), outDir));
process.stdout.write(JSON.stringify(results) + '\n');
