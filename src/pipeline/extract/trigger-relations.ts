import { hiredPromoterAt } from './hired-agents';
import { memberOfParallelAside } from './parallel-bracket-asides';
import { isHostOfUnnamedContent } from './hosted-content-platforms';
import { heldAccountsOwnerAt } from './held-account-owners';
import { rivalPastRankComparator } from './rank-comparator-rivals';
import { possessedContestNoun } from './possessed-contest-nouns';
import { rivalAfterYetTo } from './superlative-rival-yet';
import { isMediumOfQuarrel } from './quarrel-venues';
import { goodsPastFirm } from './banned-goods';
import { pastMeasureActorClause } from './measure-actor-clauses';
import { goodsDemonymsAt, laterGoodsDemonymsAt, sanctionedGoodsDemonymsAt, laterRateOrigins, isRatedDuty, isRatedMeasure, measureCutToNothing, measurePausedBefore, namesGoodsKind, opensClauseAt, pastRate, rateTargetStarts } from './duty-rates';
import { BAN_LISTS, LIFTS, outlawingListAt } from './listing-phrases';
import { oneRivalOfList } from './rival-singular-noun';
import { RELATIONS, type RelationKind } from '../relation-registry';
import type { EntityType } from '../types';
import type { AbstractSentence } from './abstract-sentence';
import { claimStatus, isStateAct } from './claim-status';
import { mayTakeRole, statedPairs, triggerText, type ClaimCollector, type SentenceContext } from './claim-check';
import { isMadeKind, PARTS_FOR_A_NAME, LICENCE_COMPOUND_HEADS, NON_MARKET_RANKS, PAST_RIVAL_WORDS, DOCUMENT_NOUNS, GOVERNMENT_HEADS, COMPANY_SUFFIXES, WRITING_NOUNS, HOLDING_NOUNS, HOLDING_WORDS, STATE_MEASURE_NOUNS, isArticle, isVs, LIMITED_GERUNDS, LOWER_WEEKDAYS, MAKER_NOUN_WORDS, NOT_MADE_AFTER, NOT_SUPPLIED_NEXT, OPERATING_SYSTEMS, OWNED_NOUNS, PERSON_ROLE_WORDS, PRODUCT_NOUNS, qualifiesMadeThing, isKindNoun, namesPlaceOfSubject, FIRMS_NOUN_WORDS, INVESTOR_NAME, BARE_HELD_KINDS, NAME_COUNTED_AMONG_KIND } from './cue-words';
import { actOpensClause } from './official-acts';
import { actDenied, measureOnlySpokenOf, verbBeforeNoun } from './spoken-measures';
import { kindMembersAfterMaker } from './kind-members-after-maker';
import { afterEnumerationCue, agentAfter, nameAfterCompound, clauseEnd, companionsAfter, isCourtSeat, isOblique, opensWithBareBody, isPartyToHostileAct, listsAfter, MADE_TO_ACT, mentionAt, mentionLists, reporterAfter, subjectsBefore, type MentionList } from './clause';
import { withParticipleSubject } from './with-participle-subjects';
import { finiteVerbAt } from './clause-subject';
import { participleMainSubject } from './rival-participle-subjects';
import { newMention, type SentenceMention } from './mention';
import { isGoodsOriginAfterMeasure, isMadeInAfterMeasure, originPastGoodsList } from './goods-origin-lists';
import { facedGoodsOrigins, isOpeningGoodsWord, undergoneMeasureEnded } from './faced-goods-origins';
import { adjunctClauseBefore, aimedAtNoName, rivalNounClauseOpener, apposedTo, arePeers, CONTEST_VERB, contestIsRivalry, counterpartsOfRivals, countingFirm, DISPUTE_AFTER, DISPUTE_BEFORE, examplesOfObjectBefore, facesRivals, FRONTED_ADJUNCTS, frontedSubject, joinedPairBefore, LEGAL_CASE, MUTUAL_CONTESTS, orPair, PARTY_NOUNS, pressedByContest, relativeListAfter, rivalsCounterpartAfter, rivalsDealtWith, strivesAgainst, tiedFirm, tieApposedHolder, vsChain } from './rival-phrases';
import { inflect, triggersAt, type TriggerWord } from './trigger-words';
import { comparedDemonymBefore, ownedNounThenVerbBetween } from './ban-noun-owners';
import { firmsRivals, idiomObjectIsNoRival, isIdiomFigure, notRivalParties, rivalIsOthersThing } from './rival-idiom-guards';
import { qualifiesRivalFirms } from './rival-modifiers';
import { replacementPointedTo } from './rival-replacements';
import { ANSWERED_ACT_AFTER, answerApposedBefore, competitionTakenAway, describingRivalNoun, relativeThingHolder } from './rival-apposed-things';
import { membersPastMarket, namesRivals, rangeEndAfter, rangeOpenerAfter } from './rival-ranges';
import { DESCRIBED_KIND_HEADS, describedMembersFrom, isPeoplesAdjectiveList } from './peoples-adjectives';
import { isUser, limitsUse } from './use-limits';
import { isEnglishWord, isNameWord } from './name-rules';
import { VERSION_NOUNS } from './qualifying-names';
import { keptFromDealingOrStake } from './order-duty-patterns';
import { POSSESSIVES } from '../text/tokens';
import { measureHeadsVerb } from './measure-subjects';
import { MEASURE_BATCHES, MEASURE_QUANTIFIERS, MEASURE_TRADE_MODIFIERS, UNDERGOING_TO } from './undergone-measure-words';
import { thingSpelledAsTrigger } from './trigger-spelled-things';
import { objectOfLaterVerb, withoutNewClauseSubject } from './later-verb-objects';
import { rivalAfterOrderPreposition, usedByMadeGoods } from './used-parts-and-rivals';
import { offeredToSeekers, soughtAlternative } from './rival-sought-alternatives';
import { alliedPartiesBefore, partneredBetween } from './allied-partners';

/** The second word of an adding "not only": "not just from Qorva but from Lumo" negates nothing. */
/** A blocked name's service noun, read past to reach the act's agent: "blocking of access to Zapp websites by …" (helper apl100). */
const SERVICE_NOUNS_BEFORE_AGENT: ReadonlySet<string> = new Set(['website', 'websites', 'site', 'sites', 'app', 'apps', 'application', 'applications', 'platform', 'platforms', 'domains', 'urls', 'services', 'servers']);

const ADDING_NOT_AFTER: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply', 'solely']);

/** A past or not-yet rival's word before a party noun (shared with the rival patterns' gap stops). */
const PAST_RIVAL_BEFORE = new RegExp(`^(?:${PAST_RIVAL_WORDS})$`);
/**
 * Relations found from their trigger, with arguments attached by clause structure and type.
 * A trigger is a word of a relation's vocabulary (relation-registry.ts). Its reading decides
 * where the arguments are:
 *  - active verb ("X has barred staff from using Y"): X is the subject of the clause, Y the
 *    first list of a fitting type the verb governs;
 *  - passive ("Y was blocked by X", "Y, developed by X"): Y is the subject, X follows "by", or
 *    reports the clause (", X announced");
 *  - noun ("X's ban on Y", "X imposed curbs on Y", "a ban on Y by X"): Y follows the
 *    preposition, X is the possessor, "by X", or the subject of the light verb;
 *  - placement ("X added Y to the Entity List", "Y was placed under sanctions from X");
 *  - maker nouns ("TikTok's parent company ByteDance", "Ernie Bot is a product of Baidu");
 *  - export bans ("barred exports of chips to China" restricts China).
 * Lists give one claim per member on either side. A clause whose subject is an official act
 * ("This interim rule …") takes the bodies that issued it (official-acts.ts) as its actor.
 * Each claim records its rule id (TRIGGER_RULES).
 */

/** Rule ids and what each reading means, for the evidence view and the README. */
export const TRIGGER_RULES = {
  'trigger:verb': 'an active verb of the relation: its clause subject acts on the first fitting list it governs',
  'trigger:passive': 'a passive verb: its subject undergoes it, "by X" or a reporting clause names the actor',
  'trigger:banned-in': 'a ban stated only by where it holds ("Y is blocked in A and B", the headline "Y banned in A"): each state named blocks Y, a national block',
  'trigger:restricted-in': 'a restriction stated only by where it holds ("Y remains restricted in A"): each state named restricts Y',
  'trigger:noun': 'a noun of the relation: its object follows the preposition, its actor is the possessor, "by X" or the subject of the light verb',
  'trigger:placement': 'putting Y on a list or under sanctions restricts Y; on a ban list (the Covered List) it bans Y',
  'trigger:designation': 'naming Y as a threat ("designated Y as a Chinese military company") restricts Y',
  'trigger:destination': 'restrictions on selling or exporting to a state\'s users or entities restrict the state',
  'trigger:export': 'banning or restricting exports, sales or shipments to a state restricts the state (and the product lines named as exported)',
  'trigger:buyer': 'barring a state from buying, importing or obtaining something restricts the state',
  'trigger:investment': 'banning or barring investment in a firm is an investment prohibition: it restricts the firm',
  'trigger:firm-sale': 'blocking the sale of a firm to another ("blocked the sale of Qorva to Zenco") restricts the buyer, as a blocked takeover does; the firm sold is not banned',
  'trigger:maker': 'a maker noun: "Y\'s parent company X", "the Y maker X", "X, the maker of Y"',
  'trigger:banned-goods': 'the things a ban names past the firm it bans ("barred Zenco from selling its Zeta phones", "banned Zenco devices such as the Zeta"): each is banned too',
} as const;

export type TriggerRule = keyof typeof TRIGGER_RULES;

/**
 * Words describing an act a subject undergoes: "under full blocking US sanctions", "hit with crippling sanctions", and by
 * degree or time (stop 56): "faces tighter US sanctions", "under heavy sanctions by Ruritania". Before an act's word they
 * make it a noun.
 */
const ACT_DESCRIBERS: ReadonlySet<string> = new Set(['new', 'fresh', 'further', 'sweeping', 'tough', 'strict', 'full', 'blocking', 'secondary', 'financial', 'economic', 'crippling', 'harsh', 'stringent', 'broad',
  'tighter', 'stricter', 'tougher', 'toughest', 'harsher', 'stiffer', 'stiff', 'broader', 'wider', 'heavy', 'heavier', 'expanded', 'updated', 'latest', 'recent', 'additional', 'more', 'severe', 'punishing']);
// "Zenco Air is the latest firm to receive sanctions from Zembla": who receives an act undergoes it, as who faces it does (helper
// ord92, fresh sample s82c: "sanctions" after "receive" was read as a verb, Zenco sanctioning Zembla).
const UNDERGONE_RECEIVING = ['receives', 'receive', 'received', 'receiving'];
/** Words before a trigger that make it a noun: "the ban", "a blanket prohibition", "U.S. export controls". */
// "another" is a determiner: "Another rival is Vexo" is the noun, no verb (helper riv100).
const NOUN_BEFORE = new Set([...ACT_DESCRIBERS, ...UNDERGONE_RECEIVING, 'other', 'faces', 'face', 'faced', 'facing', 'suffered', 'suffers', 'suffer', 'suffering', 'endured', 'incurred', 'drew', 'draws', 'attracted', 'imposed', 'imposes', 'impose', 'imposing', 'lifted', 'lifts', 'eased', 'eases', 'tightened', 'tightens', 'expands', 'extended', 'extends', 'broadened', 'widened', 'renewed', 'announced', 'announces', 'unveiled', 'introduced', 'adopted', 'approved', 'enforced', 'levied', 'slapped', 'the', 'a', 'an', 'another', 'its', 'their', 'this', 'that', 'these', 'those', "'s", 'such', 'similar', 'any', 'outright', 'blanket', 'total', 'formal', 'nationwide', 'precautionary', 'temporary', 'partial', 'export', 'import', 'reported', 'under', 'main', 'closest', 'biggest', 'chief', 'only', 'direct', 'significant', 'key', 'major', 'fierce', 'fiercest', 'nearest', 'top', 'domestic', 'chinese', 'american', 'emerging', 'potential', 'cheaper', 'open-source', 'of', 'in', 'and', 'with', 'unlike',
  // "counts Qorva among rivals" (stop 58's readers).
  'among',
  // "a waiver on the U.S.'s resumed sanctions on Zembla", "EU and U.S. banking sanctions": a participle of bringing back or a kind
  // of measure before the noun (fresh sample s85c: "resumed sanctions" was read as a verb whose subject was the waiver's seeker).
  'resumed', 'reimposed', 're-imposed', 'reinstated', 'restored', 'banking', 'unilateral', 'multilateral',
  // "imposed the most biting sanctions ever on Zembla" (fresh sample s85c).
  'biting', 'most', 'harshest', 'strictest', 'severest', 'heaviest',
  // "faced increasing sanctions from the US" (helper rsx95: read as a verb whose subject was the firm).
  ...MEASURE_QUANTIFIERS]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'become', 'became', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
const ADVERBS = /^(?:\S+ly|not|also|now|since|then|still|already|just|even|further|reportedly|recently|subsequently|effectively|formally|officially|initially|first|later|previously)$/;
/** Contests only firms wage, whose other side after "with" or "against" is a party however the name is typed ("a price war with Qorva"). */
const MARKET_CONTESTS: ReadonlySet<string> = new Set(['price war', 'price wars', 'turf war', 'rivalry', 'rivalries', 'dogfight', 'duel', 'tussle']);
/** Prepositions that introduce a noun trigger's object, by relation. */
const NOUN_OBJECT: Partial<Record<RelationKind, ReadonlySet<string>>> = {
  // "a prohibition upon Zapp": the formal "upon" too (stop 59).
  banned: new Set(['on', 'upon', 'of', 'against', 'targeting', 'covering']),
  restricts: new Set(['on', 'upon', 'against', 'targeting', 'covering', 'to', 'for']),
  competes_with: new Set(['to', 'of', 'for', 'with', 'from', 'against', 'include', 'includes', 'included', 'including', 'such', 'like', 'are', ':']),
  develops: new Set(['of']),
};
/** Nouns of naming a target in a sanctions list, which take it after "of" as a gerund does. */
const DESIGNATION_NOUNS: ReadonlySet<string> = new Set(['designation', 'designations']);
/** Verbs of breaking or dodging a measure: "violating export controls", "evaded sanctions", "circumvent the ban". */
// "in contravention of the embargo", "in defiance of sanctions" (helper fp82's fresh news samples).
// Whole words only (review 82b): "defiantly", "a breakthrough", "a breakaway region" break nothing; "breach" is a verb's or "in breach of"'s, not "a data breach"'s.
const EVADING = /^(?:violat(?:e|es|ed|ing|ion|ions)|breached|breaching|evad(?:e|es|ed|ing)|evasion|circumvent(?:s|ed|ing|ion)?|flout(?:s|ed|ing)?|skirt(?:s|ed|ing)?|dodg(?:e|es|ed|ing)|bypass(?:es|ed|ing)?|break|breaks|breaking|broke|broken|contraven(?:e|es|ed|ing|tion)|defiance|defy|defies|defied|defying|side-?step(?:s|ped|ping)?)$/;
/** "in breach of the embargo", "to breach sanctions", "may breach the ban": the bare form only after a word that makes it a verb or "in … of". */
const BREACH_VERB_BEFORE = /^(?:in|to|not|will|would|could|can|may|might|did|does|do|allegedly)$/;
/** Whether the word at `k` is a verb of breaking or dodging a measure (see EVADING). */
function evadesAt(words: readonly string[], k: number): boolean {
  const word = words[k];
  if (word === undefined) return false;
  if (EVADING.test(word)) return true;
  return (word === 'breach' || word === 'breaches') && BREACH_VERB_BEFORE.test(words[k - 1] ?? '');
}
/** "get around sanctions", "worked around the controls": a verb that, with "around", dodges a measure. */
const AROUND_VERBS = /^(?:get|gets|got|getting|work|works|worked|working)$/;
/** Words that may stand between a verb of breaking a measure and the measure's word: "violated the arms embargo", "evading U.S. export controls". */
const MEASURE_QUALIFIERS: ReadonlySet<string> = new Set([...ACT_DESCRIBERS, 'the', 'a', 'an', 'its', 'their', 'of', "'s", 'arms', 'export', 'trade', 'existing', 'western', 'international', 'multilateral']);

/**
 * Whether the act's word at `t` names a measure broken or dodged ("circumventing sanctions against Ruritania", "violated the
 * arms embargo on Zembla", "a scheme to get around sanctions"): walking back over its qualifiers and names, a verb of evading.
 * Its verb reading ("circumvents sanctions Ruritania …" read "sanctions" as a verb) is the noun's (helper fp82's fresh news samples).
 */
function breaksMeasure(words: readonly string[], t: number, verb: boolean): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 5; k--) {
    const word = words[k]!;
    if (evadesAt(words, k) || (word === 'around' && AROUND_VERBS.test(words[k - 1] ?? ''))) return true;
    // "After the breach Zembla banned Zapp": a verb's walk ends at its subject, a name no qualifier or evading word opens ("breached
    // the UN arms embargo", "evading U.S. sanctions" go on).
    if (verb && mentionAt(words, k) !== undefined && !MEASURE_QUALIFIERS.has(words[k - 1] ?? '') && !evadesAt(words, k - 1)) return false;
    if (!MEASURE_QUALIFIERS.has(word) && mentionAt(words, k) === undefined) return false;
  }
  return false;
}
/** Words before a state's sanctions that put them out of force or only in prospect: "proposed U.S. sanctions". */
const MEASURE_NOT_IN_FORCE = /^(?:proposed|threatened|possible|potential|planned|expected|looming|future|lifted|eased|waived|suspended|former|old|past|new-?found|mooted|contemplated|hypothetical)$/;
/** Words allowed between a state and its sanctions noun: "U.S. economic sanctions", "the EU's trade sanctions". */
const STATE_MEASURE_QUALIFIERS: ReadonlySet<string> = new Set(["'s", 'economic', 'financial', 'trade', 'export', 'secondary', 'sectoral', 'existing', 'current', 'sweeping', 'tough', 'harsh', 'stringent']);
/** Where the state's word may stand before the measure's noun at `t`: past up to three of its qualifiers ("U.S. economic sanctions"). */
function stateWordBeforeMeasure(words: readonly string[], t: number): number {
  let k = t - 1;
  while (k >= 0 && k >= t - 3 && STATE_MEASURE_QUALIFIERS.has(words[k]!)) k--;
  return k;
}
/**
 * Whether the measure's noun at `t` names its own state just before it ("evading U.S. sanctions on Zembla", "evaded Ruritanian
 * sanctions against Zembla"): a measure broken or dodged is still that state's, and its target is restricted by it (helper snm93,
 * set 87's banks reader). Its breaker is never the actor: the state must be a government's name or a state's adjective.
 */
function stateNamesMeasure(words: readonly string[], t: number, mentions: readonly SentenceMention[], stateOfDemonym: (word: string) => string | undefined): boolean {
  // The target named at once after "on" or "against" ("… on Zembla", "… against trade with Zembla"), not a clause of purpose
  // or a possessive's goods ("evaded U.S. sanctions to sell oil to Zembla", "… on its oil sales to Zembla").
  let o = t + 1;
  if (!/^(?:on|against|targeting)$/.test(words[o] ?? '')) return false;
  o++;
  if (words[o] === 'the') o++;
  if (words[o] === 'trade' && words[o + 1] === 'with') o += 2;
  if (!(words[o] ?? '').startsWith('@')) return false;
  const k = stateWordBeforeMeasure(words, t);
  // "evaded proposed U.S. sanctions", "dodged the threatened EU sanctions": a measure not in force.
  if (MEASURE_NOT_IN_FORCE.test(words[k - 1] ?? '')) return false;
  const at = mentionAt(words, k);
  if (at !== undefined) return words[k]!.startsWith('@') && mentions[at]?.type === 'government';
  return stateOfDemonym(words[k] ?? '') !== undefined;
}
/**
 * Whether the measure's noun at `t` is a state's by its demonym and broken or dodged ("helped Qorva dodge American sanctions",
 * "evading the EU's ..." is a name's, not this): the demonym, then a verb of evading before it.
 */
function brokenDemonymMeasure(words: readonly string[], t: number, stateOfDemonym: (word: string) => string | undefined): boolean {
  let k = stateWordBeforeMeasure(words, t);
  if (stateOfDemonym(words[k] ?? '') === undefined) return false;
  k--;
  for (let n = 0; n < 2 && /^(?:the|existing|current|tough|tougher|harsh|strict|stringent|sweeping|new)$/.test(words[k] ?? ''); n++) k--;
  return evadesAt(words, k) || (words[k] === 'around' && AROUND_VERBS.test(words[k - 1] ?? ''));
}
/** A count before a name that qualifies the parties after it: "sanctions on four Zenfront financial providers". */
const PARTY_COUNT = /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|several|multiple|numerous)$/;
/** Parties a name may qualify after a count: "two Zenco subsidiaries", "four Zenfront financial providers", "three Qorva executives". */
const COUNTED_PARTIES = /^(?:providers|banks|lenders|firms|companies|entities|executives|subsidiaries|affiliates|officials|individuals|people|persons|vessels|tankers|ships|units|networks|exchanges|suppliers|brokers|traders|insurers|operatives|leaders|members|commanders|financiers|facilitators|businesses|fronts|agents|employees|managers|directors|shareholders|groups|organizations|organisations)$/;
/**
 * Whether the one name of list `l` only qualifies counted parties after it ("sanctions on four Zenfront financial providers",
 * "sanctioned two Zenco subsidiaries"): the count is the parties', and the name (a group, a parent, a place) is none of them
 * (helper snm93, set 87's banks reader).
 */
function qualifiesCountedParties(words: readonly string[], l: MentionList): boolean {
  if (l.first !== l.last) return false;
  const before = words[l.first - 1] === 'the' ? words[l.first - 2] : words[l.first - 1];
  if (!PARTY_COUNT.test(before ?? '')) return false;
  let k = l.last + 1;
  for (let n = 0; n < 2 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && !COUNTED_PARTIES.test(words[k]!); n++) k++;
  return COUNTED_PARTIES.test(words[k] ?? '');
}
/** Words naming a status a product is granted, before "designation": "Breakthrough Device", "Fast Track", "Orphan Drug", "Priority Review". */
const STATUS_WORDS: ReadonlySet<string> = new Set(['breakthrough', 'device', 'track', 'orphan', 'drug', 'priority', 'review', 'therapy', 'accelerated', 'rare', 'pediatric', 'paediatric', 'qualified', 'regenerative', 'medicine', 'innovative']);
/** Verbs of granting or winning a status: "won a designation for Zeta", "the agency granted a designation to Vexa". */
const GRANTING = /^(?:grant|grants|granted|granting|won|wins|win|winning|receive|receives|received|receiving|award|awards|awarded|earn|earns|earned|obtain|obtained|obtains|secure|secured|secures)$/;
/** Bodies that grant a product a status and impose no sanctions: "the FDA's designation for Zeta". */
const NON_SANCTIONING = /(?:fda|ema|mhra|pmda|nmpa|health|medicine|drug|patent|trademark)/;

/**
 * Whether "designation(s) for/to" at `t` is a status granted to a product, not a sanctions designation (review 82b: "announced
 * designations for 12 entities", "terrorist designations for Zenco", "the Treasury's designations for Zenco" are sanctions): a status
 * name before it ("Breakthrough Device designation", a name that is no state's or body's), a verb of granting or winning before it, or a
 * non-sanctioning body's possessive ("the FDA's designation for Zeta").
 */
function grantsStatus(words: readonly string[], t: number, mentions: readonly SentenceMention[]): boolean {
  const before = words[t - 1] ?? '';
  if (STATUS_WORDS.has(before)) return true;
  // "added designations to the SDN List for Zenco": the list named after "to" is where targets go, no target.
  const listAfter = mentionAt(words, words[t + 2] === 'the' ? t + 3 : t + 2);
  if (words[t + 1] === 'to' && listAfter !== undefined && /\bList\b/.test(mentions[listAfter]?.label ?? '')) return true;
  const named = mentionAt(words, before === "'s" ? t - 2 : t - 1);
  if (named !== undefined) {
    const m = mentions[named];
    if (m && ((m.type !== 'government' && m.type !== 'organization') || NON_SANCTIONING.test(m.key))) return true;
  }
  for (let k = t - 1; k >= 0 && k >= t - 4; k--) if (GRANTING.test(words[k]!)) return true;
  return false;
}
/** How far a trigger's object may stand from it, in words. */
const OBJECT_REACH = 14;

export function findTriggerRelations(context: SentenceContext, claims: ClaimCollector, stateOfDemonym: (word: string) => SentenceMention['key'] | undefined): void {
  const { sentence, text } = context;
  const { words } = sentence;
  // Issuers of an act named earlier ("DoD, GSA, and NASA are issuing a rule") join the pool, so
  // that "This rule … the prohibition of TikTok" can name them as actors.
  const issuers = context.actIssuers ?? [];
  // So does the subject of the sentences before, for a rival noun that opens this one ("Rival Qorva fell 13%").
  const topic = context.topic && !context.mentions.some((m) => m.key === context.topic!.key) ? [context.topic] : [];
  const mentions = issuers.length > 0 || topic.length > 0 ? [...context.mentions, ...issuers, ...topic] : context.mentions;
  const issuerList: MentionList | undefined = issuers.length > 0 ? { members: issuers.map((_, k) => context.mentions.length + k), first: -1, last: -1 } : undefined;
  const topicList: MentionList | undefined = topic.length > 0 ? { members: [mentions.length - 1], first: -1, last: -1 } : undefined;
  // … and when this sentence names that subject again, the mention that does (a rival noun opening it is that subject's rival).
  const namedAt = context.topic ? context.mentions.findIndex((m) => m.key === context.topic!.key) : -1;
  const namedTopic = namedAt >= 0 ? namedAt : undefined;
  let lists: Map<number, MentionList> | undefined;
  let skipUntil = -1;
  // The last ban or restriction told by a verb, with its actor: a second verb joined to it by "and" shares that actor.
  let lastAct: { relation: RelationKind; sources: MentionList; at: number; objectEnd: number } | undefined;
  for (let t = 0; t < words.length; t++) {
    if (t <= skipUntil) continue;
    // "Zenco-owned", "U.S.-sanctioned": a participle after a name and a hyphen is a compound's (compound-relations.ts).
    if (words[t - 1] === '-' && mentionAt(words, t - 2) !== undefined) continue;
    const triggers = triggersAt(words, t);
    if (triggers.length === 0) continue;
    lists ??= mentionLists(words, context.headline);
    const read = readingOf(words, t, triggers, stateOfDemonym);
    if (!read) continue;
    // "… to ban Zenco phones and ban Qorva Inc from procurement": a bare "ban" joined to a ban verb and followed by a name is that verb
    // again, not the noun (helper sta92, set 84).
    const reading = read.voice === 'noun' && lastAct?.relation === read.trigger.relation && read.trigger.words.length === 1 && conjoinedVerb(words, t) && mentionAt(words, t + 1) !== undefined ? { ...read, voice: 'active' as const } : read;
    // A phrase's later words are no triggers of their own ("export ban" is not also a "ban").
    skipUntil = t + reading.trigger.words.length - 1;
    // "Zenco takes on rivals with Zenco Hub": rivals left unnamed, the name after "with" is the subject's own means (helper beh102).
    if (reading.trigger.relation === 'competes_with' && meansAfterUnnamedRivals(words, t, reading.trigger.words.length)) continue;
    // "revoked the sanctions waiver for Zembla's port": taking back an exemption bans nothing (stop 50's readers).
    if (reading.trigger.relation === 'banned' && waiverBefore(words, t)) continue;
    // "revoked the withhold release order against Zenco", "suspended the sanctions on Qorva": an act taken back bans no one (helper
    // cus93, set 88); the act's own noun, if a trigger, is read as lifted (claim-status.ts).
    if (reading.trigger.relation === 'banned' && reading.voice === 'active' && actTakenBack(words, t)) continue;
    // "Zenco Air received sanctions relief from the US", "a sanctions waiver", "tariff exemptions": the act's noun only qualifies the
    // relief from it, which lifts the act off the firm (review rr92a: "received" as an undergoing verb read such relief as sanctions).
    if ((reading.trigger.relation === 'banned' || reading.trigger.relation === 'restricts') && reading.voice === 'noun' && RELIEF_NOUNS.has(words[t + reading.trigger.words.length] ?? '')) continue;
    // "began blocking or restricting A and B", "banned or restricted A": the restriction coordinated after a ban is that ban's hedge, one act (stop 61's first bans sample).
    if (reading.trigger.relation === 'restricts' && reading.voice === 'active' && /^(?:or|and|and\/or)$/.test(words[t - 1] ?? '') && triggersAt(words, t - 2).some((tr) => tr.relation === 'banned')) continue;
    // "blocked Zenco's takeover of Qorva", "vetoed the acquisition of Qorva by Zenco": a blocked deal restricts its buyer (relation-patterns.ts); neither side is banned.
    if (reading.trigger.relation === 'banned' && reading.voice === 'active' && dealObject(words, t + reading.trigger.words.length)) continue;
    if (reading.trigger.relation === 'banned' && reading.voice === 'passive' && dealSubjectBefore(words, t)) continue;
    // "its prohibition of the merger between Zenco and Qorva", "the veto of Zenco's takeover of Qorva": a deal stopped, told as a noun;
    // the parties are restricted (regulator-act-nouns.ts), not banned (helper rst94, fresh sample s91c).
    if (reading.trigger.relation === 'banned' && reading.voice === 'noun' && words[t + reading.trigger.words.length] === 'of' && dealObject(words, t + reading.trigger.words.length + 1)) continue;
    // "restrained Zenco from going ahead with its open offer for Qorva": a court holding up a buyer's deal restricts the buyer
    // (relation-patterns.ts); it bans no one (helper mrg93, set 87).
    if (reading.trigger.relation === 'banned' && reading.voice === 'active' && heldFromDeal(words, t + reading.trigger.words.length)) continue;
    // "prohibits US persons from dealing with Zenco Bank", "restrained Zenco from selling its shares in Qorva": a designation told by its
    // effect, a stake held by a court; both restrict (order-duty-patterns.ts), neither bans (helper ord93, set 88).
    if (reading.trigger.relation === 'banned' && reading.voice === 'active' && keptFromDealingOrStake(words, t + reading.trigger.words.length)) continue;
    // "recommends prohibition of Zenco, Qorva deal", "blocked the Zenco and Qorva merger": a deal named by its parties listed before
    // its noun; the deal is stopped, its parties are not banned (helper mrg93, set 87's headline).
    if (reading.trigger.relation === 'banned' && partiesDealAt(words, t + reading.trigger.words.length + (reading.voice === 'noun' && words[t + reading.trigger.words.length] === 'of' ? 1 : 0))) continue;
    // "A judge blocked the Montana ban on Zapp", "suspended the government's ban on Zapp": a verb whose object is another's ban acts on
    // the ban; it bans nothing (stop 78's review).
    if (reading.voice === 'active' && (reading.trigger.relation === 'banned' || reading.trigger.relation === 'restricts') && actsOnAnAct(words, t + reading.trigger.words.length)) continue;
    // "Zenco suspended withdrawals from ZenEarn", "the SEC halted trading in Zenco shares": pausing a flow of money or a market's
    // trading stops an activity; the service or firm it runs through is not banned (helper fpy93, fresh sample s82b).
    // Only a pausing verb or noun: "the US banned trading in Zenco shares" is an investment prohibition, which restricts.
    if ((reading.trigger.relation === 'banned' || reading.trigger.relation === 'restricts') && (reading.voice === 'active' || reading.voice === 'noun') && PAUSING_WORDS.test(words[t]!) && pausesActivity(words, t + reading.trigger.words.length, mentions)) continue;
    // "removed Zenco from the Entity List": taking a party off a list of restricted parties lifts a restriction; it bans nothing (stop 51's readers).
    if (reading.trigger.relation === 'banned' && words[t]!.startsWith('remov') && removedFromList(words, t)) continue;
    // "Zemport will host the first launch for another rocket maker, Qorva", "hosted the launch of the Z1 rocket": who hosts a launch is
    // its site or venue; the launched thing is its own only as "its" or "their" (fresh sample s82d; helper fpx93).
    if (reading.trigger.relation === 'develops' && hostsOthersLaunch(words, t)) continue;
    // "Zenco bought former rival Qorva", "merged with its one-time competitor Qorva": a rival word right after an adjective of a past
    // rivalry tells no rivalry now, whether the tagger reads the noun or a verb there (helper cmp95: "bought former rival Qorva" was
    // read as "former" rivalling Qorva, and "former competitor" slipped past the checks "former rival" meets). "could then rival
    // Qorva" is a verb after an adverb, and "raced past rival Qorva" a preposition: both kept.
    if (reading.trigger.relation === 'competes_with' && PARTY_NOUNS.has(words[t]!) && /^(?:former|one-time|onetime|erstwhile|ex|previous|would-be)$/.test(words[t - 1] ?? '')) continue;
    // "surpassing its competitor Qorva's product": the rival is another's unnamed thing, no firm (rival-idiom-guards.ts).
    // Whatever reading the noun gets, and the verb of the rank taken's too: its object is the noun's ("surpassing" then "its competitor").
    if (reading.trigger.relation === 'competes_with' && (rivalIsOthersThing(words, t) || (reading.voice === 'active' && rivalIsOthersThing(words, t + reading.trigger.words.length + 1)))) continue;
    // "fighting each other in court", "challenged Zenco in court over patents": a dispute, not competition.
    if (reading.trigger.relation === 'competes_with' && reading.voice === 'active' && words.slice(t + reading.trigger.words.length, t + reading.trigger.words.length + 6).some((w) => DISPUTE_AFTER.has(w))) continue;
    // "censored reports about the Zenco explosion", "censored posts criticising Zenco": what is censored is the reports, not the firm
    // they are about; the verb bans only an outlet named as its object ("censored the Zeta Post"; review rr90b).
    if (reading.trigger.relation === 'banned' && reading.voice === 'active' && words[t]!.startsWith('censor') && !censorsNamedOutlet(words, t + reading.trigger.words.length)) continue;
    // "will contest the ruling", "a song contest with Qorva": "contest" names a rivalry only as a noun of firms' contest (helper cmp90b).
    if (reading.trigger.relation === 'competes_with' && reading.trigger.words.length === 1 && words[t] === 'contest' && !contestIsRivalry(words, t)) continue;
    // "overtook Qorva as the largest taxpayer": a rank taken outside any market is no rivalry (fixer fxr90c).
    if (reading.trigger.relation === 'competes_with' && reading.voice === 'active' && RANK_TAKEN_VERBS.test(words[t]!) && rankedOutsideMarket(words, t + reading.trigger.words.length)) continue;
    // "stood up to Qorva's hostile bid", "squared up to its landlord Qorva": another's bid or a counterpart is no rival (helper fixrv).
    if (reading.trigger.relation === 'competes_with' && reading.voice === 'active' && idiomObjectIsNoRival(words, t + reading.trigger.words.length)) continue;
    // "for violating export controls on Ruritania", "to evade sanctions": who breaks or dodges a measure does not impose it.
    // "circumvents sanctions on Ruritania", "violated the arms embargo against Zembla": so does a form that is both read as a verb.
    if ((reading.trigger.relation === 'banned' || reading.trigger.relation === 'restricts') && (reading.voice === 'noun' || reading.voice === 'active') && breaksMeasure(words, t, reading.voice === 'active') && !(reading.voice === 'noun' && words[t] === 'sanctions' && stateNamesMeasure(words, t, mentions, stateOfDemonym))) continue;
    // "a duty to protect users", "on duty": a bare "duty" names a levy only with its rate ("a 25 % duty", "a duty of 25 %").
    if (reading.trigger.relation === 'restricts' && reading.trigger.words.length === 1 && words[t] === 'duty' && !isRatedDuty(words, t)) continue;
    // "suspended its tariffs on Zenco", "paused the duties on Zembian steel": a trade measure put off restricts no one (duty-rates.ts).
    // "cut its tariffs on Zembian cars to zero": so is one cut to nothing; cut to a rate it stands (helper tar89b).
    if (reading.trigger.relation === 'restricts' && reading.voice === 'noun' && isRatedMeasure(reading.trigger.words.at(-1)!) && (measurePausedBefore(words, t) || measureCutToNothing(words, t))) continue;
    // "won a Breakthrough Device designation for Zeta", "a designation to Vexa as an orphan drug": a status granted names what
    // it is granted to after "for" or "to"; a sanctions designation names its target after "of" (helper fp82's fresh news samples).
    if (reading.voice === 'noun' && DESIGNATION_NOUNS.has(words[t]!) && (words[t + 1] === 'for' || words[t + 1] === 'to') && grantsStatus(words, t, mentions)) continue;
    // "US tariffs on Zembian goods have pushed Zenco to …": a rated measure on a state's goods falls on that state (read below), not on
    // a name further on (helper tar89).
    const rated = reading.trigger.relation === 'restricts' && reading.voice === 'noun' && isRatedMeasure(reading.trigger.words.at(-1)!);
    // "the tariffs imposed by the Zembla administration on Ruritanian goods": past the actor's clause to the goods (helper trd97).
    const goodsAt = rated ? pastMeasureActorClause(words, pastRate(words, t + reading.trigger.words.length)) : -1;
    const isDemonym = (w: string): boolean => stateOfDemonym(w) !== undefined;
    // "imposed sanctions against Zemblan wood": sanctions on a state's goods named by its demonym restrict that state (helper lvy93).
    const sanctionedGoods = reading.trigger.relation === 'restricts' && reading.voice === 'noun' && words[t] === 'sanctions';
    const leadingGoodsStates = rated ? goodsDemonymsAt(words, goodsAt, isDemonym) : sanctionedGoods ? sanctionedGoodsDemonymsAt(words, t + 1, isDemonym) : [];
    // "tariffs on Parmesan cheese and French wine": a demonym later in the goods' list names a state hit too (helper fxr89).
    const goodsStates = rated && leadingGoodsStates.length === 0 ? laterGoodsDemonymsAt(words, goodsAt, isDemonym) : leadingGoodsStates;
    const readArgs = argumentsOf(words, t, reading, lists, mentions, issuerList, topicList, context.thingOfFocus?.firm, namedTopic);
    // "started a Zetagram feud with competitor Qorva": the platform before a quarrel's noun is its medium, no rival (quarrel-venues.ts).
    const medium = (l: MentionList | undefined): boolean => l !== undefined && reading.trigger.relation === 'competes_with' && isMediumOfQuarrel(words, l, mentions);
    const arguedAll = readArgs.sources !== undefined && medium(readArgs.sources) ? { ...readArgs, sources: undefined } : readArgs.targets.some(medium) ? { ...readArgs, targets: readArgs.targets.filter((l) => !medium(l)) } : readArgs;
    // "sued industry rival Qorva and the Ruritania Rovers": a singular rival's noun names the first of a list after it (rival-singular-noun.ts).
    const arguedAsRead = reading.trigger.relation === 'competes_with' && (reading.voice === 'noun' || reading.voice === 'active') ? { ...arguedAll, targets: oneRivalOfList(words, t, arguedAll.targets) } : arguedAll;
    // "Zenco won Lumo, beating rivals including Qorva": a participle set off after the main clause is its subject's, not the object's
    // before the comma (rival-participle-subjects.ts).
    const mainSubject = reading.trigger.relation === 'competes_with' && arguedAsRead.sources !== undefined ? participleMainSubject(words, t, arguedAsRead.sources, lists) : undefined;
    // A person or a state for subject ("Ruritania won Zenco's backing, beating …") is no rival: the doer read stays.
    const mainPeer = mainSubject !== undefined && mainSubject !== 'none' && !/^(?:person|government)$/.test(mentions[mainSubject.members[0]!]!.type) ? mainSubject : undefined;
    const argued = mainSubject === 'none' ? { ...arguedAsRead, sources: undefined } : mainPeer === undefined ? arguedAsRead : { ...arguedAsRead, sources: mainPeer };
    // "tariffs on Scotch whisky": a name before a goods noun is the goods' kind, no firm the measure falls on (helper fxr89).
    // "revoked Zeta TV's licence exemption": a licence word that only qualifies what is taken names no banned holder (helper fxr89).
    // "the anti-Zembla IT campaign extends to bans on Zwin": a state named inside a stance word is what the campaign is against, no actor
    // (helper sta92, set 84).
    const stanceOnly = argued.sources !== undefined && (reading.trigger.relation === 'banned' || reading.trigger.relation === 'restricts') && argued.sources.members.every((k) => STANCE_BEFORE.test(text.slice(Math.max(0, mentions[k]!.start - 6), mentions[k]!.start)));
    // "a policy to ban Zenco phones in banks and ban Qorva's Zwin from procurement": a measure's verb right after "and" shares the
    // first verb's actor, not a name in that verb's object ("Zenco … and banned Zwin" is no ban by Zenco) (helper sta92, set 84). Only a
    // name at the end of that object: "banned Zenco after Qorva sued and blocked Vexa" keeps Qorva's own clause.
    const conjunct = reading.voice === 'active' && lastAct !== undefined && lastAct.relation === reading.trigger.relation && conjoinedVerb(words, t)
      && (!argued.sources || (argued.sources.first > lastAct.at && argued.sources.last <= lastAct.objectEnd + 3))
      // Nor across a clause opened after that object: "banned Zenco, which later sued and blocked Qorva" is Zenco's act (re-read rr92b).
      && !words.slice(lastAct.objectEnd + 1, t).some((w) => OWN_CLAUSE_OPENERS.has(w)) ? lastAct.sources : undefined;
    // "Zenco helped Qorva dodge American sanctions on Zembla": a measure broken and named by its state's demonym is that state's; the
    // breaker found before the dodging verb is no actor (helper sts93, from round 1's re-read).
    const breakerOnly = argued.sources !== undefined && reading.voice === 'noun' && words[t] === 'sanctions' && argued.sources.last < t
      && argued.sources.members.some((k) => mentions[k]!.type !== 'government') && brokenDemonymMeasure(words, t, stateOfDemonym);
    // "Zenco won an injunction blocking Qorva from selling the Zeta", "Zenco sought an order banning Qorva's Zeta": a firm that won or
    // asked for an order is no banner, on every reading (re-read rr94b: rlg94 guarded only the sales reading, and a firm's bans stayed).
    const wonBy = argued.sources !== undefined && reading.voice === 'active' && (reading.trigger.relation === 'banned' || reading.trigger.relation === 'restricts')
      && argued.sources.members.every((k) => mentions[k]!.type === 'company') && firmWonOrder(words, t, argued.sources);
    const stanced = conjunct ? { ...argued, sources: conjunct } : stanceOnly || breakerOnly || wonBy ? { ...argued, sources: undefined } : argued;
    // "duties against Zemblan and U.S. steel": a state's name joined to the goods' demonym shares the goods, and stays a target (rsx96).
    const joinedState = (l: MentionList): boolean => l.members.every((k) => mentions[k]!.type === 'government') && leadingGoodsStates.some((d) => l.first === d + 2 && (words[d + 1] === 'and' || words[d + 1] === 'or'));
    const found = leadingGoodsStates.length > 0 ? { ...stanced, targets: stanced.targets.filter(joinedState) } : rated ? { ...stanced, targets: stanced.targets.filter((l) => !namesGoodsKind(words, l.last)) }
      : reading.trigger.relation === 'banned' ? { ...stanced, targets: stanced.targets.filter((l) => !licenceOnlyQualifies(words, l.last)) } : stanced;
    if (reading.voice === 'active' && (reading.trigger.relation === 'banned' || reading.trigger.relation === 'restricts') && found.sources && found.targets.length > 0) lastAct = { relation: reading.trigger.relation, sources: found.sources, at: t, objectEnd: found.targets.at(-1)!.last };
    // "banned the export of Zeta chips to Chinese entities": the destination named by its demonym is restricted, not the thing exported.
    const namesState = found.targets.some((l) => mentions[l.members[0]!]!.type === 'government');
    const exportedTo = found.rule === 'trigger:export' && reading.trigger.relation === 'banned' && !namesState ? demonymTarget(words, t, context, stateOfDemonym) : undefined;
    // "blocked all property of Zenco", "blocks Zenco's assets": blocking what a party holds is a sanctions freeze, not a ban.
    // "blocked Zenco from buying Qorva", "barred Zenco from investing in A": keeping a party from buying is an investment or trade
    // prohibition, which restricts it (real-dev's rules); "barred Zenco from selling" is still a ban.
    // "barred Zenco from combining user data", "from lending", "excluded Qorva from its network core": keeping a firm from one
    // activity, or from one part of a network, limits it; it bans nothing (stop 65's second controls sample).
    // "Zenpay was barred by the central bank from adding customers": the same in the passive, the activity after the agent (stop 67's sixth controls sample).
    // "Zenco was barred from government contracts by the US": or right after the verb, the agent after it (review rf91).
    const keptFrom = (k: number): boolean => keptFromInvesting(words, k) || keptFromPart(words, k);
    const limitedNotBanned = reading.trigger.relation === 'banned' && found.targets.length > 0 && (reading.voice === 'active' ? keptFrom(found.targets.at(-1)!.last + 1) : reading.voice === 'passive' && ((found.sources !== undefined && found.sources.first > t && keptFrom(found.sources.last + 1)) || keptFrom(t + reading.trigger.words.length)));
    // "prohibited Qorva from selling its plant to Zenco": a firm kept from selling what it owns (a plant, a unit, a stake) to a buyer
    // is a blocked deal, which restricts the buyer (relation-patterns.ts), not a ban on the seller (stop 64's third controls sample).
    if (reading.trigger.relation === 'banned' && reading.voice === 'active' && found.targets.length > 0 && keptFromSellingAsset(words, found.targets.at(-1)!.last + 1)) continue;
    // "seized $2 million in drugs at the port": a sum told of goods taken bans no one (helper lic93); a sum taken from a firm or from
    // its accounts is an asset freeze on it (below).
    const seizing = reading.trigger.relation === 'banned' && SEIZING_WORD.test(words[t] ?? '');
    const seizedFrom = seizing && (seizesMoneyFromAccounts(words, t + reading.trigger.words.length) || seizesMoneyFrom(words, t + reading.trigger.words.length));
    if (seizing && !seizedFrom && seizesSum(words, t + reading.trigger.words.length)) continue;
    // "seized equipment from Zenco", "seized the servers of Zenco": a firm's property taken restricts the firm, as a freeze does; "seized
    // a number of servers during a raid in Reston" names no owner, and the place after it is none (helper rsx96, set 93's reader).
    const property = seizing && !seizedFrom ? seizedProperty(words, t + reading.trigger.words.length) : undefined;
    if (property === 'unowned') continue;
    // "a court froze the case against Zenco", "froze the talks with Zenco": proceedings halted take nothing from the firm (rsx96).
    if (SEIZING_WORD.test(words[t] ?? '') && FROZEN_PROCEEDINGS.has(words[/^(?:the|its|their|all)$/.test(words[t + 1] ?? '') ? t + 2 : t + 1] ?? '')) continue;
    // "Ruritanian export controls block Zenco's Z5": a trade measure's verb restricts what it blocks (measure-subjects.ts).
    // A firm's own "export controls" or "restrictions" blocking a buyer are its trade terms, no state's measure: nothing is read.
    const measureBlocks = reading.trigger.relation === 'banned' && reading.voice === 'active' && measureHeadsVerb(words, t);
    if (measureBlocks && found.sources && found.sources.members.some((k) => mentions[k]!.type !== 'government')) continue;
    const relation = exportedTo || limitedNotBanned || measureBlocks || (reading.trigger.relation === 'banned' && (blocksHoldings(words, t + reading.trigger.words.length) || seizedFrom || property === 'owned' || bansAdvertisingOn(words, t, t + reading.trigger.words.length))) ? 'restricts' : found.relation ?? (reading.trigger.relation === 'restricts' && limitsUse(words, t + reading.trigger.words.length, found.targets, mentions) ? 'banned' : reading.trigger.relation);
    const trigger = triggerText(sentence, text, charAt(sentence, t), charAt(sentence, t + reading.trigger.words.length - 1) + 1);
    const add = (sources: MentionList | undefined, targets: readonly SentenceMention[], rule: TriggerRule, as: RelationKind = relation): void => {
      if (!sources) return;
      // Hedges count between the actor and the trigger; for issuers named in another sentence, just before the trigger.
      // "Zenco may face US sanctions": the hedge on facing, before the actor named with the act, counts too (helper rb87).
      const facedAt = sources.first > 0 && sources.first < t ? (words[sources.first - 1] === 'the' ? sources.first - 2 : sources.first - 1) : -1;
      // "Qorva may be subject to US export controls", "would be subject to US duties if …": the hedge on "subject to" counts as on facing (helper facing).
      const subjectTo = words[facedAt] === 'to' && UNDERGOING_TO.has(words[facedAt - 1] ?? '') ? facedAt - 1 : -1;
      const from = sources.first < 0 ? charAt(sentence, Math.max(0, t - 6)) : FACING.has(words[facedAt] ?? '') ? charAt(sentence, facingHedgeStart(words, facedAt)) : subjectTo > 0 ? charAt(sentence, facingHedgeStart(words, subjectTo)) : sources.first < t ? charAt(sentence, sources.first) : 0;
      // "Zenco said it would use its own Zeta chips": "its own" states what Zenco has, whatever the clause's modal says of its use.
      const owned = relation === 'develops' && words[t] === 'own' && /^(?:its|their)(?:@\d+)?$/.test(words[t - 1] ?? '');
      const isState = isStateAct(relation, sources.members.map((k) => mentions[k]!));
      // "Mexico said tariffs on Zenco were unfair": a measure only spoken of is no act of the speaker's; "Canada denied banning Zenco",
      // "denied imposing tariffs on Zenco": a denied act is negated (spoken-measures.ts).
      const measure = as === 'banned' || as === 'restricts';
      // ("Canada said sanctions on Zenco …" reads "sanctions" as a verb, so the speech is looked for whatever the voice.)
      const denied = measure && sources.last < t && (reading.voice === 'noun' ? actDenied(words, verbBeforeNoun(words, t)) : reading.voice === 'active' && actDenied(words, t));
      if (measure && !denied && reading.voice !== 'passive' && sources.first >= 0 && sources.last < t && measureOnlySpokenOf(words, sources.last, t)) return;
      // "The US suspended the ban on Zenco Air", "paused its sanctions on Qorva": a measure put off holds no act (helper fpy93; a
      // court's "suspended the government's ban" is claim-status.ts's, and "suspended the export of Zeta" keeps its restriction).
      const paused = measure && reading.voice === 'noun' && measureSuspendedBefore(words, t, reading.trigger.words.at(-1)!);
      const stated = denied || paused ? 'negated' : claimStatus(sentence.text.slice(0, charAt(sentence, t)), owned ? '' : sentence.text.slice(from, charAt(sentence, t)), { isState, relation: as, after: sentence.text.slice(charAt(sentence, t)) });
      // "Zenco's planned purchase of rival Qorva": a rival noun right before the name describes it; the plan is the purchase's (stop 53's readers).
      // "Zenco cut prices as it seeks to compete with Qorva": the striving is the firm's, the rivalry stated (helper riv83).
      // "would buy smaller rival Qorva" (the noun read as a verb), "would eliminate close competition between A and B": the rivalry is
      // stated, the deal planned (helper rvl93, set 87).
      // ("buyout of potential rival Qorva": the hedge is the rivalry's own, helper sts93.)
      const status = (stated === 'proposed' && as === 'competes_with' && !/^(?:potential|possible|prospective)$/.test(words[t - 1] ?? '') && ((reading.voice === 'noun' && mentionAt(words, t + reading.trigger.words.length) !== undefined) || (reading.voice === 'active' && strivesAgainst(words, t, t + reading.trigger.words.length) && sources.members.every((k) => mentions[k]!.type !== 'government')) || describingRivalNoun(words, t)))
        || (stated !== 'asserted' && as === 'competes_with' && reading.voice === 'noun' && competitionTakenAway(words, t)) ? 'asserted' : stated;
      if (as === 'competes_with') {
        // "Qorva, Zenco's assistant that rivals Vexa": the thing the relative clause tells of is the rival, not its maker (helper rvl93).
        const holder = reading.voice === 'active' ? relativeThingHolder(words, t, sources) : undefined;
        if (holder) {
          add(holder, targets.filter((m) => !holder.members.some((k) => mentions[k] === m)), rule, as);
          return;
        }
        // "Inflation ate into Zenco's margins", "Roe is closing the gap on Doe in the polls": no firms; "rival Qorva's Vexa app": its owner.
        if (notRivalParties([...sources.members.map((k) => mentions[k]!), ...targets], sentence.text, mentions)) return;
        const ownerOf = (m: SentenceMention): SentenceMention | undefined => ownerBefore(words, mentions, m);
        // "a David versus Goliath battle with Qorva": the idiom's figures are no parties.
        for (const [s, target] of statedPairs(words, sources.members, targets)) {
          // A figure taken for the contest's party stands for the name before the idiom ("Zenco is in a David versus Goliath battle with Qorva").
          const figureAt = isIdiomFigure(mentions[s]!, mentions) ? mentions.findIndex((m) => isIdiomFigure(m, mentions)) : -1;
          const source = figureAt < 0 ? mentions[s]! : mentions.slice(0, figureAt).at(-1);
          if (!source || isIdiomFigure(target, mentions)) continue;
          // "Zenco competes with Qorva's Plix": "compete" with the owner right after "with" states the rivalry outright, so it reads as
          // the rival's noun does; not "competes for the contract to supply Qorva's Plix" (helper cw87).
          const statesRivalry = reading.voice === 'noun' || (reading.voice === 'active' && /^compet(?:e|es|ed|ing)$/.test(reading.trigger.words[0] ?? '') && ownerRightAfterWith(words, mentions, ownerOf(target)));
          for (const party of firmsRivals(source, [target], ownerOf, statesRivalry)) claims.add(source, as, party, status, trigger, rule);
        }
        return;
      }
      for (const [s, target] of statedPairs(words, sources.members, targets, as === 'develops')) claims.add(mentions[s]!, as, target, status, trigger, rule);
    };
    // "blocked the sale of Zenco": a firm sold is a deal a state stopped, which restricts it (relation-patterns.ts); the sale of a product is still a ban.
    // "Zenco's ministry, which oversees trade, added Qorva to its list": a name placed on a list is no reporter of ", added" (stop 78).
    // "faces competition from Zapp OEMs": a name qualifying a noun of firms after it is not the rival (helper cp285).
    // "Zenco suspended its Zapp store in Ruritania", "suspended their Zapp and Qix apps": a firm stopping its own things ends them; it bans nothing (helper fe85).
    // "banned Zembla-bound shipments of Zeta chips": a ban on what is shipped to a state restricts the state, not the goods (helper tar89b).
    const bound = reading.trigger.relation === 'banned' && reading.voice === 'active' ? boundDestinationAt(words, t + reading.trigger.words.length, mentions) : undefined;
    if (bound) {
      add(found.sources, [bound], 'trigger:destination', 'restricts');
      continue;
    }
    // "The Zembla Times has learned that … Zenco and its competitor Qorva": an outlet telling the news is no party to it (stop 91 round
    // 4, from set 83: the paper became the two firms' rival).
    if (found.sources && reportsAsOutlet(words, found.sources, mentions, t)) continue;
    // "Qorva Inc. is voluntarily removing all lots of Zeta Marker from the market": a firm taking goods off the market, or doing so of its
    // own will, withdraws its own; it bans nothing (helper agn, from readers of real news; a state's removal still bans).
    if (relation === 'banned' && ownWithdrawal(words, t, reading.trigger.words.length, found.sources, found.targets, mentions)) continue;
    const named = found.targets.filter((l) => !(namesReporter(words, l.first) && reading.voice !== 'placement') && !(relation === 'banned' && isFirmSold(words, l, mentions))
      && !(relation === 'competes_with' && qualifiesRivalFirms(words, l.last))
      && !((relation === 'restricts' || relation === 'banned') && qualifiesCountedParties(words, l))
      && !((relation === 'restricts' || relation === 'banned') && reading.voice === 'active' && ownsUnnamedFirm(words, l))
      && !(relation === 'banned' && reading.voice === 'active' && found.sources && ownedBySubject(words, l.members[0]!, found.sources, mentions))).flatMap((l) => l.members.map((m) => mentions[m]!));
    const targets = exportedTo ? [exportedTo, ...named.filter((m) => PRODUCT_LINE.has(m.type))] : named;
    // "an American push to curb Y", "Ruritania's campaign to block Y": whose effort it is acts, not the clause's subject.
    const effort = reading.voice === 'active' && (relation === 'banned' || relation === 'restricts') ? effortOwner(words, t, lists, context, stateOfDemonym) : undefined;
    if (typeof effort === 'number' && targets.length > 0) {
      add(lists.get(effort), targets, found.rule);
      continue;
    }
    // A state named by its demonym owns the act: "an American push to curb Y" (the effort's owner),
    // "Chinese sanctions on Zenco" (a nominal act with no other actor).
    // "Egypt's restrictions mirror Vietnamese bans on Zenco": the demonym right before the noun, after a verb comparing two acts, owns
    // it, not a name further back (helper ban95).
    // "E-bikes imported from Zembla face EU duties", "Zemblan lumber is subject to US duties": a state's goods that undergo a trade
    // measure make that state its party, restricted by the measure's state (faced-goods-origins.ts).
    if (relation === 'restricts' && reading.trigger.relation === 'restricts' && reading.voice === 'noun' && (rated || sanctionedGoods) && goodsStates.length === 0) {
      const origins = facedGoodsOrigins(words, t, {
        isDemonym,
        isStateAt: (k) => {
          const m = mentionAt(words, k);
          return m !== undefined && mentions[m] !== undefined && isState(mentions[m]!);
        },
        isOpeningWordAt: (k) => {
          const m = mentionAt(words, k);
          const opening = k === 0 && m !== undefined ? mentions[m] : undefined;
          return opening !== undefined && opening.source !== 'lexicon' && opening.type !== 'government' && !opening.surface.includes(' ') && isOpeningGoodsWord(opening.surface);
        },
      }, sanctionedGoods);
      if (origins.length > 0) {
        const originAt = (k: number): SentenceMention => {
          const m = mentionAt(words, k);
          return m !== undefined ? mentions[m]! : stateStandIn(context, stateOfDemonym(words[k]!.split('-')[0]!)!, k);
        };
        const parties = origins.map(originAt);
        // The measure's state: the one named with it ("EU duties", "in India", "by the UK"), its demonym ("American tariffs"), or where it
        // holds past its rate ("tariffs of up to 38 % in the EU").
        const named = found.sources && found.sources.members.every((k) => isState(mentions[k]!)) ? found.sources.members.map((k) => mentions[k]!) : undefined;
        const where = named ? undefined : statesWhere(words, pastRate(words, t + reading.trigger.words.length) - 1, lists, mentions, reading.trigger.words[0]!);
        const imposers = named ?? (where ? where.members.map((k) => mentions[k]!) : demonymOwners(words, t, context, stateOfDemonym));
        // The goods' state is no imposer of its own goods' measure ("Zemblan steel faces Zemblan export curbs" says nothing).
        const imposing = imposers.filter((s) => !parties.some((p) => p.key === s.key));
        if (imposing.length > 0) {
          // Hedges and lifts count from the goods on: "could face", "may be subject to", "… until they were lifted".
          const from = charAt(sentence, Math.max(0, origins[0]! - 1));
          // "… until they were lifted", "… until 2019", "… before the duties expired": no longer in force.
          const ended = undergoneMeasureEnded(words, origins.at(-1)!, t);
          // "face no US tariffs", "are no longer subject to": denied right before the measure.
          const denied = words.slice(origins.at(-1)!, t).some((w) => w === 'no' || w === 'not' || w === "n't" || w === 'never');
          const status = ended || denied ? 'negated' : claimStatus(sentence.text.slice(0, from), sentence.text.slice(from, charAt(sentence, t)), { relation, after: sentence.text.slice(charAt(sentence, t + reading.trigger.words.length - 1)) });
          for (const imposer of imposing) for (const party of parties) claims.add(imposer, relation, party, status, trigger, 'trigger:destination');
          continue;
        }
      }
    }
    const compared = found.sources && found.sources.last < t && reading.voice === 'noun' && (relation === 'banned' || relation === 'restricts') ? comparedDemonymBefore(words, t, stateOfDemonym) : undefined;
    const comparedOwners = compared !== undefined && found.sources!.last < compared ? demonymOwners(words, t, context, stateOfDemonym) : [];
    const standIns = comparedOwners.length > 0 ? comparedOwners : typeof effort === 'object' ? [effort] : !found.sources && reading.voice === 'noun' && (relation === 'banned' || relation === 'restricts') ? demonymOwners(words, t, context, stateOfDemonym)
      : !found.sources && reading.voice === 'passive' && relation === 'restricts' ? demonymGoodsOwner(words, t, t + reading.trigger.words.length, context, stateOfDemonym)
      : !found.sources && reading.voice === 'active' && (relation === 'banned' || relation === 'restricts') ? demonymRulesOwner(words, t, context, stateOfDemonym) : [];
    if (standIns.length > 0 && targets.length > 0) {
      // Hedges count from the two words before the trigger: "an American plan to curb Y" is a proposal.
      // … and from before a facing verb: "is likely to face Japanese sanctions" (helper rb87).
      // "Zenco would not be affected by American sanctions", "Zenco could be subjected to Ruritanian export controls": a target
      // that undergoes the act before it counts its own clause's hedges, up to a comma between (helper rsx95).
      let undergoer = t - 1;
      while (undergoer >= 0 && !targets.includes(mentions[mentionAt(words, undergoer) ?? -1]!)) undergoer--;
      let clauseFrom = t - 2;
      while (undergoer >= 0 && clauseFrom > undergoer + 1 && words[clauseFrom - 1] !== ',') clauseFrom--;
      const hedgeFrom = FACING.has(words[t - 2] ?? '') ? facingHedgeStart(words, t - 2) : clauseFrom;
      // "… was subjected to Ruritanian export controls until they were lifted in 2020": a lift after the act undoes it.
      const status = claimStatus(sentence.text.slice(0, charAt(sentence, t)), sentence.text.slice(charAt(sentence, Math.max(0, hedgeFrom)), charAt(sentence, t)), undergoer >= 0 ? { relation, after: sentence.text.slice(charAt(sentence, t + reading.trigger.words.length - 1)) } : {});
      for (const standIn of standIns) for (const target of targets) claims.add(standIn, relation, target, status, trigger, found.rule);
      continue;
    }
    // "Zenco restricted access to Zeta from Ruritania and Borduria": a firm that keeps users in some states from its
    // service restricts those states; it bans nothing.
    const cutOff = relation === 'banned' && reading.trigger.relation === 'restricts' && found.sources && !found.sources.members.some((k) => isState(mentions[k]!)) ? statesCutOff(words, found.targets, lists, mentions) : undefined;
    if (cutOff) {
      add(found.sources, cutOff.members.map((k) => mentions[k]!), 'trigger:destination', 'restricts');
      continue;
    }
    add(found.sources, targets, found.rule);
    // "Zenco teamed up with Qorva to take on Borin", "… with Qorva to take on rivals such as Borin": the partner after the joining
    // verb's "with" takes on the rival too, with the subject's hedges (allied-partners.ts). Not a state partner ("partnered with
    // Zembla"), nor a state's act taken on ("to challenge Zembla's ban").
    const firmSide = (l: MentionList): boolean => l.members.every((m) => mentions[m]!.type !== 'government' && mayTakeRole(mentions[m]!, relation, 'source'));
    const allied = relation === 'competes_with' && found.sources && targets.length > 0 && (reading.voice === 'active' || reading.voice === 'noun') ? alliedPartiesBefore(words, t, reading.voice === 'noun', lists, firmSide) : undefined;
    if (allied && found.sources) {
      const others = allied.members.filter((m) => !found.sources!.members.includes(m) && !targets.includes(mentions[m]!));
      const rivals = targets.filter((m) => m.type !== 'government' && !allied.members.some((k) => mentions[k] === m));
      if (others.length > 0 && rivals.length > 0) add({ ...allied, members: others }, rivals, found.rule);
    }
    // "barred Zenco from selling its Zeta phones", "banned Zenco devices such as the Zeta": the goods named past the firm are banned too.
    if (relation === 'banned' && !exportedTo && found.targets.length > 0) add(found.sources, goodsPastFirm(words, found.targets.at(-1)!.last + 1, mentions), 'trigger:banned-goods');
    // "restrictions on selling to Chinese users": the state whose users or entities are cut off.
    if (relation === 'restricts' && found.sources && found.targets.length === 0) {
      const state = demonymTarget(words, t, context, stateOfDemonym);
      if (state) add(found.sources, [state], 'trigger:destination');
      // "tariffs on Zembian steel", "duties of 25 % on imports of Zembian cars": the state whose goods the trade measure falls on (helper tar89).
      // A firm keeps no sanctions: "Zenco stopped buying wood after sanctions against Zemblan oil" is no act of Zenco's (helper lvy93).
      else if (goodsStates.length > 0 && (!sanctionedGoods || found.sources.members.every((k) => mentions[k]!.type === 'government'))) add(found.sources, goodsStates.map((k) => stateStandIn(context, stateOfDemonym(words[k]!.split('-')[0]!)!, k)), 'trigger:destination');
    } else if (relation === 'restricts' && found.sources && leadingGoodsStates.length > 0 && found.targets.every(joinedState)) {
      // "duties against Zemblan and U.S. steel": the demonym's state beside the state named after it (helper rsx96).
      add(found.sources, goodsStates.map((k) => stateStandIn(context, stateOfDemonym(words[k]!.split('-')[0]!)!, k)), 'trigger:destination');
    } else if (relation === 'restricts' && found.sources && leadingGoodsStates.length === 0 && goodsStates.length > 0) {
      // "tariffs on Zenco and French wine": the firm, and the state whose goods are listed after it.
      add(found.sources, goodsStates.map((k) => stateStandIn(context, stateOfDemonym(words[k]!.split('-')[0]!)!, k)), 'trigger:destination');
    }
    // "Ruritania restricted Bordurian firms from bidding on contracts", "barred Bordurian companies from investing in …": a state keeping
    // another state's firms, named by their demonym, from an activity restricts that state (helper tar89b). A ban keeps them from one
    // only as keptFrom reads it ("barred Bordurian firms from selling Zeta chips" bans the chips, no state).
    if ((relation === 'restricts' || relation === 'banned') && reading.voice === 'active' && found.sources && found.targets.length === 0) {
      const firms = demonymFirmsObject(words, t + reading.trigger.words.length, stateOfDemonym);
      const sourceKeys = found.sources.members.map((k) => mentions[k]!.key);
      // "banned Bordurian firms from bidding on contracts", "prohibited them from buying farmland": an activity naming nothing banned
      // leaves the state's firms kept from it, restricted (helper fxr89, stop 89's re-read).
      if (firms && !sourceKeys.includes(firms.key) && (relation === 'restricts' || keptFrom(firms.end) || !namesSomething(words, firms.end + 1))) add(found.sources, [stateStandIn(context, firms.key, firms.at)], 'trigger:destination', 'restricts');
    }
  }
}

interface Reading {
  trigger: TriggerWord;
  voice: 'active' | 'passive' | 'noun' | 'made' | 'portfolio' | 'placement' | 'designation';
  /** For a designation: the index of its "as" (or the article that stands for it). */
  as?: number;
}

/** The name right before "'s" before mention `m`: Qorva in "Qorva's Vexa". */
function ownerBefore(words: readonly string[], mentions: readonly SentenceMention[], m: SentenceMention): SentenceMention | undefined {
  const at = words.indexOf(`@${mentions.indexOf(m)}`);
  const owner = at > 1 && words[at - 1] === "'s" ? mentionAt(words, at - 2) : undefined;
  return owner === undefined ? undefined : mentions[owner];
}

/** Words before "list" that make it the noun: "the list", "its entity list", "Zembla's list". */
const LIST_NOUN_BEFORE = /^(?:the|a|an|its|their|this|our|his|her|'s|entity|trade|sanctions|control|covered)$/;

/** Which of the words' readings applies here: noun after a determiner, passive after "be" or before "by". */
function readingOf(words: readonly string[], t: number, triggers: readonly TriggerWord[], stateOfDemonym: (word: string) => string | undefined): Reading | undefined {
  // Read within the words (a read before the first or past the last de-optimised this function when first made).
  const before = t > 0 ? (words[t - 1] ?? '') : '';
  // "a candy bar produced by Zenco", "a block of shares in Qorva": a thing's noun spelled like a measure (trigger-spelled-things.ts).
  if (thingSpelledAsTrigger(words, t)) return undefined;
  // "blocking sanctions", "a blocking order": an adjective of the act named next, no ban of its own.
  if (words[t] === 'blocking' && /^(?:sanctions|order|orders|restrictions|measures)$/.test(words[t + 1] ?? '')) return undefined;
  // "made its chips off limits to competitors such as Qwik": "off limits" says who may not have a thing, no limits placed on a
  // party (fx84, fresh samples).
  if (words[t] === 'limits' && before === 'off') return undefined;
  // "alleging it copied the design of its Zeta phone": a making word as the noun a copying verb takes names another's work (helper dc86).
  if ((before === 'the' || before === 'its' || before === 'their') && COPYING_VERBS.has(words[t - 2] ?? '')) return undefined;
  // "A, B and C battle it out": a verb idiom with "it" is the verb, not its first word's noun.
  const idiom = triggers.find((tr) => tr.form === 'verb' && tr.words[1] === 'it');
  if (idiom) return { trigger: idiom, voice: 'active' };
  const portfolio = triggers.find((tr) => tr.form === 'portfolio');
  if (portfolio) return { trigger: portfolio, voice: 'portfolio' };
  const listed = triggers.find((tr) => tr.form === 'listed');
  if (listed && ownedNoun(words, t) !== undefined) return { trigger: listed, voice: 'portfolio' };
  const made = triggers.find((tr) => tr.form === 'made');
  if (made) return { trigger: made, voice: 'made' };
  const placement = triggers.find((tr) => tr.form === 'placement');
  // "added seven US defence firms, including A and B, to its list": an "including" set off after a noun opens the noun's examples; it
  // places nothing, and the state qualifying the noun is the firms' home (helper tar89b).
  if (placement && placementAfter(words, t + placement.words.length) !== undefined && !(words[t] === 'including' && before === ',')) return { trigger: placement, voice: 'placement' };
  // "was added to the entity list after the ministry concluded …": a designation verb's base form after a determiner or a kind is
  // the list, a noun; it designates no one (helper dsg93, set 89: the firm listed was read as restricting the ministry).
  const designation = LIST_NOUN_BEFORE.test(before) && words[t] === 'list' ? undefined : triggers.find((tr) => tr.form === 'designation');
  // "was added to the blacklist after Qorva concluded …": so is "blacklist" after a determiner, where no noun reading is listed.
  if (LIST_NOUN_BEFORE.test(before) && /^(?:blacklist|blocklist)$/.test(words[t] ?? '') && !triggers.some((tr) => tr.form === 'noun' || tr.form === 'adjective')) return undefined;
  if (designation) {
    const complement = complementOf(words, t + designation.words.length);
    if (complement?.threat) return { trigger: designation, voice: 'designation', as: complement.at };
    // "designated Zenco as its distributor", "designated Zenco a preferred supplier" are no designations;
    // "designated Zenco" (no complement) is the verb's own reading.
    if (complement || !triggers.some((tr) => tr.form === 'verb' || tr.form === 'participle')) return undefined;
  }
  const adjective = triggers.find((tr) => tr.form === 'adjective');
  // "a restrictive stance on Y": the adjective and its noun act as one noun trigger.
  if (adjective) return { trigger: { ...adjective, words: [...adjective.words, words[t + 1] ?? ''] }, voice: 'noun' };
  const noun = triggers.find((tr) => tr.form === 'noun');
  // A form that is both ("cut", "put") reads as a participle: the context decides if it is passive.
  const verb = triggers.find((tr) => tr.form === 'participle') ?? triggers.find((tr) => tr.form === 'verb');
  // After a name, a form that is both ("bans", "curbs") is a verb when an object follows it
  // ("Ruritania bans Zenapp", "… bans the app"), a noun otherwise ("Ruritania bans on Zenapp").
  // "the TikTok ban hurt ByteDance", "Ruritania's Zapp ban …": a name with a determiner or an owner before it only qualifies the noun.
  // "The Culture Board bans Zapp", "Ruritania's Media Board bans A and B": a third-person form with a name right after it is that subject's verb (stop 64's first bans sample).
  // "Ruritania bans advertising on Zapp": so is one before advertising on a platform (stop 65's second controls sample).
  const verbOnName = verb !== undefined && /[^s]s$/.test(words[t]!) && (mentionAt(words, t + 1) !== undefined || (words[t + 1] === 'the' && mentionAt(words, t + 2) !== undefined) || (AD_WORDS.has(words[t + 1] ?? '') && ON_PLATFORM.has(words[t + 2] ?? '')));
  const qualified = mentionAt(words, t - 1) !== undefined && (DETERMINED.has(words[t - 2] ?? '') || words[t - 2] === "'s") && !verbOnName;
  const afterName = mentionAt(words, t - 1) !== undefined && (qualified || !(verb && (verbOnName || objectFollows(words, t + (noun?.words.length ?? 1)))));
  // "a law that bans Zenapp": "that" before a verb's third person is a relative pronoun ("that ban" is a noun, "those bans" a plural).
  const relativeThat = before === 'that' && verb !== undefined && words[t]!.endsWith('s') && objectFollows(words, t + 1);
  // "British sanctions on Zenco": a demonym before a form that is both qualifies the noun.
  // A form that is both opening the sentence is its subject's noun: "Rival Qorva fell 13%", "Bans on Zapp …".
  // "hit by sanctions from X", "subject to sanctions": after a preposition a form in -s is a plural noun, never a verb.
  const pluralAfterPreposition = PREPOSITIONS.has(before) && words[t]!.endsWith('s');
  // "a two-horse race", "the three-way battle": a compound adjective after a determiner qualifies a noun.
  // "Qorva's principal rival", "its traditional rival": an adjective's shape after an owner qualifies a noun ("Zenco's new chip rivals Zeta" is a verb after a noun).
  // "Uber's ride-hailing rival", "Uber's top ride-hailing rival": after an owner too, and after another describing word (stop 53's readers).
  const opensPhrase = (k: number): boolean => DETERMINED.has(words[k] ?? '') || words[k] === "'s" || /^(?:its|their)(?:@\d+)?$/.test(words[k] ?? '');
  const compoundAdjective = (/^[a-z0-9]+-[a-z]+$/.test(before) && (opensPhrase(t - 2) || (NOUN_BEFORE.has(words[t - 2] ?? '') && opensPhrase(t - 3)))) || (/^[a-z]+(?:al|est|ic|ous|ive|ary)$/.test(before) && (words[t - 2] === "'s" || /^(?:its|their)(?:@\d+)?$/.test(words[t - 2] ?? '')));
  // "moved to outright ban Zapp": an infinitive's adverb, not the noun's adjective ("an outright ban").
  const splitInfinitive = before === 'outright' && words[t - 2] === 'to' && objectFollows(words, t + 1);
  // "The real battle is between A and B", "a fierce race for buyers": a determiner and a singular describing word before a
  // form that is both and takes no -s (a singular subject's verb does: "The startup battles Qorva").
  const describedNoun = DETERMINED.has(words[t - 2] ?? '') && /^[a-z]+$/.test(before) && !/[^s]s$/.test(before) && !words[t]!.endsWith('s') &&
    (BE.has(words[t + 1] ?? '') || PREPOSITIONS.has(words[t + 1] ?? '') || !objectFollows(words, t + 1));
  // "While rivals like A and B charge …", "sanctions such as those on Zembla": a form that is both before its examples is a noun.
  const after = t + 1 < words.length ? words[t + 1]! : '';
  const examplesFollow = after === 'like' || after === 'including' || (after === 'such' && t + 2 < words.length && words[t + 2] === 'as');
  // "Like rival Lyft, Uber …", "While rival Lyft cut prices, …": a form that is both right after the word opening a fronted adjunct is a
  // noun (stop 77, from stop 76's last makers sets).
  const frontedNoun = t === 1 && FRONTED_ADJUNCTS.has(before);
  // "was sued by rival Qorva", "copied features from rival Qorva's Vexa app": a party noun after a preposition ("to" opens an infinitive: "to
  // rival Qorva") with a name right after it names that name (fresh news samples; its verb reading took the owned thing for the object).
  const partyAfterPreposition = noun?.relation === 'competes_with' && before !== 'to' && PREPOSITIONS.has(before) && PARTY_NOUNS.has(words[t]!) && mentionAt(words, t + 1) !== undefined;
  // "The chip race between A and B", "a price scramble among A, B and C": a contest's form that is both, its parties after "between", is the noun.
  const contestBetween = noun?.relation === 'competes_with' && (after === 'between' || after === 'among');
  // "Zenco's two rivals, Vexa and Zorp", "its 3 competitors": a plural count before a form in -s makes it a plural noun; a verb in
  // -s agrees with one subject, never with "two" (fresh sample s78c: "for Zenco's two rivals" read "rivals" as the verb of the clause's subject).
  const countedPlural = PLURAL_COUNTS.test(before) && words[t]!.endsWith('s');
  // "solicit rival offers", "Qorva and Vexo made rival bids": "rival" before a bid's noun describes competing bids, and names no
  // firms as rivals (fresh sample s82e; helper fpx93).
  if (words[t] === 'rival' && RIVAL_BID_NOUNS.test(after)) return undefined;
  // "exposed to Qorva rival Zorbix": a bare "rival" right after one name (no list's "and" before it, no -s to agree with it) is the
  // name's noun, not a present-tense verb whose subject is the clause's (fresh sample s82b; helper fpx93). A resolved "its" is no
  // name here: "the takeover of Activision by its rival Microsoft" is read by the deal's pattern.
  const bareRivalAfterName = words[t] === 'rival' && mentionAt(words, t - 1) !== undefined && !words[t - 1]!.startsWith('its@') && !/^(?:and|or|&|,)$/.test(words[t - 2] ?? '') && mentionAt(words, t + 1) !== undefined;
  // "Vexa, Qorva's longtime rival, sued Zenco": a party noun a comma closes is no verb, which would take its object right after it
  // (helper cmp97: "rival" was read as Qorva's verb with Zenco for its object).
  const closedByComma = noun?.relation === 'competes_with' && after === ',' && PARTY_NOUNS.has(words[t]!);
  // "Zenco's long battle with Lumo": an owner's describing word before the contest (helper rnk101).
  const possessedContest = noun?.relation === 'competes_with' && possessedContestNoun(words, t);
  const nounContext = possessedContest || closedByComma || bareRivalAfterName || countedPlural || partyAfterPreposition || contestBetween || examplesFollow || frontedNoun || (NOUN_BEFORE.has(before) && !relativeThat && !splitInfinitive) || compoundAdjective || describedNoun || afterName || opensSentence(words, t) || pluralAfterPreposition || (stateOfDemonym(before) !== undefined && !objectFollows(words, t + 1));
  if (noun && (nounContext || !verb)) return { trigger: noun, voice: 'noun' };
  if (!verb) return undefined;
  // Whether the next word is a noun the trigger may describe, read for every verb: read only in the two rare cases below, its
  // call (never made before it, mid-corpus) de-optimised this function.
  const nounAfter = describesNoun(after, before);
  // "a competing format called Qube", "came out with competing models": an -ing form between a determiner (or a rival's "with")
  // and its noun describes the noun; no clause acts (stop 59's makers readers).
  if (words[t]!.endsWith('ing') && (ING_ADJECTIVE_BEFORE.has(before) || (before === 'with' && verb.relation === 'competes_with')) && nounAfter) return undefined;
  // "the blocking of Zapp by the regulator", "Ruritania's blacklisting of Zenco": a gerund with its object after "of" is a noun.
  // (`after`, the next word read within the words: a trigger ending the sentence, first met mid-corpus, read past them and de-optimised this function.)
  if (!noun && words[t]!.endsWith('ing') && after === 'of' && (DETERMINED.has(before) || before === "'s")) return { trigger: { ...verb, form: 'noun' }, voice: 'noun' };
  if (verb.form === 'participle') {
    let k = t - 1;
    while (k >= 0 && ADVERBS.test(words[k]!)) k--;
    if (BE.has(words[k] ?? '')) return { trigger: verb, voice: 'passive' };
    // "Y, developed by X", "TikTok developed or provided by ByteDance".
    const by = words.indexOf('by', t + 1);
    if (by > 0 && by <= t + 3 && words.slice(t + 1, by).every((w) => w === 'or' || w === 'and' || /^[a-z]+(?:ed|en|t)$/.test(w) || ADVERBS.test(w))) return { trigger: verb, voice: 'passive' };
    // "the 12 entities sanctioned on Monday by the Treasury": a time between the participle and "by" (helper trx93; the active
    // reading took the agent for the object).
    if (by > 0 && by <= t + 4 && TIME_BEFORE_AGENT.test(words.slice(t + 1, by).join(' '))) return { trigger: verb, voice: 'passive' };
    // "The Vexa 9, made in Vietnam by Zenco, …": a place's name between the participle and "by" (helper copmak; the place hid the
    // passive, and neither the thing nor its maker was read).
    if (by > 0 && words[t + 1] === 'in' && mentionAt(words, by - 1) !== undefined && (by === t + 3 || (by === t + 4 && words[t + 2] === 'the'))) return { trigger: verb, voice: 'passive' };
    // "Zenco banned from making bids on Zembla's network", "Zenco barred from 5G tenders": a name's participle with "from" right
    // after it is the name's passive (a headline's, or a reduced clause's), not an act on what follows (stop 57's controls readers).
    if (verb.relation === 'banned' && words[t + 1] === 'from' && (mentionAt(words, t - 1) !== undefined || (before === ',' && mentionAt(words, t - 2) !== undefined)) && KEPT_FROM.has(words[t]!)) return { trigger: verb, voice: 'passive' };
    // "Zenapp, Zentube blocked in Ruritania": a headline's participle before where it holds.
    if (verb.relation === 'banned' && words[t + 1] === 'in' && mentionAt(words, t + 2 + (words[t + 2] === 'the' ? 1 : 0)) !== undefined) return { trigger: verb, voice: 'passive' };
    // "designated two firms as blocked parties": a participle after "as" before the noun it describes is a designation's complement, no act.
    if (before === 'as' && DESIGNATED_PARTIES.has(words[t + 1] ?? '')) return undefined;
    // "moved to cut off Zenco", "took steps to cut off Zenco": a form that is both after "to" is the infinitive of its verb.
    const bare = triggers.find((tr) => tr.form === 'verb' && tr.words.join(' ') === verb.words.join(' '));
    if (before === 'to' && bare && objectFollows(words, t + bare.words.length)) return { trigger: bare, voice: 'active' };
    // "other proscribed organisations like Zenco", "the banned apps": a participle after a determiner qualifies a noun; no clause acts.
    // So does one after a determiner and an adverb: "other partly blocked services like Zapp" (stop 59's bans readers).
    if (ATTRIBUTIVE_BEFORE.has(before) || (k < t - 1 && ATTRIBUTIVE_BEFORE.has(words[k] ?? ''))) return undefined;
    // "its list of some 134 sanctioned Chinese entities", "two blacklisted firms": a participle after a count qualifies the counted
    // noun; no clause acts (helper fpr95, real listing news: the firms placed on the list were read as sanctioning the Pentagon).
    // A year or a day's date is no count: "In 2019 sanctioned …", "on Jan. 23 sanctioned Zenco".
    if (PLURAL_COUNTS.test(before) && !/^\d{4}$/.test(before) && !DATE_BEFORE_DAY.test(words[t - 2] ?? '')) return undefined;
    // "Ruritania's sanctioned bank Zenco", "Zembla's top blacklisted chipmaker Zenco": a participle after an owner's "'s" (a rank
    // word between) describes the firm noun after it; the owner is the firm's home, not who sanctioned it (helper tar89b). Goods
    // keep the possessor as the actor: "Ruritania's banned products include: A, B" (pl84), "China's banned apps (A, B)".
    if ((words[k] === "'s" || (OWNED_RANKS.has(words[k] ?? '') && words[k - 1] === "'s")) && namesFirm(after)) return undefined;
    // "Zenco received restricted approval from the ministry": a participle between a verb of receiving and its bare noun describes the noun.
    if (RECEIVING.has(before) && nounAfter) return undefined;
  }
  // "Zenco has faced significant challenges in yields, unlike Qorva", "Zenco faces challenges": a rival's form in -s after a verb of
  // facing or a describing word is a plural noun, no present-tense verb (helper rlc94, from real market-share coverage).
  if (verb.relation === 'competes_with' && /[^s]s$/.test(words[t]!) && FACED_PLURAL_BEFORE.test(before) && mentionAt(words, t - 1) === undefined) return { trigger: { ...verb, form: 'noun' }, voice: 'noun' };
  return { trigger: verb, voice: 'active' };
}

/** Words before a plural noun that a rivalry verb's -s form also spells: a verb of facing or meeting, or a describing word. */
const FACED_PLURAL_BEFORE = /^(?:face|faces|faced|facing|meet|meets|met|meeting|overcome|overcomes|overcame|overcoming|pose|poses|posed|posing|present|presents|presented|significant|serious|major|many|several|numerous|fresh|huge|considerable|technical|regulatory|legal|mounting|ongoing|initial|similar|various|multiple|enormous|daunting|persistent|operational|financial)$/;

/** A time between a participle and its agent's "by": "on Monday", "last week", "in March", "earlier this month". */
const TIME_BEFORE_AGENT = /^(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this) (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|earlier this (?:week|month|year)|yesterday|today)$/;

/** A noun of a firm after an owner's participle: "bank", "chipmaker", "firms" (not goods: "products", "apps"). */
/**
 * Whether the list is the owner of a firm the object names only by its kind: "will blacklist China's biggest EV (electric vehicle)
 * battery maker", "sanctioned Zenco's Zemblan unit". The firm undergoes the act, unnamed; its owner or home state does not (helper
 * fpr95, real listing news: the Pentagon was read as restricting China).
 */
function ownsUnnamedFirm(words: readonly string[], list: MentionList): boolean {
  if (words[list.last + 1] !== "'s") return false;
  let bracket = false;
  for (let k = list.last + 2; k < words.length && k <= list.last + 9; k++) {
    const w = words[k]!;
    if (w === '(') bracket = true;
    else if (w === ')') bracket = false;
    else if (bracket) continue;
    // The firm's noun heads the phrase: "Google's and Meta's enterprise certificates" name the certificates, no firm (the full suite
    // caught it).
    else if (namesFirm(w) && endsNounPhrase(words[k + 1])) return true;
    // A state's adjective typed as its mention: "Zenco's German subsidiary".
    else if (mentionAt(words, k) !== undefined && words[k + 1] !== "'s") continue;
    else if (!/^[a-z][a-z0-9-]*$/.test(w) || w === 'and' || w === 'or' || w === 'of') return false;
  }
  return false;
}

const namesFirm = (word: string): boolean => FIRM_KINDS_BEFORE_NAME.has(word) || isFirmNoun(word) || /makers?$/.test(word);

/** Rank words between an owner's "'s" and a participle describing a noun: "Zembla's top sanctioned chipmaker". */
const OWNED_RANKS: ReadonlySet<string> = new Set(['top', 'largest', 'biggest', 'leading', 'main', 'major', 'most', 'only', 'first', 'second', 'third', 'last', 'other']);

/** After a possessive's "'s" at `at`: the name set off by commas after up to three lower-case words of a role ("sole supplier , @2 ,"), else undefined. */
function roleHolderAfter(words: readonly string[], at: number): number | undefined {
  for (let k = at; k <= at + 3 && k < words.length; k++) {
    if (words[k] === ',' && k > at) {
      const holder = mentionAt(words, k + 1);
      return holder !== undefined && /^(?:,|\.)$/.test(words[k + 2] ?? '') ? holder : undefined;
    }
    if (!/^[a-z][a-z-]*$/.test(words[k]!)) return undefined;
  }
  return undefined;
}

/** Verbs of a reporting clause set off after its report: ", reports Coinwire", ", said Qorva". */
const REPORTING_AFTER_COMMA: ReadonlySet<string> = new Set(['reports', 'reported', 'said', 'says', 'writes', 'wrote', 'notes', 'noted', 'adds', 'added', 'reveals', 'revealed']);
/** Verbs by which an outlet tells its news, after its name: "has learned", "reported", "understands". */
const OUTLET_TELLING = /^(?:learned|learnt|learns|reported|reports|understands|understood|revealed|reveals|writes|wrote|cited|cites)$/;
/** Whether the list `sources` is an outlet's name ("Zembla Times", "Qorva News") right before its verb of telling: "has learned that". */
function reportsAsOutlet(words: readonly string[], sources: MentionList, mentions: readonly SentenceMention[], trigger: number): boolean {
  if (sources.members.length !== 1 || !isOutletName(mentions[sources.members[0]!])) return false;
  let k = sources.last + 1;
  if (words[k] === '"' || words[k] === '”') k++;
  if (/^(?:has|had|have)$/.test(words[k] ?? '')) k++;
  // "Zenco Media reported strong sales and …", "Zenco Media learned its lesson": a firm's own acts. A verb of telling tells news only
  // before its "that", or before a name for "has learned Zenco will …".
  const telling = OUTLET_TELLING.test(words[k] ?? '') && (words[k + 1] === 'that' || (/^(?:learned|learnt|learns|understands|understood)$/.test(words[k]!) && /^@\d+$/.test(words[k + 1] ?? '')));
  // "Zembla Post reported that its rival Qorva Times had cut jobs": with no name between the telling and the trigger, "its" (or a
  // bare "rival") points back to the outlet itself, whose rivalry is the claim (re-read rr94b).
  return telling && words.slice(k + 1, trigger).some((w) => /^@\d+$/.test(w));
}

/** "banned digital coins, reports Coinwire", "…, according to Qorva": the list at `first` names who tells of the act, not what it falls on (stop 64's first bans sample). */
function namesReporter(words: readonly string[], first: number): boolean {
  const before = words[first - 1] ?? '';
  return (REPORTING_AFTER_COMMA.has(before) && words[first - 2] === ',') || (before === 'to' && words[first - 2] === 'according') || isSourceDescribed(words, first);
}

/** "according to the news site Qorva, …", "according to Ruritanian broadcaster Qorva": a source named after a short description of it. */
function isSourceDescribed(words: readonly string[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(1, first - 5); i--) {
    const w = words[i]!;
    if (w === 'to') return words[i - 1] === 'according';
    // A preposition or a mark ends the description: "according to the ban on Qorva" cites no Qorva.
    if (!/^[a-z][a-z-]*$/.test(w) || SOURCE_DESCRIPTION_STOPS.has(w)) return false;
  }
  return false;
}
const SOURCE_DESCRIPTION_STOPS: ReadonlySet<string> = new Set(['of', 'on', 'against', 'for', 'from', 'by', 'with', 'in', 'and', 'or', 'that', 'which']);

/** Adverbs before such a participle: "…, specifically targeting A". */
const SETTING_OFF_ADVERBS = new Set(['specifically', 'notably', 'particularly', 'chiefly', 'mainly', 'primarily', 'directly', 'also']);

/** Participles that, set off after an act, name what it falls on: "…, targeting A and B". */
const TARGETING = new Set(['targeting', 'targetting', 'hitting', 'covering']);

/** After an act noun, where the objects of a participle set off by a comma begin ("sanctions on Monday, targeting A"), if no name comes first. */
function participleSetOff(words: readonly string[], after: number): number | undefined {
  for (let k = after; k < words.length && k <= after + 8; k++) {
    if (mentionAt(words, k) !== undefined || words[k] === '.' || words[k] === ';') return undefined;
    if (words[k] === ',' && TARGETING.has(words[k + 1] ?? '')) return k + 2;
    // "…, specifically targeting A": an adverb may stand before the participle.
    if (words[k] === ',' && SETTING_OFF_ADVERBS.has(words[k + 1] ?? '') && TARGETING.has(words[k + 2] ?? '')) return k + 3;
  }
  return undefined;
}

/** What a designation's participle describes: "as blocked parties", "as sanctioned entities". */
const DESIGNATED_PARTIES: ReadonlySet<string> = new Set(['parties', 'party', 'persons', 'person', 'entities', 'entity', 'individuals', 'people', 'companies', 'firms', 'organizations', 'organisations']);

/** Participles that keep their subject from something when "from" follows: "Zenco banned from …". */
const KEPT_FROM: ReadonlySet<string> = new Set(['banned', 'barred', 'blocked', 'prohibited', 'excluded', 'suspended', 'debarred', 'forbidden']);

/** Participles that say a list's members are banned: "a list of blocked services". */
const BANNED_PARTICIPLES: ReadonlySet<string> = new Set(['blocked', 'banned', 'prohibited', 'barred', 'outlawed', 'forbidden']);

/**
 * "on imports of vexium , a chemical used in paper , paints and ink , from Zembla": after a trade measure's "on" at `on`, the goods
 * (up to four words), an aside set off by commas that opens with a describing word, then "from" and the goods' state: the index of
 * that state's first word, or undefined (helper trx93, from the round 1-2 reports on duties).
 */
function originPastGoodsAside(words: readonly string[], on: number): number | undefined {
  if (words[on] !== 'on' && words[on] !== 'upon' && words[on] !== 'against') return undefined;
  let k = on + 1;
  for (let n = 0; n < 4 && /^[a-z][a-z-]*$/.test(words[k] ?? ''); n++) k++;
  if (k === on + 1 || words[k] !== ',' || !GOODS_ASIDE_OPENERS.test(words[k + 1] ?? '')) return undefined;
  // The aside's own commas ("paper , paints and ink") stand before lower-case words; the one before "from" ends it.
  for (let j = k + 2; j < words.length && j <= k + 20; j++) {
    const w = words[j]!;
    // ("from the United States": the state's article, when the name ends the phrase, not "from the Zenco plant"; re-read rr93a.)
    const origin = words[j + 2] === 'the' && !/^(?!(?:and|or)$)[a-z][a-z-]*$/.test(words[j + 4] ?? '') ? j + 3 : j + 2;
    if (w === ',' && words[j + 1] === 'from' && mentionAt(words, origin) !== undefined) return origin;
    if (w !== ',' && !/^[a-z0-9][a-z0-9-]*$/.test(w)) return undefined;
  }
  return undefined;
}
/** Words that open an aside describing goods: "a chemical used in …", "which is used …", "an input for …", "used in …". */
const GOODS_ASIDE_OPENERS = /^(?:a|an|the|which|used|mainly|mostly|widely|commonly|known)$/;

/** After a rated trade measure's noun, the targets its rate is told with ("of 35 % on Zenco"), or undefined when no rate stands there. */
function ratedTargets(words: readonly string[], after: number, objects: (from: number, reach?: number) => MentionList[]): MentionList[] | undefined {
  const starts = rateTargetStarts(words, after, (k) => mentionAt(words, k) !== undefined);
  // Each start's list, less a last name that opens a new clause ("for Canada and Mexico said …", fixer fxr90c).
  if (starts.length > 0) return starts.flatMap((at) => objects(at, 3).slice(0, 1)).map((list) => withoutClauseSubject(words, list));
  const past = pastRate(words, after);
  if (!(past > after && RATE_TARGET_PREPOSITIONS.has(words[past] ?? ''))) return undefined;
  const first = objects(past + 1, 10);
  // "40 % on clinker from Zembla , 20 % on that from Qorvia": later rates that leave the goods out, each with its state (helper trx93).
  const last = first.at(-1);
  const later = last && words[last.first - 1] === 'from' ? laterRateOrigins(words, last.last + 1, (k) => mentionAt(words, k) !== undefined).flatMap((at) => objects(at, 3).slice(0, 1)) : [];
  return [...first, ...later];
}
/** A list whose last name is followed by a finite verb, less that name: "for Canada and Mexico said it would retaliate". */
function withoutClauseSubject(words: readonly string[], list: MentionList): MentionList {
  if (list.members.length < 2 || !opensClauseAt(words, list.last + 1)) return list;
  let last = list.last - 1;
  while (last > list.first && mentionAt(words, last) !== list.members.at(-2)) last--;
  return { members: list.members.slice(0, -1), first: list.first, last };
}
/** What a rate's target follows: "of 25 % on Zenco", "of 25 % against Zembla's steel", "of 17 % for Zenco". */
const RATE_TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'upon', 'against', 'for']);

/** Words that set a name apart from what an act falls on: "on steel from all nations except Zembla", "other than Zembla". */
const EXCEPTING = /^(?:except|excepting|excluding|save)$/;
/** Words that make a later "besides" an exception ("all nations besides Zembla", "no firm besides Zenco"); elsewhere "besides" adds
 * one more target ("sanctioned three other firms besides Zenco", "tariffs on Zenco, besides Qorva"). */
const BESIDES_EXCEPTING_AFTER = /^(?:all|no|none|nobody|nothing|every|any)$/;
const BESIDES_REACH = 5;
/** Whether the list at `first` is named as an exception to the act ("except Zembla, Borduria and Syldavia", "other than Zenco", "apart from Qorva"). */
function isExcepted(words: readonly string[], first: number): boolean {
  const before = words[first - 1] ?? '';
  const k = before === 'the' ? first - 2 : first - 1;
  const w = words[k] ?? '';
  if (w === 'besides') return words.slice(Math.max(0, k - BESIDES_REACH), k).some((b) => BESIDES_EXCEPTING_AFTER.test(b));
  return EXCEPTING.test(w) || (w === 'for' && words[k - 1] === 'except') || (w === 'than' && words[k - 1] === 'other') || (w === 'from' && /^(?:apart|aside)$/.test(words[k - 1] ?? ''));
}

/** Prepositions, after which a form in -s that is both ("sanctions", "curbs", "bans") is a noun. */
const PREPOSITIONS = new Set(['by', 'to', 'from', 'for', 'against', 'over', 'about', 'after', 'before', 'despite', 'amid', 'without', 'via', 'through', 'into', 'at', 'on', 'under', 'with']);

/** Words before a name that make it a noun's qualifier: "the Zapp ban". */
const DETERMINED = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);
/** A party's aid after its name or its possessive: "with Qorva's backing", "with Qorva's help", "with Qorva Capital funding". */
const AID_AFTER_OWNER = /^(?:help|backing|support|blessing|aid|assistance|funding|financing|money|cash|guarantee|guarantees|approval)$/;
/** People a name before them qualifies: "iPhone owners", "Zeta users" (the name is no party to a contest). */
const NAMED_PEOPLE_AFTER = /^(?:users|owners|customers|subscribers|holders|fans|buyers|shoppers|drivers|riders|readers|viewers|listeners|members|employees|staff|workers)$/;
/** Rival nouns a clause's subject may own after a count ("Zenco faces two rivals"). */
const COUNTED_RIVAL_NOUNS = /^(?:rivals|competitors|challengers|contenders)$/;
/** Nouns of a bid or its bidders that "rival" may describe: "rival offers", "a rival bid", "rival bidders" (helper fpx93). */
const RIVAL_BID_NOUNS = /^(?:offers?|bids?|bidders?|suitors?|counterbids?|counteroffers?|proposals?|approach(?:es)?|tenders?|takeover)$/;
/** Counts of more than one, which a verb in -s never follows: "two rivals", "its 3 competitors", "several bans". */
const PLURAL_COUNTS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|various|numerous|[2-9]|\d{2,})$/;
/** Words before an -ing form that make it an adjective when a noun follows: "a competing format", "other competing models". */
const ING_ADJECTIVE_BEFORE: ReadonlySet<string> = new Set([...DETERMINED, 'other', 'these', 'those', 'such', 'some', 'many', 'several', 'all', 'any']);
/** Whether the word after an -ing form is the noun it describes: a plain word, or a name after a determiner ("the competing Zeta format"). */
const describesNoun = (next: string, before: string): boolean =>
  (/^[a-z][a-z-]*$/.test(next) && !NOT_A_BARE_NOUN.has(next) && !BE.has(next)) || (/^@\d+$/.test(next) && DETERMINED.has(before));

/** Words after which a participle is an adjective: "other banned groups", "the sanctioned firms", "the apps of sanctioned banks". */
const ATTRIBUTIVE_BEFORE = new Set(['other', 'the', 'a', 'an', 'all', 'any', 'these', 'those', 'such', 'its', 'their', 'some', 'many', 'several', 'of', 'with', 'for', 'from', 'among', 'including', 'like', 'against', 'to',
  // "deposits at sanctioned Zenco Bank" (stop 49's readers).
  'at', 'in', 'into', 'on', 'by', 'via', 'over', 'under', 'through', 'without']);

/** Whether the word after a noun ends its phrase: none, a mark, a mention or a function word ("maker and …", "unit in …"). */
function endsNounPhrase(next: string | undefined): boolean {
  return next === undefined || !/^[a-z][a-z0-9-]*$/.test(next) || /^(?:and|or|but|of|in|on|at|to|for|from|with|by|over|after|that|which|who|as|than|because|since|amid|is|are|was|were|has|have|had|will|would)$/.test(next);
}

/** Words before a day's number ("Jan. 23", "on 23"), which make it a date, no count. */
const DATE_BEFORE_DAY = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|on|since|by|until|\.)$/;

/** Verbs of receiving, whose object a participle may describe: "received restricted approval", "won limited access". */
const RECEIVING: ReadonlySet<string> = new Set(['received', 'receives', 'receive', 'won', 'wins', 'got', 'gets', 'obtained', 'obtains', 'secured', 'secures', 'gained', 'gains', 'given', 'granted']);

/** Words that open a verb's object: a name, or a determiner or quantifier before one. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'all', 'some', 'several', 'any', 'most', 'more', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'popular', 'foreign', 'chinese', 'russian', 'american', 'us', 'u.s.']);

/** Words that end a bare noun before a name: a preposition or conjunction makes the trigger a noun ("bans on Zenapp"). */
const NOT_A_BARE_NOUN = new Set(['on', 'of', 'against', 'in', 'for', 'to', 'from', 'with', 'by', 'and', 'or', 'that', 'which', 'like', 'including', 'targeting', 'covering']);

/** An object opens here: a name, a determiner, a number, or a bare noun before a name ("bans chip maker Zenco"). */
function objectFollows(words: readonly string[], at: number): boolean {
  // "Zenco rivals such as Qorva …": examples of the noun follow, no object of a verb.
  if (words[at] === 'such' && words[at + 1] === 'as') return false;
  if (mentionAt(words, at) !== undefined || OBJECT_OPENERS.has(words[at] ?? '') || /^\d/.test(words[at] ?? '')) return true;
  // "Zenco bans employees from using Zapp", "bans state agencies from …": the barred people are the object.
  const people = STAFF_NOUNS.has(words[at] ?? '') ? at : STAFF_NOUNS.has(words[at + 1] ?? '') ? at + 1 : -1;
  if (people >= 0 && words[people + 1] === 'from') return true;
  // "Ruritania bans use of Zenco equipment": the use of something is the object; so is access to it ("bans access to Zapp",
  // stop 57's readers: read as the noun "bans").
  if ((words[at] === 'use' && words[at + 1] === 'of') || (words[at] === 'access' && words[at + 1] === 'to')) return true;
  for (let k = at; k < at + 3; k++) {
    const w = words[k] ?? '';
    if (!/^[a-z][a-z-]*$/.test(w) || NOT_A_BARE_NOUN.has(w)) return false;
    if (mentionAt(words, k + 1) !== undefined) return true;
  }
  return false;
}

/** People a ban bars from doing something: "bans staff from using Zapp". */
const STAFF_NOUNS = new Set(['employees', 'staff', 'workers', 'officials', 'agencies', 'students', 'users', 'personnel', 'servants', 'contractors', 'members', 'lawmakers', 'teachers', 'troops', 'soldiers',
  // Stop 56's readers: "Ruritania bans ministers from Zapp, Vexa".
  'ministers', 'officers', 'sailors', 'diplomats', 'legislators', 'staffers', 'mps', 'councillors', 'councilors', 'judges', 'police']);

/**
 * Kinds of firm a name before them only qualifies: "blocked the bitcoin exchange Qorvex", "sanctioned the Zeta maker Zenco" (stop 60's
 * readers). Not "unit" or "subsidiary": "sanctioned the Zenco unit Qorva" keeps the firm as the target (extract-maker-before-kind).
 */
const FIRM_KINDS_BEFORE_NAME: ReadonlySet<string> = new Set(['exchange', 'exchanges', 'broker', 'brokerage', 'operator', 'carrier', 'maker', 'makers', 'manufacturer', 'supplier', 'vendor', 'startup', 'start-up', 'firm', 'company', 'bank', 'lender', 'marketplace', 'retailer', 'developer', 'publisher', 'studio',
  // Helper app92: the trade press's short "dev" ("its rival, Zeta dev Qorva").
  'dev']);

/** Prepositions that set a party apart from the thing before them: "Vexa from developer Qorva", "Zeta by maker Zenco". */
const PREPOSITIONS_BEFORE_PARTY: ReadonlySet<string> = new Set(['from', 'by', 'of', 'to', 'for', 'with', 'at', 'on', 'in']);

/** Participles that name a thing after its kind: "an app called Zapp". */
const NAMING_AFTER_KIND: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled', 'codenamed', 'code-named']);

/**
 * The mention named right after a kind, within three lower-case words from `at`: "(the Zenco) app
 * Vexa", "(the Qorva) animated film Zeta" (isKindNoun), "(the bitcoin) exchange Qorvex", "(the Zeta) maker Zenco" (a firm's kind).
 * The owner of a description before a name is not the object, the name is ("Ruritania's leading drone maker Zenco").
 */
function thingNamedAfterKind(words: readonly string[], at: number): number | undefined {
  for (let k = at; k < at + 3 && k < words.length; k++) {
    const word = words[k]!;
    if (!/^[a-z][a-z-]*$/.test(word)) return undefined;
    // "removed the Vexa app from developer Qorva": a kind after a preposition names another party, not the thing (stop 77, from
    // stop 76's last bans sets).
    if (PREPOSITIONS_BEFORE_PARTY.has(word)) return undefined;
    // "banned an iPhone app called Zapp": the name after the kind's naming participle (stop 66's second bans sample).
    if (isKindNoun(word) || FIRM_KINDS_BEFORE_NAME.has(word)) return mentionAt(words, k + 1) ?? (NAMING_AFTER_KIND.has(words[k + 1] ?? '') ? mentionAt(words, words[k + 2] === 'the' ? k + 3 : k + 2) : undefined);
  }
  return undefined;
}

function ownsDescribed(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (words[list.last + 1] !== "'s") return false;
  // "eroded Zenco's market share in Ruritania": a firm's standing in a place is still the firm's (stop 65's first makers sample).
  if (STANDING_HELD.has(words[list.last + 2] ?? '') || (words[list.last + 2] === 'market' && words[list.last + 3] === 'share')) return false;
  for (let k = list.last + 2; k <= list.last + 6; k++) {
    const m = mentionAt(words, k);
    // "blocked Zeta News's YouTube channel": the owner of an account on a platform is what the block hits.
    if (m !== undefined && ACCOUNT_NOUNS.has(words[k + 1] ?? '')) return false;
    // "cut off Zenco's access to US technology": a state after access names where the thing comes from; Zenco is cut off.
    if (m !== undefined && mentions[m]?.type === 'government' && /^(?:access|use)$/.test(words[list.last + 2] ?? '')) return false;
    if (m !== undefined) return k > list.last + 2;
    // "banned Zenco's tokenized fund (ZFND)": the thing's own name in brackets after its kind is what the act hits, as "Zenco's Zeta
    // app" is (helper off, stop 100); not a ticker or an aside ("Zenco's (ZNC) fund", "Zenco's fund (NYSE: ZNC)").
    const bracketed = words[k] === '(' && k > list.last + 2 && words[k + 2] === ')' ? mentionAt(words, k + 1) : undefined;
    if (bracketed !== undefined) return mentions[bracketed]?.type !== 'government';
    // "removed Zapp's app from the Zenco Store": a name after "from" is where the thing is taken from, not the thing (stop 68).
    if (!/^[a-z][a-z-]*$/.test(words[k] ?? '') || words[k] === 'from') return false;
  }
  return false;
}

/** Words for advertising, whose ban on a platform limits the platform, not bans it. */
const AD_WORDS: ReadonlySet<string> = new Set(['advertising', 'advertisement', 'advertisements', 'ad', 'ads', 'adverts']);
const ON_PLATFORM: ReadonlySet<string> = new Set(['on', 'in', 'across']);

/**
 * "Ruritania bans advertising on Zapp", "imposed an advertising ban on Zapp", "a ban on advertising on Zapp": a ban on
 * advertising on a platform restricts the platform (stop 65's second controls sample; "bans ads for Zeta" is left a ban).
 */
function bansAdvertisingOn(words: readonly string[], t: number, after: number): boolean {
  if (AD_WORDS.has(words[after] ?? '') && ON_PLATFORM.has(words[after + 1] ?? '')) return true;
  if (words[after] === 'on' && AD_WORDS.has(words[after + 1] ?? '') && ON_PLATFORM.has(words[after + 2] ?? '')) return true;
  return AD_WORDS.has(words[t - 1] ?? '') && (ON_PLATFORM.has(words[after] ?? '') || words[after] === 'against');
}

/** After a designation's "as": what is to be blocked ("services to be blocked", "sites that must be banned"). */
const TO_BE_BLOCKED = /^(?:the )?(?:[a-z-]+ ){0,2}(?:services|sites|websites|apps|applications|platforms|networks) (?:to be|that (?:must|should|will) be) (?:blocked|banned|suspended|shut down|cut off)(?: |$)/;

/** Limits a removal may take away: "removed the user cap for Zapp". */
const LIMIT_NOUNS: ReadonlySet<string> = new Set(['cap', 'caps', 'limit', 'limits', 'ceiling', 'ceilings', 'quota', 'quotas']);

/** What a firm holds in a market, which a place after it does not make another thing: "Zenco's share in Ruritania". */
const STANDING_HELD: ReadonlySet<string> = new Set(['share', 'lead', 'dominance', 'grip', 'hold', 'position', 'crown']);

/** What an outlet or a person holds on a platform: "the X account of Zeta News", "Zeta News's YouTube channel". */
const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['account', 'accounts', 'channel', 'channels', 'handle', 'handles', 'page', 'pages', 'profile', 'profiles']);

/** Promoting a thing, which is done on a platform without the platform being banned: "banned from promoting vapes on Zetagram". */
const PROMOTING_WORDS: ReadonlySet<string> = new Set(['promoting', 'promote', 'promotion', 'promotions', 'advertise', 'marketing', 'posted', 'posting']);
/** Clips and posts about a thing, which a platform takes down without banning the thing: "removes Zeta Challenge videos". */
const CONTENT_NOUNS: ReadonlySet<string> = new Set(['video', 'videos', 'clip', 'clips', 'footage', 'post', 'posts', 'images', 'photos', 'memes', 'tutorials']);
/** What a content noun may name the kind of, in an app's or a service's name: "the Zeta video app", "Zeta photos service". */
const CONTENT_SERVICE_NOUNS = /^(?:app|apps|application|service|services|platform|platforms|site|sites|website|websites|streaming|channel|channels|network|networks|sharing|feature|features|tool|tools|feed|feeds)$/;
/** Last words of an outlet's or a channel's name, whose clips are its own output: "Zeta News videos", "Zeta TV clips". */
const OUTLET_LAST_WORDS = /^(?:News|TV|Times|Post|Radio|Media|Channel|Network|Daily|Herald|Tribune|Journal|Today|Television|Broadcasting|Press|Magazine|Gazette)$/i;
/** Whether a mention names an outlet by its last word ("Zeta News"), whose clips are its own. */
function isOutletName(mention: SentenceMention | undefined): boolean {
  return mention !== undefined && OUTLET_LAST_WORDS.test(mention.surface.slice(mention.surface.lastIndexOf(' ') + 1));
}

/**
 * "ZenTube removes Zeta Challenge videos", "removed videos of the Zeta Challenge", "pulled clips showing Zeta": the content is
 * about the thing named, which the removal does not ban (helper ban90c, from stop 90's eightieth fresh sample).
 */
function isContentAbout(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  // The noun must end the phrase: "the Zeta video app", "Zeta video streaming" ban the app or service (fixer fxr90c). An outlet's
  // own clips ("Zeta News videos") are its output, taken down as the "videos from Zeta News" variant is.
  const after = words[list.last + 2] ?? '';
  if (CONTENT_NOUNS.has(words[list.last + 1] ?? '') && !CONTENT_SERVICE_NOUNS.test(after) && !isOutletName(mentions[list.members.at(-1)!])) return true;
  const k = firstBefore(words, list.first);
  // "banned posts on Zetagram from five firms", "removed adverts on Zetagram by Zenco": the platform only hosts the posts (helper
  // ord92, fresh sample s82a: a regulator's ruling on a vape firm's posts fell on the platform).
  // "banned Zenco posts promoting vapes on Zetagram": the posts or their promoting a few words before "on" (no name between).
  // Advertising only with its makers named after the platform: "bans advertising on Zapp" alone limits the platform (bansAdvertisingOn;
  // review rr92a: the ads' word had taken that restriction away).
  if (words[k] === 'on') {
    const adsMakersAfter = /^(?:from|by)$/.test(words[list.last + 1] ?? '');
    for (let j = k - 1; j >= 0 && j >= k - 5 && mentionAt(words, j) === undefined && !/^[,.;:]$/.test(words[j]!); j--) {
      if (CONTENT_NOUNS.has(words[j]!) || (adsMakersAfter && AD_WORDS.has(words[j]!)) || PROMOTING_WORDS.has(words[j]!)) return true;
    }
  }
  return /^(?:of|about|showing|featuring|depicting|promoting)$/.test(words[k] ?? '') && CONTENT_NOUNS.has(words[k - 1] ?? '');
}

/**
 * "Five firms, including Zenco, have had Zetagram posts banned by the authority": a platform or brand named before the posts a
 * subject "had" banned only says where they ran; the subject of "had" is the one banned (helper ord92, fresh sample s82a).
 * Returns the subject, or null when the posts have no holder named; undefined when the phrase is not of this kind.
 */
function heldPostsSubject(words: readonly string[], named: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | null | undefined {
  if (!CONTENT_NOUNS.has(words[named.last + 1] ?? '') && !AD_WORDS.has(words[named.last + 1] ?? '')) return undefined;
  let k = firstBefore(words, named.first);
  while (k > 0 && /^(?:the|their|its(?:@\d+)?|public|several|some|\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(words[k]!)) k--;
  if (words[k] !== 'had' || !/^(?:have|has|also|all|both|each|now)$/.test(words[k - 1] ?? '')) return undefined;
  k -= 1;
  while (k > 0 && /^(?:have|has|also|all|both|each|now|,)$/.test(words[k]!)) k--;
  // "Zenco and three other firms have had …": the subject's named member may stand a few words before "have".
  for (let j = k; j >= 0 && j > k - 5 && !/^[.;:]$/.test(words[j]!); j--) {
    const m = mentionAt(words, j);
    if (m !== undefined) return lists.get(m) ?? null;
  }
  return null;
}

/** "blocked the X account of Zeta News", "withheld the X accounts of A and B": the platform only says where the accounts are. */
function isAccountsPlatform(words: readonly string[], list: MentionList): boolean {
  return ACCOUNT_NOUNS.has(words[list.last + 1] ?? '');
}

/** Words between "censored" and the outlet it names: "censored the news site Zeta", "censored its daily Zeta Post". */
const CENSORED_OUTLET_WORDS = /^(?:the|a|an|its|their|news|online|independent|opposition|daily|weekly|newspaper|newspapers|paper|site|sites|website|websites|portal|outlet|outlets|channel|channels|station|broadcaster|magazine|blog|app|apps|platform|service|services)$/;

/** Whether the object right after "censored" at `from` is a name, after at most three words of an outlet's kind. */
function censorsNamedOutlet(words: readonly string[], from: number): boolean {
  let k = from;
  while (k < from + 3 && CENSORED_OUTLET_WORDS.test(words[k] ?? '')) k++;
  return mentionAt(words, k) !== undefined;
}

/** Kinds of a group's named member that the kind nouns (cue-words) leave out: "the zapp.com domain". */
const MEMBER_KINDS: ReadonlySet<string> = new Set(['domain', 'domains', 'site', 'sites']);

/** Nouns for members of a group, which a group's name may qualify: "two Zenco affiliates", "subsidiaries of Zenco". */
const GROUP_NOUNS = new Set(['affiliate', 'affiliates', 'subsidiary', 'subsidiaries', 'unit', 'units', 'entities', 'companies', 'firms', 'arms', 'divisions', 'branches', 'apps', 'services', 'platforms', 'products', 'brands']);

/**
 * The members a group's name is followed by, when they are named right after it: the list A and B for
 * "two Zenco affiliates, A and B, to the list", "three of Zenco's subsidiaries: A and B", "three
 * subsidiaries of Zenco Group: A and B" and "affiliates of Zenco to the list: A and B". What is done to
 * them is not done to the group.
 */
function membersNamedAfter(words: readonly string[], group: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = group.last + 1;
  if (words[k] === "'s") k++;
  if (GROUP_NOUNS.has(words[k] ?? '')) k++;
  else if (!(words[group.first - 1] === 'of' && GROUP_NOUNS.has(words[group.first - 2] ?? ''))) return undefined;
  // "… affiliates of Zenco to the Entity List: A, B and C": the members after the place they are put.
  if (words[k] === 'to' || words[k] === 'on' || words[k] === 'onto') {
    let colon = k + 1;
    while (colon < k + 7 && words[colon] !== undefined && words[colon] !== ':' && mentionAt(words, colon) === undefined) colon++;
    if (words[colon] === ':') k = colon;
  }
  const mark = words[k];
  if (mark !== ',' && mark !== ':' && mark !== '—' && mark !== '–') return undefined;
  // "banned Zenco's services, including A and B": the members may be given as examples (a fresh sample of real news, helper fa86).
  if (mark === ',' && (words[k + 1] === 'including' || words[k + 1] === 'namely')) k++;
  else if (mark === ',' && words[k + 1] === 'such' && words[k + 2] === 'as') k += 2;
  const member = mentionAt(words, words[k + 1] === 'the' ? k + 2 : k + 1);
  const members = member === undefined ? undefined : lists.get(member);
  // After a comma or a dash the members are an apposition, closed again ("…, A and B, to the list"); after a colon they run on.
  // The last member's kind may close it: "Zenco's services, Zapp and the zapp.com domain, …".
  const kind = words[(members?.last ?? 0) + 1] ?? '';
  const next = words[(members?.last ?? 0) + (isKindNoun(kind) || MEMBER_KINDS.has(kind) ? 2 : 1)];
  return members && (mark === ':' || next === undefined || next === ',' || next === mark || next === '.' || next === ';') ? members : undefined;
}

/** "… the search engine Zenco and the news portals A and B": the list after "and the" and a short description (no preposition). */
function describedObjectAfter(words: readonly string[], first: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const k = first.last + 1;
  if (words[k] !== 'and' || !/^(?:the|its|their)(?:@\d+)?$/.test(words[k + 1] ?? '')) return undefined;
  for (let j = k + 2; j <= k + 4; j++) {
    const m = mentionAt(words, j);
    if (m !== undefined) return j > k + 2 ? lists.get(m) : undefined;
    if (!/^[a-z][a-z-]*$/.test(words[j] ?? '') || DESCRIPTION_STOPS.has(words[j]!)) return undefined;
  }
  return undefined;
}
/** Words that end a short description before a name: a preposition or a verb's particle makes the name another party. */
const DESCRIPTION_STOPS = new Set(['of', 'by', 'for', 'from', 'with', 'to', 'in', 'on', 'at', 'as', 'and', 'or', 'that', 'which', 'who']);

/** "… Zenco and its subsidiaries – A, B and C", "… and its units, including A": the members named after the owner's own group noun. */
function ownGroupAfter(words: readonly string[], owner: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  // "the Zenco group and its subsidiaries": the owner's kind may stand between.
  const k = owner.last + (words[owner.last + 1] === 'group' ? 2 : 1);
  if (words[k] !== 'and' || !/^(?:its|their)(?:@\d+)?$/.test(words[k + 1] ?? '') || !GROUP_NOUNS.has(words[k + 2] ?? '')) return undefined;
  let m = k + 3;
  if (!/^[,:(—–-]$/.test(words[m] ?? '')) return undefined;
  m++;
  if (words[m] === 'including' || words[m] === 'namely') m++;
  else if (words[m] === 'such' && words[m + 1] === 'as') m += 2;
  const member = mentionAt(words, words[m] === 'the' ? m + 1 : m);
  return member === undefined ? undefined : lists.get(member);
}

/** Nouns for firms a state's name may qualify: "six US firms", "Chinese chipmakers". */
// Stop 50's readers: "two of Zembla's most prominent channels – A and B" (outlets and carriers of a state's are its firms too).
const FIRM_NOUNS = new Set(['channels', 'outlets', 'broadcasters', 'stations', 'newspapers', 'exchanges', 'terminals', 'ports', 'tankers', 'vessels', 'ships', 'companies', 'firms', 'entities', 'businesses', 'chipmakers', 'makers', 'suppliers', 'exporters', 'groups', 'carriers', 'operators', 'banks', 'startups', 'manufacturers', 'vendors', 'contractors', 'universities', 'institutes', 'individuals', 'persons', 'nationals', 'citizens', 'officials', 'executives', 'officers', 'members', 'leaders', 'generals', 'commanders', 'oligarchs', 'people', 'figures', 'those', 'agencies', 'ministries', 'bodies', 'institutions', 'organisations', 'organizations', 'refineries', 'airlines', 'conglomerates', 'enterprises',
  // Stop 51: the trades of sanctioned firms ("three refiners from Zembla", "two Zembla-based traders").
  'refiners', 'traders', 'lenders', 'shippers', 'insurers', 'brokers', 'distributors', 'importers', 'producers', 'dealers', 'factories', 'plants']);

/** Whether word `t` opens the sentence, after at most a conjunction or an adverb and its comma ("But rivals …", "Meanwhile, rival …"). */
function opensSentence(words: readonly string[], t: number): boolean {
  if (t === 0) return true;
  const opener = /^(?:but|and|yet|meanwhile|still|now|however|elsewhere)$/.test(words[0]!);
  return (opener && (t === 1 || (t === 2 && words[1] === ','))) || afterFrontedTime(words, t);
}

/** Words opening a fronted adjunct of time: "In 2019, rival Zenco sued Qorva", "Last year, rivals like Vexa …" (helper cmp90b). */
const FRONTED_TIME = /^(?:in|on|last|earlier|later|this|since|during|after|before|by|until|back|then|previously|recently|today|yesterday|separately)$/;

/** Whether the words before `t` are only a short adjunct of time and its comma: no name, at most five words. */
function afterFrontedTime(words: readonly string[], t: number): boolean {
  if (words[t - 1] !== ',' || t - 1 > 5 || !FRONTED_TIME.test(words[0] ?? '')) return false;
  return words.slice(1, t - 1).every((w) => /^(?:[a-z]+|\d{1,4}s?)$/.test(w));
}

/** Words that qualify a party noun opening a sentence: "Other rivals include …", "Bigger competitors such as …". */
// "Another rival is Vexo", "Another competitor, Vexo, …": one more rival of what the sentences before were about (helper riv100).
const PARTY_QUALIFIERS: ReadonlySet<string> = new Set(['another', 'other', 'key', 'main', 'major', 'big', 'bigger', 'larger', 'smaller', 'chief', 'fellow', 'established', 'traditional', 'local', 'domestic', 'foreign', 'western', 'leading', 'notable', 'prominent', 'newer']);

/** Whether the party noun at `t` opens the sentence, perhaps after qualifiers: "Rivals …", "Other rivals …", "But other big players …". */
function opensWithQualifiedParty(words: readonly string[], t: number): boolean {
  let k = t;
  while (k > 0 && t - k < 2 && PARTY_QUALIFIERS.has(words[k - 1]!)) k--;
  return opensSentence(words, k);
}

/**
 * Where the names a party noun enumerates begin, after "include", "like", "such as", "including" or "are", perhaps past
 * a phrase of where they compete ("Other players in the cloud market include …"): the index of the first word after the
 * opener, or undefined.
 */
function examplesAfter(words: readonly string[], after: number): number | undefined {
  let k = after;
  if (/^(?:in|on)$/.test(words[k] ?? '') && words[k + 1] === 'the') {
    const end = words.slice(k + 2, k + 6).findIndex((w) => MARKET_WORDS.has(w));
    if (end < 0) return undefined;
    k += 3 + end;
  }
  if (words[k] === ',') k++;
  if (words[k] === 'such' && words[k + 1] === 'as') return k + 2;
  // "Another rival is Vexo": a single rival right after the copula (helper riv100); not "Another rival is in the works at Vexo".
  if (/^(?:is|was)$/.test(words[k] ?? '')) return /^@\d+$/.test(words[k + 1] ?? '') || (words[k + 1] === 'the' && /^@\d+$/.test(words[k + 2] ?? '')) ? k + 1 : undefined;
  return /^(?:like|including|include|included|includes|are|were)$/.test(words[k] ?? '') ? k + 1 : undefined;
}

/** Participles that name the maker (or holder) of goods after "by": "routers made by Zenco", "assets held by Zenco". */
const MADE_BY = new Set(['made', 'produced', 'manufactured', 'supplied', 'built', 'developed', 'designed', 'sold', 'held']);

/** The maker named after "goods made by" when only lower-case words (the goods) stand between `from` and the participle. */
function goodsMakerAfter(words: readonly string[], from: number, end: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  for (let i = from; i < end - 1; i++) {
    if (MADE_BY.has(words[i]!)) {
      // "assets held in the country by Zenco", "routers made in China by Zenco": where they are stands before the maker.
      const by = words[i + 1] === 'in' && mentionAt(words, i + 2) !== undefined ? i + 3 : i + 1;
      if (words[by] !== 'by') return undefined;
      const m = mentionAt(words, words[by + 1] === 'the' ? by + 2 : by + 1);
      return m === undefined ? undefined : lists.get(m);
    }
    if (!/^[a-z][a-z-]*$/.test(words[i]!)) return undefined;
  }
  return undefined;
}

/** Boycotts, which shoppers in a place wage as often as a state does. */
const BOYCOTT_NOUNS: ReadonlySet<string> = new Set(['boycott', 'boycotts']);
/** Verbs of seeming or being before a making participle with its own infinitive: "Zeta appears designed to compete with …" (helper rvn92). */
const SEEMING_BEFORE_PURPOSE = /^(?:appears|appear|appeared|seems|seem|seemed|looks|look|looked|is|are|was|were|be|been|being|clearly|apparently|specifically|expressly|purposely|purpose-)$/;
/**
 * Rivals left unnamed before "with" and the subject's own means: "Zenco takes on rivals with Zenco Hub", "takes aim at its competitors
 * with the Zeta phone" (helper beh102, from headlines of launches): the name after "with" is what the subject brings, no rival.
 */
const RIVALS_LEFT_UNNAMED = /^(?:rivals|competitors|competition|incumbents|challengers|giants|heavyweights|leaders)$/;
/** Words that may stand before such rivals: "its bigger rivals", "the competition", "tech giants". */
const UNNAMED_RIVALS_BEFORE = /^(?:its|their|its@\d+|the|bigger|larger|established|entrenched|older|big|tech|industry|market)$/;

/** Verbs of setting out against rivals, by their last word and the one before it ("take on", "took aim at", "challenges"). */
const TAKING_ON_LAST = /^(?:on|at|challenge|challenges|challenged|challenging|target|targets|targeted|targeting)$/;
const TAKING_ON_BEFORE: Readonly<Record<string, RegExp>> = { on: /^(?:take|takes|took|taking|taken)$/, at: /^aim$/ };

/** Whether a taking-on verb ends right before `at`: "takes on", "took aim at", "challenges". */
function takingOnEndsBefore(words: readonly string[], at: number): boolean {
  const last = words[at - 1] ?? '';
  if (!TAKING_ON_LAST.test(last)) return false;
  const before = TAKING_ON_BEFORE[last];
  return before === undefined || before.test(words[at - 2] ?? '');
}

/**
 * Whether the trigger at `t` (of `length` words) sets its subject against rivals left unnamed, right before "with" and the subject's
 * own means: the verb in "Zenco takes on rivals with Zenco Hub", or "rivals" there and in "took aim at its bigger rivals with Zeta".
 */
function meansAfterUnnamedRivals(words: readonly string[], t: number, length: number): boolean {
  let k = t + length;
  if (TAKING_ON_LAST.test(words[k - 1] ?? '') && takingOnEndsBefore(words, k)) {
    while (k < t + length + 2 && UNNAMED_RIVALS_BEFORE.test(words[k] ?? '')) k++;
    return RIVALS_LEFT_UNNAMED.test(words[k] ?? '') && words[k + 1] === 'with';
  }
  if (length !== 1 || !RIVALS_LEFT_UNNAMED.test(words[t] ?? '') || words[t + 1] !== 'with') return false;
  k = t;
  while (k > t - 2 && UNNAMED_RIVALS_BEFORE.test(words[k - 1] ?? '')) k--;
  return takingOnEndsBefore(words, k);
}
/** Roads, weather and rules a thing is made ready to "take on" in a place's possessive: no rival (helper rvn92). */
const TERRAIN_NOT_RIVAL = /^(?:roads|streets|highways|motorways|terrain|trails|slopes|mountains|winters|winter|weather|climate|heat|cold|potholes|traffic|tracks|circuits|waters|seas|skies|airspace|rules|regulations|laws|courts|regulators|authorities|bureaucracy|conditions)$/;
/** Nouns a making gerund qualifies rather than governs: "manufacturing problems", "building costs", "development delays". */
const GERUND_QUALIFIED_NOUNS: ReadonlySet<string> = new Set(['problem', 'problems', 'issue', 'issues', 'defect', 'defects', 'flaw', 'flaws', 'glitch', 'glitches', 'delay', 'delays', 'woes', 'troubles', 'snags', 'errors', 'faults', 'costs', 'cost', 'capacity', 'base', 'hub', 'plant', 'plants', 'facility', 'facilities', 'site', 'sites', 'jobs', 'operations', 'process', 'processes', 'standards', 'sector', 'industry', 'quality', 'output', 'footprint', 'know-how', 'expertise', 'skills', 'workers', 'staff', 'shortfalls', 'bottlenecks', 'lapses', 'failures', 'setbacks', 'challenges']);

/** Prepositions that open an adjunct whose gerund shares the main clause's subject: "After blocking Zapp, Ruritania …". */
const GERUND_ADJUNCTS = new Set(['after', 'before', 'since', 'besides', 'while', 'when', 'by', 'in']);

/** The main clause's subject for a gerund at `t` in an adjunct opening the sentence, if the gerund is one. */
function frontedGerundSubject(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>, spanOpener = false): MentionList | undefined {
  if (!frontedGerund(words, t, spanOpener) && !frontedPerfect(words, t) && !frontedPronounClause(words, t, spanOpener)) return undefined;
  const comma = words.indexOf(',', t);
  if (comma < 0 || comma > t + 12) return undefined;
  const subject = partOf(mainSubject(words, comma, lists), words, comma, 'after');
  // "After blocking Zapp, Zenco's shares fell": a possessor is not the subject.
  return subject && words[subject.last + 1] !== "'s" ? subject : undefined;
}

/** "After blocking Zapp, …", "Days after blocking Zapp, …": a gerund right after the preposition opening the sentence. */
function frontedGerund(words: readonly string[], t: number, spanOpener = false): boolean {
  return words[t]!.endsWith('ing') && (opensSentence(words, t - 1) || afterSpanOfTime(words, t - 1, spanOpener)) && GERUND_ADJUNCTS.has(words[t - 1] ?? '');
}

/** A span of time opening the sentence before "after" or "before": "Days after …", "Just five days after …", "A week before …". */
const SPAN_OF_TIME = /^(?:(?:just|only|barely|nearly|almost|some|about|less than|more than) )?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\d{1,3}) )?(?:hours?|days?|weeks?|months?|years?)$/;
function afterSpanOfTime(words: readonly string[], at: number, spanOpener = false): boolean {
  if (words[at] !== 'after' && words[at] !== 'before') return false;
  return spanOpener ? at === 1 : at <= 4 && SPAN_OF_TIME.test(words.slice(0, at).join(' '));
}

/** Whether `list` is one untyped name opening the sentence that is only a span of time before "after" or "before": "Days after …". */
function isSpanOfTimeOpener(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (list.first !== 0 || list.last !== 0 || list.members.length !== 1 || !/^(?:after|before)$/.test(words[1] ?? '')) return false;
  const m = mentions[list.members[0]!];
  return m !== undefined && m.source === 'unknown' && SPAN_OF_TIME.test(m.label.toLowerCase());
}

/**
 * "A week after it blocked Zapp, Ruritania banned Zeta", "After they banned Zapp, …": a clause of time opening the sentence whose
 * subject is a bare pronoun stands for the main clause's subject, after the comma (helper exc101, from real app bans told in a row).
 */
function frontedPronounClause(words: readonly string[], t: number, spanOpener = false): boolean {
  const k = /^(?:has|have|had)$/.test(words[t - 1] ?? '') ? t - 2 : t - 1;
  if (!/^(?:it|they)(?:@\d+)?$/.test(words[k] ?? '') || !/^(?:after|before|since|once|when)$/.test(words[k - 1] ?? '')) return false;
  return opensSentence(words, k - 1) || afterSpanOfTime(words, k - 1, spanOpener);
}

/**
 * "Having launched Zeta in 2019, Zenco …", "After having blocked Zapp, Ruritania …": a perfect participle opening the sentence
 * has the main clause's subject ("Never having built …" is read as negated by the claim's status).
 */
function frontedPerfect(words: readonly string[], t: number): boolean {
  if (words[t - 1] !== 'having' || words[t]!.endsWith('ing')) return false;
  const at = words[t - 2] === 'never' || words[t - 2] === 'not' ? t - 3 : t - 2;
  return opensSentence(words, at + 1) || (GERUND_ADJUNCTS.has(words[at] ?? '') && opensSentence(words, at));
}

/** The list the mention right after the comma (or "the") belongs to: the main clause's subject after a fronted phrase. */
function mainSubject(words: readonly string[], comma: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const m = mentionAt(words, words[comma + 1] === 'the' ? comma + 2 : comma + 1);
  return m === undefined ? undefined : lists.get(m);
}

/** The members of `list` on one side of word `at` (a list the builder read across a comma): undefined when none. */
function partOf(list: MentionList | undefined, words: readonly string[], at: number, side: 'before' | 'after'): MentionList | undefined {
  if (!list || (side === 'after' ? list.first > at : list.last < at)) return list;
  const members = list.members.filter((m) => (words.indexOf(`@${m}`) > at) === (side === 'after'));
  if (members.length === 0) return undefined;
  const first = side === 'after' ? words.indexOf(`@${members[0]}`) : list.first;
  const last = side === 'after' ? list.last : words.indexOf(`@${members.at(-1)}`);
  return { members, first, last };
}

/** What may follow the holder named after "channels linked to": not a noun it qualifies ("linked to the Zen24 campaign"). */
const HOLDER_PHRASE_END = /^(?:[,.;:)]|and|or|on|in|last|this|earlier|for|after|over|since|from|network|channel|tv|)$/;

/** Words after a plural of firms that open what they do to another party: "firms dealing with Zenco", "companies that helped Ruritania". */
const RELATING = new Set(['dealing', 'that', 'which', 'who', 'helping', 'helped', 'linked', 'tied', 'connected', 'supplying', 'supplied', 'accused', 'doing', 'working', 'trading', 'involved', 'aiding', 'assisting', 'serving', 'selling', 'shipping', 'backing', 'supporting', 'funding', 'financing']);

/** Participles that report what a firm is said to do: "firms believed to be aiding Zembla". */
const REPUTED: ReadonlySet<string> = new Set(['believed', 'thought', 'said', 'alleged', 'suspected', 'accused', 'found', 'known', 'reported']);

const INCLUDING: ReadonlySet<string> = new Set(['including']);
/** ", including" or ", such as" between `from` and `end`: the index of the first word after it, else undefined. */
function enumerationAfter(words: readonly string[], from: number, end: number): number | undefined {
  for (let i = from; i < end - 1; i++) {
    const at = words[i] === ',' ? afterEnumerationCue(words, i, INCLUDING) : -1;
    if (at >= 0) return at;
  }
  return undefined;
}

/** Where a plural of firms followed by what they do to another party stands between `from` and `end` (its objects end there), else `end`. */
function otherPartyAt(words: readonly string[], from: number, end: number): number {
  for (let i = from; i < end - 1; i++) {
    if (FIRM_NOUNS.has(words[i]!) && RELATING.has(words[i + 1]!)) return i + 1;
    // "designated two entities based in Zembla that shipped parts to Borduria": the firms' seat between them and what they did
    // (helper rle94); the seat's state is no party either.
    const seated = FIRM_NOUNS.has(words[i]!) ? relatingPastSeat(words, i + 1, end) : undefined;
    if (seated !== undefined) return seated;
    // "sanctioned seven firms believed to be aiding Zembla", "firms suspected of supplying Zembla" (stop 60's controls readers).
    if (FIRM_NOUNS.has(words[i]!) && REPUTED.has(words[i + 1]!) && (words[i + 2] === 'to' || words[i + 2] === 'of')) return i + 1;
    // "revoked Zenco's licences to buy from Qorva and Vexa": the suppliers a permit names are the other party (stop 58).
    if (PERMITS.has(words[i]!) && words[i + 1] === 'to' && TRADE_PREPOSITIONS.has(words[i + 3] ?? '')) return i + 1;
  }
  return end;
}

/** Participles that give a firm's seat: "firms based in Zembla". */
const SEATED: ReadonlySet<string> = new Set(['based', 'located', 'headquartered', 'registered', 'incorporated', 'domiciled']);

/**
 * After a firm noun, at `at`: a seat ("based in Zembla", "located in Zembla and Borduria", up to six words) then a relating word
 * ("that", "which", "supplying"): the index that opens the seat (its state is where the firms are, not a party), else undefined.
 */
function relatingPastSeat(words: readonly string[], at: number, end: number): number | undefined {
  if (!SEATED.has(words[at] ?? '') || (words[at + 1] !== 'in' && words[at + 1] !== 'at')) return undefined;
  for (let k = at + 3; k < end && k <= at + 8; k++) if (RELATING.has(words[k]!)) return at;
  return undefined;
}

/** What a state grants a firm to trade: "its licences to sell to Zenco", "the right to buy from Qorva". */
const PERMITS: ReadonlySet<string> = new Set(['licence', 'licences', 'license', 'licenses', 'permit', 'permits', 'permission', 'right', 'rights', 'ability', 'waiver', 'waivers', 'exemption', 'exemptions']);
const TRADE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'to', 'with']);

/** Words that count what follows: "three Iranian agencies", "a Russian agency". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'some', 'many', 'dozens', 'multiple', 'various', 'numerous']);

/**
 * "three Iranian agencies", "a Russian state-backed agency": a state's generic body (read as the state, "Iranian
 * officials banned …") counted or taken one of many is some of its bodies, not the state, as what is acted on.
 */
function isCountedBodies(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  const before = words[list.first - 1] ?? '';
  if (!COUNT_WORDS.has(before) && !/^\d+$/.test(before)) return false;
  return list.members.every((m) => {
    const mention = mentions[m]!;
    const last = mention.surface.slice(mention.surface.lastIndexOf(' ') + 1).toLowerCase();
    return mention.type === 'government' && mention.surface.includes(' ') && isFirmNoun(last);
  });
}

/**
 * "sanctioned Iranian officials", "sanctions on Russian oligarchs": a state's people (read as the state when they act,
 * "Iranian officials banned Zapp") are people, not the state, when acted on.
 */
function isStatesPeople(list: MentionList, mentions: readonly SentenceMention[]): boolean {
  return list.members.every((m) => {
    const mention = mentions[m]!;
    return mention.type === 'government' && mention.source === 'rule' && STATE_PEOPLE.has(mention.surface.slice(mention.surface.lastIndexOf(' ') + 1).toLowerCase());
  });
}
const STATE_PEOPLE: ReadonlySet<string> = new Set(['officials', 'official', 'executives', 'individuals', 'nationals', 'citizens', 'oligarchs', 'generals', 'commanders', 'leaders', 'officers', 'people', 'figures', 'lawmakers', 'politicians', 'businessmen', 'diplomats', 'elites']);

/**
 * "sanctioned Iran's state shipping arm", "blacklisted Zembla's largest state-owned lender": a state's firm or body left unnamed
 * is what is acted on, not the state (stop 48's readers).
 */
function isStatesBody(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (list.members.length !== 1 || mentions[list.members[0]!]!.type !== 'government' || words[list.last + 1] !== "'s") return false;
  for (let k = list.last + 2; k <= list.last + 6; k++) {
    const w = words[k] ?? '';
    if (STATE_BODIES.has(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w)) return false;
  }
  return false;
}
const STATE_BODIES: ReadonlySet<string> = new Set(['arm', 'arms', 'company', 'companies', 'firm', 'firms', 'carrier', 'carriers', 'airline', 'lender', 'lenders', 'bank', 'banks', 'broadcaster', 'shipper', 'refiner', 'exporter', 'conglomerate', 'champion', 'champions', 'operator', 'insurer', 'enterprise', 'enterprises', 'subsidiary', 'subsidiaries', 'affiliates', 'producer', 'producers', 'supplier', 'suppliers', 'fund']);

/** Nouns of a deal to buy a firm, as a ban verb's object: "blocked Zenco's takeover of Qorva". */
const DEAL_NOUNS: ReadonlySet<string> = new Set(['takeover', 'takeovers', 'acquisition', 'acquisitions', 'purchase', 'purchases', 'buyout', 'bid', 'bids', 'merger', 'mergers', 'deal', 'deals', 'transactions', 'combination', 'tie-up', 'transaction']);
/** A body's leave for a deal: "suspended its approval for Zenco's deal" takes the leave back, it bans no one (stop 71's sixth set). */
const APPROVAL_NOUNS: ReadonlySet<string> = new Set(['approval', 'approvals', 'clearance', 'authorisation', 'authorization', 'permission', 'nod', 'go-ahead']);

/** Deal nouns a party's name may open ("the Zenco merger", "the Coca-Cola deal"); not "purchases" or "bids", said of goods and tenders too. */
const PARTY_DEAL_NOUNS: ReadonlySet<string> = new Set(['takeover', 'acquisition', 'buyout', 'merger', 'deal', 'combination', 'tie-up']);

/** A buyer's steps toward a deal: "Zenco's move", "its acquisition plans", "a bid to buy Qorva". */
const DEAL_MOVES: ReadonlySet<string> = new Set(['move', 'moves', 'plan', 'plans', 'attempt', 'attempts', 'effort', 'efforts', 'proposal']);

/** Whether the object of a ban verb that ends before `at` is a deal: a possessor or a determiner, up to three describing words, a deal noun. */
function dealObject(words: readonly string[], at: number): boolean {
  let k = at;
  const owned = mentionAt(words, k) !== undefined && words[k + 1] === "'s";
  if (owned) k += 2;
  // "prohibited the group's proposed merger with Qorva", "the private hospital group's merger with Qorva": a deal owned by a party
  // named only by its kind, up to three words (helper mrg93; re-read rr93: the kind's describing words).
  else if (words[k] === 'the' && kindPossessiveEnd(words, k + 1) > 0) k = kindPossessiveEnd(words, k + 1);
  else if (/^(?:the|a|an|its|their|its@\d+)$/.test(words[k] ?? '')) k++;
  if (APPROVAL_NOUNS.has(words[k] ?? '') && /^(?:for|to|of)$/.test(words[k + 1] ?? '')) return true;
  // "blocked Zenco's planned investment into Qorva": an investor's deal, blocked (stop 64's third controls sample; "barred investment in
  // Zenco", owned by no one, is an investment prohibition on Zenco).
  if (owned && words.slice(k, k + 4).some((w, n) => /^investments?$/.test(w) && /^(?:in|into)$/.test(words[k + n + 1] ?? ''))) return true;
  // "blocked Zenco's move", "blocking Zenco's acquisition plans", "blocked its move to buy Qorva": a buyer's steps toward a deal,
  // blocked, ban no one (stop 54's readers; the patterns restrict the buyer).
  const step = DEAL_NOUNS.has(words[k] ?? '') && DEAL_MOVES.has(words[k + 1] ?? '') ? k + 1 : k;
  if (DEAL_MOVES.has(words[step] ?? '') && (words[step - 1] === "'s" || step > k) && !/^[a-z@]/.test(words[step + 1] ?? '')) return true;
  // "blocked Zenco's plan to open a factory": blocking what a party planned bans no one either.
  if (DEAL_MOVES.has(words[step] ?? '') && words[step + 1] === 'to' && /^[a-z]+$/.test(words[step + 2] ?? '')) return true;
  // "blocked the proposed Zenco-Qorva tie-up": a deal's describing word before the parties' names (helper mrg96, set 94's readers).
  if (/^(?:proposed|planned|mooted|potential|attempted|contested|rival)$/.test(words[k] ?? '') && mentionAt(words, k + 1) !== undefined) k++;
  // "blocked the Coca-Cola deal", "blocked the Zenco merger": one party's name before a deal's noun names the deal, no banned thing (helper mrg96).
  if (mentionAt(words, k) !== undefined && PARTY_DEAL_NOUNS.has(words[k + 1] ?? '') && !/^(?:of|for|in|on)$/.test(words[k + 2] ?? '')) return true;
  // "blocked the Zenco/Qorva merger": a deal named by its parties joined with a slash (stop 68's first controls sample).
  if (mentionAt(words, k) !== undefined && words[k + 1] === '/') return DEAL_NOUNS.has(words[k + 3] ?? '') || (/^[a-z-]+$/.test(words[k + 3] ?? '') && DEAL_NOUNS.has(words[k + 4] ?? ''));
  // "blocked the Zenco-Qorva merger": a deal named by its parties joined with a hyphen, one word holding both (paired-names.ts).
  if (mentionAt(words, k) !== undefined && mentionAt(words, k + 1) !== undefined) return DEAL_NOUNS.has(words[k + 2] ?? '') || (/^[a-z-]+$/.test(words[k + 2] ?? '') && DEAL_NOUNS.has(words[k + 3] ?? ''));
  for (let n = 0; n < 3 && k < words.length && !DEAL_NOUNS.has(words[k]!) && /^[a-z$0-9.-]+$/.test(words[k]!); n++) k++;
  // "blocked Zenco's planned $2.2 billion acquisition of", "blocked Zenco's $75 billion (€68 billion) acquisition of": a price after
  // the possessive, in two more words or a bracket (helper rlk94, real antitrust news).
  if (owned && !DEAL_NOUNS.has(words[k] ?? '')) k = pastPrice(words, k);
  // "blocked a handful of deals, including a takeover of Qorva" (stop 53's readers): deals named by example.
  // "blocked its $69 billion deal to acquire Qorva" (helper rlk94): a deal told by its aim; the firm to be bought is not banned.
  return DEAL_NOUNS.has(words[k] ?? '') && (/^(?:of|for|with|by|including|like|in|into|between|involving)$/.test(words[k + 1] ?? '') || (words[k + 1] === ',' && /^(?:including|like|such)$/.test(words[k + 2] ?? ''))
    || (words[k + 1] === 'to' && /^(?:acquire|buy|purchase|take)$/.test(words[k + 2] ?? '')));
}

/** From `at`, past up to two more words of a price and a bracketed second price ("2.2 billion", "( € 68 billion )"): the index after. */
function pastPrice(words: readonly string[], at: number): number {
  let k = at;
  for (let n = 0; n < 2 && /^[a-z$€£0-9.,-]+$/.test(words[k] ?? '') && !DEAL_NOUNS.has(words[k]!); n++) k++;
  if (words[k] !== '(') return k;
  const close = words.indexOf(')', k);
  return close > k && close - k <= 7 && words.slice(k + 1, close).every((w) => !w.startsWith('@')) ? close + 1 : k;
}

/** The auxiliaries and adverbs of a passive before its participle: "has been formally". */
const PASSIVE_AUX = /^(?:was|were|has|have|had|been|is|are|being|[a-z]+ly)$/;

/**
 * Whether the subject of a passive ban verb at `t` is a deal of named parties: "Zenco and Qorva's joint venture was blocked by",
 * "Zenco's $5 billion takeover of Qorva has been blocked by". The deal is stopped; its parties are restricted (deal-remedy-phrasings.ts),
 * not banned (helper rlk94, real antitrust news).
 */
function dealSubjectBefore(words: readonly string[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && PASSIVE_AUX.test(words[k]!)) k--;
  if (k === t - 1) return false;
  // "… takeover of (the) Qorva has been blocked": the deal's bought firm closes the subject.
  if (mentionAt(words, k) !== undefined && words[k - 1] === 'of') k -= 2;
  else if (mentionAt(words, k) !== undefined && words[k - 1] === 'the' && words[k - 2] === 'of') k -= 3;
  const noun = words[k] === 'venture' && words[k - 1] === 'joint' ? k - 1 : k;
  if (!DEAL_NOUNS.has(words[k] ?? '') && noun === k) return false;
  return words.slice(Math.max(0, noun - 8), noun).includes("'s");
}

/** After "the", a party's kind of one to three plain words and its "'s" ("group 's", "private hospital group 's"): the index after "'s", or -1. */
function kindPossessiveEnd(words: readonly string[], at: number): number {
  for (let n = 1; n <= 3; n++) {
    if (!/^[a-z-]+$/.test(words[at + n - 1] ?? '')) return -1;
    if (words[at + n] === "'s") return at + n + 1;
  }
  return -1;
}

/** Whether the words from `at` are a deal named by two or more parties listed before its noun: "(the) Zenco, Qorva deal", "Zenco and Qorva's merger". */
function partiesDealAt(words: readonly string[], at: number): boolean {
  let k = words[at] === 'the' ? at + 1 : at;
  let names = 0;
  while (mentionAt(words, k) !== undefined || (names > 0 && /^(?:and|,|&|\/)$/.test(words[k] ?? ''))) {
    if (mentionAt(words, k) !== undefined) names++;
    k++;
  }
  if (names < 2) return false;
  if (words[k] === "'s") k++;
  if (/^(?:proposed|planned|pending|mooted|potential|possible)$/.test(words[k] ?? '')) k++;
  return /^(?:deal|merger|tie-up|combination|transaction|takeover|acquisition)$/.test(words[k] ?? '');
}

/**
 * After "from", a buyer's deal carried through, as relation-patterns.ts's mrg93-restrained-from-deal reads it: "going ahead with its
 * open offer for", "completing the takeover of". Only then does that pattern's restriction stand in for the ban verb's own reading:
 * "banned Zenco from buying Qorva", "barred Huawei from acquiring American technology" name no deal carried through, and the verb's
 * reading (a restriction or a ban) must stay (re-read rr93).
 */
const DEAL_CARRIED_THROUGH = /^(?:(?:going|pressing|moving|pushing) ahead with|proceeding with|going forward with|completing|closing|pursuing|making|consummating) (?:its |the |their |a |an )?(?:[a-z-]+ ){0,3}?(?:open offer|tender offer|offer|takeover|acquisition|merger|bid|purchase|buyout|deal)(?: |$)(?!to )/;

/** Whether a ban verb ending before `at` holds its object back from a deal: "restrained Zenco from going ahead with its offer for …". */
function heldFromDeal(words: readonly string[], at: number): boolean {
  let k = words[at] === 'the' ? at + 1 : at;
  if (mentionAt(words, k) === undefined) return false;
  while (mentionAt(words, k) !== undefined || /^(?:and|,|&)$/.test(words[k] ?? '')) k++;
  if (words[k] !== 'from') return false;
  return DEAL_CARRIED_THROUGH.test(words.slice(k + 1, k + 12).join(' '));
}

/** Whether a list is the firms a sale sells: "the sale of Zenco", "the proposed sale of the Qorva unit" (stop 69's second controls sample). */
function isFirmSold(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  const k = words[list.first - 1] === 'the' ? list.first - 1 : list.first;
  return words[k - 1] === 'of' && /^(?:sale|sell-off|divestiture)$/.test(words[k - 2] ?? '') && list.members.every((m) => mentions[m]!.type === 'company');
}

/** Whether the subject before a passive trigger at `t` is a deal with or of named parties: "Zenco's merger with Qorva was blocked", "the merger of Zenco and Qorva has been blocked". */
function dealSubject(words: readonly string[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && (BE.has(words[k]!) || ADVERBS.test(words[k]!) || /^(?:has|have|had)$/.test(words[k]!))) k--;
  // "the Zenco-Qorva deal was blocked", "the Zenco/Qorva merger was blocked": a deal named by its two parties before its noun
  // (paired-names.ts), which bans neither.
  if (DEAL_NOUNS.has(words[k] ?? '') && mentionAt(words, k - 1) !== undefined && (mentionAt(words, k - 2) !== undefined || (words[k - 2] === '/' && mentionAt(words, k - 3) !== undefined))) return true;
  let j = k;
  while (j >= 0 && (mentionAt(words, j) !== undefined || /^(?:and|,|the|&)$/.test(words[j]!))) j--;
  if (j < k && /^(?:with|of|between)$/.test(words[j] ?? '') && DEAL_NOUNS.has(words[j - 1] ?? '')) return true;
  // "Zenco's attempt to combine its unit with Qorva was blocked": a step toward a deal, its parties named inside it (stop 70's
  // second controls sample; the patterns restrict the buyer).
  for (let n = j; n >= 1 && n >= j - 10 && words[n] !== ','; n--) {
    if (words[n] === 'to' && (DEAL_MOVES.has(words[n - 1]!) || words[n - 1] === 'bid') && DEAL_VERBS.has(words[n + 1] ?? '')) return true;
  }
  return false;
}
/** Verbs of a deal after a step toward it: "attempt to buy", "bid to merge with". */
const DEAL_VERBS: ReadonlySet<string> = new Set(['buy', 'acquire', 'purchase', 'combine', 'merge', 'take', 'sell', 'tie']);

/** The index of a name after a "vs"'s dot, an optional article and a model year (". the 2019 @1", "2019 @1"), if one stands there. */
function modelYearNameAt(words: readonly string[], at: number): number | undefined {
  const from = words[at] === '.' ? at + 1 : at;
  const k = words[from] === 'the' ? from + 1 : from;
  return /^(?:19|20)\d\d$/.test(words[k] ?? '') && mentionAt(words, k + 1) !== undefined ? k + 1 : undefined;
}

/** Goods made for a platform: "removed ad-blocking apps for Zenix", "banned cheats for Zeta". */
const GOODS_FOR_PLATFORM: ReadonlySet<string> = new Set(['apps', 'applications', 'games', 'extensions', 'plugins', 'plug-ins', 'add-ons', 'addons', 'tools', 'software', 'clients', 'emulators', 'mods', 'cheats', 'accessories', 'chargers', 'cases', 'themes', 'skins', 'bots']);

/** Whether the list is the platform a kind of goods is made for ("apps for @1"): the goods are acted on, not the platform (stop 65's readers). */
function isPlatformOfGoods(words: readonly string[], l: MentionList): boolean {
  const k = firstBefore(words, l.first);
  return words[k] === 'for' && GOODS_FOR_PLATFORM.has(words[k - 1] ?? '');
}

/** Kinds of app a ban may name without its name, before the store it is taken from: "blocked the Chinese AI app on the Zenco Store". */
const UNNAMED_APP_KINDS: ReadonlySet<string> = new Set(['app', 'apps', 'application', 'applications', 'chatbot', 'chatbots', 'game', 'games']);

/**
 * Whether the list is the store or platform an unnamed app is blocked on: "Ruritania blocked the Chinese AI app on the Zenco Store and
 * Qorva Play" bans the app, not the stores (helper rlb94, from real reports of a regulator's block on an app in two stores).
 */
function isStoreOfUnnamedApp(words: readonly string[], l: MentionList): boolean {
  const k = firstBefore(words, l.first);
  return (words[k] === 'on' || words[k] === 'in') && UNNAMED_APP_KINDS.has(words[k - 1] ?? '');
}

/** Conjunctions after a comma that open a clause of its own: ", and rival Qorva …", ", while rival Qorva …". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'while', 'but', 'whereas', 'as']);

/** Rival nouns whose "for" names the rival ("a direct competitor for the Zeta"; "compete for buyers" names none). */
const RIVAL_BEFORE_FOR: ReadonlySet<string> = new Set(['competitor', 'competitors', 'rival', 'rivals', 'challenger', 'alternative', 'contender']);

/** Gerunds of investing after "from": "blocked Zenco from acquiring Qorva". */
const INVESTING_AFTER_FROM: ReadonlySet<string> = new Set(['acquiring', 'investing', 'owning', 'holding', 'completing']);
/** Gerunds of buying, which invest only in a firm or a stake: "from buying Qorva", "from buying a stake in Qorva" (not "from buying chips"). */
const BUYING_AFTER_FROM: ReadonlySet<string> = new Set(['buying', 'purchasing', 'taking']);

/** Whether the words at `at` keep the party before them from an investment: "from acquiring Qorva", "from buying a stake in Qorva". */
function keptFromInvesting(words: readonly string[], at: number): boolean {
  if (words[at] !== 'from') return false;
  const gerund = words[at + 1] ?? '';
  if (INVESTING_AFTER_FROM.has(gerund)) return true;
  const next = words[at + 2] === 'a' || words[at + 2] === 'the' ? words[at + 3] ?? '' : words[at + 2] ?? '';
  return BUYING_AFTER_FROM.has(gerund) && (mentionAt(words, at + 2) !== undefined || /^(?:stake|stakes|shares|control|majority|minority|holding)$/.test(next));
}

/** What a firm owns and may sell off as a deal: "its plant", "its chip unit", "a stake". */
const ASSETS_SOLD: ReadonlySet<string> = new Set(['plant', 'plants', 'factory', 'factories', 'fab', 'fabs', 'unit', 'units', 'division', 'divisions', 'subsidiary', 'subsidiaries', 'stake', 'stakes', 'business', 'businesses', 'assets', 'operations', 'arm', 'shares', 'site', 'facility', 'facilities']);

/** Parts of a network a firm may be kept out of while it supplies the rest: "the core", "core parts", "sensitive parts". */
const NETWORK_PART = /^(?:the |its |their )?(?:(?:5g|mobile|network|telecom|telecoms|radio) )*(?:core|cores|core network|core networks|core parts|sensitive parts|critical parts|core functions)(?: |$)/;

/** After a firm: "from combining …", "from lending …", "from its network core" ("Qorva equipment from the core" too). */
function keptFromPart(words: readonly string[], at: number): boolean {
  if (words[at] === 'from' && LIMITED_GERUNDS.has(words[at + 1] ?? '')) return true;
  const from = /^(?:equipment|components|gear|kit|products|technology|hardware)$/.test(words[at] ?? '') ? at + 1 : at;
  return words[from] === 'from' && (NETWORK_PART.test(words.slice(from + 1, from + 6).join(' ')) || PROCUREMENT.test(words.slice(from + 1, from + 5).join(' ')));
}

/**
 * A state's purchases a firm may be kept out of: "barred Zenco from government contracts", "from public tenders". A procurement
 * blacklist, which restricts the firm; it bans none of its goods (helper trd91, fresh sample s81a). A public word is needed: "barred
 * Zenco from its contracts" may be a firm's own purchasing.
 */
const PROCUREMENT = /^(?:(?:all|any|the) )?(?:(?:new|future) )?(?:government|public|federal|state|military|defence|defense|official|national) (?:contracts|contract|procurement|tenders|tender|contracting|purchasing)(?: |$)/;

/** "from selling its plant to …": at `at`, "from" and a selling gerund whose object, within four words, is an owned asset, then "to". */
function keptFromSellingAsset(words: readonly string[], at: number): boolean {
  if (words[at] !== 'from' || !/^(?:selling|transferring|divesting)$/.test(words[at + 1] ?? '')) return false;
  for (let k = at + 2; k < at + 6 && k < words.length; k++) if (ASSETS_SOLD.has(words[k]!)) return words.slice(k + 1, k + 5).includes('to');
  return false;
}

/** Whether the object after a ban's verb at `at` is what a party holds: "all property of Zenco", "Zenco's assets", "the funds of A and B". */
function blocksHoldings(words: readonly string[], at: number): boolean {
  for (let k = at; k < at + 4 && k < words.length; k++) {
    const w = words[k]!;
    // "the X accounts of Zeta News": accounts on a platform (a name right before, their owner after "of") are no holdings.
    if (HOLDINGS.has(w)) return !(w === 'accounts' && mentionAt(words, k - 1) !== undefined && words[k + 1] === 'of');
    if (!/^(?:all|the|any|its|their|of|'s|and|interests|in)$/.test(w) && mentionAt(words, k) === undefined) return false;
  }
  return false;
}
const HOLDINGS: ReadonlySet<string> = new Set(['property', 'properties', 'assets', 'asset', 'funds', 'accounts', 'holdings', 'wealth', 'money']);

/** Verbs that take or hold what they are told of: "seized", "confiscates", "impounded", "attached", "froze". */
const SEIZING_WORD = /^(?:seiz|confiscat|impound|attach|froze|freez)/;
/** Words of a sum of money: "Rs 900 crore", "$20 million", "about €3bn worth of" ("Rs 5,551 crore" split at its comma). */
const SUM_WORD = /^(?:rs|inr|usd|eur|rp|rm|ksh|tk|[$€£¥₹.,]|[$€£¥₹]?\d[\d.,]*(?:bn|mn|m|k|tn|cr)?|crore|crores|lakh|lakhs|million|billion|trillion|bn|mn|about|around|over|nearly|some|more|than|worth|of|cash|money|funds|deposits)$/;
/** The words that make a run of SUM_WORD a sum: a figure, a currency or money's own word (not "about", "worth", "of" alone). */
const SUM_HEAD = /\d|^(?:[$€£¥₹]|rs|inr|cash|money|funds|deposits|crore|crores|lakh|lakhs|million|billion|trillion)$/;
/** Where a sum after a verb at `at` ends (`at` when none): its words, one of them a figure, a currency or money's own word. */
function sumEnd(words: readonly string[], at: number): number {
  let k = at;
  while (k < at + 6 && k < words.length && SUM_WORD.test(words[k]!)) k++;
  return words.slice(at, k).some((w) => SUM_HEAD.test(w)) ? k : at;
}
/** "seized Rs 900 crore in cash from …", "seized $2 million in drugs at …": a sum taken, then what or where from. */
function seizesSum(words: readonly string[], at: number): boolean {
  const k = sumEnd(words, at);
  return k > at && /^(?:from|in|at)$/.test(words[k] ?? '');
}
/** "seized Rs 5,551 crore from Zenco", "seized Rs 900 crore in cash from Zenco's office": money taken from a party (helper lic93). */
function seizesMoneyFrom(words: readonly string[], at: number): boolean {
  let k = sumEnd(words, at);
  if (k === at) return false;
  if (words[k] === 'in' && /^(?:cash|currency|banknotes|notes)$/.test(words[k + 1] ?? '')) k += 2;
  return words[k] === 'from';
}
/**
 * "seized Rs 900 crore from the bank accounts of Zenco", "froze $20 million in Zenco's accounts": a sum taken from a party's accounts
 * is an asset freeze on the party, not a ban on it nor on the sum (helper lic93, from the eighty-sixth set).
 */
function seizesMoneyFromAccounts(words: readonly string[], at: number): boolean {
  const k = sumEnd(words, at);
  if (k === at || !/^(?:from|in)$/.test(words[k] ?? '')) return false;
  const rest = words.slice(k + 1, k + 7).join(' ');
  return /^(?:(?:the|its|their) )?(?:@\d+ 's )?(?:[a-z-]+ )?(?:bank )?(?:accounts|account|deposits)(?: |$)/.test(rest);
}

/** A firm's property a seizure takes, its means of business rather than goods: "servers", "equipment", "documents" (helper rsx96). */
const SEIZED_PROPERTY: ReadonlySet<string> = new Set(['servers', 'server', 'equipment', 'hardware', 'computers', 'databases', 'documents', 'records', 'files', 'domains', 'websites', 'infrastructure', 'offices', 'premises']);
/** Proceedings a court or a body may freeze: no one's property. */
const FROZEN_PROCEEDINGS: ReadonlySet<string> = new Set(['case', 'cases', 'proceedings', 'trial', 'investigation', 'probe', 'lawsuit', 'hearing', 'hearings', 'talks', 'negotiations', 'process', 'review']);
/** Words before the property: a determiner, a count, one or two describing words ("a number of web servers", "some 800 servers"). */
const BEFORE_SEIZED_PROPERTY = /^(?:the|all|some|several|most|a|number|of|dozens|hundreds|thousands|about|around|nearly|approximately|more|than|over|[\d,.]+|[a-z][a-z-]*)$/;
/** Verbs that add a member to a set: "added Zeta to its portfolio". */
const ADDING_VERBS = /^(?:add|adds|added|adding|brought|brings|bring|bringing|welcomed|welcomes|welcome|welcoming)$/;

/** Whether `list` is what an adding verb before it puts "to" a set: "added Zeta to a portfolio that …", "added brand Zeta to …". */
function isAddedToSet(words: readonly string[], list: MentionList): boolean {
  if (words[list.last + 1] === 'to') {
    const before = words[list.first - 1] ?? '';
    if (ADDING_VERBS.test(before) || (/^(?:brand|label|the|its|their)$/.test(before) && ADDING_VERBS.test(words[list.first - 2] ?? ''))) return true;
  }
  return isAddedAmongOthers(words, list);
}

/**
 * "adds brands such as Lumo and Tarn hair dyes and Pell make-up to its portfolio of brands that include …": a list of added brands,
 * with their goods' words and the list's other members between the verb and it, is put "to" or "into" the set as well (helper
 * dvb97, from real consumer-goods deals: the added brand was read as the maker of the set's members). No clause's mark between.
 */
function isAddedAmongOthers(words: readonly string[], list: MentionList): boolean {
  let k = list.last + 1;
  for (let n = 0; n < 3 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && words[k] !== 'to' && words[k] !== 'into'; n++) k++;
  if (words[k] !== 'to' && words[k] !== 'into') return false;
  for (let j = list.first - 1; j >= Math.max(0, list.first - 14); j--) {
    const w = words[j]!;
    if (ADDING_VERBS.test(w)) return true;
    if (!/^(?:[a-z][a-z-]*|@\d+|,)$/.test(w) || /^(?:which|that|who|whose|said|says|from|by|with|for|of|to|after|while|but)$/.test(w) || (w === 'as' && words[j - 1] !== 'such')) return false;
  }
  return false;
}

/**
 * What a seizure's verb at `at` takes, when it is a firm's property: 'owned' when its owner follows ("equipment from Zenco", "the
 * servers of Zenco", "belonging to Zenco"), 'unowned' when none does ("seized 800 servers and arrested two", "seized web servers
 * during a raid in Reston": no owner is restricted, and a place after it is no banned thing); undefined for anything else.
 */
function seizedProperty(words: readonly string[], at: number): 'owned' | 'unowned' | undefined {
  for (let k = at; k < at + 6 && k < words.length; k++) {
    const w = words[k]!;
    if (SEIZED_PROPERTY.has(w)) {
      const next = SEIZED_PROPERTY.has(words[k + 1] ?? '') ? k + 2 : k + 1;
      const whose = words[next] === 'of' || words[next] === 'from' || (words[next] === 'belonging' && words[next + 1] === 'to') || (words[next] === 'owned' && words[next + 1] === 'by');
      // "the servers of Zenco's clients", "belonging to Zenco customers": the firm's customers own them, no owner is named (crit96c).
      return whose && !customersOwn(words, next + (words[next] === 'belonging' || words[next] === 'owned' ? 2 : 1)) ? 'owned' : 'unowned';
    }
    if (!BEFORE_SEIZED_PROPERTY.test(w) || /^(?:from|of|in|at|and|or|to|by|for|with)$/.test(w) && !(w === 'of' && /^(?:number|dozens|hundreds|thousands)$/.test(words[k - 1] ?? ''))) return undefined;
  }
  return undefined;
}

/** Whether the owner after `at` is a firm's customers: "(the) Zenco 's clients", "Zenco customers". */
function customersOwn(words: readonly string[], at: number): boolean {
  const k = words[at] === 'the' ? at + 1 : at;
  if (!/^@\d+$/.test(words[k] ?? '')) return false;
  return /^(?:clients|customers|users|subscribers|tenants)$/.test(words[k + 1] === "'s" ? words[k + 2] ?? '' : words[k + 1] ?? '');
}

/** Whether "to" stands before the list at `first`, over a determiner and up to three describing words: "to Chinese investor Zenco". */
function afterToWithDescription(words: readonly string[], first: number): boolean {
  let k = firstBefore(words, first);
  for (let n = 0; n < 3 && k > 0 && words[k] !== 'to' && /^[a-z][a-z-]*$/.test(words[k]!); n++) k = firstBefore(words, k);
  return words[k] === 'to';
}

/** A firm, or a name no rule has typed yet ("barred firms from selling chips to Zenco": a buyer no lexicon knows is a firm). */
function isFirmOrUntyped(m: SentenceMention): boolean {
  return m.type === 'company' || (m.source === 'unknown' && m.type === 'organization');
}

/** Plural nouns of the places or buyers an export goes to ("sanctioned countries", "countries of concern", "embargoed destinations"). */
const DESTINATION_CLASSES: ReadonlySet<string> = new Set(['countries', 'nations', 'states', 'destinations', 'regions', 'jurisdictions', 'markets', 'buyers', 'customers', 'adversaries']);
/** Words that bring in the members of a class just named ("countries such as A", "countries, including A"). */
const MEMBERS_INTRO: ReadonlySet<string> = new Set(['including', 'like', 'notably', 'especially', 'namely', 'particularly']);

/**
 * "bars exports to sanctioned countries, including Iran and Syria", "chip sales to countries of concern such as China": the
 * members named after a class of destinations are the destinations (stop 62's controls readers). The class is a few
 * lower-case words after "to" holding a plural noun of places or buyers.
 */
function afterToClassOfPlaces(words: readonly string[], first: number): boolean {
  let k = first - 1;
  if (words[k] === 'as' && words[k - 1] === 'such') k -= 2;
  else if (MEMBERS_INTRO.has(words[k] ?? '')) k -= 1;
  else return false;
  if (words[k] === ',') k--;
  let sawClass = false;
  for (let n = 0; n < 6 && k > 0 && /^[a-z][a-z-]*$/.test(words[k]!); n++, k--) {
    if (words[k] === 'to' || words[k] === 'into') return sawClass;
    if (DESTINATION_CLASSES.has(words[k]!)) sawClass = true;
  }
  return false;
}

/** Nouns of selling a firm, after a ban verb: "blocked the sale of Qorva to Zenco". */
const SALE_NOUNS: ReadonlySet<string> = new Set(['sale', 'sales', 'sell-off', 'transfer']);

/** "sanctioned executives of Zenco", "banned the CEO of Zenco": the firm's people are acted on, not the firm. */
function isPeopleOf(words: readonly string[], list: MentionList): boolean {
  const of = words[list.first - 1] === 'the' ? list.first - 2 : list.first - 1;
  return words[of] === 'of' && PEOPLE_OF_FIRM.has(words[of - 1] ?? '');
}
const PEOPLE_OF_FIRM: ReadonlySet<string> = new Set(['executives', 'executive', 'officials', 'official', 'employees', 'employee', 'managers', 'directors', 'director', 'officers', 'officer', 'founders', 'founder', 'owners', 'owner', 'shareholders', 'staff', 'members', 'leaders', 'ceo', 'chairman', 'chairwoman', 'president', 'head', 'heads', 'chief', 'boss', 'bosses', 'engineers', 'researchers', 'scientists', 'workers']);

/** A firm's or a body's noun, plural or singular ("firms", "firm", "agency"). */
const isFirmNoun = (w: string): boolean => FIRM_NOUNS.has(w) || FIRM_NOUNS.has(`${w}s`) || FIRM_NOUNS.has(w.replace(/y$/, 'ies'));
/** Words after a state that end the words describing its firms: "Ruritania and firms …", "Ruritania for firms …". */
const PREPOSITIONS_AFTER_STATE: ReadonlySet<string> = new Set(['and', 'or', 'to', 'for', 'with', 'from', 'by', 'of', 'in', 'on', 'at', 'over', 'after', 'that', 'which', 'who']);

/**
 * "added six US firms to its list", "sanctions on Russia's drone makers", "added Russia's top chipmaker, Qorva, …": a state's
 * name before firms, or owning them, only says whose they are; the firms (or the one named after them) are the object.
 */
function isStateOfFirms(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (!list.members.every((m) => mentions[m]!.type === 'government')) return false;
  // "three Iranian agencies", "a Russian state-backed agency": the state's firms or bodies, a describing word or two between.
  for (let k = list.last + 1; k <= list.last + 3 && k < words.length; k++) {
    // "froze the US assets of A and B": what the state names is where the holdings are, not whom they are frozen on (stop 76).
    if (isFirmNoun(words[k]!) || HOLDINGS.has(words[k]!)) return true;
    if (!/^[a-z][a-z-]*$/.test(words[k]!) || PREPOSITIONS_AFTER_STATE.has(words[k]!)) break;
  }
  // "three U.S.-linked firms": the state opens a compound before the firms.
  if (words[list.last + 1] === '-' && FIRM_NOUNS.has(words[list.last + 3] ?? '')) return true;
  if (words[list.last + 1] !== "'s") return false;
  // After the possessive, a firm's noun within a few describing words ("top", "state-owned", "drone").
  for (let k = list.last + 2; k <= list.last + 4 && k < words.length; k++) {
    const w = words[k]!;
    if (isFirmNoun(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w)) return false;
  }
  return false;
}

/**
 * "sanctioned three firms for supplying drones to Ruritania", "blacklisted Zenco over its role in …": the reason given for a
 * ban or a control names others (those helped, those supplied), not what is acted on.
 */
function reasonAt(words: readonly string[], from: number, end: number): number {
  for (let i = from; i < end - 1; i++) {
    if ((words[i] === 'for' || words[i] === 'over') && (/^[a-z]+ing$/.test(words[i + 1]!) || (/^(?:its|their|its@\d+)$/.test(words[i + 1]!) && REASON_NOUNS.has(words[i + 2] ?? '')))) return i;
    // "duties on the products following a Trade Ministry probe": the inquiry the act followed, and the body behind it, are no object
    // (helper trd90b, from stop 90's eightieth fresh sample).
    if (AFTER_INQUIRY.has(words[i]!) && inquiryNounWithin(words, i + 1, Math.min(end, i + 6))) return i;
  }
  return end;
}
const AFTER_INQUIRY: ReadonlySet<string> = new Set(['following', 'after', 'amid']);
const INQUIRY_NOUNS = /^(?:probe|probes|investigation|investigations|inquiry|inquiries|review|reviews|ruling|rulings|finding|findings|determination|petition|petitions|complaint|complaints)$/;
/** Whether an inquiry noun stands in words [from, to) before any comma: "following a Trade Ministry probe", "after an anti-dumping investigation". */
function inquiryNounWithin(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to && words[k] !== ',' && words[k] !== '.'; k++) if (INQUIRY_NOUNS.test(words[k]!)) return true;
  return false;
}
const REASON_NOUNS: ReadonlySet<string> = new Set(['role', 'roles', 'support', 'involvement', 'ties', 'links', 'part', 'alleged', 'work', 'help', 'assistance', 'dealings']);

/** "added 14 firms to its list, the Trade Ministry announced": who reports the clause after a comma is no object of it. */
function isReporterAfterComma(words: readonly string[], list: MentionList): boolean {
  // "…, Newswire news agency reports": the outlet's kind may stand between its name and the reporting verb (helper cla102).
  const kind = words[list.last + 1] === 'news' && OUTLET_KINDS.has(words[list.last + 2] ?? '') ? 2 : OUTLET_KINDS.has(words[list.last + 1] ?? '') ? 1 : 0;
  return words[firstBefore(words, list.first)] === ',' && REPORTS_AFTER.has(words[list.last + 1 + kind] ?? '');
}
/** Kinds of outlet named after its name: "Newswire news agency", "Zeta newspaper". */
const OUTLET_KINDS: ReadonlySet<string> = new Set(['agency', 'service', 'newspaper', 'daily', 'outlet', 'website', 'channel', 'broadcaster', 'magazine']);
const REPORTS_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'announces', 'reported', 'reports', 'confirmed', 'confirms', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'declared', 'explained', 'explains', 'told']);

/**
 * "India bans Chinese drone parts – Reuters": a wire service after a dash (the tokenizer's comma) that ends a headline is its
 * credit, not an object (stop 54's readers).
 */
function isWireCredit(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  const before = firstBefore(words, list.first);
  const ends = list.last + 1 >= words.length || (/^[.!?]$/.test(words[list.last + 1]!) && list.last + 2 >= words.length);
  return ends && list.members.length === 1 && /^[-–—,]$/.test(words[before] ?? '') && WIRE_SERVICES.has(mentions[list.members[0]!]!.key);
}
/** The wire services whose name closes a headline as its credit (the lexicon's keys). */
const WIRE_SERVICES: ReadonlySet<string> = new Set(['reuters', 'associated-press', 'agence-france-presse', 'bloomberg', 'xinhua', 'yonhap', 'kyodo', 'tass']);

/** Whether an exemption's noun follows the act at `t` before any other name: "revoked the validated end-user (VEU) status of Zenco". */
function waiverBefore(words: readonly string[], t: number): boolean {
  for (let k = t + 1; k <= t + 8 && k < words.length; k++) {
    if (WAIVERS.has(words[k]!)) return true;
    // "the VEU status": a name may qualify the exemption itself.
    if (mentionAt(words, k) !== undefined && !WAIVERS.has(words[k + 1] ?? '')) return false;
  }
  return false;
}

/** Verbs that take an act back, when a ban trigger: "revoked", "suspended", "removed", "withdrew", "cancelled". */
const TAKE_BACK_VERBS = /^(?:revoked|revokes|revoke|revoking|suspended|suspends|suspend|suspending|removed|removes|remove|removing|withdrew|withdraws|withdraw|withdrawn|withdrawing|rescinded|rescinds|rescind|rescinding|cancelled|canceled|cancels|cancel|cancelling|canceling)$/;
/** Nouns of an act against a party, taken back by such a verb: "the withhold release order", "the sanctions", "the embargo". */
const TAKEN_BACK_ACTS: ReadonlySet<string> = new Set(['order', 'orders', 'wro', 'wros', 'finding', 'findings', 'ban', 'bans', 'sanction', 'sanctions', 'embargo', 'embargoes', 'restriction', 'restrictions', 'tariff', 'tariffs', 'duties', 'injunction', 'injunctions', 'designation', 'designations', 'blacklisting', 'measures']);

/** Whether the ban verb at `t` takes back an act named before any party: "revoked the withhold release order against Zenco". */
function actTakenBack(words: readonly string[], t: number): boolean {
  if (!TAKE_BACK_VERBS.test(words[t] ?? '')) return false;
  for (let k = t + 1; k <= t + 6 && k < words.length; k++) {
    if (mentionAt(words, k) !== undefined || /^[,;:.]$/.test(words[k]!)) return false;
    if (TAKEN_BACK_ACTS.has(words[k]!)) return true;
  }
  return false;
}

/** Lists of restricted parties a firm may be taken off: "the Entity List", "the sanctions list", "its blacklist". */
const RESTRICTED_LISTS: ReadonlySet<string> = new Set(['list', 'lists', 'blacklist', 'blacklists', 'denylist', 'watchlist', 'sanctions', 'register', 'registry']);

/** Whether the removal at `t` takes its object off a list of restricted parties: "removed A and B from the Entity List". */
function removedFromList(words: readonly string[], t: number): boolean {
  const from = words.indexOf('from', t + 1);
  return from > 0 && from <= t + 10 && words.slice(from + 1, from + 6).some((w) => RESTRICTED_LISTS.has(w));
}

/** "removed Zapp from the Zenco Store": the place a thing is removed from is not what is removed. */
function isRemovedFrom(words: readonly string[], t: number, list: MentionList): boolean {
  // "Zenco Yanks Zeta From Qorva Store", "pulled the game from Vexa" (stop 56's readers): any verb of taking off.
  if (!REMOVING.test(words[t]!)) return false;
  // "from its Zemblan Zeta Store": a state's adjective may stand between.
  let k = firstBefore(words, list.first);
  if (k > 0 && DEMONYM_SHAPE.test(words[k]!)) k = firstBefore(words, k);
  // "removed the app from developer Qorva": a maker named with its kind after "from" is whose the thing is (stop 77's review).
  if (k > 0 && FIRM_KINDS_BEFORE_NAME.has(words[k]!)) k = firstBefore(words, k);
  return words[k] === 'from';
}

/** Verbs of taking something off a store or a platform, whatever their form: what follows their "from" is where from. */
const REMOVING = /^(?:remov|pull|yank|delist|kick|purg|boot|strip|drop)/;

/**
 * "launched a bid to acquire Qorva", "launched a campaign to block Zapp": an infinitive of some other verb between a maker's
 * verb and a name makes the name that verb's object, not the thing made ("launched an effort to build Zeta" still makes it).
 */
function otherInfinitiveBefore(words: readonly string[], from: number, first: number): boolean {
  for (let k = from; k < first - 1; k++) {
    if (words[k] !== 'to' || !/^[a-z]+$/.test(words[k + 1] ?? '')) continue;
    return !triggersAt(words, k + 1).some((t) => t.relation === 'develops');
  }
  return false;
}

/** "investment in", "new investments into", "any investing in" right after the trigger: the index after the preposition. */
function investmentPhraseEnd(words: readonly string[], at: number): number | undefined {
  let k = at;
  while (k < at + 2 && /^(?:new|all|any|further|foreign|american|u\.s\.|us|direct|the|on)$/.test(words[k] ?? '')) k++;
  if (/^(?:investment|investments|investing)$/.test(words[k] ?? '') && /^(?:in|into)$/.test(words[k + 1] ?? '')) return k + 2;
  // "barred American investors from buying shares in Zenco": investors kept from buying into a firm (stop 65, third round).
  if (!/^(?:investors|funds|citizens|persons|companies|firms|entities|individuals)$/.test(words[k] ?? '') || words[k + 1] !== 'from') return undefined;
  k += 2;
  if (!/^(?:buying|purchasing|owning|holding|acquiring|trading|investing)$/.test(words[k] ?? '')) return undefined;
  k++;
  if (/^(?:shares|stakes|stocks|securities|equity|bonds|a|any)$/.test(words[k] ?? '')) k++;
  if (words[k] === 'stake') k++;
  return /^(?:in|of|into)$/.test(words[k] ?? '') ? k + 1 : undefined;
}

/** "the iOS app of Zapp": for a list right before such a noun and "of", the list after it (the list itself otherwise). */
function versionOwner(words: readonly string[], list: MentionList | undefined, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  if (!list || !VERSION_NOUNS.has(words[list.last + 1] ?? '') || words[list.last + 2] !== 'of') return list;
  const m = mentionAt(words, list.last + 3 + (words[list.last + 3] === 'the' ? 1 : 0));
  return (m === undefined ? undefined : lists.get(m)) ?? list;
}

/** Acts a verb may act on: "the ban on Zapp", "Montana's sanctions against Zenco", and a state's trade measures ("removed tariffs on Zenco", helper tar89). */
const ACTS_ACTED_ON: ReadonlySet<string> = new Set(['ban', 'bans', 'suspension', 'prohibition', 'block', 'blocking', 'sanctions', 'embargo', 'restrictions', 'order', 'orders', 'decision', 'law', 'rule', 'rules',
  'tariff', 'tariffs', 'duties', 'levies', 'quotas', 'surtax', 'surtaxes',
  // A court's or a regulator's finding against a firm, stayed or suspended, bans no one: "a court suspended the ruling against Zenco" (helper sus92).
  'ruling', 'rulings', 'judgment', 'judgement', 'judgments', 'judgements', 'verdict', 'injunction', 'injunctions', 'fine', 'fines', 'penalty', 'penalties']);

/** Whether the object after a verb (at `after`) is an act on something: "the Montana ban on Zapp", "the government's ban on Zapp". */
function actsOnAnAct(words: readonly string[], after: number): boolean {
  let k = after;
  if (/^(?:the|its|a|an|their)$/.test(words[k] ?? '') || /^its@/.test(words[k] ?? '')) k++;
  if (mentionAt(words, k) !== undefined || /^[a-z-]+$/.test(words[k] ?? '') && words[k + 1] === "'s") k += words[k + 1] === "'s" ? 2 : 1;
  if (/^(?:new|planned|proposed|nationwide|total|temporary|federal|state|statewide|outright)$/.test(words[k] ?? '')) k++;
  // "removed the anti-dumping duties on Zenco", "suspended retaliatory tariffs on …": a trade measure's kind before its noun.
  if (/^(?:anti-dumping|antidumping|anti-subsidy|countervailing|retaliatory|punitive|additional|extra|import|customs|safeguard)$/.test(words[k] ?? '')) k++;
  // "suspended the flight ban on Qorva Air", "the travel ban against …": any one word saying what the act covers (helper fpy93).
  if (/^[a-z][a-z-]*$/.test(words[k] ?? '') && ACTS_ACTED_ON.has(words[k + 1] ?? '') && /^(?:on|of|against|targeting)$/.test(words[k + 2] ?? '')) k++;
  return ACTS_ACTED_ON.has(words[k] ?? '') && /^(?:on|of|against|targeting)$/.test(words[k + 1] ?? '');
}

/** Measures a state may put off, by their noun: "suspended the ban on …", "paused its sanctions against …". */
const SUSPENDABLE_MEASURES: ReadonlySet<string> = new Set(['ban', 'bans', 'prohibition', 'prohibitions', 'sanctions', 'embargo', 'embargoes', 'restrictions', 'curbs', 'blacklisting', 'blockade', 'moratorium', 'controls']);
/** Verbs that put a measure off for a time. */
const SUSPENDING = /^(?:suspended|suspends|suspend|suspending|paused|pauses|pause|pausing|waived|waives|waive|waiving|froze|freezes|freeze|freezing)$/;

/**
 * Whether the measure's noun at `t` is the object of a verb that puts it off: "suspended the ban on Zenco Air", "paused the flight
 * ban on Qorva", "has suspended its sanctions against Zenco". Up to two describing words and a determiner stand between.
 */
function measureSuspendedBefore(words: readonly string[], t: number, noun: string): boolean {
  if (!SUSPENDABLE_MEASURES.has(noun)) return false;
  let k = t - 1;
  for (let skipped = 0; skipped < 2 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && !/^(?:the|its|their|a|an|and|or|all)$/.test(words[k]!) && !SUSPENDING.test(words[k]!); skipped++) k--;
  if (/^(?:the|its|their|a|an|all)$/.test(words[k] ?? '') || /^its@/.test(words[k] ?? '')) k--;
  return SUSPENDING.test(words[k] ?? '');
}

/** Words that pause an activity for a time: "suspended", "halts", "froze", "the suspension of", "a freeze on". */
const PAUSING_WORDS = /^(?:suspend|suspends|suspended|suspending|suspension|suspensions|halt|halts|halted|halting|pause|pauses|paused|pausing|freeze|freezes|froze|frozen|freezing)$/;
/** Flows of money a service pauses: "suspended withdrawals from ZenEarn", "froze deposits and redemptions on Qorva" (helper fpy93). */
// "suspended monetisation for Vidzo users": a platform's earnings paid to users are such a flow too (helper cla102, fresh news samples).
const PAUSED_FLOWS: ReadonlySet<string> = new Set(['withdrawals', 'withdrawal', 'deposits', 'deposit', 'redemptions', 'redemption', 'payouts', 'transfers', 'swaps', 'conversions', 'top-ups', 'monetisation', 'monetization', 'payments']);
/** A market's dealing in a firm's paper: "trading in Zenco shares", "trading of the shares of Zenco". */
const TRADED_PAPER: ReadonlySet<string> = new Set(['shares', 'share', 'stock', 'stocks', 'securities', 'bonds', 'units']);

/**
 * Whether the object after a ban's verb or noun (at `after`) is an activity paused rather than a thing banned: a flow of money
 * ("suspended deposits and withdrawals from ZenEarn", "the suspension of withdrawals on Qorva") or trading in a firm's paper
 * ("suspended trading in Zenco shares", "halted trading of Zenco Inc"). Trading in a product stays a ban ("suspended trading of
 * the Zoken coin").
 */
function pausesActivity(words: readonly string[], after: number, mentions: readonly SentenceMention[]): boolean {
  let k = after;
  if (/^(?:of|on)$/.test(words[k] ?? '') && /^(?:suspensions?|halts?|freezes?)$/.test(words[k - 1] ?? '')) k++;
  if (/^(?:the|all|its|their|new)$/.test(words[k] ?? '') || /^its@/.test(words[k] ?? '')) k++;
  if (/^(?:customer|user|crypto|cash|fund|token|client|account|bitcoin)$/.test(words[k] ?? '')) k++;
  // "froze the deposits of Zenco Bank", "froze swaps with Zenco Bank": a named holder or party after the flow is whose money is
  // frozen or who is cut off, an asset freeze on it rather than a service's pause (re-read rr93a).
  if (PAUSED_FLOWS.has(words[k] ?? '')) return !heldByNamed(words, k + 1);
  if (words[k] !== 'trading' || !/^(?:in|of|on)$/.test(words[k + 1] ?? '')) return false;
  k += 2;
  if (words[k] === 'the') k++;
  if (TRADED_PAPER.has(words[k] ?? '')) return true;
  const m = mentionAt(words, k);
  if (m === undefined) return false;
  const next = words[k + 1] === "'s" ? words[k + 2] : words[k + 1];
  return TRADED_PAPER.has(next ?? '') || mentions[m]?.type === 'company';
}

/** Whether the words at `at` name a flow's holder or party: "of Zenco Bank", "with the Qorva fund", "held by Zenco". */
function heldByNamed(words: readonly string[], at: number): boolean {
  let k = at;
  if (/^(?:held|owned)$/.test(words[k] ?? '') && words[k + 1] === 'by') k += 2;
  else if (/^(?:of|with)$/.test(words[k] ?? '')) k++;
  else return false;
  if (words[k] === 'the') k++;
  return mentionAt(words, k) !== undefined;
}

/** "blocked Zapp's access to Qorva": what another's access was to is not what is blocked. */
function isAccessedByAnother(words: readonly string[], list: MentionList): boolean {
  const to = firstBefore(words, list.first);
  return words[to] === 'to' && words[to - 1] === 'access' && words[to - 2] === "'s";
}

/** "its@3": a possessive pronoun resolved to an entity, standing for the owner of what follows. */
function isPossessivePronoun(words: readonly string[], list: MentionList): boolean {
  return list.first === list.last && /^its@/.test(words[list.first]!);
}

/** After a placement verb: "… to the Entity List", "… under sanctions": the index of the list word, if any. */
function placementAfter(words: readonly string[], from: number): number | undefined {
  const spec = RELATIONS.restricts.placements;
  // Further than an object: "added three entities — A, B (Russia) and C (UK) — to the Entity List".
  for (let i = from; i < words.length && i < from + 2 * OBJECT_REACH; i++) {
    const w = words[i]!;
    if (w === ';' || w === '.' || w === ':') return undefined;
    // "added Kappa Tools into its Entity List" (stop 62's controls readers).
    if (w !== 'to' && w !== 'on' && w !== 'onto' && w !== 'under' && w !== 'in' && w !== 'into') continue;
    for (let k = i + 1; k <= i + listTitleReach(words, i + 1) && k < words.length; k++) {
      if (spec.onto.some((onto) => onto.split(' ').every((p, n) => words[k + n] === p)) && !listOfOtherThings(words, k)) return k;
      // A name stands in the way unless it owns the list ("Zembla's list") or is its title ("the Military End User list").
      // … or names the list's system right before its word, "its" and all ("to its 'Great Firewall' blacklist"; helper ban90, s78).
      const titled = (k2: number): boolean => spec.onto.some((onto) => onto.split(' ').every((p, n) => words[k2 + n] === p));
      // "to the Specially Designated Nationals and Blocked Persons List": a list's long title, its first half read as a name (helper trx93).
      // Only a list of suspects' title: not "the Approved Vendors and Trusted Suppliers List".
      const titleEnd = words[k + 1] === 'and' && mentionAt(words, k) !== undefined ? [k + 3, k + 4, k + 5].find((e) => titled(e) && words.slice(k + 2, e).every((w) => /^[a-z][a-z-]*$/.test(w)) && words.slice(k + 2, e).some((w) => LIST_OF_SUSPECTS.test(w))) : undefined;
      if (titleEnd !== undefined) return titleEnd;
      const title = titled(k + 1) || (words[k]!.startsWith('its@') && mentionAt(words, k + 1) !== undefined && titled(k + 2));
      if (mentionAt(words, k) !== undefined && words[k + 1] !== "'s" && !LIST_NOUNS.has(words[k + 1]!) && !title) break;
    }
  }
  return undefined;
}
const LIST_NOUNS: ReadonlySet<string> = new Set(['list', 'lists']);

/**
 * How many words after "to" a list's word may come: five, or seven when the first five are one run of title words of a suspects'
 * list, no function word or mark among them ("to its non-SDN Chinese Military-Industrial Complex Companies List", helper exb101).
 */
function listTitleReach(words: readonly string[], from: number): number {
  const run = words.slice(from, from + 5);
  const titleWord = (w: string): boolean => TITLE_WORD.test(w) && !NOT_TITLE_WORDS.has(w);
  // Only a suspects' list: not "its approved cloud software vendors list".
  const suspects = run.some((w) => LIST_OF_SUSPECTS.test(w) || SUSPECT_TITLE_CUES.test(w));
  return run.length === 5 && suspects && run.every((w, n) => titleWord(w) || (n === 0 && /^(?:the|its|their)$/.test(w))) ? 7 : 5;
}
const SUSPECT_TITLE_CUES = /^(?:non-sdn|sdn|military-industrial|military-linked|entity|end-user)$/;
const TITLE_WORD = /^(?:[a-z][a-z0-9-]*|@\d+)$/;
const NOT_TITLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'and', 'or', 'with', 'that', 'which', 'where', 'who', 'by', 'from', 'in', 'on', 'at', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'it', 'they', 'will', 'would', 'can', 'could', 'its', 'their', 'after', 'before', 'over', 'because', 'but', 'than', 'then', 'this', 'these', 'those', 'list', 'lists']);
/** Words that open a placement's reason or an aside after the list: "… to the list because of its use of US-origin chips". */
// Not "as" ("to the list, as well as Qorva" names a companion).
const LIST_REASON_WORDS: ReadonlySet<string> = new Set(['because', 'for', 'over', 'after', 'citing', 'due', 'since', 'amid', 'which', 'that', 'its', 'their', 'use']);

/** "the agency's red list", "Zembla's sanctions list": the owner named in the possessive before a list's words. */
function listOwner(words: readonly string[], list: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  for (let k = list - 1; k >= 0 && k >= list - 3; k--) {
    if (words[k] === "'s") {
      const m = mentionAt(words, k - 1);
      return m === undefined ? undefined : lists.get(m);
    }
    if (!/^[a-z][a-z-]*$/.test(words[k]!)) return undefined;
  }
  return undefined;
}

/**
 * "Gov. Vena Morrow has added Zenco and Qorva to Texas's blacklist", "The governor put Zenco on Ohio's prohibited list": with no
 * state or body as the placing verb's subject (an official, a bare title), the state whose possessive owns the list placed the names
 * on it. Only a government owner: a firm's or a person's list ("her list of favourite firms") places nothing for a state.
 */
function stateListOwner(words: readonly string[], list: number | undefined, lists: ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[]): MentionList | undefined {
  const owner = list === undefined ? undefined : listOwner(words, list, lists);
  return owner?.members.every((m) => mentions[m]!.type === 'government') ? owner : undefined;
}

/** "its list of top apps": a list of something that is no sanction, ban or register of suspects. */
function listOfOtherThings(words: readonly string[], k: number): boolean {
  if (!/^(?:list|lists)$/.test(words[k]!) || words[k + 1] !== 'of') return false;
  // A list titled as a register of suspects keeps that sense whatever its members are called (helper exb101):
  // "added Zenco to its Entity List of firms judged to act against US interests".
  if (isSuspectListTitle(words, k)) return false;
  const of = words.slice(k + 2, k + 7);
  // "the list of organizations subject to export restrictions" (helper bk86): those under export controls, not "exempt from" them
  // nor under "price controls".
  const underControls = of.some((w, n) => UNDER_CONTROLS.test(w) && /^(?:export|trade)$/.test(of[n - 1] ?? '') && of[n - 2] === 'to' && of[n - 3] === 'subject');
  // "its list of war sponsors", "a list of international sponsors of war": a state's list of those it says fund a war (helper trx93).
  // ("sponsors of war films" are a film's.)
  const warSponsors = of.some((w, i) => (w === 'war' && /^sponsors?$/.test(of[i + 1] ?? '')) || (/^sponsors?$/.test(w) && of[i + 1] === 'of' && warEnds(of, of[i + 2] === 'the' ? i + 3 : i + 2)));
  // "a list of firms that have barred sales to Zembla", "… that blacklisted Zemblan banks": a suspect's word the members do themselves,
  // in a relative clause's active verb, praises them; "firms that were barred" are suspects (re-read rr93a).
  const membersOwnAct = (n: number): boolean => RELATIVE_WORD.test(of[n - 1] ?? '') || (/^(?:have|has|had)$/.test(of[n - 1] ?? '') && RELATIVE_WORD.test(of[n - 2] ?? ''));
  return !underControls && !warSponsors && !of.some((w, n) => LIST_OF_SUSPECTS.test(w) && !membersOwnAct(n));
}
/** "Entity List", "Unverified List", "Denied Persons List": the title word right before the list word `k` names a register of suspects. */
function isSuspectListTitle(words: readonly string[], k: number): boolean {
  const title = words[k - 1] ?? '';
  return SUSPECT_LIST_TITLES.has(title);
}
const SUSPECT_LIST_TITLES: ReadonlySet<string> = new Set(['entity', 'unverified', 'sanctions', 'sanction', 'persons', 'nationals', 'end-user', 'restricted', 'blocked', 'prohibited', 'banned']);
const RELATIVE_WORD = /^(?:that|which|who)$/;
const UNDER_CONTROLS = /^(?:restrictions|controls)$/;
/** "war" at `i` ending its phrase: "sponsors of war", "of the war in Ukraine", not "of war films". */
const warEnds = (of: readonly string[], i: number): boolean => of[i] === 'war' && /^(?:|[.,;:]|in|against|on|and)$/.test(of[i + 1] ?? '');
const LIST_OF_SUSPECTS = /^(?:foreign|agents?|undesirable|extremist|terrorist|sanction|sanctions|sanctioned|banned|prohibited|blocked|restricted|unverified|denied|entities|persons|individuals|specially|designated|suspected|unreliable|military|barred|debarred|blacklisted)$/;

/**
 * After a designation verb, its complement: the first "as", or the "a" right after the verb or its
 * object that stands for one ("labeled Y a national security threat", "designated Y a preferred
 * supplier"), and whether a threat cue follows in its next few words ("as Chinese military companies").
 */
function complementOf(words: readonly string[], from: number): { at: number; threat: boolean } | undefined {
  const cues: readonly string[] = RELATIONS.restricts.designations.as;
  for (let i = from; i < words.length && i < from + 2 * OBJECT_REACH; i++) {
    const w = words[i]!;
    if (w === ';' || w === '.' || w === ':') return undefined;
    // "declared Zeta (to be) …": the complement right after the object, or after "to be".
    const afterObject = i === from || mentionAt(words, i - 1) !== undefined || (words[i - 1] === 'be' && words[i - 2] === 'to' && mentionAt(words, i - 3) !== undefined);
    // "designated the Zeta monitor an integrated meter": the object's kind noun may stand between it and the complement (helper
    // trd90, fresh sample s79e: a regulator's device class is no listing).
    const afterKind = mentionAt(words, i - 2) !== undefined && /^[a-z][a-z-]*$/.test(words[i - 1] ?? '') && !/^(?:and|or|on|in|by|last|this|today|yesterday)$/.test(words[i - 1] ?? '');
    const article = (w === 'a' || w === 'an') && (afterObject || afterKind);
    // "labeled A, B and C 'undesirable organizations'", "declared Zeta undesirable": a complement that opens with its cue needs no article.
    const bare = BARE_DESIGNATIONS.has(w) && (afterObject || words[i - 1] === ',');
    if (bare) return { at: i, threat: true };
    // "labeled outlets, such as A and B, …": the "as" of an enumeration opens no complement.
    // "designated A and B as well as C": the "as" of "as well as" joins the list; it opens no complement (stop 82's fresh samples).
    // "designated A, also known as Zen Star, and B": an alias's "as" neither.
    if ((w !== 'as' || words[i - 1] === 'such' || words[i - 1] === 'known' || words[i + 1] === 'well' || words[i - 1] === 'well') && !article) continue;
    // "designated Zenco as part of sanctions against Russia", "listed A and B as part of the new sanctions package": a
    // designation made in a sanctions round is the sanctions listing (helper san88's fresh samples).
    // Not after "designated by Qorva": the reduced passive's agent is no object (the passive reading names it).
    if (w === 'as' && words[from] !== 'by' && SANCTIONS_ROUND.test(words.slice(i + 1, i + 7).join(' '))) return { at: i, threat: true };
    for (let k = i + 1; k <= i + 6 && k < words.length; k++) {
      // "declared Zeta a foreign agent": the register of foreign agents is a designation too.
      if (cues.includes(words[k]!) || (words[k] === 'foreign' && /^agents?$/.test(words[k + 1] ?? ''))) return { at: i, threat: true };
      if (HARD_STOP_WORDS.has(words[k]!)) break;
    }
    return { at: i, threat: false };
  }
  return undefined;
}
const HARD_STOP_WORDS = new Set([',', ';', '.', ':', 'by']);
/** Where "as" opens "as part of … <sanctions noun at t>", that "as"; -1 otherwise. */
function sanctionsRoundAs(words: readonly string[], t: number): number {
  for (let k = t - 3; k >= t - 5 && k >= 0; k--) if (words[k] === 'as' && SANCTIONS_ROUND.test(words.slice(k + 1, t + 1).join(' '))) return k;
  return -1;
}
/** "as part of (the|its|a|new …) sanctions": at most two plain words between "of" and the sanctions noun, and after it a word
 * that tells of the round ("sanctions against", "sanctions package"), not a noun it qualifies ("sanctions compliance team"). */
const SANCTIONS_ROUND = /^part of (?:(?:the|its|their|a|new|latest|fresh|further|wider|us|u\.s\.|eu|western|international) ){0,2}(?:sanctions|designations)(?= (?:against|on|targeting|over|package|packages|list|lists|round|regime|programme|program|imposed|aimed|announced|for|by|that|which|,|\.|;)(?: |$)|$)/;
/**
 * Whether the designation's complement at `at` (its "as", its article or its bare word) names the target one whose operation the
 * state outlaws: "declared Zeta undesirable", "as an 'undesirable' organisation", "as extremist organisations" (the registry's
 * outlawing cues), up to the next clause mark; "as a foreign agent", "as a Chinese military company" do not.
 */
function outlawingComplement(words: readonly string[], at: number): boolean {
  const outlawing: readonly string[] = RELATIONS.restricts.designations.outlawing;
  if (outlawing.includes(words[at]!)) return true;
  for (let k = at + 1; k <= at + 6 && k < words.length; k++) {
    if (outlawing.includes(words[k]!)) return true;
    if (HARD_STOP_WORDS.has(words[k]!)) return false;
  }
  return false;
}

/** Forms of the verbs by which a maker takes its own goods back: "removing", "withdrew", "pulled". */
const WITHDRAWING_FORMS = /^(?:remove|removes|removed|removing|withdraw|withdraws|withdrew|withdrawn|withdrawing|pull|pulls|pulled|pulling)$/;
/**
 * Whether a removal at `t` (of `length` words) is a firm's own withdrawal: its actor no state (none named in the passive), and the
 * verb said "voluntarily" ("is voluntarily removing Zeta", "was voluntarily removed by Qorva") or its goods taken "from the market"
 * or "from sale" ("Qorva is removing all lots of Zeta from the market"). "Zenmart removed Zeta from its shelves", "Apple removed
 * Zapp from its store" keep their bans.
 */
function ownWithdrawal(words: readonly string[], t: number, length: number, sources: MentionList | undefined, targets: readonly MentionList[], mentions: readonly SentenceMention[]): boolean {
  if (!WITHDRAWING_FORMS.test(words[t]!) || sources?.members.some((m) => isState(mentions[m]!))) return false;
  const end = Math.max(t + length - 1, ...targets.map((l) => l.last));
  const from = words[end + 1] === 'from' ? words.slice(end + 2, end + 6).join(' ') : '';
  if (FROM_OUTLET.test(from)) return false;
  return words.slice(Math.max(0, t - 3), t).includes('voluntarily') || words[t + length] === 'voluntarily' || FROM_MARKET.test(from);
}
const FROM_MARKET = /^(?:the (?:[a-z-]+ )?market|markets|sale)(?: |$)/;
/** A seller's own outlets after "from": "from its shelves", "from the App Store" (a seller's removal bans, voluntary or not). */
const FROM_OUTLET = /^(?:its|their|the|all)(?:@\d+)? (?:[a-z-]+ )?(?:shelves|stores?|platforms?|sites?|websites?|app|marketplace|catalogue|catalog)(?: |$)/;

/** Complements that designate by themselves, with no article or "as": "declared Zeta undesirable". */
const BARE_DESIGNATIONS: ReadonlySet<string> = new Set(['undesirable', 'extremist', 'terrorist']);

/** Verbs that hand a contest to someone: "have given incumbents like Zenco new competition". */
const CONTEST_GIVERS: ReadonlySet<string> = new Set(['given', 'gave', 'give', 'gives', 'giving', 'offered', 'offer', 'offers', 'brought', 'bring', 'brings', 'posed', 'pose', 'poses', 'provided', 'provide', 'provides']);

/** Words that set a list beside a firm named before them: "alongside A and B", "joins A and B". */
const BESIDE_CUES = new Set(['alongside', 'join', 'joins', 'joined', 'joining']);

/**
 * Whether the list starting at `first` is set beside a named firm by "alongside" or a form of "join" within four words before it,
 * past no name or clause mark ("alongside giants like A, B and C").
 */
function setBesideFirm(words: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    // The firm set beside them stands within four words before the cue ("Zenco now stands alongside", "positions Zenco alongside").
    if (BESIDE_CUES.has(words[k]!)) return [1, 2, 3, 4].some((back) => k - back >= 0 && mentionAt(words, k - back) !== undefined);
    if (mentionAt(words, k) !== undefined || /^[,.;:]$/.test(words[k]!)) return false;
  }
  return false;
}

/** Between a contest's subjects (from `from`) and its noun at `t`: the list a giving verb hands the contest to, if one is named there. */
function contestGivenTo(words: readonly string[], from: number, t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const giver = words.slice(from, t).findIndex((w) => CONTEST_GIVERS.has(w));
  if (giver < 0) return undefined;
  for (let k = from + giver + 1; k < t - 1; k++) {
    const m = mentionAt(words, k);
    if (m !== undefined) return lists.get(m);
  }
  return undefined;
}

/** The list set off by a dash (a comma in the abstract sentence) or a colon within eight words after `from` ("as blocked parties — A and B"). */
function listSetOffAfter(words: readonly string[], from: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  for (let k = from + 1; k < words.length && k <= from + 8; k++) {
    const w = words[k]!;
    if (w === ',' || w === ':') {
      const first = mentionAt(words, k + 1);
      return first === undefined ? undefined : lists.get(first);
    }
    if (w === '.' || w === ';' || mentionAt(words, k) !== undefined) return undefined;
  }
  return undefined;
}

/** The "as" (or article) of a designation's threat complement, if it has one. */
function designationAs(words: readonly string[], from: number): number | undefined {
  const complement = complementOf(words, from);
  return complement?.threat ? complement.at : undefined;
}

/** The arguments of one trigger: who acts (a list) and on what (lists). */
function argumentsOf(
  words: readonly string[],
  t: number,
  reading: Reading,
  lists: ReadonlyMap<number, MentionList>,
  mentions: readonly SentenceMention[],
  issuers?: MentionList,
  topic?: MentionList,
  firmOfThing?: string,
  namedTopic?: number,
): { sources?: MentionList; targets: MentionList[]; rule: TriggerRule; relation?: RelationKind } {
  const relation = reading.trigger.relation;
  // "faces competition not just from Qorva", "competes not only with Qorva": an adding "not just" before the party's preposition
  // negates nothing; the party is read past it (helper cmp96, set 93: such a sentence gave no rival at all).
  const triggerEnd = t + reading.trigger.words.length;
  const after = triggerEnd + (words[triggerEnd] === 'not' && ADDING_NOT_AFTER.has(words[triggerEnd + 1] ?? '') && /^(?:from|with|against)$/.test(words[triggerEnd + 2] ?? '') ? 2 : 0);
  const acts = relation === 'banned' || relation === 'restricts';
  // "sanctioned three Iranian agencies", "a Russian state-backed agency was sanctioned": counted bodies of a state are not the state;
  // "sanctioned Iranian officials", "executives of Zenco": people acted on are not their state or firm.
  const fits = (role: 'source' | 'target') => (list: MentionList): boolean =>
    list.members.some((m) => mayTakeRole(mentions[m]!, relation, role)) && !(role === 'source' && relation === 'develops' && namesPlaceOfSubject(words, list.last)) && !(role === 'target' && (isCountedBodies(words, list, mentions) || (acts && (isStatesPeople(list, mentions) || isPeopleOf(words, list) || isStatesBody(words, list, mentions)))));
  const { symmetric } = RELATIONS[relation];
  // A clause whose subject is an act ("This rule …") has its issuers for actor.
  const actActor = issuers && fits('source')(issuers) && actOpensClause(words, t) ? issuers : undefined;
  // "The rule bars exports to Zenco, the Commerce Department said": an act opening the clause, with no issuer known, has the
  // state body that reports it for author (a firm or an outlet reporting it is not).
  const reported = !actActor && (relation === 'banned' || relation === 'restricts') && actOpensClause(words, t) ? reporterAfter(words, t, lists) : undefined;
  const reportingBody = reported?.members.every((m) => mentions[m]!.type === 'government') ? reported : undefined;
  // "A Lumo City court banned Zapp": a court named after a city it sits in is the subject, naming no one; a state the lexicon
  // knows stands for its courts as it does for "a Zembla court" (review of fp83).
  const courtOfCity = (list: MentionList | undefined) => list !== undefined && list.members.some((m) => mentions[m]?.source !== 'lexicon') && isCourtSeat(words, list, list.members.some((m) => / City$/.test(mentions[m]?.label ?? '')));
  const subject = (role: 'source' | 'target'): MentionList | undefined => {
    const found = (role === 'source' ? actActor : undefined) ?? subjectsBefore(words, t, lists).find(fits(role));
    // "Zenco's flagship brand Zeta is set to launch its Zeta Pre-Owned platform": the brand is the subject, its owner only qualifies it.
    if (role === 'source' && relation === 'develops' && found && ownerOfSubjectBrand(words, found, t)) return undefined;
    // "Zenco unveiled a scooter with Qorva, and Vexa recently unveiled the Vexa e-Bike": a name that opens its own clause after ", and"
    // right before the verb is the verb's subject, though the subject's reading passed it over (typed no maker, or read as a list's
    // last member); a maker further back, in the clause before, is none (helper fpd95, from pnm95's report).
    if (role === 'source' && relation === 'develops' && found && ownClauseSubjectUnfit(words, t, found)) return undefined;
    // "China tightened its grip when authorities banned Zapp": a bare body acting in a clause under a state's own is that state's (re-read
    // rr94a); under a firm's ("Qorva won when parliament banned Zapp") it stays no one's.
    const opener = role === 'source' && !found && opensWithBareBody(words, t) && mentionAt(words, 0) !== undefined ? lists.get(mentionAt(words, 0)!) : undefined;
    const statesOwn = opener && opener.last < t && opener.members.every((m) => isState(mentions[m]!)) && fits('source')(opener) ? opener : undefined;
    return courtOfCity(found) ? undefined : found ?? statesOwn ?? (role === 'source' ? reportingBody : undefined);
  };
  const objects = (from: number, reach = OBJECT_REACH): MentionList[] => {
    const clause = clauseEnd(words, from, reach);
    // "sanctions on firms dealing with Zenco": the firms are the targets, and a name after them is another party.
    // "blocked channels connected to state outlets Zen24 and QorvaTV": the accounts' holders are what the block bans, no other party.
    const accountsHolder = relation === 'banned' ? heldAccountsOwnerAt(words, from, clause) : undefined;
    const party = (relation === 'banned' || relation === 'restricts') && accountsHolder === undefined ? otherPartyAt(words, from, clause) : clause;
    // "sanctions on firms helping Russia, including Zenco": the firms' members, named after the other party.
    const partyMembers = party < clause ? enumerationAfter(words, party, clause) : undefined;
    const end = relation === 'banned' || relation === 'restricts' ? reasonAt(words, from, partyMembers === undefined ? party : clause) : clause;
    // The agent of a reduced passive ("tools made by Anthropic") is not the object.
    // Nor what it is done under ("released under the Zen licence"), nor a name that only qualifies a ban ("making the Claude Code ban …"), nor the owner
    // "its" stands for ("banned its employees from using Y": Y is the object).
    // What rivals compete for is the prize, not a rival ("compete for Borin's chips").
    // Where they compete is the field or the market, not a rival either ("compete in Zembla", "competes in Payments with Qorva"),
    // unless the market is the rival's own ("competes in Qorva's home market"); a party noun's "in" names the party ("a new rival in Qorva").
    // Nor the owner of a party noun: "overtook Qorva's rivals" is no contest with Qorva (helper fp89).
    const found = listsAfter(words, accountsHolder ?? partyMembers ?? from, end, lists).find(
      (l) =>
        fits('target')(l)
        && !(accountsHolder !== undefined && (l.members.some((m) => isState(mentions[m]!)) || !HOLDER_PHRASE_END.test(words[l.last + 1] ?? '')))
        && !(symmetric && words[l.last + 1] === "'s" && PARTY_NOUNS.has(words[l.last + 2] ?? ''))
        && !(symmetric && words[firstBefore(words, l.first)] === 'for' && !RIVAL_BEFORE_FOR.has(words[firstBefore(words, l.first) - 1] ?? ''))
        && !(symmetric && prizeOwnerAfterFor(words, after, l.first))
        && !(symmetric && words[firstBefore(words, l.first)] === 'in' && firstBefore(words, l.first) === after && words[l.last + 1] !== "'s" && !PARTY_NOUNS.has(reading.trigger.words.join(' ')))
        // … nor a city's market: "battle it out in Zembla City's crowded market" names where they compete (helper rivals4).
        && !(symmetric && words[firstBefore(words, l.first)] === 'in' && words[l.last + 1] === "'s" && l.members.some((m) => / City$/.test(mentions[m]?.label ?? '')))
        // An idiom with "it" has its rival after "with" or "against", never after "in": "Zenco and Qorva battle it out in Zembla's market".
        && !(symmetric && reading.trigger.words[1] === 'it' && words[firstBefore(words, l.first)] === 'in')
        && words[l.first - 1] !== 'by'
        && !(symmetric && competesThroughOwn(words, after, l.first))
        && !(symmetric && isContestVenue(words, t, l.first))
        && !(relation === 'develops' && reading.voice === 'active' && partnersThingAfterWith(words, after, l.first))
        && !(relation === 'develops' && reading.voice === 'active' && objectOfLaterVerb(words, after, l.first))
        // Not what the made goods use, nor the maker's rivals: "cars that will use the ZenCar system", "launch a device after rivals Zenco and Vela".
        && !(relation === 'develops' && reading.voice === 'active' && (usedByMadeGoods(words, after, l.first) || rivalAfterOrderPreposition(words, after, l.first)))
        && !(relation === 'develops' && namedAsRoutes(words, after, l))
        && words[firstBefore(words, l.first)] !== 'under'
        && !isLocation(words, l, mentions)
        && !(isExcepted(words, l.first) && (relation === 'banned' || relation === 'restricts'))
        && !qualifiesAct(words, l.last + 1)
        && !isPossessivePronoun(words, l)
        && !isUser(words, l, mentions)
        && !ownsDescribed(words, l, mentions)
        && !isStateOfFirms(words, l, mentions)
        && nameAfterCompound(words, l.last) === undefined
        && !isRemovedFrom(words, t, l)
        && !isReporterAfterComma(words, l)
        && !isWireCredit(words, l, mentions)
        && !(relation === 'develops' && qualifiesMadeThing(words, l.first, l.last, isSystem(l, mentions)))
        && !(relation === 'develops' && reading.voice === 'active' && (buildsUpon(words, t) || firmsAfterPreposition(words, after, l.first)))
        && !isPartyToHostileAct(words, l)
        && !isAccessedByAnother(words, l)
        && !isAccountsPlatform(words, l)
        && !(relation === 'banned' && isContentAbout(words, l, mentions))
        && !isPlatformOfGoods(words, l)
        && !((relation === 'banned' || relation === 'restricts') && isStoreOfUnnamedApp(words, l))
        && !((relation === 'banned' || relation === 'restricts') && isHostOfUnnamedContent(words, l.first))
        && !(relation === 'develops' && SUPPLY_VERBS.has(reading.trigger.words[0] ?? '') && !isSupplyObject(words, after, l, mentions))
        && !(relation === 'develops' && reading.voice === 'active' && (RUNS_GOODS_VERBS.has(words[t] ?? '') || SUPPLY_VERBS.has(words[t] ?? '')) && carriesOwnMaker(words, l, mentions))
        && !(relation === 'develops' && reading.voice === 'active' && setOffAsAnothersMake(words, l, mentions))
        && !(relation === 'develops' && reading.voice === 'active' && ((firstBefore(words, l.first) >= after && NOT_MADE_IN_AFTER.has(words[firstBefore(words, l.first)] ?? '') && !(SUPPLY_VERBS.has(reading.trigger.words[0] ?? '') && suppliedWith(words, after, l))) || otherInfinitiveBefore(words, from, l.first) || afterPhrasePreposition(words, after, l.first))),
    );
    // "owns Zeta and Qorva sued it", "banned Zapp and Zenco said it would appeal": a last name with a finite verb after it opens a
    // clause of its own (later-verb-objects.ts).
    const first = found && reading.voice === 'active' ? withoutNewClauseSubject(words, found) : found;
    // "Zenco owns Qorva Inc, the maker of Zapp": a firm for object, set off by a comma, owns what its apposition names; the
    // verb's subject does not make it (helper mk84).
    if (first && relation === 'develops' && firmObjectSetOff(words, from, first, lists, mentions)) return [];
    // "published a post analysing the Zeta framework", "released a study of Zeta": a writing about a thing names it; its author made the writing (helper fe85).
    if (first && relation === 'develops' && reading.voice === 'active' && writesAbout(words, from, first.first)) return [];
    // "won a contract to operate the Zeta line": running a thing for its buyer under a contract is a service, no owning (helper con88).
    // So is "contracted with Zenco to operate the Zeta line" (helper sup89).
    // And "awarded a contract to Zenco to operate the Zeta line": the contract's winner named between (helper fxr89).
    const awardedTo = mentionAt(words, t - 2) !== undefined && words[t - 3] === 'to' && CONTRACT_NOUNS.has(words[t - 4] ?? '');
    if (first && relation === 'develops' && SERVICE_RUN_VERBS.has(words[t] ?? '') && words[t - 1] === 'to' && (CONTRACT_NOUNS.has(words[t - 2] ?? '') || awardedTo || forInfinitiveSubject(words, t, lists) !== undefined)) return [];
    // "banned the import of routers made by Zenco and Qorva": a ban of goods bans their maker (the real-dev rules: the Covered List's "equipment produced by").
    if (!first) return relation === 'banned' || relation === 'restricts' ? [goodsMakerAfter(words, from, end, lists)].filter(isList) : [];
    // "owns Zemblan leisure group Lumo, menswear brand Vela and label Orba": an unknown people's adjective is no object; the members
    // named after their descriptions are (helper brm92, from stop 92's eighty-fifth fresh sample).
    // A kind of made thing closes a description there too: "launched Scottish soft drink Vexa" (helper mkr96).
    if (relation === 'develops' && isPeoplesAdjectiveList(first, words, mentions)) return describedMembersFrom(words, first.last + 1, lists, mentions, true, DESCRIBED_KIND_HEADS).filter(fits('target'));
    // "owns menswear brand Vela, accessories brand Orba": a described first object, and later ones each after its description.
    if (relation === 'develops' && reading.voice === 'active' && DESCRIBED_HEAD_BEFORE.test(words[first.first - 1] ?? '')) {
      const more = describedMembersFrom(words, first.last + 1, lists, mentions, false).filter(fits('target'));
      if (more.length > 0) return [first, ...more];
    }
    // "banned another Zenco title, Qorva": the maker only qualifies the product named in apposition after it.
    const apposed = (PRODUCT_NOUNS.has(words[first.last + 1] ?? '') || words[first.last + 1] === 'title') && words[first.last + 2] === ',' ? mentionAt(words, first.last + 3) : undefined;
    const product = apposed === undefined ? undefined : lists.get(apposed);
    if (product && fits('target')(product)) return [product];
    // "blocked Zenco's sole supplier, Qorva Cells, from …": a role owned by a firm, its holder set off after it, is the object (stop 64's second controls sample).
    const holder = first.members.length === 1 && words[first.last + 1] === "'s" ? roleHolderAfter(words, first.last + 2) : undefined;
    const held = holder === undefined ? undefined : lists.get(holder);
    if (held && fits('target')(held)) return [held];
    // "banned the Google app Gemini", "the upcoming Qorva animated film Zeta": a maker's name before the kind only qualifies the thing named after it.
    const named = first.members.length === 1 ? thingNamedAfterKind(words, first.last + 1) : undefined;
    const thing = named === undefined ? undefined : lists.get(named);
    if (thing && fits('target')(thing)) return [thing];
    const members = membersNamedAfter(words, first, lists);
    if (members && fits('target')(members)) return [members];
    // "sanctioned Zenco and its subsidiaries – A, B and C": the firm and the members its group noun names.
    const own = ownGroupAfter(words, first, lists);
    if (own && fits('target')(own)) return [first, own];
    // "owns the search engine Zenco and the news portals A and B": a second object with its own description.
    const second = describedObjectAfter(words, first, lists);
    if (second && fits('target')(second)) return [first, second];
    // "competes with everyone from Qorva to Vexa": a range of rivals names its far end too (helper cmp88).
    const rangeEnd = symmetric ? rangeEndAfter(words, first.first, first.last) : undefined;
    const farEnd = rangeEnd === undefined ? undefined : lists.get(rangeEnd);
    if (farEnd && farEnd !== first && fits('target')(farEnd)) return [first, farEnd];
    // "… to the Entity List along with Z and W": the companions share the object's fate.
    const companions = companionsAfter(words, first.last + 1, lists);
    return companions && companions !== first && fits('target')(companions) ? [first, companions] : [first];
  };

  // "barred exports of Nvidia's chips to China": an export ban restricts the destination.
  if ((relation === 'banned' || relation === 'restricts') && (reading.voice === 'active' || reading.voice === 'noun') && isExportPhrase(words, after)) {
    const end = clauseEnd(words, after, OBJECT_REACH);
    // "selling its models to …": the "its" is the seller, neither what is sold nor where.
    const after_ = listsAfter(words, after, end, lists).filter((l) => !isPossessivePronoun(words, l));
    // The destination: a state, or a firm when no firm is what is sold ("the sale of chips to Zenco", not "the sale of Zapp to Kappa").
    // What is sold stands before the first "to": a firm after it ("… to Zenco Inc hurt the company") is in the next clause.
    // A kind's noun, plural too ("modems"): what a maker's name before it qualifies.
    const kindNext = (l: MentionList): boolean => isKindNoun(words[l.last + 1] ?? '') || isKindNoun((words[l.last + 1] ?? '').replace(/s$/, ''));
    const firstTo = after_.find((l) => /^(?:to|into)$/.test(words[firstBefore(words, l.first)] ?? ''));
    // "sales of Zenco modems to Qorva": a maker's name before its goods' kind is no firm sold.
    const sellsFirm = after_.some((l) => (!firstTo || l.last < firstTo.first) && !(firstTo && kindNext(l)) && isFirmOrUntyped(mentions[l.members[0]!]!) && words[l.last + 1] !== "'s" && !/^(?:to|into)$/.test(words[firstBefore(words, l.first)] ?? ''));
    // "froze the export privileges of Zenco for illegal exports to Zembla": a firm's export privileges are its own, and freezing
    // them restricts the firm, not the place its exports went (helper ban90c, from stop 90's eightieth fresh sample).
    const privilegesOf = words.slice(after, after + 5).some((w, i) => OUTBOUND_WORDS.has(w) && /^(?:privileges?|rights)$/.test(words[after + i + 1] ?? '') && words[after + i + 2] === 'of');
    const destination = privilegesOf ? undefined : after_.find((l) => (/^(?:to|into)$/.test(words[firstBefore(words, l.first)] ?? '') || afterToClassOfPlaces(words, l.first)) && (mentions[l.members[0]!]!.type === 'government' || (isFirmOrUntyped(mentions[l.members[0]!]!) && !sellsFirm)));
    // "blocked the sale of chipmaker Qorva to investor Zenco Capital": a firm sold to a firm is a takeover, and blocking it
    // restricts the buyer, as "blocked Zenco's takeover of Qorva" does; the firm sold is not banned (stop 53's readers).
    // "blocked Zenco's sale of Qorva to Kappa": the seller's possessive before the sale (stop 70's second controls sample).
    const sale = words[after] === 'the' ? after + 1 : mentionAt(words, after) !== undefined && words[after + 1] === "'s" ? after + 2 : after;
    const buyer = sellsFirm && !destination && relation === 'banned' && SALE_NOUNS.has(words[sale] ?? '')
      ? after_.find((l) => afterToWithDescription(words, l.first) && mentions[l.members[0]!]!.type === 'company')
      : undefined;
    if (buyer) {
      const source = reading.voice === 'noun' ? possessorBefore(words, t, lists, mentions) ?? subject('source') : subject('source');
      return { sources: source, targets: [buyer], rule: 'trigger:firm-sale', relation: 'restricts' };
    }
    // No destination named ("restricted exports of ASML machines"): what is exported is restricted;
    // a ban on selling it ("blocks sales of the Zphone") bans it.
    const exported = destination ?? after_.find((l) => fits('target')(l) && mentions[l.members[0]!]!.type !== 'government');
    // "Ruritania ordered Zenco to suspend sales of the Zeta": who gives the order acts, as in the active case below (stop 53's readers).
    const order = reading.voice === 'active' ? orderVerbBefore(words, t, lists) : undefined;
    const measure = reading.voice === 'active' ? measureClauseVerb(words, t) : undefined;
    if (measure?.undone) return { targets: [], rule: 'trigger:export' };
    // "won an injunction from the Zembla Court banning sales of Zenco's Zeta": the court the order comes from acts, not the firm
    // that won it; an order only asked for bans nothing.
    const issuer = reading.voice === 'active' ? orderIssuerBefore(words, t, lists) : undefined;
    if (issuer === 'sought') return { targets: [], rule: 'trigger:export' };
    // "Zenco won an injunction blocking sales of the Zeta in Ruritania": the firm that won the order only asked for it; the court's
    // state acts, named between the order and the trigger ("by a Ruritanian court") or where the sales stop ("in Ruritania"), and
    // without either no one is read (helper rlg94, from real news on patent injunctions: the winning firm was read as the banner).
    // "Zenco was awarded an injunction …, along with an injunction blocking the sale of the Zeta in Ruritania": an order right before
    // the trigger is a court's, never the firm's that the clause is about.
    // A state's own order ("Ruritania issued an injunction blocking …") keeps the state.
    const stateSubject = (): boolean => subject('source')?.members.every((m) => mentions[m]!.type === 'government') ?? false;
    const won = reading.voice === 'active' && !issuer ? wonOrderBefore(words, t) || (ISSUED_ORDERS.has(words[t - 1] ?? '') && !stateSubject() ? t - 1 : 0) : 0;
    if (won && ORDERS_NOT_GRANTED.has(words.slice(Math.max(0, won - 4), won).find((w) => WINNING_ORDERS.has(w) || ORDERS_NOT_GRANTED.has(w)) ?? '')) return { targets: [], rule: 'trigger:export' };
    // "The Ruritanian trade agency won an injunction blocking sales of Zenco's pills": a state that won the order stays its banner
    // (re-read rr94b: the state subject was dropped with the winning firm's).
    if (won && !stateSubject()) {
      const state = (l: MentionList): boolean => l.members.every((m) => mentions[m]!.type === 'government');
      const between = [...new Set([...lists.values()])].find((l) => l.first > won && l.last < t && state(l));
      const where = after_.find((l) => words[firstBefore(words, l.first)] === 'in' && state(l));
      // "… in Ruritania, but the ruling was overturned": an order undone later in the sentence bans nothing.
      if (words.slice(t + 1).some((w) => ORDER_UNDONE_AFTER.has(w))) return { targets: [], rule: 'trigger:export' };
      const court = between ?? where;
      return court && exported ? { sources: court, targets: [exported], rule: 'trigger:export', relation: 'banned' } : { targets: [], rule: 'trigger:export' };
    }
    // "Zenco was hit by Ruritanian sanctions on sales to Zembla", "Zenco faced a ban on exports to Zembla": a subject that undergoes
    // the measure is no author of it; a possessor other than the subject still is ("was hit by Japan's ban …") (helper rsx95).
    const nounSource = (): MentionList | undefined => {
      const possessor = possessorBefore(words, t, lists, mentions);
      if (!undergoes(words, t, lists)) return possessor ?? subject('source');
      const undergoer = subject('source');
      return possessor && possessor.first !== undergoer?.first ? possessor : undefined;
    };
    const source = issuer ? issuer : reading.voice === 'noun' ? nounSource() : measure ? subjectsBefore(words, measure.verb, lists).find((l) => fits('source')(l) && !l.members.some((m) => mentions[m]!.type === 'company')) : order === undefined ? subject('source') : subjectsBefore(words, order, lists).find(fits('source'));
    // With a destination, the product lines named as exported are restricted too ("shipments of the Z800 and Q90 to Zembla").
    // So is a maker whose goods are named by its name and their kind ("the export of any Zenco product to Zembla"; stop 65's first
    // controls sample).
    const makersGoods = (l: MentionList): boolean => l.members.every((m) => mentions[m]!.type === 'company') && kindNext(l);
    const lines = destination ? after_.filter((l) => l.last < destination.first && (l.members.every((m) => PRODUCT_LINE.has(mentions[m]!.type)) || makersGoods(l)) && words[l.last + 1] !== "'s") : [];
    // "banned exports of Zeta": keeping a thing from leaving is an export control on it (stop 52's
    // readers); keeping it from being sold ("blocks sales of the Zphone") bans it.
    const outbound = words.slice(after, after + 5).some((w) => OUTBOUND_WORDS.has(w));
    // Trips restrict only a state they go to, and only a state's act: "banned visits to Zenco factories" keeps people out of a firm's plants.
    if (isTravelPhrase(words, after) && (destination?.members.some((m) => mentions[m]!.type !== 'government') !== false || source?.members.some((m) => mentions[m]!.type !== 'government'))) return { targets: [], rule: 'trigger:export' };
    // "Zenco faces Japanese curbs on its chip exports": with nothing else named, the measure falls on the subject that undergoes it (helper rsx95).
    const undergoer = !exported && reading.voice === 'noun' && outbound && undergoes(words, t, lists) ? subject('target') : undefined;
    if (undergoer && undergoer !== source) return { sources: source, targets: [undergoer], rule: 'trigger:export', relation: 'restricts' };
    return { sources: source, targets: exported ? [exported, ...lines] : [], rule: 'trigger:export', relation: !destination && relation === 'banned' && !outbound ? 'banned' : 'restricts' };
  }

  // "barred investment in Zenco", "banned new investments into Qorva": an investment prohibition restricts the firm invested in
  // (real-dev's rules: investment prohibitions are restrictions).
  if ((relation === 'banned' || relation === 'restricts') && (reading.voice === 'active' || reading.voice === 'noun')) {
    const into = investmentPhraseEnd(words, after);
    if (into !== undefined) {
      const source = reading.voice === 'noun' ? possessorBefore(words, t, lists, mentions) ?? subject('source') : subject('source');
      return { sources: source, targets: objects(into, 8).slice(0, 1), rule: 'trigger:investment', relation: 'restricts' };
    }
  }

  // "barred Zembla from buying Zeta chips": a state barred from buying or obtaining is restricted.
  if (relation === 'banned' && reading.voice === 'active') {
    const buyer = barredBuyer(words, after, lists, mentions);
    // A state barred from exporting or selling is sanctioned only by another state ("Qorva barred Japan from selling its shares" is no sanction).
    const seller = buyer && TRADING_AWAY.has(words[buyer.last + 2] ?? '');
    const barrer = subject('source');
    if (buyer && seller && !barrer?.members.every((k) => isState(mentions[k]!))) return { targets: [], rule: 'trigger:buyer' };
    if (buyer) return { sources: barrer, targets: [buyer], rule: 'trigger:buyer', relation: 'restricts' };
  }

  // "Zenco had export restrictions placed on it by the US", "Qorva has had sanctions imposed on it by the EU": who had the act
  // done bears it; the agent after "by" did it ("sanctions" read as a noun or as a verb alike).
  const borne = (relation === 'banned' || relation === 'restricts') && (reading.voice === 'noun' || reading.voice === 'active') ? borneActAgent(words, t, after) : undefined;
  // "… by the US until 2019", "… by the US before they were lifted": no longer in force, so nothing (and not the reverse either).
  if (borne && words.slice(borne.by).some((w) => LIFTS.has(w) || w === 'until' || w === 'before')) return { sources: undefined, targets: [], rule: 'trigger:noun' };
  if (borne) {
    // The agents follow "by" (not a possessor: "by Qorva's home country"); the bearers stand right before "had".
    const agent = coordinatedFrom(words, borne.by + 1, 1);
    // "Zenco, which had sanctions imposed on it by the US, …": the relative's antecedent bore them.
    const relative = /^(?:which|who|that)$/.test(words[borne.had - 1] ?? '') && words[borne.had - 2] === ',';
    const bearer = coordinatedFrom(words, relative ? borne.had - 3 : borne.had - 1, -1);
    return { sources: agent && fits('source')(agent) ? agent : undefined, targets: bearer && fits('target')(bearer) ? [bearer] : [], rule: `trigger:${reading.voice === 'noun' ? 'noun' : 'verb'}` };
  }

  // "Vexa Cloud, launched in 2008, trails Qorva and Zenco Sky": a past participle set off right after a name, with a time or a place
  // after it, describes that name (made by someone unnamed); the name makes nothing the clause names later (helper rvr93, from the
  // eighty-eighth fresh sample). "Zenco, which launched Zeta in 2008" and "Zenco acquired Vexa, launched Zeta …" keep their objects.
  if (reading.trigger.relation === 'develops' && reading.voice === 'active' && t === after - 1 && /ed$/.test(words[t] ?? '') && words[t - 1] === ',' && mentionAt(words, t - 2) !== undefined && PARTICIPLE_ASIDE_NEXT.test(words[after] ?? '')) return { targets: [], rule: 'trigger:verb' };
  // "manufacturing problems that halted deliveries of Zeta", "its building costs": a gerund right before a noun it qualifies is
  // no verb; a name further on is not its object (helper prc89, from fresh aviation samples).
  // Only a making gerund: "barring staff from accessing Zeta" is a ban on the staff's use.
  if (reading.trigger.relation === 'develops' && reading.voice === 'active' && words[after - 1]!.endsWith('ing') && GERUND_QUALIFIED_NOUNS.has(words[after] ?? '')) return { targets: [], rule: 'trigger:verb' };
  // "was added to the 14th sanctions package by the EU": "sanctions" before "package" is the package's noun, no verb (its subject
  // would sanction the EU; stop 89's re-read).
  if ((relation === 'banned' || relation === 'restricts') && reading.voice === 'active' && /^packages?$/.test(words[after] ?? '')) return { targets: [], rule: 'trigger:verb' };
  // "Qorva bought Brisa, which Zeta appears designed to compete with": a making participle after a verb of seeming or being, with an
  // infinitive after it, tells what its subject is for, no making of the relative's antecedent (helper rvn92, from the eighty-fifth
  // fresh sample). "Zenco designed Zeta to compete with Qorva" keeps its object, and so does a gerund ("which Zenco is building to …").
  if (relation === 'develops' && reading.voice === 'active' && !words[t]!.endsWith('ing') && words[after] === 'to' && mentionAt(words, after + 1) === undefined && SEEMING_BEFORE_PURPOSE.test(words[t - 1] ?? '')) return { targets: [], rule: 'trigger:verb' };
  // "Zeta Quest, a party game designed for the Vexa console using Tolan controllers": a making participle right after a common noun,
  // then a preposition, describes that noun (whose maker the clause named before it); a name further on is a platform or a means, not
  // made (helper rlf94, from real games news: read "Zenco designed Tolan"). "The company designed for …" keeps a firm's noun as subject.
  if (relation === 'develops' && reading.voice === 'active' && describingParticiple(words, t)) return { targets: [], rule: 'trigger:verb' };
  // "Qorva will publish Zenco's first game, whose founders previously worked on Zeta": what a firm's founders or former staff
  // worked on is their past employer's work, neither the firm's nor the clause's subject's (helper rlf94, from real games news).
  if (relation === 'develops' && reading.voice === 'active' && peoplesPastWorkBefore(words, t)) return { targets: [], rule: 'trigger:verb' };
  // "Rivian, which competes with Tesla's own electric SUV, the Model X": "own" after a possessive is the owner's adjective, no verb
  // of the clause's subject (helper fpd95, from its95's report: the rival's SUV was credited to the subject).
  if (relation === 'develops' && reading.voice === 'active' && words[t] === 'own' && (words[t - 1] === "'s" || words[t - 1] === "'")) return { targets: [], rule: 'trigger:verb' };
  // "… after outbidding rivals Qorva", "beating rivals Qorva": "rivals" right after a verb of beating is that verb's object noun, no verb.
  if (relation === 'competes_with' && reading.voice === 'active' && /^rivals?$/.test(words[t] ?? '') && BEATING_VERBS.test(words[t - 1] ?? '')) return { targets: [], rule: 'trigger:verb' };
  // "To make sure the Zapp is ready to take on Ruritania's roads": what is taken on is the place's roads or weather, no rival (helper
  // rvn92, from the eighty-fifth fresh sample). "take on Qorva's Zapp" names the rival thing itself and keeps it.
  if (relation === 'competes_with' && reading.voice === 'active') {
    const named = mentionAt(words, words[after] === 'the' ? after + 1 : after);
    const end = named === undefined ? -1 : (lists.get(named)?.last ?? -1);
    if (end >= 0 && words[end + 1] === "'s" && TERRAIN_NOT_RIVAL.test(words[end + 2] ?? '')) return { targets: [], rule: 'trigger:verb' };
  }
  // "Zenco's former rival, the chip maker Qorva, cut prices", "its acquisition of former rival Qorva" (helper sts93): "rival" after a
  // possessive, an article or a deal's preposition and a past-rival word is that noun, no verb ("Qorva could then rival Zenco" keeps its verb).
  if (relation === 'competes_with' && reading.voice === 'active' && /^rivals?$/.test(words[t] ?? '') && PAST_RIVAL_BEFORE.test(words[t - 1] ?? '') && /^(?:'s|its|its@\d+|their|the|a|an|of|with|from)$/.test(words[t - 2] ?? '')) return { targets: [], rule: 'trigger:verb' };
  switch (reading.voice) {
    case 'active': {
      // "the regulator ordered Zenco to block Zenapp": who gives the order acts, not who carries it out.
      const order = relation === 'banned' || relation === 'restricts' ? orderVerbBefore(words, t, lists) : undefined;
      // Who is ordered or asked never acts: with no one named giving the order, the clause names no actor.
      // "After blocking Zapp last week, Ruritania …": a fronted adjunct's gerund has the main clause's subject, after the comma.
      // "Zenco launched Zeta as it tries to compete with A": a pronoun opening a clause of time or purpose stands for the sentence's
      // subject, not the nearest name (helper riv83).
      const pronounOpener = symmetric && order === undefined ? adjunctClauseBefore(words, t, true) : -1;
      // "Zenco is struggling as rival Qorva gains share": the noun "rival" opening the clause sets the name against the main subject.
      const opener = pronounOpener >= 0 || !symmetric || order !== undefined ? pronounOpener : rivalNounClauseOpener(words, t);
      const mainSubject = opener > 0 && mentionAt(words, 0) !== undefined ? lists.get(mentionAt(words, 0)!) : undefined;
      // Not past a report or a relative clause: "Zenco said Qorva is struggling as it competes with A" (the "it" is Qorva).
      const opening = mainSubject && mainSubject.last < opener && fits('source')(mainSubject) && !words.slice(mainSubject.last + 1, opener).some((w) => REPORT_OR_RELATIVE.test(w)) ? mainSubject : undefined;
      const buyer = symmetric && order === undefined && !opening ? purposeBuyer(words, t, lists, fits('source')) : undefined;
      // "signed a deal for Zenco to supply Zeta chips": the name between "for" and the infinitive supplies, not the clause's subject (helper sup88).
      const forSubject = relation === 'develops' ? forInfinitiveSubject(words, t, lists) : undefined;
      // "…, with the Zeta Max model surpassing Vexa": an absolute clause's name is its participle's subject (helper rll94).
      const withSubject = relation === 'competes_with' && order === undefined ? withParticipleSubject(words, t, lists) : undefined;
      const first = order === undefined ? (withSubject ?? forSubject ?? opening ?? buyer ?? subject('source')) : subjectsBefore(words, order, lists).find(fits('source'));
      // "Qorva beat Zenco to win a contract to build Zeta": the beaten firm builds nothing, the winner does (helper fp89).
      const beatAt = relation === 'develops' && first && !forSubject ? beatingVerbBefore(words, first.first) : -1;
      // "Zenco will acquire Brisa after outbidding rivals Qorva": a rivalry gerund after "after" or "by" has the buyer's subject, not the
      // firm bought right before it (helper rvn92, from the eighty-fifth fresh sample).
      const dealAt = relation === 'competes_with' && first && !opening && beatAt < 0 && words[t]!.endsWith('ing') && GERUND_OPENERS.has(words[t - 1] ?? '') && first.last === t - 2 ? dealVerbBefore(words, first.first) : -1;
      const stated = beatAt >= 0 ? subjectsBefore(words, beatAt, lists).find(fits('source')) : dealAt >= 0 ? subjectsBefore(words, dealAt, lists).find(fits('source')) : first;
      // "Days after blocking Zapp, Ruritania …": the capitalised span of time opening the sentence is read as a name, and is no subject.
      const spanOpener = stated !== undefined && isSpanOfTimeOpener(words, stated, mentions);
      const fronted = order === undefined && (!stated || spanOpener) ? frontedGerundSubject(words, t, lists, spanOpener) : undefined;
      const named = (spanOpener ? undefined : stated) ?? fronted;
      // "Ruritania joins A and B in banning Zapp": who joins them acts too.
      const joined = named ? withJoiner(words, named, lists, fits('source')) : named;
      // "Zenco and its supplier Vexa lead, while rival Qorva trails": a member set off as another's partner, supplier or client ("and
      // its supplier Vexa") is no party of the rivalry the clause states; the firm it is tied to is (fresh sample s83a; helper rvl94).
      // A rivalry verb with no rival after it makes its whole subject list the rivals, tied members too: "Zenco and its supplier Vexa
      // compete in phones" (re-read rr94a); with one ("… and its partner Vexa compete with Qorva") the tied firm is Zenco's side.
      const wholeListRivals = /^(?:compet|vie[sd]?$|vying|battl|jostl)/.test(reading.trigger.words[0] ?? '') && !/^(?:with|against)$/.test(words[after] ?? '');
      const sources = relation === 'competes_with' && symmetric && joined && !wholeListRivals ? untiedMembers(words, joined, lists) : joined;
      // "Zenco hired Qorva to launch its brand, Vexa", "tapped agency Qorva to relaunch Vexa": a firm hired to launch or market another's
      // brand is its agency, no maker (helper fpd95, from brp95's report); the client that hired it may still be read.
      const hired = relation === 'develops' && reading.voice === 'active' && sources ? hiredPromoterAt(words, t, (k) => mentionAt(words, k) !== undefined) : -1;
      if (hired >= 0 && sources !== undefined && sources.first <= hired && sources.last >= hired) return { targets: [], rule: 'trigger:verb' };
      // "Zenco was exposed to Qorva rival Zorbix": "rival" between two names, the first one left out of the clause's subject and not
      // joined to it ("Zenco and Qorva rival Vexa"), is that name's noun, no verb of the subject (stop 91, from the eighty-second fresh
      // sample; the noun's pattern reads Qorva against Zorbix).
      if (relation === 'competes_with' && words[t] === 'rival' && mentionAt(words, t - 1) !== undefined && mentionAt(words, t + 1) !== undefined && !/^(?:and|or|&|,|nor)$/.test(words[t - 2] ?? '') && sources && !sources.members.includes(mentionAt(words, t - 1)!)) return { targets: [], rule: 'trigger:verb' };
      if (relation === 'competes_with' && symmetric && joined && !sources) return { targets: [], rule: 'trigger:verb' };
      // "can still download Zenco's banned apps (Zeta and Vela)": a ban's participle after a firm's possessive describes the firm's
      // goods, banned by someone else; a state's possessive bans them, and so does one whose banned things a clause lists ("Ruritania's
      // banned apps include Zeta", the name's type a guess) (helper fp89).
      if ((relation === 'banned' || relation === 'restricts') && reading.trigger.form === 'participle' && words[t - 1] === "'s" && named && named.last === t - 2 && named.members.some((k) => mentions[k]!.type !== 'government') && !BANNED_LISTED.test(words.slice(t + 1, t + 4).join(' '))) return { targets: [], rule: 'trigger:verb' };
      // "Zeta, which Zenco released in 2023, …": the object of a relative clause is its antecedent.
      const antecedent = sources ? objectRelativeOf(words, sources, lists) : undefined;
      // "Zenco competed to launch the Zeta", "A and B are racing to build …": a rivalry verb's infinitive has objects of its own, no rival.
      const governed = symmetric && words[after] === 'to' && mentionAt(words, after + 1) === undefined && words[after + 1] !== 'the' ? [] : objects(after);
      // "Having launched Zeta, Zenco and Qorva …": a list read across the fronted clause's comma is cut there; the subject is no object.
      const frontedEnd = fronted ? words.indexOf(',', t) : -1;
      // "removed the Android version of Zapp": the thing of which a platform's version is named undergoes it, as in the passive.
      // Pushed, not mapped (see lowerWordsOf in tokens.ts): `[antecedent]` and the array `.map` makes are two kinds of array to V8,
      // and this function (among the extractor's largest) was de-optimised at `found.length`, and compiled again, each time the other came.
      const found: MentionList[] = [];
      if (antecedent && fits('target')(antecedent) && governed.length === 0) found.push(antecedent);
      else for (const l of governed) {
        const object = frontedEnd > 0 ? partOf(l, words, frontedEnd, 'before') : l;
        if (object) found.push(versionOwner(words, object, lists) ?? object);
      }
      // "took on Zenco as a client" is no rivalry; "excluded Zenco from its index" is no ban.
      // "removed the user cap for Zapp": taking a limit away from a thing bans nothing (stop 65's first controls sample).
      // "Zenco unveiled a scooter in a deal with Qorva, and Vexa recently unveiled a bike": a name after "and" that a finite verb
      // follows opens a clause of its own, as its subject; it is no object of the verb before (helper fpd95, from pnm95's report).
      if (relation === 'develops') for (let i = found.length - 1; i >= 0; i--) if (opensOwnClause(words, after, found[i]!)) found.splice(i, 1);
      const targets = (reading.trigger.words.at(-1) === 'on' && words[(found[0]?.last ?? 0) + 1] === 'as') || (found.length > 0 && (excludedFromIndex(words, t, found[0]!.last) || (relation === 'banned' && words.slice(after, found[0]!.first).some((w) => LIMIT_NOUNS.has(w))))) ? [] : found;
      // "xAI and OpenAI compete for engineers": a symmetric relation among the subjects.
      // … unless the verb is aimed at a party that is no name: "A and B are taking share from braces" (helper cq85).
      if (symmetric && targets.length === 0 && sources && sources.members.length >= 2 && !aimedAtNoName(words, reading.trigger.words, after) && !examplesOfObjectBefore(words, sources, t)) return { sources, targets: [sources], rule: 'trigger:verb' };
      return { sources, targets, rule: 'trigger:verb' };
    }
    case 'placement': {
      // A placement on a ban list bans (real-dev's rules: the FCC's Covered List bars equipment authorization).
      const list = placementAfter(words, after);
      // "added Zapp to a growing list of blocked services": a list of what is blocked or banned is a ban list too.
      // "a list of entities barred from government contracts" is a procurement blacklist, which restricts (helper trd91).
      // "added Zenco to the list of undesirable organisations", "to its register of extremist organisations": a register of those
      // whose work the state outlaws is a ban list too (helper agn; outlawingListAt in listing-phrases.ts).
      const ofBanned = list !== undefined && ((words[list + 1] === 'of' && words.slice(list + 2, list + 5).some((w, i) => BANNED_PARTICIPLES.has(w) && !keptFromPart(words, list + 3 + i))) || outlawingListAt(words, list));
      const onBanList = list !== undefined && (BAN_LISTS.has(`${words[list - 1]} ${words[list]}`) || BAN_LISTS.has(`${words[list]} ${words[list + 1]}`) || ofBanned);
      const placed = onBanList ? { rule: 'trigger:placement' as const, relation: 'banned' as const } : { rule: 'trigger:placement' as const };
      if (isPassive(words, t)) {
        const onto = list ?? t;
        // "was placed on the agency's red list": the ban list's owner put it there (listing-relations.ts reads other lists' owners).
        const agent = agentAfter(words, onto, lists, ['by', 'from']) ?? agentAfter(words, t, lists, ['by', 'from']) ?? reporterAfter(words, t, lists) ?? (onBanList ? listOwner(words, list, lists) : undefined);
        return { sources: agent, targets: [subject('target')].filter(isList), ...placed };
      }
      // "added ZTE and three affiliates, A, B and C, to its list": the affiliates named after the first firm are placed too.
      // Only names before the list: "added Zemblan Tech University to the list because of its use of US-origin chips" places no state
      // named in the reason after it (helper fpr95, real listing news: the Commerce Department restricted the US).
      // Companions joined after it still count ("to the Entity List along with A and B").
      const placedFirst = objects(after).filter((l) => list === undefined || l.first < list || !words.slice(list + 1, l.first).some((w) => LIST_REASON_WORDS.has(w)));
      const affiliates = placedFirst[0] ? affiliatesNamedAfter(words, placedFirst[0], lists) : undefined;
      return { sources: subject('source') ?? stateListOwner(words, list, lists, mentions), targets: affiliates ? [...placedFirst, affiliates] : placedFirst, ...placed };
    }
    case 'designation': {
      const as = reading.as!;
      if (isPassive(words, t)) {
        // "Y and Z were designated as Chinese military companies by the Pentagon", "Y was designated by the Pentagon as …"
        const by = words[after] === 'by' ? after : words.indexOf('by', as);
        const agent = (by > 0 && by <= as + 8 ? agentAfter(words, by - 1, lists) : undefined) ?? reporterAfter(words, t, lists);
        return { sources: agent, targets: [subject('target')].filter(isList), rule: 'trigger:designation', ...(outlawingComplement(words, as) && { relation: 'banned' as const }) };
      }
      // "designated A, B and C as …", "designated dozens of firms, including A and B, as …": every list before "as".
      // "designated Zenco, also known as Zen Star, as …": the alias is the same target, no other one.
      const designated = listsAfter(words, after, as, lists).filter((l) => fits('target')(l) && !(words[l.first - 1] === 'as' && words[l.first - 2] === 'known'));
      const designator = subject('source');
      // "Zenco, which Ruritania designated as a terrorist group, …": with none before "as", the relative clause's antecedent.
      const antecedent = designated.length === 0 && designator ? objectRelativeOf(words, designator, lists) : undefined;
      // "designated two firms as blocked parties — Zenco and Qorva": with no name before "as", those named after a dash or colon.
      const named = antecedent ?? (designated.length === 0 ? listSetOffAfter(words, as, lists) : undefined);
      // "listed A, B and C as services to be blocked": a designation for blocking is the ban itself (stop 65's third bans sample).
      // "declared Zenco an undesirable organisation", "recognised A and B as extremist": a designation that outlaws the firm's work
      // in the state bans it (the registry's outlawing cues; helper agn, from readers of real news).
      const toBeBlocked = TO_BE_BLOCKED.test(words.slice(as + 1, as + 8).join(' ')) || outlawingComplement(words, as);
      return { sources: designator, targets: named && fits('target')(named) ? [named] : designated, rule: 'trigger:designation', ...(toBeBlocked && { relation: 'banned' as const }) };
    }
    case 'passive': {
      // "Zenco's merger with Qorva was blocked by the Commission": a deal stopped restricts its parties (relation-patterns.ts); no one is banned.
      if (relation === 'banned' && dealSubject(words, t)) return { targets: [], rule: 'trigger:passive' };
      // "a venture, Vela, with stakes owned by Qorva": the participle tells of the holding before it, not of a made thing (stop 53's readers).
      // Nor of a paper before it: "certificates issued by Qorva", "a report published by Zenco" (stop 56's readers).
      if (relation === 'develops' && (HOLDING_NOUNS.has(words[t - 1] ?? '') || DOCUMENT_NOUNS.has(words[t - 1] ?? ''))) return { targets: [], rule: 'trigger:passive' };
      // "Zenco, supplied by Vexa": a supplier in the passive may be a distributor, and the thing a firm; the one passive reading kept
      // is kind-supplied-by (relation-patterns.ts), a name before its kind, then a comma or is/are: "the Zeta chips, supplied by
      // Zenco", "Zeta chips are supplied by Zenco" (helper sup88; bare "Zeta chips supplied by Zenco" stays unread).
      if (relation === 'develops' && SUPPLY_VERBS.has(reading.trigger.words[0] ?? '')) return { targets: [], rule: 'trigger:passive' };
      // "Ruritania ordered that access to Zapp be blocked": who orders the passive act in a "that" clause does it.
      // "Zenco air fryers have been recalled, the safety agency said": a recall is mostly the maker's own, which a state body only
      // announces; the body recalls (bans) only as the agent or the one who ordered it (a fresh sample of real news, helper fa86).
      const recall = relation === 'banned' && reading.trigger.words[0] === 'recalled';
      const agent = agentAfter(words, t + reading.trigger.words.length - 1, lists) ?? (recall ? undefined : reporterAfter(words, t, lists)) ?? ordererOf(words, t, lists, fits('source')) ??
        (relation === 'banned' || relation === 'restricts' ? distantStateAgent(words, t + reading.trigger.words.length - 1, lists, mentions) : undefined);
      // No actor named, but where the ban or restriction holds: "Y is blocked in A and B" (a national block), "Y remains restricted in A".
      const states = !agent && (relation === 'banned' || relation === 'restricts') ? statesWhere(words, t + reading.trigger.words.length - 1, lists, mentions, reading.trigger.words[0]!) : undefined;
      // "Banned by Ruritania for years, Zapp has expanded": a fronted participle's subject is the main clause's, after the
      // comma (a list read across the comma, "Banned by Ruritania, Zapp and Qorva …", is cut there).
      // "Services which are banned by X, including A, B and C": a plural noun's members named after the agent.
      // "Access to Zapp was restricted": a limit on using a thing bans it, as in the active voice (use-limits.ts).
      // "The iOS app of Zapp was removed": the thing of which a platform's version is named undergoes it, not the platform.
      // "Ruritania banned several apps made by Zenco, including Zeta and Vexa": the kind's members after the maker were made, not the
      // subject further left (helper own101; kind-members-after-maker.ts).
      const kindMembers = relation === 'develops' && agent ? kindMembersAfterMaker(words, t, agent, lists) : undefined;
      const named = kindMembers ?? versionOwner(words, subject('target'), lists);
      const accessed = named ? undefined : accessBefore(words, t, lists);
      const usedThing = accessed && !accessed.members.some((m) => mentions[m]!.type === 'government') ? accessed : undefined;
      const stated = named ?? usedThing ?? (agent ? membersAfterAgent(words, agent, lists) : undefined);
      const comma = !stated && opensSentence(words, t) ? words.indexOf(',', t) : -1;
      const undergoer = stated ?? (comma > t && comma <= t + 10 ? partOf(mainSubject(words, comma, lists), words, comma, 'after') : undefined);
      const actor = comma > t && undergoer ? partOf(agent, words, comma, 'before') : agent;
      if (states) return { sources: states, targets: [undergoer].filter(isList), rule: relation === 'banned' || usedThing ? 'trigger:banned-in' : 'trigger:restricted-in', ...(usedThing ? { relation: 'banned' as const } : {}) };
      const use = usedThing && relation === 'restricts' ? { relation: 'banned' as const } : {};
      // "Plix (owned by Zenco) and Vexa (owned by Qorva)": a participle opening one of the members' own brackets tells of that member
      // alone, wherever the subject search went (parallel-bracket-asides.ts).
      const bracketHost = relation === 'develops' ? memberOfParallelAside(words, t, lists) : undefined;
      if (bracketHost) return { sources: agent && fits('source')(agent) ? agent : undefined, targets: fits('target')(bracketHost) ? [bracketHost] : [], rule: 'trigger:passive' };
      // "a Linux distribution developed by Zenco": the platform of the thing made is not made by its agent; "Zapp, an iPhone app
      // made by Zenco": the thing made is the name the description is set off after (stop 60).
      const platform = relation === 'develops' && undergoer && qualifiesMadeThing(words, undergoer.first, undergoer.last, isSystem(undergoer, mentions));
      const described = platform ? describedBefore(words, undergoer.first) : undefined;
      const made = platform ? (described === undefined ? undefined : lists.get(described)) : undergoer;
      // "Ruritania banned the PAM software made by Zenco": a noun phrase of its own before the participle, no apposition, is what
      // was made; the name further left is the main verb's subject, not made (review of fp83).
      if (relation === 'develops' && made && made.last < t && ownNounPhraseBetween(words, made.last + 1, t)) return { targets: [], rule: 'trigger:passive' };
      // "Zapp was blocked from the app marketplace owned by Qorva": a noun phrase after a preposition of place or removal, right before
      // the participle, is what the agent owns or made; the subject further left is not (helper rlm94, from real marketplace news).
      if (relation === 'develops' && made && made.last < t && placeObjectBefore(words, made.last + 1, t)) return { targets: [], rule: 'trigger:passive' };
      // "Qorva's studio used characters made by Zenco", "the Zeta phone's screen, made by Zenco": a name (or its kind) before an 's
      // owns the common noun that was made, and is not made itself when no other name comes before the participle (helper dvb93,
      // from set 89's image news).
      if (relation === 'develops' && made && made.last < t - 2 && ownsCommonNounBefore(words, made.last + 1, t)) return { targets: [], rule: 'trigger:passive' };
      // "Acme said it is suspending purchases of brands owned by Zenco": a bare plural kind right before the participle is what was
      // made or held, not the clause's subject further left (helper brp92, from stop 91's eighty-fourth fresh sample); "Zeta is one of
      // the brands owned by Zenco" and "Zeta, one of the labels made by …" keep their name.
      // So is a plural made kind ("Zenco sells Plix scooters made by Qorva", "Zenco sells scooters made by Qorva": a seller of another's
      // goods makes nothing, and is not made; helper lineup, from made-up retail news).
      if (relation === 'develops' && made && made.last < t - 2 && (BARE_KIND_BEFORE_PARTICIPLE.test(words[t - 1] ?? '') || isPluralMadeKind(words[t - 1] ?? '')) && !NAME_COUNTED_AMONG_KIND.test(words.slice(made.last + 1, t - 1).join(' '))) return { targets: [], rule: 'trigger:passive' };
      // "Five firms have had Zetagram posts banned by the authority": the posts' holder is banned, not the platform (heldPostsSubject);
      // a platform taking down a firm's posts bans nothing (the posts are content): a state body's ruling only.
      const postsHolder = relation === 'banned' && made && made.last < t ? heldPostsSubject(words, made, lists) : undefined;
      const byState = actor !== undefined && actor.members.every((m) => mentions[m]!.type === 'government');
      if (postsHolder !== undefined) return { sources: actor && fits('source')(actor) ? actor : undefined, targets: postsHolder && byState && fits('target')(postsHolder) ? [postsHolder] : [], rule: 'trigger:passive' };
      // "Zeta will source stones from Qorva, a firm owned by Zenco": a participle in an apposition tells of the name the apposition
      // is set off after, not of a subject further left (fresh sample s80a); that name is what was made, if it may be.
      // So does a sanction or a ban: "Zenco is in talks with Qorvabank, a bank sanctioned by Ruritania" falls on the bank (helper trd91,
      // fresh sample s81d).
      const apposedTo = (relation === 'develops' || relation === 'restricts' || relation === 'banned') && made && made.last < t ? apposedNameBefore(words, t, lists) : undefined;
      // "Complaints came from Qorva, Vexa and the review site Zeta, now owned by Zenco": an aside after a list whose last member alone is
      // described by its kind tells of that member, not of the list (helper dvq93, from set 88's search reader).
      const apposedOne = apposedTo && relation === 'develops' ? lastMemberDescribedAlone(words, apposedTo, t) ?? apposedTo : apposedTo;
      if (apposedOne && apposedTo !== made && apposedOne.first > made!.last) return { sources: actor && fits('source')(actor) ? actor : undefined, targets: fits('target')(apposedOne) ? [apposedOne] : [], rule: 'trigger:passive', ...use };
      const madeOne = made && relation === 'develops' && made.last < t ? lastMemberDescribedAlone(words, made, t) ?? made : made;
      return { sources: actor && fits('source')(actor) ? actor : undefined, targets: [madeOne].filter(isList), rule: 'trigger:passive', ...use };
    }
    case 'portfolio': {
      // "Baidu GBU's product portfolio includes keyboard apps Simeji, content platform popIn, …":
      // every name the clause lists, whatever describes each.
      // "its brands, A and B", "a vendor boasting brands including A": the clause's subject owns them.
      const owned = reading.trigger.form === 'listed' ? ownedNoun(words, t) : undefined;
      // "Ruritania's banned products include: A, B": a ban's participle before the noun makes the possessor the banner, no maker (review of pl84).
      if (triggersAt(words, t - 1).some((tr) => (tr.relation === 'banned' || tr.relation === 'restricts') && (tr.form === 'participle' || tr.form === 'verb'))) return { targets: [], rule: 'trigger:maker' };
      // "Zenco Group consists of Zeta and Kappa, whose brands include Qwik": the owner is the name "whose" follows, which the
      // relative-clause pattern reads; the clause's subject owns nothing here (fx84, fresh samples).
      if (words[t - 1] === 'whose') return { targets: [], rule: 'trigger:maker' };
      // "its Zeta portfolio — powered by its latest Vexa chipsets — including Plim radios" (dashes read as commas): a list after an
      // aside opened by a participle goes on with the noun before the aside, not with the kind that ends it (helper fpd95, from dvo95's
      // report: the chip made the radios).
      if (closesParticipleAside(words, t, reading.trigger.words)) return { targets: [], rule: 'trigger:maker' };
      // "positions Zenco to compete directly with rapidly growing platforms like Qorva": things named after a rivalry's verb and its
      // "with" or "against" are the rivals', not the subject's own (helper rlm94, from real marketplace news).
      if (rivalsNamedAfterContest(words, t)) return { targets: [], rule: 'trigger:maker' };
      // "Zenmart sells goods from brands such as Vexa and Plix": brands a shop's wares come "from" are others' (helper brl91); not
      // "earns its revenue from brands such as Vexa", its own.
      if (words[t - 1] === 'from' && /^(?:brands|labels|marques)$/.test(words[t] ?? '') && SHOP_WARES_BEFORE_FROM.test(words[t - 2] ?? '')) return { targets: [], rule: 'trigger:maker' };
      // "Zenco's Zeta lineup includes Zeta-V": a line named by its brand is the possessor's, who makes its members (helper db86).
      const possessor = namedLineOwner(words, t, possessorBefore(words, t, lists), mentions);
      // "Travel and Leisure apps such as A": a store's category the writer capitalised makes nothing.
      if (owned !== 'subject' && possessor && isCategory(possessor, mentions)) return { targets: [], rule: 'trigger:maker' };
      // "Zenco controls Ruritanian brands such as Vexa": a coined word with a people's ending, unknown to the lexicon, before the kind is a
      // place's adjective, no maker (helper fp91, from brl91's report; known demonyms are never names).
      if (owned !== 'subject' && possessor && possessor.last === t - 1 && isUnknownDemonym(possessor, mentions)) return { targets: [], rule: 'trigger:maker' };
      // "Zenco's rivals in printers include Qorvex": the kind is the field of the possessor's rivals, partners or clients, whose goods
      // the list names (helper fp91, from unt91's report).
      if (owned !== 'subject' && possessor && words.slice(possessor.last + 1, t).some((w) => OTHERS_FIRMS_BEFORE_KIND.test(w))) return { targets: [], rule: 'trigger:maker' };
      // "Zenco's distribution segment includes brands such as Qorva": a unit that sells, distributes or licenses others' goods holds
      // their brands, not its owner's (helper brp92; "Zenco's outdoor segment includes brands such as Qorva" stays the owner's).
      if (owned !== 'subject' && othersGoodsUnitBetween(words.slice(possessor ? possessor.last + 1 : Math.max(0, t - 5), t))) return { targets: [], rule: 'trigger:maker' };
      // "Vexa will fit with the group's brands like Qorva", "… with Helen of Troy's brands like Qorva": an 's before the noun whose
      // owner is no mention names another owner, not the clause's subject (helper brp92, from stop 91's eighty-fourth fresh sample).
      if (owned !== 'subject' && !possessor && unnamedPossessorBefore(words, t)) return { targets: [], rule: 'trigger:maker' };
      const sayer = owned === 'subject' ? sayerOfThatIts(words, t, lists) : undefined;
      const maker = owned === 'subject' ? subject('source') ?? (sayer && fits('source')(sayer) ? sayer : undefined) : (possessor ?? subject('source'));
      // "Zenco Capital's luggage portfolio, which includes Vexa": an investor's portfolio holds stakes, no brands it makes (helper fp91,
      // from brl91's report; the portfolio patterns skip it too).
      if (maker && maker.members.every((k) => INVESTOR_NAME.test(mentions[k]!.surface))) return { targets: [], rule: 'trigger:maker' };
      // "Retail brands include Zeta and Vexa", "Household brands such as Zeta": a common word capitalised only as the sentence's first,
      // right before the noun, is the list's heading, no owner (helper prt98, from the fresh sample's false edges).
      if (owned !== 'subject' && maker && maker.last === t - 1 && isOpeningCommonWord(maker, mentions)) return { targets: [], rule: 'trigger:maker' };
      // "Besides TikTok, India has also banned Chinese apps, which include WeChat": what a ban or a control reaches is no portfolio of
      // the clause's subject (stop 84's fresh-clone run: the relative clause of ow84 gave TikTok develops WeChat).
      if (maker && actBetween(words, maker.last, t)) return { targets: [], rule: 'trigger:maker' };
      // "Qorva added Zeta to a portfolio that includes Kappa": the name added to the set is one of its members, no owner of the others
      // (helper pfl96, from set 94's readers: the added brand was read as the maker of the rest).
      if (maker && isAddedToSet(words, maker)) return { targets: [], rule: 'trigger:maker' };
      // The enumeration runs to the sentence's end or a relative clause, across ", and".
      // An enumeration set off by a comma ("Zenco devices, including A and B, run Zeta OS") ends at the comma after its last member
      // (stop 73: the clause's object was read as one more member).
      const setOff = reading.trigger.form === 'listed' && reading.trigger.words.includes(',');
      // "The Zapp and Qwik brands, both owned by Zenco, …": after the noun's comma an aside about the names before it, not a list of its own.
      if (setOff && reading.trigger.words.at(-1) === ',' && (ASIDE_QUANTIFIERS.has(words[after] ?? '') || isPastParticiple(words[after] ?? ''))) return { targets: [], rule: 'trigger:maker' };
      let end = after;
      let joined = false;
      // "Zenco's IAM suite, Zeta Identity, was banned by Ruritania": a verb after the members ends them (review of fp83).
      while (end < words.length && !/^[.;:]$/.test(words[end]!) && !(words[end] === ',' && /^(?:which|who|while|but)$/.test(words[end + 1] ?? '')) && !(end > after && BE.has(words[end]!))) {
        if (words[end] === 'and' || words[end] === 'or') joined = true;
        else if (setOff && joined && words[end] === ',' && words[end + 1] !== 'and' && mentionAt(words, end + 1) === undefined) break;
        // "Zenco, which owns brands like A, B and C, will merge with Qorva": a comma and a finite verb after the members close the
        // aside the enumeration stood in, and the verb's object is no member (helper own96, from real hotel-group news).
        else if (words[end] === ',' && finiteVerbAt(words, end + 1)) break;
        // "keeps the Zenco and Qorva brands, on their apps, to face their competitors Lumo and Tarn": the names after a rival noun are
        // the owner's rivals, no more of its brands (helper cmp97, from real micromobility news: the rivals were read as its brands).
        else if (end > after && /^(?:rival|rivals|competitor|competitors|challengers|archrivals|arch-rivals)$/.test(words[end]!)) break;
        // "brands such as A, B and C, all of which compete with Qorva": a quantified relative aside after the members tells of them,
        // and what it names is no member (helper pfl97, from set 95's readers: the rival was read as one more brand).
        else if (words[end] === ',' && QUANTIFIED_ASIDE_AFTER.test(words.slice(end + 1, end + 4).join(' '))) break;
        end++;
      }
      // "portfolio includes stakes in Qorva", "products include chips made by Zenco": a name behind a preposition is no member (review of pl84).
      // "ranges from the Zeta to the Yota": the range's far end, after "to", is a member too (helper dc86).
      const range = reading.trigger.words.at(-1) === 'from';
      // "… brands, including A, B and C," Smith adds": a name set off after the members before a verb of saying is the speaker (stop
      // 91 round 4, from set 83: the speaker was read as one more brand).
      // "brands including Ruritanian label Zeta": an unknown people's adjective before a description is no member (helper brm92).
      return { sources: maker, targets: listsAfter(words, after, end, lists).filter((list) => !isPeoplesAdjectiveList(list, words, mentions)).filter((list) => (!behindPreposition(words, list.first, after) || (range && rangeEndAt(words, list.first, after))) && !isReporterAfterComma(words, list)).filter(fits('target')), rule: 'trigger:maker' };
    }
    case 'made': {
      // "Ernie Bot is a product of Baidu": the subject is made by what follows "of", "of the Ruritanian firm Zenco" (the firm, not
      // its state), not what a phrase after it names ("the app of choice for Zenco users").
      // The trigger is "<noun> of": the agent is looked for from its noun, so that its "of" is the first word read.
      const agent = agentAfter(words, after - 2, lists, ['of']);
      const maker = agent && fits('source')(agent) ? agent : undefined;
      const made = subject('target');
      return { sources: maker, targets: made && words[made.last + 1] !== "'s" ? [made] : [], rule: 'trigger:maker' };
    }
    case 'noun': {
      if (relation === 'develops') return makerNoun(words, t, after, lists, fits, mentions);
      const preps = NOUN_OBJECT[relation];
      // "ChatGPT vs. Gemini"
      const next = words[after] === '.' ? words[after + 1] ?? '' : words[after] ?? '';
      // "ChatGPT's suspension by Italy": the possessor undergoes it.
      const owner = possessorBefore(words, t, lists);
      if (next === 'by' && owner && fits('target')(owner) && ownsNounAt(words, owner, t)) {
        const agent = agentAfter(words, t, lists);
        return { sources: agent && fits('source')(agent) ? agent : undefined, targets: [owner], rule: 'trigger:noun' };
      }
      // "The Zembla Times has learned that Zenco and its competitor Qorva …": a party noun after "<name> and its" is that name's (the
      // and-rival pattern reads it), not the clause's subject's, a paper or a speaker (fresh sample s83b; helper rvl94).
      const andOwner = relation === 'competes_with' && PARTY_NOUNS.has(reading.trigger.words.join(' ')) ? nameBeforeAndIts(words, t) : -1;
      if (andOwner >= 0) {
        const owner = lists.get(andOwner);
        // "Zenco and its rival, Qorva, lead": the rival may be set off by commas.
        const from = words[after] === ',' ? after + 1 : after;
        const named = mentionAt(words, words[from] === 'the' ? from + 1 : from);
        const rival = named === undefined ? undefined : lists.get(named);
        if (rival) return owner && rival.first > t && fits('source')(owner) && fits('target')(rival) ? { sources: owner, targets: [rival], rule: 'trigger:noun' } : { targets: [], rule: 'trigger:noun' };
        // "Zenco and its rivals, including Qorva and Vexa, …", "Zenco and its rival in Zembla, Qorva, …": no name right after the noun,
        // so the ordinary noun reading finds the members past "including" or a phrase (re-read rr94a).
      }
      let targets: MentionList[] = [];
      // A gerund takes its object after "of" whatever the relation ("Washington's blacklisting of Zenco"), and so
      // does a designation ("announced the designations of Zenco and Qorva").
      const gerundOf = next === 'of' && (reading.trigger.words.at(-1)!.endsWith('ing') || DESIGNATION_NOUNS.has(reading.trigger.words.at(-1)!));
      // "competitors that include A and B": the list of a relative clause after a party noun (helper riv83).
      const relativeList = relation === 'competes_with' && PARTY_NOUNS.has(reading.trigger.words.join(' ')) ? relativeListAfter(words, after) : undefined;
      // "Its competitors also include A and B": "also" between a party noun and the verb that lists its members, a name right
      // after it ("also include those from Zembla" names a place, not a member); not a league's "contenders".
      // "Its competitors will include A and B", "its rivals would be A and B": the same list in the future (helper cp85).
      const alsoListed = relation === 'competes_with' && /^(?:rivals?|competitors?|arch-?rivals?|challengers?)$/.test(reading.trigger.words.join(' ')) && (words[after] === 'also' ? /^(?:include|includes|included|are|were)$/ : /^(?:will|would)$/.test(words[after] ?? '') ? /^(?:include|be)$/ : /^$/).test(words[after + 1] ?? '') && mentionAt(words, after + 2) !== undefined;
      // "has many competitors, from A to B", "Zenco's competition ranges from A to B", "Zenco's rivals in Japan include A" (helper cmp88).
      const rivalsNoun = relation === 'competes_with' && namesRivals(reading.trigger.words.join(' '));
      const rangeFrom = rivalsNoun ? rangeOpenerAfter(words, after) : undefined;
      const pastMarket = rivalsNoun && words.slice(Math.max(0, t - 3), t).includes("'s") && possessorBefore(words, t, lists, mentions) ? membersPastMarket(words, after, (k) => isState(mentions[mentionAt(words, k)!]!)) : undefined;
      // "duties of up to 35 % on Zenco", "duties ranging from 17 % for Zenco to 35 % for Qorva": past a tariff's rate (duty-rates.ts).
      const rated = relation === 'restricts' && isRatedMeasure(reading.trigger.words.at(-1)!) ? ratedTargets(words, after, objects) : undefined;
      if (relativeList !== undefined) targets = objects(relativeList, 10);
      else if (rated !== undefined) targets = rated;
      else if (rangeFrom !== undefined) targets = objects(rangeFrom, 10);
      else if (pastMarket !== undefined) targets = objects(pastMarket, 10);
      else if (alsoListed) targets = objects(after + 2, 10);
      // "bested Qorva in the fight to win the Orion contract", "the race to become the sole vendor for Orion": a contest's noun before an
      // infinitive names its prize after it, no rival (helper rvr93, from the eighty-eighth fresh sample). "a rival to Qorva" keeps it.
      else if (relation === 'competes_with' && next === 'to' && CONTEST_NOUNS.test(reading.trigger.words.at(-1) ?? '') && contestInfinitiveAt(words, after + 1)) targets = [];
      // "the biggest challenger yet to Qorva": a superlative's "yet" between the rival noun and its "to" (helper rnk101).
      else if (relation === 'competes_with' && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && rivalAfterYetTo(words, after) !== undefined) targets = objects(rivalAfterYetTo(words, after)!, 10);
      else if ((preps?.has(next) || gerundOf) && !madeByAfterRival(words, t, next, reading.trigger.words.join(' '), relation)) targets = objects(after + 1, 10);
      // "sanctions imposed on Zenco", "a ban placed on Zapp": the object after the participle's preposition.
      else if ((relation === 'banned' || relation === 'restricts') && IMPOSED.has(next) && (words[after + 1] === 'on' || words[after + 1] === 'upon' || words[after + 1] === 'against')) targets = objects(after + 2, 10);
      // "Ruritania's latest tariffs have been imposed on Zembla": the passive's auxiliaries before the participle (helper trd90b).
      else if ((relation === 'banned' || relation === 'restricts') && passiveImposedAt(words, after) !== undefined) targets = objects(passiveImposedAt(words, after)! + 1, 10);
      // "the toughest sanctions ever on Zembla", "… yet on Zembla": a superlative's "ever" or "yet" before the object (fresh sample s85c).
      else if ((relation === 'restricts' || relation === 'banned') && /^(?:ever|yet)$/.test(next) && preps?.has(words[after + 1] ?? '')) targets = objects(after + 2, 10);
      // "EU sanctions prohibiting oil sales to Zembla": the state a participle's forbidden trade goes to (fresh sample s85c).
      else if (relation === 'restricts' && tradeForbiddenTo(words, after) !== undefined) targets = objects(tradeForbiddenTo(words, after)!, 10);
      // "sanctions imposed by the UN, Ruritania and the EU on Borduria": the agents, then the targets.
      else if ((relation === 'banned' || relation === 'restricts') && IMPOSED.has(next) && words[after + 1] === 'by') {
        const agents = agentAfter(words, after, lists);
        const on = agents && (words[agents.last + 1] === 'on' || words[agents.last + 1] === 'against') ? agents.last + 2 : -1;
        if (agents && on > 0 && fits('source')(agents)) return { sources: agents, targets: objects(on, 10), rule: 'trigger:noun' };
      }
      // "imposed sanctions on Monday, targeting A and B": a participle set off after the act names its targets.
      if (targets.length === 0 && (relation === 'banned' || relation === 'restricts')) {
        const setOff = participleSetOff(words, after);
        // The list ends its clause: "hitting Zenco shares" names the shares.
        if (setOff !== undefined) targets = objects(setOff, 10).filter((l) => /^(?:[,.;:)]|and|or|in|on|over|for|among|as|with|)$/.test(words[l.last + 1] ?? ''));
        // "duties on imports of vexium , a chemical used in paper and ink , from Zembla": the goods' aside set off before their origin (helper trx93).
        const origin = relation === 'restricts' && targets.length === 0 && isRatedMeasure(reading.trigger.words.at(-1)!) ? originPastGoodsAside(words, pastRate(words, after)) : undefined;
        if (origin !== undefined) targets = objects(origin, 10);
        // "surtaxes on electric vehicles ( EVs ) , aluminium and steel from Zembla": goods listed past the reader's reach (helper rle94).
        const listed = relation === 'restricts' && targets.length === 0 && isRatedMeasure(reading.trigger.words.at(-1)!) ? originPastGoodsList(words, pastRate(words, after), (k) => { const m = mentionAt(words, k); return m !== undefined && isState(mentions[m]!); }) : undefined;
        if (listed !== undefined) targets = objects(listed, 10);
      }
      // "competitor Nvidia", "rival Huawei": the name in apposition.
      else if (relation === 'competes_with' && mentionAt(words, words[after] === '.' ? after + 1 : after) !== undefined) {
        const at = words[after] === '.' ? after + 1 : after;
        targets = objects(at, 3);
        // "while competitors Qorva received $4m, Vexa $3m and Borin $1m": the verb left out after each later name (helper riv91).
        if (targets.length === 1 && targets[0]!.members.length === 1) targets = [...targets, ...gappedNamesAfter(words, at).filter((k) => arePeers(mentions[mentionAt(words, at)!]!, mentions[mentionAt(words, k)!]!)).map((k) => ({ members: [mentionAt(words, k)!], first: k, last: k }))];
        // "copied features from rival Qorva's Vexa app": the noun names the owner as the rival, the thing it owns is a rival only of a
        // thing (the claim keeps whichever pair is of one kind).
        const owner = mentionAt(words, at)!;
        // A firm it owns ("rival Qorva's Zeta team") is no rival: the owner stands for it.
        // Only after a party's noun: "Qorva's Zeta vs. Zenco's Vela" sets the two things apart, not Zeta against Zenco.
        if (words[at + 1] === "'s" && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && !targets.some((l) => l.members.includes(owner))) targets = [{ members: [owner], first: at, last: at }, ...targets.filter((l) => mentions[l.members[0]!]!.type !== 'company')];
      }
      // "rival operator Brightel", "competitor firm Qorva": a kind of firm between the noun and the name.
      else if (relation === 'competes_with' && RIVAL_KIND.has(words[after] ?? '') && mentionAt(words, after + 1) !== undefined) targets = objects(after + 1, 3);
      // "kept shoppers from straying to its arch-rival, Qorva.", "lost ground to arch-rival, Qorva, this year": one firm set off by
      // commas after a rival noun that "its" or a preposition opens, the owner too far back to read (helper cmp95, real retail news).
      else if (relation === 'competes_with' && commaApposedRivalAt(words, t, after) !== undefined) targets = objects(after + 1, 2).filter((l) => l.first === after + 1 && l.members.length === 1);
      // "a delight for its competitors, Qorva and Vexa, whose …": so the list set off after a plural rival noun that "its" opens.
      else if (relation === 'competes_with' && commaApposedRivalsAt(words, t, after) !== undefined) targets = objects(after + 1, 8).filter((l) => l.first === after + 1 && l.members.length >= 2 && /^(?:,|\.|;|-|–|—|:)?$/.test(words[l.last + 1] ?? ''));
      // "buying competitor and fellow Zemblan tyre maker Qorva", "long-time rival (and occasional partner) Qorva": a second description
      // of the same firm, joined by "and fellow" or in brackets, between the noun and the name (helper cmp89).
      else if (relation === 'competes_with' && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && coDescribedNameAt(words, after) !== undefined) targets = objects(coDescribedNameAt(words, after)!, 3);
      // "the 2019 Zeta vs. the 2019 Qorva Q5": after a "vs", an article and a model year before the name (stop 66's first-round makers sample).
      else if (relation === 'competes_with' && isVs(reading.trigger.words[0]) && modelYearNameAt(words, after) !== undefined) targets = objects(modelYearNameAt(words, after)!, 3);
      // "won a bidding war with Qorva's backing", "a price war with Qorva's help": the name whose aid the contest is fought with is an
      // ally, no rival (helper riv92, a near miss of set 84's bidding wars).
      // So is a name right after "with" before its aid: "won the bidding war with Qorva Capital funding" (re-read rr92b).
      if (relation === 'competes_with') targets = targets.filter((l) => !(words[l.last + 1] === "'s" && AID_AFTER_OWNER.test(words[l.last + 2] ?? '')) && !(words[l.first - 1] === 'with' && AID_AFTER_OWNER.test(words[l.last + 1] ?? '')));
      const possessor = possessorBefore(words, t, lists, mentions) ?? (relation === 'competes_with' ? coordinatedOwner(words, t, lists) : undefined);
      // "its closest rival, Kappa, …", "Zenco's main competitor is Kappa": the rival named after a comma or a copula.
      // "Zenco's competitors (Qorva, Vell, Plix, etc.)": … or in brackets (stop 75's thirty-seventh set).
      if (relation === 'competes_with' && targets.length === 0 && possessor && (next === ',' || next === 'is' || next === 'was' || next === '(') && (mentionAt(words, after + 1) !== undefined || (words[after + 1] === 'the' && mentionAt(words, after + 2) !== undefined))) targets = objects(after + 1, 4);
      // "one of its competitors, the German firm Qorva, …": the rival set off after a kind of firm (helper riv91, stop 90's last fresh sample).
      else if (relation === 'competes_with' && targets.length === 0 && possessor && next === ',' && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && !PAST_RIVAL_BEFORE.test(words[t - 1] ?? '') && kindThenNameAt(words, after + 1, mentions) !== undefined) targets = objects(kindThenNameAt(words, after + 1, mentions)!, 4).slice(0, 1);
      // "Zenco's rivals, such as Kappa and Qorva, …": the rivals enumerated after the comma.
      else if (relation === 'competes_with' && targets.length === 0 && possessor && next === ',' && /^(?:such|like|including|notably|namely)$/.test(words[after + 1] ?? '')) targets = objects(after + 2, 6);
      // "Zenco faces a new challenger: Qorva", "Zenco has found a rival in Qorva": a party noun naming its party after a colon or "in".
      else if (relation === 'competes_with' && targets.length === 0 && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && (next === ':' || next === 'in') && mentionAt(words, after + 1) !== undefined && words[after + 2] !== "'s") targets = objects(after + 1, 4);
      if (relation === 'competes_with' && reading.trigger.words.join(' ') === 'players') {
        // "Zenco makes cloud chips. Other players in the space include A and B": the other players are the topic's rivals (stop 53's readers).
        const listed = topic && words[t - 1] === 'other' && opensWithQualifiedParty(words, t) ? examplesAfter(words, after) : undefined;
        const others = listed !== undefined ? objects(listed, 8)[0] : undefined;
        if (others && others.first <= listed! + 1 && !subjectsBefore(words, t, lists).some(fits('source'))) return { sources: topic, targets: [others], rule: 'trigger:noun' };
        const players = marketPlayers(words, t, after, lists, objects);
        // "will be in close competition with players like A, B and C", "up against the biggest players such as A and B": players named
        // after "with" or "against" are the rivals of the clause's subject, not of each other (stop 66's second controls sample).
        if (players && playersFaced(words, t)) return { sources: subjectsBefore(words, t, lists).find((l) => fits('source')(l) && l !== players), targets: [players], rule: 'trigger:noun' };
        // "Other players such as A, B and C exert competitive pressure on Zenco": the players are the named firm's rivals
        // (list-exerts-competitive-pressure), not said to vie with each other (helper riv91).
        if (players && pressesNamedFirmAfter(words, players.last)) return { targets: [], rule: 'trigger:noun' };
        return players && players.members.every((m) => arePeers(mentions[m]!, mentions[players.members[0]!]!)) ? { sources: players, targets: [players], rule: 'trigger:noun' } : { targets: [], rule: 'trigger:noun' };
      }
      if (relation === 'competes_with') {
        // "A vs B vs C": every pair of the chain, not only neighbours.
        const vs = isVs(reading.trigger.words[0]);
        // "the Epic vs Apple ruling", "in Zenco v. Qorva": a case's name, parties in court, not rivals.
        if (vs && (LEGAL_CASE.has(words[(targets[0]?.last ?? t) + 1] ?? '') || DISPUTE_BEFORE.has(words[t - 2] ?? ''))) return { targets: [], rule: 'trigger:noun' };
        const chain = vs ? vsChain(words, t, lists) : undefined;
        if (chain) return { sources: chain, targets: [chain], rule: 'trigger:noun' };
        // "A vs B or C vs D": lists joined by "or" around a "vs" hold other pairs' ends; the pair is the names by the "vs".
        const pair = vs ? orPair(words, t, lists) : undefined;
        if (pair) return { sources: pair[0], targets: [pair[1]], rule: 'trigger:noun' };
        // "the Zenco-Kappa rivalry": the two names joined before the noun.
        const joined = targets.length === 0 && !preps?.has(next) ? joinedPairBefore(words, t) : undefined;
        if (joined) return { sources: joined, targets: [joined], rule: 'trigger:noun' };
        // "the rivalry between A and B", "the three-way clash among A, B and C", "the real battle is between A and B": every pair of the list.
        // "a duopoly of A and B": a noun of a closed set of rivals names them with "of".
        // "a rivalry, between A and B, that …": the parties set off by a comma (helper cmp89).
        const setOff = next === ',' && (words[after + 1] === 'between' || words[after + 1] === 'among');
        const among = next === 'between' || next === 'among' || (next === 'of' && CLOSED_RIVALRIES.has(reading.trigger.words.join(' ')));
        const between = among ? after : setOff ? after + 1 : contestBetweenAt(words, after);
        if (between >= 0) {
          // "between the big three – A, B and C": a count of them may come first, set off by a dash.
          const list = objects(between + 1, words[between + 4] === ',' ? 5 : 4)[0];
          // "the competition between Zenco and makers such as A and B": one side named, the other a kind of firm with its examples; the
          // named side against each example, not the examples against each other (helper cmp89).
          const examples = list && list.members.length === 1 ? examplesOfKindAfter(words, list.last + 1) : undefined;
          const others = examples !== undefined ? objects(examples, 6)[0] : undefined;
          if (list && others && !DISPUTE_BEFORE.has(words[t - 1] ?? '')) return { sources: list, targets: [others], rule: 'trigger:noun' };
          if (!list || list.members.length < 2 || DISPUTE_BEFORE.has(words[t - 1] ?? '')) return { targets: [], rule: 'trigger:noun' };
          return { sources: list, targets: [list], rule: 'trigger:noun' };
        }
        if (DISPUTE_BEFORE.has(words[t - 1] ?? '')) return { targets: [], rule: 'trigger:noun' };
        // "in response to Zenco's call" answers a party, it does not compete with it.
        if (reading.trigger.words[0] === 'response' && words[t - 1] === 'in') return { targets: [], rule: 'trigger:noun' };
        // "designated Zenco as a threat": a designation's cue, not a rival.
        if (designatedBefore(words, t)) return { targets: [], rule: 'trigger:noun' };
        // "is shutting Qorvo, recommending Vexa as an alternative": a replacement pointed to is no rival (helper cp285).
        if (/^alternatives?$/.test(reading.trigger.words.join(' ')) && replacementPointedTo(words, t)) return { targets: [], rule: 'trigger:noun' };
        // "a platform for firms outgrowing Vexa, or looking for an alternative to Qorva": the seekers are no rivals; the opening name
        // offered to them is (rival-sought-alternatives.ts).
        if (/^alternatives?$/.test(reading.trigger.words.join(' ')) && soughtAlternative(words, t)) {
          const offered = offeredToSeekers(words, t, lists);
          const rivals = targets.filter((l) => offered === undefined || !l.members.some((m) => offered.members.includes(m)));
          return offered && fits('source')(offered) && rivals.length > 0 ? { sources: offered, targets: rivals, rule: 'trigger:noun' } : { targets: [], rule: 'trigger:noun' };
        }
        // "Zenco grew 9%. Rival Qorva fell 13%.", "… Rivals like Qorva and Kappa already sell them": a party noun
        // opening the sentence, owned by no one, sets its party (one name, or a list after "like") against what the sentences before were about.
        // "Other rivals in the market include Qorva" too (stop 53's readers).
        if (topic && !possessor && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && opensWithQualifiedParty(words, t)) {
          // "Rivals include Qorva and Vexo": the list after "include" as after "like".
          const listed = examplesAfter(words, after);
          // "Another challenger, Vexo, sells vans": one rival set off by commas right after the noun (helper riv100).
          const setOffRival = listed === undefined && targets.length === 0 && words[after] === ',' && /^@\d+$/.test(words[after + 1] ?? '') && words[after + 2] === ',' ? objects(after + 1, 1) : [];
          const named = listed !== undefined ? objects(listed, 8) : targets[0]?.members.length === 1 ? targets : setOffRival;
          const rival = named[0];
          // A name nothing typed beside a rival noun takes its peer's type (ClaimCollector).
          const first = mentions[rival?.members[0] ?? -1];
          if (rival && first && !subjectsBefore(words, t, lists).some(fits('source')) && (first.source === 'unknown' || arePeers(mentions[topic.members[0]!]!, first))) return { sources: topic, targets: named, rule: 'trigger:noun' };
        }
        // "Zenco makes maps. Rival Qorva was suing Zenco over patents": the subject of the sentences before, named again later in this one,
        // is the counterpart of a rival noun that opens it with one name after it (fresh sample s78a: a suit between rivals told no rivalry).
        if (!topic && namedTopic !== undefined && !possessor && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && opensWithQualifiedParty(words, t) && targets.length === 1 && targets[0]!.members.length === 1) {
          const rival = targets[0]!;
          const at = words.findIndex((_, i) => i > rival.last && mentionAt(words, i) === namedTopic);
          const named = mentions[namedTopic]!;
          if (at > 0 && !rival.members.includes(namedTopic) && arePeers(named, mentions[rival.members[0]!]!)) return { sources: { members: [namedTopic], first: at, last: at }, targets: [rival], rule: 'trigger:noun' };
        }
        // "Unlike its main rival, Qorva, Zenco …", "Like rivals A and B, Zenco …": a party noun in an
        // adjunct opening the sentence is the main clause subject's.
        const fronted = PARTY_NOUNS.has(reading.trigger.words.join(' ')) ? frontedSubject(words, t, lists) : undefined;
        if (fronted) {
          const named = targets.length > 0 ? targets : next === ',' && mentionAt(words, after + 1) !== undefined ? objects(after + 1, 4) : [];
          const rival = named[0];
          if (rival && !rival.members.some((m) => fronted.members.includes(m)) && arePeers(mentions[fronted.members[0]!]!, mentions[rival.members[0]!]!)) return { sources: fronted, targets: [rival], rule: 'trigger:noun' };
        }
        // "X is Y's closest rival", "Qwen is Alibaba's answer to ChatGPT": the rival is whichever
        // named list is a peer (companies with companies, products with products).
        // "Shares in Zenco, a rival of Qorva, fell": a party noun opening an apposition is the apposed name's, even when a preposition
        // governs that name and the clause's subject is another noun (fresh news samples, helper app88).
        // Not a rival no longer ("a former rival of Qorva"), nor an apposition whose closing comma a list's "and" follows ("the fight
        // between Zenco, a rival of Qorva, and Vexa": where its "of" ends is unclear).
        const closing = words.indexOf(',', t);
        const apposedHead = !possessor && PARTY_NOUNS.has(reading.trigger.words.join(' ')) && !PAST_RIVAL_BEFORE.test(words[t - 1] ?? '') && !(closing > 0 && /^(?:and|or)$/.test(words[closing + 1] ?? '')) ? apposedTo(words, t, lists) : undefined;
        // "Zenco, a supplier of Qorva, faces competitors like Vexa": the firm of a tie's apposition gives way to the name it is set beside (helper cmp90b).
        const holderOf = (l: MentionList): MentionList => tieApposedHolder(words, l, lists) ?? l;
        // "Zenco bought Lumo, allowing it to better compete against rivals Qorva and Vexa": the rivals of the helped "it", the buyer (helper cor92).
        const helped = !possessor && PARTY_NOUNS.has(reading.trigger.words.join(' ')) ? helpedBuyerBefore(words, t, lists, fits('source')) : undefined;
        // "Zenco, founded by Ana Borin and based at Vexa Airport, is Qorva's main rival": after a copula the subject is read from the
        // possessor, so that the aside before the copula is passed over (read from the noun, the possessor is found first and the aside's
        // names then pass for subjects; helper cmp97, from real airline news).
        const copulaAt = possessor && words[possessor.first - 1] === 'been' && /^(?:has|had)$/.test(words[possessor.first - 2] ?? '') ? possessor.first - 2 : (possessor?.first ?? 0) - 1;
        const copularOwner = possessor && /^(?:is|was|remains|remained|became|has|had)$/.test(words[copulaAt] ?? '') && words[copulaAt - 1] === ',';
        const candidates = [possessor, helped, apposedHead && fits('source')(apposedHead) ? holderOf(apposedHead) : undefined, ...subjectsBefore(words, copularOwner ? possessor.first : t, lists).filter((l) => fits('source')(l) && l !== apposedHead).map(holderOf)].filter(isList);
        // "Zeta, a Qwik alternative": the name the noun phrase stands beside.
        const apposed = possessor ? apposedTo(words, possessor.first, lists) : undefined;
        // "A and B are locked in a race", "A and B remain fierce competitors": a contest (or a plural
        // of rivals) said of the clause's list of peers has them compete with each other ("A and B face a new rival" does not).
        // "Xiaomi and Apple's rivalry" too, but "A and B's competitors" are a third party's.
        const noun = reading.trigger.words.join(' ');
        // "A and B started streaming, posing as a competition for Zenco": a contest the subjects pose "as" for a named party is with that
        // party, not between them (stop 76, from its forty-second set); "A and B are in a race for Nvidia orders" still sets them against each other.
        const posedAs = words.slice(Math.max(0, t - 4), t).some((w) => /^(?:pose|poses|posed|posing)$/.test(w)) && words.slice(Math.max(0, t - 3), t).includes('as');
        const forAt = posedAs && words[after] === 'for' ? (words[after + 1] === 'the' ? after + 2 : after + 1) : -1;
        const againstParty = forAt >= 0 && mentionAt(words, forAt) !== undefined;
        const mutual = targets.length === 0 && MUTUAL_CONTESTS.has(noun) && !againstParty;
        const owned = mutual && possessor && possessor.members.length >= 2 && !/s$/.test(noun) ? possessor : undefined;
        // "Zenco and Qorva are teaming up to take on rivals, including Borin": partners joined before the noun are not each other's
        // rivals; the noun is their rivals' (allied-partners.ts).
        const contestants = owned ?? (mutual ? subjectsBefore(words, t, lists).find((l) => l.members.length >= 2 && !words.slice(l.last + 1, t).includes("'s") && !partneredBetween(words, l.last + 1, t)) : undefined);
        // "Upstarts like A, B and C have given incumbents like Zenco new competition": a name the contest is given to, between the
        // list and the noun, is the list's rival; the list's members are not each other's (stop 64's third makers sample).
        const givenTo = contestants && !owned ? contestGivenTo(words, contestants.last + 1, t, lists) : undefined;
        // "positions Zenco alongside giants like A, B and C in the race", "Zenco joins A, B and C in the race": the list is the company a
        // firm is set beside, the race is that firm's against each; the members are not each other's rivals (helper fp83b).
        if (contestants && setBesideFirm(words, contestants.first)) return { targets: [], rule: 'trigger:noun' };
        // "puts Zenco alongside A, B and C in the battle": a list led by "X alongside" holds X's rivals only.
        const leader = contestants && words[contestants.first + 1] === 'alongside' ? mentionAt(words, contestants.first) : undefined;
        if (contestants && leader !== undefined && contestants.members[0] === leader) {
          const rest = contestants.members.slice(1);
          return { sources: { members: [leader], first: contestants.first, last: contestants.first }, targets: [{ members: rest, first: contestants.first + 2, last: contestants.last }], rule: 'trigger:noun' };
        }
        // "Zenco counts A and B among its competitors": the list is the rivals of the firm that counts them (helper riv83).
        // "A and B are among its rivals' customers": the rivals' counterparts, no contest (helper riv83).
        if (contestants && !givenTo && (rivalsCounterpartAfter(words, t) || counterpartsOfRivals(words, contestants.last + 1, t))) return { targets: [], rule: 'trigger:noun' };
        const counter = contestants && !owned && !givenTo ? countingFirm(words, contestants, t, lists) : undefined;
        // "A, B and others are its top competitors": the rivals of the firm "its" stands for, not each other's (helper riv92, s84d).
        if (contestants && !owned && !counter && !givenTo && PARTY_NOUNS.has(noun) && words.slice(Math.max(contestants.last + 1, t - 3), t).some((w) => /^(?:its|their)(?:@\d+)?$/.test(w))) return { targets: [], rule: 'trigger:noun' };
        if (contestants && counter) return fits('source')(counter) && counter.members.every((m) => mentions[m]!.type === 'company' || mentions[m]!.source === 'unknown') ? { sources: counter, targets: [contestants], rule: 'trigger:noun' } : { targets: [], rule: 'trigger:noun' };
        if (contestants && givenTo) return fits('target')(givenTo) ? { sources: contestants, targets: [givenTo], rule: 'trigger:noun' } : { targets: [], rule: 'trigger:noun' };
        // "A and B are seen as major Zenco competitors": a name right before the noun is the party they both compete with.
        const modifier = mentionAt(words, t - 1);
        const theirRival = contestants && modifier !== undefined && !contestants.members.includes(modifier) ? lists.get(modifier) : undefined;
        if (contestants && theirRival && fits('target')(theirRival)) return { sources: contestants, targets: [theirRival], rule: 'trigger:noun' };
        // "Qorva Foods and Quimby's have a long rivalry": a name no rule typed beside a typed firm is that firm's peer in the contest (fix97:
        // once typ97a's trade endings typed "Qorva Foods", the untyped chain was no longer its peer and the rivalry was lost).
        const untypedBesideFirm = (l: MentionList): boolean => l.members.some((m) => mentions[m]!.type === 'company') && l.members.every((m) => mentions[m]!.type === 'company' || mentions[m]!.source === 'unknown');
        if (contestants && (contestants.members.every((m) => arePeers(mentions[m]!, mentions[contestants.members[0]!]!)) || untypedBesideFirm(contestants))) {
          return { sources: contestants, targets: [contestants], rule: 'trigger:noun' };
        }
        // "The main contenders are A, B and C", "four main contenders: A, B, C and D": contenders owned by no one are peers of each other
        // (rivals and competitors are mostly someone's, named a sentence before: "Zenco grew. Rivals include A and B").
        const named = !possessor && !topic && candidates.length === 0 && noun === 'contenders' && /^(?::|are|were|include|included)$/.test(next) && !words.slice(Math.max(0, t - 4), t).some((w) => /^(?:its|their|his|her)(?:@\d+)?$/.test(w)) ? (targets[0] ?? objects(after + 1, 4)[0]) : undefined;
        if (named && named.first <= after + 2 && named.members.length >= 2 && named.members.every((m) => arePeers(mentions[m]!, mentions[named.members[0]!]!))) {
          return { sources: named, targets: [named], rule: 'trigger:noun' };
        }
        // "signed deals with two of Qorva's rivals": the subject deals with the rivals, it is none (fresh samples, helper fp89).
        if (targets.length === 0 && possessor && !apposed && PARTY_NOUNS.has(noun) && rivalsDealtWith(words, possessor.first)) return { targets: [], rule: 'trigger:noun' };
        // "…, with A and B being Borin's key competitors": the list before "being" is the copula's subject, the rivals of the possessor;
        // the clause's subject is none (helper fp91, from riv91's report).
        // A pronoun ("being its key competitors") is left to the with-list-being-rivals pattern.
        const namedAfterBeing = targets.length === 0 && possessor !== undefined && words[possessor.first - 1] === 'being' && mentionAt(words, possessor.first) !== undefined && !/^(?:its|their)@/.test(words[possessor.first] ?? '');
        const beingSubject = namedAfterBeing ? mentionAt(words, possessor.first - 2) : undefined;
        if (namedAfterBeing) {
          const listed = beingSubject === undefined ? undefined : lists.get(beingSubject);
          return listed && fits('source')(listed) && !listed.members.some((m) => possessor!.members.includes(m)) ? { sources: listed, targets: [possessor], rule: 'trigger:noun' } : { targets: [], rule: 'trigger:noun' };
        }
        if (targets.length === 0 && possessor) return { sources: apposed ?? candidates.find((l) => l !== possessor), targets: [possessor], rule: 'trigger:noun' };
        // "Tarn, Qorva's answer to Zenco's Lumo": the thing set beside the answer is the rival, not its maker (helper rvl93, set 87);
        // not an answer to a firm's act ("Qorva's response to Zenco's offer").
        const answering = possessor && targets[0] && targets[0].first <= after + 2 && words[targets[0].last + 1] !== "'s" && !ANSWERED_ACT_AFTER.test(words[targets[0].last + 1] ?? '') ? answerApposedBefore(words, possessor.first, noun, next) : undefined;
        if (answering && mentions[answering.members[0]!]!.type !== 'government' && targets[0]!.members.some((m) => arePeers(mentions[answering.members[0]!]!, mentions[m]!))) return { sources: answering, targets, rule: 'trigger:noun' };
        // Around "vs" or a noun that names a party ("Zenco's main competitor, Qorva, …") a name nothing
        // typed takes its peer's type (ClaimCollector); "Zenco's answer is Zeta" may name a product instead.
        // "faces competition from Qorva": what competition comes from is a party too.
        // "mounting a challenge to Qorva": what a challenge is to is the challenger's rival (stop 53's readers).
        // "Zenco Corp. is waging a price war with Qorva", "its rivalry with Qorva": what a market's contest is waged with or against
        // is a party too (helper cmq97, real grocery news: a typed subject left the unknown rival after "price war with" unread).
        // Not a bare "war", "battle" or "fight", which a state or a court case may be.
        const party = vs || PARTY_NOUNS.has(noun) || ((noun === 'competition' || noun === 'threat') && next === 'from') || (noun === 'challenge' && next === 'to') || (MARKET_CONTESTS.has(noun) && (next === 'with' || next === 'against'));
        // "Zenco unveiled the Zeta 7. Its main rival is the Qorva Watch": the firm's "its" stands for the product named with it (ClaimCollector).
        const standsForThing = (m: SentenceMention): boolean => m.source === 'coref' && m.type === 'company' && m.key === firmOfThing;
        const isThing = (m: SentenceMention): boolean => m.type === 'product' || m.type === 'model';
        const peers = (a: SentenceMention, b: SentenceMention): boolean => arePeers(a, b) || (party && (a.source === 'unknown' || b.source === 'unknown')) || (standsForThing(a) && isThing(b)) || (standsForThing(b) && isThing(a));
        // "Zenco unveiled the Zeta last week, and rival Qorva will follow", "…, while rival Qorva cut prices": a rival opening a
        // clause joined to the one before is the rival of that clause's subject, the farthest name before the comma, not the
        // nearest (stop 65's readers).
        const joinedClause = !possessor && PARTY_NOUNS.has(noun) && CLAUSE_JOINERS.has(words[t - 1] ?? '') && words[t - 2] === ',';
        // "…, allowing iPhone owners to pay in instalments, in a major challenge to Qorva": a name before people names them, not the
        // challenger (helper riv92, fresh sample s84b); the firm further left is.
        const before = (joinedClause ? subjectsBefore(words, t - 2, lists).filter(fits('source')).reverse() : candidates).filter((l) => l === possessor || !NAMED_PEOPLE_AFTER.test(words[l.last + 1] ?? ''));
        // "Competition from A and B has forced Zenco to defend its lead": with no name before, the firm the contest presses.
        // A name opening the sentence right before the noun only describes it ("Fierce competition from Qorva …", the capital read as a name).
        const opensAsDescriber = (l: MentionList): boolean => l.first === 0 && l.last === t - 1;
        // Not when the contest comes from another's thing ("from Qorva's Vexa app"), nor for a state pressed ("forced France to change its rules").
        const pressedAt = party && !vs && targets[0] && !words.slice(targets[0].first - 1, targets.at(-1)!.last + 1).includes("'s") && before.every(opensAsDescriber) ? pressedByContest(words, targets.at(-1)!.last + 1, lists) : undefined;
        const pressed = pressedAt?.members.every((m) => mentions[m]!.type !== 'government') ? pressedAt : undefined;
        // Any member of the rivals' list may be the peer: "competition from Zeta and Qorva", a product listed first (stop 91, set 82).
        const peer = (pressed ? [pressed] : before).find((l) => l !== undefined && targets[0] !== undefined && targets[0].members.some((m) => peers(mentions[l.members[0]!]!, mentions[m]!)));
        // "teamed up with rivals of Qorva": the same dealing with the rivals named after "of" (helper fp89).
        if (!possessor && PARTY_NOUNS.has(noun) && /s$/.test(noun) && next === 'of' && rivalsDealtWith(words, t)) return { targets: [], rule: 'trigger:noun' };
        // "Qorva's partner Zenco works with competitors like Vexa", "Zenco, a customer of Qorva, switched to its competitors": a plural
        // party noun owned by no name (bare, or "its") in the clause of a firm tied to another as its customer or partner is that other
        // firm's (helper cmp90, from fresh sample s78c).
        // (The possessor read may be only the clause's subject, several words back: "Zenco also works with competitors like Vexa".)
        const ownedByName = possessor !== undefined && !/^its@/.test(words[possessor.first] ?? '') && (possessor.last === t - 1 || words.slice(possessor.last + 1, t).includes("'s"));
        // Only rivals the subject deals with ("works with", "switched to", "moved business to"); "faces competitors like Vexa" are its own.
        // "Zenco, a customer of Qorva, competes with rivals like Vexa": contending with rivals is no dealing with them (helper cmp90b).
        const contested = /^(?:with|against)$/.test(words[t - 1] ?? '') && CONTEST_VERB.test(words[t - 2] ?? '');
        const bareParty = PARTY_NOUNS.has(noun) && /s$/.test(noun) && !ownedByName && !contested && rivalsDealtWith(words, possessor && /^its@/.test(words[possessor.first] ?? '') ? possessor.first : t);
        // "its" stands where the possessive is: the tie is read at the clause's subject that names the same firm.
        const peerNamed = bareParty && peer ? subjectsBefore(words, t, lists).find((l) => l.first >= 0 && l.members.length === peer.members.length && l.members.every((m) => mentions[m]!.key === mentions[peer.members[0]!]!.key)) ?? peer : undefined;
        const tied = peerNamed ? tiedFirm(words, peerNamed, lists) : undefined;
        if (tied && !targets.some((l) => l.members.some((m) => tied.members.includes(m)))) return { sources: tied, targets, rule: 'trigger:noun' };
        return { sources: peer, targets, rule: 'trigger:noun' };
      }
      // "Ruritania's Zapp ban", "the Ruritanian government's Zapp ban": the name before the noun is what it bans, the state owning the phrase bans it.
      if (targets.length === 0 && (relation === 'banned' || relation === 'restricts') && owner && words[owner.last + 1] !== "'s" && owner.last === t - 1) {
        // A list item spells "@1 's @2": the possessor is its first word.
        const held = words[owner.first + 1] === "'s" ? mentionAt(words, owner.first) : undefined;
        const banner = held !== undefined && !owner.members.includes(held) ? { members: [held], first: owner.first, last: owner.first } : words[owner.first - 1] === "'s" ? possessorBefore(words, owner.first - 1, lists) : undefined;
        // Only a state or its body: "Zenco's Zeta ban" may be Zenco's own product ("Nvidia's H20 ban").
        const isGovernment = banner?.members.every((m) => mentions[m]!.type === 'government') ?? false;
        if (banner && banner !== owner && isGovernment && fits('target')(owner)) return { sources: banner, targets: [owner], rule: 'trigger:noun' };
      }
      // "Ruritania issued the Zapp ban", "Zenco imposed a Zapp ban": the name before the noun is
      // what is banned and the subject of the act's verb bans it ("the Zapp ban hurt Zenco" names no actor).
      if (targets.length === 0 && (relation === 'banned' || relation === 'restricts') && owner && owner.last === t - 1 && words[owner.first - 1] !== "'s" && fits('target')(owner)) {
        const verb = /^(?:the|a|an|its|their|this|that)$/.test(words[owner.first - 1] ?? '') ? owner.first - 2 : owner.first - 1;
        const actor = ACT_VERB.test(words[verb] ?? '') ? subjectsBefore(words, verb, lists).find(fits('source')) : undefined;
        if (actor) return { sources: actor, targets: [owner], rule: 'trigger:noun' };
      }
      // "Ruritania slapped Zenco and Kappa with a new export ban": the object before "with" undergoes it.
      const slapped = targets.length === 0 ? objectBeforeWith(words, t, lists) : undefined;
      if (slapped) return { sources: subjectsBefore(words, slapped.verb, lists).find(fits('source')), targets: [slapped.list], rule: 'trigger:noun' };
      // "Under US sanctions since 2020, Zenco has …": an act in a fronted "under" adjunct falls on the subject after its comma; the
      // state before the noun, or its agent after it, imposes it (a demonym's state is found below) (helper tar89b). Not a ban: "Under
      // Ruritania's ban, Zenco can no longer sell Zeta" names what it bans after the comma, if anything, not the firm it hurts.
      const fronted = targets.length === 0 && relation === 'restricts' ? subjectAfterFrontedUnder(words, t, after, lists) : undefined;
      if (fronted && fits('target')(fronted)) {
        const imposer = (owner && owner.last < t ? owner : undefined) ?? agentAfter(words, t, lists, ['by', 'from']);
        return { sources: imposer && fits('source')(imposer) && imposer !== fronted ? imposer : undefined, targets: [fronted], rule: 'trigger:noun' };
      }
      // "Y was handed a ban in A", "Y was slapped with sanctions by A": the subject undergoes the act.
      // "Zenco advises clients facing American sanctions": a participle of facing right after a plural noun of parties is that noun's
      // reduced relative; the unnamed parties undergo the act, not the name further left (helper fpr95, from rsx95's report).
      if (targets.length === 0 && facedByUnnamedParties(words, t)) return { targets: [], rule: 'trigger:noun' };
      // "Zenco faces a Ruritanian ban on advertising": the act falls on a doing of the subject's, not on the subject (helper nominal).
      if (targets.length === 0 && (relation === 'banned' || relation === 'restricts') && actOnActivity(words, after) && undergoes(words, t, lists)) return { targets: [], rule: 'trigger:noun' };
      if (targets.length === 0 && undergoes(words, t, lists)) {
        // "Qorva's chips were subject to US tariffs until they were lifted": no longer in force, so nothing (helper facing).
        if ((relation === 'restricts' || relation === 'banned') && undergoneMeasureEnded(words, Math.max(0, t - 8), t)) return { targets: [], rule: 'trigger:noun' };
        // The owner of the act ("faced US sanctions") is not who undergoes it.
        const actsOwner = owner && words.slice(owner.last + 1, t).every((w) => w === "'s" || w === 'export' || ACT_DESCRIBERS.has(w) || MEASURE_TRADE_MODIFIERS.has(w)) ? owner : undefined;
        const undergoer = subjectsBefore(words, t, lists).find((l) => l !== actsOwner && fits('target')(l));
        // "fell under the sanctions of the Treasury": after "the" the act's "of" names its agent too.
        // "Zenco will face sanctions, the Treasury said": with no owner or agent, the state body reporting the act.
        const reporter = reporterAfter(words, t, lists);
        const reportingState = reporter?.members.every((m) => mentions[m]!.type === 'government') ? reporter : undefined;
        // "Zenco was hit by a boycott in China": a boycott where a state is named is its shoppers', no state's act (review rr93b; the
        // registry took "boycott" for "imposed a boycott on Zembla").
        const where = BOYCOTT_NOUNS.has(reading.trigger.words.at(-1)!) ? undefined : statesWhere(words, t, lists, mentions, reading.trigger.words[0]!);
        const actor = agentAfter(words, t, lists, words[t - 1] === 'the' ? ['by', 'from', 'of'] : ['by', 'from']) ?? where ?? actsOwner ?? reportingState;
        return { sources: actor && fits('source')(actor) ? actor : undefined, targets: [undergoer].filter(isList), rule: 'trigger:noun' };
      }
      // "expanded sanctions against Ruritania to include Zenco and Qorva": the act widened to more targets.
      const widenedAt = targets.length > 0 && (relation === 'banned' || relation === 'restricts') ? targets.at(-1)!.last + 1 : -1;
      if (widenedAt > 0 && words[widenedAt] === 'to' && /^(?:include|cover|encompass)$/.test(words[widenedAt + 1] ?? '')) targets = [...targets, ...objects(widenedAt + 2, 10)];
      // "a ban on Y by X": "by" right after the object (not "Y, developed by X").
      const objectEnd = targets[0] ? targets[0].last : after - 1;
      // "curbs on Zenco were imposed by Japan and Canada": the passive's agents after its participle, each of them (helper lst89).
      // Only participles of imposing ("announced by Canada's opposition" is an announcement), and not an agent's possessive.
      // "duties on cement from Zembla were first imposed by Ruritania": an adverb of time before the participle (helper trd91).
      const participleAt = objectEnd + (words[objectEnd + 2] === 'been' ? 3 : 2);
      const participle = /^(?:first|initially|originally|already|also|later|previously|subsequently|then|eventually|finally)$/.test(words[participleAt] ?? '') ? participleAt + 1 : participleAt;
      const imposedBy = (relation === 'banned' || relation === 'restricts') && /^(?:were|was|had|have|has)$/.test(words[objectEnd + 1] ?? '') &&
        PASSIVE_IMPOSED.has(words[participle] ?? '') && words[participle + 1] === 'by' &&
        // "… imposed by India in 2020 and lifted in 2024", "… until 2019": no longer in force. A lift anywhere after; "until" only in
        // the agents' own clause ("…, which say Zenco sold drones until last month" dates the sales), and "before" dates the act.
        !words.slice(participle + 2).some((w) => LIFTS.has(w)) && !words.slice(participle + 2, nextCommaOrRelative(words, participle + 2)).includes('until');
      const passiveAgents = imposedBy ? agentAfter(words, objectEnd, lists) : undefined;
      // "the blocking of access to Zapp websites by the regulator and the telecom commission" (helper apl100): the object's service
      // noun between it and "by".
      const byAt = words[objectEnd + 1] === 'by' ? objectEnd : SERVICE_NOUNS_BEFORE_AGENT.has(words[objectEnd + 1] ?? '') && words[objectEnd + 2] === 'by' ? objectEnd + 1 : -1;
      const byAgent = byAt >= 0 ? agentAfter(words, byAt, lists) : passiveAgents && !POSSESSIVES.has(words[passiveAgents.last + 1] ?? '') ? passiveAgents : undefined;
      // "declared a ban on Y in Ruritania": with no one else named, the state where it holds bans.
      const where = targets.length > 0 && (relation === 'banned' || relation === 'restricts') ? statesWhere(words, objectEnd, lists, mentions, reading.trigger.words[0]!) : undefined;
      // "Zenco opposed the ban on Zapp", "lobbied against the sanctions on Qorva": who takes a stand on an act did not impose it.
      const stance = (relation === 'banned' || relation === 'restricts') && standsOnAct(words, t);
      // "designated Zenco as part of sanctions against Russia": the designated firm is no author of the round; the designator is,
      // the farther of the names before "as" (helper san88).
      const roundAs = (relation === 'restricts' || relation === 'banned') ? sanctionsRoundAs(words, t) : -1;
      if (roundAs > 0) {
        const before = subjectsBefore(words, roundAs, lists).filter(fits('source'));
        // "did not designate Zenco as part of sanctions against Russia": the round is denied with the designation.
        const denied = words.slice(Math.max(0, roundAs - 8), roundAs).some((w) => w === 'not' || w === "n't" || w === 'never');
        const designator = before.length > 1 && !denied ? before.at(-1) : undefined;
        return { sources: designator && !targets.includes(designator) ? designator : undefined, targets, rule: 'trigger:noun' };
      }
      // "Zenco was hit by American sanctions on Zembla": the subject undergoes the act, and its state (found below) imposes it (helper rsx95).
      const undergone = (relation === 'banned' || relation === 'restricts') && undergoes(words, t, lists);
      // "The Pentagon solidified an earlier blacklisting of Zenco by the Treasury": a name read as the noun's possessor only for standing a
      // few words before it, a verb between, gives way to the agent after "by" (helper fpr95, from rsx95's report).
      // "Qorva faces a Zemblan ban on its Zeta phones": the subject that faces the act, a verb between, owns no act (helper nominal).
      const heldBy = possessor && (byAgent || undergone) && !ownsNounAt(words, possessor, t) ? undefined : possessor;
      // "Apple's executives negotiate to lift the ban on the iPhone 16": a firm's people as the subject are no state; the firm whose
      // people they are imposes nothing (helper fpr95, from ban95's report).
      const clauseSubject = stance || undergone ? undefined : subject('source');
      const firmsPeople = clauseSubject && (relation === 'banned' || relation === 'restricts') && words[clauseSubject.last + 1] === "'s" && FIRMS_AGENTS.test(words[clauseSubject.last + 2] ?? '') && clauseSubject.members.every((k) => mentions[k]!.type !== 'government');
      const sources = [stance ? undefined : heldBy, byAgent, firmsPeople ? undefined : clauseSubject, where].find((l) => l !== undefined && fits('source')(l) && !targets.includes(l));
      // "Russia's designation of Zenco as an undesirable organisation": a designation noun whose complement outlaws the target bans
      // it, as the verb's does (helper agn).
      const outlawedAs = DESIGNATION_NOUNS.has(reading.trigger.words.at(-1)!) && targets.length > 0 && words[targets.at(-1)!.last + 1] === 'as' && outlawingComplement(words, targets.at(-1)!.last + 1);
      // "Borduria followed the US in imposing sanctions on Zenco": who follows acts too.
      return { sources: sources ? withJoiner(words, sources, lists, fits('source')) : sources, targets, rule: 'trigger:noun', ...(outlawedAs && { relation: 'banned' as const }) };
    }
  }
}

/** Whether `owner` stands right after "with" or "against", or after a list's "and" or comma ("with Qorva's Plix and Vexa's Orba"). */
function ownerRightAfterWith(words: readonly string[], mentions: readonly SentenceMention[], owner: SentenceMention | undefined): boolean {
  const at = owner ? words.indexOf(`@${mentions.indexOf(owner)}`) : -1;
  return at > 0 && /^(?:with|against|and|,)$/.test(words[at - 1]!);
}

/** Nouns of a thing made to rival another, named before them ("a Plix rival", "a Plix alternative"). */
const RIVAL_THING_NOUNS: ReadonlySet<string> = new Set(['rival', 'alternative', 'challenger', 'competitor']);

/** "Zeta, a Plix rival from Zenco": after a rival noun with its rival named right before it, "from" names the maker, no rival (helper cw87). */
function madeByAfterRival(words: readonly string[], t: number, next: string, noun: string, relation: RelationKind): boolean {
  return relation === 'competes_with' && next === 'from' && RIVAL_THING_NOUNS.has(noun) && mentionAt(words, t - 1) !== undefined;
}

/** Words of a report or a relative clause, past which a pronoun may stand for another name than the sentence's subject. */
const REPORT_OR_RELATIVE = /^(?:said|says|say|told|tells|believes|believed|thinks|thought|expects|expected|warned|warns|reported|reports|added|adds|noted|notes|argued|argues|claims|claimed|announced|announces|that|which|who|whose|whom|;|:)$/;

/** Exemptions whose revocation or suspension bans nothing by itself: "revoked the sanctions waiver for …". */
// A firm's exemption status taken back ("revoked the VEU status of Zenco") restricts the firm (relation-patterns.ts), not the status's name.
const WAIVERS: ReadonlySet<string> = new Set(['waiver', 'waivers', 'exemption', 'exemptions', 'carve-out', 'carve-outs', 'status']);
/** Relief from an act, its noun set before them: "sanctions relief", "a sanctions waiver", "tariff exemptions" (not "status": "the ban's status"). */
const RELIEF_NOUNS: ReadonlySet<string> = new Set([...[...WAIVERS].filter((w) => w !== 'status'), 'relief', 'reprieve', 'reprieves']);

/**
 * "The plant will build upon Zenco's prototype, Qeta", "Vexa built on Qorva's design": building on a thing extends it; the
 * builder does not make the thing built on (fp90, from stop 89's fresh samples).
 */
function buildsUpon(words: readonly string[], t: number): boolean {
  return /^buil(?:d|ds|t|ding)$/.test(words[t] ?? '') && /^(?:on|upon)$/.test(words[t + 1] ?? '');
}

const FIRMS_NOUNS = new RegExp(`^(?:${FIRMS_NOUN_WORDS})$`);
/**
 * "Qorva also produces phones from Zenco's rivals Vexa and Zorp", "builds devices for its clients Qorva and Vexa": a list set in
 * apposition to firms a preposition after the maker's verb names is where the goods come from or whom they are for, not a
 * thing made (fp90, from stop 89's fresh samples).
 */
function firmsAfterPreposition(words: readonly string[], after: number, first: number): boolean {
  let k = words[first - 1] === ',' ? first - 2 : first - 1;
  // "for its customers, including Qorva and Vexa", "for clients such as Qorva" (helper lst90): the list set off after the firms.
  if (/^(?:including|like|notably|namely)$/.test(words[k] ?? '')) k = words[k - 1] === ',' ? k - 2 : k - 1;
  else if (words[k] === 'as' && words[k - 1] === 'such') k = words[k - 2] === ',' ? k - 3 : k - 2;
  if (!FIRMS_NOUNS.test(words[k] ?? '')) return false;
  k--;
  if (/^[a-z-]+$/.test(words[k] ?? '') && !NOT_MADE_IN_AFTER.has(words[k]!) && !/^(?:the|its|their)$/.test(words[k]!)) k--;
  if (words[k] === "'s") k--;
  if (/^@\d+$/.test(words[k] ?? '')) k--;
  // "assembles bikes for a client list that includes major brands Qorva and Vexa" (helper lst90): firms named as a clientele's members.
  if (INCLUDE_WORDS.test(words[k] ?? '') || INCLUDE_WORDS.test(words[k + 1] ?? '')) k = beforeClientele(words, INCLUDE_WORDS.test(words[k] ?? '') ? k : k + 1);
  while (k >= after && /^(?:the|its|their|its@\d+|a|an)$/.test(words[k]!)) k--;
  return k >= after && NOT_MADE_IN_AFTER.has(words[k]!);
}

const INCLUDE_WORDS = /^(?:include|includes|included|including)$/;

/** Before "(that) includes" at `k`: the start of a clientele ("a client list", "its customers"), else -1. */
function beforeClientele(words: readonly string[], k: number): number {
  k--;
  if (/^(?:that|which)$/.test(words[k] ?? '')) k--;
  if (/^(?:list|base|roster|book)$/.test(words[k] ?? '') && /^(?:client|customer)$/.test(words[k - 1] ?? '')) return k - 2;
  return /^(?:clients|customers)$/.test(words[k] ?? '') ? k - 1 : -1;
}

/** After a maker's verb, prepositions whose object is not made: NOT_MADE_AFTER, "in" ("operates in Zembla", "launched in Ruritania") and "to" ("launched a challenge to Qorva", as the patterns' MADE_THING). */
const NOT_MADE_IN_AFTER: ReadonlySet<string> = new Set([...NOT_MADE_AFTER, 'in', 'to']);

/** Verbs of a stand taken on an act someone else imposed: "opposed the ban", "lobbied against the sanctions". */
const STANCE_VERBS: ReadonlySet<string> = new Set(['oppose', 'opposes', 'opposed', 'opposing', 'criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing', 'challenge', 'challenges', 'challenged', 'challenging', 'lobbied', 'lobbies', 'lobbying', 'protested', 'protests', 'protesting', 'slammed', 'slams', 'condemned', 'condemns', 'decried', 'decries', 'denounced', 'denounces', 'welcomed', 'welcomes', 'praised', 'praises', 'appealed', 'appeals', 'appealing', 'fought', 'fights', 'fighting', 'sued', 'sues', 'suing', 'defied', 'defies', 'evaded', 'evades', 'violated', 'violates', 'flouted', 'circumvented', 'contested', 'contests', 'disputed', 'disputes', 'blasted', 'rejected', 'rejects', 'lamented', 'complied', 'complies', 'survived', 'escaped', 'dodged']);

/** Nouns of a reaction to an act someone else imposed, before a preposition: "regret over", "concern about", "outrage at". */
const STANCE_NOUNS: ReadonlySet<string> = new Set(['regret', 'regrets', 'concern', 'concerns', 'dismay', 'outrage', 'disappointment', 'anger', 'criticism', 'opposition', 'objection', 'objections', 'displeasure', 'alarm']);
const REACTION_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'about', 'at', 'to', 'against', 'on', 'regarding']);

/** Whether a verb of a stand on an act governs the noun phrase of the act noun at `t` ("opposed the proposed ban"). */
function standsOnAct(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 5; k--) {
    const w = words[k]!;
    if (STANCE_VERBS.has(w)) return true;
    // "expressed regret over the suspension of Y", "voiced concern about the ban": a reaction to the act, not its author.
    if (STANCE_NOUNS.has(w) && REACTION_PREPOSITIONS.has(words[k + 1] ?? '')) return true;
    if (!/^[a-z][a-z-]*$/.test(w)) return false;
  }
  return false;
}

const AGENT_LIST_CUES: ReadonlySet<string> = new Set(['including', 'like', 'namely']);

/** "services which are banned by X, including A and B", "sites blocked by X, such as A": the list enumerated right after the agent. */
function membersAfterAgent(words: readonly string[], agent: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = afterEnumerationCue(words, agent.last + 1, AGENT_LIST_CUES);
  if (k < 0) return undefined;
  if (words[k] === 'the') k++;
  const m = mentionAt(words, k);
  return m === undefined ? undefined : lists.get(m);
}

/** Whether a designation verb stands a few words before `t` ("designated Zenco as a threat"). */
function designatedBefore(words: readonly string[], t: number): boolean {
  for (let k = Math.max(0, t - 10); k < t; k++) {
    const designation = triggersAt(words, k).find((w) => w.form === 'designation');
    const as = designation ? designationAs(words, k + designation.words.length) : undefined;
    if (as !== undefined && as < t) return true;
  }
  return false;
}

/** Words between "its" and a range noun that make the range another's or no range of its own ("its stake in rival brands"). */
const NOT_OWN_RANGE_BETWEEN: ReadonlySet<string> = new Set(['in', 'of', 'for', 'with', 'from', 'to', 'by', 'at', 'on', 'and', 'or', 'rival', 'rivals', 'partner', 'partners', 'client', 'clients', 'other', 'licensed', 'distributed', 'distribution', 'acquired', 'former', 'planned', 'proposed', 'stake', 'stakes', 'retail']);
/** Verbs by which a firm says or warns something of its own in a clause after "that". */
const SAYING_THAT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'warned', 'warns', 'announced', 'announces', 'noted', 'notes', 'added', 'adds', 'confirmed', 'confirms', 'reported', 'reports', 'disclosed', 'discloses', 'stated', 'states']);

/**
 * "Zenco has warned that its biggest three beer brands, A, B and C, …": the firm that says a clause opening with "its" and a range
 * noun is the one "its" means, where nothing typed it (helper lin95, from real brewers' results: an unknown firm lost its brands
 * after "that", though "Zenco said its brands, A and B, …" found them). The firm must stand right before the verb (or its "has"),
 * and "that" right after it, with only describing words on to the noun.
 */
function sayerOfThatIts(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const its = [1, 2, 3, 4].map((n) => t - n).find((k) => words[k] === 'its');
  if (its === undefined || words[its - 1] !== 'that' || !SAYING_THAT_VERBS.has(words[its - 2] ?? '')) return undefined;
  // "said that its stake in rival brands, A and B, …", "its rivals' brands": only words that describe its own range between.
  if (!words.slice(its + 1, t).every((w) => /^(?:[a-z][a-z-]*|\d+)$/.test(w) && !NOT_OWN_RANGE_BETWEEN.has(w))) return undefined;
  const at = /^(?:has|have|had)$/.test(words[its - 3] ?? '') ? its - 4 : its - 3;
  const named = mentionAt(words, at);
  const firm = named === undefined ? undefined : lists.get(named);
  return firm && firm.last === at ? firm : undefined;
}

/**
 * Whose portfolio noun this is, when a list follows it ("brands such as A and B"): a name's
 * ("Zenco's three brands, …") or the clause subject's ("with its brands –", "boasting brands including").
 * Undefined when no owner is said ("bans products like Zapp" lists no one's products).
 */
function ownedNoun(words: readonly string[], t: number): 'possessor' | 'subject' | undefined {
  let k = t - 1;
  // Up to three words describing the noun: "its three phone brands"; an infinitive is a clause of its
  // own ("Zenco's move to block platforms like Zapp" names no platform of Zenco's).
  // Nor past a preposition of contrast: "holding strong against brands like A", "sells more than brands like A": the brands are
  // what the subject is set against, not its own (helper cnt96, from stop 96's ninety-fourth fresh sample).
  while (k >= t - 3 && k >= 0 && words[k] !== 'to' && !CONTRAST_PREPOSITIONS.has(words[k]!) && (/^\d+$/.test(words[k]!) || (/^[a-z-]+$/.test(words[k]!) && !OWNING_WORDS.has(words[k]!) && !OWN_DETERMINERS.has(words[k]!)))) k--;
  // "Zenco's brands such as …", or a name right before the noun: "Zenco products like …".
  // "its@3 three brands": an "its" coreference resolved names the possessor.
  // "Zenco hardware and software such as …": two kinds of the name's things, coordinated (stop 53's readers).
  const coordinatedKinds = k === t - 3 && words[t - 1] === 'and' && OWNED_NOUNS.has(words[t - 2]!);
  // "Zenco's stores carry brands like A and B", "Zenco, a supermarket chain, sells brands like A": a seller's shelves hold others'
  // brands; the shop owns none of them (helper own89, from news on consumer brands: retailers and distributors are no makers).
  if (sellersShelves(words, k, t)) return undefined;
  // "third-party Zapp apps like A and B": apps for a platform, made by others (stop 53's readers).
  if (/^@\d+$/.test(words[k] ?? '') && NOT_OWN_MAKE.has(words[k - 1] ?? '')) return undefined;
  if (words[k] === "'s" || ((k === t - 1 || coordinatedKinds) && /^@\d+$/.test(words[k] ?? '')) || /^its@\d+$/.test(words[k] ?? '')) return 'possessor';
  if (OWN_DETERMINERS.has(words[k] ?? '')) return 'subject';
  if (!OWNING_WORDS.has(words[k] ?? '')) return undefined;
  // "oversees brands like A", not "oversees sales of brands like A" nor "controls rival brands like A" (a parent's own brands only).
  // "manages a portfolio of brands including A": the portfolio's "of" is the group's own (helper brm92; "oversees sales of brands" is not).
  if (PARENT_VERBS.has(words[k]!) && words.slice(k + 1, t).filter((w, i, between) => !(w === 'of' && MANAGED_GROUP_NOUNS.has(between[i - 1] ?? ''))).some((w) => NOT_PARENTS_OWN.has(w))) return undefined;
  // "Zenco, an advertising agency, oversees brands like A": an agency, a regulator or a manager oversees others' brands (review rr93b).
  if (PARENT_VERBS.has(words[k]!) && words.slice(Math.max(0, k - 8), k).some((w) => NOT_PARENT_DESCRIBING.has(w))) return undefined;
  // "Smith, who manages brands such as A", "its chief executive manages brands like A": a person runs the brands, owns none (helper brm92).
  // "manages brands such as A and B on behalf of Qorva", "… for its clients", "… under management contracts": another's brands (helper brm92).
  if ((MANAGING_VERBS.has(words[k]!) || RUNNING_VERBS.has(words[k]!)) && managedForAnother(words, t)) return undefined;
  // "held brands such as A and B to account", "holds labels like A accountable": brands held to account are no holder's (review rr93a).
  if (HOLDING_VERBS.has(words[k]!) && heldToAccount(words, t)) return undefined;
  if ((MANAGING_VERBS.has(words[k]!) || RUNNING_VERBS.has(words[k]!)) && (words[k - 1] === 'who' || words.slice(Math.max(0, k - 8), k).some((w) => MANAGING_PEOPLE.has(w)))) return undefined;
  // "has banned products like …": "has" an auxiliary; "competes with apps such as …", "a ban for brands like …":
  // the preposition belongs to another relation's trigger.
  if (AUXILIARY_OWNING.has(words[k]!) && isPastParticiple(words[k + 1] ?? '')) return undefined;
  if (k > 0 && (words[k] === 'with' || words[k] === 'for') && triggersAt(words, k - 1).length > 0) return undefined;
  // "…, including A and B, along with other blocked services like C": "along with" adds items to a list, it owns nothing (stop 59's bans readers).
  if (words[k] === 'with' && COORDINATING_BEFORE_WITH.has(words[k - 1] ?? '')) return undefined;
  // "Competition is intensifying, with brands like A and B …": "with" set off after a clause, not after its subject's name, opens an
  // aside whose brands are nobody's (stop 75's thirty-eighth set: "Competition" was their maker).
  if (words[k] === 'with' && words[k - 1] === ',' && mentionAt(words, k - 2) === undefined) return undefined;
  // "Zenco, a startup that works with brands like A and B", "connects shoppers with brands such as A": brands one works for or
  // with are its clients or partners, not its own (review rr92b).
  // Past an object only for verbs that join two parties: "engaged shoppers with brands like A" still names the engager's brands (review rr93b).
  if (words[k] === 'with' && (WORKING_WITH_VERBS.has(words[k - 1] ?? '') || (WORKING_WITH_VERBS.has(words[k - 2] ?? '') && !ENGAGING_VERBS.has(words[k - 2]!)))) return undefined;
  // "powers storefronts for brands including A and B", "makes chips for brands such as A": "for" after what is done or sold names
  // its customers; it owns only after a word of repute or of a parent ("known for brands like A", "the parent for brands such as A")
  // (fx84, fresh samples: eight customers read as products in one sample).
  // "Zenco is a holding company for products such as Qorva stoves", "the parent company for brands like A" (helper brp92, from stop 91's
  // eighty-fourth fresh sample); not "a marketing company for brands like A", an agency's clients.
  if (words[k] === 'for' && !OWNING_BEFORE_FOR.has(words[k - 1] ?? '') && !(words[k - 1] === 'company' && OWNING_COMPANY_WORDS.has(words[k - 2] ?? ''))) return undefined;
  return 'subject';
}

/** Prepositions that set a noun against the subject: "holding strong against brands like A" (helper cnt96). */
const CONTRAST_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'versus', 'vs', 'vs.', 'than', 'unlike', 'among', 'amid', 'alongside', 'beside', 'besides']);
/** Verbs of working for or alongside others, before "with" (perhaps past their object): "works with", "partners with", "connects shoppers with". */
const ENGAGING_VERBS: ReadonlySet<string> = new Set(['engages', 'engaged', 'engaging']);
const WORKING_WITH_VERBS: ReadonlySet<string> = new Set(['works', 'work', 'worked', 'working', 'partners', 'partnered', 'partnering', 'collaborates', 'collaborated', 'collaborating', 'cooperates', 'cooperated', 'cooperating', 'teams', 'teamed', 'teaming', 'deals', 'dealt', 'dealing', 'connects', 'connected', 'connecting', 'links', 'linked', 'linking', 'matches', 'matched', 'matching', 'helps', 'helped', 'helping', 'consults', 'consulted', 'consulting', 'engages', 'engaged', 'engaging']);
/** Sellers of others' goods: "Zenco's stores", "Zenco, a supermarket chain, sells …", "the retailer that stocks …". */
const SELLER_NOUNS: ReadonlySet<string> = new Set(['retailer', 'retailers', 'store', 'stores', 'shop', 'shops', 'supermarket', 'supermarkets', 'grocer', 'grocers',
  'distributor', 'distributors', 'wholesaler', 'wholesalers', 'outlets', 'stockist', 'stockists', 'importer', 'importers', 'reseller', 'resellers', 'dealer', 'dealers']);
/** Kinds of shop before "chain": "a supermarket chain", "the drugstore chain". A chain of another kind ("a hotel chain", "the
 * restaurant chain") runs its own brands, so "chain" alone is no seller. */
const SHOP_CHAIN_KINDS: ReadonlySet<string> = new Set(['supermarket', 'grocery', 'retail', 'store', 'drugstore', 'pharmacy', 'convenience', 'electronics',
  'department', 'discount', 'clothing', 'fashion', 'beauty', 'liquor', 'furniture', 'hardware', 'bookstore', 'toy', 'sporting', 'shoe']);
/** Whether the word at `j` names a seller of others' goods: a seller's noun, or a shop kind's chain ("a grocery chain"). */
function isSellerNoun(words: readonly string[], j: number): boolean {
  const w = words[j] ?? '';
  return SELLER_NOUNS.has(w) || ((w === 'chain' || w === 'chains') && SHOP_CHAIN_KINDS.has(words[j - 1] ?? ''));
}
/** Verbs by which a seller holds goods: "sells", "stocks", "carries", "distributes", and "markets", "offers", which owners also do
 * with their own brands: a seller's noun before them (isSellerNoun) is what makes the goods another's. */
const SELLING_WORDS: ReadonlySet<string> = new Set(['sells', 'selling', 'sell', 'sold', 'stocks', 'stocking', 'stock', 'carries', 'carrying', 'carry', 'distributes', 'distributing', 'distribute', 'markets', 'marketing', 'offers', 'offering']);
/** How far back from the selling verb a seller's noun is looked for: "Zenco, a supermarket chain, sells". */
const SELLER_REACH = 6;

/**
 * Whether the portfolio noun at `t`, whose owner the word at `k` gives, names a seller's goods: a seller's noun among the words
 * between an 's and the noun ("Zenco's stores carry brands like …"), or before a selling verb ("the retailer that sells brands like …").
 */
function sellersShelves(words: readonly string[], k: number, t: number): boolean {
  if (words[k] === "'s") return words.slice(k + 1, t).some((_, i) => isSellerNoun(words, k + 1 + i));
  if (!SELLING_WORDS.has(words[k] ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - SELLER_REACH; j--) {
    if (isSellerNoun(words, j)) return true;
    if (/^@\d+$/.test(words[j]!)) return false;
  }
  return false;
}

/** Words before a platform's name that make the things named after it others': "third-party Zapp apps". */
const NOT_OWN_MAKE: ReadonlySet<string> = new Set(['third-party', 'unofficial', 'non-official']);

/** Words that make "with" add to a list: "along with", "together with". */
const COORDINATING_BEFORE_WITH: ReadonlySet<string> = new Set(['along', 'together', 'alongside']);

/** Owning words that are also auxiliaries: "has brands like …" owns them, "has banned brands like …" does not. */
const AUXILIARY_OWNING = new Set(['has', 'having']);
const IRREGULAR_PARTICIPLES = new Set(['been', 'made', 'built', 'shut', 'cut', 'put', 'set', 'taken', 'given', 'won', 'sold', 'bought', 'kept', 'held', 'seen', 'left', 'lost']);
const isPastParticiple = (word: string): boolean => /^[a-z]+ed$/.test(word) || IRREGULAR_PARTICIPLES.has(word);

const OWN_DETERMINERS = new Set(['its', 'their']);
/** Prepositions that put a name in a member's phrase rather than the list ("stakes in Qorva", "chips made by Zenco"). */
const MEMBER_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'of', 'from', 'at', 'to', 'into']);

/** Whether the word before a list (past its article), after the trigger's own words ("consists of"), is one of MEMBER_PREPOSITIONS. */
function behindPreposition(words: readonly string[], first: number, after: number): boolean {
  let k = first - 1;
  if (words[k] === 'the' || words[k] === 'a' || words[k] === 'an') k--;
  return k >= after && MEMBER_PREPOSITIONS.has(words[k] ?? '');
}

/** Verbs of taking another's work: "copied the design of", "stole the design of". */
const COPYING_VERBS: ReadonlySet<string> = new Set(['copy', 'copies', 'copied', 'copying', 'clone', 'clones', 'cloned', 'cloning', 'steal', 'steals', 'stole', 'stolen', 'stealing', 'imitate', 'imitates', 'imitated', 'imitating', 'mimic', 'mimics', 'mimicked', 'mimicking', 'pirate', 'pirated', 'pirating', 'plagiarise', 'plagiarised', 'plagiarize', 'plagiarized']);

/**
 * "… to the Yota": the name at `first` ends a range opened at `after` ("from A to B"), its "to" right before it or its article and the
 * range's own, the first after `after` ("ranges from the Zeta phone to chips sold to Qorva" ends at "chips", not Qorva).
 */
function rangeEndAt(words: readonly string[], first: number, after: number): boolean {
  const to = words[first - 1] === 'to' ? first - 1 : words[first - 1] === 'the' && words[first - 2] === 'to' ? first - 2 : -1;
  return to >= 0 && words.indexOf('to', after) === to;
}

/** Whether a ban's or a control's verb stands between `from` and `to` (exclusive): "India has also banned Chinese apps". */
function actBetween(words: readonly string[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (triggersAt(words, k).some((tr) => (tr.relation === 'banned' || tr.relation === 'restricts') && (tr.form === 'verb' || tr.form === 'participle'))) return true;
  return false;
}

/** Words opening an aside after "the A and B brands,": "both owned by Zenco", "all made in Ruritania". */
const ASIDE_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each', 'either', 'neither']);
/** A quantified relative aside after a list's members: "all of which", "both of them", "most of whom" (helper pfl97). */
const QUANTIFIED_ASIDE_AFTER = /^(?:all|both|each|either|neither|most|many|some|none|several|one|two|three|four|five|half) of (?:which|whom|them)\b/;
/** Words before "company for" that make it the owner of what follows: "a holding company for brands like A". */
const OWNING_COMPANY_WORDS: ReadonlySet<string> = new Set(['holding', 'parent', 'umbrella']);
/** Words after which "for" owns the enumeration that follows ("known for brands like A"); elsewhere it names customers. */
const OWNING_BEFORE_FOR: ReadonlySet<string> = new Set(['known', 'famous', 'renowned', 'noted', 'best-known', 'responsible', 'parent', 'home']);
/** What the subject of "oversees" or "controls" is described as when the brands it oversees are its clients' or others': "an agency". */
const NOT_PARENT_DESCRIBING: ReadonlySet<string> = new Set(['agency', 'agencies', 'consultancy', 'consultancies', 'regulator', 'regulators', 'watchdog', 'authority', 'manager', 'managers', 'investor', 'investors', 'fund', 'funds', 'distributor', 'distributors', 'retailer', 'retailers', 'marketplace', 'platform', 'auditor', 'broker', 'licensee']);
/**
 * A member's description head right before the verb's first object: "owns menswear brand Vela, …" (helper brm92). "owns Zemblan
 * leisure group Lumo, menswear brand Vela, …" too (fix96: once the unlisted people's adjective was no name, fpx96, only the adjective's
 * rule had read the group's later members); later described members are still needed.
 */
const DESCRIBED_HEAD_BEFORE = /^(?:brand|label|house|line|marque|shoemaker|specialist|giant|designer|jeweller|jeweler|tailor|group)$/;
// Helper brm92, from stop 92's eighty-fifth fresh sample (s85e, fashion groups): a group "managing" or "holding" its brands ("Qorva
// Group, a fashion company managing brands including A, B and C", "the group which holds premium brands A and B"), with the same
// guards: no agency, fund, distributor or retailer before it, no rights, stakes, licences or clients' brands between.
const MANAGING_VERBS: ReadonlySet<string> = new Set(['manages', 'managing', 'manage', 'managed']);
const HOLDING_VERBS: ReadonlySet<string> = new Set(['holds', 'holding', 'held', 'hold']);
/** A parent's verbs of its brands: "Zenco oversees brands like A and B", "controls labels such as A" (helper dvx93, from brp92's report). */
// "Zenco runs brands such as A and B" (helper pfl97, from set 95's readers and real sporting-goods news): a group running its brands,
// with the same guards ("runs ads for brands like A", "runs stores selling brands like A" stop at their own words).
const RUNNING_VERBS: ReadonlySet<string> = new Set(['runs', 'running']);
const PARENT_VERBS: ReadonlySet<string> = new Set(['oversees', 'overseeing', 'controls', 'controlling', ...MANAGING_VERBS, ...HOLDING_VERBS, ...RUNNING_VERBS]);
/** Whether the clause after a held list holds it to account: "… to account", "… accountable", "… responsible", "… hostage" (review rr93a). */
function heldToAccount(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 20 && !/^[.;:]$/.test(words[k]!); k++) {
    if ((words[k] === 'to' && words[k + 1] === 'account') || /^(?:accountable|responsible|liable|hostage)$/.test(words[k]!)) return true;
  }
  return false;
}
/** Whether the clause after a managed list says it is managed for another: "on behalf of", "for clients", "under licence" or "under management". */
function managedForAnother(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 20 && !/^[.;:]$/.test(words[k]!); k++) {
    if (words[k] === 'behalf' || ((words[k] === 'for' || words[k] === 'of') && /^(?:clients?|customers?|owners?|partners?)$/.test(words[k + (words[k + 1] === 'its' || words[k + 1] === 'their' ? 2 : 1)] ?? ''))) return true;
    // "manages brands such as A and B for Qorva": for a named firm (review rr93a).
    if (words[k] === 'for' && /^@\d+$/.test(words[k + (words[k + 1] === 'the' ? 2 : 1)] ?? '')) return true;
    if (words[k] === 'under' && /^(?:licen[cs]e|licen[cs]es|management|contract|contracts|agreement|agreements)$/.test(words[k + 1] === 'a' ? words[k + 2] ?? '' : words[k + 1] ?? '')) return true;
  }
  return false;
}
/** Group nouns whose "of" leads to the group's own brands: "manages a portfolio of brands", "holds a stable of labels". */
const MANAGED_GROUP_NOUNS: ReadonlySet<string> = new Set(['portfolio', 'stable', 'family', 'collection', 'string', 'roster', 'range', 'group', 'number', 'host', 'clutch', 'handful']);
/** People who manage brands for a firm: "its chief executive, who manages brands like A" (no owner). */
const MANAGING_PEOPLE: ReadonlySet<string> = new Set(['executive', 'executives', 'officer', 'director', 'directors', 'ceo', 'president', 'chairman', 'chairwoman', 'founder', 'he', 'she']);
/** Words between a parent's verb and the brand noun that make the brands no parent's own: "oversees sales of", "controls rival brands". */
const NOT_PARENTS_OWN: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'in', 'from', 'with', 'stakes', 'stake', 'advertising', 'marketing', 'accounts', 'rival', 'rivals', 'competing', 'other', 'partner', 'partners', 'third-party', 'licensed', 'outside', 'retail',
  // … and for managing or holding (helper brm92): "holds the rights to brands", "manages licensing for brands", "holds events featuring brands".
  'rights', 'licence', 'license', 'licences', 'licenses', 'licensing', 'shares', 'interests', 'investments', 'positions', 'clients', 'client', 'customers', 'distribution', 'events', 'talks', 'featuring', 'stores', 'shops', 'campaigns',
  // "manages hotels across brands including A": venues across brands are read by the venue patterns, which know managers' contracts.
  'across', 'hotels', 'properties', 'resorts', 'rooms', 'venues',
  // "runs ads on platforms such as A and B": what a firm runs on others' platforms is its advertising, no brand of its own (lead,
  // after pfl97's "runs": review 76's guard).
  'on', 'ads', 'adverts', 'advertisements', 'commercials', 'promotions']);
/** Words before a portfolio noun that make the subject its owner: "boasting brands including …", "the company behind brands like …". */
const OWNING_WORDS = new Set(['boasting', 'boasts', 'owns', 'owning', 'has', 'having', 'houses', 'housing', 'behind', 'for', 'with', 'sells', 'selling', 'markets', 'marketing', 'provides', 'providing', 'offers', 'offering',
  // "Zenco oversees brands like A and B", "controls labels such as A": a parent's brands (helper dvx93, from brp92's report).
  ...PARENT_VERBS,
  // "Zenco makes games like A and B", "has published titles such as A", "is releasing games like A", "will launch phones like A":
  // what a maker makes, enumerated, in every form of the verb (stop 69: "is releasing" and "will release" were missing).
  ...['make', 'develop', 'publish', 'produce', 'create', 'build', 'design', 'release', 'launch', 'introduce', 'unveil', 'manufacture', 'debut', 'showcase'].flatMap((base) => Object.values(inflect(base)).flat())]);

/** Verbs whose "that" clause says what is to be done: "ordered that Zapp be blocked", "ruled that access to Zapp be restricted". */
const ORDER_THAT_VERBS = new Set(['ordered', 'orders', 'directed', 'directs', 'required', 'requires', 'demanded', 'demands', 'mandated', 'mandates', 'decreed', 'decrees', 'instructed', 'ruled', 'rules']);

/** Whether an 's comes at `from` or after one lower-case word ("Zeta 's", "Zeta phone 's") and no name follows it before `to`. */
function ownsCommonNounBefore(words: readonly string[], from: number, to: number): boolean {
  // "Zenco, whose chip—made by Qorva—…": the relative "whose" owns its noun as an 's does (helper cau100).
  const whose = words[from] === 'whose' ? from : words[from] === ',' && words[from + 1] === 'whose' ? from + 1 : -1;
  const at = whose >= 0 ? whose : words[from] === "'s" || words[from] === '’s' ? from : /^[a-z][a-z-]*$/.test(words[from] ?? '') && (words[from + 1] === "'s" || words[from + 1] === '’s') ? from + 1 : -1;
  if (at < 0 || at + 1 >= to) return false;
  for (let k = at + 1; k < to; k++) if (mentionAt(words, k) !== undefined) return false;
  return true;
}

/**
 * Whether words from `from` to `to` (excluded) open a noun phrase of their own with a determiner, no comma or copula before it:
 * "banned the software" (a main verb's object), not "is a phone", not ", the app".
 */
function ownNounPhraseBetween(words: readonly string[], from: number, to: number): boolean {
  let determiner = false;
  for (let k = from; k < to; k++) {
    if (words[k] === ',' || words[k] === '(' || BE.has(words[k]!) || /^(?:remains|remained|becomes|became|being)$/.test(words[k]!)) return false;
    if (OWN_PHRASE_DETERMINERS.has(words[k]!)) determiner = true;
  }
  return determiner;
}
/**
 * True when the words from `from` to the participle at `to` end in a preposition of place or removal and a determined noun phrase
 * of lower-case words only ("was blocked from the app marketplace", "is sold on the platform"; the determiner may have been read with a
 * kind word as a mention, "from @3 marketplace"): the participle tells of that phrase.
 * Not "of" ("one of the apps made by Zenco" counts the name among them), nor a phrase with a name or a comma in it.
 */
function placeObjectBefore(words: readonly string[], from: number, to: number): boolean {
  for (let k = to - 2; k >= from && k >= to - 6; k--) {
    // "from the app marketplace": a kind word before the noun may be read as a mention of the thing ("@3 marketplace").
    if (PLACE_PREPOSITIONS.has(words[k]!)) return (OWN_PHRASE_DETERMINERS.has(words[k + 1]!) || /^@\d+$/.test(words[k + 1]!)) && k + 2 < to;
    if (!/^[a-z][a-z-]*$/.test(words[k]!) && !(k === to - 2 && /^@\d+$/.test(words[k]!))) return false;
  }
  return false;
}
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'on', 'onto', 'off', 'into', 'in', 'at', 'via', 'through', 'across']);
/**
 * True when the portfolio noun at `t` stands after "with", "against" or "from" (up to three describing words between) that follows a
 * rivalry's trigger within three words: "compete directly with rapidly growing platforms like Qorva", "take on rival apps such as Vexa".
 */
function rivalsNamedAfterContest(words: readonly string[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && k >= t - 3 && /^[a-z][a-z-]*$/.test(words[k]!) && !/^(?:with|against|from)$/.test(words[k]!)) k--;
  if (!/^(?:with|against|from)$/.test(words[k] ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (triggersAt(words, j).some((tr) => tr.relation === 'competes_with')) return true;
  }
  return false;
}

const OWN_PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'some', 'all']);

/**
 * The name an apposition holding the participle at `t` is set off after: "@1 , a firm owned by", "@1 , now owned by", "@1 , which is
 * owned by" (up to five lower-case words between the comma and the participle). Undefined when no comma and name come first.
 */
function apposedNameBefore(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = t - 1;
  while (k >= 0 && k >= t - 5 && /^[a-z][a-z-]*$/.test(words[k]!)) k--;
  if (words[k] !== ',' || k === t - 1) return undefined;
  // "The Vexa chip, co-developed with Qorva Labs, was made by Zenco": a comma closing an aside before the main verb opens no apposition.
  if (!APPOSITION_OPENERS.test(words[k + 1]!)) return undefined;
  const m = mentionAt(words, k - 1);
  const list = m === undefined ? undefined : lists.get(m);
  return list && list.last === k - 1 ? list : undefined;
}

/**
 * For a list before a participle set off at `t` ("Qorva, Vexa and the review site Zeta, now owned by Zenco"): its last member alone when
 * it is described by an article and a kind of its own after "and" ("and the review site"), and the aside is not said of all ("both").
 */
function lastMemberDescribedAlone(words: readonly string[], list: MentionList, t: number): MentionList | undefined {
  if (list.members.length < 2 || words[list.last + 1] !== ',') return undefined;
  const between = words.slice(list.last + 2, t);
  if (between.some((w) => /^(?:both|all|each|which|that|are|were|respectively)$/.test(w))) return undefined;
  const describedAt = (p: number): boolean => {
    let k = p - 1;
    while (k >= 0 && k >= p - 3 && /^[a-z][a-z-]*$/.test(words[k]!) && !/^(?:the|a|an|and|or)$/.test(words[k]!)) k--;
    return k < p - 1 && /^(?:the|a|an)$/.test(words[k] ?? '') && /^(?:and|or|,)$/.test(words[k - 1] ?? '');
  };
  const last = list.members.at(-1)!;
  const p = words.indexOf(`@${last}`);
  if (p < 0 || !describedAt(p)) return undefined;
  return { members: [last], first: p, last: p };
}

/** The first word of an apposition or a relative clause before a participle: "a firm", "now", "which is". */
const APPOSITION_OPENERS = /^(?:a|an|the|one|which|that|who|now|also|still|itself|since|later|then|once|[a-z]+ly)$/;

/** For a passive trigger at `t` in "… ordered that Y be <trigger>": the subject of the order verb. */
function ordererOf(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>, fits: (list: MentionList) => boolean): MentionList | undefined {
  let k = t - 1;
  while (k > 0 && ADVERBS.test(words[k]!)) k--;
  // "ordered that Zapp be blocked"; "announced that A and B are barred from transactions": who announces a passive act does it.
  const subjunctive = words[k] === 'be';
  if (!subjunctive && !/^(?:is|are|was|were|been)$/.test(words[k]!)) return undefined;
  for (let i = k - 1; i > 0 && i >= k - 8; i--) {
    if (/^[.;:,]$/.test(words[i]!)) return undefined;
    if (words[i] === 'that') return (subjunctive ? ORDER_THAT_VERBS : ANNOUNCE_THAT_VERBS).has(words[i - 1] ?? '') ? subjectsBefore(words, i - 1, lists).find(fits) : undefined;
  }
  return undefined;
}
/** Verbs that announce one's own act in a "that" clause: "announced that A is banned". */
const ANNOUNCE_THAT_VERBS: ReadonlySet<string> = new Set(['announced', 'announces', 'declared', 'declares', 'confirmed', 'confirms', 'decided', 'decides']);

/** "Access to Zapp and Qorva was blocked": the names whose access is the passive's subject. */
function accessBefore(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = t - 1;
  while (k > 0 && (ADVERBS.test(words[k]!) || BE.has(words[k]!) || /^(?:has|have|had|be|been|will|would|should|must|could|may)$/.test(words[k]!))) k--;
  const m = mentionAt(words, k);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list || k === t - 1) return undefined;
  const to = words[list.first - 1] === 'the' ? list.first - 2 : list.first - 1;
  return words[to] === 'to' && words[to - 1] === 'access' ? list : undefined;
}

/** After a ban's participle, its noun and a verb that lists the banned things: "(Ruritania's banned) apps include", "products are:". */
const BANNED_LISTED = /^(?:[a-z-]+ ){1,2}(?:include|includes|included|are|were|comprise|comprises|:)(?: |$)/;

/** Words after a participle set off after a name that tell when or where it was done ("Zeta, launched in 2008, …") (helper rvr93). */
const PARTICIPLE_ASIDE_NEXT = /^(?:in|on|at|last|earlier|this|back|nearly|almost|more|over|some|about|years|months|decades|only|just|originally|first|two|three|four|five)$/;

/** Nouns of a contest whose infinitive tells its prize: "the fight to win …", "a race to become …" (helper rvr93). */
const CONTEST_NOUNS = /^(?:fight|fights|race|races|battle|battles|contest|contests|competition|struggle|scramble|rush|war|wars|showdown|duel|tussle)$/;
/** Words after "to" that open no infinitive: an article, a determiner or an adjective before a rival's name ("a rival to larger Qorva"). */
const NOT_AN_INFINITIVE = /^(?:the|a|an|its|their|his|her|our|both|either|all|each|every|other|others|larger|bigger|smaller|rival|rivals|incumbent|market|industry|dominant)$/;

/** Whether the words at `k`, after a contest's "to", open an infinitive: a plain lower word, no name ("the race to win Orion"). */
function contestInfinitiveAt(words: readonly string[], k: number): boolean {
  const w = words[k] ?? '';
  return mentionAt(words, k) === undefined && /^[a-z]+$/.test(w) && !NOT_AN_INFINITIVE.test(w);
}

/** Verbs of beating a rival to a prize: "beat Zenco", "edged out Zenco", "outbid Zenco". */
const BEATING_VERBS = /^(?:beat|beats|beating|outbid|outbids|outbidding|defeated|defeats|defeating|bested|bests|pipped|pips|outmaneuvered|outmanoeuvred|trumped|trumps|edged|edges|edging|overcame|overcomes)$/;

/** The index of a beating verb right before the list starting at `first` ("beat Zenco", "beat out Zenco"), or -1. */
function beatingVerbBefore(words: readonly string[], first: number): number {
  const k = words[first - 1] === 'out' ? first - 2 : first - 1;
  return BEATING_VERBS.test(words[k] ?? '') ? k : -1;
}

/** Words opening an adjunct whose gerund has the main clause's subject: "… after outbidding rivals Qorva", "by beating Qorva". */
const GERUND_OPENERS: ReadonlySet<string> = new Set(['after', 'by', 'before', 'while', 'despite', 'since', 'through']);
/** Verbs of a deal whose object is no party of a rivalry told after it: "will acquire Brisa", "won the Zapp contract". */
const DEAL_OBJECT_VERBS: ReadonlySet<string> = new Set(['won', 'wins', 'win', 'winning', 'secured', 'secures', 'secure', 'landed', 'lands', 'land', 'clinched', 'clinches', 'clinch', 'signed', 'signs', 'sign']);

/** The index of a buying or winning verb right before the object starting at `first` ("acquire Brisa", "won the Zapp"), or -1. */
function dealVerbBefore(words: readonly string[], first: number): number {
  const k = words[first - 1] === 'the' ? first - 2 : first - 1;
  return BUYING_VERBS.has(words[k] ?? '') || DEAL_OBJECT_VERBS.has(words[k] ?? '') ? k : -1;
}

/** Verbs of buying whose purpose infinitive is the buyer's: "Zenco bought Vell to take on Qorva" (Zenco, not Vell, takes Qorva on). */
const BUYING_VERBS = new Set(['bought', 'buys', 'buy', 'buying', 'acquired', 'acquires', 'acquire', 'acquiring', 'purchased', 'purchases', 'purchase']);

/**
 * "Zenco bought Vell to take on larger rival Qorva", "acquired Vell in 2020 to compete with Qorva": a rivalry verb's infinitive of
 * purpose after a bought firm has the buyer for its subject (helper riv83b, from fresh rival samples; the bought firm was read as it).
 */
const PRICE_OR_TIME = /^(?:for|in|last|this|earlier|early|late|recently|year|month|week|about|around|some|an?|\$|€|£|[\d.,]+|\$[\d.,]+|billion|million|bn|m)$/;

/** "in a bid to", "in an effort to", "as part of a push to": the words of a purpose between the bought firm and its infinitive. */
const PURPOSE_NOUN_PHRASE = /^(?:in|as|an?|bid|effort|attempt|order|part|of|push|drive|move|plan)$/;

/** Participles of help whose "it" is the buyer: "bought Vell, helping it compete with Qorva", "…, allowing it to take on Qorva". */
const HELPING_PARTICIPLES = new Set(['helping', 'allowing', 'enabling', 'letting', 'positioning', 'giving']);

/** Adverbs between a helped "it (to)" and its verb: "allowing it to better compete", "helping it more directly take on". */
const HELPED_ADVERB = /^(?:better|more|further|also|directly|effectively|fully|now|finally|\p{Ll}+ly)$/u;

/** ", helping it (to) <trigger>": the index of the comma before the participle, or -1. */
function helpingItComma(words: readonly string[], t: number): number {
  // "allowing it to better compete with Qorva": one adverb may stand before the verb (helper cor92, from riv92's report).
  const verb = HELPED_ADVERB.test(words[t - 1] ?? '') && words[t - 2] !== ',' ? t - 1 : t;
  const it = words[verb - 1] === 'to' ? verb - 2 : verb - 1;
  return words[it] === 'it' && HELPING_PARTICIPLES.has(words[it - 1] ?? '') && words[it - 2] === ',' ? it - 2 : -1;
}

/**
 * The buyer a ", helping it (to) … rivals" clause before the rival noun at `t` stands for ("Zenco bought Lumo, allowing it to better compete
 * against rivals Qorva and Vexa"): as purposeBuyer reads the verb after "it", past at most seven plain words and no other clause.
 */
function helpedBuyerBefore(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>, fits: (l: MentionList) => boolean): MentionList | undefined {
  for (let k = t - 1; k >= Math.max(2, t - 8); k--) {
    if (words[k] === 'it' && HELPING_PARTICIPLES.has(words[k - 1] ?? '') && words[k - 2] === ',') return purposeBuyer(words, words[k + 1] === 'to' ? k + 2 : k + 1, lists, fits);
    if (!/^[a-z-]+$/.test(words[k]!)) return undefined;
  }
  return undefined;
}

function purposeBuyer(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>, fits: (l: MentionList) => boolean): MentionList | undefined {
  // "to take on larger rival Qorva": the noun read after the infinitive's own verb is in the same purpose clause.
  let to = t - 1;
  while (to > t - 5 && to > 0 && words[to] !== 'to' && /^[a-z-]+$/.test(words[to]!)) to--;
  // "Zenco bought Vell, helping it compete with Qorva": the participle's "it" is the buyer, the comma closes the bought firm's clause.
  const comma = helpingItComma(words, t);
  if (comma >= 0) to = comma;
  else if (words[to] !== 'to') return undefined;
  // The bought firm ends within a few words of "to" ("bought Vell last year to …", "bought Vell for $2 billion to …").
  for (let j = to - 1; j >= Math.max(0, to - 7); j--) {
    // Not past another clause: "Zenco bought Vell, and Qorva hired staff to compete with Borin" (Qorva competes).
    if (/^(?:,|;|and|but|while|which|who|that)$/.test(words[j]!)) return undefined;
    const m = mentionAt(words, j);
    if (m === undefined) continue;
    const list = lists.get(m);
    if (!list) return undefined;
    const k = list.first - (words[list.first - 1] === 'the' ? 2 : 1);
    if (!BUYING_VERBS.has(words[k] ?? '')) return undefined;
    // Only a price or a time between the bought firm and "to": "bought Vell, and Qorva hired staff to …" is another clause's.
    // "acquired Vell in a bid to rival Qorva": the words of a purpose may stand there too.
    if (!words.slice(list.last + 1, to).every((w) => PRICE_OR_TIME.test(w) || PURPOSE_NOUN_PHRASE.test(w))) return undefined;
    return subjectsBefore(words, k, lists).find(fits);
  }
  return undefined;
}

/** Verbs by which one party makes (or asks) another act: "ordered Zenco to block …", "asked Zenco to remove …" (a request is a proposal: claim-status.ts). */
const ORDER_VERBS = new Set(['ordered', 'orders', 'order', 'forced', 'forces', 'force', 'required', 'requires', 'require', 'told', 'tells', 'directed', 'directs', 'instructed', 'instructs', 'compelled', 'compels', 'requested', 'requests', 'asked', 'asks', 'urged', 'urges', 'pressed', 'presses', 'commanded', 'commands', 'demanded', 'demands', 'obliged', 'obliges', 'pressured', 'pressures']);

/** Running verbs that a contract makes a service, not an owning: "a contract to operate the Zeta line" (helper con88). */
const SERVICE_RUN_VERBS: ReadonlySet<string> = new Set(['operate', 'run']);
/** A contract's nouns before "to" and its act. */
const CONTRACT_NOUNS: ReadonlySet<string> = new Set(['contract', 'contracts', 'deal', 'deals', 'tender', 'tenders', 'concession', 'concessions', 'order', 'orders', 'franchise']);

/** Supply verbs, whose object is what the firm provides ("Zenco supplies Zeta chips"; helper sup88), in their exact forms. */
const SUPPLY_VERBS: ReadonlySet<string> = new Set(['supply', 'supplies', 'supplied', 'supplying', 'deliver', 'delivers', 'delivered', 'delivering', 'provide', 'provides', 'provided', 'providing',
  // "handed over the first Zeta frigate to the navy" (helper sup89): "hand over" is a trigger only with its "over".
  'hand', 'hands', 'handed', 'handing']);

/**
 * Whether a name after a supply verb or "supplier of" is the thing supplied (helper fxs88, review 88): a product or model the
 * lexicon or a naming rule typed, or a name before its kind ("Zeta chips"); a bare name is as often the customer ("supplies Qorva", "Qorva, a supplier of Zenco").
 * Nor a thing that carries its own maker: "delivers Zeta, Qorva's phone, to shops", "Zeta phones made by Qorva" (a distributor).
 */
function isSuppliedThing(words: readonly string[], l: MentionList, mentions: readonly SentenceMention[]): boolean {
  const next = words[l.last + 1] ?? '';
  const kind = isKindNoun(next) || isKindNoun(next.replace(/s$/, '')) || isKindNoun(next.replace(/es$/, ''));
  // A product or model the lexicon or a naming rule typed ("Zeta chips" is one mention); an unknown name's type is only a default.
  const known = l.members.every((m) => (mentions[m]!.source === 'lexicon' || mentions[m]!.source === 'rule') && (mentions[m]!.type === 'product' || mentions[m]!.type === 'model'));
  if (!kind && !known) return false;
  const k = kind ? l.last + 2 : l.last + 1;
  // "supplies the Zeta app with data", "delivered Zeta Bank a loan": a recipient before "with" or a second object.
  if (/^(?:with|a|an|the|its|their)$/.test(words[k] ?? '')) return false;
  const at = words[k] === ',' ? k + 1 : k;
  if (MADE_BY_PARTICIPLES.has(words[at] ?? '') && words[at + 1] === 'by') return false;
  return !(words[k] === ',' && mentionAt(words, k + 1) !== undefined && words[k + 2] === "'s");
}
const MADE_BY_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'built', 'developed', 'designed', 'produced', 'manufactured', 'created', 'engineered']);

/**
 * Whether a thing is set off by its kind as another's make: "launched Zeta X5, a phone made by Qorva", "are announcing Flux-RAM, a
 * memory developed by Vexa" (helper dvl93, from the eighty-sixth set's launch verbs): who launches, presents or announces it sells or
 * shows it; the maker named after "by" made it (the passive reads that one). A pronoun after "by" ("by its own lab") is no other maker.
 */
function setOffAsAnothersMake(words: readonly string[], l: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (words[l.last + 1] !== ',' || !/^(?:a|an|the|two|three|four|five|both)$/.test(words[l.last + 2] ?? '')) return false;
  for (let k = l.last + 3; k <= l.last + 7; k++) {
    const w = words[k] ?? '';
    if (MADE_BY_PARTICIPLES.has(w) && words[k + 1] === 'by') {
      // "by the Qorva unit", "by its partner Qorva": an article, or an owner's pronoun and one or two words, before the maker's name.
      let at = words[k + 2] === 'the' ? k + 3 : k + 2;
      if (/^(?:its|their)(?:@\d+)?$/.test(words[at] ?? '')) for (let n = 0, j = at + 1; n < 2 && /^[a-z-]+$/.test(words[j] ?? ''); n++, j++) if (mentionAt(words, j + 1) !== undefined) at = j + 1;
      const maker = mentionAt(words, at);
      return maker !== undefined && mentions[maker]?.surface !== '';
    }
    if (!/^[a-z0-9][a-z0-9-]*$/.test(w)) return false;
  }
  return false;
}

/** Verbs of running goods bought from another: "Qorva operates Zeta ferries built by Zenco" (helper sup89). */
const RUNS_GOODS_VERBS: ReadonlySet<string> = new Set(['operate', 'operates', 'operated', 'operating', 'run', 'runs', 'ran', 'running']);
/**
 * Whether a thing names its own maker or seller after it, its kind noun between ("Zeta ferries built by Zenco", "Zeta jets leased
 * from Qorva"): who runs such goods is their operator, not their maker (helper sup89, from fresh samples on fleets and ferries).
 */
function carriesOwnMaker(words: readonly string[], l: MentionList, mentions: readonly SentenceMention[]): boolean {
  // One word of the kind between, known or not ("Zeta ferries"), as the pattern's RUN_GOODS_OF_ANOTHER allows.
  const next = words[l.last + 1] ?? '';
  const k = /^[a-z-]+$/.test(next) && !MADE_BY_PARTICIPLES.has(next) && !GOT_FROM_PARTICIPLES.has(next) ? l.last + 2 : l.last + 1;
  const at = words[k] === ',' ? k + 1 : k;
  const agent = mentionAt(words, at + 2) !== undefined || (words[at + 2] === 'the' && mentionAt(words, at + 3) !== undefined);
  if (agent && ((MADE_BY_PARTICIPLES.has(words[at] ?? '') && words[at + 1] === 'by') || (GOT_FROM_PARTICIPLES.has(words[at] ?? '') && words[at + 1] === 'from'))) return true;
  return gotInRelativeClause(words, at, mentions);
}
/**
 * Whether a relative clause at `at` tells the goods were got or made by another: "the Zeta jet it leased from Qorva", "the Zeta
 * jets it had bought", "the Zeta frigate that Qorva built" (helper fxr89, stop 89's re-read: "handed over" made the lessee the
 * maker). "the Zeta jets that it built" is the subject's own make and keeps it.
 */
function gotInRelativeClause(words: readonly string[], at: number, mentions: readonly SentenceMention[]): boolean {
  let k = words[at] === 'that' || words[at] === 'which' ? at + 1 : at;
  const named = mentionAt(words, words[k] === 'the' ? k + 1 : k);
  // A pronoun the coreference resolved ("that it built" read "that @2 built") stands for the subject, not for another maker.
  const other = named !== undefined && mentions[named]?.surface !== '';
  if (named === undefined && !/^(?:it|they|we)(?:@\d+)?$/.test(words[k] ?? '')) return false;
  // Past the subject (a name, "the" and a name, or a pronoun), and "had", "has" or "have".
  k += words[k] === 'the' ? 2 : 1;
  if (/^(?:had|has|have|once|previously|recently|originally)$/.test(words[k] ?? '')) k++;
  const verb = words[k] ?? '';
  return GOT_FROM_PARTICIPLES.has(verb) || GOT_VERBS.has(verb) || (other && MADE_BY_PARTICIPLES.has(verb));
}
/** Verbs of getting goods besides GOT_FROM_PARTICIPLES, read in a relative clause: "the jet it rented", "the ship it chartered". */
const GOT_VERBS: ReadonlySet<string> = new Set(['rented', 'chartered', 'received', 'inherited', 'borrowed', 'procured', 'obtained', 'got']);
/** Participles of goods got from a seller ("jets leased from Qorva", "bought from"), also verbs of a relative clause ("the jet it bought"). */
const GOT_FROM_PARTICIPLES: ReadonlySet<string> = new Set(['bought', 'purchased', 'leased', 'ordered', 'acquired', 'supplied', 'delivered']);

/** "supplies Qorva with Zeta chips": the customer right after the verb, then "with" and the thing supplied. */
function suppliedWith(words: readonly string[], after: number, l: MentionList): boolean {
  const w = /^(?:the|a|an|its|their)$/.test(words[l.first - 1] ?? '') ? l.first - 2 : l.first - 1;
  const customer = words[after] === 'the' ? after + 1 : after;
  return words[w] === 'with' && w - 1 === customer && mentionAt(words, customer) !== undefined;
}

/** A supply verb's thing comes before its recipient or topic: "delivered a warning to Qorva about Zeta" supplies no Zeta. */
const SUPPLIED_TO_OR_ABOUT: ReadonlySet<string> = new Set(['to', 'about', 'on', 'over', 'for', 'of', 'with', 'into', 'from', 'against', 'regarding']);

/** Whether a list after a supply verb is what the verb supplies: not "strong Zeta sales", a bare customer, nor a name after its recipient or topic. */
function isSupplyObject(words: readonly string[], after: number, l: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (NOT_SUPPLIED_NEXT.has(words[l.last + 1] ?? '') || !isSuppliedThing(words, l, mentions)) return false;
  // "delivered the final batch of Zeta trains", "the first of 20 Zeta jets": the "of" of a share of the goods is no topic (helper sup89).
  return suppliedWith(words, after, l) || !words.slice(after, l.first).some((w, k) => SUPPLIED_TO_OR_ABOUT.has(w) && !(w === 'of' && SHARES_OF_GOODS.has(words[after + k - 1] ?? '')));
}
/** Nouns of a share of the goods supplied, before "of": "the last batch of", "the first of", "a fleet of". */
const SHARES_OF_GOODS: ReadonlySet<string> = new Set(['batch', 'batches', 'tranche', 'tranches', 'shipment', 'shipments', 'consignment', 'consignments', 'fleet', 'lot', 'first', 'last', 'rest', 'remainder', 'bulk', 'dozens', 'hundreds', 'thousands', 'millions', 'pair', 'set', 'sets']);

/**
 * "a deal for @1 to <trigger>": the list right after "for", the infinitive's own subject (helper sup88); "Qorva contracted with @1
 * and @2 to <trigger>": the firms a buyer contracts with carry out the contract, the buyer makes nothing (helper sup89).
 */
function forInfinitiveSubject(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  if (words[t - 1] !== 'to') return undefined;
  const m = mentionAt(words, t - 2);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list) return undefined;
  const before = list.first - (words[list.first - 1] === 'the' ? 2 : 1);
  return words[before] === 'for' || (words[before] === 'with' && CONTRACTED_WITH.has(words[before - 1] ?? '')) ? list : undefined;
}
/** A buyer's verb of contracting, before "with" and the firms that will do the work; not the noun ("signed a contract with Qorva to supply": the signer supplies). */
const CONTRACTED_WITH: ReadonlySet<string> = new Set(['contracted', 'contracting', 'subcontracted']);

/** "ordered @1 to <trigger>": the index of the order verb, when the trigger's infinitive subject is a name right after it. */
function orderVerbBefore(words: readonly string[], t0: number, lists: ReadonlyMap<number, MentionList>): number | undefined {
  // "ordered Apple and Google to help block users from Zapp": helping carry out the order is still carrying it out (helper ord2to95,
  // from real news on app bans: the app stores were read as the banners).
  const t = HELP_WORDS.has(words[t0 - 1] ?? '') && words[t0 - 2] === 'to' ? t0 - 1 : t0;
  if (words[t - 1] !== 'to') return orderThatBefore(words, t, lists);
  // "gave Anatel 24 hours to block Zapp": a deadline set for the one who must act is an order (stop 79's fresh samples: a court's
  // ultimatum to a regulator was read as the regulator's ban).
  const deadline = deadlineBefore(words, t - 1);
  // "gave customers 30 days to remove Zapp from their phones": people given a deadline on their own devices act for themselves; the
  // one who set it bans nothing (helper bnx93, set 89's near misses: "gave agencies 30 days" is a body's order, customers are not).
  if (deadline >= 0 && DEADLINE_USERS.has(words[deadline - 1] ?? '') && [1, 2, 3].some((back) => DEADLINE_VERBS.has(words[deadline - 1 - back] ?? '') && words.slice(deadline - back, deadline - 1).every((w) => /^(?:its|their|all|the|existing|paying)$/.test(w)))) return UNNAMED_ORDER;
  if (deadline >= 0) {
    const given = mentionAt(words, deadline - 1);
    const list = given === undefined ? undefined : lists.get(given);
    const k = list ? list.first - (words[list.first - 1] === 'the' ? 2 : 1) : -1;
    if (!DEADLINE_VERBS.has(words[k] ?? '')) return undefined;
    // Who set it is the name right before the verb ("Brazil's Supreme Court gave …"); unnamed ("the court gave …", "and gave
    // Apple a day …"), no one is read as acting (review of stop 80's third round: the nearest earlier name was taken).
    // One name only: ", and Kenya's High Court gave …" must not join the clause before's object to the setter.
    const setter = mentionAt(words, setterEnd(words, k));
    return setter !== undefined && lists.get(setter)?.members.length === 1 ? k : UNNAMED_ORDER;
  }
  // "compelled local Internet Service Providers (ISPs) to restrict access to Zapp" (helper apl100): the ordered party's acronym in
  // brackets before "to".
  const named = words[t - 2] === ')' && words[t - 4] === '(' && mentionAt(words, t - 3) !== undefined ? t - 5 : t - 2;
  const m = mentionAt(words, named);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list) return undefined;
  const k = beforeOrdered(words, list.first);
  if (ORDER_VERBS.has(words[k] ?? '') || GOT_TO_ACT_VERBS.has(words[k] ?? '')) return k;
  // "ordered carriers A and B to remove Zeta antennas": a plural of firms may name who is ordered (stop 57's controls readers), with
  // a word or two describing them ("ordered internet providers A and B to block Zapp"; stop 65's second bans sample).
  if (!ORDERED_KINDS.has(words[k] ?? '')) return undefined;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    if (ORDER_VERBS.has(words[j]!)) return j;
    if (!/^[a-z][a-z-]*$/.test(words[j]!) || words[j] === 'to') return undefined;
  }
  return undefined;
}

/** The word before a verb at `k` past a time ("on Friday", "yesterday") or an aside set off by commas ("…, in a ruling, gave"). */
function setterEnd(words: readonly string[], k: number): number {
  let j = k - 1;
  if (/^(?:yesterday|today|also|then|later|now)$/.test(words[j] ?? '')) j--;
  else if (words[j - 1] === 'on' && LOWER_WEEKDAYS.has(words[j] ?? '')) j -= 2;
  else if (words[j] === ',') {
    const open = words.lastIndexOf(',', j - 1);
    if (open >= 0 && j - open <= 6) j = open - 1;
  }
  return j;
}

/** Words that carry out an order with others: "to help block Zapp". */
const HELP_WORDS: ReadonlySet<string> = new Set(['help']);

/** The word before the ones ordered, past "the" and "both" ("requested that both Apple and Google remove Zapp"). */
function beforeOrdered(words: readonly string[], first: number): number {
  let k = first - 1;
  if (words[k] === 'the') k--;
  if (words[k] === 'both') k--;
  // "ordered local providers A and B", "forced all Internet Service Providers" (helper apl100): a word placing who is ordered.
  if (ORDERED_PLACE_WORDS.has(words[k] ?? '')) k--;
  if (words[k] === 'the') k--;
  return k;
}

/** Words placing the parties an order goes to: "ordered local Internet Service Providers to …", "told all Zapp resellers to …". */
const ORDERED_PLACE_WORDS: ReadonlySet<string> = new Set(['local', 'all', 'major', 'domestic', 'national', 'several']);

/** An order whose giver the clause does not name: subjectsBefore finds no one before it, so no one acts. */
const UNNAMED_ORDER = 0;

/** Verbs that set a deadline for a party named after them: "gave Anatel 24 hours to …", "granted the regulator a week to …". */
const DEADLINE_VERBS: ReadonlySet<string> = new Set(['gave', 'gives', 'give', 'giving', 'granted', 'grants']);
/** People given a deadline to clear their own devices or accounts: "gave customers 30 days to remove …". */
const DEADLINE_USERS: ReadonlySet<string> = new Set(['customers', 'users', 'subscribers', 'consumers', 'clients', 'shoppers', 'owners', 'holders', 'members', 'account-holders', 'players', 'buyers']);
const TIME_UNITS: ReadonlySet<string> = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** The first word of a span of time ending right before `to` ("24 hours", "one month", "a week", "five working days"), or -1. */
function deadlineBefore(words: readonly string[], to: number): number {
  if (!TIME_UNITS.has(words[to - 1] ?? '')) return -1;
  let k = to - 2;
  if (/^(?:working|business|calendar|more|further|extra)$/.test(words[k] ?? '')) k--;
  return /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|\d+)$/.test(words[k] ?? '') ? k : -1;
}

/** Plurals of firms that an order names before their names: "ordered carriers A and B to …". */
const ORDERED_KINDS: ReadonlySet<string> = new Set(['carriers', 'operators', 'firms', 'companies', 'providers', 'platforms', 'telecoms', 'retailers', 'stores', 'banks', 'exchanges', 'manufacturers', 'makers', 'vendors', 'suppliers', 'networks', 'broadcasters']);

/** "demanded that @1 and @2 (must) <trigger>": the index of the order verb, when the trigger's subject is the list right after "that". */
function orderThatBefore(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): number | undefined {
  let k = t - 1;
  while (k > 0 && /^(?:must|should|immediately|also|promptly)$/.test(words[k]!)) k--;
  const m = mentionAt(words, k);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list) return undefined;
  const that = beforeOrdered(words, list.first);
  // "demanded Apple and Google remove Zapp": the same with "that" left out (the firms asked do not ban).
  // "ordered Zapp blocked" makes Zapp the one blocked (a participle), not the one to block.
  if (DEMAND_VERBS.has(words[that] ?? '') && !/ed$/.test(words[t]!)) return that;
  // "Kenya made Apple remove Zapp", "had Apple and Google drop Zapp": who makes the firms act gives the order (helper sto101).
  if (MADE_TO_ACT.has(words[that] ?? '') && !/ed$/.test(words[t]!)) return that;
  return words[that] === 'that' && (ORDER_THAT_VERBS.has(words[that - 1] ?? '') || ORDER_VERBS.has(words[that - 1] ?? '')) ? that - 1 : undefined;
}

/** Causative verbs before the one made to act and "to": "the government got Apple to remove Zapp" (helper sto101). */
const GOT_TO_ACT_VERBS: ReadonlySet<string> = new Set(['got', 'gets']);

/** Order verbs whose "that" may be left out before the one who is to act: "demanded Apple remove Zapp". */
const DEMAND_VERBS: ReadonlySet<string> = new Set(['demanded', 'demands', 'ordered', 'orders', 'required', 'requires', 'insisted', 'insists', 'asked', 'requested', 'requests', 'mandated']);

/** Words of a contest going on, between its noun and "between": "is", "has been", "raging", "heating up", "broke out". */
const CONTEST_GOING_ON: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'been', 'now', 'still', 'already', 'raging', 'brewing', 'heating', 'intensifying', 'escalating', 'playing', 'unfolding', 'looming', 'underway', 'developing', 'emerging', 'shaping', 'growing', 'erupted', 'broke', 'flared', 'heated', 'raged', 'up', 'out']);

/** A firm's related firms, counted before their names: "three affiliates", "two of its subsidiaries". */
const AFFILIATE_NOUNS: ReadonlySet<string> = new Set(['affiliates', 'affiliate', 'subsidiaries', 'subsidiary', 'units', 'entities']);

/**
 * "added ZTE and three affiliates, A, B and C, to its list" (stop 62's controls readers): the names set off after a count of the
 * first firm's affiliates, or undefined.
 */
function affiliatesNamedAfter(words: readonly string[], first: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = first.last + 1;
  if (words[k] !== 'and') return undefined;
  k++;
  if (words[k] === 'its') k++;
  if (COUNT_WORDS.has(words[k] ?? '') || /^\d+$/.test(words[k] ?? '')) k++;
  if (words[k] === 'of' && words[k + 1] === 'its') k += 2;
  if (!AFFILIATE_NOUNS.has(words[k] ?? '') || (words[k + 1] !== ',' && words[k + 1] !== ':')) return undefined;
  const m = mentionAt(words, k + 2);
  return m === undefined ? undefined : lists.get(m);
}

/** What a "war of …" is fought with when it is a dispute: "a war of words", "a battle of lawsuits". */
const DISPUTED_WITH: ReadonlySet<string> = new Set(['words', 'insults', 'barbs', 'lawsuits', 'suits', 'patents', 'claims', 'accusations', 'tariffs', 'sanctions', 'letters', 'statements', 'nerves', 'ideas']);

/** Words of what a contest is fought for that make it a dispute or a deal, not rivalry: "the battle over patents between A and B". */
const DISPUTED_PRIZES: ReadonlySet<string> = new Set([...DISPUTED_WITH, 'patent', 'royalties', 'damages', 'control', 'custody', 'compensation', 'fees', 'payment', 'payments', 'debts', 'debt', 'contract', 'terms', 'ownership', 'rights', 'copyright', 'trademark', 'name', 'merger', 'deal', 'takeover', 'court', 'legal']);

/**
 * "the battle for Ruritania's phone market between A and B", "the race to build faster chips between A and B", "the war over
 * search among A, B and C": where "between" or "among" opens the parties after what the contest is for (a few lower-case words
 * or names, no clause), or -1. (Fresh news samples: the prize often stands between the contest's noun and its parties.)
 */
function prizeBetweenAt(words: readonly string[], after: number): number {
  if (!/^(?:for|over|to)$/.test(words[after] ?? '')) return -1;
  for (let k = after + 1; k < after + 8 && k < words.length; k++) {
    const w = words[k]!;
    if (w === 'between' || w === 'among') return k > after + 1 ? k : -1;
    if (DISPUTED_PRIZES.has(w) || !/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|@\d+|'s)$/.test(w) || /^(?:and|or|but|is|was|are|were|has|had|that|which|who)$/.test(w)) return -1;
  }
  return -1;
}

/**
 * Where "between" or "among" opens a contest's parties after words of the contest going on, or -1: "the real battle is between
 * A and B", "a price war is raging between A and B", "a fight broke out among A, B and C" (stop 60's readers).
 */
function contestBetweenAt(words: readonly string[], after: number): number {
  // "a war of portals between A and B", "the battle of the browsers among A, B and C": what the contest is over, named by a plural
  // before "between" (stop 62's makers readers).
  const over = words[after] === 'of' ? (words[after + 1] === 'the' ? after + 2 : after + 1) : -1;
  // ("a war of words", "of lawsuits", "of tariffs" between them is a dispute, no competition.)
  if (over > 0 && /^[a-z-]+s$/.test(words[over] ?? '') && !DISPUTED_WITH.has(words[over]!) && (words[over + 1] === 'between' || words[over + 1] === 'among')) return over + 1;
  const prize = prizeBetweenAt(words, after);
  if (prize >= 0) return prize;
  for (let k = after; k < after + 5 && k < words.length; k++) {
    if (words[k] === 'between' || words[k] === 'among') return k > after ? k : -1;
    if (!CONTEST_GOING_ON.has(words[k]!)) return -1;
  }
  return -1;
}

/**
 * "Zapp was banned in Ruritania on Monday along with 40 other apps by the interior ministry" (stop 61's first round): a state body
 * as the "by" agent further on in the clause, past where and when and what else (no comma or stop between), or undefined.
 */
function distantStateAgent(words: readonly string[], at: number, lists: ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[]): MentionList | undefined {
  for (let i = at + 5; i < words.length && i <= at + 14; i++) {
    if (/^[,;:.?!]$/.test(words[i]!)) return undefined;
    if (words[i] !== 'by') continue;
    const agent = agentAfter(words, i - 1, lists);
    return agent && agent.members.every((m) => mentions[m]!.type === 'government') ? agent : undefined;
  }
  return undefined;
}

/** Singular rival nouns that may name one firm set off by commas after them: "its arch-rival, Qorva," (commaApposedRivalAt). */
const SET_OFF_RIVAL_NOUNS: ReadonlySet<string> = new Set(['rival', 'competitor', 'archrival', 'arch-rival', 'challenger']);

/**
 * "straying to its arch-rival, Qorva.", "lost share to arch-rival, Qorva, in May": the position of the one name set off by commas
 * after the singular rival noun at `t` (a comma at `after`), when "its", "their" or a preposition opens the noun (a describing word
 * between) and the name closes the phrase (a comma, a stop or a dash after it). Not a past rival ("to its former rival, Qorva"),
 * nor a list ("its rival, Qorva and Vexa": no closing after the first name), nor a name owning something ("its rival, Qorva's unit").
 */
function commaApposedRivalAt(words: readonly string[], t: number, after: number): number | undefined {
  if (!SET_OFF_RIVAL_NOUNS.has(words[t] ?? '') || words[after] !== ',' || mentionAt(words, after + 1) === undefined) return undefined;
  if (!/^(?:,|\.|;|-|–|—|:)?$/.test(words[after + 2] ?? '')) return undefined;
  let k = t - 1;
  if (k >= 0 && /^[a-z-]+$/.test(words[k]!) && !/^(?:its|their|to|from|with|against|over)$/.test(words[k]!)) {
    if (PAST_RIVAL_BEFORE.test(words[k]!) || words[k] === 'a' || words[k] === 'an' || words[k] === 'the') return undefined;
    k--;
  }
  const opener = (words[k] ?? '').replace(/@\d+$/, '');
  if (opener === 'its' || opener === 'their') return after + 1;
  return /^(?:to|from|with|against|over)$/.test(opener) ? after + 1 : undefined;
}

/** "for its competitors, Qorva and Vexa,": where the list set off after a plural rival noun opened by "its" or "their" begins (one describing word between). */
function commaApposedRivalsAt(words: readonly string[], t: number, after: number): number | undefined {
  if (!/^(?:rivals|competitors|archrivals|arch-rivals|challengers)$/.test(words[t] ?? '') || words[after] !== ',' || mentionAt(words, after + 1) === undefined) return undefined;
  let k = t - 1;
  if (k >= 0 && /^[a-z-]+$/.test(words[k]!) && !/^(?:its|their)$/.test(words[k]!)) {
    if (PAST_RIVAL_BEFORE.test(words[k]!)) return undefined;
    k--;
  }
  return /^(?:its|their)(?:@\d+)?$/.test(words[k] ?? '') ? after + 1 : undefined;
}

/** Kinds of firm between a rival noun and the rival's name: "rival operator Brightel". */
const RIVAL_KIND: ReadonlySet<string> = new Set(['operator', 'carrier', 'firm', 'company', 'bank', 'lender', 'airline', 'retailer', 'platform', 'app', 'service', 'brand', 'studio', 'publisher', 'network', 'channel', 'broadcaster', 'exchange', 'startup', 'lab', 'maker', 'chipmaker', 'carmaker', 'automaker', 'provider', 'telco', 'vendor', 'chain', 'outlet', 'site', 'website', 'marketplace', 'group',
  // "with rival discounter Qorva now taking the top spot", "rival grocer Qorva" (helper cmp95, real supermarket and streaming news).
  'discounter', 'grocer', 'supermarket', 'streamer', 'insurer', 'manufacturer', 'label', 'store', 'browser']);

// "barred its companies from providing services to Zembla": serving a state is trading with it too (fresh samples on cloud firms).
/** Export nouns of goods leaving the state (not sales at home; "halted shipments of Zeta" may be either, and bans it: stop 50's readers). */
const OUTBOUND_WORDS: ReadonlySet<string> = new Set(['exports', 'export', 'exporting']);
/** Trips to a place: "travel to Zembla", "group tours to Zembla". */
const TRAVEL_WORDS: ReadonlySet<string> = new Set(['travel', 'trips', 'trip', 'tours', 'tour', 'visits', 'cruises', 'cruise', 'voyages', 'sailings', 'travelling', 'traveling']);
const EXPORT_WORDS = new Set(['exports', 'export', 'shipments', 'sales', 'sale', 'supplies', 'supply', 'shipment', 'transfers', 'selling', 'exporting', 'shipping', 'supplying', 'providing', 'offering']);

/** Kinds of goods no product noun names, before an export noun: "arms exports", "technology sales". */
const EXPORTED_KINDS: ReadonlySet<string> = new Set(['arms', 'weapons', 'weapon', 'technology', 'tech', 'equipment', 'software', 'hardware', 'semiconductor', 'satellite', 'spyware', 'surveillance']);

/**
 * "a new ban on travel to Zembla", "banned group tours to Zembla", "halted cruise trips to Zembla": trips to a state kept from it
 * restrict the state, as goods sent there do (helper ent94, from the eighty-third fresh sample's cruise reader). A state's act only:
 * a firm halting its own cruises to Zembla restricts no one.
 */
function isTravelPhrase(words: readonly string[], at: number): boolean {
  let k = at;
  while (k < at + 3 && /^(?:the|a|an|all|new|further|any|some|on|upon|of)$/.test(words[k] ?? '')) k++;
  for (let j = k; j <= k + 2; j++) {
    if (TRAVEL_WORDS.has(words[j] ?? '') && /^(?:to|into)$/.test(words[j + 1] ?? '')) return true;
    if (!/^[a-z][a-z-]*$/.test(words[j] ?? '')) break;
  }
  return false;
}

/**
 * "exports of", "the sale of", "all shipments of", "on selling" right after the trigger, or a
 * clause barring unnamed sellers: "barred American firms from selling chips to …" (a named
 * firm barred, "barred Zenco from selling …", is the firm's own ban).
 */
function isExportPhrase(words: readonly string[], at: number): boolean {
  let k = at;
  // "bans HBM exports to Zembla", "restricts GPU sales": the kinds of chip written as acronyms are plain words, not names.
  // "announced the suspension of chip exports to Zembla": a ban noun's "of" (stop 60's controls readers).
  while (k < at + 3 && /^(?:the|a|an|all|new|further|any|some|certain|chip|its|their|on|upon|of|direct|domestic|foreign|retail|online|local|hbm|dram|nand|sram|ssd|asic|fpga|mcu|gpu|cpu|ai|memory)$/.test(words[k] ?? '')) k++;
  if (EXPORT_WORDS.has(words[k] ?? '')) return true;
  if (isTravelPhrase(words, at)) return true;
  // "suspended the marketing and export licence of Zenco": a pair of licences, the second for exports (stop 76, from its forty-fourth set).
  if (words[k + 1] === 'and' && OUTBOUND_WORDS.has(words[k + 2] ?? '')) return true;
  // "banned drone sales to Zembla", "curbs arms exports to Zembla": a kind of goods before the export noun, a destination after it (stop 64's third controls sample).
  if ((PRODUCT_NOUNS.has(words[k] ?? '') || EXPORTED_KINDS.has(words[k] ?? '')) && EXPORT_WORDS.has(words[k + 1] ?? '') && /^(?:to|into)$/.test(words[k + 2] ?? '')) return true;
  // "bans Zeta exports to Zembla", "Zenco's chip sales": a name qualifying the export noun.
  if (mentionAt(words, k) !== undefined) {
    let n = k + 1;
    if (words[n] === "'s") n++;
    if (words[n] === 'chip' || words[n] === 'chips') n++;
    if (EXPORT_WORDS.has(words[n] ?? '') && !words[n]!.endsWith('ing')) return true;
  }
  let from = at + 1;
  while (from <= at + 4 && from < words.length && words[from] !== 'from') from++;
  if (words[from] !== 'from' || !EXPORT_WORDS.has(words[from + 1] ?? '') || !words[from + 1]!.endsWith('ing')) return false;
  // The sellers are plain words, or a name qualifying one ("US companies").
  const sellers = words.slice(at, from);
  // "… are subject to Ruritanian sanctions and are prohibited from exporting to Zembla": a new predicate, not the noun's sellers (helper rsx95).
  if (sellers.some((w) => /^(?:is|are|was|were|be|been|being|has|have|had)$/.test(w))) return false;
  return sellers.every((w, k) => /^[a-z][a-z-]*$/.test(w) || (mentionAt(sellers, k) !== undefined && /^[a-z][a-z-]*$/.test(sellers[k + 1] ?? '')));
}

/** Nouns of a state's measures a relative clause may describe: "controls that bar sales of chips to Zenco". */
const MEASURE_HEADS: ReadonlySet<string> = new Set(['controls', 'rules', 'restrictions', 'curbs', 'measures', 'sanctions', 'regulations', 'limits', 'ban', 'bans', 'order', 'orders', 'directive', 'law', 'laws', 'decree']);
/** Verbs that put such measures in place (those that take them away, LIFTS: "lifted controls that barred …" restricts no one now). */
const IMPOSING_VERBS: ReadonlySet<string> = new Set(['imposed', 'imposes', 'unveiled', 'unveils', 'announced', 'announces', 'introduced', 'introduces', 'adopted', 'adopts', 'issued', 'issues', 'enacted', 'enacts', 'passed', 'approved', 'tightened', 'tightens', 'expanded', 'extended', 'placed', 'slapped', 'proposed', 'proposes', 'drafted', 'unveiling', 'announcing', 'imposing']);
/** Words between the relative pronoun and the trigger: "controls that would bar …". */
const RELATIVE_FILLERS: ReadonlySet<string> = new Set(['would', 'will', 'also', 'effectively', 'now', 'further', 'could']);

/**
 * "Ruritania unveiled export controls that bar sales of chips to Zenco": a trigger opening a relative clause on a measure's noun,
 * the object of a verb that imposes it. The verb's subject is the actor, not the sentence's ("Zenco shares fell after Ruritania
 * unveiled …"); an undoing verb ("lifted controls that barred …") states no control in force; a firm's rules on its own sales
 * ("Zenco announced rules that restrict sales of its chips to Qorva") are its policy, no control (rs85's fresh controls sample).
 */
function measureClauseVerb(words: readonly string[], t: number): { verb: number; undone: boolean } | undefined {
  let i = t - 1;
  while (RELATIVE_FILLERS.has(words[i] ?? '')) i--;
  if (words[i] !== 'that' && words[i] !== 'which') return undefined;
  let j = words[i - 1] === ',' ? i - 2 : i - 1;
  if (!MEASURE_HEADS.has(words[j] ?? '')) return undefined;
  // Up to three plain qualifiers before the noun: "unveiled sweeping new export controls".
  for (let k = 0; k < 4 && j > 0; k++) {
    j--;
    const w = words[j]!;
    if (IMPOSING_VERBS.has(w)) return { verb: j, undone: false };
    if (LIFTS.has(w)) return { verb: j, undone: true };
    if (!/^[a-z][a-z-]*$/.test(w)) return undefined;
  }
  return undefined;
}

/** Orders a court or a body hands a firm: "an injunction from the Zembla Court". */
const ISSUED_ORDERS: ReadonlySet<string> = new Set(['injunction', 'injunctions', 'order', 'orders', 'ruling', 'judgment', 'judgement']);
/**
 * Verbs of an order not in force: asked for, not got ("sought an injunction from the court"), or undone ("lifted / overturned an
 * injunction from the court", stop 86's re-read). An order appealed or challenged still stands.
 */
const ORDER_NOT_IN_FORCE: ReadonlySet<string> = new Set(['sought', 'seeks', 'seek', 'seeking', 'asked', 'asks', 'ask', 'asking', 'requested', 'requests', 'request', 'requesting', 'applied', 'applies', 'apply', 'applying', 'filed', 'files', 'file', 'filing', 'wants', 'want', 'wanted', 'for', 'overturned', 'overturns', 'overturn', 'lifted', 'lifts', 'lift', 'vacated', 'vacates', 'quashed', 'quashes', 'stayed', 'stays', 'denied', 'denies', 'rejected', 'rejects', 'reversed', 'reverses', 'dissolved', 'dissolves', 'struck']);

/**
 * "an injunction from the Zembla Court banning …": the one named right after the order's "from" (whom the trigger's clause
 * describes), or 'sought' when the order is only asked for or was undone ("asked for / lifted an injunction from the court …").
 */
function orderIssuerBefore(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | 'sought' | undefined {
  const m = mentionAt(words, t - 1);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list || list.members.length !== 1) return undefined;
  const from = list.first - (words[list.first - 1] === 'the' ? 2 : 1);
  if (words[from] !== 'from' || !ISSUED_ORDERS.has(words[from - 1] ?? '')) return undefined;
  // Up to three words before the order ("won a preliminary injunction"), the asking verb among them.
  for (let j = from - 2; j >= from - 5 && j >= 0; j--) if (ORDER_NOT_IN_FORCE.has(words[j]!)) return 'sought';
  return list;
}

/** Verbs of a party getting an order it asked for: "won an injunction", "was granted a court order". */
const WINNING_ORDERS: ReadonlySet<string> = new Set(['won', 'wins', 'win', 'winning', 'obtained', 'obtains', 'secured', 'secures', 'granted', 'awarded', 'got', 'gets', 'received', 'receives']);
/** Verbs that undo a won order told after it: "… but the ruling was overturned on appeal". */
const ORDER_UNDONE_AFTER: ReadonlySet<string> = new Set(['overturned', 'lifted', 'reversed', 'quashed', 'vacated', 'stayed', 'dissolved', 'rescinded']);
/**
 * Words of a party asking for an order or failing to get it: "sought an injunction blocking …", "lost its bid for an order banning …",
 * "was denied an injunction …" name no banner either (the order is not in force; re-read rr94b added the bids and the losses).
 */
const ORDERS_NOT_GRANTED: ReadonlySet<string> = new Set(['sought', 'seeks', 'seek', 'seeking', 'requested', 'requests', 'request', 'requesting', 'bid', 'bids', 'motion', 'motions', 'petition', 'petitions', 'asked', 'asks', 'ask', 'asking', 'lost', 'loses', 'lose', 'losing', 'denied', 'refused', 'rejected']);
/** Words that may stand between the winning verb, the order and the trigger: "won a preliminary court injunction by a Ruritanian court". */
const WON_ORDER_REACH = 9;

/**
 * "Zenco won an injunction blocking …", "Zenco was awarded an injunction by a Ruritanian court banning …": where the order noun stands
 * when a winning verb governs it a few words before the trigger, or 0 (no order won). The winner is the party that asked.
 */
function wonOrderBefore(words: readonly string[], t: number): number {
  for (let o = t - 1; o >= Math.max(1, t - WON_ORDER_REACH); o--) {
    if (WON_ORDER_STOPS.has(words[o]!)) return 0;
    if (!ISSUED_ORDERS.has(words[o]!)) continue;
    for (let j = o - 1; j >= Math.max(0, o - 4); j--) if (WINNING_ORDERS.has(words[j]!) || ORDERS_NOT_GRANTED.has(words[j]!)) return o;
    return 0;
  }
  return 0;
}
/** Whether the firms `sources` won or asked for the order a few words before the trigger at `t` ("Zenco won an injunction blocking …"). */
function firmWonOrder(words: readonly string[], t: number, sources: MentionList): boolean {
  const order = wonOrderBefore(words, t);
  return order > 0 && sources.last < order;
}
/** Words that end the reach back from a trigger to an order won. */
const WON_ORDER_STOPS: ReadonlySet<string> = new Set(['.', ';', ':', 'and', 'but', 'which', 'that']);

/** Types a restricted product line has. */
const PRODUCT_LINE = new Set(['product', 'model']);
/** Verbs of getting a thing, after "from": "barred Zembla from buying chips". */
const BUYING = new Set(['buying', 'acquiring', 'importing', 'obtaining', 'purchasing', 'accessing', 'receiving', 'getting',
  // … and of trading it away: "banned Russia from exporting steel" is a trade sanction on the state (helper san88's fresh samples).
  'exporting', 'selling']);
/** The gerunds of trading away in BUYING. */
const TRADING_AWAY: ReadonlySet<string> = new Set(['exporting', 'selling']);

/** "barred @1 from buying …": the state right after the trigger, when "from" and a verb of getting follow it. */
function barredBuyer(words: readonly string[], after: number, lists: ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[]): MentionList | undefined {
  const m = mentionAt(words, words[after] === 'the' ? after + 1 : after);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list || !list.members.every((k) => mentions[k]!.type === 'government')) return undefined;
  return words[list.last + 1] === 'from' && BUYING.has(words[list.last + 2] ?? '') ? list : undefined;
}

const MAKER_HEADS = new Set(['company', 'firm', 'group', 'startup', 'lab']);
/** Whether the verb's object right at `from` is a firm set off by a comma before `first`: "owns Qorva Inc, the maker of Zapp". */
function firmObjectSetOff(words: readonly string[], from: number, first: MentionList, lists: ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[]): boolean {
  const at = /^(?:the|a|an)$/.test(words[from] ?? '') ? from + 1 : from;
  const m = mentionAt(words, at);
  const object = m === undefined ? undefined : lists.get(m);
  return object !== undefined && object !== first && object.last < first.first && words[object.last + 1] === ',' && object.members.every((k) => mentions[k]!.type === 'company');
}


/** Makers whose "for" names what they make: "the publisher for Zeta Quest" (not "the manufacturer for Zenco", a client). */
const WORKS_FOR_MAKERS: ReadonlySet<string> = new Set(['publisher', 'developer', 'co-developer']);

/** Words before a maker's noun that make the making a plan or a hope: "a would-be maker of Zeta", "its prospective developer". */
const NOT_YET_MAKER_WORDS: ReadonlySet<string> = new Set(['would-be', 'prospective', 'potential', 'possible', 'planned', 'proposed', 'intended', 'hoped-for']);

/**
 * "TikTok's parent company ByteDance", "the ChatGPT maker OpenAI": the thing made stands
 * before the noun and the maker after it; "OpenAI, the maker of ChatGPT": the thing made
 * follows "of" and the maker is the subject.
 */
function makerNoun(
  words: readonly string[],
  t: number,
  after: number,
  lists: ReadonlyMap<number, MentionList>,
  fits: (role: 'source' | 'target') => (list: MentionList) => boolean,
  mentions: readonly SentenceMention[],
): { sources?: MentionList; targets: MentionList[]; rule: TriggerRule } {
  const rule: TriggerRule = 'trigger:maker';
  // "Qorva, a would-be co-developer of Zeta", "the prospective maker of Zeta": a maker not yet is none (helper apz94).
  if (NOT_YET_MAKER_WORDS.has(words[t - 1] ?? '')) return { targets: [], rule };
  // "the parent company of Zeta": the head after the noun comes before "of".
  // "was the publisher for A and B": a publisher's or a developer's "for" names its works as "of" does (stop 75, from its first makers samples).
  const of = words[after] === 'of' || (words[after] === 'for' && WORKS_FOR_MAKERS.has(words[t] ?? '')) ? after : MAKER_HEADS.has(words[after] ?? '') && words[after + 1] === 'of' ? after + 1 : -1;
  if (of >= 0) {
    const made = listsAfter(words, of + 1, clauseEnd(words, of + 1, 5), lists).find(fits('target'));
    // "the owner of shares in Zapp", "owner of a 10% stake in Zapp": a holding owned before the name is no thing made (helper cd87).
    if (made && words.slice(of + 1, made.first).some((w) => HOLDING_WORDS.has(w))) return { targets: [], rule };
    // "the second-largest maker of phones behind Qorva", "a bigger maker of chips than Qorva": a rival in the ranking (helper rnk101).
    if (made && rivalPastRankComparator(words, of + 1, made.first)) return { targets: [], rule };
    // "Zenco Games, the in-house studio of Qorva": a firm's own unit "of" a name belongs to it; the name is its owner, no thing made
    // (review rr94c: rlf94 read the owner before an internal studio, "Qorva's internal studio Zenco Games", but not after it).
    if (made && words.slice(Math.max(0, t - 3), t).some((w) => OWN_UNIT_WORDS.has(w))) return { targets: [], rule };
    // "the owners of the Lipo Festival", "organisers of the Zeta Cup": an event one holds or owns is no thing made (helper fp91, from
    // dvo91's report).
    if (made && made.members.every((k) => EVENT_NAME.test(mentions[k]!.surface))) return { targets: [], rule };
    // "Qorva, a supplier of Zenco": a supplier's "of" names its customer as often as its goods (helper fxs88, review 88).
    if (made && words[t] === 'supplier' && !isSuppliedThing(words, made, mentions)) return { targets: [], rule };
    // "Vexa, the parent company of Zeta maker Zenco", "the owner of Zeta's developer Zenco": the thing only qualifies the maker
    // the noun's "of" names, so the noun's own firm owns a maker, not the thing (helper mk84; the inner noun gives Zenco its edge).
    // Without the possessive a name must follow ("the maker of Zeta developer kits" names no maker).
    const inner = made ? (words[made.last + 1] === "'s" ? made.last + 2 : made.last + 1) : -1;
    if (made && MAKER_NOUN_WORDS.has(words[inner] ?? '') && (words[made.last + 1] === "'s" || mentionAt(words, inner + 1) !== undefined)) return { targets: [], rule };
    // "Qorva, maker of Zeta parts", "a supplier of Zeta accessories": parts made for a name tell of the thing they fit, not of a thing
    // the firm makes ("maker of Zeta chips" still makes Zeta: chips are a line of their own). Stop 102: a bracketed aside read as its
    // own list brought the apposition's old false edge into brackets.
    if (made && PARTS_FOR_A_NAME.has(words[made.last + 1] ?? '')) return { targets: [], rule };
    // "Qorva (which makes Zeta), Zenco (makers of Tarn) and Vexa (makers of Lumo)": a maker's noun opening a bracket is the name's
    // right before the bracket, never the whole list's (helper dvp93, from fresh sample s87a: every member made Lumo).
    const bracket = words[t - 1] === '(' ? t - 1 : words[t - 1] === 'the' && words[t - 2] === '(' ? t - 2 : -1;
    if (bracket > 0) {
      const named = mentionAt(words, bracket - 1);
      // "Zenco and Qorva (makers of Tarn)": a plural noun after a list with no brackets of its own is every member's.
      const listed = named === undefined ? undefined : lists.get(named);
      const whole = listed && words[t]!.endsWith('s') && !words.slice(listed.first, listed.last + 1).includes(')') ? listed : undefined;
      const own = whole ?? (named === undefined ? undefined : { members: [named], first: bracket - 1, last: bracket - 1 });
      return own && fits('source')(own) ? { sources: own, targets: made ? [made] : [], rule } : { targets: [], rule };
    }
    // "… led by Zenco, owners of A and B": the name the noun stands beside, wherever it stands in the clause.
    const comma = /^(?:the|a|an)$/.test(words[t - 1] ?? '') ? t - 2 : t - 1;
    const last = words[comma] === ',' ? mentionAt(words, comma - 1) : undefined;
    const apposedList = last === undefined ? undefined : lists.get(last);
    // "Qorva, Vexa and Zenco, the maker of Zeta": a singular noun set off after a list is its last member's (helper fa86).
    const apposed = apposedList && last !== undefined && apposedList.members.length > 1 && !words[t]!.endsWith('s') ? { members: [last], first: comma - 1, last: comma - 1 } : apposedList;
    // "Qorva sued the maker of Vexa", "bought the developer of Zeta, Zenco, …": the noun is the verb's object, so the clause's subject
    // makes nothing (helper da86; a maker named in apposition after it is read by maker-of-apposed-mid).
    if (!apposed && objectOfActVerb(words, t)) return { targets: [], rule };
    // "Zenco said makers of Zeta bags, such as Qorva, cut prices": a noun that opens a reported clause is that clause's subject, and
    // the reporter before "said" makes nothing (helper dvo91, checking "producers" added to the maker nouns).
    if (!apposed && OPENS_REPORTED_CLAUSE.test(words[/^(?:the|a|an)$/.test(words[t - 1] ?? '') ? t - 2 : t - 1] ?? '')) return { targets: [], rule };
    // "Zenco will be acquired by the parent of Vexa", "sold Lumo to the owner of Vexa": the noun is a preposition's object, a firm left
    // unnamed, so the clause's subject makes nothing ("as the owner of", "among the makers of" and "grew into the maker of" still describe
    // it; helper bro92).
    if (!apposed && objectOfPreposition(words, t)) return { targets: [], rule };
    // "Qorva, an investor in the co-developer of Zeta", "a stake in the maker of Zeta": a holding in the maker, no making (helper apz94).
    if (!apposed && holdingInMaker(words, t)) return { targets: [], rule };
    const maker = [apposed, ...subjectsBefore(words, t, lists)].filter(isList).find(fits('source'));
    if (fundOwner(words, t, maker, mentions)) return { targets: [], rule };
    return { sources: maker, targets: made ? [made] : [], rule };
  }
  const made = possessorBefore(words, t, lists);
  // "Lumo Transit awarded bus maker Zenco a contract", "Lumo has hired software developer Qorva": a verb right after the name makes
  // the noun its object, so the name is the one that acts on the maker, not what the maker makes (helper fpd95, from round 1's dvo95).
  if (made && actsRightAfter(words, made.last + 1)) return { targets: [], rule };
  // "Qorva said drugstore operator Zenco …", "Vexa noted that cable operator Zenco …": a verb of saying between the name and the noun
  // opens a clause of its own, whose noun the speaker does not qualify (stop 92 round 3, from fresh sample s86e).
  if (made && words.slice(made.last + 1, t).some((w) => OPENS_REPORTED_CLAUSE.test(w))) return { targets: [], rule };
  // "Qorva's internal studio Zenco Games", "its in-house studio Zenco": a firm's own unit is its part, not the maker of the firm (helper
  // rlf94, from real games news: read "Zenco Games develops Qorva").
  if (made && words[made.last + 1] === "'s" && words.slice(made.last + 2, t).some((w) => OWN_UNIT_WORDS.has(w))) return { targets: [], rule };
  // "Zenco's franchisor Qorva", "its franchisor": a franchisee's franchisor, not the maker of the firm before it (helper bro92).
  if (made && words[t] === 'franchisor' && words[made.last + 1] === "'s") return { targets: [], rule };
  // "a deal with the software maker Zenco": a kind the anaphora read as the thing named before ("the software" for the Zeta app) only
  // describes the maker, unless it owns the noun ("the app's maker, Zenco") (helper fp89, from a fresh sample).
  if (made && words[made.last + 1] !== "'s" && made.members.every((k) => mentions[k]!.source === 'coref')) return { targets: [], rule };
  // "the lead Zix kernel developer John Doe", "Senior Qorva developer Jane Roe": a job's rank or part names a person's role, no maker.
  // "Qorva's lead developer Zenco Studios": after a possessive the rank is a firm's part in the work, which it makes.
  if (made && words[made.last + 1] !== "'s" && (PERSON_ROLE_WORDS.has(words[t - 1] ?? '') || PERSON_ROLE_WORDS.has(words[made.first - 1] ?? ''))) return { targets: [], rule };
  // "Ruritania City game maker Qorva", "Zembla County software firm Qorva": a town's name before a trade's kind is where the maker
  // sits, not what it makes (helper app92, from stop 91's games sample; "Zorb City developer Qorva", with no kind between, still reads).
  if (made && words[made.last + 1] !== "'s" && made.last + 1 < t && made.members.every((k) => TOWN_NAME_END.test(mentions[k]!.surface))) return { targets: [], rule };
  let at = MAKER_HEADS.has(words[after] ?? '') ? after + 1 : after;
  // "Zapp's parent company, Zenco, said …": the maker set off by commas.
  if (words[at] === ',' && made) at++;
  const m = mentionAt(words, at);
  // "its funders are Zeta creator Zenco, Qorva and Vexa": a singular noun names one maker, the first of the list after it
  // ("the Zeta makers Zenco and Qorva" names both).
  const listed = m === undefined ? undefined : lists.get(m);
  const maker = listed && m !== undefined && listed.members.length > 1 && !words[t]!.endsWith('s') ? { members: [m], first: at, last: at } : listed;
  if (fundOwner(words, t, maker, mentions)) return { targets: [], rule };
  return made && maker && fits('target')(made) && fits('source')(maker) ? { sources: maker, targets: [made], rule } : { targets: [], rule };
}

/**
 * "buy the Zeta chain from owner Qorva Capital", "from its previous owner Vexa Partners": a fund that sells a chain it owned held a stake,
 * it made nothing (helper bro92, from fresh sample s85a; the portfolio readings skip investors' names too). Only a seller's owning noun.
 */
function fundOwner(words: readonly string[], t: number, maker: MentionList | undefined, mentions: readonly SentenceMention[]): boolean {
  if (!/^(?:owner|owners|parent)$/.test(words[t] ?? '') || maker === undefined) return false;
  const from = /^(?:its|their|the|previous|former|current|longtime|long-time|private-equity)$/.test(words[t - 1] ?? '') ? (/^(?:its|their|the)$/.test(words[t - 2] ?? '') ? t - 3 : t - 2) : t - 1;
  return words[from] === 'from' && maker.members.every((k) => INVESTOR_NAME.test(mentions[k]!.surface));
}

/** Past participles without "-ed" that open an aside: "…, built on its Vexa chips, including …". */
const IRREGULAR_ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(['built', 'made', 'run', 'led', 'driven', 'known', 'sold', 'held', 'brought', 'found', 'given', 'shown']);
/** The most words an aside takes between its comma and the kind that ends it. */
const MAX_ASIDE_WORDS = 8;
/**
 * Whether the portfolio's kind at `t`, with a comma among its trigger words, ends an aside opened by a comma and a past participle:
 * "its Zeta portfolio, powered by its latest Vexa chipsets, including …".
 */
function closesParticipleAside(words: readonly string[], t: number, triggerWords: readonly string[]): boolean {
  if (!triggerWords.includes(',')) return false;
  for (let k = t - 1; k >= 0 && k >= t - MAX_ASIDE_WORDS; k--) {
    if (/^[.;:]$/.test(words[k]!)) return false;
    if (words[k] !== ',') continue;
    const next = words[k + 1] ?? '';
    return k > 0 && mentionAt(words, k - 1) === undefined && (/^[a-z]{3,}ed$/.test(next) || IRREGULAR_ASIDE_PARTICIPLES.has(next));
  }
  return false;
}

/** Adverbs between a clause's subject and its verb: "and Vexa recently unveiled". */
const SUBJECT_VERB_ADVERBS = /^(?:[a-z]+ly|also|now|then|later|since|soon|just|too|itself|themselves)$/;
/** Finite verbs and auxiliaries after a clause's subject, besides the "-ed" past forms: "and Vexa has …", "and Vexa unveils …". */
const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were', 'said', 'says', 'built', 'made', 'sold', 'brought', 'began', 'showed', 'unveils', 'launches', 'releases', 'introduces', 'debuts']);
/**
 * Whether the object list `l`, after "and" or ", and" beyond the verb's first words, is the subject of a clause of its own: a finite
 * verb (perhaps after an adverb) follows it.
 */
function opensOwnClause(words: readonly string[], after: number, l: MentionList): boolean {
  if (l.first <= after || !/^(?:and|but|while|whereas)$/.test(words[l.first - 1] ?? '') || words[l.first - 2] !== ',') return false;
  let k = l.last + 1;
  while (k < l.last + 3 && SUBJECT_VERB_ADVERBS.test(words[k] ?? '')) k++;
  const verb = words[k] ?? '';
  return FINITE_AFTER_SUBJECT.has(verb) || /^[a-z]{3,}ed$/.test(verb);
}

/** Words between a clause's subject and its verb: adverbs and auxiliaries ("and Vexa has recently unveiled"). */
const BETWEEN_SUBJECT_AND_VERB = /^(?:[a-z]+ly|also|now|then|later|soon|just|has|have|had|will|would|is|was|are|were|to|set|plans|planned|plan)$/;
/**
 * Whether a name right before the verb at `t` (adverbs and auxiliaries between), which the subject's reading passed over (typed no
 * maker, or read as the last member of a list), opens a clause of its own after ", and" (", but", ", while"), so that the subject
 * `found` further back belongs to the clause before.
 */
function ownClauseSubjectUnfit(words: readonly string[], t: number, found: MentionList): boolean {
  let k = t - 1;
  while (k > found.last && BETWEEN_SUBJECT_AND_VERB.test(words[k] ?? '')) k--;
  if (k <= found.last || mentionAt(words, k) === undefined) return false;
  return /^(?:and|but|while|whereas)$/.test(words[k - 1] ?? '') && words[k - 2] === ',';
}

/** Present forms of verbs that pick, pay or deal with a firm, which a plural kind's shape would hide ("Lumo awards bus maker Zenco …"). */
const PRESENT_ACTS_ON_FIRM: ReadonlySet<string> = new Set(['awards', 'hires', 'picks', 'selects', 'taps', 'chooses', 'signs', 'names', 'sues', 'buys', 'acquires', 'joins', 'tells', 'says', 'pays', 'backs', 'funds', 'enlists', 'appoints', 'retains']);
/** Auxiliaries right after a name: the name opens a clause ("Lumo has awarded bus maker Zenco …"). */
const AUXILIARIES_AFTER_NAME: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were', 'did', 'does', 'can', 'could', 'may', 'might', 'should', 'must']);

/** Whether the word at `at`, right after a name before a maker's noun, is a verb or an auxiliary: a past form, an irregular act, or a closed present. */
function actsRightAfter(words: readonly string[], at: number): boolean {
  const w = words[at] ?? '';
  return AUXILIARIES_AFTER_NAME.has(w) || IRREGULAR_ACTS.has(w) || PRESENT_ACTS_ON_FIRM.has(w) || /^[a-z]{3,}ed$/.test(w);
}

/** The last word of a town's or a county's name ("Ruritania City", "Zembla County"), or that word alone when the name was cut. */
const TOWN_NAME_END = /(?:^| )(?:City|County|Township|Borough|Prefecture|Province)$/;

/** A report's verb, or "that", right before a maker's noun (and its article): the noun opens the reported clause. */
const OPENS_REPORTED_CLAUSE = /^(?:said|says|say|told|tells|believes|believed|thinks|thought|expects|expected|warned|warns|reported|reports|added|adds|noted|notes|argued|argues|claims|claimed|announced|announces|that)$/;
/** Verbs ending as a past or a present that link a subject to its description ("remains the maker of"), not act on an object. */
const LINKING_VERBS: ReadonlySet<string> = new Set(['remains', 'remained', 'becomes', 'seems', 'seemed', 'appears', 'appeared', 'looks', 'looked', 'stays', 'stayed', 'named', 'called', 'considered', 'described', 'styled', 'billed', 'ranked', 'listed', 'regarded', 'crowned', 'dubbed', 'does', 'emerged', 'turned', 'proved', 'proves']);
/** Bare verbs after "to" that link rather than act: "aims to become the maker of". */
const TO_LINKING: ReadonlySet<string> = new Set(['be', 'become', 'remain', 'stay', 'seem', 'appear', 'look', 'prove', 'emerge', 'turn']);
/** Past forms of acting verbs without "-ed": "bought the maker of Zeta". */
const IRREGULAR_ACTS: ReadonlySet<string> = new Set(['bought', 'sold', 'took', 'beat', 'hit', 'fought', 'sought', 'won', 'lost']);
/** Prepositions whose object a maker's noun may be while another firm is the clause's subject. */
const OTHERS_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'to', 'from', 'with', 'against', 'than', 'for', 'toward', 'towards', 'over']);
/** A holding's or a holder's noun before "in": "an investor in", "a 10% stake in". */
const HOLDING_IN_NOUNS = /^(?:investor|investors|shareholder|shareholders|stakeholder|stake|stakes|interest|interests|holding|holdings|investment|investments|backer|backers|share|shares)$/;
/** Whether a maker's noun at `t` is, with its article, the object of a holding's "in": "an investor in the maker of Zeta". */
function holdingInMaker(words: readonly string[], t: number): boolean {
  const article = /^(?:the|a|an)$/.test(words[t - 1] ?? '') ? t - 1 : /^(?:the|a|an)$/.test(words[t - 2] ?? '') && /^[a-z-]+$/.test(words[t - 1] ?? '') ? t - 2 : -1;
  return article > 1 && words[article - 1] === 'in' && (HOLDING_IN_NOUNS.test(words[article - 2] ?? '') || HOLDING_IN_NOUNS.test(words[article - 3] ?? ''));
}
/** Whether a maker's noun at `t` is, with its article (and one describing word), a preposition's object: "acquired by the parent of". */
function objectOfPreposition(words: readonly string[], t: number): boolean {
  const article = /^(?:the|a|an)$/.test(words[t - 1] ?? '') ? t - 1 : /^(?:the|a|an)$/.test(words[t - 2] ?? '') && /^[a-z-]+$/.test(words[t - 1] ?? '') ? t - 2 : -1;
  return article > 0 && OTHERS_NOUN_PREPOSITIONS.has(words[article - 1] ?? '');
}
/** Whether a maker's noun at `t` is, with its article, the object of an acting verb right before: "sued the maker of", "acquires a developer of". */
function objectOfActVerb(words: readonly string[], t: number): boolean {
  // "hired the former developer of Zeta": one describing word may stand between the article and the noun.
  const article = /^(?:the|a|an)$/.test(words[t - 1] ?? '') ? t - 1 : /^(?:the|a|an)$/.test(words[t - 2] ?? '') && /^[a-z-]+$/.test(words[t - 1] ?? '') ? t - 2 : -1;
  if (article < 0) return false;
  const verb = words[article - 1] ?? '';
  // "Zenco was declared the maker of Zeta": a passive naming verb describes its subject (stop 86's re-read).
  if (/^(?:is|was|are|were|be|been|being)$/.test(words[article - 2] ?? '')) return false;
  // "agreed to acquire the maker of Zeta", "plans to sue the maker": an infinitive acts too, unless it links ("to become the maker").
  if (words[article - 2] === 'to' && /^[a-z]{3,}$/.test(verb)) return !TO_LINKING.has(verb);
  return !LINKING_VERBS.has(verb) && (IRREGULAR_ACTS.has(verb) || /^[a-z]{2,}(?:ed|es)$/.test(verb));
}

/** Whether the word at `at` is a ban or restriction noun: a name before it only qualifies it. */
function qualifiesAct(words: readonly string[], at: number): boolean {
  return triggersAt(words, at).some((t) => t.form === 'noun' && (t.relation === 'banned' || t.relation === 'restricts'));
}

/** Where an exclusion is from an index or a benchmark (a listing decision, not a ban): "excluded Zenco from its index". */
const INDEX_WORDS = new Set(['index', 'indexes', 'indices', 'benchmark', 'benchmarks', 'ranking', 'rankings']);
function excludedFromIndex(words: readonly string[], t: number, objectEnd: number): boolean {
  if (!words[t]!.startsWith('exclud') || words[objectEnd + 1] !== 'from') return false;
  const end = clauseEnd(words, objectEnd + 1, 6);
  for (let i = objectEnd + 2; i < end; i++) if (INDEX_WORDS.has(words[i]!)) return true;
  return false;
}

/** Words between "had" and the act's noun it had done: "had new export restrictions placed on it". */
const BORNE_QUALIFIERS: ReadonlySet<string> = new Set(['new', 'fresh', 'additional', 'further', 'export', 'trade', 'financial', 'similar', 'also']);

/**
 * "Zenco had sanctions imposed on it by the EU", "Qorva has had export restrictions placed on it by the US": an act's noun after
 * "had" (its qualifiers between) with the participle that imposed it and its agent; the index of "by", or -1. The subject before
 * "had" bore the act, not imposed it (before stop 80, read as "Zenco restricts the EU").
 */
function borneActAgent(words: readonly string[], t: number, after: number): { had: number; by: number } | undefined {
  let b = t - 1;
  while (b > 0 && BORNE_QUALIFIERS.has(words[b]!)) b--;
  if (!/^(?:had|has|have)$/.test(words[b] ?? '') || !(IMPOSED.has(words[after] ?? '') || words[after] === 'applied')) return undefined;
  let k = after + 1;
  if ((words[k] === 'on' || words[k] === 'against') && /^(?:it|them)$/.test(words[k + 1] ?? '')) k += 2;
  if (words[k] !== 'by') return undefined;
  // "Zenco has had …", "Zenco also had …": the bearer stands before the auxiliary or the adverb.
  let had = b;
  while (had > 0 && /^(?:has|have|also|already|previously|recently)$/.test(words[had - 1]!)) had--;
  return { had, by: k };
}

/**
 * The names coordinated from word `at` ("the US and the EU" after "by"; "A, B and C" before "had"), read forward (`step` 1) or
 * backward (-1), as a list of their own: a coordination the sentence's lists join across two clauses ("by the US, and Qorva had …")
 * is cut where the next clause starts (review of stop 80's second round).
 */
function coordinatedFrom(words: readonly string[], at: number, step: 1 | -1): MentionList | undefined {
  const members: number[] = [];
  const positions: number[] = [];
  let k = at;
  for (;;) {
    if (step === 1 && words[k] === 'the') k++;
    const m = mentionAt(words, k);
    // A possessor is no agent ("by Qorva's home country"); a member followed by "had" opens the next clause; one after "by" closes the agents before it.
    if (m === undefined || (step === 1 && (words[k + 1] === "'s" || /^(?:had|has|have)$/.test(words[k + 1] ?? ''))) || (step === -1 && (words[k - 1] === 'by' || (words[k - 1] === 'the' && words[k - 2] === 'by')))) break;
    members.push(m);
    positions.push(k);
    let next = k + step;
    if (step === -1 && words[next] === 'the') next--;
    if (words[next] !== ',' && words[next] !== 'and') break;
    // A lone comma forward joins a member only inside a list that goes on ("by A, B and C"), not before a new clause ("by the US, Qorva stepped in").
    const lone = step === 1 && words[next] === ',' && words[next + 1] !== 'and';
    next += step;
    if (words[next] === 'and' || words[next] === ',') next += step;
    if (lone) {
      const after = words[next] === 'the' ? next + 1 : next;
      if (!/^(?:,|and|or)$/.test(words[after + 1] ?? '')) break;
    }
    if (step === -1 && words[next] === 'the') next--;
    k = next;
  }
  if (members.length === 0) return undefined;
  if (step === -1) {
    members.reverse();
    positions.reverse();
  }
  return { members, first: positions[0]!, last: positions.at(-1)! };
}

/** Participles between an act's noun and its object: "sanctions imposed on Zenco". */
const IMPOSED = new Set(['imposed', 'placed', 'levied', 'announced', 'slapped', 'introduced', 'enforced']);
/** Done auxiliaries of a passive, not a plan or a hedge: "have been", "were now", "had already been" ("will be", "could be" are not). */
const DONE_PASSIVE_AUX = /^(?:has|have|had|been|was|were|now|already|since|also|finally|officially|formally)$/;
/** "tariffs have been imposed on …", "duties were levied upon …": where the participle's preposition stands, past done auxiliaries. */
function passiveImposedAt(words: readonly string[], after: number): number | undefined {
  let k = after;
  while (k < after + 4 && DONE_PASSIVE_AUX.test(words[k] ?? '')) k++;
  if (k === after || !/^(?:been|was|were)$/.test(words[k - 1]!) || !PASSIVE_IMPOSED.has(words[k] ?? '')) return undefined;
  if (liftedLater(words, k + 2)) return undefined;
  return /^(?:on|upon|against)$/.test(words[k + 1] ?? '') ? k + 1 : undefined;
}
/** Verbs of a rank taken from another: "overtook", "surpassed". */
const RANK_TAKEN_VERBS = /^(?:overt[oa]ok|overtakes?|overtaken|surpass(?:ed|es)?|replaced?|replaces|displaced?|dethroned|unseated|leapfrogged|eclipsed|supplanted)$/;
/** A rank in no market after the object: "Qorva as the largest taxpayer", "Qorva as its biggest polluter". */
const NON_MARKET_RANK_AFTER = new RegExp(`^as (?:the |its |their )?(?:[a-z]+-)?(?:largest|biggest|top|leading|second|third|main|single|most [a-z]+) (?:[a-z-]+ )?(?:${NON_MARKET_RANKS})$`);
/** Whether a name after `from` is followed by a rank held in no market. */
function rankedOutsideMarket(words: readonly string[], from: number): boolean {
  let k = from;
  if (words[k] === 'the') k++;
  if (mentionAt(words, k) === undefined) return false;
  for (let n = 2; n <= 5; n++) if (NON_MARKET_RANK_AFTER.test(words.slice(k + 1, k + 1 + n).join(' '))) return true;
  return false;
}
/** Participles that end a measure: "imposed on Zembla in 2018 and lifted in 2019". */
const LIFTED: ReadonlySet<string> = new Set(['lifted', 'scrapped', 'removed', 'repealed', 'rescinded', 'abolished', 'dropped', 'withdrawn', 'revoked', 'ended', 'overturned']);
/**
 * Whether the clause after a passive "imposed on" goes on to end the measure: "were imposed on Zembla in 2018 and lifted in 2019",
 * "had been imposed on Zembla until they were lifted in May" (fixer fxr90c).
 */
function liftedLater(words: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 14) && !/^[.;:!?]$/.test(words[k]!); k++) {
    if (!LIFTED.has(words[k]!)) continue;
    const before = words.slice(Math.max(from, k - 4), k);
    if (before.some((w) => /^(?:and|until|but|before|then|later|since)$/.test(w))) return true;
  }
  return false;
}
/** Participles by which states impose an act on a target named before, in the passive: "curbs on Zenco were imposed by A and B". */
const PASSIVE_IMPOSED: ReadonlySet<string> = new Set(['imposed', 'placed', 'levied', 'slapped', 'enforced']);

/**
 * "Ruritania joins (or joined) A and B in banning Zapp", "Borduria followed the US in imposing sanctions on Zenco":
 * the actors of the gerund with the subject of "join" or "follow" added.
 */
function withJoiner(words: readonly string[], actors: MentionList, lists: ReadonlyMap<number, MentionList>, fits: (list: MentionList) => boolean): MentionList {
  const verb = words[actors.first - 1] === 'the' ? actors.first - 2 : actors.first - 1;
  if (!/^(?:joins|joined|join|joining|follows|followed|follow|following)$/.test(words[verb] ?? '') || words[actors.last + 1] !== 'in') return actors;
  const joiner = subjectsBefore(words, verb, lists).find(fits);
  return joiner && joiner !== actors ? { members: [...joiner.members, ...actors.members], first: joiner.first, last: actors.last } : actors;
}

/** Verbs that bring an act into force, before "the Zapp ban": issued, imposed, announced, enacted … */
const ACT_VERB = /^(?:issu|impos|announc|enact|introduc|declar|extend|order|approv|sign|enforc|implement|reinstat|upheld|uphold)(?:e|es|ed|ing|s)?$/;

/**
 * "Zenco competes through its brands Vexa and Plix", "competes via its Zeta app": what a firm competes through or with as its own is
 * its means, not a rival; a name after "with", "against" or "than" past them still is ("competes through its brands with Qorva") (rf91; helper fpx93).
 * So is what it competes by doing ("competes by adding Zeta"), but "competes by undercutting Qorva" names a rival: only a gerund of
 * adding or making (BY_MEANS_GERUNDS).
 */
const BY_MEANS_GERUNDS: ReadonlySet<string> = new Set(['adding', 'launching', 'introducing', 'offering', 'releasing', 'building', 'developing', 'creating', 'rolling', 'unveiling', 'bundling', 'expanding', 'improving', 'upgrading']);
function competesThroughOwn(words: readonly string[], after: number, first: number): boolean {
  const between = words.slice(after, first);
  // "chose to compete by adding ZenRadio", "competes by launching Zeta": a means told by a gerund after "by" (helper dva93, set 89).
  const means = between.findIndex((w, i) => w === 'through' || w === 'via' || w === 'using' || (w === 'by' && BY_MEANS_GERUNDS.has(between[i + 1] ?? '')));
  // "competes by offering lower prices than Qorva": a name after "than" is the one compared with, a rival (review rr93e).
  return means >= 0 && !between.slice(means).some((w) => w === 'with' || w === 'against' || w === 'to' || w === 'from' || w === 'than');
}

/** Making participles that describe a noun before them: "a game designed for …", "a chip built for …". */
const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set(['designed', 'built', 'made', 'developed', 'created', 'engineered', 'crafted', 'tailored', 'optimised', 'optimized']);
/** Prepositions after such a participle: "designed for", "built to", "made with". */
const AFTER_DESCRIBING_PARTICIPLE: ReadonlySet<string> = new Set(['for', 'to', 'with', 'around', 'using', 'specifically', 'especially', 'primarily', 'mainly', 'exclusively']);
/** Words before a making participle that make it a finite verb or a firm's own: auxiliaries, relatives, a firm's nouns. */
const FINITE_BEFORE_PARTICIPLE = /^(?:has|have|had|having|and|or|but|which|that|who|it|they|we|also|jointly|company|firm|studio|startup|start-up|maker|developer|publisher|group|team|lab|unit|subsidiary|@\d+|its@\d+|[a-z]+ly)$/;
/** Whether the making participle at `t` describes the common noun before it ("a party game designed for the Vexa console"). */
function describingParticiple(words: readonly string[], t: number): boolean {
  if (!DESCRIBING_PARTICIPLES.has(words[t] ?? '') || !AFTER_DESCRIBING_PARTICIPLE.has(words[t + 1] ?? '')) return false;
  // "models designed for complex reasoning ("Pro" and "Ultra")": a name in brackets or quotes after the phrase names the described
  // thing itself, whose maker the clause's subject is (real-dev: Gemini's tiers).
  for (let k = t + 1; k < words.length && !/^@\d+$/.test(words[k]!); k++) if (/^[("“']$/.test(words[k]!)) return false;
  const before = words[t - 1] ?? '';
  return /^[a-z][a-z-]*$/.test(before) && !FINITE_BEFORE_PARTICIPLE.test(before) && /^(?:a|an|the|its|their|its@\d+|new|first|latest|[a-z-]+)$/.test(words[t - 2] ?? '');
}

/** People of a firm whose past work "whose" tells: "whose founders", "whose veterans". */
const FIRMS_PEOPLE = /^(?:founders?|co-founders?|cofounders?|veterans?|alumni|staff|employees|developers|designers|leads|members|creators|executives|people|team)$/;
/** Words of past work between those people and the making verb: "previously", "once", "have all". */
const PAST_WORK_WORDS = /^(?:previously|formerly|once|earlier|before|had|have|has|all|also|both|each|collectively|together|worked|working|on)$/;
/**
 * Whether "whose <people>" stands right before the making verb at `t`, with words of past work between ("whose founders previously
 * worked on Zeta"): a founder's or veteran's past work, or any firm's people's when a past word says it was before.
 */
function peoplesPastWorkBefore(words: readonly string[], t: number): boolean {
  let k = t - 1;
  let past = false;
  while (k >= 0 && PAST_WORK_WORDS.test(words[k]!)) {
    if (/^(?:previously|formerly|once|earlier|before)$/.test(words[k]!)) past = true;
    k--;
  }
  if (k < 1 || !FIRMS_PEOPLE.test(words[k]!)) return false;
  const whose = words[k - 1] === 'whose' ? k - 1 : words[k - 2] === 'whose' && /^[a-z-]+$/.test(words[k - 1]!) ? k - 2 : -1;
  return whose >= 0 && (past || /^(?:founders?|co-founders?|cofounders?|veterans?|alumni)$/.test(words[k]!));
}

/** Words that make a maker's noun a firm's own unit: "Qorva's internal studio", "its first-party developer". */
const OWN_UNIT_WORDS: ReadonlySet<string> = new Set(['internal', 'in-house', 'inhouse', 'first-party', 'own', 'sister', 'subsidiary', 'wholly-owned', 'affiliated', 'flagship']);

/** Verbs of a site or a venue that holds another's event: "will host the first launch", "staged the launch of". */
const HOSTING_VERBS = /^(?:host|hosts|hosted|hosting|stage|stages|staged|staging)$/;

/**
 * Whether the launch noun at `t` is hosted by the clause's subject ("Zemport will host the first launch for another rocket maker,
 * Qorva", "hosted launches of the Z1 rocket"), up to three describing words between, with no "its", "their" or "own" before the
 * thing launched ("Qorva hosted the launch of its Z1 phone" stays the host's own).
 */
function hostsOthersLaunch(words: readonly string[], t: number): boolean {
  if (!/^(?:launch(?:es)?|debut)$/.test(words[t]!)) return false;
  let k = t - 1;
  while (k >= t - 4 && k >= 0 && /^(?:the|a|an|first|second|third|next|maiden|debut|inaugural|upcoming|planned|orbital|commercial|test|latest|[a-z]+-[a-z]+)$/.test(words[k]!)) k--;
  if (k < 0 || !HOSTING_VERBS.test(words[k]!)) return false;
  // "host the debut launch of Z1": the launch noun after "debut" is the same event.
  const rest = words.slice(words[t + 1] === 'launch' ? t + 2 : t + 1, t + 9);
  const named = rest.findIndex((w) => /^@\d+$/.test(w));
  if (rest.slice(0, named < 0 ? rest.length : named).some((w) => /^(?:its|their|own)(?:@\d+)?$/.test(w))) return false;
  // "hosted the first launch of the Zeta rocket it built": a relative clause makes the thing the host's own.
  if (named >= 0 && rest.slice(named + 1, named + 3).some((w) => w === 'it' || w === 'we')) return false;
  // Also set off after the name: "the Zeta 1, its first orbital rocket", "the Zeta rocket, which it developed" (review rr93b).
  if (named >= 0) {
    const after = rest.slice(named + 1, named + 5);
    const comma = after.indexOf(',');
    if (comma >= 0 && comma <= 1 && (/^(?:its|their|our)(?:@\d+)?$/.test(after[comma + 1] ?? '') || (/^(?:which|that)$/.test(after[comma + 1] ?? '') && /^(?:it|we)$/.test(after[comma + 2] ?? '')))) return false;
  }
  // A maker hosts the launch of its own goods ("Zenco hosted the launch of the Zeta phone"): only a launch "for" a client, or one of
  // a rocket or a spacecraft, has a site for host.
  // A launch "for" a firm ("for another rocket maker, Qorva") has a client, not a thing, after it.
  const upToName = rest.slice(0, named < 0 ? rest.length : named);
  return (rest[0] === 'for' && upToName.some((w) => LAUNCH_CLIENTS.test(w))) || rest.some((w) => SPACE_LAUNCHED.test(w));
}

/** Things a launch site sends up: its host is the site, not their maker. */
const SPACE_LAUNCHED = /^(?:rockets?|launchers?|satellites?|spacecraft|capsules?|probes?|boosters?)$/;
/** Firms a launch is "for": the site's clients. */
const LAUNCH_CLIENTS = /^(?:makers?|builders?|company|companies|firms?|startups?|start-ups?|customers?|clients?|operators?|providers?)$/;

/**
 * "launched a sub-brand with Jana Qorvic's Zeta", "launched a phone with Qorva's Zeta chip": a name owned by another after "with"
 * is the partner's or the supplier's thing, not the launcher's (fresh sample s82f; helper fpx93).
 */
function partnersThingAfterWith(words: readonly string[], after: number, first: number): boolean {
  const between = words.slice(after, first);
  const withAt = between.indexOf('with');
  const possessive = between.indexOf("'s", withAt);
  // "with the world's thinnest screen, the Zeta Slim": a superlative's frame owns nothing (review rr93b).
  return withAt >= 0 && possessive > withAt && !NOT_OWNER_POSSESSORS.test(between[possessive - 1] ?? '');
}

/** Possessors that frame a superlative and own nothing: "the world's thinnest", "the industry's first". */
const NOT_OWNER_POSSESSORS = /^(?:world|industry|market|country|nation|sector|segment|year|season|planet|company|firm|group|brand|today)$/;

/** Words that name what follows or precedes them as an airline's or a shipper's routes. */
const ROUTE_NOUNS = /^(?:routes?|city pairs?|corridors?|sectors?)$/;

/**
 * "operates routes such as Alpha-Beta and Gamma-Delta", "flies the Alpha-Beta and Gamma-Delta routes": route pairs a carrier flies
 * are no things it makes (fresh sample s82c; helper fpx93).
 */
function namedAsRoutes(words: readonly string[], after: number, l: MentionList): boolean {
  // Only the phrase the name belongs to: past the route noun, a list's words and other names, no other noun ("launched new routes
  // and a loyalty app, Zeta Miles" names an app; review rr93b).
  const between = words.slice(after, l.first);
  let r = between.length - 1;
  while (r >= 0 && !ROUTE_NOUNS.test(between[r]!)) r--;
  const listed = r >= 0 && between.slice(r + 1).every((w) => /^(?:such|as|like|including|includes|between|from|to|:|,|and|or|the|@\d+|[-–—])$/.test(w));
  return listed || ROUTE_NOUNS.test(words[l.last + 1] ?? '');
}

/** Role words that make "brand" a job's modifier: "brand chief", "brand director". */
const BRAND_ROLE_WORDS = /^(?:chief|head|director|directors|manager|managers|officer|executive|president|vice-president|boss|lead|leader|ambassador|ambassadors|strategist|consultant|designer|founder|co-founder|editor|partner|spokesman|spokeswoman|spokesperson|vp|ceo|cmo|coo|cfo)$/;

/** Nouns of a brand a group owns: "Zenco's flagship brand Zeta", "Zenco's Zeta label". */
const SUBJECT_BRAND_NOUNS = /^(?:brand|label|marque|chain|banner|imprint)$/;

/**
 * Whether `owner` only qualifies the brand that is the subject of the verb at `t`: "Zenco's flagship brand Zeta is set to launch
 * its Zeta Pre-Owned platform", "Zenco's Zeta label will release …" (the thing is the brand's; fresh sample s82f; helper fpx93).
 */
function ownerOfSubjectBrand(words: readonly string[], owner: MentionList, t: number): boolean {
  if (words[owner.last + 1] !== "'s") return false;
  let k = owner.last + 2;
  let noun = false;
  let role = false;
  for (; k < owner.last + 6 && /^[a-z][a-z-]*$/.test(words[k] ?? ''); k++) {
    noun ||= SUBJECT_BRAND_NOUNS.test(words[k]!);
    role ||= BRAND_ROLE_WORDS.test(words[k]!);
  }
  // "Zenco's brand chief Jane Roe unveiled …": a role's holder is a person, no brand (review rr93b).
  if (role) return false;
  const brand = mentionAt(words, k);
  if (brand === undefined || k >= t) return false;
  return noun || SUBJECT_BRAND_NOUNS.test(words[k + 1] ?? '');
}

/**
 * Phrases ending in "of" that make their object a base, a stand-in or a time, not the thing made: "launched broadcasting on the basis
 * of Borin TV", "launched Zeta in place of Qorva's Vexa", "released it ahead of Vexa" (helper dvo93, from the eighty-sixth set).
 */
const PHRASE_PREPOSITIONS_OF = /(?:^| )(?:on the basis|on the back|on top|in place|instead|ahead|in the wake|in the footsteps|in the style|on the model|in the mould|in the mold|along the lines)$/;

/** Whether a phrase preposition ending in "of" stands, after the verb, right before the name at `first` (determiners aside). */
function afterPhrasePreposition(words: readonly string[], after: number, first: number): boolean {
  const k = firstBefore(words, first);
  if (k < after || words[k] !== 'of') return false;
  return PHRASE_PREPOSITIONS_OF.test(words.slice(Math.max(after, k - 4), k).join(' '));
}

/** Nouns of an event where entrants compete, whose venue is named after "on", "at" or "hosted on": "contests on Qorva". */
const CONTEST_EVENT_NOUNS: ReadonlySet<string> = new Set(['contest', 'contests', 'competition', 'competitions', 'challenge', 'challenges', 'tournament', 'tournaments', 'hackathon', 'hackathons', 'olympiad', 'olympiads', 'leaderboard', 'leaderboards']);

/**
 * "Zeta can compete at a human level in programming contests on Qorva", "competed in challenges hosted at Vexa": the name after the
 * event's "on" or "at" is the platform that hosts the contest, no rival (helper fls94, fresh sample s90a). "competes with Qorva in
 * contests" keeps Qorva, named before the event. `t` is the trigger's index: a noun trigger may be the event ("challenges on Qorva").
 */
function isContestVenue(words: readonly string[], t: number, first: number): boolean {
  const k = firstBefore(words, first);
  if (k <= t || !/^(?:on|at|via)$/.test(words[k]!)) return false;
  // From the trigger on: "challenges on Qorva" is a noun trigger's own venue.
  for (let j = k - 1; j >= t && j >= k - 4; j--) if (CONTEST_EVENT_NOUNS.has(words[j]!)) return true;
  return false;
}

/**
 * Whether the name at `first` owns the prize a contest is for: "competing for the shares of Pinto", "vying for control of Pinto". The
 * words from "for" right after the trigger up to "of" are the prize (plain words only); its owner is no rival (helper cnt96, from
 * stop 96's ninety-fourth fresh sample). "compete for customers with Qorva" has no "of"; "for a rival of Qorva" is a rival's noun.
 */
function prizeOwnerAfterFor(words: readonly string[], after: number, first: number): boolean {
  const of = firstBefore(words, first);
  if (words[after] !== 'for' || words[of] !== 'of' || of <= after + 1 || of - after > 5) return false;
  for (let k = after + 1; k < of; k++) if (!/^[a-z0-9-]+$/.test(words[k]!) || PREPOSITIONS.has(words[k]!) || PARTY_NOUNS.has(words[k]!) || RIVAL_BEFORE_FOR.has(words[k]!)) return false;
  return true;
}

/** The index of the word before a noun phrase starting at `first`, past its determiners. */
function firstBefore(words: readonly string[], first: number): number {
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an|its|their|its@\d+)$/.test(words[k]!)) k--;
  return k;
}

const isList = (l: MentionList | undefined): l is MentionList => l !== undefined;

function isPassive(words: readonly string[], t: number): boolean {
  // "is adding Y to the list" is active: only a participle after "be" is passive.
  if (words[t]!.endsWith('ing')) return false;
  let k = t - 1;
  while (k >= 0 && ADVERBS.test(words[k]!)) k--;
  if (BE.has(words[k] ?? '') || (words[k] === 'has' && words[k + 1] === 'been')) return true;
  // "Zenco is among 16 entities added to the list by X", "firms hit with sanctions": a participle right after firms it describes.
  return FIRM_NOUNS.has(words[t - 1] ?? '') && /^(?:[a-z]+ed|hit|struck|put|given)$/.test(words[t]!);
}

/** "@1 , which @2 <verb>", "the @1 that @2 <verb>": the antecedent whose relative clause has `subject` for subject. */
function objectRelativeOf(words: readonly string[], subject: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const k = subject.first - (words[subject.first - 1] === 'the' ? 2 : 1);
  if (words[k] !== 'which' && words[k] !== 'that') return undefined;
  const m = mentionAt(words, words[k - 1] === ',' ? k - 2 : k - 1);
  return m === undefined ? undefined : lists.get(m);
}

/** "slapped @1 with a ban", "hit @1 and @2 with new sanctions": the list between an active light verb and "with" before the noun at `t`. */
function objectBeforeWith(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): { list: MentionList; verb: number } | undefined {
  let k = t - 1;
  while (k > t - 4 && k > 0 && (/^(?:a|an|the|export|its|their)$/.test(words[k]!) || ACT_DESCRIBERS.has(words[k]!))) k--;
  if (words[k] !== 'with') return undefined;
  const m = mentionAt(words, k - 1);
  const list = m === undefined ? undefined : lists.get(m);
  if (!list) return undefined;
  const verb = words[list.first - 1] === 'the' ? list.first - 2 : list.first - 1;
  return /^(?:slaps|slapped|slap|hits|hit|targets|targeted|target|threatens|threatened)$/.test(words[verb] ?? '') && !isPassive(words, verb) ? { list, verb } : undefined;
}

/** Passive light verbs by which the subject undergoes a noun's act: "was handed a ban", "was hit with sanctions". */
const UNDERGO = /^(?:handed|given|served|slapped|hit|struck)$/;
/** Participles before "by" by which the subject undergoes a noun's act: "targeted by US sanctions". */
const UNDERGO_BY = /^(?:targeted|hit|affected|covered|crippled|hobbled|battered|squeezed)$/;

/**
 * "Under US sanctions since 2020, Zenco …", "Under sanctions by the US, Zenco …": the subject right after the comma that closes an
 * "under" adjunct opening the sentence, the act's noun inside it with its owner, describers and a date or an agent (helper tar89b).
 */
function subjectAfterFrontedUnder(words: readonly string[], t: number, after: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = t - 1;
  while (k > 0 && (/^(?:the|'s|and|,|heavy|tough|strict|sweeping|export)$/.test(words[k]!) || ACT_DESCRIBERS.has(words[k]!) || DEMONYM_SHAPE.test(words[k]!) || mentionAt(words, k) !== undefined)) k--;
  if (k !== 0 || words[0] !== 'under') return undefined;
  for (let c = after; c < words.length && c <= after + 8; c++) {
    if (words[c] === ',') {
      const subject = mentionAt(words, c + 1);
      return subject === undefined ? undefined : lists.get(subject);
    }
    if (HARD_STOPS_AFTER_UNDER.has(words[c]!)) return undefined;
  }
  return undefined;
}
/** Marks and words that end an "under" adjunct without a comma: it is then no fronted adjunct of the clause that follows. */
const HARD_STOPS_AFTER_UNDER: ReadonlySet<string> = new Set(['.', ';', ':', '(', 'that', 'which', 'who']);

/**
 * "was handed a ban", "were hit with new sanctions", "is among firms targeted by US sanctions",
 * "is subject to export controls", "remains under US sanctions": the noun at `t` (its possessor
 * aside) is what its clause's subject undergoes.
 */
function undergoes(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): boolean {
  let k = t - 1;
  // "under American sanctions": a state's adjective (its owner, found by demonymOwners) is skipped like the others.
  // "under Ruritanian and Borduran sanctions": coordinated adjectives too.
  // "faces a 25 % duty in the US": a trade measure's rate before its noun (helper tar89).
  const rated = isRatedMeasure(words[t] ?? '');
  // "numerous American sanctions", "successive rounds of American export controls": counts and a batch's "of" too (helper rsx95).
  // "faces a US import ban": the trade it falls on too (helper nominal).
  const skipped = (w: string): boolean => /^(?:a|an|the|outright|nationwide|temporary|total|blanket|partial|export|'s)$/.test(w) || ACT_DESCRIBERS.has(w) || MEASURE_QUANTIFIERS.has(w) || MEASURE_TRADE_MODIFIERS.has(w);
  while (k > t - 6 && k > 0 && (skipped(words[k]!) || DEMONYM_SHAPE.test(words[k]!) || ((words[k] === 'and' || words[k] === ',') && DEMONYM_SHAPE.test(words[k - 1] ?? ''))
    || (rated && (/^[0-9][0-9.,]*$/.test(words[k]!) || /^(?:%|percent|per|cent)$/.test(words[k]!))))) k--;
  const owner = mentionAt(words, k);
  if (owner !== undefined) k = (lists.get(owner)?.first ?? k) - 1;
  if (words[k] === 'of' && MEASURE_BATCHES.has(words[k - 1] ?? '')) for (k -= 2; k > 0 && skipped(words[k]!);) k--;
  while (k > 0 && (/^(?:the|a|an)$/.test(words[k]!) || ACT_DESCRIBERS.has(words[k]!))) k--;
  if (words[k] === 'with') return UNDERGO.test(words[k - 1] ?? '') && isPassive(words, k - 1);
  if (words[k] === 'by') return UNDERGO_BY.test(words[k - 1] ?? '');
  if (words[k] === 'to') return UNDERGOING_TO.has(words[k - 1] ?? '');
  // "Zenco was the target of sanctions from A and B", "has become the latest target of US curbs".
  if (words[k] === 'of' && /^(?:target|subject)$/.test(words[k - 1] ?? '')) {
    let v = k - 2;
    while (v > 0 && /^(?:the|a|an|latest|newest|main|primary|prime|first|biggest|chief|frequent|repeated|also|now|already|since|long)$/.test(words[v]!)) v--;
    return BE.has(words[v] ?? '');
  }
  if (words[k] === 'under') {
    // "is also under US sanctions", "fell under Ruritanian sanctions", "remains under sanctions".
    let v = k - 1;
    while (v > 0 && /^(?:already|also|now|still|even|long|since)$/.test(words[v]!)) v--;
    return BE.has(words[v] ?? '') || words[v] === ',' || /^(?:fell|fall|falls|fallen|falling|came|come|comes|coming|placed|put)$/.test(words[v] ?? '') || v < k - 1;
  }
  // "Zembla faces sanctions from Ruritania", "Zenco faced a ban": the subject of facing undergoes the act.
  return (UNDERGO.test(words[k] ?? '') && isPassive(words, k)) || FACING.has(words[k] ?? '');
}


/** Doings a ban may fall on instead of a firm or its goods: "a ban on advertising", "a ban on new hires", "a ban on dividends". */
const ACTIVITY_NOUNS: ReadonlySet<string> = new Set(['advertising', 'advertisements', 'ads', 'marketing', 'promotions', 'hiring', 'hires', 'recruitment', 'lending', 'borrowing', 'dividends', 'bonuses', 'buybacks', 'mergers', 'acquisitions', 'deals', 'donations', 'travel', 'flights', 'fundraising', 'lobbying', 'sponsorship', 'sponsorships', 'layoffs', 'strikes']);
/** Gerunds of trade that keep the act on the firm: "a ban on selling in Ruritania". */
const TRADE_GERUNDS: ReadonlySet<string> = new Set(['selling', 'importing', 'exporting', 'shipping', 'trading', 'operating', 'doing', 'supplying', 'providing', 'offering', 'distributing']);

/**
 * Whether the act's noun ending before `after` falls "on" a doing rather than a party: "a ban on advertising", "a ban on new
 * hiring", "a ban on its advertising" (helper nominal). The subject that faces such an act is not what it bans.
 */
function actOnActivity(words: readonly string[], after: number): boolean {
  if (words[after] !== 'on') return false;
  let k = after + 1;
  while (/^(?:the|all|any|new|further|its(?:@\d+)?|their(?:@\d+)?|online|public|political|cross-border)$/.test(words[k] ?? '')) k++;
  const w = words[k] ?? '';
  return ACTIVITY_NOUNS.has(w) || (/^[a-z]+ing$/.test(w) && !TRADE_GERUNDS.has(w));
}

/** Shaped like a state's adjective ("american", "british", "japanese", "israeli"): only skipped, never read as a state here. */
const DEMONYM_SHAPE = /^[a-z]{3,}(?:an|ese|ish|i)$/;

/** Rivalry nouns whose "of" names every party: "a duopoly of A and B". */
const CLOSED_RIVALRIES: ReadonlySet<string> = new Set(['duopoly']);

/** Verbs by which the subject meets an act: "faces sanctions", "has suffered sanctions from", "drew sanctions from". */
/** Words of a hedge or a negation right before a facing verb: "may face", "is likely to face", "has never faced". */
const FACING_HEDGE_WORDS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'will', 'can', 'should', 'is', 'are', 'was', 'were', 'be', 'likely', 'unlikely', 'set', 'to', 'now', 'also', 'still', 'soon', 'eventually', 'probably', 'never', 'not', 'has', 'have', 'had', 'risks', 'risk']);

/**
 * Where the hedge on a facing verb starts: the unbroken run of hedge words just before it ("Zenco may face US sanctions"). A
 * comma ends it, so a relative clause's words are not the facing's ("Zenco, which did not comment, faces US sanctions").
 */
function facingHedgeStart(words: readonly string[], facing: number): number {
  let k = facing;
  while (k > 0 && facing - k < 4 && FACING_HEDGE_WORDS.has(words[k - 1] ?? '')) k--;
  return k;
}

/** Verbs of undergoing an act: "faces sanctions", "received sanctions" (UNDERGONE_RECEIVING, with NOUN_BEFORE). */
const FACING = new Set(['faces', 'face', 'faced', 'facing', 'suffered', 'suffers', 'suffer', 'suffering', 'endured', 'incurred', 'drew', 'draws', 'attracted', ...UNDERGONE_RECEIVING]);

/**
 * A firm's people who speak or bargain for it, and impose no act: "Apple's executives", "Zenco's lawyers". Not its board or managers,
 * who may ban things in the firm's own store ("Zenco's board imposed a ban on Zapp").
 */
const FIRMS_AGENTS = /^(?:executives|lawyers|attorneys|lobbyists|negotiators|representatives|shareholders|investors)$/;

/** Plural nouns of unnamed parties whose reduced relative a facing participle opens ("clients facing …", "firms hit by …"). */
const UNNAMED_PARTIES = new Set([...FIRM_NOUNS, 'clients', 'customers', 'partners', 'investors', 'buyers', 'users', 'consumers', 'households', 'countries', 'nations', 'economies', 'sectors', 'industries', 'rivals', 'peers', 'competitors', 'counterparts', 'sellers', 'shops', 'retailers']);

/**
 * Whether the act noun at `t` is the object of "facing" (or "suffering", "hit by") right after a plural noun of parties, a few words
 * before it ("clients facing American sanctions", "firms facing new export curbs"): the noun's parties undergo it.
 */
function facedByUnnamedParties(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 5; k--) {
    const w = words[k]!;
    const facing = w === 'facing' || w === 'suffering' || (w === 'by' && words[k - 1] === 'hit' && UNNAMED_PARTIES.has(words[k - 2] ?? ''));
    if (facing) return UNNAMED_PARTIES.has(words[w === 'by' ? k - 2 : k - 1] ?? '');
    // The act's owner may stand between: "clients facing US sanctions", "… facing Ruritania's curbs".
    if (mentionAt(words, k) !== undefined || w === "'s") continue;
    if (!/^[a-z][a-z.-]*$/.test(w) || w === 'and' || w === 'or' || w === 'of' || w === 'on') return false;
  }
  return false;
}

/** "Zenco and its closest rival, Kappa": the name "its" stands for, coordinated just before it. */
function coordinatedOwner(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  let k = t - 1;
  while (k > t - 4 && k > 0 && words[k] !== 'its' && /^[a-z][a-z-]*$/.test(words[k]!)) k--;
  if (words[k] !== 'its' || words[k - 1] !== 'and') return undefined;
  const m = mentionAt(words, k - 2);
  return m === undefined ? undefined : lists.get(m);
}

/** Words that set players in a market: "big players like A and B" compete only where a market is said. */
const MARKET_WORDS = new Set(['market', 'markets', 'industry', 'sector', 'space', 'segment', 'arena', 'field', 'trade', 'business', 'competition', 'competitive', 'crowded', 'race', 'rivalry']);

/**
 * Whether the players noun at `t` is what someone competes with or against, within three words: "in close competition with the biggest
 * players", "up against players" (not "Competition has stiffened, with big players like A and B", where the players compete).
 */
function playersFaced(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= t - 3 && k >= 0; k--) if (words[k] === 'against' || (words[k] === 'with' && CONTEST_BEFORE_WITH.has(words[k - 1] ?? ''))) return true;
  return false;
}
/** Whether the words after a list put pressure on a firm named after them: "… exert competitive pressure on Zenco". */
function pressesNamedFirmAfter(words: readonly string[], last: number): boolean {
  for (let k = last + 1; k < Math.min(words.length - 1, last + 12); k++) {
    if (/^[.;:]$/.test(words[k]!)) return false;
    if (words[k] === 'pressure' && /^(?:on|upon)$/.test(words[k + 1] ?? '') && (mentionAt(words, k + 2) !== undefined || (words[k + 2] === 'the' && mentionAt(words, k + 3) !== undefined))) return true;
  }
  return false;
}

/** Words of a contest before "with": "competition with", "battling with". */
const CONTEST_BEFORE_WITH: ReadonlySet<string> = new Set(['competition', 'compete', 'competes', 'competed', 'competing', 'rivalry', 'battle', 'battles', 'battling', 'war', 'race', 'racing', 'contend', 'contends', 'contending', 'vie', 'vies', 'vying']);

/**
 * Words of an act that struck the players a sentence names: "Among those affected were industry players such as A, B and C"
 * lists who was hit, not who competes (stop 72's fourteenth set: 21 false rivalries from one such list).
 */
const STRUCK_WORDS: ReadonlySet<string> = new Set(['affected', 'impacted', 'hit', 'targeted', 'blocked', 'banned', 'fined', 'sanctioned', 'penalised', 'penalized', 'sued', 'suspended', 'blacklisted', 'warned', 'ordered', 'raided', 'charged']);

/**
 * "Competition has stiffened, with big players like A, B and C", "A, B and C are the key players in
 * the chip market": the players of a market named in the sentence, who compete with each other.
 */
function marketPlayers(words: readonly string[], t: number, after: number, lists: ReadonlyMap<number, MentionList>, objects: (from: number, reach?: number) => MentionList[]): MentionList | undefined {
  if (!words.some((w) => MARKET_WORDS.has(w)) || words.some((w) => STRUCK_WORDS.has(w))) return undefined;
  const next = words[after] ?? '';
  // "dominated by three players - A, B and C": a dash sets the list off as a colon does (fresh sample s83b; helper rvl94).
  const from = next === 'such' && words[after + 1] === 'as' ? after + 2 : /^(?:like|including|:|-|–|—|--|are|were|include|included)$/.test(next) ? after + 1 : -1;
  const named = from >= 0 ? objects(from, 4)[0] : undefined;
  if (named && named.first <= from + 1 && named.members.length >= 2) return named;
  // "A, B and C are the (two) biggest players": the subject list of a copula before the noun.
  const subject = subjectsBefore(words, t, lists)[0];
  if (!subject || subject.members.length < 2) return undefined;
  const between = words.slice(subject.last + 1, t);
  return /^(?:are|were|remain|remained|became)$/.test(between[0] ?? '') && between.slice(1).every((w) => /^[a-z0-9-]+$/.test(w)) ? subject : undefined;
}

/** An event's name, held or owned, never made: "the Lipo Festival", "the Zeta Cup", "Vexa Expo". */
const EVENT_NAME = /\b(?:Festival|Fest|Fair|Expo|Awards?|Cup|Championships?|Olympics|Marathon|Grand Prix|Tournament|Carnival|Parade|Summit|Conference|Rally|Regatta)$/;

/** A unit of a firm that handles others' goods, between a possessor and a kind of goods: "Zenco's distribution segment includes brands …". */
function othersGoodsUnitBetween(between: readonly string[]): boolean {
  return between.some((w, i) => OTHERS_GOODS_UNIT_WORDS.test(w) && /^(?:segment|division|business|unit|arm)$/.test(between[i + 1] ?? ''));
}
const OTHERS_GOODS_UNIT_WORDS = /^(?:distribution|distributor|retail|retailing|wholesale|licensing|franchise|franchising|agency|marketing|logistics)$/;

/** Nouns for other firms between a possessor and a kind of goods: "Zenco's rivals in printers", "its partners in phones". */
const OTHERS_FIRMS_BEFORE_KIND = /^(?:rival|rivals|competitor|competitors|partner|partners|customer|customers|client|clients|supplier|suppliers|peers)$/;

/** A coined word the lexicon does not know, with a people's ending: "Ruritanian", "Zemblese" (a place's adjective, no firm). */
function isUnknownDemonym(list: MentionList, mentions: readonly SentenceMention[]): boolean {
  return list.members.length === 1 && mentions[list.members[0]!]!.source === 'unknown' && /^[A-Z][a-z]{3,}(?:ian|ean|ese)$/.test(mentions[list.members[0]!]!.surface);
}

/**
 * Names before a kind of product that are only capitalised English words nobody knows as a name
 * ("Travel and Leisure apps", "Finance apps"): a category, not a maker.
 */
function isCategory(list: MentionList, mentions: readonly SentenceMention[]): boolean {
  return list.members.every((k) => {
    const m = mentions[k]!;
    return m.source === 'unknown' && !m.surface.includes(' ') && !isNameWord(m.surface.toLowerCase());
  });
}

/**
 * Market and aisle headings compromise's word list leaves out, which open a list of brands as its heading: "Retail brands include …",
 * "Household brands such as …", "Luxury labels like …".
 */
const BRAND_HEADING_WORDS: ReadonlySet<string> = new Set(['retail', 'household', 'luxury', 'grocery', 'beauty', 'cosmetics', 'skincare', 'haircare', 'toiletries', 'snack', 'snacks', 'confectionery', 'beverage', 'beverages', 'apparel', 'footwear', 'toy', 'toys', 'sportswear', 'outdoor', 'petcare', 'pet', 'homeware', 'housewares', 'kitchenware', 'cleaning', 'laundry', 'prestige', 'mass-market', 'private-label', 'store', 'discount', 'heritage', 'legacy', 'iconic', 'challenger', 'indie', 'independent', 'emerging', 'niche', 'boutique', 'designer', 'fashion', 'lifestyle', 'wellness', 'organic']);

/** A single common English word opening the sentence, capitalised only there, unknown to the lexicon: "Retail", "Household". */
function isOpeningCommonWord(list: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (list.first !== 0 || list.members.length !== 1) return false;
  const m = mentions[list.members[0]!]!;
  const word = m.surface.toLowerCase();
  return m.source !== 'lexicon' && !m.surface.includes(' ') && (isEnglishWord(word) || BRAND_HEADING_WORDS.has(word));
}

/**
 * The owner of a line named by a product before its noun: "Zenco's Zeta lineup", "its@1 Zeta range" give Zenco and the firm "its" stands for; any other
 * possessor is kept. A product or model names the line; it makes none of its members.
 */
function namedLineOwner(words: readonly string[], t: number, possessor: MentionList | undefined, mentions: readonly SentenceMention[]): MentionList | undefined {
  const line = possessor?.members.length === 1 ? mentions[possessor.members[0]!] : undefined;
  // A name the lexicon knows as a firm owns its own line ("Zenco's Qorva unit"); an unknown name or a product before a line noun is its brand.
  if (!possessor || !line || !(line.type === 'product' || line.type === 'model' || line.source === 'unknown')) return possessor;
  // "Zenco's Qorva unit's portfolio": the name owns the noun, no line named by it.
  if (words.slice(possessor.last + 1, t).includes("'s")) return possessor;
  // "@0 's @1 lineup" is one list, its head the line's name at its last word; "its@0 @1 lineup" has the pronoun before it.
  const at = words[possessor.last - 1] === "'s" ? possessor.last - 2 : possessor.last - 1;
  const owner = /^(?:@|its@)\d+$/.test(words[at] ?? '') ? mentionAt(words, at) : undefined;
  const firm = owner === undefined ? undefined : mentions[owner]!.type;
  return owner !== undefined && (firm === 'company' || firm === 'organization') ? { members: [owner], first: at, last: at } : possessor;
}

/** A bare plural kind of goods or holdings right before an ownership participle: "brands owned by Zenco", "products made by Qorva". */
const BARE_KIND_BEFORE_PARTICIPLE = new RegExp(`^(?:${BARE_HELD_KINDS})$`);
/** A plural kind of made thing ("scooters", "phones", "dehumidifiers"). */
function isPluralMadeKind(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && /^[a-z][a-z-]*$/.test(word) && isMadeKind(word);
}

/** An 's (or a plural's ') within a few lower-case words before the noun at `t`, after a word that is no mention: "the group's existing brands". */
function unnamedPossessorBefore(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 4; k--) {
    const w = words[k]!;
    if (w === "'s" || w === "'") return mentionAt(words, k - 1) === undefined;
    if (/^[a-z][a-z-]*['’]s$/.test(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w) || w === 'and' || w === 'of' || w === 'on' || w === 'by' || w === 'with' || w === 'like') return false;
  }
  return false;
}

/** A participle of forbidding, a few words of goods and a noun of trade, then "to" or "with": "prohibiting oil sales to". */
const TRADE_FORBIDDEN = /^(?:prohibiting|banning|barring|forbidding|outlawing) (?:(?:the|all|any) )?(?:[a-z-]+ ){0,3}(?:sales|exports|shipments|deliveries|transfers|supplies|trade|dealings|transactions) (?:to|with) $/;

/** Where the object of a sanctions noun's forbidden trade begins ("sanctions prohibiting oil sales to Zembla"), or undefined. */
function tradeForbiddenTo(words: readonly string[], after: number): number | undefined {
  for (let end = after + 3; end <= after + 8 && end < words.length; end++) {
    if (!/^(?:to|with)$/.test(words[end - 1] ?? '')) continue;
    if (TRADE_FORBIDDEN.test(words.slice(after, end).join(' ') + ' ') && mentionAt(words, words[end] === 'the' ? end + 1 : end) !== undefined) return end;
  }
  return undefined;
}

/** "X's ban", "X's reported ban", "the Alibaba ban", "U.S. export controls": the list before the noun. */
function possessorBefore(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>, mentions?: readonly SentenceMention[]): MentionList | undefined {
  let reach = t - 4;
  for (let k = t - 1; k >= 0 && k >= reach; k--) {
    const w = words[k]!;
    const m = mentionAt(words, k);
    // "Zenco's main US rival", "its biggest UK competitor": a state's name after the owner's 's only places the noun; the owner is
    // further back (helper rlh94, real rivalry news: the state was read as the owner, and the rival lost or made a product).
    if (m !== undefined && mentions?.[m]?.type === 'government' && statePlacesOwnedNoun(words, k)) {
      reach = Math.max(0, reach - 2);
      continue;
    }
    if (m !== undefined) return lists.get(m);
    if (w === "'s" || w === "'") continue;
    // "Zenco's two rivals", "its two rivals": a count opens the noun phrase, so only an 's or "its" right before it names an owner
    // ("Qorva supplies two rivals of Vexa" owns none; helper cmp90). A count in digits too ("Zenco's 2 rivals", helper cmp90b).
    // For rivals, only when they are another's ("of Vexa") or dealt with, or the verb before the count is no verb of facing or naming:
    // the clause's subject keeps the rivals it faces or names ("Zenco faces two rivals, Qorva and Vexa"; review rr90b), not those it
    // serves ("Zenco advises two rivals, Qorva and Vexa"; review rr90d). Any other noun after a count or a year has no owner before it
    // ("Zenco cited a 2021 prohibition by the FCC").
    if (PLURAL_COUNTS.test(w) && words[k - 1] !== "'s" && words[k - 1] !== "'" && !/^(?:its|their)(?:@\d+)?$/.test(words[k - 1] ?? '') && (!COUNTED_RIVAL_NOUNS.test(words[t] ?? '') || words[t + 1] === 'of' || rivalsDealtWith(words, t) || !facesRivals(words, k - 1))) return undefined;
    if (/^\d+$/.test(w) && PLURAL_COUNTS.test(w)) continue;
    if (!/^[a-z][a-z-]*$/.test(w) || w === 'and' || w === 'of' || w === 'on' || w === 'by') return undefined;
  }
  return undefined;
}

/**
 * Whether `owner` owns the noun at `t` as a possessive does: right before it ("the Zapp ban"), or with an 's or "its" between ("Zapp's
 * suspension", "Zenco's recent blacklisting"); not a name a verb stands between ("The Pentagon solidifies an earlier blacklisting").
 */
function ownsNounAt(words: readonly string[], owner: MentionList, t: number): boolean {
  if (owner.last === t - 1) return true;
  return words.slice(owner.last + 1, t).some((w) => w === "'s" || w === "'" || /^its@\d+$/.test(w));
}

/** Whether the state's name at `k` follows an owner's 's or "its", with at most two describing words between ("Zenco's main US …"). */
function statePlacesOwnedNoun(words: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = words[j]!;
    // Not past an owned noun and its verb: "China's restrictions parallel U.S. bans" (helper ban95).
    if (w === "'s" || /^(?:its|their)(?:@\d+)?$/.test(w)) return !ownedNounThenVerbBetween(words, j, k);
    if (!/^[a-z][a-z-]*$/.test(w) || w === 'and' || w === 'of' || w === 'the') return false;
  }
  return false;
}

/**
 * "… blocked in Ruritania, Borduria and Zembla": the list of states after "in" within a few
 * words of the trigger. Only states: a body ("in the Senate") is where a ban is debated, not who bans.
 */
function statesWhere(words: readonly string[], at: number, lists: ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[], act: string): MentionList | undefined {
  // A name no rule knows is a town only after "in" and a ban's own verb (fix96): "delisted from ZenStore" names a store, "seized in
  // Rotterdam" only where the goods were taken.
  const townsAct = KEEPING_OUT_ACTS.has(act);
  const statesAt = (i: number): MentionList | undefined => {
    const m = mentionAt(words, words[i] === 'the' ? i + 1 : i);
    const list = m === undefined ? undefined : lists.get(m);
    const afterIn = words[i - 1] === 'in';
    return list && list.members.every((k) => isState(mentions[k]!) || isTownAt(mentions[k]!, words, list.first, list.last, townsAct && afterIn)) ? list : undefined;
  };
  // "Zeta is banned from Ruritania", "barred from Zembla's market": the state it is kept out of (stop 60's readers).
  // "Zenco was banned from operating in Ruritania", "barred from doing business in Zembla": the state it may not work in (helper
  // imp96, real ride-hailing news: the gerund stood where the state was looked for).
  if (words[at + 1] === 'from' && OPERATING_GERUNDS.test(words.slice(at + 2, at + 5).join(' '))) return statesAt(words.indexOf('in', at + 2) + 1);
  if (words[at + 1] === 'from' && BAN_PROPER_VERBS.has(act) && BANNED_FROM_SALE.test(words.slice(at + 2, at + 4).join(' '))) {
    // "banned from use in Zembla's hospitals": the hospitals' own rule, not the state's.
    const where = statesAt(at + 4);
    return where && words[where.last + 1] !== "'s" ? where : undefined;
  }
  // "banned from food products in A, B and C": past the goods kept free of it, the states where it is banned (helper ing98, real
  // news on food additives); a state right after "from" is the one it is kept out of.
  // Only after a ban's own verb: "removed from sale in Zembla" tells a withdrawal, no ban.
  if (words[at + 1] === 'from' && (statesAt(at + 2) || !KEEPING_OUT_ACTS.has(act) || !/^[a-z]+$/u.test(words[at + 2] ?? ''))) return statesAt(at + 2);
  for (let i = at + 1; i < words.length && i <= at + 4; i++) {
    // "blocked by state authorities in Ruritania": a state's unnamed body acts for the state it is in (right after the act only:
    // "a ban on Zapp was sought by regulators in A" is another verb's agent).
    if (words[i] === 'by' && i === at + 1 && GENERIC_STATE_AGENT.test(words.slice(i + 1, i + 6).join(' '))) return statesAt(words.indexOf('in', i + 1) + 1);
    if (words[i] === ',' || words[i] === ';' || words[i] === '.' || words[i] === 'by') break;
    if (words[i] === 'in') return statesAt(i + 1) ?? statesCountedIn(words, i + 1, statesAt);
    // "banned throughout Ruritania", "banned across the bloc's Zembla" (helper sub98b, real pesticide news): where the ban holds, as
    // "in" says; not a state's own places ("banned across Ruritania's schools").
    if (words[i] === 'throughout' || words[i] === 'across') {
      const list = statesAt(i + 1);
      return list && words[list.last + 1] !== "'s" ? list : undefined;
    }
    // "banned on Ruritania government devices", "… on Ruritania's state phones": the state's own devices.
    // "… on all Ruritanian government phones": the state's government named as one ("Ruritanian government"), then the devices.
    if (words[i] === 'on') {
      const list = statesAt(words[i + 1] === 'all' ? i + 2 : i + 1);
      const next = list ? words[list.last + 1] === "'s" ? list.last + 2 : list.last + 1 : -1;
      if (list && (OWN_DEVICES.has(words[next] ?? '') || DEVICES.has(words[next] ?? ''))) return list;
    }
  }
  // "In Ruritania, Zenapp remains blocked": the state fronted before the clause.
  if (words[0] === 'in') {
    const list = statesAt(1);
    if (list && words[list.last + 1] === ',') return list;
  }
  return undefined;
}

/** A count of states before the ones it includes: "160 countries, including", "more than 30 nations such as". */
const STATES_COUNTED = /^(?:(?:more than|over|at least|about|around|some|nearly|almost) )?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:other )?(?:countries|nations|states|jurisdictions)(?: ,)? (?:including|such as|among them|like)$/u;

/**
 * The states named after a count of them where a ban holds (helper ing98, real news on feed additives and food dyes): "is banned in
 * 160 countries, including the European Union, Ruritania and Zembla", "banned in 60 countries including Zembla": each state named
 * bans it. Returns the list after "including".
 */
function statesCountedIn(words: readonly string[], at: number, statesAt: (i: number) => MentionList | undefined): MentionList | undefined {
  for (let k = at + 2; k <= at + 7 && k < words.length; k++) {
    if (!/^(?:including|such|among|like)$/u.test(words[k]!)) continue;
    const end = words[k] === 'such' || words[k] === 'among' ? k + 2 : k + 1;
    return STATES_COUNTED.test(words.slice(at, end).join(' ')) ? statesAt(end) : undefined;
  }
  return undefined;
}

/**
 * A town where a ban holds, named alone before the clause ends: a city's government a rule typed ("Toronto"), or a name no rule knows
 * ("Zenco was banned from operating in Vela.", "Zenco gets banned in Vela"), typed a firm for want of a cue (helper imp96, real
 * ride-hailing news). Not before a possessive or a kind ("in Vela's stores", "in Vela stores").
 */
function isTownAt(m: SentenceMention, words: readonly string[], first: number, last: number, unknownMayBe: boolean): boolean {
  const next = words[last + 1];
  if (next !== undefined && !/^(?:[,.;:]|after|over|for|amid|on|last|this|earlier|since|until|following|because|in)$/.test(next)) return false;
  if (m.type === 'government') return m.source === 'rule' && !m.surface.split(/\s+/).some((w) => GOVERNMENT_HEADS.has(w));
  // An unknown name is no town where it is a market or a venue: "barred from trading in Vela" (an exchange), "selling in Vela" (a
  // store), "banned in Vela Arena" (crit96c).
  if (words[first - 1] === 'in' && /^(?:trading|selling)$/.test(words[first - 2] ?? '')) return false;
  if (UNKNOWN_VENUE_HEADS.test(m.surface.split(/\s+/).at(-1)?.toLowerCase() ?? '')) return false;
  return unknownMayBe && m.source === 'unknown' && (m.type === 'organization' || m.type === 'company') && !m.surface.split(/\s+/).some((w) => COMPANY_SUFFIXES.has(w));
}

/** The verbs of a ban proper, after which an unknown name "in" it may be the town that bans ("banned in Vela"; not "seized", "delisted"). */
const KEEPING_OUT_ACTS: ReadonlySet<string> = new Set(['banned', 'ban', 'bans', 'banning', 'barred', 'bar', 'bars', 'barring', 'blocked', 'block', 'blocks', 'blocking', 'prohibited', 'outlawed', 'forbidden']);

/** The last word of a venue's or a market's name: "Vela Arena", "Vela Mall", "Vela Exchange" (no town). */
const UNKNOWN_VENUE_HEADS = /^(?:arena|stadium|cinema|cinemas|theatre|theater|mall|centre|center|hall|club|casino|hotel|resort|store|stores|market|exchange|airport|school|university|campus)$/;

/** A firm's work kept from a state, up to "in": "operating in", "doing business in", "selling in" (no object between: "selling Zeta in"). */
const OPERATING_GERUNDS = /^(?:operating|doing business|trading|selling|working) in(?: |$)/;

/**
 * A thing's sale or use kept from a state by a ban proper: "banned from sale in Ruritania and Zembla" (helper chm96, real sunscreen
 * news); "removed from sale in Zembla" may be the maker's own withdrawal, so only the verbs of a ban take it.
 */
const BANNED_FROM_SALE = /^(?:sale|use) in(?: |$)/;
const BAN_PROPER_VERBS: ReadonlySet<string> = new Set(['banned', 'prohibited', 'outlawed', 'barred']);

/** An unnamed state body after "by", then "in": "by (the) (state|local|government) authorities in". */
const GENERIC_STATE_AGENT = /^(?:the )?(?:(?:state|local|government|national|federal) )?(?:authorities|officials|regulators|police|censors) in /;

/** Words after a state that make the devices or networks its own: "on Ruritania government devices". */
const OWN_DEVICES = new Set(['government', 'state', 'official', 'federal', 'public', 'military', 'government-issued', 'state-owned', 'state-issued']);
/** Devices right after a state's government: "on Ruritanian government phones" (the mention holds "government"). */
const DEVICES = new Set(['devices', 'phones', 'smartphones', 'mobiles', 'laptops', 'computers', 'networks', 'systems', 'equipment', 'handsets']);

/** A state's name, not one of its bodies ("Ruritania", not "the Ruritanian Senate"). */
/** After the last thing whose use is limited, the states whose users are kept from it: "from A and B", "for users in A", "in A". */
function statesCutOff(words: readonly string[], targets: readonly MentionList[], lists: ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[]): MentionList | undefined {
  const last = targets.at(-1);
  if (!last) return undefined;
  let k = last.last + 1;
  if (words[k] === 'for' && /^(?:users|customers|people|firms|companies|entities)$/.test(words[k + 1] ?? '')) k += 2;
  if (words[k] !== 'from' && words[k] !== 'in') return undefined;
  const m = mentionAt(words, words[k + 1] === 'the' ? k + 2 : k + 1);
  const list = m === undefined ? undefined : lists.get(m);
  return list && list.members.every((i) => isState(mentions[i]!)) ? list : undefined;
}

function isState(m: SentenceMention): boolean {
  if (m.type !== 'government') return false;
  if (m.source === 'lexicon' && !m.surface.split(/\s+/).some((w) => GOVERNMENT_HEADS.has(w))) return true;
  // "the Ruritanian government", "the US government": a state's government named after the state is the state.
  return m.surface.endsWith(' government') && !m.label.split(/\s+/).some((w) => GOVERNMENT_HEADS.has(w));
}

/** Nouns whose origin "from" names: "firms from A", "those from A and B". */
const FROM_WHOM = new Set(['those', 'firms', 'companies', 'entities', 'businesses', 'apps', 'applications', 'suppliers', 'vendors', 'developers', 'makers', 'groups', 'individuals', 'people', 'organizations', 'organisations', 'products', 'services', 'countries']);

/**
 * A state named as where something happens ("in the United States") or where the targets come
 * from ("entities, including those from A and B"), not as a party.
 */
function isLocation(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  const type: EntityType = mentions[list.members[0]!]!.type;
  if (type !== 'government') return false;
  let k = list.first - 1;
  while (k >= 0 && (words[k] === 'the' || words[k] === 'a')) k--;
  // "20 % on those from Qorvia", "30 % on products from Borduria": goods a rate falls on, whose state is the party (helper trx93).
  if (words[k] === 'from' && [k - 2, k - 3, k - 4].some((j) => words[j] === 'on' && /^(?:%|percent|cent|pc)$/.test(words[j - 1] ?? '') && words.slice(j + 1, k).every((w) => /^[a-z][a-z-]*(?:@\d+)?$/.test(w)))) return false;
  // "tariffs on steel and aluminium products from Zembla": goods a rated measure falls on, whose state is the party (helper rle94).
  if (isGoodsOriginAfterMeasure(words, k, (w) => isRatedMeasure(w) || /^(?:%|percent|cent|pc)$/.test(w))) return false;
  // "sanctioned two banks from Kyrgyzstan": the banks are acted on, their state only says where they are from.
  if (words[k] === 'from' && (FROM_WHOM.has(words[k - 1] ?? '') || isFirmNoun(words[k - 1] ?? ''))) return true;
  // "duties on frames originating in Zembla": the goods' origin, the trade case's word for the state they come from, is the party
  // (helper trd90, fresh sample s79a), as "imported from Zembla" is.
  if (words[k] === 'in' && words[k - 1] === 'originating') return false;
  // "tariffs on solar cells made in Zembla", "duties on e-bikes manufactured in Zembla": where goods a rated measure falls on were made
  // names their state, the party, as "imported from Zembla" does (helper relfam); elsewhere "made in Zembla" only places the making.
  if (isMadeInAfterMeasure(words, k, (w) => isRatedMeasure(w) || /^(?:%|percent|cent|pc)$/.test(w))) return false;
  return ['in', 'within', 'across', 'inside', 'throughout', 'at'].includes(words[k] ?? '') && isOblique(words, list.first);
}

const DEMONYM_PEOPLE = new Set(['users', 'customers', 'entities', 'companies', 'firms', 'buyers', 'clients', 'persons', 'people', 'end-users', 'purchasers', 'parties']);

/** Goods sent abroad, after "Zembla-bound": "Zembla-bound shipments", "Zembla-bound exports of gallium". */
const BOUND_GOODS = /^(?:exports|shipments|sales|deliveries|cargoes|cargo|goods|consignments)$/;

/**
 * "banned Zembla-bound shipments", "banned all Zembla-bound chip exports": the state at `at` (after a determiner) told as the
 * destination of goods, a word of trade allowed between "bound" and the goods' noun.
 */
function boundDestinationAt(words: readonly string[], at: number, mentions: readonly SentenceMention[]): SentenceMention | undefined {
  const k = /^(?:the|all|any|new|further)$/.test(words[at] ?? '') ? at + 1 : at;
  const m = mentionAt(words, k);
  if (m === undefined || mentions[m]?.type !== 'government' || words[k + 1] !== '-' || words[k + 2] !== 'bound') return undefined;
  return BOUND_GOODS.test(words[k + 3] ?? '') || (/^[a-z]+$/.test(words[k + 3] ?? '') && BOUND_GOODS.test(words[k + 4] ?? '')) ? mentions[m] : undefined;
}

/** Kinds of firm a state may keep from an activity, named by their state's demonym: "Bordurian firms", "Bordurian chipmakers". */
const DEMONYM_FIRMS: ReadonlySet<string> = new Set(['companies', 'firms', 'entities', 'businesses', 'chipmakers', 'carmakers', 'automakers', 'suppliers', 'manufacturers', 'makers', 'exporters', 'vendors', 'contractors', 'operators', 'banks', 'lenders']);

/**
 * "restricted Bordurian firms from bidding", "barred all Bordurian tech companies from …": the verb's object at `at`, a state's
 * demonym before a kind of firm (a word of trade between), then "from"; the state's key, the demonym's index and the index of "from".
 */
function demonymFirmsObject(words: readonly string[], at: number, stateOfDemonym: (word: string) => string | undefined): { key: string; at: number; end: number } | undefined {
  const k = /^(?:all|some|many|most|certain|several|the)$/.test(words[at] ?? '') ? at + 1 : at;
  const key = stateOfDemonym(words[k] ?? '');
  if (!key) return undefined;
  const noun = DEMONYM_FIRMS.has(words[k + 1] ?? '') ? k + 1 : /^[a-z]+$/.test(words[k + 1] ?? '') && DEMONYM_FIRMS.has(words[k + 2] ?? '') ? k + 2 : -1;
  return noun > 0 && words[noun + 1] === 'from' ? { key, at: k, end: noun + 1 } : undefined;
}

/** Whether the clause of the activity after "from" at `at` names anything ("from selling Zeta chips"), which a ban would fall on. */
function namesSomething(words: readonly string[], at: number): boolean {
  const end = clauseEnd(words, at, OBJECT_REACH);
  for (let i = at; i < end; i++) if (mentionAt(words, i) !== undefined) return true;
  return false;
}

/** "to Chinese users", "to Chinese-controlled entities": a mention of the state those belong to. */
function demonymTarget(words: readonly string[], t: number, context: SentenceContext, stateOfDemonym: (word: string) => string | undefined): SentenceMention | undefined {
  const end = clauseEnd(words, t + 1, OBJECT_REACH);
  for (let i = t + 1; i < end - 1; i++) {
    if (words[i] !== 'to' && words[i] !== 'for') continue;
    const word = words[i + 1]!;
    const demonym = word.split('-')[0]!;
    const noun = words[i + 2] ?? '';
    const key = DEMONYM_PEOPLE.has(noun) ? stateOfDemonym(demonym) : undefined;
    if (!key) continue;
    return stateStandIn(context, key, i + 1);
  }
  return undefined;
}

/**
 * "Chinese sanctions", "new Ruritanian export curbs": the state whose demonym stands just before the act's noun;
 * "Ruritanian and Borduran sanctions", "Ruritanian, Borduran and Syldavian sanctions": every state of the coordination.
 */
function demonymOwners(words: readonly string[], t: number, context: SentenceContext, stateOfDemonym: (word: string) => string | undefined): SentenceMention[] {
  const owners: SentenceMention[] = [];
  for (let k = t - 1; k >= 0 && k >= t - 3 - 2 * owners.length; k--) {
    const key = stateOfDemonym(words[k]!);
    if (key) owners.push(stateStandIn(context, key, k));
    else if (owners.length > 0 && (words[k] === 'and' || words[k] === ',') && stateOfDemonym(words[k - 1] ?? '')) continue;
    // "a Ruritanian import ban": the trade it falls on (helper nominal).
    else if (owners.length > 0 || !(/^(?:new|fresh|further|additional|tougher|sweeping|latest|export|trade|tech)$/.test(words[k]!) || MEASURE_TRADE_MODIFIERS.has(words[k]!))) break;
  }
  return owners;
}

/** Adverbs between "and" and a second verb: "and later banned", "and also blocked". */
const CONJUNCT_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'subsequently', 'even', 'further', 'to']);
/** Words that open a clause of its own, whose verbs have their own subject: "which", "who", "after", "when", "because" … */
const OWN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that', 'after', 'when', 'because', 'while', 'as', 'since', 'before', 'until', 'if', 'although', 'though', 'where', 'whereas', 'once']);

/** Whether the verb at `t` is joined to one before it by "and": "… and ban", "… and later banned", "… and to ban". */
function conjoinedVerb(words: readonly string[], t: number): boolean {
  let k = t - 1;
  for (let n = 0; n < 2 && CONJUNCT_ADVERBS.has(words[k] ?? ''); n++) k--;
  return words[k] === 'and';
}

/** A word of stance against or for a state, right before its name: "anti-Zembla", "pro-Ruritania" (the name is what the stance is about). */
const STANCE_BEFORE = /(?:^|[^a-z])(?:anti|pro)-$/i;

/** Words that open a cause after a cut-off: "after …", "when …", "because …", "due to …", "amid …", "following …". */
const CUT_OFF_CAUSES: ReadonlySet<string> = new Set(['after', 'when', 'because', 'due', 'amid', 'following']);
/** A cause that is a state's control: "after Ruritania tightened its export rules", "under sanctions". */
const CONTROL_CAUSE_WORDS: ReadonlySet<string> = new Set(['sanctions', 'sanctioned', 'controls', 'curbs', 'rules', 'export', 'exports', 'licence', 'license', 'licences', 'licenses', 'ban', 'banned', 'blacklist', 'blacklisted', 'blacklisting', 'restrictions', 'embargo', 'list', 'listed', 'listing']);

/**
 * "Indian export rules bar sales to Zenco", "new American controls now restrict shipments to Qorva": with no named subject,
 * the state whose demonym qualifies the measures that are the verb's subject acts (helper dm87). A modal or any other
 * word before the verb ("would bar") stops it.
 */
function demonymRulesOwner(words: readonly string[], t: number, context: SentenceContext, stateOfDemonym: (word: string) => string | undefined): SentenceMention[] {
  const k = /^(?:now|also|already|effectively)$/.test(words[t - 1] ?? '') ? t - 2 : t - 1;
  if (!STATE_MEASURE_NOUNS.has(words[k] ?? '')) return [];
  // The measures open the clause: "Indian rules bar …", not "a firm that broke Indian rules bars …".
  let s = k - 1;
  while (s >= 0 && (stateOfDemonym(words[s]!) || /^(?:new|fresh|further|additional|tougher|sweeping|latest|export|trade|tech)$/.test(words[s]!)
    || (/^(?:and|,)$/.test(words[s]!) && stateOfDemonym(words[s - 1] ?? '')))) s--;
  if (words[s] === 'the') s--;
  return s < 0 || words[s] === ',' ? demonymOwners(words, k, context, stateOfDemonym) : [];
}

/** A state's goods and trade a buyer is cut off from: "cut off from Ruritanian chips" (helper rb87). */
const STATES_GOODS_NOUNS: ReadonlySet<string> = new Set(['chips', 'semiconductors', 'technology', 'technologies', 'tools', 'equipment', 'software', 'components', 'suppliers', 'markets', 'know-how']);

/**
 * "Zenco was cut off from Ruritanian chips", "has been cut off from Ruritanian chip suppliers": with no agent, the state whose
 * goods or trade the passive keeps the firm from owns the control (helper rb87, from a fresh news sample).
 */
function demonymGoodsOwner(words: readonly string[], t: number, after: number, context: SentenceContext, stateOfDemonym: (word: string) => string | undefined): SentenceMention[] {
  // Only a stated passive ("was cut off", "has been cut off"): not "fears being cut off", nor "cut itself off".
  if (words[after] !== 'from' || !/^(?:was|were|is|are|been|got|get|gets)$/.test(words[t - 1] ?? '')) return [];
  const k = words[after + 1] === 'the' ? after + 2 : after + 1;
  const key = stateOfDemonym(words[k] ?? '');
  // The goods' noun itself, not an owner of something else ("Ruritanian banks' loans", not the state's).
  const goods = STATES_GOODS_NOUNS.has(words[k + 1] ?? '') ? k + 1 : STATES_GOODS_NOUNS.has(words[k + 2] ?? '') ? k + 2 : -1;
  if (!key || goods < 0 || words[goods + 1] === "'s" || words[goods + 1] === "'") return [];
  // "… cut off from Ruritanian chips after a fire at a plant": a cause named after the goods must be a control.
  const cause = words.findIndex((w, i) => i > goods && CUT_OFF_CAUSES.has(w));
  if (cause >= 0 && !words.slice(cause + 1, cause + 9).some((w) => CONTROL_CAUSE_WORDS.has(w))) return [];
  return [stateStandIn(context, key, k)];
}

/** Nouns of an effort whose owner acts in the infinitive after it: "a push to curb Y". */
const EFFORT_NOUNS = new Set(['push', 'effort', 'efforts', 'campaign', 'drive', 'bid', 'plan', 'plans', 'attempt', 'attempts', 'move', 'moves', 'charge', 'crusade', 'policy', 'strategy', 'decision']);
/** Words that may stand between the owner and the effort noun: "America's renewed push". */
const EFFORT_MODIFIERS = /^(?:renewed|new|broader|wider|broad|global|concerted|aggressive|latest|own|continued|ongoing|long-running|years-long|sweeping|stepped-up)$/;

/**
 * The owner of an effort noun right before "to <trigger>": a name before it (its list's first
 * mention index: "Ruritania's push", "the Ruritania-led drive") or a state by its demonym
 * ("an American push"), as a mention of the state.
 */
function effortOwner(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>, context: SentenceContext, stateOfDemonym: (word: string) => string | undefined): number | SentenceMention | undefined {
  if (words[t - 1] !== 'to' || !EFFORT_NOUNS.has(words[t - 2] ?? '')) return undefined;
  let k = t - 3;
  while (k > 0 && EFFORT_MODIFIERS.test(words[k]!)) k--;
  if (words[k] === '-led' || words[k] === 'led') k--;
  if (words[k] === "'s") k--;
  const m = mentionAt(words, k);
  if (m !== undefined) return lists.get(m) ? m : undefined;
  const teller = tellerOfOwnEffort(words, k, lists);
  if (teller !== undefined) return teller;
  const key = stateOfDemonym(words[k]!.replace(/-led$/, ''));
  if (!key) return undefined;
  return stateStandIn(context, key, k);
}

/** Verbs of telling a party about something: "notified Zenco of its decision". */
const TELLING_OF = new Set(['notified', 'notifies', 'notify', 'informed', 'informs', 'inform', 'told', 'tells', 'tell', 'warned', 'warns', 'warn', 'advised', 'advises', 'alerted', 'alerts']);

/**
 * "Ruritania notified Zenco of its decision to ban Zeta": "its" at `k` is the teller's (the one who decided), not the told
 * party's: the mention before the telling verb, when the told party stands right after it.
 */
function tellerOfOwnEffort(words: readonly string[], k: number, lists: ReadonlyMap<number, MentionList>): number | undefined {
  if (!/^(?:its|their)$/.test(words[k] ?? '') || words[k - 1] !== 'of') return undefined;
  const told = mentionAt(words, k - 2);
  if (told === undefined) return undefined;
  const verb = (lists.get(told)?.first ?? k - 2) - 1;
  if (!TELLING_OF.has(words[verb] ?? '')) return undefined;
  const teller = mentionAt(words, verb - 1);
  return teller !== undefined && lists.get(teller) ? teller : undefined;
}

/** A mention of the state `key` standing at word `k` for a word that names it without a name ("Chinese users", "an American push"). */
function stateStandIn(context: SentenceContext, key: string, k: number): SentenceMention {
  const existing = context.mentions.find((m) => m.key === key);
  const token = context.sentence.tokens[k]!;
  return newMention({ first: -1, last: -1, key, label: existing?.label ?? key, type: 'government', surface: '', start: token.start, end: token.end, source: 'coref' });
}

/** The character offset in the abstract text of word `i`. */
function charAt(sentence: AbstractSentence, i: number): number {
  return sentence.tokens[i]?.at ?? sentence.text.length;
}

/** Whether a list is one operating system ("Android"), which a device's kind after it only says the device runs. */
function isSystem(list: { members: readonly number[] }, mentions: readonly SentenceMention[]): boolean {
  return list.members.length === 1 && OPERATING_SYSTEMS.has(mentions[list.members[0]!]!.key);
}

/**
 * "The Zeta tablet, a Ruritanian Android device made by Zenco": the name a description set off by a comma is about (the
 * mention before the comma, or before a kind noun there), given where the description's platform name starts; undefined when
 * no comma opens the description within its article and one describing word.
 */
function describedBefore(words: readonly string[], platform: number): number | undefined {
  let k = platform - 1;
  if (/^[a-z][a-z-]*$/.test(words[k] ?? '') && isArticle(words[k - 1])) k--;
  if (isArticle(words[k])) k--;
  if (words[k] !== ',') return undefined;
  return mentionAt(words, k - 1) ?? (isKindNoun(words[k - 1] ?? '') ? mentionAt(words, k - 2) : undefined);
}

/**
 * Whether mention `k` is the sources' own, told by their possessive right before it, past up to two describing words:
 * "Zenco suspended its Zapp store", "halted its popular Qix app". Only a firm's: "Ruritania suspended its Zapp portal" is a state's act.
 */
function ownedBySubject(words: readonly string[], k: number, sources: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (sources.members.some((s) => mentions[s]!.type === 'government')) return false;
  const at = words.indexOf(`@${k}`);
  for (let b = at - 1; b >= Math.max(0, at - 3); b--) {
    const owner = /^its@(\d+)$/.exec(words[b]!);
    if (owner) return sources.members.includes(Number(owner[1]));
    // An "its" bound to no name is the subject's, as the clause's nearest owner.
    if (words[b] === 'its') return sources.members.length === 1;
    if (words[b] === 'their') return sources.members.length > 1;
    if (!/^[a-z-]+$/.test(words[b]!) || words[b] === 'and' || words[b] === 'or' || isArticle(words[b]!)) return false;
    // "removed its longtime partner Zapp", "suspended its rival Zapp": a firm it deals with, not its own thing (stop 85's re-read).
    if (TIE_NOUNS.has(words[b]!)) return false;
  }
  return false;
}

/** Nouns of a firm's ties to another firm, which the other's name may follow after its possessive. */
const TIE_NOUNS: ReadonlySet<string> = new Set(['partner', 'partners', 'rival', 'rivals', 'competitor', 'competitors', 'customer', 'customers', 'client', 'clients', 'supplier', 'suppliers', 'ally', 'allies', 'vendor', 'vendors', 'investor', 'investors', 'backer', 'backers', 'distributor', 'distributors', 'reseller', 'resellers', 'licensee', 'licensees', 'former', 'one-time']);


/** Whether a writing is the verb's object, between `from` and the name at `first`: "published a post analysing Zeta" (the name within six words of it). */
function writesAbout(words: readonly string[], from: number, first: number): boolean {
  for (let k = from; k < first && k < from + 4; k++) {
    // "released a review copy of Zeta": a copy of the thing, not a writing about it.
    // "released a study assistant, Zeta": a writing noun before a kind of thing only describes the thing (stop 85's re-read).
    if (WRITING_NOUNS.has(words[k]!)) return first - k <= 6 && !/^(?:copy|copies|units?|builds?)$/.test(words[k + 1] ?? '') && !isKindNoun(words[k + 1] ?? '');
    if (!/^[a-z-]+$/.test(words[k]!)) return false;
  }
  return false;
}

const LICENCE_HEAD_WORDS: ReadonlySet<string> = new Set(['licence', 'license', 'licences', 'licenses', 'permit', 'permits', 'registration', 'registrations', 'certificate', 'certificates']);
const LICENCE_COMPOUND_HEAD_SET: ReadonlySet<string> = new Set(LICENCE_COMPOUND_HEADS);
/** Whether the name ending at `last` holds a licence that only qualifies another noun: "Zeta TV 's licence fee waiver", "'s broadcast licence talks". */
function licenceOnlyQualifies(words: readonly string[], last: number): boolean {
  if (words[last + 1] !== "'s") return false;
  for (let k = last + 2; k <= last + 4; k++) {
    if (LICENCE_HEAD_WORDS.has(words[k] ?? '')) return LICENCE_COMPOUND_HEAD_SET.has(words[k + 1] ?? '');
    if (!/^[a-z-]+$/.test(words[k] ?? '')) return false;
  }
  return false;
}

/**
 * A maker's noun, bare or compounded: "maker", "truckmakers", "manufacturers" (and the last word of "tyre maker"). One list for the
 * rival readers of helper cmp89 below (a side named by its examples, a second description); not a lawmaker's or a film maker's.
 */
const MAKER_NOUN = /^(?!(?:law|policy|rule|decision|film|peace|king|match|trouble|deal|money|noise|rain)makers?$)(?:[a-z]*makers?|manufacturers?)$/;
/** Other kinds, in the plural, that name a side by its examples: "between Zenco and rivals like A", "and apps such as A" (helper cmp89). */
const KINDS_WITH_EXAMPLES = /^(?:firms|companies|rivals|competitors|players|brands|suppliers|apps|services|operators|vendors)$/;
/** A shop's wares or its verb of selling before "from brands such as …": "sells goods from brands such as Vexa" names others' brands (helper brl91). */
const SHOP_WARES_BEFORE_FROM = /^(?:goods|products|items|merchandise|clothes|clothing|apparel|wares|offerings|lines|ranges|sells|sold|sell|selling|stocks|stocked|stock|stocking|carries|carried|carry|carrying|offers|offered|features|featured)$/;
const namesKindWithExamples = (w: string): boolean => KINDS_WITH_EXAMPLES.test(w) || (MAKER_NOUN.test(w) && w.endsWith('s'));

/**
 * At "and (other|the|rival|foreign|local|domestic) (tyre) makers such as": where the examples begin (after "such as", "like",
 * "including"), else undefined.
 */
function examplesOfKindAfter(words: readonly string[], at: number): number | undefined {
  if (words[at] !== 'and') return undefined;
  let k = at + 1;
  if (/^(?:other|the|rival|foreign|local|domestic)$/.test(words[k] ?? '')) k++;
  if (/^[a-z]+$/.test(words[k] ?? '') && namesKindWithExamples(words[k + 1] ?? '')) k++;
  if (!namesKindWithExamples(words[k] ?? '')) return undefined;
  k++;
  if (words[k] === ',') k++;
  if (words[k] === 'such' && words[k + 1] === 'as') k += 2;
  else if (/^(?:like|including)$/.test(words[k] ?? '')) k++;
  else return undefined;
  return mentionAt(words, k) !== undefined ? k : undefined;
}

/**
 * After a party noun, "and fellow (Zemblan) (tyre) maker NAME" or "(and occasional partner) NAME": where the name the two descriptions
 * share begins, else undefined. A bracket must close within eight words; "and fellow" needs a kind of firm right before the name.
 */
function coDescribedNameAt(words: readonly string[], after: number): number | undefined {
  if (words[after] === '(') {
    const close = words.indexOf(')', after);
    return close > after && close - after <= 8 && mentionAt(words, close + 1) !== undefined ? close + 1 : undefined;
  }
  if (words[after] !== 'and' || words[after + 1] !== 'fellow') return undefined;
  for (let k = after + 2; k < after + 7; k++) {
    const w = words[k] ?? '';
    if ((RIVAL_KIND.has(w) || MAKER_NOUN.test(w)) && mentionAt(words, k + 1) !== undefined) return k + 1;
    if (!/^[a-z-]+$/.test(w) && mentionAt(words, k) === undefined) return undefined;
  }
  return undefined;
}

/**
 * Where the name begins in "the German firm NAME", "a Zemblan chipmaker NAME", "the family-owned brand NAME": an article, up to three
 * describing words (or a state's demonym), then a kind of firm right before the name; else undefined.
 */
function kindThenNameAt(words: readonly string[], from: number, mentions: readonly SentenceMention[]): number | undefined {
  if (!/^(?:the|a|an)$/.test(words[from] ?? '')) return undefined;
  // "…, the German firm Qorva, and its supplier Vexa said": an aside a list goes on after is no clear apposition.
  const closing = words.indexOf(',', from);
  if (closing > 0 && /^(?:and|or)$/.test(words[closing + 1] ?? '')) return undefined;
  for (let k = from + 1; k < from + 5; k++) {
    const w = words[k] ?? '';
    // "the German firms Qorva and Vexa": a plural kind before a list.
    if ((RIVAL_KIND.has(w) || RIVAL_KIND.has(w.replace(/s$/, '')) || MAKER_NOUN.test(w)) && mentionAt(words, k + 1) !== undefined) return k + 1;
    // "the Zemblan firm Qorva": a state's demonym (or a capitalised word nothing typed) may describe the firm, right before its kind.
    const described = mentions[mentionAt(words, k) ?? -1];
    if (described && (described.type === 'government' || described.source === 'unknown') && (RIVAL_KIND.has(words[k + 1] ?? '') || MAKER_NOUN.test(words[k + 1] ?? ''))) continue;
    if (!/^[a-z][a-z-]*$/.test(w) || /^(?:of|to|for|with|by|and|or|in|on|at|from|its|their|whose|which|that)$/.test(w)) return undefined;
  }
  return undefined;
}

/** A number's unit after it: "$4 million", "3.5 bn", "20 %". */
const AMOUNT_UNIT = /^(?:million|billion|trillion|m|bn|mn|%|percent|per|cent|points?|units)$/;

/** Where an amount ends when one begins at `k` ("price @3", "$ 4m", "4 million", "20 %"), else -1. */
function amountEnd(words: readonly string[], k: number): number {
  // A sum the tagger read as a price stands as "price @3".
  if (words[k] === 'price' && mentionAt(words, k + 1) !== undefined) return k + 2;
  const currency = /^[$€£¥]$/.test(words[k] ?? '');
  let j = currency ? k + 1 : k;
  const glued = /^\d[\d.,]*(?:m|bn|mn|k|%)$/.test(words[j] ?? '');
  if (!glued && !/^\d[\d.,]*$/.test(words[j] ?? '')) return -1;
  j++;
  const number = j;
  while (AMOUNT_UNIT.test(words[j] ?? '')) j++;
  // A bare number ("2 contracts") is no amount: a currency, a glued unit or a unit after it makes one.
  return currency || glued || j > number ? j : -1;
}

/**
 * The later names of a gapped clause whose first name sits at `at`: "Qorva received $4m, Vexa $3m and Borin $1m" gives Vexa's and
 * Borin's places. The first name's verb (one or two words) and amount must come first, and each later name must have its own amount.
 */
function gappedNamesAfter(words: readonly string[], at: number): number[] {
  let k = at + 1;
  if (!/^[a-z]+$/.test(words[k] ?? '')) return [];
  k++;
  if (amountEnd(words, k) < 0 && /^[a-z]+$/.test(words[k] ?? '')) k++;
  k = amountEnd(words, k);
  const names: number[] = [];
  while (k > 0) {
    let j = k;
    if (words[j] === ',') j++;
    if (words[j] === 'and' || words[j] === 'while') j++;
    if (j === k || mentionAt(words, j) === undefined) break;
    const end = amountEnd(words, j + 1);
    if (end < 0) break;
    names.push(j);
    k = end;
  }
  return names;
}

/** The first comma, semicolon or relative word at or after `from`, or the sentence's end: a cruder end than clause.ts's clauseEnd, enough to keep "until" to the agents' own clause. */
function nextCommaOrRelative(words: readonly string[], from: number): number {
  const end = words.findIndex((w, k) => k >= from && /^(?:,|;|which|who|that|because)$/.test(w));
  return end < 0 ? words.length : end;
}

/** Roles of a firm set beside another ("and its partner Vexa") that make it no party of that firm's rivalries. */
const TIED_ROLES = /^(?:partner|partners|supplier|suppliers|customer|customers|client|clients|investor|investors|backer|backers|owner|parent|unit|subsidiary|affiliate|distributor|reseller|agency|licensee|licensor|lender|adviser|advisor|contractor|vendor)$/;

/** "Zenco and its partner Vexa": the firm (its mention's index) that the name at `first`, set off after "and its" (or "their") with a role of ties, no rivalry, is tied to; else undefined. */
function tiedTo(words: readonly string[], first: number): number | undefined {
  let k = first - 1;
  if (!TIED_ROLES.test(words[k] ?? '')) return undefined;
  k--;
  for (let n = 0; n < 2 && /^[a-z-]+$/.test(words[k] ?? '') && !/^(?:its|their|and)$/.test(words[k]!); n++) k--;
  return /^(?:its|their)(?:@\d+)?$/.test(words[k] ?? '') && /^(?:and|&)$/.test(words[k - 1] ?? '') ? mentionAt(words, k - 2) : undefined;
}

/**
 * The members of `list` before the first one set off as another's partner or supplier ("Zenco and its supplier Vexa"); a list of such
 * members alone gives way to the firm they are tied to ("… and its partner Vexa compete with Qorva": Zenco's list), or to none.
 */
function untiedMembers(words: readonly string[], list: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const at = (m: number): number => words.findIndex((_, i) => i >= list.first && i <= list.last && mentionAt(words, i) === m);
  const ties = list.members.map((m) => tiedTo(words, at(m)));
  const cut = ties.findIndex((k) => k !== undefined);
  if (cut < 0) return list;
  if (cut === 0) return lists.get(ties[0]!);
  const kept = list.members.slice(0, cut);
  return { ...list, members: kept, last: at(kept.at(-1)!) };
}

/** "Zenco and its (local) competitor": the name (its mention's index) owning, as "its" or "their" right after "<name> and", the party noun at `t`; else -1. */
function nameBeforeAndIts(words: readonly string[], t: number): number {
  let k = t - 1;
  for (let n = 0; n < 2 && /^[a-z-]+$/.test(words[k] ?? '') && !/^(?:its|their|and)$/.test(words[k]!); n++) k--;
  if (!/^(?:its|their)(?:@\d+)?$/.test(words[k] ?? '') || !/^(?:and|&)$/.test(words[k - 1] ?? '')) return -1;
  return mentionAt(words, k - 2) ?? -1;
}
