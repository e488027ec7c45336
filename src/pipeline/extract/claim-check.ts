import { isSlashedCoPossessor } from './slashed-possessors';
import { isAcademicBody } from './academic-makers';
import { keptFromTradingAfter } from './banned-goods';
import { isDeviceModelRun } from './device-model-runs';
import type { ClaimStatus, EntityType, RelationKind } from '../types';
import { RELATIONS, relationAccepts } from '../relation-registry';
import { bansStateGoods, STATE_GOODS_BAN_RULES } from './state-goods-bans';
import type { AbstractSentence } from './abstract-sentence';
import { withChanges, type SentenceMention } from './mention';
import { isShortFormOf } from './redefined-acronyms';
import { sharesPossessedBrandWord } from './possessed-brand-lists';
import { POSSESSIVES } from '../text/tokens';
import { needsStateActor } from './trigger-words';
import { opensStateActCompound } from './compound-relations';
import { APP_PLATFORMS, COMPANY_SUFFIXES, FROM_RIVAL_DESCRIBING, RECALLER_RESELLS, GOVERNMENT_HEADS, SERVICE_PLURALS, LOWER_SERVICE_PLURALS, isMadeKind, isVs, OPERATING_SYSTEMS, OWNED_NOUNS, PERSON_TITLES, PLATFORM_MAKERS, PRODUCT_NOUNS, TRADE_NAME_WORDS, SERVICE_TRADE_WORDS, TRADE_WORDS } from './cue-words';
import { endsWithKind, isReleaseByNumber } from './unknown-names';
import { isCoinedWord } from './name-rules';
import { isPlatformOfAccount } from './platform-accounts';
import { ADDRESSED_RECALL } from './address-recall-makers';
import { OWN_NAME_RECALL, sharesOpeningWord } from './own-name-recalls';
import { isExportedGoodsOrigin } from './export-origin-states';
import { isLaterPossessorInList, isMadeByAnotherBefore, isRivalNamedAfterPossessor } from './possessor-other-party-guards';
import { isFirmOrganName } from './firm-organ-names';
import { isOutletInReportingRole, OUTLET_END } from './reporting-sources';
import { firmOfAddress, isAddressState, isAddressTown, isLevyingParty, isOriginAdjective, isRecallersPlace, isRivalsMarket } from './place-role-guards';

/**
 * The checks every relation rule's arguments pass before they become a claim, shared by the
 * trigger stage (trigger-relations.ts) and the construction patterns (relations.ts): entity
 * types the relation accepts, a developer that is not contradicted by the text, a state named
 * only as an adjective, one claim per (source, relation, target) and sentence.
 */

/** A relation found in one sentence, between two mentions of it. */
export interface FoundRelation {
  source: SentenceMention;
  target: SentenceMention;
  relation: RelationKind;
  status: ClaimStatus;
  /** The trigger as written in the article. */
  trigger: string;
  /** The id of the rule that found it: answers "why is this edge here?". */
  rule: string;
}

/**
 * The (source, target) pairs a clause states: every source with every target, but with
 * "respectively" and two lists of one length, each with the one in its place ("Zenco and Qorva
 * launched Zeta and Vela, respectively").
 */
export function statedPairs<S, T>(words: readonly string[], sources: readonly S[], targets: readonly T[], inOrder = false): [S, T][] {
  // "Zenco and Qorva unveiled the Zeta and the Q7": makers of as many things pair in order, each its own (`inOrder`, for develops).
  // The pairs are pushed, not mapped: a mapped array is packed or holey as the caller is optimised or not (see lowerWordsOf).
  const pairs: [S, T][] = [];
  if (inOrder && sources.length > 1 && sources.length === targets.length) {
    for (let k = 0; k < sources.length; k++) pairs.push([sources[k]!, targets[k]!]);
    return pairs;
  }
  if (targets.length > 1 && (words.includes('respectively') || respectiveNames(words))) {
    // Lists of other lengths are a part of the clause a pattern matched ("Qorva launched Zeta and Vela, respectively"): none is stated.
    if (sources.length === targets.length) for (let k = 0; k < sources.length; k++) pairs.push([sources[k]!, targets[k]!]);
    return pairs;
  }
  for (const s of sources) for (const t of targets) pairs.push([s, t]);
  return pairs;
}

/**
 * "Zenco, Qorva and Vexa, with their respective services Lumo, Nova and Zeta": "respective" right before names pairs them
 * by place, as "respectively" does; never across (helper fe85). "in their respective markets" names nothing.
 */
function respectiveNames(words: readonly string[]): boolean {
  for (let i = words.indexOf('respective'); i >= 0; i = words.indexOf('respective', i + 1)) {
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) if (words[k]!.startsWith('@')) return true;
  }
  return false;
}

/** The key of the company a word names ("Google" → google), if any. */
export type CompanyNamed = (word: string) => string | undefined;

/**
 * Where an unknown name stands, when that changes what the tagger's reading counts for:
 * - `title-owner`: it owns another untyped name through "'s", and is taken only as an organisation
 *   the tagger knows ("Pfizer's Zorvex", not "Assassin's Creed");
 * - `vs-side`: it faces a firm across a "vs", and the tagger's first name does not make it a person ("H&M vs. Zara");
 * - `brand-side`: the text marks it a brand or a thing owned ("the Nora and Kappa brands", "which owns Nora"),
 *   and the tagger's first name does not make it a person either (helper brp92).
 */
export type UnknownStanding = 'title-owner' | 'vs-side' | 'brand-side';

/** Decides the type of a name no rule could type; undefined rejects it (a person, a place). */
export type TypeUnknown = (mention: SentenceMention, fallback: EntityType, acting: boolean, standing?: UnknownStanding) => EntityType | undefined;

export interface SentenceContext {
  sentence: AbstractSentence;
  mentions: readonly SentenceMention[];
  /** The article text. */
  text: string;
  typeUnknown: TypeUnknown;
  companyNamed: CompanyNamed;
  /** The bodies that issued the act a subject like "this rule" stands for, from an earlier sentence. */
  actIssuers?: readonly SentenceMention[];
  /** The subject of the sentences just before (coreference's topic): whom a rival noun opening this sentence, owned by no one, is set against. */
  topic?: SentenceMention;
  /** The one product the sentence before says a firm made: what that firm's "it" set against another product means. */
  thingOfFocus?: { firm: string; thing: SentenceMention };
  /** A line without a final stop, a headline in Title Case or not ("Ruritania Bans Zenco, Kappa From 5G", "Zembla bans Zapp, Qwik, Vexa for officials"): its lists may go without "and". */
  headline?: boolean;
}

/** After a name, a brand noun, perhaps past list mates ("Nora brand", "the Nora and Kappa brands"); not a person's role ("Ava brand ambassador"). */
const BRAND_NOUN_AFTER = /^(?:(?: ?,| and| or| &) (?:the )?\p{Lu}[\p{L}\p{N}'&.-]*(?: \p{Lu}[\p{L}\p{N}'&.-]*){0,3}){0,6}(?: (?:brand|brands|label|labels|marque|marques)(?! (?:ambassador|ambassadors|manager|managers|director|directors|strategist|consultant|partner|partners|deal|deals|face)\b)) /u;
/** Before a name, a brand noun opening the list it is in: "brands such as Kappa and Nora", "the labels Nora, Kappa". */
const BRAND_NOUN_BEFORE = /\b(?:brands|labels|marques)(?: such as| like| including| ,| :)? (?:the )?(?:\p{Lu}[\p{L}\p{N}'&.-]*(?: \p{Lu}[\p{L}\p{N}'&.-]*){0,3}(?: ?,| and| ,? and) ){0,6}$/u;
/** After a first name, a possessive and a common noun: "Maria's bakery", "Nora's old shop" (the person's thing). */
const PERSONS_THING_AFTER = /^['’]s \p{Ll}/u;
/** Verbs of owning, whose object is no person: "Zenco, which owns Nora". */
const OWNING_TRIGGER = /^(?:owns|own|owned|owning)$/i;

/**
 * Whether the text marks a name a brand: a brand noun after it or opening its list, or an owning verb's object. One word only: a first
 * name and a surname are a person's ("owns the brands Maria Lopez manages").
 */
function markedAsBrand(text: string, target: SentenceMention, trigger: string): boolean {
  if (target.surface.includes(' ')) return false;
  // "Zenco owned Maria's old bakery": a first name owning a common noun is the person whose thing is owned (review rr92b).
  if (PERSONS_THING_AFTER.test(text.slice(target.end, target.end + 40))) return false;
  if (OWNING_TRIGGER.test(trigger)) return true;
  return BRAND_NOUN_AFTER.test(`${text.slice(target.end, target.end + 120)} `) || BRAND_NOUN_BEFORE.test(text.slice(Math.max(0, target.start - 120), target.start));
}

/** Right after a name, the kind of made thing it is: "its Vexa Books imprint", "the Qorva Cloud platform", "its Qorva Oil brand" (not "brand ambassador", "brand agency"). */
const KIND_NOUN_AFTER = /^ (?:imprint|imprints|brand|brands|label|marque|platform|app|product line)(?! (?:ambassador|ambassadors|manager|managers|director|directors|editor|editors|partner|partners|deal|deals|face|agency|agencies|consultancy|consultant|consultants|strategist|firm|company|group|studio|team|unit|business|division|owner|owners|maker|makers|provider|operator|startup)\b)\b/;
/** An apposition or an "as" after a name that says it is someone's imprint or brand: "Qorva Press, Zenco's mystery imprint", "with Qorva Oil as its flagship brand". */
const KIND_APPOSED_AFTER = /^(?:,| as) (?:its|their|the company's|the group's|\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3}['’]s?|an|a)(?: (?!(?:former|rival|partner|partners|proposed|planned|licensed|distributed)\b)\p{Ll}[\p{Ll}'’-]*){0,3} (?:imprint|brand|label|marque)(?=[,.;:)]|$| (?:of|for|that|which|owned|launched|founded|created|since|in|with|and)\b)/u;
/** Last words that keep a name a firm whatever kind noun follows: legal words and a group's ("Qorva Press Ltd", "Vexa Books Group"). */
const FIRM_LEGAL_TAILS = /\b(?:Inc|Incorporated|Corp|Corporation|Company|Ltd|Limited|LLC|PLC|plc|GmbH|AG|Co|Group|Holdings|SA|NV|BV|Pte|Pvt)\.?$/;

