import { isSlashedCoPossessor } from './slashed-possessors';
import { FORK_VERBS, IRREGULAR_PASTS, isMadeKind, LIST_ADVERB_WORDS, ONE_OF_MANY, PRODUCT_NOUN_WORDS, RIVAL_HEAD_WORDS, TIE_NOUNS_OF_WORDS, WORK_NOUNS } from './cue-words';
import { describedKindTailEnd } from './owned-kind-modifiers';
import { parallelGoodsTailEnd } from './parallel-goods-tails';
import { finiteVerbAt } from './clause-subject';
import { opensClauseAfterClosedGroup } from './clause-after-closed-group';
import { qualifiesBlocMembersRest } from './bloc-members-rest';
import { triggersAt } from './trigger-words';
import { afterMemberDeterminers, countedMemberAsideEnd } from './counted-list-asides';
/**
 * Clause structure over an abstract sentence (see abstract-sentence.ts), found with a plain
 * scan of its words, no parser: which mentions are coordinated in a list, which one is the
 * subject of a trigger's clause, which one the trigger governs. Positions are word indices.
 *
 * Words are the abstract sentence's: lower-case words, punctuation, `@i` for mention i and
 * `its@i` for an "its" that points to mention i.
 */

/** A coordinated list of mentions ("@1 , @2 and @3"; "@4 's @5" counts as @5, its head). */
export interface MentionList {
  /** Mention indices of the heads, in order. */
  members: number[];
  /** Word span [first, last] of the list. */
  first: number;
  last: number;
}

/** "price" stands for a price before a name ("the $399 Zeta and $499 Zeta Max", abstract-sentence.ts): it describes the name as a determiner would. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'that', 'his', 'her', 'price']);
/** Words after which a noun phrase is an oblique (location, instrument, possessor), not a subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'by', 'to', 'from', 'for', 'with', 'on', 'into', 'onto', 'against', 'about', 'under', 'between', 'among', 'than', 'via', 'over', 'through', 'after', 'before', 'within', 'across', 'like', 'including', 'toward', 'towards', 'behind', 'alongside', 'beside', 'unlike', 'despite', 'amid', 'without', 'per', 'as']);
const RELATIVES = new Set(['which', 'who', 'that']);
/** A person's pronouns as a subject: after a named speaker's "said that" they stand for the speaker. */
const SPEAKERS_PRONOUN: ReadonlySet<string> = new Set(['he', 'she']);
/** Words opening a subject of a clause's own: after "that" they make it a complement clause's conjunction, no relative pronoun. */
const OWN_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we']);
/** Words that open a new clause after a comma: the object of a trigger never reaches past them. */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whose', 'while', 'but', 'because', 'although', 'though', 'whereas', 'after', 'before', 'when', 'since', 'so', 'as', 'and', 'with', 'where', 'according', 'said', 'says', 'citing', 'amid', 'despite', 'unless', 'if']);
const HARD_STOPS = new Set([';', ':', '.', '?', '!']);

/** The mention index of word `i` when it is a mention: "@3", or "its@3" for a possessive pronoun bound to mention 3. */
export function mentionAt(words: readonly string[], i: number): number | undefined {
  const word = words[i];
  if (word === undefined) return undefined;
  let k = word.charCodeAt(0) === 64 ? 1 : word.startsWith('its@') ? 4 : -1;
  if (k < 0 || k >= word.length) return undefined;
  let index = 0;
  for (; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return undefined;
    index = index * 10 + (c - 48);
  }
  return index;
}

const isPossessor = (words: readonly string[], i: number): boolean => words[i + 1] === "'s" || words[i + 1] === "'";

/** Singular rivals' nouns between two names: "Uber rival Careem" (the plural "rivals" is also a verb: "Dish rivals DirecTV"). */
const RIVAL_BETWEEN: ReadonlySet<string> = new Set(RIVAL_HEAD_WORDS);

/** Whether the mention at `k` closes a list opening its clause: "Zenco and @k", "A, B and @k", after the start, "that", "said" or a ";". */
function subjectListBefore(words: readonly string[], k: number): boolean {
  let j = k - 1;
  if (!/^(?:and|&)$/.test(words[j] ?? '')) return false;
  if (words[j - 1] === ',') j--;
  if (!/^@\d+$/.test(words[j - 1] ?? '')) return false;
  j--;
  // "Zenco, Qorva and @k": earlier members set off by commas.
  while (words[j - 1] === ',' && /^@\d+$/.test(words[j - 2] ?? '')) j -= 2;
  return j - 1 < 0 || /^(?:that|said|says|;|:)$/.test(words[j - 1]!);
}

/**
 * "Zembla-linked host Qorva", "Kremlin-backed broadcaster RT": when the mention at `k` opens a compound (its participle after a
 * hyphen) and another name follows within three describing words, where that name stands; the first only describes it.
 */
export function nameAfterCompound(words: readonly string[], k: number): number | undefined {
  // "Uber rival Careem", "Shuts Down Uber Rival Careem": a name before a rival's noun and another name describes the second (stop 58's readers).
  // Not after "its" ("AMD and its competitor Nvidia": Nvidia is AMD's rival, named in a list with it).
  // Nor after a subject's list opening its clause: in "Zenco and Qorva rival Vexa" the bare "rival" is the list's verb (helper rvm93).
  if (RIVAL_BETWEEN.has(words[k + 1] ?? '') && /^@\d+$/.test(words[k] ?? '') && /^@\d+$/.test(words[k + 2] ?? '') && !(words[k + 1] === 'rival' && subjectListBefore(words, k))) return k + 2;
  if (words[k + 1] !== '-' || mentionAt(words, k) === undefined || !/^[a-z]+$/.test(words[k + 2] ?? '')) return undefined;
  // "limited Zembla-bound shipments of Zeta chips": a destination is what the act on the shipments falls on, no qualifier of the
  // goods named after it (helper tar89b).
  if (words[k + 2] === 'bound') return undefined;
  for (let j = k + 3; j <= k + 6; j++) {
    if (mentionAt(words, j) !== undefined) return j;
    if (!/^[a-z][a-z-]*$/.test(words[j] ?? '')) return undefined;
  }
  return undefined;
}

/**
 * Every mention grouped into the list it belongs to. A list joins mentions by commas and a
 * final "and"/"or"/"as well as" ("A, B and C"; "A and B"), skipping determiners and a
 * parenthesised aside after an item ("AO Kaspersky Lab (Russia)"). A possessor is folded into
 * the item it owns ("Nvidia's Tesla" is Tesla). Commas alone make an apposition, not a list,
 * except in a headline ("Ruritania Bans Zenco, Kappa From 5G").
 * "along with", "together with", "alongside" and a slash ("H100/H200") join too, and the list
 * may go on after them ("A along with B, C and D"); commas after them with no closing "and" are
 * not the list's.
 */
export function mentionLists(words: readonly string[], headline = false): Map<number, MentionList> {
  const byMention = new Map<number, MentionList>();
  // Most sentences hold no "; and": the series check is skipped for them.
  const mayHoldSeries = words.some((w, k) => w === ';' && (words[k + 1] === 'and' || words[k + 1] === 'or'));
  let i = 0;
  while (i < words.length) {
    const item = itemAt(words, i);
    if (!item) {
      i++;
      continue;
    }
    const members = [item.head];
    let last = item.end;
    // "According to Qorva News, A and B sanctioned Zenco": the source named before the comma is no member of the list after it.
    const attributed = words[i - 1] === 'to' && words[i - 2] === 'according';
    // The list as far as it is closed: by a final "and", or by a companion phrase.
    let closed: { count: number; last: number } | undefined;
    // "… to the Entity List: A; B; and C": after a colon, semicolons part the items as commas do.
    const afterColon = words[firstBefore(words, i)] === ':';
    // "A, a front company; B, which shipped parts; and C": items that hold commas are parted by semicolons.
    const series = mayHoldSeries && semicolonSeriesAfter(words, i);
    /** Descriptions skipped inside a semicolon series: the mentions in them are no members. */
    const described: [number, number][] = [];
    /** Where an item's kind closes it after describing words ("… electric sports utility vehicle and …"). */
    let describedTail: number | undefined;
    for (;;) {
      // "Zenco's and Qorva's apps": possessors joined before the one noun they share are one list (stop 52's readers).
      if (words[last + 1] === "'s" && possessorsShareNoun(words, last + 1)) last++;
      // "A subsidiaries and B", "A, B affiliates and C": an item may name a firm's group by its group noun.
      // "the Alpha SUV and Beta pickup", "the Z1 truck, Z2 SUV and Z3 van": an item may end with the kind of thing it is.
      // (After a comma only when the next item ends with its kind too: "the Meta app, A and B" names Meta's app, then its members.)
      if (GROUP_TAILS.has(words[last + 1] ?? '') && /^(?:,|and|or)$/.test(words[last + 2] ?? '')) last++;
      else if (VENUE_TAILS.has(words[last + 1] ?? '') && /^(?:and|or)$/.test(words[last + 2] ?? '') && /^(?:the|its|their)$/.test(words[last + 3] ?? '')) last++;
      // "the Zenlib database, the Qorvdb app and the Vexify tool": after a comma, a next item with its own determiner is a member too, its
      // kind noun kept in its name or after it (helper mk82, from fresh makers samples).
      else if (KIND_TAILS.has(words[last + 1] ?? '') && (/^(?:and|or)$/.test(words[last + 2] ?? '') || (words[last + 2] === ',' && ((KIND_TAILS.has(words[last + 4] ?? '') && mentionAt(words, last + 3) !== undefined) || (words[last + 3] === 'the' && mentionAt(words, last + 4) !== undefined))))) last++;
      // "its Vela Q electric sports utility vehicle and Vela R sedan": describing words before the kind (owned-kind-modifiers.ts).
      else if (mentionAt(words, last + 1) === undefined && (describedTail = describedKindTailEnd(words, last, isKindTail)) !== undefined) last = describedTail;
      // "Zeta jam and Zuma coffee", "Zeta condoms and Vela footcare products": parallel items, each a name and its goods (parallel-goods-tails.ts).
      else if (mentionAt(words, last + 1) === undefined && (describedTail = parallelGoodsTailEnd(words, last, (k) => mentionAt(words, k) !== undefined)) !== undefined) last = describedTail;
      let j = skipParallelPlace(words, skipApposition(words, skipAside(words, last + 1)));
      // "three platforms, Zapp, with 900,000 users, Qapp and Star Rides": an aside after a counted list's member, when members go on
      // after it to the list's close (counted-list-asides.ts).
      if (j === last + 1 && words[j] === ',') {
        const asideEnd = countedMemberAsideEnd(words, i, j);
        if (asideEnd > j && (/^(?:and|or)$/.test(words[asideEnd + 1] ?? '') ? closesListAt(words, afterMemberDeterminers(words, asideEnd + 2)) : listGoesOnAt(words, afterMemberDeterminers(words, asideEnd + 1)))) j = asideEnd;
      }
      if (series && words[j] === ',') {
        const semicolon = seriesDescriptionEnd(words, j);
        if (semicolon !== undefined) {
          described.push([j, semicolon]);
          j = semicolon;
        }
      }
      let sawComma = false;
      if (attributed && words[j] === ',') break;
      if (words[j] === ',' || ((afterColon || series) && words[j] === ';')) {
        sawComma = true;
        j++;
      }
      let conj = false;
      let asWellAs = false;
      const companion = companionAt(words, j);
      const conjunction = conjunctionAt(words, j);
      if (conjunction > 0) {
        conj = true;
        asWellAs = conjunction === AS_WELL_AS_WORDS;
        j += conjunction;
      } else if (companion > 0) {
        j += companion;
      }
      if (!sawComma && !conj && companion === 0) break;
      // "A, B and now C", "A and also B": an adverb after the conjunction.
      if (conj && LIST_ADVERBS.has(words[j] ?? '')) j++;
      while (DETERMINERS.has(words[j] ?? '')) j++;
      // "sanctions on Ivan Petrov and his company, Zenco": a person's firm named after its noun is the next member (stop 64's first controls sample).
      if ((words[j - 1] === 'his' || words[j - 1] === 'her') && PERSONS_FIRM_NOUNS.has(words[j] ?? '') && words[j + 1] === ',' && mentionAt(words, j + 2) !== undefined) j += 2;
      j = memberNameAt(words, j);
      const next = itemAt(words, j);
      // "Zenco released Moonlit and Qorva released Zeta": a name between a relation's verb and another's is the first verb's object and
      // then the second's subject; the "and" joins two clauses (stop 78: the two became one list, its maker and what it made).
      if (next && conj && (joinsClauses(words, i, next.end) || (sawComma && (opensClauseAfterComma(words, i, next.end) || opensClauseAfterClosedGroup(words, i, next.end))))) break;
      // "A, B, C and other platforms", "A, B and others": the list closes on its unnamed rest.
      if (!next && conj && opensUnnamedRest(words, j)) closed = { count: members.length, last };
      if (!next) break;
      // "banned Vexa as well as the Zenco CEO's new book": a name after "as well as" before a person's or a part's noun only owns the
      // member (helper ttl93, set 88's film bans), as asWellAsNameAt reads it after a closed list.
      // So does a maker's work's "'s": "as well as the Zenco movie's director".
      if (asWellAs && (PEOPLE_AND_PARTS_AFTER.has(words[next.end + 1] ?? '') || (WORK_NOUNS.has(words[next.end + 1] ?? '') && words[next.end + 2] === "'s"))) break;
      members.push(next.head);
      last = next.end;
      if (companion > 0) closed = { count: members.length, last };
      if (conj) {
        closed = { count: members.length, last };
        // "A and B (Russia), and C (UK)": groups joined by a further ", and"; "Zenco's A and B and Qorva's C" by a
        // further "and" when the clause goes no further after the last item ("… and Qorva sued" starts a clause).
        const after = skipAside(words, last + 1);
        // "A, as well as B, C and D" (stop 61's first controls sample): a list may open after "as well as"; it counts once closed by its "and".
        const listAfterAsWellAs = asWellAs && words[after] === ',' && mentionAt(words, after + 1) !== undefined;
        // "the Q7 and Q2G loaders, the M20 truck and the K2 rig": a pair's shared plural kind, then a comma and a next item with its own
        // determiner, goes on with the list (helper dvb89, from news on machinery makers: the later members were lost).
        if (sharesKindBeforeNextItem(words, after)) {
          last = after;
          continue;
        }
        // "banned Zenco and Qorva, Plix and Borin": a comma and further members that run to the list's close (not "…, Plix said",
        // "…, Plix's owner said") go on with the list (helper lists: the members after the inner "and" were lost).
        const goesOn = words[after] === ',' && listGoesOnAt(words, afterMemberDeterminers(words, after + 1));
        if (!(words[after] === ',' && (words[after + 1] === 'and' || words[after + 1] === 'or')) && !(words[after] === 'and' && endsClauseAfter(words, after + 1)) && !listAfterAsWellAs && !asWellAsNameAt(words, after) && !goesOn) break;
      }
    }
    if (!closed) closed = headlineCommaList(headline, members, last);
    if (!closed) closed = enumeratedCommaList(words, i, members, last);
    // "launched new suites (A, B, C)": names filling a pair of brackets are a list, with or without "and" (stop 63's makers readers).
    // "(A, B, C, etc.)" too (stop 75's thirty-seventh set).
    const etc = words[last + 1] === ',' && words[last + 2] === 'etc' ? (words[last + 3] === '.' ? last + 4 : last + 3) : last + 1;
    if (!closed && members.length >= 2 && words[i - 1] === '(' && words[etc] === ')') closed = { count: members.length, last };
    const list: MentionList = closed ? { members: members.slice(0, closed.count), first: i, last: closed.last } : { members: [members[0]!], first: i, last: item.end };
    // "Plix (owned by Zenco) and Vexa (owned by Qorva)": the names in an aside between members are no members; they are read as the
    // aside's own lists (helper xsoft, from software news: the first maker took the list of products as its list, and was lost).
    const asides = list.members.length > 1 ? asideListsWithin(words, list, headline) : undefined;
    for (let k = list.first; k <= list.last; k++) {
      const m = mentionAt(words, k);
      if (m === undefined) continue;
      const own = asides?.get(m);
      if (own) {
        byMention.set(m, own);
        continue;
      }
      // A name inside an item's description ("B, which shipped parts to Zembla;") is a list of its own.
      const inDescription = described.some(([from, to]) => k > from && k < to);
      byMention.set(m, inDescription ? { members: [m], first: k, last: k } : list);
    }
    i = list.last + 1;
  }
  return byMention;
}

