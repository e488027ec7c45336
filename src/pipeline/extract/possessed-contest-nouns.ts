import { mentionAt } from './clause';

/**
 * Helper rnk101 (stop 101): a contest word after an owner's "'s" and a describing word is the owner's noun, not a verb of the
 * clause's subject. In "worry more about rivals Qorva and Vexa than about Zenco's long battle with Lumo", "battle" was read as
 * Qorva's and Vexa's verb; the battle is Zenco's ("Zenco's decades-long battle" was already a noun by its hyphen).
 */

/** An owner's mark before the describing word: "Zenco's", "its", "their" (resolved or not). */
const OWNER_MARK = /^(?:'s|its|their)(?:@\d+)?$/;

/**
 * Whether the form at `t` (a rivalry's verb and noun alike, "battle", "fight") is a noun: an owner's mark, one plain describing word,
 * the form without a verb's -s, and "with" or "against" and a name after it ("Zenco's long battle with Lumo", "its bitter fight
 * against the Qorva group"). With no name after it ("Zenco's long battle with cancer") the reading is left as it was: the noun's
 * reading then takes the clause's subject for the owner's rival ("Qorva and Vexa watch Zenco's battle with cancer", left alone).
 */
export function possessedContestNoun(words: readonly string[], t: number): boolean {
  const before = words[t - 1] ?? '';
  if (!OWNER_MARK.test(words[t - 2] ?? '') || !/^[a-z][a-z-]*$/.test(before) || /[^s]s$/.test(words[t] ?? '') || !/^(?:with|against)$/.test(words[t + 1] ?? '')) return false;
  return mentionAt(words, words[t + 2] === 'the' ? t + 3 : t + 2) !== undefined;
}
