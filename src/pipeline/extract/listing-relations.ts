import type { RelationKind } from '../relation-registry';
import type { EntityType } from '../types';
import { lowerWordsOf, POSSESSIVES, type Token } from '../text/tokens';
import type { TypeUnknown } from './claim-check';
import { withChanges, type SentenceMention } from './mention';
import { PREPOSITIONS } from './clause';
import { BULLET_MARKS, NOT_GOVERNING_BODY } from './cue-words';
import { isUntypedMinistry } from './unknown-names';
import { isMade, isMaker, madeActAt, madeListAt, madeListFrom, type MadeAct } from './made-lists';
import { contestLeaders, contestStated, countComparedRivals, isRivalFirm, namedRivalsList, rivalListAt, rivalsActAt, sameTradeList } from './rival-lists';
import { ACT_NOUN, BAN_WORD, CONTEST_LEAD, LIST_NOUN, LISTING_ACT, PACKAGE_NOUN, LISTING_WORDS, PASSIVE_LISTING_WORD, REACH_PARTICIPLE, RIVALS_NOUN, RIVALS_VERB, STOP_ORDER, STORE_REMOVAL } from './listing-words';
import { claimStatus } from './claim-status';
import { reportedColonAct, reportedListAt } from './reported-lists';
import {
  actNounAt,
  actSubject,
  AMONG_OPENERS,
  BAN_NOUNS,
  BAN_VERBS,
  BANNED_NOUNS,
  BAN_LISTS,
  banVerbOverCounted,
  namesThingsParties,
  blacklistOfCounted,
  stopOrderOverCounted,
  tradeHaltOverCounted,
  STOP_ORDERS,
  CLAUSE_BOUNDARY,
  CONTAINS,
  GOVERNING_NOUNS,
  isBanVerb,
  LIST_ENDS,
  LIST_NOUNS,
  LIST_VERBS_AFTER,
  LISTED_NOUNS,
  LISTED_TYPE,
  listFrom,
  LISTING_ACT_NOUNS,
  LISTING_PROGRESSIVES,
  LISTING_VERBS,
  MAY_BE_LISTED,
  membershipAt,
  outlawingListAt,
  passiveFollowingHead,
  ownedListAt,
  PASSIVE_BANS,
  passiveBanAt,
  passiveActByAgent,
  licenceLossAt,
  isListedNoun,
  isUndoneAct,
  PASSIVE_LISTING,
  countedKinds,
  clashesWithCounted,
  type CountedKinds,
  sanctionsHadAt,
  passiveListingAt,
  leadingReporter,
  addedByContinuerAt,
  additionToListAt,
  reachedByActAt,
  RESTRICTION_LIST,
  RESTRICTION_NOUNS,
  SANCTION_ACTS,
  TRADE_MEASURE_SUBJECTS,
  SANCTION_NOUNS,
  includedAfter,
  INCLUDED_CUES,
  storeRemovalOverCounted,
} from './listing-phrases';

/**
 * Listings without an active clause. Official lists are written as an act once ("Today OFAC
 * identified eight firms ...") and then as a bare list, often a paragraph later ("The entities
 * identified today are A; B; and C"), or as a placement with the list's owner as a possessive
 * ("Zenco was added to Ruritania's trade list"). No trigger clause holds the actor there: these
 * rules take it from the act that opened the listing, or from the possessive. A maker's launch is
 * written the same way ("Zenco launched three new models. They are A, B and C"): `listing:made`.
 */

export interface ListingClaim {
  source: SentenceMention;
  relation: RelationKind;
  target: SentenceMention;
  trigger: string;
  rule: string;
}

/** A rule of this file, as data: its name, why it holds, and the words that fire it. */
interface ListingRule {
  name: string;
  reason: string;
}

export const LISTING_RULES = {
  dutyPayers: { name: 'listing:demonym-duty-payers', reason: '"The agency set final duties. Most Zemblan producers will pay a rate of 20 %": the state whose producers pay the duties just set is restricted by the body that set them, in the same paragraph (helper lvy93, set 87\'s timber reader)' },
  act: { name: 'listing:act', reason: 'a government that identifies, designates or lists entities under an order restricts them; it is the actor of the bare list that follows' },
  head: { name: 'listing:head', reason: '"The entities designated today are A; B; and C", "The newly added entities include A and B" list the targets of the act named before (or, with none before, of the body reporting the list: "…, the Treasury said")' },
  among: { name: 'listing:among', reason: '"Among them are A and B", "They include A and B" right after a listing act go on with its targets' },
  alsoIncludes: { name: 'listing:also-includes', reason: '"The list also includes A and B" goes on with the act named before' },
  contents: { name: 'listing:contents', reason: '"The Covered List currently includes equipment produced by A, B and C", "The EU sanctions list also includes A": the list\'s owner (named with the list, or before it: "published by the FCC") acts on each member; a ban list bans them' },
  banned: { name: 'listing:banned', reason: '"India banned 59 apps. The banned apps include A, B and C" (or "Among them are A and B", "The list includes: A, B"): the list names what the ban before covers (or, with none before, the ban of the body reporting the list: "…, the ministry said")' },
  membership: { name: 'listing:membership', reason: '"A and B are now on the list", "B was also added to the blacklist", "became the 27th entity added to the list" after a listing act, or "A and B were targeted", "Also listed were A and B" right after it: its actor (or the named list\'s owner) restricts them (bans them, after a ban: "Also blocked were A and B")' },
  possessor: { name: 'listing:possessor', reason: '"X was added to / placed on Y\'s trade list", "Y said X was placed on its entity list", "X is on the list maintained by Y": the owner of the list restricts X' },
  subject: { name: 'listing:ban-subject', reason: '"Ruritania banned Zapp. The ban also covers A and B" (or "The block, which hit A and B, …", "Ruritania\'s ban covers A"): a ban named as the subject goes on with the act before, or with the state that owns it' },
  passiveBan: { name: 'listing:passive-ban', reason: '"Ruritania blocked 20 sites. The sites, including A and B, were blocked on Monday" (or "A and B were shut down", "… were taken off the air", "A and B are among the blocked sites", "A and B lost their licences"): a ban or closure in the passive (or a licence\'s loss) with no agent and no state in its sentence, right after a government\'s ban, goes on with that ban' },
  actNoun: { name: 'listing:act-noun', reason: '"Ruritania is blocking messaging apps. Users decried the shutdown of services including A and B": a ban or sanctions noun over named targets, with no actor in its sentence, right after a government\'s act of that kind, goes on with that act' },
  made: { name: 'listing:made', reason: '"Zenco launched three new models. They are A, B and C" (or "The range consists of A and B", "These include A"): what a firm\'s act of making, over things it counted or named by a noun, brought out, listed in the next sentence, is the firm\'s' },
  rivals: { name: 'listing:rivals', reason: '"Zenco has many competitors. They include brands like Qorva and Borin" (or "These are A, B and C", "Among them are A and B"; or "Zenco faces stiff competition. Qorva and Vexa both sell delivery robots"): the rivals a firm was said to have, listed in the next sentence, compete with it' },
  contestParties: { name: 'listing:contest-parties', reason: '"Competition is heating up. Qorva and Vexa launched chatbots last month": the firms of a list that each sell or make the same kind of thing, right after a sentence that states a contest with no firm named, compete with each other' },
  namedRivals: { name: 'listing:named-rivals', reason: '"The tender drew three rival bidders: Zenco, Qorva and Vexo" (or one bullet each, on the line or under it), "Three rival bidders – A, B and C – entered", "The three rivals are A, B and C": rivals listed after their noun, no firm named before it whose rivals they are, compete with each other' },
  countedRivals: { name: 'listing:counted-rivals', reason: '"Zenco has twice as many terminals in use as competitors, against Qorva\'s 36 million and Vexo\'s 35 million": rivals named after the comparing word by their figures alone, the sentence saying rivals are compared, compete with the firm that opens it' },
  contestLeaders: { name: 'listing:contest-leaders', reason: '"the race for quantum chips, led by Zenco and Qorva", "a market dominated by A, B and C", "the field, where A and B lead": the firms that lead a contest or market together compete with each other' },
  namedAs: { name: 'listing:named-as', reason: '"The Treasury sanctioned six firms. It identified them as A, B and C" (or "The firms were named as A and B"): the act just before, over things it counted, names its targets here' },
  continued: { name: 'listing:continued', reason: '"The Treasury sanctioned A. It also targeted B and C": the act\'s own actor, right after it, goes on with "also" and a listing verb ("targeted", "hit") that alone would restrict nothing' },
  bullets: { name: 'listing:bullets', reason: '"X added the following entities to the list:" or "X blocked these apps:" and then the members, after the colon or one bullet or line each: each name is a target of the act (of the body reporting it, after an agentless act: "Three firms were sanctioned: A and B, the Treasury said")' },
} as const satisfies Record<string, ListingRule>;

/** Offices a title opens, before "of" or "for": "Minister of State for Security", "Secretary of Commerce". */
const OFFICE_TITLES: ReadonlySet<string> = new Set(['Minister', 'Secretary', 'Deputy', 'Governor', 'Ambassador', 'Commissioner', 'Chancellor', 'Mayor', 'Undersecretary', 'Under-Secretary', 'Spokesperson', 'Spokesman', 'Spokeswoman']);
/** Adverbs between a copula and "on the list": "are also on the list", "is still on it". */
const STANDING_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'already', 'now', 'currently', 'both', 'all']);
/** Participles of keeping a list, before "by" and its keeper: "the list maintained by the Treasury". */
const LIST_KEEPING: ReadonlySet<string> = new Set(['maintained', 'kept', 'run', 'administered', 'compiled', 'managed', 'published']);
/** Words of a list that approves or ranks rather than curbs: "the approved list", "the top list". */
const NOT_RESTRICTION_LISTS: ReadonlySet<string> = new Set(['approved', 'pre-approved', 'preferred', 'trusted', 'whitelist', 'white', 'top', 'best', 'shortlist', 'short', 'waiting', 'guest', 'priority', 'honour', 'honor', 'eligible', 'certified', 'authorised', 'authorized', 'recommended', 'allowed']);
/** "entity-list", "sanctions-list": a restriction list's title written as one hyphenated word. */
/** The relative pronouns that open a clause set off after a list's member. */
const RELATIVE_OPENERS = new Set(['whose', 'which', 'who']);

/**
 * The token spans [from, to) of relative clauses set off after a name: ", whose chip was made by C", ", which is backed by C and D",
 * each up to the next comma or semicolon (or the sentence's end). A list's members are the names the list states, not the names
 * a member's own clause tells of: "These included A and B, whose chip was made by C" lists A and B (helper cau100, from a fresh
 * sample's blacklist news).
 */
function relativeAsides(words: readonly string[], mentions: readonly SentenceMention[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of mentions) {
    if (words[m.last] !== ',' || !RELATIVE_OPENERS.has(words[m.last + 1] ?? '')) continue;
    let end = m.last + 2;
    while (end < words.length && words[end] !== ',' && words[end] !== ';') end++;
    spans.push([m.last + 1, end]);
  }
  return spans;
}

function hyphenatedRestrictionList(word: string): boolean {
  const [head, noun, ...rest] = word.split('-');
  return rest.length === 0 && noun !== undefined && LIST_NOUNS.has(noun) && RESTRICTION_LIST.has(head!);
}

/** Words of firms taken off a list: "The firms removed from the list are …" are no targets. */
const OFF_THE_LIST: ReadonlySet<string> = new Set(['removed', 'delisted', 'taken', 'dropped', 'deleted', 'struck', 'off']);
/** How many sentences a listing's actor reaches. */
const LISTING_REACH = 8;
/** How many sentences back "the ban" reaches for its act. */
const SUBJECT_REACH = 2;
/** How many sentences back such a noun reaches for its government. */
const GOVERNING_REACH = 3;
/** How many sentences back a passive listing ("… were targeted") finds its act. */
const PASSIVE_REACH = 2;
/** Counts that stand for the firms an act just counted: "The four are: …", "All three are …". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
/** Prepositions that open the phrase of a fronted listing participle: "Named in the sanctions were …", "Targeted by the order are …". */
const FRONTED_PHRASE_OPENERS: ReadonlySet<string> = new Set(['in', 'by', 'under', 'on', 'among', 'as', 'for', 'today']);

/**
 * "Named in the sanctions were A and B", "Also identified in this action are A and B": the index of the copula after a
 * listing participle opening the sentence and its short phrase, or -1.
 */
function frontedListingCopula(words: readonly string[]): number {
  const k = words[0] === 'also' ? 1 : 0;
  const participle = words[k] ?? '';
  if (!(LISTING_VERBS.has(participle) || participle === 'named' || participle === 'hit') || !FRONTED_PHRASE_OPENERS.has(words[k + 1] ?? '')) return -1;
  for (let i = k + 2; i < words.length && i <= k + 8; i++) {
    if (/^(?:are|were|include|included|is|was)$/.test(words[i]!)) return i;
    if (/^[,.;:]$/.test(words[i]!)) return -1;
  }
  return -1;
}

/**
 * "added to the US Entity List", "fallen under Ruritanian sanctions": a government named right after the verb (or "under"),
 * before the list or the act it owns, is the listing's actor when none is named before the verb.
 */
