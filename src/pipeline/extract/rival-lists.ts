import type { TypeUnknown } from './claim-check';
import { madeListFrom, type MadeAct } from './made-lists';
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
const COUNTING = /^(?:many|several|numerous|some|few|a|number|of|plenty|lots|lot|two|three|four|five|six|other|big|bigger|strong|stiff|serious|major|notable|new|direct|established|local|global|rising|fierce|formidable|increasing|growing|tough|tougher|stiffer|fiercer|intense|heavy|fresh|more)$/;

/**
 * A firm's having rivals it does not name: the subject right before such a verb, no name after it. Undefined otherwise.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function rivalsActAt(index: number, words: readonly string[], mentions: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): MadeAct | undefined {
  const verb = words.findIndex((w, k) => k > 0 && HAS_RIVALS.has(w));
  // "faces stiff competition in Zembla": a place the rivals are in is no rival named (helper cp86).
  if (verb < 0 || mentions.some((m) => m.first > verb && !((m.type === 'government' || m.source === 'unknown') && words[m.first - 1] === 'in'))) return undefined;
  let k = verb + 1;
  while (k < words.length && k - verb <= 4 && COUNTING.test(words[k]!)) k++;
  if (!isRivalsNounAt(words, k)) return undefined;
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

/** Whether every member of a list is a firm that can be a rival; only then are its untyped members typed (a rejected list retypes none). */
function allRivalFirms(list: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): boolean {
  const each = (m: SentenceMention): boolean =>
    m.source !== 'coref' && (m.source === 'unknown' ? typeUnknown?.(m, 'company', false) === 'company' : m.type === 'company');
  if (!list.every(each)) return false;
  for (const m of list) if (m.source === 'unknown') m.type = 'company';
  return true;
}

