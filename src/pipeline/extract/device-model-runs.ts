import type { Token } from '../text/tokens';

/**
 * Device model names built of a generic head, tier words and model codes: "Watch Ultra 2", "Watch GT 3 Series", "Buds Pro 2",
 * "Pad Air 5", "Home Mini", "Fold 6" (helper nmgen, from real gadget news: "Qorva's Watch Ultra 2" was cut to "Ultra 2", since
 * "Watch" is trimmed as an imperative; "The Zenco Watch GT 3 Series is …", one sentence after the article named Zenco, was read as no
 * one's, as only a kind of product closing the run made it the maker's). Every word of such a run is a device's head, a tier or a
 * code, so it names a model, never a firm's unit, place or round ("Zenco Series A", "Zenco One", "the Pro plan" are no such run).
 */

/** Generic heads of a device's name: "Watch", "Buds", "Pad", "Home" (as in a speaker's "Home Mini"), "Fold" and "Flip" (phones). */
export const DEVICE_MODEL_HEADS: ReadonlySet<string> = new Set(['Watch', 'Band', 'Tab', 'Phone', 'Pad', 'Book', 'Buds', 'Ring', 'Lens', 'Home', 'Fold', 'Flip']);
/** Tier and line words of a device's model name: "Pro", "Ultra", "Air", "Series" ("Watch Series 9"), "SE", "Classic". */
export const DEVICE_TIER_WORDS: ReadonlySet<string> = new Set(['Pro', 'Max', 'Ultra', 'Mini', 'Air', 'Plus', 'Lite', 'Series', 'SE', 'Classic']);
/** A model's code: a figure-bearing token ("3", "X1", "S9", "5G" is not: it is no code here) or two or three capitals ("GT"). */
const MODEL_CODE = /^(?:\p{Lu}{0,3}\p{N}{1,4}\p{Lu}{0,2}\+?|\p{Lu}{2,3})$/u;
/** Capitals that are kinds, places or networks, no model's code: "Zenco Watch AI", "Zenco Pad US". */
const NOT_CODES: ReadonlySet<string> = new Set(['AI', 'US', 'UK', 'EU', 'USA', 'EV', 'TV', 'PC', 'OS', 'UI', 'LTE', 'VR', 'AR', 'XR', 'MR']);

/** Whether `word` may stand in a device model's name: a head, a tier or a code. */
function isModelRunWord(word: string): boolean {
  return DEVICE_MODEL_HEADS.has(word) || DEVICE_TIER_WORDS.has(word) || (MODEL_CODE.test(word) && !NOT_CODES.has(word) && !/^\p{N}G$/u.test(word));
}

/**
 * Whether the words after a maker's name make a device's model name: two to five words, all heads, tiers or codes, opening with a
 * head ("Watch GT 3 Series", "Buds Pro 2", "Home Mini", "Fold 6"). A run opened by a tier ("Pro Max") or by "Series" is left to
 * other rules: "Zenco Series B" is a funding round's, and a tier alone after a firm may name a plan.
 */
export function isDeviceModelRun(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 5 || !DEVICE_MODEL_HEADS.has(words[0]!)) return false;
  // "Watch Fit 3", "Watch Active 2": one line word of the maker's own may stand between the head and a figure-bearing code.
  return words.every((w, k) => isModelRunWord(w) || (k === 1 && isLineWordBeforeCode(w, words[2])));
}

/** Whether `word` is a capitalised line word ("Fit", "Active") before a code that holds a figure ("3", "S2"). */
function isLineWordBeforeCode(word: string, next: string | undefined): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && next !== undefined && /\p{N}/u.test(next) && MODEL_CODE.test(next);
}

/** Whether the tokens after a device's head at `k` go on with its model's name: a tier ("Watch Ultra"), or a line word and a code ("Watch Fit 3"). */
export function modelGoesOnAfterHead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k + 1];
  if (t === undefined || t.start !== tokens[k]!.end + 1) return false;
  if (DEVICE_TIER_WORDS.has(t.text)) return true;
  const code = tokens[k + 2];
  return code !== undefined && code.start === t.end + 1 && isLineWordBeforeCode(t.text, code.text);
}