/**
 * The lists of the names inside bracketed asides between a list's members ("@1 ( owned by @2 ) and @3 ( owned by @4 )"), each
 * aside read on its own, positions those of the sentence. Only brackets that open after a member and close before the list's end.
 */
function asideListsWithin(words: readonly string[], list: MentionList, headline: boolean): Map<number, MentionList> | undefined {
  let found: Map<number, MentionList> | undefined;
  for (let k = list.first + 1; k < list.last; k++) {
    if (words[k] !== '(') continue;
    const close = skipAside(words, k) - 1;
    if (close <= k || close >= list.last) continue;
    const inner = words.slice(k + 1, close);
    if (!inner.some((w, j) => mentionAt(inner, j) !== undefined)) continue;
    for (const [m, l] of mentionLists(inner, headline)) {
      if (list.members.includes(m)) return undefined;
      (found ??= new Map()).set(m, { members: l.members, first: l.first + k + 1, last: l.last + k + 1 });
    }
    k = close;
  }
  return found;
}

/** Plural kinds of made things a joined pair may share ("the Q7 and Q2G loaders"). */
const PLURAL_KIND_TAILS: ReadonlySet<string> = new Set(PRODUCT_NOUN_WORDS.filter((w) => w.endsWith('s') && w !== 'series'));

/** Whether a plural kind at `at` closes a pair and a comma and a next item with its own determiner follow ("… loaders, the M20 truck"). */
function sharesKindBeforeNextItem(words: readonly string[], at: number): boolean {
  return PLURAL_KIND_TAILS.has(words[at] ?? '') && words[at + 1] === ',' && (words[at + 2] === 'the' || words[at + 2] === 'its') && mentionAt(words, at + 3) !== undefined;
}

/** The words of "as well as". */
const AS_WELL_AS_WORDS = 3;

/**
 * How many words a list's conjunction takes at `j`: one for "and", "or", "&", AS_WELL_AS_WORDS for "as well as", 0 for none.
 * A function of its own, so that mentionLists holds no branch of its own for the rare "as well as" (its first one, mid-corpus,
 * de-optimised that function).
 */
function conjunctionAt(words: readonly string[], j: number): number {
  if (words[j] === 'and' || words[j] === 'or' || words[j] === '&') return 1;
  return words[j] === 'as' && words[j + 1] === 'well' && words[j + 2] === 'as' ? AS_WELL_AS_WORDS : 0;
}

/** "A and B as well as C", "A and B, as well as C" (stop 82's fresh samples): one more member after a closed list. */
function asWellAsNameAt(words: readonly string[], j: number): boolean {
  const at = words[j] === ',' ? j + 1 : j;
  const item = conjunctionAt(words, at) === AS_WELL_AS_WORDS ? itemAt(words, at + AS_WELL_AS_WORDS) : undefined;
  // "…, as well as Vexa's owners", "… as well as Zembla's central bank governor": the name only owns the member (the review of stop 82).
  return item !== undefined && !ownsWhatFollows(words, item.end + 1);
}

/** People or parts of a name that may follow it: "Vexa's owners", "the central bank governor", "Vexa chief executive". */
const PEOPLE_AND_PARTS_AFTER: ReadonlySet<string> = new Set(['owner', 'owners', 'governor', 'governors', 'chief', 'executive', 'executives', 'ceo', 'founder', 'founders', 'chairman', 'chairwoman', 'president', 'head', 'boss', 'director', 'directors', 'officials', 'official', 'officers', 'shareholders', 'subsidiaries', 'subsidiary', 'affiliates', 'units', 'unit', 'staff', 'employees', 'managers', 'leaders']);

/** Whether the word at `k`, right after a name, makes the name a possessor or a qualifier of a person or a part. */
function ownsWhatFollows(words: readonly string[], k: number): boolean {
  const w = words[k] ?? '';
  return w === "'" || w === '’' || w === "'s" || w === '’s' || PEOPLE_AND_PARTS_AFTER.has(w);
}

/**
 * "A, B" without a closing "and" is an apposition: only the first item counts; a headline lists with commas alone.
 * Asked of every list not closed otherwise (a function of its own for the same reason as conjunctionAt: headlines are rare).
 */
function headlineCommaList(headline: boolean, members: readonly number[], last: number): { count: number; last: number } | undefined {
  return headline && members.length >= 2 ? { count: members.length, last } : undefined;
}

/** Cues after which names parted by commas alone are an enumeration ("59 apps, including A, B, C."). */
const ENUMERATION_CUES: ReadonlySet<string> = new Set(['including', 'include', 'includes', 'included', 'like', 'namely']);
/** What may stand right after the last member of such a list: the sentence's end, or "as well as" opening an unnamed rest. */
const ENUMERATION_END: ReadonlySet<string> = new Set(['.', ';', '!', '?']);
/** Fewest names that make commas alone a list after a cue (two could be a name and its apposition: "including Zenco, Qorva's unit"). */
const ENUMERATION_MIN_MEMBERS = 3;

/**
 * "banned 59 apps, including A, B, C." and "…, including A, B, C as well as platforms like D": three names or more parted by commas
 * alone after an enumeration's cue are a list when the sentence ends after the last, or "as well as" follows it (helper rlg94, from
 * real news on app bans: long lists often drop the final "and", and every member after the first was lost).
 */
function enumeratedCommaList(words: readonly string[], first: number, members: readonly number[], last: number): { count: number; last: number } | undefined {
  if (members.length < ENUMERATION_MIN_MEMBERS) return undefined;
  if (afterEnumerationCue(words, first - 1, ENUMERATION_CUES) !== first && !(words[first - 2] === 'such' && words[first - 1] === 'as')) return undefined;
  const next = words[last + 1];
  // "apps like A, B, C, etc.": a closing "etc." ends the list as the sentence's end does (helper lists).
  const etc = next === ',' && words[last + 2] === 'etc';
  if (next === undefined || ENUMERATION_END.has(next) || etc || conjunctionAt(words, last + 1) === AS_WELL_AS_WORDS) return { count: members.length, last };
  return undefined;
}

/**
 * Whether names from word `first` to word `last` stand between a relation's verb and another's ("Zenco released Moonlit and Qorva
 * released Zeta"): then the "and" between them joins two clauses, not two members of one list.
 */
export function joinsClauses(words: readonly string[], first: number, last: number): boolean {
  const aside = skipAside(words, last + 1);
  // "Zenco makes A and B, and the FCA also makes C": one adverb may stand before the second verb (helper prc89).
  const after = CLAUSE_ADVERB.test(words[aside] ?? '') ? aside + 1 : aside;
  const before = firstBefore(words, first);
  // "Kenya made Apple and Google remove Zapp": a causative's objects and their bare infinitive are one clause (helper sto101).
  if (MADE_TO_ACT.has(words[before] ?? '') && isBareInfinitive(words[after] ?? '')) return false;
  // "Zenco's rivals A and B launched …": after a possessive the first verb's word is a noun. "banned A and B released last year by
  // Qorva": a participle that a time, a place or its agent follows describes B (stop 78's review).
  return isRelationVerb(words, after) && !AFTER_PARTICIPLE.test(words[after + 1] ?? '') && isRelationVerb(words, before) && !OWNER_BEFORE.test(words[before - 1] ?? '');
}

/**
 * "Zenco makes Zeta, and Qorva sells it", "Zenco makes Zeta, and Qorva said …": after ", and" a name right before a finite verb of
 * any kind is the next clause's subject when a relation's verb stands before the list (helper prc89).
 */
export function opensClauseAfterComma(words: readonly string[], first: number, last: number): boolean {
  const aside = skipAside(words, last + 1);
  const after = CLAUSE_ADVERB.test(words[aside] ?? '') ? aside + 1 : aside;
  // "Zeta is owned by Zenco, and Vexa is made by Qorva": an agent list after "by" ends where the next clause begins.
  const before = firstBefore(words, first);
  if (!(isRelationVerb(words, before) || words[before] === 'by') || OWNER_BEFORE.test(words[before - 1] ?? '')) return false;
  return finiteVerbAt(words, after) || (/^[a-z]{3,}(?:s|ed)$/.test(words[after] ?? '') && /^(?:it|them|the|a|an|its|their|@\d+)$/.test(words[after + 1] ?? ''));
}

