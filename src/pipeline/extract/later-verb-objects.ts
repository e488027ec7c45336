import { mentionAt, type MentionList } from './clause';

/**
 * A making verb's object ends where a second verb of the same subject begins: "Zenco released a similar app and then removed Zeta
 * from its store", "launched a new phone and quickly dropped Zeta". The name after the second verb is that verb's object, not
 * the first's; if the second verb makes things, it reads the name itself (helper pvb96, from real app-store and launch news).
 */

/** Adverbs between "and" and a second verb: "and then promptly removed". */
const LINKING_ADVERBS = /^(?:then|later|soon|also|promptly|quickly|swiftly|immediately|subsequently|eventually|abruptly|quietly|just|since|finally|briefly|temporarily|effectively|reportedly)$/;

/** Irregular past forms that open a second verb phrase. */
const IRREGULAR_PAST = new Set(['cut', 'sold', 'put', 'shut', 'kept', 'left', 'took', 'won', 'lost', 'bought', 'hit', 'set', 'quit', 'let', 'brought', 'sent', 'struck', 'drew', 'gave', 'told', 'paid', 'spent', 'began', 'became', 'made', 'built', 'held', 'sought', 'threw']);

/** Participles that rather describe the name after them ("a phone and updated Zeta app"): never read as a second verb. */
const DESCRIBING_PARTICIPLES = /^(?:updated|upgraded|improved|redesigned|refreshed|revamped|renamed|rebranded|connected|related|advanced|enhanced|extended|limited|integrated|dedicated|licensed|branded|combined|expanded|refurbished|restyled|facelifted|unlocked)$/;

/** Words that open a first object of the verb: a determiner, an owner, a count. */
const OBJECT_OPENERS = /^(?:a|an|the|its(?:@\d+)?|their(?:@\d+)?|his|her|our|this|that|these|those|several|two|three|four|five|some|[0-9][0-9.,]*)$/;

/**
 * Whether the name at `first` follows a second verb: between the verb's end `after` and the name, an unnamed object opened by a
 * determiner, then "and", optional adverbs, and a past verb.
 */
export function objectOfLaterVerb(words: readonly string[], after: number, first: number): boolean {
  if (!OBJECT_OPENERS.test(words[after] ?? '')) return false;
  for (let k = after + 2; k < first; k++) {
    const w = words[k]!;
    if (/^@\d+$/.test(w) || w === ',' || w === ';' || w === ':') return false;
    if (w !== 'and') continue;
    let j = k + 1;
    while (j < first && LINKING_ADVERBS.test(words[j]!)) j++;
    const verb = words[j] ?? '';
    if (j >= first || DESCRIBING_PARTICIPLES.test(verb)) return false;
    return /^[a-z]+ed$/.test(verb) || IRREGULAR_PAST.has(verb);
  }
  return false;
}

/** Words after a list's last name that make it a new clause's subject: an auxiliary or a verb of saying or suing. */
const CLAUSE_VERBS = /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|shall|did|does|said|says|told|tells|sued|sues|vowed|vows)$/;

/** Past forms in -ed that rather describe the name before them ("Plix branded phones", "Zeta based tools"). */
const NOT_CLAUSE_PAST = /^(?:used|based|needed|branded|powered|made|built|owned|backed|led|related|designed|licensed|certified|approved|sized|priced|themed|shaped|styled|inspired|focused|enabled|equipped|named|called|dubbed|labelled|labeled)$/;

/**
 * Words after a past verb that show it acts: an object, "to", "with", "against", a particle, a mark, or nothing. Not "in" or "by":
 * "owns Zeta and Plix acquired in 2019" is a reduced clause describing Plix, still owned.
 */
const ACTING_NEXT = /^(?:it|them|him|her|us|the|a|an|its|their|his|this|that|these|those|to|with|against|back|off|out|up|\.|;|@\d+)$/;

/**
 * A list whose last name, after "and", is followed by a finite verb, less that name: "owns Zeta and Qorva sued it", "banned Zapp and
 * Zenco said it would appeal" (helper pvb96: the new clause's subject was read as one more object).
 */
export function withoutNewClauseSubject(words: readonly string[], list: MentionList): MentionList {
  if (list.members.length < 2) return list;
  const lastHead = list.members.at(-1)!;
  let at = list.last;
  while (at > list.first && mentionAt(words, at) !== lastHead) at--;
  if (words[at - 1] !== 'and') return list;
  const next = words[list.last + 1] ?? '';
  const verb = CLAUSE_VERBS.test(next) || (/^[a-z]{3,}ed$/.test(next) && !NOT_CLAUSE_PAST.test(next) && ACTING_NEXT.test(words[list.last + 2] ?? '.'));
  if (!verb) return list;
  let last = at - 2;
  while (last > list.first && mentionAt(words, last) !== list.members.at(-2)) last--;
  return { members: list.members.slice(0, -1), first: list.first, last };
}
