import type { Token } from '../text/tokens';

/** The collaboration mark between two partners' names: a lone lower-case "x" or the multiplication sign. */
const COLLABORATION_MARK = /^[x×]$/;

/**
 * Whether the token at `at` is a collaboration's "x" inside one name: "the Zenco x Vell door lock", "Zenco x Vell was released by
 * Zenco". Brands name a joint line by their names and a spaced lower-case "x"; cut there, the second partner alone took the thing
 * (helper odd102, from fresh samples of real news). Both sides are capitalised words, not figures ("a 4 x 4 truck", "Zeta 3 x 2"),
 * and the mark stands apart from both.
 */
export function joinsCollaborationAt(tokens: readonly Token[], at: number, covered: Uint8Array, isNameWord: (t: Token) => boolean): boolean {
  const mark = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!mark || !before || !after || !COLLABORATION_MARK.test(mark.text) || covered[at] || covered[at + 1]) return false;
  if (mark.start === before.end || after.start === mark.end) return false;
  return /^\p{L}/u.test(before.text) && /^\p{Lu}\p{L}/u.test(after.text) && isNameWord(after);
}

/**
 * Whether a known name (a lexicon's firm or brand) is one partner of a collaboration's name, "x" right after or before it: "the
 * Samsung x Vell case", "the Vell x Samsung case". Its cover is lifted so that the whole name is read (the longer name wins); cut at
 * the "x", the known firm took the partner's name as its product. A state is left alone ("Zembla x Qorva" in a match's heading).
 */
export function isCollaborationPartner(tokens: readonly Token[], known: { first: number; last: number; type: string }, covered: Uint8Array, isNameWord: (t: Token) => boolean): boolean {
  if (known.type === 'government') return false;
  const uncovered = covered.slice();
  uncovered.fill(0, known.first, known.last);
  return joinsCollaborationAt(tokens, known.last, uncovered, isNameWord) || (known.first >= 2 && joinsCollaborationAt(tokens, known.first - 1, uncovered, isNameWord) && isNameWord(tokens[known.first - 2]!) && !covered[known.first - 2]);
}