function listOwnerAfter(words: readonly string[], mentions: readonly SentenceMention[], at: number): SentenceMention | undefined {
  const owner = mentions.find((m) => m.type === 'government' && m.first > at && m.first <= at + 3 && (words[m.first - 1] === 'the' || words[m.first - 1] === 'to' || words[m.first - 1] === 'under'));
  if (!owner) return undefined;
  let k = owner.last + (POSSESSIVES.has(words[owner.last] ?? '') ? 1 : 0);
  while (k < owner.last + 3 && !RESTRICTION_LIST.has(words[k] ?? '') && !SANCTION_NOUNS.has(words[k] ?? '') && /^[a-z][a-z-]*$/.test(words[k] ?? '')) k++;
  return RESTRICTION_LIST.has(words[k] ?? '') || SANCTION_NOUNS.has(words[k] ?? '') ? owner : undefined;
}

/** Words where a clause turns from what an act covers to another clause: "The ban covers A but exempts B", "…, while B was spared". */
const CLAUSE_TURNS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though']);
/** Prepositions that exclude the name after them: "…, excluding B", "except for B" (not "except in schools"). */
const EXCLUDING_WORDS: ReadonlySet<string> = new Set(['except', 'excluding', 'sparing', 'exempting', 'barring']);

/**
 * Where the members of a later list end, the clause turning to another: "The ban covers A but exempts B", "…, but not B", "…, while B
 * was spared", "…, excluding B"; -1 when it does not. A turn that adds or sits inside the list does not end it: "covers not only A but
 * also B", "covers A and, although it was popular, B", "hit A and B, but the bloc also sanctioned C" (the review of stop 82).
 */
function clauseTurnAt(words: readonly string[], from: number, mentions: readonly SentenceMention[]): number {
  const nameAt = (k: number): boolean => mentions.some((m) => m.first === k);
  let notOnly = false;
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'not' && words[k + 1] === 'only') notOnly = true;
    if (EXCLUDING_WORDS.has(w) && (nameAt(k + 1) || (words[k + 1] === 'for' && nameAt(k + 2)))) return k;
    if (!CLAUSE_TURNS.has(w)) continue;
    // "A and, although it was popular, B": the list goes on after the aside.
    if (/^(?:and|or)$/.test(words[k - 1] ?? '') || (words[k - 1] === ',' && /^(?:and|or)$/.test(words[k - 2] ?? ''))) continue;
    // "not only A but also B", "…, but the bloc also sanctioned C": a "but" that adds names more of what the act hit.
    if (w === 'but' && (notOnly || words.slice(k + 1, k + 6).includes('also'))) continue;
    return k;
  }
  return -1;
}

/** Reads an article's sentences in order, keeping the latest listing act's actor. */

export class ListingReader {
  private actor: { sentence: number; source: SentenceMention; counted?: CountedKinds; at?: number } | undefined;
  /** The latest act whose sentence ends with a colon ("X blocked these apps:"): its actor and relation, for the bullets that follow it (moved on by each bullet). */
  private colonAct: { sentence: number; source: SentenceMention; relation: RelationKind } | undefined;
  /** The latest ban over things counted ("India banned 59 apps"): who banned, for the list that names them. */
  private banActor: { sentence: number; source: SentenceMention; counted?: CountedKinds; at?: number } | undefined;
  /** The latest ban or restriction a government was found to impose, by any rule: who "the ban" of the next sentences is. */
  private lastAct: { sentence: number; source: SentenceMention; relation: 'banned' | 'restricts' } | undefined;
  /** The latest government named (a state, or a body): who "the governor" or "the ministry" of a later ban act is. */
  private lastGovernment: { sentence: number; source: SentenceMention } | undefined;
  /** The latest act of making over things not yet named ("Zenco launched three new models"): the maker of the list the next sentence gives. */
  private madeAct: MadeAct | undefined;
  /** The latest firm said to have rivals it did not name ("Zenco has many competitors"): the party of the list the next sentence gives. */
  private rivalsAct: MadeAct | undefined;
  /** The latest sentence stating a contest with no firm named ("Competition is heating up"): the next sentence may list its parties. */
  private contestSentence: number | undefined;
  /** The latest sentence with a mention that named things or parties by their kind ("apps", "firms"): what a later "them" may stand for. */
  private lastCounted: number | undefined;
  /** The last sentence naming a list with no listing act: "the list" after it is that list, not the act's. */
  private otherList: number | undefined;
  /** Named lists ("covered list") and the government named as their owner ("published by the FCC", "the FCC's Covered List"). */
  private readonly owners = new Map<string, SentenceMention>();

  /** The first sentence of the current paragraph: a trade measure's actor is told there or after (helper lvy93). */
  private paragraphStart = 0;
  /** Whether a blank line came since the last sentence read. */
  private paragraphOpened = false;

  /** The body of the latest restriction in this paragraph, up to SUBJECT_REACH sentences back: whom "the new levies" or duties' payers go with. */
  private recentTradeAct(index: number): SentenceMention | undefined {
    const acts = [this.lastAct, this.actor && { ...this.actor, relation: 'restricts' as const }];
    return acts.find((a) => a && a.relation === 'restricts' && a.sentence < index && a.sentence >= index - SUBJECT_REACH && a.sentence >= this.paragraphStart)?.source;
  }

  /** A blank line: a contest or a firm's rivals stated in the paragraph before have their parties listed there, not after it (helper cp86). */
  newParagraph(): void {
    this.paragraphOpened = true;
    this.contestSentence = undefined;
    this.rivalsAct = undefined;
  }

  /** `demonymState(tokens, k)`: the state whose adjective token `k` is ("Ruritanian"), as a mention standing there. */
  constructor(private readonly demonymState?: (tokens: readonly Token[], k: number) => SentenceMention | undefined) {}