/** Causatives whose objects act in a bare infinitive after them: "made A and B remove …", "had A and B drop …". */
export const MADE_TO_ACT: ReadonlySet<string> = new Set(['made', 'makes', 'make', 'had']);
/** A verb's bare form, as after a causative's objects: not a past ("released", "took") nor a present's "-s" ("bans"). */
const isBareInfinitive = (word: string): boolean => /^[a-z]+$/.test(word) && !/(?:s|ed)$/.test(word) && !IRREGULAR_PASTS.has(word);

/** Words after a participle that describes the name before it: "released by", "developed in Japan", "released last year", "launched earlier". */
const AFTER_PARTICIPLE = /^(?:by|in|on|at|last|earlier|later|since|from|for|during|this|before|after|under|\.|;|)$/;

/** Words after which a verb's word is a noun: "Zenco's rivals", "its rivals". */
const OWNER_BEFORE = /^(?:'s|'|its|their|its@\d+)$/;

/** Whether the word at `at` is a relation's verb ("bans", or a past tense that may be a participle: "released", "banned"). */
function isRelationVerb(words: readonly string[], at: number): boolean {
  return at >= 0 && triggersAt(words, at).some((t) => t.form === 'verb' || t.form === 'participle');
}

/**
 * Where a later member's name stands, from word j: past a description ("A and cell maker B", "along with shipbuilder B", "A, B and
 * the channel C") or a compound that describes it ("A and Zembla-linked shipper B").
 */
function memberNameAt(words: readonly string[], j: number): number {
  if (mentionAt(words, j) === undefined) {
    const described = describedName(words, j, MEMBER_HEADS);
    if (described >= 0 && !isOtherPartysSeller(words, j, described)) j = described;
    // "its bus Arro, the midibus Arro 9 and the Lyn 12": a kind written with a size's or a class's prefix ("midibus", "supercar",
    // "microcar") before the name is a member's kind too (helper lst95: the list stopped at the unknown kind word).
    else if (isPrefixedKind(words[j] ?? '') && mentionAt(words, j + 1) !== undefined) j++;
  }
  return nameAfterCompound(words, j) ?? titleAfterMakersWork(words, j) ?? j;
}

/** A kind of goods after a size's or a class's prefix: "midibus", "trolleybus", "supercar", "microcar", "e-bike". */
const PREFIXED_KIND = /^(?:mini|midi|maxi|micro|mega|super|hyper|trolley|e-)([a-z]{3,})$/;

function isPrefixedKind(word: string): boolean {
  const tail = PREFIXED_KIND.exec(word)?.[1];
  return tail !== undefined && KIND_TAILS.has(tail);
}

/**
 * "banned the film Vexa, as well as the Zenco movie, 'Qorva Nights'": a member's name before a work's noun and a title names the
 * work's maker; the title after it is the member (helper ttl93, set 88's film bans: the maker was read as the banned thing).
 */
function titleAfterMakersWork(words: readonly string[], j: number): number | undefined {
  if (mentionAt(words, j) === undefined || !WORK_NOUNS.has(words[j + 1] ?? '')) return undefined;
  let k = j + 2;
  if (words[k] === ',') k++;
  if (/^['‘"“]$/.test(words[k] ?? '')) k++;
  return mentionAt(words, k) !== undefined ? k : undefined;
}

/** What a person's firm is called before its name: "his company, Zenco". */
const PERSONS_FIRM_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'business', 'companies', 'firms', 'businesses', 'startup', 'employer']);

/** Words that end a sentence's part: no list runs past them. */
const SERIES_STOPS = new Set(['.', ':', '?', '!', '(', ')']);
/** Words whose full stop, inside the sentence, ends no part: "a St. Petersburg-based firm", "Zenco Co. Ltd." (helper ctl100). */
const STOP_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'mt', 'ft', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'no', 'u.s', 'u.k']);
/**
 * Whether word k ends a part of the sentence for a series. A '.' inside the sentence that the splitter kept there follows an
 * abbreviation, read as a word or taken into a name ("a St. Petersburg-based firm": "@3 . petersburg-based"), and ends nothing
 * when no name follows it.
 */
const isSeriesStop = (words: readonly string[], k: number): boolean =>
  SERIES_STOPS.has(words[k]!) &&
  !(words[k] === '.' && k + 1 < words.length && mentionAt(words, k + 1) === undefined && (STOP_ABBREVIATIONS.has(words[k - 1] ?? '') || mentionAt(words, k - 1) !== undefined));

/**
 * Whether the list starting at word i may be a semicolon series: the sentence goes on to "; and"
 * or "; or" followed by a name that ends its clause ("…; and C." or "…; and C, …"), so that
 * two clauses joined by "; and" ("X banned A; and Y banned B") are not read as one list.
 */
function semicolonSeriesAfter(words: readonly string[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) {
    if (isSeriesStop(words, k)) return false;
    if (words[k] === ';' && (words[k + 1] === 'and' || words[k + 1] === 'or')) return endsClauseAfter(words, k + 2);
  }
  return false;
}

/**
 * In a semicolon series, the ';' that ends the description after an item's comma ("A, a front
 * company for the army;"), when a named item follows it; undefined otherwise.
 */
function seriesDescriptionEnd(words: readonly string[], comma: number): number | undefined {
  for (let k = comma + 1; k < words.length && k <= comma + 30; k++) {
    if (isSeriesStop(words, k)) return undefined;
    if (words[k] !== ';') continue;
    let next = words[k + 1] === 'and' || words[k + 1] === 'or' ? k + 2 : k + 1;
    while (DETERMINERS.has(words[next] ?? '')) next++;
    return itemAt(words, next) ? k : undefined;
  }
  return undefined;
}

const LIST_ADVERBS: ReadonlySet<string> = new Set(LIST_ADVERB_WORDS);
/** Group nouns after a firm's name in a list item: "Zenco subsidiaries", "Qorva affiliates". */
const GROUP_TAILS: ReadonlySet<string> = new Set(['subsidiaries', 'affiliates', 'units', 'entities', 'divisions']);
/** Kinds of thing that may close a list's item (stop 49's readers), singular only: "two Meta apps, A and B" names Meta's apps, not Meta. */
/** Kinds of goods that end in "s" in the singular: no plural, so a kind of one member ("the bus Arro, the minibus Arro 9 and …", helper lst95). */
const SINGULAR_S_KINDS: ReadonlySet<string> = new Set(['series', 'bus', 'minibus']);
const KIND_TAILS: ReadonlySet<string> = new Set(PRODUCT_NOUN_WORDS.filter((w) => !w.endsWith('s') || SINGULAR_S_KINDS.has(w)));
/** Whether a word is one of KIND_TAILS. */
const isKindTail = (word: string): boolean => KIND_TAILS.has(word);
/**
 * Kinds of venue a firm runs or owns, ending an item only before "and the …" ("Zenco runs the Zapp marketplace and the Qwik app";
 * helper ow85): "owns the Zapp network and Qorva sued it" starts a clause at the name after a bare "and".
 */
const VENUE_TAILS: ReadonlySet<string> = new Set(['marketplace', 'exchange', 'network', 'site', 'website', 'portal', 'store', 'messenger']);

/** Words that may follow a list's last item without starting a clause of their own. */
const AFTER_LAST_ITEM = new Set([',', '.', ';', ':', '!', '?', ')', '-', '–', '—', 'in', 'on', 'for', 'from', 'to', 'as', 'with', 'at', 'over', 'among', 'across', 'since', 'after', 'before', 'until', 'by']);

/** Whether the item starting at word j (past determiners) ends where the sentence or a phrase, not a new clause, goes on. */
function endsClauseAfter(words: readonly string[], j: number): boolean {
  while (DETERMINERS.has(words[j] ?? '')) j++;
  const item = itemAt(words, j);
  if (!item) return false;
  const next = words[item.end + 1];
  return next === undefined || AFTER_LAST_ITEM.has(next);
}

/** "along with", "together with", "alongside" (and a slash: "H100/H200") at word j: how many words the phrase takes (0 when none). */
export function companionAt(words: readonly string[], j: number): number {
  if (words[j] === 'alongside' || words[j] === '/') return 1;
  return (words[j] === 'along' || words[j] === 'together') && words[j + 1] === 'with' ? 2 : 0;
}

/** After a list's conjunction: "other platforms", "others", "57 other apps", "dozens of other firms", "a few more". */
function opensUnnamedRest(words: readonly string[], j: number): boolean {
  if (/^(?:other|others|more|several|many|similar|various)$/.test(words[j] ?? '')) return true;
  // "France, Germany and most EU members": most of a bloc's members (helper cla102).
  if (words[j] === 'most' && mentionAt(words, j + 1) !== undefined && qualifiesBlocMembersRest(words, j + 1, j + 1)) return true;
  for (let k = j; k < j + 4; k++) {
    const w = words[k] ?? '';
    if (k > j && (w === 'other' || w === 'more')) return true;
    if (!COUNT_BEFORE_OTHER.test(w)) return false;
  }
  return false;
}
const COUNT_BEFORE_OTHER = /^(?:\d[\d,]*|a|few|some|dozens|hundreds|scores|of|number|at|least|about|nearly|around|over|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/;

/** "and other startups like", "and other rivals such as": after a list, more of its kind named (how many words the phrase takes, 0 when none). */
function othersLikeAt(words: readonly string[], j: number): number {
  if (words[j] !== 'and' || words[j + 1] !== 'other') return 0;
  for (let k = j + 2; k <= j + 4; k++) {
    if (words[k] === 'like' || words[k] === 'including') return k - j + 1;
    if (words[k] === 'such' && words[k + 1] === 'as') return k - j + 2;
    if (!/^[a-z][a-z-]*$/.test(words[k] ?? '')) return 0;
  }
  return 0;
}

/** A list item starting at word i: "@1", "@1 's @2" and "its@1 @2" (head @2), "@1 @2" (a name used as a modifier, head @2). */
function itemAt(words: readonly string[], i: number): { head: number; end: number } | undefined {
  let head = mentionAt(words, i);
  if (head === undefined) return undefined;
  let end = i;
  for (;;) {
    if (isPossessor(words, end) && mentionAt(words, end + 2) !== undefined) end += 2;
    // "Zenco/Qorva's Plix app": names paired by a slash before a possessive own the thing together (slashed-possessors.ts); the
    // first is no member of its own.
    else if (isSlashedCoPossessor(words, end)) end += 2;
    // "Kappa Motors investor Zenco", "Qorva supplier Vexa": a name and a role noun describe the name after them (stop 52's readers).
    else if (ROLE_AFTER_NAME.has(words[end + 1] ?? '') && mentionAt(words, end + 2) !== undefined) end += 2;
    else if (mentionAt(words, end + 1) !== undefined) end += 1;
    else break;
    head = mentionAt(words, end)!;
  }
  return { head, end };
}

/**
 * Whether the "'s" at `at` is one of possessors that share the noun after the last: "@1 's and @2 's apps",
 * "@1 's , @2 's and @3 's accounts" (not "@1 's @2 and @3 's @4", where each owns its own).
 */
function possessorsShareNoun(words: readonly string[], at: number): boolean {
  let joined = false;
  for (let k = at + 1; k < words.length; k++) {
    const w = words[k]!;
    if (w === ',') continue;
    if (w === 'and' || w === 'or') {
      joined = true;
      continue;
    }
    if (mentionAt(words, k) === undefined || words[k + 1] !== "'s") return false;
    if (joined) return mentionAt(words, k + 2) === undefined && !/^(?:,|and|or|\.)$/.test(words[k + 2] ?? '.');
    k++;
  }
  return false;
}

/** Role nouns between two names that make the second the item: "Kappa Motors investor Zenco" is Zenco. */
const ROLE_AFTER_NAME: ReadonlySet<string> = new Set(['investor', 'shareholder', 'backer', 'supplier', 'customer', 'client', 'partner', 'affiliate', 'lender', 'distributor', 'contractor', 'stakeholder']);

/** The index of the word before the noun phrase starting at `first`, past its determiners. */
function firstBefore(words: readonly string[], first: number): number {
  let k = first - 1;
  while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  return k;
}

/**
 * "A, a drone maker, and B": skips a description set off by commas after an item when the list goes on
 * after it (", and"): the index of its closing comma, or i when there is none. Only lower-case words
 * (no name, no clause punctuation) describe ("A, a unit of Qorva, and B" keeps its reading).
 */
function skipApposition(words: readonly string[], i: number): number {
  if (words[i] !== ',') return i;
  if (words[i + 1] === 'which') return skipRelativeBeforeAnd(words, i);
  if (/^(?:also|formerly|known)$/.test(words[i + 1] ?? '')) return skipAliasBeforeAnd(words, i);
  return skipAppositionOfArticle(words, i);
}

/** "A, a Zapp lookalike, and B": a description opening with its article. */
function skipAppositionOfArticle(words: readonly string[], i: number): number {
  if (words[i] !== ',' || !/^(?:a|an)$/.test(words[i + 1] ?? '')) return i;
  for (let k = i + 2; k < words.length && k <= i + 7; k++) {
    // "A, a shipping firm, B, a trader, and C": mid-list, a description stands before the next member when that member has one too
    // (stop 82's fresh samples); the list still counts only once closed by its "and".
    if (words[k] === ',') return k > i + 2 && (/^(?:and|or)$/.test(words[k + 1] ?? '') || describedMemberAt(words, k + 1)) ? k : i;
    // "A, a Zapp lookalike, and B": a name may qualify the description's last noun (stop 75, from stop 74's last bans samples).
    if (mentionAt(words, k) !== undefined && /^[a-z][a-z-]*$/.test(words[k + 1] ?? '') && words[k + 2] === ',') continue;
    if (!/^[a-z][a-z-]*$/.test(words[k]!)) return i;
  }
  return i;
}

/** "A, which ships oil, and B": a short relative clause of plain words before the list's final "and" (stop 82's fresh samples). */
function skipRelativeBeforeAnd(words: readonly string[], i: number): number {
  for (let k = i + 2; k < words.length && k <= i + 8; k++) {
    if (words[k] === ',') return k > i + 2 && /^(?:and|or)$/.test(words[k + 1] ?? '') && closesListAt(words, k + 2) ? k : i;
    if (!/^[a-z][a-z-]*$/.test(words[k]!)) return i;
  }
  return i;
}

/** Words that may follow a list's last member where the list closes: "…, and Qorva.", "… and Qorva on Tuesday", "… and Qorva, citing …". */
const AFTER_LAST_MEMBER = /^(?:\.|;|,|\)|:|on|in|over|for|last|this|after|from|under|as|with|citing|because|earlier|amid|to|at|)$/;

