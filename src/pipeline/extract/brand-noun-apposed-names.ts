import { isPossessive, type Token } from '../text/tokens';
import { CUE_NOUNS } from './cue-words';

/**
 * A name set off by a comma right after a brand's noun phrase is the brand: "its sparkling water brand, Zeta.", "completed the
 * acquisition of luxury beauty brand, Zeta.", "an iconic Zenco label, Zeta, …" (helper apo98b, from real news on apparel, drinks,
 * beauty and streaming: the name after the comma stayed untyped, so no rule around it could name its owner). The name-rules read a
 * cue noun right before a name, or one set off before "the" and a name; here the comma alone sets it off.
 *
 * Guards: the noun is singular and a product's cue (or a trade name's noun: brand, label, marque, line, range); the noun phrase
 * opens within a few plain words with an owner's possessive, a determiner or "of"/"for" ("the acquisition of beauty brand, Zeta");
 * and the name closes the apposition (a comma, the sentence's end, a bracket or a dash): "To grow its brand, Zenco hired …" names
 * the firm that acts, not the brand.
 */

/** Nouns a brand is called by that the cue nouns do not all hold. */
const BRAND_NOUNS: ReadonlySet<string> = new Set(['brand', 'label', 'marque', 'line', 'range', 'sub-brand', 'imprint', 'banner']);

/** Words that open the brand's noun phrase. */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'a', 'an', 'the', 'of', 'for', 'another', 'new']);

/** Tokens that close an apposition after the name. */
const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')', '—', '–', ':', '!', '?']);

/** A lower-case past form before the object's describing words. */
const PAST_VERB = /^\p{Ll}+ed$/u;

/** The most plain words read back from the noun to the phrase's opener. */
const MAX_WORDS_BEFORE = 6;
/** Relative pronouns that open a clause the brand's phrase may close. */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose']);

/** Whether the name over tokens [start, end) is apposed after a comma to a brand's noun phrase. */
export function isNameApposedToBrandNoun(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  const noun = tokens[start - 2];
  if (!noun || noun.capitalized) return false;
  if (!BRAND_NOUNS.has(noun.lower) && !(CUE_NOUNS.get(noun.lower) === 'product' && !noun.lower.endsWith('s'))) return false;
  const close = tokens[end];
  if (close !== undefined && !APPOSITION_CLOSERS.has(close.text)) return false;
  // "The startup that built the Qorva chatbot, Zenco, said …": the phrase ends a relative clause, and the name after it is the
  // apposition of the clause's head, the maker, not the thing made.
  for (let k = start - 3; k >= 0 && k >= start - 4 - MAX_WORDS_BEFORE; k--) if (RELATIVES.has(tokens[k]!.lower)) return false;
  for (let k = start - 3; k >= 0 && k >= start - 2 - MAX_WORDS_BEFORE; k--) {
    const t = tokens[k]!;
    // "acquired luxury beauty brand, Zeta": a past verb's object may open with no determiner.
    if (isPossessive(t) || PHRASE_OPENERS.has(t.lower) || (k < start - 3 && PAST_VERB.test(t.text))) return true;
    if (!t.word) return false;
  }
  return false;
}

/** Nouns of a firm's run of goods that follow its name: "its Zeta line", "their Vexa range". */
const OWNED_LINE_NOUNS: ReadonlySet<string> = new Set(['line', 'range']);

/**
 * Whether the name over tokens [start, end) is one an owner's "its" or "their" puts before "line" or "range": "move its Zeta line
 * into energy drinks", "their Vexa range" (helper apo98b: "line" is no cue noun alone, as "the Zembla line" may be a railway; after
 * "its" it is the owner's goods). Not "its Zeta line manager" nor "its Zeta line-up" (a word glued or following opens another noun).
 */
export function isOwnedLineName(tokens: readonly Token[], start: number, end: number): boolean {
  if (!/^(?:its|their)$/.test(tokens[start - 1]?.lower ?? '')) return false;
  const noun = tokens[end];
  if (!noun || noun.capitalized || !OWNED_LINE_NOUNS.has(noun.lower)) return false;
  const next = tokens[end + 1];
  return next === undefined || !next.word || /^(?:of|into|to|in|from|for|and|or|with|is|was|has|had|will|that|which|as|at|on)$/.test(next.lower);
}

/**
 * Whether the name over tokens [start, end), right before the brand's noun at `cueAt`, is the owner of a brand the noun's apposition
 * names: "An iconic Zenco brand, Zeta, is back" (helper apo98b: Zenco was read as a product by the noun after it). An article or
 * "another" opens the phrase, at most three describing words before the name, and a capitalised name that closes an apposition
 * follows the noun's comma.
 */
export function isOwnerBeforeApposedBrand(tokens: readonly Token[], start: number, cueAt: number): boolean {
  if (!BRAND_NOUNS.has(tokens[cueAt]?.lower ?? '') || tokens[cueAt + 1]?.text !== ',' || !tokens[cueAt + 2]?.capitalized) return false;
  // The apposed name closes its apposition: "Under the Zeta brand, Zenco sells …" names the firm that acts, and Zeta is the brand.
  let close = cueAt + 2;
  while (close < tokens.length && close <= cueAt + 5 && tokens[close]!.capitalized && tokens[close]!.word) close++;
  if (close < tokens.length && !APPOSITION_CLOSERS.has(tokens[close]!.text)) return false;
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    const t = tokens[k]!;
    if (/^(?:a|an|the|another)$/.test(t.lower)) return true;
    if (!t.word || t.capitalized) return false;
  }
  return false;
}