  /**
   * The sentence's listing claims; `words` are its tokens in lower case. A name no rule typed
   * that a listing lists becomes a firm (when `typeUnknown`, the tagger, does not call it a
   * person or a place): its type is set on the mention, as the rules' claims do.
   */
  read(index: number, tokens: readonly Token[], words: readonly string[], mentions: readonly SentenceMention[], typeUnknown?: TypeUnknown): ListingClaim[] {
    if (this.paragraphOpened) {
      this.paragraphStart = index;
      this.paragraphOpened = false;
    }
    // "Most Zemblan producers will pay a rate of 20 %": the duties just set fall on the state whose producers pay them (helper lvy93).
    // (A sentence without mentions comes with no words: its tokens are read only when it holds a paying verb.)
    // "Commerce said most Zemblan producers will pay …": a body reporting the rate is its actor; "In its final determination, most
    // Zemblan producers will pay …" goes on with the act before.
    const payerWords = this.demonymState && tokens.some((t) => PAYING.has(t.lower)) ? (words.length > 0 ? words : lowerWordsOf(tokens)) : undefined;
    const reportedAt = payerWords ? payerWords.findIndex((w) => REPORTING_RATES.has(w)) : -1;
    const reporter = reportedAt > 0 ? mentions.find((m) => m.type === 'government' && m.source !== 'coref' && m.last === reportedAt) : undefined;
    const openingComma = payerWords && payerWords[0] === 'in' ? payerWords.slice(0, 10).indexOf(',') : -1;
    const payersFrom = reporter ? reportedAt + (payerWords![reportedAt + 1] === 'that' ? 2 : 1) : openingComma > 0 ? openingComma + 1 : 0;
    const payers = payerWords ? demonymPayersAt(payerWords, (k) => this.demonymState!(tokens, k), payersFrom) : undefined;
    // "will pay a rate of 20 % in Qorvia", "… levied by Qorvia": another state's duties.
    const anothersDuties = payers !== undefined && mentions.some((m) => m.type === 'government' && m.first > payers.verb && /^(?:in|by|to)$/.test(payerWords![payerWords![m.first - 1] === 'the' ? m.first - 2 : m.first - 1] ?? ''));
    const payersAct = payers && !anothersDuties && !mentions.some((m) => m !== reporter && m.type === 'government' && m.source !== 'coref' && m.first < payers.verb) ? (reporter ?? this.recentTradeAct(index)) : undefined;
    const dutyPayers: ListingClaim[] = payers && payersAct && payersAct.key !== payers.state.key ? [{ source: payersAct, relation: 'restricts', target: payers.state, trigger: payers.trigger, rule: LISTING_RULES.dutyPayers.name }] : [];
    // Every rule below needs a mention: an issuer, an owner or a target.
    if (mentions.length === 0) {
      if (dutyPayers.length > 0) return dutyPayers;
      this.contestSentence = tokens[0] && /^(?:competition|the)$/.test(tokens[0].lower) && contestStated(lowerWordsOf(tokens)) ? index : undefined;
      if (tokens.some((t) => isCountedWord(t.lower))) this.lastCounted = index;
      // "The governor has banned staff from using several apps" names no one: only a government named just before can act.
      const recent = this.lastGovernment && this.lastGovernment.sentence >= index - GOVERNING_REACH;
      if (recent && tokens.some((t) => isBanVerb(t) || STOP_ORDERS.has(t.lower) || t.lower === 'blacklist')) {
        const lowered = lowerWordsOf(tokens);
        this.noteBanAct(index, lowered, mentions, LISTING_WORDS.of(lowered));
      }
      return [];
    }
    // The classes of listing words the sentence holds: a rule below that looks for a class it lacks would find nothing (listing-words.ts).
    const held = LISTING_WORDS.of(words);
    const out: ListingClaim[] = [...dutyPayers];
    const targetsFrom = (from: number): SentenceMention[] => mentions.filter((m) => m.first >= from && MAY_BE_LISTED.has(m.type) && m.source !== 'coref' && m.source !== 'unknown');
    // The members of a bare list: typed names, and names nothing typed that the tagger lets be firms.
    const isMember = (m: SentenceMention, type: EntityType): boolean => {
      if (m.source === 'coref' || !MAY_BE_LISTED.has(m.type)) return false;
      if (m.source !== 'unknown') return true;
      // A member stands alone between the list's commas ("SZ DJI Technology": "SZ" is part of a name).
      // … or before the verb of its clause: "A, B and C were also sanctioned".
      // … or before "as well as": "A and B as well as C" (stop 79's review).
      const asWellAs = tokens[m.last]?.lower === 'as' && tokens[m.last + 1]?.lower === 'well';
      if (!LIST_ENDS.has(tokens[m.last]?.text ?? '.') && !LIST_VERBS_AFTER.has(tokens[m.last]!.lower) && !asWellAs) return false;
      // "These included A and Vexa Smith, Minister of State for Security": an office's title set off after a person names no firm (helper ban90).
      if (OFFICE_TITLES.has(tokens[m.first]?.text ?? '') && (tokens[m.first + 1]?.lower === 'of' || tokens[m.first + 1]?.lower === 'for')) return false;
      if (typeUnknown?.(m, type, false) !== type) return false;
      m.type = type;
      return true;
    };
    // Names nothing typed are firms, or things when the listing's noun says so ("Blocked sites include A and B").
    // "These included A and B, whose chip was made by C for D": names in a relative clause set off after a member are no members.
    const asides = relativeAsides(words, mentions);
    const membersFrom = (from: number, to = tokens.length, type: EntityType = LISTED_TYPE): SentenceMention[] =>
      mentions.filter((m) => m.first >= from && m.last <= to && (asides.length === 0 || !asides.some(([a, b]) => m.first >= a && m.first < b)) && isMember(m, type));
    const actor = this.actor && this.actor.sentence >= index - LISTING_REACH ? this.actor.source : undefined;

    // "• Zenco Micro, including two aliases": a bullet right after the act (or its previous bullet) names one target.
    if (BULLET_MARKS.has(tokens[0]?.text ?? '') && this.colonAct?.sentence === index - 1) {
      const member = membersFrom(1).find((m) => m.first <= 2);
      if (member) {
        this.colonAct.sentence = index;
        return [{ source: this.colonAct.source, relation: this.colonAct.relation, target: member, trigger: tokens[0]!.text, rule: LISTING_RULES.bullets.name }];
      }
    }

    // "The entities identified today are A; B; and C" / "The newly added entities include A and B" / "The list also includes A and B".
    // "The entities …", "These firms …", and without an article "Targeted firms include …", "Sanctioned entities are …".
    // … and with the participle after the noun: "Firms sanctioned today are …", "Sites blocked include …".
    // "Those targeted include A and B", "Those sanctioned were A and B": the participle stands for the listed noun.
    // "Those hit include A and B": a participle of the act's effect stands for the listed noun too.
    // "Others include A and B" right after the act: more of its targets.
    const those = (words[0] === 'those' && (LISTING_VERBS.has(words[1] ?? '') || words[1] === 'hit' || words[1] === 'affected')) || (words[0] === 'others' && /^(?:include|included|are|were)$/.test(words[1] ?? '') && this.actor?.sentence === index - 1);
    // "Targets include A and B", "Banks affected are …": a bare listed noun before the verb.
    const bareHead = LISTED_NOUNS.has(words[0]!) && /^(?:include|included|are|were)$/.test(words[1] ?? '');
    // "Other apps on the list include A and B" after the ban (stop 60's bans readers).
    const others = words[0] === 'other' && BANNED_NOUNS.has(words[1] ?? '');
    const opens =
      words[0] === 'the' || words[0] === 'these' || those || bareHead || others || (LISTING_VERBS.has(words[0]!) && LISTED_NOUNS.has(words[1] ?? '')) ||
      (LISTED_NOUNS.has(words[0]!) && LISTING_VERBS.has(words[1] ?? '')) || (BANNED_NOUNS.has(words[0]!) && BAN_VERBS.has(words[1] ?? ''));
    // "The main target is A" right after the act: one target, named after a singular copula (sn85).
    const singularTarget = (k: number): boolean => (words[k] === 'is' || words[k] === 'was') && words[k - 1] === 'target' && words[k + 1] !== 'not';
    const copula = words.findIndex((w, k) => w === 'are' || w === 'were' || w === 'include' || w === 'includes' || w === 'included' || w === 'comprise' || w === 'comprises' || singularTarget(k));
    // "The sanctioned entities – A, B, C and D – own tankers": the members in apposition to a listed noun with its listing participle.
    const comma = opens ? words.findIndex((w) => w === ',' || w === '—' || w === '–' || w === '-' || w === '--') : -1;
    const apposed = comma > 1 && comma <= 4 && (copula < 0 || comma < copula) && mentions.some((m) => m.first === comma + 1) &&
      words.slice(0, comma).some((w) => LISTED_NOUNS.has(w)) && words.slice(0, comma).some((w) => LISTING_VERBS.has(w));
    // "The Treasury sanctioned two companies. The companies -- A and B -- are based in Zembla": right after an act over counted firms,
    // the same kind of noun (or the count alone) names them in apposition, set off by dashes (fresh sample s85c). Not with commas:
    // "sanctioned four firms. The companies, A and B, said they would appeal" may name others (an earlier near miss).
    // A double dash comes as two tokens: the list opens after the second.
    const open = words[comma] === '-' && words[comma + 1] === '-' ? comma + 1 : comma;
    const countedHead = words.slice(1, comma);
    const nextApposed = !apposed && words[0] === 'the' && words[comma] !== ',' && comma > 1 && comma <= 3 && (copula < 0 || comma < copula) && this.actor?.sentence === index - 1 &&
      this.actor.counted?.parties === true && mentions.some((m) => m.first === open + 1) && closesApposition(words, open, mentions) &&
      (countedHead.length === 1 ? LISTED_NOUNS.has(countedHead[0]!) || COUNT_WORDS.has(countedHead[0]!) : COUNT_WORDS.has(countedHead[0]!) && LISTED_NOUNS.has(countedHead[1]!)) &&
      !clashesWithCounted(countedHead.at(-1)!, this.actor.counted);
    const verb = apposed ? comma : nextApposed ? open : copula;
    // "Companies listed on the Entity List by the Commerce Department include A and B": the subject's own agent lists them.
    // (Only with the list named: "Firms sanctioned by the EU include …" is the construction patterns'.)
    const agent = opens && verb > 0 && words.slice(0, verb).some((w) => LIST_NOUNS.has(w)) && words.slice(0, verb).some((w) => LISTED_NOUNS.has(w)) ? mentions.find((m) => m.type === 'government' && m.last <= verb && (words[m.first - 1] === 'by' || (words[m.first - 1] === 'the' && words[m.first - 2] === 'by'))) : undefined;
    if (agent && verb <= 14 && !mentions.some((m) => m.first < verb && m !== agent)) {
      for (const target of membersFrom(verb + 1)) out.push({ source: agent, relation: 'restricts', target, trigger: words.slice(0, verb + 1).join(' '), rule: LISTING_RULES.head.name });
    } else if (actor && opens && verb > 0 && verb <= 10) {
      const head = words.slice(words[0] === 'the' || words[0] === 'these' || those ? 1 : 0, nextApposed ? comma : verb);
      // "The four entities listed in the new rule are …": a longer subject only with its listing participle.
      if (verb > 6 && !(head.some((w) => LISTED_NOUNS.has(w)) && head.some((w) => LISTING_VERBS.has(w)))) head.length = 0;
      // "The firms are: A, B and C" right after the act names its targets without a listing verb of its own.
      const namesNext = mentions.some((m) => m.first === verb + 1 || (m.first === verb + 2 && words[verb + 1] === ':'));
      // "The Treasury sanctioned four firms. The four are: A; B; C; D": the count alone stands for the firms just counted (stop 54's readers).
      const countHead = head.length >= 1 && head.length <= 2 && COUNT_WORDS.has(head.at(-1)!) && (head.length === 1 || head[0] === 'all');
      // "The firms now on the list are A and B": a head naming the list they are on lists them, a sentence between or not (stop 81).
      // Only when no other list was named since the act ("Fortune published its Global 500 list. The companies on the list …"), and
      // not the firms taken off it (review of stop 81's third round).
      const onList = (this.otherList === undefined || this.otherList < this.actor!.sentence) &&
        head.some((w, k) => LIST_NOUNS.has(w) && (head[k - 1] === 'the' || head[k - 1] === 'its') && /^(?:on|in)$/.test(head[k - 2] ?? ''));
      const listed = (those || countHead || head.some((w) => LISTED_NOUNS.has(w) || w === 'target')) && !head.some((w) => OFF_THE_LIST.has(w)) && (head.some((w) => LISTING_VERBS.has(w)) || onList || (this.actor!.sentence === index - 1 && namesNext));
      const rule = listed ? LISTING_RULES.head : LIST_NOUNS.has(head[0] ?? '') ? LISTING_RULES.alsoIncludes : undefined;
      if (rule && !mentions.some((m) => m.first < verb)) for (const target of membersFrom(verb + 1)) out.push({ source: actor, relation: 'restricts', target, trigger: words.slice(0, verb + 1).join(' '), rule: rule.name });
    }

    // "The banned apps include A, B and C" after "India banned 59 apps"; "The list includes: A, B" after a ban with no listing act.
    const banActor = this.banActor && this.banActor.sentence >= index - LISTING_REACH ? this.banActor.source : undefined;
    // "The banned list includes A, B", "Those blocked include A and B": the list, or those, qualified by the ban's participle.
    // "An official said the list of banned games includes A and B": an unnamed reporter may come first (stop 60's bans readers).
    // "Some of the suspended stations include A and B": a part of the list named (stop 73's bans readers, 10 in one sample).
    const o = banActor ? unnamedReporterEnd(words, mentions) || partitiveEnd(words) : 0;
    const banList = !actor && words[o] === 'the' && (LIST_NOUNS.has(words[o + 1] ?? '') || (PASSIVE_BANS.has(words[o + 1] ?? '') && LIST_NOUNS.has(words[o + 2] ?? '')));
    // "Those blocked include A and B"; "Others include A and B" right after the ban.
    // "Those affected include A and B" (stop 79's fresh samples).
    const bannedThose = (words[o] === 'those' && PASSIVE_BANS.has(words[o + 1] ?? '')) || (words[o] === 'others' && this.banActor?.sentence === index - 1);
    // "Those affected include A and B" (stop 79's fresh samples): people too may be affected, so only bare names count (below).
    const thoseAffected = words[o] === 'those' && words[o + 1] === 'affected';
    // "Affected services include A and B", "Blocked sites included A" right after the ban (stop 61's first bans sample); "Apps
    // affected include A and B", with the participle after its noun (stop 79's fresh samples).
    const participleFirst = AFFECTED_PARTICIPLES.has(words[o] ?? '') && BANNED_NOUNS.has(words[o + 1] ?? '');
    const nounFirst = BANNED_NOUNS.has(words[o] ?? '') && AFFECTED_PARTICIPLES.has(words[o + 1] ?? '') && !clashesWithCounted(words[o]!, this.banActor?.counted);
    const affectedKind = participleFirst || nounFirst;
    // "The blacklist features websites run by A and B": a ban list states its members by more verbs than a bare list does.
    const banVerb = o === 0 && verb > 0 ? verb : o > 0 ? copula : banList ? words.findIndex((w) => BAN_LIST_VERBS.has(w)) : verb;
    // "Nepal banned Zapp. The latest apps to be blocked include A and B", "Other sites blocked include A": a kind of thing with the
    // ban's participle names more of what the ban before hit, though that ban named its thing (stop 67's readers).
    const namedBan = this.lastAct?.relation === 'banned' && this.lastAct.sentence >= index - LISTING_REACH && words.slice(o, banVerb).some((w) => PASSIVE_BANS.has(w)) ? this.lastAct.source : undefined;
    const banSource = banActor ?? namedBan;
    // "The channels' owners include A and B": a noun after the banned things' possessive names their people or parties, not them (stop 82).
    const ownersOfBanned = words.slice(o, banVerb).some((w, k, head) => (POSSESSIVES.has(w) || w === "'" || w === '’') && k + 1 < head.length && ((!BANNED_NOUNS.has(head[k + 1]!) && !PASSIVE_BANS.has(head[k + 1]!) && !LIST_NOUNS.has(head[k + 1]!)) || namesThingsParties(head[k - 1] ?? '', head[k + 1]!)));
    if (banSource && !ownersOfBanned && (bannedThose || thoseAffected || affectedKind || (o === 0 ? opens : words[o] === 'the')) && banVerb > o && banVerb <= o + 6 && (banList || bannedThose || thoseAffected || words.slice(o, banVerb).some((w) => BANNED_NOUNS.has(w))) && !mentions.some((m) => m.first < banVerb)) {
      const kind = words.slice(o, banVerb).some((w) => BANNED_THINGS.has(w)) ? 'product' : LISTED_TYPE;
      // "The platforms include features such as Vexa Pay", "…, according to Zenco", "Zenco's Vexa": names that are no members.
      const listed = listedNames(banVerb + 1, words, mentions);
      // "Those affected include employees at Zenco and Qorva", "… Zenco CEO Jane Roe": people, or firms named only as theirs.
      const firmsListed = !thoseAffected || !namesPeopleBefore(words, banVerb + 1, mentions.find((m) => m.first > banVerb)?.first ?? words.length);
      const bare = thoseAffected ? (m: SentenceMention): boolean => firmsListed && !isPeoplesFirm(m, words) : (): boolean => true;
      for (const target of membersFrom(banVerb + 1, tokens.length, kind).filter((m) => listed(m) && bare(m))) out.push({ source: banSource, relation: 'banned', target, trigger: words.slice(o, banVerb + 1).join(' '), rule: LISTING_RULES.banned.name });
    }

    // "The sanctioned companies are A and B, the Treasury said": with no act before, the body reporting the list is its actor.
    const reported = out.length === 0 && !actor && !banSource && held & (LISTING_ACT | BAN_WORD) ? reportedListAt(words, mentions) : undefined;
    if (reported) {
      const kind = reported.head.some((w) => BANNED_THINGS.has(w)) ? 'product' : LISTED_TYPE;
      const listed = listedNames(reported.from, words, mentions);
      const rule = reported.relation === 'banned' ? LISTING_RULES.banned : LISTING_RULES.head;
      for (const target of membersFrom(reported.from, reported.to, kind).filter(listed)) out.push({ source: reported.reporter, relation: reported.relation, target, trigger: reported.head.join(' '), rule: rule.name });
    }

    // "The ban also covers A and B", "The block, which hit A and B, was lifted": the act before (or the state owning the ban) acts on them.
    const subject = actSubject(words, mentions, this.demonymState && ((k) => this.demonymState!(tokens, k)));
    if (subject) {
      // "The Treasury announced new sanctions. The sanctions target A and B": a listing act that named no one yet.
      // "The Council sanctioned three airlines. The decision affects A, B and C": right after it, any act noun ("the decision", "the move") is that listing.
      const listingAct = this.actor && (RESTRICTION_NOUNS.has(words[subject.noun]!) ? this.actor.sentence >= index - SUBJECT_REACH : this.actor.sentence === index - 1) ? { ...this.actor, relation: 'restricts' as const } : undefined;
      // "The new levies will hit A (20 %)": a trade measure's actor is a restriction's, told in the same paragraph (helper lvy93).
      const tradeMeasure = TRADE_MEASURE_SUBJECTS.has(words[subject.noun]!);
      const act = tradeMeasure
        ? [this.lastAct, listingAct].find((a) => a && a.relation === 'restricts' && a.sentence >= index - SUBJECT_REACH && a.sentence >= this.paragraphStart)
        : this.lastAct && this.lastAct.sentence >= index - SUBJECT_REACH ? this.lastAct : this.banActor && this.banActor.sentence >= index - SUBJECT_REACH ? { ...this.banActor, relation: 'banned' as const } : listingAct;
      const author = subject.owner ?? subject.reporter;
      const source = author ?? act?.source;
      // "The Treasury's action targeted A and B": a neutral act noun whose verb lists targets is a listing, a restriction.
      const restriction = RESTRICTION_NOUNS.has(words[subject.noun]!) || LISTING_VERBS.has(words[subject.verb]!);
      const relation = author ? (restriction ? 'restricts' : 'banned') : act?.relation;
      // "The ban covers A and B but exempts C", "…, but not C", "…, while C was spared": the members end where the clause turns (stop 82).
      const turn = clauseTurnAt(words, subject.verb + 1, mentions);
      const members = membersFrom(subject.verb + 1, turn < 0 ? tokens.length : turn);
      // "The order covers the largest providers: A, B and C": the carriers an order binds carry it out; they are not what it bans (stop 67's fourth bans sample).
      const carriers = members.length > 0 && namesCarriers(words.slice(subject.verb + 1, members[0]!.first));
      // "The tariffs hit Zenco hard", "… affected Qorva's sales": a trade measure's effect verb names whom it falls on only by a rate.
      // "The tariffs include exemptions for Zenco", "apply to goods sold by Zenco", "affect Zenco, which buys from Qorva (20 %)": a trade
      // measure names whom it falls on only as its verb's object, or the maker of the goods there (TRADE_REACH_FILLERS).
      const rated = (m: SentenceMention): boolean => !tradeMeasure || ((!MEASURE_EFFECTS.has(words[subject.verb]!) || memberRateAt(words, m.last)) && words.slice(subject.verb + 1, m.first).every((w, j) => TRADE_REACH_FILLERS.has(w) || /^[0-9][0-9.,]*$/.test(w) || mentions.some((o) => o.first <= subject.verb + 1 + j && subject.verb + 1 + j < o.last)));
      const targets = carriers ? [] : members.filter((m, k, all) => m.key !== source?.key && all.findIndex((o) => o.key === m.key) === k && !POSSESSIVES.has(words[m.last] ?? '') && rated(m));
      if (source && relation) for (const target of targets) out.push({ source, relation, target, trigger: words.slice(subject.noun, subject.verb + 1).join(' '), rule: LISTING_RULES.subject.name });
    }

    // "Also listed were A and B", "Also blocked were A and B": a fronted participle after the act, its members after the verb.
    const inverted = words[0] === 'also' && /^(?:were|was|are|is)$/.test(words[2] ?? '') ? words[1]! : '';
    const invertedAct = LISTING_VERBS.has(inverted) ? this.recentAct(index, 'restricts', PASSIVE_REACH) : PASSIVE_BANS.has(inverted) ? this.recentAct(index, 'banned', PASSIVE_REACH) : undefined;
    if (invertedAct && !mentions.some((m) => m.first < 3)) {
      for (const target of membersFrom(3)) out.push({ source: invertedAct, relation: LISTING_VERBS.has(inverted) ? 'restricts' : 'banned', target, trigger: words.slice(0, 3).join(' '), rule: LISTING_RULES.membership.name });
    }
    // "Also on the list are A and B", "Also on the blacklist were A": right after the act, more of its targets (stop 60's bans readers).
    // "Included on the list are A, B and C", "Named in the blacklist are A and B" (stop 80's fresh samples) the same.
    const alsoOnList = /^(?:also|included|listed|named)$/.test(words[0] ?? '') && /^(?:on|in)$/.test(words[1] ?? '') && words[2] === 'the' && LIST_NOUNS.has(words[3] ?? '') && /^(?:were|was|are|is)$/.test(words[4] ?? '');
    // "Also on the list …" may go on after a sentence between; "Included on the list …" only right after the act.
    const listReach = words[0] === 'also' ? PASSIVE_REACH : 1;
    const listBan = alsoOnList ? this.recentAct(index, 'banned', listReach) : undefined;
    const onListAct = listBan ?? (alsoOnList ? this.recentAct(index, 'restricts', listReach) : undefined);
    if (onListAct && !mentions.some((m) => m.first < 5)) {
      for (const target of membersFrom(5)) out.push({ source: onListAct, relation: listBan ? 'banned' : 'restricts', target, trigger: words.slice(0, 5).join(' '), rule: LISTING_RULES.membership.name });
    }
    // "Also named were A, B and C, the Treasury said": with no act just before, the state reporting it lists them (stop 53's readers).
    const reporting = !invertedAct && (LISTING_VERBS.has(inverted) || inverted === 'named' || inverted === 'identified') && !mentions.some((m) => m.first < 3) ? stateReportingAfter(words, mentions) : undefined;
    if (reporting) {
      for (const target of membersFrom(3).filter((m) => m.key !== reporting.key)) out.push({ source: reporting, relation: 'restricts', target, trigger: words.slice(0, 3).join(' '), rule: LISTING_RULES.membership.name });
    }

    // "Named in the sanctions were A, B and C", "Identified in today's action are A and B": a fronted participle with its
    // phrase, right after the act, lists its targets (stop 54's readers).
    const frontedAt = frontedListingCopula(words);
    const frontedAct = frontedAt > 0 && !mentions.some((m) => m.first < frontedAt) ? this.recentAct(index, 'restricts', PASSIVE_REACH) : undefined;
    if (frontedAct) {
      for (const target of membersFrom(frontedAt + 1).filter((m) => m.key !== frontedAct.key)) out.push({ source: frontedAct, relation: 'restricts', target, trigger: words.slice(0, frontedAt + 1).join(' '), rule: LISTING_RULES.membership.name });
    }

    // "A and B are also covered by the measures": the act just before reaches them; a restriction's noun restricts, a ban's bans (stop 60's readers).
    const reached = held & REACH_PARTICIPLE ? reachedByActAt(words, mentions) : undefined;
    if (reached) {
      const relation = RESTRICTION_NOUNS.has(words[reached.noun]!) ? 'restricts' : 'banned';
      const act = this.recentAct(index, relation, PASSIVE_REACH);
      const trigger = words.slice(reached.membersEnd, reached.noun + 1).join(' ');
      for (const target of act ? membersFrom(0, reached.membersEnd) : []) {
        if (target.key !== act!.key && !POSSESSIVES.has(words[target.last] ?? '')) out.push({ source: act!, relation, target, trigger, rule: LISTING_RULES.subject.name });
      }
    }

    // "It also targeted A and B", "The Treasury also hit A": the actor of the act just before, going on with it.
    // "Treasury's targets included A and B", "Its sanctioned entities are A and B" after the act: the act's actor, opening the
    // sentence as the possessor of the listed noun, names its own targets (helper ban90b, fresh sample s78). Only the actor of the
    // act before ("Zembla's targets include A" with no act of Zembla's is a military or a sales target) and only targets or a
    // listing participle ("China's biggest firms include A" lists no target).
    // "Its targets included A and B" right after the act: "its" is the actor's.
    const its = words[0] === 'its' && this.actor?.sentence === index - 1 && !mentions.some((m) => m.first === 0);
    const possessor = actor && out.length === 0 ? mentions[0] : undefined;
    if (actor && (its || (possessor && possessor.key === actor.key && (possessor.first === 0 || (possessor.first === 1 && words[0] === 'the'))))) {
      const k = its ? 1 : POSSESSIVES.has(words[possessor!.last] ?? '') ? possessor!.last + 1 : POSSESSIVES.has(words[possessor!.last + 1] ?? '') ? possessor!.last + 2 : -1;
      const copula = k > 0 ? words.findIndex((w, j) => j > k && j <= k + 3 && /^(?:include|includes|included|are|were)$/.test(w)) : -1;
      const head = copula > 0 ? words.slice(k, copula) : [];
      // Bare "targets", or with a word of the act before the noun ("sanctions targets", "sanctioned entities"; "targets" itself is a
      // listing verb); not a firm's own "growth targets" (review rr90b).
      const actWord = (w: string): boolean => LISTING_VERBS.has(w) || w === 'sanctions';
      const listed = (head.at(-1) === 'targets' && head.slice(0, -1).every(actWord)) || (LISTED_NOUNS.has(head.at(-1) ?? '') && head.slice(0, -1).some(actWord));
      if (listed && !mentions.some((m) => (its || m !== possessor) && m.first < copula)) {
        for (const target of membersFrom(copula + 1)) out.push({ source: actor, relation: 'restricts', target, trigger: words.slice(k, copula + 1).join(' '), rule: LISTING_RULES.head.name });
      }
    }

    const also = words.findIndex((w, k) => w === 'also' && (LISTING_VERBS.has(words[k + 1] ?? '') || words[k + 1] === 'hit'));
    const continuedAct = also > 0 ? this.recentAct(index, 'restricts', PASSIVE_REACH) : undefined;
    const continuer = continuedAct && mentions.find((m) => m.last === also && m.key === continuedAct.key);
    if (continuer && !mentions.some((m) => m.last < also && m !== continuer)) {
      // The verb's own object: "targeted officials in Zembla" targets no state.
      const object = listFrom(also + 2, words, mentions);
      const direct = object.length > 0 && !words.slice(also + 2, object[0]!.first).some((w) => PREPOSITIONS.has(w));
      const targets = direct ? object.filter((m) => isMember(m, LISTED_TYPE) && m.key !== continuer.key && !POSSESSIVES.has(words[m.last] ?? '')) : [];
      for (const target of targets) out.push({ source: continuer, relation: 'restricts', target, trigger: words.slice(also, also + 2).join(' '), rule: LISTING_RULES.continued.name });
    }

    // "The ministry added a dozen firms to its Entity List. It added A, B and C based on …", "The committee also added A and B, all
    // located in Zembla": a pronoun or an unnamed body goes on with the listing act just before, its verb "added" now without the list.
    const addedBy = continuer === undefined && held & LISTING_ACT ? addedByContinuerAt(words, mentions) : undefined;
    const addedAct = addedBy && this.actor && this.actor.sentence < index && this.actor.sentence >= index - PASSIVE_REACH ? this.actor.source : undefined;
    if (addedBy && addedAct) {
      const source = addedBy.body ?? addedAct;
      for (const target of listFrom(addedBy.verb + 1, words, mentions).filter((m) => isMember(m, LISTED_TYPE) && m.key !== source.key)) out.push({ source, relation: 'restricts', target, trigger: words.slice(0, addedBy.verb + 1).join(' '), rule: LISTING_RULES.continued.name });
    }

    // "A third new addition to the Pentagon list is Zenco Shipping": the list's owner named in the phrase, or the listing act before.
    // With no act before, only a list its words call a curb ("the Pentagon list" alone may be of contractors).
    const addition = held & LIST_NOUN && out.length === 0 ? additionToListAt(words) : undefined;
    const additionOwner = addition && mentions.find((m) => m.type === 'government' && m.first > 2 && m.last <= addition.list);
    const curbing = addition !== undefined && (actor !== undefined || words.slice(2, addition.list).some((w) => RESTRICTION_LIST.has(w)));
    const additionSource = addition && curbing && !mentions.some((m) => m.first < addition.copula && m !== additionOwner) ? (additionOwner ?? actor) : undefined;
    if (addition && additionSource) {
      for (const target of listFrom(addition.copula + 1, words, mentions).filter((m) => isMember(m, LISTED_TYPE) && m.key !== additionSource.key)) out.push({ source: additionSource, relation: 'restricts', target, trigger: words.slice(0, addition.copula + 1).join(' '), rule: LISTING_RULES.membership.name });
    }

    // "Among them are A and B", "They include A and B": only right after the act (a listing, or a ban over things counted).
    // "Amongst the banned apps are …" is "among".
    const opener = `${words[0] === 'amongst' ? 'among' : words[0]} ${words[1]}`;
    // "Among them are …"; "Among those that will be blocked are …" (a relative clause before the verb).
    // "Among the entities placed on the list are …": the listed noun and its participle phrase.
    // "Among the blocked sites are …", "Among the websites blocked were …": a banned noun as well.
    // … and with one more word after the participle: "Among the sanctioned Russian firms are …" (helper ban90b; not "Among the
    // biggest Chinese firms are …", which has no participle of the act).
    const amongListed = opener === 'among the' && words.slice(2, LISTING_VERBS.has(words[2] ?? '') || PASSIVE_BANS.has(words[2] ?? '') ? 5 : 4).some((w) => LISTED_NOUNS.has(w) || BANNED_NOUNS.has(w));
    // "Among those sanctioned are …": the participle stands for the listed noun.
    // Read within the words (a read past their end de-optimised this function when first made).
    const third = words.length > 2 ? words[2]! : '';
    const amongParticiple = LISTING_VERBS.has(third) || PASSIVE_BANS.has(third);
    const amongVerb = opener.startsWith('among') ? words.findIndex((w, k) => k >= 2 && k <= 10 && /^(?:are|were|is|was)$/.test(w) && (k === 2 || amongListed || amongParticiple || /^(?:that|which|who)$/.test(words[2] ?? ''))) : -1;
    // "Those named include A and B", "Those targeted were A and B": the participle stands for what the act listed (stop 64's first round).
    const thoseListed = words[0] === 'those' && (LISTING_VERBS.has(words[1] ?? '') || PASSIVE_BANS.has(words[1] ?? '') || words[1] === 'named') && /^(?:include|included|are|were)$/.test(third);
    // "A and B are among them", "A was among those": the members named before a closing "among them" (to the last name).
    // "A, B and C are among the affected platforms": the members open the sentence, bare, of the kind the ban counted.
    // … no clause before the list ("A cyberattack hit 10 platforms; A and B are among the affected platforms").
    const affectedAfter = amongTheAffected(words) && opensWithList(words, mentions[0]!.first);
    const amongAfter = (/^(?:are|were|is|was)$/.test(words.at(-4) ?? '') && words.at(-3) === 'among' && /^(?:them|those|these)$/.test(words.at(-2) ?? '')) || affectedAfter;
    const from = thoseListed ? 3 : amongAfter ? 0 : !AMONG_OPENERS.has(opener) && !amongListed ? -1 : opener.startsWith('among') ? (amongVerb > 0 ? amongVerb + 1 : -1) : 2;
    // "Among them are …" goes on with the sentence right before; "Among the banned platforms were …" names what it goes on
    // with, so a sentence may stand between ("India blocked 300 apps. The move followed a probe. Among the banned platforms were …").
    // "Among them are …" two sentences after the act, when the sentence between named no other counted things ("The move follows
    // the EU's latest package"; stop 80's fresh samples: 26 of one sample's misses).
    const reach = amongListed || this.lastCounted === undefined || this.lastCounted <= index - 2 ? PASSIVE_REACH : 1;
    const listing = this.actor && this.actor.sentence >= index - reach ? { act: this.actor, relation: 'restricts' as const, rule: LISTING_RULES.among } : undefined;
    const ban = this.banActor && this.banActor.sentence >= index - reach ? { act: this.banActor, relation: 'banned' as const, rule: LISTING_RULES.banned } : undefined;
    const previous = listing && ban ? (ban.act.sentence > listing.act.sentence ? ban : listing) : (listing ?? ban);
    // … a kind agreeing with the act's: "India banned 59 apps. A and B are among the affected companies" names firms, not the apps.
    const named = words.slice(-3, -1).find((w) => BANNED_NOUNS.has(w) || LISTED_NOUNS.has(w)) ?? '';
    const agrees = !affectedAfter || !clashesWithCounted(named, previous?.relation === 'banned' ? this.banActor?.counted : this.actor?.counted);
    // "They are accused of helping Qorva": a bare "They are" lists only when a name follows it at once.
    const bareCopula = /^(?:they|these) (?:are|were)$/.test(opener) && !thoseListed && !amongAfter && !mentions.some((m) => m.first === from || (m.first === from + 1 && words[from] === 'the'));
    // "Among the sanctioned Russian firms are A and B": a state's demonym before the listed noun says where the firms are, and
    // names no other actor (helper ban90b); "Among the firms sanctioned by Japan are …" still does.
    const demonym = (m: SentenceMention): boolean => m.type === 'government' && opener.startsWith('among') && m.first > 2 && m.surface !== '' && !/^(?:by|of|from|in)$/.test(words[m.first - 1] ?? '') && (LISTED_NOUNS.has(words[m.last + 1] ?? '') || LISTED_NOUNS.has(words[m.last] ?? ''));
    if (previous && agrees && !bareCopula && (from > 0 || amongAfter) && !mentions.some((m) => m.first < from && !demonym(m))) {
      const trigger = amongAfter ? words.slice(words.lastIndexOf('among') - 1, -1).join(' ') : words.slice(0, from).join(' ');
      // "… are among the affected platforms": things the noun says are products (not firms) when nothing else typed them.
      const kind = amongAfter && words.slice(-3, -1).some((w) => BANNED_THINGS.has(w)) ? 'product' : LISTED_TYPE;
      const typed = kind === LISTED_TYPE ? membersFrom(from) : mentions.filter((m) => m.first >= from && (isMember(m, kind) || isMember(m, LISTED_TYPE)));
      const members = affectedAfter ? typed.filter((m) => !isPeoplesFirm(m, words) && !POSSESSIVES.has(words[m.last] ?? '')) : typed;
      for (const target of members) out.push({ source: previous.act.source, relation: previous.relation, target, trigger, rule: previous.rule.name });
    }

    // "It identified them as A, B and C", "The companies were named as A and B": right after the act, its targets named by a verb of naming.
    const namedAs = namedAsAt(words);
    const namingAct = namedAs > 0 && from <= 0 ? previous : undefined;
    if (namingAct && !mentions.some((m) => m.first < namedAs && m.type !== 'government')) {
      for (const target of membersFrom(namedAs)) out.push({ source: namingAct.act.source, relation: namingAct.relation, target, trigger: words.slice(0, namedAs).join(' '), rule: LISTING_RULES.namedAs.name });
    }

    // A named list and its owner: "the Covered List published by the FCC", "the FCC's Covered List".
    for (let i = 1; i < tokens.length; i++) {
      if (words[i] !== 'list' || !tokens[i]!.capitalized || !tokens[i - 1]!.capitalized) continue;
      const name = `${words[i - 1]} list`;
      const by = words.indexOf('by', i);
      const owner =
        mentions.find((m) => m.type === 'government' && m.last <= i - 1 && m.last >= i - 3 && POSSESSIVES.has(words[m.last] ?? '')) ??
        (by > i && by <= i + 3 ? mentions.find((m) => m.type === 'government' && m.first > by && m.first <= by + 2) : undefined);
      if (owner) this.owners.set(name, owner);
      // "The Covered List (which lists …) currently includes equipment produced by A, B and C".
      const verb = words.findIndex((w, k) => k > i && k <= i + 12 && CONTAINS.has(w));
      const listOwner = this.owners.get(name) ?? actor;
      if (i <= 2 && verb > 0 && listOwner && !mentions.some((m) => m.first < verb && m.type !== 'place')) {
        for (const target of targetsFrom(verb + 1)) out.push({ source: listOwner, relation: BAN_LISTS.has(name) ? 'banned' : 'restricts', target, trigger: `${name} ${words[verb]}`, rule: LISTING_RULES.contents.name });
      }
    }

    // "The EU sanctions list also includes: A and B", "China's unreliable entity list contains A": a state's restriction list and what it holds.
    const ownedList = out.some((c) => c.rule === LISTING_RULES.contents.name) || !(held & LIST_NOUN) ? undefined : ownedListAt(words, mentions);
    if (ownedList) {
      for (const target of membersFrom(ownedList.verb + 1)) out.push({ source: ownedList.owner, relation: ownedList.relation, target, trigger: words.slice(ownedList.list - 1, ownedList.verb + 1).join(' '), rule: LISTING_RULES.contents.name });
    }

    // "A and B are now on the list", "B was also added to the blacklist": membership stated without its actor.
    const membership = !(held & (LIST_NOUN | PACKAGE_NOUN)) ? undefined : membershipAt(words, mentions, this.demonymState && ((k) => this.demonymState!(tokens, k) !== undefined));
    // An agent named ("… added to the list by X") is the placement's own (trigger-relations.ts).
    const agentNamed = membership !== undefined && words.slice(membership.list + 1, membership.list + 4).includes('by');
    // "The Commerce Department said A, B and C were placed on the list": the body opening the sentence with its report is no other
    // actor before the members; it lists them itself when no act before does (helper lsr95).
    // Not a placement only supposed: "The ministry said Zenco could be added to the list".
    const supposed = membership !== undefined && words.slice(Math.max(0, membership.start - 3), membership.start).some((w) => /^(?:could|would|may|might|will|should|can|must|to)$/.test(w));
    const listReporter = membership && !agentNamed && !supposed ? leadingReporter(words, mentions) : undefined;
    if (membership && !agentNamed && !mentions.some((m) => m.type === 'government' && m !== listReporter && m.last <= membership.start && !placeAfterIn(words, mentions, m))) {
      // "… on the US Entity List": a state named inside the list's phrase owns it.
      // "… in the new sanctions list of Ruritania": or right after it.
      const of = words[membership.list + 1] === 'of' ? membership.list + (words[membership.list + 2] === 'the' ? 3 : 2) : -1;
      const named = mentions.find((m) => m.type === 'government' && ((m.first > membership.start && m.last <= membership.list) || m.first === of));
      // "… are all on the Ruritanian blacklist", with no act before: the state whose adjective qualifies the list owns it (stop 73's bans readers).
      const source = named ?? this.owners.get(`${words[membership.list - 1]} list`) ?? actor ?? this.demonymOwner(tokens, membership.start + 1, membership.list) ?? listReporter;
      // The members are the clause's own: "Kappa said Zenco was on the list" lists Zenco alone.
      let clause = membership.start;
      while (clause > 0 && !CLAUSE_BOUNDARY.has(words[clause - 1]!)) clause--;
      // "Five companies have been added to the Trade List, including A, B and C": counted before, named after the list.
      const before = membersFrom(clause, membership.start);
      const included = before.length === 0 ? includedAfter(membership.list + 1, words) : -1;
      const members = included > 0 ? listFrom(included, words, mentions).filter((m) => isMember(m, LISTED_TYPE)) : before;
      // "Zenco is on Russia's list of undesirable organisations": a register of those whose work the state outlaws bans its members (helper agn).
      const relation = outlawingListAt(words, membership.list) ? 'banned' : 'restricts';
      if (source) for (const target of members) out.push({ source, relation, target, trigger: words.slice(membership.start, membership.list + 1).join(' '), rule: LISTING_RULES.membership.name });
    }

    // "Three firms, A, B and C, were targeted", "Zenco has also been sanctioned": a passive listing verb with no agent, right after the act.
    const passive = membership === undefined && held & PASSIVE_LISTING_WORD ? passiveListingAt(words) : undefined;
    const recentAct = this.actor && this.actor.sentence >= index - PASSIVE_REACH ? this.actor.source : undefined;
    if (passive !== undefined && recentAct && !mentions.some((m) => m.type === 'government' && m.last <= passive)) {
      let clause = passive;
      while (clause > 0 && !CLAUSE_BOUNDARY.has(words[clause - 1]!)) clause--;
      for (const target of membersFrom(clause, passive)) out.push({ source: recentAct, relation: 'restricts', target, trigger: words.slice(passive - 1, passive + 1).join(' '), rule: LISTING_RULES.membership.name });
    }

    // "A and B also had sanctions imposed on them": the listing act just before reached them.
    const had = passive === undefined && held & ACT_NOUN ? sanctionsHadAt(words) : undefined;
    if (had !== undefined && recentAct && !mentions.some((m) => m.type === 'government' && m.last <= had)) {
      const bearers = bearersBefore(words[had - 1] === 'also' ? had - 1 : had, mentions, words);
      for (const target of bearers) out.push({ source: recentAct, relation: 'restricts', target, trigger: words.slice(had, had + 3).join(' '), rule: LISTING_RULES.membership.name });
    }

    // "The sites, including A and B, were blocked on Monday": a ban's passive with no agent, right after a government's ban.
    const banAct = this.recentAct(index, 'banned', PASSIVE_REACH);
    // "A and B lost their licences": a licence's loss told of its holders is that ban too.
    const stateless = banAct !== undefined && !mentions.some((m) => m.type === 'government');
    const participle = stateless ? passiveBanAt(words) : undefined;
    const loss = stateless && participle === undefined ? licenceLossAt(words) : undefined;
    const passiveBan = participle ?? loss?.at;
    if (banAct && passiveBan !== undefined) {
      let clause = passiveBan;
      while (clause > 0 && !CLAUSE_BOUNDARY.has(words[clause - 1]!)) clause--;
      // "Zenco's app Zeta was suspended": the owner before its 's is not what was banned.
      const before = membersFrom(clause, passiveBan).filter((m) => !POSSESSIVES.has(words[m.last] ?? ''));
      // "Two firms lost their licences, namely A and B": the holders named after the loss instead.
      const cue = before.length === 0 ? words.findIndex((w, k) => k > passiveBan && k <= passiveBan + 8 && INCLUDED_CUES.has(w)) : -1;
      const targets = cue > 0 ? membersFrom(cue + 1) : before;
      const trigger = loss ? words.slice(loss.at, loss.end).join(' ') : words.slice(passiveBan - 1, passiveBan + 1).join(' ');
      for (const target of targets) out.push({ source: banAct, relation: 'banned', target, trigger, rule: LISTING_RULES.passiveBan.name });
    }

    // "… alarmed by the shutdown of services including A and B", "The sanctions on A and B took effect": the act's noun over a list, no actor in the sentence.
    const actNoun = subject || !(held & ACT_NOUN) || mentions.some((m) => m.type === 'government') ? undefined : actNounAt(words, mentions);
    const nounAct = actNoun && this.recentAct(index, actNoun.relation, SUBJECT_REACH);
    if (actNoun && nounAct) {
      for (const target of listFrom(actNoun.preposition + 1, words, mentions).filter((m) => isMember(m, LISTED_TYPE))) out.push({ source: nounAct, relation: actNoun.relation, target, trigger: words.slice(actNoun.noun, actNoun.preposition + 1).join(' '), rule: LISTING_RULES.actNoun.name });
    }

    // "X was added to / placed on Y's trade list"; "placed in Zembla's 'Entity-List'", a list's title hyphenated (helper ban90).
    for (let i = 1; i < words.length; i++) {
      const placed = (words[i] === 'added' && words[i + 1] === 'to') || ((words[i] === 'placed' || words[i] === 'put') && (words[i + 1] === 'on' || words[i + 1] === 'in'));
      if (!placed || !/^(?:was|were|is|are|been|be)$/.test(words[i - 1]!)) continue;
      const end = words.findIndex((w, k) => k > i + 1 && (LIST_NOUNS.has(w) || hyphenatedRestrictionList(w)));
      if (end < 0 || end > i + 8 || !(RESTRICTION_LIST.has(words[end - 1]!) || hyphenatedRestrictionList(words[end]!))) continue;
      // "… placed on its entity list": "its" is the government that says so, before the list's members.
      const its = words.slice(i + 2, end).includes('its') ? mentions.find((m) => m.type === 'government' && m.last <= i - 1) : undefined;
      const owner = mentions.find((m) => m.type === 'government' && m.first > i + 1 && m.last < end && POSSESSIVES.has(words[m.last] ?? '')) ?? its;
      if (!owner) continue;
      for (const target of membersFrom(0, i - 1).filter((m) => m !== owner)) out.push({ source: owner, relation: 'restricts', target, trigger: words.slice(i, end + 1).join(' '), rule: LISTING_RULES.possessor.name });
    }

    // "A and B are on the list maintained by the Ruritanian Treasury": a government that keeps a list restricts those on it, as the
    // list's possessor does (helper ban90, fresh sample s78); "the list of approved vendors kept by …" or "top brands" lists are no curb.
    for (let i = 2; i < words.length; i++) {
      if (words[i] !== 'on') continue;
      const copula = STANDING_ADVERBS.has(words[i - 1]!) ? i - 2 : i - 1;
      if (!/^(?:is|are|was|were|remains|remain|remained)$/.test(words[copula] ?? '')) continue;
      const end = words.findIndex((w, k) => k > i && LIST_NOUNS.has(w));
      if (end < 0 || end > i + 4 || !LIST_KEEPING.has(words[end + 1] ?? '') || words[end + 2] !== 'by') continue;
      const kind = words.slice(i + 1, end);
      if (!kind.every((w) => /^[a-z][a-z-]*$/.test(w) && !NOT_RESTRICTION_LISTS.has(w))) continue;
      // A list named by another word is a curb only by a restriction word ("the vendor list" approves; review rr90b).
      const described = kind.filter((w) => !/^(?:the|a|an|its|their)$/.test(w));
      if (described.length > 0 && !described.some((w) => RESTRICTION_LIST.has(w) || SANCTION_NOUNS.has(w))) continue;
      const keeper = mentions.find((m) => m.type === 'government' && m.first > end + 2 && m.first <= end + 4);
      // "the list published by Japan of the country's largest taxpayers": an "of" after the keeper says what the list is.
      if (!keeper || words[keeper.last] === 'of') continue;
      for (const target of membersFrom(0, copula).filter((m) => !POSSESSIVES.has(words[m.last] ?? ''))) out.push({ source: keeper, relation: 'restricts', target, trigger: words.slice(i, end + 3).join(' '), rule: LISTING_RULES.possessor.name });
    }

    // "The Bank added the following entities to its Alert List: A, B and C", and the name lines under such a head, read as one
    // sentence (text/line-lists.ts): the act before the colon, each name after it (stop 70).
    const colon = words.indexOf(':');
    const headAct = colon > 0 && colon < words.length - 1 ? colonActOf(words.slice(0, colon + 1), mentions.filter((m) => m.last <= colon)) : undefined;
    if (headAct && out.length === 0) {
      for (const target of membersFrom(colon + 1).filter((m) => m.key !== headAct.source.key)) out.push({ source: headAct.source, relation: headAct.relation, target, trigger: words[colon]!, rule: LISTING_RULES.bullets.name });
    }
    // "Japan imposed new sanctions. The following companies were sanctioned: A, B and C" (or one bullet each): a passive head with
    // no actor of its own goes on with the listing act just before (round 3 of stop 89, helper lst89).
    const followsAct = colon > 0 && !headAct && out.length === 0 && this.actor !== undefined && this.actor.sentence < index && this.actor.sentence >= index - PASSIVE_REACH;
    if (followsAct && passiveFollowingHead(words, mentions, colon)) {
      for (const target of membersFrom(colon + 1).filter((m) => m.key !== this.actor!.source.key)) out.push({ source: this.actor!.source, relation: 'restricts', target, trigger: words.slice(0, colon + 1).join(' '), rule: LISTING_RULES.bullets.name });
    }
    // "Three firms were sanctioned: A, B and C, the Treasury said": an agentless act before the colon, its actor the body reporting it.
    const colonReported = colon > 0 && !headAct && out.length === 0 && !actor && !banSource ? reportedColonAct(words, mentions, colon) : undefined;
    if (colonReported) {
      const listed = listedNames(colon + 1, words, mentions);
      for (const target of membersFrom(colon + 1, colonReported.to).filter(listed)) out.push({ source: colonReported.reporter, relation: colonReported.relation, target, trigger: words[colon]!, rule: LISTING_RULES.bullets.name });
    }

    // "Zenco launched three new models. They are A, B and C": the maker's things, named in the sentence after its act.
    if (this.madeAct?.sentence === index - 1) {
      const from = madeListAt(words, this.madeAct.brands === true);
      const maker = this.madeAct.source;
      // "It is called the Zeta": the "it" a coreference read as the maker is the thing made.
      if (from > 0 && !mentions.some((m) => m.first < from && !(m.first === 0 && (words[0] === 'it' || words[0] === 'they'))) && isMaker(this.madeAct)) {
        for (const target of madeListFrom(from, words, mentions).filter((m) => isMade(m, typeUnknown))) out.push({ source: maker, relation: 'develops', target, trigger: words.slice(0, from).join(' '), rule: LISTING_RULES.made.name });
      }
    }
    this.madeAct = madeActAt(index, words, mentions, typeUnknown);
    // "Zenco has many competitors. They include brands like Qorva and Borin": the rivals the sentence before counted.
    if (this.rivalsAct?.sentence === index - 1) {
      const from = rivalListAt(words);
      const firm = this.rivalsAct.source;
      if (from > 0 && !mentions.some((m) => m.first < from) && isMaker(this.rivalsAct)) {
        for (const target of madeListFrom(from, words, mentions).filter((m) => m.key !== firm.key && isRivalFirm(m, typeUnknown))) out.push({ source: firm, relation: 'competes_with', target, trigger: words.slice(0, from).join(' '), rule: LISTING_RULES.rivals.name });
      }
    }
    // "Zenco faces stiff competition. Qorva and Vexa both sell delivery robots": the firms of the next sentence's list that sell or make
    // the same kind of thing are the firm's rivals (helper cp86).
    if (this.rivalsAct?.sentence === index - 1 && out.every((c) => c.rule !== LISTING_RULES.rivals.name) && isMaker(this.rivalsAct)) {
      const firm = this.rivalsAct.source;
      for (const target of sameTradeList(words, mentions, typeUnknown).filter((m) => m.key !== firm.key)) out.push({ source: firm, relation: 'competes_with', target, trigger: 'competition', rule: LISTING_RULES.rivals.name });
    }
    // "Competition is heating up. Qorva and Vexa launched chatbots": a contest stated with no firm named, then the list of its parties.
    if (this.contestSentence === index - 1) out.push(...eachOtherRivals(sameTradeList(words, mentions, typeUnknown), LISTING_RULES.contestParties.name));
    this.contestSentence = contestStated(words) && !mentions.some((m) => m.type === 'company') ? index : undefined;
    if (held & CONTEST_LEAD) out.push(...eachOtherRivals(contestLeaders(words, mentions, typeUnknown), LISTING_RULES.contestLeaders.name));
    if (held & RIVALS_NOUN) {
      out.push(...eachOtherRivals(namedRivalsList(words, mentions, typeUnknown), LISTING_RULES.namedRivals.name));
      const compared = countComparedRivals(words, mentions, typeUnknown);
      for (const target of compared?.rivals ?? []) out.push({ source: compared!.firm, relation: 'competes_with', target, trigger: 'against', rule: LISTING_RULES.countedRivals.name });
    }
    this.rivalsAct = held & RIVALS_VERB ? rivalsActAt(index, words, mentions, typeUnknown) : undefined;
    this.noteBanAct(index, words, mentions, held);
    this.noteColonAct(index, words, mentions);
    // An act that opens a listing: its last government before the verb is the actor of what follows.
    // "The Treasury imposed new sanctions on Tuesday" opens one as well, its targets still unnamed.
    // "The Treasury is sanctioning four firms" (stop 53's readers): the progressive opens one too.
    // "lifted sanctions on 20 firms" undoes an act: its words are passed over, and a later act counts ("… but sanctioned 12 others").
    // "revoked the licences of 5 sanctioned banks": a listing's participle before its noun describes the noun, it is no act.
    const describing = (k: number): boolean => words[k]!.endsWith('ed') && (LISTED_NOUNS.has(words[k + 1] ?? '') || BANNED_NOUNS.has(words[k + 1] ?? '')) && mentionEndingAt(mentions, k) === undefined && !/^(?:has|have|had|was|were|is|are|been|also)$/.test(words[k - 1] ?? '');
    const act = !(held & LISTING_ACT) ? -1 : words.findIndex((w, k) => (LISTING_VERBS.has(w) || LISTING_PROGRESSIVES.has(w) || (SANCTION_ACTS.has(w) && !(/^sets?$/.test(w) && words[k + 1] === 'to') && words.slice(k + 1, k + 4).some((n) => SANCTION_NOUNS.has(n)))) && !isUndoneAct(words, k) && !describing(k));
    if (act <= 0 && held & LIST_NOUN) this.otherList = index;
    if (act > 0) {
      const issuer = asIssuer(mentions.filter((m) => mayIssue(m, words) && m.last <= act).at(-1)) ?? listOwnerAfter(words, mentions, act);
      if (issuer) this.actor = { sentence: index, source: issuer, counted: countedKinds(words, act), at: act };
      // "New sanctions were imposed by the EU": the act's noun ("sanctions") read as its verb has no issuer before it.
      else this.notePassiveAct(index, words, mentions);
    } else if (!(held & LISTING_ACT && this.notePassiveAct(index, words, mentions))) {
      this.noteActCameUnder(index, words, mentions);
      if (held & STOP_ORDER) this.noteTradeHalt(index, words, mentions);
    }
    // "blocked access to 16 exchanges that had not registered, namely A, B and C", "sanctioned 12 firms that supplied drones, namely
    // A and B": the things the act counted, named after "namely" past a clause of their own (stop 79's fresh samples).
    // Only in one clause ("blocked 4 platforms, and Zenco launched 2 products, namely …" names Zenco's), not over people, and only
    // the names listed right after it (review of stop 80's third round).
    const namely = words.indexOf('namely');
    const oneClause = namely > 1 && words[namely - 1] === ',' && !words.slice(0, namely).some((w, k) => w === ';' || (w === 'and' && words[k - 1] === ','));
    const countedAct = oneClause && !namesPeopleBefore(words, namely - 4, namely) ? this.countedActOf(index, words, namely - 1) : undefined;
    if (countedAct) {
      for (const target of namedList(namely + 1, words, mentions).filter((m) => m.key !== countedAct.source.key && isMember(m, LISTED_TYPE) && !isPeoplesFirm(m, words))) out.push({ source: countedAct.source, relation: countedAct.relation, target, trigger: 'namely', rule: countedAct.rule });
    }
    const government = mentions.filter((m) => m.type === 'government' && m.source !== 'coref').at(-1);
    if (government) this.lastGovernment = { sentence: index, source: government };
    if (words.some(isCountedWord)) this.lastCounted = index;
    return out;
  }