/**
 * Whether a name at `j`, after a relative clause's ", and", closes the list: "A, which ships oil, and B." — not "A, which denied
 * wrongdoing, and B said it would comply", "…, and B's chief resigned", where B opens the next clause (the review of stop 82).
 */
function closesListAt(words: readonly string[], j: number): boolean {
  const item = itemAt(words, j);
  return item !== undefined && !ownsWhatFollows(words, item.end + 1) && AFTER_LAST_MEMBER.test(words[item.end + 1] ?? '');
}

/**
 * "A, also known as Zen Star, and B", "A, formerly known as Zeta, and B": an alias set off before the next member (stop 82's fresh samples).
 * A former name needs no "known as", and the list may go on after it with a member of its own ("A, formerly Qorva Marine, B and C",
 * helper exb101).
 */
function skipAliasBeforeAnd(words: readonly string[], i: number): number {
  let k = i + 1;
  const former = words[k] === 'formerly' || words[k] === 'previously';
  if (words[k] === 'also' || former) k++;
  if (words[k] === 'known' && words[k + 1] === 'as') k += 2;
  else if (!former) return i;
  if (mentionAt(words, k) === undefined || words[k + 1] !== ',') return i;
  return /^(?:and|or)$/.test(words[k + 2] ?? '') || describedMemberAt(words, k + 2) || listGoesOnAt(words, k + 2) ? k + 1 : i;
}

/**
 * Whether members from `j` on run to the list's close: "B and C to the list", "B, C and D." — not "B and C said …", where the names
 * after the aside open a clause of their own.
 */
function listGoesOnAt(words: readonly string[], j: number): boolean {
  let members = 0;
  for (let k = j; members < 12; members++) {
    const item = itemAt(words, k);
    if (item === undefined) return false;
    const next = item.end + 1;
    const joined = words[next] === ',' && /^(?:and|or)$/.test(words[next + 1] ?? '') ? next + 2 : /^(?:,|and|or)$/.test(words[next] ?? '') ? next + 1 : -1;
    if (joined < 0) return members >= 1 && AFTER_LAST_MEMBER.test(words[next] ?? '') && !ownsWhatFollows(words, next);
    k = joined;
  }
  return false;
}

/** Whether a member at `j` has a description of its own after a comma: "B, a trader, …". */
function describedMemberAt(words: readonly string[], j: number): boolean {
  const item = itemAt(words, j);
  return item !== undefined && words[item.end + 1] === ',' && /^(?:a|an)$/.test(words[item.end + 2] ?? '');
}

/**
 * Skips a member's place when the next member has one too: "Zenco Bank in Zembla and Qorva Bank in Ruritania",
 * "A from Zembla, B from Ruritania": the places are no members (stop 51's readers).
 */
function skipParallelPlace(words: readonly string[], i: number): number {
  const prep = words[i];
  if ((prep !== 'in' && prep !== 'from') || mentionAt(words, i + 1) === undefined) return i;
  const after = i + 2;
  if (!/^(?:,|and|or)$/.test(words[after] ?? '')) return i;
  let next = after + 1;
  if (words[after] === ',' && /^(?:and|or)$/.test(words[next] ?? '')) next++;
  while (DETERMINERS.has(words[next] ?? '')) next++;
  return mentionAt(words, next) !== undefined && words[next + 1] === prep ? after : i;
}

/** Skips "( ... )" of at most 8 words starting at i. */
function skipAside(words: readonly string[], i: number): number {
  if (words[i] !== '(') return i;
  for (let k = i + 1; k < words.length && k <= i + 9; k++) if (words[k] === ')') return k + 1;
  return i;
}

/** Whether the noun phrase starting at word `first` follows a preposition ("in the @1"). */
export function isOblique(words: readonly string[], first: number): boolean {
  let k = first - 1;
  // "under the name A.me": a name given, not an actor.
  if (words[k] === 'name' || words[k] === 'names') return true;
  while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  return k >= 0 && PREPOSITIONS.has(words[k]!);
}

/** Verbs after which "that" opens a complement clause with its own subject. */
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'reported', 'reports', 'announced', 'announces', 'claimed', 'claims', 'stated', 'states', 'noted', 'notes', 'added', 'confirmed', 'confirms', 'believes', 'believe', 'argued', 'argues', 'warned', 'warns', 'found', 'finds', 'showed', 'shows', 'revealed', 'reveals', 'suggests', 'suggested', 'indicates', 'indicated', 'wrote', 'writes', 'explained', 'told', 'insisted', 'acknowledged', 'admitted', 'denied', 'concluded', 'determined', 'ruled', 'alleged', 'alleges']);

/** People who govern: "lawmakers in Washington" are the state acting. */
const GOVERNING = new Set(['lawmakers', 'officials', 'regulators', 'authorities', 'legislators', 'policymakers', 'politicians', 'diplomats', 'leaders', 'ministers', 'governments']);

function isGoverningPlace(words: readonly string[], first: number): boolean {
  const k = words[first - 1] === 'the' ? first - 2 : first - 1;
  return words[k] === 'in' && GOVERNING.has(words[k - 1] ?? '');
}

/** Words in -s that are no plural nouns, so that "has", "was" or "news" before "like" enumerate nothing. */
const NOT_PLURALS = new Set(['has', 'was', 'does', 'this', 'its', 'his', 'hers', 'yes', 'perhaps', 'always', 'sometimes', 'whereas', 'news', 'series', 'species', 'unless', 'less', 'thus', 'plus', 'bus', 'gas', 'analysis', 'basis', 'crisis']);

/** A plural noun a list after "like" or "such as" enumerates: "Apps like A and B were banned", "Outlets such as A and B were blocked by X". */
function isPluralNoun(word: string): boolean {
  return /^[a-z][a-z-]+[^su']s$/.test(word) && !NOT_PLURALS.has(word);
}

/** "Several states, including Texas and Virginia, banned …", "Apps like A and B were banned": the members enumerated beside a subject. */
function isEnumeration(words: readonly string[], first: number): boolean {
  // "countries such as the UK, …": a determiner may open the first member.
  const at = words[first - 1] === 'the' ? first - 1 : first;
  const k = words[at - 1] === 'as' && words[at - 2] === 'such' ? at - 2 : at - 1;
  // "including" right after a plural enumerates only a plural of actors ("nations including A"; "apps including A" names objects).
  const before = words[k - 1] ?? '';
  const plural = words[k] === 'including' ? ACTOR_PLURALS.has(before) : isPluralNoun(before);
  return ['including', 'such', 'like', 'namely', 'notably'].includes(words[k] ?? '') && (before === ',' || plural);
}

/** Plurals of those who act: "countries such as A", "nations including A". */
const ACTOR_PLURALS = new Set(['countries', 'states', 'governments', 'nations', 'jurisdictions', 'firms', 'companies', 'regulators', 'banks', 'agencies', 'lenders']);

/** Firms and things a possessor's unnamed subject may be: "Ruritania's biggest messaging app banned Zapp". */
const OWNED_SUBJECT_HEADS: ReadonlySet<string> = new Set(['app', 'apps', 'platform', 'platforms', 'company', 'companies', 'firm', 'firms', 'store', 'stores', 'bank', 'banks', 'carrier', 'carriers', 'operator', 'operators', 'network', 'networks', 'service', 'services', 'messenger', 'marketplace', 'startup', 'retailer', 'retailers', 'airline', 'airlines', 'giant', 'giants', 'maker', 'makers', 'exchange', 'broadcaster', 'chain', 'provider', 'providers', 'engine', 'lender', 'lenders']);
/** Words between such a subject and its verb. */
const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'now', 'recently', 'reportedly', 'already', 'quietly', 'officially', 'effectively', 'temporarily', 'just', 'then']);

/** Words that rank a firm among its state's: "Ruritania's biggest bank", "its top search engine". */
const RANKING_WORDS: ReadonlySet<string> = new Set(['biggest', 'largest', 'top', 'leading', 'main', 'dominant', 'popular', 'most', 'second-largest', 'second-biggest', 'state-run', 'state-owned', 'flagship', 'national']);

/**
 * "Ruritania's biggest messaging app banned Zapp" (stop 51's readers): the possessor only describes the subject, a firm or
 * a thing it does not name; a body of the state ("Ruritania's regulator") is the state's act, and is not skipped.
 */
function ownsUnnamedSubject(words: readonly string[], list: MentionList, at: number): boolean {
  if (words[list.last + 1] !== "'s") return false;
  // A ranking word says the possessor is where the subject stands, not its owner ("Zenco's app store removed Zapp" is Zenco's act).
  let ranked = false;
  for (let k = list.last + 2; k <= list.last + 5 && k < at; k++) {
    if (OWNED_SUBJECT_HEADS.has(words[k]!)) return ranked && words.slice(k + 1, at).every((w) => SUBJECT_VERB_FILLERS.has(w));
    if (!/^[a-z][a-z-]*$/.test(words[k]!)) return false;
    ranked ||= RANKING_WORDS.has(words[k]!);
  }
  return false;
}

/**
 * "Zenco calculators banned from the exam include …", "Qorva phones barred from bases": a maker's name before its goods, the
 * participle right after them, qualifies goods a reduced passive acts on; the maker is not its actor (stop 65's first bans sample).
 */
function makesGoodsBefore(words: readonly string[], list: MentionList, at: number): boolean {
  const goods = words[list.last + 1] ?? '';
  return list.last + 2 === at && goods.endsWith('s') && isMadeKind(goods) && (/^[a-z]+ed$/.test(words[at]!) || IRREGULAR_PASTS.has(words[at]!));
}

/**
 * "Zenco forked Qorvlib to create Zenlib": the project forked, right after the fork's verb (its article and a word or two
 * describing it between), acts in nothing after it; the forker makes the fork (stop 82, own82).
 */
function isForkedProject(words: readonly string[], list: MentionList): boolean {
  let k = list.first - 1;
  while (k >= 0 && k >= list.first - 3 && /^[a-z][a-z-]*$/.test(words[k]!) && !FORK_VERBS.has(words[k]!)) k--;
  return FORK_VERBS.has(words[k] ?? '');
}

/**
 * "Zenco is in a dispute with Kappa, and the court banned Zeta", "Zenco appealed after the court banned Zeta": a clause
 * whose subject is a noun naming no one ("the court") has that subject; a name before its conjunction is another
 * clause's (stop 53's readers: a party to a patent suit was read as the banner).
 */
