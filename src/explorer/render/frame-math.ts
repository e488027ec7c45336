/**
 * The geometry of framing, pure so it is unit-tested in Node: the largest part of the graph's box
 * that no panel covers, and the camera that puts a set of points inside it.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function area(rect: Rect): number {
  return Math.max(0, rect.right - rect.left) * Math.max(0, rect.bottom - rect.top);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The free part of `box` once each obstacle is cut away: per obstacle, the largest of the four
 * rectangles left of, right of, above or below it. Panels along a side (the side panel, the
 * legend in a corner) then cost only the band they stand in.
 */
export function freeRect(box: Rect, obstacles: readonly Rect[]): Rect {
  let free = box;
  // The biggest first: the side panel decides before the legend does.
  for (const obstacle of [...obstacles].sort((a, b) => area(b) - area(a))) {
    if (!overlaps(free, obstacle)) continue;
    const candidates: Rect[] = [
      { ...free, right: Math.min(free.right, obstacle.left) },
      { ...free, left: Math.max(free.left, obstacle.right) },
      { ...free, bottom: Math.min(free.bottom, obstacle.top) },
      { ...free, top: Math.max(free.top, obstacle.bottom) },
    ];
    free = candidates.reduce((best, candidate) => (area(candidate) > area(best) ? candidate : best));
  }
  return free;
}

/**
 * How Sigma maps a framed-graph point p to the viewport for a camera (x, y, ratio) at angle 0:
 * `origin + (p - camera) * scale / ratio`, per axis (scale.y is negative: the graph's y points up).
 */
export interface ViewportMapping {
  origin: { x: number; y: number };
  scale: { x: number; y: number };
}

export interface CameraTarget {
  x: number;
  y: number;
  ratio: number;
}

/**
 * The camera that shows every point inside `free`, `margin` pixels from its edges, as large as
 * fits; the ratio kept within [minRatio, maxRatio] (a single point is not zoomed in without end).
 */
export function cameraToFit(points: readonly { x: number; y: number }[], free: Rect, mapping: ViewportMapping, margin: number, minRatio: number, maxRatio: number): CameraTarget | null {
  if (points.length === 0) return null;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.max(1, free.right - free.left - 2 * margin);
  const height = Math.max(1, free.bottom - free.top - 2 * margin);
  const needed = Math.max(((maxX - minX) * Math.abs(mapping.scale.x)) / width, ((maxY - minY) * Math.abs(mapping.scale.y)) / height);
  const ratio = Math.min(maxRatio, Math.max(minRatio, needed));
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const target = { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
  // origin + (centre - camera) * scale / ratio = target  ⇒  camera = centre - (target - origin) * ratio / scale
  return {
    x: centre.x - ((target.x - mapping.origin.x) * ratio) / mapping.scale.x,
    y: centre.y - ((target.y - mapping.origin.y) * ratio) / mapping.scale.y,
    ratio,
  };
}
