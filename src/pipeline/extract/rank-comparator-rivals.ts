/**
 * Helper rnk101 (stop 101): a maker's rank told against another firm. In "Zenco is the second-largest maker of phones behind
 * Qorva", "the No. 2 maker of chips after Qorva", "the biggest producer of panels ahead of Qorva" or "a bigger maker of phones than
 * Qorva", the name after the comparing word is a rival in the ranking, not a thing the maker makes ("the maker of Zeta behind the
 * Z9 launch" keeps Zeta, named before it).
 */

/** Words that set a rival against a ranked maker: "behind", "after", "ahead of", "than", "trailing". */
const RANK_COMPARATORS: ReadonlySet<string> = new Set(['behind', 'after', 'ahead', 'than', 'trailing', 'trails', 'outpacing']);

/** Whether a comparing word stands between a maker's "of" (`from`) and the name read as what it makes (at `first`). */
export function rivalPastRankComparator(words: readonly string[], from: number, first: number): boolean {
  for (let k = from; k < first; k++) if (RANK_COMPARATORS.has(words[k]!)) return true;
  return false;
}

/** For a template: up to two words and a comparing word before the name after a maker's "of" ("of phones behind @1"). */
export const RANK_RIVAL_BEFORE_NAME = String.raw`(?:[^@\s,]+ ){0,2}(?:behind|after|ahead of|than|trailing|trails|outpacing) `;
