import type { SentenceMention } from './mention';
import { isVs } from './cue-words';
import { mentionAt, type MentionList } from './clause';

/**
 * The phrase shapes of rivalry, pure functions of one sentence's lower-cased words (abstract-sentence.ts):
 * the pairs around "vs" and in "the Zenco-Kappa rivalry", party nouns ("rival", "competitor"), contests a
 * list is in together ("locked in a race"), disputes that are no competition ("a patent battle"), and who
 * may compete with whom. trigger-relations.ts reads them.
 */

/** "@0 @1 rivalry" (written "Zenco-Kappa rivalry") or "@0 , @1 rivalry" (an en dash): the pair right before the noun at `t`. */
export function joinedPairBefore(words: readonly string[], t: number): MentionList | undefined {
  const b = mentionAt(words, t - 1);
  const gap = words[t - 2] === ',' ? 1 : 0;
  const a = mentionAt(words, t - 2 - gap);
  if (a === undefined || b === undefined || words[t - 3 - gap] === "'s" || mentionAt(words, t - 3 - gap) !== undefined) return undefined;
  return { members: [a, b], first: t - 2 - gap, last: t - 1 };
}

/** Whether a list's members are joined by "or" ("A, B or C"). */
export function isOrList(words: readonly string[], list: MentionList): boolean {
  return words.slice(list.first, list.last).includes('or');
}

/** The names right before and after a "vs" at `t`, each alone, when the list either belongs to is joined by "or" and reaches another "vs". */
export function orPair(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): [MentionList, MentionList] | undefined {
  const after = words[t + 1] === '.' ? t + 2 : t + 1;
  const a = mentionAt(words, t - 1);
  const b = mentionAt(words, after);
  if (a === undefined || b === undefined) return undefined;
  // … only when the "or" list reaches another "vs" ("B or C vs D"); "A vs B or C" sets A against both.
  const joinedByOr = (m: number, side: 'before' | 'after'): boolean => {
    const list = lists.get(m);
    return !!list && isOrList(words, list) && isVs(side === 'after' ? words[list.last + 1] : words[list.first - 1]);
  };
  return joinedByOr(a, 'before') || joinedByOr(b, 'after') ? [{ members: [a], first: t - 1, last: t - 1 }, { members: [b], first: after, last: after }] : undefined;
}

/** "@1 vs @2 vs . @3": the items of a chain of three or more around the "vs" at `t`, as one list; undefined for a pair. */
export function vsChain(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  // "A vs B or C vs D": a list joined by "or" around the chain holds two pairs' ends, so each item is the one name by the "vs".
  const itemEndingAt = (k: number): MentionList | undefined => {
    const m = mentionAt(words, k);
    const list = m === undefined ? undefined : lists.get(m);
    return list && isOrList(words, list) ? { members: [m!], first: k, last: k } : list;
  };
  const itemStartingAt = (k: number): MentionList | undefined => itemEndingAt(words[k] === '.' ? k + 1 : k);
  let first = itemEndingAt(t - 1);
  if (!first) return undefined;
  const items = [first];
  // Leftwards: "… @0 vs @1" before the first item.
  for (let k = first.first - 1; isVs(words[k]) || (words[k] === '.' && isVs(words[k - 1])); k = first.first - 1) {
    const before = itemEndingAt(words[k] === '.' ? k - 2 : k - 1);
    if (!before) break;
    items.unshift((first = before));
  }
  // Rightwards from the trigger.
  for (let k = t; isVs(words[k]); ) {
    const next = itemStartingAt(k + 1);
    if (!next) break;
    items.push(next);
    k = next.last + 1;
  }
  if (items.length < 3) return undefined;
  return { members: items.flatMap((l) => l.members), first: items[0]!.first, last: items.at(-1)!.last };
}

