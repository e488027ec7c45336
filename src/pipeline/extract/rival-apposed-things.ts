import { mentionAt, type MentionList } from './clause';

/**
 * Rivalry told of a thing set beside its maker's description (helper rvl93, from stop 92's fresh set 87): the rival is the thing,
 * not the maker that owns the description.
 *   "Tarn, Qorva's answer to Lumo, …"           → Tarn competes with Lumo (not Qorva)
 *   "Tarn is Qorva's answer to Lumo"            → Tarn competes with Lumo (helper copmak: the copula sets it beside as the comma does)
 *   "Qorva, Zenco's assistant that rivals Vexa"  → Qorva competes with Vexa (not Zenco)
 */

/** Nouns naming a thing put up against another ("answer to", "alternative to"): the thing apposed before them is the rival. */
export const ANSWER_NOUNS: ReadonlySet<string> = new Set(['answer', 'alternative', 'response', 'challenger', 'rival', 'competitor']);

/** Copulas that set a thing beside the answer it is: "Plix is Zenco's answer to Vexa". */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'became']);

/** A noun after the name an answer is "to" that makes the name its qualifier: "Qorva's answer to the Zenco deal" answers a deal. */
export const ANSWERED_ACT_AFTER = /^(?:contract|contracts|deal|deals|order|orders|tender|bid|offer|offers|market|business|customers|users|pricing|prices|move|moves|plan|plans|decision|lawsuit|suit|claims|threat|takeover|merger|acquisition|launch|strategy)$/;

/**
 * "Tarn, Qorva's answer to Lumo": the list set off by a comma before the possessor at `possessorFirst` (the thing the possessor
 * answers with), when the noun is an answer noun whose "to" opens the rival. Undefined otherwise.
 */