  /**
   * "Three firms have fallen under US restrictions. They are A, B and C": a state's act that its targets came under.
   * In a method of its own, called for every sentence without a listing act: a sentence with "under" is rare, and its
   * first one, mid-corpus, then de-optimises only this method, not `read`.
   */
  private noteActCameUnder(index: number, words: readonly string[], mentions: readonly SentenceMention[]): void {
    const under = words.findIndex((w, k) => w === 'under' && k > 0);
    const owner = under > 0 ? listOwnerAfter(words, mentions, under) : undefined;
    if (owner && /^(?:fallen|fell|come|came|been|are|were|remain|remained)$/.test(words[under - 1] ?? '')) this.actor = { sentence: index, source: owner };
  }

  /** "New sanctions were imposed by the EU", "A ban on 20 apps was announced by the ministry": the agent acts on the list that follows. */
  private notePassiveAct(index: number, words: readonly string[], mentions: readonly SentenceMention[]): boolean {
    const passive = passiveActByAgent(words, mentions);
    const issuer = asIssuer(passive?.agent);
    if (!passive || !issuer) return false;
    if (passive.relation === 'banned') this.banActor = { sentence: index, source: issuer };
    else this.actor = { sentence: index, source: issuer };
    return true;
  }

  /** "The Commerce Department told four chipmakers to halt shipments to China. The chipmakers include A and B": the order controls them. */
  private noteTradeHalt(index: number, words: readonly string[], mentions: readonly SentenceMention[]): void {
    const halt = tradeHaltOverCounted(words, mentions);
    const orderer = halt > 0 ? asIssuer(mentions.filter((m) => mayIssue(m, words) && m.last <= halt).at(-1)) : undefined;
    if (orderer && statedAsFact(words, mentions, orderer, halt)) this.actor = { sentence: index, source: orderer };
  }

