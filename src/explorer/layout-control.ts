/**
 * ForceAtlas2 in a web worker, with a start/stop button. The layout settles by itself: it stops
 * when nodes barely move any more, or after a time budget that grows with the graph. Nodes with
 * `fixed: true` (dragged by the user) are left where they are.
 *
 * On big graphs the worker moves the nodes of a copy of the graph, and the positions are copied
 * onto the graph on screen every two seconds: every copy costs Sigma a full redraw (most of a second
 * for 10,000 nodes in software WebGL), and one per worker iteration would leave the page no time
 * to answer the user, the Stop button included.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { hasManyNodes } from './big-graph';

export type LayoutStatus = 'running' | 'stopped';

/** Mean movement per node and check, relative to the graph's extent, under which it has settled. */
const SETTLED_MOVEMENT = 0.002;
const CHECK_EVERY_MS = 400;
/**
 * Iterations a check must span before movement is judged: on a busy machine the worker may run
 * only one or two in 400 ms, and so little movement would look settled long before it is.
 */
const MIN_ITERATIONS_PER_CHECK = 10;
const MIN_RUN_MS = 1_500;
/** Big graphs: how often the layout copy's positions reach the screen. */
const SYNC_MS = 2_000;

/**
 * On top of ForceAtlas2's inferred settings: heavily supported edges pull less (a claim found in
 * ten sentences would otherwise glue its two nodes together), and gravity keeps unconnected
 * entities near the rest instead of on the far edges of the view.
 */
const READABLE_SETTINGS = { edgeWeightInfluence: 0.5, gravity: 0.3 };

/** Time budget for one run: a few seconds, longer for big graphs. */
function runBudgetMs(order: number): number {
  return Math.min(15_000, 3_000 + order * 2);
}

export class LayoutControl {
  private layout: FA2Layout | null = null;
  private graph: KnowledgeGraph | null = null;
  /** What the worker moves: the graph itself, or (big graphs) a copy synced every SYNC_MS. */
  private worked: KnowledgeGraph | null = null;
  private syncTimer: ReturnType<typeof setInterval> | undefined;
  private settleTimer: ReturnType<typeof setInterval> | undefined;
  private lastPositions: Float64Array = new Float64Array(0);
  private startedAt = 0;
  /** Worker iterations since the last settledness check (each applies positions once). */
  private iterations = 0;
  private statusValue: LayoutStatus = 'stopped';
  private suspended = false;

  constructor(
    private readonly onStatus: (status: LayoutStatus) => void,
    /** Share of the run's time budget used so far (0–1), every check while it runs. */
    private readonly onProgress: (fraction: number) => void = () => undefined,
  ) {}

  get status(): LayoutStatus {
    return this.statusValue;
  }

  /** Binds the layout to a (new) graph; the previous worker is terminated. */
  attach(graph: KnowledgeGraph): void {
    this.stop();
    this.layout?.kill();
    this.graph = graph;
    this.worked = hasManyNodes(graph) ? graph.copy() : graph;
    // The worker's supervisor applies each iteration's positions in one update of the whole graph.
    this.worked.on('eachNodeAttributesUpdated', () => this.iterations++);
    this.layout = new FA2Layout(this.worked, {
      settings: { ...inferSettings(graph), ...READABLE_SETTINGS, barnesHutOptimize: graph.order > 1_000 },
      getEdgeWeight: 'weight',
    });
  }

  start(): void {
    if (!this.layout || !this.graph || this.graph.order === 0) return;
    this.copyPositions(this.graph, this.worked);
    this.layout.start();
    if (this.worked !== this.graph) {
      clearInterval(this.syncTimer);
      this.syncTimer = setInterval(() => this.copyPositions(this.worked, this.graph), SYNC_MS);
    }
    this.startedAt = performance.now();
    this.lastPositions = snapshotPositions(this.graph);
    this.iterations = 0;
    clearInterval(this.settleTimer);
    this.settleTimer = setInterval(() => this.stopWhenSettled(), CHECK_EVERY_MS);
    this.setStatus('running');
  }

