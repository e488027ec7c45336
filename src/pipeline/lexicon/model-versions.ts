/**
 * Model and product versions: "Llama 3.1", "GPT-5-mini", "Ernie 4.0", "Gemini Nano",
 * "DeepSeek-R1-0528". A version is its own node, linked to its family by `version_of`; the
 * family keeps the mentions of the family itself.
 */

/** One word of a version: a number ("3.1", "4o", "V3", "T1", "120b", "8x7B") or a size or tier name ("Thinking", "Enterprise", "Gov"). */
const VERSION_WORD = /^(?:[a-z]?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[bm]|\d+x\d+[bm]|mini|nano|micro|flash|pro|ultra|max|plus|turbo|preview|lite|titan|large|medium|small|xl|opus|sonnet|haiku|instant|vision|omni|coder|thinking|reasoner|enterprise|team|edu|gov|elite|next|air)$/i;

/** Years are dates, not versions: "Claude 2024" is not a model. */
export const YEAR = /^(?:19|20)\d\d$/;

/** Whether `words` (one to two) spell a version: "3.1", "1.5 Pro", "3.0 Titan". */
export function isVersion(words: readonly string[]): boolean {
  // "8 Gen 3", "8 Elite Gen 5" (Zeta 8 Elite Gen 5): a version of one or two words, then its generation.
  const gen = words.length - 2;
  if (gen >= 1 && /^gen$/i.test(words[gen]!)) return isVersion(words.slice(0, gen)) && isVersionWord(words[gen + 1]!);
  return words.length > 0 && words.length <= 2 && words.every(isVersionWord);
}

/** A version word, or version words joined by hyphens ("2.5-Max" in "Qwen 2.5-Max"). */
function isVersionWord(word: string): boolean {
  const one = (w: string): boolean => VERSION_WORD.test(w) && !YEAR.test(w);
  return one(word) || (word.includes('-') && word.split('-').every(one));
}

/** A version written inside a hyphenated token after its family: "0528" in "DeepSeek-R1-0528" (digits of any length allowed there). */
export function isHyphenVersion(rest: string): boolean {
  const parts = rest.split('-');
  return parts.length <= 2 && parts.every((p) => VERSION_WORD.test(p) || /^\d{3,4}$/.test(p));
}

/**
 * For a lexicon alias like "Llama 3.1" of "Llama": the version part ("3.1"), when the alias is
 * the family's name followed by a version; undefined for other aliases ("Llama models").
 */
export function versionSuffix(family: string, alias: string): string | undefined {
  if (!alias.startsWith(family) || alias.length === family.length) return undefined;
  const sep = alias[family.length];
  const rest = alias.slice(family.length + 1);
  if (sep === ' ') return isVersion(rest.split(' ')) ? rest : undefined;
  if (sep === '-' || sep === '.') return isHyphenVersion(rest) ? rest : undefined;
  return undefined;
}