  /** The state whose adjective stands between `from` and `to` ("the Ruritanian blacklist"), as a mention there. */
  private demonymOwner(tokens: readonly Token[], from: number, to: number): SentenceMention | undefined {
    if (!this.demonymState) return undefined;
    for (let k = from; k < to; k++) {
      const state = this.demonymState(tokens, k);
      if (state) return state;
    }
    return undefined;
  }

  /** The government whose ban (or restriction) was stated at most `reach` sentences before: by any rule, over things counted, or by a listing act. */
  private recentAct(index: number, relation: 'banned' | 'restricts', reach: number): SentenceMention | undefined {
    const within = (act: { sentence: number } | undefined): boolean => act !== undefined && act.sentence >= index - reach;
    if (within(this.lastAct) && this.lastAct!.relation === relation) return this.lastAct!.source;
    if (relation === 'banned') return within(this.banActor) ? this.banActor!.source : undefined;
    return within(this.actor) ? this.actor!.source : undefined;
  }

  /** Notes the sentence's claims (any rule's): a government's asserted ban or restriction is the act a later "the ban" goes on with. */
  noteClaims(index: number, claims: readonly { source: SentenceMention; relation: RelationKind; status: string }[]): void {
    const act = claims.filter((c) => (c.relation === 'banned' || c.relation === 'restricts') && c.status === 'asserted' && c.source.type === 'government').at(-1);
    if (act) this.lastAct = { sentence: index, source: act.source, relation: act.relation as 'banned' | 'restricts' };
  }

