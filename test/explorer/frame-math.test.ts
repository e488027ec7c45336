import { describe, expect, it } from 'vitest';
import { cameraToFit, freeRect, type ViewportMapping } from '../../src/explorer/render/frame-math';

const box = { left: 0, top: 0, right: 1000, bottom: 600 };

describe('the free part of the graph', () => {
  it('leaves out the side panel on the right and the legend in the bottom-left corner', () => {
    const panel = { left: 640, top: 0, right: 1000, bottom: 600 };
    const legend = { left: 12, top: 420, right: 252, bottom: 588 };
    // Below the legend's top edge is cut (640 x 420) rather than its width (388 x 600).
    expect(freeRect(box, [legend, panel])).toEqual({ left: 0, top: 0, right: 640, bottom: 420 });
  });

  it('is the whole box when nothing lies over it', () => {
    expect(freeRect(box, [{ left: 2000, top: 0, right: 2100, bottom: 50 }])).toEqual(box);
  });
});

describe('the camera that frames points', () => {
  // A Sigma-like mapping: 600 px per framed unit, y pointing up, origin at the box's centre.
  const mapping: ViewportMapping = { origin: { x: 500, y: 300 }, scale: { x: 600, y: -600 } };
  const project = (point: { x: number; y: number }, camera: { x: number; y: number; ratio: number }) => ({
    x: mapping.origin.x + ((point.x - camera.x) * mapping.scale.x) / camera.ratio,
    y: mapping.origin.y + ((point.y - camera.y) * mapping.scale.y) / camera.ratio,
  });

  it('puts every point inside the free part, margin included, and fills it', () => {
    const points = [{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 0.3, y: 0.8 }];
    const free = { left: 0, top: 0, right: 640, bottom: 420 };
    const camera = cameraToFit(points, free, mapping, 30, 0.01, 10)!;
    const drawn = points.map((point) => project(point, camera));
    for (const point of drawn) {
      expect(point.x).toBeGreaterThanOrEqual(free.left + 30 - 1e-9);
      expect(point.x).toBeLessThanOrEqual(free.right - 30 + 1e-9);
      expect(point.y).toBeGreaterThanOrEqual(free.top + 30 - 1e-9);
      expect(point.y).toBeLessThanOrEqual(free.bottom - 30 + 1e-9);
    }
    // The tighter side (the height) is filled edge to edge.
    const ys = drawn.map((point) => point.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(420 - 60, 6);
  });

  it('does not zoom in beyond the smallest ratio on a single point', () => {
    const camera = cameraToFit([{ x: 0.5, y: 0.5 }], box, mapping, 0, 0.4, 10)!;
    expect(camera.ratio).toBe(0.4);
    expect(project({ x: 0.5, y: 0.5 }, camera)).toEqual({ x: 500, y: 300 });
  });

  it('frames nothing when there is nothing to frame', () => {
    expect(cameraToFit([], box, mapping, 0, 0.1, 10)).toBeNull();
  });
});
