import { mentionAt, type MentionList } from './clause';

// Helper cmp96, from stop 96's ninety-third fresh sample (s93a): "Zenco won Lumo, prevailing over rivals that included Qorva" gave
// Lumo a rival. A participle set off by a comma after the main clause ("…, beating rivals including Qorva", "…, outbidding Qorva")
// has the main clause's subject for its own, not the object just before the comma (the firm bought, the contract won).

/** Words that may stand between the participle and the rivalry's noun. */
const BETWEEN_PARTICIPLE_AND_NOUN = /^(?:over|past|out|off|its|their|several|many|other|bigger|larger|big|major|all|two|three|four|five|much|far)$/;

/** Main verbs whose subject is the participle's: the winner or buyer. */
const WON_OR_BOUGHT = /^(?:won|wins|bought|buys|acquired|acquires|secured|secures|clinched|clinches|landed|lands|captured|captures|snapped|scooped|bagged|took|takes|agreed|completed|sealed)$/;

/** Verbs of selling between a winning or buying verb and its object ("agreed to sell Lumo"): the subject is the seller. */
const SELLING = /^(?:sell|sells|sold|selling|divest|divests|divested|offload|offloads|offloaded|spin|spun)$/;

/** Words that open a clause of their own between the main subject and the comma: its subject is no longer the main one. */
const OWN_CLAUSE_WORDS = /^(?:which|who|whose|that|and|but|while|as|after|before|when|because|said|says|,|;|:|\(|\))$/;

/**
 * The main clause's subject when the rivalry's trigger at `t` stands in a participle clause set off by a comma (", beating …",
 * ", prevailing over rivals …"), and `sources`, the name read as its doer, is the main clause's object before that comma. Undefined
 * when the trigger is not in such a clause, or no verb of winning or buying governs `sources`. `none` when that verb's subject is no
 * name (then no doer is known).
 */
export function participleMainSubject(words: readonly string[], t: number, sources: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | 'none' | undefined {
  // The participle: the trigger itself or a word at most three before it, right after a comma.
  let comma = -1;
  for (let k = t; k >= Math.max(1, t - 3); k--) {
    if (words[k - 1] === ',' && /^[a-z]+ing$/.test(words[k] ?? '')) { comma = k - 1; break; }
    // Only a preposition or a describing word between the participle and a rival's noun: "prevailing over several rivals", not
    // "calling it a rival of Qorva" (the rival is the one called).
    if (k < t && !BETWEEN_PARTICIPLE_AND_NOUN.test(words[k] ?? '')) return undefined;
  }
  if (comma < 0 || sources.last >= comma || sources.first === 0) return undefined;
  // The main verb, one of winning or buying right before the doer read (only its object between): the one "picked", "chose" or
  // "hired" is the one that beat the rival ("Zenco picked Lumo, beating rival Qorva" tells Lumo's win).
  let verb = -1;
  for (let k = sources.first - 1; k >= 1 && verb < 0; k--) {
    if (WON_OR_BOUGHT.test(words[k]!)) verb = k;
    // "Zenco agreed to sell Lumo, beating rival Qorva": the seller beat no one; the buyer, unnamed here, did (crit96c).
    else if (SELLING.test(words[k]!)) return 'none';
    else if (OWN_CLAUSE_WORDS.test(words[k]!) || mentionAt(words, k) !== undefined) return undefined;
  }
  if (verb < 0) return undefined;
  for (let k = sources.last + 1; k < comma; k++) if (OWN_CLAUSE_WORDS.test(words[k]!) || mentionAt(words, k) !== undefined) return undefined;
  // Its subject, the name right before it ("Zenco bought Lumo", "In 2019, Zenco bought Lumo"); none when no name is ("The group won
  // Lumo, beating rival Qorva": the doer is unnamed, not Lumo).
  const named = mentionAt(words, verb - 1);
  const subject = named === undefined ? undefined : lists.get(named);
  if (subject === undefined || subject.last !== verb - 1) return 'none';
  return subject;
}
