import { describe, expect, it } from 'vitest';
import { groupCopies } from '../../src/explorer/evidence-copies';
import type { Evidence } from '../../src/pipeline/types';

const item = (article: string, sentence: string, start = 0): Evidence => ({ article, sentence, start, end: start + sentence.length, trigger: 'banned' });

describe('syndicated copies of a sentence', () => {
  it('shows a sentence reprinted by three outlets once, with its three articles', () => {
    const groups = groupCopies([
      item('wire-a', 'Acme banned Widget on Monday.'),
      item('outlet-b', 'Acme banned  Widget\non Monday.', 40),
      item('other', 'Regulators banned Widget too.'),
      item('outlet-c', 'ACME banned Widget on Monday.'),
    ]);
    expect(groups.map((group) => group.articles)).toEqual([['wire-a', 'outlet-b', 'outlet-c'], ['other']]);
    expect(groups[0]!.first.article).toBe('wire-a');
    expect(groups[0]!.copies).toHaveLength(3);
  });

  it('counts an article once when it repeats the sentence', () => {
    const groups = groupCopies([item('a', 'Acme banned Widget.'), item('a', 'Acme banned Widget.', 90)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.articles).toEqual(['a']);
  });

  it('keeps different sentences apart', () => {
    expect(groupCopies([item('a', 'Acme banned Widget.'), item('a', 'Acme banned Gadget.')])).toHaveLength(2);
  });
});
