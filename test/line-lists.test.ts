import { describe, expect, it } from 'vitest';
import { listedTokens, withLineLists } from '../src/pipeline/text/line-lists';
import { splitSentences } from '../src/pipeline/text/sentences';

const sentencesOf = (text: string): string[] =>
  withLineLists(text, splitSentences(text)).map((span) => listedTokens(text, span).map((t) => t.text).join(' '));

describe('name lines under a colon', () => {
  it('joins bulleted, numbered and bare name lines to their head as one list', () => {
    expect(sentencesOf('Indonesia blocked the following sites:\n- Zenbet\n- Qorvabet\n- Plixbet\nIt gave no reason.')).toEqual([
      'Indonesia blocked the following sites : Zenbet , Qorvabet and Plixbet',
      'It gave no reason .',
    ]);
    expect(sentencesOf('The Bank added these firms to its Alert List:\n\n1. OctaFX (website)\n2) Binomo;')).toEqual([
      'The Bank added these firms to its Alert List : OctaFX ( website ) and Binomo',
    ]);
    expect(sentencesOf('Zenco announced three new phones:\nZeta 5\nZeta 6')).toEqual(['Zenco announced three new phones : Zeta 5 and Zeta 6']);
  });

  it('keeps the offsets of every token in the text, the joiners of no width', () => {
    const text = 'Zenco announced three new phones:\n• Zeta 5\n• Zeta 6';
    const [span] = withLineLists(text, splitSentences(text));
    expect(span).toMatchObject({ start: 0, end: text.length });
    for (const t of listedTokens(text, span!)) expect(text.slice(t.start, t.end)).toBe(t.end > t.start ? t.text : '');
  });

  it('leaves alone a short head, a single item, lines that read as sentences, and lines after a blank line and a sentence', () => {
    expect(sentencesOf('Related:\nZeta 5\nZeta 6')).toEqual(['Related:', 'Zeta 5', 'Zeta 6'].map((s) => s.replace(':', ' :')));
    expect(sentencesOf('Zenco announced one new phone:\n• Zeta 5\n\nIt ships in May.')).toEqual(['Zenco announced one new phone :', '• Zeta 5', 'It ships in May .']);
    expect(sentencesOf('The ministry gave three reasons:\n- The firm must sell its unit.\n- The firm refused to cooperate with the inquiry.')).toHaveLength(3);
  });
});