/**
 * Whether the sentence says a name a rule typed a firm ("Qorva Press", "Vexa Books", "Qorva Oil") is a made thing of a named kind: a
 * brand, an imprint, a platform or an app right after it, or an apposition naming it someone's imprint or brand (helper typ93, from
 * the eighty-eighth fresh sample: such names were typed firms and develops dropped them). A known firm stays a firm.
 */
function namedAsMadeKind(text: string, target: SentenceMention): boolean {
  if (target.source === 'lexicon' || target.source === 'coref' || (target.source === 'rule' && target.type !== 'company') || !target.surface.includes(' ') || FIRM_LEGAL_TAILS.test(target.surface)) return false;
  const after = text.slice(target.end, target.end + 90);
  return KIND_NOUN_AFTER.test(after) || KIND_APPOSED_AFTER.test(after);
}

/** Money after a fund's name: "Zeta Fund dollars", "… money", "… subsidies". */
const FUND_MONEY_AFTER = /^\s*(?:dollars|money|funds|funding|subsidies|grants)\b/i;
/** Spending words before a fund's name: "on using", "the use of", "to spend". */
const SPENDING_BEFORE = /\b(?:using|use of|use|spending|spend|spent)\s+(?:the\s+|its\s+|federal\s+|any\s+)?$/i;
/** Between an actor and its target, a lead not followed: "rather than following the Ruritanian lead in banning". */
const NOT_FOLLOWING_LEAD_BETWEEN = /\b(?:rather than|instead of|without|not|never|declined to|refused to|refusing to|decided against)\s+(?:follow|follows|followed|following)\b[^.;]{0,60}?\b(?:lead|example|footsteps)\s+(?:in|by|of)\s+[a-z]+ing\s+(?:the\s+)?$/i;
/** Between a firm and a name: its verb, "its" and plain describing words ("Zenco believes its new "): the name is the firm's own. */
const OWN_THING_BETWEEN = /^ (?:[a-z]+ ){1,2}(?:that )?its (?!(?:[a-z-]+ )*?(?:rivals?|competitors?|challengers?|peers?|foes?|former|old) )(?:[a-z-]+ ){0,2}$/;
/** After a firm's "its": plain describing words only ("its new "), no rival's noun. */
const OWN_DESCRIBED_BETWEEN = /^ (?!(?:[a-z-]+ )*?(?:rivals?|competitors?|challengers?|peers?|foes?|former|old) )(?:[a-z-]+ ){0,2}$/;
/** Whether `target` is the firm `source`'s own thing: named after its verb and "its", or after "its" standing for it. */
function ownThingAfter(text: string, source: SentenceMention, target: SentenceMention): boolean {
  const between = text.slice(source.end, target.start);
  if (source.source === 'coref' && text.slice(source.start, source.end).toLowerCase() === 'its') return OWN_DESCRIBED_BETWEEN.test(between);
  return OWN_THING_BETWEEN.test(between);
}
/**
 * After a ban's target: an order to stop using a name ("ordered Zenco to stop using the name Zeta", "barred Zenco from using the Qorva
 * trademark"): a court's order in a name dispute keeps a firm from a word, not from trading, and bans nothing (helper itb93, set 88's
 * chatbots reader: a judge's place was read as a state banning the firm).
 */