export function answerApposedBefore(words: readonly string[], possessorFirst: number, noun: string, next: string): MentionList | undefined {
  // "to" or "against" only: "Borin, Zenco's rival for the Qorva contract" names a prize, not a rival.
  if (!ANSWER_NOUNS.has(noun) || !/^(?:to|against)$/.test(next)) return undefined;
  const k = words[possessorFirst - 1] === 'the' ? possessorFirst - 2 : possessorFirst - 1;
  // "Plix is Zenco's answer to Qorva's Vexa": a copula sets the thing beside the answer as a comma does (helper copmak); the name must
  // open the sentence or a clause ("Plix, which is Zenco's answer to Vexa" is read by the relative rules).
  if (COPULAS.has(words[k] ?? '')) {
    const named = mentionAt(words, k - 1);
    const opener = words[k - 2] === 'the' ? words[k - 3] : words[k - 2];
    return named !== undefined && (opener === undefined || /^(?:;|:|but|and|while|whereas)$/.test(opener)) ? { members: [named], first: k - 1, last: k - 1 } : undefined;
  }
  if (words[k] !== ',') return undefined;
  const m = mentionAt(words, k - 1);
  if (m === undefined) return undefined;
  // One name only, opening the sentence or a clause or a verb's object: "A, B, Qorva's answer to C" is no apposition.
  const before = words[k - 2];
  if (before !== undefined && !/^(?:;|:|\(|but|launched|launches|unveiled|unveils|released|releases|introduced|introduces|announced|announces|called|named|dubbed|with|runs|uses|is|was)$/.test(before)) return undefined;
  return { members: [m], first: k - 1, last: k - 1 };
}

/**
 * "Qorva, Zenco's assistant that rivals Vexa", "Qorva, Zenco's new voice assistant, which competes with Vexa": the name set off before
 * a possessor's description (of a thing, a unit, a distributor) whose relative clause holds the verb at `t`, when the verb's
 * subject was read as that possessor (`sources`). Undefined otherwise ("Zenco's assistant rivals Vexa" keeps Zenco's reading to the rules before).
 */
export function relativeThingHolder(words: readonly string[], t: number, sources: MentionList): MentionList | undefined {
  let k = t - 1;
  if (/^[a-z]+ly$/.test(words[k] ?? '')) k--;
  if (!/^(?:that|which)$/.test(words[k] ?? '')) return undefined;
  k--;
  if (words[k] === ',') k--;
  // Any head: "Vexa, Zenco's distributor that competes with Qorva" is the distributor's rivalry too, not its supplier's.
  if (!/^[a-z][a-z-]*$/.test(words[k] ?? '') || /^(?:one|all|some|each|both|most)$/.test(words[k]!)) return undefined;
  // Up to three describing words between the possessive and the head: "Zenco's new voice assistant".
  let j = k - 1;
  for (let n = 0; n < 3 && /^[a-z][a-z-]*$/.test(words[j] ?? '') && words[j] !== 'and' && words[j] !== 'or'; n++) j--;
  if (words[j] !== "'s") return undefined;
  const owner = mentionAt(words, j - 1);
  if (owner === undefined || !sources.members.includes(owner)) return undefined;
  const c = j - 2;
  if (words[c] !== ',') return undefined;
  const m = mentionAt(words, c - 1);
  // One name, not the last of a list: "A, B, Zenco's assistant that …" is no apposition.
  // Nor a place or time a preposition opens: "In Ruritania, Zenco's app that rivals Vexa …".
  if (m === undefined || /^(?:,|and|or|in|at|on|for|from|to|with|by|of|across|since|after|before|inside|outside|like|unlike)$/.test(words[c - 2] ?? '')) return undefined;
  return { members: [m], first: c - 1, last: c - 1 };
}

/**
 * "The deal would eliminate close competition between Zenco and Qorva", "reduce competition between": a deal said to take away the
 * competition states that the firms compete now, whatever the deal's modal (fresh set 87: read as negated). "ended the rivalry" still
 * negates. `t` is the noun's index.
 */
export function competitionTakenAway(words: readonly string[], t: number): boolean {
  if (!/^(?:competition|rivalry)$/.test(words[t] ?? '') || !/^(?:between|with)$/.test(words[t + 1] ?? '')) return false;
  let k = t - 1;
  for (let n = 0; n < 3 && /^(?:the|all|any|much|some|most|close|direct|head-to-head|significant|substantial|vigorous|fierce|intense|strong|existing|current|meaningful|important|actual|potential)$/.test(words[k] ?? ''); n++) k--;
  // "potential competition" is none yet: the firms do not compete now.
  if (words.slice(k + 1, t).includes('potential')) return false;
  // "The merger would not reduce competition between A and B", "will not substantially lessen": a taking away denied states no
  // rivalry (helper sts93); the clause keeps its own status.
  let v = k - 1;
  if (/^(?:substantially|significantly|materially|meaningfully|appreciably|really)$/.test(words[v] ?? '')) v--;
  if (/^(?:not|never|n't|cannot|hardly)$/.test(words[v] ?? '')) return false;
  return /^(?:eliminate|eliminates|eliminated|eliminating|elimination|remove|removes|removed|removing|reduce|reduces|reduced|reducing|lessen|lessens|lessened|lessening|diminish|diminishes|diminished|diminishing|weaken|weakens|weakened|weakening|stifle|stifles|stifled|stifling|harm|harms|harmed|harming)$/.test(words[k] ?? '') || (words[k] === 'of' && /^(?:elimination|loss|removal|reduction|lessening)$/.test(words[k - 1] ?? ''));
}

/**
 * "Zenco would buy smaller rival Qorva", "plans to merge with larger competitor Qorva": a rival noun with its describing adjective right
 * before the name describes the firm; the plan is the deal's (stop 53's rule for noun triggers, here when the noun is read as a verb).
 * `t` is the trigger's index; not "would rival Qorva", "to rival Qorva".
 */
export function describingRivalNoun(words: readonly string[], t: number): boolean {
  if (!/^(?:rival|competitor)$/.test(words[t] ?? '') || mentionAt(words, t + 1) === undefined) return false;
  return /^(?:smaller|larger|bigger|main|chief|key|major|closest|biggest|largest|fellow|local|domestic|regional|longtime|long-time|fierce|direct|struggling|troubled|listed|privately-held|family-owned|u\.s\.|european|american|british|german|french|japanese|chinese|indian)$/.test(words[t - 1] ?? '');
}