function opensWithUnnamedSubject(words: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (SUBJECT_VERB_FILLERS.has(words[k]!) || AUXILIARY_FILLERS.has(words[k]!))) k--;
  // "Qorva won a victory when parliament banned Zenlotto": a body named bare, with no article, is that clause's subject too (helper
  // ent94, from the eighty-third fresh sample's betting reader: the ban's beneficiary was read as its actor).
  if (opensWithBareBody(words, at)) return true;
  if (!/^[a-z][a-z-]*$/.test(words[k] ?? '') || !/^(?:the|this|that)$/.test(words[k - 1] ?? '')) return false;
  const before = words[k - 2] ?? '';
  return ((before === 'and' || before === 'but') && words[k - 3] === ',') || SUBORDINATORS.has(before);
}
/** Whether the clause holding word `at` opens with a body told bare after its subordinator: "… when parliament banned …". */
export function opensWithBareBody(words: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (SUBJECT_VERB_FILLERS.has(words[k]!) || AUXILIARY_FILLERS.has(words[k]!))) k--;
  return BARE_BODIES.has(words[k] ?? '') && SUBORDINATORS.has(words[k - 1] ?? '');
}
/** Bodies told without an article: "when parliament banned …", "after lawmakers blocked …". */
const BARE_BODIES: ReadonlySet<string> = new Set(['parliament', 'congress', 'lawmakers', 'legislators', 'regulators', 'authorities', 'officials', 'ministers', 'policymakers', 'senators', 'councillors', 'councilors']);
/** Auxiliaries between an unnamed subject and its verb: "the court has since banned", "the regulator will ban". */
const AUXILIARY_FILLERS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'since', 'later', 'subsequently']);
/** Conjunctions that open a clause of its own: "after the court banned …". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'after', 'before', 'when', 'once', 'until', 'since']);

/** How many words a bracket between a subject and its verb may hold. */
const BRACKET_REACH = 24;

/** Heads of a person's role a firm's name may qualify: "former Qorva design chief Jan Doe", "Qorva chief executive Jan Doe". */
const PERSON_ROLE_HEADS = /^(?:chief|executive|officer|head|director|president|founder|co-founder|designer|engineer|scientist|researcher|manager|boss|ceo|cfo|cto|coo|vp|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|employee|analyst|lawyer)$/;

/**
 * "its deal with former Qorva design chief Jan Doe …": a name inside a phrase (not opening its clause) that only qualifies a person's
 * role, the person named right after, is no subject of a later verb; a person's employer is no party (helper rvm93, fresh set 88:
 * "… a complaint from rival start-up Borin" read Qorva against Borin).
 */
function qualifiesPersonsRole(words: readonly string[], list: MentionList): boolean {
  if (list.members.length !== 1) return false;
  let k = list.last + 1;
  let roles = 0;
  for (; k <= list.last + 3 && /^[a-z][a-z-]*$/.test(words[k] ?? ''); k++) if (PERSON_ROLE_HEADS.test(words[k]!)) roles++;
  if (roles === 0 || !PERSON_ROLE_HEADS.test(words[k - 1] ?? '') || mentionAt(words, k) === undefined) return false;
  let b = list.first - 1;
  while (/^(?:former|ex|ex-|then|the|a|its|their)$/.test(words[b] ?? '')) b--;
  return b >= 0 && !/^(?:,|;|:|that|said|says|and|but)$/.test(words[b]!);
}

/**
 * Candidate subjects of the clause holding word `at`, nearest first: each list to the left that
 * is not an oblique, up to the clause's start. The antecedent of a relative pronoun ("Nvidia
 * chips, which were restricted") counts even after a preposition. Parentheses are skipped.
 */
export function subjectsBefore(words: readonly string[], at: number, lists: ReadonlyMap<number, MentionList>): MentionList[] {
  const found: MentionList[] = [];
  if (opensWithUnnamedSubject(words, at)) return found;
  // "The ban on Zapp hit Zenco, and the curbs on Qorva cost it billions": a noun opening a joined clause is no act of the first
  // clause's objects; only the name opening the sentence may be its actor ("Ruritania banned Zapp, and the ban …"; helper prc89).
  if (opensJoinedClauseAsNoun(words, at)) return subjectsBefore(words, at - 2, lists).filter((l) => firstBefore(words, l.first) < 0);
  let relative = false;
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i]!;
    if (HARD_STOPS.has(w)) break;
    // "Lantern Labs, a startup founded by former Huawei engineers, launched": an apposition
    // between a name and its verb describes the name; nothing in it is the subject.
    if (w === ',' && found.length === 0) {
      const open = appositionStart(words, i);
      if (open !== undefined) {
        // "Zenco said the regulator, which Qorva lobbied, banned Zapp": an aside after a noun naming no one has that noun for the
        // clause's subject; the speaker further left is not it (review of fp83).
        if (RELATIVES.has(words[open + 1]!) && mentionAt(words, open - 1) === undefined) break;
        i = open;
        continue;
      }
    }
    // A bracket describes what stands before it, glosses included ("(Chinese: …; pinyin: …; lit. …)").
    // "Five carriers (A, B and C) are competing": a bracket after a plural noun, right before the verb, names the subject's members.
    if (w === ')') {
      const open = words.lastIndexOf('(', i);
      const members = open > 0 && at - i <= 3 && isPluralNoun(words[open - 1]!) && mentionAt(words, open + 1) !== undefined;
      if (open >= 0 && i - open <= BRACKET_REACH && !members) i = open;
      continue;
    }
    // "Zenco, an OpenAI rival that built Qorva", "Zenco, a rival of Qorva that built Vexa": the antecedent is a noun a name only
    // qualifies, set off after the name it describes; that name is the relative clause's subject, not the qualifying one (review of mk81).
    const reporting = w === 'that' && REPORTING_VERBS.has(words[i - 1] ?? '');
    const head = RELATIVES.has(w) && found.length === 0 && words[i - 1] !== ',' && !reporting ? apposedHeadOfQualifiedNoun(words, i, lists) : undefined;
    if (head !== undefined) {
      relative = true;
      i = head + 1;
      continue;
    }
    // "Since its listing on the Zorbo Exchange, the Helsinki-based group, which also owns Vexa, …": a relative set off after a noun
    // that names no one, and is set off after no name, has that noun for antecedent; no name further left is the clause's subject
    // (helper pfl97, from real sporting-goods news: the exchange was read as the brand's owner).
    if (found.length === 0 && RELATIVES.has(w) && w !== 'that' && unnamedAntecedentBefore(words, i)) break;
    // "testified before the Senate that the company banned Zapp": a "that" with a subject of its own after it opens a complement
    // clause, no relative one; the name before it is no subject of the clause (helper fp82's fresh news samples).
    if (RELATIVES.has(w) && (words[i - 1] === ',' || mentionAt(words, i - 1) !== undefined) && !(w === 'that' && OWN_SUBJECT_OPENERS.has(words[i + 1] ?? ''))) relative = true;
    // "X reports that the ban …": a complement clause has its own subject, after "that".
    // "Texas Governor Vena Morrow announced that he banned Zapp": a person's pronoun right after the named speaker's "said that" is
    // the speaker, as it is with no "that" ("… said he banned Zapp"); the search goes on to the speaker and the names with it.
    else if (reporting && !SPEAKERS_PRONOUN.has(words[i + 1] ?? '')) break;
    else if (reporting && mentionAt(words, i - 2) === undefined) break;
    const m = mentionAt(words, i);
    if (m === undefined) continue;
    const list = lists.get(m);
    if (!list) continue;
    // "the first US state to ban Y": the state names the kind of the subject, not the subject.
    if (isMemberStateOf(words, list) || qualifiesBlocMembersRest(words, list.first, list.last)) continue;
    // "Ruritania banned Zenco and Kappa and placed curbs on Qorva": the first verb's object is no subject of the second;
    // "Zenbec is following Ruritania's lead and banning Zapp": nor is the one followed.
    // "Ruritania's invasion of Zembla prompted sanctions on Zenco": who wages the war, and where, act in neither.
    if (qualifiesPersonsRole(words, list) || isObjectBeforeCoordinatedVerb(words, list, at) || FOLLOWING.has(words[firstBefore(words, list.first)] ?? '') || isPartyToHostileAct(words, list) || ownsUnnamedSubject(words, list, at) || makesGoodsBefore(words, list, at) || isForkedProject(words, list) || isCreditedSource(words, list.first, at)) {
      i = list.first;
      continue;
    }
    if (!found.includes(list) && (relative || !isOblique(words, list.first) || isEnumeration(words, list.first) || isGoverningPlace(words, list.first) || isStateNamed(words, list.first) || isJudgesCourt(words, list.first) || isAbsoluteSubject(words, list, at) || isSubordinateSubject(words, list, at) || isTradedSubject(words, list.first))) found.push(relative ? singularAntecedent(words, list, at) : list);
    // A relative pronoun's antecedent is the mention just before it: nothing further left is this clause's subject.
    if (relative) break;
    if (opensJoinedClause(words, list, at)) break;
    i = list.first;
  }
  return found;
}

/** A verb in the singular ("owns", "makes", "has"); "this", "its" and plural nouns ("analysts") end in "s" too and are screened apart. */
const SINGULAR_VERB_FORM = /^(?:has|is|was|does|[a-z]+[^s]s)$/;
/** Closed-class words ending in "s" that open a relative's subject or time phrase: "which this year launched", "which its rivals copy". */
const NOT_A_VERB_IN_S: ReadonlySet<string> = new Set(['this', 'its', 'his', 'thus', 'plus', 'us', 'yours', 'ours', 'theirs', 'hers']);
/** Verbs after a plural noun that make the noun the relative's own subject: "which analysts say make", "which regulators believe own". */
const VERB_AFTER_SUBJECT = /^(?:say|said|believe|believed|expect|expected|think|thought|estimate|estimated|reckon|reckoned|claim|claimed|suggest|suggested|note|noted|allege|alleged|fear|feared|report|reported|are|were|have|had|do|did|will|would|can|could|may|might|must|should)$/;

/**
 * Whether the relative pronoun at `words[at]` opens a clause whose verb is in the singular ("…, which owns", "…, which also makes"),
 * the verb right after the pronoun or one adverb apart. Shared by the clause reader (singularAntecedent) and the relation patterns
 * (relations.ts): "which this year launched", "which analysts say make" have a subject of their own and no singular verb (review rr90e).
 */
export function isSingularRelativeAt(words: readonly string[], at: number): boolean {
  if (!RELATIVES.has(words[at] ?? '')) return false;
  let k = at + 1;
  if (CLAUSE_ADVERB.test(words[k] ?? '')) k++;
  const word = words[k] ?? '';
  if (!SINGULAR_VERB_FORM.test(word) || NOT_A_VERB_IN_S.has(word)) return false;
  // "which analysts say make", "which regulators have fined": a noun in "s" before a verb is the clause's subject.
  return !VERB_AFTER_SUBJECT.test(words[k + 1] ?? '');
}

/**
 * "rivals such as Zenco, Qorva, and Vexa, which owns Zeta Appliances": a relative clause whose verb is in the singular, set off
 * after a list, is the last member's alone, not every member's (fresh sample s80b: the list's other firms became Zeta's makers).
 * A verb in the plural ("Zenco and Qorva, which make washers") or in the past ("which owned") keeps the whole list.
 */
function singularAntecedent(words: readonly string[], list: MentionList, at: number): MentionList {
  if (list.members.length < 2 || words[list.last + 1] !== ',' || list.last + 2 >= at || !isSingularRelativeAt(words, list.last + 2)) return list;
  return { members: [list.members[list.members.length - 1]!], first: list.last, last: list.last };
}

/**
 * "According to a report by analytics firm Metrix, Zeta is twice the size of its closest rival": a source an "according to" credits, a
 * few words into the credit and a comma closing it before `at`, is no actor of the clause it credits (fresh sample s78f: the firm
 * cited became the rival's rival).
 */
function isCreditedSource(words: readonly string[], first: number, at: number): boolean {
  if (!words.slice(first + 1, at).includes(',')) return false;
  for (let k = first - 1; k >= 1 && k >= first - 8; k--) {
    if (words[k] === ',' || words[k] === ';') return false;
    if (words[k] === 'to' && words[k - 1] === 'according') return true;
  }
  return false;
}

/** Whether the word at `at`, after "the" and up to two modifiers, opens a clause joined by ", and" (", but", ", while"). */
function opensJoinedClauseAsNoun(words: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k > at - 3 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && !CLAUSE_JOINERS.has(words[k]!) && !DETERMINERS.has(words[k]!)) k--;
  if (!/^(?:the|its|their)$/.test(words[k] ?? '')) return false;
  return CLAUSE_JOINERS.has(words[k - 1] ?? '') && words[k - 2] === ',';
}