const NAME_USE_ORDERED_AFTER = /^\.?(?:['’]s)?,? (?:to (?:stop|cease|quit|halt|end|refrain from|discontinue) (?:using|marketing under|selling under|trading under|operating under)|from (?:using|marketing under|selling under|trading under|operating under)) (?:the |its |their |a |any |that )?(?:[\p{L}\p{N}'’"“”-]+ ){0,3}?(?:name|names|trademark|trademarks|brand name|brand names|branding|mark|marks|word|words|term|terms|title|logo)\b/u;
/**
 * Around a ban's actor: a department's name, "the University's Information Technology (IT) department": the department of another,
 * named in its possessor's possessive, is no firm of its own (helper itb93, set 88's chatbots reader). Not a division or a unit:
 * "Zenco's Qorva unit" names a business unit, a firm of its own.
 */
const DEPARTMENT_AFTER = /^(?: \([\p{Lu}&]{2,6}\))? (?:department|office|helpdesk|help desk)\b/u;
/**
 * After a banned name, within its clause, after "as", an article, "of", a designation verb's participle, a quote or nothing: the
 * registry's outlawing designation of an organisation ("an 'undesirable' organization", "as extremist groups", "a banned
 * organisation", "the list of undesirable organisations"), or "undesirable" or "extremist(s)" alone ("declared Zeta undesirable");
 * not "used by extremist groups".
 */
const OUTLAWED_ORGANISATION = new RegExp(`^[^.;:]*?(?:(?:\\bas|\\ban?|\\bof|\\b(?:declared|designated|labell?ed|deemed|recogni[sz]ed|branded|named|classified|listed)|^) ['"‘’]?| ['"‘’])(?:(?:${RELATIONS.restricts.designations.outlawing.join('|')})['"’]? (?:organi[sz]ations?|groups?|entit(?:y|ies)|bod(?:y|ies)|movements?)|undesirable|extremists?)\\b`);
/** What a maker's name follows: "phones made by ", "an extension developed by the ". */
const MADE_BY_BEFORE = /\b(?:made|produced|developed|manufactured|built|designed|supplied|sold|published|created|owned|operated|run) by (?:the )?$/;

/** A lens's focal length ("35mm", "24-70mm", "35 mm") or aperture ("f/2", "F1.8") right after a name: the name goes on past the reader's cut. */
const CUT_AT_MEASURE_AFTER = /^ (?:\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)? ?mm\b|[fF]\/\d|F\d\.\d)/;
/** A hyphen and a lower-case word other than a maker's noun right after a name: the name opens a compound modifier ("Zeta-mining"). */
const HYPHEN_MODIFIER_AFTER = /^-(?!(?:maker|makers|owner|owners|parent|creator|creators|developer|developers|builder|builders|producer|publisher)\b)\p{Ll}/u;

/** Whether two names stand side by side as a name and its other form: "Qorva Space (QSpace)", "ZQT (Zenco …)", "Zenco …, or ZQT". */
function namedSideBySide(a: SentenceMention, b: SentenceMention, text: string): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^\s*(?:\(|,? or|,? (?:also )?known as)\s*$/.test(text.slice(first.end, second.start));
}

/**
 * "Qorva Space Networks … will build its Qorva constellation": the first words of a firm's name, before its legal or trade word,
 * used as a modifier of a lower-case noun, are the firm's short name, no product of its own (stop 92, from set 82: a self-loop once
 * the short name was read as the firm). "Zeta Labs launched Zeta, its chatbot" and "the Zeta Z1 phone" keep their claims.
 */
function isOwnShortName(source: SentenceMention, target: SentenceMention, text: string): boolean {
  if (source.type !== 'company' || !source.label.startsWith(`${target.label} `)) return false;
  const rest = source.label.slice(target.label.length + 1).split(' ');
  return COMPANY_SUFFIXES.has(rest[rest.length - 1]!) && rest.every((w) => /^\p{Lu}/u.test(w)) && /^ \p{Ll}/u.test(text.slice(target.end, target.end + 2));
}

/**
 * "Zenco Stores PLC (trading as Zenco)", "Zenco Foods Ltd, doing business as Zenco": the trading name is the firm's own first words,
 * its short name, no brand of its own (stop 92 round 3, from fresh sample s86e: a self-edge). "Zenco (trading as Qorva)" keeps it.
 */
function tradesAsOwnShortName(source: SentenceMention, target: SentenceMention, text: string): boolean {
  if (source.type !== 'company' || source.end > target.start || !source.label.startsWith(`${target.label} `)) return false;
  const rest = source.label.slice(target.label.length + 1).split(' ');
  return rest.every((w) => /^\p{Lu}/u.test(w)) && /^\s*(?:\(|,)\s*(?:also |now |formerly )?(?:trading|trades|doing business|does business|operating|operates) as (?:the )?$/.test(text.slice(source.end, target.start));
}

/** Collects the claims of one sentence: checks each pair, keeps the first claim per (source, relation, target). */
export class ClaimCollector {
  readonly found: FoundRelation[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly context: SentenceContext) {}

  /** Adds the claim if its arguments pass the checks; returns whether it did. */
  add(source: SentenceMention, relation: RelationKind, target: SentenceMention, status: ClaimStatus, trigger: string, rule: string, anyActor = false): boolean {
    const { sentence, mentions, typeUnknown, companyNamed, text } = this.context;
    // "its Vexa Books imprint", "Qorva Press, Zenco's imprint": a firm-like name the sentence calls a brand or an imprint is a made thing.
    const madeKind = relation === 'develops' && namedAsMadeKind(text, target);
    if (madeKind && target.source === 'rule') target = withChanges(target, { type: 'product' });
    // "Zenco unveiled the Zeta 7. Its main rival is the Qorva Watch": a firm's "it" set against a product is its product.
    if (relation === 'competes_with') {
      source = this.peerOfIt(source, target);
      target = this.peerOfIt(target, source);
    }
    // "the US-sanctioned firms A and B": a state in such a compound is its agent, whatever noun follows.
    if (source === target || (isStateAsAdjective(source, sentence, mentions) && !opensStateActCompound(text.slice(source.end, source.end + 16)))) return false;
    if (source.key === target.key) return false;
    // "Zenco Foods of Dayton, Ohio, is recalling …", "a shoe maker of Portland, Oregon", "rival in Zembla", "English-made": a place
    // as a firm's address, a rivalry's market or goods' origin takes no role (helper fpx97, place-role-guards.ts). The address's
    // firm stands for it in making and rivalry; a recall read as the state's ban is no ban of the firm's.
    if (isAddressState(source, text)) {
      const firm = relation === 'develops' || relation === 'competes_with' ? firmOfAddress(source, mentions, text) : undefined;
      if (firm === undefined || firm.key === target.key) return false;
      source = firm;
    }
    if ((relation === 'competes_with' && isRivalsMarket(source, text)) || isLevyingParty(relation, target, text)) return false;
    // "restricting access to US exports", "restricted exports of US chips to Vietnam": the goods' origin is no target (helper exb101).
    if (relation === 'restricts' && isExportedGoodsOrigin(target, text)) return false;
    if (rule === OWN_NAME_RECALL && !sharesOpeningWord(source.label, target.label)) return false;
    if (rule === ADDRESSED_RECALL && !mentions.some((m) => m.start > source.end && m.start <= source.end + 24 && isAddressState(m, text) && firmOfAddress(m, mentions, text) === source)) return false;
    if (relation === 'competes_with' && isRivalsMarket(target, text)) return false;
    if (relation === 'develops' && (isAddressTown(target, mentions, text) || isOriginAdjective(source, text) || isRecallersPlace(source, trigger, text))) return false;
    // "snapped up Zorb speakers from rival Zenco": the thing got from a rival is that rival's goods, never a rival of it (helper dvp93,
    // from fresh sample s87a; its maker is read by the develops pattern "from rival").
    if (relation === 'competes_with' && source.start < target.start && gotFromRival(text.slice(source.end, target.start))) return false;
    // "Zenco believes its new Zeta display is the answer": a firm's own thing, right after its verb and "its", is no rival of it (helper
    // cor94, from set 90's fresh sample).
    if (relation === 'competes_with' && source.start < target.start && target.type !== 'company' && target.type !== 'government' && ownThingAfter(text, source, target)) return false;
    // "a Zembla judge ordered Zenco to stop using the name Zeta": a name dispute's order bans nothing.
    if (relation === 'banned' && NAME_USE_ORDERED_AFTER.test(text.slice(target.end, target.end + 80))) return false;
    // "a ban on using Zeta Fund dollars for Qorva gear": the fund whose money may not be spent is no target (helper dsg93, set 89; the
    // vendor is restricted by the subsidy-curb patterns of vendor-user-curbs.ts).
    if ((relation === 'banned' || relation === 'restricts') && FUND_MONEY_AFTER.test(text.slice(target.end, target.end + 24)) && SPENDING_BEFORE.test(text.slice(Math.max(0, target.start - 24), target.start))) return false;
    // "rather than following the Ruritanian lead in banning Zenco": the one who did not follow another's lead bans nothing (set 89).
    if ((relation === 'banned' || relation === 'restricts') && source.start < target.start && NOT_FOLLOWING_LEAD_BETWEEN.test(text.slice(source.end, target.start))) return false;
    // "the College's Information Technology (IT) department blocked Zeta": the department's name is no actor.
    if ((relation === 'banned' || relation === 'restricts') && source.type !== 'government' && POSSESSED.test(text.slice(Math.max(0, source.start - 3), source.start)) && DEPARTMENT_AFTER.test(text.slice(source.end, source.end + 24))) return false;
    // "ZQT (Zenco Quantum Technologies) develops …", "Qorva Space (QSpace)": a firm's short name is the firm, not its product (helper fe86).
    if (relation === 'develops') {
      const beside = namedSideBySide(source, target, text);
      if (isShortFormOf(target.surface, source.surface, beside) || isShortFormOf(source.surface, target.surface, beside)) return false;
      if (isOwnShortName(source, target, text)) return false;
      if (tradesAsOwnShortName(source, target, text)) return false;
    }
    // "added Zenco Pvt. Ltd., Pakistan, and Qorva Ltd., Singapore, to the list": a state set off by commas right after a firm is
    // where the firm is, not another party the act names (stop 76, from its forty-fourth set).
    if (target.type === 'government' && isFirmsAddress(target, mentions, text)) return false;
    // "Zenco and Qorva's Zeta": a co-owner before the possessor must be known as a firm; an untyped one is as often another
    // thing of the kind ("I've used Zeta and Qorva's Quill", "Zeta and Qorva's channels").
    if ((rule === JOINT_OWNERS || rule === JOINT_OWNERS_SAID) && source.source === 'unknown') return false;
    // "Zenco Motors delivered 20 Qorva V236 trucks", "Lumo Rail operates a fleet of Qorva Vela 3XL trains": a model whose maker's word
    // is glued before it (ordered-goods-names.ts) is that maker's; the dealer, lessor or operator makes nothing (helper ord95).
    if (relation === 'develops' && target.owner !== undefined && target.owner !== source.key && mentions.some((m) => m.key === target.owner && m.last === target.first)) return false;
    // "Distributor Zenco recalled 9,000 Qorva pumps", "… Qorva pumps it distributes": a seller's recall names another's goods (review rr90c).
    if (relation === 'develops' && /^recall/i.test(trigger) && RECALLER_RESELLS.test(text.toLowerCase())) return false;
    if (relation === 'develops' && (!mayDevelop(source, target, sentence, mentions, companyNamed) || isOfficeName(target) || isEventName(target, text) || isRulingName(target, text) || isPartInDealCompound(source, text) || isEarlierItemBeforeOwner(source, target, trigger, text) || isIndustryPlace(source))) return false;
    // "Zenco's rival Qorva phone", "Zenco's phone, the Vexa, and Qorva's tablet", "unveiled a tablet made by Qorva, the Plix Tab": another
    // party's name or thing beside a possessive or a maker's passive is not the source's (helper possfp).
    if (relation === 'develops' && (isRivalNamedAfterPossessor(source, target, text) || isLaterPossessorInList(source, target, text) || isMadeByAnotherBefore(source, target, mentions, text))) return false;
    // "Veteran developer Qorva Games …", "Indie developer Jo Doe …": a lone English word opening the sentence before a maker noun
    // describes the maker; it names nothing it made (stop 76, from its forty-first set).
    if (relation === 'develops' && target.first === 0 && target.source === 'unknown' && DESCRIBING_OPENERS.has(target.surface.toLowerCase()) && DESCRIBED_MAKER_AFTER.test(text.slice(target.end, target.end + 16))) return false;
    // "Hotel and leisure company Zenco …", "Food and drinks group Qorva …": an English word opening the sentence, joined by "and" to
    // a trade before a firm's noun, is the firm's trade; it names no party (stop 91, from the eighty-second fresh sample).
    if ([source, target].some((m) => m.first === 0 && m.source === 'unknown' && !m.surface.includes(' ') && isTradeWord(m.surface.toLowerCase()) && TRADE_PAIR_AFTER.test(text.slice(m.end, m.end + 60)))) return false;
    // "its Zeta-mining rigs", "launched Zeta-powered laptops": a name glued by a hyphen to a lower-case word only describes the thing
    // after it; a maker's noun there ("Zeta-maker Zenco") still names the made thing (helper sp85, fresh samples).
    if (relation === 'develops' && HYPHEN_MODIFIER_AFTER.test(text.slice(target.end, target.end + 14))) return false;
    // "Zenco's ZF 35mm f/2 lens": a name the reader cut before a lens's focal length or aperture is a piece of the product's name, no
    // product of its own (helper fe86, stop 85's fresh samples).
    if (relation === 'develops' && CUT_AT_MEASURE_AFTER.test(text.slice(target.end, target.end + 16))) return false;
    // "publishes games based on franchises such as Zorgs and Blips": what a work is based on is another's (stop 76).
    if (relation === 'develops' && source.start < target.start && BASIS_BEFORE.test(text.slice(Math.max(source.end, target.start - 90), target.start))) return false;
    // "built something like a Roomba for lawns", "an editor that works like Photoshop": a simile's object is what the made thing is
    // compared with, not made (helper fe86, stop 85's fresh samples).
    if (relation === 'develops' && source.start < target.start && SIMILE_BEFORE.test(text.slice(Math.max(source.end, target.start - 40), target.start))) return false;
    // "accusing Qorva of making copy-cat versions of the Zeta shoes": copies of a thing are made, not the thing (helper rcl97).
    if (relation === 'develops' && source.start < target.start && COPIES_OF_BEFORE.test(text.slice(Math.max(source.end, target.start - 90), target.start))) return false;
    // "released its iOS and Android games", "the Windows version of Zeta": a platform before what runs on it is not what was made.
    // Not the platform's own maker: "Apple released its iOS and macOS apps".
    if (relation === 'develops' && APP_PLATFORMS.has(target.key) && PLATFORM_MAKERS.get(target.key) !== source.key && PLATFORM_WORK_AFTER.test(text.slice(target.end, target.end + 60))) return false;
    // "Zenco's PS4 and PS5 game Skyfall", "its Xbox port Skyfall", "Zenco's Switch version of Skyfall": names before a kind of work
    // that a name of its own follows only say what the work runs on; in any relation the named work is the party (helper fls100).
    if (isPlatformPremodifier(target, text) || isPlatformPremodifier(source, text)) return false;
    // "Ruritania blocks Zeta – Qorva News", "Qorva News caught up with the chief of Plix": an outlet credited after a headline's dash,
    // or one interviewing someone, reports the story and is no party to it (helper fls100).
    if (isReportingOutlet(source, text) || isReportingOutlet(target, text)) return false;
    // "Zeta, first reported by The Borin Times, is …", "which The Borin Times first reported": an outlet reporting the story, or told
    // it, is no party to a scored relation (helper makerfp, reporting-sources.ts); its own "reported" claim stays.
    if (SCORED_RELATIONS.has(relation) && (isOutletInReportingRole(source, text, true) || isOutletInReportingRole(target, text, false))) return false;
    // "such as Zenco's Zapp and Qorvachat", "rivals like Qorva, Vexa and Zenco's Zchat": a possessive inside a list belongs to its own
    // member only; the owner is no member of the list and owns no other member (helper fls100).
    // A possessor opening an example list ("such as Zeta's Zapp and Zchat") may own a later member the lexicon knows (a model of its own).
    // So may it own a later member that opens with its first member's brand word ("such as Zenco's Vexa Cam and Vexa Bell": helper intro).
    if (relation === 'develops' && POSSESSIVES.has(trigger) && source.start < target.start && isListedPossessor(source, text) && !POSSESSED_RIGHT_AFTER.test(text.slice(source.end, target.start)) && (target.source !== 'lexicon' || !EXAMPLE_LIST_OPENING_BEFORE.test(text.slice(Math.max(0, source.start - 14), source.start))) && !sharesPossessedBrandWord(source, target, text)) return false;
    if (relation === 'competes_with' && ((isListedPossessor(target, text) && target.start > source.start) || (isListedPossessor(source, text) && source.start > target.start))) return false;
    // "Samsung's Android phones", "Zembla's Windows laptops": a device maker's possessive before the system its devices run, then the
    // devices, names the devices' maker, not the system's (helper dev90b, from own90's leftovers); "Huawei's HarmonyOS phones" is its own.
    // So does a maker's verb: "Zenco makes Android phones and Windows laptops" (fix96b: own96's parallel goods tails read both items,
    // and the object list's own system check sees one system alone), each member checked on its own ("Zeta phones and Android tablets").
    if (relation === 'develops' && isSystemName(target) && PLATFORM_MAKERS.get(target.key) !== source.key && DEVICES_AFTER.test(text.slice(target.end, target.end + 40))) return false;
    // "Zenco's ZorbOS and Android", "its Zorb and Windows": a platform whose maker is known, reached over "and" or a comma after
    // another firm's possessive, is still its maker's (helper dvp93, from fresh sample s87f: "develops Android").
    if (relation === 'develops' && (POSSESSIVES.has(trigger) || trigger === 'its') && source.start < target.start && PLATFORM_MAKERS.has(target.key) && PLATFORM_MAKERS.get(target.key) !== source.key && COORDINATED_BEFORE.test(text.slice(Math.max(0, target.start - 6), target.start))) return false;
    // "acquired Qorva, making it part of Zenco Music": what a firm is made part of is its new owner, not its work (stop 76).
    if (relation === 'develops' && PART_OF_BEFORE.test(text.slice(Math.max(0, target.start - 24), target.start))) return false;
    // "according to Zenco's ZenTube page", "on its Zetagram account": a firm's account on a known platform is no product of it (helper rla94).
    if (relation === 'develops' && isPlatformOfAccount(target, text)) return false;
    // A public body makes things through a maker's verb ("Sandes was developed by the National Informatics Centre"), though the
    // registry's makers are firms; never by a possessive ("the Commission's certification" is its programme, not its product).
    const publicMaker = relation === 'develops' && isMakingBody(source) && !POSSESSIVES.has(trigger) && trigger !== 'its' && (!STATE_AS_GOVERNMENT.test(source.surface) || governmentMakes(text, source, target));
    // "Zembla University built the Zeta model": a school or an institute makes things through a maker's verb too, and is then typed a
    // company as AI labs are (academic-makers.ts); through a possessive only a model ("Zembla University's Zeta model", not "… Zeta campus").
    const academicMaker = relation === 'develops' && isAcademicBody(source) && trigger !== 'its' && (!POSSESSIVES.has(trigger) || target.type === 'model');
    // The tagger that types unknown names is the expensive step: only when the known side fits.
    const stateGoods = STATE_GOODS_BAN_RULES.has(rule) && target.type === 'government';
    if ((!mayTakeRole(source, relation, 'source') && !publicMaker && !academicMaker) || (!mayTakeRole(target, relation, 'target') && !stateGoods)) return false;
    if (source.source === 'unknown' && target.source === 'unknown' && !mayPairUntyped(source, target, relation)) return false;
    // A rival no rule typed is a peer of the known one ("Zeta, a Qwik alternative": Zeta is a product like Qwik).
    // Two untyped peers ("Zenband vs Qring") are firms, or products when one carries a number ("Zeta 6 vs Qband 5").
    // "Zetavo competes with Qorva's Velavo": a name someone owns is a made thing, and so is its peer.
    // A number inside or closing a name numbers a model ("Zeta 6"); one opening it is the firm's own ("808 Atelier", rr89b).
    const numbered = (m: SentenceMention): boolean => /\d/.test(m.surface.replace(/^\p{N}{1,4} (?=\p{Lu})/u, ''));
    const owned = (m: SentenceMention): boolean => POSSESSED.test(text.slice(Math.max(0, m.start - 4), m.start));
    // "barred Zeta from selling its phones": a name kept from trading is a firm, where a banned name would be taken for a product.
    // "banned an extension made by Zenco": a maker of the goods banned is a firm (stop 66's readers).
    // "declared Zeta an undesirable organisation", "added Zeta to the list of extremist organisations": a name the state outlaws as
    // an organisation is a firm (helper agn: the ban's target was taken for a product).
    const outlawed = relation === 'banned' && OUTLAWED_ORGANISATION.test(text.slice(target.end, target.end + 120));
    const peer = relation === 'banned' && target.source === 'unknown' && (keptFromTradingAfter(text.slice(target.end, target.end + 24)) || MADE_BY_BEFORE.test(text.slice(Math.max(0, target.start - 40), target.start)) || outlawed) ? 'company' : relation !== 'competes_with' ? undefined : source.source !== 'unknown' ? source.type : target.source !== 'unknown' ? target.type : [source, target].some(numbered) || owned(source) || owned(target) ? 'product' : 'company';
    // "Assassin's Creed", "Baldur's Gate" are one title, not an owner and its product: two untyped names
    // joined by "'s" pair only when the tagger knows the owner as an organisation ("Pfizer's Zorvex"); a
    // firm the article marks ("Medvance shares …", "Medvance (NYSE: MDV)") is no longer untyped.
    const titleLike = source.source === 'unknown' && target.source === 'unknown' && POSSESSIVES.has(trigger) && mayBeTitle(source, target, sentence, mentions);
    const vs = relation === 'competes_with' && isVs(trigger.toLowerCase().replace(/\.$/, ''));
    let sourceType = academicMaker ? 'company' : resolveType(source, relation, 'source', typeUnknown, peer, titleLike ? 'title-owner' : undefined);
    // "… competition from upstarts like Zenco and Zeta": a rival the tagger will not take for the peer of one list item is tried as
    // the peer of the item listed beside it.
    const listPeer = relation === 'competes_with' && !sourceType && source.source === 'unknown' && target.source !== 'unknown' ? this.listedBeside(target, source)?.type : undefined;
    if (listPeer && listPeer !== peer) sourceType = resolveType(source, relation, 'source', typeUnknown, listPeer);
    let targetType = sourceType || vs ? resolveType(target, relation, 'target', typeUnknown, peer) : undefined;
    // "H&M vs. Zara vs. Uniqlo": across a "vs" from a firm, a side the tagger knows as a first name is its peer
    // (not "Trump vs Biden": neither side is a firm).
    if (vs && !sourceType && targetType) sourceType = resolveType(source, relation, 'source', typeUnknown, peer, 'vs-side');
    else if (vs && sourceType && !targetType) targetType = resolveType(target, relation, 'target', typeUnknown, peer, 'vs-side');
    // "Zenco, which owns the Nora and Kappa brands", "Zenco, which owns Nora": a made thing the tagger knows as a
    // first name is a brand where the text marks it one (helper brp92, from the eighty-second fresh sample, where a group's flagship
    // brand was the one lost from its list).
    else if (relation === 'develops' && sourceType && !targetType && target.source === 'unknown' && markedAsBrand(text, target, trigger)) targetType = resolveType(target, relation, 'target', typeUnknown, peer, 'brand-side');
    if (madeKind && targetType === 'company' && target.source === 'unknown') targetType = 'product';
    if (!sourceType || !targetType || !(acceptsAny(relation, source, sourceType, target, targetType) || bansStateGoods(relation, rule, sourceType, targetType) || (publicMaker && sourceType === 'government' && (targetType === 'product' || targetType === 'model')) || (relation === 'competes_with' && this.listedWithPeer(source, sourceType, target, targetType)))) return false;
    // "Zenco Store and Qorva Shop have taken down Zeta": a store takes down others' apps, as a state shuts them down.
    // A pattern may name what is no one's own (relation-patterns.ts's `anyActor`: "took down the Zeta botnet").
    // "Zenco booted Zapp from its App Store", "pulled the plug on Zapp, removing it from the Play Store": a firm taking a thing off its
    // store or platform bans it there (stop 75, from stop 74's last bans samples); a firm recalling its goods from stores does not.
    const offItsStore = STORE_REMOVALS.test(trigger) && OFF_A_STORE_AFTER.test(text.slice(target.end, target.end + 70));
    if (sourceType !== 'government' && needsStateActor(trigger) && !STORE_NAME.test(source.label) && !anyActor && !offItsStore) return false;
    // A symmetric claim is one claim whichever end the sentence names first.
    const id = RELATIONS[relation].symmetric && target.key < source.key ? `${target.key}|${relation}|${source.key}` : `${source.key}|${relation}|${target.key}`;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    source.type = sourceType;
    target.type = targetType;
    this.found.push({ source, target, relation, status, trigger, rule });
    return true;
  }

  /**
   * "competition from upstarts like Zenco and Zeta", "Zenco and Zeta are its rivals": a firm and a product listed side by side as one
   * side's rivals are peers of each other, though the lexicon holds one as a product (a marketplace, an app) and the other as a firm
   * (stop 91, from the eighty-second fresh sample: one of the two was lost). Only a name the lexicon or tagger typed, joined to a
   * named neighbour of the other side's type by a bare list comma, "and" or "or".
   */
  private listedWithPeer(source: SentenceMention, sourceType: EntityType, target: SentenceMention, targetType: EntityType): boolean {
    if (sourceType === 'government' || targetType === 'government') return false;
    // Not a name that only owns the rival named ("from Qorva and Zeta's sellers").
    const owns = (m: SentenceMention): boolean => /^\s*['’]s?\b/.test(this.context.text.slice(m.end, m.end + 3));
    return (!owns(target) && this.listedBeside(target, source, sourceType) !== undefined) || (!owns(source) && this.listedBeside(source, target, targetType) !== undefined);
  }

  /** A named mention other than `other` joined to `m` as the next or previous item of a list ("A and B", "A, B"), of `type` if given. */
  private listedBeside(m: SentenceMention, other: SentenceMention, type?: EntityType): SentenceMention | undefined {
    const { mentions, text } = this.context;
    return mentions.find((n) => n !== m && n !== other && n.source !== 'coref' && n.source !== 'unknown' && n.type !== 'government' && (type === undefined || n.type === type)
      && LIST_GLUE.test(n.start > m.start ? text.slice(m.end, n.start) : text.slice(n.end, m.start)));
  }

  /** `m`, or the product named with it when `m` is a firm's "it"/"its" and `other` a product or a name nothing typed. */
  private peerOfIt(m: SentenceMention, other: SentenceMention): SentenceMention {
    const focus = this.context.thingOfFocus;
    if (!focus || m.source !== 'coref' || m.type !== 'company' || m.key !== focus.firm) return m;
    const peer = other.type === 'product' || other.type === 'model' || other.source === 'unknown';
    return peer && other.key !== focus.thing.key ? withChanges(focus.thing, { first: m.first, last: m.last, start: m.start, end: m.end, source: 'coref', surface: '' }) : m;
  }
}

/** What joins two items of one list: a comma, "and", "or". */
const LIST_GLUE = /^(?:, |,? and |,? or )$/;

/** A state named between commas right after a firm's name: "Zenco Ltd., Pakistan, and …". */
function isFirmsAddress(state: SentenceMention, mentions: readonly SentenceMention[], text: string): boolean {
  if (!/^\.?, /.test(text.slice(state.end, state.end + 3))) return false;
  const byEnd = [...mentions].sort((a, b) => a.end - b.end);
  const firm = byEnd.filter((m) => m.end <= state.start).at(-1);
  // A legal form written with the firm, as lists of designated firms write them: "sanctions on Zenco, Russia and Iran" name three parties.
  if (firm?.type !== 'company' || !FIRM_THEN_COMMA.test(text.slice(firm.end, state.start)) || !LEGAL_FORM_END.test(text.slice(Math.max(0, firm.start), state.start))) return false;
  // … and the list goes on in pairs: another firm after the state, or a state before the firm ("… Ltd., Iran, Syria and Cuba" are parties).
  const next = mentions.filter((m) => m.start >= state.end).sort((a, b) => a.start - b.start)[0];
  const before = byEnd.filter((m) => m.end <= firm.start).at(-1);
  const nextIsFirm = next?.type === 'company' && /^\.?, (?:and )?$/.test(text.slice(state.end, next.start));
  const pairBefore = before?.type === 'government' && /^, (?:and )?$/.test(text.slice(before.end, firm.start));
  return nextIsFirm || pairBefore;
}
const LEGAL_FORM_END = /\b(?:Ltd|Limited|Inc|LLC|Co|Corp|Corporation|Company|Pvt|Pte|PLC|GmbH|JSC)\.?, $/;
/** What stands between a firm's name and its state: the rest of its legal form and a comma. */
const FIRM_THEN_COMMA = /^(?:[ .]|Ltd|Limited|Inc|LLC|Co|Corp|Pvt|Pte|PLC)*, $/;

/** What a firm is made part of: "making it part of ", "became a unit of the ". */
const PART_OF_BEFORE = /\b(?:part|a part|a unit|a subsidiary|a division|an arm|a member) of (?:the )?$/;

/**
 * Describing words that open a sentence before a maker's role noun: "Veteran developer Qorva", "Indie studio Zenco". Only these: a
 * title may be an English word too ("Control developer Remedy", "Rust developer Facepunch").
 */
const DESCRIBING_OPENERS: ReadonlySet<string> = new Set(['indie', 'independent', 'veteran', 'fledgling', 'acclaimed', 'beleaguered', 'struggling', 'embattled', 'prolific', 'rival', 'fellow', 'local', 'small', 'tiny', 'boutique', 'storied', 'legendary', 'renowned', 'famed', 'celebrated', 'cult', 'mobile', 'japanese', 'chinese', 'korean', 'european', 'american']);
/** An English word or a trade the word list leaves out ("hotel"). */
function isTradeWord(word: string): boolean {
  return !isCoinedWord(word) || TRADE_WORDS.has(word) || SERVICE_TRADE_WORDS.has(word);
}
/** The rest of a pair of trades before a firm's noun: " and leisure company", " and consumer goods group". */
const TRADE_PAIR_AFTER = /^ (?:&|and) \p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)? (?:company|companies|group|firm|giant|conglomerate|operator|chain|business|retailer|maker|provider|specialist)\b/u;
/** A maker's role noun right after a word: "Veteran developer", "Indie studio" ("Zeta maker" names a thing it makes). */
const DESCRIBED_MAKER_AFTER = /^ (?:developer|developers|studio|studios|publisher|publishers|outfit|start-up|startup|firm|company)\b/;

/**
 * Software built for a platform, right after the platform's name or after the other platforms listed with it: " and Android games",
 * " version of Zeta" (round 84: "its iOS and Android games" gave Zenco develops iOS). Devices are left out: "HarmonyOS phones" run
 * their maker's own system; nor is a platform's own store ("Apple's iOS app store").
 */
// Helper fe86 (stop 85's fresh samples): "its iOS and Mac editor Qorva", "Qorva, the iPhone and Mac photo editor," name what runs on the
// platforms too, a kind of software perhaps after a word or two of what it works on.
const PLATFORM_WORK_AFTER = /^(?:(?:,|,? and|,? or| ?\/) ?[\p{L}\d.-]+){0,3}(?: (?!and |or )[\p{Ll}-]+){0,2} (?:apps?|games?|titles?|versions?|ports?|editions?|builds?|clients?|editors?|players?|browsers?|software|programs?|utilit(?:y|ies)|launchers?|keyboards?|widgets?|extensions?|plug-?ins?|emulators?)\b(?! stores?\b)/u;

/** The relations scored on the evaluation sets: an outlet in a reporting role is a party to none of them. */
const SCORED_RELATIONS: ReadonlySet<RelationKind> = new Set(['develops', 'banned', 'restricts', 'competes_with']);
/** Before an outlet credited at a headline's end: a spaced dash or a bar ("… Zeta – Qorva News", "… | Zembla Times"). */
const CREDIT_DASH_BEFORE = /\s(?:[-–—|]|--)\s*(?:the\s+)?$/i;
/** After an outlet: a verb of interviewing or speaking to someone, the outlet's own report of its source. */
const INTERVIEWING_AFTER = /^\s*(?:(?:has|had|have|recently|exclusively|also|last week|this week)\s+){0,2}(?:caught up with|catches up with|spoke (?:to|with)|speaks (?:to|with)|talked (?:to|with)|talks (?:to|with)|interviewed|interviews|sat down with|sits down with|reached out to|contacted|asked)\b/;
/** Whether `m` names an outlet credited after a headline's dash (nothing after but a full stop) or interviewing someone. */
function isReportingOutlet(m: SentenceMention, text: string): boolean {
  if (!OUTLET_END.test(m.surface)) return false;
  const after = text.slice(m.end);
  return (/^\s*[.]?\s*$/.test(after) && CREDIT_DASH_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) || INTERVIEWING_AFTER.test(after);
}

/** Before a list's member: an example list's opening or a list's separator ("such as ", "like ", "including ", ", ", "and "). */
const LIST_MEMBER_BEFORE = /(?:\bsuch as|\blike|\bincluding|\bnamely|\bas well as|,|\band|\bor)\s+(?:the\s+)?$/;
/** An example list's opening right before its first member. */
const EXAMPLE_LIST_OPENING_BEFORE = /(?:\bsuch as|\blike|\bincluding|\bnamely)\s+(?:the\s+)?$/;
/** Between an owner and the thing it owns: only the possessive ("Zenco's Zapp"). */
const POSSESSED_RIGHT_AFTER = /^\s*['’‘]s\s*(?:the\s+)?$/;
/** Whether `m` is an owner's possessive standing as a member of a list ("such as Zenco's Zapp", "Qorva and Zenco's Zapp"). */
function isListedPossessor(m: SentenceMention, text: string): boolean {
  return /^['’‘]s\s+\p{Lu}/u.test(text.slice(m.end, m.end + 6)) && LIST_MEMBER_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}

/** Kinds of work a platform's or a format's name premodifies ("game", "app", "version", "port"). */
const PLATFORM_WORK_KINDS = '(?:apps?|games?|titles?|versions?|ports?|editions?|builds?|clients?|releases?|remasters?|exclusives?)';
/** After a name: more listed names, at most two lower-case words, a kind of work, then the work's own name ("and PS5 game Skyfall"). */
const WORK_NAMED_AFTER = new RegExp(`^(?:(?:,|,? and|,? or| ?/) ?[\\p{Lu}\\d][\\p{L}\\d.-]*){0,3}(?: (?!and |or )[\\p{Ll}-]+){0,1} ${PLATFORM_WORK_KINDS}(?: (?:of|for))?(?: the)? \\p{Lu}`, 'u');
/** Before a name: an owner's possessive or a list's separator, which make a lone name before a kind of work its premodifier. */
const LIST_OR_OWNER_BEFORE = /(?:'s|’s|,|\band|\bor|\/) ?$/u;
/** Whether `m` is a platform or a format named before a kind of work that a name of its own follows, after an owner or in a list. */
function isPlatformPremodifier(m: SentenceMention, text: string): boolean {
  // A pronoun ("its companion app Zapp") names its owner, no platform.
  if (m.surface === '') return false;
  const after = text.slice(m.end, m.end + 80);
  const match = WORK_NAMED_AFTER.exec(after);
  if (!match) return false;
  return /^(?:,|,? and|,? or| ?\/)/.test(after) || LIST_OR_OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start));
}

/** Between a thing and a firm: what the thing was got from the firm named a rival ("Zorb speakers from rival ", "Zorbs from its rival "). */
const GOT_FROM_RIVAL = new RegExp(`^(?: [a-z][a-z0-9-]*){0,2} from (?:its |their |the |a )?(?:(?:${FROM_RIVAL_DESCRIBING})[ -])?(?:rival|competitor)s? $`);
/**
 * Whether the words between a thing and a firm say the thing was got from that rival: the words before "from" are the thing's kind
 * ("Zorb speakers from rival ", "Zorbs from its rival "). Not an act and its object ("Zenco copied features from rival Qorva's Vexa app":
 * the firm that copied is the rival).
 */
function gotFromRival(between: string): boolean {
  if (!GOT_FROM_RIVAL.test(between)) return false;
  const words = between.slice(0, between.indexOf(' from ')).trim();
  return words === '' || words.split(' ').every(isMadeKind);
}
/** A coordination right before a name: "… and ", "…, ", "… or ", "… & ". */
const COORDINATED_BEFORE = /(?:,|\band|\bor|&) $/;
/** Devices named right after a system they run: "Android phones", "ZenOS handsets", "Windows laptops". */
const DEVICES_AFTER = /^ (?:[a-z0-9-]+ )?(?:phones?|handsets?|smartphones?|tablets?|laptops?|notebooks?|pcs|computers?|devices?|watches|smartwatches?|tvs|televisions?)\b/;
/**
 * A system whose maker is known (Android, Windows, iOS, HarmonyOS): only then is a device maker's possessive before it a licensee's.
 * An unknown system ("Zenco's ZenOS phones", a phone maker's own skin, as "HyperOS" or "ColorOS" are) stays the possessor's.
 */
function isSystemName(m: SentenceMention): boolean {
  return OPERATING_SYSTEMS.has(m.key) && PLATFORM_MAKERS.has(m.key);
}

/** What a work is based on, ending right before a name, perhaps after other names of a list: "based on franchises such as Zorgs and " (not "based on its own Zeta model"). */
const BASIS_BEFORE = /\b(?:based on|inspired by|adapted from|modell?ed (?:on|after)|derived from)(?! (?:its|their|our) )(?: [a-z-]+){0,4}(?: such as| like| including)?(?: the)? (?:[\p{Lu}\d][^\s,;.]*(?: [\p{Lu}\d][^\s,;.]*)*(?:,| and| or|, and) )*$/u;

/**
 * Copies of a thing, ending right before its name, perhaps after its brand and other names of a list: "copy-cat versions of the Zenco
 * Zeta and ", "knockoffs of Zeta" (not "copies of its own Zeta"): whoever makes them makes no Zeta (helper rcl97, from sneaker suits).
 * Plain "copies of" may be a work's sold copies ("sold 5 million copies of Zeta Quest"): only a copy said to be cheap, fake or exact.
 */
const COPIES_OF_BEFORE = /\b(?:(?:cheap|cheaper|fake|illegal|pirated|unauthori[sz]ed|exact|identical|near-identical|slavish|blatant) cop(?:y|ies)|copycat|copy-cat|copycats|knockoffs?|knock-offs?|clones?|imitations?|replicas?|fakes?|counterfeits?|dupes?|lookalikes?|look-alikes?|rip-offs?|ripoffs?)(?: (?:versions?|models?|designs?|products?))? of(?! (?:its|their|our) )(?: the)? (?:[\p{Lu}\d][^\s,;.]*(?: [\p{Lu}\d][^\s,;.]*)*(?:,| and| or|, and)? )*$/u;

/**
 * A comparison right before a name: "like a Roomba" (a name with "a" is a kind of thing), "works like Photoshop", "something like",
 * "similar to", "akin to". "robots like the Roomba" lists examples and stays.
 */
const SIMILE_BEFORE = /(?:^|\s)(?:(?:(?:works?|worked|working|looks?|looked|looking|acts?|acted|feels?|felt|functions?|functioned|behaves?|behaved|something|anything|nothing|much|just|more|somewhat) like(?: the| an?)?)|like an?|(?:similar|akin) to(?: the| an?)?|resembl(?:es|ed|ing)(?: the| an?)?) $/;

/** A possessive right before a name: "Qorva's Velavo". */
const POSSESSED = /['’]s $/;

/** State verbs that a store's owner uses of what it takes off its shelves (not "recalled Zeta from stores", "seized"). */
const STORE_REMOVALS = /^(?:boot|purg|pull|took|take|taking|unplug|knock|switch)/i;

/** A thing taken from or off a store or a platform, said after it: "from the App Store", ", removing it from its store". */
const OFF_A_STORE_AFTER = /^,?(?: [^\s.;]+){0,9}? (?:from|off) (?:of )?(?:its |their |the |\S+['’]s )?(?:own )?(?:online )?(?:\S+ )?(?:App Store|Play Store|Google Play|AppGallery|store|stores|marketplace|platform|platforms)\b/;

/** A store's name: "App Store", "Zenco Shop", "Google Play", "AppGallery". */
const STORE_NAME = /(?:\bStore|\bShop|\bPlay|AppGallery|\bMarketplace)$/;

const isAcronym = (m: SentenceMention): boolean => /^\p{Lu}[\p{Lu}\d]+$/u.test(m.surface);

/**
 * The relations whose trigger or construction is evidence enough for two names nothing else
 * typed ("Qorvex competes with Zenlyte", "the Zapp pump was developed by Medvance"): most firms in the news are
 * in no lexicon, and the typer still turns away people, places and dates. Reports and lawsuits
 * name people and outlets too often to stand on the trigger alone.
 */
const UNTYPED_PAIRS: ReadonlySet<RelationKind> = new Set(['banned', 'restricts', 'develops', 'competes_with', 'acquired', 'invests_in', 'partners_with']);

/** Whether two names no rule typed may pair: not two bare acronyms, which are mostly technologies ("OLED vs QLED") or units. */
function mayPairUntyped(source: SentenceMention, target: SentenceMention, relation: RelationKind): boolean {
  return UNTYPED_PAIRS.has(relation) && !(isAcronym(source) && isAcronym(target));
}

/** Whether `m` could take part in `relation` on that side (an unknown name may: the check that adds the claim types it). */
export function mayTakeRole(m: SentenceMention, relation: RelationKind, role: 'source' | 'target'): boolean {
  if (m.type === 'place' || m.type === 'person') return false;
  // "brands such as St. Kilda Knits": a name cut at its abbreviation's period leaves the abbreviation alone, no party (helper brm92).
  if (m.source !== 'lexicon' && CUT_ABBREVIATION.test(m.surface)) return false;
  // "representing God is banned by Zenism": a creed, a faith or a doctrine named by its "-ism" bans nothing a state bans (helper ttl93,
  // set 88's film bans: a religion read as the actor).
  if (role === 'source' && (relation === 'banned' || relation === 'restricts') && m.source !== 'lexicon' && CREED_NAME.test(m.surface)) return false;
  if (m.source === 'unknown') return true;
  const allowed: readonly EntityType[] = role === 'source' ? RELATIONS[relation].source : RELATIONS[relation].target;
  return allowed.includes(m.type) || (m.alsoTypes?.some((t) => allowed.includes(t)) ?? false);
}

/** One word naming a creed or a doctrine: "Zenism", "Vexaism" (not "Prism": three letters at least before the "-ism"). */
const CREED_NAME = /^\p{Lu}\p{Ll}{2,}ism$/u;

/** An abbreviation that opens a longer name ("St. Kilda Knits", "Mt. Vexa Foods"), read alone. */
const CUT_ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt|Dr|Mr|Mrs|Ms|Sr|Jr)$/;

/** Head words of a public body that builds things: an agency, a centre, an institute, a laboratory, a state bank. */
const MAKING_BODY_HEADS: ReadonlySet<string> = new Set([...GOVERNMENT_HEADS, 'Centre', 'Center', 'Institute', 'Organisation', 'Organization', 'Laboratory', 'Laboratories', 'Bank', 'Academy', 'Service']);

/**
 * A public body named by its head word ("National Informatics Centre", "Defence Research and Development Organisation"),
 * not a state nor its government: a state's maker verbs are its firms' ("China's DeepSeek" names an origin), stop 71's and 72's
 * makers samples found state centres, institutes and central banks building apps, models and payment systems.
 */
function isMakingBody(m: SentenceMention): boolean {
  if (m.type !== 'government' || m.source === 'coref') return false;
  // Helper mk85: a state written as its government ("the French government launched the Zapp app") acts itself, where the bare
  // state's verbs are its firms'; the state's own name stays the label. Only through a maker's verb right before or after the thing
  // (governmentMakes): the looser frames ("bought the Zapp app from Zenco", "designed rules that bar Zapp") are a firm's.
  if (STATE_AS_GOVERNMENT.test(m.surface)) return true;
  return !/ (?:government|administration)$/i.test(m.label) && m.label.split(' ').some((w) => MAKING_BODY_HEADS.has(w));
}

/** "the French government", "Ruritania's government": a state named by its government, not by its bare name. */
const STATE_AS_GOVERNMENT = /^(?:the )?(?:[A-Z][a-z]+|[A-Z]{2,3})(?: [A-Z][a-z]+)?(?:'s)? government$/;
/** A maker's verb between a state's government and the thing, the thing right after it or the government right after "by". */
const GOVERNMENT_MAKES_BEFORE = /^ (?:(?:has|have|had|also|first|recently|quietly|itself) )*(?:launched|launches|developed|develops|built|builds|created|creates|released|releases|unveiled|unveils|designed|designs|rolled out|rolls out) (?:(?:the|a|an|its|own|new|official|free|national) )*(?:[a-z-]+ ){0,2}$/;
const GOVERNMENT_MAKES_AFTER = /^(?: ?,)?(?: [a-z-]+){0,3}(?: ?,)? (?:(?:which|that) (?:was|is|has been|had been) )?(?:developed|built|created|launched|released|designed|made|commissioned and built) by $/;

/** After the thing a government makes: at most its kind, then the clause ends or moves on (not "the Zapp ban", "the Zapp app's code", "the Zapp app built by Zenco"). */
const GOVERNMENT_THING_ENDS = /^(?:(?: [a-z-]+)? (?:app|apps|application|platform|service|system|model|chatbot|portal|tool|software|website))?(?:$|[.,;:!?]| (?:in|on|at|last|this|earlier|for|to|that|which|during|after|before|across|nationwide)(?= |$))/;

/** Whether a state written as its government makes the thing by a maker's verb next to both ("the French government built Zapp", "Zapp, developed by the French government"). */
function governmentMakes(text: string, source: SentenceMention, target: SentenceMention): boolean {
  if (source.end <= target.start) return GOVERNMENT_MAKES_BEFORE.test(text.slice(source.end, target.start)) && GOVERNMENT_THING_ENDS.test(text.slice(target.end, target.end + 40));
  return GOVERNMENT_MAKES_AFTER.test(text.slice(target.end, source.start).replace(/ the $/, ' ').replace(/^the /, ''));
}

/** The rule of things two firms own together ("Zenco and Qorva's Zeta", relation-patterns.ts). */
export const JOINT_OWNERS = 'pattern:develops:joint-owners';
export const JOINT_OWNERS_SAID = 'pattern:develops:joint-owners-said';

/** Whether the relation accepts the pair as typed, or with either end read as one of its other types ("Kimi competes with DeepSeek"). */
function acceptsAny(relation: RelationKind, source: SentenceMention, sourceType: EntityType, target: SentenceMention, targetType: EntityType): boolean {
  if (relationAccepts(relation, sourceType, targetType)) return true;
  const sources = [sourceType, ...(source.alsoTypes ?? [])];
  const targets = [targetType, ...(target.alsoTypes ?? [])];
  return sources.some((s) => targets.some((t) => relationAccepts(relation, s, t)));
}

/**
 * Whether `source` can be the developer of `target` here: not when the text names another owner
 * ("Microsoft has built OpenAI's GPT-4 into Bing") or the product's name starts with another
 * company's ("Microsoft's Azure and Google Cloud").
 */
function mayDevelop(source: SentenceMention, target: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[], companyNamed: CompanyNamed): boolean {
  const owner = possessorOf(target, sentence, mentions);
  if (owner && owner !== source && !coOwnersOf(target, sentence, mentions).includes(source) && !madeInPassiveBy(target, source, sentence, mentions)) return false;
  // "released Zeta under the Zen licence": what a thing is released under is not made with it.
  if (isUnder(target, sentence, mentions)) return false;
  // "Google Cloud", "DeepSeek-V3": the first part of the name; not a short acronym before a model number, which
  // names a line as often as a firm ("Nvidia's RTX 5060", not the defence firm RTX's; see name-rules.ts).
  // So with a hyphen: "Zenco's BT-300 glasses" is no BT Group product (helper fls94, fresh sample s90e).
  const namedAfter = /^\p{Lu}{2,3}[ -]\d/u.test(target.label) ? undefined : companyNamed(target.label.split(/[ -]/)[0]!);
  // … unless the owner is written and the lexicon knows the whole name: "Nvidia's RTX Pro 6000D" is no RTX Corp. product.
  // … or the maker is a unit of the same name: "Airtel Uganda launched Airtel Money" (stop 72's samples: local operators' services).
  const sameName = source.type === 'company' && source.label.split(/[ -]/)[0] === target.label.split(/[ -]/)[0];
  return namedAfter === undefined || namedAfter === source.key || sameName || (owner === source && target.source === 'lexicon');
}

/** Words of a firm's offices and organs: "Zenco's Chief Executive", "its Board" (stop 58: read as a product of the firm). */
const OFFICE_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES, 'Board', 'Directors', 'Officers', 'Management']);
/** Whether a name no lexicon knows is only an office's words, or a firm's role or body ("Head of Sales", "Advisory Panel"): made by no one. */
function isOfficeName(m: SentenceMention): boolean {
  return m.source !== 'lexicon' && (m.surface.split(' ').every((w) => OFFICE_WORDS.has(w)) || isFirmOrganName(m.surface));
}

/**
 * Helper fal88: the last words of a contest's or a prize's name ("the Zenco Zeta Cup", "the Qorva-sponsored
 * Zeta Championship"): a sponsor's name inside it, or "X's", names no maker; an event is no product.
 */
const EVENT_NAME_ENDS = /(?:^| )(?:Cup|Championship|Championships|Trophy|Tournament|Invitational|Marathon|Grand Prix|Stakes|Regatta|Bowl|Awards|Prize)$/;
/** Whether a name no lexicon knows ends as a contest's or a prize's name. */
function isEventName(m: SentenceMention, text: string): boolean {
  return m.source !== 'lexicon' && m.label.includes(' ') && EVENT_NAME_ENDS.test(m.label) && !madeKindBeside(text, m.end);
}

/**
 * Helper fpx93 (fresh sample s88f): the last word of a regulator's or a court's ruling ("the Commission's Zenco Shop Decision"):
 * a firm's name inside it names the case, not a maker; a ruling is no product.
 */
const RULING_NAME_ENDS = /(?:^| )(?:Decision|Ruling|Judgment|Judgement|Verdict)$/;
/** Words of a case at law in the sentence: only there is "the Zenco Shop Decision" a ruling (not "the Zeta Decision game"). */
const RULING_CONTEXT = /\b(?:[Cc]ommission|[Cc]ourts?|[Rr]egulators?|[Jj]udges?|[Tt]ribunal|[Aa]ppeal(?:ed|s)?|[Uu]pheld|[Aa]nnul(?:led)?|[Ff]ined?|[Aa]ntitrust|[Cc]ompetition)\b/;
/** Whether a name no lexicon knows ends as a ruling's name, in a sentence about a case, with no made thing's kind after it. */
function isRulingName(m: SentenceMention, text: string): boolean {
  return m.source !== 'lexicon' && m.label.includes(' ') && RULING_NAME_ENDS.test(m.label) && RULING_CONTEXT.test(text) && !madeKindBeside(text, m.end);
}

/**
 * Helper fpx93 (fresh sample s88f): a name that is one half of a hyphened pair before a deal's noun ("opposition to the Borin-Zeta
 * deal with the launch of Fairplay.org") names a party to the deal, not who launched or made the thing. Not a venture's or a
 * partnership's pair ("the Zenco-Qorva venture launched Vexa"), where both may have made it.
 */
const DEAL_AFTER_PAIR = /^\s*(?:[-–]\s*[\p{Lu}\d][\p{L}\d.&]*\s*)?(?:deal|merger|mergers|takeover|transaction|combination|acquisition|buyout)\b/u;
const PAIR_BEFORE = /[\p{Lu}\d][\p{L}\d.&]*\s*[-–]\s*$/u;
/** Whether the mention is hyphened to another name before a deal's noun. */
function isPartInDealCompound(m: SentenceMention, text: string): boolean {
  const after = text.slice(m.end, m.end + 60);
  const pairedBefore = PAIR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  const pairedAfter = /^\s*[-–]\s*[\p{Lu}\d]/u.test(after);
  return (pairedBefore || pairedAfter) && DEAL_AFTER_PAIR.test(after);
}

/**
 * Helper fpx93 (fresh sample s88c): "critics include Alpha, Beta and Gamma, owned by Zenco": an owner's participle set off after a
 * list by a bare comma (or ", which is") tells of the list's last item only; the items before it are no owner's ("A, B and C, all
 * owned by Zenco" keeps them all, as no bare comma stands before the participle; so does a list the participle and its owner set off).
 */
const LATER_ITEMS_THEN_OWNER = /^(?:\s*,\s*[\p{Lu}\d][^,();]{0,40}?)*\s*,?\s+(?:and|or)\s+[\p{Lu}\d][^,();]{0,40}?\s*,\s*(?:(?:which|that) (?:is|was) )?(?:owned|controlled|run|operated|held)\s+by\b/u;
/** The owner and a closing comma after the participle: "Alpha, Beta and Gamma, owned by Zenco, are popular" sets off the whole list. */
const OWNER_SET_OFF = /^\s*[^,.;()]{1,60}?\s*,/;
/** Whether `target` is a list item before the last, and `source` the owner set off after the list. */
function isEarlierItemBeforeOwner(source: SentenceMention, target: SentenceMention, trigger: string, text: string): boolean {
  if (!/^(?:owned|controlled|run|operated|held)$/i.test(trigger.trim()) || source.start < target.end) return false;
  const after = text.slice(target.end, target.end + 260);
  const m = LATER_ITEMS_THEN_OWNER.exec(after);
  return m !== null && !OWNER_SET_OFF.test(after.slice(m[0].length));
}

/**
 * Helper fpx93 (fresh sample s88e): places that stand for a trade ("one of Hollywood's most storied brands, including the Qorva
 * franchise"): the place owns no brand and makes nothing; a firm named after one ("Hollywood Records") is a longer name.
 */
const INDUSTRY_PLACES: ReadonlySet<string> = new Set(['Hollywood', 'Bollywood', 'Nollywood', 'Tollywood', 'Kollywood', 'Silicon Valley', 'Madison Avenue', 'Fleet Street', 'Tinseltown']);
/** Whether a name no lexicon knows is such a place alone. */
function isIndustryPlace(m: SentenceMention): boolean {
  return m.source !== 'lexicon' && INDUSTRY_PLACES.has(m.surface);
}

/** A kind of made thing after a name, or in an apposition on it: "the Zeta Bowl game", "Zeta Tournament, a new video game" (review rr88b). */
const KIND_BESIDE = /^\s*(?:,\s*(?:an?|the|its|their)\s+)?((?:[a-z-]+\s*){1,3})/;
function madeKindBeside(text: string, end: number): boolean {
  const m = KIND_BESIDE.exec(text.slice(end, end + 60));
  return m !== null && m[1]!.trim().split(/\s+/).some(isMadeKind);
}

/** Nouns for the names a firm trades under: "under the Vexo brand" names the firm's own. */
const TRADE_NAMES: ReadonlySet<string> = new Set(TRADE_NAME_WORDS);

/** Whether `m` follows "under" ("under the Zen licence"), and is no brand ("under the Vexo and Norda brands"). */
function isUnder(m: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): boolean {
  const { words } = sentence;
  const at = words.indexOf(`@${mentions.indexOf(m)}`);
  if (at < 0) return false;
  const before = words[at - 1];
  if (!(before === 'under' || ((before === 'the' || before === 'a' || before === 'an' || before === 'its' || before === 'their') && words[at - 2] === 'under'))) return false;
  let next = at + 1;
  while (next < at + 8 && (/^@\d+$/.test(words[next] ?? '') || words[next] === 'and' || words[next] === ',' || words[next] === 'the')) next++;
  return !TRADE_NAMES.has(words[next] ?? '');
}

/** Participles of making a brand's goods in the passive: what its designer or contract maker did ("designed by", "assembled by"). */
const MAKING_PARTICIPLES = '(?:developed|co-developed|designed|built|made|manufactured|produced|assembled|engineered|created)';
/**
 * After a possessed name, the passive of making whose agent is `@SOURCE`: "Zenco's Kindlo and Alexo devices were developed by Labnine
 * and manufactured by Qorva", "Zenco's Zeta, made by Qorva,", "Zenco's Zeta, now made by Qorva," (review rr90c): the brand owns the thing, its agent made it (helper dev90b, round 1's
 * odm90 leftovers). Not an active verb's object ("Qorva built Zenco's Zeta into its cars"), nor "sold" or "launched by" (a reseller's),
 * nor an agent written as a possessive ("built by Qorva's rival Vexa", "by Qorva's former engineers": review rr90).
 */
const MADE_IN_PASSIVE_BY_AFTER = new RegExp(`^(?:(?:,|and|or|, and) @\\d+ )*(?:[a-z]+ ){0,2}(?:, (?:(?:[a-z]+ly|now|also|still) )?|(?:is|was|are|were|has been|have been|had been|is being|are being|was being|were being) (?:(?:[a-z]+ly|now|also|still) )?)${MAKING_PARTICIPLES} (?:(?:and|or) ${MAKING_PARTICIPLES} )?(?:by (?:@\\d+ (?:(?:,|and) )?)+(?:and|,) ${MAKING_PARTICIPLES} )?by @SOURCE(?! 's)(?: |$)`);
/** Whether the possessed `target` is made, in the passive, by `source` (see MADE_IN_PASSIVE_BY_AFTER). */
function madeInPassiveBy(target: SentenceMention, source: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): boolean {
  const { words } = sentence;
  const at = words.indexOf(`@${mentions.indexOf(target)}`);
  if (at < 0) return false;
  const after = words.slice(at + 1, at + 30).join(' ').replace(new RegExp(`@${mentions.indexOf(source)}(?= |$)`, 'g'), '@SOURCE');
  return MADE_IN_PASSIVE_BY_AFTER.test(after);
}

/** The mention written as the owner of `m` ("@1 's @2" → @1 for @2), if any. */
function possessorOf(m: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): SentenceMention | undefined {
  const { words } = sentence;
  const at = words.indexOf(`@${mentions.indexOf(m)}`);
  const owner = at >= 2 && words[at - 1] === "'s" ? words[at - 2]! : '';
  return /^@\d+$/.test(owner) ? mentions[Number(owner.slice(1))] : undefined;
}


/** A brand's shape, which no title's words have: a capital inside a word ("ZenPay", "iPhone") or after a short prefix ("Q-Aero"). */
const BRAND_SHAPE = /\p{Ll}\p{Lu}|^\p{Lu}{1,2}-\p{Lu}/u;

/**
 * Whether "X's Y", two names no rule typed, may be one title ("Assassin's Creed", "Grey's Anatomy"):
 * Y follows the "'s" at once and nothing marks it as a made thing. A word between ("Zenco's new
 * Zeta"), a model code ("Zenco's ZT-9"), a product noun after it ("Zenco's Zeta SUV") or a brand's
 * shape ("Zenco's ZenPay") does.
 */
function mayBeTitle(owner: SentenceMention, owned: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): boolean {
  if (possessorOf(owned, sentence, mentions) !== owner || isReleaseByNumber(owned.surface) || MODEL_CODE_ALONE.test(owned.surface) || BRAND_SHAPE.test(owned.surface) || endsWithKind(owned.surface)) return false;
  // "Qorva's Home Mini", "Zenco's Buds Pro": a device's head and its tier words name a model, never a title (device-model-runs.ts).
  if (isDeviceModelRun(owned.surface.split(' '))) return false;
  // "Zembla Soft's Vexa", "ZENCO's Plix": a title's owned words are English ("Assassin's Creed", "Grey's Anatomy", "Yoshi's
  // Island"); a coined word is a brand's (stop 54's makers readers: 11 of 44 claims were such possessives).
  if (owned.surface.split(/[\s-]+/).some(isBrandWord)) return false;
  // "Qorva's Swift Maps", "Zenco's Harbor Docs": a name closed by a service's plural is that service, whatever English words open it;
  // a title's last word is rarely one (helper dic, stop 100's families: the maps service and its maker were lost).
  if (owned.surface.includes(' ') && SERVICE_PLURALS.has(owned.surface.slice(owned.surface.lastIndexOf(' ') + 1))) return false;
  const at = sentence.words.indexOf(`@${mentions.indexOf(owned)}`);
  // "Qorva's Swift maps": so is a name before such a plural in lower case.
  if (LOWER_SERVICE_PLURALS.has(sentence.words[at + 1] ?? '')) return false;
  // "Zenco and Qorva's Zeta": a title has no coordinated owners ("Assassin's Creed and Baldur's Gate" are two titles).
  if ((sentence.words[at - 3] === 'and' || sentence.words[at - 3] === '&') && !POSSESSIVES.has(sentence.words[at - 5] ?? '')) return false;
  // "Zenco's Vexa and Plix": the first of a list a coined owner's "'s" governs is made as the others are; an English word's
  // "'s" may open a title still ("Grey's Anatomy and House", "Assassin's Creed and Far Cry").
  const next = sentence.words[at + 1] ?? '';
  const coinedOwner = !owner.surface.includes(' ') && isCoinedWord(owner.surface.toLowerCase());
  if (coinedOwner && (next === 'and' || next === ',' || next === 'or') && /^@\d+$/.test(sentence.words[at + 2] ?? '') && sentence.words[at + 3] !== "'s") return false;
  return !(PRODUCT_NOUNS.has(next) || OWNED_NOUNS.has(next)) || TITLE_KINDS.has(next);
}

/** Endings of English nouns the tagger's lexicon leaves out ("Anatomy", "Division", "Legacy", "Kingdom"): words of a title, not a brand's. */
const ENGLISH_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|dom|ship|ure|ance|ence|ology|omy|acy|ery|ary|age|ism|ist|hood|land|ward|man|men|ing|er|or|ess)$/;

/** A coined word, as brands are and titles' words are not: "Vexa", "Zapp" (not "Anatomy", "Gate", "Island"). */
function isBrandWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{L}+$/u.test(word) && isCoinedWord(lower) && !ENGLISH_NOUN_ENDING.test(lower);
}

/** A kind after the owned name tells a made thing, not a title ("Zenco's Zeta speakers"), except the kinds of titles, which are named with an "'s" of their own ("the Assassin's Creed games"). */
const TITLE_KINDS: ReadonlySet<string> = new Set(['game', 'games', 'title', 'titles', 'series', 'franchise']);

/** A model code on its own: "Zenco's E26", "Qorva's X100" (a title is made of words). */
const MODEL_CODE_ALONE = /^\p{Lu}{1,3}\d{1,4}\p{L}{0,2}$/u;

/**
 * The owners coordinated before the possessor of `m` ("@1 , @2 and @3 's @4" → @1 and @2 for @4); the first of a slashed pair
 * ("@1 / @2 's @3" → @1, slashed-possessors.ts).
 */
function coOwnersOf(m: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): SentenceMention[] {
  const { words } = sentence;
  let k = words.indexOf(`@${mentions.indexOf(m)}`) - 3;
  if (words[k] === '/' && isSlashedCoPossessor(words, k - 1)) return [mentions[Number(words[k - 1]!.slice(1))]!];
  if (words[k] !== 'and' && words[k] !== '&') return [];
  const out: SentenceMention[] = [];
  for (k--; /^@\d+$/.test(words[k] ?? ''); k -= 2) {
    out.push(mentions[Number(words[k]!.slice(1))]!);
    if (words[k - 1] !== ',') break;
  }
  return out;
}

/** Nouns after which a state's name is an adjective, not an actor: "U.S. companies restrict …" ("X states that" is X's reporting verb). */
const NOT_THE_STATE = /^(?:companies|company|firms|firm|tech|technology|chip|chipmakers|users|developers|investors|startups|businesses|corporations|banks|labs|makers|groups|models|ai|supplier|suppliers|customers|rivals|competitors|giants|market|markets|consumers|employees|engineers|persons|exporters|technologies|states(?! that )|provinces|cities|counties|universities|schools|carriers|operators|retailers|allies|partners) /;

function isStateAsAdjective(m: SentenceMention, sentence: AbstractSentence, mentions: readonly SentenceMention[]): boolean {
  if (m.type !== 'government') return false;
  const marker = `@${mentions.indexOf(m)} `;
  const at = sentence.text.indexOf(marker);
  return at >= 0 && NOT_THE_STATE.test(sentence.text.slice(at + marker.length));
}

/** The type an otherwise untyped name takes from its role ("X banned …": X is a company). */
function typeFromRole(relation: RelationKind, role: 'source' | 'target'): EntityType {
  if (relation === 'develops' || relation === 'banned') return role === 'source' ? 'company' : 'product';
  return 'company';
}

function resolveType(m: SentenceMention, relation: RelationKind, role: 'source' | 'target', typeUnknown: TypeUnknown, peer?: EntityType, standing?: UnknownStanding): EntityType | undefined {
  const acting = role === 'source' && (relation === 'banned' || relation === 'restricts' || relation === 'sued');
  return m.source === 'unknown' ? typeUnknown(m, peer ?? typeFromRole(relation, role), acting, standing) : m.type;
}

/** The article text of abstract-sentence characters [from, to): the trigger as written. */
export function triggerText(sentence: AbstractSentence, text: string, from: number, to: number): string {
  const inside = sentence.tokens.filter((t) => t.at >= from && t.at < to);
  if (inside.length === 0) return '';
  return text.slice(inside[0]!.start, inside[inside.length - 1]!.end);
}
