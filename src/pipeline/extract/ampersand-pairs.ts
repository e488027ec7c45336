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

/**
 * Whether the ampersand at token `amp`, after the name run tokens[from, amp) and before a run of name words ending before `to`,
 * joins two firms rather than one name.
 */
export function ampersandJoinsTwo(tokens: readonly Token[], from: number, amp: number, to: number, learned: ReadonlyMap<string, LearnedName>): boolean {
  if (tokens[amp]?.text !== '&' || to <= amp + 1) return false;
  const left = learned.get(surfaceOf(tokens, from, amp));
  const right = learned.get(surfaceOf(tokens, amp + 1, to));
  if (left && right && FIRM_TYPES.has(left.type) && FIRM_TYPES.has(right.type) && left.key !== right.key) return true;
  const after = tokens[to]?.lower ?? '';
  if (PAIR_CLOSERS.has(after)) return true;
  // "Both Zenco & Qorva launched …": opening the sentence, the counting word is the run's first, capitalised.
  const opener = PAIR_OPENERS.has(tokens[from - 1]?.lower ?? '') || (from === 0 && PAIR_OPENERS.has(tokens[from]!.lower));
  return opener && after !== 'and' && after !== ',';
}
