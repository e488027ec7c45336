import { surfaceOf, type Token } from '../text/tokens';
import type { LearnedName } from './learned-names';

/**
 * "Zenco & Qorva launched Vexa": an ampersand between two capitalised names mostly joins one firm's or one brand's name ("Seed &
 * Go", "Zeta & Spray", a partnership's "Borin & Klatt"), and the name stage keeps it whole. It joins two firms, as "and" does, where
 * the article or the sentence counts them two (helper marks, from readers of joint launches): each side is a firm the article named
 * on its own, or a word counting two stands around them ("both Zenco & Qorva", "between Zenco & Qorva", "Zenco & Qorva jointly
 * launched …"). "AT&T" is one word, never read here; "both Borin & Klatt and Qorva" counts a list whose first member is the pair.
 */

/** Words after two names that count them as two. */
const PAIR_CLOSERS: ReadonlySet<string> = new Set(['both', 'each', 'jointly', 'together', 'respectively']);
/** Words before two names that count them as two. */
const PAIR_OPENERS: ReadonlySet<string> = new Set(['both', 'between']);
const FIRM_TYPES: ReadonlySet<string> = new Set(['company', 'organization']);
/** A version's word after a name repeated: "Zetabox & Zetabox Pro". */
const VERSION_WORDS: ReadonlySet<string> = new Set(['Pro', 'Plus', 'Max', 'Mini', 'Ultra', 'Lite', 'Air', 'II', 'III', 'IV', 'X', 'SE', 'Go', 'Next']);

/**
 * "Qorva's Zetabox & Zetabox 2.0", "Zeta & Zeta Pro": after the ampersand the same name again with a version's number or word is
 * that name's own version, a second product, not one name (helper smallwords, from a fresh sample of real product news: the two
 * became one product "Zetabox & Zetabox 2.0"). "Borin & Borin", "Borin & Borin Vision" stay one firm: no version follows.
 */
function repeatsWithVersion(tokens: readonly Token[], from: number, amp: number): boolean {
  const width = amp - from;
  for (let k = 0; k < width; k++) if (tokens[amp + 1 + k]?.text !== tokens[from + k]!.text) return false;
  const version = tokens[amp + 1 + width];
  return version !== undefined && (/^\p{N}+(?:\.\p{N}+)*$/u.test(version.text) || VERSION_WORDS.has(version.text));
}

/**
 * Whether the ampersand at token `amp`, after the name run tokens[from, amp) and before a run of name words ending before `to`,
 * joins two firms rather than one name.
 */
export function ampersandJoinsTwo(tokens: readonly Token[], from: number, amp: number, to: number, learned: ReadonlyMap<string, LearnedName>): boolean {
  if (tokens[amp]?.text !== '&' || to <= amp + 1) return false;
  if (repeatsWithVersion(tokens, from, amp)) return true;
  const left = learned.get(surfaceOf(tokens, from, amp));
  const right = learned.get(surfaceOf(tokens, amp + 1, to));
  if (left && right && FIRM_TYPES.has(left.type) && FIRM_TYPES.has(right.type) && left.key !== right.key) return true;
  const after = tokens[to]?.lower ?? '';
  if (PAIR_CLOSERS.has(after)) return true;
  // "Both Zenco & Qorva launched …": opening the sentence, the counting word is the run's first, capitalised.
  const opener = PAIR_OPENERS.has(tokens[from - 1]?.lower ?? '') || (from === 0 && PAIR_OPENERS.has(tokens[from]!.lower));
  return opener && after !== 'and' && after !== ',';
}
