import { IRREGULAR_PASTS } from './cue-words';
import { finiteVerbAt } from './clause-subject';
import { triggersAt } from './trigger-words';

/**
 * "Vidzo blocked channels such as Zen24 and Qorva, and Zenco paused ads": after a group that is already whole (closed by its own
 * "and", or a single name) a name after ", and" with a past verb after it is the subject of the next clause, not one more member,
 * when a verb stands before the group (the group is some verb's object, not a subject list). Real news: the next clause's subject
 * was read as one more thing the first verb acted on. A plain series "banned A, B, and C" is never cut: its part before the comma
 * is not whole.
 */
export function opensClauseAfterClosedGroup(words: readonly string[], first: number, last: number): boolean {
  const join = commaAndBefore(words, first, last);
  if (join === undefined || !isWholeGroup(words, first, join - 1)) return false;
  let after = last + 1;
  if (words[after] === '(') while (after < words.length && after <= last + 10 && words[after - 1] !== ')') after++;
  // "and Zembla later followed": an adverb before the verb makes it finite, whatever follows it.
  const adverb = CLAUSE_ADVERB.test(words[after] ?? '');
  if (adverb) after++;
  if (!isPastVerb(words, after) || (!adverb && PARTICIPLE_COMPANIONS.test(words[after + 1] ?? ''))) return false;
  return verbBefore(words, first);
}

/** The index of the "and" of the last ", and" between `first` and `last`, or undefined. */
function commaAndBefore(words: readonly string[], first: number, last: number): number | undefined {
  for (let k = last; k > first + 1; k--) if (words[k] === 'and' && words[k - 1] === ',') return k;
  return undefined;
}

/** Whether the words from `first` to the comma at `comma` are a whole group: closed by its own "and" or "or", or no comma in it. */
function isWholeGroup(words: readonly string[], first: number, comma: number): boolean {
  const group = words.slice(first, comma);
  return group.includes('and') || group.includes('or') || !group.includes(',');
}

/** A finite verb, or a past tense that may be one ("paused", "took"). */
function isPastVerb(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  return finiteVerbAt(words, at) || /^[a-z]{3,}ed$/.test(word) || IRREGULAR_PASTS.has(word);
}

/** Whether a verb of any kind stands before word `first` in its part of the sentence. */
function verbBefore(words: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= 0 && !PART_STOPS.has(words[k]!); k--) {
    if (finiteVerbAt(words, k) || triggersAt(words, k).some((t) => t.form === 'verb' || t.form === 'participle')) return true;
  }
  return false;
}

/** One adverb between a subject and its verb: "and Zenco also paused …". */
const CLAUSE_ADVERB = /^(?:also|now|still|already|then|later|\p{Ll}+ly)$/u;
/** Words after a participle that describes the name before it ("and Qorva owned by Vexa", "and Zeta based in Zembla"). */
const PARTICIPLE_COMPANIONS = /^(?:by|in|on|at|to|with|as|from|for|under|over|last|earlier|since|during|this|before|after|\.|;|,|:|)$/;
/** Words that end a part of the sentence: no verb past them governs the group. */
const PART_STOPS: ReadonlySet<string> = new Set([';', ':', '.', '?', '!']);
