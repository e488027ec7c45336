/**
 * Restriction nouns heading a blocking verb's subject: "Ruritanian export controls block Zenco's Z5", "US curbs bar Qorva's chips
 * from Zembla". The state named before the noun is the actor, and what its measure blocks is restricted, not banned (set 89's chip
 * reader: the verb alone read a ban). Only trade measures: "privacy rules block the Zapp app" stays a ban.
 */
const MEASURE_HEADS: ReadonlySet<string> = new Set(['controls', 'curbs', 'sanctions', 'restrictions', 'embargo', 'embargoes']);
/** "rules" and "limits" only after a trade word: "export rules", "chip rules". */
const RULE_HEADS: ReadonlySet<string> = new Set(['rules', 'regulations', 'limits', 'control']);
/** Trade words before those heads (not cue-words.ts's TRADE_WORDS, the trades a maker is named by: "Semiconductor maker"). */
const RULE_TRADE_WORDS: ReadonlySet<string> = new Set(['export', 'exports', 'import', 'imports', 'trade', 'chip', 'chips', 'technology', 'tech', 'semiconductor']);
/** Adverbs between the subject's noun and its verb: "export controls now block …". */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['now', 'also', 'still', 'already', 'effectively', 'further', 'largely', 'directly', 'currently']);

/** Whether the words right before the verb at `t` end a trade measure's name, its subject ("… export controls (now) block"). */
export function measureHeadsVerb(words: readonly string[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && SUBJECT_ADVERBS.has(words[k]!)) k--;
  // "US export curbs that blocked the Z3": the measure's own relative clause.
  if (words[k] === 'that' || words[k] === 'which') k--;
  const head = words[k] ?? '';
  return MEASURE_HEADS.has(head) || (RULE_HEADS.has(head) && RULE_TRADE_WORDS.has(words[k - 1] ?? ''));
}
