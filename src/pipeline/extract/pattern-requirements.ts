/**
 * The words each construction pattern requires (`RelationPattern.requires`: every entry must be in
 * the sentence, as one of its "|"-separated alternatives), as one flat table read by the pattern's
 * index. The matcher asks it of the ~35 patterns a sentence's words mark, and most fail it: read
 * from one typed array, the test no longer loads the pattern's object and its nested arrays
 * (scattered in memory, whose loads cost more than the test itself). The same test as before:
 * which patterns run is unchanged.
 */
export class PatternRequirements {
  /** Each required word, with its slot in a sentence's `present` marks (see `holds`). */
  readonly slots = new Map<string, number>();
  /** Per pattern, in order: its entries, each as the number of its alternatives followed by their slots. */
  private readonly table: Int32Array;
  /** Where each pattern's entries start in `table` (the next pattern's start ends them). */
  private readonly starts: Int32Array;

  /** `requiresOfEach[i]`: pattern i's `requires` (undefined: none). */
  constructor(requiresOfEach: readonly (readonly string[] | undefined)[]) {
    const table: number[] = [];
    const starts = [0];
    for (const requires of requiresOfEach) {
      for (const required of requires ?? []) {
        const alternatives = required.split('|');
        table.push(alternatives.length);
        for (const word of alternatives) table.push(this.slotOf(word));
      }
      starts.push(table.length);
    }
    this.table = Int32Array.from(table);
    this.starts = Int32Array.from(starts);
  }

  /** Whether `present` (1 at the slot of each required word the sentence holds) holds one alternative of every entry of pattern `index`. */
  holds(index: number, present: Uint8Array): boolean {
    const table = this.table;
    let at = this.starts[index]!;
    const end = this.starts[index + 1]!;
    while (at < end) {
      const alternatives = table[at]!;
      let any = false;
      for (let k = at + 1; k <= at + alternatives; k++) if (present[table[k]!] === 1) any = true;
      if (!any) return false;
      at += alternatives + 1;
    }
    return true;
  }

  private slotOf(word: string): number {
    let slot = this.slots.get(word);
    if (slot === undefined) this.slots.set(word, (slot = this.slots.size));
    return slot;
  }
}
