/**
 * Which labels to draw so that none overlaps another: forced labels first, then the biggest
 * nodes, each kept only when its box is clear of those kept before. Pure (boxes in, boxes out),
 * so it is unit-tested in Node; a grid of buckets keeps it linear in the number of labels.
 */

export interface LabelBox {
  index: number;
  key: string;
  size: number;
  /** A label that must show (the selected or hovered node's). */
  forced: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const CELL = 64;

export function placeLabels(boxes: readonly LabelBox[]): LabelBox[] {
  const order = [...boxes].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const grid = new Map<string, LabelBox[]>();
  const cells = (box: LabelBox): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(box.left / CELL); x <= Math.floor(box.right / CELL); x++) {
      for (let y = Math.floor(box.top / CELL); y <= Math.floor(box.bottom / CELL); y++) keys.push(`${x},${y}`);
    }
    return keys;
  };
  const kept: LabelBox[] = [];
  for (const box of order) {
    const where = cells(box);
    const clash = where.some((cell) => grid.get(cell)?.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom));
    if (clash && !box.forced) continue;
    kept.push(box);
    for (const cell of where) {
      const bucket = grid.get(cell);
      if (bucket) bucket.push(box);
      else grid.set(cell, [box]);
    }
  }
  return kept;
}