/** One adverb between a subject and its verb: "Qorva also makes", "Qorva recently bought". */
const CLAUSE_ADVERB = /^(?:also|now|still|already|\p{Ll}+ly)$/u;
/** Auxiliaries between a subject and its verb: "Qorva has bought", "Tide is made", "Zeta was built". */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'will', 'would', 'be']);
/** Conjunctions that join a clause with a subject of its own after a comma: "…, and Qorva owns C", "…, while Qorva makes C". */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/**
 * Whether `list` stands right before the verb at `at` (one adverb apart at most) and opens a clause joined to the one before
 * ("Zenco owns A and B, and Qorva owns C"; "…, while Qorva makes C"): the verb's subject is that name, whatever its type, and the
 * names of the first clause, its objects included, are no subject of the second verb (helper prc89: "A and B" read as owning C).
 */
function opensJoinedClause(words: readonly string[], list: MentionList, at: number): boolean {
  // "…, and Tide is made by Qorva": an auxiliary or an adverb may stand between the subject and its verb.
  let k = list.last + 1;
  while (k < at && k <= list.last + 3 && (CLAUSE_ADVERB.test(words[k]!) || CLAUSE_AUXILIARIES.has(words[k]!))) k++;
  if (k !== at) return false;
  const joiner = words[list.first - 1] === 'the' ? list.first - 2 : list.first - 1;
  const word = words[joiner] ?? '';
  return (CLAUSE_JOINERS.has(word) && words[joiner - 1] === ',') || word === 'while' || word === 'whereas';
}

const TIE_NOUNS_OF = new RegExp(`^(?:${TIE_NOUNS_OF_WORDS})$`);
/** A participle a name qualifies with a hyphen: "the Qorva-owned startup", "a Zembla-backed firm" (written "@1 - owned"). */
const HYPHENED_QUALIFIERS = /^(?:owned|backed|funded|controlled|led|based|run|operated|financed|supported)$/;

/**
 * The index of the name an apposition describes when the relative pronoun at `relative` follows a noun that a name only qualifies:
 * "@0 , an @1 rival that …", "@0 , the @1 spin-off which …", "@0 , the @1 - owned startup that …" and (review of mk81) "@0 , a
 * rival of @1 that …" give @0's index. Undefined otherwise.
 */
function apposedHeadOfQualifiedNoun(words: readonly string[], relative: number, lists: ReadonlyMap<number, MentionList>): number | undefined {
  const noun = words[relative - 1] ?? '';
  if (mentionAt(words, relative - 1) !== undefined) {
    // "a rival of @1 that": the name after "of" ends right before the relative.
    const list = lists.get(mentionAt(words, relative - 1)!);
    if (!list || list.last !== relative - 1 || words[list.first - 1] !== 'of' || !TIE_NOUNS_OF.test(words[list.first - 2] ?? '')) return undefined;
    return headBeforeApposition(words, list.first - 2);
  }
  if (!/^[a-z][a-z-]*$/.test(noun)) return undefined;
  const qualifierEnd = words[relative - 3] === '-' && HYPHENED_QUALIFIERS.test(words[relative - 2] ?? '') ? relative - 4 : relative - 2;
  const qualifier = mentionAt(words, qualifierEnd);
  const list = qualifier === undefined ? undefined : lists.get(qualifier);
  if (list && list.last === qualifierEnd) return headBeforeApposition(words, list.first);
  return headOfPlainDescription(words, relative);
}

/**
 * "bought by @0 , a firm that owns …", "sold the unit to @0 , an audio group which makes …": a description of plain words (up to four,
 * no name) set off after a name before the relative pronoun at `relative` has that name for the clause's subject, though the name is a
 * preposition's object (helper pfl97, from set 95's readers: the sentence's subject, or no one, was read as the owner).
 */
function headOfPlainDescription(words: readonly string[], relative: number): number | undefined {
  if (words[relative] === 'that' && OWN_SUBJECT_OPENERS.has(words[relative + 1] ?? '')) return undefined;
  let k = relative - 1;
  while (k >= relative - 4 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && !/^(?:a|an|the)$/.test(words[k]!)) k--;
  return k < relative - 1 && /^(?:a|an|the)$/.test(words[k] ?? '') ? headBeforeApposition(words, k + 1) : undefined;
}

/**
 * Whether the relative pronoun at `relative` follows ", " after a noun of plain words that no name qualifies or is described by:
 * "…, the Helsinki-based group, which" (no name before ", the"), not "Zenco, the audio group, which", "the Zenco group, which" nor
 * "Zenco, which" (helper pfl97).
 */
function unnamedAntecedentBefore(words: readonly string[], relative: number): boolean {
  if (words[relative - 1] !== ',' || !/^[a-z][a-z-]*$/.test(words[relative - 2] ?? '') || /^(?:and|or|but|too|also|though|however)$/.test(words[relative - 2]!)) return false;
  // "adopted amendments to the Qorva Convention, which ban …": a treaty is an instrument, and the party that adopts or amends it acts
  // through it (helper ins97), as through an act it issues.
  if (/^(?:convention|conventions|treaty|treaties)$/.test(words[relative - 2]!)) return false;
  let k = relative - 2;
  while (k >= relative - 6 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && !/^(?:a|an|the)$/.test(words[k]!)) k--;
  // "the Zenco group, which", "Zenco's audio unit, which": a name inside the noun phrase is what the pronoun may stand for.
  if (mentionAt(words, k) !== undefined || words[k] === "'s" || /^its@\d+$/.test(words[k] ?? '')) return false;
  if (!/^(?:a|an|the)$/.test(words[k] ?? '')) return false;
  return mentionAt(words, k - 1) === undefined && headBeforeApposition(words, k + 1) === undefined;
}

/** The index of the name before ", a|an|the" when the apposition's words start at `from`: "@0 , the …". Undefined otherwise. */
function headBeforeApposition(words: readonly string[], from: number): number | undefined {
  if (!/^(?:a|an|the)$/.test(words[from - 1] ?? '') || words[from - 2] !== ',') return undefined;
  return mentionAt(words, from - 3) === undefined ? undefined : from - 3;
}

/** Nouns of a thing's trade that open a subject: "Sales of Zeta were banned" bans Zeta (stop 52's readers). */
const TRADE_SUBJECTS: ReadonlySet<string> = new Set(['sales', 'sale', 'imports', 'import', 'exports', 'shipments', 'distribution', 'production', 'marketing', 'use']);

/** Whether the name at `first` is the thing a trade noun opening the sentence is of: "Sales of (the) @1 were banned". */
function isTradedSubject(words: readonly string[], first: number): boolean {
  const of = firstBefore(words, first);
  return words[of] === 'of' && TRADE_SUBJECTS.has(words[of - 1] ?? '') && (of - 1 === 0 || words[of - 2] === ',' || /^(?:all|the|new|further|domestic|retail)$/.test(words[of - 2] ?? ''));
}

/** "a US state", "the first US state", "the US state of Montana": a name qualifying a member "state". */
function isMemberStateOf(words: readonly string[], list: MentionList): boolean {
  if (words[list.last + 1] !== 'state') return false;
  return words[list.last + 2] === 'of' || ONE_OF_MANY.has(words[list.first - 1] ?? '');
}

/**
 * "@1 verb-ed @2 and verb-ed …", "@1 had blocked @2, throttled …, and had tried to block …": the
 * list right after a verb and before a second verb of the series (after "and" or a comma), which
 * comes before `at`.
 */