/** "@1 , a @2 alternative": the list before the comma that opens the noun phrase starting at `first` (its determiner skipped). */
export function apposedTo(words: readonly string[], first: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = first - 1;
  // "@1 , a popular @2 alternative", "@1 , one of the fastest-growing @2 alternatives": describing words before the name.
  // Not a comparing word: "Zenco, unlike Qorva's rivals, …" sets Zenco against them, it is no apposition (helper fxr89).
  // Nor a copula: "Zenco, founded by Ana Borin, is Qorva's rival" is Zenco's rivalry, not the aside's last name's (helper cmp97, from
  // real airline news: the founder was read as the rival, and the claim was lost).
  for (let n = 0; n < 2 && /^[a-z]+(?:-[a-z]+)*$/.test(words[k] ?? '') && !/^(?:a|an|the|of|one|like|unlike|is|are|was|were|remains|remained|became|becomes|has|have|had|been)$/.test(words[k]!); n++) k--;
  if (words[k] === 'like' || words[k] === 'unlike') return undefined;
  if (/^(?:a|an|the)$/.test(words[k] ?? '')) k--;
  // "@1 , one of the @2 alternatives": the description may open with "one of".
  if (words[k] === 'of' && words[k - 1] === 'one') k -= 2;
  if (words[k] !== ',') return undefined;
  const m = mentionAt(words, k - 1);
  return m === undefined ? undefined : lists.get(m);
}

/** Verbs whose subject is one of the rivals counted after them: "Zenco faces two rivals", "names three rivals", "fends off two rivals". */
const FACING_VERBS = /^(?:face|faces|faced|facing|has|have|had|having|name|names|named|naming|see|sees|saw|seeing|list|lists|listed|cite|cites|cited|count|counts|counted|identify|identifies|identified|battle|battles|battled|battling|fight|fights|fought|fighting|beat|beats|beating|trail|trails|trailed|trailing|outsell|outsells|outsold|outpace|outpaces|outpaced)$/;

/** Whether the word at `v`, right before a count of rivals, is a verb of facing or naming (`FACING_VERBS`, "fends off"). */
export function facesRivals(words: readonly string[], v: number): boolean {
  if (words[v] === 'off') return /^fend/.test(words[v - 1] ?? '');
  return FACING_VERBS.test(words[v] ?? '');
}

/** Words opening an adjunct before the main clause: "Unlike its rival, Qorva, Zenco …", "As with rival Qorva, Zenco's …". */
// Stop 51's readers: a fronted contrast clause, "While competitors like A and B charge for access, Zenco …".
export const FRONTED_ADJUNCTS = new Set(['unlike', 'like', 'with', 'compared', 'while', 'whereas', 'whilst']);

/** Words opening a fronted clause of cause or concession: "Because it has one rival, Qorva, Zenco …", "Although its rival … , Zenco". */
const CAUSAL_ADJUNCTS = new Set(['because', 'since', 'although', 'though']);

/**
 * The subject of the main clause, when the trigger stands in an adjunct opening the sentence:
 * the first list after a comma past the trigger that a comma does not follow ("Qorva," is an apposition).
 */
