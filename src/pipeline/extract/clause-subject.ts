import { triggersAt } from './trigger-words';

/**
 * Whether a name stands as the subject of the clause's finite verb. A capitalised word opening a
 * sentence is usually no name ("Banned apps …", "Lucid prose …"), but one right before a finite
 * verb is its subject, and a bare adjective or verb cannot be one: "Lucid competes with …", "Grab
 * has launched …", "Vinted acquired …" name firms, whatever the tagger makes of the word.
 */

/**
 * Finite verbs that follow a subject and are no trigger of the registry: auxiliaries, reporting
 * verbs, and the verbs of the relations the construction patterns read (relations.ts).
 */
/** Auxiliaries and reporting verbs: a subject stands right before one, never a possessive's noun ("Wendy's has", "Zenco said"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'says', 'said']);
const FINITE_VERBS = new Set([
  ...AUXILIARIES, 'plans', 'announced', 'announces', 'remains', 'became', 'becomes',
  'acquired', 'acquires', 'bought', 'buys', 'owns', 'owned', 'sued', 'sues', 'invested', 'invests', 'partnered', 'partners',
]);
/** One adverb may stand between the subject and its verb: "Zenco also competes …". */
const ADVERB = /^(?:also|now|already|still|just|\p{Ll}+ly)$/u;

/** Whether `words[at]` (lower case), after at most one adverb, is a finite verb: a trigger's -s or past form, or an auxiliary. */
export function finiteVerbAt(words: readonly string[], at: number): boolean {
  return finiteVerbIndex(words, at) >= 0;
}

/** Where the finite verb at `words[at]` (after at most one adverb) stands, or -1 when there is none. */
export function finiteVerbIndex(words: readonly string[], at: number): number {
  const k = ADVERB.test(words[at] ?? '') ? at + 1 : at;
  const word = words[k];
  // "Software developed by Zenco …": a participle with its agent after it is no finite verb.
  if (word === undefined || words[k + 1] === 'by') return -1;
  if (FINITE_VERBS.has(word)) return k;
  return triggersAt(words, k).some((t) => t.form === 'participle' || (t.form === 'verb' && word.endsWith('s'))) ? k : -1;
}
