/**
 * "Zenco/Qorva's Plix app", "banned Zenco/Qorva's Plix app": two names paired by a slash before a possessive own the thing together
 * (a joint venture's or a co-branded product's makers). Both are its makers, and the first is no member of a list of its own: it was
 * read as one ("banned Zenco" and Zenco typed a product, while only Qorva made Plix; helper glued). Read over the abstract sentence's
 * words ("@1 / @2 's @3"): the list reader (clause.ts itemAt) folds the first into the owned item as it folds the second, and the
 * possessive templates (relation-patterns.ts POSS) take both as sources. A slash between two things ("the Plix/Vexa bundle") is
 * untouched: there the possessive follows neither.
 */

/** Whether `words[i]` is a mention ("@1"), not a resolved "its@1". */
const isMentionWord = (word: string | undefined): boolean => word !== undefined && /^@\d+$/.test(word);

/** Whether the mention at word `i` is the first of a slashed pair of possessors of a mention: "@1 / @2 's @3". */
export function isSlashedCoPossessor(words: readonly string[], i: number): boolean {
  return words[i + 1] === '/' && isMentionWord(words[i]) && isMentionWord(words[i + 2]) && (words[i + 3] === "'s" || words[i + 3] === "'") && isMentionWord(words[i + 4]);
}

/**
 * The template piece before a possessor's mention in POSS: an optional first co-possessor and its slash ("@1 / " of "@1 / @2 's").
 * The slash is written escaped, as a regex's source writes it, so that relations.ts still knows the compiled POSS for a match that
 * opens on a mention (OPENS_ON_MENTION) and searches it only there.
 */
export const SLASHED_CO_POSSESSOR = String.raw`(?:@\d+ \/ )?`;
