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
