import type { TypeUnknown } from './claim-check';
import type { MadeAct } from './made-lists';
import type { SentenceMention } from './mention';

/**
 * A firm's rivals named in the sentence after the one that counts them (`listing:rivals`, read by
 * ListingReader): "Zenco has many competitors. They include brands like Qorva and Borin", "Zenco
 * faces three rivals. These are A, B and C". The first sentence has the firm and its rivals' noun, no
 * rival named; the next one opens with the list.
 */

/** Verbs by which a firm has rivals without naming them: "has many competitors", "faces three rivals". */
export const HAS_RIVALS = new Set(['has', 'have', 'had', 'faces', 'face', 'faced', 'facing', 'sees', 'saw', 'counts', 'counted']);
/** The rivals' nouns. */
const RIVAL_NOUNS = new Set(['competitors', 'rivals', 'challengers', 'contenders']);
/** Words that count or describe the rivals between the verb and the noun: "many", "a number of", "two big". */
const COUNTING = /^(?:many|several|numerous|some|few|a|number|of|plenty|lots|lot|two|three|four|five|six|other|big|bigger|strong|stiff|serious|major|notable|new|direct|established|local|global|rising|fierce|formidable)$/;

/**
 * A firm's having rivals it does not name: the subject right before such a verb, no name after it. Undefined otherwise.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function rivalsActAt(index: number, words: readonly string[], mentions: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): MadeAct | undefined {
  const verb = words.findIndex((w, k) => k > 0 && HAS_RIVALS.has(w));
  if (verb < 0 || mentions.some((m) => m.first > verb)) return undefined;
  let k = verb + 1;
  while (k < words.length && k - verb <= 4 && COUNTING.test(words[k]!)) k++;
  if (!RIVAL_NOUNS.has(words[k] ?? '')) return undefined;
  const firm = mentions.filter((m) => m.last <= verb).at(-1);
  if (!firm || verb - firm.last > 2 || words.slice(firm.last, verb).some((w) => w === ',')) return undefined;
  return firm.type === 'company' || firm.source === 'unknown' ? { sentence: index, source: firm, typeUnknown } : undefined;
}

/**
 * Where the rivals' list begins in a sentence that opens with it ("They include A and B", "These are A, B and C", "They
 * include brands like A and B", "Among them are A and B"), else -1.
 */
export function rivalListAt(words: readonly string[]): number {
  let k: number;
  if (/^(?:they|these|those)$/.test(words[0] ?? '') && /^(?:include|included|are|were)$/.test(words[1] ?? '')) k = 2;
  else if (words[0] === 'among' && words[1] === 'them' && /^(?:are|were)$/.test(words[2] ?? '')) k = 3;
  else return -1;
  // "… brands like A and B", "… firms such as A": a kind of firm, then the examples.
  if (/^(?:brands|firms|companies|names|players|makers|giants|startups)$/.test(words[k] ?? '')) {
    if (words[k + 1] === 'like' || words[k + 1] === 'including') return k + 2;
    if (words[k + 1] === 'such' && words[k + 2] === 'as') return k + 3;
    return -1;
  }
  return words[k] === ':' ? k + 1 : k;
}

/** A rival the list may hold: a typed firm, or a name nothing typed that the tagger lets be one (typed so). */
export function isRivalFirm(m: SentenceMention, typeUnknown: TypeUnknown | undefined): boolean {
  if (m.source === 'coref') return false;
  if (m.source !== 'unknown') return m.type === 'company';
  if (typeUnknown?.(m, 'company', false) !== 'company') return false;
  m.type = 'company';
  return true;
}
