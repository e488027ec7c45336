import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { fnv1a } from '../graph/layout';

/**
 * Positions for files that other tools draw. Gephi and Gephi Lite read `viz:size` in the units
 * of `viz:position`, so ForceAtlas2's positions with the explorer's sizes draw discs on top of
 * each other. The export spreads the layout uniformly until the discs have room (the explorer,
 * which fits positions to the screen, looks the same), then pushes apart the pairs that still
 * overlap, each by half the overlap along the line between them, a few rounds over a grid.
 * (graphology-layout-noverlap does the same job but took 63 s for 10,000 nodes here, and
 * separates coincident nodes with Math.random.) A layout without overlaps is written
 * unchanged, so reading a file back and writing it again gives the same file.
 */

export interface Point {
  x: number;
  y: number;
}

/** How much room the discs get: the layout's area over the discs' area, at least. */
const ROOM = 4;
/** Spread the layout further while more than this share of nodes overlaps another, up to MAX_SCALE. */
const SPREAD_UNTIL = 0.02;
const MAX_SCALE = 256;
/** Gap left between discs pushed apart, in position units. */
const MARGIN = 0.5;
const MAX_ROUNDS = 100;
/** Overlaps smaller than this (rounding of written positions) do not count. */
const TOLERANCE = 1e-3;

/** The positions to write for every node, without overlapping discs where that can be reached. */
export function positionsWithoutOverlap(graph: KnowledgeGraph): Map<string, Point> {
  const keys = graph.nodes();
  const discs = keys.map((key) => disc(graph.getNodeAttributes(key)));
  const positions = new Map<string, Point>();
  if (overlappingPairs(discs) === 0) {
    keys.forEach((key, i) => positions.set(key, { x: discs[i]!.x, y: discs[i]!.y }));
    return positions;
  }
  // Clusters are denser than the whole: spread further while many discs still touch.
  let scale = roomScale(discs);
  let spread = scaled(keys, discs, scale);
  while (overlappingPairs(spread) > SPREAD_UNTIL * discs.length && scale < MAX_SCALE) {
    scale *= 1.5;
    spread = scaled(keys, discs, scale);
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pairs = pushApart(spread);
    if (pairs === 0) break;
  }
  keys.forEach((key, i) => positions.set(key, { x: round3(spread[i]!.x), y: round3(spread[i]!.y) }));
  return positions;
}

export interface Disc extends Point {
  r: number;
}

function disc(attributes: { x?: number; y?: number; size?: number }): Disc {
  const finite = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) ? v : 0);
  return { x: finite(attributes.x), y: finite(attributes.y), r: Math.max(0, finite(attributes.size)) };
}

/**
 * Calls `visit` for every pair of discs that overlap (distance between centres < sum of radii),
 * found on a grid whose cells are as wide as the largest disc, so that only neighbouring cells
 * are compared. Pairs come in a fixed order: index, then neighbour.
 */
function forEachOverlap(discs: readonly Disc[], visit: (a: Disc, b: Disc, distance: number) => void): void {
  const maxR = discs.reduce((m, d) => Math.max(m, d.r), 0);
  if (discs.length < 2 || maxR === 0) return;
  const cell = 2 * maxR;
  // Cells keyed by one number: column * 2^21 + row (layouts stay far inside ±2^20 cells).
  const key = (cx: number, cy: number): number => cx * 2_097_152 + cy;
  const grid = new Map<number, number[]>();
  discs.forEach((d, i) => {
    const k = key(Math.floor(d.x / cell), Math.floor(d.y / cell));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  });
  discs.forEach((a, i) => {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(key(cx + dx, cy + dy)) ?? []) {
          if (j <= i) continue;
          const b = discs[j]!;
          const distance = Math.hypot(a.x - b.x, a.y - b.y);
          if (distance < a.r + b.r - TOLERANCE) visit(a, b, distance);
        }
      }
    }
  });
}

/** How many pairs of discs overlap. */
export function overlappingPairs(discs: readonly Disc[]): number {
  let pairs = 0;
  forEachOverlap(discs, () => pairs++);
  return pairs;
}

/** One round: every overlapping pair moves apart, each disc by half the overlap (plus the margin). Returns the pairs seen. */
function pushApart(discs: Disc[]): number {
  const moves: [Disc, number, number][] = [];
  forEachOverlap(discs, (a, b, distance) => {
    const push = (a.r + b.r + MARGIN - distance) / 2;
    // Coincident centres were nudged apart by key (apart()), so the direction is defined.
    const ux = distance > 0 ? (b.x - a.x) / distance : 1;
    const uy = distance > 0 ? (b.y - a.y) / distance : 0;
    moves.push([a, -ux * push, -uy * push], [b, ux * push, uy * push]);
  });
  for (const [d, dx, dy] of moves) {
    d.x += dx;
    d.y += dy;
  }
  return moves.length / 2;
}

/** The factor (≥ 1) that gives the layout ROOM times the discs' total area. */
function roomScale(discs: readonly Disc[]): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let area = 0;
  for (const d of discs) {
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
    area += Math.PI * d.r * d.r;
  }
  const box = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
  return Math.max(1, Math.sqrt((ROOM * area) / box));
}

function scaled(keys: readonly string[], discs: readonly Disc[], scale: number): Disc[] {
  return discs.map((d, i) => ({ ...apart(keys[i]!, d, scale), r: d.r }));
}

/**
 * The scaled position, nudged by a tiny fixed amount derived from the key, so that two nodes on
 * the very same spot have a direction to move apart in, the same in every run.
 */
function apart(key: string, d: Disc, scale: number): Point {
  const angle = (fnv1a(key) / 0x100000000) * 2 * Math.PI;
  return { x: d.x * scale + 1e-3 * Math.cos(angle), y: d.y * scale + 1e-3 * Math.sin(angle) };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
