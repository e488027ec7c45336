import type { Token } from '../text/tokens';

/**
 * Helper apn102 (stop 101), from fresh news on new apps and models: "a Zenco app called Vexa", "The new Zenco service, called
 * Zeeplay, costs $5". The name before the kind was typed a product by the kind after it, and the thing the naming word calls lost its
 * maker. When the kind is followed (perhaps after a comma) by a naming word and a capitalised name, the name before the kind is the
 * maker of that named thing.
 *
 * Guards: an article opens the phrase, with at most two plain describing words before the name ("a new Zenco app", "the latest
 * Zenco model"); not "its" nor a possessive ("its Zeta app called Vexa Lite" may be a line of the owner's); the name is a capitalised
 * word right after the naming word.
 */

/** Naming words right after the kind. */
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed']);
/** Articles that open the phrase. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one']);

/** Whether the name over tokens [start, …) before the kind at `kindAt` names the maker of the thing a naming word calls after it. */
export function isMakerBeforeCalledKind(tokens: readonly Token[], start: number, kindAt: number): boolean {
  let naming = kindAt + 1;
  if (tokens[naming]?.text === ',') naming++;
  if (!NAMING.has(tokens[naming]?.lower ?? '') || !tokens[naming + 1]?.capitalized) return false;
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const t = tokens[k]!;
    if (ARTICLES.has(t.lower)) return true;
    if (!t.word || t.capitalized || t.lower === 'its' || t.lower === 'their') return false;
  }
  return false;
}
