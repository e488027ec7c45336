import type { Token } from '../text/tokens';

/**
 * A firm named right after where it sits: "Ruritania-based Zenlabs, the parent of …", "Zembla-based Qorva supplies …" (helper bodies,
 * from real news: a firm no lexicon knew, after "<Place>-based", was left untyped and its app's maker lost). The compound is glued
 * to its place and the name follows it directly; only firms are said to be based somewhere before their names, not products
 * ("the Zembla-based Qorva app" is the app's, so a kind of product after the name keeps it out), and lower-case words
 * ("Ruritania-based investors", "a Zembla-based startup") are no names at all.
 */
const PLACE_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;

/** Whether the name at `start`..`end` follows "<Place>-based" and no kind of product follows it (`kindAfter`). */
export function isPlaceBasedFirm(tokens: readonly Token[], start: number, kindAfter: boolean): boolean {
  const before = tokens[start - 1];
  return before !== undefined && PLACE_COMPOUND.test(before.text) && tokens[start]!.capitalized && !kindAfter;
}
