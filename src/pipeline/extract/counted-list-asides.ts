/**
 * Helper lists4, from launch and portfolio news: a counted kind, then its members, one of them with an aside set off by commas
 * ("Zenco runs three platforms, Zapp, with 900,000 users, Qapp and Star Rides"; "four products, Plix, which has 3 million users,
 * Qorvi and Vexo"; "two phones, the Z10, priced at $500, and the Z20"). The aside told of the member before it ended the list there,
 * and the later members were lost. The count before the kind says a list of that many follows, so the aside is skipped only then;
 * clause.ts checks that members go on after it and close the list.
 */

/** Words that count a kind: "three platforms", "12 apps", "several models". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'multiple']);
/** Determiners before a member: "two phones, the Z10". */
const MEMBER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);
/** Words opening an aside about the member before it: ", with 900,000 users", ", which has …", ", priced at $500". */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['with', 'which', 'priced', 'launched', 'released', 'introduced', 'unveiled', 'valued', 'costing', 'available', 'used', 'sold', 'now', 'first', 'having', 'boasting']);
/** The longest aside skipped, in words. */
const MAX_ASIDE_WORDS = 10;

/** Whether the list opening at word `first` follows a counted kind: "three platforms , @1", "four chip lines , including the @1". */
export function followsCountedKind(words: readonly string[], first: number): boolean {
  let k = first - 1;
  while (MEMBER_DETERMINERS.has(words[k] ?? '')) k--;
  if (words[k] === 'including' || words[k] === 'namely') k--;
  if (words[k] !== ',' && words[k] !== ':') return false;
  // The kind's plural noun, up to two describing words, then the count: "four chip lines", "three new apps".
  const kind = words[k - 1] ?? '';
  if (!/^[a-z][a-z-]*s$/.test(kind)) return false;
  for (let c = k - 2; c >= k - 4 && c >= 0; c--) {
    const w = words[c]!;
    if (COUNT_WORDS.has(w) || /^\d+$/.test(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w)) return false;
  }
  return false;
}

/**
 * Where an aside after a counted list's member ends: the index of the comma closing "@1 , with 900 , 000 users ," when the comma at
 * `comma` opens it; `comma` itself otherwise. The aside holds plain words, figures and money signs, no name.
 */
export function countedMemberAsideEnd(words: readonly string[], first: number, comma: number): number {
  if (words[comma] !== ',' || !ASIDE_OPENERS.has(words[comma + 1] ?? '') || !followsCountedKind(words, first)) return comma;
  for (let k = comma + 2; k < words.length && k <= comma + 1 + MAX_ASIDE_WORDS; k++) {
    const w = words[k]!;
    if (w === ',') {
      // "900 , 000": a comma inside a figure.
      if (/^\d+$/.test(words[k - 1] ?? '') && /^\d{3}$/.test(words[k + 1] ?? '')) continue;
      return k > comma + 2 ? k : comma;
    }
    if (!/^(?:[a-z0-9][a-z0-9.-]*|[$€£%])$/.test(w)) return comma;
  }
  return comma;
}

/** The word after determiners from `j`: "and the @2" reads from @2. */
export function afterMemberDeterminers(words: readonly string[], j: number): number {
  while (MEMBER_DETERMINERS.has(words[j] ?? '')) j++;
  return j;
}
