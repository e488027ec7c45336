/**
 * The first two characters of a set of words, as a bitmap: a test that costs two character reads
 * before a hash lookup that would hash the whole word. Most words of a sentence ("the", "and",
 * "banned") open no name, demonym or trigger, and are passed without hashing. ASCII pairs have a
 * bucket each; a word with any other character in its first two shares one bucket.
 */
const BUCKETS = 128 * 129 + 1;

function bucketOf(word: string): number {
  const a = word.charCodeAt(0);
  const b = word.length > 1 ? word.charCodeAt(1) : 128;
  return a < 128 && b <= 128 ? a * 129 + b : BUCKETS - 1;
}

export class WordOpenings {
  private readonly seen = new Uint8Array(BUCKETS);

  add(word: string): void {
    this.seen[bucketOf(word)] = 1;
  }

  /** False when no word added opens as `word` does (or there is no word): then no lookup of it can succeed. */
  mayStart(word: string | undefined): boolean {
    return word !== undefined && this.seen[bucketOf(word)] === 1;
  }
}
