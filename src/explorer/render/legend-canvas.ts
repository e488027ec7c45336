/**
 * The legend drawn into an exported image (the page's legend is HTML over the canvas, so an image
 * of the canvas alone would lose it): a white box in the bottom-left corner with the same entries.
 */
import type { LegendEntries } from './legend';

const FONT = 'Inter, "Segoe UI", system-ui, sans-serif';

/** Draws the legend at `scale` (1 at a screen-sized image; more on a bigger one, so it stays readable). */
export function drawLegend(context: CanvasRenderingContext2D, entries: LegendEntries, canvasHeight: number, scale: number): void {
  const pad = 10 * scale;
  const line = 16 * scale;
  const swatchWidth = 14 * scale;
  const gap = 12 * scale;
  context.save();
  context.font = `${12 * scale}px ${FONT}`;
  const columns = (items: readonly { label: string }[]): { width: number; rows: number } => {
    const width = Math.max(0, ...items.map((item) => context.measureText(item.label).width)) + swatchWidth + 6 * scale;
    return { width, rows: Math.ceil(items.length / 2) };
  };
  const nodeColumns = columns(entries.nodes);
  const relationColumns = columns(entries.relations);
  const columnWidth = Math.max(nodeColumns.width, relationColumns.width);
  const width = Math.max(2 * columnWidth + gap, context.measureText(entries.note).width) + 2 * pad;
  const height = pad * 2 + line * (2 + nodeColumns.rows + relationColumns.rows + 1);
  const left = 12 * scale;
  let y = canvasHeight - 12 * scale - height;
  context.fillStyle = 'rgba(255, 255, 255, 0.94)';
  context.strokeStyle = '#e1e4e8';
  context.lineWidth = scale;
  context.fillRect(left, y, width, height);
  context.strokeRect(left, y, width, height);
  y += pad;
  const heading = (text: string): void => {
    context.fillStyle = '#616e7c';
    context.font = `600 ${11 * scale}px ${FONT}`;
    context.fillText(text.toUpperCase(), left + pad, y + line * 0.75);
    y += line;
  };
  const list = (items: LegendEntries['relations'], shape: 'dot' | 'line'): void => {
    context.font = `${12 * scale}px ${FONT}`;
    items.forEach((item, i) => {
      const x = left + pad + (i % 2) * (columnWidth + gap);
      const rowY = y + Math.floor(i / 2) * line;
      context.fillStyle = item.color;
      if (shape === 'dot') {
        context.beginPath();
        context.arc(x + swatchWidth / 2, rowY + line / 2, 5 * scale, 0, 2 * Math.PI);
        context.fill();
      } else {
        context.fillRect(x, rowY + line / 2 - (item.thick ? 2.5 : 1.5) * scale, swatchWidth, (item.thick ? 5 : 3) * scale);
      }
      context.fillStyle = '#1f2933';
      context.fillText(item.label, x + swatchWidth + 6 * scale, rowY + line * 0.75);
    });
    y += Math.ceil(items.length / 2) * line;
  };
  heading(entries.nodesTitle);
  list(entries.nodes, 'dot');
  heading('Relations');
  list(entries.relations, 'line');
  context.fillStyle = '#616e7c';
  context.font = `${11 * scale}px ${FONT}`;
  context.fillText(entries.note, left + pad, y + line * 0.75);
  context.restore();
}
