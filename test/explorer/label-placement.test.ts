import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from '../../src/explorer/render/label-placement';

const box = (key: string, size: number, left: number, top: number, width = 100, forced = false): LabelBox => ({ index: 0, key, size, forced, left, right: left + width, top, bottom: top + 16 });

describe('labels that give way by size', () => {
  it('keeps the bigger node’s label where two overlap', () => {
    const kept = placeLabels([box('linkedin', 6, 50, 108), box('goldman-sachs', 11, 20, 100)]);
    expect(kept.map((label) => label.key)).toEqual(['goldman-sachs']);
  });

  it('keeps every label that has room', () => {
    const kept = placeLabels([box('a', 5, 0, 0), box('b', 5, 0, 40), box('c', 5, 200, 0)]);
    expect(kept.map((label) => label.key).sort()).toEqual(['a', 'b', 'c']);
  });

  it('a forced label (the selection) shows even over a bigger one, which then gives way', () => {
    const kept = placeLabels([box('big', 20, 0, 0), box('selected', 2, 10, 4, 100, true)]);
    expect(kept.map((label) => label.key)).toEqual(['selected']);
  });

  it('finds overlaps across grid cells (a long label spanning several)', () => {
    const kept = placeLabels([box('long', 9, 0, 0, 400), box('small', 3, 330, 10, 30)]);
    expect(kept.map((label) => label.key)).toEqual(['long']);
  });
});