function isObjectBeforeCoordinatedVerb(words: readonly string[], list: MentionList, at: number): boolean {
  let next = list.last + 1;
  // "banned Zapp from its store and removed Qorva": where the first act took the object from, or put it (stop 70, from stop 69's bans samples).
  if (OBJECT_PLACES.has(words[next] ?? '')) {
    let k = next + 1;
    while (k <= next + 4 && /^(?:[a-z][a-z'-]*|@\d+)$/.test(words[k] ?? '') && words[k] !== 'and') k++;
    if (words[k] === 'and' || words[k] === ',') next = k;
  }
  // "suspended Zeta FM's licence, revoked those of A and B": the first act's object is what the name owns (stop 74's second bans sample).
  if (words[next] === "'s") {
    let k = next + 1;
    while (k <= next + 2 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && words[k] !== 'and') k++;
    if (k > next + 1 && (words[k] === ',' || words[k] === 'and')) next = k;
  }
  const comma = words[next] === ',';
  if (comma) next++;
  const and = words[next] === 'and';
  if (and) next++;
  if (!comma && !and) return false;
  if (/^(?:had|has|have|also)$/.test(words[next] ?? '')) next++;
  // The second verb in the past, or in the present when it is the trigger itself ("censors Zenco and blocks Zapp").
  if (next > at || !(/^[a-z]+ed$/.test(words[next] ?? '') || (next === at && /^[a-z]+s$/.test(words[next] ?? '')))) return false;
  let before = words[list.first - 1] === 'the' ? list.first - 2 : list.first - 1;
  // "slowed down Zapp and blocked …": a particle after the first verb.
  if (VERB_PARTICLES.has(words[before] ?? '')) before--;
  return /^[a-z]+(?:ed|s)$/.test(words[before] ?? '') || IRREGULAR_PASTS.has(words[before] ?? '');
}
/** Prepositions of a place an object is taken from or put in, between it and a coordinated verb. */
const OBJECT_PLACES: ReadonlySet<string> = new Set(['from', 'off', 'on', 'onto', 'in', 'into', 'to']);
/** Acts of war, whose possessor wages them and whose object suffers them ("Ruritania's invasion of Zembla"). */
const HOSTILE_ACTS: ReadonlySet<string> = new Set(['invasion', 'war', 'aggression', 'attack', 'attacks', 'annexation', 'occupation', 'incursion', 'offensive', 'bombardment', 'bombing', 'strikes', 'assault']);
/** Words between a possessive and its act of war: "Ruritania's full-scale invasion", not "Ruritania's trade war". */
const HOSTILE_MODIFIERS = /^(?:full-scale|illegal|unprovoked|brutal|ongoing|continued|unjustified|renewed|latest|military|armed|\d{4})$/;
/** Prepositions after an act of war that name where it is waged: "invasion of", "war in", "war against", "attack on". */
const HOSTILE_PLACES = new Set(['of', 'in', 'against', 'on']);

/**
 * "Ruritania's invasion of Zembla", "the war in Zembla": a state waging a war, or the state it is waged in, named
 * beside the act of war; the sanctions that answer the war are neither's act nor aimed at the state attacked.
 * "war on" is left out of the place side: "Washington's war on Zenco" is a figure of speech for its curbs.
 */
export function isPartyToHostileAct(words: readonly string[], list: MentionList): boolean {
  if (words[list.last + 1] === "'s") {
    let k = list.last + 2;
    while (k < list.last + 4 && HOSTILE_MODIFIERS.test(words[k] ?? '')) k++;
    if (HOSTILE_ACTS.has(words[k] ?? '')) return true;
  }
  const preposition = firstBefore(words, list.first);
  const act = words[preposition - 1] ?? '';
  return HOSTILE_PLACES.has(words[preposition] ?? '') && HOSTILE_ACTS.has(act) && !(act === 'war' && words[preposition] === 'on');
}

/** Verbs of following another's example: what follows them is their object. */
const FOLLOWING: ReadonlySet<string> = new Set(['following', 'follows', 'followed', 'follow', 'emulating', 'copying']);
/** Particles of a phrasal verb, between the verb and its object: "slowed down", "cut off". */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'off', 'out']);

/** "With Zenco unveiling Zeta, …": the name after "with" is the subject of the -ing verb right after it. */
function isAbsoluteSubject(words: readonly string[], list: MentionList, at: number): boolean {
  return words[list.first - 1] === 'with' && list.last + 1 === at && (words[at]?.endsWith('ing') ?? false);
}

/** Words that may stand between a clause's subject and its verb: "after Canada had formally banned Y". */
// "after Russia began blocking Zapp", "before Zembla moved to ban Zapp": a verb of starting or deciding and its "to" too (stop 77, from
// stop 76's last bans sets).
const BEFORE_VERB = new Set(['had', 'has', 'have', 'also', 'formally', 'officially', 'previously', 'recently', 'first', 'quietly', 'effectively', 'then', 'later', 'began', 'begins', 'started', 'starts', 'continued', 'continues', 'moved', 'moves', 'decided', 'decides', 'tried', 'to']);

/**
 * "The move comes after Canada and Britain sanctioned Zenco", "before the US blacklisted Qorva":
 * "after", "before", "as" and "until" open a clause whose subject is the name right before its verb,
 * not a prepositional phrase.
 */
function isSubordinateSubject(words: readonly string[], list: MentionList, at: number): boolean {
  const k = words[list.first - 1] === 'the' ? list.first - 2 : list.first - 1;
  if (!/^(?:after|before|as|until)$/.test(words[k] ?? '') || words[k - 1] === 'such') return false;
  for (let i = list.last + 1; i < at; i++) if (!BEFORE_VERB.has(words[i]!)) return false;
  return at - list.last <= 3;
}

/** A court after the place it sits in, and the kinds of court between: "a Zembla City court", "a Zembla district court". */
const COURT_AFTER_SEAT = /^(?:court|courts|judge|judges|tribunal|tribunals)$/;
const COURT_KINDS = /^(?:district|city|regional|municipal|county|provincial|state|federal|high|appeals|arbitration|commercial)$/;
/** Whether a court follows the list, naming the place it sits in: "a Lumo City court banned". */
export function isCourtSeat(words: readonly string[], list: MentionList, city: boolean): boolean {
  // "the Zembla court" may name a state's court; a city's name or a local court's kind says it names the seat.
  return (city && COURT_AFTER_SEAT.test(words[list.last + 1] ?? '')) || (COURT_KINDS.test(words[list.last + 1] ?? '') && COURT_AFTER_SEAT.test(words[list.last + 2] ?? ''));
}

/** "the state of Montana", "the US state of Montana": the name after "state of" is the state. */
function isStateNamed(words: readonly string[], first: number): boolean {
  // "a court in the state of Zembla" names where the court sits, not who acts (stop 77, from its first bans sample); "lawmakers in the
  // state of Montana" are still the state's.
  const where = words[first - 3] === 'the' ? first - 4 : first - 3;
  const courtSeat = words[where] === 'in' && /^(?:court|courts|judge|judges|tribunal|tribunals)$/.test(words[where - 1] ?? '');
  // "the town of Vela", "the county of Lumo" too (helper imp96, real city-ban news: the town's act was lost).
  return words[first - 1] === 'of' && /^(?:state|province|city|town|village|county|municipality|borough|township)$/.test(words[first - 2] ?? '') && !courtSeat;
}

/**
 * "Justice Jane Roe of the Zembla High Court has suspended Zapp", "a judge of the High Court banned Zapp": the court named after a
 * judge's "of" acts through its judge, so it is the clause's subject (helper fpr95, from ban95's report; the judge is a person, no
 * actor, and the court was skipped as an oblique).
 */
function isJudgesCourt(words: readonly string[], first: number): boolean {
  const of = words[first - 1] === 'the' ? first - 2 : first - 1;
  if (words[of] !== 'of') return false;
  const before = words[of - 1] ?? '';
  if (/^(?:judge|judges|justice|justices|magistrate|magistrates)$/.test(before)) return true;
  // The judge named, with the title before the name: "Justice Jane Roe of …", "Chief Judge Roe of …".
  return mentionAt(words, of - 1) !== undefined && /^(?:judge|justice|magistrate)$/.test(words[of - 2] ?? '');
}

/** For the comma at `close`: the comma that opens an apposition ending there, right after a name. */
function appositionStart(words: readonly string[], close: number): number | undefined {
  // ", whose investors include Qorva, Vexa, and Lumo ,", "… include Qorva, a Zembla fund, and Vexa ,": a relative aside runs to the
  // comma before the verb whatever commas its list or its descriptions hold (review of fp83).
  // Only a list's ", and" marks such commas: "Zenco, whose rival Qorva, a Zembla firm, launched" has the apposition's name for subject.
  let listed = false;
  for (let k = close - 1; k >= 0 && k >= close - 20; k--) {
    if (HARD_STOPS.has(words[k]!)) break;
    if (words[k] === ',' && (words[k + 1] === 'and' || words[k + 1] === 'or')) listed = true;
    if (listed && words[k] === ',' && (words[k + 1] === 'whose' || words[k + 1] === 'which' || words[k + 1] === 'who')) return k;
  }
  for (let k = close - 1; k >= 0 && k >= close - 14; k--) {
    const w = words[k]!;
    if (HARD_STOPS.has(w)) return undefined;
    if (w !== ',') continue;
    // ", whose investors include Qorva, Vexa and Lumo ,": a list's comma inside the aside is passed over (a fresh sample of real
    // news, helper fp83: the investors were read as the makers of what the firm launched).
    if (mentionAt(words, k - 1) !== undefined && mentionAt(words, k + 1) !== undefined && words[k + 2] !== "'s") continue;
    // ", a startup …", ", which …", ", OpenAI's rival ,", ", founded by …"
    // ", one of the fastest-growing Zeta alternatives ,": "one of" opens a description too.
    const opensAside = DETERMINERS.has(words[k + 1]!) || RELATIVES.has(words[k + 1]!) || isPossessor(words, k + 1) || /^[a-z]+(?:ed|en)$/.test(words[k + 1]!) || (words[k + 1] === 'one' && words[k + 2] === 'of');
    // ", whose …" and ", which …" always open a relative aside, after a name or a noun ("The startup, whose investors include …").
    const relativeAside = words[k + 1] === 'whose' || words[k + 1] === 'which' || words[k + 1] === 'who';
    // "Zenco's chips, based on the homegrown Plix design, compete with Qorva": a participle aside after a possessed noun describes
    // that noun; the name inside is no subject (helper riv100, from real chip news).
    const possessedNoun = /^(?:[a-z]+ed|built|made|run|led|driven|known|sold|held)$/.test(words[k + 1]!) && /^[a-z]+s$/.test(words[k - 1] ?? '') && words[k - 2] === "'s" && mentionAt(words, k - 3) !== undefined;
    return relativeAside || (opensAside && (mentionAt(words, k - 1) !== undefined || possessedNoun)) ? k : undefined;
  }
  return undefined;
}

/** Stops the object search: the end of the clause the trigger governs. */
export function clauseEnd(words: readonly string[], from: number, limit: number): number {
  for (let i = from; i < words.length && i < from + limit; i++) {
    const w = words[i]!;
    if (w === ':' && listAfterColon(words, from, i)) continue;
    if (HARD_STOPS.has(w)) return i;
    const next = words[i + 1] ?? '';
    // ", which …", ", but …", ", making …": another clause; ", including …" and ", which include …" still list.
    const listsOn = next === 'including' || (next === 'which' && /^(?:include|includes|included)$/.test(words[i + 2] ?? ''));
    if (w === ',' && !listsOn && (CLAUSE_OPENERS.has(next) || /^[a-z]+ing$/.test(next))) return i;
    // "is developing its own model and worries staff using Zapp …": a second verb of saying or thinking starts a clause of its own (stop 56's readers).
    if ((w === 'and' || w === 'but') && SAYING_VERBS.has(next)) return i;
    // "beat expectations as it began production of the Zeta": a subordinate clause with a pronoun for subject is a clause of its own
    // (helper fp89: its object was read as the rival).
    if ((SUBORDINATORS.has(w) || w === 'as') && PRONOUN_SUBJECTS.has(next)) return i;
  }
  return Math.min(words.length, from + limit);
}

/** Pronouns that open a clause as its subject. */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Verbs of saying or thinking that, after "and", start another clause of the same subject. */
const SAYING_VERBS: ReadonlySet<string> = new Set(['worries', 'worried', 'fears', 'feared', 'says', 'said', 'warns', 'warned', 'believes', 'believed', 'thinks', 'thought', 'notes', 'noted', 'adds', 'added', 'hopes', 'hoped', 'argues', 'argued', 'claims', 'claimed', 'insists', 'insisted', 'concedes', 'conceded']);

/**
 * "blocked several apps: A, B and C", "unveiled three models: A, B and C": a colon a few words
 * after the trigger, with no name before it, introduces the trigger's objects.
 */
function listAfterColon(words: readonly string[], from: number, colon: number): boolean {
  if (colon - from > 8) return false;
  for (let i = from; i < colon; i++) if (mentionAt(words, i) !== undefined) return false;
  let j = colon + 1;
  while (DETERMINERS.has(words[j] ?? '')) j++;
  return mentionAt(words, j) !== undefined;
}

/** The lists after word `from`, up to `end`, in order (each once). */
export function listsAfter(words: readonly string[], from: number, end: number, lists: ReadonlyMap<number, MentionList>): MentionList[] {
  const found: MentionList[] = [];
  for (let i = from; i < end; i++) {
    const m = mentionAt(words, i);
    if (m === undefined) continue;
    const list = lists.get(m);
    if (list && !found.includes(list) && list.first >= from) found.push(list);
    if (list) i = Math.max(i, list.last);
  }
  return found;
}

/** People who stand for the firm they work at when they are a passive's agent: "by the team at Zenco". */
const TEAM_NOUNS: ReadonlySet<string> = new Set(['team', 'teams', 'researchers', 'engineers', 'scientists', 'developers', 'folks', 'people', 'staff']);

/** The list right after "by" (or "from", for sanctions) following word `at`, within a few words. */
export function agentAfter(words: readonly string[], at: number, lists: ReadonlyMap<number, MentionList>, preps: readonly string[] = ['by']): MentionList | undefined {
  for (let i = at + 1; i < words.length && i <= at + 4; i++) {
    if (HARD_STOPS.has(words[i]!)) return undefined;
    if (!preps.includes(words[i]!)) continue;
    let j = i + 1;
    while (DETERMINERS.has(words[j] ?? '')) j++;
    // "developed by the team at Zenco", "by researchers from Qorva": the people stand for their firm.
    if (TEAM_NOUNS.has(words[j] ?? '') && (words[j + 1] === 'at' || words[j + 1] === 'from')) for (j += 2; DETERMINERS.has(words[j] ?? ''); ) j++;
    // "manufactured by the likes of A, B and C": the names after "the likes of" are the agents (stop 59's makers readers).
    if (words[j] === 'likes' && words[j + 1] === 'of') j += 2;
    let m = mentionAt(words, j) ?? mentionAt(words, describedName(words, j)) ?? mentionAt(words, enumeratedAfter(words, j)) ?? mentionAt(words, apposedToHead(words, j));
    // "by the Ruritanian regulator Zenreg", "by Ruritania's watchdog Zenreg": the body named after its state's head noun acts;
    // "by Ruritania's two carriers, Qorva and Vell": so do the names set off after it.
    // "owned by tycoon Vexa Patel's Zenco UK": past words describing a person, the name after the person's possessive is the agent,
    // not the person (helper own90, from news on channels' owners).
    if (m === undefined) m = ownedAfterDescribedPossessor(words, j);
    if (m !== undefined && mentionAt(words, j) === m && !['and', 'or', '&'].includes(words[j + 1] ?? '')) m = mentionAt(words, describedName(words, j + 1)) ?? (words[j + 1] === "'s" ? mentionAt(words, apposedToHead(words, j + 2)) ?? partyAfterPossessive(words, j + 2) : undefined) ?? m;
    // "developed by the Qorva-backed Zenco AI" (written "@1 - backed @2"): the name a hyphened qualifier describes acts, not its
    // backer or owner (helper rll94, from real AI-lab coverage; an unknown backer was already left in the compound).
    if (m !== undefined && mentionAt(words, j) === m && words[j + 1] === '-' && HYPHENED_QUALIFIERS.test(words[j + 2] ?? '') && mentionAt(words, j + 3) !== undefined) m = mentionAt(words, j + 3);
    return m === undefined ? undefined : lists.get(m);
  }
  return undefined;
}

/**
 * The name after "tycoon Vexa Patel's" at `j`: one or two describing words, a name and its possessive, then the name it owns. Not a
 * participle, whose object the name is ("by developers using Qorva's Vexa toolkit": the developers act; review rr90b).
 */
function ownedAfterDescribedPossessor(words: readonly string[], j: number): number | undefined {
  let k = j;
  while (k < j + 2 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && !PREPOSITIONS.has(words[k]!) && !CLAUSE_OPENERS.has(words[k]!)) {
    // A participle right before the name takes it as object ("using Qorva's"); a trade noun before a role noun does not
    // ("shipping magnate Vexa Patel's", "mining billionaire Vexa Patel's"; review rr90d).
    if (/[a-z]{2}ing$/.test(words[k]!) && mentionAt(words, k + 1) !== undefined) return undefined;
    k++;
  }
  return k > j && mentionAt(words, k) !== undefined && words[k + 1] === "'s" ? mentionAt(words, k + 2) : undefined;
}

/**
 * Where the names an enumeration's cue at `at` introduces begin ("…, such as A", "like A", "including A"): after
 * "such as" or one of `cues` (a comma before the cue allowed), or -1. Callers differ in the cues they read.
 */
export function afterEnumerationCue(words: readonly string[], at: number, cues: ReadonlySet<string>): number {
  const k = words[at] === ',' ? at + 1 : at;
  if (words[k] === 'such' && words[k + 1] === 'as') return k + 2;
  return cues.has(words[k] ?? '') ? k + 1 : -1;
}

/** "by (other) countries such as A and B", "by firms including A": where the enumerated names start after a plural of actors at j, or -1. */
function enumeratedAfter(words: readonly string[], j: number): number {
  // "by a group of banks including A, B and C", "by a consortium of lenders such as A": the group's members are the agents (helper nominal).
  const group = GROUP_NOUNS.has(words[j] ?? '') && words[j + 1] === 'of' ? j + 2 : j;
  const k = words[group] === 'other' || words[group] === 'several' || words[group] === 'many' ? group + 1 : group;
  if (!ACTOR_PLURALS.has(words[k] ?? '')) return -1;
  if (words[k + 1] === 'such' && words[k + 2] === 'as') return k + 3;
  return words[k + 1] === 'like' || words[k + 1] === 'including' ? k + 2 : -1;
}

/** Nouns of a group whose "of" names the plural of its members' kind: "a group of banks", "a consortium of lenders". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'consortium', 'coalition', 'alliance', 'syndicate', 'handful', 'number', 'clutch']);

/** Actors that names set off by a comma after them tell: "by their host, Ruritel", "by the two carriers, Qorva and Vell". */
const APPOSED_ACTOR_HEADS: ReadonlySet<string> = new Set(['host', 'hosts', 'carrier', 'carriers', 'operator', 'operators', 'provider', 'providers', 'isp', 'isps', 'telco', 'telcos', 'regulator', 'regulators', 'watchdog', 'watchdogs', 'authority', 'authorities', 'agency', 'agencies', 'ministry', 'ministries', 'platform', 'platforms', 'store', 'stores', 'owner', 'owners', 'parent', 'network', 'networks']);

/**
 * A firm's kind that a comma sets off from its name after "by" (helper pfl96, real drinks news): "owned by the French company,
 * Zenco, the second largest distiller", "made by the family-run firm, Qorva". Not the speaker of a reported clause ("is owned by a
 * holding company, Qorva said": REPORTING_AFTER_APPOSED).
 */
const APPOSED_FIRM_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'conglomerate', 'maker', 'manufacturer', 'producer', 'distiller', 'brewer', 'winemaker']);
/** Words after an apposed name that make it a reported clause's speaker: "…, Qorva said". */
const REPORTING_AFTER_APPOSED: ReadonlySet<string> = new Set(['said', 'says', 'told', 'reported', 'reports', 'added', 'noted', 'announced', 'confirmed', 'stated', 'wrote', 'explained', 'argued', 'claimed']);

