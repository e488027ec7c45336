import { mentionAt } from './clause';

/**
 * Helper rnk101 (stop 101): a superlative rival noun with "yet", "ever" or "so far" before its "to": "Zenco is the biggest challenger
 * yet to Qorva", "the strongest rival so far to Qorva". A name must follow "to" ("a challenger yet to turn a profit" names none).
 */

/** Where the rival's name stands after a rival noun ending at `after`'s word: "yet to @1", "so far to the @1"; undefined if not so. */
export function rivalAfterYetTo(words: readonly string[], after: number): number | undefined {
  const to = words[after] === 'yet' || words[after] === 'ever' ? after + 1 : (words[after] === 'so' || words[after] === 'thus') && words[after + 1] === 'far' ? after + 2 : -1;
  if (to < 0 || words[to] !== 'to') return undefined;
  const at = words[to + 1] === 'the' ? to + 2 : to + 1;
  return mentionAt(words, at) === undefined ? undefined : at;
}