export function frontedSubject(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let open = 0;
  if (/^(?:just|much|as|but|and)$/.test(words[0] ?? '')) open++;
  // "Because it has only one significant rival, Qorva, Zenco …": a fronted clause of cause or concession, its party noun owned by no
  // other name (helper riv90, from the seventy-ninth fresh sample); "Because Vexa's rival, Qorva, …" is Vexa's.
  // Its verb one of facing or naming, or the rivals "its": "Because it supplies two rivals, Qorva and Vexa, Zenco …" serves them
  // (review rr90d).
  const causal = CAUSAL_ADJUNCTS.has(words[open] ?? '') && !words.slice(open, t).includes("'s") && words.slice(open, t).some((w, i) => facesRivals(words, open + i) || /^(?:its|their)(?:@\d+)?$/.test(w));
  if ((!FRONTED_ADJUNCTS.has(words[open] ?? '') && !causal) || t > open + (causal ? 7 : 5)) return undefined;
  for (let k = t + 1; k < Math.min(words.length, t + 14); k++) {
    if (words[k] !== ',') continue;
    const m = mentionAt(words, k + 1);
    const list = m === undefined ? undefined : lists.get(m);
    if (list && list.first === k + 1 && words[list.last + 1] !== ',') return list;
    if (!list && /^(?:which|who|that|but|and)$/.test(words[k + 1] ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "competitors that include A and B", "Zenco's rivals, which include A and B,": where the list a relative clause right after a
 * party noun enumerates begins (the word after its "include"), else undefined (helper riv83, from fresh news samples).
 */
export function relativeListAfter(words: readonly string[], after: number): number | undefined {
  const k = words[after] === ',' ? after + 1 : after;
  if (!/^(?:that|which|who)$/.test(words[k] ?? '') || !/^(?:include|includes|included)$/.test(words[k + 1] ?? '')) return undefined;
  let first = words[k + 2] === ':' ? k + 3 : k + 2;
  // "… that include firms such as A and B": a kind of firm, then the examples; "products such as A" or "former employees of A" are no rivals.
  if (/^(?:firms|companies|players|brands|makers|startups|giants|the likes)$/.test(`${words[first]}${words[first] === 'the' ? ` ${words[first + 1]}` : ''}`)) {
    first += words[first] === 'the' ? 2 : 1;
    first += words[first] === 'such' && words[first + 1] === 'as' ? 2 : /^(?:like|including|of)$/.test(words[first] ?? '') ? 1 : 0;
  }
  return mentionAt(words, first) !== undefined ? first : undefined;
}

/** Verbs by which a firm names others as its rivals: "counts A and B among its competitors", "sees A and B as rivals". */
const COUNTING_AS_RIVALS = /^(?:counts?|counted|counting|lists?|listed|listing|names?|named|naming|sees?|saw|considers?|considered|regards?|regarded|views?|viewed|identifies|identified|cites?|cited)$/;

/** Nouns after a possessive rivals' ("its rivals' customers", the apostrophe dropped): the rivals' counterparts, no rivals. */
const RIVALS_PEOPLE = /^(?:customers|clients|users|suppliers|partners|investors|shareholders|employees|staff|executives|'|'s)$/;

/**
 * Words right before a firm's rivals that make the subject deal with them, not be one: prepositions of dealing ("deals with Qorva's
 * rivals", "sells chips to Qorva's rivals", "poached staff from them"), verbs acting on them ("overtook Qorva's rivals", "joined its
 * rivals in cutting prices"; not a participle that names a role, "is considered Qorva's main rival", nor a linking verb, "remained one
 * of Qorva's rivals") and words comparing with them ("lags behind Qorva's rivals", "unlike Qorva's rivals, …").
 */
const DEALT_WITH_BEFORE = /^(?:with|to|from|for|against|than|at|on|into|toward|towards|alongside|behind|like|unlike|overtook|overtakes|overtake|beat|beats|outsold|outsells|outpaces|outperforms|bought|buys|buy|buying|acquire|acquires|acquiring|purchase|purchases|purchasing|absorb|absorbs|absorbing|joins|join|supplies|supply|sues|sue|serves|serve|helps|help|hires|hire|took|takes|(?!(?:considered|named|called|deemed|dubbed|ranked|listed|crowned|billed|touted|described|labeled|labelled|remained|seemed|appeared|emerged|proved|looked|stayed)$)[a-z]+ed)$/;
/** Verbs of becoming before "into": "has grown into one of Qorva's rivals", "turned into its main rival" (the subject becomes one). */
const BECOMING_BEFORE_INTO = /^(?:grew|grown|grows|grow|turned|turns|turn|evolved|evolves|evolve|developed|develops|transformed|morphed|matured|blossomed|transitioned)$/;
/** Words before "of" that compare with a firm's rivals: "is ahead of Qorva's rivals", "in front of", "instead of them". */
const COMPARING_BEFORE_OF = /^(?:ahead|front|instead)$/;
/** Counts and shares of a firm's rivals: "two of Qorva's rivals", "some of its competitors". */
const SHARE_OF = /^(?:one|two|three|four|five|six|several|some|many|most|all|few|any|each|both|none|number|handful|dozens|hundreds|[2-9]|\d{2,})$/;

/**
 * Whether the rivals' phrase starting at `first` (their possessor, or the noun before "of") follows a preposition of dealing, or a verb,
 * perhaps after a count ("partnerships with two of Qorva's rivals", "teamed up with the rivals of Qorva"): the clause's subject deals
 * with the rivals, it is not one ("Zenco is one of Qorva's rivals" is).
 */
export function rivalsDealtWith(words: readonly string[], first: number): boolean {
  let k = first - 1;
  if (words[k] === 'the') k--;
  if (words[k] === 'of' && SHARE_OF.test(words[k - 1] ?? '')) k -= words[k - 2] === 'a' || words[k - 2] === 'the' ? 3 : 2;
  // "supplies two rivals of Qorva": a count right before the noun (helper cmp90).
  else if (SHARE_OF.test(words[k] ?? '') && words[k] !== 'one') k--;
  const before = words[k] ?? '';
  if (before === 'into' && BECOMING_BEFORE_INTO.test(words[k - 1] ?? '')) return false;
  if (before === 'of' && COMPARING_BEFORE_OF.test(words[k - 1] ?? '')) return true;
  return DEALT_WITH_BEFORE.test(before);
}

/** A firm's ties to another that make it no party to that firm's rivalries: "Qorva's partner Zenco", "Zenco, a customer of Qorva, …". */
const TIE_TO_FIRM = /^(?:customer|customers|client|clients|partner|partners|supplier|suppliers|distributor|distributors|reseller|resellers|licensee|licensees|buyer|buyers)$/;

/**
 * The firm the list `named` is tied to as its customer, partner or supplier: "Qorva 's partner @1", "@1 , a customer of Qorva ,"
 * (helper cmp90, from fresh sample s78c). A bare "competitors like A" or "its competitors" in that list's clause are the tied firm's:
 * "Zenco, a customer of Qorva, switched to its competitors like Vexa" sets Vexa against Qorva, not Zenco.
 */
export function tiedFirm(words: readonly string[], named: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  // "Qorva's (biggest) partner Zenco"
  let k = named.first - 1;
  if (/^[a-z]+$/.test(words[k] ?? '') && TIE_TO_FIRM.test(words[k]!)) {
    k--;
    if (/^(?:biggest|largest|main|key|major|longtime|long-time|top|chief|new)$/.test(words[k] ?? '')) k--;
    const owner = words[k] === "'s" ? mentionAt(words, k - 1) : undefined;
    if (owner !== undefined) return lists.get(owner);
  }
  // "Zenco, a (big) customer of Qorva,"
  if (words[named.last + 1] !== ',') return undefined;
  let j = named.last + 2;
  if (!/^(?:a|an|the)$/.test(words[j] ?? '')) return undefined;
  j++;
  if (/^(?:biggest|largest|main|key|major|longtime|long-time|top|chief|new|big|major)$/.test(words[j] ?? '')) j++;
  if (!TIE_TO_FIRM.test(words[j] ?? '') || words[j + 1] !== 'of') return undefined;
  const firm = mentionAt(words, words[j + 2] === 'the' ? j + 3 : j + 2);
  return firm === undefined ? undefined : lists.get(firm);
}

/** Other roles an apposition gives a firm toward another: "Zenco, a rival of Qorva, …", "Zenco, a unit of Qorva, …". */
const APPOSED_ROLE_OF = /^(?:rival|competitor|challenger|unit|subsidiary|division|affiliate)$/;
/** Verbs of contest before "with" or "against": "competes with rivals like Vexa" is no dealing with them. */
export const CONTEST_VERB = /^(?:compet|vie|vy|battl|fight|fought|clash|contend|spar|tussl)(?:e|es|ed|ing|s|ies)?$/;

/**
 * The firm an apposition of a tie sets the list `named` beside: "Zenco, a supplier of Qorva, faces competitors like Vexa" names Qorva
 * only as Zenco's customer, so the rivals the clause goes on to name are Zenco's (helper cmp90b). Undefined when `named` is no such
 * apposition's firm, or the apposition does not close with a comma.
 */
export function tieApposedHolder(words: readonly string[], named: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  if (words[named.last + 1] !== ',') return undefined;
  let k = named.first - 1;
  if (words[k] === 'the') k--;
  if (words[k] !== 'of') return undefined;
  k--;
  if (!TIE_TO_FIRM.test(words[k] ?? '') && !APPOSED_ROLE_OF.test(words[k] ?? '')) return undefined;
  k--;
  if (/^(?:biggest|largest|main|key|major|longtime|long-time|top|chief|new|big|former|sole|exclusive|closest|nearest)$/.test(words[k] ?? '')) k--;
  if (!/^(?:a|an|the)$/.test(words[k] ?? '') || words[k - 1] !== ',') return undefined;
  const holder = mentionAt(words, k - 2);
  return holder === undefined ? undefined : lists.get(holder);
}

/** Whether the party noun at `t` is a possessive before the rivals' counterparts: "among its rivals' customers" (no rivals named). */
export function rivalsCounterpartAfter(words: readonly string[], t: number): boolean {
  return RIVALS_PEOPLE.test(words[t + 1] ?? '');
}

/** Whether a list ending before `from` is named the rivals' counterparts before the party noun at `t`: "A and B, customers of its rivals". */
export function counterpartsOfRivals(words: readonly string[], from: number, t: number): boolean {
  for (let k = from; k < t; k++) if (words[k] === 'of' && RIVALS_PEOPLE.test(words[k - 1] ?? '')) return true;
  return false;
}

/**
 * "Zenco counts A and B among its competitors", "Zenco lists A and B as its main rivals": the firm that names the list `named`
 * (the object of a counting verb, then "as" or "among" and the party noun at `t`) as its rivals, the subject right before the
 * verb; undefined otherwise, and then the list is a contest of its own ("Analysts see A and B as rivals") (helper riv83).
 */
export function countingFirm(words: readonly string[], named: MentionList, t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const verb = named.first - 1;
  // "Zenco listed A, B and others as its top competitors": the list's open end before "as" (helper riv92, fresh sample s84d).
  const open = othersEnd(words, named.last + 1);
  if (!COUNTING_AS_RIVALS.test(words[verb] ?? '') || !/^(?:as|among)$/.test(words[open] ?? '')) return undefined;
  // Between "as"/"among" and the noun: "its", "the", describing words ("its main", "the biggest").
  // A person's rivals ("his rivals") are no firm's.
  // Nor the rivals' own customers ("among its rivals' customers", "as customers of its rivals").
  if (!words.slice(open + 1, t).every((w) => /^[a-z]+(?:-[a-z]+)*(?:@\d+)?$/.test(w) && !/^(?:his|her|of)$/.test(w)) || t - open > 4 || rivalsCounterpartAfter(words, t)) return undefined;
  const subject = mentionAt(words, verb - 1);
  const list = subject === undefined ? undefined : lists.get(subject);
  return list && list.last === verb - 1 && words[list.first - 1] !== "'s" ? list : undefined;
}

/** Where the word after a list stands once an open end is passed ("and others", ", among others", "and several other firms"). */
function othersEnd(words: readonly string[], at: number): number {
  let k = at;
  if (words[k] === ',') k++;
  if (words[k] === 'among' && words[k + 1] === 'others') return words[k + 2] === ',' ? k + 3 : k + 2;
  if (words[k] !== 'and') return at;
  k++;
  if (/^(?:many|several|some|a few|various)$/.test(words[k] ?? '')) k++;
  if (words[k] === 'others') return k + 1;
  if (words[k] === 'other' && /^(?:firms|companies|groups|players|insurers|banks|carriers|makers|brands|startups|start-ups)$/.test(words[k + 1] ?? '')) return k + 2;
  return at;
}

/** Verbs of striving before a rival's verb: "as it seeks to compete with A", "while it tries to catch up with A". */
const STRIVING = /^(?:seeks?|seeking|looks?|looking|aims?|aiming|tries|try|trying|attempts?|attempting|strives?|striving|hopes?|hoping|works?|working|races?|racing|scrambles?|scrambling|pushes|pushing|moves?|moving|wants?|wanting)$/;
/** Conjunctions opening a clause of purpose, time or cause after the main one: "…, as it seeks to …". */
const ADJUNCT_OPENERS = /^(?:as|while|because|since|when)$/;

/**
 * Where a clause of time or purpose whose subject is a pronoun opens, for a rival's verb at `t` ("Zenco cut prices as it seeks to
 * compete with A", "… while they try to fend off A", "… as it competes with A"): the index of its conjunction, else -1. `pronounOnly`
 * asks for "it" or "they" as the clause's subject; otherwise a name or "the company" may be it (helper riv83, from fresh news samples).
 */
export function adjunctClauseBefore(words: readonly string[], t: number, pronounOnly: boolean): number {
  let k = t - 1;
  // "to better compete", "to more effectively compete": an adverb before the verb.
  if (/^(?:better|\S+ly)$/.test(words[k] ?? '')) k--;
  if (words[k] === 'to' && STRIVING.test(words[k - 1] ?? '')) k -= 2;
  if (/^(?:is|are|was|were)$/.test(words[k] ?? '')) k--;
  if (/^(?:it|they)(?:@\d+)?$/.test(words[k] ?? '')) k--;
  else if (pronounOnly) return -1;
  else if (mentionAt(words, k) !== undefined) k--;
  else if (words[k - 1] === 'the' && /^(?:company|firm|group)$/.test(words[k] ?? '')) k -= 2;
  else return -1;
  return ADJUNCT_OPENERS.test(words[k] ?? '') ? k : -1;
}

/**
 * "Zenco is struggling as rival Qorva gains share", "Zenco's sales fell while rivals Qorva and Vexa grew": "rival" as the noun before
 * the name that opens a clause of time or cause sets that name against the main clause's subject, not against a name nearer to it
 * ("Zenco missed Vexa's deadline as rival Qorva shipped": Vexa is no rival; helper cau100, from chip-memory news). The opener's
 * index, or -1.
 */
export function rivalNounClauseOpener(words: readonly string[], t: number): number {
  if (!/^rivals?$/.test(words[t] ?? '') || mentionAt(words, t + 1) === undefined) return -1;
  return ADJUNCT_OPENERS.test(words[t - 1] ?? '') ? t - 1 : -1;
}

/**
 * "as it seeks to compete with A", "in a bid to fend off A": a rivalry the firm strives for in a clause of purpose is stated, not
 * proposed (the striving is the hedge claim-status.ts reads): whether such a clause or phrase ends right before the verb at `t`.
 */
export function strivesAgainst(words: readonly string[], t: number, after: number): boolean {
  // "as it seeks to compete for contracts from Qorva": what is competed for may come from a customer.
  if (words[after] === 'for') return false;
  let k = t - 1;
  if (/^(?:better|\S+ly)$/.test(words[k] ?? '')) k--;
  if (words[k] !== 'to') return false;
  // "in a bid to", "in an effort to", "in an attempt to".
  if (/^(?:bid|effort|attempt|push|drive)$/.test(words[k - 1] ?? '') && /^(?:a|an)$/.test(words[k - 2] ?? '') && words[k - 3] === 'in') return true;
  if (!STRIVING.test(words[k - 1] ?? '')) return false;
  const opener = adjunctClauseBefore(words, t, false);
  return opener >= 0 && words[opener] !== 'when';
}

/** Rival nouns that name a party, never the thing made to rival it ("answer", "alternative"). */
export const PARTY_NOUNS = new Set(['rival', 'rivals', 'archrival', 'archrivals', 'arch-rival', 'arch-rivals', 'competitor', 'competitors', 'challenger', 'challengers', 'opponent', 'opponents', 'contender', 'contenders']);

/** Nouns after "A vs B" that make it a case's name: "the Epic vs Apple ruling". */
export const LEGAL_CASE = new Set(['case', 'cases', 'ruling', 'rulings', 'trial', 'lawsuit', 'suit', 'verdict', 'judgment', 'judgement', 'decision', 'appeal', 'hearing', 'settlement', 'litigation']);

/** Words after a verb of competition that make it a dispute: "fighting each other in court". */
export const DISPUTE_AFTER = new Set(['court', 'courts', 'lawsuit', 'lawsuits', 'litigation', 'legally', 'patent', 'patents', 'trademark', 'trademarks']);

/** A "legal battle" or "patent clash" is a dispute, not competition. */
export const DISPUTE_BEFORE = new Set(['legal', 'court', 'courtroom', 'patent', 'copyright', 'antitrust', 'trademark', 'lawsuit', 'contract', 'licensing', 'regulatory', 'boardroom', 'proxy']);

/** Nouns of a contest that a list of peers is in together, and plurals of rivals: "A and B are locked in a race". */
// "A and B form a duopoly" (stop 65, from stop 64's makers readers).
export const MUTUAL_CONTESTS = new Set(['race', 'battle', 'contest', 'rivalry', 'price war', 'war', 'wars', 'battles', 'duel', 'clash', 'showdown', 'tussle', 'competition', 'rivals', 'competitors', 'jostling', 'grudge match', 'face-off', 'duopoly', 'neck and neck']);

/** Companies compete with companies, products and models with each other. */
export function arePeers(a: SentenceMention, b: SentenceMention): boolean {
  // A name the lexicon reads two ways (`alsoTypes`) may be a company and a product at once.
  const company = (m: SentenceMention): boolean => m.type === 'company' || (m.alsoTypes?.includes('company') ?? false);
  const thing = (m: SentenceMention): boolean => m.type !== 'company' || (m.alsoTypes?.some((t) => t !== 'company') ?? false);
  return (company(a) && company(b)) || (thing(a) && thing(b));
}

/** Verbs by which a contest presses a firm: "Competition from A and B has forced Zenco to …", "… squeezed Zenco's margins". */
const PRESSING_VERBS = /^(?:forc|push|prompt|pressur|squeez|hurt|hit|driv|drove|dent|erod|weigh|threaten|spur|compel|undercut)(?:e|es|ed|ing|s|en)?$/;

/**
 * "Competition from A and B has forced Zenco to defend its lead": the firm a contest noun opening the sentence presses, named as the
 * object of a pressing verb right after the contest's parties (an auxiliary and an adverb may come between), else undefined.
 */
export function pressedByContest(words: readonly string[], after: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = after;
  if (/^(?:has|have|had|is|are|was|were|will|could|may|might|would)$/.test(words[k] ?? '')) k++;
  if (/^(?:been|be)$/.test(words[k] ?? '')) k++;
  if (/^\S+ly$|^(?:also|now|already)$/.test(words[k] ?? '')) k++;
  if (!PRESSING_VERBS.test(words[k] ?? '')) return undefined;
  const m = mentionAt(words, k + 1);
  return m === undefined ? undefined : lists.get(m);
}

/** The last words of rival verbs aimed at one party ("take share from", "lose ground to", "take aim at", "fend off", "catch up with"). */
const AIMED_ENDINGS = /^(?:from|to|at|on|against|with)$/;
/** What opens a plain object after a one-word rival verb ("beat the estimates", "outpaced analysts' forecasts"). */
const OBJECT_OPENERS = /^(?:the|a|an|its|their|his|her|estimates|expectations|forecasts|forecast|targets|records?)$/;

/**
 * Whether a rival verb at `t`..`after` is aimed at a party that is no name, so that a list of subjects does not compete with each
 * other: "A and B are taking market share from braces", "A and B lost ground to cheaper brands", "A and B beat estimates"
 * (helper cq85, from fresh news samples). "A and B trade blows with each other", "A and B compete for engineers" stay mutual.
 */
export function aimedAtNoName(words: readonly string[], trigger: readonly string[], after: number): boolean {
  const next = words[after] ?? '';
  if (/^(?:each|one)$/.test(next)) return false;
  const last = trigger.at(-1) ?? '';
  if (AIMED_ENDINGS.test(last) || (last === 'off' && /^fend/.test(trigger[0] ?? ''))) return true;
  return trigger.length === 1 && OBJECT_OPENERS.test(next);
}

/**
 * Whether the list of subjects before a rival verb's infinitive at `t` ("to compete") holds the examples of another verb's object:
 * "Zenco launched brands such as A (gear), B (toys) and C (food) to compete with specialty retailers" states the launcher's purpose,
 * and the brands are no rivals of each other (helper riv90, from the seventy-ninth fresh sample). With no name before the examples
 * they are the subject ("Startups such as A and B hope to compete") and stay mutual.
 */
export function examplesOfObjectBefore(words: readonly string[], list: MentionList, t: number): boolean {
  if (words[t - 1] !== 'to') return false;
  const cue = words[list.first - 1] === 'as' && words[list.first - 2] === 'such' ? list.first - 2 : /^(?:like|including)$/.test(words[list.first - 1] ?? '') ? list.first - 1 : -1;
  if (cue < 1) return false;
  // Right before the infinitive: nothing, or a bracketed aside ("C (food) to compete"); a verb between makes the list its subject.
  const between = words.slice(list.last + 1, t - 1);
  if (between.length > 0 && !(between[0] === '(' && between.at(-1) === ')')) return false;
  // The examples' noun the object of a verb of making or launching after a name ("Zenco launched brands such as …"); after a verb of
  // saying or expecting they are the infinitive's subject ("Analysts at Zenco expect firms such as A and B to compete"; review rr90d).
  for (let v = cue - 2; v >= 1 && v >= cue - 5; v--) {
    if (!LAUNCHING_VERBS.test(words[v]!)) continue;
    for (let k = 0; k < v; k++) if (mentionAt(words, k) !== undefined) return true;
    return false;
  }
  return false;
}

/** Verbs of making, launching or buying whose object a list of examples may be: "launched brands such as A and B to compete". */
const LAUNCHING_VERBS = /^(?:launched|launches|launch|launching|introduced|introduces|introduce|created|creates|create|built|builds|build|developed|develops|develop|made|makes|unveiled|unveils|started|starts|founded|acquired|acquires|bought|buys|set|rolled|opened|opens|added|adds|spun)$/;

/** Kinds of contest that are events or prizes, no rivalry of firms: "a song contest with Qorva", "a design contest run by Qorva". */
const EVENT_CONTESTS = /^(?:song|design|beauty|photo|photography|essay|talent|writing|art|quiz|cooking|eating|dance|pitch|logo|naming|video|film|poetry|coding|programming|student|school|leadership|election|electoral|presidential|legal|court|custody|proxy|will)$/;

/** Words after "to" that open no infinitive: "a contest to the death", "the contest to its end". */
const NOT_INFINITIVES = /^(?:the|a|an|its|their|this|that|these|those|his|her|our|some|any|no|date|come|@\d+|its@\d+)$/;

/** Whether two names joined by "and" stand before "contest" at `t` in its clause: "Zenco and Qorva are locked in a contest". */
function partiesBefore(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= 2 && !/^[,;:.]$/.test(words[k]!); k--) {
    if (mentionAt(words, k) !== undefined && words[k - 1] === 'and' && mentionAt(words, k - 2) !== undefined) return true;
  }
  return false;
}

/**
 * Whether "contest" at `t` is a tender's: a contest to do a thing ("won the contest to supply Qorva with reactors", "the contest to
 * build Qorva's new reactor"), whose object is the buyer, with no rivals named after "between", "among", "with" or "against" (review
 * rr90b; "the contest to lead AI between A and B" keeps its parties).
 */
function contestForBuyer(words: readonly string[], t: number): boolean {
  if (words[t + 1] !== 'to' || !/^[a-z]+$/.test(words[t + 2] ?? '') || NOT_INFINITIVES.test(words[t + 2]!)) return false;
  // The infinitive's object is the buyer ("to supply Qorva", "to build Qorva's reactor"); a thing or a market is the prize the
  // parties named before "contest" vie for ("Zenco and Qorva are in a contest to build the fastest chip"; review rr90d).
  if (mentionAt(words, /^(?:the|a|an)$/.test(words[t + 3] ?? '') ? t + 4 : t + 3) === undefined) return false;
  if (partiesBefore(words, t)) return false;
  for (let k = t + 3; k < words.length && k <= t + 12 && !/^[,;:.]$/.test(words[k]!); k++) {
    if (/^(?:between|among|with|against)$/.test(words[k]!) && mentionAt(words, words[k + 1] === 'the' ? k + 2 : k + 1) !== undefined) return false;
  }
  return true;
}

/**
 * Whether "contest" at `t` is a rivalry's noun: after an article, a possessive or a describing word ("a contest with Qorva", "a much-watched
 * contest with Qorva", "the contest between A and B"), not a verb ("will contest the ruling", "to contest Qorva's claims") nor an
 * event ("a song contest with Qorva") (helper cmp90b).
 */
export function contestIsRivalry(words: readonly string[], t: number): boolean {
  let k = t - 1;
  if (EVENT_CONTESTS.test(words[k] ?? '')) return false;
  if (contestForBuyer(words, t)) return false;
  // Up to two describing words: "a much-watched contest", "a long, bitter contest" is left out.
  for (let n = 0; n < 2 && /^[a-z]+(?:-[a-z]+)*$/.test(words[k] ?? '') && !/^(?:a|an|the|its|their|this|that|to|will|would|could|may|might|can|not|also|and|or)$/.test(words[k]!); n++) k--;
  return /^(?:a|an|the|its|their|this|that|(?:its|their)@\d+|'s)$/.test(words[k] ?? '');
}