  /** "X added the following entities to the Entity List:", "X blocked these apps:": an act whose objects the bullets after it name. */
  private noteColonAct(index: number, words: readonly string[], mentions: readonly SentenceMention[]): void {
    const act = colonActOf(words, mentions);
    if (act) this.colonAct = { sentence: index, ...act };
  }

  /**
   * A ban over things counted, not named ("India banned 59 apps", "The governor has banned staff
   * from using several apps"): its last government before the verb, or the government a governing
   * noun stands for, bans what a list names next. `held`: the classes of listing words among `words` (LISTING_WORDS.of).
   */
  /** The act this sentence noted over things it counted (a ban, else a listing), if any: who acts, its relation and its rule. */
  private countedActOf(index: number, words: readonly string[], before: number): { source: SentenceMention; relation: 'banned' | 'restricts'; rule: string } | undefined {
    // The act stands before "namely", its count's clause unbroken by a comma or another verb ("… and warned 3 others, namely").
    const fits = (at: number | undefined): boolean => at !== undefined && at < before && !words.slice(at + 1, before).some((w, k, rest) => w === ',' || (w === 'and' && /ed$/.test(rest[k + 1] ?? '')));
    if (this.banActor?.sentence === index && fits(this.banActor.at)) return { source: this.banActor.source, relation: 'banned', rule: LISTING_RULES.banned.name };
    if (this.actor?.sentence === index && fits(this.actor.at)) return { source: this.actor.source, relation: 'restricts', rule: LISTING_RULES.among.name };
    return undefined;
  }

