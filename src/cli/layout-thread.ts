import { Worker } from 'node:worker_threads';
import { applyPositions, BARNES_HUT_FROM, layoutGraph, type LayoutInput } from '../pipeline/graph/layout';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { workerEntry } from './worker-entry';

/**
 * From this many nodes on, the layout runs on the layout thread. Below it the layout takes a few
 * tens of milliseconds and stays in this thread.
 */
export const LAYOUT_THREAD_FROM = BARNES_HUT_FROM;

/**
 * ForceAtlas2 on a thread of its own, given the graph's shape the moment its nodes and edges are
 * final (GraphDraft's `onShaped`, before the graph is built), so that the layout runs while this
 * thread builds the graph, marks conflicts, computes metrics and styles, and writes what holds no
 * position. The thread is started with the run, so
 * that loading it costs no time at the end. Same positions as layoutGraph: both run
 * computePositions on the same input. Measured on the 10 MB bench corpus (2,190 nodes, one
 * extraction worker): the 1.6 s after extraction became 1.25 s. The layout itself takes 1.0 s
 * there instead of 0.75 s, sharing the two cores with this thread.
 */
export class LayoutThread {
  private readonly worker: Worker;
  private readonly exited: Promise<Error>;
  private running: { nodes: string[]; positions: Promise<Float64Array> } | undefined;

  constructor(private readonly onNote: (message: string) => void) {
    // A small young generation: ForceAtlas2 makes short-lived arrays only, and the default one
    // added about 30 MB to the peak RSS of the bench run, for no time.
    this.worker = new Worker(workerEntry('layout-worker'), { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    // Idle, the thread must not keep the process alive (e.g. a run that reads no article).
    this.worker.unref();
    this.exited = new Promise((resolve) => {
      this.worker.once('error', resolve);
      this.worker.once('exit', (code) => resolve(new Error(`the layout thread stopped (exit code ${code})`)));
    });
  }

  /** Starts the layout of a graph whose shape is final (large graphs only; see LAYOUT_THREAD_FROM). */
  start(input: LayoutInput): void {
    if (input.nodes.length < LAYOUT_THREAD_FROM) return;
    const positions = new Promise<Float64Array>((resolve, reject) => {
      this.worker.once('message', resolve);
      void this.exited.then(reject);
    });
    positions.catch(() => undefined);
    this.worker.ref();
    this.worker.postMessage(input);
    this.running = { nodes: input.nodes, positions };
  }

  /**
   * Puts the graph's nodes in place: the thread's positions when it was given the graph, else a
   * layout here. A thread that fails costs time, not the result: the layout is redone here.
   */
  async place(graph: KnowledgeGraph): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running === undefined) {
      this.close();
      return layoutGraph(graph);
    }
    try {
      applyPositions(graph, running.nodes, await running.positions);
    } catch (error) {
      this.onNote(`layout thread failed (${error instanceof Error ? error.message : String(error)}); laying out in this thread`);
      layoutGraph(graph);
    } finally {
      this.close();
    }
  }

  close(): void {
    void this.worker.terminate();
  }
}
