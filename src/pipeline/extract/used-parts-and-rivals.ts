import { mentionAt } from './clause';

/**
 * Names after a making verb that are no thing it made (helper likes, stop 103, from real launch news):
 * - a part or system the made goods use: "Zenco and Qorva announced cars that will use the ZenCar system", "unveiled a tablet
 *   using the Vexa chip". What a firm's goods use is not made by the firm; "uses its own ZenCar system" still reads as made.
 * - the firm's rivals, named after a preposition of order: "Qorva will launch such a device after rivals Zenco and Vela",
 *   "released its tablet ahead of rivals Zenco and Vela". They are rivals (a rival noun reads that), not products.
 */

/** A use verb in a relative clause or a participle: "that will use", "which runs on", "using", "powered by". */
const USE_VERBS = /^(?:use|uses|used|using|run|runs|running|ran)$/;
const USE_AFTER_RELATIVE = /^(?:will|would|can|could|may|might|also|now|both|all|each|already|still|be|to)$/;
const USE_PREPOSITIONS = /^(?:on)$/;

/** Words allowed between the use verb and the name: a determiner or a plain modifier ("the new ZenCar system"). */
const BEFORE_USED_NAME = /^(?:the|a|an|both|new|latest|same|upcoming|updated|next-generation)$/;

/** Whether the name at `first` is what goods named between `after` and it use: "cars that will use the ZenCar system". */
export function usedByMadeGoods(words: readonly string[], after: number, first: number): boolean {
  let k = first - 1;
  while (k >= after && BEFORE_USED_NAME.test(words[k]!) && first - k <= 3) k--;
  if (k < after) return false;
  if (USE_PREPOSITIONS.test(words[k]!) && /^(?:run|runs|running|ran)$/.test(words[k - 1] ?? '')) k--;
  else if (words[k] === 'by' && words[k - 1] === 'powered') return goodsBefore(words, after, k - 1);
  if (!USE_VERBS.test(words[k]!)) return false;
  if (words[k] === 'using' || words[k] === 'running') return goodsBefore(words, after, k);
  let j = k - 1;
  while (j >= after && USE_AFTER_RELATIVE.test(words[j]!)) j--;
  return j >= after && /^(?:that|which)$/.test(words[j]!) && goodsBefore(words, after, j);
}

/** An unnamed made thing before the use clause: a lower-case noun, not a name (the name itself would be the made thing). */
function goodsBefore(words: readonly string[], after: number, at: number): boolean {
  const w = words[at - 1] ?? '';
  return at - 1 >= after && /^[a-z][a-z-]+$/.test(w) && mentionAt(words, at - 1) === undefined;
}

const RIVAL_PLURALS = /^(?:rivals|competitors|challengers|peers)$/;
const RIVAL_SINGULARS = /^(?:rival|competitor|challenger|peer)$/;
const RIVAL_DESCRIBING = /^(?:main|chief|closest|biggest|bigger|larger|smaller|local|domestic|foreign|fierce|arch|longtime|long-time|its|their|its@\d+|their@\d+)$/;
const ORDER_PREPOSITIONS = /^(?:after|before|following|behind|than|like|unlike|alongside|joining|besides)$/;

/** Whether the name at `first` is named as a rival after a preposition of order: "after rivals Zenco and Vela", "ahead of rival Zenco". */
export function rivalAfterOrderPreposition(words: readonly string[], after: number, first: number): boolean {
  let k = first - 1;
  if (!RIVAL_PLURALS.test(words[k] ?? '') && !RIVAL_SINGULARS.test(words[k] ?? '')) return false;
  k--;
  while (k >= after && RIVAL_DESCRIBING.test(words[k]!)) k--;
  if (k < after) return false;
  return ORDER_PREPOSITIONS.test(words[k]!) || (words[k] === 'of' && /^(?:ahead|those)$/.test(words[k - 1] ?? ''));
}

/**
 * The same two readings as lookbehinds before a made-thing pattern's Y (relation-patterns.ts, the general making verb's
 * pattern): no name right after a use clause of unnamed goods, nor right after "after rivals".
 */
export const NOT_USED_PART_OR_ORDERED_RIVAL = String.raw`(?<!(?:^| )[a-z][a-z-]+ (?:(?:that|which) (?:(?:will|would|can|could|may|might|also|now|all|both|each|already|still|be|to) ){0,2}(?:use|uses|used|run|runs|ran)(?: on)?|using|running(?: on)?|powered by) (?:(?:the|a|an|both|new|latest|same|upcoming|updated|next-generation) ){0,2})`
  + String.raw`(?<!(?:^| )(?:after|before|following|behind|than|like|unlike|alongside|joining|besides|ahead of|those of) (?:(?:main|chief|closest|biggest|bigger|larger|smaller|local|domestic|foreign|fierce|arch|longtime|long-time|its|their|its@\d+|their@\d+) )*(?:rivals|competitors|challengers|peers|rival|competitor|challenger|peer) )`;