  private noteBanAct(index: number, words: readonly string[], mentions: readonly SentenceMention[], held: number): void {
    // "Zenco pulled several apps from its store": a store that pulls things it counts bans them (as relation-patterns.ts reads it when they are named).
    const pulled = held & STORE_REMOVAL ? storeRemovalOverCounted(words) : -1;
    const store = pulled > 0 ? mentions.filter((m) => m.type === 'company' && m.last <= pulled).at(-1) : undefined;
    if (store) {
      this.banActor = { sentence: index, source: store };
      return;
    }
    const ban = banOverCounted(words, mentions, held);
    if (ban <= 0) return;
    const recent = this.lastGovernment && this.lastGovernment.sentence >= index - GOVERNING_REACH ? this.lastGovernment.source : undefined;
    // "The government banned 20 apps" after "Iran's parliament passed a law": the government is not the parliament (review of stop 80's second round).
    const governing = recent && !NOT_GOVERNING_BODY.test(recent.label) && words.slice(0, ban).some((w) => GOVERNING_NOUNS.has(w)) ? recent : undefined;
    // "Zenco banned staff from using several apps": a firm barring its own staff from counted things bans them at the firm (stop 64's second bans sample).
    const firm = /^(?:staff|employees|workers|its|their)$/.test(words[ban + 1] ?? '') ? mentions.filter((m) => m.type === 'company' && m.source !== 'unknown' && m.last === ban).at(-1) : undefined;
    const issuer = asIssuer(mentions.filter((m) => mayIssue(m, words) && m.last <= ban).at(-1)) ?? governing ?? firm;
    // "Ruritania plans to ban three apps. The apps include A and B": a ban proposed or denied bans nothing the next list names.
    // Whether the act counted things (apps, sites) or parties (firms, banks): a later "affected companies" is not "59 apps".
    if (issuer && statedAsFact(words, mentions, issuer, ban)) this.banActor = { sentence: index, source: issuer, counted: countedKinds(words, ban), at: ban };
  }
}

/**
 * Where a ban over things counted, not named, stands: a ban's verb or noun ("India banned 59 apps"), an order to stop
 * ("ordered five platforms to stop operating") or a blacklist ("published a blacklist of 30 websites"); -1 when none.
 * `held`: the classes of listing words among `words`.
 */
function banOverCounted(words: readonly string[], mentions: readonly SentenceMention[], held: number): number {
  const ban = held & BAN_WORD ? banVerbOverCounted(words, mentions) : -1;
  if (ban > 0) return ban;
  const order = held & STOP_ORDER ? stopOrderOverCounted(words, mentions) : -1;
  return order > 0 ? order : held & LIST_NOUN ? blacklistOfCounted(words, mentions) : -1;
}

/** Words that open a clause of their own before an act: "… why it banned 59 apps", "… after it blocked 40 sites". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['why', 'that', 'which', 'because', 'after', 'when', 'since', 'while', 'how', 'where']);
/** Words that open a condition. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'should']);

/**
 * Whether the act at `at`, by `issuer`, is stated as fact: not proposed ("plans to ban"), not denied ("did not ban"). Only the
 * words of the act's own clause count: "India, which did not explain why, banned 59 apps" states the ban (a clause set off by
 * commas says nothing of it), and an issuer of an earlier sentence ("The government could ban three apps") has none here.
 */
function statedAsFact(words: readonly string[], mentions: readonly SentenceMention[], issuer: SentenceMention, at: number): boolean {
  // "If the talks fail, India will ban 20 apps": a sentence that opens with a condition states no act.
  if (CONDITIONS.has(words[0] ?? '')) return false;
  // The clause starts after the last comma or subordinator before the act ("Critics say India could not justify why it banned …").
  let opener = at - 1;
  while (opener >= 0 && words[opener] !== ',' && !CLAUSE_OPENERS.has(words[opener]!)) opener--;
  const here = mentions.some((m) => m.key === issuer.key && m.first === issuer.first && m.last === issuer.last);
  const from = here && issuer.last <= at && issuer.last > opener ? issuer.last : opener + 1;
  return claimStatus(words.slice(opener + 1, at).join(' '), words.slice(from, at).join(' '), { isState: issuer.type === 'government' }) === 'asserted';
}

/** The act of a sentence that ends with a colon, or "… are listed below.", whose objects are named after it: its issuer and relation. */
function colonActOf(words: readonly string[], mentions: readonly SentenceMention[]): { source: SentenceMention; relation: RelationKind } | undefined {
  // "… are listed below.", "… are as follows." open the bullets as a colon does (stop 54's readers).
  const opensList = words.at(-1) === ':' || (words.at(-1) === '.' && /^(?:below|follows)$/.test(words.at(-2) ?? ''));
  if (!opensList) return undefined;
  // "X started blocking access to:", "X imposed a ban on the following apps:": a ban's gerund or noun acts too.
  // "X announced the addition of the following three companies to the SDN List:": a listing named by its noun.
  const listing = (w: string): boolean => LISTING_VERBS.has(w) || LISTING_ACT_NOUNS.has(w);
  const act = words.findIndex((w) => listing(w) || BAN_VERBS.has(w) || BAN_NOUNS.has(w) || w === 'banning');
  // "The entities sanctioned by the Treasury are listed below.": the act's agent after "by".
  const agent = act > 0 && words[act + 1] === 'by' ? mentions.find((m) => m.first === act + 2 || (m.first === act + 3 && words[act + 2] === 'the')) : undefined;
  const issuer = act > 0 ? asIssuer(mentions.filter((m) => mayIssue(m, words) && m.last <= act).at(-1)) ?? asIssuer(agent) : undefined;
  // The act's objects are still to come: no name of a listed kind stands after its verb.
  if (!issuer || mentions.some((m) => m.first > act && MAY_BE_LISTED.has(m.type) && m.source !== 'unknown')) return undefined;
  return { source: issuer, relation: listing(words[act]!) ? 'restricts' : 'banned' };
}

/**
 * Who may issue an act over things counted or named later: a government, or a ministry's short name after "the" that no rule
 * typed ("The Treasury sanctioned six firms"): as issuer it is the ministry (`asIssuer`).
 */
function mayIssue(m: SentenceMention, words: readonly string[]): boolean {
  return m.type === 'government' || (isUntypedMinistry(m) && words[m.first - 1] === 'the');
}

/** The issuer chosen by `mayIssue`, typed a government (a ministry's short name was not typed yet). */
function asIssuer(m: SentenceMention | undefined): SentenceMention | undefined {
  return m === undefined || m.type === 'government' ? m : withChanges(m, { type: 'government' });
}

/** Verbs that name what an act counted: "identified them as", "were named as". */
const NAMING_VERBS = new Set(['identified', 'named', 'listed', 'identifies', 'names', 'lists']);

/**
 * Where the names begin after a verb of naming over an act's counted targets: "It identified them as A, B",
 * "The firms were named as A and B" (the word after "as"); -1 if the sentence has none.
 */
function namedAsAt(words: readonly string[]): number {
  for (let k = 1; k < words.length - 2 && k <= 8; k++) {
    if (!NAMING_VERBS.has(words[k]!)) continue;
    if (words[k + 1] === 'them' && words[k + 2] === 'as') return k + 3;
    if (words[k + 1] === 'as' && /^(?:were|are|was|is|been)$/.test(words[k - 1]!)) return k + 2;
  }
  return -1;
}

/** The state body of a closing reporting clause: "…, the Treasury said" (its "said" the sentence's last verb). */
function stateReportingAfter(words: readonly string[], mentions: readonly SentenceMention[]): SentenceMention | undefined {
  for (let k = words.length - 2; k > 0; k--) {
    if (!/^(?:said|says|announced|stated|added)$/.test(words[k]!)) continue;
    const reporter = mentions.find((m) => m.last === k);
    const before = reporter ? reporter.first - (words[reporter.first - 1] === 'the' ? 2 : 1) : -1;
    return reporter && mayIssue(reporter, words) && words[before] === ',' ? asIssuer(reporter) : undefined;
  }
  return undefined;
}

/** Verbs of an unnamed reporter's lead: "an official said", "a spokesman told reporters". */
const REPORTER_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'confirmed', 'noted', 'explained']);

/**
 * Where a sentence goes on after a lead of one who reports it unnamed ("An official said (that) …", "A spokeswoman told
 * reporters …", at most five words before the verb, none a name), else 0.
 */
function unnamedReporterEnd(words: readonly string[], mentions: readonly SentenceMention[]): number {
  if (!/^(?:a|an|the|one|officials|authorities)$/.test(words[0] ?? '')) return 0;
  for (let k = 1; k <= 5 && k < words.length; k++) {
    if (!REPORTER_VERBS.has(words[k]!)) continue;
    if (mentions.some((m) => m.first <= k)) return 0;
    let end = k + 1;
    if (words[k] === 'told') end++;
    if (words[end] === 'that') end++;
    return end;
  }
  return 0;
}

/** After "Some of", "Several of", "Most of" opening the sentence: where the rest begins, or 0. */
function partitiveEnd(words: readonly string[]): number {
  return /^(?:some|several|many|most|others)$/.test(words[0] ?? '') && words[1] === 'of' && words[2] === 'the' ? 2 : 0;
}

/** Networks that carry out a blocking order: "internet service providers", "the largest providers", "mobile operators", "ISPs". */
const CARRIER_NOUNS: ReadonlySet<string> = new Set(['isps', 'telcos', 'carriers', 'operators']);
const CARRYING_PROVIDERS: ReadonlySet<string> = new Set(['internet', 'broadband', 'network', 'telecom', 'telecoms', 'service', 'access', 'mobile', 'cable', 'largest', 'major', 'biggest', 'main', 'leading', 'top']);

/** Whether the words before a listing's first member name the carriers an order binds ("covers the largest providers :"). */
function namesCarriers(words: readonly string[]): boolean {
  return words.some((w, k) => CARRIER_NOUNS.has(w) || (w === 'providers' && CARRYING_PROVIDERS.has(words[k - 1] ?? '')));
}

/** Words before a list's first name that say the names are not what the list holds: "The platforms include features such as Vexa Pay", "… rivals of Vexa". */
/**
 * "A, B and C (also) had sanctions imposed": the list that opens the sentence and ends right before `end`, or none ("Zenco, whose
 * partner Qorva had sanctions imposed", "Analysts at Zenco had …", "Neither A nor B had …" name no bearers; review of stop 80's
 * second round).
 */
function bearersBefore(end: number, mentions: readonly SentenceMention[], words: readonly string[]): SentenceMention[] {
  const list: SentenceMention[] = [];
  let at = end;
  const endingAt = (e: number): SentenceMention | undefined => mentions.filter((x) => x.last === e).at(-1);
  for (let m = endingAt(at); m; m = endingAt(at)) {
    list.unshift(m);
    at = m.first - 1;
    if (!/^(?:,|and)$/.test(words[at] ?? '')) break;
    if (words[at] === 'and' && words[at - 1] === ',') at--;
  }
  const first = list[0];
  return first && (first.first === 0 || (first.first === 1 && words[0] === 'the')) ? list : [];
}

/** The mention that ends at word `k` (its last word), if any. */
function mentionEndingAt(mentions: readonly SentenceMention[], k: number): SentenceMention | undefined {
  return mentions.find((m) => m.last === k + 1);
}

/**
 * The names listed from word `from` on: the first right there (or after "the"), the next after a comma or "and", up to the list's
 * end; a name followed by a verb of its own ("…, and Zenco said") or a reporting word ends it before itself.
 */
function namedList(from: number, words: readonly string[], mentions: readonly SentenceMention[]): SentenceMention[] {
  const list: SentenceMention[] = [];
  let k = words[from] === 'the' ? from + 1 : from;
  for (let m = mentions.find((x) => x.first === k); m; m = mentions.find((x) => x.first === k)) {
    const after = words[m.last] ?? '.';
    if (list.length > 0 && !/^(?:,|and|or|\.|;|\)|as)$/.test(after)) break;
    list.push(m);
    if (after !== ',' && after !== 'and' && after !== 'or') break;
    k = m.last + 1;
    if (words[k] === 'and' || words[k] === 'or') k++;
    if (words[k] === 'the') k++;
  }
  return list;
}

/** Role nouns after a firm's name that make the name a person's employer: "Zenco CEO Jane Roe", "Zenco staff". */
const ROLES_AFTER: ReadonlySet<string> = new Set(['ceo', 'cto', 'cfo', 'chief', 'founder', 'co-founder', 'chairman', 'chairwoman', 'president', 'boss', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'staff', 'employees', 'workers', 'users', 'customers', 'executives', 'officials', 'engineers', 'drivers', 'subscribers', 'shareholders', 'investors']);
/** People a list of "those affected" may name instead of firms: "employees at Zenco", "advertisers such as Zenco". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([...ROLES_AFTER, 'people', 'residents', 'citizens', 'students', 'advertisers', 'creators', 'merchants', 'partners', 'analysts', 'traders', 'sellers', 'vendors', 'freelancers', 'journalists', 'influencers', 'businesses', 'individuals']);

/** Plural groups a "them" may stand for besides counted kinds and people: "Several rivals benefited. Among them are …". */
const OTHER_GROUPS: ReadonlySet<string> = new Set(['rivals', 'competitors', 'startups', 'start-ups', 'publishers', 'owners', 'vpns', 'others', 'peers', 'players', 'incumbents', 'newcomers', 'members']);