/**
 * Where the names stand that a comma sets off after an actor's head noun starting at word j ("their host , @1", "two largest
 * carriers , @1 and @2"), or -1 (stop 71's bans samples).
 */
function apposedToHead(words: readonly string[], j: number): number {
  for (let k = j; k < j + 5; k++) {
    const w = words[k] ?? '';
    if (APPOSED_ACTOR_HEADS.has(w) && words[k + 1] === ',' && mentionAt(words, k + 2) !== undefined) return k + 2;
    if (APPOSED_FIRM_HEADS.has(w) && words[k + 1] === ',' && mentionAt(words, k + 2) !== undefined && !REPORTING_AFTER_APPOSED.has(words[k + 3] ?? '')) return k + 2;
    if (!/^[a-z][a-z-]*$/.test(w) && w !== "'s") return -1;
  }
  return -1;
}

/** A firm's parties named after its possessive: "Zenco's chief rival, Qorva", "Zenco's parent Qorva". */
const POSSESSED_PARTY_HEADS: ReadonlySet<string> = new Set(['rival', 'rivals', 'competitor', 'competitors', 'partner', 'partners', 'parent', 'owner', 'subsidiary', 'affiliate', 'spin-off', 'spinoff']);

/**
 * The name of a party after a possessive at word j: "owned by Zenco's chief rival, Qorva" (helper pos98, from the family of brands
 * tied to their owner: the brand went to Zenco, whose rival owns it). Up to two describing words, the party's noun, an optional
 * comma, then the name; none of them a preposition ("Zenco's rival in Ruritania").
 */
function partyAfterPossessive(words: readonly string[], j: number): number | undefined {
  for (let k = j; k < j + 3; k++) {
    const w = words[k] ?? '';
    if (!/^[a-z][a-z-]*$/.test(w) || PREPOSITIONS.has(w)) return undefined;
    if (!POSSESSED_PARTY_HEADS.has(w)) continue;
    const at = words[k + 1] === ',' ? k + 2 : k + 1;
    return mentionAt(words, at);
  }
  return undefined;
}

/** Head nouns of a description before a name: "by Ruritania-based AI company Zenco", "by the country's telecom watchdog Zenreg". */
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'startup', 'start-up', 'lab', 'studio', 'publisher', 'giant', 'group', 'maker', 'chipmaker', 'carmaker', 'automaker', 'shipbuilder', 'manufacturer', 'supplier', 'vendor', 'operator', 'developer', 'provider', 'regulator', 'watchdog', 'agency', 'ministry', 'authority', 'government', 'rival', 'subsidiary', 'unit', 'owner', 'conglomerate', 'conglomerates',
  // A firm's place in its market before its name: "between A and upstart B", "A, B and newcomer C" (stop 60's readers).
  'upstart', 'newcomer', 'challenger', 'incumbent', 'entrant', 'latecomer', 'underdog', 'heavyweight', 'powerhouse', 'juggernaut', 'behemoth', 'titan', 'competitor',
  // The same before a list: "unveiled by publishers A and B" (stop 76, from its forty-third set).
  'publishers', 'developers', 'studios', 'makers', 'manufacturers', 'companies', 'firms']);

/**
 * Heads that describe a later member of a list, beyond a firm's: "A, B and the channel C", "A and the blogging service, B"
 * (a maker or a banner is never named so after "by").
 */
const KIND_HEADS: ReadonlySet<string> = new Set(['channel', 'station', 'portal', 'site', 'website', 'app', 'application', 'service', 'platform', 'network', 'newspaper', 'outlet', 'broadcaster', 'daily', 'magazine', 'messenger', 'game', 'chatbot', 'browser', 'market', 'marketplace', 'exchange', 'forum']);
/** Words that give a described member its name: "a market called Hansa". */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'codenamed', 'code-named']);
/**
 * Heads of a sanctions list's later members: "Zenco, its CEO Ivan Petrov, and its sister company Qorva", "the state-owned
 * Zenco Oil, and crony groups Qorva and Velmar" (a person is a member too, though no restriction takes a person).
 */
const LISTED_PARTY_HEADS = ['affiliate', 'associate', 'bank', 'exchange', 'fund', 'vessel', 'tanker', 'ceo', 'chairman', 'chairwoman', 'founder', 'co-founder', 'director', 'president', 'executive', 'official', 'officer', 'groups', 'firms', 'companies', 'subsidiaries', 'affiliates', 'entities', 'banks'];
/**
 * Kinds of made thing, singular, that name a later member after them with no article: "banned messaging app A and antivirus program B",
 * "launched tracker A and budgeting tool B" (stop 81's fresh sample: the member after "program", "tool" or "software" was lost).
 */
const MEMBER_KIND_HEADS = [...KIND_TAILS, 'program', 'programme'];
/**
 * Kinds of seller that name a later member after them: "banned platform Zenco, fast-fashion store Qorva and retailer Plix" (helper
 * lists, from real news on shopping-app bans: the members after "store" or "retailer" were lost, the first kept alone).
 */
const SELLER_HEADS = ['store', 'retailer', 'e-tailer', 'shop', 'chain', 'seller', 'brand', 'label'];
/** Words that make a described seller another party's: "Zenco owns brand Vela, and rival label Orba fell" (the unit suite found it). */
const OTHER_PARTY = new Set(['rival', 'rivals', 'competitor', 'competing', 'partner', 'partners']);

/** Whether the description from `from` to the name at `name` is a seller's kind with a rival's or partner's word in it. */
function isOtherPartysSeller(words: readonly string[], from: number, name: number): boolean {
  return SELLER_HEADS.includes(words[name - 1] ?? '') && words.slice(from, name - 1).some((w) => OTHER_PARTY.has(w));
}
const MEMBER_HEADS: ReadonlySet<string> = new Set([...DESCRIPTION_HEADS, ...KIND_HEADS, ...MEMBER_KIND_HEADS, ...LISTED_PARTY_HEADS, ...SELLER_HEADS]);

/** "ruritania-based", "us-headquartered": where a firm sits, said right before its name. */
const BASED = /^[a-z.]+-(?:based|headquartered)$/;
/** "ruritania-linked", "zembla-backed": a compound that ties the name after it to a place or a party. */
const TIES = /^[a-z.]+-(?:based|headquartered|linked|backed|affiliated|controlled|owned|run|funded|allied|aligned|connected|tied|registered|sponsored)$/;

/** Where the name after a short description starting at word j stands ("china-based ai company @0": the index of @0), or -1. */
function describedName(words: readonly string[], j: number, heads: ReadonlySet<string> = DESCRIPTION_HEADS): number {
  // "and Ruritania-based exchange Qorva", "and Zembla-linked host Zenco": after such a compound any describing words lead to the name.
  const compound = TIES.test(words[j] ?? '');
  for (let k = j; k < j + 5; k++) {
    const w = words[k] ?? '';
    // "by Ruritania-based Zenco": a firm's seat describes it with no head noun.
    if ((heads.has(w) || compound || BASED.test(w)) && mentionAt(words, k + 1) !== undefined) return k + 1;
    // "and the blogging service, Blinkr": a comma may stand between a kind and its name ("and its rival, Qorva" is an apposition).
    if (heads.has(w) && KIND_HEADS.has(w) && words[k + 1] === ',' && mentionAt(words, k + 2) !== undefined) return k + 2;
    // "along with a market called Hansa", "and a start-up named Qorva": the name a kind is given (stop 67's first bans sample).
    if (heads.has(w) && NAMING_WORDS.has(words[k + 1] ?? '') && mentionAt(words, k + 2) !== undefined) return k + 2;
    if (!/^[a-z][a-z.-]*$/.test(w) && w !== "'s") return -1;
    // "…, aims to rival A and B": an infinitive starts a clause of its own; its object is no member described.
    if (w === 'to') return -1;
  }
  return -1;
}

/** Verbs of one announcing its own act. Not "reported": "Zapp will be removed from official phones, Qnews reported" is an outlet's report. */
const REPORTING = new Set(['said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'stated', 'declared', 'has', 'have']);

/**
 * "Y has been banned on official devices, the Cabinet Office has announced": the list that
 * reports the clause, after a comma at its end.
 */
export function reporterAfter(words: readonly string[], at: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const comma = words.indexOf(',', at);
  if (comma < 0) return undefined;
  let j = comma + 1;
  while (DETERMINERS.has(words[j] ?? '')) j++;
  const m = mentionAt(words, j);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list) return undefined;
  const verb = words[list.last + 1] ?? '';
  return REPORTING.has(verb) && (verb !== 'has' && verb !== 'have' ? true : ['announced', 'said', 'confirmed', 'stated', 'declared'].includes(words[list.last + 2] ?? '')) ? list : undefined;
}

/**
 * "added Y to the Entity List along with Z and W", "banned Y on state devices alongside Z": the
 * list a companion phrase adds after an object, a few words on in the same clause.
 */
export function companionsAfter(words: readonly string[], from: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const end = clauseEnd(words, from, 8);
  for (let i = from; i < end; i++) {
    if (mentionAt(words, i) !== undefined) return undefined;
    const length = companionAt(words, i) || othersLikeAt(words, i);
    if (length === 0) continue;
    let j = i + length;
    while (DETERMINERS.has(words[j] ?? '')) j++;
    // "…, along with Zembla-owned Zeta Chat": the companion is the name its description leads to (stop 75, from stop 74's last bans samples).
    const m = mentionAt(words, memberNameAt(words, j));
    return m === undefined ? undefined : lists.get(m);
  }
  return undefined;
}
