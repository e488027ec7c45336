import { describe, expect, it } from 'vitest';
import { lowerWordsOf, textsOfTokens, tokenize } from '../src/pipeline/text/tokens';

describe('word lists built by pushing (tokens.ts, lowerWordsOf and textsOfTokens)', () => {
  const tokens = tokenize('Zenco and Qorva BANNED the Zeta app in Ruritania.');
  const bounds = [-20, -3, -1, 0, 1, 2, 5, 9, 10, 11, 40];

  it('give what slice and map give, for every range, out-of-range and negative bounds included', () => {
    expect(lowerWordsOf(tokens)).toEqual(tokens.map((t) => t.lower));
    expect(textsOfTokens(tokens)).toEqual(tokens.map((t) => t.text));
    for (const from of bounds) {
      expect(lowerWordsOf(tokens, from)).toEqual(tokens.slice(from).map((t) => t.lower));
      for (const to of bounds) {
        expect(lowerWordsOf(tokens, from, to)).toEqual(tokens.slice(from, to).map((t) => t.lower));
        expect(textsOfTokens(tokens, from, to)).toEqual(tokens.slice(from, to).map((t) => t.text));
      }
    }
  });
});