/** Words that make firms of a list act together, not vie: "launched joint products", "lobbied together" (stop 86's re-read). */
const TOGETHER = /^(?:joint|jointly|together|co-founded|co-developed|partnered|partners|partnership|alliance|consortium|each other's)$/;
/** A joint act right after a list that leads something: "The industry, led by A and B, sued the FCC" (the firms act as one). */
const JOINT_ACTS = /^(?:sued|sues|lobbied|lobbies|asked|asks|urged|urges|wrote|writes|filed|files|opposed|opposes|signed|signs|formed|forms|joined|joins|backed|backs|called|calls|petitioned|petitions|warned|warns|challenged|challenges)$/;

/*
 * Helper cp86, from a fresh rivals sample: a contest stated in one sentence, its parties in the next ("Zenco faces stiff
 * competition. Qorva and Vexa both sell delivery robots", "Competition is heating up. Qorva and Vexa launched chatbots"), and
 * the firms a race or market is led by ("the race for quantum chips, led by Zenco and Qorva", "a market dominated by A, B and C",
 * "the field, where A and B lead").
 */

/** Words after "competition" that leave it a contest a firm faces, not a law or a body ("competition law", "the competition authority"). */
const FACED_COMPETITION_AFTER = /^(?:\.|,|;|in|from|on|at|for|across|here|now|too|as|abroad|at home|locally|globally|worldwide)$/;

/** Whether the rivals' noun at `k` may close a firm's having rivals: "faces many competitors", "faces stiff competition in drones". */
export function isRivalsNounAt(words: readonly string[], k: number): boolean {
  if (RIVAL_NOUNS.has(words[k] ?? '')) return true;
  return words[k] === 'competition' && (k + 1 >= words.length || FACED_COMPETITION_AFTER.test(words[k + 1]!));
}

/** Words saying a contest grows or is fierce: "Competition is heating up", "The competition is fierce". */
const CONTEST_GROWS = /^(?:heating|heats|heated|intensifying|intensifies|intensified|growing|grows|grew|fierce|stiff|tough|intense|rising|rises|rose|mounting|mounts|mounted|stiffening|increasing|heavy|cut-throat|cutthroat|crowded)$/;

/**
 * Whether a sentence with no firm named states that a contest is on: "Competition is heating up", "The competition is fierce in
 * Zembla", "Competition has intensified" (no negation: "Competition is not fierce" states none).
 */
export function contestStated(words: readonly string[]): boolean {
  const k = words[0] === 'the' ? 1 : 0;
  if (words[k] !== 'competition' || !/^(?:is|has|was|remains|remained|keeps|continues|appears)$/.test(words[k + 1] ?? '')) return false;
  for (let j = k + 2; j < Math.min(words.length, k + 5); j++) {
    if (CONTEST_GROWS.test(words[j]!)) return true;
    if (!/^(?:been|getting|becoming|increasingly|very|particularly|now|already|also|only|even|more|to|grow|heat|intensify)$/.test(words[j]!)) return false;
  }
  return false;
}

/** Verbs by which each firm of a list sells or makes the same kind of thing, or enters its market: "Qorva and Vexa both sell delivery robots". */
const SAME_TRADE = /^(?:sell|sells|sold|make|makes|made|offer|offers|offered|build|builds|built|produce|produces|produced|manufacture|manufactures|launched|entered|enter|enters|market|markets|supply|supplies|develop|develops|developed|run|runs|operate|operates)$/;
/** Words between the list and its verb: "both", "all", "also", "have", "now". */
const BEFORE_TRADE = /^(?:both|all|each|also|too|now|already|currently|have|has|recently|likewise|similarly)$/;
/** Words after the verb that aim it at a party, not at a kind of thing: "sell to Zenco", "make chips for Zenco". */
const TRADE_FOR = /^(?:to|for|through|via|with|into|from|by|it|them|their|its)$/;

/** Objects that are no kind of thing sold or made: "made a deal", "sold their stakes", "made progress" (a bare plural kind is: "sell robots"). */
const NO_KIND_OBJECT = /^(?:a|an|the|this|that|these|those|deal|deals|agreement|agreements|bids?|statements?|offers?|shares|stakes|profits?|losses|progress|changes|plans|investments|cuts|moves|gains|headlines|money|cash|history|acquisitions|announcements|comments|decisions|efforts|news|public|up|out|off|over|clear|sure|it|its|their|them)$/;

/**
 * The firms of a list opening the sentence that each sell, make or launch the same kind of thing ("Qorva, Vexa and Zembla Robotics
 * all sell delivery robots", "Qorva and Vexa launched chatbots last month"), right after a sentence stating a contest; empty when the
 * list does not open the sentence, its verb is another (negated, planned: "do not sell", "plan to sell"), or the verb aims at a named
 * party ("make chips for Zenco") or at someone ("sell to").
 */
export function sameTradeList(words: readonly string[], mentions: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): SentenceMention[] {
  const list = madeListFrom(0, words, mentions);
  if (list.length === 0 || list[0]!.first > (words[0] === 'the' ? 1 : 0)) return [];
  let k = list.at(-1)!.last;
  while (k < words.length && k - list.at(-1)!.last < 3 && BEFORE_TRADE.test(words[k]!)) k++;
  if (!SAME_TRADE.test(words[k] ?? '') || TRADE_FOR.test(words[k + 1] ?? '.') || /^[.,;]$/.test(words[k + 1] ?? '.')) return [];
  if (mentions.some((m) => m.first > k) || NO_KIND_OBJECT.test(words[k + 1]!)) return [];
  // "make batteries for it", "run its stores": a verb aimed back at a firm named before.
  if (words.slice(k + 1).some((w) => /^(?:it|its|them|their|his|her)$/.test(w))) return [];
  if (words.some((w) => TOGETHER.test(w))) return [];
  return allRivalFirms(list, typeUnknown) ? list : [];
}

/**
 * Whether the clause after "where A and B" states that they lead, and ends there: "where A and B lead,", "where A and B dominate.",
 * "where A and B are the leaders"; not "where A and B lead a joint lobbying group" or "where A and B are the joint operators".
 */
function leadClauseEnds(words: readonly string[], verb: number): boolean {
  const w = words[verb] ?? '';
  if (/^(?:are|remain)$/.test(w)) {
    const a = words[verb + 1] ?? '';
    const leaders = /^(?:leaders|leading|dominant|biggest|largest|main|top|major)$/;
    return leaders.test(a) || (a === 'the' && (leaders.test(words[verb + 2] ?? '') || /^(?:two|three) (?:leaders|leading|dominant|biggest|largest|main|top|major)/.test(words.slice(verb + 2, verb + 4).join(' '))));
  }
  if (!/^(?:lead|leads|led|dominate|dominates|dominated|rule|rules|compete)$/.test(w)) return false;
  return /^(?:[.,;:)]|—|-|in|today|now|globally|worldwide|there)$/.test(words[verb + 1] ?? '.');
}

/** Nouns of a contest or market that firms lead together: "the race for quantum chips", "a market", "the field". */
const LED_CONTESTS = /^(?:race|races|market|markets|field|sector|segment|space|industry|arena|contest|competition|battle|pack)$/;
/** Words before "market" that make it no market of goods: "the stock market, led by A and B". */
const NO_GOODS_MARKET = /^(?:stock|share|equity|equities|bond|broader|broad|wider|overall|labour|labor|job|jobs|housing|property|capital|financial|money|credit|currency|rally|sell-off|selloff)$/;

/**
 * The firms that lead a contest or market together, named right after its noun: "the race for quantum chips, led by A and B",
 * "a market dominated by A, B and C", "the field, where A and B lead", "a segment long ruled by A and B". Two or more firms, each a
 * company; empty otherwise ("a market dominated by Zenco" alone names one, "the consortium, led by A and B" is no contest).
 */
