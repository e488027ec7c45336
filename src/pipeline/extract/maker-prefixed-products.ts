import nlp from 'compromise';
import { surfaceOf, type Token } from '../text/tokens';
import { isMadeKind } from './cue-words';
import { isDeviceModelRun } from './device-model-runs';
import type { LearnedName } from './learned-names';
import { isEnglishWord } from './name-rules';
import { mentionOver, keyOfName, withChanges, type SentenceMention } from './mention';

/**
 * Products named with their maker's own name, the maker's word opening a longer model name before the product's kind: "the Zenco
 * Vela D tire", "the Zenco X Vela Grip D premium drive tire", "its new Zenco Aero upright blender" (helper prd97, from real launch
 * news: a name of three or more words after a known firm's was left untyped, and one after a firm only the article had named was
 * never read as that firm's).
 */

/** Lower-case words between a model name and its kind that end no phrase: verbs, articles, prepositions, pronouns. */
const NOT_KIND_MODIFIERS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'can', 'and', 'or', 'of', 'to',
  'for', 'in', 'on', 'at', 'with', 'by', 'from', 'the', 'a', 'an', 'its', 'their', 'which', 'that', 'who', 'as', 'than', 'but', 'not',
  'also', 'plans', 'plan', 'sells', 'sold', 'makes', 'made', 'buys', 'bought', 'owns', 'owned', 'bans', 'banned',
]);

/**
 * Whether the product's kind closes the run ending at `end`: the kind noun right after it, or after one or two modifiers
 * ("premium drive tire", "upright blender"); singular, as a plural after a name lists a firm's goods ("Zenco Foods snacks").
 */
export function kindClosesRun(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 3 && k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || NOT_KIND_MODIFIERS.has(word)) return false;
    if (isMadeKind(word) && !word.endsWith('s')) return true;
    if (word.endsWith('ed') || word.endsWith('ly')) return false;
  }
  return false;
}

/**
 * "Zenco North America is launching a bus tire. The Zenco Vela D tire offers …": a name opening with the word of a firm the article
 * named before (the whole name, or its first word when the rest is a region or a legal form: "Zenco North America, Inc."), closed by
 * a product's kind, is the firm's product. Not an English word ("General", "United"; a firm's name compromise knows, "Michelin", is
 * one), nor a rest the caller rules out (a unit, a region, a line of business: "Zenco Foods").
 */
export function learnedMakerProduct(tokens: readonly Token[], start: number, end: number, learned: ReadonlyMap<string, LearnedName>, restWordsFit: (words: readonly string[]) => boolean, armWordsFit: (words: readonly string[]) => boolean): SentenceMention | undefined {
  if (end - start < 2 || end - start > 6) return undefined;
  const word = tokens[start]!.text;
  if (!/^\p{Lu}[\p{L}]+$/u.test(word)) return undefined;
  for (let k = start + 1; k < end; k++) if (tokens[k]!.start > tokens[k - 1]!.end + 1) return undefined;
  const rest = tokens.slice(start + 1, end).map((t) => t.text);
  // "The Zenco Watch GT 3 Series is thinner", "Zenco Buds Pro 2 arrive …": a device's head, tiers and codes after the maker's word
  // name its model with no kind after them (device-model-runs.ts; helper nmgen).
  if (!(kindClosesRun(tokens, end) && restWordsFit(rest)) && !isDeviceModelRun(rest)) return undefined;
  const firm = learnedFirm(word, learned, armWordsFit);
  // compromise is asked last, and only of a word the article named as a firm.
  if (!firm || (isEnglishWord(word.toLowerCase()) && !nlp(word).has('#Organization'))) return undefined;
  const label = surfaceOf(tokens, start, end);
  return withChanges(mentionOver(tokens, start, end, { key: keyOfName(label), label, type: 'product' }, 'rule', label), { owner: firm.key });
}

/**
 * The firm the article learned whose name is `word`, or opens with it before only a region or a legal form ("Zenco North America,
 * Inc."; not "Zenco Consultancy Services", another firm of the group than the maker).
 */
function learnedFirm(word: string, learned: ReadonlyMap<string, LearnedName>, armWordsFit: (words: readonly string[]) => boolean): LearnedName | undefined {
  const whole = learned.get(word);
  if (whole) return whole.type === 'company' && !whole.midSentence ? whole : undefined;
  for (const [surface, name] of learned) {
    if (name.type !== 'company' || !surface.startsWith(`${word} `)) continue;
    if (armWordsFit(surface.slice(word.length + 1).split(/[\s,]+/).filter(Boolean))) return name;
  }
  return undefined;
}
