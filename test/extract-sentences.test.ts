import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/pipeline/text/sentences';
import { TOKEN, tokenize } from '../src/pipeline/text/tokens';

// Sentences are the unit of evidence: a claim's sentence must be a whole sentence, neither cut
// at "U.S." or "Inc." nor run together with the next one.

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('splitSentences', () => {
  it('does not end a sentence after a company suffix or a dotted initialism', () => {
    expect(sentencesOf('Nvidia Corp. shares rose 3%. The U.S. Commerce Department did not comment. It was Friday.')).toEqual([
      'Nvidia Corp. shares rose 3%.',
      'The U.S. Commerce Department did not comment.',
      'It was Friday.',
    ]);
  });

  it('does not end a sentence after a title or inside a decimal number', () => {
    expect(sentencesOf('Dr. Li joined Zhipu AI in 2021. The model scored 91.5 percent. Shares of Baidu Inc. fell.')).toEqual([
      'Dr. Li joined Zhipu AI in 2021.',
      'The model scored 91.5 percent.',
      'Shares of Baidu Inc. fell.',
    ]);
  });

  it('ends a sentence after "U.S." when a typical sentence opener follows', () => {
    expect(sentencesOf('The rules apply in the U.S. Meanwhile Europe waits.')).toEqual(['The rules apply in the U.S.', 'Meanwhile Europe waits.']);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(sentencesOf('He said "We will comply." Then he left.')).toEqual(['He said "We will comply."', 'Then he left.']);
  });

  it('ends sentences at question and exclamation marks', () => {
    expect(sentencesOf('Was the ban legal? Regulators think so! Nobody appealed.')).toEqual(['Was the ban legal?', 'Regulators think so!', 'Nobody appealed.']);
  });

  it('treats a line break as a sentence end, so a headline never joins the body', () => {
    expect(sentencesOf('Seoul blocks chatbot on state devices\nThe ministry acted on Monday.')).toEqual([
      'Seoul blocks chatbot on state devices',
      'The ministry acted on Monday.',
    ]);
  });

  it('returns spans that point into the original text, without surrounding whitespace', () => {
    const text = '  Mistral raised money.   Le Chat grew fast.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Mistral raised money.', 'Le Chat grew fast.']);
    expect(spans[1]!.start).toBe(text.indexOf('Le Chat'));
  });
});

describe('tokenize', () => {
  it('splits a possessive off its owner, with straight and curly apostrophes', () => {
    expect(tokensOf("Anthropic's Claude")).toEqual(['Anthropic', "'s", 'Claude']);
    expect(tokensOf('Baidu’s Ernie')).toEqual(['Baidu', '’s', 'Ernie']);
  });

  it('keeps model names, ampersands and domain-like names whole', () => {
    expect(tokensOf("GPT-4o and AT&T's JD.com")).toEqual(['GPT-4o', 'and', 'AT&T', "'s", 'JD.com']);
  });

  it('keeps a dotted initialism whole and separates quotes and punctuation from words', () => {
    expect(tokensOf('“Qwen”, said U.S. officials.')).toEqual(['“', 'Qwen', '”', ',', 'said', 'U.S.', 'officials', '.']);
  });

  it('marks capitalised words, including names that start with digits', () => {
    const capitalised = tokenize('the 01.AI team and Baidu beat 2023 rivals').filter((t) => t.capitalized).map((t) => t.text);
    expect(capitalised).toEqual(['01.AI', 'Baidu']);
  });

  it('marks camel case and non-ASCII capitals, and only letters and digits as words', () => {
    const tokens = tokenize('iFixit and Éric of Ünited met naïve Ålesund – “ok” 3M');
    expect(tokens.filter((t) => t.capitalized).map((t) => t.text)).toEqual(['iFixit', 'Éric', 'Ünited', 'Ålesund', '3M']);
    expect(tokens.filter((t) => !t.word).map((t) => t.text)).toEqual(['–', '“', '”']);
  });

  it('gives the tokens of the TOKEN pattern whatever the mix of ASCII and other characters (the hand-written ASCII scan)', () => {
    // Pieces where the scan and the pattern could part: dots, joiners, possessives, marks, non-ASCII letters and spaces.
    const pieces = ['a', 'B', 's', '1', '.', '-', '&', "'", '’', ' ', '\n', '\u00a0', 'é', '\u0301', '“', ',', 'U', '😀', '中', '\t', '(', '\u2011'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = 1 + next(12); k > 0; k--) text += pieces[next(pieces.length)];
      // A word joined by a non-breaking hyphen reads it as "-".
      const expected = [...text.matchAll(new RegExp(TOKEN))].map((m) => [m.index, m[0].length > 1 ? m[0].replace(/\u2011/g, '-') : m[0]]);
      expect(tokenize(text).map((t) => [t.start, t.text]), JSON.stringify(text)).toEqual(expected);
    }
  });

  it('joins a word over a Unicode or non-breaking hyphen and reads it as "-", offsets unchanged', () => {
    const text = 'Zeta\u20114o and Q\u2010Max';
    expect(tokensOf(text)).toEqual(['Zeta-4o', 'and', 'Q-Max']);
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Zeta\u20114o', 'and', 'Q\u2010Max']);
  });

  it('gives offsets into the whole text when tokenizing a slice', () => {
    const text = 'First sentence. Zhipu AI ships GLM.';
    const from = text.indexOf('Zhipu');
    const tokens = tokenize(text, from, text.length);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Zhipu', 'AI', 'ships', 'GLM', '.']);
  });
});

describe('a period after "No." before a number', () => {
  it('does not end the sentence ("Order No. 2, which …")', () => {
    const text = 'The ministry issued Order No. 2, which bans the use of satellite phones. It took effect at once.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['The ministry issued Order No. 2, which bans the use of satellite phones.', 'It took effect at once.']);
  });
});