export function contestLeaders(words: readonly string[], mentions: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): SentenceMention[] {
  for (let k = 1; k < words.length; k++) {
    if (!LED_CONTESTS.test(words[k]!) || NO_GOODS_MARKET.test(words[k - 1] ?? '')) continue;
    // "the race for quantum chips, led by": a short phrase of what is raced for may follow the noun.
    let j = k + 1;
    if (/^(?:for|in|of|to)$/.test(words[j] ?? '')) {
      const end = Math.min(words.length, j + 5);
      for (j++; j < end && /^[a-z][a-z0-9-]*$/.test(words[j]!) && !/^(?:led|dominated|ruled|controlled|where)$/.test(words[j]!); j++);
    }
    // "the race to acquire Zenco, led by A and B": a race for a named firm is a bidding contest, not a market's (kept out).
    if (mentions.some((m) => m.first > k && m.first < j)) continue;
    if (words[j] === ',') j++;
    // "the smartphone market, which is dominated by A and B".
    if (/^(?:which|that)$/.test(words[j] ?? '') && /^(?:is|was|has been|remains)$/.test(words[j + 1] ?? '')) j += 2;
    // "The smartphone market is dominated by A, B and C".
    else if (/^(?:is|was|remains)$/.test(words[j] ?? '') && /^(?:led|dominated|ruled|controlled)$/.test(words[j + 1] ?? '')) j += 1;
    while (/^(?:now|currently|largely|long|still|already|increasingly|today|firmly)$/.test(words[j] ?? '')) j++;
    let from: number;
    let verbAfter = false;
    if (/^(?:led|dominated|ruled|controlled)$/.test(words[j] ?? '') && words[j + 1] === 'by') from = j + 2;
    else if (words[j] === 'where') {
      from = j + 1;
      verbAfter = true;
    } else continue;
    const list = madeListFrom(from, words, mentions);
    if (list.length < 2 || list[0]!.first > from + 1) continue;
    const next = words[list.at(-1)!.last] ?? '.';
    if (verbAfter && !leadClauseEnds(words, list.at(-1)!.last)) continue;
    // The list ends the phrase: "led by A and B, …", not "led by A and B executives" or "led by A and B's founders".
    if (!verbAfter && !/^(?:[.,;:)]|in|with|since|for|—|-)$/.test(next)) continue;
    // "The industry, led by A and B, sued the FCC": a list that then acts as one leads no contest.
    if (next === ',' && JOINT_ACTS.test(words[list.at(-1)!.last + 1] ?? '')) continue;
    if (words.some((w) => TOGETHER.test(w))) continue;
    if (allRivalFirms(list, typeUnknown)) return list;
  }
  return [];
}

/*
 * Helper lst (stop 100), from the readers' bullet lists of rivals whose names were lost: rivals named as a list right after their
 * noun, with no firm before it whose rivals they would be: "The tender drew three rival bidders: ● Zenco – a camera company ● Qorva
 * – a local brand ● Vexo Plus – another brand" (line-lists.ts reads the bullets as "Zenco, Qorva and Vexo Plus"), "Three rival
 * bidders – Zenco, Qorva and Vexo – entered the tender", "The three rivals are Zenco, Qorva and Vexo". They compete with each other.
 * Not a firm's own rivals ("Zenco faces three rivals: A and B", "its rivals – A and B –": read elsewhere as that firm's), nor a
 * list of other things ("three features: • Faster charging …"), nor firms acting together.
 */

/** "rival"/"competing" before a kind of party, as a rival noun of its own (RIVAL_NOUNS) is: "rival bidders", "competing firms". */
const RIVAL_MODIFIER = /^(?:rival|competing)$/;
const RIVAL_PARTY_KINDS = /^(?:bidders|firms|companies|brands|makers|manufacturers|vendors|players|suppliers|operators|carriers|providers|developers|contenders|groups|chains)$/;
/** Words before the noun that tie the rivals to a party already named, or to none now: "its rivals", "Zenco's rivals", "former rivals". */
const OWNED_RIVALS_BEFORE = /^(?:its|their|his|her|our|your|'s|former|one-time|erstwhile|ex|of|main|key|other|chief|biggest|closest|nearest|primary|principal|direct)$/;
/**
 * What opens the list after the noun: a colon, a dash, or a copula after a counted noun ("The three rivals are A, B and C"). Not
 * "include": "Rivals include A and B" after a sentence about Zenco names some of Zenco's rivals, read elsewhere; nor a bare
 * "Rivals are A and B", which is the same.
 */
const LIST_OPENER = /^(?::|–|—|-|--|are|were)$/;
const COPULA_OPENER = /^(?:are|were)$/;
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)$/;

