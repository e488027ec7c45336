import { isPossessive, type Token } from '../text/tokens';
import type { LearnedName } from './learned-names';

/**
 * "Zenco launched Zeta to Pay", "Qorva's Tap on Mobile app", "Zenco rolled out Pay by Zeta": a product's name may hold a lower-case
 * small word between two capitalised ones. Cut at the small word, only its first half was the product, and "Pay by Zeta" gave its
 * maker to Zeta (helper smallwords, from a fresh sample of real product news: 7 false edges and 9 misses). The whole is one name
 * when it is set off as a product: the object of a launch verb or a maker's possessive before it, and a product's kind noun or the
 * clause's end after it. Left apart: a buyer or a destination ("sold Zeta to Qorva", "moved Zeta to Borin"), a place ("launched
 * Zeta in Ruritania"), a date ("Zeta on Monday"), a maker after "by" ("launched Zeta by Qorva"), a platform ("Zeta on Android").
 */

/** The small words read inside such a name ("of", "for" and "&" already join names in the run). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['to', 'on', 'by', 'in']);
/** Launch verbs whose object is the name: "launched Zeta to Pay", "rolled out Pay by Zeta". */
const LAUNCH_VERBS: ReadonlySet<string> = new Set(['launched', 'launches', 'launch', 'launching', 'unveiled', 'unveils', 'introduced', 'introduces', 'released', 'releases', 'debuted', 'debuts', 'out']);
/** Words between the launch verb and the name: "launched its new Zeta to Pay". */
const BEFORE_NAME: ReadonlySet<string> = new Set(['its', 'their', 'the', 'a', 'new']);
/** A product's kind right after the name: "Qorva's Tap on Mobile app". */
const PRODUCT_KINDS: ReadonlySet<string> = new Set(['app', 'apps', 'service', 'services', 'platform', 'feature', 'features', 'tool', 'wallet', 'program', 'programme', 'scheme', 'plan', 'offering', 'option', 'function', 'product', 'software', 'system', 'solution', 'subscription', 'card']);
/** What closes a launch verb's object: "launched Zeta to Pay last year", "…, a wallet", "… in March". */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ':', '—', '–', 'last', 'this', 'earlier', 'today', 'yesterday', 'in', 'on', 'at', 'for', 'with', 'across', 'and', 'which', 'that', 'to']);
/** Compromise's tags for a place or a date, never the name's second half ("in Europe", "on Monday"). */
const PLACE_OR_DATE = /Place|Country|City|Region|WeekDay|Month|Date/;

/** What the name stage knows of a word: its English tag (none when coined) and whether it names something learned. */
export interface SmallWordSense {
  readonly englishTag: (lower: string) => unknown;
  readonly learned: ReadonlyMap<string, LearnedName>;
}

const tagOf = (sense: SmallWordSense, t: Token): string => JSON.stringify(sense.englishTag(t.lower) ?? '');
const isEnglish = (sense: SmallWordSense, t: Token): boolean => sense.englishTag(t.lower) !== undefined;

/** Whether a launch verb (or a maker's possessive) stands right before the name opening at `i`. */
function launchedOrOwnedAt(tokens: readonly Token[], i: number): 'launch' | 'owner' | undefined {
  let k = i - 1;
  while (k >= 0 && BEFORE_NAME.has(tokens[k]!.lower)) k--;
  const before = tokens[k];
  if (!before) return undefined;
  if (isPossessive(before) && k === i - 1) return 'owner';
  // "rolled out Pay by Zeta": the particle stands for its verb.
  if (before.lower === 'out' && tokens[k - 1]?.lower !== 'rolled' && tokens[k - 1]?.lower !== 'rolls') return undefined;
  return LAUNCH_VERBS.has(before.lower) ? 'launch' : undefined;
}

/**
 * Where a product's name that goes on over the small word at `at` ends (the name's run opened at `i`), or `at` when it stops there.
 * The far side is one capitalised word no name covers, not a place, a date nor a learned firm.
 */
export function smallWordProductEnd(tokens: readonly Token[], i: number, at: number, covered: Uint8Array, sense: SmallWordSense): number {
  const small = tokens[at]!;
  const tail = tokens[at + 1];
  if (!SMALL_WORDS.has(small.text) || at - i > 2 || !tail || covered[at + 1] || !/^\p{Lu}\p{Ll}+$/u.test(tail.text) || tail.start !== small.end + 1) return at;
  if (PLACE_OR_DATE.test(tagOf(sense, tail)) || sense.learned.has(tail.text)) return at;
  const frame = launchedOrOwnedAt(tokens, i);
  if (!frame) return at;
  const after = tokens[at + 2];
  const kindAfter = after !== undefined && PRODUCT_KINDS.has(after.lower);
  const closes = after === undefined || CLAUSE_CLOSERS.has(after.lower);
  if (!kindAfter && !(frame === 'launch' && closes)) return at;
  // "by": a plain word before it makes the phrase a name ("Pay by Zeta"); a coined one is the product, and its maker follows
  // ("launched Zeta by Qorva"). "to", "on", "in": a plain word after it ("Zeta to Pay", "Tap on Mobile"); a coined one is a party or
  // a place ("sold Zeta to Qorva", "launched Zeta in Ruritania").
  const plain = small.text === 'by' ? at - i === 1 && isEnglish(sense, tokens[i]!) : isEnglish(sense, tail);
  // "in" reads a place far more often, "on" a platform ("released Zeta on Switch"): only with a kind noun after them ("Qorva's Tap
  // on Mobile app", "Zenco's Pay in Store feature").
  if (!plain || ((small.text === 'in' || small.text === 'on') && !kindAfter)) return at;
  return at + 2;
}
