/**
 * Times the graph stages of the pipeline on synthetic graphs: building the graph from
 * extraction records, ForceAtlas2 (a fixed number of iterations, Barnes–Hut from
 * BARNES_HUT_FROM nodes, as the CLI does), GEXF export and JSON export. Run as a child:
 *
 *   node --import tsx bench/graph-stages.ts <node counts,...> <fa2 iterations> <out dir>
 *
 * Writes synthetic-<n>.gexf / .json into the out dir and prints one JSON line: a
 * GraphStageResult per size.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { BARNES_HUT_FROM, DEFAULT_ITERATIONS, layoutGraph } from '../src/pipeline/graph/layout';
import { syntheticRecords } from '../src/pipeline/graph/synthetic-graph';
import { toGexf } from '../src/pipeline/export/gexf';
import { toJSON } from '../src/pipeline/export/json';

export interface GraphStageResult {
  nodes: number;
  edges: number;
  buildMs: number;
  layoutMs: number;
  layoutIterations: number;
  barnesHut: boolean;
  /** The CLI's own iteration count, and the layout time projected to it. */
  cliIterations: number;
  projectedCliLayoutMs: number;
  gexfMs: number;
  gexfBytes: number;
  gexfPath: string;
  jsonMs: number;
  jsonBytes: number;
}

const WARM_UP_NODES = 200;

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

function measure(nodeCount: number, iterations: number, outDir: string): GraphStageResult {
  const records = syntheticRecords(nodeCount);
  const [graph, buildMs] = timed(() => buildGraph(records, { keepText: false }));
  const [, layoutMs] = timed(() => layoutGraph(graph, { iterations }));
  const gexfPath = join(outDir, `synthetic-${nodeCount}.gexf`);
  const [gexfBytes, gexfMs] = timed(() => {
    const xml = toGexf(graph);
    writeFileSync(gexfPath, xml);
    return Buffer.byteLength(xml);
  });
  const [jsonBytes, jsonMs] = timed(() => {
    const json = toJSON(graph);
    writeFileSync(join(outDir, `synthetic-${nodeCount}.json`), json);
    return Buffer.byteLength(json);
  });
  return {
    nodes: graph.order,
    edges: graph.size,
    buildMs,
    layoutMs,
    layoutIterations: iterations,
    barnesHut: graph.order >= BARNES_HUT_FROM,
    cliIterations: DEFAULT_ITERATIONS,
    projectedCliLayoutMs: (layoutMs / iterations) * DEFAULT_ITERATIONS,
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
measure(WARM_UP_NODES, 2, outDir);
const results = sizesArg.split(',').map((n) => measure(Number(n), Number(iterationsArg), outDir));
process.stdout.write(JSON.stringify(results) + '\n');
