import { mentionAt, subjectsBefore, type MentionList } from './clause';
import { triggersAt } from './trigger-words';

// Helper allies (stop 103): partners who team up against a rival. "Zenco teamed up with Qorva to take on Borin" set only Zenco against
// Borin, and "Zenco and Qorva are teaming up to take on rivals, including Borin" set Zenco against Qorva (the rival noun read as the
// pair's mutual contest). Each partner of a teaming-up, joining-forces, partnering or alliance frame competes with the rival its
// purpose clause names; the partners are not each other's rivals unless the text says so ("teaming up with rival Qorva" keeps them).
// The stand "against" a rival with no rivalry verb is rival-stands-against.ts's.

/** Verbs of joining a partner, by their last word, with the word before it when they have two ("teamed up", "joined forces"). */
const JOINING_TWO: ReadonlySet<string> = new Set(['teamed up', 'teams up', 'team up', 'teaming up', 'joined forces', 'joins forces', 'join forces', 'joining forces',
  'joined hands', 'joins hands', 'join hands', 'joining hands', 'linked up', 'links up', 'link up', 'linking up', 'joined up', 'joins up', 'join up', 'joining up']);
const JOINING_ONE = /^(?:partnered|partnering|partners|partner|allied|allying|allies|ally)$/;
/** An alliance's noun before its partner: "formed an alliance with Qorva to take on Borin", "in partnership with Qorva to challenge Borin". */
const ALLIANCE_NOUNS = /^(?:alliance|partnership|tie-up|team-up|coalition|pact)$/;

/** Words that may describe the partner between "with" and its name: "with rival Qorva", "with its partner Qorva", "with fellow startup Qorva". */
const PARTNER_DESCRIBER = /^(?:the|its|their|fellow|rival|partner|longtime|long-time|local|smaller|larger|[a-z]+-based|startup|start-up|firm|company|group|lender|bank|carrier|retailer|chipmaker|carmaker|payments|giant)$/;

/** Words of a purpose between the partner and its "to": "in a bid to", "in order to", "last year to". */
const PURPOSE_GAP = /^(?:in|a|an|bid|effort|attempt|order|push|drive|move|last|this|earlier|year|month|week|recently)$/;

/** Adverbs between "to" and the rivalry's verb: "to better compete with Borin", "to directly take on Borin". */
const VERB_ADVERB = /^(?:better|more|further|also|directly|jointly|together|effectively|\p{Ll}+ly)$/u;

/** Where a joining verb or an alliance's noun ends right before `w` (the index of "with"), or -1. */
function joiningBefore(words: readonly string[], w: number): number {
  const one = words[w - 1] ?? '';
  if (JOINING_ONE.test(one) || ALLIANCE_NOUNS.test(one)) return w - 1;
  return JOINING_TWO.has(`${words[w - 2] ?? ''} ${one}`) ? w - 2 : -1;
}

/**
 * The partner named after a joining verb's "with" (and the verb's subject), whose purpose infinitive is the rivalry at `t`: "Zenco
 * teamed up with Qorva to take on Borin" (t at "take on"), "… with Qorva to take on rivals such as Borin" (t at the noun "rivals",
 * the object of the infinitive's rivalry verb). Undefined when no such frame holds the trigger. The list's span opens at the subject
 * so that a hedge or a negation before the joining verb counts for the partner too ("Zenco may team up with Qorva to …").
 */
export function alliedPartiesBefore(words: readonly string[], t: number, noun: boolean, lists: ReadonlyMap<number, MentionList>, fits: (l: MentionList) => boolean): MentionList | undefined {
  let to = t - 1;
  if (noun) {
    // The noun is the object of a rivalry verb right after "to": "to take on rivals", "to compete with bigger rivals like …".
    while (to > t - 6 && to > 0 && words[to] !== 'to' && /^[a-z-]+$/.test(words[to]!)) to--;
    if (words[to] !== 'to') return undefined;
    const verb = VERB_ADVERB.test(words[to + 1] ?? '') ? to + 2 : to + 1;
    if (verb >= t || !triggersAt(words, verb).some((tr) => tr.relation === 'competes_with')) return undefined;
  } else {
    if (VERB_ADVERB.test(words[to] ?? '')) to--;
    if (words[to] !== 'to') return undefined;
  }
  // The partner ends before "to", past at most a few words of purpose or time ("with Qorva in a bid to", "with Qorva last year to").
  let end = to - 1;
  while (end > to - 5 && end > 0 && PURPOSE_GAP.test(words[end]!)) end--;
  const at = mentionAt(words, end);
  const partner = at === undefined ? undefined : lists.get(at);
  if (!partner || partner.last !== end) return undefined;
  let w = partner.first - 1;
  while (w > partner.first - 3 && PARTNER_DESCRIBER.test(words[w] ?? '')) w--;
  if (words[w] !== 'with') return undefined;
  const joining = joiningBefore(words, w);
  if (joining < 0) return undefined;
  // An alliance's noun has its verb before it ("formed an alliance with"): the subject is that verb's.
  const subject = subjectsBefore(words, joining, lists).find((l) => fits(l) && !l.members.some((m) => partner.members.includes(m)));
  if (!subject || !fits(partner)) return undefined;
  return { members: [...subject.members, ...partner.members], first: subject.first, last: partner.last };
}

/** Verb forms of partnering only ("partners", "allies" are as often nouns: "A and B are partners and rivals"). */
const PARTNERING_VERB = /^(?:partnered|partnering|allied|allying)$/;
/** Verbs that make an alliance's noun an act of joining: "formed an alliance", "struck a partnership". */
const FORMING = /^(?:form|forms|formed|forming|forge|forges|forged|forging|strike|strikes|struck|striking|seal|seals|sealed|sealing|enter|enters|entered|entering|create|creates|created|creating)$/;

/**
 * Whether a joining verb, then a purpose's "to" or "against", stands between a list of firms and a rival noun after it ("Zenco and Qorva
 * are teaming up to take on rivals", "… formed an alliance against rivals"): the noun names the partners' rivals, not a contest between
 * them. "Zenco and Qorva teamed up after years as fierce rivals" still tells their own rivalry.
 */
export function partneredBetween(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const joins = JOINING_TWO.has(`${words[k]} ${words[k + 1] ?? ''}`) || PARTNERING_VERB.test(words[k]!) || (ALLIANCE_NOUNS.test(words[k]!) && words.slice(Math.max(from, k - 3), k).some((w) => FORMING.test(w)));
    if (joins) return words.slice(k + 1, to).some((w) => w === 'to' || w === 'against');
  }
  return false;
}
