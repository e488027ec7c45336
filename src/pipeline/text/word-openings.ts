/**
 * The first two characters of a set of words, as a bitmap (and, for mayBe, their last characters and lengths): a test that costs two character reads
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

/** A word's last character (ASCII) with its length (up to 31): a second bitmap, for the words whose first two characters pass. */
const ENDINGS = 128 * 32 + 1;

function endingOf(word: string): number {
  if (word.length === 0) return ENDINGS - 1;
  const z = word.charCodeAt(word.length - 1);
  return z < 128 ? z * 32 + Math.min(word.length, 31) : ENDINGS - 1;
}

export class WordOpenings {
  private readonly seen = new Uint8Array(BUCKETS);
  /** How the added words end, and how long they are (for mayBe): "The" opens as "Thailand" does, not as long or ending so. */
  private readonly ends = new Uint8Array(ENDINGS);

  add(word: string): void {
    this.seen[bucketOf(word)] = 1;
    this.ends[endingOf(word)] = 1;
  }

  /** False when no word added opens as `word` does (or there is no word): then no lookup of it, nor of a phrase it opens, can succeed. */
  mayStart(word: string | undefined): boolean {
    return word !== undefined && this.seen[bucketOf(word)] === 1;
  }

  /**
   * False when no word added opens and ends as `word` does, at its length (or there is no word): then no lookup of `word`
   * itself can succeed. Stricter than mayStart, for lookups of the whole word.
   */
  mayBe(word: string | undefined): boolean {
    return word !== undefined && this.seen[bucketOf(word)] === 1 && this.ends[endingOf(word)] === 1;
  }
}