  stop(): void {
    this.suspended = false;
    clearInterval(this.settleTimer);
    this.settleTimer = undefined;
    this.layout?.stop();
    if (this.syncTimer !== undefined) {
      clearInterval(this.syncTimer);
      this.syncTimer = undefined;
      this.copyPositions(this.worked, this.graph);
    }
    this.setStatus('stopped');
  }

  /** Positions and pins from one graph onto the other (one graph update, so one redraw), when they differ. */
  private copyPositions(from: KnowledgeGraph | null, to: KnowledgeGraph | null): void {
    if (!from || !to || from === to) return;
    to.updateEachNodeAttributes((node, attributes) => {
      const source = from.getNodeAttributes(node);
      attributes.x = source.x;
      attributes.y = source.y;
      if (source.fixed) attributes.fixed = true;
      else delete attributes.fixed;
      return attributes;
    }, { attributes: ['x', 'y', 'fixed'] });
  }

  toggle(): void {
    if (this.statusValue === 'running') this.stop();
    else this.start();
  }

  /**
   * Pauses the worker without changing the status, e.g. while a node is dragged: the worker only
   * reads positions and `fixed` flags when it starts, so it must not run during the drag.
   */
  suspend(): void {
    if (this.statusValue !== 'running') return;
    this.suspended = true;
    this.layout?.stop();
    clearInterval(this.syncTimer);
    this.copyPositions(this.worked, this.graph);
  }

  /** Resumes after `suspend`, picking up the new positions and pinned nodes. */
  resume(): void {
    if (!this.suspended) return;
    this.suspended = false;
    if (this.statusValue === 'running') {
      this.copyPositions(this.graph, this.worked);
      this.layout?.start();
      if (this.worked !== this.graph) this.syncTimer = setInterval(() => this.copyPositions(this.worked, this.graph), SYNC_MS);
    }
  }

  isRunning(): boolean {
    return this.statusValue === 'running';
  }

  kill(): void {
    this.stop();
    this.layout?.kill();
    this.layout = null;
  }

  private stopWhenSettled(): void {
    const graph = this.graph;
    if (!graph || this.suspended) return;
    const elapsed = performance.now() - this.startedAt;
    this.onProgress(Math.min(1, elapsed / runBudgetMs(graph.order)));
    if (elapsed > runBudgetMs(graph.order)) {
      this.stop();
      return;
    }
    if (this.iterations < MIN_ITERATIONS_PER_CHECK) return;
    this.iterations = 0;
    const positions = snapshotPositions(this.worked ?? graph);
    const movement = meanMovement(this.lastPositions, positions) / extent(positions);
    this.lastPositions = positions;
    if (elapsed > MIN_RUN_MS && movement < SETTLED_MOVEMENT) this.stop();
  }

  private setStatus(status: LayoutStatus): void {
    if (status === this.statusValue) return;
    this.statusValue = status;
    this.onStatus(status);
  }
}

function snapshotPositions(graph: KnowledgeGraph): Float64Array {
  const positions = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    positions[i++] = attributes.x;
    positions[i++] = attributes.y;
  });
  return positions;
}

function meanMovement(before: Float64Array, after: Float64Array): number {
  if (before.length !== after.length || after.length === 0) return Infinity;
  let total = 0;
  for (let i = 0; i < after.length; i += 2) {
    total += Math.hypot(after[i]! - before[i]!, after[i + 1]! - before[i + 1]!);
  }
  return total / (after.length / 2);
}

/** The larger side of the positions' bounding box (at least 1, so tiny graphs do not divide by 0). */
function extent(positions: Float64Array): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    const x = positions[i]!, y = positions[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Math.max(1, maxX - minX, maxY - minY);
}
