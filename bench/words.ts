/**
 * How the benchmark counts words: whitespace-separated tokens. The pipeline and the bare
 * compromise parse are measured with this same count, so their words-per-second compare.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Bytes of text as UTF-8: the benchmark's "MB" are 10^6 of these. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export const BYTES_PER_MB = 1_000_000;
