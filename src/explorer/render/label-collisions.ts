/**
 * Labels that give way by size: Sigma picks the labels to draw per grid cell, so two labels from
 * neighbouring cells can still overlap ("Goldman Sachs" over "LinkedIn"). As Sigma's
 * `defaultDrawNodeLabel`, this collects a frame's labels, then (once the frame's loop is over, in
 * a microtask, before the browser paints) draws them biggest node first, leaving out any label
 * that would overlap one already drawn. A forced label (the selection, the hover) comes first.
 * The PNG export renders through a temporary Sigma with the same settings, so it calls
 * `flushLabels` before copying the canvases.
 */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { drawDiscNodeLabel } from 'sigma/rendering';
import { placeLabels, type LabelBox } from './label-placement';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Sigma calls it with its own typed settings
type AnySettings = Settings<any, any, any>;

/** Per labels canvas, the frame's labels by node: a second render before the flush replaces the first's. */
const pending = new Map<CanvasRenderingContext2D, Map<string, { data: LabelData; settings: AnySettings }>>();
/** Per labels canvas, the nodes whose label the last frame drew (a test hook). */
const drawn = new WeakMap<CanvasRenderingContext2D, string[]>();

export function drawLabelGivingWay(context: CanvasRenderingContext2D, data: LabelData, settings: AnySettings): void {
  if (!data.label) return;
  let frame = pending.get(context);
  if (!frame) {
    frame = new Map();
    pending.set(context, frame);
    queueMicrotask(() => flushLabels(context));
  }
  frame.set(data.key ?? data.label, { data: { ...data }, settings });
}

/** Draws the labels collected for `context` (all pending contexts when none is given). */
export function flushLabels(context?: CanvasRenderingContext2D): void {
  for (const target of context ? [context] : [...pending.keys()]) {
    const entries = pending.get(target);
    pending.delete(target);
    if (!entries) continue;
    const frame = [...entries.values()];
    const boxes: LabelBox[] = frame.map(({ data, settings }, index) => {
      target.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const width = target.measureText(data.label!).width;
      const left = data.x + data.size + 3;
      return { index, key: data.key ?? data.label!, size: data.size, forced: data.forceLabel === true, left: left - 2, right: left + width + 2, top: data.y - settings.labelSize / 2 - 2, bottom: data.y + settings.labelSize / 2 + 2 };
    });
    const keys: string[] = [];
    for (const box of placeLabels(boxes)) {
      const { data, settings } = frame[box.index]!;
      drawDiscNodeLabel(target, data, settings);
      keys.push(box.key);
    }
    drawn.set(target, keys);
  }
}

export function drawnLabels(context: CanvasRenderingContext2D): readonly string[] {
  return drawn.get(context) ?? [];
}