/** Words naming things, parties or people by their kind: a later "Among them" may stand for those (review of stop 80's fifth round). */
const COUNTED_WORDS: ReadonlySet<string> = new Set([...BANNED_NOUNS, ...LISTED_NOUNS, ...PEOPLE_NOUNS, ...OTHER_GROUPS]);
const isCountedWord = (w: string): boolean => COUNTED_WORDS.has(w);

/**
 * "Zenco CEO Jane Roe", "staff at Zenco", "Zenco, whose app Lumo was blocked": a firm named only as its people's, or with an aside
 * about it, is no member of a list of what an act affected (reviews of stop 80's rounds).
 */
function isPeoplesFirm(m: SentenceMention, words: readonly string[]): boolean {
  const after = words[m.last] ?? '.';
  const aside = after === ',' && words[m.last + 1] === 'whose';
  return aside || ROLES_AFTER.has(after) || /^(?:at|of|for|with)$/.test(words[m.first - 1] ?? '');
}

/** Whether the words between `from` and the list's first member (at `first`) name people: "include employees at …", "include advertisers such as …". */
function namesPeopleBefore(words: readonly string[], from: number, first: number): boolean {
  for (let k = from; k < first; k++) if (PEOPLE_NOUNS.has(words[k]!)) return true;
  return false;
}

/** Whether a sentence opens with its list: at most three lower-case words ("the popular", "both") before its first name at `first`, none a verb's or a clause's. */
function opensWithList(words: readonly string[], first: number): boolean {
  if (first > 3) return false;
  for (let k = 0; k < first; k++) if (!/^[a-z][a-z-]*$/.test(words[k]!) || PREPOSITIONS.has(words[k]!) || LIST_CLAUSE_ENDS.has(words[k]!)) return false;
  return true;
}

/** Participles of an act's reach that qualify its things: "the affected platforms", "apps affected", "the targeted firms". */
const AFFECTED_PARTICIPLES: ReadonlySet<string> = new Set(['affected', 'blocked', 'banned', 'targeted', 'restricted', 'prohibited']);

/**
 * "A, B and C are among the affected platforms", "A and B were among the firms targeted": a closing membership of the things an
 * act reached, its members before it (stop 79's fresh samples). The act is the sentence before's, as for "A and B are among them".
 */
function amongTheAffected(words: readonly string[]): boolean {
  const among = words.lastIndexOf('among');
  if (among < 2 || !/^(?:are|were|is|was)$/.test(words[among - 1]!) || words[among + 1] !== 'the') return false;
  // "among the newly listed firms": an adverb of the act's time may stand before its participle.
  const timed = /^(?:newly|recently|latest)$/.test(words[among + 2] ?? '');
  const rest = words.slice(among + (timed ? 3 : 2), -1);
  if (rest.length !== 2) return false;
  const [a, b] = rest as [string, string];
  const reach = (w: string): boolean => isReachParticiple(w, timed);
  return (reach(a) && isListedNoun(b)) || (isListedNoun(a) && reach(b));
}

/**
 * "affected", "restricted", and with an adverb of time any ban's or listing's participle ("newly banned", "recently added"): the
 * bare "among the blocked sites", "among the sanctioned firms" are the passive readings' (passiveBanAt, passiveListingAt).
 */
function isReachParticiple(word: string, timed: boolean): boolean {
  if (PASSIVE_BANS.has(word) || PASSIVE_LISTING.has(word)) return timed;
  return AFFECTED_PARTICIPLES.has(word) || (timed && word.endsWith('ed') && LISTING_VERBS.has(word));
}

const NOT_THE_LISTED: ReadonlySet<string> = new Set(['features', 'feature', 'rivals', 'rival', 'competitors', 'competitor', 'alternatives', 'users', 'customers', 'partners', 'investors', 'owners', 'makers']);
/** Words that end the list's clause: a report's source follows ("…, according to Zenco", "…, Zenco said"). */
const LIST_CLAUSE_ENDS: ReadonlySet<string> = new Set(['according', 'said', 'says', 'reported', 'reports', 'told', 'but', 'while']);
/** Words that open an aside on a member, whose names are no members: "Betiko, whose owner Lumo Group …", "Vexa (owned by Zenco)". */
// "Vexa and Zeta, rivals to Lumo": a member's rivals are none either.
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['whose', 'which', 'who', 'by', 'from', 'with', 'rivals', 'rival', 'competitors', 'competitor']);

/**
 * The names a ban's list holds after its verb at `from`: every name up to the end of its clause, but not a name that owns a member
 * ("Zenco's Vexa"), one in an aside on a member ("Betiko, whose owner Lumo Group …", "Vexa (owned by Zenco)") or after a report's
 * source ("…, according to Zenco"); none when the words before the first name describe something else ("features such as A").
 */
function listedNames(from: number, words: readonly string[], mentions: readonly SentenceMention[]): (m: SentenceMention) => boolean {
  const first = mentions.find((m) => m.first >= from);
  // "The apps include apps made by Zenco and Qorva": the names after "by" or "from" make the members; they are none.
  if (!first || words.slice(from, first.first).some((w) => NOT_THE_LISTED.has(w)) || ASIDE_OPENERS.has(words[first.first - 1] ?? '')) return () => false;
  let end = words.length;
  for (let k = from; k < words.length; k++) if (LIST_CLAUSE_ENDS.has(words[k]!)) { end = k; break; }
  const aside = new Uint8Array(words.length);
  for (let k = first.last; k < end; k++) {
    if (!ASIDE_OPENERS.has(words[k]!)) continue;
    // The aside runs to the next comma or closing bracket.
    let close = k + 1;
    while (close < end && words[close] !== ',' && words[close] !== ')') close++;
    aside.fill(1, k, close);
  }
  return (m) => m.first >= from && m.last <= end && !aside[m.first] && words[m.last] !== "'s";
}

/** Verbs by which a ban list opened by "the" states its members: "The blacklist features A", "The list names A and B". */
const BAN_LIST_VERBS: ReadonlySet<string> = new Set(['features', 'featured', 'contains', 'contained', 'names', 'named', 'lists', 'covers', 'covered', 'comprises']);

/** Kinds of banned things that are products, whose untyped members are products too: "Blocked sites include A and B". */
const BANNED_THINGS: ReadonlySet<string> = new Set(['apps', 'applications', 'services', 'platforms', 'websites', 'sites', 'products', 'tools', 'chatbots', 'games', 'portals', 'titles', 'domains', 'urls', 'blogs', 'forums']);

/** Each pair of a list's firms as each other's rivals (competes_with is undirected: one claim a pair). */
function eachOtherRivals(list: readonly SentenceMention[], rule: string): ListingClaim[] {
  const out: ListingClaim[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) if (list[i]!.key !== list[j]!.key) out.push({ source: list[i]!, relation: 'competes_with', target: list[j]!, trigger: 'competition', rule });
  }
  return out;
}

/**
 * Whether the names after the mark at `open` (a dash or a comma) run as a bare list to the same mark closing them: "The companies --
 * A and B -- are …", "The firms, A, B and C, are …"; not "The companies, A said, …" (words that are no list before the close).
 */
function closesApposition(words: readonly string[], open: number, mentions: readonly SentenceMention[]): boolean {
  const mark = words[open]!;
  let k = open + 1;
  while (k < words.length) {
    const m = mentions.find((n) => n.first === k);
    if (m) k = m.last + 1;
    else if (words[k] === ',' || words[k] === 'and') k++;
    else break;
  }
  return mark === ',' ? words[k - 1] === ',' && k - 1 > open + 1 : words[k] === mark;
}

/** Verbs by which a trade measure tells a harm ("the tariffs hit Zenco hard") unless a rate follows each firm ("hit Zenco (20 %)"). */
const MEASURE_EFFECTS: ReadonlySet<string> = new Set(['hit', 'hits', 'affect', 'affects', 'affected', 'impact', 'impacts', 'impacted']);

/** Words that may stand between a trade measure's verb and whom it falls on: "apply to imports from A", "cover A (20 %), B and C". */
const TRADE_REACH_FILLERS: ReadonlySet<string> = new Set(['to', 'on', 'against', 'the', ',', 'and', 'or', '(', ')', '%', 'percent', 'per', 'cent', 'imports', 'goods', 'products', 'shipments', 'exports',
  'from', 'of', 'made', 'produced', 'by', 'such', 'as', 'including', 'producers', 'exporters', 'makers', 'manufacturers', 'firms', 'companies', 'at', 'with', 'a', 'rate', 'up']);

/** Whether a firm's rate follows at `k`, the word after it: "Zenco (20 %)", "Zenco at 20 %", "Zenco, at 18.5 %", "Zenco with 20 %". */
function memberRateAt(words: readonly string[], k: number): boolean {
  const from = words[k] === ',' ? k + 1 : k;
  const opener = words[from] === '(' || words[from] === 'at' || words[from] === 'with' ? from + 1 : -1;
  const first = opener >= 0 && /^(?:up|about|around|nearly|roughly)$/.test(words[opener] ?? '') ? (words[opener + 1] === 'to' ? opener + 2 : opener + 1) : opener;
  return first >= 0 && /^[0-9][0-9.,]*$/.test(words[first] ?? '') && (/^(?:%|percent|pc)$/.test(words[first + 1] ?? '') || (words[first + 1] === 'per' && words[first + 2] === 'cent'));
}

/** Verbs by which a state's producers pay a trade measure: "will pay a rate of 20 %", "face duties of 18 %". */
const PAYING: ReadonlySet<string> = new Set(['pay', 'pays', 'paid', 'face', 'faces', 'faced']);
/** Verbs by which a body reports the rates it set: "Commerce said most Zemblan producers will pay …". */
const REPORTING_RATES: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'announces', 'determined', 'ruled', 'found']);
/** What they pay: a duty, a rate or a deposit of one. */
const PAID_MEASURES: ReadonlySet<string> = new Set(['rate', 'rates', 'duty', 'duties', 'tariff', 'tariffs', 'levy', 'levies', 'deposit', 'deposits', 'surtax']);
/** Who pays, after the demonym: the state's makers and sellers ("most Zemblan producers", "Zemblan lumber mills"), not its consumers. */
const PAYING_PARTIES: ReadonlySet<string> = new Set(['producers', 'exporters', 'makers', 'manufacturers', 'mills', 'firms', 'companies', 'suppliers', 'shippers', 'producer', 'exporter']);
/** Words that may open the clause before the demonym: "Most Zemblan producers", "But all other Zemblan exporters". */
const PAYERS_OPENERS: ReadonlySet<string> = new Set(['most', 'many', 'all', 'other', 'the', 'some', 'but', 'and', 'meanwhile', ',', 'remaining', 'several']);

/**
 * "Most Zemblan producers will pay a rate of 20 %", "Zemblan lumber mills now face duties of 18 %": a clause opened by a state's
 * producers, named by its demonym, that pay a trade measure; the state (as a mention at its demonym) and the paying verb. Not when
 * hedged ("could pay", "would face") or negated, nor for a rate of nothing.
 */
function demonymPayersAt(words: readonly string[], stateAt: (k: number) => SentenceMention | undefined, from: number): { state: SentenceMention; verb: number; trigger: string } | undefined {
  let k = from;
  while (k < from + 4 && PAYERS_OPENERS.has(words[k] ?? '')) k++;
  const state = stateAt(k);
  if (!state) return undefined;
  // One word for the goods may stand between: "Zemblan lumber producers".
  const party = PAYING_PARTIES.has(words[k + 1] ?? '') ? k + 1 : PAYING_PARTIES.has(words[k + 2] ?? '') && /^[a-z][a-z-]*$/.test(words[k + 1] ?? '') ? k + 2 : -1;
  if (party < 0) return undefined;
  let verb = party + 1;
  while (verb < party + 3 && /^(?:will|now|also|must|still|already|then|have|to)$/.test(words[verb] ?? '')) verb++;
  if (!PAYING.has(words[verb] ?? '')) return undefined;
  // "a combined countervailing and anti-dumping rate": up to seven words before the measure.
  const paid = words.slice(verb + 1, verb + 9).findIndex((w) => PAID_MEASURES.has(w));
  // "will pay higher rates for electricity": a rate or a deposit is a duty's only with its percentage.
  if (paid >= 0 && /^(?:rates?|deposits?)$/.test(words[verb + 1 + paid]!) && !words.slice(verb + 2 + paid, verb + 7 + paid).some((w) => /^(?:%|percent|cent)$/.test(w))) return undefined;
  // "will pay Qorvian duties": another state's measure, whose actor is not the act before.
  if (paid < 0 || Array.from({ length: paid }, (_, j) => verb + 1 + j).some((j) => stateAt(j) !== undefined)) return undefined;
  // "pay a rate of 0 %", "face no duties": nothing falls on them.
  const after = words.slice(verb + 1, verb + 10);
  if (after.includes('no') || after.some((w, j) => /^0(?:\.0+)?$/.test(w) && /^(?:%|percent)$/.test(after[j + 1] ?? ''))) return undefined;
  return { state, verb, trigger: words.slice(k, verb + 1).join(' ') };
}

/**
 * "Zenco units in Korea and Japan are on the Entity List": a state named after "in" (with the others coordinated with it) is
 * where the members are, no actor of the listing (helper rsx95).
 */
function placeAfterIn(words: readonly string[], mentions: readonly SentenceMention[], state: SentenceMention): boolean {
  let k = state.first - 1;
  while (k >= 0) {
    const w = words[k]!;
    if (w === 'in') return true;
    const other = mentions.find((m) => m.type === 'government' && m.first <= k && k < m.last);
    if (other) k = other.first - 1;
    else if (w === 'and' || w === ',' || w === 'the') k--;
    else return false;
  }
  return false;
}
