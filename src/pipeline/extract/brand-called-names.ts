import type { Token } from '../text/tokens';
import { CUE_NOUNS } from './cue-words';

/**
 * Helper typ98 (stop 98), from real cosmetics news: "Zenco unveiled a new skin care brand, set to launch in the fall, called
 * Vexa Skin Lab". A name a brand noun calls so is the brand, whatever its last word: "Lab", "Labs" or "Foods" end firms' names,
 * and the brand was typed a firm, so its maker lost it. The brand noun may stand up to ten words before the naming word, with
 * no clause's end and no firm's cue noun between ("a startup called Zenco Labs" stays a firm).
 */

/** Nouns of a brand or a line of goods: "a new skin care brand called …", "a range named …". */
const BRAND_NOUNS: ReadonlySet<string> = new Set(['brand', 'label', 'line', 'range', 'collection']);
/** Naming words right before the name. */
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'branded']);

/** Whether a brand noun calls the name at tokens[start]: "a brand … called Vexa Skin Lab". */
export function isBrandCalled(tokens: readonly Token[], start: number): boolean {
  if (!NAMING.has(tokens[start - 1]?.lower ?? '')) return false;
  for (let k = start - 2; k >= 0 && k >= start - 12; k--) {
    const t = tokens[k]!;
    if (BRAND_NOUNS.has(t.lower)) return true;
    if (/^[.;:,()]$/.test(t.text) || (CUE_NOUNS.has(t.lower) && CUE_NOUNS.get(t.lower) !== 'product')) return false;
  }
  return false;
}
