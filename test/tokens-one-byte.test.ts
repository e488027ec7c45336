import { describe, expect, it } from 'vitest';
import { asLatin1, latin1Copy, tokenize } from '../src/pipeline/text/tokens';

describe('one-byte copies of the text (tokens.ts, latin1Copy)', () => {
  const text = 'Zenco’s “Zeta‑4” — launched in Zürich — didn’t ship; €40 for the café. ' + 'x'.repeat(20000) + ' Ωmega end';

  it('latin1Copy keeps the length and every Latin-1 character, and substitutes the rest', () => {
    const copy = latin1Copy(text);
    expect(copy.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      expect(copy.charCodeAt(i)).toBe(c > 255 ? 26 : c);
    }
  });

  it('tokens read with the copy are the tokens read without it', () => {
    const copy = latin1Copy(text);
    expect(tokenize(text, 0, text.length, copy)).toEqual(tokenize(text));
    expect(tokenize(text, 10, 60, copy)).toEqual(tokenize(text, 10, 60));
  });

  it('asLatin1 keeps the characters', () => {
    for (const s of ['', 'didn\'t', 'zürich', 'didn’t', 'Ωmega', 'y'.repeat(20000)]) expect(asLatin1(s)).toBe(s);
  });
});
