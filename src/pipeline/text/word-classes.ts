/**
 * Sets of words as bits: each word added maps to the bits of the sets it belongs to. A stage
 * that asks several sets about every word of a sentence asks this once per word (`of`), and
 * skips the search for a set none of the sentence's words belongs to: that search could only
 * find nothing. One hash lookup per word then replaces one per word and per set.
 */
export class WordClasses {
  private readonly bits = new Map<string, number>();
  private count = 0;

  /** Adds a set of words as one class, and returns its bit. At most 31 classes (small integers). */
  add(words: Iterable<string>): number {
    if (this.count === 31) throw new Error('WordClasses holds at most 31 classes');
    const bit = 1 << this.count++;
    for (const word of words) this.bits.set(word, (this.bits.get(word) ?? 0) | bit);
    return bit;
  }

  /** The bits of every class that one of `words` belongs to. */
  of(words: readonly string[]): number {
    let held = 0;
    for (let i = 0; i < words.length; i++) held |= this.bits.get(words[i]!) ?? 0;
    return held;
  }
}