/** The firms listed right after a rivals' noun no firm owns, when two or more; empty otherwise. */
export function namedRivalsList(words: readonly string[], mentions: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): SentenceMention[] {
  for (let k = 0; k < words.length; k++) {
    let noun = -1;
    if (RIVAL_NOUNS.has(words[k]!)) noun = k;
    else if (RIVAL_MODIFIER.test(words[k]!) && RIVAL_PARTY_KINDS.test(words[k + 1] ?? '')) noun = k + 1;
    if (noun < 0) continue;
    // A name before the noun is the firm whose rivals these are, or a list of its own: the named list is no contest among equals.
    if (mentions.some((m) => m.first < k) || OWNED_RIVALS_BEFORE.test(words[k - 1] ?? '') || OWNED_RIVALS_BEFORE.test(words[k - 2] ?? '')) return [];
    if (!LIST_OPENER.test(words[noun + 1] ?? '')) continue;
    if (COPULA_OPENER.test(words[noun + 1]!) && !words.slice(0, k).some((w) => COUNT_WORD.test(w))) return [];
    // "rivals to Zenco", "rivals of Zenco" were passed over above (no opener); "the rivals: A and B" now.
    const list = madeListFrom(noun + 2, words, mentions);
    if (list.length < 2 || list[0]!.first > noun + 3) return [];
    if (words.some((w) => TOGETHER.test(w))) return [];
    return allRivalFirms(list, typeUnknown) ? list : [];
  }
  return [];
}

/*
 * Helper lst (stop 100), from the readers' rivals named as bare possessives with their counts: a firm set against its rivals in a
 * sentence that names them by their figures only, after a comparing word set off by a comma: "Zenco has twice as many terminals in use
 * as competitors, against Qorva's 36 million and Vexo's 35 million", "Zenco sells more phones than its rivals, compared with Qorva's
 * 30% and Vexo's 20%". The sentence must say rivals are compared (a rivals' noun between the firm and the comma): "Zenco has 70
 * million users, against Qorva's 36 million" alone compares figures of firms that may be in other trades, and gives nothing; nor does
 * a possessive with no figure ("against Qorva's wishes").
 */

/** The words that open the comparison after the comma. */
const COMPARING = /^(?:against|versus|vs|vs\.)$/;
/** A word of a figure's unit after its number: "36 million", "30 %", "2.5 bn units". */
const FIGURE_UNIT = /^(?:million|billion|thousand|trillion|mn|m|bn|k|%|percent|per|cent|a|year|units|users|customers|subscribers|terminals|devices|stores|outlets)$/;

/** The firm that opens the sentence and the possessors whose figures it is compared with, or undefined. */
export function countComparedRivals(words: readonly string[], mentions: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): { firm: SentenceMention; rivals: SentenceMention[] } | undefined {
  const firm = mentions[0];
  if (!firm || firm.first > (words[0] === 'the' ? 1 : 0) || words[firm.last] === "'s") return undefined;
  for (let c = firm.last + 1; c < words.length; c++) {
    let from: number;
    if (words[c - 1] === ',' && COMPARING.test(words[c]!)) from = c + 1;
    else if (words[c - 1] === ',' && /^(?:compared|comparing)$/.test(words[c]!) && /^(?:with|to)$/.test(words[c + 1] ?? '')) from = c + 2;
    else continue;
    // A rivals' noun of the firm's own between it and the comparison: "as competitors", "than its rivals".
    const clause = words.slice(firm.last, c - 1);
    if (!clause.some((w) => RIVAL_NOUNS.has(w)) || mentions.some((m) => m !== firm && m.first < c)) return undefined;
    const rivals: SentenceMention[] = [];
    let k = from;
    for (;;) {
      const m = mentions.find((n) => n.first === k);
      if (!m || words[m.last] !== "'s" || !/^\d/.test(words[m.last + 1] ?? '')) break;
      rivals.push(m);
      k = m.last + 2;
      for (let u = 0; u < 3 && FIGURE_UNIT.test(words[k] ?? ''); u++) k++;
      if (words[k] === ',' && words[k + 1] === 'and') k += 2;
      else if (words[k] === ',' || words[k] === 'and') k++;
      else break;
    }
    // Every figure named after the comparing word belongs to a rival: a possessive with no figure breaks the list off.
    if (rivals.length === 0 || rivals.some((m) => m.key === firm.key)) return undefined;
    const ok = (m: SentenceMention): boolean => isRivalFirm(m, typeUnknown);
    if (!(firm.type === 'company' || firm.source === 'unknown') || !rivals.every(ok)) return undefined;
    if (firm.source === 'unknown' && !isRivalFirm(firm, typeUnknown)) return undefined;
    return { firm, rivals };
  }
  return undefined;
}
