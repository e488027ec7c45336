import { HIRED_BEFORE } from './hired-agents';
import type { EntityType, RelationKind } from '../types';
import { RELATIONS } from '../relation-registry';
import { EXPORT_BAN_LIST_REACH, REGION_IMPORT_BANS } from './region-import-bans';
import { DUTIES_WITH_ORIGIN_IN_PURPOSE } from './duties-origin-patterns';
import { EXPORT_CONTROLS_AS_NOUNS } from './export-control-patterns';
import { LICENCE_REQUIREMENTS } from './licence-requirement-patterns';
import { CUSTOMS_ORDERS_AND_INDIRECT_DUTIES } from './customs-duty-orders';
import { FIRM_DUMPING_RATES } from './firm-dumping-rates';
import { CUSTOMS_HOLDS_PREFERENCES_DIVESTMENTS } from './customs-holds-preferences-divestments';
import { RIVALS_BOUGHT_AND_FIELDED } from './rival-bought-patterns';
import { RIVALS_IN_ROLES_AND_APPOSED_LISTS } from './rival-role-patterns';
import { ORDERED_DUTIES } from './order-duty-patterns';
import { TITLE_AND_BRAND_BANS } from './title-bans';
import { TITLE_BAN_FORMS } from './title-ban-forms';
import { GLUED_MEASURE_UNITS } from './glued-measures';
import { SLASHED_CO_POSSESSOR } from './slashed-possessors';
import { NOT_MADE_BEHIND } from './behind-events';
import { TWO_WORD_GOODS, BRAND_PLURALS, PARTS_FOR_A_NAME, NOT_GOODS_HEADS, NON_MARKET_RANKS, FIRMS_NOUN_WORDS, PAST_RIVAL_WORDS, CONDUCT_GERUNDS, DOCUMENT_NOUNS, WRITING_NOUNS, FORK_VERBS, HOLDING_NOUNS, HOLDING_WORDS, STATE_MEASURE_NOUNS, LIMITED_GERUNDS, LIST_ADVERB_WORDS, STOCK_INDEX_WORDS, FRANCHISE_FLAG_WORDS, MAKER_NOUN_WORDS, NOT_MADE_AFTER, NOT_SUPPLIED_NEXT, OWNED_NOUNS, MADE_KIND_WORDS, PERSON_ROLE_WORDS, PRODUCT_NOUN_WORDS, TRADE_NAME_WORDS, LICENCE_COMPOUND_HEADS, INVESTOR_NAME, STATE_FARM_GOODS, FROM_RIVAL_DESCRIBING } from './cue-words';
import { RIVALRY_AS_RACE } from './rival-race-patterns';
import { RIVALRY_AS_GROUND } from './rival-ground-patterns';
import { RIVALRY_ACROSS_WORDS } from './rival-gapped-patterns';
import { MARKETPLACE_BRAND_PATTERNS, NOT_AFTER_PLACE_OBJECT } from './marketplace-brand-patterns';
import { BRAND_CARRIER_PATTERNS } from './brand-carrier-patterns';
import { RIVALRY_AS_AIM_OR_BID } from './rival-aims-bids';
import { RIVALRY_TOLD_INDIRECTLY } from './rival-indirect-patterns';
import { PERMISSION_AND_USE_BANS } from './permission-and-use-bans';
import { DEBUT_WITH_OTHERS_THING_AFTER, DEBUTS_AND_COLLABORATIONS } from './debuts-and-collaborations';
import { VENDOR_USER_CURBS } from './vendor-user-curbs';
import { APPOSED_MAKERS, FIRMS_TIE_AFTER } from './apposed-maker-patterns';
import { POSSESSED_SITES } from './possessed-site-patterns';
import { DESCRIBED_KIND_MEMBERS } from './described-kind-members';
import { FORCED_SUSPENSIONS } from './forced-suspensions';
import { MAKER_ASIDES } from './maker-asides';
import { BRAND_MAKER_ANAPHORS } from './brand-maker-anaphors';
import { AWARDED_PASSIVE_BEFORE, ORDERED_GOODS_PATTERNS } from './ordered-goods-patterns';
import { ORDERED_FROM_PATTERNS } from './ordered-from-patterns';
import { ORDERED_ACCESS_CUT_PATTERNS } from './ordered-access-cut-patterns';
import { FIRM_DESCRIBED_AFTER_STATE, PLANT_IMPORT_BANS } from './plant-import-bans';
import { SEIZED_FIRM_PROPERTY } from './seized-firm-property';
import { APPOSED_ENTRY_MAKERS } from './apposed-entry-makers';
import { UNSEATING_PARTICIPLES } from './unseating-participles';
import { GOODS_BAN_PHRASINGS } from './goods-ban-phrasings';
import { STARTED_ACT_WORDS } from './state-goods-plurals';
import { RIVAL_CLAUSE_NEIGHBOURS } from './rival-clause-neighbours';
import { DECISION_NOT_TAKEN, DECISION_UNDONE, DEVICE_USE_BANS } from './device-use-bans';
import { LONG_BAN_PHRASINGS } from './long-ban-phrasings';
import { COPULAR_AND_NOMINAL_MAKERS } from './copular-maker-patterns';
import { RIVALS_IN_FRAMES_AND_KIND_LISTS } from './rival-frame-lists';
import { STATE_ACT_EFFECTS } from './state-act-effects';
import { LAUNCHES_WITH_ASIDES } from './launch-asides';
import { PIPELINE_ASSETS } from './pipeline-assets';
import { APPROVAL_KIND_PHRASINGS } from './approval-kind-phrasings';
import { DRUG_MAKER_PHRASINGS } from './drug-maker-phrasings';
import { UPDATE_AND_RELEASE_MAKERS } from './update-and-release-makers';
import { MODEL_PARITY } from './model-parity-patterns';
import { ORDERED_OFF_SHELVES } from './ordered-off-shelves';
import { DEAL_REMEDY_PHRASINGS } from './deal-remedy-phrasings';
import { REGULATOR_ACT_NOUNS } from './regulator-act-nouns';
import { DESCRIBED_PASSIVE_MAKERS } from './described-passive-makers';
import { JOINT_EFFORT_MAKERS } from './joint-effort-makers';
import { PORTFOLIO_KIND_LISTS } from './portfolio-kind-lists';
import { OWNER_BRAND_SETS } from './owner-brand-sets';
import { OWNED_TITLE_SETS } from './owned-title-sets';
import { ADDED_SET_MEMBERS } from './added-set-members';
import { PORTFOLIO_MEMBER_BRANDS } from './portfolio-member-brands';
import { POSSESSED_SET_OFF_LISTS } from './possessed-set-off-lists';
import { HYPHEN_PAIR_DEAL_BLOCKS } from './hyphen-pair-deal-blocks';
import { MAKER_BY_PHRASINGS } from './maker-by-phrasings';
import { RIVAL_COPULAR_FIELDS } from './rival-copular-fields';
import { BRAND_SET_VERBS } from './brand-set-verbs';
import { IMPORT_ALERT_ORIGINS } from './import-alert-origins';
import { BRANDS_NAMED_AS_EXAMPLES } from './brands-named-as-examples';
import { ADDRESS_RECALL_MAKERS } from './address-recall-makers';
import { UNIT_HELD_BRANDS } from './unit-held-brands';
import { OWN_NAME_RECALLS } from './own-name-recalls';
import { BRAND_LIST_ASIDES } from './brand-list-asides';
import { APPROVAL_ENDINGS } from './approval-endings';
import { OWN_GOODS_SOLD } from './own-goods-sold';
import { RECALLED_KINDS, RECALLED_OTHERS_GOODS } from './recalled-goods';
import { OWNED_KIND_NAMED } from './owned-kind-named';
import { BRAND_SALE_PARTIES } from './brand-sale-parties';
import { ACQUIRED_BRAND_OWNERS } from './acquired-brand-owners';
import { NAME_MODIFIED_KIND_APPOSED } from './name-modified-kind-apposed';
import { BRAND_NOUN_APPOSITIONS } from './brand-noun-appositions';
import { CAMEL_NAME_OF_MAKERS } from './camel-name-of-makers';
import { PAUSED_OWN_PROJECTS } from './paused-own-projects';
import { STATE_MADE_STORE_PULLS } from './state-made-store-pulls';
import { ORDERED_OFF_MARKET } from './ordered-off-market';
import { LAUNCHED_LINE_MEMBERS } from './launched-line-members';
import { RIVAL_RANK_STANDINGS } from './rival-rank-standings';
import { RIVAL_POSSESSED_STANDING } from './rival-possessed-standing';
import { SHIPPED_GOODS_MAKERS } from './shipped-goods-makers';
import { RIVAL_RANK_MOVES } from './rival-rank-moves';
import { RANK_RIVAL_BEFORE_NAME } from './rank-comparator-rivals';
import { RIVAL_RANK_ELLIPSIS } from './rival-rank-ellipsis';
import { FRONTED_MAKERS_AFTER_ADJUNCTS } from './fronted-makers-after-adjuncts';
import { MEANS_AGAINST_RIVALS } from './means-against-rivals';
import { DESCRIBED_RIVAL_PAIRS, DESCRIBED_RIVAL_LISTS } from './described-rival-pairs';
import { COMPOUND_KIND_FROM_MAKERS } from './compound-kind-from-makers';
import { POSSESSED_KIND_IS_CALLED } from './possessed-kind-is-called';
import { SPEAKER_AFTER_APPOSED_NAME } from './speaker-after-apposed-name';
import { HEADLESS_AGENT_LISTS } from './headless-agent-lists';
import { RIVAL_CHALLENGER_SHAPES } from './rival-challenger-shapes';
import { PLATFORM_PREMODIFIED_WORKS } from './platform-premodified-works';
import { NOMINAL_AND_APPOSED_MAKERS, BY_THE_DESCRIBED } from './nominal-and-apposed-makers';
import { PARTICIPLE_KIND_MEMBERS } from './participle-kind-members';
import { MAKERS_TOLD_AFTER } from './makers-told-after';
import { COUNTED_NAMED_KINDS } from './counted-named-kinds';
import { LISTED_KIND_MAKERS } from './listed-kind-makers';
import { PLATFORMS_AFTER_MADE_KIND } from './platforms-of-made-kind';
import { STATE_LEVIES_ON_FIRMS } from './state-levies-on-firms';
import { ANNOUNCED_APPOSED_KINDS } from './announced-apposed-kinds';
import { FIRM_NOUN_KIND_THEN_FIRM_SAID } from './firm-noun-kind-then-firm-said';
import { RIVAL_STANDS_AGAINST } from './rival-stands-against';
import { MEANS_NAMED_AFTER_KIND } from './means-named-after-kind';
import { RELEASE_NOUN_MAKERS } from './release-noun-makers';
import { NOT_USED_PART_OR_ORDERED_RIVAL } from './used-parts-and-rivals';
import { POSSESSED_SLASHED_PAIRS } from './possessed-slashed-pairs';

/**
 * Construction patterns: the relations a fixed construction states rather than a trigger word
 * ("Baidu's Ernie Bot", "Kimi, a chatbot developed by Moonshot AI", "according to Reuters",
 * "backed by"). Bans, restrictions and competition come from their triggers
 * (trigger-relations.ts), which attach arguments by clause structure instead of templates.
 * Written over abstract sentences (see abstract-sentence.ts) in a small template language that
 * compiles to one regex each:
 *   X, Y     a list of mentions ("@1 , @2 and @3"; "@4 's @5" counts as @5) — source and target
 *   X1, Y1   a single mention
 *   T(a|b)   the trigger words, kept as provenance
 *   AUX      auxiliaries, adverbs, negations and modals ("has reportedly", "does not", "would")
 *   G3       up to 3 words that are neither mentions nor clause punctuation
 *   C8       up to 8 words or commas, no mentions (reaches across an apposition)
 *   A6       up to 6 tokens of any kind, mentions included ("exports of Nvidia's chips to")
 *   P        an optional parenthetical ", the Chinese e-commerce giant ," or ", the startup that"/", which"
 *   POSS     a possessor: "@1 's" or "its@1" — the source, and the trigger
 */
export interface RelationPattern {
  relation: RelationKind;
  /** The rule id recorded with each claim; `pattern:<relation>:<index>` when not given. */
  id?: string;
  template: string;
  /** Skip the match when the words right after it match: "Alibaba's Claude Code ban" is no possessive. */
  notFollowedBy?: RegExp;
  /** Skip the match when the words before it match: "a ban on ChatGPT from Italy". */
  notPrecededBy?: RegExp;
  /** Skip the match when a target is a state or a place: a bracket of places after a firm is its address ("Zenco (Waukesha, Wisconsin)"). */
  notAnAddress?: boolean;
  /** No Y in the template: the target is the sentence's first other mention ("…, according to Reuters"). */
  targetIsTopic?: boolean;
  /**
   * Words one of which the sentence must hold for the template to match, when rarer than the
   * trigger's words (a literal the template always spells): the pattern is tried only on those
   * sentences. Defaults to the trigger's first words.
   */
  indexBy?: readonly string[];
  /** Words the sentence must hold for the template to match at all (":", "(", "by"; "is|was" for either): saves running its regex on most sentences. */
  requires?: readonly string[];
  /**
   * What the sentence's text must hold for the template to match at all, for a template too long to compile on every process: V8
   * compiles a regex on its first search (some 200 ms for the longest), so a quick test that fails on most sentences spares it.
   */
  sentenceHolds?: RegExp;
  /** The trigger is a verb: not after a determiner ("the bans are …") and, when X precedes it, not passive ("X was restricted"). */
  verb?: boolean;
  /** Only a government acts: "Zenco told Qorva it needs approval to sell to Kappa" is a firm's deal, no control. */
  stateActor?: boolean;
  /**
   * The template's group `k` (else its trigger, `t`) holds a word that must name a kind of made
   * thing (`isMadeKind` in cue-words.ts: "the Vexa dehumidifier from Zenco"). A check in code,
   * where an alternation of thousands of words would slow every sentence's match; such a pattern
   * is indexed by MADE_KIND_WORDS.
   */
  kindNoun?: boolean;
  /**
   * The article's words right after the target's name must match: a kind its mention was widened
   * over and the abstract sentence no longer shows ("rejected the Qwik app" reads "rejected the @1").
   */
  targetThenKind?: RegExp;
  /** The article's words right after the target's name must not match: a kind a mention was widened over that is no made thing ("whose Qorva plant"). */
  targetNotThenKind?: RegExp;
  /** The name in the template's group `a` must be the target itself, by another of its names (a drug's generic in brackets before its maker). */
  aliasOfTarget?: boolean;
  /** The target must be of this type: "blocked the sale of Zenco" restricts a firm sold, where "the sale of Zeta" bans a product. */
  targetType?: EntityType;
  /**
   * The target must not be of this type, or of any of these: "Zenco's entry into the cloud market with Qorva" names a partner firm, not
   * a thing made.
   */
  targetNotType?: EntityType | readonly EntityType[];
  /** The target's name must not start with one of these words: "the Nasdaq up 1%" names an index, not a rival moving with the firm. */
  targetNotNamed?: ReadonlySet<string>;
  /** The target's name must match: "Zenco's car effort, Project Falcon," names the effort's project by its "Project" name (helper cop). */
  targetNameIs?: RegExp;
  /** The target must be a name the lexicon does not know: "Zenco's foray into crypto, Bitcoin," names the market's best-known thing, not Zenco's. */
  targetUnknown?: boolean;
  /**
   * Any actor may act, though the trigger is one the registry gives to states alone ("shut down", "take down"): what the template
   * names is no one's own thing, so a firm taking it down bans it ("Zenco took down the Zeta botnet").
   */
  anyActor?: boolean;
  /**
   * The actor must look like a maker: a name with a maker's or a company's word ("Zenco Medical", "Zenco Inc"), a name the lexicon
   * does not know, or one after a maker's noun in the match ("by its maker, Zenco"). "recalled by Walmart" names a seller (review rr90d).
   */
  makerLikeSource?: boolean;
  /** Y's last member may be followed by more, each after its own description (", diffusion line B and label C"; helper brm92). */
  describedList?: boolean;
  /** The actor's name must not match: "the Securities Commission ordered a halt to trading in Zenco" halts its shares. */
  sourceNotNamed?: RegExp;
  /** The target must be named, not an anaphor: "a deal with the software maker Zenco" reads "the software" as the app named before. */
  targetNamed?: boolean;
  /** A government is no actor when the trigger matches: "the FCC halted production of Zeta" stops a maker's work, it makes nothing. */
  notStateWhen?: RegExp;
  /** The name in the template's group `q`, one that qualifies the trigger, must not be of this type: "Zenco's main US rival" names a place, no thing. */
  qualifierNotType?: EntityType;
  /** The name in group `q`, when it matched, must be of this type: a licence's sale "to China" aims at a state, one "to Zenco" at a buyer. */
  qualifierType?: EntityType;
}

/**
 * A maker's credits in a list, each member with a describing word before it or its kind after it: "Zeta, Vela and the upcoming Tallon",
 * "Zeta and the Vela series" (helper brl92). Group y, no possessed member ("Qorva's Vela" is Qorva's).
 */
const CREDIT_ITEM = String.raw`(?:the |its |their )?(?:(?:upcoming|forthcoming|latest|new|original|recent|classic|acclaimed|popular|hit|best-selling|bestselling|long-running|beloved|cult|critically acclaimed) )?@\d+(?! 's)(?: (?:series|franchise|games|titles|saga|trilogy|brand|brands|line|range|family))?`;
const CREDIT_LIST = String.raw`(?<y>${CREDIT_ITEM}(?:(?: , ${CREDIT_ITEM})*(?: ,)? (?:and|as well as) ${CREDIT_ITEM})?) `;
/**
 * After a thing's name or a list of them, another firm named as its maker, runner or issuer ("…, run by Qorva", "… from Qorva", "Zeta and
 * Vela, which were made by Qorva", "a card called Zeta issued by Qorva"), or the subject's trade in them as a seller's or another's
 * agent ("…, which it distributes", "…, which it runs for Qorva"; not "which it sells", said of an owner's own goods too): another
 * firm's things (helpers app92, rr92a).
 */
const OTHERS_THING_AFTER_NAME = /^(?:, )?(?:(?:which|that) (?:is|was|are|were) |(?:both|all|each) )?(?:(?:run|owned|operated|made|built|developed|provided|offered|backed|designed|created|launched|supplied|licensed|issued|underwritten|produced|published|acquired|bought) by |(?:from|by|of) (?:the )?@\d+(?: |$))|^(?:, )?(?:which|that) (?:it|they) (?:now |also |still )?(?:distributes|distribute|resells|resell|stocks|stock|carries|carry|imports|import|licen[cs]es|licen[cs]e)(?: |$)|^(?:, )?(?:(?:which|that) (?:it|they) (?:[a-z]+ ){1,2})?(?:for|on behalf of) (?:the )?@\d+(?: |$)/;
/** Words between a maker's name and its goods that make the goods another's or no one's in particular (pattern maker-prefixed-goods-including). */
/** Names that end in a seller's, an agency's, an investor's or a venue's word: what such a firm is behind, responsible for or home to is others' (helper brl92). */
const NOT_MAKER_NAME_ENDS = /(?:Distribution|Distributors?|Retail|Retailers?|Agency|Advertising|Marketing|Media|Capital|Ventures|Partners|Investments?|Logistics|Store|Stores|Shop|Market|Marketplace|Pass|Arcade|Play|Plus|Network|TV|Channel|Cinema|Museum|Festival|Park|City|Stadium|Arena|Mall|Centre|Center|Hub|Platform|Steam|Xbox|PlayStation|Switch|Netflix|Campus|Valley|Bay|Islands?|Region|State|Province|County|District|Quarter|Coast|Town|Village|Square|Street|Hall|Library|Gallery|Zoo|Airport|Harbou?r)$/i;
/** Words that give a second clause of trade its own subject, or make the subject a buyer or a stockist of the goods. */
const OTHER_TRADER_WORDS = 'others|rivals?|competitors?|retailers?|stores|shops|dealers|distributors?|resellers?|stockists?|buyers|customers|consumers|shoppers|users|partners|suppliers|they|many|some|most|buys|buy|bought|buying|imports|imported|importing|resells|resold|distributes|distributed|stocks|stocked|carries|carried|carry|finds|find|found|sources|sourced';
/**
 * Up to n words with no clause mark, licence, client or buyer among them, and names only when `names`: a trade under brands held for
 * another or sold to one is no maker's (helper brl92).
 */
// In the second clause (no names), not a subject of its own nor a buyer's or a stockist's verb either: "while rivals sell heaters
// under brands such as Vexa", "and stores carry heaters under …", "and buys heaters under …" name others' brands (re-read rr92a).
const ownTradeGap = (n: number, names: boolean): string => String.raw`(?:(?!(?:licen[cs]es?|licen[cs]ed|behalf|clients?|to${names ? '' : `|${OTHER_TRADER_WORDS}`}) )[^${names ? '' : '@'}\s,;:.()!?]\S* ){0,${n}}`;
/**
 * Words that cannot stand between a maker's name and its goods as a modifier ("Zenco database services"): a verb's past or third
 * person and a quantifier make the name a clause's subject ("Apple removed several games, including …" names a store's removals).
 */
const NOT_GOODS_MODIFIERS = String.raw`(?:[a-z-]*(?:ed|s)|several|many|some|the|a|an|all|more|most|other|few|two|three|four|five|its|their|his|her|our) `;
const NOT_MAKERS_GOODS_WORDS = String.raw`(?:rival|rivals|competing|competitor|competitors|partner|partners|third-party|compatible|certified|approved|licensed|licenced|streaming|hosted|listed|featured|exclusive|reseller|resellers|retail|store|stores|customer|customers|client|clients|supplier|suppliers|investor|investors|portfolio|group|rivals'|partners') `;
/** What opens a relative clause about the firm before it: "Zenco, which …", "Zenco, a chipmaker that …", "Zenco, a firm the US …". */
const APPOSED_RELATIVE = '(?:(?:a|an|one|another) (?:[a-z-]+ |@\\d+ ){0,2}(?:entity|company|firm|group|supplier|maker|manufacturer|business|chipmaker|lender|bank|trader|subsidiary|unit|operator) (?:that |which )?|(?:which|that) )';
/** Adverbs between the actor and its verb in such a clause: "which the Treasury later sanctioned". */
const RELATIVE_ADVERBS = '(?:also |later |first |previously |already |formally |subsequently )';
/** Words that make a target of sanctions only guessed at, or of sanctions no longer in force (pattern target-of-sanctions-is). */
const TARGET_HEDGES = '(?:likely|possible|potential|probable|next|intended|proposed|planned|threatened|expected|lifted|removed|eased|suspended|former|earlier|previous|not|no|may|might|could|would) ';
/**
 * A word shaped like an adjective: "iconic", "fabled", "famous", "affordable", "legendary",
 * "cheapest". Not the words of an account on another's platform ("on its official WeChat").
 */
const ADJECTIVE_SHAPE = '(?!(?:official|verified|personal|social) )[a-z]+(?:ic|al|ous|ful|ive|able|ible|ed|est|ary)';
/**
 * Nouns after "X's Y" that make Y a modifier of something other than a made thing: "Alibaba's Claude Code
 * ban", "Zenco's Qorva acquisition", "Zenco's Vexlin plant", "Zenco's Qorva unit", "Zenco's Qorva licence" (held, not made), "its
 * Great Firewall blacklist" (a list's title; helper ban90).
 */
const NOT_MADE_NEXT = /^(?:ban|bans|prohibition|restrictions?|sanctions|block|blocking|suspension|controls|acquisition|acquisitions|takeover|merger|purchase|deal|deals|stake|investment|unit|division|segment|segments|subsidiary|arm|consortium|lab|labs|plant|plants|factory|factories|office|offices|headquarters|campus|facility|facilities|site|shares|stock|shareholders|employees|staff|workers|executives|team|operations|contract|contracts|partnership|lawsuit|bid|offer|exit|listing|ipo|licence|license|licences|licenses|permit|permits|blacklist|blacklists|denylist|denylists) /;
/**
 * After a possessed thing, its maker named by a passive: "Vexa Air showed its new ZX1 jets built by Zenco" (helper its96: the
 * possessor is the buyer or the operator, not the maker; the passive gives the maker). Not the possessor's own team or unit ("by its …").
 * Only a reduced passive, right after the thing: a clause's own passive, with "was" or "were", is said of the possessor's thing
 * ("Zenco's Kindlo and Alexo devices were developed by Labnine": the brands stay Zenco's, and Labnine makes them too; fix96b).
 */
/**
 * After "X's Y", an exchange-traded product that tracks Y: "its Bitcoin spot ETF", "Zenco's Zeta futures fund" name the asset the
 * fund holds or follows, no thing the issuer makes (helper riv100, from news of funds).
 */
const TRACKED_ASSET_NEXT = /^(?:spot|futures|physical|leveraged|inverse|tracker|tracking)(?: [a-z-]+)? (?:etf|etfs|etp|etps|exchange-traded|fund|funds|trust|trusts|product|products|note|notes|index|@\d+) /;
const NOT_MADE_NEXT_OR_ANOTHERS = new RegExp(`${NOT_MADE_NEXT.source}|${TRACKED_ASSET_NEXT.source}|^(?:(?!(?:is|are|was|were|be|been|being|has|have|had) )[a-z-]+ ){0,2}(?:, )?(?:made|built|developed|designed|manufactured|produced|supplied|engineered) by (?!(?:its|their|the company|itself)(?:@\\d+)? )`);
/**
 * Parties a bracket after a firm may name other firms of, not things: "bids from Zenco (Qorva) and Kappa (Vexa, Zeta)", "shareholders of
 * Kappa (Vexa, Zeta)": partners or parents beside a bidder or a holder (review rr90c), the list of firms before the bracket only names.
 */
const PARTIES_LISTED_BEFORE = /(?:^| )(?:bids?|bidders?|offers?|tenders?|consortiums?|consortia|partners|shareholders|investors|owners|ventures?|groups) (?:(?:came|come|were received|arrived) )?(?:from |of |by |between |among |including |such as |like |were |are |: )?(?:(?:the )?@\d+ (?:\( [^()]* \) )?(?:, |and |, and )?)*$/i;
/**
 * A singular description before the first of two owners: "startup Vell and Zenco's Zapp" lists two things, Vell and Zenco's Zapp,
 * no joint owners (helper fpz94, fresh sample s91c). "rivals Vell and Zenco's joint venture" (a plural) keeps the pair.
 */
const JOINT_OWNERS_DESCRIBED_FIRST = /(?:^| )(?:startup|start-up|rival|firm|company|maker|developer|upstart|newcomer|unicorn|app|platform|brand|retailer|bank|insurer|carrier|lab|studio|publisher|operator)(?: @\d+ 's)? $/i;
/** A league, a club or an event's body, named as such: "The Zeta League dropped broadcaster Zenco" ends a deal, it bans no outlet (fresh set 80). */
const EVENT_BODY_NAME = /\b(?:League|Association|Federation|Club|Cup|Championships?|Tour|Olympics|Games|Committee|Festival|Awards?)$/;
/**
 * Before "Y by X", words that make X the author, buyer or banner of Y, not its maker: "a report on Zeta by Reuters", "the acquisition of
 * Zeta by Qorva"; "rejected from the App Store by Apple" names the store a thing left (stop 75's thirty-seventh set); "spyware dubbed
 * Zeta by security firm Qorva" names who named it (helper fe85: naming or tracking a thing is not making it). "Z-200, developed for Zenco by
 * Qorva" names a client before "by", the maker after it (helper cop94).
 */
const NOT_MADE_BY_BEFORE = /(?:^| )(?:reports?|analys[ie]s|study|studies|survey|review|reviews|investigation|probe|story|article|coverage|ranking|test|tests|benchmarks?|acquisition|purchase|takeover|sale|ban|bans|blocking|banning|use|usage|adoption|deployment|removal|investment|stake|funding|backing|support|endorsement|criticism|defeat|replacement|challenge|suit|lawsuit|complaint|of|on|about|into|against|from|was|were|is|are|been|being|be|'s|dubbed|nicknamed|tracked as) (?:the |a |an )?$|(?:^| )(?:developed|built|made|designed|created|engineered|produced|manufactured) (?:specifically |especially |exclusively )?for (?:the )?$/;
/** An adverb of degree before a modifier: "Zenco's wildly popular Zeta", "its hugely successful Zeta" (not "only", "early"). */
const DEGREE_ADVERB = '(?!(?:only|early|likely|family|supply|reportedly|allegedly) )[a-z]+ly';
/** A rival's nouns, the last part of a compound that names a rival rather than describing a made thing: "Zenco's arch-rival Qorva". */
const RIVAL_WORDS = '(?:rival|rivals|competitor|competitors|challenger|challengers)';
const BAN_OR_LIMIT_BEFORE = /(?:^| )(?:ban|bans|banned|banning|barred|blocked|prohibited|prohibition|restrictions?|restricted|sanctions|switch|switched|moved|move|migrate|migrated) (?:\S+ ){0,3}$/;
/**
 * Before "Y from X", words that make X where Y was bought or flown from, not its maker: "acquired Zeta from Qorva", "the launch
 * of its Vela rocket from the Zembla Spaceport" (stop 50's readers); where it was removed from ("is removing Zeta from
 * ZenStore", stop 52's readers); and those of a ban or a limit (BAN_OR_LIMIT_BEFORE). The verb may stand before a list whose last
 * member is Y: "bought the brands Vexa and Plix from Zenco" names the seller, not Plix's maker (helper fp91, from brl91's report).
 */
const NOT_MADE_FROM_BEFORE = new RegExp(`${BAN_OR_LIMIT_BEFORE.source}|(?:^| )(?:acquired|acquires|acquire|acquiring|acquisition|bought|buys|buy|buying|purchased|purchases|purchase|licensed|licenses|licensing|obtained|obtains|imported|imports|launch|launches|launched|launching|flight|flights|flew|flies|fired|removed|removes|remove|removing|removal|pulled|pulls|pull|pulling|delisted|delists|delist|delisting|deleted|deletes|delete|deleting|kicked|kicks|kicking|expelled|expels|ejected|withdrew|withdraws|withdrawn|withdrawing|excluded|excludes|excluding|purged|purges|purging|rejected|rejects|reject|rejecting|refused|refuses|refusing) (?:\\S+ ){0,3}(?:@\\d+ (?:, (?:and )?|and ))*$`);
/**
 * An order won, or one for the subject's own goods, names the buyer after "from": "won an order for its Zeta jets from Qorva",
 * "secured a contract for 20 Zeta cranes from the port" (helper sup88, fresh samples on supply deals).
 */
const ORDER_WON_BEFORE = /(?:^| )(?:won|wins|win|winning|secured|secures|secure|securing|received|receives|receive|landed|lands|bagged|bags|booked|books|clinched|clinches|got|gets|has|had|have) (?:an |a |the |its |their |another |new |first |fresh |big |major |large |\S+ ){0,3}(?:orders?|contracts?|deals?) (?:\S+ ){0,6}$|(?:^| )(?:orders?|contracts?) (?:for|to supply|to deliver|to build) (?:its|their) (?:\S+ ){0,3}$/;
const NOT_MADE_FROM_OR_ORDER_WON_BEFORE = new RegExp(`${NOT_MADE_FROM_BEFORE.source}|${ORDER_WON_BEFORE.source}`);
/** Helper dm86: "data on the Zeta model from research firm Qorva", "a quote about the Plix app from Qorva": the firm gave the data or quote. */
const NOT_MADE_FROM_OR_ABOUT_BEFORE = new RegExp(`${NOT_MADE_FROM_BEFORE.source}|(?:^| )(?:on|about|regarding|for|over) (?:the |a |an )?$|(?:^| )(?!(?:version|versions|edition|editions|update|updates|release|releases) )[a-z-]+ of (?:the |a |an )?$`);

/**
 * After "targeted Y": an inquiry, a suit, a fine, a tax or a tariff, not measures on Y; a ban, which its noun reads
 * ("targeted Zenco with a ban" is banned); or Y's own things ("targeted Zenco's suppliers").
 */
const TARGETED_BY_OTHER_MEANS = /^(?:'s |with (?:a |an |the |its |new |fresh )?(?:[a-z-]+ ){0,2}(?:bans?|blocks?|probes?|investigations?|inquiry|inquiries|lawsuits?|suits?|complaints?|fines?|cases?|reviews?|taxe?s?|tariffs?|levies|levy|charges?|raids?)|over |for (?:alleged )?(?:antitrust|tax|monopoly|anticompetitive)|in (?:a |an |its |their )?(?:[a-z-]+ ){0,2}(?:probes?|investigations?|inquiry|lawsuits?|cases?)|(?:in |for )?(?:antitrust|tax|privacy) )/;

/** After "pitted Zenco against Y": a state's body or another's rivals, no firm the subject contests ("… the Ruritanian government"). */
const PITTED_AGAINST_NO_RIVAL_AFTER = /^ ?(?:government|governments|authorities|regime|administration|state|ministry|regulators?|officials|lawmakers|parliament|court|courts|'s (?:[a-z-]+ )?(?:rivals|competitors|peers))(?= |$)/;

/** An employer's people, denied a tool ("its employees will not be allowed to use …"). */
const STAFF_NOUNS = 'employees|employee|staff|staffers|workers|engineers|developers|officials|servants|personnel|agents|lawmakers';
/** Being denied a tool, the negation inside (the claim is asserted): "will not be allowed to use", "are prohibited from using", "cannot use". */
const DENIED_USE = "not be allowed to use|not allowed to use|no longer allowed to use|not be permitted to use|not permitted to use|no longer permitted to use|barred from using|prohibited from using|forbidden from using|banned from using|blocked from using|cannot use|can no longer use|can't use|may not use|must not use|not be able to use|no longer able to use";

/** Not right after a holding: "a venture with stakes owned by Qorva" tells who owns the stakes, not who made the venture (stop 53's readers). */
const NOT_AFTER_HOLDING = `(?<!(?:^| )(?:${[...HOLDING_NOUNS, ...DOCUMENT_NOUNS].join('|')}) )`;

/** A state's unnamed body after its name, acting for it: "Ruritania's government ordered …" (the patterns' X is the state). */
const STATES_BODY = "(?:'s (?:government|administration|cabinet|authorities|regulators) )?";

/** Kinds of things an owner's name may stand before, plural ("phones", "speakers"). */
const OWNED_KINDS = [...OWNED_NOUNS].join('|');

/** Skips an announced name unless the clause ends or moves on after it: "announced Zeta-2 on Monday", not "announced Zeta-2 support". */
const NOT_AFTER_ANNOUNCED_THING = /^(?!$|[,.;:()!?] |(?:on|at|in|this|last|earlier|today|yesterday|and|or|as|which|with|for|to|during|after|before|alongside|amid|'s) )/;

/** Verbs of going after buyers ("chasing", "courts", "fishing"), each with the preposition it takes, for rivals after the same prey. */
const SAME_PREY_VERBS = [
  ...['fish', 'fishes', 'fished', 'fishing'].map((v) => `${v} in|${v} from`),
  ...['go', 'goes', 'went', 'going'].map((v) => `${v} after`),
  'chase|chases|chased|chasing|court|courts|courted|courting|woo|woos|wooed|wooing|pursue|pursues|pursued|pursuing|target|targets|targeted|targeting|serve|serves|served|serving',
  ...['sell', 'sells', 'sold', 'selling', 'market', 'markets', 'marketed', 'marketing'].map((v) => `${v} to`),
  ...['cater', 'caters', 'catered', 'catering', 'appeal', 'appeals', 'appealed', 'appealing'].map((v) => `${v} to`),
  ...['aim', 'aims', 'aimed', 'aiming'].map((v) => `${v} at|${v} for`),
].join('|');
/** Adverbs before those verbs: "is now chasing", "increasingly courts". */
const SAME_PREY_ADVERBS = '(?:also|now|soon|increasingly|directly|largely|mostly|mainly|squarely|essentially|effectively|often)';
/** "the same pool", "the very same customers", "the same young buyers": the prey (buyers, a market, or the pool fished in; a pool of
 * investors, talent or capital is a shared source, not a market). */
const SAME_PREY = '(?:the|a) (?:very )?same (?:[a-z-]+ ){0,2}(?:customers|customer|buyers|shoppers|users|clients|consumers|audience|audiences|market|markets|segment|segments|niche|(?:pool|pond)(?! of (?:investors|talent|capital|engineers|workers|funds|funding|money|cash|staff|employees|graduates|developers|researchers|labour|labor|lenders|backers)(?= |$))|waters|advertisers|readers|viewers|subscribers|gamers|drivers|riders|travellers|travelers|diners|households|demographic|demographics|crowd|fans|patients|buyer|base)';

/** Verbs of pressing on a rival's ground ("nipping at", "muscling in on", "eat", "poaching"), each with its preposition. */
const PRESSING_VERBS = [
  ...['nip', 'nips', 'nipped', 'nipping', 'snap', 'snaps', 'snapped', 'snapping'].map((v) => `${v} at`),
  ...['breathe', 'breathes', 'breathed', 'breathing'].map((v) => `${v} down`),
  ...['go', 'goes', 'went', 'going', 'come', 'comes', 'came', 'coming'].map((v) => `${v} after`),
  ...['muscle', 'muscles', 'muscled', 'muscling'].map((v) => `${v} in on|${v} into`),
  ...['encroach', 'encroaches', 'encroached', 'encroaching', 'trespass', 'trespasses', 'trespassed', 'trespassing'].map((v) => `${v} on|${v} upon`),
  ...['move', 'moves', 'moved', 'moving', 'push', 'pushes', 'pushed', 'pushing', 'expand', 'expands', 'expanded', 'expanding', 'venture', 'ventures', 'ventured', 'venturing'].map((v) => `${v} into|${v} onto`),
  ...['gun', 'guns', 'gunned', 'gunning'].map((v) => `${v} for`),
  ...['win', 'wins', 'won', 'winning'].map((v) => `${v} over`),
  'eye|eyes|eyed|eyeing|eat|eats|ate|eaten|eating|poach|poaches|poached|poaching|lure away|lures away|lured away|luring away|steal|steals|stole|stolen|stealing|invade|invades|invaded|invading|chase|chases|chased|chasing|court|courts|courted|courting|woo|woos|wooed|wooing',
].join('|');
/** A rival's ground pressed on: its heels, neck, lunch, turf or buyers ("Qorva's heels", "Qorva's home turf", "Qorva's core customers"). */
const RIVALS_GROUND = '(?:heels|neck|lunch|crown|turf|territory|patch|backyard|stronghold|customers|users|buyers|shoppers|subscribers|clients|customer base|user base)';


/** After the maker named by a copula: another's ("is Qorva's parent") or a question ("is Zenco? No, …"); the copula names no maker then. */
const NOT_THE_MAKER_NAMED = /^ ?(?:'s |' |\? |.* \? )/;
/** The copula that names a maker described before it: "is", "was now", "is in fact the" (never "is not"). */
const NAMED_MAKER_COPULA = '(?:is|was|are|were) (?:(?:now|also|still|actually|in fact) )?(?:the )?';
/** Participles that name a set banned: "the blocked sites", "the sites blocked" (stop 78). */
const AMONG_BANNED = 'blocked|banned|suspended|removed|closed|shut|delisted|censored';
/** The rest of a sentence that ends as a question ("Could the FDA deny marketing of Puffo?"): it asks, it states no act (helper md85). */
const ENDS_AS_QUESTION = /^[^.;!]*\?\s*$/;
/** What a body's letters tell carriers and broadcasters to stop doing, which bans them (stop 78's review: "stop complaining" bans no one). */
const LETTER_STOPS = 'carrying|transmitting|routing|originating|operating|broadcasting';
/** After the output stopped: what it is of ("stop broadcasting the documentary Zeta", "stop publishing the report"), which alone is stopped. */
const NOT_ALL_OUTPUT = /^ ?(?:the|a|an|this|that|these|those|any|@\d+|ads|adverts|advertisements|advertising|reports?|footage|videos?|images|statements?|claims?)(?= |$)/;
/** What a broadcaster or a publisher is told to stop: its output (stop 78). */
const STOPPED_OUTPUT = 'broadcasting|broadcasts|broadcast|transmission|transmissions|transmitting|airing|programming|programmes|programs|publication|publishing|printing';
/** A body's decision named as a noun: "the decision by the council ordering …" (stop 78). */
const DECISION_NOUNS = 'decision|order|ruling|directive|resolution|verdict|notice|injunction';

/** "(Among) the other countries that", "firms which": who a closing list names. */
// Exchanges, stores, brokers, browsers and the other trades that drop a listed thing came with stop 56's readers ("the exchanges
// that delisted Plix include A, B and C").
const ACTOR_KINDS = String.raw`(?:countries|nations|governments|states|provinces|territories|cities|municipalities|regions|jurisdictions|authorities|regulators|ministries|departments|militaries|companies|firms|businesses|organizations|organisations|employers|banks|lenders|agencies|institutions|universities|schools|platforms|retailers|sellers|carriers|airlines|operators|providers|exchanges|brokers|brokerages|(?:app )?stores|marketplaces|browsers|hosts|networks|publishers|broadcasters|distributors|insurers|hospitals)`;
const ACTORS_THAT = String.raw`(?:among )?(?:the )?(?:other )?(?:major )?(?:${ACTOR_KINDS}|others) (?:that|which|who)`;
/** Members named after the act of a kind: "Several countries have banned Zapp, including A and B", "…, with A and B among them". */
const MEMBERS_AFTER = String.raw`, (?:including |such as |among them |notably |namely |like |with (?=[^;:.]*@\d+ among them ))(?:the )?X`;
/** "(Among) the countries where", "places in which". */
const PLACES_WHERE = String.raw`(?:among )?(?:the )?(?:other )?(?:countries|nations|states|jurisdictions|places|markets) (?:where|in which)`;
/**
 * Up to three words that describe the noun after a possessive ("Zenco's three flagship phones"); an
 * infinitive starts a clause of its own ("Zenco's move to block platforms like Zapp" owns none).
 */
// "Zenco's purchase of rival app Zeta" owns no Zeta (stop 73's controls readers); "Zenco's supported phones, Zeta and Vela" names
// others' things it works with, however the list is set off (commas, dashes; stop 91). Not "approved" or "certified": a maker's
// approved drug is its own.
// "Zenco's partner app, Zeta Connect": a singular tool for its partners is the firm's own, unlike "partner apps" (review rr93b).
const DESCRIBING = '(?:(?!(?:to|rival|rivals|competitor|competitors|competing|third-party|partners|compatible|supported|featured|recommended) |partner (?!(?:app|portal|programme|program|platform|dashboard|hub|scheme|site|website|tool|card)(?= )))[a-z0-9-]+ ){0,3}';
/**
 * DESCRIBING where an act on a thing can stand: "Zenco's takedown of a botnet known as Zeta" names an act of Zenco's, not
 * a thing it owns (stop 71's third set). "Zenco's new line of phones called Zeta" still describes its own.
 */
const DESCRIBING_NO_ACT = '(?:(?!to |(?:takedown|take-down|disruption|dismantling|seizure|shutdown|ban|blocking|removal|investigation|probe|review|analysis|study|criticism|lawsuit|complaint|discovery|detection|exposure|purchase|use|testing|tests) of )[a-z0-9-]+ ){0,3}';
/** Verbs of breaking a rival's hold on a market, and the holds ("break Qorva's monopoly", "end the dominance of Qorva"). */
const BREAKING = 'break|breaks|broke|breaking|end|ends|ended|ending|challenge|challenges|challenged|challenging|loosen|loosens|loosened|loosening|dent|dents|dented|denting|crack|cracks|cracked|cracking|upend|upends|upended|upending';
const MARKET_HOLDS = 'monopoly|dominance|grip|stranglehold|hegemony|lock|chokehold|supremacy';
/** A list closed by a quantified participle: "A and B, both previously sanctioned by …". */
const QUANTIFIED_LIST = 'Y , (?:both|all|each|all three|all four|all five|all of them|both of them|themselves) ';
/** A conditional clearance of a deal told "of Y by X", up to the first party (either party is the target: two patterns). */
const CONDITIONAL_CLEARANCE_OF = 'X P AUX T(granted|grants|grant|gave|gives|give|issued|issues|issue) (?:a |an |its )?(?:conditional|qualified) (?:clearance|approval|green light|nod|go-ahead|authorisation|authorization) (?:on|to|for) (?:the )?(?:proposed |planned )?(?:acquisition|takeover|purchase|merger) of (?:the )?';
/** What a seller stops selling that is not its own: "stopped selling Zenbars", "stop carrying the Zeta chargers". */
const SOLD_BY_ANOTHER = '(?:selling|stocking|carrying|hosting|distributing) (?!(?:its|their|our|its@\\d+) )(?:the |all |any )?(?:(?!to |in |into |for |from |at |on |of )[a-z0-9-]+ ){0,2}Y';
/**
 * "raised $12 million from Qorva Ventures to develop Zeta": who funds the work before its infinitive is no maker (stop 74's second makers sample).
 * "Zenco forked Qorvlib to create Zenlib": nor is the project forked, right after the fork's verb (stop 82, own82; the forker makes the fork).
 */
// "Engineers from Zenco developed Zorb": "from" after the firm's people names whose they are, as "at" does (helper dc86); former staff
// ("former engineers from Zenco"; "Former" opening the sentence is read as a name) made it elsewhere.
const FUNDER_BEFORE = /(?:^| )(?:(?<!(?:^| )(?:team|teams|researchers|engineers|scientists|developers|programmers) )from|by) (?:the )?$|(?:(?:^| )(?:former|ex-|onetime|one-time)|^@\d+) (?:[a-z-]+ )?(?:team|teams|researchers|engineers|scientists|developers|programmers) from (?:the )?$|(?:^| )(?:fork|forks|forked|forking) (?:the |a |an )?(?:[a-z-]+ ){0,2}$/;
/** Nor a firm hired for the work: "Zenco hired Qorva to launch its brand", "has tapped agency Qorva to …" (helper fpd95, hired-agents.ts). */
const FUNDER_OR_HIRED_BEFORE = new RegExp(`${FUNDER_BEFORE.source}|${HIRED_BEFORE.source}`);
/** "Y said <subject> has been suspended by X": the template for an outlet telling of its own ban, its subject "it" or its mention. */
function saidSuspendedBy(subject: string): string {
  return `(?:^|, )(?:the )?Y1 (?:said|says|announced|announces|confirmed|confirms|reported|reports|tweeted|wrote|writes) (?:on [a-z]+ )?(?:that )?${subject} (?:has been|had been|was|is|has now been|had now been) (?:[a-z]+ly )?T(suspended|banned|blocked|removed|locked out|kicked off|delisted|deplatformed|taken down|taken offline|taken off) (?:[a-z-]+ ){0,3}?by (?:the )?(?:[a-z-]+ ){0,2}X1`;
}
// "will release for the Zeta 5" (stop 74's second makers sample): the platform after a preposition and its article is no thing made either.
// "produces phones from Zenco's rivals Vexa and Zorp", "builds devices for its clients, Qorva and Vexa": nor a list set after firms
// such a preposition names (fp90).
const MADE_THING = `(?<!(?:^| )(?:${[...NOT_MADE_AFTER, 'in', 'to', 'by'].join('|')}) (?:the )?)(?<!(?:^| )(?:${[...NOT_MADE_AFTER, 'in', 'to'].join('|')}) (?:the |its |their )?(?:@\\d+ (?:'s )?)?(?:[a-z-]+ )?(?:${FIRMS_NOUN_WORDS}) (?:, )?)Y`;
/** What a list of things acted on may be called: "Companies blocked by X include …". */
const LISTED_HEADS = 'companies|firms|entities|businesses|sites|websites|apps|applications|platforms|services|exchanges|operators|providers|games|products|brands|extensions|plugins|add-ons';
/** "… include A, B and C", "… are A and B". */
const ARE_LISTED = '(?:include|includes|included|are|were)';
/** What may stand between "include" and its list: "include the following: A, B". */
const LIST_OPENS = '(?:the following )?(?:: )?';
/** Verbs of an order given to a firm: "ordered", "forced", "told" Zenco to … */
// The -ing forms came with stop 48's bans readers ("The agency is ordering Zenco to stop selling Zeta").
const ORDER_VERBS = 'ordered|orders|order|ordering|forced|forces|force|forcing|told|tells|telling|directed|directs|directing|instructed|instructs|instructing|compelled|compels|compelling|mandated|mandates|mandating';
/** An order in words, not by force: "ordered", "told" Zapp to … */
const ORDERED_TO = 'ordered|orders|order|told|tells|directed|directs|instructed|instructs|commanded|commands';
/** Stopping a business: "cease operations", "wind down its local business", "suspend all services". */
// "suspend its trading (in the country)" stops an exchange's own business (stop 60's readers); "halt trading of Zapp" stops a token's trade instead.
// "wind up its operations" ends them for good (stop 85, bn85: a regulator's order to liquidate a firm's business).
// "halt operations of its platform, Zapp" stops the platform, not the firm (stop 71's bans sample; pattern:banned:ordered-to-halt-its-service). The "its" may carry its owner's mark ("its@3"), once the firm is a name (fix97).
const STOP_BUSINESS = "(?:cease|halt|stop|suspend|end|wind down|wind up|shut down|close|exit) (?:all |its(?:@\\d+)? |their )?(?:[a-z-]+ )?(?:operations|business|businesses|services|activities|sales|trading(?! of )|lending|operating)(?! of (?:its(?:@\\d+)?|their) )";
/**
 * Orders to refrain, desist or not to act (helper ord92, fresh samples s82a and s82d): "instructed Zenco to refrain from taking
 * bookings", "directed five firms, including Zenco, not to promote vapes", "notifies Zenco to remove 100 products from the market".
 * Who may give them: the order verbs, and a body's asking, calling on or notifying (not urging or advising: a recommendation).
 */
const REFRAIN_ORDER_VERBS = `${ORDER_VERBS}|asked|asks|asking|called on|calls on|calling on|notified|notifies|notify|notifying`;
/** What a firm is told to refrain from, as a gerund ("refrain from soliciting business") or after "not to" ("not to sell"). */
// Taking or accepting only bookings, orders, deposits or customers: "not to take sides", "refrain from taking part in the tender" (a
// procurement bar) are no ban (review rr92a); a describing word before them is the same business ("accepting retail deposits", re-read rr93a).
const TAKEN_BUSINESS = '(?:any |new |further |more )?(?:(?!(?:any|new|further|more) )[a-z-]+ )?(?:bookings|orders|pre-orders|preorders|pre-bookings|deposits|payments|customers|clients|reservations|subscribers|applications)(?= |$)';
/**
 * An insurer's or a lender's new business: "not to procure new business", "not to write new policies" (helper sta92, set 84's regulator
 * orders). The firm keeps serving what it has, so the order limits it, as a stop to onboarding new customers does (a restriction).
 */
const WHOLE_NEW_BUSINESS = '(?:any |new |further |fresh )(?:[a-z-]+ )?(?:business|policies|insurance policies|contracts)(?= |$)';
const REFRAINED_GERUNDS = `(?:taking|accepting) ${TAKEN_BUSINESS}|booking|pre-booking|soliciting|selling|pre-selling|offering|marketing|promoting|advertising|rendering|providing|operating|supplying|distributing|importing|doing business|trading|launching|collecting`;
const REFRAINED_VERBS = `(?:take|accept) ${TAKEN_BUSINESS}|book|solicit|sell|offer|market|promote|advertise|render|provide|operate|supply|distribute|import|do business|trade|launch|collect`;
/**
 * After what a firm is told to refrain from, a conduct rather than its business (review rr92a): dealings with one named party ("not to
 * trade with Qorva": pattern:restricts:no-business-with reads the party), selling to one audience ("not to market the drug to
 * children", a limit), and telling or giving information ("not to provide details", "refrain from collecting user data"); not data
 * that only describes a service sold ("offering mobile data services", "not to sell data plans" ban the business, re-read rr93a).
 */
const REFRAINED_CONDUCT_NEXT = /^(?:with (?:the )?(?:[a-z-]+ )?@\d|(?:[a-z0-9-]+ ){0,3}to (?:children|minors|teenagers|teens|kids|young people|youth|under-\d+s)(?= |$)|(?:any |further |more |the |its |their |a |an )?(?:[a-z-]+ )?(?:details|information|comment|comments|advice|guidance|assurances|statements?|data|evidence|documents|opinions?|views|testimony|interviews)(?! (?:services?|plans?|products?|packages?|bundles?|centers?|centres?|storage|processing|networks?|business|roaming|cards?|tariffs?)(?= |$))(?= |$))/;
/** How the order to refrain is put: "to refrain from", "to desist from", "to cease and desist from", "not to". */
const REFRAIN = `(?:to (?:immediately )?(?:refrain|desist|cease and desist|abstain) from (?:${REFRAINED_GERUNDS})|not to (?:${REFRAINED_VERBS})) `;
/** Bookings a firm is told to stop taking: "stop taking pre-orders", "cease accepting bookings". */
const BOOKINGS = '(?:stop|cease|halt|suspend) (?:taking|accepting) (?:any |new |further |more )?(?:bookings|pre-orders|preorders|pre-bookings|reservations|deposits)(?= |$)';
/** What a firm told not to sell keeps when the object is its own holding (a deal, no ban): "not to sell its stake". */
const SOLD_HOLDING_NEXT = /^(?:(?:its|their|the|a|any|its@\d+) )?(?:[a-z-]+ )?(?:stake|stakes|shares|assets|unit|units|plant|plants|division|subsidiary|subsidiaries|holding|holdings)(?= |$)/;
/** A buyer named after the selling: "told Zenco not to sell to Qorva" keeps a deal from one buyer, which bans no one. */
const SOLD_TO_BUYER_NEXT = /^(?:to|into) (?:the )?(?:[a-z-]+ )?@\d/;
/** Goods taken off the market: "remove 100 products from the market", "pull its vapes off shelves". */
// Not apps, posts or listings, which a store or a platform carries for others: "asked Zenco to remove VPN apps from stores" bans the apps'
// makers' goods, not the store told (review rr92a). Its own are the firm's goods: "to pull its games off shelves" (re-read rr93a).
const OFF_MARKET = String.raw`(?:remove|withdraw|pull|recall|take) (?:(?:its |their |its@\d+ )(?:[a-z0-9-]+ ){0,4}|(?:all |the |some |any |\d[\d,]* )?(?!(?:[a-z0-9-]+ ){0,3}(?:apps|app|games|listings|videos|posts|content|ads|adverts|accounts) )(?:[a-z0-9-]+ ){0,4})(?:off|from) (?:the )?(?:market|markets|shelves|sale|stores)(?= |$)`;
/** A licence condition a firm must meet (helper ord92): "be 30% locally owned", "obtain a licence", "needs a permit". */
const LICENCE_CONDITION = `(?:first )?(?:be (?:\\d+ % |[a-z-]+ )?(?:locally owned|owned locally|licensed|licenced|registered|authorised|authorized)|(?:obtain|get|secure|hold|have|apply for) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:licence|license|licences|licenses|permit|authorisation|authorization)|(?:an? |the )?(?:[a-z-]+ ){0,2}(?:licence|license|permit))`;
/** What an order to halt a firm's named service may call it: "halt its Zapp service", "stop its Zapp lending app". */
const HALTED_SERVICE_KINDS = 'service|services|app|apps|application|platform|chatbot|site|website|network|wallet|exchange|product|tool|game';
/** A firm's kind right before its name, after an order: "ordered (the) crypto exchange Zenco to …", "told payments app Zapp to …". */
const FIRM_KIND_BEFORE = '(?:the )?(?:[a-z-]+ ){0,2}(?:exchange|platform|app|company|firm|operator|startup|provider|bank|lender|service|broker|marketplace|carrier|network|website|site|retailer|seller|maker|manufacturer) ';
/** Closing with no object: "shut down", "close". */
const CLOSE_DOWN = 'shut down|close down|wind down|shut|close';
/** Where a clause of closing may end: its end, a stop, or where or when it holds ("… to shut down in Ruritania", "… by Friday"). */
const CLOSING_ENDS = '(?= [.,;:!?]| in | within | by | from | after | on | immediately|$)';
/** When an order was given, between its object and its "to": "in March", "on Friday", "earlier this month". */
const WHEN = '(?:(?:in|on|last|this|earlier|late|early) (?:[a-z0-9]+ ){0,2})?';
/** Who acts for a state the sentence does not name: "authorities", "regulators". */
const GENERIC_ACTORS = 'authorities|regulators|officials|government|police|courts?|a court';
const BAN_VERBS = 'banned|ban|bans|blocked|block|blocks|prohibited|prohibit|prohibits|barred|bar|bars|outlawed|outlaw|outlaws|cut off|cuts off|suspended|suspend|suspends';
const BAN_PARTICIPLES = 'banned|blocked|prohibited|barred|outlawed';
/** A trade dropping what it listed or sold bans it there: "the exchanges that delisted Plix", "stores that pulled Zeta" (stop 56's readers). */
const DROP_VERBS = 'delisted|delist|delists|removed|remove|removes|pulled|pull|pulls|distrusted|distrust|distrusts';
const RESTRICT_VERBS = 'restricted|restrict|restricts|curbed|curb|curbs|curtailed|curtail|curtails|limited|limit|limits';
/** Orders that stop a firm or a service: "a cease-and-desist order", "a blocking order", "an injunction". */
// "a quit and refrain order" is a state securities board's cease-and-desist (stop 67's third controls sample).
const STOP_ORDERS = '(?:cease-and-desist|cease and desist|quit and refrain|quit-and-refrain|blocking|suspension|takedown|shutdown|closure|stop) (?:order|orders|letter|letters|notice|notices)|injunction|injunctions';
/**
 * After a licence's holder, a possessive: its own kind and name ("withdrew the licence of Zenco's satire Zeta" takes Zeta's licence, not
 * Zenco's; helper bnf93, from stop 93's film-ban sample, the trigger reads the title) or anything else ("cancelled the licence of Zenco's
 * canteen contractor" takes the contractor's licence; helper itb93: with a city's body now inside the city's mention, the general
 * licence rule met mrg93's near miss).
 */
const HOLDERS_POSSESSOR_AFTER = /^'s /;
/** Verbs that take a licence away: with a licence for object they ban its holder ("has taken away the licence of Zeta TV": stop 77). */
const LICENCE_VERBS = 'took away|taken away|takes away|take away|cancelled|canceled|cancels|cancel|annulled|annuls|annul|withdrew|withdrawn|withdraws|withdraw|pulled|pulls|pull|terminated|terminates|terminate|rescinded|rescinds|rescind|revoked|revokes|revoke|suspended|suspends|suspend|halted|halts|halt|froze|freezes|freeze|frozen';
/**
 * A court vacating or setting aside a registration or a licence undoes the approval as a revocation does ("vacated the
 * registration of Zetacide"; helper ban89, from fresh samples on pesticide registrations and licences). Only with the holder after
 * "of" or "for": a possessive before the licence is as often the body that granted it ("vacated the EPA's registration").
 */
const COURT_UNDOING = 'vacated|vacates|vacate|set aside|sets aside';
/** Refusing to renew a licence takes it away as revoking does: "refused to renew Zenco's licence" (stop 56's readers). */
const NOT_RENEWED = ['refused', 'refuses', 'declined', 'declines'].map((v) => `${v} to renew`).concat(['decided', 'decides', 'chose', 'chooses', 'opted', 'opts'].map((v) => `${v} not to renew`)).join('|');
/** "did not renew the frequencies of A and B": a state's only (stop 76, from its forty-second set); a platform that did not renew a catalogue's licence bans nothing. */
const STATE_NOT_RENEWED = ['did', 'does', 'do', 'will', 'would'].map((v) => `${v} not renew`).join('|');
/** Before a refusal as a noun, words that undo or fight it: "overturned the regulator's refusal", "an appeal against". */
const REFUSAL_UNDONE_BEFORE = /(?:^| )(?:overturned|overturns|overturn|overturning|reversed|reverses|reverse|reversing|quashed|quashes|quash|annulled|annuls|set aside|appealed|appeals|appeal|appealing|challenged|challenges|challenge|challenging|against|contested|contests|contest|lifted|lifts) (?:\S+ ){0,3}$/;
/** Up to two words before a refused application, none a preposition: "two licence applications", not "the idea of applications". */
const APPLICATION_WORDS_BEFORE = '(?:(?!(?:of|for|to|in|on|about|with|that) )[a-z0-9-]+ ){0,2}';
/** After "will be banned", a condition that leaves the ban unmade: "… if it fails the audit", "…, unless …". */
const BAN_ONLY_IF_AFTER = /^ ?(?:, )?(?:[a-z-]+ ){0,4}(?:if|unless|should|in case|provided) /;
/** Before a state's name, a preposition that puts it inside another's phrase: "Zenco, a distributor for the government, said …" (helper lic93). */
const ACTOR_INSIDE_PHRASE_BEFORE = /(?:^| )(?:for|of|to|with|by|from|at|in|on|and|or) (?:the |a |an )?$/;
/** After licences a state would not renew, another holder or a condition: "… the licences of Qorva", "… unless it cut emissions" (helper lic93). */
const OTHER_HOLDER_OR_CONDITION_AFTER = /^ ?(?:(?:of|held by|belonging to) |(?:, )?(?:[a-z-]+ ){0,4}(?:if|unless|should|in case|provided) )/;
/** After a lease a state ended, a private lease with another party: "Zenco's lease agreement with Qorva" (helper lic93). */
const LEASE_WITH_ANOTHER_AFTER = /^ (?:[a-z-]+ )?with /;
/** After a refusal told or announced, a condition or its undoing: "… unless it met the rules", "…, but the decision was later overturned". */
const REFUSAL_ONLY_IF_OR_UNDONE_AFTER = /^ ?(?:, )?(?:(?:[a-z-]+ ){0,4}(?:if|unless|should|in case|provided) |(?:but |and )?(?:[a-z-]+ ){0,5}(?:overturned|reversed|quashed|lifted|set aside|withdrawn|rescinded)(?= |$))/;
/** Verbs that refuse an authority asked for: with a licence or an application to operate for object they ban who asked. */
const DENY_VERBS = 'denied|denies|deny|rejected|rejects|reject|refused|refuses|refuse|turned down|turns down|turn down';
/** What an application asks leave to do: "to operate", "to provide services", "to broadcast". */
const WORK_VERBS = 'operate|provide|offer|enter|broadcast|sell|do business|run|launch';
/** What a satellite or carrier lands in a country: "its satellite service", "their network". */
const LANDING = '(?:its|their) (?:[a-z-]+ ){0,2}(?:service|services|network|satellites|constellation)';
/** Working in a country, as a satellite or carrier says it: "a bid to land its satellite service in Ruritania" (not "to land a contract"). */
const WORK_OR_LANDING = `${WORK_VERBS}|land ${LANDING}`;
/** What a broadcaster, operator or bank works under. */
// Certificates came with stop 52's readers: a phone maker revoking firms' enterprise certificates, which let their apps install.
/** Up to two words describing a licence, none of them trade's: an export licence is an export control (restricts), not an authority to operate (trigger:export reads it). */
const LICENCE_KIND = '(?:(?!(?:export|exports|import|imports|shipping|trade) )[a-z-]+ ){0,2}';
// A broadcaster's frequency is its licence to air (stop 76, from its forty-second set: "did not renew the frequencies of A and B").
const LICENCE_WORDS = ['licence', 'license', 'licences', 'licenses', 'permit', 'permits', 'accreditation', 'registration', 'registrations', 'certificate', 'certificates', 'frequency', 'frequencies'];
/**
 * A maker's certification is its licence to build and sell (stop 89, ord89: "cancelled the certification of Zenco Trucks"), read
 * by its own rule and not in LICENCE_WORDS: private certifiers and firms certify too, so only a state body's act counts, and not
 * for a holder's staff or suppliers, nor one reinstated (stop 89's re-read).
 */
const CERTIFICATION_WORDS = ['certification', 'certifications'];
/** After a certified holder: its staff or partners ("of Zenco's auditors", "of its Qorva supplier"), or the certification given back. */
const CERTIFIED_NOT_HOLDER_AFTER = /^ ?(?:'s |(?:[a-z-]+ )?(?:auditors?|staff|employees|workers|engineers|inspectors|pilots|technicians|suppliers?|dealers?|partners?|contractors?)(?= |$))|\b(?:reinstated|reinstates|restored|restores|reissued|reissues) (?:it|them|the)\b/;
const LICENCES = `${LICENCE_WORDS.join('|')}|broadcasting rights|broadcast rights`;
/** After a licence word, the end of the licence's noun: not a compound it only qualifies ("licence fee waiver", "licence talks"). */
const LICENCE_HEADED = `(?= |$)(?! (?:${LICENCE_COMPOUND_HEADS.join('|')})(?= |$))`;
/** Licence words in the plural, which announce several holders: "the registrations of A and B". */
const PLURAL_LICENCES = 'licences|licenses|permits|registrations|certificates|approvals|authori[sz]ations';
/** Words before a listed holder's name: "the", and one describing word. */
const KINDED_HOLDER_BEFORE = '(?:the )?(?:[a-z-]+ )?';
/**
 * A holder in a list after a plural licence, with its kind after it: "the Zeta X9 weedkiller", "Vela X2". It opens a group that its
 * uses close with the list's joiner ("…(?:, |and |, and ))+").
 */
const KINDED_HOLDER = `(?:${KINDED_HOLDER_BEFORE}@\\d+ (?:[a-z-]+ )?`;
/** A licence taken away, told as a noun: "Ofcom's cancellation of Zeta TV's licence", "the non-renewal of its permit". */
const LICENCE_LOSS_NOUNS = 'cancellation|cancellations|cancelation|withdrawal|withdrawals|non-renewal|nonrenewal|annulment|termination|revocation|revocations|rescission|vacatur';
/** What a licence lost as a noun may be besides a licence: a product's approval ("the withdrawal of approval for Zetamab"). */
const LOST_LICENCES = `${LICENCES}|approval|approvals|marketing authori[sz]ations?|authori[sz]ations?`;
/** Before a loss told as a noun, words that leave it unmade or undo it: "the proposed cancellation", "overturned the revocation". */
const LOSS_UNMADE_BEFORE = /(?:^| )(?:proposed|possible|potential|threatened|planned|feared|mooted|looming|imminent|overturned|overturns|overturn|overturning|reversed|reverses|reverse|quashed|quashes|quash|annulled|set aside|sets aside|appealed|appeals|appeal|appealing|challenged|challenges|challenge|challenging|against|contested|contests|contest|lifted|lifts|stayed|stays|sought|seeks|seeking|urged|urges|called for|demanded|demands|threatens|considering|considered|weighing|avoid|avoided|prevent|prevented) (?:\S+ ){0,4}$/;
/** Before a licence, the trade it is for: an export permit kept from a firm is an export control (restricts), not a ban. */
const TRADE_LICENCE_BEFORE = /(?:^| )(?:export|exports|import|imports|shipping|trade|arms|weapons)(?: [a-z-]+)? $/;
/**
 * After a loss told as a noun, the words that say it is a deal's approval or undone: "… for the Qorva deal", "… was overturned"; or
 * that the licence only qualifies the thing lost: "cancellation of Zeta TV's licence fee waiver", "… licence application", "…
 * licence talks" (helper fxr89: what is lost is a waiver, an application or talks, not the licence).
 */
const LOSS_NOT_A_BAN_AFTER = new RegExp(`^ ?(?:'s )?(?:deal|deals|merger|takeover|acquisition|bid|purchase|plan|plans|project|projects|stake|listing|ipo)(?= |$)|^ ?(?:${LICENCE_COMPOUND_HEADS.join('|')})(?= |$)|^ ?(?:, )?(?:[a-z-]+ ){0,3}(?:was|were|is|are|has been|had been|have been) (?:later |since |then |now )?(?:overturned|reversed|quashed|annulled|set aside|lifted|withdrawn|struck down|stayed|suspended)(?= |$)`);
/**
 * What a refused application asks, when it is leave to work: "to operate", "for a broadcasting licence", "for permission to operate".
 * Not "for approval of its merger", "for permission to delay its filing" or "for a waiver of the licence fee" (stop 86's re-read): a
 * state refusing those bans no one.
 */
/** After a maker apposed mid-sentence ("the maker of Zeta, Zenco, "), a list going on: the name was one of several things, not the maker ("the maker of the Zeta, Vexa, and Yota phones"). */
const APPOSED_LIST_GOES_ON = /^(?:@\d+ (?:, |and |or )|(?:and|or) )/;
const LEAVE_TO_WORK = `(?:to (?:${WORK_OR_LANDING})|for (?:an? |the )?(?:(?!(?:of|to) )[a-z-]+ ){0,3}(?:${LICENCES}|authori[sz]ation|authori[sz]ations|(?:permission|approval|clearance) to (?:${WORK_VERBS})))(?= |$)`;
/** After a refusal as a noun, words that undo it: "the refusal of Zenco's licence was overturned by a court". */
const REFUSAL_UNDONE_AFTER = /^ ?(?:, )?(?:[a-z-]+ ){0,3}(?:was|were|is|are|has been|had been|have been) (?:later |since |then |now )?(?:overturned|reversed|quashed|annulled|set aside|lifted|withdrawn|struck down)(?= |$)/;
/** Where a broadcaster is taken from: "off the air", "off the airwaves". */
const OFF_AIR = 'air|airwaves';
/** Verbs that end a thing's run, none of them a ban's trigger alone ("ended", "halted", "cut"). */
// "switched off Zeta TV's signal" (stop 50's readers).
const END_VERBS = 'terminated|terminates|terminate|halted|halts|halt|ended|ends|end|stopped|stops|stop|interrupted|interrupts|discontinued|discontinues|discontinue|cut|cuts|blacked out|blacks out|black out|switched off|switches off|switch off|switching off|shut off|shuts off';
/** What carries an outlet to its audience. */
const CARRIAGE = 'broadcast|broadcasts|broadcasting|transmission|transmissions|retransmission|airing|signal|signals|feed|feeds';
/**
 * The peers a joiner joins, named by their standing: "joins giants A and B", "joined fellow chipmakers like A" (stop 65, from stop
 * 64's makers readers; "rivals" and "competitors" were read already).
 */
const JOINED_PEERS = String.raw`(?:(?:tech|technology|industry|fellow|big|bigger|larger|major|established|other|[a-z]+-industry) )?(?:giants|rivals|competitors|heavyweights|players|incumbents|peers|titans|behemoths|leaders|chipmakers|carmakers|automakers|makers) (?:(?:like|such as|including) )?`;
/**
 * A market full of rivals the joined are in: "a crowded market", "what is becoming a crowded field", "an increasingly competitive
 * space for online beds" (helper riv90, from the seventy-ninth fresh sample: a new entrant set beside the firms already selling).
 */
const CROWDED_MARKET = String.raw`(?:what (?:is|was|has|had) (?:(?:already|fast|quickly|rapidly|now|become|becoming|been|turned into|turning into|grown into|growing into) ){1,2})?(?:the |a |an )?(?:(?:increasingly|already|very|highly|ever more|fiercely|intensely|hotly|more|most|overly) )?(?:crowded|packed|competitive|busy|saturated|cut-throat|cutthroat|congested|contested) (?:[a-z-]+ ){0,2}?(?:market|markets|marketplace|field|space|segment|arena|sector|category|industry|business)`;
/**
 * Later in the clause, words of a partnership that make joining a firm in a market a tie-up, no rivalry: "will join Qorva in the
 * competitive Indian market through a joint venture", "joined Qorva in a crowded market, buying a stake in the firm" (review rr90d).
 */
const PARTNERSHIP_AFTER = /^[^.;]*?(?:^| )(?:joint venture|joint-venture|venture|partnership|partnering|partner|partners|alliance|tie-up|stake|stakes|teaming up|teamed up|team up|co-investing|merger)(?= |$)/;
/** Acts one firm does to another, after which an apposition may call the other its rival: "sued", "bought", "beat", "lost to". */
const ACTS_ON_A_FIRM = 'sued|sues|suing|sue|accused|accuses|accusing|accuse|bought|buys|buying|buy|acquired|acquires|acquiring|acquire|took over|takes over|taking over|take over|bought out|buys out|buy out|merged with|merges with|merging with|merge with|beat|beats|beating|beat out|beats out|outbid|outbids|outsold|outsells|overtook|overtakes|overtaken|overtake|surpassed|surpasses|challenged|challenges|lost to|loses to|losing to|lost out to|poached from|poaches from';
/**
 * A role the firms named are taken on in, or a contest is fought beside them in: "taking on giants such as Qorva as investors", "won a
 * bidding war with Qorva as co-investor" (re-read rr92b: "take on" also hires, and "with" also joins).
 */
const ROLE_AS_AFTER = String.raw`as (?:(?:a|an|its|their|the) )?(?:(?:new|key|major|anchor|strategic|minority|early|lead|financial|longtime|long-time|fellow) )?(?:clients?|customers?|partners?|investors?|co-investors?|shareholders?|backers?|members?|suppliers?|advisers?|advisors?|tenants?|sponsors?|licensees?|distributors?|resellers?|lenders?|financiers?|ally|allies|co-bidders?|stakeholders?|owners?|buyers?)(?= |$)`;
/** After rivals challenged: a dare ("challenging giants such as Qorva to match it"), a role they are taken on in, or a suit ("… in court"), no market rivalry. */
const DARED_OR_SUED_AFTER = new RegExp(String.raw`^(?:'s |to (?!(?:a|an|the|its|their)(?= ))|${ROLE_AS_AFTER}|in (?:the )?courts?(?= |$)|over (?:(?:its|their|the) )?(?:patents?|rules?|laws?))`);
/**
 * After the other side of a bidding war: its possessive, or its money or help ("with Qorva Capital funding"), a role beside the bidder,
 * or a list that may hold the bidder's partner.
 */
const NOT_A_RIVAL_BIDDER_AFTER = String.raw`(?!'s |(?:funding|financing|backing|support|money|cash|loans?|debt|guarantees?|help)(?= |$)|${ROLE_AS_AFTER}|(?:and|or) )`;
/** A bracketed aside after a joined firm, naming no one: "joins Zenco (a Zembla startup), Qorva and Lumo in …" (helper riv90). */
const JOINED_ASIDE = String.raw`(?: \( [^()@]{1,60}\))?`;
/** Those joined and the contest: "giants A and B in the race", "the likes of A, B and others in the battle for …". */
const JOINED_IN_A_CONTEST = String.raw`(?:the likes of |${JOINED_PEERS})?(?<y>@\d+${JOINED_ASIDE}(?: (?:,|and|, and) @\d+${JOINED_ASIDE})*) (?:, )?(?:and (?:many |several |a few )?(?:others|other [a-z-]+) )?in (?:(?:the |a |an )?(?:[a-z-]+ ){0,3}(?:battle|race|fight|war|competition|contest|scramble|rush|push|tussle|fray)|${CROWDED_MARKET})(?= |$)`;
/**
 * What a competition authority's order makes a firm change or undo: "change its market behaviour", "modify their agreements",
 * "drop its mandatory billing requirements", "allow other payment methods", "take corrective steps" (stop 66's second controls
 * sample: 14 such orders missed). The firm ordered is restricted.
 */
const CONDUCT_CHANGES = String.raw`(?:change|modify|amend|alter|revise|adjust|rewrite|overhaul|fix|correct|remedy|update) (?:its |their |the |all |any )?(?:[a-z-]+ ){0,3}(?:behaviou?r|conduct|practices?|polic(?:y|ies)|agreements?|contracts?|terms|rules|clauses?|requirements?|model|algorithms?|features?|functions?|functionality|settings|defaults?|design|interface|layout|pricing)(?= |$)|(?:remove|delete|de-list|delist|de-index|deindex|take down|hide|disable) (?:its |their |the |all |any |such |these |those |some )?(?:[a-z-]+ ){0,3}(?:links|results|listings|content|posts|entries|references|suggestions|ads|advertisements)(?= |$)|(?:stop|cease|end|refrain from|desist from) (?:showing|displaying|sharing|selling|storing|processing|transferring|placing|setting) (?:its |their |the |all |any |such |users' |user )?(?:[a-z'-]+ ){0,3}?(?:data|information|suggestions|results|ads|advertisements|cookies|links)(?= |$)|(?:cease|end|drop|scrap|abandon|remove|withdraw|lift|eliminate|discontinue|waive|stop|halt|delete|terminate|amend) (?:its |their |the |all |any |such )?(?:[a-z-]+ ){0,3}(?:requirements?|practices?|clauses?|provisions|conditions|restrictions|limits|polic(?:y|ies)|agreements?|obligations?|fees|charges|commissions|surcharges|exclusivity|rebates|discounts|incentives|arrangements)(?= |$)|(?:allow|permit|relist|reinstate|unbundle|open up) (?=[a-z@])|open (?:up )?(?:its(?:@\d+)? |their |the )?(?:[a-z-]+ |@\d+ ){1,3}(?:up )?to (?:rival|rivals|competitors|competing|third-party|other|outside)(?= |$)|take (?:corrective|remedial|appropriate|necessary) (?:steps|measures|action|actions)(?= |$)` +
  // Stop 71's controls samples: "return its spectrum", "list its shares on the exchange", "keep all staff", "lower its termination rates".
  String.raw`|(?:return|surrender|hand back|give up) (?:its |their |the |all |some |part of its )?(?:[a-z-]+ ){0,2}(?:spectrum|frequencies|frequency|licen[cs]es?|numbers|assets)(?= |$)|(?:list|float) (?:its |their |some of its )?(?:[a-z-]+ ){0,2}shares(?= |$)` +
  String.raw`|(?:keep|retain|maintain) (?:all |its |their )?(?:[a-z-]+ ){0,2}(?:staff|employees|workers|jobs|workforce)(?= |$)|(?:lower|cut|reduce|cap) (?:its |their |the )?(?:[a-z-]+ ){0,2}(?:rates|prices|fees|tariffs|charges)(?= |$)` +
  // Stop 73, from stop 72's last samples (regulators' directives to named carriers, 8): "review their tariffs", "reverse the price
  // hike", "disconnect unregistered lines".
  String.raw`|(?:review|revise|reverse|roll back|withdraw|scrap|suspend) (?:its |their |the |all |any )?(?:[a-z-]+ ){0,2}(?:tariffs?|prices|rates|fees|charges|price (?:hikes?|increases?)|hikes?|increases?)(?= |$)` +
  String.raw`|(?:disconnect|deactivate|bar|block|suspend) (?:all |its |their |the |any )?(?:[a-z-]+ ){0,2}(?:lines|sim cards|sims|subscribers|subscriptions|numbers|connections)(?= |$)` +
  // Stop 74, from its thirty-second set (merger conditions and corrective orders, 11): "keep current prices", "maintain their
  // existing plans", "freeze prices", "submit revised measures".
  String.raw`|(?:keep|maintain|freeze|hold) (?:its |their |the |all )?(?:current |existing |present )?(?:[a-z-]+ ){0,2}(?:prices|rates|fees|plans|tariffs|charges|pricing)(?= |$)|submit (?:its |their |a |an |the )?(?:[a-z-]+ ){0,2}(?:measures|plans?|remedies|commitments|proposals?)(?= |$)`;
/** "from forcing …", "from favouring …": a list kept from an activity or a conduct (cue-words' LIMITED_GERUNDS) is restricted, not banned. */
const KEPT_FROM_CONDUCT = new RegExp(`^ ?from (?:${[...LIMITED_GERUNDS].join('|')})(?= |$)`);
/** What a settlement binds a firm to after "will": "will appoint two directors", "will pay" (stop 76; "will receive" or "will supply" binds no one). */
const SETTLEMENT_DUTIES = '(?:appoint|adopt|implement|establish|pay|delete|destroy|stop|cease|refrain|divest|sell|submit|undergo|hire|retain|overhaul|change|modify|notify|disclose|obtain|refund|end|halt|suspend|limit|restrict)(?= )';
/**
 * Duties a privacy or consumer order lays on a firm's handling of data (stop 68, from stop 67's controls samples: "ordered Zenco
 * to delete the data", "required Zenco to obtain users' consent", "to submit to independent audits", "to set up a privacy programme").
 */
// "ordered Zenco to decrypt the messages", "to hand over its users' records" (stop 76, from its forty-first set: court orders with duties).
const DATA_DUTIES = String.raw`(?:decrypt|unlock|hand over|turn over|surrender) (?:the |its |their |all |any |some )?(?:[a-z'-]+ ){0,3}(?:data|records|messages|emails|e-mails|information|communications|logs|keys)(?= |$)|(?:pay|provide|issue|offer|make) (?:full |partial )?(?:refunds|restitution)(?= |$)|(?:delete|destroy|erase|purge|expunge) (?:all |any |the |its |their |some )?(?:[a-z'-]+ ){0,3}(?:data|records|information|recordings|photos|images|faceprints|voiceprints|templates)(?= |$)|(?:obtain|seek|get) (?:[a-z'-]+ ){0,2}consent(?= |$)|ask (?:[a-z'-]+ ){0,2}for (?:their |its )?consent(?= |$)|(?:release|disclose|share|provide|publish) (?:its |their |the |all )?(?:[a-z-]+ ){0,2}(?:interface|interoperability|technical) (?:data|information|specifications|documentation)(?= |$)|(?:license|licence) (?:its |their |the |all )?(?:[a-z-]+ ){0,2}(?:patents|technology|technologies) (?:on|at|under) (?:fair|reasonable|frand|non-discriminatory)(?= |$)|(?:submit to|undergo) (?:[a-z-]+ ){0,2}(?:audits?|assessments?|monitoring|oversight)(?= |$)|(?:implement|establish|adopt|set up|maintain) (?:an? |the )?(?:[a-z-]+ ){0,3}(?:privacy|security|data protection|compliance) (?:program|programme|programs|programmes|measures|safeguards|plan|plans|procedures|regime)(?= |$)` +
  // "ordered Zenco to adopt a compliance plan and appoint a compliance officer" (stop 76, from stop 75's last controls sets).
  String.raw`|(?:appoint|hire|designate|retain|name) (?:an? |the )?(?:independent |new |outside |chief )?(?:compliance officer|compliance director|compliance consultant|compliance monitor|monitor|auditor|privacy officer)(?= |$)`;
/**
 * What an order limits, short of stopping a firm's business or goods: "limit withdrawals", "suspend data transfers to the US",
 * "halt exports to Russia", "stop onboarding new customers" (stop 65, from stop 64's controls readers), "halt loans under its two
 * products" (stop 65's second controls sample; "cease lending" is the whole business: a ban), "stop favouring its own service",
 * "refrain from bundling" (a conduct, cue-words' CONDUCT_GERUNDS; stop 66). An order to limit the use
 * of a thing restricts the thing (limited-use), not the firm told; an order to halt shipments of a named thing bans the thing.
 */
const LIMITED_ACTIVITIES = String.raw`(?:(?:limit|restrict|curb|cap) (?!(?:the )?use of )|(?:suspend|halt|stop|pause|cease|end) (?:its |their |all |the |any |further )?(?:[a-z-]+ ){0,2}(?:transfers|transfer|exports|shipments|withdrawals|onboarding)(?= |$)(?! of (?:the |its |their )?(?:[a-z0-9-]+ ){0,2}@)|(?:stop|cease|halt|pause|suspend) (?:onboarding|accepting new|adding new|signing up new|taking on new|enrolling new|exporting|shipping)(?= |$)|(?:stop|cease|halt|pause|suspend) (?:all |new |fresh |the )?(?:[a-z-]+ ){0,3}loans under(?= |$)|(?:stop|cease|end|refrain from|desist from) (?:${CONDUCT_GERUNDS.join('|')})(?= |$)|${CONDUCT_CHANGES}|${DATA_DUTIES})`;
/** A single target's kind before its name: "a cease-and-desist letter to VoIP provider Zenco" (stop 77, from its first controls samples). */
const KIND_BEFORE_TARGET = '(?:(?:(?!rival )[a-z-]+ )?(?:provider|carrier|operator|company|firm|platform|exchange|lender|bank|app|service|website|site) (?=@))?';
/**
 * The kind an order's targets are named after: "orders against the following lending apps: A, B", "against lenders A and B" (stop
 * 65, from its first bans sample).
 */
// "against three platforms — A, B and C" (stop 74's fourth controls sample): a counted kind, its members after a dash (a comma in
// the abstract sentence).
const KIND_BEFORE_TARGETS = String.raw`(?:(?:two |three |four |five |six |seven |eight |nine |ten |\d+ )(?:[a-z-]+ )?(?:${LISTED_HEADS}|lenders|operators) , (?=@)|(?:following |unregistered |unlicensed |illegal |online )?(?:[a-z-]+ )?(?:${LISTED_HEADS}|lenders|lending apps|operators) (?:: |, (?:including|namely|such as) |(?:including|namely|such as|like) )?)?`;
/**
 * Verbs that cap a measure of a firm (capped-firms-share). "restrict" and "curb" are trigger verbs as well; the patterns read them
 * too where the measure stands between the verb and the firm ("restricted the market share of Zapp").
 */
const CAP_VERBS = 'capped|caps|cap|capping|limited|limits|limit|limiting|restricted|restricts|restrict|restricting|curbed|curbs|curb|curbing';
/** Setting a cap as a noun: "set a cap on", "imposed a 30% ceiling on" (cap-on-firms-share). */
const CAP_SETTING_VERBS = 'set|sets|setting|imposed|imposes|imposing|introduced|introduces|placed|places|put|puts|enforced|enforces|slapped|slaps';
const A_CAP_ON = '(?:an? |the |new |a new |its )?(?:[a-z0-9%-]+ ){0,2}(?:cap|caps|limit|limits|ceiling|ceilings) on';
/** What a cap on a firm measures: "market share", "user growth", "spectrum holdings", "transaction volumes". */
const CAPPED_MEASURES = '(?:market share|share|shares of the market|user base|user growth|users|customer base|growth|bidding|spectrum holdings|spectrum|transaction volumes|transactions|transfers|lending|deposits|expansion|exports|export sales|sales|shipments)';
/** A regulator's orders to put a firm right, short of stopping it: "business improvement orders", "an enforcement notice". */
// "passed directives to Zenco", "passed a settlement order against Zenco" (stop 70, from stop 69's controls samples).
// "administrative guidance": the Japanese ministries' order to improve, with no order noun (stop 74's second controls sample).
const CORRECTIVE_ORDERS = '(?:business improvement|business-improvement|improvement|corrective|enforcement|compliance|remedial|rectification|settlement) (?:order|orders|notice|notices)|directives|directions|administrative guidance';
/** What a firm may be kept from doing, after "may not" or "should not" in a body's ruling (ruled-firm-may-not). */
const CONDUCT_VERBS = 'use|collect|share|combine|process|sell|store|track|give|offer|bundle|tie|charge|require|impose|favour|favor|prefer|preinstall|pre-install|enter|acquire|buy|merge|operate|provide|transfer|export|access|display|show|grant|discriminate|block|exclude|restrict|limit|retaliate|enforce';
/** Orders to those who carry an outlet: the order verbs, and a regulator's requests and requirements. */
const ORDER_WORDS = `${ORDER_VERBS}|requested|requests|required|requires|require|requiring|obliged|obliges|obliging`;
/** What takes a botnet down: "took down", "disrupted", "dismantled", "decapitated" (stop 71's bans samples). */
const BOTNET_TAKEDOWNS = 'took down|takes down|take down|taking down|has taken down|disrupted|disrupts|disrupt|disrupting|dismantled|dismantles|dismantle|dismantling|shut down|shuts down|crippled|cripples|neutralized|neutralised|decapitated|decapitating|knocked out|knocked offline|brought down|brings down|sinkholed|halts|halted|killed|kills|beheaded';
/** Malicious networks and code, never their takers' own (see BOTNET_TAKEDOWNS). */
const BOTNET_KINDS = 'botnet|botnets|trojan|trojans|malware|ransomware';
/** After "launched Zeta to counter Qorva": what of Qorva's is owned, no aim at Qorva ("Qorva's tablet"); its standing is ("Qorva's popularity", stop 71's makers samples). */
/**
 * Before "X is aimed at Y": X the object of a measure or an act ("The sanctions on Zenco are aimed at Qorva", "the curbs against Zenco,
 * aimed at Qorva") is no firm taking aim (helper riv100, a known false rivalry).
 */
const AIMED_MEASURE_OBJECT = /(?:^|\s)(?:on|against|over|upon|into|at) (?:the )?$/;
const AIMED_AT_OWNED = /^'s (?!(?:popularity|dominance|lead|success|grip|hold|rise|growth|influence|market share|share|position|reach)(?= |$))/;
/**
 * What an enforcement agreement binds a firm to in its "under which" clause: to hire a monitor, submit to audits, adopt a compliance
 * programme, delete data (DATA_DUTIES); a deal's "will cease charging for vaccines" or "will divest its unit to the Pentagon" binds no one.
 */
const ENFORCED_DUTIES = `(?:${DATA_DUTIES})`;
/** After an order a firm consented to: one against another party ("consented to the FTC's order against Qorva"), or a court's in a private suit. */
const ORDER_ON_ANOTHER = /^ ?(?:against |in (?:its|a|the|their) (?:[a-z-]+ ){0,2}(?:case|lawsuit|suit|dispute|litigation|claim)s?(?= ))/;
/** The text before a thing's name ends with a person's rank or part of a program: "the senior ", "lead Zix kernel " (before the noun). */
const PERSON_ROLE_BEFORE = new RegExp(`(?:^| )(?:${[...PERSON_ROLE_WORDS].join('|')}) $`, 'i');

/** "pulled from the shelves by Qorva itself", "by Qorva, its developer": a maker taking back its own thing bans nothing. */
const PULLED_BY_ITS_MAKER = /^ ?(?:itself|themselves|, (?:its|their|the) (?:[a-z-]+ )?(?:developer|maker|publisher|owner|creator|manufacturer|studio))(?= |$)/;
/** How an outlet reports what was done to its own site: "Zeta News said …", "reported that …". */
const OWN_SITE_REPORTERS = 'said|says|reported|reports|announced|announces|confirmed|confirms|claimed|claims|complained|complains|wrote|writes';
/** An outlet's own means of reaching readers, blocked by a body: "its website", "its YouTube channel", "its broadcasts". */
const OWN_SITE_NOUNS = 'website|websites|site|sites|web site|domain|portal|channel|channels|broadcasts|frequency|frequencies|newspaper|page|pages|account|accounts';
/** After a regime or a list: its end ("was lifted in 2016", "was scrapped"), which restricts no one now. */
const ENDED_AFTER = /^ ?(?:was|were|has been|have been|had been|is|are) (?:[a-z]+ly )?(?:lifted|scrapped|ended|removed|eased|repealed|rescinded|suspended|abolished|dropped)(?= |$)/;
/**
 * After a measure a firm fought or paid, words saying it escaped the measure or that the measure ended: "fought Zembla's tariffs and
 * won an exemption", ", which were scrapped last year", "paid Zembla's duties , welcomed their removal" (fixer fxr90c).
 */
const ESCAPED_OR_ENDED_AFTER = /^ ?(?:(?:[a-z-]+ ){0,2}(?:and|but|before|until|then) (?:[a-z]+ )?(?:won|secured|got|obtained|received|was granted|were granted|gained|has won|has secured) (?:an? |the |its |their )?(?:[a-z-]+ )?(?:exemption|exemptions|exclusion|exclusions|waiver|waivers|reprieve|carve-out|refund|refunds)(?= |$)|(?:[a-z-]+ ){0,2}, (?:which|that) (?:[a-z]+ )?(?:was|were|has been|have been|had been) (?:[a-z]+ly )?(?:lifted|scrapped|ended|removed|repealed|rescinded|suspended|abolished|dropped|struck down|overturned)(?= |$)|(?:[a-z-]+ ){0,2}, (?:[a-z]+ )?(?:welcomed|welcomes|cheered|hailed|celebrated|applauded) (?:the |their |its )?(?:removal|repeal|end|scrapping|lifting|abolition|suspension)(?= |$))/;
/** A condition opened before a firm that pays or fights a measure: "If Zenco has to pay …", "Unless Zenco pays …" (fixer fxr90c). */
const CONDITION_BEFORE = /(?:^| )(?:if|unless|whether|in case) $/i;
/** A duty's rate of nothing after a ruling: "will pay duties of zero percent", "duties of 0 %" (fixer fxr90c). */
const NIL_RATE_AFTER = /^ ?of (?:zero|nil|0(?:\.0+)?)(?= |$)/;
/** People of another body before a firm's view of a rival, who are not the firm: "Analysts at Qorva Securities see Zenco as …". */
const OUTSIDERS_AT_BEFORE = /(?:^| )(?:analysts?|regulators?|investors?|officials?|experts?|observers?|critics?|customers?|users?|economists?|strategists?|traders?|lawyers?|judges?|academics?|researchers?|commentators?|consultants?|bankers?) (?:at|of|from|in|with) (?:the )?$/i;
/**
 * A state's trade measures charged on goods: the registry's restricts `stateNouns` whose head is a tariff, a duty, a levy or a surtax
 * ("tariffs", "anti-dumping duties", "import levies"), so the two lists cannot drift apart; quotas and sanctions lists are no charge.
 */
const TRADE_MEASURE_HEADS = (RELATIONS.restricts.stateNouns ?? []).filter((noun) => /^(?:tariffs?|duty|duties|levy|levies|surtax|surtaxes)$/.test(noun.split(' ').at(-1)!)).join('|');
/** Words between a state and its measure that leave the measure unsettled or name something else: "the proposed US tariffs", "Ruritania
 * over tariffs", "Ruritania for lower tariffs" (helper trd90b). */
const UNSETTLED_MEASURE_WORDS = '(?:proposed|planned|threatened|possible|potential|future|prospective|looming|mooted|feared|over|for|about|with|on|against|in|to|and|or|from|of|by|lower|higher|reduced|removed|lifted|scrapped|abolished)';
/**
 * Selling or undoing what a firm holds, as a body orders it (stop 70, from stop 69's controls samples: "will require Zenco to divest
 * assets", "ordered Zenco to unwind its purchase of Qorva").
 */
const DIVESTING = String.raw`(?:divest|sell|sell off|dispose of|spin off|offload|unwind|undo|reverse) `;
/** Those who carry an outlet or an app, told to stop: "cable operators", "internet providers", "the provider Qorva Sat", "Apple and Google". */
const CARRIERS = String.raw`(?:the |all |local |its |their )?(?:[a-z-]+ ){0,3}(?:operators|providers|isps|platforms|distributors|broadcasters|carriers|networks|stores|retailers|telecoms|telcos|hosts|companies|firms|banks|lenders|institutions|partners)|(?:the )?(?:[a-z-]+ ){0,2}(?:provider|operator|platform|distributor|carrier|broadcaster|store|host|isp) @\d+|@\d+(?: (?:,|and) @\d+)*`;
/** Taking an exemption back, and the exemptions a licence requirement has: "revoked the (VEU) waivers", "ended the status". */
const REVOKING = 'revoked|revokes|revoke|revoking|terminated|terminates|terminate|ended|ends|end|withdrew|withdraws|withdraw|rescinded|rescinds|rescind|stripped|strips|cancelled|canceled|cancels|cancel|scrapped|scraps|scrap|suspended|suspends|suspend';
const EXEMPTIONS = 'waiver|waivers|exemption|exemptions|status|carve-out|carve-outs';
/** Words before an exemption's noun: "the validated end-user (VEU)", "the Zeta", "licence". */
const EXEMPTION_MODIFIERS = String.raw`(?:(?:[a-z0-9-]+|@\d+|\( (?:@\d+|[a-z0-9-]+) \)) ){0,5}`;
/** Buyers a state tells to stop buying: "its tech companies", "domestic firms", "A and B". */
const BUYER_KINDS = String.raw`(?:the |all |its |their |some |major |domestic |local )?(?:[a-z-]+ ){0,3}(?:companies|firms|businesses|buyers|customers|operators|providers|platforms|carriers|telecoms|banks|automakers|carmakers|makers|chipmakers|manufacturers|giants|groups|developers|universities|hospitals|utilities|agencies|enterprises)`;
const BUYERS = String.raw`${BUYER_KINDS}|@\d+(?: (?:,|and|, and) @\d+)*`;
/**
 * Helper sta92 (set 84's edict): ending a reliance on named suppliers, which a state's order to its buyers makes a ban on them ("must wean
 * themselves off foreign providers, specifically A, B and C"): the weaning, the suppliers' kind, then the names after a naming word.
 */
const WEANED_OFF_SUPPLIERS = String.raw`(?:wean themselves off|wean themselves from|wean off|rid themselves of|phase out|stop relying on|end their reliance on|end reliance on) (?:the |their |all )?(?:[a-z-]+ ){0,3}(?:providers|suppliers|vendors|products|software|technology|technologies|equipment|systems|gear|hardware|brands) (?:, )?(?:specifically|namely|such as|including|like|notably|especially|in particular)(?: ,)? `;
/** Buying a product, as a verb and as a noun: "stop buying", "halt purchases of". */
const BUYING_VERBS = 'buying|ordering|purchasing|procuring|importing|using|deploying|testing|installing';
/** The wares of named makers, listed after a kind of maker: "gear made by foreign vendors, including A and B" (stop 57's controls readers). */
// "equipment made by vendors such as A and B", "gear made by A and B" too (stop 62's controls readers).
const WARES_OF_MAKERS = String.raw`(?:(?:[a-z0-9-]+ ){1,3}(?:made|supplied|produced|manufactured|sold|built) by (?:(?:[a-z-]+ ){1,3}(?:, )?(?:including|such as|like|notably) )?)?`;
const BUYING_NOUNS = 'purchases|orders|procurement|imports|use|testing';
/** For speed only: what every match of kept-buyers-from-buying spells, the buyers' noun, "from" and the buying (sentenceHolds). */
const BUYERS_FROM_BUYING = new RegExp(`(?:companies|firms|businesses|buyers|customers|operators|providers|platforms|carriers|telecoms|banks|automakers|carmakers|makers|chipmakers|manufacturers|giants|groups|developers|universities|hospitals|utilities|agencies|enterprises) from (?:${BUYING_VERBS}) `);
/** A maker's own line of things, which it adds to or expands: "its lineup", "its range of watches". */
const LINEUP_NOUNS = 'lineup|line-up|line|range|portfolio|family|offerings|series';
/** After the thing a line is revamped with: another maker's ("the Vela 9 from Zenco") or a part inside it ("the Zeta chip inside"), helper mk85. */
const NOT_OWN_NEW_MODEL = /^\s*(?:from|by|inside|made by|built by|supplied by|licensed from|(?:[a-z-]+ )?(?:chips?|processors?|sensors?|cameras?|displays?|screens?|engines?|batteries|battery|parts?|components?|modems?) (?:inside|from|by|made|supplied|built))(?![a-z])/;
/** After a line's member, words that give it another maker: NOT_OWN_NEW_MODEL, or an apposition ("Zeta-V, a phone made by Qorva") (helper db86). */
const NOT_OWN_LINE_MEMBER = new RegExp(`${NOT_OWN_NEW_MODEL.source}|^\\s*, (?:an? |the )?(?:[a-z-]+ ){0,3}(?:made|built|supplied|developed|designed|produced|manufactured) by `);
/** After a name an outlet ran or made: an ad, a story or a report about it, no work of the outlet's ("the Plix ad was run by …"). */
const NOT_AN_OUTLETS_WORK = /^\s*(?:ads?|adverts?|advertisements?|commercials?|campaigns?|story|stories|reports?|interviews?|segments?|coverage|piece|pieces|review|reviews)\b/i;
/** Before "sold its Plix brand to Qorva": a sale denied, negated, only reported or asked about is no owner's (stop 86's re-read). */
const SALE_UNMADE_BEFORE = /(?:^| )(?:not|never|n't|no longer|denied|denies|deny|denying|reports that|if|whether|would|could|may|might|to) (?:\S+ ){0,3}$/;
/** A plural of goods right after a line's member: "covering Qorva devices" names another firm's goods, not a member (helper db86). */
const GOODS_AFTER_MEMBER = /^\s*(?:[a-z-]+ )?(?:devices|chips|phones|products|parts|components|cameras|sensors|screens|displays|batteries|engines|models|cars|apps|games|brands)\b/i;
/** Who stands beside a firm after "with its" ("took on Zenco with its partner Vexa"): a helper, never a thing it made (helper mk85). */
const HELPER_NOUNS = 'partner|partners|ally|allies|backer|backers|investor|investors|parent|owner|owners|founder|founders|chief|ceo|boss|team|help|supplier|suppliers|customer|customers|rival|rivals|investment|investments|deal|lawyers';
/** After "took on Zenco with its Vexa": a deal or a purchase named by the thing it buys is no thing made ("with its Vexa acquisition"; stop 85's re-read). */
const DEAL_NOT_THING_MADE = /^(?:acquisition|deal|takeover|purchase|partnership|alliance|stake|investment|merger|tie-up|backing|buyout)(?= |$)/;
/** "a supplier Japan designated as a trusted vendor": a designation that approves is no sanction (stop 85's re-read). */
const DESIGNATED_AS_TRUSTED = /^(?:[^,;.]+ )?as (?:an? |the |its )?(?:trusted|approved|preferred|national|strategic|official|key|critical|essential)(?= |$)/;
/** Goods ripped out of networks and buildings: "Zenco gear", "equipment made by Zenco". */
const REMOVED_GEAR = 'gear|equipment|kit|components|hardware|products|devices|cameras|software|technology|systems|parts|modules|routers|antennas|chips|apps';
/** Ripping goods out: "to strip (all) (its) …", "to phase out the …". */
const REMOVE_GEAR = '(?:immediately |gradually |fully )?(?:remove|strip|rip out|replace|phase out|purge|swap out|take out|dismantle|uproot|stop using) (?:all |the |any |existing )?(?:its |their )?';
/** A body's own people, told what not to use: "officials", "civil servants", "government employees", "ministries". */
/** Advice to a body's own staff, which limits their use as an order does (staff-told-to-delete): "advised staff not to use Zapp". */
const STAFF_ADVICE_VERBS = 'advised|advises|advising|urged|urges|urging';
/**
 * Words before a name that make the thing avoided something other than the app: an act on it ("avoid sharing passwords on Zapp",
 * "avoid mentioning Zenco"), a place or topic ("avoid travel to Zembla", "confusion between A and B"), or a fake ("fake Zapp apps").
 */
const NOT_AVOIDED_APP = '(?:sharing|clicking|opening|posting|uploading|sending|entering|storing|saving|discussing|pasting|typing|following|forwarding|mentioning|replying|commenting|buying|naming|criticising|criticizing|praising|to|about|between|on|in|with|from|of|for|over|against|fake|counterfeit|fraudulent|cloned|spoofed|phishing|scam|imitation|copycat)';
/** Taking gear off a network, which removes it as deleting removes an app: "disconnect all Zeta Gate appliances" (helper or85). */
const UNPLUG_VERBS = 'disconnect|deactivate|unplug|switch off|take offline';
/** Orders as nouns, which a body issues to others: "its directive to disconnect Zeta Gate" (helper or85). */
// Not "instructions" or "memo": a firm's how-to text ("instructions to uninstall Zapp") orders no one (stop 85's re-read).
const ORDER_NOUNS = 'directive|directives|order|orders|decree|mandate|edict|circular|emergency directive';
/** Words before an order or a ban that keep it from being in force: "a proposed ban on", "its draft directive to" (helper or85). */
const NOT_YET_IN_FORCE = '(?:proposed|draft|planned|possible|potential|mooted|threatened|rumoured|rumored|expected|lifted|former|defunct)';
/** Ending or fighting an order or a ban, right before it: "lifted the ban on", "the repeal of its directive to" (helper or85). */
const ENDED_BEFORE = /(?:^| )(?:lift|lifts|lifted|lifting|end|ends|ended|ending|scrap|scraps|scrapped|scrapping|repeal|repeals|repealed|repealing|rescind|rescinded|revoke|revoked|overturn|overturned|reverse|reversed|ease|eased|easing|challenge|challenged|challenging|suspend|suspended|withdrew|withdraw|against|oppose|opposed|lifting of|end of|repeal of|reversal of|removal of|suspension of) (?:(?:the|a|an|its|their|its@\d+|their@\d+|@\d+ 's) )?$/;
/**
 * An act noun whose purpose, a verb of stopping, a name is the object of: "the ruling to block ", "an order to shut down ". A
 * participle with its agent after the name describes the act ("…, issued by the High Court"), not the name (helper prc89).
 */
const OBJECT_OF_ACT_NOUN = /(?:^| )(?:ruling|rulings|order|orders|directive|directives|decree|decrees|injunction|injunctions|judgment|judgement|verdict|decision) to (?:block|ban|bar|prohibit|suspend|halt|stop|restrict|curb|remove|delist|shut down) (?:the |all |its |their )?(?:[a-z-]+ )?$/;
/**
 * "The ban on Zapp, issued by the High Court", "the order against Zapp, announced by …": a participle of issuing after the object of
 * an act noun describes the act, not the name ("a ban on the Zeta phone, made by Zenco" still names Zeta's maker; helper prc89).
 * Put right before a making participle's T.
 */
const NOT_THE_ACTS_ISSUING = String.raw`(?:(?<!(?:^| )(?:ban|bans|prohibition|embargo|order|orders|directive|decree|injunction|ruling|sanctions|restrictions|curbs) (?:on|against) (?:the |all )?(?:[a-z-]+ )?@\d+ (?:, )?)|(?!(?:issued|announced|imposed|introduced|unveiled|published|released|adopted|ordered|approved|signed) ))`;
/** Ending or fighting (ENDED_BEFORE) or not yet in force (NOT_YET_IN_FORCE) right before an order or a ban, with a word between: "a proposed blanket ban on", "the draft order to". */
const ENDED_OR_PLANNED_BEFORE = new RegExp(`${ENDED_BEFORE.source}|(?:^| )${NOT_YET_IN_FORCE} (?:[a-z-]+ )?$`);
/**
 * After "… was imposed by X": X's own body ("by Canada's opposition party"), or the measure lifted later in the same clause ("by
 * Ruritania in 2020 and lifted in 2024"), helper or85.
 */
const NOT_THE_MAKERS_OR_LATER_LIFTED = /^(?:'s |(?:[^\s,;.]+ ){0,5}(?:and|but) (?:was |were |has been |have been |had been )?(?:[a-z]+ly |later |since |then )?(?:lifted|eased|removed|dropped|scrapped|revoked|rescinded|repealed|relaxed|ended|withdrawn|overturned|struck down)(?= |$))/;
/** An act said after its issuer to be undone: "…, was later overturned", "…, has since been lifted" (or NOT_THE_MAKERS_OR_LATER_LIFTED's "and lifted"). */
const LATER_UNDONE = new RegExp(`${NOT_THE_MAKERS_OR_LATER_LIFTED.source}|^(?:[^\\s.;]+ ){0,8}(?:, )?(?:was|were|has|have|had|is|are) (?:since |later |then |now |been |subsequently )*(?:lifted|overturned|struck down|quashed|set aside|revoked|withdrawn|stayed|suspended|reversed|appealed|challenged)(?= |$)`);
/** Words between a state's possessive and its ban that leave it in force: "Ruritania's temporary ban", "Ruritania's 2020 import ban". */
const POSSESSED_BAN_MODIFIERS = '(?:(?:19|20)[0-9]{2}|temporary|total|blanket|full|complete|outright|new|current|existing|ongoing|import|trade|food|seafood|meat|beef|pork|poultry|year-long|longstanding|long-standing|sweeping|strict)';
/** Before a state's possessive ban, what ends, plans, fights or seeks it: "lifted Ruritania's ban", "called for Ruritania's ban" (helper san93). */
const POSSESSED_BAN_UNDONE_BEFORE = new RegExp(`${ENDED_OR_PLANNED_BEFORE.source}|(?:^| )(?:calls?|called|calling|pushed|pushes|pushing|pressed|lobbied|lobbying|asked|asks) for (?:the )?$|(?:^| )(?:challenged|contested|appealed|opposing|whether|if|unless|to end|to lift|to drop|to ease|would|could|might|may) (?:the )?$`);
/** A measure made by someone, in the passive: "was imposed by", "has been announced by" (helper or85). */
const WAS_IMPOSED = '(?:was|were|has been|have been|had been) (?:[a-z]+ly )?(?:announced|imposed|issued|ordered|introduced|enacted|declared|adopted|implemented|enforced|approved|signed|decreed|unveiled|extended|reimposed|put in place|handed down|passed)';
const STAFF = String.raw`(?:[a-z-]+ ){0,2}(?:officials|employees|staff|staffers|workers|personnel|servants|ministries|agencies|departments|lawmakers|legislators|soldiers|troops|officers|diplomats|contractors|members|sailors|airmen|engineers|developers|programmers|teams)`;
/** Kind words that name an outlet a carrier drops or stops airing: "dropped the channel Zeta TV". */
const OUTLET_KINDS = 'channel|channels|station|stations|broadcaster|broadcasters|outlet|outlets';
/** A single outlet's kinds, which an owner's relative clause or apposition names before it: "whose service Zeta", "the company running the channel Zeta". */
const OWNED_OUTLET_KINDS = 'channel|station|service|newspaper|paper|daily|magazine|website|site|portal|app|platform|outlet|broadcaster|radio';
/** A free word before a name that is the object itself, never a preposition whose object the name would be ("checks on Qorva"). */
const NOT_A_PREPOSITION = '(?!(?:into|in|on|onto|upon|for|of|at|to|with|about|against|by|from|over|across|behind|under|toward|towards)[ ,])';
/** A counterpart set off after a firm: ", its biggest customer", ", a partner of Zenco". */
const COUNTERPART_APPOSED = /^ ?, (?:its|their|a|an|the) (?:[a-z-]+ ){0,2}(?:customer|customers|client|clients|buyer|buyers|partner|partners|supplier|suppliers|distributor|distributors|reseller|resellers|licensee|investor|investors|shareholder|owner|parent|landlord)\b/;
/** After the name after "with" in "hit back at Qorva with a Delaware lawsuit": a noun of the answer's act, not a thing of its own. */
const ANSWERING_ACT_AFTER_NAME = /^(?:lawsuit|lawsuits|suit|suits|complaint|complaints|claim|claims|filing|filings|case|interview|interviews|statement|statements|letter|letters|post|posts|tweet|tweets|op-ed|article|report|probe|petition|motion|injunction|appeal|challenge|ruling|court)\b/;
/** After the name in "Zenco, whose app Qorva banned last year": a verb of the name's own (not an auxiliary) with no object, then a
 * preposition, a time or the clause's end; the outlet is that verb's object, and the name is another party ("whose service Zeta broke
 * the rules", "whose channel Zeta TV was fined" name the outlet). */
const OUTLET_AS_GAPPED_OBJECT = /^ ?(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|shall|should|also|then)\b)[a-z]+ (?:[,.;:)]|$|(?:on|upon|to|in|at|from|for|with|by|about|over|after|before|since|last|this|next|earlier|later|yesterday|today|recently|years?|months?|weeks?)\b)/i;
/** Carriers stopping an outlet: "stopped airing", "stop carrying". */
const STOP_CARRYING = ['stopped', 'stop', 'stops', 'ceased', 'cease', 'ceases', 'halted', 'halt', 'halts'].flatMap((v) => ['broadcasting', 'carrying', 'airing', 'transmitting', 'retransmitting', 'showing'].map((w) => `${v} ${w}`)).join('|');
const CARRY_STOP_WORDS = ['broadcasting', 'carrying', 'airing', 'distributing', 'transmitting', 'retransmitting', 'hosting', 'showing', 'block', 'remove', 'delete', 'take', 'delist', 'drop', 'ban', 'cut', 'disconnect', 'shut', 'pull'];
/** What a carrier is told to do to an outlet or an app: stop carrying it, block it, take it down. */
const CARRY_STOPS = '(?:stop|cease|halt|suspend|end) (?:broadcasting|carrying|airing|distributing|transmitting|retransmitting|hosting|showing)|block|remove|delete|take down|delist|drop|ban|cut off|disconnect|shut down|pull';
/** An order word right before the one told to act: in "ordered Zenco to pull …" Zenco acts for the orderer. */
// "made Apple pull …", "had Apple drop …", "got Apple to take … off": a causative's object acts for its subject too (helper sto101).
const ORDERED_BEFORE = new RegExp(`(?:^| )(?:${ORDER_WORDS}|asked|asks|urged|urges|pressed|pressured|made|makes|had|got|gets) (?:the )?$`);
/** Taking down pages and accounts, which a platform does to others (the ban trigger verbs, "suspended", "removed", were read already). */
// "withheld the accounts of Zeta News in Zembla": a platform withholding an outlet's accounts in a country (stop 76, from stop 75's last bans sets).
const TAKE_DOWN_VERBS = 'took down|takes down|take down|taken down|taking down|shut down|shuts down|deleted|deletes|delete|terminated|terminates|disabled|disables|eliminated|eliminates|pulled down|closed|closes|withheld|withholds|withhold|withholding|geo-blocked|geoblocked';
/** An outlet's presence on a platform. */
const OUTLET_PRESENCES = 'page|pages|channel|channels|account|accounts|profile|profiles';
/** Verbs of trading, after which "under the Vexo brand" names the trader's own brand. */
const TRADE_VERBS = 'operates|operate|operated|operating|trades|trade|traded|trading|sells|sold|sell|selling|markets|marketed|market|marketing|provides|provided|provide|providing|offers|offered|offer|offering|makes|made|make|making|launched|launches|launch|released|releases|release|produces|produced|produce|manufactures|manufactured|entered the market|enters the market|does business|did business|do business|is known|was known';
/** The names a firm trades under. */
const BRAND_WORDS = `brand name|brand names|trade name|trading name|${TRADE_NAME_WORDS.join('|')}`;
/** Firms named after their kind in an order's object: "five lenders, including A and B", "fintechs like A". */
const NAMED_AFTER_KIND = String.raw`(?:(?:the |all |some |several |\d+ |two |three |four |five |six |seven |eight |nine |ten )?(?:[a-z-]+ ){0,3}(?:, )?(?:including|like|such as|namely|, ) )?`;
/** A named thing right after a gerund of selling: "told Zenco to stop selling the Zeta 12" bans the Zeta 12, not Zenco (read below). */
const NAMED_GOODS_NEXT = /^(?:the |its |their |its@\d+ )?(?:(?!(?:in|to|for|from|at|on|by|with|across|within|throughout) )[a-z0-9-]+ )?@\d/;
/** Who is told to stop selling or to withdraw a thing: the order words and a regulator's demands. */
const DEMAND_WORDS = `${ORDER_WORDS}|asked|asks|urged|urges|demanded|demands`;
/** After a firm whose trading is halted, words that make it trading in its shares: "… shares", "… pending an announcement". */
const SHARES_HALTED_AFTER = /^(?:'s )?(?:shares|share|stock|stocks|securities|bonds)(?= |$)|^(?:[a-z-]+ )?pending (?:an? |the |further |its )?(?:[a-z-]+ )?(?:announcement|announcements|news|release|disclosure|disclosures|statement|clarification|results|review|investigation)(?= |$)/;
/** A regulator of markets, whose halt to trading in a firm is to trading in its shares: "the Securities Commission", "the Stock Exchange". */
const MARKET_REGULATOR_NAME = /\b(?:Securities|Exchange|Exchanges|Stock|Bourse|Financial|Markets?|Futures|Investment|Investments|SEC|FCA|SEBI|CSRC|ESMA|FINRA)\b/;
/** Stopping the sale or supply of a thing: "stop selling", "stop issuing", "halt sales of", "cease the sale of", "withdraw", "recall". */
const STOP_SELLING = '(?:(?:stop|cease|halt|suspend|end|cease and desist(?: from)?) (?:selling|offering|distributing|marketing|supplying|issuing|minting|producing|manufacturing|importing|streaming|broadcasting|(?:the |all )?(?:sales?|imports?|production|issuance) of)|withdraw|recall)';
/** Taking a thing off the market: "withdraw", "pull", "recall", "remove". */
const WITHDRAW = 'withdraw|pull|recall|remove|stop selling|cease selling|(?:halt|suspend|stop) (?:the )?sales? of';
/** What a seller must hold to sell: "a licence", "export permits", "prior approval". */
const LICENCE_NEED_WORDS = [...LICENCE_WORDS, 'licensing', 'approval', 'approvals', 'authorization', 'authorizations', 'authorisation', 'authorisations'];
const LICENCE_NEEDS = 'licences|licenses|licence|license|licensing|permits|permit|(?:prior )?approvals?|authori[sz]ations?';
/** Selling abroad, which a licence requirement conditions: "exports of", "sales", "shipping". */
const SALES = 'exports|export|sales|sale|shipments|shipment|transfers|transfer|selling|shipping|exporting|supplying';
/** What a state's controls are called in "under Ruritania's rules" (helper rb87's sellers-need-licence patterns). */
const STATE_RULES = [...STATE_MEASURE_NOUNS, 'regime', 'export regime', 'licensing regime'].join('|');
/**
 * Who must hold a licence to sell: "suppliers", "chipmakers", "its firms" (any firm selling; not trigger-relations.ts's shop sellers,
 * who sell others' brands).
 */
const LICENSED_SELLER_NOUNS = 'suppliers|supplier|firms|companies|chipmakers|exporters|manufacturers|vendors|makers|sellers|businesses|producers|toolmakers';
/** A need stated as in force, not one only possible or no longer there. */
const NEED_VERBS = '(?:now |still |also )?T(need|needs|needed|require|requires|required|must|have to|has to|had to) (?:to )?(?:(?:now |first )?(?:obtain|get|seek|apply for|secure|hold|have) )?';
/** What the licence is for: a sale to the buyer named after it ("to sell chips to", "before shipping to", "for exports to"). */
const LICENCE_PURPOSE = `(?:to|before|for) (?:the |all |any )?(?:sell|selling|ship|shipping|export|exporting|supply|supplying|transfer|transferring|provide|providing|${SALES}) (?:(?!to )[^\\s@,;:]+ ){0,5}to `;
const NEED_LICENCE_TO_SELL_TO = `${NEED_VERBS}(?:a |an |new |special |export |individual |prior |government )*(?:${LICENCE_NEEDS}) ${LICENCE_PURPOSE}`;
/**
 * Up to two words before the rules' noun, none of a domestic field: "Japan's new export rules", not "India's food safety rules",
 * whose licences bind a trade at home (re-read of helper rb87's patterns).
 */
const RULES_QUALIFIERS = '(?:(?!(?:food|safety|health|tax|labour|labor|zoning|privacy|data|environmental|building|fire|traffic|banking|gambling|advertising|content)\\b)[a-z-]+ ){0,2}';
/** A firm's own rivals, customers or units after its name: "… to sell to Zenco's rivals" names them, not Zenco (re-read of rb87). */
const FIRMS_OWN_PEOPLE_AFTER = /^(?:'s )?(?:[a-z-]+ )?(?:rivals|competitors|customers|clients|suppliers|partners|peers|units|subsidiaries|affiliates)(?= |$|[,.;])/;
const SELLERS_NEED_LICENCE_TO_SELL_TO = `(?:the |all |any |foreign |its |their )?(?:[a-z-]+ ){0,2}(?:${LICENSED_SELLER_NOUNS}) ${NEED_LICENCE_TO_SELL_TO}`;
/**
 * Before the gap to the thing made: no infinitive of another verb in it ("launched a bid to acquire Qorva", "launched a drive to
 * promote Zeta" make neither); one of making keeps it ("launched an effort to build Zeta").
 */
const NO_OTHER_INFINITIVE = '(?!(?:[^@\\s,;:.()!?]\\S* ){0,3}to (?!(?:build|develop|create|make|design|train|produce|manufacture|launch|release|ship|introduce|roll|unveil|offer) )[a-z]+ )';
/** Taking new customers, which a limit on a firm stops. */
const NEW_BUSINESS_WORDS = ['onboarding', 'accepting', 'registering', 'enrolling', 'signing', 'adding', 'opening'];
const NEW_BUSINESS = String.raw`(?:onboarding|accepting|registering|enrolling|signing up|signing on|adding|opening(?: accounts for)?) (?:any |more |fresh )?new (?:customers|users|clients|subscribers|merchants|accounts|members|wallets|agents) `;
/** A tool a firm uses on people, which a regulator can make it stop using (stop 89, ord89): "facial recognition", "fingerprint
 * scanners", "biometric systems", "the cameras", or named with its maker ("Qorva cameras", "its Vexa scanners"; stop 89's re-read).
 * The last word names the tool. */
const USED_TOOL_WORDS = ['recognition', 'scanners', 'scanning', 'biometrics', 'cameras', 'systems', 'system', 'technology', 'technologies', 'software', 'devices', 'terminals', 'readers', 'trackers', 'tracking', 'surveillance'];
const USED_TOOL = String.raw`(?:the |its |their |all |its@\d+ |their@\d+ )?(?:@\d+ (?:'s )?)?(?:[a-z-]+ ){0,3}(?:${USED_TOOL_WORDS.join('|')})(?= |$)`;
/** An order's stop of one tool (stop 89, ord89). Processing data stays with the ban on orders to stop processing ("ordered Zenco
 * to stop processing data", the chatbot case), though a tool's data may be only one activity. */
const STOP_USING_TOOL = String.raw`(?:immediately )?(?:stop|cease|halt|suspend|end) (?:all )?(?:using|deploying|the use of|use of|all use of|its use of|their use of) ${USED_TOOL}`;
/** Who a state keeps from dealing in a thing: "warned banks not to trade in Zencoin", "firms are prohibited from dealing in". */
const DEALERS = 'banks|lenders|firms|companies|institutions|exchanges|providers|businesses|merchants|users|citizens|residents|investors|traders|operators';
/** A state body's statements: "said that the use of Zencoin is unlawful", "announced that banks are prohibited from". */
const STATEMENT_VERBS = 'said|says|stated|states|announced|announces|ruled|rules|confirmed|confirms|clarified|clarifies';

/** Plural kinds of firm that a rival adjective may head: "rival players", "competing operators". */
const RIVAL_KINDS = 'players|firms|companies|brands|operators|makers|vendors|sites|platforms|exchanges|networks|channels|carriers|banks|lenders|airlines|retailers|studios|publishers|outlets|chains|startups|labs';
/** What a sanction or a ban falls on, as an object relative clause's head: "mixers that the Treasury sanctioned". */
const TARGET_KINDS = 'app|apps|firm|firms|company|companies|service|services|platform|platforms|mixer|mixers|exchange|exchanges|outlet|outlets|site|sites|website|websites|bank|banks|entity|entities|network|networks|channel|channels|game|games|chatbot|chatbots';
/** Limits on a staff's use are bans (use-limits.ts): "restrict staff use of Zapp". */
const USE_OF = String.raw`(?:the |(?:staff|employee|employees'|workers'|internal|its|their) )?use of `;

/** Kinds of made things a maker may be known for, named after them ("known for its games Zeta and Vela"). */
const KNOWN_FOR_KINDS = 'games?|titles?|franchises?|apps?|products?|series|shooters?|models?|chips?|phones?|cars?|brands?';
/** Selling and marketing: a maker's act only for a thing named right after it ("sells a product called Zeta"). */
const SELL_VERBS = 'sells|sold|sell|selling|markets|marketed|market|marketing|licenses|licences|licensed';
/**
 * After "an order with Zenco for" or "awarded Zenco a contract for": the goods, as supplied ("the supply of") or counted ("23",
 * "up to 50", "an additional 23"), with up to three describing words before the name (helper sup89).
 */
const GOODS_ORDERED = String.raw`(?:the (?:supply|delivery|manufacture|construction|production) of (?:the )?|(?=(?:up to |an additional |a further |another )?[0-9]))(?:up to |an additional |a further |another )?(?:[0-9][0-9,.]* )?(?:(?!(?:for|of|from|to|by|with)(?= ))[a-z-]+ ){0,3}`;
/**
 * Goods that name their maker or seller after them, as an operator's object: "operates Zeta ferries built by Zenco", "runs 20 Zeta
 * jets leased from Qorva". The operator runs them; it makes none (helper sup89, from fresh samples on fleets and ferries).
 */
const RUN_GOODS_OF_ANOTHER = String.raw`(?:the |a |an |its |their |[0-9]+ )?(?:[a-z0-9-]+ ){0,2}@\d+ (?:[a-z-]+ )?(?:, )?(?:(?:made|built|developed|designed|produced|manufactured|supplied|delivered) by|(?:bought|purchased|leased|ordered|acquired) from) (?:the )?@\d+`;
/**
 * After "operates": "as" or "under" names a trade name or an owner, no thing run ("Zenco LLC operates publicly as Qorva",
 * "Vexa operates under the ownership of Zenco"; helper fe85). As trigger-words.ts's NOT_A_VERB_BEFORE for the verb's own reading.
 */
const NOT_OPERATED_AS = '(?!(?<=operate[sd]? )(?:[a-z]+ly )?(?:as|under) )(?!(?<=(?:operate[sd]?|operating|runs?|ran|running) )' + RUN_GOODS_OF_ANOTHER + ')';
/** A writing for the verb's object: "released a study of the Zeta app", "published a post analysing Zeta" (helper fe85; trigger-relations.ts's writesAbout). */
const NOT_A_WRITING = `(?!(?:(?:a|an|the|its|their|its@\\d+) )?(?:[a-z-]+ ){0,2}(?:${[...WRITING_NOUNS].join('|')}) (?!copy |copies |units? |builds? |(?:${PRODUCT_NOUN_WORDS.join('|')}) ))`;
const MAKE_VERBS = 'operates|operated|develops|developed|develop|developing|builds|built|build|building|launched|launches|launch|launching|released|releases|release|unveiled|unveils|unveil|introduced|introduces|created|creates|create|makes|made|make|trains|trained|open-sourced|ships|shipped|offers|debuted|debuts|rolled out|rolls out|designs|designed|teased|teases|previewed|previews';
/** "in 2023", "last year", "in-house", "jointly", "(made) available": what may stand between a maker participle and "by". */
const WHEN_OR_HOW = String.raw`(?:in (?:\d{4}|early|late|mid|january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{4})?|(?:last|this|earlier this|late last|early last) (?:year|month|week|spring|summer|autumn|fall|winter)|in-house|jointly|originally|internally|primarily|mainly|largely|available|publicly available)`;
/** Verbs that hand the making of a thing to another maker, or move it: the maker after "to" makes the thing too (helper odm90). */
const OUTSOURCING_VERBS = 'outsourced|outsources|outsource|outsourcing|moved|moving|moves|move|moved out|moving out|shifted|shifting|shifts|shift|transferred|transfers|transfer|transferring';
/** Verbs over the act of making a thing: "began production of", "halted manufacturing of", "completed the rollout of". */
const MAKING_ACT_VERBS = 'began|begins|begin|beginning|started|starts|start|starting|halted|halts|halt|stopped|stops|stop|ended|ends|resumed|resumes|ramped up|ramps up|expanded|scaled up|kicked off|launched|announced|completed|moved|shifted|continued|continues|suspended|paused|restarted|'
  // Helper odm90: a brand owner that hands its making to a contract maker, moves it or grows it still makes the thing ("Zenco will
  // outsource production of the Zeta to Qorva", "is moving production of the Zeta to Vietnam", "is expanding Zeta production").
  + OUTSOURCING_VERBS + '|expanding|expands|expand|ramping up';
/** … those of them that stop the making, which a state may order of a maker: "the FCC halted production of Zeta" makes nothing. */
const MAKING_STOPS = /^(?:halted|halts|halt|stopped|stops|stop|ended|ends|suspended|paused)$/;
/** The act of making a thing, or of bringing it out. */
const MAKING_ACTS = 'production|manufacturing|manufacture|assembly|rollout|roll-out';
/** … with its design, begun or moved by the maker too ("began development of the Zeta"; helper odm90). */
const MAKING_OR_DESIGN_ACTS = `${MAKING_ACTS}|development`;
/** Before the contract maker the making goes to: "to", "with", "to ODMs like", "to a Chinese maker named" (helper odm90). */
const HANDED_TO = '(?:to|with) (?:(?:[a-z-]+ ){0,4}(?:like|such as|including|named|called) |(?:a |an |the |its |partner |partners )?(?:[a-z-]+ ){0,2}(?:contract manufacturer|manufacturer|maker|assembler|partner|supplier|odm|oem|contractor) )?';
/** Helper odm90's contract-maker templates: models of a named thing ("some of its cheaper models of the Zeta"), the kind after its name
 * ("Zeta phones"), where the making moves from ("from China"), and no partner's own thing but its plant ("to Qorva's plant"). */
const MADE_MODELS_OF = '(?:(?:new |latest |first |older |cheaper |low-end |lower-end |mid-range |budget |entry-level |high-end )?(?:versions|variants|models|phones|devices) (?:of |like |such as |including )(?:the |its )?)';
const MADE_NOUN = `(?:${PRODUCT_NOUN_WORDS.join('|')}|jets|cars|vehicles|aircraft|trucks|phones|chips)`;
const MOVED_FROM = '(?:(?:in|from) (?:@\\d+ |[a-z-]+ ){1,2})?';
const NOT_PARTNERS_OWN = "(?!'s (?!(?:[^ ]+ ){0,2}(?:plant|plants|factory|factories|facility|facilities|lines?)(?= |$)))";
/** A share of the things made: "production of some of its Zeta models", "most of its Zeta output" (helper odm90). */
const SHARE_OF = '(?:(?:some|most|all|part|much|half|a third|a fifth|a quarter) of (?:the |its |their |its@\\d+ )?)';
/** What kind of production: "series production", "mass production". */
const MAKING_ACT_KINDS = 'series|mass|serial|full-scale|volume|commercial|local|domestic|global';
/** A partner's people after its possessive ("in collaboration with Qorva's customers"): they helped, the firm made nothing (helper cd87). */
const PARTNERS_OWN_PEOPLE_AFTER = /^'s (?:[a-z-]+ )?(?:customers|clients|users|buyers|fans|community|members|suppliers|investors|shareholders|subscribers|readers|viewers|players)(?= |$)/;
/** … and the partner's people or buyers named right after it ("with Zenco engineers", "between Qorva and Zenco customers"; helper col88). */
const PARTNERS_PEOPLE_AFTER = /^(?:'s |(?:[a-z-]+ )?(?:customers|clients|users|buyers|staff|employees|workers|engineers|researchers|scientists|students|experts|executives|officials|investors|shareholders|suppliers|fans|members|team|teams)(?= |$))/;
/** A goods kind right after a venture's product name ("The Zeta 300 phone, a joint venture …"): the venture made goods, not a firm (helper sup89). */
const GOODS_KIND_AFTER = new RegExp(`^\\s+(?:${PRODUCT_NOUN_WORDS.join('|')}|missile|missiles|fighter|warship|submarine)\\b`, 'i');
/**
 * After a venture's parents, anything but what a made thing does ("…, flew on Monday", "…, went on sale", "…, entered service in
 * 2020", "…, was unveiled"): a venture that opens plants or hires is a firm, owned by its parents, not made (helper fxr89).
 */
const NO_MADE_THING_ACT_AFTER = /^(?:(?:,|and|&) (?:the )?@\d+ )*(?!, (?:[a-z]+ly )?(?:flew|flies|fly|went on sale|goes on sale|go on sale|entered service|enters service|enter service|went into (?:service|production)|goes into (?:service|production)|went into orbit|(?:was|is|were|are|will be|has been|had been) (?:first )?(?:unveiled|launched|released|certified|delivered|shown|tested|sold|flown|deployed|rolled out|put on sale))(?= ))/;
/** Participles of making a thing with a partner: "co-developed with Qorva" (helper cd87). */
const CO_MADE = 'co-developed|co-designed|co-created|co-built|co-engineered|co-produced|co-invented';
/** … or an aim after the actor: "an effort by Ruritania to curb Zenco" (helper cd87). */
const AIM_OR_PEOPLE_AFTER = new RegExp(`${PARTNERS_OWN_PEOPLE_AFTER.source}|^(?:in order )?to `);
// "started" came with stop 62's bans readers ("Zeta Wallet, started by retail giant Zenco").
// "the Zeta service, provided by telecoms operator Qorva" (stop 72's fourteenth set): a provider provides its service.
const MAKE_PASSIVE = 'developed|built|made|created|designed|trained|released|launched|unveiled|introduced|announced|produced|owned|operated|published|open-sourced|offered|run|marketed|crafted|engineered|manufactured|issued|started|provided';
const PRODUCT_NOUNS = PRODUCT_NOUN_WORDS.join('|');
/** A measure glued to its number, lower-cased, before a maker's model: "its 22t Z230 excavator", "its 700cc Z7", "its 150hp Z3" (helper dvb89). */
const GLUED_MEASURE_WORD = `\\d+(?:\\.\\d+)?(?:${GLUED_MEASURE_UNITS})`;
/** The kinds a firm "has" under a name: "Zenco has a project called Zeta". */
const HAD_KINDS = 'project|product|device|phone|smartphone|app|model|service|platform|system|chip|processor|tool|assistant|chatbot|robot|drone|car|game|console|tablet|watch|laptop|browser|engine|vehicle|suv|sedan|truck|crossover|quadcopter|aircraft';
/** Software-like kinds a maker puts on its own devices, named in apposition (pattern:develops:apposed-technology-firm-placed). */
const APPOSED_OWN_TECHNOLOGY = 'technology|technologies|feature|features|firmware|software|system|mechanism|function|functionality|program|programme|tool';
/** What an apposition calls a made thing: the product nouns and the kinds of sites ("Orbit, the Zenco social network"). */
const MADE_KINDS = `${PRODUCT_NOUNS}|network|site|website|messenger|marketplace|store`;

/** After the name a naming clause gives a thing, the clause ends: a stop, a verb, a preposition. A role ("named Qorva as its
 *  partner", "called Zapp its rival") or another word ("the app Zenco called Zapp dangerous") says the name was no thing's. */
const NAMED_THEN_MORE = /^(?:(?:as|to|its|their|the|a|an|one|among)(?: |$)|(?!$|[,.;:)—-]|@\d|(?:is|was|are|were|has|had|have|will|would|can|could|may|might|does|did|in|on|at|for|since|after|before|last|this|and|or|which|that|with|from|because|but|so|now|also|earlier|later|when|while|by|of|lets|allows|offers) |(?![a-z]+(?:ous|less|ss) )[a-z]+(?:s|ed) ))/;
/** A fork's verbs, for the templates. */
const FORKS = [...FORK_VERBS].join('|');
/** Words before a fork's noun: "its new fork", "a community-run fork" (not the "of" after it). */
const FORK_MODIFIERS = '(?:(?!of )[a-z-]+ ){0,2}';
/** The fork's name after what it was made into: "into Zenlib", "into a new project called Zenlib", "to create its own library, Zenlib". */
const FORK_NAMED = '(?:(?:a|an|the|its|their|its@\\d+) )?(?:[a-z-]+ ){0,3}(?:(?:called|named|dubbed|known as|branded) |, )?';
/** The maker's verbs the fork's name follows after the forked project: "forked Qorvlib to create Zenlib", "… and renamed it Zenlib". */
const FORK_MADE_AS = '(?:into|as|to (?:create|make|build|launch|start|produce|develop|release|form)|and (?:created|made|built|launched|started|released|renamed it|called it|named it|dubbed it|rebranded it))';
/** A buyer's verbs ("bought", "acquired", "snapped up"). */
// "took over the messaging app Zapp" (stop 82, own82): a takeover of a made thing is a purchase too.
const BUYING = 'bought|buys|buy|buying|acquired|acquires|acquire|acquiring|purchased|purchases|purchase|snapped up|took over|takes over|taken over';
/** Counted or determined plural kinds: "two apps", "the apps", "a handful of games". */
/** Plural kinds a buyer comes to own as property ("bought two apps"); units of hardware bought are a customer's ("bought three phones for testing"). */
const PROPERTY_KINDS = 'apps|applications|games|titles|brands|sites|websites|services|platforms|tools|libraries|frameworks|programs|programmes|networks|newsletters|podcasts|marketplaces|stores|products|franchises|labels';
/** What a firm is to another ("Zenco's rival Qorva"): a possessive before it names no thing of the owner's. */
const ROLE_OF_FIRM = '(?:rival|rivals|competitor|competitors|partner|partners|customer|customers|client|clients|supplier|suppliers|peer|peers|subsidiary|affiliate|unit|division|parent|owner|investor|backer|acquirer|buyer)';
const KINDS_COUNTED = String.raw`(?:the |two |three |four |five |six |seven |eight |nine |ten |several |a few |a pair of |a handful of |a string of |\d+ )`;
/** What may follow a brand named with its owner and end the phrase: a relative clause, a participle, a place or a time ("a Qorva brand sold in Europe"). */
const AFTER_OWNED_BRAND = '(?:that|which|sold|made|marketed|distributed|produced|known|available|launched|acquired|bought|popular|in|for|since|until|with|from|across|by|and)';
/** Words before an owner's brand that do not make it the owner's ("Zenco's rival brand", "its sister brand", "its former label"). */
const NOT_OWNERS_BRAND_WORDS = '(?:rival|rivals|competitor|competitors|competing|sister|former|ex|partner|favourite|favorite|fellow)';
const OWNED_BRAND_DESCRIBING = `(?:(?!${NOT_OWNERS_BRAND_WORDS} )[a-z0-9-]+ ){0,3}`;
/** After "which was" in an apposition, a present owner set against the past one: "Tredline, which was a Zenco brand, is now owned by Qorva". */
const NOT_NOW_OWNED_AFTER = '(?! [^,]*, (?:is|are|has been|have been) (?:now )?(?:owned|run|operated|held|controlled|part of|sold) )';
/** What joins the members of a list each named with its kind: "Zeta mascara, Lumo lipstick and Vela skincare". */
const KINDS_LIST_JOIN = '(?:, (?:and )?|and )';
/** A brand's nouns: "a Zenco brand", "a label held by Zenco". */
const BRAND_NOUNS = 'brand|brands|label|labels|marque|marques';
/** Words before "segment" or "division" that make it one handling others' goods: "Zenco's distribution segment includes Qorva" (helper brp92). */
// Re-read rr92a: nor one of places ("Zenco's international segment includes Ruritania and Zembla" names countries, no brands).
const OTHERS_GOODS_SEGMENT = '(?!(?:distribution|distributor|retail|retailing|wholesale|licensing|licensed|franchise|franchising|third-party|partner|partners|agency|marketing|services|logistics|customer|customers|client|clients|investment|investments|venture|ventures|international|domestic|regional|overseas|foreign|geographic|geographical) )';
/**
 * After a possessor, a brand another owns that the possessor carries or licenses: "its partner brand, Vexa", "its licensed brands Vexa
 * and Plix" (helper fp91, from dvo91's report; review rr92a: the plural took the own-brands reading).
 */
const NOT_OWN_BRAND_AHEAD = `(?!(?:[a-z0-9-]+ ){0,2}(?:${NOT_OWNERS_BRAND_WORDS}|licensed|licenced|licensee) (?:${BRAND_NOUNS}) )`;
/** "Y, a (describing words) …" or "Y is one of the …": a thing set beside its kind, before the kind noun. */
const ONE_OF_KIND = '(?:, |(?:is|was|remains) )(?:a |an |another |one of (?:the |its |many |several )?)(?:[a-z-]+ ){0,2}';

/** Words describing a firm whose brands are not its own: a shop's wares, an investor's holdings, a rival's or a partner's ("Zenco, a
 * large retailer, with brands like Vexa"), or a description denied (helper brp92); an agency's, a consultancy's or a platform's
 * clients, and a relative clause or a participle whose verb takes the "with" ("a startup that works with brands like Vexa", review rr92b). */
// A relative clause blocks only with a verb of working for or with others ("a startup that works with brands like A"): "a snack
// maker which employs 900 people, with brands such as A" still describes the brands' maker (review rr93b).
const NOT_OWNER_DESCRIBING = '(?:that|which|who) (?:works?|worked|partners?|partnered|collaborates?|deals?|connects?|helps?|helped|consults?|serves?|advises?|represents?|manages?|distributes?|sells?|supplies?|markets?)|who|whose|working|partnering|collaborating|dealing|connecting|helping|consulting|agency|agencies|consultancy|consultancies|platform|platforms|retailer|retailers|distributor|distributors|wholesaler|wholesalers|importer|importers|reseller|resellers|seller|sellers|dealer|dealers|shop|shops|store|stores|chain|chains|marketplace|marketplaces|supermarket|supermarkets|investor|investors|fund|funds|rival|rivals|competitor|competitors|partner|partners|customer|customers|client|clients|supplier|suppliers|licensee|licensees|not|no|never|former';

/** After brands a described firm is "with", what makes them others': "with brands like Vexa among its clients", "… on its shelves" (helper brp92). */
const BRANDS_NOT_OWNED_AFTER = /^(?:(?:among|as) (?:its |their )?(?:customers|clients|buyers|partners|rivals|competitors|suppliers|tenants|backers|investors)|(?:on|in) (?:its|their) (?:shelves|stores|shops|catalogue|catalog|aisles)|(?:as|among) (?:customers|clients|partners|rivals))(?= |$)/;
/** After a name a range "contains", a part or an ingredient (a supplier's) or a possessive: "its range contains Vexa sensors" (helper brp92). */
const PARTS_AFTER_CONTAINED = /^(?:'s|chips|processors|parts|components|ingredients|sensors|engines|batteries|displays|screens|panels|technology|software)(?= |$)/;
/**
 * Kinds of firm, or a list of them, before names said to fall under a parent: "retailers like Vexa and Plix, which fall under parent
 * company Zenco" are firms it holds, no brands it makes (review rr92b).
 */
const OWNED_FIRMS_BEFORE = /(?:^| )(?:retailers|chains|stores|shops|subsidiaries|units|divisions|affiliates|companies|firms|businesses|banks|lenders|insurers|carriers|airlines|operators|startups|start-ups|makers|manufacturers|suppliers|distributors|wholesalers|agencies|studios|hotels|restaurants)(?: such as| like| including| ,)? (?:the )?(?:@\d+ (?:, (?:and )?|and )(?:the )?)*$/;
/** After the kind named in variants of a brand, a shop's: "has seven variants of the Vexa brand in its stores" (review rr92b). */
const VARIANTS_STOCKED_AFTER = /^ ?(?:on|in) (?:its|their) (?:shelves|stores|shops|catalogue|catalog|aisles|outlets)(?= |$)/;
/** Venues a group counts under its brands: "has 900 hotels under the Alto and Brisa brands" (helper brp94). */
const BRANDED_VENUES = 'hotels|properties|resorts|rooms|stores|restaurants|outlets|locations|casinos|venues|gyms|clubs';
/** Venues that are another's, or run for others: "has 120 franchised hotels under the Alto brand" (helper brp94). */
const VENUES_OF_OTHERS_WORDS = 'franchised|managed|leased|licensed|third-party|partner|rival|rivals|competing|competitors|affiliated|independent|stake|stakes|interest|interests|investments|shares|in|at';
/** After brands named, words that make them another's: "under the Alto brands of Qorva", "… owned by Qorva" (helper brp94). */
const BRANDS_OF_ANOTHER_AFTER = /^ ?(?:'s|of|from|owned|run|operated|managed|belonging|licensed|franchised|(?:through|via|under) (?:[a-z-]+ ){0,2}(?:franchise|franchises|franchising|management|licence|license|licences|licenses|contract|contracts|agreement|agreements))(?= |$)/;
/**
 * After venues counted under brands, a clause giving the brands to another: ", which it licenses from Qorva", ", all franchised from
 * Qorva", "after signing franchise deals with Qorva", ", which Qorva owns" (re-read rr94b); ", which it owns" keeps them the group's.
 */
const VENUE_BRANDS_OF_ANOTHER_AFTER = new RegExp(`${BRANDS_OF_ANOTHER_AFTER.source}|^ ?,? ?(?:which|that|all|both|each|after|as|through|via|with) (?:(?:[a-z-]+|@\\d+) ){0,4}(?:licens|licenc|franchis|leas|sublicens)|^ ?, (?:which|that) @\\d+ (?:[a-z]+ )?(?:owns|own|controls|runs)\\b`);
/** After a count of brands, where they are stocked or booked: "now has 30 brands on its shelves", "in its loyalty programme", "available
 * to book" count a seller's or a programme's brands, not the group's own (re-read rr94b). */
const BRANDS_STOCKED_AFTER = /^ ?(?:(?:on|in|at|across|through) (?:its|their|the) (?:[a-z-]+ ){0,2}(?:shelves|shelf|platform|platforms|site|sites|website|app|apps|programme|program|programs|programmes|stores|store|shops|marketplace|network|catalogue|catalog)|available|to book|for sale|on offer|in stock)(?= |$)/;
/** After venues across brands, a clause that makes them a stockist's or a manager's: ", which it stocks from Qorva", "for owners such as
 * Qorva" (re-read rr94b), besides the licensing clauses above. */
const VENUE_BRANDS_STOCKED_AFTER = new RegExp(`${VENUE_BRANDS_OF_ANOTHER_AFTER.source}|^ ?,? ?(?:which|that) (?:it |they )?(?:[a-z]+ )?(?:stocks|stock|sells|sell|carries|carry|buys|buy|sources|source|distributes|distribute)\\b|^ ?(?:for|on behalf of) (?:[a-z-]+ )?(?:owners|clients|investors|franchisors|landlords)\\b`);
/** A buyer's or seller's verb before the brands it names: "Qorva bought brands under the Zenco umbrella, including Vexa" are Qorva's now (helper brl91). */
const BRANDS_CHANGING_HANDS_BEFORE = /(?:^| )(?:bought|buys|buy|buying|acquired|acquires|acquire|acquiring|purchased|purchases|purchase|sold|sells|sell|selling|divested|divests|divest|offloaded|bring|brings|bringing|brought|add|adds|added|adding) (?:[a-z-]+ ){0,2}$/;

/**
 * Words before the group that make it no subject (pattern:develops:group-also-includes-list): an article, an index's or a list's
 * word ("The Zenco 50"), or a preposition, whose name is a deal's or a body's party ("The partnership with Zenco also includes
 * Qorva and Vexa", "the consortium led by Zenco now includes …", review rf91).
 */
const GROUP_INCLUDES_NOT_AFTER = /(?:^| )(?:the|a|an|of|in|on|index|list|with|by|for|to|from|at|against|between|among|about|over|under|and|or|than|like|unlike|versus|vs|including|plus) $/;

/** Nouns for a maker's set of brands or products, whose members a list names. */
const PORTFOLIO_HEADS = 'brands|products|portfolio|stable|labels|lineup|line-up|range|roster';
// "Zenco's flagships are the Zeta 9 and the Zeta Lite" (stop 67's second makers sample).
/** Nouns of a software project, whose maintainer develops it ("maintains the open-source library Zenlib"). */
const SOFTWARE_PROJECT_NOUNS = 'project|projects|library|libraries|framework|frameworks|package|packages|toolkit|toolkits|sdk|sdks|plugin|plugins|codebase|runtime|runtimes|compiler|compilers|database|databases';
/** Plural heads a possessive names a list of products with: "its apps", "Zenco's previous models". */
const PLURAL_PRODUCT_NOUNS = 'flagships|assistants|models|chatbots|apps|tools|products|services|platforms|agents|systems|offerings|options|chips|processors|accelerators|gpus|cpus|devices|phones|smartphones|handsets|laptops|tablets|cameras|sensors|browsers|engines|versions|robots|servers|drones|vehicles|cars|suvs|sedans|trucks|tractors|motorcycles|scooters|jets|aircraft|planes|airliners|helicopters|satellites|missiles|rockets|reactors|drugs|medicines|vaccines|games';
/** After a target of a measure, a possessive whose noun is not the target's goods: "imposed on Zenco's rivals" hits others. */
const OTHERS_BUT_GOODS_AFTER = new RegExp(String.raw`^'s (?!(?:[a-z-]+ ){0,2}(?:${PLURAL_PRODUCT_NOUNS}|goods|exports|imports|shipments|steel|aluminium|aluminum|solar|panels|cars|wine|beef|pork|soybeans|timber|lumber|textiles|batteries|tyres|tires|fish|seafood|grain|wheat|rice|sugar|oil|gas)(?= |$))`);
// "owned by online marketplace Zenco", "by its affiliate Qorva" (stop 62's bans readers).
const DESCRIBED_MAKERS = 'company|firm|startup|start-up|lab|giant|group|maker|chipmaker|carmaker|automaker|manufacturer|vendor|brand|developer|provider|subsidiary|unit|studio|publisher|marketplace|retailer|conglomerate|affiliate|operator|platform';
/** A firm's own description before its name, its head a firm's noun: "the Chinese AI startup Zenco", "the company Qorva" (helper exa101). */
const FIRM_DESCRIBED_BEFORE = `(?:(?:the|a|an) (?:(?!(?:rival|rivals|partner|partners|parent|owner|former|ex|of|for|and|or)(?= ))[a-z-]+ ){0,3}(?:${DESCRIBED_MAKERS}) )?`;
/** DESCRIBED_MAKERS without the nouns of a firm that sells or runs what it is named with: "the retailer whose Vexa store", "the operator whose Vexa network". */
const MAKING_DESCRIBED_MAKERS = DESCRIBED_MAKERS.split('|').filter((w) => !/^(?:marketplace|retailer|operator|platform|vendor|provider)$/.test(w)).join('|');
/** After "whose Y": a thing a firm holds, runs or sells rather than makes ("whose Qorva plant", "whose Vexa store"), or a store's place. */
const NOT_MADE_AFTER_WHOSE = /^\s+(?:stores?|shops?|outlets?|chains?|malls?|funds?|stakes?|units?|plants?|factory|factories|facility|facilities|offices?|headquarters|shares|stock|deals?|division|subsidiary|arm|mines?|campus|sites?|warehouses?|operations|branch|branches)\b/;
/** Court and trade orders that stop a firm's sales or imports ("an injunction", "an exclusion order"), and the words that index them. */
const STOPPING_ORDERS = 'injunction|injunctions|restraining order|exclusion order|exclusion orders|order|ruling';
const STOPPING_ORDER_WORDS = ['injunction', 'injunctions', 'order', 'orders', 'ruling'];
/** A cease-and-desist letter, order or notice, and the words that index it. */
const CEASE_AND_DESIST = '(?:cease-and-desist|cease and desist) (?:letters?|orders?|notices?)';
const CEASE_AND_DESIST_WORDS = ['cease-and-desist', 'cease'];
/** Verbs by which a body sends a letter or an order: "sent Qorva a cease-and-desist letter". */
const SEND_VERBS = 'sent|sends|send|sending|served|serves|serve|serving|issued|issues|issue|issuing';
/** A state telling or making a firm do something: "ordered Zenco to exit", "forced Qorva to close its office". */
const ORDERED_OR_FORCED = `${ORDERED_TO}|forced|forces|compelled|compels`;
/** Parties a set is named by after "among the": "among the 46 entities sanctioned", "among the apps Ruritania banned". */
const AMONG_PARTIES = 'entities|firms|companies|businesses|banks|lenders|individuals|organisations|organizations|groups|vessels|ships|tankers|exchanges|platforms|apps|applications|sites|websites|services|products|brands|outlets|channels|carriers|operators|providers|suppliers|refineries|airlines';
/** "among the 46 entities", "among the apps": a set of listed parties, counted or described. */
const AMONG_THE_PARTIES = `among (?:the )?(?:(?:\\d+|[a-z]+) ){0,2}(?:${AMONG_PARTIES}) `;
/** Verbs by which a state body announces what was done: "announced that A and B have been sanctioned". */
const ANNOUNCING = 'announced|announces|said|says|confirmed|confirms|stated|declared';
/**
 * Kinds of a named system a state body can reject outright: "rejected the Zeta X9 face-matching system". Vehicles, engines,
 * trucks and buses are left out: a ministry "rejected the Zeta X9 truck" far more often in a purchase than as a ban.
 */
const REJECTED_SYSTEMS = 'system|systems|app|software|device|devices|platform|technology|cameras|scanners';
/** What may follow a rejected system: a clause end, or a regulator's reason ("over privacy", "citing", "for failing"); not a buyer's "as too costly", "because", "in its tender". */
const REJECTED_SYSTEM_AFTER = String.raw`(?= (?:[.,;:!?]|for|on|over|after|citing)(?= |$)|$)`;
/**
 * A firm itself sold, a deal and not its goods: "the sale of Zenco to Qorva", and a firm's shares, stake, assets or units:
 * "the sale of Zenco shares", "the sale of Zenco's stake in Qorva" (stop 89's re-read).
 */
const FIRM_SOLD_AFTER = /^ ?(?:(?:to|for) (?:the )?@\d+|(?:'s )?(?:[a-z-]+ )?(?:shares?|stakes?|assets?|units?|business|businesses|divisions?|subsidiary|subsidiaries|holdings?|equity|securities|bonds|debt|operations)(?= |$))/;
/** Some of a maker's goods before its name: "halted the sale of diesel models of Zenco" (stop 89, ord89). */
const MODELS_OF = '(?:(?:[a-z-]+ ){0,2}(?:models|versions|variants|vehicles|cars|trucks|buses|machines|products|engines) of (?:the )?)?';
/** What carries goods to buyers, stopped by a state's order: "halted shipments of", "the sale of … suspended" (exports are controls). */
const TRADE_FLOWS = 'sale|sales|shipment|shipments|delivery|deliveries|import|imports|distribution|registration|registrations|certification|marketing';
/** Participles of stopping, after what was stopped: "ordered sales of Zeta halted". */
const STOPPED = 'halted|suspended|stopped|paused|frozen|banned|blocked';
/** Right after a preposition or a conjunction a name is no thing's subject: "the biggest threat to Zeta comes from …". */
const AFTER_PREPOSITION = /(?:^| )(?:to|for|of|on|against|with|than|about|over|in|into|by|at|from|and|or) (?:the )?$/;
/** A holding named before the thing ("the owner of shares in Zapp", "a 10 % stake in"): owned, not made (helper cd87). */
const HOLDING_BEFORE_NAME = String.raw`(?:[^@\s,]+ ){0,2}(?:${[...HOLDING_WORDS].join('|')}) `;
/** After a thing, a maker noun and the maker's name, or a possessive and a maker noun: "Zeta maker Zenco", "Zeta's developer". */
const QUALIFIES_MAKER = new RegExp(`^(?:'s )?(?:${[...MAKER_NOUN_WORDS].join('|')}) (?:@\\d+|(?<='s [a-z]+ ))`);
/** "Qorva, maker of Zeta parts": parts or add-ons after the name fit it, so the firm makes no Zeta (stop 102; trigger-relations.ts reads the same). */
const QUALIFIES_MAKER_OR_PARTS = new RegExp(`${QUALIFIES_MAKER.source}|^(?:${[...PARTS_FOR_A_NAME].join('|')})\\b`);
/** "Borin, the firm behind the Qorva ban", "… behind Qorva's rival": an event, a rival or a ranking after the name, no made thing (behind-events.ts). */
const QUALIFIES_MAKER_OR_PARTS_OR_EVENTS = new RegExp(`${QUALIFIES_MAKER_OR_PARTS.source}|${NOT_MADE_BEHIND.source}`);
/** After "ownership of Zapp": words that end it, "… ended in 2019", "… was unwound". */
const OWNERSHIP_ENDED = /^(?:[a-z-]+ ){0,3}(?:ended|ends|ceased|ceases|lapsed|was unwound|came to an end|would|will|could)(?= |$)/;
/**
 * After a subject, an aside ("which bought Qorva", "that acquired Qorva Labs") whose last word before its closing comma is a name: a
 * maker noun right after the comma is apposed to that name, not to the subject (helper fe86, stop 85's fresh samples: an acquirer
 * read as the maker of what the bought firm makes).
 */
// Only an aside that ties the subject to another firm: "Zenco, which is based in Zembla, maker of …" stays Zenco's (review of fe86).
const NOT_ASIDE_ENDING_ON_A_NAME = String.raw`(?!, (?:which|who|that|after|having) (?:[^\s,;:.@]+ ){0,3}(?:bought|buys|buying|acquired|acquires|acquiring|owns|owned|took over|takes over|taking over|purchased|purchasing|merged with|partnered with|partners with|sued|suing|invested in|backs|backed|licensed|licenses) (?:[^\s,;:.@]+ ){0,3}@\d+ (?:[^\s,;:.@]+ ){0,3}, (?:the |a )?(?:maker|developer|creator|owner|parent) of )`;
/** Nouns of a maker behind what it makes, in apposition: "Zenco, the chipmaker behind Zeta". */
// Stop 51's readers: "Zenco, the team responsible for Zeta and Vela". Helper mk84: the figures of speech the copula pattern
// below already takes ("Zenco, the brains behind Zeta"; not "the force behind", said of campaigns and bans).
// Helper mkr96 (set 93's drinks news): a trade's own maker nouns ("Qorva, the U.S. brewer behind Vexa").
const MAKERS_BEHIND = [...new Set([...DESCRIBED_MAKERS.split('|'), 'team', 'powerhouse', 'outfit', 'division', 'brains', 'brain', 'mastermind', 'masterminds', 'minds', 'dev', 'brewer', 'brewery', 'distiller', 'distillery', 'producer', 'bottler', 'winemaker', 'winery'])].flatMap((noun) => [`${noun} behind`, `${noun} responsible for`]).join('|');
// "price": a price written after a possessive ("Zenco's $40,000 Vela"), one word in the abstract sentence.
/** "Zenco's military FPS Zeta": a genre's or a kind's acronym right before the name (stop 70's fifth bans sample). */
const KIND_ACRONYMS = '(?:fps|rpg|rts|mmo|mmorpg|moba|suv|ev)';
/** A reviewer's words for a made thing, between its maker's possessive and its name: "Zenco's tiny Qorva Mini", "its superb Zeta" (helper dv85). */
const PRAISING = 'tiny|superb|excellent|great|beloved|venerable|humble|little|mighty|sleek|nifty|trusty|handy|quirky|terrific|brilliant|fantastic|gorgeous|solid|slick|pricey|neat|lovely|wonderful|stylish|slim|svelte|chunky|hulking|cute|ubiquitous|underrated|overpriced|much-loved|well-loved';
// Helper mkr100: "its legacy Zeta and Vela products", "its free Zeta app", "its iconic Zeta brand" (a possessed product after a describing word).
// Helper riv100: a thing the owner has stopped, still its own: "Zenco's defunct Vela stablecoin project", "its former Zeta app".
const MODIFIERS = 'defunct|former|erstwhile|onetime|own|new|price|latest|newest|flagship|most|capable|advanced|largest|biggest|fastest|best|popular|open-source|open-weight|ai|generative|coding|ai-powered|homegrown|in-house|proprietary|powerful|upcoming|next-generation|chatbot|assistant|recent|first|frontier|reasoning|large|language|top|leading|best-known|signature|rival|competing|domestic|modern|premium|compact|electric|smart|budget|classic|original|bestselling|evergreen|current|next|previous|old|older|earlier|later|newer|cheaper|pricier|bigger|smaller|larger|faster|slimmer|lighter|custom|cheap|high-end|mid-range|entry-level|struggling|growing|booming|ageing|aging|existing|thriving|promising|surging|rising|emerging|evolving|ailing|fledgling|standalone|legacy|free|iconic|venerable|well-known|(?:19|20)\\d\\d';

/** After the thing whose use stops, the clause ends or moves on: "paused the use of Zeta by staff", not "the use of Zenco chips". */
const NOT_AFTER_USED_THING = /^(?!$|[,.;:()!?] |(?:by|on|in|at|for|across|over|among|within|and|or|amid|after|until|while|because|as|due|from|since|pending|to) )/;
/**
 * The ways of saying a provider stops doing something for someone, the negation inside the trigger (so that the claim is
 * the cut-off, asserted): "no longer hosts", "stopped hosting", "refused to host".
 */
function stopsDoing(verbs: readonly string[]): string {
  const third = (v: string): string => (/(?:s|sh|ch|x)$/.test(v) ? `${v}es` : v.endsWith('y') ? `${v.slice(0, -1)}ies` : `${v}s`);
  const gerund = (v: string): string => (v.endsWith('e') ? `${v.slice(0, -1)}ing` : `${v}ing`);
  return verbs.flatMap((v) => [
    `no longer ${v}`, `no longer ${third(v)}`,
    ...['stopped', 'stops', 'stop', 'ceased', 'ceases'].map((s) => `${s} ${gerund(v)}`),
    ...['ceased to', 'ceases to', 'cease to', 'refused to', 'refuses to', 'refuse to', 'declined to', 'declines to'].map((s) => `${s} ${v}`),
  ]).join('|');
}

/** A browser or platform no longer trusting a certificate issuer: "will no longer trust", "distrusted", "removed trust in". */
const TRUST_ENDED = `${stopsDoing(['trust'])}|distrust|distrusts|distrusted|distrusting|removed trust in|removes trust in|remove trust in|revoked trust in`;

/** The verbs of a state stopping a deal: "blocked Zenco's takeover of Qorva", "halted the purchase of Qorva by Zenco". */
// "denied Zenco's proposal to acquire Qorva", "turned down Zenco's bid" (stop 70's fifth controls sample).
/** A bid for leave to work, not for a firm: "turned down Zenco's bid for a broadcasting licence" (a ban: the denied-application pattern). */
const BID_FOR_LEAVE = /^ for (?:an? |the |its )?(?:[a-z-]+ ){0,3}(?:licen[cs]es?|permits?|patents?|spectrum|frequenc(?:y|ies)|concessions?|authori[sz]ations?|approvals?)(?= |$)/;
/** After a deal a body declined to clear, its referral to a deeper probe: no block yet ("declined to clear … and referred it to phase 2"). */
const REFERRED_AFTER = /(?:^| )(?:referred|refers|referring|refer)(?= )/;
/** Either of the two: no deal stopped. */
const NO_DEAL_STOPPED = new RegExp(`${BID_FOR_LEAVE.source}|${REFERRED_AFTER.source}`);
// Nouns for a firm's counterparts (buyers, partners, backers …) heading a list: a rival named last in it is the subject's rival,
// not the rival of the names listed before it ("talks with buyers, including Vexa and rival Qorva").
const COUNTERPART_LIST_BEFORE = String.raw`(?:buyers|bidders|suitors|partners|customers|clients|investors|backers|lenders|acquirers|suppliers|distributors|licensees|parties) (?:, )?(?:including|such as|like|among them|notably) `;
const IN_COUNTERPART_LIST = new RegExp(`(?:^| )${COUNTERPART_LIST_BEFORE}(?:@\\d+ (?:, )?)*$`);
const DEAL_STOPPING_VERBS = 'blocked|blocks|block|blocking|vetoed|vetoes|veto|vetoing|prohibited|prohibits|prohibit|barred|bars|bar|rejected|rejects|reject|stopped|stops|stop|halted|halts|halt|nixed|scuttled|thwarted|killed|torpedoed|denied|denies|deny|turned down|turns down|turn down';
/** Refusals a body gives a merger, beside the stopping verbs: "declined the merger of Zenco and Qorva", "refused to clear …". */
// "knocked back Zenco's planned purchase", "shot down the takeover" (stop 81, from stop 80's fresh samples of vetoed deals).
const MERGER_REFUSING_VERBS = 'declined|declines|decline|refused|refuses|refuse|disallowed|disallows|disallow|turned down|turns down|turn down|struck down|strikes down|derailed|quashed|knocked back|knocks back|knock back|shot down|shoots down|shoot down';
/** After a refusing verb, what it refused to do: "refused to approve Zenco's takeover", "declined to clear the merger". */
const TO_APPROVE = '(?:to (?:approve|clear|authori[sz]e|allow|sanction) )?';
/** Words that describe a deal before its noun: "planned", "$5 billion" (a price after a possessive reads "price": abstract-sentence.ts), "all-cash", "hostile" (not "concerns over the deal"). */
const DEAL_DESCRIBING = '(?:planned|proposed|pending|attempted|intended|hostile|unsolicited|failed|latest|new|second|renewed|revised|initial|original|controversial|landmark|blockbuster|cash|stock|mega|contested|sweetened|final|full|partial|majority|minority|reported|[a-z]+-[a-z]+(?:-[a-z]+)?|price|[$€£]|[$€£]?[0-9][0-9.,]*(?:bn|m|b)?|billion|million|trillion|dollar|euro|pound|us|eur|usd)';
/**
 * A buyer's deal after its possessive: "(planned) takeover", "$5 billion bid", a second price in brackets "10 billion pound ($14 billion)
 * bid" (helper mrg96, real antitrust news); an offer or bid to do something else is none ("its offer to settle").
 */
const DEAL_NOUN_PHRASE = '(?:' + DEAL_DESCRIBING + ' ){0,3}(?:\\( (?:' + DEAL_DESCRIBING + ' ){1,3}\\) )?(?:takeover|takeovers|acquisition|acquisitions|purchase|purchases|buyout|bid|bids|merger|mergers|investment|investments|deal|deals|offer|stake)(?! to (?!acquire |buy |take |purchase |invest |merge |build |open |set up |expand ))';
/** The firm a deal buys into, named: "of Qorva", "for a stake in Qorva", "of Qorva 's chip unit" (not "of help", "for a defence contract"). */
const BOUGHT_FIRM = "(?:(?:a |the |its )?(?:[a-z0-9%-]+ ){0,2}(?:stake|share|shares|majority|control|interest) (?:in|of) )?(?:the )?@\\d+ (?:'s (?:[a-z-]+ ){1,2}|(?:shares|stock|assets|business|unit|units|operations) )?";
/** What a buyer's deal is called after its possessive: "Zenco's (planned) takeover", "its bid to buy". */
const BUYERS_DEAL = `(?:${DEAL_NOUN_PHRASE}|(?:${DEAL_DESCRIBING} ){0,3}(?:move|moves|plan|plans|attempt|attempts|effort|efforts|proposal) to (?:acquire|buy|take over|take control of|purchase|invest in))(?= |$)`;
/** A merger stopped, told in the passive: "was blocked by", "was turned down by". */
const MERGER_STOPPED = 'blocked|rejected|vetoed|prohibited|halted|stopped|barred|turned down|denied|declined|disallowed|struck down|scuttled|torpedoed|derailed|quashed|nixed|knocked back|shot down';
/** After a deal's name, its stopping in the passive: "… was blocked by the Commission", "… has been knocked back". */
const DEAL_STOPPED_AFTER = new RegExp(`^ ?(?:[^\\s,;]+ ){0,6}?(?:was|were|has been|have been|had been|is being|got) (?:[a-z]+ly )?(?:${MERGER_STOPPED})(?= |$)`);
/** A deal two buyers make together: "Zenco and Qorva's takeover of Vexa". */
const JOINT_DEALS = 'takeover|acquisition|purchase|buyout|bid|merger|investment|deal|offer|stake';
/** For speed only: what every match of blocked-joint-buyers-deal spells, a later buyer's deal after a join (sentenceHolds). */
const JOINT_BUYERS_DEAL = new RegExp(`(?:and|&) (?:its |their )?(?:(?:[a-z-]+ ){0,2}(?:partner|partners|ally|allies|co-bidder|backer|backers|co-investor|affiliate) )?@\\d+ 's (?:[a-z-]+ ){0,2}(?:${JOINT_DEALS})(?= |$)`);
/** A stopping verb before a deal's owner: "blocked Zenco's takeover of Qorva", "vetoed the firm Zenco's purchase of …". */
const STOPPED_DEAL_BEFORE = /(?:^| )(?:blocked|blocks|block|blocking|vetoed|vetoes|veto|vetoing|rejected|rejects|reject|prohibited|prohibits|prohibit|barred|bars|bar|stopped|stops|stop|halted|halts|halt|nixed|scuttled|thwarted|killed|torpedoed|derailed|quashed|called off|abandoned|scrapped|dropped|knocked back|shot down|turned down|(?:refused|refuses|declined|declines) to (?:approve|clear|authori[sz]e|allow))(?: (?:the|a|an|[a-z-]+))?(?: [a-z-]+)? $/;

/** The nouns of buying a thing: "Zenco's purchase of Zapp", "the acquisition of Zapp by Zenco". */
const PURCHASE_NOUNS = 'acquisition|purchase|takeover|buyout';
/** A deal done: "completed its acquisition of Zapp", "closed the purchase of Zapp". */
const DEAL_DONE = 'completed|completes|complete|closed|closes|close|finalized|finalizes|finalised|finalises|sealed|seals|wrapped up|wraps up';
/**
 * Words before a deal's noun, none saying it was not done: "its $2 billion purchase", not "its planned" or "failed purchase"; no
 * preposition, which makes another noun the head ("Zenco's talks over the purchase of …", "its review of the purchase of …").
 */
const DEAL_WORDS_BEFORE = String.raw`(?:(?!(?:planned|proposed|possible|potential|rumou?red|mooted|failed|attempted|aborted|abandoned|blocked|rejected|stalled|collapsed|pending|hostile|unsolicited|would-be|of|over|in|on|for|about|into|with|to|from|at|by) )[a-z$0-9.,-]+ ){0,3}`;
/** After a name bought: its parts, shares or units ("bought Zapp's servers", "bought Zeta phones", "purchase of Zeta licences"). */
const UNIT_NOUNS = `${PLURAL_PRODUCT_NOUNS}|phone|shares|share|stock|stakes?|licences|licenses|subscriptions|units|ads|adverts|advertising|seats|copies|assets|rights|servers|accounts|data|users|customers|gift cards|credits|tokens|coins`;
const UNITS_OF_THE_THING = `'s |(?:${UNIT_NOUNS})(?: |$)`;
/**
 * After a name a buyer's verb takes: the clause ends or moves on (a date, a price, a seller, a list); any other word makes the name
 * a qualifier of what was bought ("bought Zeta phones", "bought Zapp's servers", "bought Zapp subscriptions").
 */
const NOT_THE_THING_BOUGHT = new RegExp(`^(?:${UNITS_OF_THE_THING}|(?!(?:in|for|from|on|at|last|this|earlier|late|early|back|outright|and|or|but|which|that|who|after|before|when|while|as|with|since|during|through|via|under|to|because|amid|within|despite|over|into|itself|too|also|nearly|almost|about|just|only|then|so|now|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\\$?\\d\\S*|[,.;:()"'!?—–-]|''|\`\`)(?: |$))[^\\s@]+ )`);
/** … read in the article's text, for a kind the name's mention was widened over ("bought Zeta phones" reads "bought @1"). */
const UNITS_AFTER_NAME = new RegExp(`^\\s*(?:['’]s\\b|(?:${UNIT_NOUNS})\\b)`, 'i');
/** Verbs of a firm growing, before the deal it grew by: "expanded with the acquisition of …", "grew through its purchase of …". */
const GROWTH_VERBS = '(?:expanded|expands|expanding|grew|grows|grown|growing|diversified|diversifies|bolstered|bolsters|strengthened|strengthens|broadened|broadens|bulked up|bulks up|boosted|extended|widened|built up)';
/** A buyer's verbs for a purchase done (BUYING without the infinitive and the gerund: "considered buying", "plans to buy"). */
const BOUGHT = 'bought|buys|acquired|acquires|purchased|purchases|snapped up|snaps up|took over|takes over|taken over';
/** Before a buyer's verb: no plan to buy in the few words after the buyer ("Zenco to buy video app Zapp", "Zenco agrees to acquire …"). */
const NOT_TO_BUY = String.raw`(?!(?:\S+ ){0,2}?to (?:buy|acquire|purchase|take over|snap up) )`;
/** After "grew with the acquisition of Zapp": another buyer ("… by Qorva"), or units or parts of the thing. */
const GREW_WITH_NOT_AFTER = new RegExp(`^(?:by |${UNITS_OF_THE_THING})|${DEAL_STOPPED_AFTER.source}`);
/**
 * Between a buyer and its verb, an adverb at most ("Zenco reportedly bought Zapp"): not the firm's people ("Zenco customers bought
 * Zapp", "Zenco's investors bought …"), a state's body ("the Ruritanian air force bought …") or a hedge ("Zenco nearly bought …").
 */
const BUYER_THEN_ADVERB = String.raw`(?:(?!(?:nearly|almost|never|not|barely|hardly|narrowly|only) )(?:[a-z]+ly|since|later|then|also|once|just|already|finally|eventually|quietly|recently) ){0,2}`;
/**
 * After "Zenco bought Zapp", what makes it units bought or another sense: "… for its staff", "… in bulk", "… for its air force",
 * "… as the most downloaded app" (overtaking), "… in downloads".
 */
const BOUGHT_PRODUCT_NOT_AFTER = new RegExp(`${NOT_THE_THING_BOUGHT.source}|^(?:[^\\s@]+ ){0,4}?for (?:its|their|his|her|the) (?:[a-z-]+ ){0,2}(?:staff|team|teams|employees|workers|soldiers|troops|army|navy|air force|military|forces|police|officers|schools|students|hospitals|fleet|offices|drivers|pilots|crews|agents|staffers|sales force)(?= |$)|^in (?:bulk|droves|record numbers|large numbers|numbers)(?= |$)|^as (?:the |a |an )?(?:most|top|biggest|leading|largest|best|no|number)(?= |$)|^in (?:downloads|sales|market share|revenue|users)(?= |$)`);
/**
 * … read in the article's text, where "the most downloaded app" may be a mention: "took over Zapp as the most downloaded app" (overtaking).
 * A maker's compound on the name ("has taken over Zapp-owner Zenco", "bought Zapp maker Zenco"): the firm is what is bought, and
 * the product stays its maker's (stop 90's seventy-ninth fresh sample).
 */
const BOUGHT_PRODUCT_NOT_THEN = new RegExp(`${UNITS_AFTER_NAME.source}|^\\s*-?\\s*(?:owner|owners|parent|maker|makers|developer|dev|studio|creator|publisher|brand owner|parent company)\\b|^\\s*as (?:the |a |an )?(?:most|top|biggest|leading|largest|best|no|number)\\b|^\\s*in (?:downloads|sales|market share|revenue)\\b`, 'i');
/**
 * After the thing a deal's noun takes: units, or a maker's compound on the name ("Zenco's buyout of Zeta developer Qorva", "its purchase
 * of Zeta studio Qorva"): the firm is what is bought, and the thing stays its maker's (helper app92, from stop 91's games sample).
 */
const DEAL_THING_NOT_THEN = new RegExp(`${UNITS_AFTER_NAME.source}|^\\s*-?\\s*(?:owner|owners|parent|maker|makers|developer|developers|dev|studio|creator|creators|publisher|manufacturer|brand owner|parent company)\\b`, 'i');
/** After "bought by Zenco": the firm's people or customers, who bought units ("Zapp was bought by Zenco customers"), or a person. */
const BUYERS_OF_THE_FIRM = /^(?:'s |(?:users|customers|clients|shoppers|buyers|consumers|staff|employees|workers|members|subscribers|fans|teams?|engineers|developers|people|executives|investors|shareholders|chief|ceo|founder|co-founder|chairman|chairwoman|boss|president|director|head|owner)(?: |$))/;
/**
 * After a deal's thing: the deal not yet done ("… is pending approval", "…, if approved, would be", "… could close next year", "… has yet
 * to close"), or it fell through ("… was called off"); a comma aside may come first ("…, announced in June, awaits approval").
 */
const DEAL_NOT_DONE_AFTER = String.raw`^(?:, (?:[^\s,;@]+ ){1,5}, |, )?(?:(?:[^\s,;@]+ ){0,3}?(?:fell|falls|fall|has fallen) through|(?:has|have|had) yet to|(?:has|have|had|did|does|was|were) (?:not|never) (?:closed?|completed?|been completed|gone through|go through)|never (?:closed|completed|happened|went through)|(?:was|were|has been|have been|had been|is being|got) (?:[a-z]+ly )?(?:called off|terminated|scrapped|abandoned|cancell?ed|dropped|unwound|reversed|withdrawn)(?= |$)|(?:stalled|collapsed|broke down|faltered|failed|foundered|unravell?ed)(?= |$)|(?:is|was|are|were|remains|remained) (?:still |now |not |yet )*(?:pending|subject|under|awaiting|expected|set|due|likely|unlikely|being|on hold|in limbo|in doubt)|(?:if|once|when|pending|subject to|awaiting) |(?:could|would|will|may|might|should|must|awaits|awaited|requires|required|needs|needed|faces|faced|hinges|depends) )`;
/** After a name a deal's noun takes: its parts or units ("the purchase of Zeta licences"), or the deal stopped or not done. */
const DEAL_STOPPED_AFTER_OR_PART = new RegExp(`${DEAL_STOPPED_AFTER.source}|${DEAL_NOT_DONE_AFTER}|^(?:${UNITS_OF_THE_THING})`);
/** Before a deal's noun: its review, or it stopped or not done ("the regulator reviewed Orbix's purchase of Vexa", "Zenco has not completed its purchase"). */
const DEAL_UNDONE_BEFORE = new RegExp(`${STOPPED_DEAL_BEFORE.source}|(?:^| )(?:reviewed|reviews|review|reviewing|review of|probed|probes|probe|probing|probe of|probe into|investigated|investigates|investigate|investigating|investigation of|investigation into|scrutinised|scrutinized|scrutiny of|examined|examines|examining|examination of|approve|approval of|clear|clearance of|challenged|challenges|challenge|challenging|challenge to|opposed|opposes|oppose|opposing|opposition to|sought|seeks|seek|seeking) (?:the |a |an )?$|(?:^| )(?:(?:not|never|yet to|failed to|fails to|fail to|unable to) (?:complete|completed|close|closed|finali[sz]e|finali[sz]ed|seal|sealed)|walked away from|walks away from|walk away from|pulled out of|backed out of|terminated|terminates|cancell?ed|cancels) $`);

/** Trade privileges a state grants and may take away: "its fast-track export status", "its whitelist". */
const TRADE_PRIVILEGE_WORDS = ['status', 'privileges', 'whitelist', 'white', 'treatment'];
const TRADE_PRIVILEGES = '(?:export|trade|trading|preferential|favou?red|trusted|most-favou?red-nation|fast-track|white-list|whitelist) (?:[a-z-]+ ){0,2}(?:status|privileges)|whitelist|white list|preferential treatment';

/** What a state's buyers may buy from, or its readers read: "its approved state-purchase list", "its list of approved vendors", "a list of pre-approved news sources" (the dropped-from-approved-list patterns). */
const APPROVED_LIST = String.raw`(?:its |their |the |a |an )?(?:(?:[a-z-]+ ){0,2}(?:approved|pre-approved|procurement|purchase|purchasing|state-purchase|government-purchase|authori[sz]ed|certified|eligible|preferred)(?: [a-z-]+){0,2} (?:list|lists|catalogue|catalog|roster)|(?:list|lists) of (?:[a-z-]+ )?(?:approved|pre-approved|authori[sz]ed|certified|eligible|preferred))(?= |$)`;

/** Kinds of software a store pulls, named right after the thing's name or before "called": "the Zapp app", "an app called Zapp". */
const PULLED_KINDS = 'app|apps|application|game|extension|add-on|plugin|plug-in';
/** The same kinds right after a name's end, in the text (a kind after a name is the mention's tail, not a word of the template). */
const PULLED_KIND_AFTER = new RegExp(String.raw`^["”’']?\s+(?:${PULLED_KINDS})\b`, 'i');
/** After the thing pulled, where from: a store's name is pattern 77's to check ("pulled Zapp from the conference" bans nothing). */
const PULLED_FROM_PLACE = /^ ?(?:from|off|out of) /;
/** Verbs of a store pulling what it sells: "pulled", "axed", "yanked" (with no store named, only before a kind of software). */
const PULLING_VERBS = 'pulled|pulls|pull|pulling|axed|axes|axe|axing|yanked|yanks|yank|yanking';
/** A state's leave withheld from a firm: "has not granted", "had not given" (the permits-not-granted patterns). */
const LEAVE_WITHHELD = 'not granted|not grant|not yet granted|not issued|not issue|not yet issued|not given|not give|not yet given';
/** Words of the leave a firm needs: "the necessary permission". */
const LEAVE_NEEDED = 'necessary|required|needed|requested|relevant|requisite';
/** Kinds of such leave: "export permits", "operating licences". */
const LEAVE_KINDS = 'export|import|operating|work|transit|landing|broadcast|broadcasting|building|construction|mining|drilling|fishing';
/** The leave's nouns; not "approval", which a merger or a drug is given. */
const LEAVE_NOUNS = String.raw`permits|permit|licences|licenses|licence|license|permission|permissions|authori[sz]ations|authori[sz]ation`;
/** A firm's paper after its name: "trading in Zenco shares", "Zenco's stock" (helper fpy93). */
const TRADED_PAPER_AFTER = /^(?:'s )?(?:shares|share|stock|stocks|securities|bonds|equity)(?= |$)/;

/** Verbs of a state taking back a holder's leave to work: "suspended", "revoked", "withdrew", "froze" (helper sus92). */
const LEAVE_TAKEN_VERBS = 'suspended|suspends|suspend|suspending|revoked|revokes|revoke|revoking|withdrew|withdraws|withdraw|withdrawing|withdrawn|cancelled|canceled|cancels|cancel|cancelling|rescinded|rescinds|rescind|rescinding|froze|freezes|freeze|freezing|frozen';
/** The leave a carrier or operator holds, as taken back: its permit, licence, authorisation or certificate. */
const HELD_LEAVE = String.raw`${LEAVE_NOUNS}|certificates|certificate|approvals|approval`;
/** Kinds of holder named before an apposed name: "the authorisation of another carrier, Qorva Air". */
const HOLDER_KINDS = 'carrier|carriers|airline|airlines|operator|operators|firm|firms|company|companies|provider|providers|broadcaster|broadcasters|channel|station|bank|lender|exchange|insurer|platform|service|app';
/** What a carrier is let do, or not let resume: "to fly to Zembla", "resume flights", "restart its services". */
// A bare verb only before where, what or since when it flies, or the clause's end: "not let Zenco serve as auditor", "not allowed Zenco
// to operate wholly owned units" bar a role or a form of business, which is no ban (review rr92a); "not let Zenco Air fly since the
// crash", "to operate services to Lima" are its time and its work (re-read rr93a).
const CARRIER_WORK = String.raw`(?:(?:fly|land|operate|serve)(?= (?:in|to|into|from|at|on|over|within|between|across|through|there|again|domestically|internationally|flights|routes|services|passengers|cargo|since|for|until|before|after|during|anymore|yet|[,.;:])(?: |$)|$|(?= (?:the |its |their |any )?(?:[a-z-]+ )?(?:routes?|flights?)(?: |$)))|(?:resume|restart|reinstate) (?:its |their |the |all |any )?(?:[a-z-]+ ){0,2}(?:flights|flight|services|service|operations|routes|flying))(?= |$)`;
/** A ship's calling at a state's ports (helper ent94): "to call in its ports", "to dock", "to berth", "to enter Zembla's waters". */
const SHIP_CALL = String.raw`(?:dock|berth|moor|disembark(?: (?:its |their )?passengers)?|make (?:a )?port calls?|call (?:in|at) (?:its |their |the |any )?(?:[a-z-]+ )?(?:ports?|harbou?rs?)|enter (?:its |their |the |any )?(?:[a-z-]+ )?(?:ports?|harbou?rs?|waters))(?= |$)`;
/** People after a firm's name: "denied entry to Zenco executives" keeps people out, not the firm. */
const PEOPLE_AFTER_FIRM = /^(?:executives?|employees?|staff|staffers|workers?|officials?|passengers?|crew|crews|nationals|citizens|travell?ers|tourists|managers?|people|members?|engineers?|journalists?|reporters?|researchers?|delegates?|delegations?|representatives?|shareholders?|investors?|guests?|customers?|clients?|visitors?)(?= |$)/;
/**
 * What after a name in a ship rule shows the name is no ship (re-read rr94a): people ("Zenco shareholders"), a ship of the line's own
 * named next ("the Zenco cruise ship Qorva Star": the line's name is a modifier, the ship comes after), or another supplier picked
 * instead ("turned away Zenco and picked Qorva for its order", "…by Japan, which chose Qorva": a lost order, no ban).
 */
const NOT_THE_SHIP_AFTER = new RegExp(`${PEOPLE_AFTER_FIRM.source}|^(?:[a-z-]+ )?(?:ships?|vessels?|liners?|fleet)(?= |$)|^(?:, )?(?:(?:which|who|and|but) )?(?:instead |then |later |eventually )?(?:picked|picks|chose|chooses|selected|selects|opted|went with|preferred|favou?red|awarded|ordered)(?= |$)`);
/** A state's body, or a city's after its name: "the Austin city council handed permits to …" (helper ent94). */
const STATES_OR_CITYS_BODY = "(?:(?:'s )?(?:city|municipal|metropolitan) (?:government|council|hall|authorities|administration) |'s (?:government|administration|cabinet|authorities|regulators) )?";
/** Words before a ship's name that make it where people are: "passengers on the Qorva Star were denied entry" keeps people out. */
// "a ship owned by Zenco was denied entry": the owner or operator is no ship (re-read rr94a).
const ON_BOARD_BEFORE = /(?:^| )(?:on|aboard|onboard|from|of|in|(?:owned|operated|chartered|run|managed) by)(?: the)? ?$/i;
/** A ship's kind before its name: "the cruise ship Qorva Star", "Zenco's liner", "the Zenco cruise ship Qorva Star" (its line's name first; re-read rr94a). */
const SHIP_KIND = String.raw`(?:(?:@\d+ )?(?:[a-z-]+ )?(?:ship|vessel|liner) )?`;
/** A state's leave withheld: "has not allowed", "refused to let", "hasn't let", "has yet to allow"; not "may not allow", a hedge. */
const NOT_LETTING = "not allowed|not allowing|not allow|not let|not letting|not permitted|not permitting|not permit|never allowed|never let|refused to let|refuses to let|refusing to let|refused to allow|refuses to allow|refusing to allow|declined to let|declined to allow|failed to let|failed to allow|fails to let|fails to allow|hasn't allowed|haven't allowed|hadn't allowed|didn't allow|doesn't allow|won't allow|wouldn't allow|hasn't let|didn't let|doesn't let|won't let|wouldn't let|not yet allowed|not yet let|not yet permitted|yet to allow|yet to let";
/** Auxiliaries before such a refusal, no modal of doubt among them. */
const NOT_LETTING_AUX = '(?:(?:has|have|had|did|does|do|was|were|is|are|will|would|still|so far|also|repeatedly|again|reportedly|effectively|since) )*';
/**
 * After a holder's leave, leave for something other than its working (review rr92a): a deal ("withdrew Zenco's approval for the merger
 * with Qorva") or named goods ("withdrew Zenco's marketing approval for Zorvex", where the goods are what loses it), or "to" any act
 * but working ("licence to export chips": a control). Not a name that is where it flies: "authorisation for the Lima route", "approval
 * for flights to Lima" are its working (re-read rr93a).
 */
const LEAVE_FOR_OTHER_AFTER = /^ ?(?:to (?!operate|fly|land|serve|run|provide|offer|broadcast)|for (?:the |its |a |an |their )?(?:(?:[a-z-]+ ){0,2}(?:merger|mergers|deal|deals|acquisition|acquisitions|takeover|takeovers|purchase|bid|sale|stake)|(?:(?!(?:flights?|routes?|services?|operations|to|from|in|between)\b)[a-z-]+ )?@\d+(?!\d| (?:route|routes|flight|flights|service|services|airport|operations))))/;
/**
 * After "among the firms targeted/listed/added by X", what makes the act no listing (re-read rr93a): an "in" that is not its time
 * or its round ("targeted by Zembla in cyberattacks", "listed by the ministry in its annual report"), or a list of the approved
 * ("added by Zembla in March to its list of approved suppliers").
 */
const AMONG_LISTED_OTHER_AFTER = /^ ?in (?!(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|early|late|mid|\d|the (?:latest|last|first|second|third|new|same|fresh|recent|past)|its (?:latest|new|fresh|first|second|third)|a (?:new|fresh|first|second|third)|(?:response|retaliation|connection)\b))|^[^.;]*? to (?:its |a |the |their )?(?:[a-z-]+ )?list of (?:approved|preferred|trusted|certified|authori[sz]ed|eligible|qualified|recommended|top|best|registered|licensed|accredited|partner|verified)\b/;
/** A maker's name before its craft: "and to Airbus jets it operates" names the carrier's planes, not a ban on their maker (re-read rr93a). */
const MAKERS_CRAFT_AFTER = /^ ?(?:[a-z0-9-]+ )?(?:jets?|planes?|aircraft|airliners?|engines?|helicopters?|drones?|models?|vessels?|ships?)(?= |$)/;
/** Nouns of a state's suspension named as what applies to its targets: "the Zemblan suspension affects A, B and C". */
const SUSPENSION_NOUNS = 'suspension|suspensions|grounding|flight ban|flights ban|operating ban';
/** How such a noun names its targets: "applies to", "affects", "covers". */
const APPLIES_TO = '(?:, )?(?:which |that )?(?:also |now |only )?(?:will |would )?(?:applies to|applied to|apply to|affects|affected|affect|covers|covered|cover|targets|targeted)';
/** After a target of such a noun, what of the firm's only feels it: "affects Zenco Air's shares", "… its passengers". */
const FELT_BY_FIRMS_AFTER = /^'s (?:[a-z-]+ )?(?:shares|stock|stocks|earnings|profits?|revenues?|results|passengers|customers|suppliers|partners|rivals?|staff|employees)(?= |$)/;
/** Before such a noun, a plan or its end: "the proposed Zemblan suspension", "the lifting of the Zemblan suspension". */
const SUSPENSION_UNMADE_BEFORE = /(?:^| )(?:proposed|planned|possible|potential|threatened|draft|mooted|lifting of|lifted|end of|easing of|against|reversal of)(?: the| a)? $/;
/** Verbs of a regulator clearing a deal. */
const CLEARING_VERBS = 'approved|approves|approve|cleared|clears|allowed|allows|authori[sz]ed|authori[sz]es|greenlit|greenlights|greenlighted|okayed|okays|sanctioned|blessed|waved through';
/** What makes a clearance conditional: "subject to conditions", "on condition that", "contingent on", "after remedies". */
const ON_CONDITIONS = String.raw`(?:on (?:the )?condition|under (?:the |certain |several )?conditions?|subject to (?:[a-z-]+ ){0,2}(?:conditions|remedies|commitments|undertakings|divestitures|divestments)|subject to (?:the )?(?:sale|divestment|divestiture|disposal|spin-off) of|with (?:[a-z-]+ ){0,2}(?:conditions|remedies|commitments|undertakings)|contingent (?:on|upon)|conditional (?:on|upon)|provided|as long as|so long as|after (?:[a-z-]+ ){0,2}(?:remedies|concessions|commitments|undertakings)|after (?:agreeing|pledging|promising|committing|offering) to|based on (?:the |a |its |their )?(?:[a-z-]+ )?(?:promise|promises|commitment|commitments|pledge|pledges|undertaking|undertakings|concessions|remedies)|in (?:exchange|return) for (?:[a-z-]+ ){0,2}(?:commitments|concessions|remedies|divestitures|divestments|pledges|promises|undertakings)|but (?:required|requires|forced|forces|obliged|ordered|demanded|imposed))(?= |$)`;
/** What a firm offers a regulator to close a case: "commitments", "undertakings", "remedies". */
const COMMITMENTS = 'commitments|commitment|undertakings|undertaking|remedies|pledges';
/** The deals a regulator may clear on conditions. */
const CONDITIONED_DEALS = 'takeover|acquisition|purchase|buyout|merger|deal|bid|tie-up|combination|tender offer|offer';
/** Documents in which a state body orders a block: "a letter issued by X", "an order from X". */
const BLOCKING_DOCUMENTS = 'letter|letters|order|orders|directive|directives|decree|notice|notices|circular|instruction|instructions|notification|memo|memorandum|decision|resolution|ruling';
/** A seller stopping what it sells (the seller-halted patterns). */
const SELLER_HALTING_VERBS = 'halted|halts|halt|stopped|stops|stop|ceased|ceases|cease|suspended|suspends|suspend|ended|ends|end|pulled|pulls|pull';
/** Goods named by their kind after or before their maker: "phones from Zenco", "Zenco brand phones". */
const MAKERS_GOODS = 'phones|devices|handsets|products|smartphones|tablets|laptops|goods|cameras|routers|tvs|televisions';
/** Who a licence requirement binds, told by its effect: "suppliers", "U.S. companies", "chipmakers" (the sellers-need-licence patterns). */
const LICENCE_NEEDERS = '(?:suppliers|companies|firms|exporters|chipmakers|vendors|manufacturers|businesses|sellers)';
/**
 * What a website or an app runs on, named before the firm that provides it: "web host Qorva", "payment processors A and B",
 * "its domain registrar" (the service-dropped patterns).
 */
const SERVICE_PROVIDERS = String.raw`(?:(?:web|website|domain|cloud|payment|payments|card|hosting|online|internet|security|network|content-delivery) )?(?:host|hosts|hosting provider|hosting providers|hosting company|hosting service|registrar|registrars|processor|processors|service provider|service providers|provider|providers|cdn)`;
/** Verbs of providing or running a service (provides-kind-named and provides-kinds-named). */
const PROVIDING = 'provide|provides|provided|providing|operate|operates|operated|operating|run|runs|ran|running';
/** A partnership and what it was for, the two sides of partnered-for-development-of and partner-for-development-of. */
const PARTNERED_WITH = 'T(partnered|partners|partner|teamed up|teams up|team up|joined forces|joins forces|collaborated|collaborates|collaborate) with (?:the )?';
const FOR_DEVELOPMENT_OF = '(?:(?:on|for) )(?:the )?(?:development|creation|production|design) of (?:the )?Y1';

/** A provider ending the service: with the provider named before it ("payment processor Vexa dropped Zapp"; "cut off" alone restricts, trigger:verb). */
const SERVICE_DROPPING_VERBS = 'dropped|drops|kicked off|kicks off|cut ties with|cuts ties with|terminated|terminates|deplatformed|suspended|suspends';

/**
 * After a refused work: its maker's possessive ("refused to classify Qorva's new game Zeta" refuses Zeta, not Qorva; stop 79,
 * from stop 78's bans samples). The patterns let the possessor stand before the work; a match that ends on it is no refusal of it.
 */
const NOT_THE_WORK_OWNED = /^'s /;
/** After "… refused classification in Ruritania": the work named after it, its maker the subject ("Qorva was refused classification in Ruritania for its game Zeta"). */
const REFUSED_FOR_ITS_WORK = /^ ?for (?:its|their|the)\b/;

/** "pitted against each other in court over patents": a dispute, not competition (as the rivalry verbs' DISPUTE_AFTER reads it). */
const PITTED_IN_A_DISPUTE = /^ (?:in (?:a |the )?(?:court|courts|lawsuits?|legal|trial)|over (?:patents?|royalties|licensing|a contract))(?= |$)/;
/** "Fans of Zenco and Qorva were pitted against each other": the pair only owns those set against each other. */
const PITTED_PAIRS_OWNERS = /(?:^| )(?:of|for|from|at|between|among) (?:the )?$/i;

/** What a contractor keeps up for a thing's owner, a mention widened over it ("the Zapp servers are maintained by Qorva"): no maker of the thing. */
const KEPT_UP_FOR_THE_THING = /^ *(?:servers?|data ?cent(?:er|re)s?|infrastructure|systems?|offices?|stores|shops?|plants?|factor(?:y|ies)|buildings?|premises|roads?|grounds?)\b/i;

/*
 * Helper cp86, from a fresh rivals sample: a firm's rivals named in the first person inside a quote that opens the sentence, the firm
 * the speaker's ('"We compete with Zenco and Qorva," said Vexa\'s chief executive', '"Our main rivals are A and B," Vexa said').
 * Only a plain present or past ("We do not compete with", "We will compete with", "We used to compete with" are no rivalry stated).
 */
const QUOTED_ROLE = String.raw`(?:chief executive(?: officer)?|ceo|president|founder|co-founder|chairman|chairwoman|chief technology officer|cto|chief operating officer|coo|boss|head|spokesperson|spokesman|spokeswoman|executive|managing director)`;
/** The speaker after the quote, the firm X1: "said Vexa", "said Vexa's chief executive (Jan Smith)", "said Jan Smith, chief executive of Vexa". */
const QUOTE_SAID_BY_FIRM = String.raw`, (?:said|says|added|adds) (?:@\d+ , (?:the |its )?${QUOTED_ROLE} (?:of|at) )?X1 (?:'s )?(?:${QUOTED_ROLE} (?:@\d+ )?)?(?=[.,;]|$)`;
/** The speaker before its verb: "Vexa said", "Vexa chief executive Jan Smith said", "Jan Smith, chief executive of Vexa, said". */
const QUOTE_FIRM_SAID = String.raw`, (?:@\d+ , (?:the |its )?${QUOTED_ROLE} (?:of|at) )?X1 (?:'s )?(?:${QUOTED_ROLE} (?:@\d+ )?)?(?:, )?(?:said|says|added|adds|told)(?= )`;
/** "We compete with A and B", "We compete directly against A": the quote's own rivalry, and up to five words more ("every day"). */
const WE_COMPETE = String.raw`^we (?:already |also |still |now |all )?T(compete|competed|are competing|have competed|have been competing|go head-to-head|went head-to-head) (?:directly |head-to-head |mainly |mostly |primarily |fiercely |daily |globally )?(?:with|against) Y (?:(?!(?:and|or|until|till|before|after|when|then|once|formerly|anymore|no) )[a-z-]+ ){0,5}`;
/** "Our main rivals are A and B", "Our competitors include A": the quote names its speaker's rivals ("our former rivals" are none). */
const OUR_RIVALS = String.raw`^our (?:(?:main|biggest|chief|closest|primary|key|direct|nearest|largest|real|only|toughest|fiercest) ){0,2}T(rivals|competitors|competition) (?:are|include|includes|is) Y (?:(?!and |or )[a-z-]+ ){0,5}`;

/**
 * The rival's kind, a comma and its name after a rival's noun: "rival company Qorva", "peer, Qorva", and an apposed kind before the
 * name: "a Floridian competitor, drinks maker Qorva Inc., …" (helper cmp96, set 93), never another role's ("its supplier firm Qorva").
 */
const RIVAL_KIND_AND_NAME = '(?:(?:company|firm|group|startup|giant|maker|chipmaker|carmaker|automaker|platform|brand|lender|bank|operator|carrier|retailer) )?(?:, (?:(?:(?!(?:partner|partners|supplier|suppliers|customer|customers|client|clients|parent|sister|former|its|their|his|her|our|the|a|an|and|or) )[a-z-]+ ){1,2}(?:maker|company|firm|group|producer|manufacturer|brand|bank|lender|carrier|airline|operator|retailer|startup|giant|brewer|chain) )?(?=@\\d+ (?:,|\\.|;|$)))?Y1';

/** Words that end the gap before a rival's noun after its firm (helper cr86): a former tie, a clause's joint, a copula or a comparison. */
const RIVAL_GAP_STOPS = `${PAST_RIVAL_WORDS}|and|or|but|while|whereas|as|after|before|because|since|than|that|which|who|when|where|unlike|like|is|are|was|were|be|been|of|without`;

/** A participle after a name that says where or by whom an owner's thing is made: "Zenco's Ruritania-made Zeta e-bikes" (helper lp87). */
const PLACE_MADE = '(?:made|built|assembled|designed|manufactured)';
/** A kind after a possessed list's member, with one describing word: "Plix tablets", "Orba cloud service", "Vex hardware" (helper lp87). */
const OWN_KIND = `(?:[a-z-]+ )?(?:${PRODUCT_NOUNS}|hardware)(?:s|es)? `;
/**
 * The words an OWN_KIND ends on, as one `requires` entry: the last word of a product noun (or "hardware"), with "s", "es" or
 * neither. OWN_KIND is a whole run of words (it follows a space and ends on one), so a sentence it matches holds one of them as a
 * word; a pattern that spells it outside its optional parts is not searched on the many sentences with none (helper sp90: the
 * possessed-kinds pattern was searched on every possessive and matched none of them on the bench corpus).
 */
/**
 * For speed only: what every match of possessed-kinds-later-member spells, a possessor, a first member and a later one after a join,
 * with its kind (sentenceHolds): its lookbehind is among the costliest regexes to compile, and most sentences with a kind's word lack this.
 */
const POSSESSED_LATER_MEMBER = new RegExp(`(?:'s |its@\\d+ )(?:\\S+ ){0,9}@\\d+ .*(?:, |(?:and|or|as well as) )(?:[a-z0-9-]+ ){0,2}@\\d+ ${OWN_KIND}`);
const OWN_KIND_LAST_WORDS = [...new Set([...PRODUCT_NOUN_WORDS, 'hardware'].flatMap((noun) => {
  const last = noun.slice(noun.lastIndexOf(' ') + 1);
  return [last, `${last}s`, `${last}es`];
}))].join('|');
/**
 * A kind of made thing after its name, if any: "the Vexa chip, co-developed with Qorva" (not "the Zeta ban" or "the Zeta probe",
 * a state's acts: re-read of helper cd87's patterns).
 */
const MADE_KIND_AFTER_NAME = `(?:(?:${PRODUCT_NOUNS})(?:s|es)? )?`;
/** Up to two describing words before such a member, none a firm's or a person's role nor a comparison's word ("its rivals Qorva and Vexa", "its chief Ana Lee"). */
const OWN_KIND_DESCRIBING = `(?:(?!(?:like|unlike|not|than|rather|including|except|versus|vs|while|whereas|besides|beside|${ROLE_OF_FIRM}|${[...PERSON_ROLE_WORDS].join('|')}|ceo|founder|boss|executive|president|director|analyst|(?:[a-z]+-)?${RIVAL_WORDS}) )[a-z0-9]+(?:-[a-z0-9]+)* ){0,2}`;
/*
 * Helper cr87, from a fresh rivals sample: a firm's rivals or peers named by their share moves ("Zenco's rivals rose, with Qorva
 * up 5% and Vexa up 6%", "Zenco's peers fell: Qorva lost 3% and Vexa 2%"). A member must move by a number, so "with Qorva declining
 * to comment" names none.
 */
const SHARE_MOVES = 'up|down|higher|lower|rose|rising|fell|falling|gained|gaining|added|adding|lost|losing|jumped|jumping|climbed|climbing|dropped|dropping|slipped|slipping|slid|sliding|declined|declining|advanced|advancing|surged|surging|rallied|rallying|tumbled|tumbling|sank|sinking|shed|shedding|eased|easing|edged (?:up|down|higher|lower)|(?:was|were) (?:up|down|higher|lower)|ended|closed|finished';
/** One member's move, up to a number: "Qorva up 5", "Qorva Labs shares gained 2", "Vexa 2" (a verb shared with the one before). */
const MEMBER_MOVE = String.raw`(?:'s )?(?:shares |stock )?(?:(?:${SHARE_MOVES}) (?:(?:by|about|around|nearly|almost|more than|over|as much as|roughly|some|a further|another) )*)?(?:\$ |€ |£ )?\d`;
/** The owner's rivals' noun, then the list's opening: "Zenco's rivals rose, with", "Zenco's peers also fell:" (no name between). */
const RIVALS_MOVED_OPENING = String.raw`(?<=(?:^| )(?:the )?(?<x>@\d+) 's (?:(?!(?:former|one-time|onetime|erstwhile|ex-)\b)[a-z-]+ )?(?<t>(?:rivals|peers|competitors) )(?:[^@\s;:.!?]\S* ){0,8}(?:, with|with|:) (?:(?:the )?@\d+ ${MEMBER_MOVE}\S* (?:[^@\s;:.!?]\S* ){0,3}(?:and|,|, and|while|whereas) )*)`;

/** A firm's own share move, then its peers named in the next clause: "Zenco fell 4%, while peers Qorva and Vexa lost 2%", "Zenco fell, dragging down peers Qorva and Vexa" ("lifting" reads as a ban lifted). */
const OWN_MOVE_THEN_PEERS = String.raw`X1 (?:'s )?(?:shares |stock )?(?:(?:also|had|has|have|were|was) )?(?:${SHARE_MOVES}) (?:[^@\s;:.!?]\S* ){0,5}, (?:(?:while|as|and|with) )?(?:(?:dragging down|dragging|pulling down|pulling|weighing on|outpacing|beating|trailing|underperforming|outperforming) )?(?:(?:its(?:@\d+)?|their|fellow|other|sector|industry) )?T(peers) (?:such as |like |including )?Y(?!'s )`;

/**
 * Helper cr87: a firm set in the crosshairs, sights or firing line of others ("Zenco is now in the crosshairs of Qorva and Vexa",
 * "the launch puts Zenco in the sights of Qorva", "Zenco has Qorva in its sights"). A state or regulator there is no rival (the
 * registry's types, or a state's body after a name the tagger left a firm: "the Zembla government"); an investor, attackers, a
 * would-be buyer ("which wants to buy it", "eyeing a takeover") or someone's lawyers are kept out after the name.
 */
const CROSSHAIRS_NOT_RIVAL = /^(?:'s |(?:government|authorities|state|ministry|regulators?|officials|lawmakers|prosecutors|courts?|police|army|military)\b|, (?:an? |the )?(?:[a-z-]+ )?(?:activist|investors?|hedge|short|shareholders?|prosecutors?|regulators?|watchdog|hackers?|gang|attackers?|criminals?|cybercriminals?|ransomware|scammers?|thieves)\b|(?:as|for) (?:a |an |the )?(?:possible |potential |likely )?(?:takeover|acquisition|buyout|target|deal|bid|purchase|merger)\b|,? (?:which|who|that) (?:wants|wanted|plans|planned|hopes|hoped|seeks|sought|is seeking|was seeking) to (?:buy|acquire|take over)\b|,? (?:eyeing|eyes|eyed|mulling|weighing|considering) (?:a |an |the )?(?:possible |potential )?(?:takeover|acquisition|buyout|bid|deal|purchase|merger)\b)/;
const CROSSHAIRS = 'crosshairs|cross-hairs|sights|firing line';

// Helper rv87b: what holds or wins an edge over a rival, and how big it is (competitive-advantage-over).
const ADVANTAGE_HELD = 'gained|gains|gain|gaining|has|have|had|having|holds|held|hold|enjoys|enjoyed|enjoy|won|wins|keeps|kept|maintains|maintained|retains|retained|built|builds|secured|secures';
// Not AUX: its "to" would read an object as the holder ("Qorva bought Zenco to gain an edge over Vexa").
const ADVANTAGE_AUX = '(?:has|have|had|is|are|was|were|will|would|did|does|do|not|never|now|already|still|also|long|quickly|soon|reportedly|recently)';
const ADVANTAGE_SIZE = 'clear|big|huge|major|significant|key|decisive|crucial|lasting|strong|slight|real|distinct';
// Fights between firms that are no market rivalry: lawsuits, board fights, takeovers.
const FOUGHT_NOT_RIVALRY = /(?:legal|court|courtroom|patent|proxy|boardroom|regulatory|custody|takeover|tax|bidding|lawsuit|copyright) $/;

/** "Zenco is no longer the company responsible for running Zpay": the generic name the pattern starts at was the firm's role once (lead, after helper own87). */
const NO_LONGER_THE_ONE = /(?:^| )(?:no longer|not|never|\S+n't|once|formerly)(?: the| a| an)? $/;

/** A comma after a rival word closes an apposition, it joins no describing words (see the possessive pattern). */
const NO_COMMA_AFTER_RIVAL = '(?<!(?:rival|rivals|competing|competitor|competitors) )';

/** A describing word after a comma in "Zenco's twin-engine, 180-seat Z66", "its cheaper, smaller Zeta Mini" (helper pos88): a compound,
 * with a number too, or a listed or adjective-shaped word; never a rival ("Zenco's new, rival Qorva"). */
const COMMA_DESCRIBER = `(?!(?:rival|rivals|competing|competitor)[ -])(?:[a-z0-9]+(?:-[a-z]+)+|${MODIFIERS}|${PRAISING}|${ADJECTIVE_SHAPE})`;

/** Before the act of making told as a noun: a plan, wish or refusal of it ("Zenco plans the development of Zeta by Qorva"; helper pos88). */
const MAKING_ACT_WISHED = /(?:^| )(?:plans?|planned|planning|proposed|proposes|considering|considers|would|could|may|might|wants?|wanted|seeks?|sought|urged|urges|calls? for|called for|opposes|opposed|denied|denies|against|no|any|if|whether) (?:[a-z-]+ ){0,2}$/;
/**
 * Before the making act at a plant: a named subject that starts, moves or runs it, and not the plant's owner, is its maker ("Qorva began
 * production of the Zeta at Zenco's plant"; helper fxo88, review of stop 88).
 */
const MAKING_ACT_BY_SUBJECT = /@\d+ (?:[a-z]+ ){0,2}(?:began|begins|begin|beginning|begun|started|starts|start|starting|moved|moves|move|moving|shifted|shifts|shift|shifting|resumed|resumes|resume|halted|halts|halt|ended|ends|end|stopped|stops|stop|paused|pauses|pause|expanded|expands|expand|ramped up|ramps up|ramp up|outsourced|outsources|outsource|moved|will move|transferred|transfers|transfer|launched|launches|launch|kicked off|kicks off|kick off|continues|continued|continue) (?:the |its |their )?$/;
/** Before making handed to a contract maker: a refusal or denial of it ("Zenco refused to outsource production of the Zeta to Qorva",
 * "has never outsourced", "did not move"), as well as a plan or wish (review rr90b). */
const MAKING_HANDED_WITHHELD = new RegExp(`${MAKING_ACT_WISHED.source}|(?:^| )(?:refused|refuses|refuse|refusing|declined|declines|decline|declining|rejected|rejects|never|not|\\S+n't|no longer) (?:[a-z-]+ ){0,2}$`);
/** … and after the act of making told as a noun, a denial: "the development of Zeta by Zenco never happened", "… was scrapped". */
const MAKING_ACT_DENIED = /^(?:[a-z0-9-]+ ){0,3}(?:never|not|\S+n't|(?:was|were|has been|have been) (?:scrapped|cancelled|canceled|abandoned|shelved|dropped))(?= |$)/;
/** Verbs of an owner said to hold a whole range of things: "owns everything from Zeta to Vela" (helper own88). */
// Not "sells" or "offers": a shop sells everything from one maker's phone to another's; not "made", nor "make", whose "made everything
// from Zeta to Vela obsolete" is a cause (MAKER_OF_RANGE_VERBS has its own patterns, guarded by MADE_RANGE_NOT_ENDED).
// Not "controls" or "runs", whose range may be a process or a place's ("controls everything from Zeta to Vela"; helper fxo88).
const OWNER_OF_RANGE_VERBS = 'owns|own|owned|publishes|publish|published|operates|operate|operated';
/** … and of a maker, whose range must end the clause (MADE_RANGE_NOT_ENDED). */
const MAKER_OF_RANGE_VERBS = 'makes|produces|produce|produced';
/** Verbs of a set of things that spans a range: "its portfolio ranges from Zeta to Vela" (helper own88); not "run" or "go", which trucks and flights do. */
const RANGE_VERBS = 'range|ranges|ranged|span|spans|spanned';
/** After "owns everything from Zeta to Vela": a state it brings them to, no owning ("… obsolete", "… easier"). */
const OBSOLETED_AFTER = /^(?:[a-z]+ )?(?:obsolete|redundant|irrelevant|possible|available|cheaper|easier|harder|better|worse|faster|slower|safer|more|less|look|seem|feel|work|run)\b/;
/** … and after "makes" any word but the clause's end, a comma or "and": the result words are an open class ("… compatible with", "… secure"; helper fxo88). */
const MADE_RANGE_NOT_ENDED = /^(?! ?(?:[.,;:!?)]|and |but |$))/;
/** Words before a kind in a range or bracket of an owner's things: no plural, so "Zenco's customers range from …" names no "range" of Zenco's. */
// Nor a describer of others' things the owner works with, rates or rivals ("Zenco's partner apps (Zeta, Vela)", "its supported phones -
// Zeta and Vela -"; helper fxo88, review of stop 88).
const OTHERS_THINGS_DESCRIBERS = 'to|rival|competing|competitor|third-party|partner|compatible|supported|approved|certified|featured|recommended|favourite|favorite|banned';
const DESCRIBING_SINGULAR = `(?:(?!(?:${OTHERS_THINGS_DESCRIBERS})[ -])[a-z0-9-]*[a-rt-z0-9-] ){0,3}`;
/** An owner's kinds of things whose members a range or bracket names: no stores, which a firm runs but does not make (helper own88). */
const OWNED_LIST_KINDS = [...new Set([...PORTFOLIO_HEADS.split('|'), ...PLURAL_PRODUCT_NOUNS.split('|'), ...PROPERTY_KINDS.split('|')])].filter((w) => !/^(?:stores|marketplaces)$/.test(w)).join('|');
/** … of which craft set off by a bare comma before "from" make a trip ("Zenco's planes, from Zeta to Vela, carry goods"; helper fxo88). */
const TRAVELLING_KINDS = /^(?:planes|jets|aircraft|airliners|ships|vessels|boats|tankers|trains|trucks|lorries|buses|vans|cars|vehicles|drones|rockets|flights|routes|ferries|helicopters)$/;
const OWNED_LIST_KINDS_STAYING = OWNED_LIST_KINDS.split('|').filter((w) => !TRAVELLING_KINDS.test(w)).join('|');
/** After a range of brands, where a shop holds them: "has many brands, from Zeta to Vela, on its shelves" (helper lst90). */
const SHELVED_AFTER = /^(?:[a-z@\d ]+ )?(?:, )?(?:on|in|at) (?:its|their|the) (?:[a-z-]+ )?(?:shelves|stores|shops|outlets|aisles|racks)(?= |$)/;
/**
 * After a list a firm holds, words that make it an investor's holdings: "holds Zeta and Vela shares", "includes Zeta in its index",
 * "… in its portfolio of stocks" (review rr90d). A portfolio alone is a maker's ("Zeta and Vela in its portfolio").
 */
const HOLDINGS_AFTER = /^(?:'s )?(?:shares|share|stakes|stake|stock|stocks|bonds|securities|holdings|equity)(?= |$)|^(?:in|into|from) (?:its|their|the) (?:[a-z-]+ )?(?:index|indexes|indices|fund|funds|etf|benchmark|(?:portfolio|basket) of (?:[a-z-]+ )?(?:stocks|shares|equities|securities|holdings))(?= |$)/;
/** A seller named before or apposed to a firm: "Online retailer Zenco", "Zenco, a supermarket chain," sells others' brands (review rr90d). */
const SELLER_KINDS = String.raw`(?:retailer|retailers|e-tailer|store|stores|shop|shops|supermarket|supermarkets|grocer|grocers|mall|malls|marketplace|distributor|distributors|wholesaler|wholesalers|stockist|stockists|reseller|resellers|dealer|dealers|(?:supermarket|grocery|retail|store|drugstore|department store|discount|convenience|electronics) chain)`;
const SELLER_BEFORE = new RegExp(String.raw`(?:^| )(?:[a-z-]+ ){0,2}${SELLER_KINDS} (?:the )?$`);
const SELLER_APPOSED = String.raw`(?!, (?:an? |the )(?:[a-z-]+ ){0,2}${SELLER_KINDS} )`;
/**
 * A seller set off after a firm that sells under a brand, unless the brand is its own ("under its Vexa brand"): "Qorva, a retailer,
 * sells heaters under the Vexa brand" names a maker's brand on a shop's shelves (helper dvo93, from the eighty-sixth set). A chain
 * that operates its stores under banners still names its own ("Zenco, a drugstore chain, operates stores under the Vexa banner").
 */
const SELLER_APPOSED_NOT_OWN = String.raw`(?!, (?:an? |the )(?:[a-z-]+ ){0,2}${SELLER_KINDS} , (?:[a-z]+ )?(?:sells|sold|sell|selling|offers|offered|offer|markets|marketed|market|stocks|stocked|carries|carried|retails|retailed)(?! (?:[^;.]+ )?under (?:its|their) ))`;
/**
 * After the brand a firm trades under, words that make it another's: "operates stores under the Vexa banner as a franchisee of Zenco",
 * "… under licence from Zenco", "… on behalf of Zenco" (helper dvo93, from the eighty-sixth set).
 */
const OTHERS_TRADE_ROLE = String.raw`(?:,\s*)?(?:as (?:a |an |the |its |their |one of (?:its|their|the) )?(?:[a-z-]+ )?(?:franchisees?|licensees?|licencees?|distributors?|resellers?|agents?|stockists?|dealers?|importers?|partners?)\b|under (?:a |an |the )?(?:[a-z-]+ )?(?:licen[cs]e|franchise)\b|(?:licensed|licenced|franchised|borrowed|leased) from\b|on behalf of\b|owned by\b|(?:which|that) (?:it|they) (?:licenses|licences|licensed|licenced|franchises|franchised|leases|leased|rents|rented|borrows|borrowed) from\b)`;
const OTHERS_TRADE_NAME_AFTER = new RegExp(String.raw`^\s*(?:(?:brand|brands|banner|banners|label|labels|name|names|trademark)\s+)?${OTHERS_TRADE_ROLE}`);
/** The same after a brand's noun only, for the maker's verbs: "operates stores under the Vexa banner as a franchisee of Zenco". */
const OTHERS_BANNER_AFTER = new RegExp(String.raw`^\s*(?:brand|brands|banner|banners|label|labels|name|names|trademark)\s+${OTHERS_TRADE_ROLE}`);
/** A subject set off as one who runs things for others: "Zenco, an ad agency, runs …", "Zenco, a manager," (helper dvo93). */
const NOT_MANAGER_APPOSED = String.raw`(?!, (?:an? |the |its )(?:[a-z-]+ ){0,2}(?:agency|agencies|investor|investors|manager|managers|management company|operator for hire|contractor|distributor|distributors|reseller|resellers|franchisee|franchisees|licensee|licensees|client|clients|customer|customers|partner|partners|advertiser|advertisers|consultancy|consultant) ,)`;
/**
 * After a thing a maker's verb reaches, a banner or a plural of brands: "operates 40 stores under the Vexa and Plix banners" names a
 * list's last member only, and stores a franchisee may run; the trade-under rules read those (helper dvo93).
 */
const MAKER_VERB_NOT_BANNER_AFTER = new RegExp(String.raw`${OTHERS_BANNER_AFTER.source}|^\s*(?:banner|banners|brands|labels)\b`);
/**
 * "AI Mode launched in May, Zenco said": a name right before a verb of saying is the speaker, no thing made (helper fpd95, from fnm95's
 * report: the speaker was read as what the sentence's subject launched).
 */
const MAKER_VERB_NOT_BANNER_OR_SPEAKER_AFTER = new RegExp(String.raw`${MAKER_VERB_NOT_BANNER_AFTER.source}|^\s*(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|stated|states|confirmed|confirms|explained|explains)\b`);
/** After an outlet or a thing run or shared, words that give it to another: ", which Qorva owns", ", owned by Qorva" (helper dvo93). */
const HELD_BY_ANOTHER_AFTER = new RegExp(String.raw`${OTHERS_TRADE_NAME_AFTER.source}|^\s*,?\s*(?:(?:which|that) (?:is |was )?(?:wholly |majority |jointly )?(?:owned|controlled|run|operated) by|(?:which|that) @\d+ (?:owns|owned|controls|controlled|runs|ran|operates|operated|licenses|licensed))\b`);
/** Outlets a firm runs by name: "runs subscription channel ZenNow", "operates the pay network Zeta TV" (helper dvo93). */
const RUN_OUTLET_KINDS = 'channel|network|station|broadcaster|newspaper|daily|magazine|website|portal|streaming service|streaming platform|chain|pharmacy chain|drugstore chain|supermarket chain';
/** Up to two words describing a run outlet, none a preposition and none making it another's ("rival", "partner", "franchised"). */
const NOT_OTHERS_OUTLET = String.raw`(?:(?!(?:into|in|on|onto|upon|for|of|at|to|with|about|against|by|from|over|across|under|rival|rivals|competing|partner|partners|sister|former|franchised|licensed|licenced|affiliate|affiliated|client|clients|state|state-owned|public|[a-z-]+-owned|[a-z-]+-run)(?= ))[a-z-]+ ){0,2}`;
/** How a range of an owner's kind opens before "from": a verb, a participle, or a bare comma after a kind that does not travel. */
const OWNED_RANGE_OPENING = `(?:(?:${OWNED_LIST_KINDS})(?: (?:${RANGE_VERBS}) | , (?:ranging|spanning) | (?:ranging|spanning) )|(?:${OWNED_LIST_KINDS_STAYING}) , )`;
/** Collective nouns before a maker's kind of things: "its family of apps", "a stable of brands" (helper own88). */
const COLLECTIVE_OF = 'family|suite|stable|portfolio|roster|range|lineup|line-up|collection|array|host|slew|string|raft|bunch|set|group|line';
/** Helper ban88: nouns of a state's ban or order that name what they cover ("an earlier order by India covering Zapp"). */
const COVERING_ORDERS = 'ban|bans|order|orders|prohibition|prohibitions|directive|directives|blocking order|blocking orders';
/** Words before "order" that make it no ban: a purchase, a court's or a gag order. */
const NOT_A_BANNING_ORDER = 'purchase|purchasing|supply|sales|sale|arms|export|court|gag|restraining|executive branch|production|pre|work|build';
/** … and words of a buyer's order's size or turn, before "order" alone: "an initial order by India", but "the initial ban by India" bans (review rr88b). */
const ORDER_SIZE_WORDS = 'repeat|bulk|initial|first|large|big|record|follow-on';
/** "covering Zapp", ", which covered Zapp", "that applies to Zapp": the verb by which such a noun names what it covers, right before it; not "covering Zenco's bid". */
const COVERS_WHAT = "(?:which |that )?(?:also |now |had |has |have |originally |initially )?(?:covering|covers|covered|cover|applies to|applied to|applying to|apply to|extends to|extended to|targeting|targeted|targets) (?:the )?(?!@\\d+ 's )Y";
/** After a name such an order covers, a plural of goods makes it a buyer's order ("an order covering Zenco rifles"), not a ban. */
const ORDERED_GOODS_AFTER = /^\s*(?!(?:is|was|has|as|its|this|thus|does|says|plus|unless|whereas|us)\b)[a-z][a-z-]*(?:s|craft|ware|ment)\b/;
/**
 * After such an order and what it covers, a verb that shows a deal, a purchase or a plan, no ban (review rr88b): "the FCC's order covering
 * Zenco approved its merger", "India's order covering Zeta was signed", "… cut their prices", "… is expected next week", "… was shelved".
 */
const ORDER_NOT_A_BAN_AFTER = /^(?:[^\s.;]+ ){0,8}?(?:approved|approves|approve|allowed|allows|allow|granted|grants|grant|signed|signs|sets|set|cut|cuts|boost|boosts|boosted|requires|required|placed|places|lowered|lowers|raised|raises|cleared|clears|(?:is|was|are|were|has been|had been) (?:now )?(?:expected|proposed|planned|mooted|shelved|scrapped|dropped|delayed|cancell?ed|withdrawn|under consideration)|expected|shelved|scrapped|never)(?= |$)/;
/** Before such an order: a plan or a wish of it ("a proposed order by India covering Zapp"). */
const ORDER_WISHED_BEFORE = /(?:^| )(?:proposed|planned|possible|potential|draft|mooted|expected|rumou?red|any|no) $/;
const ORDER_NOT_A_BAN_AFTER_OR_POSS = new RegExp(`^'s |${ORDER_NOT_A_BAN_AFTER.source}`);
const COVERING_VERB_WORDS: readonly string[] = ['covering', 'covers', 'covered', 'cover', 'applies', 'applied', 'applying', 'apply', 'extends', 'extended', 'targeting', 'targeted', 'targets'];

/** A name after a joint service verb that qualifies what is given, not the thing run: "jointly offer Zeta users discounts" (fxs88). */
const JOINT_RECIPIENT_NEXT = new RegExp(`^ ?(?:${[...NOT_SUPPLIED_NEXT].join('|')})(?= |$|[,.;])`);

/** Verbs of a customer using or buying goods ("is using etchers from Qorva"): the subject is a user, not the goods. */
const USING_OR_BUYING = 'using|buying|ordering|installing|deploying|adopting|testing|trialling|trialing|evaluating|sourcing|procuring|purchasing|importing|leasing|renting|running|operating|getting|receiving|taking';

/** The kind after the last name of a list one 's owns: "Zenco's website, mobile app and Zap loyalty program" (helper pos90). */
const OWN_LIST_KIND_AFTER = /^\s+(?:[a-z-]+\s+)?(?:apps?|programs?|programmes?|services?|platforms?|cards?|brands?|labels?|phones?|smartphones?|watch(?:es)?|tablets?|laptops?|cars?|devices?|chatbots?|software|tools?|products?|lines?|range|models?|consoles?|browsers?|games?)(?![\w-])/;
/** A rank held among a firm's owners, lenders or buyers, or in a fund, is no market position: "replaced Qorva as the largest shareholder of Vexa" (riv90b). */
const RANKED_NOT_AS_RIVAL = new RegExp(`^ (?:(?:single|individual|outside|institutional|foreign|main|biggest|largest) )*(?:${NON_MARKET_RANKS})(?= |$)`);

/**
 * Roles before a list that presses a firm on price without being its rival: "Suppliers such as Qorva put pricing pressure on Zenco",
 * "Retailer Qorva puts pricing pressure on Zenco" (one too, review rf91);
 * or a list's earlier member, so that the list is read whole ("Suppliers such as Qorva and Vexa …" does not start at Vexa).
 */
const PRESSING_NON_RIVALS = /(?:^| )(?:(?:supplier|customer|client|buyer|retailer|distributor|dealer|landlord|union|regulator|investor|shareholder|lender|creditor|partner|vendor)s?|its|their) (?:[a-z-]+ ){0,2}(?:(?:such as|like|including|namely) )?(?:the )?$|@\d+ (?:, |(?:, )?(?:and|or|&) )(?:the )?$/;

/**
 * Goods named before "imports" ("halted all milk powder imports from Zembla"): up to two words, none a preposition or an owner, so
 * "halted its own imports" and "talks on imports" stay out (helper trd91).
 */
/** The sites a halt of imports from a firm's plant names (helper imb92). */
const FIRM_PLANTS = 'plant|plants|facility|facilities|factory|factories|slaughterhouse|slaughterhouses|abattoir|abattoirs|mill|mills|processing plant|processing plants';
const GOODS_BEFORE_IMPORTS = String.raw`(?:(?!(?:on|of|to|for|from|its|their|his|her|our|own|and|or|the)\b)[a-z-]+ ){0,2}`;
/** A word of goods after a state's name ("New Zealand milk powder", "Zembla dairy products"): a lower-case word, no preposition or link. */
const STATE_GOODS_WORD = String.raw`(?!(?:and|or|to|in|into|from|for|by|with|on|at|as|over|after|until|since|because|due|amid|'s)\b)[a-z][a-z-]* `;

/**
 * After an owner named in an of-genitive, what makes the thing someone else's: "of Qorva's rival", "of Qorva users"; or a name that
 * was only a modifier of the owner named after it ("of the Ruritanian company Zenco") (helper pos92).
 */
const OWNER_OF_ENDS_NOT = /^(?:'s |(?:[a-z-]+ ){1,2}@\d+ |(?:[a-z-]+ )?(?:customers?|users?|clients?|subscribers?|employees?|staff|engineers?|rivals?|competitors?|partners?|investors?|shareholders?|founders?|chief|ceo|executives?|holders?)\b)/;
/**
 * Kinds that set a thing beside another's, not made by it: "Douyin, the Chinese version of TikTok"; and a fleet, which its carrier
 * flies, not makes ("the Zeta-2 jets of Qorva Air") (helper pos92).
 */
const ANOTHERS_KINDS = 'jets|jet|planes|aircraft|airliners|airplanes|fleet|trains|ships|vessels|tankers|trucks|buses|helicopters|version|versions|edition|editions|variant|variants|clone|clones|copy|copies|counterpart|counterparts|equivalent|equivalents|successor|successors|predecessor|predecessors|rival|rivals|alternative|alternatives|answer|imitation|imitations|spin-off|spinoff|fork|forks|port|ports|knockoff|knockoffs|competitor|competitors';
/** Securities an issuer issues, which are no product of its: "the ZB1 bonds issued by the exchange Qorva" (helper pos92). */
const ISSUED_NOT_MADE = /^\s*(?:bonds?|notes?|shares?|stocks?|debt|debentures?|loans?|securities|warrants?|options?|certificates?)\b/i;
/**
 * A describing word between a name and its kind, no verb or link: "the RS1 light rocket", not "Zeta uses the engine of Qorva" nor
 * "Zeta said chips that Qorva made" (a verb ending in "s" is no adjective in "-us" or "-ss": "famous", "glass") (helper pos92).
 */
const DESCRIBING_NOT_VERB = String.raw`(?!(?:said|says|is|was|are|were|be|been|has|had|have|uses|used|use|bought|buys|sold|sells|will|would|can|could|may|might|did|does|do|and|or|but|to|of|for|with|in|on|at|from|by|the|a|an|its|their|his|her|as|than|like|that|which|who))(?![a-z-]*[^us\s]s )[a-z-]+ `;
/** Words after a possessive that name a role, not the thing's description: "Qorva's rival Zenco phone" (helper pos92). */
const POSSESSED_ROLE_WORDS = 'rival|rivals|competitor|competitors|partner|partners|customer|customers|client|clients|supplier|suppliers|investor|investors|owner|parent|unit|subsidiary|founder|chief|ceo|executive|user|users|to|and|or|with|of|for|in|on|from|by';
/** Plural nouns after a launching verb that name no goods: "launched campaigns like A", "introduced partners such as A" (helper dvx93). */
// Others whose things or services a launch brings in, not the launcher's goods: "rolled out integrations like A", "introduced merchants
// like A to its app" (review rr93b).
const NOT_LAUNCHED_GOODS = 'campaigns|initiatives|programs|programmes|projects|events|festivals|tours|partnerships|collaborations|promotions|deals|discounts|offers|ads|adverts|advertisements|commercials|competitors|rivals|players|partners|suppliers|customers|clients|stores|shops|outlets|restaurants|locations|markets|cities|countries|regions|executives|ambassadors|influencers|celebrities|artists|athletes|designers|stars|lawsuits|suits|investigations|probes|bids|measures|rules|policies|sanctions|tariffs|funds|subsidiaries|units|divisions|businesses|companies|firms|startups|ventures|retailers|talks|efforts|attacks|others|plans|ideas|changes|schemes|jobs|people|users|members|teams|hotels|resorts|venues|plants|factories|offices|branches|hubs|centres|centers|facilities|routes|flights|integrations|connectors|merchants|sellers|vendors|brokers|lenders|banks|insurers|carriers|airlines|publishers|advertisers|sponsors|developers|creators|distributors|dealers|resellers|wholesalers|shoppers|drivers|riders|hosts|agencies|studios|labels|networks|channels|providers|operators';
/** What a firm creates or partners on that is its goods: a brand, a label, a line (no venture, unit or fund). */
const CREATED_BRAND_NOUNS = 'brand|label|line|collection|range|product|drink|beverage|snack|fragrance|sneaker|shoe';
// A plant's or a network's line, not a product line: "a new assembly line called Zeta", "a production line" (review rr93b).
const CREATED_NOUN_LEAD = `(?:(?!(?:assembly|production|manufacturing|packaging|bottling|processing|rail|railway|metro|subway|tram|bus|ferry|shipping|power|transmission|credit|phone|help|hot|picket|fault|front|pipe|battle|supply) line(?= ))[a-z-]+ )?`;
// The created noun closes its phrase: "Zeta Prize, a new product award" names an award, no product (review rr93b).
const CREATED_NOUN_END = '(?= (?:[,.;:)]|for|of|from|that|which|to|in|with|by|and|aimed|targeting|designed|made|under)(?= |$)|$)';
// "… a new brand called Zeta for its client Qorva": an agency creates a client's brand; the creator is not its maker (review rr93b).
const CREATED_FOR_CLIENT = /^\s*(?:[^.;]*? )?for (?:its |their |the |a |an )?(?:[a-z-]+ )?(?:clients?|customers?)(?= |$)/;
/**
 * After a name, the words before a kind of goods and "by" that make "by" a passive's agent, no maker: a preposition or a seller's
 * gerund before the kind ("was overtaken in phones by Qorva", "was barred from selling phones by Ruritania") (helper fpx93).
 */
const NO_PASSIVE_BEFORE_KIND = String.raw`(?!(?:\S+ ){0,4}?(?:in|from|into|at|on|over|against|selling|making|building|supplying) )`;

/** Verbs of sending or launching a thing: its "from" names a site or an origin, no maker ("launch their rocket, named Z1, from Zemport"; helper fpx93). */
const SENDING_VERBS = 'launch|launches|launched|launching|fly|flies|flew|flown|flying|send|sends|sent|sending|ship|ships|shipped|shipping|export|exports|exported|import|imports|imported';
/** Works a publisher launches "from" the studio that made them ("launched a new title, Vela, from Qorva Studios"): "from" names the maker there. */
// Also a documentary, a podcast, a drama or a model "from" a studio (review rr93b: "Netflix launched a new podcast, Zeta Talk, from Qorva Media").
const WORKS_FROM_MAKERS = 'titles?|games?|albums?|films?|movies?|apps?|books?|series|shows?|songs?|singles?|novels?|collections?|lines?|brands?|labels?|releases?|documentar(?:y|ies)|podcasts?|dramas?|comedy|comedies|thrillers?|sitcoms?|docuseries|miniseries|anime|cartoons?|comics?|magazines?|episodes?|seasons?|specials?|models?|tracks?|eps?|mixtapes?|plays?|musicals?|franchises?|programmes?|programs?';

/** A counterpart's noun right before a name: "a rival of Brixco", "a supplier to Brixco" (the name is not the clause's subject; helper fpx93). */
const COUNTERPART_OF_BEFORE = /(?:^| )(?:rivals?|competitors?|challengers?|peers?|suppliers?|partners?|customers?|clients?) (?:of|to|with) (?:the )?$/;

/** Route pairs for a verb's object: "operates routes such as Alpha-Beta", "flies the routes Alpha-Beta" (helper fpx93). */
const NOT_ROUTES = String.raw`(?!(?:(?:a|an|the|its|their|its@\d+) )?(?:[a-z-]+ ){0,2}(?:routes?|city pairs?) )`;

/** A firm's verbs of coming into a market or a trade ("ventured into insurance", "entered the market", "broke into lending"). */
const ENTERED_MARKET = 'ventured into|ventures into|venturing into|entered|enters|entering|broke into|breaks into|moved into|moves into|expanded into|expands into|branched out into|branched into|debuted in|got into|gets into|launched into|stepped into|steps into|forayed into|made its foray into|made its debut in|made its entry into';
/** What a firm enters that is no market: a deal or a dispute with another ("entered talks with a platform called Zeta"). */
const DEAL_ENTERED = '(?:into |a |an |the |new |fresh |exclusive |formal |early )*(?:[a-z-]+ )?(?:talks|partnership|partnerships|agreement|agreements|deal|deals|alliance|negotiations|discussions|contract|contracts|joint venture|venture|tie-up|collaboration|pact|arrangement|dispute|lawsuit|battle|fight|bidding war|merger|licensing)(?= )';
/** Adverbs a firm's entry may take ("first ventured into", "initially entered"). */
const ENTRY_ADVERBS = '(?:first|initially|originally|later|then|also|quietly|recently|finally|eventually)';
/** A financial firm's offers named as schemes ("a program called Zapp", "a plan named Zeta"), besides the product nouns. */
const SCHEME_NOUNS = 'program|programme|scheme|plan|policy|card|wallet|loan|account';
/**
 * Helper gds92, from stop 92's eighty-fifth fresh sample: where a state's goods come from, after the goods ("products made in Zembla",
 * "goods imported from the four blockading countries, Zembla and Qorvia", "items originating from Zembla"). A bare "in" is a place of
 * sale, not of making ("banned the sale of products in Zembla that contain lead"). A group of states counted before the names ("the
 * four countries —") is skipped; the names then follow a comma, a dash, a colon or a bracket.
 */
const STATE_GOODS_NOUNS = 'goods|products|items|produce|merchandise|wares|foodstuffs';
const STATES_COUNTED = String.raw`(?:(?:the |all )?(?:[a-z0-9-]+ ){0,3}(?:countries|states|nations|neighbours|neighbors) (?:, |-- |- |— |– |: |\( ))?`;
const GOODS_ORIGIN = String.raw`(?:(?:that|which) (?:are |were )?)?(?:(?:made|produced|manufactured|originating|imported|coming|sourced|shipped) (?:in|from)|from) ${STATES_COUNTED}`;
/** For speed only: what every match of banned-sale-of-goods-from-state spells, the goods' noun and where they come from (sentenceHolds). */
const GOODS_FROM_SOMEWHERE = new RegExp(`(?:${STATE_GOODS_NOUNS}) (?:(?:that|which) (?:are |were )?)?(?:(?:made|produced|manufactured|originating|imported|coming|sourced|shipped) (?:in|from)|from) `);
/** Whom a state tells to take goods off the shelves: its shops and traders, not a firm it names ("ordered Zenco to stop selling"). */
const SHELF_KEEPERS = 'shops|stores|retailers|supermarkets|hypermarkets|outlets|merchants|traders|sellers|vendors|businesses|shopkeepers|importers|wholesalers';
/** A state named in a place phrase is no actor: "consumers in Zembla launched a boycott of Qorvia", "shops across Zembla". */
const STATE_IN_PLACE_PHRASE_BEFORE = /(?:^| )(?:in|from|of|at|across|throughout|within|inside|outside|for|by|with) (?:the )?$/;
/** What they are told to do with the goods: take them off the shelves or stop selling them. */
const SHELF_REMOVALS = String.raw`(?:remove|pull|withdraw|clear|strip (?:their |the )?shelves of|stop (?:selling|stocking|carrying|importing|dealing in|(?:the )?sales? of)|cease (?:selling|stocking|carrying|dealing in|(?:the )?sales? of)|halt (?:the )?sales? of)`;
// Helper rvn92 (rivalry in noun phrases and idioms, from stop 92's eighty-fifth fresh sample).
/** A dispute's words before a contest between two firms: "the legal battle between Zenco and Qorva" is no market rivalry. */
const RVN_DISPUTE_BEFORE = /(?:^| )(?:legal|court|courtroom|patent|copyright|trademark|antitrust|lawsuit|contract|licensing|regulatory|proxy|board|boardroom|custody|takeover|pay|wage|labor|labour|war of) $/;
/** … and after it: "the battle between Zenco and Qorva over a patent", "… in court". */
const RVN_DISPUTE_AFTER = /^(?:(?:over|about|for) (?:the |a |an |its |their )?(?:[a-z-]+ )?(?:patent|patents|trademark|trademarks|copyright|copyrights|contract|contracts|lawsuit|licence|license|royalties|control|custody|ownership)|in (?:the )?courts?|at (?:the )?(?:court|tribunal)|(?:is|was|has been) (?:settled|over|resolved))(?= |$)/;
/** Before an act told of a firm: who is helped, let or hired to do it, or another's partner, does not do it as a rival. */
const RVN_NOT_OWN_ACT = /(?:^| )(?:not|never|partner|partners|ally|allies|investor|investors|backer|backers|agency|adviser|advisor|client|clients|customer|customers|supplier|suppliers|distributor|distributors|retailer|retailers|licensee|franchisee|franchisees) $/;
/** … and who is let, helped or paid to take a share of another's market (a deal's share, no rivalry), or another's partner. */
const RVN_HELPED_TO_TAKE = /(?:^| )(?:lets|let|letting|allows|allowed|allowing|enables|enabled|enabling|helps|helped|helping|help|gives|gave|giving|partner|partners|ally|allies|investor|investors|backer|backers|agency|adviser|advisor|client|clients|customer|customers|supplier|suppliers|distributor|distributors|retailer|retailers|licensee|franchisee|franchisees|former|not|never) $/;
/** A subject that is no rival thing when aimed at a firm: a law, a probe, a bid, a campaign. */
const RVN_NOT_RIVAL_SUBJECT = /(?:^| )(?:law|laws|bill|bills|act|rule|rules|measure|measures|sanctions|probe|investigation|lawsuit|suit|campaign|bid|offer|tariff|tariffs|ban|criticism|attack|attacks|ad|ads|advert|adverts|curbs|restrictions|controls|penalties|fines|charges)(?: (?:on|against|over|upon|targeting)(?: the)?)? $/;
const RVN_NOT_RIVAL_HEAD = 'law|laws|bill|act|rule|measure|sanction|sanctions|probe|investigation|inquiry|lawsuit|suit|campaign|bid|offer|tariff|ban|criticism|attack|ad|advert|fund|deal|merger|takeover|move|program|programme|initiative|scheme|service|tool|platform';
/** Users or staff of a firm after its name: a thing aimed at them is aimed at customers ("aimed at Qorva users"). */
const RVN_USER_NOUNS = String.raw`(?:users|customers|owners|buyers|fans|drivers|shoppers|subscribers|developers|employees|staff|workers|members|clients|readers|viewers|players|dealers|suppliers|shareholders|investors|loyalists|devotees)(?= |$)`;
/** An aside after a firm that makes it an investor, a union or a watchdog: "Vexa, an activist investor, declared war on Zenco". */
const RVN_ASIDE_NOT_RIVAL = String.raw`(?:, (?![^,;]*(?:investor|investors|activist|activists|union|unions|shareholder|shareholders|regulator|watchdog|hedge fund|founder|lawmaker|lawmakers|agency|adviser|advisor|partner|client|customer)(?= |,))(?:[^\s,;:.]+ ){1,12}, )?`;
/** Words between a rivalry verb and its rival that name no rival of the subject: a maker's, a partner's, a client's. */
const RVN_NOT_RIVAL_GAP = 'by|from|of|for|with|to|in|on|at|than|and|or|not|made|owned|sold|backed|run|operated|partner|partners|customer|customers|client|clients|supplier|suppliers|former|erstwhile|one-time|products|goods|brands';
/** Nouns for a franchisor's or a grocer's own chains (helper bro92): not "restaurants" or "stores", which a franchisee runs too. */
const CHAIN_NOUNS = 'chains|banners|concepts|restaurant brands|store brands|food brands';
/**
 * Before a chain noun, words for chains another firm owns: "its franchised chains", "its rival chains", "its former banners"; and the
 * chains of its trade, whose members are its suppliers ("Zenco's supply chains include Vexa"; review rr93a).
 */
const CHAIN_MODIFIER = '(?!(?:supply|value|cold|logistics|distribution|production|manufacturing|franchised|licensed|partner|partners|client|clients|customer|customers|rival|rivals|competing|competitor|competitors|other|sister|former|previous|old|sold|divested|third-party|distributed|supplied|tenant|tenants|host|hosted|acquired|target|targeted)(?= ))';
/** Up to three words before a list's opener after a chain noun ("food-court staples such as"), none a preposition or another's role. */
const CHAIN_FILLER = '(?:(?!(?:by|from|of|in|at|with|for|to|run|operated|owned|franchised|franchisees|rivals|competitors|partners|clients|customers|tenants|landlords|suppliers|distributors|retailers|cities|countries|markets|places|such|like|including)(?= ))[a-z&-]+ ){1,3}';
/** Heads of a member's description in a group's brand list: "menswear giant A", "diffusion line B", "label C" (helper brm92). */
const MEMBER_DESCRIPTION_HEADS = 'brand|brands|label|labels|house|houses|line|marque|marques|giant|maker|shoemaker|specialist|designer|jeweller|jeweler';
/** Groups whose members are no brands: an index's firms, a fund's holdings, a board's people (helper brm92). */
const NOT_A_BRAND_GROUP_NAME = /\b(?:index|fund|funds|etf|trust|consortium|coalition|alliance|association|council|board|committee|panel|team|capital|partners)\b/i;
/** Words between "holds"/"manages" and the brand noun that make the brands others' (helper brm92): "holds rights to", "manages clients' brands". */
const NOT_HELD_OWN_WORDS = 'rights|stakes|stake|shares|licence|license|licences|licenses|licensing|clients|client|customers|partner|partners|rival|rivals|competing|other|third-party|licensed|outside|retail|distribution|advertising|marketing|events|talks';
/** A joint venture or an alliance named before "is comprised of": its members are its owners, not its brands (helper brm92). */
const VENTURE_BEFORE = /(?:venture|consortium|partnership|alliance|coalition)[^.]{0,30}$/;
/** Brands managed for another, said after them: "on behalf of Qorva", "for its clients", "under licence" (helper brm92). */
const MANAGED_FOR_ANOTHER_AFTER = /^(?:, )?(?:[^.;]{0,60} )?(?:on behalf of|for (?:its |their )?(?:clients?|customers?|owners?|partners?)|for (?:the )?@\d+(?= |$)|under (?:a )?(?:licen[cs]es?|management|contracts?|agreements?))(?= |$)/;
/** Brands held to account, not held as one's own: "holds brands such as A and B accountable", "held labels A and B to account" (review rr93a). */
const HELD_TO_ACCOUNT_AFTER = /^(?:[^.;]{0,60} )?(?:to account|accountable|responsible|liable|hostage)(?= |$)/;
/** A named thing set off as another's after the kind: "with the Zeta platform, licensed from Qorva" (review rr93a). */
const TAKEN_FROM_ANOTHER_AFTER = /^(?:, )?(?:(?:which|that) (?:it|they) )?(?:(?:is|was) )?(?:licensed|licenced|bought|acquired|borrowed|leased|purchased|sourced|obtained) from(?= |$)/;
/** A holder of others' brands named before "holds"/"manages": an agency, a fund, a distributor or a retailer (helper brm92). */
const OTHERS_BRANDS_HOLDER_BEFORE = /(?:agency|agencies|consultancy|fund|funds|investor|manager|distributor|retailer|licensee|licensing|franchisee|broker|who)[^.]{0,60}$/;

/**
 * Helper riv93 (stop 92 round 3): rivalry told without a core rival verb, spread at the end of RELATION_PATTERNS (a table of its
 * own: more entries in the one literal overflow the type checker's union of their shapes, TS2590).
 */
const RIVALRY_WITHOUT_RIVAL_VERB: readonly RelationPattern[] = [
  // A firm or product held up as a counter or challenger
  // to another ("the Zenco Zeta is seen as a direct counter to the Qorva Vexa"); not a counter to a state, nor to a firm's thing
  // ("a counter to Qorva's influence"), nor a negated or hedged copula (the auxiliaries hold no "not"); no aside after the subject
  // (an agency or a retailer described there would take its place).
  { relation: 'competes_with', id: 'pattern:competes_with:riv93-seen-as-counter-to', template: `X1 (?:is|was|are|were|has been|have been|had been|will be|would be|is being|was being) (?:(?:widely|largely|often|also|now|already|clearly|squarely|being) )*(?:(?:seen|viewed|billed|pitched|touted|teased|positioned|regarded|considered|described|marketed|tipped) as )?(?:a|an) (?:(?:direct|clear|strong|serious|worthy|cheaper|credible|real|natural|obvious|budget) ){0,2}T(counter|challenger) to (?:the )?(?:@\\d+ 's )?Y1 (?!'s |(?:and|or|,) @|(?:regulator|regulators|government|authorities|authority|agency|watchdog|ministry|court|courts|union|unions)(?= ))`, notPrecededBy: RVN_NOT_OWN_ACT, targetNotType: 'government', requires: ['to'] },
  // "Zenco is going after the Qorva 7": a firm or product chasing a named PRODUCT. Only a product: going after a firm is as often a
  // lawsuit or a takeover; no state or regulator as the chaser; not "in court" or with a suit after it, nor its users ("went after
  // Qorva's Zeta users" wins customers: presses-rivals-ground pairs the firms).
  { relation: 'competes_with', id: 'pattern:competes_with:riv93-going-after-product', template: `X1 AUX (?:(?:now|also|directly|squarely|clearly|aggressively|openly|firmly|head-on) )*T(going after|goes after|went after|gone after|go after) (?:the )?(?:@\\d+ 's )?Y1 (?!'s |(?:and|or|,) @|in court|over |for (?:damages|infring)|with (?:a |its |their )?(?:lawsuit|suit|complaint|claim)|${RVN_USER_NOUNS})`, notPrecededBy: RVN_NOT_OWN_ACT, targetType: 'product', requires: ['after'] },
  // "the alliance formed by Zenco, Lumo and other Qorva rivals": every listed firm is, like the others, a rival of the one named
  // before "rivals". Not "other Qorva partners" or "other former Qorva rivals".
  { relation: 'competes_with', id: 'pattern:competes_with:riv93-and-other-named-rivals', template: `X (?:, )?(?:and|as well as) (?:(?:several|many|some|a few|two|three|four) )?other (?:the )?Y1 T(rivals|competitors)`, notFollowedBy: /^(?:'s|')(?= |$)/, targetNotType: 'government', requires: ['other'] },
  // "a showdown from the top two makers – Zenco and Qorva", "a face-off between Zenco and Qorva": a contest with the two named after
  // its head. Not a legal or boardroom showdown, not one with a state or regulator.
  { relation: 'competes_with', id: 'pattern:competes_with:riv93-showdown-of-two', template: `T(showdown|face-off|faceoff|head-to-head) (?:between|from|of|featuring) (?:the )?(?:(?:top|two|biggest|leading|rival|big|largest|main) ){0,3}(?:(?:smartphone|phone|tech|car|tv|television|chip|retail|airline) )?(?:(?:makers|brands|rivals|firms|companies|giants|players|manufacturers|chains|carriers|broadcasters|networks|operators|vendors) )?(?:– |— |- |: |, )?X1 (?:and|&|vs|vs\\.|versus) (?:the )?Y1 (?!'s |(?:and|or|,) @|(?:regulator|regulators|government|authorities|authority|agency|watchdog|ministry|court|courts|union|unions)(?= ))`, notPrecededBy: /(?:^| )(?:legal|court|courtroom|patent|boardroom|proxy|regulatory|antitrust|union|labor|labour|contract|pay) $/, targetNotType: 'government', requires: ['between|from|of|featuring'] },
  // "Zenco announced the acquisition of Qorva, a smaller competitor": the bought firm set as a rival in apposition. Not a former or
  // would-be rival, nor "a competitor of Lumo" (a third firm's rival: a stop must follow the head).
  { relation: 'competes_with', id: 'pattern:competes_with:riv93-acquisition-of-apposed-rival', template: `X1 AUX (?:(?:has|have|had) )?T(announced|announces|announce|announcing|completed|completes|complete|completing|closed|closes|close|confirmed|confirms|confirm|finalised|finalized|finalises|finalizes|sealed|seals|unveiled|unveils|agreed|agrees) (?:to )?(?:the |its |their |a |an )?(?:(?:planned|proposed|pending|\\$?[0-9.,]+|billion|million|[a-z]+-dollar) ){0,3}(?:acquisition|purchase|takeover|buyout) of (?:the )?Y1 , (?:a|an|its|their|the) (?:(?!(?:${PAST_RIVAL_WORDS}|ex-|of|to|for|and|or)(?= ))[a-z-]+ ){0,2}(?:competitor|rival)(?= [,.;)]| ?$)`, notPrecededBy: RVN_NOT_OWN_ACT, targetNotType: 'government', requires: [','] },
  // "Zenvision entered the market, taking on broadcasters such as Qorva TV and Lumo TV": the entrant takes on each listed incumbent.
  // Only a market entry made (no plan: "will enter") and a list of the same trade (broadcasters, carriers ...): a partner
  // "taking on" work or clients is no rival, nor is a firm described in an aside after the entrant.
  { relation: 'competes_with', id: 'pattern:competes_with:riv93-entered-taking-on-such-as', template: `X1 (?:(?:has|have|had|now|also|recently|quietly|first|finally) )*(?:entered|enters|entering|launched|launches|launch|launching|arrived|arrives|debuted|debuts|broke into|breaks into|burst onto|bursts onto) (?:(?:the|a|an|its|ruritania's) )?(?:[a-z0-9-]+ ){0,4}(?:market|scene|fray|sector|industry|business|arena|space)(?: in (?:(?:the )?@\\d+|[a-z-]+))? (?:, )?(?:directly |squarely |head-on )?T(taking on|challenging|going up against|going head-to-head with) (?:(?:the|established|incumbent|big|major|existing|rival|local|national|other|leading|larger|bigger|free-to-air|pay-tv|commercial|public) ){0,3}(?:broadcasters|carriers|retailers|chains|airlines|banks|makers|brands|networks|operators|incumbents|rivals|competitors|giants|players|channels|stations|manufacturers|vendors|providers|platforms|services|insurers|lenders|grocers) (?:such as|like|including) (?:the )?Y`, targetNotType: 'government', requires: ['such|like|including'] },
];

/**
 * Import bans told as a noun, in the passive, as a permission withheld or through a list of plants (helper san93, stop 92's round 3).
 * A table of their own, spread at the end of RELATION_PATTERNS: one more literal in that table's array made its type too complex
 * for tsc (TS2590).
 */
const NOMINAL_AND_PLANT_IMPORT_BANS: readonly RelationPattern[] = [
  // Helper san93 (stop 92, round 3): a state's import ban as a noun with its possessor, or in the passive, bans the goods' state as
  // the verb does ("Ruritania's ban on imports of coal from Zembla", "Ruritania's ban on Zemblan beef", "imports of coal from Zembla
  // were banned by Ruritania"). Not a ban proposed, lifted, called for or fought ("lifted Ruritania's ban on …", "Ruritania's
  // proposed ban"), nor one said later undone.
  { relation: 'banned', id: 'pattern:banned:states-ban-on-imports-from-state', template: `X1 's (?:${POSSESSED_BAN_MODIFIERS} ){0,2}T(ban|bans|halt|suspension|moratorium|prohibition|embargo) on (?:the |all )?(?:imports|import|importation|shipments) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?(?:from|originating (?:in|from)) Y`, stateActor: true, targetType: 'government', notPrecededBy: POSSESSED_BAN_UNDONE_BEFORE, notFollowedBy: LATER_UNDONE, requires: ['from'] },
  { relation: 'banned', id: 'pattern:banned:states-ban-on-state-goods', template: `X1 's (?:${POSSESSED_BAN_MODIFIERS} ){0,2}T(ban|bans|halt|suspension|moratorium|prohibition|embargo) on (?:(?:the )?(?:imports|import|importation) of )?(?:all )?Y1 (?=${STATE_GOODS_WORD})`, stateActor: true, targetType: 'government', notPrecededBy: POSSESSED_BAN_UNDONE_BEFORE, notFollowedBy: /^(?:[a-z-]+ ){0,3}(?:(?:was|were|has been|have been|had been|is|are) (?:since |later |then |now |been )*(?:lifted|eased|removed|dropped|scrapped|revoked|rescinded|overturned|struck down|withdrawn)|(?:for|from|by) (?:the |its )?(?:firm|company|group|maker|producer|exporter)s?\b)/, requires: ['on'] },
  // A state that does not let in goods from a firm's plants bans the firm, as a suspension of imports from them does ("Ruritania does
  // not allow chicken processed in three of Zenco's plants", "does not accept beef from Zenco plants"); and a halt of imports from
  // plants in a place "including seven owned by Zenco" or ", two operated by Zenco". Not a firm's rule, nor a permission given ("now allows chicken from").
  { relation: 'banned', id: 'pattern:banned:does-not-allow-goods-from-firms-plants', template: `X P (?:currently |still |now )?(?:does|do|did) T(not allow|not permit|not accept|not currently allow|not currently permit|not currently accept) (?:imports of )?(?:(?!(?:from|in|at|by|to|of)\\b)[a-z-]+ ){1,3}(?:(?:processed|produced|slaughtered|packed|packaged|made|raised) )?(?:in|at|from|by) (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|some|several|any|all|most) of )?(?:the )?Y1 (?:'s )?(?:[a-z-]+ )?(?:${FIRM_PLANTS})(?= |$)`, stateActor: true, notFollowedBy: /^ (?:until|unless|before|without|except|if)\b/, requires: ['not'] },
  { relation: 'banned', id: 'pattern:banned:halted-imports-from-plants-including-firms', template: `X P AUX T(halted|halts|halt|suspended|suspends|suspend|banned|bans|ban|blocked|blocks|block|stopped|stops|stop) (?:the )?(?:(?!(?:of|from|on|its|their)\\b)[a-z-]+ ){0,2}(?:imports|import|shipments) (?:of (?:[a-z-]+ ){1,3})?from (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|dozens of) (?:[a-z-]+ ){0,2}(?:${FIRM_PLANTS}) (?:in (?:the )?@\\d+ )?, (?:including (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|some|several) )?|(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) )(?:of them )?(?:owned|operated|run) by (?:(?:the )?(?:meatpacker|meatpackers|processor|processors|producer|producers|firm|company|group|rival) )?Y`, verb: true, stateActor: true, notFollowedBy: LATER_UNDONE, requires: ['by'] },
  // "…, two operated by Zenco and two by rival Qorva": the second owner, its count and "by" only.
  { relation: 'banned', id: 'pattern:banned:halted-imports-from-plants-second-owner', template: `X P AUX T(halted|halts|halt|suspended|suspends|suspend|banned|bans|ban|blocked|blocks|block|stopped|stops|stop) (?:the )?(?:(?!(?:of|from|on|its|their)\\b)[a-z-]+ ){0,2}(?:imports|import|shipments) (?:of (?:[a-z-]+ ){1,3})?from (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|dozens of) (?:[a-z-]+ ){0,2}(?:${FIRM_PLANTS}) (?:in (?:the )?@\\d+ )?, (?:including (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|some|several) )?|(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) )(?:of them )?(?:owned|operated|run) by (?:(?:the )?(?:meatpacker|meatpackers|processor|processors|producer|producers|firm|company|group|rival) )?@\\d+ (?:, )?and (?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) (?:by|to) (?:(?:the )?(?:meatpacker|processor|producer|firm|company|group|rival) )?Y1`, verb: true, stateActor: true, notFollowedBy: LATER_UNDONE, requires: ['by'] },
  // "has banned Zemblan imports", "halted all Zembla imports": a bare "imports" right after the state (its demonym read so by
  // government-mentions.ts only after a halt's verb); "banned Zemblan beef imports" is banned-state-goods-imports.
  { relation: 'banned', id: 'pattern:banned:banned-state-imports-bare', template: `X P AUX T(halted|halts|halt|suspended|suspends|suspend|banned|bans|ban|blocked|blocks|block) (?:all |some |certain )?Y1 imports(?= |$)`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: /^ of (?:[a-z-]+ )?(?:workers|labour|labor|people|nationals|citizens|students|tourists|staff)\b/, requires: ['imports'] },
  { relation: 'banned', id: 'pattern:banned:state-goods-imports-banned-by-state', template: `(?:imports|import|importation|shipments) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?from Y (?:have|has|had|were|was|are|is) (?:been |being )?(?:temporarily |officially |formally |also )?T(banned|suspended|halted|blocked|prohibited|barred) by X1`, stateActor: true, targetType: 'government', notPrecededBy: /(?:^| )(?:if|unless|whether|until|not|never)(?: [a-z-]+){0,3} $/, notFollowedBy: LATER_UNDONE, requires: ['by'] },

];

/** Words that may describe a merger's parties before the first is named: "private hospital groups", "rival chains" (not a word that
 * opens another clause or another owner: "two hospitals owned by Zenco"). */
const MRG93_PARTY_KIND = '(?:(?!(?:by|of|from|with|and|or|to|for|in|on|at|owned|run|operated|including|like|such|between|whose|which|that)(?= ))[a-z-]+ ){0,3}';
/** A deal a court holds up, after the buyer's name: "its open offer for", "the takeover of". */
const MRG93_HELD_DEAL = `(?:${DEAL_DESCRIBING} ){0,3}(?:open offer|tender offer|offer|takeover|acquisition|merger|bid|purchase|buyout|deal)(?= |$)`;
/** A suit, a complaint or a bid "to block" a deal; the actor files, authorises or grants it (an act, not a wish: "wants to block" is no suit). */
const MRG93_SUIT_TO_BLOCK = `(?:(?!(?:not|never|may|might|could|would|should|wants|plans|will)(?= ))(?:[a-z-]+|@\\d+ 's) ){0,6}?(?:complaint|suit|lawsuit|case|motion|request|bid|petition|application) to (?:block|stop|halt|prevent|enjoin|unwind)`;

// Stop 93 (helper mrg93, set 87's hospital reader): competition tribunals and courts stopping a merger, an acquisition or an offer.
// A blocked or prohibited merger restricts both parties, a blocked acquisition or offer its buyer; nothing here is a ban.
/** Before a body told to stop a deal, words that only wish or advise it: "recommended that the Tribunal prohibit the merger of …". */
const MRG93_WISHED_BEFORE = /(?:^| )(?:recommend|recommends|recommended|recommending|urge|urges|urged|urging|ask|asks|asked|asking|propose|proposes|proposed|proposing|want|wants|wanted|advise|advises|advised|advising|request|requests|requested|requesting|calls on|called on|petitioned|if|unless|whether) (?:that )?$/;
const MRG93_STOPPED_DEALS: readonly RelationPattern[] = [
  // "has blocked the merger between private hospital groups Zenco and Qorva": the parties' kind before the first name.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-stopped-merger-of-kind-parties', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the |a )?(?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,3}(?:merger|mergers|combination|tie-up|(?:deal|transaction)(?= between )) (?:of|between) (?:the )?(?:two )?${MRG93_PARTY_KIND}Y`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['of|between'] },
  // "The proposed merger between Zenco and Qorva, six years in the making, has been blocked, this time by the Constitutional Court":
  // words set off by commas between the parties and the verb, or between the verb and its "by".
  { relation: 'restricts', id: 'pattern:restricts:mrg93-merger-stopped-by-after-aside', template: `(?:merger|combination|tie-up|(?:deal|transaction)(?= between )) (?:of|between) (?:the )?Y (?:, (?:[^,;.@]+ ){1,8}, )?(?:was|were|has been|have been|had been) (?:[a-z]+ly )?T(${MERGER_STOPPED}) (?:, )?(?:(?:this time|now|again|finally|ultimately|eventually|instead) (?:, )?)?by (?:the )?(?:[a-z-]+ ){0,2}X1`, requires: ['by'], stateActor: true },
  // "filed a complaint and authorized a suit to block Zenco's proposed acquisition of Qorva", "granted the Commission's bid to block
  // Zenco's purchase": a suit filed or a bid granted is an act against the buyer's deal.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-suit-to-block-buyers-deal', template: `X P AUX T(filed|files|file|authori[sz]ed|authori[sz]es|authori[sz]e|approved|approves|approve|brought|brings|bring|launched|launches|launch|granted|grants|grant|upheld|upholds|uphold) ${MRG93_SUIT_TO_BLOCK} (?:the )?Y1 's ${BUYERS_DEAL}`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['to'], notFollowedBy: NO_DEAL_STOPPED },
  // "approved a complaint to stop the proposed merger of Zenco and Qorva", "sued to block the merger of Zenco and Qorva": both parties.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-suit-to-block-merger-of', template: `X P AUX T(filed|files|file|authori[sz]ed|authori[sz]es|authori[sz]e|approved|approves|approve|brought|brings|bring|launched|launches|launch|granted|grants|grant|upheld|upholds|uphold) ${MRG93_SUIT_TO_BLOCK} (?:the |a )?(?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|mergers|combination|tie-up|(?:deal|transaction)(?= between )) (?:of|between) (?:the )?(?:two )?${MRG93_PARTY_KIND}Y`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['to'] },
  { relation: 'restricts', id: 'pattern:restricts:mrg93-sued-to-block-merger-of', template: `X P AUX T(sued|sues|sue) to (?:block|stop|halt|pause|prevent|enjoin|unwind) (?:the |a )?(?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|mergers|combination|tie-up|(?:deal|transaction)(?= between )) (?:of|between) (?:the )?(?:two )?${MRG93_PARTY_KIND}Y`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['to'] },
  // "the court granted the Commission's bid to block the planned merger of Zenco and Qorva": a court granting it, the body's bid is done.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-granted-bodys-bid-to-block-merger', template: `(?:granted|grants|grant|upheld|upholds|uphold|allowed|allows) (?:the )?X1 's T(bid|request|motion|petition|suit|lawsuit|complaint|application) to (?:block|stop|halt|pause|prevent|enjoin|unwind) (?:the |a )?(?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|mergers|combination|tie-up|(?:deal|transaction)(?= between )) (?:of|between) (?:the )?(?:two )?${MRG93_PARTY_KIND}Y`, stateActor: true, requires: ['to'], indexBy: ['bid', 'request', 'motion', 'petition', 'suit', 'lawsuit', 'complaint', 'application'] },
  // "sued to block Zenco's acquisition of Qorva": the buyer.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-sued-to-block-buyers-deal', template: `X P AUX T(sued|sues|sue) to (?:block|stop|halt|pause|prevent|enjoin|unwind) (?:the )?Y1 's ${BUYERS_DEAL}`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['to'], notFollowedBy: NO_DEAL_STOPPED },
  // "prohibited the group's proposed merger with Qorva", "the private hospital group's …": the partner named, the owner only by its kind.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-stopped-kinds-merger-with', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}the (?:[a-z-]+ ){0,2}(?:group|company|firm|operator|chain|insurer|bank|carrier) 's (?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up) with (?:the )?Y1`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['with'] },
  // "restrained Zenco from going ahead with its open offer for Qorva", "enjoined Zenco from completing the acquisition": a court
  // holding up a buyer's deal restricts the buyer; it bans nothing. Also told of an order: "its order that restrained Zenco from …".
  { relation: 'restricts', id: 'pattern:restricts:mrg93-restrained-from-deal', template: `X P AUX (?:(?:[a-z-]+ ){0,4}(?:its |an |the |a )?(?:[a-z-]+ )?(?:order|injunction|ruling) (?:that|which) )?T(restrained|restrains|restrain|enjoined|enjoins|enjoin|barred|bars|bar|prevented|prevents|prevent|stopped|stops|stop) (?:the )?Y1 from (?:(?:going|pressing|moving|pushing) ahead with|proceeding with|going forward with|completing|closing|pursuing|making|consummating) (?:its |the |their |a |an )?${MRG93_HELD_DEAL}`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['from'] },
  // "the Supreme Court stayed the sale of Qorva to Zenco": the buyer.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-stayed-sale-to-buyer', template: `X P AUX T(stayed|stays|stay) (?:the )?(?:planned |proposed |pending )?(?:sale|transfer) of (?:the )?(?:[a-z-]+ ){0,2}@\\d+ to (?:the )?(?:[a-z-]+ ){0,2}Y1`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, targetNotType: 'government', requires: ['of', 'to'] },
  // "stayed Zenco's open offer for Qorva", "refused to lift the stay on Zenco's open offer": a stay held on the buyer's deal.
  { relation: 'restricts', id: 'pattern:restricts:mrg93-stayed-buyers-deal', template: `X P AUX T(stayed|stays|stay) (?:the )?Y1 's ${MRG93_HELD_DEAL}`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ["'s"], notFollowedBy: NO_DEAL_STOPPED },
  { relation: 'restricts', id: 'pattern:restricts:mrg93-kept-stay-on-buyers-deal', template: `X P AUX (?:refused to lift|refuses to lift|declined to lift|declines to lift|did not lift|upheld|upholds|extended|extends|ordered (?:the )?continuation of|orders (?:the )?continuation of|maintained|maintains|granted|grants|imposed|imposes|ordered|orders|issued|issues) (?:a |an |the |its )?(?:interim |temporary |earlier )?T(stay|injunction) (?:on|against) (?:the )?Y1 (?:'s ${MRG93_HELD_DEAL}|(?:open offer|tender offer|offer|takeover|acquisition|merger|buyout)(?= |$))`, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, indexBy: ['stay', 'injunction'] },
  // "The Mumbai city government cancelled the licence of Zenco Hospitals": a city's body written in small letters stays out of the
  // city's mention (city-governments.ts), so the body's words stand between the city and its verb; the city bans the holder.
  { relation: 'banned', id: 'pattern:banned:mrg93-city-body-undid-licence-of', template: `X1 (?:city|municipal|metropolitan|district) (?:government|council|corporation|authorities|administration) AUX T(${LICENCE_VERBS}|${NOT_RENEWED}) (?:the |its |their )?${LICENCE_KIND}(?:${LICENCES}) (?:of|for|held by) (?:the )?(?:[a-z-]+ )?Y`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, notFollowedBy: new RegExp(`^'s |${LOSS_NOT_A_BAN_AFTER.source}`), indexBy: LICENCE_WORDS },
];

/**
 * Kinds of a state's authority that make an action under it a designation: "its counterterrorism authority", "sanctions authorities".
 * A bare "authority" is any regulator's power ("under its authority to police deceptive advertising", re-read rr93).
 */
const SANCTIONS_AUTHORITY_KINDS = '(?:counterterrorism|counter-terrorism|terrorism|sanctions|designation|blocking|nonproliferation|non-proliferation|proliferation|cyber|cyber-related|narcotics|kingpin|magnitsky|global magnitsky|human rights|anti-corruption|corruption|emergency|ieepa)';
/**
 * Sanctions told without a plain "X sanctioned Y" (helper snm93, stop 93, from set 87's banks and timber readers). A table of its
 * own, spread at the end of RELATION_PATTERNS (TS2590, see NOMINAL_AND_PLANT_IMPORT_BANS).
 */
const SANCTIONS_WITHOUT_PLAIN_CLAUSE: readonly RelationPattern[] = [
  // "The Treasury took action against Zenco Bank and Qorva Ltd under its counterterrorism authority", "… pursuant to E.O. 13224": a
  // state body's action under a sanctions authority is a designation. Only with that authority's kind named: a regulator's "took action
  // against Zenco" for misleading ads, a firm's "legal action against" or "took action against counterfeiters" are no sanctions.
  { relation: 'restricts', id: 'pattern:restricts:snm93-took-action-under-authority', template: `X P AUX (?:today |also |separately )?T(took action|takes action|take action|taking action|taken action) against Y (?:, )?(?:(?!(?:not|no|if|unless)\\b)[a-z0-9-]+ ){0,4}(?:under|pursuant to) (?:its |the |their |@\\d+ 's )?(?:[a-z0-9.-]+ ){0,3}(?:${SANCTIONS_AUTHORITY_KINDS} (?:authority|authorities)|sanctions (?:program|programme|regime|regulations)|executive order|e\\.o\\.)(?= |$)`, verb: true, stateActor: true, requires: ['against', 'under|pursuant'] },
  // "The EU adopted its fifth round of sanctions over Zembla's invasion of Osterland", "imposed new sanctions over Zembla's war in
  // Osterland": sanctions over a state's act of war fall on that state. Not sanctions laid on another first ("sanctions on Borduria
  // over Zembla's invasion": the target is Borduria), nor sanctions only weighed, called for or lifted (AUX and the verbs kept here).
  { relation: 'restricts', id: 'pattern:restricts:snm93-sanctions-over-states-war', template: `X P AUX T(adopted|adopts|adopt|imposed|imposes|impose|announced|announces|unveiled|unveils|approved|approves|introduced|introduces|slapped|slaps|agreed|agrees) (?:on )?(?:its |their |the |a |an |new |fresh |further |more |additional |sweeping |tough |[a-z]+th |first |second |third |latest )*(?:(?:round|package|tranche|set|wave|raft|batch) of )?(?:new |fresh |further |more |additional |economic |financial |trade |targeted |personal |sectoral |sweeping |tough )*(?:sanctions|penalties|restrictive measures) (?:(?!(?:possible|potential|proposed|planned|threatened)\\b)[a-z0-9-]+ ){0,2}over Y1 's (?:[a-z-]+ )?(?:invasion|annexation|war|aggression|attack|attacks|occupation|incursion|offensive)(?= |$)`, verb: true, stateActor: true, targetType: 'government', requires: ['over'] },
];

/**
 * Helper dvp93, from stop 92's fresh sample s87a: a possessive before a thing described by plain adjectives the shape test misses
 * ("strong", "weak", "odd"), coordinated by "but" or "yet" too: "its acoustically strong but intellectually weak Zorb", "Zenco's
 * cheap yet sturdy Zorb". At least one such word; the rest as the general possessive reads them. Not a rival ("its strong rival Qorva"
 * has no made thing after the words), nor a customer, a deal, a market or a unit after the name (DVP93_TIES_NEXT). Only words of a
 * thing's quality: sizes and lengths ("its big Qorva bet", "its long Qorva saga") describe ties as often.
 */
const DVP93_PLAIN_ADJECTIVES = 'strong|weak|odd|tiny|slim|thin|thick|sleek|bold|quiet|loud|bright|clever|dumb|simple|plain|pretty|ugly|sturdy|cute|neat|sharp|smooth|solid|humble|round|square|flat|soft|rugged';
const DVP93_DESCRIBER = `(?:(?:${DEGREE_ADVERB} )?(?:${DVP93_PLAIN_ADJECTIVES}|${MODIFIERS}|${ADJECTIVE_SHAPE}|[a-z]+(?:-[a-z]+){1,2}) )`;
/** Nouns after the name that make it a partner, a client, a rival, a market or a dispute of the owner's: "its big Qorva customer". */
const DVP93_TIES_NEXT = new RegExp(`${NOT_MADE_NEXT.source}|^(?:rivalry|rivalries|rival|rivals|competitor|competitors|customer|customers|client|clients|order|orders|ties|relationship|relations|alliance|supplier|suppliers|partner|partners|investor|investors|backer|backers|owner|owners|parent|talks|dispute|row|feud|battle|fight|market|markets|sales|loan|loans|debt|bonds?|lawsuit|case|probe|fine|exposure|business|operation|venture|joint|presence|position|footprint|growth|performance|results|earnings|revenue|revenues|profit|profits|demand|share|bet|push|saga|record|ratings?|showing|quarter|year) `);
/** For speed only: what every match of dvp93-possessive-plain-adjectives spells, a plain adjective after a possessor and before a mention (sentenceHolds). */
const DVP93_PLAIN_AFTER_OWNER = new RegExp(`(?:'s |its@\\d+ )(?:\\S+ )*?(?:${DVP93_PLAIN_ADJECTIVES}) (?:[^ @]+ ){0,10}@`);
const DVP93_PATTERNS: readonly RelationPattern[] = [
  // "snapped up Zorb speakers from rival Zenco", "the Zorb phone from its arch-rival Zenco": a named thing of a made kind from a firm
  // called a rival is that firm's, as "from <maker noun> X" is (the nearby develops pattern); not a thing bought, won or licensed
  // from it (NOT_MADE_FROM_OR_ORDER_WON_BEFORE), nor the rival's own thing named after it ("from rival Zenco's …").
  { relation: 'develops', id: 'pattern:develops:dvp93-thing-from-rival', template: `Y1 (?<k>[a-z][a-z0-9-]*) from (?:its |their |the |a )?(?:(?:${FROM_RIVAL_DESCRIBING})[ -])?T(rival|competitor) X1 (?!'s )`, notPrecededBy: NOT_MADE_FROM_OR_ORDER_WON_BEFORE, kindNoun: true, indexBy: MADE_KIND_WORDS, requires: ['from'] },
  { relation: 'develops', id: 'pattern:develops:dvp93-possessive-plain-adjectives', template: `POSS (?:${DVP93_DESCRIBER}(?:and |but |yet |, )?){0,3}(?:${DEGREE_ADVERB} )?(?:${DVP93_PLAIN_ADJECTIVES}) (?:(?:and |but |yet |, )${DVP93_DESCRIBER}){0,3}Y1 `, notFollowedBy: DVP93_TIES_NEXT, sentenceHolds: DVP93_PLAIN_AFTER_OWNER },
];

// Helper brd93 (stop 93), from set 87's timber, palm-oil and books readers: brands and imprints a firm owns, told through "sold under",
// a copula, "imprint" or "as its flagship brand". Roles that hold others' brands (a retailer's, a distributor's, a licensee's, a
// rival's, a partner's) and negated, planned or past forms state no owner.
/** Words before goods or a brand that make them another's or no one's own: "its partners' products", "its rival brand", "its former imprint". */
const BRD93_NOT_OWN = '(?:rival|rivals|competitor|competitors|competing|partner|partners|sister|former|ex|licensed|licenced|third-party|retail|client|clients|customer|customers|distributor|distributors|stockist|stockists|dealer|dealers|supplier|suppliers|favourite|favorite|fellow|planned|proposed|future)';
const BRD93_DESCRIBING = `(?:(?!${BRD93_NOT_OWN} )[a-z0-9-]+ ){0,3}`;
/** Goods a possessor sells under brands: "its products", "Zenco's paper goods", "its oils". */
const BRD93_GOODS = '(?:products|goods|wares|items|offerings|lines|ranges|oils|foods|tissues|papers|drinks|beverages|snacks|cosmetics|clothes|books|titles)';
/** After brands named, words that make them another's or the trade another's: "… owned by Qorva", "… under licence", "… for clients". */
const BRD93_OTHERS_AFTER = /^\s*(?:, )?(?:(?:which|that) (?:are|were|is|was) )?(?:(?:owned|made|licensed|licenced|held|developed|created|supplied|produced) by|of (?:the )?@\d+|under licen[cs]e|licen[cs]ed from|on behalf of|for (?:its |their )?(?:clients?|customers?|partners?|retailers?))/;
/** After a brand, an imprint or a role noun, a noun that makes it a role rather than the thing: "its flagship brand partner is Qorva". */
const BRD93_ROLE_AFTER = /^\s*(?:partner|partners|ambassador|ambassadors|licensee|licensees|licensor|owner|owners|manager|managers|agency|agencies|distributor|distributors|client|clients|sponsor|sponsors|director|directors|head|editor|editors|rival|rivals)\b/;
/** After an imprint named, a sale or a closing that ends the possessor's ownership: "Zenco's imprint Qorva Crime was sold to Plaxa". */
const BRD93_IMPRINT_GONE_AFTER = /^\s*,?\s*(?:(?:which|that) )?(?:was|were|has been|have been|had been|is being|will be|would be) (?:later |since |recently |now )?(?:sold|acquired|bought|divested|spun off|closed|shut|shut down|merged|folded|transferred)(?= |$)/;
/** Before an imprint named with its owner, a buyer's or a closer's verb: "Plaxa bought Qorva Crime, Zenco's mystery imprint" (a sale, not an owner's imprint now). */
const BRD93_IMPRINT_TAKEN_BEFORE = /(?:^| )(?:bought|buy|buys|buying|acquired|acquire|acquires|acquiring|purchased|purchase|purchases|sold|sell|sells|selling|took over|take over|takes over|closed|close|closes|closing|shut|shuts|shutting|divested|divest|divests|spun off|spin off) (?:the |a |an )?(?:[a-z-]+ )?$/;
/** Before a firm named with its flagship brand, words that make it a member of a list or another's party: "a venture between Qorva and Zenco, with …". */
const BRD93_NOT_SUBJECT_BEFORE = /(?:^| )(?:between|of|and|&|by|from|with|to|for|than|like|including|as|versus|vs|or|rival|partner|distributor|retailer|licensee|client|customer)(?: ,)? $/;

/** A word of a description set off after a firm, not a seller's, an agent's or a partner's noun, nor a relative clause's: "a leading oil maker". */
const BRD93_DESCRIPTION_WORD = String.raw`(?!(?:which|that|who|whose|distributor|distributors|retailer|retailers|reseller|resellers|stockist|stockists|licensee|licensees|agency|agencies|partner|partners|importer|importers|dealer|dealers|chain|chains|rival|rivals|client|clients|customer|customers|investor|investors|shareholder|shareholders|owner|owners|parent|parents|franchisee|franchisees|not|no|never)(?= ))[a-z-]+ `;

const BRAND_OWNERSHIP_PHRASES: readonly RelationPattern[] = [
  // "Its products are sold under brands like Qorva, Vexa and Plix", "Zenco's paper goods are marketed under the brand names A and B":
  // the possessor's goods traded under brands make the brands its own (set 87's timber reader). Present or past only: "will be sold"
  // is a plan, "are not sold" a denial, and "sold under licence" or "brands owned by Qorva" are another's.
  { relation: 'develops', id: 'pattern:develops:brd93-possessed-goods-sold-under-brands', template: `POSS ${BRD93_DESCRIBING}${BRD93_GOODS} (?:are|were) (?:also |mainly |mostly |largely |primarily |chiefly |now |currently |typically |usually )?(?:sold|marketed|branded|offered|retailed) T(under) (?:such |the |its |their )?(?:brands|brand names|labels|trade names|names|marques|trademarks) (?:such as |like |including |of |as )?(?:the )?(?![^.;:]*? (?:of|from|by) (?:the )?@\\d+)Y(?=[,.;:]|$)`, notFollowedBy: BRD93_OTHERS_AFTER, sourceNotNamed: NOT_MAKER_NAME_ENDS, targetNotType: 'company', notAnAddress: true, requires: ['under'] },
  // "Its products are sold under the Qorva, Vexa and Plix brands": the names before the brands' noun.
  { relation: 'develops', id: 'pattern:develops:brd93-possessed-goods-sold-under-the-brands', template: `POSS ${BRD93_DESCRIBING}${BRD93_GOODS} (?:are|were) (?:also |mainly |mostly |largely |primarily |chiefly |now |currently |typically |usually )?(?:sold|marketed|branded|offered|retailed) T(under) (?:the |its |their )?Y (?:brands|brand|labels|label|names|name|marques|marque)(?=[ ,.;:]|$)`, notFollowedBy: BRD93_OTHERS_AFTER, sourceNotNamed: NOT_MAKER_NAME_ENDS, targetNotType: 'company', notAnAddress: true, requires: ['under'] },
  // "Its biggest brand is Qorva", "Zenco's best-known label remains Vexa": a possessor's brand named after a copula (set 87's timber
  // reader). Not negated ("is not"), not a role ("its biggest brand partner is"), not another's thing ("is Qorva's Vexa").
  { relation: 'develops', id: 'pattern:develops:brd93-possessed-brand-is', template: `POSS ${BRD93_DESCRIBING}T(brand|label|marque|imprint) (?:is|was|remains|remained) (?:still |now )?(?:the )?Y1(?=[ ,.;:]|$)`, notFollowedBy: /^\s*(?:'s|,? (?:which|that) (?:it|they) (?:licen[cs]es|distributes|stocks|sells for|sold to))(?= |$)/, notAnAddress: true, requires: ['is|was|remains|remained'] },
  // Imprints (set 87's books reader): "Zenco's imprint Qorva Press", "its imprints Qorva and Vexa".
  { relation: 'develops', id: 'pattern:develops:brd93-possessed-imprint-named', template: `POSS ${BRD93_DESCRIBING}T(imprint|imprints|publishing imprint|publishing imprints) (?:, )?(?:the )?Y(?!'s)`, notFollowedBy: new RegExp(`^\\s*'s |${BRD93_IMPRINT_GONE_AFTER.source.slice(1)}`), notPrecededBy: BRD93_IMPRINT_TAKEN_BEFORE, requires: ['imprint|imprints'] },
  // "Qorva Press, Zenco's mystery imprint,": an imprint apposed to its name.
  { relation: 'develops', id: 'pattern:develops:brd93-imprint-apposed-to-possessor', template: `Y1 , (?:a |an |the |one of )?POSS ${BRD93_DESCRIBING}T(imprint|imprints|publishing imprint|publishing imprints)(?=[ ,.;:)]|$)`, notFollowedBy: BRD93_ROLE_AFTER, notPrecededBy: BRD93_IMPRINT_TAKEN_BEFORE, requires: [','] },
  // "the company's Qorva imprint signed …": the name before the noun.
  { relation: 'develops', id: 'pattern:develops:brd93-possessed-named-imprint', template: `POSS ${BRD93_DESCRIBING}Y1 T(imprint|imprints)(?=[ ,.;:)]|$)`, notFollowedBy: BRD93_ROLE_AFTER, notPrecededBy: BRD93_IMPRINT_TAKEN_BEFORE, requires: ['imprint|imprints'] },
  // "Qorva Press, an imprint of Zenco", "Vexa Books, a children's imprint owned by Zenco".
  { relation: 'develops', id: 'pattern:develops:brd93-imprint-of-firm', template: `Y1 , (?:the |a |an )?${BRD93_DESCRIBING}T(imprint|publishing imprint) (?:of|owned by|belonging to|run by) (?:the )?X1 (?!'s )`, notFollowedBy: /^\s*(?:'s |,?\s*(?:until|before|till|through|which (?:was|were) (?:sold|acquired|bought))(?= |$))/, requires: [','] },
  // "Zenco is a leading oil maker, with Qorva Oil as its flagship brand", "Zenco, with Qorva as flagship brand, …" (set 87's palm-oil
  // reader): the subject's, never a joint venture's parent or another firm named in between ("a venture between Vexo and Plaxa, with
  // …" binds to no parent), nor a seller's or a partner's ("Zenco, a distributor, with …").
  { relation: 'develops', id: 'pattern:develops:brd93-with-as-flagship-brand', template: `X1 (?:(?:is |was )(?:a |an |the )?(?:${BRD93_DESCRIPTION_WORD}){1,6}, |, (?:a |an |the )(?:${BRD93_DESCRIPTION_WORD}){1,3}(?:(?:of|between|by|from|with|and|in) (?:the )?(?:@\\d+ |(?:${BRD93_DESCRIPTION_WORD})){1,6})?, )?T(with) (?:the )?Y1 as (?:its |their |the |a )?(?:flagship|main|leading|lead|core|key|top|biggest|best-known|best-selling|principal|premier|mainstay) (?:[a-z-]+ )?(?:brand|label|imprint|marque)(?=[ ,.;:)]|$)`, notPrecededBy: BRD93_NOT_SUBJECT_BEFORE, notFollowedBy: BRD93_ROLE_AFTER, requires: ['as', 'brand|label|imprint|marque'] },
];

// Helper dvq93 (stop 93, round 2), from set 88's search, chatbot and film readers: makers told through "led by" in a copula frame, a
// long description before "company behind", and a thing under development named after a comma ("codenamed"). Investors' rounds,
// campaigns, people, other firms' things and plans name no maker.
/** Describing words before "led by": a campaign's, a fund's or a legal effort's, not a made thing's work. */
const DVQ93_NOT_MAKING_EFFORT = '(?!(?:lobbying|campaign|legal|advocacy|marketing|fundraising|funding|investment|rescue|bailout|boycott|cleanup|clean-up|relief|regulatory|enforcement|investigation|probe|lawsuit|takeover|buyout|bid|search|hiring|recruitment|sales|advertising|pr|protest|strike|union|lending|financing)\\b)';
/** Words of a description before "company behind", none a preposition, a clause's or a seller's, investor's or agent's word. */
const DVQ93_DESCRIPTION_WORD = '(?!(?:of|to|for|with|and|or|by|from|than|like|as|in|at|on|which|that|who|whose|not|no|rival|rivals|partner|investor|investors|investment|venture|capital|equity|private-equity|advertising|ad|agency|pr|marketing|law|legal|consulting|lobbying|retail|retailer|distributor|distribution|parent|holding|shell|former|ex)(?= ))[^@\\s,;:.()]+ ';
/** After "led by" a firm, a group of people rather than the firm: "led by Zenco veterans". */
const DVQ93_PEOPLE_AFTER = '(?!(?:engineers|employees|veterans|alumni|executives|staff|researchers|founders?|students|members|scientists|people)\\b)';

/**
 * After the name of a thing a firm works on, its own maker named: "is testing a new delivery app called Zeta, built by Qorva" (a firm
 * tests or trains on another's thing; re-read rr93c). The template's Y1 takes the space after the name, so this text opens on ", ".
 */
const DVQ93_OTHERS_MAKER_AFTER = /^(?:'s |, (?:(?:which|that) (?:is|was|are|were) )?(?:(?:made|built|developed|designed|created|produced|manufactured|supplied|sold|offered|provided|owned|run|operated|licensed) by|from) )/;

const DVQ93_PATTERNS: readonly RelationPattern[] = [
  // "Zeta-LM is the result of an effort led by Zenco Labs", "Zeta is the product of a project headed by Zenco": a made thing said to
  // come of work a firm or a state body leads is that one's (as the apposed led-by pattern); not a campaign's or a round's.
  { relation: 'develops', id: 'pattern:develops:dvq93-result-of-effort-led-by', template: `Y1 (?:is|was|has been) (?:the |a |an )?(?:direct )?(?:result|product|fruit|outcome|culmination|output) of (?:a |an |the |years of )?(?:${DVQ93_NOT_MAKING_EFFORT}[a-z-]+ ){0,3}(?:project|initiative|effort|efforts|programme|program|collaboration|work|research) T(led|spearheaded|headed|driven|coordinated|run) by (?:the )?X1 ${DVQ93_PEOPLE_AFTER}`, notFollowedBy: /^'s /, requires: ['by', 'of'] },
  // "Known as ZetaGPT, the project is led by Zenco Labs": the name fronted, the work a firm leads after a copula.
  { relation: 'develops', id: 'pattern:develops:dvq93-known-as-project-led-by', template: `(?:known as|called|named|dubbed|codenamed|code-named) Y1 , (?:the|this) (?:${DVQ93_NOT_MAKING_EFFORT}[a-z-]+ ){0,2}(?:${MADE_KINDS}|project|initiative|effort|programme|program) (?:is|was|has been) (?:being )?T(led|spearheaded|headed|driven|coordinated|run) by (?:the )?X1 ${DVQ93_PEOPLE_AFTER}`, notFollowedBy: /^'s /, notPrecededBy: /\S/, requires: ['by', ','] },
  // "Zeta-LM's development is led by Zenco Labs": the work on a thing led by a firm.
  { relation: 'develops', id: 'pattern:develops:dvq93-development-led-by', template: `Y1 's (?:development|creation|design|training|engineering) (?:is|was|has been) (?:being )?T(led|spearheaded|headed|driven|coordinated|run) by (?:the )?X1 ${DVQ93_PEOPLE_AFTER}`, notFollowedBy: /^'s /, requires: ['by'] },
  // "Qorva, the $300 billion AI company behind chatbot Zeta": more describing words before the maker's noun than the apposed pattern
  // takes (one), none a preposition or an investor's, agency's or seller's word; the thing's kind may stand before its name.
  { relation: 'develops', id: 'pattern:develops:dvq93-apposed-long-description-behind', template: `X1 , (?:the |a |an )(?:${DVQ93_DESCRIPTION_WORD}){2,5}T(${MAKERS_BEHIND}) (?:the )?(?:(?:${MODIFIERS}) )?(?:(?:${PRODUCT_NOUNS}) )?Y1(?=[ ,.;:)]|$)`, notFollowedBy: /^'s /, sourceNotNamed: NOT_MAKER_NAME_ENDS, requires: ['behind|responsible', ','] },
  // "Zenco was found to be prototyping an engine, codenamed Zeta", "Zenco is building a new chip, dubbed Zeta": a thing of a made kind
  // the subject works on, named after a comma; not another's thing ("Qorva's engine"), nor an operation or a person so named, nor a
  // site or a store built (places, not things made).
  { relation: 'develops', id: 'pattern:develops:dvq93-working-on-kind-codenamed', template: `X1 (?:(?:is|was|were|are|has been|had been) )?(?:(?:reportedly|also|now|quietly|secretly|already|said to be|found to be|believed to be|thought to be|understood to be|known to be|reported to be) )*T(developing|building|prototyping|testing|designing|working on|creating|making|training) (?:a |an |its |their |its@\\d+ )?(?:(?:new|secret|own|next-generation|experimental|internal|rival|first|second) )*(?:[a-z-]+ )?(?:${PRODUCT_NOUNS}|website|messenger|marketplace|project|prototype) (?:for (?:the |a )?(?:[a-z-]+ ){1,2})?(?:, )?(?:internally |secretly )?(?:codenamed|code-named|dubbed|called|known internally as|nicknamed) (?:the )?Y1(?=[ ,.;:)]|$)`, notFollowedBy: DVQ93_OTHERS_MAKER_AFTER, requires: ['codenamed|code-named|dubbed|called|internally|nicknamed'] },
];

/**
 * Makers of vaccines and drugs named where the general patterns stop (helper vcx93, from stop 93's eighty-eighth fresh sample,
 * its vaccine reader). The participles are the making ones only: "supplied", "offered", "tested", "funded" or "approved" by a
 * firm or an agency names no maker.
 */
const VCX93_MAKING = 'developed|made|produced|manufactured|created|designed|built|engineered';
/** A candidate for a drug or vaccine: "its vaccine candidate", "Zenco's lead candidate"; a plain "candidate" may be a person's. */
const VCX93_CANDIDATE = 'vaccine candidate|vaccine candidates|drug candidate|drug candidates|therapy candidate|lead candidate|leading candidate|main candidate|first-generation candidate|second-generation candidate|next-generation candidate|candidate vaccine|candidate vaccines|candidate drug|candidate drugs';
/** The name a thing is "known as" after its maker: "- officially known as Z-101 -", ", also called Zeta". */
const VCX93_KNOWN_AS = String.raw`(?:(?:officially|also|formally|commercially|internally|now|later|originally) )?(?:known as|called|named|dubbed|branded(?: as)?|marketed as|sold as) (?:the )?`;
/**
 * "the Zeta, manufactured by Zenco, and Vela, manufactured by Qorva": a list's last member after ", and" followed by its own making
 * participle is the next thing described, no second maker of the first (helper vcx93).
 */
/** "made by the Qorva-backed Zenco" ("@1 - backed @2"): a backer or owner in a compound before the maker makes nothing (helper rll94). */
/**
 * After the agent, a backer in a compound ("by Zenco-owned Qorva"), or a party named after the agent's possessive ("owned by Zenco's
 * chief rival, Qorva": the rival owns it; helper pos98, clause.ts's partyAfterPossessive reads the agent).
 */
const BACKER_IN_COMPOUND = /^(?:- ?(?:owned|backed|funded|controlled|led|run|operated|financed|supported) @\d+|'s (?:[a-z-]+ ){0,2}(?:rival|rivals|competitor|competitors|partner|partners|parent|owner|subsidiary|affiliate|spin-off|spinoff) (?:, )?@\d+)/;
const VCX93_OWN_MAKER_AFTER = `(?!(?<= , and (?:the )?@\\d+ )(?:, )?(?:(?:which|that) (?:is|was|are|were) )?(?:${MAKE_PASSIVE}) )`;
/**
 * Up to three describing words between a possessive and the kind, none a preposition, an article or a holding's noun: "Zenco's
 * investment in the vaccine candidate Zeta" or "its stake in the vaccine (Zeta)" holds a share of another's thing.
 */
const VCX93_DESCRIBING = String.raw`(?:(?!(?:in|of|for|with|from|on|at|by|to|into|and|or|the|a|an|rival|rivals|competitor|competitors|competing|partner|partners|licensed|licenced|investment|investments|stake|stakes|holding|holdings|share|shares|order|orders|purchase|purchases|supply|supplies|deal|deals|contract|contracts|rights|version|copy|trial|trials|study|studies) )[a-z0-9-]+ ){0,3}`;
/** Words after a body "it was developed at" that make it a place, a market or a tool: "developed in the Qorva market", "at the Qorva plant of Vexa". */
const VCX93_NOT_A_MAKING_BODY = /^(?:'s )?(?:market|markets|region|area|city|state|province|country|era|age|years|period|programme|program|project|framework|language|engine|cloud|platform|ecosystem|plant|plants|factory|factories|facility|facilities|site|sites|hospital|hospitals|clinic|clinics|trial|trials|conference|summit|show|expo|fair|event)(?= |$)/;
/**
 * Names of an event or a venue a thing was made at: "Zeta, created at the Vexa Hackathon", "developed at the Qorva Summit": the place
 * or the gathering made nothing (re-read rr93c).
 */
const VCX93_EVENT_OR_VENUE_ENDS = /(?:Hackathon|Summit|Conference|Congress|Expo|Festival|Fair|Show|Week|Camp|Bootcamp|Jam|Games|Olympiad|Challenge|Contest|Competition|Forum|Workshop|Retreat|Arena|Stadium|Park|Mall|Museum|Airport|Hotel)$/;
/** A list going on after a name: "Zeta and Vela", "Zeta, Vela". */
const VCX93_LIST_GOES_ON = /^(?:, )?(?:(?:and|or) )?@\d+/;
const VCX93_MAKERS: readonly RelationPattern[] = [
  // "Zenco's vaccine candidate, Zeta", "its lead candidate Zeta": a candidate drug or vaccine is a made thing as the kind nouns are.
  { relation: 'develops', id: 'pattern:develops:vcx93-possessive-candidate', template: `POSS ${NOT_OWN_BRAND_AHEAD}${VCX93_DESCRIBING}T(${VCX93_CANDIDATE}) (?:, )?(?:the )?Y1`, indexBy: ['candidate', 'candidates'] },
  // "Zenco's vaccine (ZQ-154)": the thing's name in brackets after its kind.
  { relation: 'develops', id: 'pattern:develops:vcx93-possessive-kind-bracketed-name', template: `POSS ${NOT_OWN_BRAND_AHEAD}${VCX93_DESCRIBING}T(${PRODUCT_NOUNS}|${VCX93_CANDIDATE}) \\( (?:the )?Y1 \\)`, requires: ['('] },
  // "approved Zenco Ltd.'s and Qorva Inc.'s vaccine (ZQ-154)": the first of two coordinated possessors is a maker too (the second is
  // the plain possessive's); not before a list ("Zenco's and Qorva's vaccines, Zeta and Vela" may pair them one by one).
  { relation: 'develops', id: 'pattern:develops:vcx93-coordinated-possessors', template: `X1 's and @\\d+ 's ${NOT_OWN_BRAND_AHEAD}${VCX93_DESCRIBING}T(${PRODUCT_NOUNS}|${VCX93_CANDIDATE}) (?:\\( |, )?(?:the )?Y1`, notFollowedBy: VCX93_LIST_GOES_ON, requires: ["'s", 'and'] },
  // "the vaccine produced by the Zenco Corp. - officially known as Z-101 -", "a drug developed by Zenco, known as Zeta": the kind's
  // maker, then the name the kind is known by.
  { relation: 'develops', id: 'pattern:develops:vcx93-kind-made-by-then-known-as', template: `(?:${PRODUCT_NOUNS}|${VCX93_CANDIDATE}) (?:(?:was|is|being|that was|which was|that is|which is) )?T(${VCX93_MAKING}) (?:(?:jointly|originally|in-house) )?by X (?:-|--|,|\\() ${VCX93_KNOWN_AS}Y1`, notFollowedBy: /^'s /, requires: ['by'] },
  // "Zeta, developed at the Qorva Institute", "a vaccine developed in the QRI": the body it was made at makes it. Only a name shaped like
  // a maker's or one the lexicon does not know ("a game developed in Unity" names a tool, "developed at Google" is left to the plain
  // patterns); "in" only before "the" ("developed in Ruritania" names a place, "in Unity" a tool); not "at Zenco's request".
  { relation: 'develops', id: 'pattern:develops:vcx93-made-at-body', template: `Y C8 ${NOT_AFTER_HOLDING}T(developed|created|designed|engineered|invented) (?:(?:in-house|jointly|originally|first) )?(?:at (?:the )?|in the )X1 (?!'s (?:request|behest|expense|cost|invitation|suggestion|urging|instigation|order|orders|direction) )`, notFollowedBy: VCX93_NOT_A_MAKING_BODY, notPrecededBy: /(?:^| )by (?:the )?$/, makerLikeSource: true, sourceNotNamed: VCX93_EVENT_OR_VENUE_ENDS, requires: ['at|in'] },
  // "Developed by Zenco and Qorva, the vaccine, known as ZQ-154, uses …": the fronted participle's makers, the kind, then its name.
  { relation: 'develops', id: 'pattern:develops:vcx93-fronted-made-by-kind-known-as', template: `T(${VCX93_MAKING}) (?:(?:jointly|originally) )?by X , (?:the|a|an) (?:[a-z0-9-]+ ){0,2}(?:${PRODUCT_NOUNS}|${VCX93_CANDIDATE}) , ${VCX93_KNOWN_AS}Y1`, notPrecededBy: /\S/, requires: ['by', ','] },
];

// Helper tko93 (stop 93, round 4), from set 89's couriers reader: a competition body that withholds its permission for a takeover
// blocks it (the buyer restricted, a merger's parties both), as "blocked the acquisition of Qorva by Zenco" reads. Only a decision: not
// "has not yet granted" (pending), "may not grant" or "is expected to refuse" (no such verb form is read), nor a firm's own refusal
// (stateActor). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
/** A body withholding its leave: "did not grant permission for", "refused approval for", "does not give clearance to". */
const TKO93_NOT_GIVING = ['did not', 'does not', 'do not', 'will not', "didn't", "doesn't", "won't", 'refused to', 'refuses to', 'declined to', 'declines to']
  .flatMap((not) => ['grant', 'give', 'issue'].map((verb) => `${not} ${verb}`));
const TKO93_WITHHELD = String.raw`T(${TKO93_NOT_GIVING.join('|')}|refused|refuses|denied|denies|withheld|withholds) (?:its |the |a |any |an )?(?:[a-z-]+ )?(?:permission|approval|clearance|consent|authori[sz]ation|go-ahead|green light) (?:for|to) `;
/** After the deal, a withholding only threatened: "… unless Zenco sells its depots", "… in its current form", "… until it gets more data". */
const TKO93_ONLY_THREATENED_AFTER = /^(?:'s |(?:[^\s;.]+ ){0,12}?(?:unless|if|until|in its current form|as it stands)(?= |$))/;
/** The deal withheld, before the target: "the planned acquisition of". */
const TKO93_BUYERS_DEAL = `(?:${DEAL_DESCRIBING} ){0,3}(?:takeover|acquisition|purchase|buyout|bid|offer)`;
const TKO93_WITHHELD_PERMISSIONS: readonly RelationPattern[] = [
  // "did not grant permission for the acquisition of Qorva by Zenco", "refused approval for the planned takeover of Qorva by Zenco".
  { relation: 'restricts', id: 'pattern:restricts:tko93-withheld-permission-for-deal-by-buyer', template: `X P AUX ${TKO93_WITHHELD}(?:the |a |an )?${TKO93_BUYERS_DEAL} (?:of|for) (?:the )?@\\d+ (?:[a-z-]+ ){0,3}by (?:the )?Y1`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, notFollowedBy: TKO93_ONLY_THREATENED_AFTER, requires: ['by'] },
  // "does not give permission for Zenco's planned takeover of Qorva".
  { relation: 'restricts', id: 'pattern:restricts:tko93-withheld-permission-for-buyers-deal', template: `X P AUX ${TKO93_WITHHELD}(?:the )?Y1 's ${TKO93_BUYERS_DEAL} (?:of|for)(?= )`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, notFollowedBy: TKO93_ONLY_THREATENED_AFTER, requires: ["'s"] },
  // "blocked a 5.2 billion euro bid by Zenco for Qorva", "vetoed the offer by Zenco to buy Qorva": the bidder after the bid. Not
  // "rejected" (a state selling its own firm rejects bids it is no regulator of).
  { relation: 'restricts', id: 'pattern:restricts:tko93-blocked-bid-by-buyer-for', template: `X P AUX T(blocked|blocks|block|blocking|vetoed|vetoes|veto|vetoing|prohibited|prohibits|prohibit|barred|bars|bar|nixed|scuttled|thwarted|torpedoed) (?:the |a |an )?(?:[a-z$€£0-9.,-]+ ){0,4}(?:bid|offer|takeover bid|takeover offer|tender offer) (?:made )?by (?:the )?Y1 (?:for|to buy|to acquire|to take over)(?= )`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, requires: ['by'] },
  // "did not grant permission for the merger of Zenco and Qorva": a merger's parties both.
  { relation: 'restricts', id: 'pattern:restricts:tko93-withheld-permission-for-merger-of', template: `X P AUX ${TKO93_WITHHELD}(?:the |a )?(?:${DEAL_DESCRIBING} ){0,3}(?:merger|combination|tie-up) (?:of|between) (?:the )?Y`, verb: true, stateActor: true, notPrecededBy: MRG93_WISHED_BEFORE, notFollowedBy: TKO93_ONLY_THREATENED_AFTER, requires: ['of|between'] },
];

/**
 * "a company based in Ruritania", "a start-up from Zembla", "an AI firm": a maker's description set off after its name (helper
 * dvb93); not a seller's or a host's ("a retailer based in Ruritania", "a platform in Zembla": they offer what others make).
 */
const DVB93_MAKER_KINDS = 'company|firm|startup|start-up|lab|giant|group|maker|chipmaker|carmaker|automaker|manufacturer|developer|studio|publisher|subsidiary|unit|brand|division|arm|affiliate';
/**
 * The maker's description: its kind, then where it is or whose part it is ("a studio based in Zembla", "a subsidiary of Qorva Group":
 * helper mkr100; the owner named there owns the maker and makes nothing, as it stands in no X).
 */
const DVB93_MAKER_DESCRIBED = `(?:a|an|the) (?:(?!(?:not|no|former|ex-)(?= ))[a-z0-9-]+ ){0,3}(?:${DVB93_MAKER_KINDS}) (?:(?:based|headquartered|located) in @\\d+ (?:, @\\d+ )?|(?:from|in) @\\d+ |(?:owned by|of) (?:the )?@\\d+ )?`;
/** Participles of making (not of offering, running or owning: "Offered by Zenco, a firm in Zembla, Vexa costs …" names a seller). */
const DVB93_MAKING = 'developed|built|made|created|designed|trained|released|launched|unveiled|introduced|produced|published|open-sourced|crafted|engineered|manufactured';
/** What the main clause's subject may not be followed by: a reporting verb makes it a speaker, not the thing made. */
const DVB93_NOT_A_SPEAKER = "(?!'s |(?:said|says|told|added|announced|reported|confirmed|stated|noted)(?= |$))";
/**
 * Helper dvb93, from set 89's image-generator news: a fronted participle whose maker is described before the main clause's
 * subject ("Developed by Zenco, a company based in Ruritania, Vexa offers …"; "Founded by Zenco, a start-up from Zembla, Vexa
 * lets …"). "Founded" is a maker's act only for a thing, not a firm (a firm founding a firm is its parent or investor).
 */
const DVB93_MAKERS: readonly RelationPattern[] = [
  { relation: 'develops', id: 'pattern:develops:dvb93-fronted-made-by-described-maker', template: `T(${DVB93_MAKING}) (?:(?:and|or) (?:${MAKE_PASSIVE}) )?(?:(?:jointly|originally|first) )?by (?:(?:[a-z][a-z.-]* ){0,2}(?:${DVB93_MAKER_KINDS}) )?X1 , ${DVB93_MAKER_DESCRIBED}, (?:the (?:[a-z0-9-]+ ){0,2})?Y1 ${DVB93_NOT_A_SPEAKER}`, notPrecededBy: /\S/, requires: ['by', ','] },
  { relation: 'develops', id: 'pattern:develops:dvb93-fronted-founded-by-described-maker', template: `T(founded|co-founded|started) (?:(?:jointly|originally|first) )?by (?:(?:[a-z][a-z.-]* ){0,2}(?:${DVB93_MAKER_KINDS}) )?X1 , ${DVB93_MAKER_DESCRIBED}, (?:the (?:[a-z0-9-]+ ){0,2})?Y1 ${DVB93_NOT_A_SPEAKER}`, notPrecededBy: /\S/, targetNotType: 'company', requires: ['by', ','] },
];

/** For speed only: what every match of has-counted-kinds spells, the having verb and a count after it (sentenceHolds). */
const HAS_COUNTED = /(?:has|have|had|owns|own|owned) (?:two|three|four|five|six|seven|eight|several|\d+) /;
/** For speed only: what every match of relative-that spells, the kind, "that" and the maker's mention right after it (sentenceHolds). */
const THAT_THEN_MENTION = new RegExp(`(?:${PRODUCT_NOUNS}|model|models|family|series|line|lineup|version) that (?:the )?@\\d+ `);
/**
 * Before a name, an adding verb: "Zenco added Zeta to its portfolio, which includes Kappa" makes Zeta a member of the set, no owner of
 * its members (crit96e, from pfl96's added-set family: the relative clause read the added brand as the set's owner).
 */
const ADDED_TO_BEFORE = /(?:^| )(?:add|adds|added|adding|brought|brings|bring|bringing|welcomed|welcomes|welcome|welcoming)(?: (?:brand|label|the|its|their))? $/;
/**
 * A member of what a maker is known for: a describing word or the member's kind may stand before it ("the hit game Zeta"), its kind
 * after it ("the Zeta series"), as in CREDIT_ITEM (helper mkr100).
 */
const FAME_ITEM = String.raw`(?:the |its |their )?(?:(?:upcoming|latest|new|original|classic|acclaimed|popular|hit|best-selling|bestselling|long-running|beloved|cult|flagship|blockbuster|iconic|free|mobile) )?(?:(?:game|title|app|series|franchise|chatbot|model|phone|website|site|brand|platform|show|console|device|car) )?@\d+(?! 's)(?: (?:series|franchise|franchises|games|game|titles|saga|trilogy|brand|brands|line|range|family|app|apps|website|platform|chatbot))?`;
const FAME_LIST = String.raw`(?<y>${FAME_ITEM}(?:(?: , ${FAME_ITEM})*(?: ,)? (?:and|as well as) ${FAME_ITEM})?) `;
/** Kinds of made things that may open a list of what a maker is known for ("known for its websites like A and B"). */
const FAME_KINDS = `${KNOWN_FOR_KINDS}|websites|sites|platforms|services|chatbots|consoles|devices|shows`;
/**
 * A made thing introduced by its kind and the name it is given, after "the creation of" (helper beh102): "partnered with Qorva in the
 * creation of a feature called Zeta Beats". Only a lower-case kind (not another firm's name), up to two words.
 */
const CALLED_THING = String.raw`(?:(?:new |first |joint )?(?:[a-z][a-z-]* ){1,2}(?:called|named|dubbed|known as|branded) (?:the )?)?`;
/**
 * Stop 99's second round (helpers mkr100 and bnc100), a table of its own at the end of RELATION_PATTERNS so that the
 * index-based ids of the patterns before it (`pattern:<relation>:<index>`, features of the claim scorer) keep their numbers.
 */
const STOP99_MAKER_AND_GEAR_PATTERNS: readonly RelationPattern[] = [
  // Helper mkr100, from fresh samples of maker news: a possessor's kind of made thing, with up to three describing words, whose
  // members follow "include" ("Zenco's lighting systems include A, B and C", "Zenco's catalogue also includes A"). Not others' things
  // the possessor uses, stocks or backs ("Zenco's favourite tools include …", "Zenco's customers include …": no kind of made thing),
  // nor others' things in a field ("Zenco's partners in phones include …", "rivals in printers": a preposition or a role noun between).
  { relation: 'develops', id: 'pattern:develops:mkr100-possessed-kind-includes', template: `POSS (?:(?!(?:used|preferred|favou?rite|approved|banned|blocked|third-party|stocked|sold|resold|licensed|licenced|investment|portfolio|in|of|for|with|at|on|to|from|by|among|partners?|rivals?|competitors?|customers?|clients?|suppliers?|investors?|peers?)(?= ))[a-z0-9-]+ ){0,3}T(${PLURAL_PRODUCT_NOUNS}|titles|catalogue|catalog|franchises|series|networks|websites|sites|consoles|shows) (?:now |also |currently |still )?(?:include|includes|included) (?:the )?Y`, requires: ['include|includes|included'], sourceNotNamed: INVESTOR_NAME, notAnAddress: true, targetNotType: 'company' },
  // A fronted gerund or perfect participle whose "its" store belongs to the main clause's subject after the comma: "After pulling Zapp
  // and Vexa from its store, Zenco …", "Having deleted Lumo from its marketplace, Zenco …" (helper bnc100, a family several readers met).
  // Only the sentence's opening phrase, and only "its" or "their" store, so "After pulling Zapp from Zenco's store, Qorva …" is not read.
  { relation: 'banned', id: 'pattern:banned:fronted-pulled-from-its-store', template: `^(?:(?:after|since|upon|following|before) (?:having )?|having )T(pulling|pulled|yanking|yanked|deleting|deleted|removing|removed|delisting|delisted|kicking|kicked|booting|booted|banning|banned|disabling|disabled|taking down|taken down|took down) (?:the |all |all the |several |some )?(?:[a-z-]+ ){0,2}?Y (?:(?:app|apps|application|applications|skill|skills|game|games|extension|extensions|service|services) )?(?:from|off) (?:its|its@\\d+|their|their@\\d+) (?:@\\d+ |(?:[a-z0-9-]+ ){0,2}(?:store|stores|app store|marketplace|platform|shop|catalog|catalogue|library) )(?:[a-z0-9-]+ ){0,4}, X1`, verb: true, requires: ['from|off'] },
  // Helper mkr100, from fresh samples of games and device news: partners named together as the subject, who collaborated on a thing
  // ("Zenco and Qorva have collaborated on Zeta", "A, B and C teamed up on the Zeta"), each make it; and the partners after "with" in
  // the production of a thing ("Zenco partnered with Qorva and Vexa in the production of Zeta"), with the subject. A lone firm that
  // collaborated on a thing may have helped in a small way; a sale or a study of a thing is no making.
  { relation: 'develops', id: 'pattern:develops:mkr100-coordinated-partners-on', template: `(?<x>@\\d+ (?:, @\\d+ )*(?:, )?(?:and|&) @\\d+ )(?:(?:have|has|had|are|were|will) )?(?:(?:also|jointly|previously|now|recently|closely|successfully) )?(?:been )?T(collaborated|collaborating|partnered|partnering|teamed up|teaming up|cooperated|cooperating|joined forces|worked together|working together|worked jointly) (?:together )?on (?:the |a |an |their )?(?:(?:new|joint|upcoming|latest) )?(?:(?:game|title|app|chatbot|model|phone|console|device|chip|car|series|film) )?Y1 (?!'s )`, requires: ['on'], targetNotType: 'company', notAnAddress: true },
  { relation: 'develops', id: 'pattern:develops:mkr100-partnered-with-in-production-of', template: `X1 P AUX T(partnered|partners|teamed up|teams up|joined forces|joins forces|collaborated|collaborates|worked|works) with (?:the )?@\\d+ (?:(?:, (?:and )?|and |& )(?:the )?@\\d+ )*(?:in|on|for) (?:the )?(?:joint )?(?:production|development|creation|design|making|manufacture|manufacturing|building) of (?:the |its |their |a |an )?${CALLED_THING}Y1 (?!'s )`, requires: ['with', 'of'], targetNotType: 'company' },
  { relation: 'develops', id: 'pattern:develops:mkr100-partners-with-in-production-of', template: `@\\d+ P AUX T(partnered|partners|teamed up|teams up|joined forces|joins forces|collaborated|collaborates|worked|works) with (?:the )?X (?:in|on|for) (?:the )?(?:joint )?(?:production|development|creation|design|making|manufacture|manufacturing|building) of (?:the |its |their |a |an )?${CALLED_THING}Y1 (?!'s )`, requires: ['with', 'of'], targetNotType: 'company' },
  // A state halting the approvals of a maker's goods bans the maker: "is banning approvals for new gear from Zenco and Qorva", "stopped
  // approving devices made by Zenco" (helper bnc100, a family several readers met). Not an approval said of the goods' buyer.
  { relation: 'banned', id: 'pattern:banned:halted-approvals-of-gear-from', template: `X P AUX T(banned|bans|ban|banning|barred|bars|bar|barring|halted|halts|halt|halting|suspended|suspends|suspend|suspending|froze|freezes|freeze|freezing|stopped|stops|stop|stopping|blocked|blocks|block|blocking) (?:all |any |new |further |the |future )*(?:approvals?|authori[sz]ations?|certifications?|licen[cs]es|permits) (?:for|of|to) (?:all |any |new |the |future )*(?:[a-z0-9-]+ ){0,2}(?:${REMOVED_GEAR}) (?:from|made by|supplied by|sold by|produced by) (?:the )?Y`, verb: true, requires: ['from|by'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:stopped-approving-gear-from', template: `X P AUX T(stopped|stops|stop|stopping|halted|halts|halt|halting|ceased|ceases|cease|ceasing) (?:approving|authori[sz]ing|certifying|licensing|permitting) (?:all |any |new |the |future )*(?:[a-z0-9-]+ ){0,2}(?:${REMOVED_GEAR}) (?:from|made by|supplied by|sold by|produced by) (?:the )?Y`, verb: true, requires: ['from|by'], stateActor: true },
  // A state's plan to rip a maker's goods out, told as news or as a headline's infinitive: "Ruritania to strip out all Zenco kit by 2030",
  // "Ruritania will rip out Zenco and Qorva gear" (helper bnc100). The goods must follow the maker, so "strip Zenco of its licence" is not read.
  { relation: 'banned', id: 'pattern:banned:rips-out-makers-gear', template: `X P AUX (?:(?:plans|plan|planned|planning|vowed|vows|vow|aims|aim|pledged|pledges|promised|promises|is set|are set|was set|wants|intends|moved|moves) to )?T(strip out|strips out|stripping out|stripped out|rip out|rips out|ripping out|ripped out|phase out|phases out|phasing out|phased out|purge|purges|purging|purged|remove|removes|removing|removed|replace|replaces|replacing|replaced) (?:all |the |any |existing |remaining )?(?:[a-z0-9-]+ ){0,2}Y (?:[a-z0-9-]+ ){0,1}(?:${REMOVED_GEAR})(?= (?:by|from|in|within|before|over|across|on|at)\\b| [.,;:]|$)`, verb: true, stateActor: true },
  // A ban on goods from a kind of firm, with examples: "a ban on the sale of gear from Zembla firms, including Zenco and Qorva", "banned
  // equipment from Zembla companies such as Zenco" (helper bnc100): the firms named as examples are banned.
  { relation: 'banned', id: 'pattern:banned:gear-from-firms-including', template: `X P AUX (?:(?:imposed|imposes|impose|imposing|announced|announces|introduced|introduces|adopted|adopts|enacted|enacts|issued|issues) (?:a |an |its |the )?(?:[a-z-]+ )?)?T(banned|bans|ban|banning|barred|bars|bar|barring|prohibited|prohibits|prohibiting|prohibition|blocked|blocks|block|blocking|outlawed|outlaws) (?:on )?(?:the )?(?:(?:sale|sales|use|import|imports|purchase|purchases|installation|procurement) of )?(?:all |any |new )?(?:[a-z0-9-]+ ){0,2}(?:${REMOVED_GEAR}) (?:from|made by|supplied by|produced by) (?:@\\d+ |[a-z-]+ )?(?:firms|companies|vendors|suppliers|makers|manufacturers|providers|groups) (?:, )?(?:including|such as|like|notably|among them) Y`, verb: true, requires: ['including|such|like|notably|among'], stateActor: true },
  // A state shutting a firm out of its networks, told in a clause of concession or time: "despite Zembla effectively excluding Zenco from
  // its networks" (helper bnc100). The place must be a network or a market, so a firm leaving another out of a deal is not read.
  { relation: 'banned', id: 'pattern:banned:excluding-from-networks', template: `X P AUX T(excluding|barring|banning|blocking|shutting out|keeping out) (?:the )?Y (?:from|out of) (?:its |their |the |@\\d+ 's )?(?:[a-z0-9-]+ ){0,2}(?:networks|network|market|markets|infrastructure|rollout|rollouts|telecoms|grid|grids)(?= |$)`, verb: true, stateActor: true, requires: ['from|out'] },
  // Helper mkr100, from fresh samples of studio and app news: what a maker is known for, as a list whose members each may carry a
  // describing word or their kind ("Zenco, which is known for the Orb series, Gloomfall and Nightjar", "known for its Orb franchise as
  // well as the hit game Nightjar", "known for its websites like A and B"). The plain list is read by the older known-for reading,
  // which stops at a member with a kind. Not what it is known for doing ("known for suing Qorva"), nor firms.
  { relation: 'develops', id: 'pattern:develops:mkr100-known-for-credit-list', template: `X1 (?:, )?P AUX (?:(?:best|mainly|mostly|primarily|chiefly|widely|well|perhaps best|most|also|long) )*T(known|famous|renowned) for (?:its |their |the )?(?:(?:hit|popular|flagship|blockbuster|mobile|classic|successful|famous|iconic|best-selling|bestselling|free) )*(?:(?:${FAME_KINDS}) (?:, )?(?:such as|like|including) )?${FAME_LIST}(?=[,.;:)]|$)`, notFollowedBy: OTHERS_THING_AFTER_NAME, targetNotType: 'company', notAnAddress: true, requires: ['for'] },
];

/** A model named as the one a successor follows or replaces: "successor to the Plix 8", "the replacement for its Plix 8". */
const SUPERSEDED_MODEL = /(?:^| )(?:successor|successors|predecessor|replacement|sequel|follow-up|follow-on) (?:to|of|for) (?:the |its |their |@\d+ 's )?$/;

/**
 * Helper kinds (stop 103), from news on smart-home launches: the thing named before a kind of two words and "from" its maker ("the Vexa
 * home hub from Borin", "the Zeta smart lock from the startup Qorva"), as the one-word kind above reads "the Z50 camera from Zenco".
 * Only the two-word goods of cue-words.ts: "a hub for startups", "the Vexa light strip of land" name no maker. A table of its own, at the end.
 */
const TWO_WORD_KIND_FROM_MAKERS: readonly RelationPattern[] = [
  { relation: 'develops', id: 'pattern:develops:kinds-two-word-kind-from', template: `Y1 (?:${[...TWO_WORD_GOODS].join('|')}) T(from) (?:(?:the |a |an )?(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X1 `, notPrecededBy: NOT_MADE_FROM_OR_ORDER_WON_BEFORE, notFollowedBy: FIRMS_TIE_AFTER, requires: ['from'] },
];

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  // develops — "developed by", possessives, appositions, "the startup that built Kimi"
  // "Zeta, first released in 2023 by Zenco": a time or manner phrase may stand between the participle and "by".
  // "a game developed and published by Zenco": the participles may be coordinated.
  // "developed by Qorva and published by Zenco": the first agent is no product of the second.
  // "Zeta is issued and redeemed by Zenco" (stop 56's bans readers): a second participle of any kind after the maker's.
  // "Zenlib, a fork of Qorvlib developed by Zenco": the participle after a fork's project is the fork's, not the project's (stop 82, own82).
  // "The ruling to block Zapp, issued by the High Court", "the ban on Zapp, announced by Ruritania": the participle describes the
  // act the name is the object of, not the name (helper prc89).
  // Not a name's owner ("Qorva's studio used characters made by Zenco": the characters are made, not Qorva; helper dvb93).
  // Nor a place's: "Zapp was blocked from the app marketplace owned by Qorva" (helper rlm94).
  // Nor the antecedent of "whose": "Zenco, whose chip—made by Qorva—…" tells of the chip (helper cau100, from blacklist news).
  // Nor the older model a successor is named after: "The Plix 9, successor to the Plix 8, is made by Zenco" tells of the Plix 9
  // (helper subsid).
  { relation: 'develops', template: `Y (?!'s |, whose |whose )C8 ${NOT_AFTER_HOLDING}${NOT_THE_ACTS_ISSUING}${NOT_AFTER_PLACE_OBJECT}T(${MAKE_PASSIVE}) (?:(?:and|or) (?:${MAKE_PASSIVE}|[a-z]+ed) )?(?:${WHEN_OR_HOW} )?by ${BY_THE_DESCRIBED}X${VCX93_OWN_MAKER_AFTER}`, notPrecededBy: new RegExp(`(?:^| )by (?:the )?$|(?:^| )forks? of (?:the )?(?:[a-z-]+ ){0,2}$|${SUPERSEDED_MODEL.source}|${OBJECT_OF_ACT_NOUN.source}|${PLATFORMS_AFTER_MADE_KIND.source}`), notFollowedBy: BACKER_IN_COMPOUND },
  // "Developed by Zenco, Zeta has …": the participle fronted before the thing it describes.
  // "Developed by Kappa Group, the weeks-old Zapp …": describing words may stand between the article and the name (stop 54's readers),
  // and a kind of thing after them ("Operated by Zenco and Qorva, the new search engine Zapp …"; stop 71's seventh set).
  { relation: 'develops', template: `T(${MAKE_PASSIVE}) by (?:(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X , (?:the (?:(?!(?:first|only|latest|last|new|same)\\b)[a-z0-9-]+ ){0,2}|the (?:[a-z0-9-]+ ){0,2}(?:${PRODUCT_NOUNS}) )?Y1 `, notPrecededBy: /\S/, requires: ['by', ','] },
  // "Zeta, developed by Ruritania-based AI company Zenco": a short description before the maker.
  { relation: 'develops', template: `Y C8 ${NOT_AFTER_HOLDING}T(${MAKE_PASSIVE}) by (?:the |a |an |its |their |its@\\d+ )?(?:[a-z][a-z.-]* |'s ){0,3}(?:${DESCRIBED_MAKERS}) X1 `, notPrecededBy: PLATFORMS_AFTER_MADE_KIND, requires: ['by'] },
  // "Zeta, by Zenco, is …", "Zeta is a series of processors by Zenco": a made thing "by" its maker.
  { relation: 'develops', template: `Y1 , T(by) X1 (?=[,.;:]|$)`, requires: [','] },
  // "another Zenco title, Qorva,", "the Zenco game, Qorva.": the maker before a kind of product, the product in apposition.
  { relation: 'develops', template: `(?:another|a|the|its) X1 T(title|game|app|model|chatbot|tool) , Y1 (?=[,.;:]|$)`, requires: [','] },
  // "Zenco was overtaken in phones by Qorva", "Zenco was barred from selling phones by Ruritania": a preposition or a gerund before
  // the kind makes "by" a passive's agent, no maker (rf91, helper fpx93).
  // Nor an award's passive before the goods: "Zenco was awarded a contract for 30 Zeta buses by Qorva" names the buyer (helper dvo95).
  { relation: 'develops', template: `Y1 ${NO_PASSIVE_BEFORE_KIND}AUX (?:a |an |the )?G3 T(${PRODUCT_NOUNS}) by X1 `, notFollowedBy: /^'s /, notPrecededBy: AWARDED_PASSIVE_BEFORE, requires: ['by'] },
  // "Zenco's best-in-class Zeta", "Zenco's 12-core Zeta X": hyphenated compounds modify as the listed adjectives do, and so do
  // up to two words shaped like adjectives ("Zenco's iconic Zeta", "its fabled, affordable Zeta").
  // Modifiers may be coordinated ("Zenco's latest and most powerful Zeta 9") and graded ("Zenco's wildly popular Zeta").
  // Helper lp87: two hyphenated modifiers may stand apart by a comma ("Zenco's much-hyped, long-delayed Zeta 2"), and a name before
  // "-made" says where or by whom the thing is made ("Zenco's Ruritania-made Zeta e-bikes"), not whose it is.
  // A comma stands only between two describing words ("its fabled, affordable Zeta"): "Zenco's rival, Qorva", "its closest rival, the
  // Qorva" name a rival in apposition, and "Zenco's arch-rival Qorva" a rival, not a thing Zenco makes.
  // Nor after "rival", a noun there: "Vexa, Qorva's rival, launched Zeta" closes an apposition, and the verb after it ("launched",
  // "sued", shaped like an adjective) is the clause's (helper cmp97: Qorva was read as Zeta's maker).
  { relation: 'develops', template: `POSS (?:(?:${DEGREE_ADVERB} )?(?:${MODIFIERS}|${PRAISING}|(?![a-z-]+-${RIVAL_WORDS} )[a-z]+(?:-[a-z]+){1,3}|\\d+(?:\\.\\d+)?(?:st|nd|rd|th)?-[a-z]+(?:-[a-z]+)?|${GLUED_MEASURE_WORD}|@\\d+ - ${PLACE_MADE}) (?:and |${NO_COMMA_AFTER_RIVAL}, (?=${COMMA_DESCRIBER} ))?)*(?:(?:${DEGREE_ADVERB} )?${ADJECTIVE_SHAPE} (?:${NO_COMMA_AFTER_RIVAL}, (?=(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) ))?){0,2}(?:${KIND_ACRONYMS} )?Y`, notFollowedBy: NOT_MADE_NEXT_OR_ANOTHERS },
  // "Zenco and Qorva's Zeta", "Zenco & Qorva's new Zeta": a thing two firms own together is each one's.
  // Not a list of titles: "Assassin's Creed and Baldur's Gate"; nor each side's things of a kind: "Zeta and Qorva's Zenotube channels"
  // (the possessive is the last side's; the first names a thing of that kind too).
  // Helper fal88: a longer list before the possessive ("Zenco, Qorva and Vexa's Zeta") is read as each one's only when it says
  // "joint" (the pattern at the end of the list); unsaid, the thing is the last one's.
  { relation: 'develops', id: 'pattern:develops:joint-owners', notPrecededBy: JOINT_OWNERS_DESCRIBED_FIRST, template: `(?<!'s )(?<!@\\d+ , )(?<x>@\\d+ (?:and|&) @\\d+ )T('s) (?:(?:${MODIFIERS}) )*Y1`, notFollowedBy: new RegExp(`^(?:${PLURAL_PRODUCT_NOUNS}|channels|stations|networks|sites|websites|shows|brands|accounts|pages) `), requires: ["'s", 'and|&'] },
  // "its companion app Talkie", "Baidu's AI model Ernie"
  // "Zenco's upcoming title, Zeta Quest": a game is a title too; "its energy drink brand Zeta" a brand (stop 52's readers).
  // "Zenco's most advanced chip to date, the Zeta-2", "its biggest model yet, Zeta 4": a superlative's "to date" may close the kind.
  // Not a brand another owns that the possessor carries or licenses: "its partner brand, Vexa" (NOT_OWN_BRAND_AHEAD).
  { relation: 'develops', template: `POSS ${NOT_OWN_BRAND_AHEAD}${DESCRIBING}T(${PRODUCT_NOUNS}|title|brand|label) (?:(?:to date |yet |so far )?, )?(?:the )?Y1`, notFollowedBy: SPEAKER_AFTER_APPOSED_NAME },
  // "Zenco's previous models, Zeta-1 and Zeta-2, …", "Zenco's apps and services such as Zapp and Zmail": the items listed after a plural head.
  // "its popular tools Zeta, Zora and Zest": the comma after the noun may be left out.
  { relation: 'develops', template: `POSS ${DESCRIBING}T(${PLURAL_PRODUCT_NOUNS}) (?:, )?(?:the )?Y (?=[,.;:)]|$)` },
  { relation: 'develops', template: `POSS ${DESCRIBING}T(${PLURAL_PRODUCT_NOUNS}) (?:and [a-z]+ )?(?:, )?(?:such as|like|including|notably|namely) (?:the )?Y` },
  // "Zenco's brands Zeta and Vela grew", "its labels Zeta, Vela and Lumo": the owner's brands named right after their plural
  // (helper own89; possessive-names.ts keeps "brands" after an 's from reading as a verb).
  // Not a partner's or a licensed brand: "Zenco's partner brands Vexa and Plix" (NOT_OWN_BRAND_AHEAD).
  { relation: 'develops', id: 'pattern:develops:own-brands-named', template: `POSS ${NOT_OWN_BRAND_AHEAD}${DESCRIBING}T(${BRAND_PLURALS.join('|')}) (?:, )?(?:the )?Y(?!'s)`, requires: [BRAND_PLURALS.join('|')] },
  // "Zenco's Zeta accelerators, beginning with the Z450": the first of a named line's members.
  { relation: 'develops', template: `POSS (?:[a-z-]+ ){0,2}(?:@\\d+ )?(?:[a-z0-9-]+ ){0,2}T(${PLURAL_PRODUCT_NOUNS}) , (?:beginning|starting) with (?:the )?Y1`, requires: ['beginning|starting'] },
  // "its biggest reveal: Zeta-3", "Zenco's new flagship model: Zeta 4"
  { relation: 'develops', template: `POSS ${DESCRIBING}T(reveal|launch|release|unveiling|${PRODUCT_NOUNS}) : Y1`, requires: [':'] },
  // "Zenco's Z series (including Z1, Z1B and Z1C)": the items in brackets are the owner's too.
  // "Zembla's Vexa division (Qorva's main competitor)": a possessor opening the bracket names whose rival or unit the thing is, no
  // thing the first possessor makes (helper riv100, from real cloud news).
  { relation: 'develops', template: `POSS (?:[a-z-]+ ){0,2}@\\d+ (?:[a-z]+ )?\\( (?:including |such as |like |e\\.g\\. )?Y`, notFollowedBy: /^'s /, requires: ['('] },
  // A portfolio's members stated the other way round: "Among Zenco's many brands are A and B", "Zenco's brands are A and B",
  // "Brands owned by Zenco include A and B", "A and B are part of Zenco's portfolio", "with A and B in its portfolio".
  // "Zenco's lineup now includes the Zeta" (stop 61): an adverb may stand before the verb.
  // "Its portfolio includes brands such as A and B" (helper brd90): the members after the brand noun that opens them.
  // An investor's portfolio holds stakes, no brands it makes: "Zenco Ventures's brand portfolio includes Vexa" (helper fp91; brl91
  // guarded the other portfolio patterns so).
  { relation: 'develops', template: `POSS ${DESCRIBING}T(${PORTFOLIO_HEADS}) (?:now |also |currently |still )?(?:are|were|include|includes|included) (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as|like|including|as) )?(?:the )?Y`, requires: ['are|were|include|includes|included'], sourceNotNamed: INVESTOR_NAME },
  // "Hardware promoted by Zenco includes Z1, Z2 and Z3", "devices developed by Zenco include …" (helper brd90, from stop 89's last fresh
  // sample): the maker's own range, named right after it (a reseller or an agency described before its name is no X1 here). A seller's
  // verb fits a firm's brands only: "phones sold by" or "offered by" a retailer are others' (review rr90b).
  { relation: 'develops', template: `T(${PORTFOLIO_HEADS}|hardware|${PLURAL_PRODUCT_NOUNS}) (?:made|produced|developed|designed|built|manufactured|launched|released|(?<=(?:^| )(?:${PORTFOLIO_HEADS}) )(?:owned|sold|marketed|distributed|offered)|(?<=(?:^| )(?:${PORTFOLIO_HEADS}|hardware) )promoted) by (?:the )?X1 (?:include|includes|included|are|were) (?:the )?Y`, requires: ['by'] },
  { relation: 'develops', template: `Y AUX (?:all )?(?:part|members?) of POSS ${DESCRIBING}T(${PORTFOLIO_HEADS})`, requires: ['of'], sourceNotNamed: INVESTOR_NAME },
  { relation: 'develops', template: `with Y in POSS ${DESCRIBING}T(${PORTFOLIO_HEADS})`, requires: ['with'], sourceNotNamed: INVESTOR_NAME },
  // "with famous brands like A, B and C in its stable" (helper own89, from news on appliance groups): the members named after their kind.
  { relation: 'develops', id: 'pattern:develops:with-kinds-like-in-portfolio', template: `with (?:[a-z-]+ ){0,2}(?:brands|labels|names|marques) (?:such as|like|including) (?:the )?Y in POSS ${DESCRIBING}T(${PORTFOLIO_HEADS})`, requires: ['with', 'such|like|including'] },
  // "Zenco's division includes such brands as A and B", "Zenco owns such labels as A": the list after "such … as".
  { relation: 'develops', template: `POSS ${DESCRIBING}(?:includes|include|included|has|owns|boasts|comprises) such T(${PORTFOLIO_HEADS}) as (?:the )?Y`, requires: ['such'], sourceNotNamed: INVESTOR_NAME },
  // "Zenco now encompasses such brands as A and B", "Zenco oversees such labels as A" (helper dvx93, from brl91's report).
  { relation: 'develops', template: `X1 P AUX (?:includes|include|included|has|owns|boasts|sells|markets|makes|encompasses|encompassed|comprises|spans|oversees|controls) such T(${PORTFOLIO_HEADS}) as (?:the )?Y`, requires: ['such'] },
  // "Zenco has a portfolio of brands ranging from A and B …", "Zenco is a house of brands consisting of A, B and C".
  { relation: 'develops', template: `X1 P AUX (?:is|was|has|had|owns|boasts|holds|controls|manages|built|assembled) (?:a |an |the )?(?:[a-z-]+ ){0,2}T(portfolio|stable|house|family|collection|roster|range) of (?:[a-z-]+ ){0,2}(?:brands|labels|names|products) (?:, )?(?:ranging from|from|including|such as|like|consisting of|comprising|spanning|that includes|which includes) (?:the )?Y`, requires: ['of'] },
  // Helper lst90 (stop 90's seventy-ninth fresh sample, where portfolio lists were the biggest develops miss): an owner or parent of
  // brands, then their list. "Zenco is the parent of many bike brands, including Zeta and Vela", "the Zenco group, owner of other
  // brands in the sector such as Zeta", "Zenco (owner, among others, of Zeta, Vela)". No gerund before the brands: "the owner of
  // stores stocking brands such as Zeta" names a shop's wares; nor a relative clause or "in" ("the owner of stores that sell brands such
  // as Zeta", "the owner of stakes in brands such as Zeta"; review rr90d).
  { relation: 'develops', id: 'pattern:develops:owner-of-brands-list', template: `X1 (?:group )?(?:, |\\( |(?:is|was|remains|has been|had been) )(?:the |a )?(?:[a-z-]+ )?T(parent|owner) (?:company |group )?(?:, among others , )?(?:of|to) (?:(?![a-z-]+ing |(?:that|which|who|whose|in|at|with|sell|sells|sold|stock|stocks|carry|carries) )[a-z-]+ ){0,3}(?:${BRAND_NOUNS})(?: in the [a-z-]+)? (?:, )?(?:including|such as|like|among them|among others) (?:the )?Y`, requires: ['parent|owner', BRAND_NOUNS] },
  { relation: 'develops', id: 'pattern:develops:owner-among-others', template: `X1 (?:, |\\( )(?:the )?T(parent|owner) (?:company |group )?, among others , of (?:the )?Y`, requires: ['among'] },
  // "Darto (parent company to Qorva, Lumo and Vexa hearing aid brands)": the list first, its kind after it.
  { relation: 'develops', id: 'pattern:develops:parent-of-listed-brands', template: `X1 (?:, |\\( |(?:is|was) )(?:the |a )?T(parent|owner) (?:company |group )?(?:of|to) (?:the )?Y (?:[a-z-]+ ){0,3}(?:brands|labels|marques)(?= |$)`, requires: ['parent|owner', 'brands|labels|marques'] },
  // "Zenco - whose brands include Zeta, Vela and Orba - said", "Zenco, whose labels are Zeta and Vela": a relative clause's list.
  { relation: 'develops', id: 'pattern:develops:whose-brands-include', template: `X1 (?:,|-|–|—) T(whose) (?:[a-z-]+ )?(?:${PORTFOLIO_HEADS}) (?:also |now |currently |still )?(?:include|includes|included|are|were) (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as|like|including) )?(?:the )?Y`, requires: ['whose', 'include|includes|included|are|were'] },
  // "Zenco, which already holds Zeta, Vela and Orba, said …": the brands a firm holds or markets, as a relative clause's whole object;
  // not a fund's holdings ("which holds Zeta, Vela and Orba shares", "… in its index"; review rr90d).
  // Only a list of two or more: one name after "holds" may be a firm held as a stake.
  { relation: 'develops', id: 'pattern:develops:which-holds-brands', template: `X1 , (?:which|that) (?:already |also |now |still |currently )?T(holds|markets) (?:brands (?:such as|like|including) )?(?:the )?(?<y>@\\d+ (?:, @\\d+ )*(?:, )?(?:and|as well as) @\\d+ |@\\d+ (?:, @\\d+ )+(?=(?:, )?and other ))`, requires: ['which|that', 'holds|markets'], notFollowedBy: HOLDINGS_AFTER },
  // "Qorva will join brands such as Zeta and Vela in Zenco's portfolio": the brands already there are the owner's.
  { relation: 'develops', id: 'pattern:develops:join-brands-in-portfolio', template: `(?:join|joins|joined|joining) (?:[a-z-]+ ){0,2}(?:${BRAND_NOUNS}) (?:such as|like|including) (?:the )?Y in POSS ${DESCRIBING}T(${PORTFOLIO_HEADS})`, requires: ['join|joins|joined|joining'] },
  // "Zenco (brands Zeta, Vela, etc.) will buy Kappa": a firm's brands listed in brackets after its name.
  { relation: 'develops', id: 'pattern:develops:bracketed-brands-named', template: `X1 \\( (?:its |the )?T(brands|labels|marques) (?:: |include |including |such as )?(?:the )?Y`, requires: ['('] },
  // "Zenco's fragrance business (A, B, C)", "its brands (A and B)": the bracket lists what the owner's business makes.
  { relation: 'develops', template: `POSS (?:[a-z-]+ ){0,2}T(business|division|unit|arm|${PORTFOLIO_HEADS}) \\( (?:including |such as |like |e\\.g\\. )?(?:the )?Y`, requires: ['('] },
  // "With brands such as A, B and C, Zenco is …", "Through popular brands like A and B, Zenco holds …": a fronted adjunct about the clause's subject.
  { relation: 'develops', template: `(?:with|through|via) (?:its |their )?(?:[a-z-]+ ){0,2}T(${PORTFOLIO_HEADS}) (?:such as|like|including) Y , (?:the )?X1 `, notPrecededBy: /\S/, requires: [','] },
  // "Zenco sells phones under the Vexo brand", "Zenco, which operates under the brand name Vexo", "entered the market under the
  // trademark Vexo": the name a firm trades under is its own.
  { relation: 'develops', template: `X ${SELLER_APPOSED_NOT_OWN}P AUX (?:${TRADE_VERBS}) G5 T(under) (?:the |its |their |a )?(?:${BRAND_WORDS}) (?:of )?Y1 `, requires: ['under', BRAND_WORDS], notFollowedBy: OTHERS_TRADE_NAME_AFTER },
  // "sells lenses via the Zeta brand name", "through its Vela label" (stop 90's seventy-ninth fresh sample) read as "under" is.
  { relation: 'develops', template: `X ${SELLER_APPOSED_NOT_OWN}P AUX (?:${TRADE_VERBS}) G5 T(under|via|through) (?:the |its |their )?Y (?:${BRAND_WORDS})(?= |$)`, requires: ['under|via|through', BRAND_WORDS], notFollowedBy: OTHERS_TRADE_NAME_AFTER },
  // "Zenco sells pet food under the brand names Alpa, Bravo and Corda" (helper lst90): a plural names each member of the list.
  { relation: 'develops', id: 'pattern:develops:under-brand-names-list', template: `X ${SELLER_APPOSED_NOT_OWN}P AUX (?:${TRADE_VERBS}) G5 T(under) (?:the |its |their )?(?:brand names|brands|labels|trade names|names) (?:such as |like |including |of )?Y`, requires: ['under', 'names|brands|labels'], notFollowedBy: OTHERS_TRADE_NAME_AFTER },
  // "Vexo, the trading name of Zenco", "Vexo, a brand belonging to Zenco", "the Vexo network belonging to Qorva".
  { relation: 'develops', template: `Y1 , (?:the |a |an )?(?:[a-z-]+ )?T(trading name|trade name|brand name|brand|trademark|marque) (?:of|for|used by) (?:the )?X1 `, requires: [','], notFollowedBy: /^'s / },
  { relation: 'develops', template: `Y1 (?:, (?:the |a |an )?)?(?:[a-z-]+ ){0,3}T(belonging|belongs|belonged) to (?:the )?X1 `, requires: ['to'], notFollowedBy: /^'s / },
  // "A and B – two of Zenco's flagship products –", "Zeta, one of Zenco's best-known games,": members of the maker's things.
  { relation: 'develops', template: `Y , (?:(?:two|three|four|five|both|all|each|some|one|several|many) (?:of )?)POSS ${DESCRIBING}T(${PLURAL_PRODUCT_NOUNS}|brands|products|titles|services) (?=[,.;:)]|$)`, requires: [','] },
  // "Zenco Media, with the broadcast brands A, B and C, …": the subject's things in an adjunct set off after it.
  // "Zenco is a rival of Brixco, with brands like Qorva": a name after a rival's or a partner's noun is not what the "with" describes;
  // the sentence's subject is (brp92; helper fpx93).
  { relation: 'develops', template: `X1 , (?:with|through|via) (?:the |its |their )?(?:[a-z-]+ ){0,2}T(brands|channels|stations|titles|apps|products|outlets|newspapers|networks|services|labels) (?:, )?(?:such as |like |including )?(?:the )?Y (?=[,.;:)]|$)`, requires: [',', 'with|through|via'], notPrecededBy: COUNTERPART_OF_BEFORE },
  // "Zenco (Zeta, Zpic and Zchat)", "firms including Qorva (Zeta, Zeta Max)": two or more names in brackets right after a maker are its things.
  // (Not a list's or a law's name spelled out: "the ZDN (Zeta Designated Names and Blocked Persons) list", stop 50's readers.)
  // (Nor the partners or parents of bidders and holders: "bids from Zenco (Qorva) and Kappa (Vexa, Zeta)", review rr90c.)
  { relation: 'develops', template: `X1 T(\\() (?<y>@\\d+ (?:, @\\d+ )+(?:(?:, )?and @\\d+ )?|@\\d+ and @\\d+ )\\) `, indexBy: ['('], notAnAddress: true, notFollowedBy: /^(?:list|lists|register|registry|database|act|law|rule|rules|program|programme|regulation|regulations|order|designation|designations) /, notPrecededBy: PARTIES_LISTED_BEFORE },
  // "cameras from Hikvision brand Ezviz"
  { relation: 'develops', template: `X1 T(brand|brands) Y1` },
  // "its primary GPU product line, labeled GeForce": the named thing is theirs.
  { relation: 'develops', template: `POSS ${DESCRIBING_NO_ACT}T(${PRODUCT_NOUNS}) (?:[a-z]+ )?(?:, )?(?:called|named|labeled|labelled|dubbed|branded|known as) Y1` },
  { relation: 'develops', template: `Y G1 , (?:a |an |the )?POSS G4 T(${PRODUCT_NOUNS}|release|creation|brainchild) `, requires: [','] },
  // "Huawei Technologies, whose Ascend 910B chip …"
  { relation: 'develops', template: `X1 , T(whose) (?:(?:${MODIFIERS}) )*Y1` },
  // "Zenco, whose brands Zeta and Vela lead the market": the owner's things named right after their kind.
  { relation: 'develops', template: `X1 , T(whose) (?:[a-z-]+ )?(?:${PORTFOLIO_HEADS}|${PLURAL_PRODUCT_NOUNS}) (?:, )?(?:such as |like |including )?(?:the )?Y`, requires: ['whose'] },
  // "Zenco Media, whose service Zeta Bharat was fined", "Zenco, whose news channel, Zeta TV, …" (helper own90, from news on channels'
  // owners): an outlet named right after its kind in the owner's relative clause is the owner's.
  // Not a name that is the clause's subject with the outlet as its gapped object, its verb then followed by a preposition, a time or
  // the clause's end ("whose service Qorva relies on", "whose app Qorva banned last year", "whose channel Vexa dropped in May";
  // review rr90b).
  { relation: 'develops', id: 'pattern:develops:whose-outlet', template: `X1 , T(whose) (?:[a-z-]+ ){0,2}(?:${OWNED_OUTLET_KINDS}) (?:, )?(?:the )?Y1`, notFollowedBy: OUTLET_AS_GAPPED_OBJECT, requires: ['whose'] },
  // "Zenco Ltd, the company broadcasting Zeta Bharat", "Zenco, the firm that runs the news channel Zeta" (helper own90): an
  // apposition naming a firm by the outlet it broadcasts, runs or publishes. A person's possessive before the outlet names its
  // face, not its maker ("the company broadcasting Vexa Kumar's Zeta Bharat"). The words before the name hold no preposition: a firm a
  // job is run into, on or for is no outlet ("the company running the investigation into Qorva", "the firm running ads for Qorva").
  { relation: 'develops', id: 'pattern:develops:apposed-firm-running-outlet', template: `X1 , (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:company|firm|group|network|broadcaster|licensee|conglomerate|operator|publisher) (?:that |which )?T(broadcasting|broadcasts|operating|operates|running|runs|publishing|publishes|owning|owns|managing|manages) (?:the )?(?:${NOT_A_PREPOSITION}[a-z-]+ ){0,3}?(?:(?:${OWNED_OUTLET_KINDS}) )?(?:@\\d+ 's )?Y1`, requires: [','] },
  // "Zeta Bharat, the Hindi news channel of Zenco Network, was fined" (helper own90): an outlet set off as a kind of outlet "of" a firm
  // is the firm's (a language's name may describe it); not a sister channel, which names a sibling, nor a rival or partner one (review rr90b).
  { relation: 'develops', id: 'pattern:develops:apposed-outlet-of', template: `Y1 , (?:the |a |an )?(?!(?:[a-z-]+ ){0,3}?(?:sister|rival|rivals|competing|competitor|partner|affiliate|affiliated)[ -])(?:@\\d+ )?(?:[a-z-]+ ){0,3}?T(channel|station|newspaper|paper|daily|magazine|website|portal) of (?:the )?X1 (?=[,.;:)]|$)`, requires: [','] },
  // "Zenco, whose collection of apps also includes Zeta and Vela": the owner's portfolio, listed in its relative clause.
  { relation: 'develops', template: `X1 , T(whose) (?:[a-z-]+ ){0,2}(?:${PORTFOLIO_HEADS}|${PLURAL_PRODUCT_NOUNS}|collection|family) (?:of [a-z-]+ )?(?:also )?(?:include|includes|included|are|were|comprise|comprises) (?:the )?Y`, requires: ['whose'] },
  // "Alibaba's cloud unit released Qwen3": a company's unit makes what the company makes.
  { relation: 'develops', template: `X1 's (?:[a-z-]+ ){0,2}(?:unit|arm|division|subsidiary|lab|labs|team|business) P AUX T(${MAKE_VERBS}) ${NO_OTHER_INFINITIVE}${NOT_OPERATED_AS}${NOT_A_WRITING}G4 (?:, (?:the |its |a |an )?)?${MADE_THING}`, verb: true },
  // "launched its Gemini model", "has developed a new chip, the B30A"
  // "operates routes such as Alpha-Beta and Gamma-Delta": route pairs a carrier flies are no made things (fresh sample s82c; helper fpx93).
  { relation: 'develops', template: `X P AUX T(${MAKE_VERBS}) ${NO_OTHER_INFINITIVE}${NOT_OPERATED_AS}${NOT_A_WRITING}${NOT_ROUTES}G4 (?:, (?:the |its |a |an )?)?${NOT_USED_PART_OR_ORDERED_RIVAL}${MADE_THING}`, verb: true, notPrecededBy: FUNDER_OR_HIRED_BEFORE, notFollowedBy: MAKER_VERB_NOT_BANNER_OR_SPEAKER_AFTER },
  // "Zenco began production of the Zeta", "stopped production of models like the Zeta and Vela", "started series production of
  // versions of the Zeta": making a thing, named by the noun of the act (not sales or deliveries: a retailer sells others' goods).
  { relation: 'develops', template: `X P AUX T(${MAKING_ACT_VERBS}) (?:the |its |their )?(?:(?:${MAKING_ACT_KINDS}) )?(?:${MAKING_OR_DESIGN_ACTS}) of (?:the |its |their )?${SHARE_OF}?(?:(?:new |latest |first )?(?:versions|variants|models|vehicles|cars|jets|aircraft|trucks|phones|chips) (?:of |like |such as |including )(?:the |its )?)?Y`, verb: true, notFollowedBy: /^'s /, requires: ['of'], indexBy: MAKING_OR_DESIGN_ACTS.split('|'), notStateWhen: MAKING_STOPS },
  // Helper odm90: the same act with the thing named before its noun ("Zenco will outsource Zeta production", "is expanding its Zeta
  // phone production", "started Zeta X9 series production"); the thing's own name, never a place's ("moved its Texas production").
  { relation: 'develops', id: 'pattern:develops:named-making-act', template: `X P AUX T(${MAKING_ACT_VERBS}) (?:the |its |their )?${SHARE_OF}?Y1 (?:(?:${PRODUCT_NOUNS}|jets|cars|vehicles|aircraft|trucks|phones|chips) )?(?:(?:${MAKING_ACT_KINDS}) )?(?:${MAKING_OR_DESIGN_ACTS})(?= |$)`, verb: true, notFollowedBy: /^'s /, indexBy: MAKING_OR_DESIGN_ACTS.split('|'), notStateWhen: MAKING_STOPS },
  // Helper rcl90: a maker recalling named goods of a kind it makes ("Zenco Medical recalled 9,000 Zeta pacemakers", "is recalling
  // the Zeta and Vexa implants"), as it does "its" goods; not another's goods a retailer recalls ("Zeta toys made by Qorva").
  { relation: 'develops', id: 'pattern:develops:maker-recalls-named', template: `X P AUX (?:voluntarily )?T(recalled|recalls|recalling|recall) (?:(?:\\d+ , )*[^\\s@,;:.]+ ){0,6}?Y (?:[a-z-]+ )?(?:${RECALLED_KINDS}) `, verb: true, anyActor: true, notFollowedBy: RECALLED_OTHERS_GOODS, requires: ['recalled|recalls|recalling|recall'] },
  // Its noun ("Zenco issued a voluntary recall of 9,000 Zeta pacemakers", "announced a recall for the Zeta and Vexa implants").
  { relation: 'develops', id: 'pattern:develops:maker-recall-of-named', template: `X P AUX (?:issued|issues|issuing|announced|announces|announcing|launched|launches|initiated|initiates|expanded|expands|expanding) (?:a |an |the |its )?(?:(?:voluntary|worldwide|nationwide|global|urgent|field|expanded|new|product|device) )*T(recall) (?:of|for|covering|on) (?:(?:\\d+ , )*[^\\s@,;:.]+ ){0,6}?Y (?:[a-z-]+ )?(?:${RECALLED_KINDS}) `, anyActor: true, notFollowedBy: RECALLED_OTHERS_GOODS, requires: ['recall'] },
  // Its passive, told of the goods ("the Zeta pacemakers were recalled by Zenco", "the Zeta XL hip system, voluntarily recalled by
  // Zenco Orthopaedics in 2010").
  { relation: 'develops', id: 'pattern:develops:named-recalled-by-maker', template: `Y (?:[a-z-]+ ){0,2}?(?:(?:${RECALLED_KINDS}) )?(?:, |(?:were|was|is|are|has been|have been|had been) )(?:voluntarily |later |first |since )?T(recalled) by (?:the )?(?:(?:its |their |the )?(?:maker|makers|manufacturer|manufacturers|producer|producers) (?:, )?)?X1 `, notFollowedBy: new RegExp(`^'s |${RECALLED_OTHERS_GOODS.source}`), anyActor: true, makerLikeSource: true, requires: ['recalled', 'by'] },
  // Helper rcl90: the maker's successor in brackets ("Zeta, manufactured by Zenco (now Qorva)"): the line is now the successor's.
  { relation: 'develops', id: 'pattern:develops:made-by-now-successor', template: `Y C8 T(${MAKE_PASSIVE}) by (?:the )?@\\d+ \\( now (?:the )?X1 \\) `, requires: ['by', '(', 'now'] },
  // Helper rcl90: the second agent of linked participles ("Zapp, made by Zenco and marketed by Kappa", "was developed by Zenco and
  // is now marketed by Kappa"): each names its agent ("sold by" names none alone, nor here).
  { relation: 'develops', id: 'pattern:develops:second-linked-agent', template: `Y C8 (?:${MAKE_PASSIVE}) by (?:the )?@\\d+ (?:, )?and (?:(?:is|was|are|were|has been|had been) )?(?:(?:now|later|also|since|then|currently) )?T(${MAKE_PASSIVE}) by (?:the )?X1 `, notFollowedBy: /^'s /, requires: ['by', 'and'] },
  // Helper odm90: the contract maker the making is handed or moved to ("outsource production of the Zeta to Qorva", "moving production
  // of its Zeta models to ODMs like Qorva", "moving out its Zeta production to a maker named Qorva", "outsource its Zeta series to
  // Qorva"), or grown with ("expanding Zeta production with Qorva"); not a partner's own plant or staff ("to Qorva's plant").
  { relation: 'develops', id: 'pattern:develops:making-handed-to', template: `T(${OUTSOURCING_VERBS}|expanding|expands|expand|expanded|ramping up|ramped up) (?=(?:(?!to |with )[^ ]+ ){0,6}(?:${MAKING_OR_DESIGN_ACTS}) )(?:the |its |their |its@\\d+ )?${SHARE_OF}?(?:(?:${MAKING_ACT_KINDS}) )?(?:(?:${MAKING_OR_DESIGN_ACTS}) of (?:the |its |their |its@\\d+ )?${SHARE_OF}?)?${MADE_MODELS_OF}?Y1 (?:${MADE_NOUN} )?(?:(?:${MAKING_ACT_KINDS}) )?(?:(?:${MAKING_OR_DESIGN_ACTS}) )?${MOVED_FROM}${HANDED_TO}(?:the )?X1 ${NOT_PARTNERS_OWN}`, notPrecededBy: MAKING_HANDED_WITHHELD, requires: ['to|with'] },
  // (The noun of making stands before the partner.) … and a named thing outsourced whole, with no noun of making ("will outsource its Zeta series to Qorva"): outsourcing alone, as
  // moving or handing over a thing ("moved its Zeta servers to Qorva", "transferred its Zeta app to Qorva") makes nothing.
  { relation: 'develops', id: 'pattern:develops:outsourced-to', template: `T(outsourced|outsources|outsource|outsourcing) (?:the |its |their |its@\\d+ )?${SHARE_OF}?${MADE_MODELS_OF}?Y1 (?:${MADE_NOUN} )?${MOVED_FROM}${HANDED_TO}(?:the )?X1 ${NOT_PARTNERS_OWN}`, notPrecededBy: MAKING_HANDED_WITHHELD, requires: ['to'] },
  // "Zenco's launch of Zeta and Vela", "after Zenco's announcement of two new jets, the Zeta L and the Zeta M": the possessor's act
  // (the actor, not an owner: every item of its list is the act's, with an article or without).
  { relation: 'develops', template: `X1 's (?:(?:${MAKING_ACT_KINDS}|first|recent|latest|surprise) )?T(${MAKING_ACTS}|launch|unveiling|debut|announcement|development|design|creation) of (?:the |its |their )?(?:(?:[a-z0-9-]+ ){1,3}, (?:the )?)?Y`, notFollowedBy: /^'s /, requires: ['of'] },
  // "Zenco announced Zeta-2 on Monday": announcing a named thing launches it, when the thing follows the verb at once
  // and nothing after it makes it a modifier ("announced Zeta-2 support", "announced that Zeta-2 …").
  // "Zenco, which runs Zapp, Qwik and Borin": a firm runs its own services (not "runs on Qorva's chips").
  // "Vell Group, which runs site Zeta": the kind of thing may stand before its name.
  { relation: 'develops', template: `X P AUX T(runs|run|ran) (?:the |its |their |a |an )?(?:(?:${MODIFIERS}) )*(?:(?:site|website|portal|channel|station|network|app|service|platform|newspaper|outlet|exchange|marketplace) )?Y`, verb: true },
  // "Zeta, the cloud service provided by Zenco": a thing of a kind a firm provides is the firm's (the rules' "Y developed or provided by X").
  // "Zeta, an app by Zenco, …": the kind right before "by".
  { relation: 'develops', template: `Y1 , (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:${MADE_KINDS}) T(provided by|supplied by|by) (?:the )?(?<x>@\\d+(?: (?:and|&) (?:the )?@\\d+)?) (?!'s )`, requires: ['by', ','] },
  { relation: 'develops', template: `X P AUX T(announced|announces|announce|announcing) (?:its |their |the |a |an )?(?:(?:${MODIFIERS}) )*Y`, verb: true, notFollowedBy: NOT_AFTER_ANNOUNCED_THING },
  // "unveiled its first in-house models: Zeta-1 and Zeta-Voice", the named items after a colon.
  // "announced two new graphics cards: the Z5 and the Z3": announcing a kind of product and naming it after a colon launches it.
  { relation: 'develops', template: `X P AUX T(${MAKE_VERBS}|announced|announces) (?:its |their |the |a |an )?G3 (?<k>[a-z-]+) : Y`, verb: true, kindNoun: true, requires: [':'] },
  // "announced its newest camera, the Z50 II": the named item in apposition to the maker's own product noun.
  // "announced a new mobile title, Qorva Saga": "a new" (not "a", which may be one of several) marks the maker's own, as "its" does.
  // "announced its first graphics cards, the Z5 and Z3", "unveiled two new phones, the Vexa 8 and the Vexa 8 Pro": every member of
  // the list in apposition (stop 55's readers); a number of new ones marks them as the maker's as "its" does.
  { relation: 'develops', template: `X P AUX T(${MAKE_VERBS}|announced|announces) (?:its |their |its@\\d+ |a new |an all-new |(?:two|three|four|five|six|several|a pair of|a trio of|\\d) (?:new |all-new )?)G3 (?<k>[a-z-]+) , (?:the )?Y (?=[,.;:]|$)`, verb: true, kindNoun: true, requires: [','] },
  // "Tencent builds its own family of models called Hunyuan"
  // "Zenco sells a tracking tool called Zeta": selling a thing the seller names is selling its own (a retailer sells others' goods by their names alone).
  // "Zenco sells a phone called Zeta made by Qorva": another firm named the maker right after the name makes the thing (helper cop94).
  { relation: 'develops', template: `X P AUX T(${MAKE_VERBS}|${SELL_VERBS}) G6 (?:called|named|dubbed|known as|branded) Y`, verb: true, requires: ['called|named|dubbed|known|branded'], notFollowedBy: OTHERS_THING_AFTER_NAME },
  // "Qwen is Alibaba's answer to ChatGPT"
  // "Zeta-3 was Zenco's mid-cycle upgrade", "Zeta-3 is Zenco's successor to Zeta-2": a release named as the maker's.
  // "Zeta 2 and Zeta 2 Fast are Zenco's latest models", "Zeta OS is Zenco's proprietary OS": every member is the maker's.
  // "The Zeta is Zenco's attempt to win back buyers", "… Zenco's foray into wearables": an attempt or a foray named by its maker (stop 52's readers).
  // "Zeta is Zenco's big project", "… is Qorva's brainchild": a project named as the firm's (stop 61's readers).
  // "Zeta is Zenco's new weapon against Qorva": the thing a firm fights a rival with (helper own90, from news on phone makers' news apps).
  { relation: 'develops', template: `Y (?:\\( [^()@]{1,40}\\) )?P AUX (?:represents |remains |marks )?X1 's (?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,3}T(answer|alternative|response|bet|entry|attempt|effort|foray|gambit|push|play|upgrade|successor|follow-up|weapon|iteration|refresh|release|launch|debut|os|operating system|distribution|project|brainchild|creation|invention|baby|${PRODUCT_NOUNS}) `, requires: ["'s"] },
  // Helper odm90: the class told in a relative clause after the thing's kind ("six Zeta reactors, which are Zenco's lead-cooled
  // reactors"), or by "making" ("making Zeta Buds the second Zenco product made there"): the thing is one of the maker's own.
  { relation: 'develops', id: 'pattern:develops:relative-own-kind', template: `Y1 (?:[a-z-]+ ){0,2}, (?:which|that) (?:are|is|was|were) (?:all |both )?X1 's (?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,3}T(${PRODUCT_NOUNS}) (?=[,.;:)]|$)`, requires: ["'s", 'which|that'] },
  { relation: 'develops', id: 'pattern:develops:making-it-own-kind', template: `T(making|makes|made) Y1 (?:the|a|an) (?:(?:first|second|third|fourth|fifth|latest|newest|only|last|next) )?X1 (?:[a-z-]+ )?(?:${PRODUCT_NOUNS})(?= |$)`, notFollowedBy: /^'s / },
  // Not when the thing only qualifies another maker: "Vexa, the parent company of Zeta maker Zenco" (helper mk84).
  // "Qorva, Zembla and Zenco, the team behind ZenOS": a singular maker's noun set off after a list is its last member's (helper fa86;
  // the plural nouns, every member's, are the list-makers-apposed pattern at the end).
  { relation: 'develops', template: `X1 , (?:the |a |an )?(?:@\\d+ |(?!(?:would-be|prospective|potential|possible|planned|proposed) )[^@\\s,]+ )?T(maker|makers|developer|developers|creator|creators|owner|parent|${MAKERS_BEHIND}) (?:of )?(?!${HOLDING_BEFORE_NAME})(?!${RANK_RIVAL_BEFORE_NAME})G2 Y`, notFollowedBy: QUALIFIES_MAKER_OR_PARTS_OR_EVENTS },
  // "Zenco, the group behind Zeta mascara and Vela skincare": each member named with its kind; the list above stops at the first
  // kind, so the later members are read here: the last, and the second of a longer list (helper own89, from news on cosmetics groups).
  { relation: 'develops', id: 'pattern:develops:apposed-behind-kinds-list', template: `X1 , (?:the |a |an )?(?:[^@\\s,]+ )?T(${MAKERS_BEHIND}) (?:the )?@\\d+ (?:${PRODUCT_NOUNS}) (?:${KINDS_LIST_JOIN}(?:the )?@\\d+ (?:${PRODUCT_NOUNS}) )*${KINDS_LIST_JOIN}(?:the )?Y1 (?:${PRODUCT_NOUNS})(?=[ ,.;:)]|$)`, requires: ['behind|responsible'] },
  { relation: 'develops', id: 'pattern:develops:apposed-behind-kinds-list-second', template: `X1 , (?:the |a |an )?(?:[^@\\s,]+ )?T(${MAKERS_BEHIND}) (?:the )?@\\d+ (?:${PRODUCT_NOUNS}) ${KINDS_LIST_JOIN}(?:the )?Y1 (?:${PRODUCT_NOUNS}) (?:, |and )`, requires: ['behind|responsible'] },
  // Not across an aside that ends on another firm: "Zenco, which bought Qorva, maker of the Vexa camera," is Qorva's maker noun (helper fe86).
  { relation: 'develops', template: `X ${NOT_ASIDE_ENDING_ON_A_NAME}P AUX (?:the |a )?T(maker|developer|creator|owner|parent) of (?!${HOLDING_BEFORE_NAME})G2 Y`, notFollowedBy: QUALIFIES_MAKER },
  // "Alisa, the assistant that Zenco launched", "Zeta, a chip which Qorva designed": the maker in an object relative clause.
  { relation: 'develops', template: `Y1 , (?:the|a|an) (?:[a-z-]+ ){0,2}(?:${MADE_KINDS}) (?:that|which) X1 AUX T(${MAKE_VERBS})`, notFollowedBy: /^(?:money|use|sense|headlines|inroads|gains|progress|an? |the )/, requires: ['that|which'] },
  // "Orbit, the Zenco social network, …": an apposition naming the maker before the kind of thing.
  // "Tredline, now a Zenco brand,", "Tredline, which is now a Zenco brand,": the apposition or its relative clause with an adverb
  // of the present (helper dva89; "once"/"formerly" are left out: a former owner's brand is another's now).
  // Not "a Zenco rival brand" (a rival's brand, helper fxd89), nor "which was a Zenco brand, is now owned by Qorva" (a former owner).
  { relation: 'develops', template: `Y1 , (?:(?:which|that) (?:is|was${NOT_NOW_OWNED_AFTER}) )?(?:(?:now|still|also) )?(?:the|a|an) X1 (?:(?!${NOT_OWNERS_BRAND_WORDS} )[a-z-]+ ){0,2}T(${MADE_KINDS}|brand|label) (?=[,.;:)]|$)`, requires: [','] },
  // "Zenco is the startup behind Zeta and Vela". Helper beh102: "the brain behind", "the mastermind behind" as "the brains behind".
  // ("the company" there is read as a reference back to X, so it shows as a mention.)
  { relation: 'develops', template: `X P AUX (?:(?:the |a )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}|team|studio|outfit|force|forces|mind|minds|brains|brain|mastermind|masterminds|people|duo|trio) |@\\d+ )T(behind) (?:the )?Y`, requires: ['behind'] },
  // "Zenco, best known for Zeta and Vela, …", "Zenco is known for its games Zeta and Vela": what a maker is known for, named
  // (its kind may follow the name: "best known for the Zeta watch"; "Zenco, the developer best known for database Zeta", stop 61).
  // "Zenco, known for its iconic Vexa brand, …": a brand's or a franchise's noun may close it too (helper dsc96, from toy and games news).
  { relation: 'develops', template: `X (?:, )?P (?:, (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:developer|maker|company|firm|startup|start-up|group|studio|publisher|manufacturer|creator) )?AUX (?:(?:best|mainly|mostly|primarily|chiefly|widely|well|perhaps best|most) )?T(known|famous|renowned) for (?:its |their |the |such )?(?:(?:hit|hits|popular|flagship|blockbuster|mobile|classic|successful|famous|iconic|best-selling|bestselling) )*(?:(?:${KNOWN_FOR_KINDS}|${PRODUCT_NOUNS}) )?(?:, )?(?:(?:such as|like|including|as) )?(?:the )?Y (?:(?:${PRODUCT_NOUNS}|brand|brands|label|labels|franchise|franchises) )?(?=[,.;:]|and |$)`, requires: ['for'] },
  // "Zenco, which is behind Zeta and Vela, …": the maker behind its products with no noun between.
  // "Qorva, Vexa and Zenco, which is behind Zeta": a singular verb is the last member's (helper fa86; "are" is list-behind-plural at the end).
  { relation: 'develops', template: `X1 P (?:which |that |who )?(?:is|was) (?:also )?T(behind) (?:the )?Y`, requires: ['behind'] },
  // "The parent company of Zeta and Vela, Zenco, said …", "The maker of Zeta, Zenco has sued …": the maker named in apposition
  // after a fronted maker noun, or as the subject of the main clause.
  { relation: 'develops', template: `(?:the )?T(parent company|parent|owner|maker|makers|developer|developers|creator|creators|operator|manufacturer) of (?:the )?Y , (?:the )?X1 (?:, |(?=(?:has|have|had|is|was|said|says|will|would|could|can|also|now|recently|last|this|on|in) |[a-z]+ed ))`, notPrecededBy: /\S/, requires: [','] },
  // "the lead Qorva developer John Doe": a rank before the thing's name makes the noun a person's job (PERSON_ROLE_WORDS).
  // "a deal with the software maker Zenco": not an anaphor read for the kind before the noun (helper fp89).
  { relation: 'develops', template: `Y T(maker|developer|creator|owner|parent) X1 `, notPrecededBy: PERSON_ROLE_BEFORE, targetNamed: true },
  // "Zenco's current flagship is Zeta 4.3": the possessor's product named after a copula.
  // "Zenco's answer is Zeta": what the possessor puts forward, named after a copula.
  // "Zenco's first product will be Pilotline", "… was the Pilotline kit", "… has been Pilotline": any tense of the copula, the kind
  // after the name, and a list ("Zenco's first products will be Pilotline and Vela"; helper cop). Not "Zenco's first customer will be Qorva" nor "its biggest rival was Qorva" (no made kind).
  { relation: 'develops', template: `POSS ${DESCRIBING}T(flagship|answer|response|entry|bet|${PRODUCT_NOUNS}) (?:is|was|are|were|remains|remain|(?:will|would|should|could|might|may) (?:be|remain)|(?:is|are) (?:going|set|expected|slated) to be|has been|have been|had been|became|will become) (?:the |its |their |a |an )?Y (?:(?:${PRODUCT_NOUNS}) )?(?=[,.;:]|$)`, requires: ['is|was|are|were|remains|remain|be|became|become'] },
  // "Zeta 4 (Zenco's upcoming model)": the owner in brackets.
  { relation: 'develops', template: `Y1 \\( POSS ${DESCRIBING}T(${PRODUCT_NOUNS}) \\)`, requires: ['('] },
  // "Zeta is the model family from Zenco".
  // "Zeta Wars is the second game from publisher Qorva": a role noun may stand before the maker, and a word before it ("from Finnish
  // studio Qorva", "from indie developer Qorva": stop 75, from stop 74's last makers samples).
  // Not after a verb of using or buying: "Zembla Display is using etchers from Qorva", "Zenco was buying chips from Qorva" name a
  // customer, not a product (fpn90, from stop 90's seventy-ninth fresh sample).
  { relation: 'develops', template: `Y1 (?:is|was|remains) (?!${USING_OR_BUYING} )(?:the |a |an )?G3 T(${PRODUCT_NOUNS}|title|ip) from (?:(?:[a-z-]+ )?(?:publisher|developer|studio|maker|startup|company|firm|label|brand|automaker|carmaker|drugmaker|chipmaker) )?X1 `, notFollowedBy: /^'s /, requires: ['from', 'is|was|remains'] },
  // "Zeta is the result of a collaboration between Zenco, the Institute and Qorva": each partner makes it.
  { relation: 'develops', template: `Y1 P AUX (?:the |a )?(?:[a-z-]+ )?T(result|product|fruit|outcome) of (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:collaboration|partnership|joint venture|joint effort|cooperation|alliance) (?:between|among|with|of) X`, requires: ['of'] },
  // "Zeta was built through a partnership with Zenco": the partner makes it.
  { relation: 'develops', template: `Y1 P AUX T(built|developed|created|designed|made|produced|launched) (?:through|in|via|under|as part of) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:partnership|collaboration|joint venture|cooperation|alliance) (?:with|between) X`, requires: ['with|between'] },
  // "Zenco built Zeta in collaboration with Kappa": the partner makes it too.
  { relation: 'develops', template: `T(developed|built|created|designed|made|launched|released) (?:the |its |a |an )?Y1 (?:jointly )?(?:in collaboration|in partnership|together|jointly) with X1 `, requires: ['with'] },
  // "Zeta from Zenco"; in a list ("A, B and C from Zenco") only the member next to it is surely Zenco's.
  // "download Zapp from Apple's store": a place of the owner's that the thing comes from is no maker (stop 67).
  // "the Zeta from Zenco's partner Qorva": the thing is the tie's (apposed-maker-patterns.ts, helper apz94).
  { relation: 'develops', template: `Y1 T(from) X1 `, notPrecededBy: NOT_MADE_FROM_OR_ORDER_WON_BEFORE, notFollowedBy: new RegExp(`^'s (?:[a-z-]+ ){0,2}(?:store|stores|site|sites|website|websites|platform|platforms|servers?|shelves|marketplace|catalog|catalogue|library|network|services)(?= |$)|${FIRMS_TIE_AFTER.source}`) },
  // "the Z50 II camera from Nikon": with the product's noun between.
  // "the Zeta rocket from the German start-up Zenco Space": a description of the maker may come first (stop 53's readers).
  { relation: 'develops', template: `Y1 (?<k>[a-z][a-z0-9-]*) T(from) (?:(?:the |a |an )?(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X1 `, notPrecededBy: NOT_MADE_FROM_OR_ORDER_WON_BEFORE, notFollowedBy: FIRMS_TIE_AFTER, kindNoun: true, indexBy: MADE_KIND_WORDS, requires: ['from'] },
  // Helper sup89, from fresh samples on train, ship and telecom orders: "Qorva placed an order with Zenco for 23 Zeta trains", "Qorva
  // awarded Zenco a contract for the supply of 50 Zeta locomotives": the firm the buyer orders from, or awards the work to, supplies
  // the goods; the buyer makes nothing. The goods are counted or named as supplied ("the supply of"), and no other noun's "of" or
  // "for" stands between ("a contract for the maintenance of Zeta trains" makes nothing).
  { relation: 'develops', id: 'pattern:develops:order-placed-with', template: `T(placed|places|place|placing) (?:an? |the |its |their |another |a further |a new )?(?:(?!(?:with|for|of|from|to|by)(?= ))[^ @]+ ){0,4}?(?:order|orders|contract|contracts) (?:(?:worth|valued at) (?:(?!(?:with|for)(?= ))[^ @]+ ){1,4})?with (?:the )?X1 for ${GOODS_ORDERED}Y1 `, requires: ['with', 'for'] },
  { relation: 'develops', id: 'pattern:develops:awarded-order-for', template: `T(awarded|awards|award|awarding) (?:the )?X1 (?:an? |the |its |another |a further |a new )?(?:(?!(?:with|for|of|from|to|by)(?= ))(?:price @\\d+|[^ @]+) ){0,4}?(?:order|orders|contract|contracts) (?:(?:worth|valued at) (?:(?!(?:with|for)(?= ))[^ @]+ ){1,4})?for ${GOODS_ORDERED}Y1 `, requires: ['for'] },
  // "Zenco launched Zeta to challenge Qorva": a launch aimed at a firm makes its maker the rival (the trigger
  // reading pairs the launched product with a rival product, not with a firm).
  { relation: 'competes_with', template: `X1 P AUX (?:${MAKE_VERBS}) (?:the |its |a |an |their )?(?:(?:${MODIFIERS}) )*@\\d+ (?:[a-z-]+ ){0,3}(?:to|in a bid to|in an effort to|aiming to) T(challenge|compete with|rival|take on|take aim at|counter|dethrone|unseat) (?:the )?Y1 `, notFollowedBy: AIMED_AT_OWNED, requires: ['to'] },
  // "Zenco, whose main competitor is Qorva, …": the rival named in a relative clause on its owner.
  { relation: 'competes_with', template: `X1 , T(whose) (?:[a-z-]+ ){0,3}(?:rival|rivals|competitor|competitors|challenger|challengers|opponent|opponents) (?:is|are|was|were|remains|include|includes) (?:the )?Y`, requires: ['whose'] },
  // "the Zenvac by technology company Zenco", "Galaxy Ring by Samsung": the maker after "by" (not a report's author, a buyer or a banner).
  { relation: 'develops', template: `Y1 T(by) (?:(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X1 (?!'s )`, notPrecededBy: NOT_MADE_BY_BEFORE, requires: ['by'] },
  // "a new CPU from Zenco, called Zeta", "the phone maker's new handset from Zenco, dubbed Zeta".
  { relation: 'develops', template: `(?:${PRODUCT_NOUNS}) T(from) X1 (?:, )?(?:called|named|dubbed|known as|branded) (?:the )?Y1 `, requires: ['from'] },
  // "Zeta (from Zenco) is …"
  { relation: 'develops', template: `Y1 \\( T(from|by) X1 \\) `, requires: ['(', ')'] },
  // "Zeta-4, the latest model from Zenco, …"
  // "Zeta, the video tool from chat firm Zenco, …": a short description before the maker.
  // "Zeta, the RPG from Zenco Studio and Qorva Games": every maker the list names (stop 53's readers; it was the first alone).
  // Not "Zenco, whose portfolio ranges from Qorva …": the firm's own range, whose first member is no maker (helper own88).
  // Nor "Zenco's app Vexa, map apps from Qorva and Tolan": a plural kind without "a" or "one" lists other things, it describes no
  // name before it (helper fpx93, fresh sample s88c); "Zeta, a family of models from Zenco" keeps its maker, and so does a list's
  // last item ("Alpha, Beta and Gamma, apps from Zenco").
  { relation: 'develops', template: `Y1 , (?!whose )(?:(?<=(?:^| )(?:and|or) @\\d+ , )|(?!(?!(?:a|an|one|each|either|the) )(?:[a-z-]+ ){0,3}(?!(?:series|glasses|headphones|earbuds|earphones|news|bus|gas|lens|chassis|species|analytics|graphics|robotics|electronics|logistics|diagnostics|genomics|pharmaceuticals|biologics|cosmetics|textiles|apparel|jeans) )[a-z]+s from ))(?:the |a |an |its )?G3 T(${PRODUCT_NOUNS}) from (?:(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X `, notFollowedBy: /^'s /, requires: ['from', ','] },

  // banned, restricts — the actors listed after the clause that says what they did: "Countries that have banned
  // Zapp include A, B and C", "Among the firms that curb staff use of Zapp are A and B", "Countries where Zapp is
  // blocked include A". Clauses with an actor of their own come from the triggers (trigger-relations.ts).
  // "The states which voted to stop airing Zeta News included A, B and C" (stop 76, from stop 75's last bans sets).
  { relation: 'banned', template: `${ACTORS_THAT} AUX T(${BAN_VERBS}|${DROP_VERBS}|${STOP_CARRYING}) (?:${USE_OF})?Y G6 ${ARE_LISTED} X`, notPrecededBy: /\S+ (?:of|by) $/, requires: ['that|which|who'] },
  { relation: 'banned', template: `${ACTORS_THAT} AUX T(${RESTRICT_VERBS}) ${USE_OF}Y G6 ${ARE_LISTED} X`, notPrecededBy: /\S+ (?:of|by) $/, requires: ['that|which|who'] },
  { relation: 'restricts', template: `${ACTORS_THAT} AUX T(${RESTRICT_VERBS}|sanctioned|sanction|sanctions|blacklisted|blacklist) (?!${USE_OF})Y G6 ${ARE_LISTED} X`, notPrecededBy: /\S+ (?:of|by) $/, requires: ['that|which|who'] },
  { relation: 'banned', template: `${PLACES_WHERE} Y AUX T(${BAN_PARTICIPLES}) G6 ${ARE_LISTED} X`, requires: ['where|which'] },
  { relation: 'restricts', template: `${PLACES_WHERE} Y AUX T(restricted|sanctioned|blacklisted|curbed) G6 ${ARE_LISTED} X`, requires: ['where|which'] },

  // "Companies blocked by the Ruritanian government include: A, B and C", "the firms sanctioned by X are A and B".
  // "Apps that have now been blocked by X include the following: A, B": a relative clause of up to four words.
  // "These extensions, now forbidden by Qorva Browser, are A, B and C": the participle phrase may be set off by commas.
  { relation: 'banned', template: `(?:the |these |those )?(?:${LISTED_HEADS}) (?:, )?(?:[a-z-]+ ){0,4}T(blocked|banned|barred|suspended|prohibited|outlawed|forbidden|removed) by X1 (?:, )?(?:${ARE_LISTED}) ${LIST_OPENS}Y`, requires: ['by'] },
  { relation: 'restricts', template: `(?:the )?(?:${LISTED_HEADS}) (?:[a-z-]+ ){0,4}T(sanctioned|blacklisted|restricted|targeted|designated|listed|added) by X1 (?:${ARE_LISTED}) ${LIST_OPENS}Y`, requires: ['by'] },
  // "Zenco pulled Zapp from its app store", "deleted A, B and C from its store": a store that pulls an app bans it.
  // "pulled a number of apps, including A and B, from its store": the apps named after their kind.
  // ("yanked" came with stop 47's bans readers: "Zenco yanks Zapp from its store".)
  // A firm told to pull an app acts for whoever told it ("ordered Zenco to pull Zapp from its store" is the orderer's ban,
  // read below), so the firm after an order word is no actor here.
  // "pulled the controversial Zeta app from its store" (stop 51's readers): up to two describing words after the article.
  // "pulled an application called Zapp from its store": the app named after its kind (stop 59's readers).
  // "pulled all Zeta products from its stores", "all of its Zeta stock" (helper ban89, fresh samples on retailers' shelves): "all" as an article.
  { relation: 'banned', template: `X P AUX T(pulled|pulls|pull|pulling|yanked|yanks|yank|yanking|deleted|deletes|delete|deleting|dropped|drops|drop|dropping|withdrew|withdraws|withdraw|withdrawing) (?:(?:the |its |all (?:the |its |of (?:the |its ))?)(?:(?!from )[a-z-]+ ){0,2})?(?:(?:a number of |several |some |dozens of |\\d+ |[a-z]+ )?(?:[a-z-]+ ){0,2}(?:${LISTED_HEADS}) (?:(?:, )?(?:including|like|such as|namely) |, ))?(?:(?:a |an |the )(?:[a-z-]+ ){0,2}(?:app|application|game|website|site|service|extension|program|programme|tool|title|wallet|blocker|emulator|browser|player|keyboard|launcher) (?:(?:called|named|dubbed) |, ))?Y (?:, )?(?:[a-z-]+ )?from (?:the |its |their |its@\\d+ )?(?:@\\d+ |(?:[a-z-]+ ){0,2}(?:store|stores|shelves|marketplace) )`, verb: true, requires: ['from'], notPrecededBy: ORDERED_BEFORE },
  // "withdrew access to exchanges such as A and B", "cut off access to Zapp": taking access away bans what it was to.
  { relation: 'banned', template: `X P AUX T(withdrew|withdraws|withdraw|withdrawn|pulled|pulls|cut off|cuts off|cut|cuts|disabled|disables) access to (?:the |their |its )?(?:(?:[a-z-]+ ){0,2}(?:${LISTED_HEADS}) (?:, )?(?:including |like |such as |namely )?)?Y`, verb: true, notFollowedBy: /^'s (?!(?:websites?|sites?|apps?|services?|platforms?) )/, requires: ['access'] },
  // "Ruritanian court orders Zapp blocked": an order that a thing be blocked bans it.
  { relation: 'banned', template: `X P AUX T(ordered|orders|order) Y1 (?:to be )?(?:blocked|banned|removed|suspended|shut down|taken down)(?= |$)`, verb: true },
  // "Despite Ruritania blocking platforms like Zapp", "resulted in the Ruritanian government banning apps, including Zapp":
  // a state or firm named right before a gerund of banning is its actor (not "Zenco blocking Qorva's deal").
  { relation: 'banned', template: `X1 T(banning|blocking|prohibiting|barring|outlawing) (?:(?:[a-z-]+ ){0,3}(?:, )?(?:like|including|such as) )?Y`, notFollowedBy: /^'s / },
  // "ordered Zenco to cease operations", "forced Zenco to wind down its local business": an order to stop doing business is a ban;
  // when the order was given may stand before its "to" ("ordered Zenco in March to cease operations");
  // "ordered A, B and C to shut down their services", "ordered aggregators, including A, to cease operations": every firm named.
  // "instructed exchange Zenco to suspend its trading" (stop 60's readers): the firm's kind may stand before its name.
  { relation: 'banned', template: `X P AUX T(${ORDER_VERBS}) (?:${NAMED_AFTER_KIND}|${FIRM_KIND_BEFORE})Y (?:, )?${WHEN}to (?:immediately )?${STOP_BUSINESS}`, verb: true, stateActor: true, notFollowedBy: /^ of (?:the |its |their |its@\d+ )?(?:[a-z0-9-]+ )?@\d/ },
  // "Zapp and Qorva were ordered to cease operations by the regulator", the headline "Zapp, Qorva ordered by Ruritania to cease operations".
  { relation: 'banned', template: `Y AUX T(${ORDER_VERBS}) to (?:immediately )?(?:${STOP_BUSINESS}|${CLOSE_DOWN}) (?:[a-z-]+ ){0,4}by (?:the )?X1`, requires: ['by'] },
  // "Zapp was ordered by the regulator to suspend trading" (stop 60's readers): the auxiliary may come first.
  { relation: 'banned', template: `Y AUX T(${ORDER_VERBS}) by (?:the )?X1 to (?:immediately )?(?:${STOP_BUSINESS}|${CLOSE_DOWN})`, requires: ['by'] },
  // "ordered Zapp to shut down", "told the app to close": an order to close, with no object, is a ban too
  // ("ordered Zenco to close the deal" is not: the clause must end or say where or when; nor is a rival
  // that "forced Qorva to close").
  { relation: 'banned', template: `X P AUX T(${ORDERED_TO}) Y1 ${WHEN}to (?:immediately )?(?:${CLOSE_DOWN})${CLOSING_ENDS}`, verb: true },
  // "decided to shut the bureau of Qorva Radio", "closed down the offices of Zenco": closing an outlet's or a firm's office there bans it.
  { relation: 'banned', template: `X P AUX (?:(?:decided|moved|voted|chose) to )?T(${CLOSE_DOWN}|closed|closes|closed down|closes down|shuts|shuts down) (?:the |its )?(?:[a-z-]+ )?(?:bureau|bureaus|office|offices|branch|branches|newsroom|studios) of (?:the )?Y1 `, verb: true, requires: ['of'] },
  // "pulled Zenco Radio off the air", "took Zenco TV off air": a broadcaster taken off the air is banned.
  // "took Zenco News and Zenco Sport off the airwaves"; "Zenco TV was taken off the air by the regulator".
  { relation: 'banned', template: `X P AUX T(pulled|pulls|pull|took|takes|take|taken|knocked|knocks) Y off (?:the )?(?:${OFF_AIR})(?= |$)`, verb: true, requires: [OFF_AIR] },
  // "was taken off the air by both Qorvasat and Vexa Cable": every carrier the list names (stop 76, from stop 75's last bans sets).
  { relation: 'banned', template: `Y AUX T(pulled|taken|knocked) off (?:the )?(?:${OFF_AIR}) (?:[a-z-]+ ){0,3}by (?:both )?(?:the )?(?:@\\d+ (?:'s )?(?:[a-z-]+ )?(?:regulator|watchdog|agency|ministry|authority|government|operator|provider|company|broadcaster|platform) )?X`, requires: ['by'], indexBy: OFF_AIR.split('|') },
  // "terminated the terrestrial broadcast of Zenco TV", "halted the retransmission of A and B", "cut Zenco TV's signal": ending
  // what carries an outlet to its audience bans it (the trigger verbs, "suspended the broadcast of", were read already).
  { relation: 'banned', template: `X P AUX T(${END_VERBS}) (?:the |its |all )?(?:[a-z-]+ ){0,2}(?:(?:${CARRIAGE}) (?:of|by)|(?:broadcasts|broadcast|transmissions|programming|programmes|programs) from) (?:the )?Y`, verb: true, notFollowedBy: /^'s /, indexBy: CARRIAGE.split('|') },
  { relation: 'banned', template: `X P AUX T(${END_VERBS}) (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:${CARRIAGE})(?= |$)`, verb: true, indexBy: CARRIAGE.split('|') },
  // "ordered cable operators to stop carrying Zenco TV", "requested internet providers to block the portals A and B",
  // "ordered the provider Qorva Sat to take Zenco TV off the air": an order to those who carry an outlet or an app bans it.
  { relation: 'banned', template: `X P AUX T(${ORDER_WORDS}) (?:${CARRIERS}) to (?:immediately )?(?:${CARRY_STOPS}) (?:access to )?(?:the )?(?:(?!(?:of|by|from|for|about|on|in) )[a-z-]+ ){0,2}Y`, verb: true, notFollowedBy: /^'s (?!(?:websites?|sites?|channels?|pages?|accounts?|apps?|signal|broadcasts?|services?) )/, requires: ['to', ORDER_WORDS], indexBy: CARRY_STOP_WORDS },
  { relation: 'banned', template: `X P AUX T(${ORDER_WORDS}) (?:${CARRIERS}) to (?:take|pull) Y off (?:the )?(?:${OFF_AIR})(?= |$)`, verb: true, requires: [OFF_AIR] },
  // "Vidtube took down the pages of Zenco Media", "Qorvabook shut down Zenco TV's accounts": a platform taking down
  // another's pages bans it (taking down or shutting one's own is no ban: "took down" alone is a state's verb).
  // The pages are the trigger: "took down" and "shut down" alone need a state for actor (claim-check.ts).
  { relation: 'banned', template: `X P AUX (?:${TAKE_DOWN_VERBS}) (?:the |all |several |its |\\d+ |[a-z]+ )?(?:[a-z-]+ ){0,2}T(${OUTLET_PRESENCES}) (?:of|run by|linked to|belonging to|operated by|tied to|affiliated with|associated with) (?:the )?(?:(?:broadcaster|broadcasters|channel|channels|outlet|outlets|station|stations|newspaper|newspapers|website|websites|site|sites) )?Y`, notFollowedBy: /^'s / },
  { relation: 'banned', template: `X P AUX (?:${TAKE_DOWN_VERBS}) (?:the )?Y1 's (?:[a-z-]+ ){0,2}T(${OUTLET_PRESENCES})`, requires: ["'s"] },
  // "Zapp was ordered to cease operations in Ruritania", "Authorities in Ruritania ordered Zapp to shut down": an order
  // no one named gave, stated by where it holds, is that state's ban (as "Zapp was blocked in Ruritania" is).
  { relation: 'banned', template: `Y1 AUX T(ordered|forced|told|directed|instructed|compelled) to (?:immediately )?(?:${STOP_BUSINESS}|${CLOSE_DOWN}) in X1 `, requires: ['in'] },
  { relation: 'banned', template: `(?:the )?(?:${GENERIC_ACTORS}) AUX T(${ORDER_VERBS}) Y1 to (?:immediately )?(?:${STOP_BUSINESS}|${CLOSE_DOWN}) in X1 `, requires: ['in'] },
  { relation: 'banned', template: `(?:the )?(?:${GENERIC_ACTORS}) in X1 AUX T(${ORDER_VERBS}) Y1 to (?:immediately )?(?:${STOP_BUSINESS}|${CLOSE_DOWN})${CLOSING_ENDS}`, requires: ['in'] },
  // "ordered Zenco to stop processing data", "told Zapp to cease offering its service": an order to stop serving users is a ban
  // (not one to stop a practice: "ordered Zenco to stop misleading users").
  // "directed five lenders, including A and B, to stop processing payments": the firms may be named after their kind.
  { relation: 'banned', template: `X P AUX T(${ORDERED_TO}|compelled|compels) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}to (?:immediately )?(?:cease|halt|stop|suspend) (?!${NEW_BUSINESS})(?:processing|offering|providing|operating|selling|serving|distributing|hosting|supplying|accepting|collecting|onboarding|issuing|opening|the (?:processing|collection|sale|distribution|provision) of) `, verb: true, notFollowedBy: NAMED_GOODS_NEXT },
  // "directed Zenco and Qorva to stop onboarding new customers", "Zenpay was ordered by the central bank to stop accepting new
  // users": a firm kept from taking new customers keeps its business under a limit, which restricts it.
  // "ordered Zenco and Qorva to stop using facial recognition to clock in staff", "issued enforcement notices ordering Zenco to
  // cease the use of fingerprint scanners": a state body keeps a firm from one tool it uses, not from its business, which
  // restricts it (stop 89, ord89; the firm's own goods stopped stay bans above).
  { relation: 'restricts', id: 'pattern:restricts:ordered-to-stop-using-tool', template: `X P AUX T(${ORDER_VERBS}) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}to ${STOP_USING_TOOL}`, verb: true, stateActor: true, requires: ['to'], indexBy: USED_TOOL_WORDS },
  { relation: 'restricts', id: 'pattern:restricts:notices-ordering-to-stop-using-tool', template: `X P AUX T(issued|issues|issue|served|serves|serve|sent|sends) (?:(?:an?|the|its|\\d+|two|three|four|five|six|seven|eight|nine|ten) )?(?:[a-z-]+ )?(?:notices|notice|orders|order|directives|directive|decisions|decision) (?:ordering|instructing|requiring|directing|telling|forcing) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}to ${STOP_USING_TOOL}`, verb: true, stateActor: true, requires: ['to'], indexBy: USED_TOOL_WORDS },
  { relation: 'restricts', id: 'pattern:restricts:ordered-by-to-stop-using-tool', template: `Y1 AUX T(ordered|directed|told|instructed|forced|compelled) by (?:the )?X1 to ${STOP_USING_TOOL}`, stateActor: true, requires: ['by'], indexBy: USED_TOOL_WORDS },
  { relation: 'restricts', template: `X P AUX T(${ORDERED_TO}|compelled|compels) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}to (?:immediately )?(?:cease|halt|stop|suspend|pause|freeze) ${NEW_BUSINESS}`, verb: true, indexBy: NEW_BUSINESS_WORDS },
  { relation: 'restricts', template: `Y AUX T(ordered|directed|told|instructed) by (?:the )?X1 to (?:immediately )?(?:cease|halt|stop|suspend|pause|freeze) ${NEW_BUSINESS}`, requires: ['by'], indexBy: NEW_BUSINESS_WORDS },
  { relation: 'restricts', template: `Y AUX T(ordered|directed|told|instructed) to (?:immediately )?(?:cease|halt|stop|suspend|pause|freeze) ${NEW_BUSINESS}(?:[a-z-]+ ){0,4}by (?:the )?X1`, requires: ['by'], indexBy: NEW_BUSINESS_WORDS },
  // "told banks to stop dealing with Zenco Pay and Qorva", "directed lenders to cease their partnerships with Zenco": cutting a
  // firm off from those it works through bans it.
  { relation: 'banned', template: `X P AUX T(${ORDER_WORDS}) (?:${CARRIERS}) to (?:immediately )?(?:stop|cease|end|halt|suspend|sever|cut|discontinue|terminate) (?:all |any |their |its )?(?:[a-z-]+ )?(?:dealing|dealings|doing business|business|transactions|relations|relationships|partnerships|ties|links|working|cooperation|cooperating|transacting|engaging) with (?:the )?Y`, verb: true, requires: ['with', ORDER_WORDS] },
  // "moved to stop the operations of Zenco", "halted the activities of Qorva Media": ending a firm's business there bans it.
  // "announced it has shut down the operations of A, B and C" (stop 52's readers).
  { relation: 'banned', template: `X P AUX (?:(?:moved|decided|voted|sought|acted) to |(?:said|says|announced|announces) (?:that )?(?:it|they) (?:has |have |had )?)?T(stop|halt|end|terminate|stopped|halted|ended|terminated|stops|halts|ends|terminates|shut down|shuts down|closed down|suspended|suspends) (?:the |all )?(?:operations|activities|business|services) of (?:the )?Y`, verb: true, notFollowedBy: /^'s /, requires: ['of'] },
  // "ordered Zenco to close down its app Zeta", "forced Qorva to delete Zapp": an order to a firm to close or remove a thing bans the thing.
  { relation: 'banned', template: `X P AUX T(${ORDERED_OR_FORCED}) (?:the )?@\\d+ ${WHEN}to (?:immediately )?(?:close down|shut down|close|shut|remove|delete|take down|delist|discontinue|suspend) (?:its |their |the )?(?:[a-z-]+ ){0,2}Y`, verb: true, notFollowedBy: /^'s /, requires: ['to'] },
  // "issued a cease-and-desist order against Zenco", "served Zapp with a blocking order": an order to stop is a ban.
  // "sent cease-and-desist orders of their own to Zenco and Qorva".
  { relation: 'banned', template: `X P AUX T(issued|issues|issue|sent|sends|served|serves) (?:an? |the )?(?:[a-z-]+ )?(?:${STOP_ORDERS}) (?:of (?:its|their) own )?(?:against|to|on) (?:both )?(?:the )?${KIND_BEFORE_TARGETS}${KIND_BEFORE_TARGET}Y `, verb: true, requires: ['order|orders|injunction|injunctions|letter|letters'] },
  // "Sanctions have been imposed on Zenco by the Treasury", "A ban was imposed on Zapp by Ruritania": the act's agent after its target.
  { relation: 'restricts', template: `T(sanctions|restrictions|curbs|export controls|an embargo|embargoes) AUX (?:imposed|placed|levied|slapped) on (?:the )?Y by (?:the )?X1`, requires: ['by'], indexBy: ['imposed', 'placed', 'levied', 'slapped'] },
  { relation: 'banned', template: `T(ban|a ban|bans|the ban|prohibition|a prohibition) AUX (?:imposed|placed|slapped) on (?:the )?Y by (?:the )?X1`, requires: ['by'], indexBy: ['imposed', 'placed', 'slapped'] },
  // "Zenco and Qorva are mixers that the Treasury has sanctioned", "Zapp, an app that Ruritania banned": the act in an object relative clause.
  { relation: 'restricts', template: `Y (?:, (?:the|a|an) |(?:is|are|was|were) (?:the |a |an )?)(?:[a-z-]+ ){0,2}(?:${TARGET_KINDS}) (?:that|which) (?:the )?X1 AUX T(sanctioned|blacklisted)`, requires: ['that|which'] },
  { relation: 'banned', template: `Y (?:, (?:the|a|an) |(?:is|are|was|were) (?:the |a |an )?)(?:[a-z-]+ ){0,2}(?:${TARGET_KINDS}) (?:that|which) (?:the )?X1 AUX T(${BAN_PARTICIPLES})`, requires: ['that|which'] },
  { relation: 'banned', template: `X P AUX T(served|serves) Y1 with (?:an? |the )?(?:[a-z-]+ )?(?:${STOP_ORDERS}) `, verb: true, requires: ['order|orders|injunction'] },
  // "Zenbet received a ban from Somalia": the ban's giver after "from" (sanctions "from" a state were read already).
  { relation: 'banned', template: `Y1 AUX T(received|receives|receive|got|gets|faced|faces|face|drew|draws) (?:a |an |the )?(?:[a-z-]+ )?(?:ban|bans|prohibition|suspension|blocking order) from (?:the )?X1 `, requires: ['from'], indexBy: ['ban', 'bans', 'prohibition', 'suspension'] },
  // "Zenco received a cease-and-desist order from the regulator".
  { relation: 'banned', template: `Y1 AUX T(received|receives|receive|was served with|was issued|got) (?:an? |the )?(?:[a-z-]+ )?(?:${STOP_ORDERS}) from (?:the )?X1 `, requires: ['from', 'order|orders|injunction'] },

  // "cancelled the licence of Zeta", "pulled Zeta TV's license", "stripped Zeta of its licence": taking away the licence a
  // broadcaster or operator works under bans it (revoking was a trigger already; cancelling and pulling alone mean nothing).
  // Only a state's taking away does: "Zenco withdrew Qorva's licence to use its brand", "cancelled Qorva's distribution licence"
  // end a deal between firms (helper fpy93, from sus92's list); a firm's "revoked" or "suspended" stays the trigger's.
  { relation: 'banned', template: `X P AUX T(${LICENCE_VERBS}|${COURT_UNDOING}|${NOT_RENEWED}) (?:the |its |their )?${LICENCE_KIND}(?:${LICENCES}) (?:of|for|held by) (?:the )?(?:[a-z-]+ )?Y`, verb: true, stateActor: true, indexBy: LICENCE_WORDS, notFollowedBy: HOLDERS_POSSESSOR_AFTER },
  { relation: 'banned', id: 'pattern:banned:state-undid-certification-of', template: `X P AUX T(${LICENCE_VERBS}|${COURT_UNDOING}|${NOT_RENEWED}) (?:the |its |their )?${LICENCE_KIND}(?:${CERTIFICATION_WORDS.join('|')}) (?:of|for|held by) (?:the )?(?:[a-z-]+ )?Y`, verb: true, stateActor: true, notFollowedBy: CERTIFIED_NOT_HOLDER_AFTER, indexBy: CERTIFICATION_WORDS },
  { relation: 'banned', template: `X P AUX T(${LICENCE_VERBS}|${NOT_RENEWED}) Y1 's ${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, verb: true, stateActor: true, indexBy: LICENCE_WORDS },
  // "pulled the Zenco enterprise certificate", "Zenco pulls Qorva enterprise certificate" (a headline): the holder's name before the licence.
  { relation: 'banned', id: 'pattern:banned:named-licence-revoked', template: `X P AUX T(${LICENCE_VERBS}) (?:the |a |an )?Y1 ${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, verb: true, indexBy: LICENCE_WORDS },
  { relation: 'banned', template: `X P AUX T(stripped|strips|strip|deprived|deprives|deprive) (?:the )?(?:[a-z-]+ )?Y1 of (?:its |their |a |the )?(?:[a-z-]+ ){0,2}(?:${LICENCES})${LICENCE_HEADED}`, verb: true, indexBy: LICENCE_WORDS },
  { relation: 'banned', template: `Y1 's ${LICENCE_KIND}(?:${LICENCES}) (?:was|were|has been|have been|had been|is being) T(${LICENCE_VERBS}) by (?:the )?X1`, requires: ['by'], indexBy: LICENCE_WORDS },
  // Helper ban89, from fresh samples on pesticide registrations, drug approvals and broadcast licences: a licence lost in the passive
  // with its body ("the registrations of A and B were vacated by the court"), a court vacating the registration another body
  // granted ("vacated the EPA's registrations for A, B and C"), and a licence's loss told as a noun with its body as possessive or
  // after "by" ("Ofcom's cancellation of Zeta TV's licence", "the non-renewal of Zeta TV's licence by Ofcom", "the FDA's withdrawal
  // of approval for Zetamab"). A loss proposed, fought or undone, a trade permit, or a deal's approval bans nothing.
  { relation: 'banned', id: 'pattern:banned:licence-of-lost-by', template: `(?:the |its |their )?${LICENCE_KIND}(?:${LICENCES}) (?:of|for|held by) (?:the )?Y (?:(?!(?:was|were|has|have|had|is|are)(?= ))[a-z-]+ )?(?:was|were|has been|have been|had been|is being|are being) (?:[a-z]+ly )?T(${LICENCE_VERBS}|${COURT_UNDOING}) (?:(?:in|on|last) [a-z0-9]+ )?by (?:the )?X1`, stateActor: true, notPrecededBy: TRADE_LICENCE_BEFORE, notFollowedBy: LOSS_NOT_A_BAN_AFTER, requires: ['by'], indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:vacated-grantors-registration', template: `X P AUX T(${COURT_UNDOING}) (?:the )?@\\d+ 's ${LICENCE_KIND}(?:${LICENCES}) (?:of|for) (?:the )?Y`, verb: true, stateActor: true, requires: ['vacated|vacates|vacate|aside'], indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:body-loss-of-holders-licence', template: `X1 's (?:(?!(?:proposed|possible|potential|threatened|planned|mooted)(?= ))[a-z-]+ )?T(${LICENCE_LOSS_NOUNS}) of (?:the )?Y1 's ${LICENCE_KIND}(?:${LOST_LICENCES})${LICENCE_HEADED}`, stateActor: true, notPrecededBy: LOSS_UNMADE_BEFORE, notFollowedBy: LOSS_NOT_A_BAN_AFTER, requires: ['of'] },
  { relation: 'banned', id: 'pattern:banned:body-loss-of-licence-of', template: `X1 's (?:(?!(?:proposed|possible|potential|threatened|planned|mooted)(?= ))[a-z-]+ )?T(${LICENCE_LOSS_NOUNS}) of (?:the |its |their )?${LICENCE_KIND}(?:${LOST_LICENCES}) (?:of|for|held by) (?:the )?Y`, stateActor: true, notPrecededBy: LOSS_UNMADE_BEFORE, notFollowedBy: LOSS_NOT_A_BAN_AFTER, requires: ['of'] },
  { relation: 'banned', id: 'pattern:banned:loss-of-holders-licence-by-body', template: `(?:the |a |an )?(?:(?!(?:proposed|possible|potential|threatened|planned|mooted)(?= ))[a-z-]+ )?T(${LICENCE_LOSS_NOUNS}) of (?:the )?Y1 's ${LICENCE_KIND}(?:${LOST_LICENCES}) by (?:the )?X1`, stateActor: true, notPrecededBy: LOSS_UNMADE_BEFORE, notFollowedBy: LOSS_NOT_A_BAN_AFTER, requires: ['of', 'by'] },
  { relation: 'banned', id: 'pattern:banned:loss-of-licence-of-by-body', template: `(?:the |a |an )?(?:(?!(?:proposed|possible|potential|threatened|planned|mooted)(?= ))[a-z-]+ )?T(${LICENCE_LOSS_NOUNS}) of (?:the )?${LICENCE_KIND}(?:${LOST_LICENCES}) (?:of|for|held by) (?:the )?Y1 by (?:the )?X1`, stateActor: true, notPrecededBy: LOSS_UNMADE_BEFORE, notFollowedBy: LOSS_NOT_A_BAN_AFTER, requires: ['of', 'by'] },

  // "Ruritania limited exports of chips to Zembla", "tightened shipments to Zembla": verbs too general to be triggers
  // ("limit" and "tighten" mean nothing alone) restrict the destination of exports, sales or shipments.
  { relation: 'restricts', template: `X P AUX T(limited|limits|limit|limiting|tightened|tightens|tighten|tightening) (?:the |its |their |new |further |some |certain |chip |technology |tech )?(?:exports|shipments|sales) A6 (?:to|into) Y`, verb: true, indexBy: ['exports', 'shipments', 'sales'] },

  // "Washington kept its firms from shipping tools to Zembla", "stopped Zenco from selling chips to Zembla": the destination is restricted.
  { relation: 'restricts', template: `X P AUX T(kept|keeps|keep|keeping|stopped|stops|stop|stopping|prevented|prevents|prevent|preventing) A3 from (?:selling|shipping|exporting|supplying) A6 (?:to|into) Y`, verb: true, requires: ['from'], indexBy: ['selling', 'shipping', 'exporting', 'supplying'] },

  // "Ruritania announced the addition of Zenco and Kappa to its export control list": a placement stated as a noun.
  // "… announced the inclusion of Zenco in its unreliable entity list": the same with "inclusion … in/on".
  { relation: 'restricts', template: `X P AUX (?:announced |confirmed |approved |published |finalized |finalised )?(?:the )?T(addition|additions) of Y A6 to (?:the |its |their )?(?:(?:[a-z.-]+ ){0,2}(?:entity|control|sanctions|trade|unverified|end-user|restricted|denied|covered) list|blacklist|denylist)`, requires: ['of', 'to'], indexBy: ['addition', 'additions'] },
  { relation: 'restricts', template: `X P AUX (?:announced |confirmed |approved |published |finalized |finalised )?(?:the )?T(inclusion) of Y A6 (?:in|on) (?:the |its |their )?(?:(?:[a-z.-]+ ){0,2}(?:entity|control|sanctions|trade|unverified|end-user|restricted|denied|covered) list|blacklist|denylist)`, requires: ['of', 'in|on'], indexBy: ['inclusion'] },
  // "The drone firms blacklisted by Ruritania include A, B and C": what a participle and its agent head, listed after "include".
  { relation: 'restricts', template: `(?:[a-z-]+ ){0,3}(?:firms|companies|entities|organizations|organisations|makers|suppliers|chipmakers) T(blacklisted|sanctioned|restricted|listed|designated|targeted) G3 by (?:the )?X G3 ${ARE_LISTED} ${LIST_OPENS}Y`, requires: ['by'] },
  { relation: 'banned', template: `(?:[a-z-]+ ){0,3}(?:apps|applications|platforms|services|sites|websites|products|tools|chatbots|games) T(${BAN_PARTICIPLES}) G3 by (?:the )?X G3 ${ARE_LISTED} ${LIST_OPENS}Y`, requires: ['by'] },
  // "Ruritania is the latest state to ban Zapp, after Borduria, Zembla and Kappa": the states named after it banned it before.
  { relation: 'banned', template: `(?:latest|newest|last|next|second|third|fourth|fifth|sixth|\\d+th|\\d+rd|\\d+nd) (?:[a-z]+ )?(?:country|state|nation|jurisdiction|government) to T(ban|block|bar|prohibit|outlaw) Y G4 (?:, )?(?:after|following|joining|behind|alongside) (?:the )?X`, indexBy: ['country', 'state', 'nation', 'jurisdiction', 'government'] },

  // competes_with (symmetric)
  // "Zenco's rival players like Qorva and Vela", "its competing apps such as A and B": the owner's rivals, named after their kind.
  { relation: 'competes_with', template: `POSS (?:[a-z-]+ )?T(rival|competing|competitor) (?:${PLURAL_PRODUCT_NOUNS}|${RIVAL_KINDS}) (?:, )?(?:like|such as|including|namely) (?:the )?Y`, requires: ['like|such|including|namely'] },
  // "Former rivals Zenco and Qorva merged": rivals of old named together are each other's.
  { relation: 'competes_with', template: `(?:the )?(?:former|longtime|long-time|old|bitter|fierce|arch|erstwhile|traditional|one-time) T(rivals|competitors|foes|enemies) X1 and Y1 `, notPrecededBy: /(?:^|\s)(?!(?:the|of|between|among|with|by|from) )\S+ $/ },
  // "To compete with Qorva, Zenco cut prices": a fronted purpose names the main clause subject's rival.
  { relation: 'competes_with', template: `(?:in order )?to T(compete with|rival|challenge|take on|fend off|counter) (?:the )?Y1 (?:[a-z-]+ ){0,4}, (?:the )?X1 (?!'s )`, notPrecededBy: /\S/, requires: [','] },
  // "The deal pits Zenco against Qorva", "pitting Zenco's Zeta against Qorva's Ora", "Zenco is pitted against Qorva": the two put in contest.
  // "pits Zenco squarely against Qorva", "pitting Zenco head-on against Qorva" (fresh news samples): an adverb before "against".
  // Not a name before a state's body or another's rivals: "pitted Zenco against the Ruritanian government" sets a firm against a
  // state, "against Qorva's rivals such as Vexa" against the rivals (helper fp91, from riv91's report).
  { relation: 'competes_with', template: `T(pits|pitted|pitting|pit) (?:the |its |their |its@\\d+ )?X (?:(?:squarely|directly|head-on|firmly|once again|again|increasingly) )?against (?:the )?Y`, notFollowedBy: PITTED_AGAINST_NO_RIVAL_AFTER, requires: ['against'] },
  { relation: 'competes_with', template: `X P AUX T(pitted) against (?:the )?Y`, requires: ['against'] },
  // "Zenco is up against Qorva", "the Zeta is pitched against the Qorva Q7": set against a rival.
  // "found itself up against consoles such as the Zeta and the Qube": rivals named by example (stop 60's makers readers).
  { relation: 'competes_with', template: `X P AUX (?:found |finds |find )?(?:itself |themselves )?T(up against|pitched against|positioned against) (?:the )?(?:(?:[a-z-]+ ){1,2}(?:such as|like|including) (?:the )?|the likes of (?:the )?)?Y`, notFollowedBy: /^'s /, requires: ['against'] },
  // "Rivals of Zenco including A, B and C", "competitors to Zenco such as A": the list names the rivals of the name after "of".
  { relation: 'competes_with', template: `T(rivals|competitors|challengers) (?:of|to) (?:the )?X1 (?:in (?:the )?(?:@\\d+|[a-z-]+) )?(?:, )?(?:such as|like|including|include|are|were) (?:the )?Y`, requires: ['of|to'] },
  // Fresh sample s78b: a firm that watched its market taken by others ("Zenco saw its market eaten up by wallets like A and B", "has seen
  // its share eroded by Qorva"): what wore the market down is its rival, named or given by example; not a customer or a partner set
  // off after it ("its sales squeezed by Qorva, its biggest customer, which cut orders"; review rr90b).
  { relation: 'competes_with', id: 'pattern:competes_with:saw-its-market-eaten', template: `X1 P AUX (?:saw|sees|see|seen|watched|watches|has seen|had seen) its(?:@\\d+)? (?:[a-z-]+ )?(?:market|markets|market share|share|sales|business|customers|lead) (?:being )?T(eaten up|eaten into|eaten away|eroded|taken|stolen|squeezed|undercut) by (?:(?:[a-z-]+ ){1,2}(?:such as|like|including) |the likes of )?(?:the )?Y`, notFollowedBy: COUNTERPART_APPOSED, requires: ['its', 'by'] },
  // Helper cmp90b, from a fresh sample's news apps: a firm answering a rival with a thing of its own ("Zenco responds to Qorva with Zeta",
  // "Zenco answers Lumo with Zeta, its own news app", "hit back at Qorva with the Zeta"). The thing must be named: "responded to Qorva
  // with a lawsuit", "responds to questions from Qorva", "answered Qorva's letter" name no rival, nor does a name that only qualifies
  // the act ("hit back at Qorva with a Delaware lawsuit", "with a Reuters interview"; review rr90b).
  { relation: 'competes_with', id: 'pattern:competes_with:answers-rival-with', template: `X1 P AUX T(responds to|responded to|responding to|respond to|answers|answered|answering|answer|hits back at|hit back at|hitting back at|strikes back at|struck back at|striking back at|strike back at|counters|countered|countering|counter) (?:the )?(?:rival |rivals )?Y1 (?:'s @\\d+ )?with (?:(?:its|their|a|an|the|own|new|rival|competing) ){0,3}(?:[a-z-]+ )?@\\d+ `, verb: true, notFollowedBy: ANSWERING_ACT_AFTER_NAME, requires: ['with'] },
  // … and one struck back at with a thing of its own ("Zenco strikes Qorva back with the Zeta phone").
  { relation: 'competes_with', id: 'pattern:competes_with:strikes-rival-back-with', template: `X1 P AUX T(strikes|struck|striking|strike) (?:the )?(?:rival )?Y1 back with (?:(?:its|their|a|an|the|own|new|rival|competing) ){0,3}(?:[a-z-]+ )?@\\d+ `, verb: true, requires: ['back', 'with'] },
  // "The main competition for Zenco is Qorva", "the biggest threat to Zenco comes from Qorva".
  // "The main competitors for Zenco are A, B and C", "the closest rival to Zenco is Qorva".
  { relation: 'competes_with', template: `T(competition|threat|challenge|competitors|competitor|rivals|rival|challengers|challenger) (?:for|to) (?:the )?X1 (?:is|are|was|were|has been|have been|had been|remains|remained|include|includes|included|comes from|came from) (?:the )?Y`, requires: ['for|to'] },
  // "the contest between Zenco and Qorva": a contest noun that is no trigger of its own ("Zenco will contest the ruling" is a verb).
  { relation: 'competes_with', template: `T(contest|contests|standoff|stand-off) (?:between|among) X1 and Y1 ` },
  // "Qwen3, which it says outperforms Llama 4"
  // "Anthropic is widely seen as OpenAI's closest rival"; "Microsoft lists OpenAI as a competitor"
  // "Nvidia faces growing competition from Huawei"

  // reported — media outlets as sources
  { relation: 'reported', template: `T(according to) X1 `, targetIsTopic: true },
  { relation: 'reported', template: `X1 AUX T(reported|reports|revealed|reveals|disclosed|broke the news|first reported) (?:that |on )?G6 Y1` },
  { relation: 'reported', template: `T(reported by|first reported by|revealed by) X1 `, targetIsTopic: true },

  // invests_in, acquired, partners_with, sued
  { relation: 'invests_in', template: `X P AUX G2 T(invested|invests|invest|investing|poured|pours|pumped|pumps) C6 (?:in|into) G2 Y`, verb: true },
  { relation: 'invests_in', template: `X1 's T(investment|investments|stake|stakes) in Y` },
  { relation: 'invests_in', template: `Y P AUX T(backed|funded|financed) by X` },
  // "Perplexity, the AI search startup backed by Nvidia"
  { relation: 'invests_in', template: `Y1 , (?:the |a |an )?G4 T(backed|funded|financed) by X` },
  { relation: 'invests_in', template: `X P AUX T(backs|backed|funds|funded|took a stake in|takes a stake in|bought a stake in|acquired a stake in|led a funding round in) Y` },
  { relation: 'acquired', template: `X P AUX G2 T(acquired|acquires|acquire|acquiring|bought|buys|buy|purchased|purchases|took over|takes over|snapped up) Y`, verb: true },
  // "blocked Zenco's takeover of Qorva": a deal someone stopped bought nothing (stop 53's readers; the block restricts the buyer below).
  // … nor one stopped after it: "Zenco's takeover of Qorva was blocked by the Commission" (stop 81).
  { relation: 'acquired', template: `X1 's T(acquisition|purchase|takeover) of Y`, notPrecededBy: STOPPED_DEAL_BEFORE, notFollowedBy: DEAL_STOPPED_AFTER },
  { relation: 'acquired', template: `Y P AUX T(acquired|bought|purchased) by X` },
  { relation: 'partners_with', template: `X P AUX G2 T(partnered|partners|partner|partnering|teamed up|teams up|collaborates|collaborated|signed a deal|struck a deal|formed a partnership|allied) with Y`, verb: true },
  { relation: 'partners_with', template: `T(partnership|deal|alliance|collaboration) between X1 and Y1 ` },
  { relation: 'sued', template: `X P AUX G2 T(sued|sues|sue|suing|filed a lawsuit against|filed suit against|took legal action against) Y`, verb: true },
  { relation: 'sued', template: `Y P AUX T(sued) by X` },
  // "Zeta, an online platform founded by Zenco University", "Zeta, a messaging app set up by Zenco in 2019":
  // founding makes a made thing its founder's when the apposition calls it one ("Zeta, a startup founded by …" is a firm: no claim).
  { relation: 'develops', id: 'pattern:develops:founded', template: `Y1 , (?:a |an |the )(?:[a-z-]+ ){0,3}(?:${MADE_KINDS}) T(founded|co-founded|set up|established|started) (?:(?:in|on) (?:[a-z0-9]+ ){1,2})?by (?:the )?X1 (?!(?:engineers|employees|veterans|alumni|executives|staff|researchers|founders?|students|members)\\b)`, requires: ['by', ','] },
  // "the regulator denied Zenco's application to operate in Ruritania", "rejected Zeta TV's bid for a broadcasting licence",
  // "refused a licence to Zenco", "denied Zenco a licence": refusing the authority a firm would work under bans it there,
  // as revoking it does (an application for anything else, a patent or a merger, is no authority to work).
  { relation: 'banned', id: 'pattern:banned:denied-application', template: `X P AUX T(${DENY_VERBS}) Y1 's (?:[a-z-]+ ){0,2}(?:application|applications|bid|request|petition) (?:to (?:${WORK_VERBS})|for (?:an? |the )?(?:[a-z-]+ ){0,2}(?:${LICENCES}|authori[sz]ation))(?= |$)`, verb: true, indexBy: ['application', 'applications', 'bid', 'request', 'petition'] },
  { relation: 'banned', id: 'pattern:banned:denied-licence', template: `X P AUX T(${DENY_VERBS}) (?:an? |the )?${LICENCE_KIND}(?:${LICENCES}) to (?:the )?(?:[a-z-]+ )?Y`, verb: true, indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:denied-holder', template: `X P AUX T(${DENY_VERBS}) (?:the )?(?:[a-z-]+ )?Y1 (?:an? |the )${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, verb: true, indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:application-denied', template: `Y1 's (?:[a-z-]+ ){0,2}(?:application|applications|bid|request|petition) (?:to (?:${WORK_VERBS}) A6 |for (?:an? |the )?(?:[a-z-]+ ){0,2}(?:${LICENCES}|authori[sz]ation) )(?:was|were|has been|have been|had been) T(denied|rejected|refused|turned down) by (?:the )?X1`, requires: ['by'], indexBy: ['application', 'applications', 'bid', 'request', 'petition'] },
  // "Tokyo stripped Seoul of its fast-track export status", "removed Zenco from its whitelist of trusted suppliers": taking away a
  // trade privilege restricts whoever held it (a status lost any other way, "lost its status", is no act of the state).
  { relation: 'restricts', id: 'pattern:restricts:stripped-status', template: `X P AUX T(stripped|strips|strip|stripping|removed|removes|remove|removing|dropped|drops|drop|dropping) Y (?:of|from) (?:its |their |the )?(?:[a-z-]+ ){0,3}(?:${TRADE_PRIVILEGES})(?= |$)`, verb: true, indexBy: TRADE_PRIVILEGE_WORDS },
  { relation: 'restricts', id: 'pattern:restricts:stripped-status-by', template: `Y AUX T(stripped|removed|dropped) (?:of|from) (?:its |their |the )?(?:[a-z-]+ ){0,3}(?:${TRADE_PRIVILEGES}) (?:[a-z-]+ ){0,4}by (?:the )?X1`, requires: ['by'], indexBy: TRADE_PRIVILEGE_WORDS },
  // "The Space Force paused the use of generative AI tools such as Zeta", "halted staff use of Zeta": stopping the use of a
  // thing bans it, as restricting its use does (use-limits.ts); a pause of anything else ("paused production of Zeta") is not.
  { relation: 'banned', id: 'pattern:banned:paused-use', template: `X P AUX T(paused|pauses|pause|pausing|halted|halts|halt|froze|freezes|freeze|stopped|stops|stop) (?:the |all )?(?:(?:staff|employee|employees'|workers'|internal|its|their|public) )?(?:use|usage) of (?:(?:[a-z-]+ ){0,4}(?:tools|apps|applications|services|platforms|chatbots|assistants|models|products|software) (?:, )?(?:like|such as|including|notably) )?Y`, verb: true, indexBy: ['use', 'usage'], notFollowedBy: NOT_AFTER_USED_THING },
  // "Zapp was pulled from Qorva's app store", "A and B were removed from Zenco's marketplace", "… from Qorva's platform": the store's
  // owner pulled them. A passive only (a form of "be" or "get" before the verb, an adverb or two between): "Zenco pulled its app from
  // Qorva's store" is the maker's own withdrawal (helper relfam).
  { relation: 'banned', id: 'pattern:banned:pulled-from-owners-store', template: `Y AUX (?<=(?:^| )(?:was|were|is|are|be|been|being|get|gets|got|gotten|getting) (?:(?:not|never|also|since|later|then|now|already|[a-z]+ly) ){0,2})T(pulled|removed|deleted|taken down|delisted|dropped) (?:[a-z-]+ ){0,2}from X1 's (?:@\\d+ |(?:[a-z-]+ ){0,2}(?:store|stores|marketplace|marketplaces|shelves|platform|platforms) )`, requires: ['from', "'s"] },
  // "told officials to delete Zapp", "ordered civil servants to uninstall A and B from their phones": a body's order to its own
  // staff to get rid of an app bans it there (as "banned Zapp on government devices" does); "issued a circular telling its staff to
  // shun Zenco phones" too (stop 62's bans readers).
  // "advised staff not to use A and B", "asked employees to refrain from using Zapp", "to avoid using AI tools such as A and B":
  // advice to its own staff limits their use as an order does (stop 83's fresh sample); "directed agencies to disconnect all A and B",
  // "issued an order that compels agencies to uninstall Zapp": unplugging gear is removing it (helper or85; "to patch" is no ban); a risk to avoid on an app ("avoid sharing
  // passwords on Zapp", "avoid clicking Zapp links"), a place or a fake ("fake Zapp apps") bans no app.
  { relation: 'banned', id: 'pattern:banned:staff-told-to-delete', template: `X P AUX (?:(?:issued|issues|sent|sends|circulated|circulates) (?:a |an |the )?(?:[a-z-]+ )?(?:circular|memo|notice|directive|advisory|letter|order|decree|instruction) (?:that |which )?)?T(${ORDER_WORDS}|asked|asks|telling|ordering|asking|instructing|directing|${STAFF_ADVICE_VERBS}) (?:all |its |their |the )?(?:${STAFF}) (?:to (?:immediately )?(?:${UNPLUG_VERBS}|delete|uninstall|remove|purge|wipe|stop using|cease using|not use|shun|(?:avoid|refrain from) (?:using|downloading|installing)|avoid)|not to (?:use|download|install|buy)) (?:the |their |its )?(?:(?:[a-z-]+ ){0,3}(?:tools|apps|applications|services|platforms|chatbots|assistants|software) (?:, )?(?:like|such as|including) |(?:(?!${NOT_AVOIDED_APP} )[a-z-]+ ){0,2})Y`, verb: true, requires: ['to'],
    // "to disconnect Zembla's grid": the thing unplugged is the name's own, not it (helper or85).
    notFollowedBy: /^'s / },
  // The order as a noun: "Canada's directive to disconnect A and B", "issued a directive to remove Zapp from government phones",
  // "an order requiring agencies to uninstall Zapp" (helper or85). A planned or draft order, or one lifted, bans nothing.
  { relation: 'banned', id: 'pattern:banned:directive-to-remove', template: `X1 (?:'s |P AUX (?:issued|issues|sent|sends|published|publishes|released|releases|signed|signs|adopted|adopts) (?:a |an |the )?)(?:(?!${NOT_YET_IN_FORCE} )[a-z-]+ ){0,2}T(${ORDER_NOUNS}) (?:to |for (?:all |its |the )?(?:${STAFF}) to |(?:requiring|ordering|instructing|telling|directing|compelling|forcing) (?:all |its |their |the )?(?:${STAFF}) to )(?:immediately )?(?:${UNPLUG_VERBS}|remove|uninstall|delete|purge|wipe|stop using|cease using|rip out|phase out) (?:all |the |any |its |their )?(?:[a-z-]+ ){0,2}?Y`, requires: ['to'], notPrecededBy: ENDED_OR_PLANNED_BEFORE },
  // "enforcing the disconnection of A", "mandated the uninstallation of Zapp": ordering a product unplugged or deleted (helper or85;
  // "the removal of" is the trigger noun's). Deleting a product's data ("the deletion of Zapp user data") is no ban of it.
  { relation: 'banned', id: 'pattern:banned:enforced-disconnection', template: `X P AUX T(enforcing|enforced|enforces|enforce|mandated|mandates|mandate|mandating|required|requires|require|requiring|ordered|orders|order|ordering|directed|directs|decreed|decrees) the (?:immediate |full |complete |forced )?(?:disconnection|uninstallation|deletion|unplugging|deactivation) of (?:all |the |any )?(?:(?!own )[a-z-]+ ){0,2}?Y`, verb: true, requires: ['of'], indexBy: ['disconnection', 'uninstallation', 'deletion', 'unplugging', 'deactivation'],
    notFollowedBy: /^(?:[a-z-]+ )?(?:data|accounts?|records?|posts?|messages?|content|videos?|files?|features?|functions?|settings|ads|links|cookies|'s)(?= |$)/ },
  // A ban named first and its maker after a passive verb: "The ban on Zapp was announced by Canada", "A nationwide prohibition on
  // Zapp was imposed by Kenya", "the order against Zapp was issued by Kenya" (an order against a product; against a firm it is a
  // corrective order). A ban proposed, lifted or criticised "by" someone is not theirs, nor one that was not imposed, nor one "by
  // Canada's opposition party" (helper or85). "The ban on Zapp, issued by the High Court, …": the same in an aside (helper prc89).
  { relation: 'banned', id: 'pattern:banned:ban-on-imposed-by', template: `(?:the |a |an )?(?:(?!${NOT_YET_IN_FORCE} )[a-z-]+ ){0,2}T(ban|bans|prohibition|prohibitions|embargo) (?:on|against) (?:the |all )?Y (?:[a-z-]+ ){0,4}?(?:(?:, )?${WAS_IMPOSED}|, (?:issued|imposed|announced|handed down|ordered|decreed)) (?:[a-z0-9-]+ ){0,3}?by (?:the )?X1`, requires: ['by'], notPrecededBy: ENDED_OR_PLANNED_BEFORE, notFollowedBy: NOT_THE_MAKERS_OR_LATER_LIFTED },
  { relation: 'banned', id: 'pattern:banned:order-against-issued-by', template: `(?:the |a |an )?(?:(?!${NOT_YET_IN_FORCE} )[a-z-]+ ){0,2}T(order|orders|directive|decree|injunction) against (?:the |all )?Y (?:[a-z-]+ ){0,4}?(?:, )?${WAS_IMPOSED} (?:[a-z0-9-]+ ){0,3}?by (?:the )?X1`, requires: ['by'], notPrecededBy: ENDED_OR_PLANNED_BEFORE, notFollowedBy: NOT_THE_MAKERS_OR_LATER_LIFTED, targetType: 'product' },
  // "The ruling to block Zapp, issued by the High Court, …", "an order to ban Zapp was handed down by the court": the act noun's
  // purpose names what it bans, and its issuer bans it (helper prc89). Proposed, sought or lifted acts are not in force.
  { relation: 'banned', id: 'pattern:banned:ruling-to-block-issued-by', template: `(?:the |a |an )?(?:(?!${NOT_YET_IN_FORCE} )[a-z-]+ ){0,2}T(ruling|order|directive|decree|injunction|decision|judgment|judgement|verdict) to (?:block|ban|bar|prohibit|suspend|shut down) (?:the |all )?Y (?:[a-z-]+ ){0,4}?(?:, )?(?:${WAS_IMPOSED}|issued|handed down|imposed|granted|delivered) (?:[a-z0-9-]+ ){0,3}?by (?:the )?X1`, requires: ['by'], notPrecededBy: ENDED_OR_PLANNED_BEFORE, notFollowedBy: LATER_UNDONE, stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:curbs-imposed-by', template: `(?:the |a |an )?(?:(?!${NOT_YET_IN_FORCE} )[a-z-]+ ){0,2}T(restriction|restrictions|curbs|limits|limitations) (?:on|against) (?:the |all )?Y (?:[a-z-]+ ){0,4}?(?:, )?${WAS_IMPOSED} (?:[a-z0-9-]+ ){0,3}?by (?:the )?X1`, requires: ['by'], notPrecededBy: ENDED_OR_PLANNED_BEFORE, notFollowedBy: NOT_THE_MAKERS_OR_LATER_LIFTED, stateActor: true },
  // "ordered Zenco to block its chatbot in the country", "told Qorva to suspend its app there": a firm ordered to withhold its own
  // product is banned (the order's target, as "ordered Zenco to cease operations" is); so is each firm of a list ("ordered Zenco and
  // Qorva to suspend their services", stop 62's bans readers).
  // A description before the firm is its own ("ordered the Chinese AI startup Zenco to block its chatbot"), and removing the product
  // from stores withholds it too ("ordered Zenco to remove its app from app stores"; helper exa101, from AI-chatbot news).
  { relation: 'banned', id: 'pattern:banned:told-to-withhold-own', template: `X P AUX T(${ORDER_WORDS}) ${FIRM_DESCRIBED_BEFORE}Y (?:, )?${WHEN}to (?:immediately )?(?:block|suspend|withdraw|disable|pull|remove|stop offering|stop providing) (?:its|their|its@\\d+) (?:[a-z-]+ ){0,2}(?:${PRODUCT_NOUNS}|services?|chatbots?|apps?|platforms?)(?= |$)`, verb: true, requires: ['to'],
    // "ordered Zenco to withdraw its drug Zeta": the thing named after its noun is withdrawn (told-to-stop-selling), not its maker (stop 51's readers).
    notFollowedBy: /^ (?:the )?@\d+/ },
  // The headline "Delete Zapp, Ruritania tells officials": the order quoted first.
  { relation: 'banned', id: 'pattern:banned:delete-headline', template: `^(?:delete|uninstall|remove|stop using) (?:the )?Y (?:apps? )?(?:, |: )X1 T(tells|told|orders|ordered|instructs|instructed|asks|asked) (?:all |its |the )?(?:${STAFF})`, notPrecededBy: /\S/ },
  // "stopped Zenco from buying American chips", "prevents Qorva from selling to Ruritania": keeping a firm from trading is a control on it.
  { relation: 'restricts', id: 'pattern:restricts:kept-from-trading', template: `X P AUX T(stopped|stops|stop|stopping|prevented|prevents|prevent|preventing|kept|keeps|keep|keeping) Y from (?:selling|buying|exporting|importing|acquiring|obtaining|purchasing|shipping|supplying|sourcing|receiving) `, verb: true, requires: ['from'] },
  // "The startup behind Zeta, Zenco, raised …", "The company behind Zeta and Vela, Zenco has …": a fronted maker behind its
  // products, named in apposition (as "The maker of Zeta, Zenco" is above).
  { relation: 'develops', id: 'pattern:develops:fronted-behind', template: `(?:the )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}|team|outfit) T(behind) (?:the )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y , (?:the )?X1 (?:, |(?=(?:has|have|had|is|was|said|says|will|would|could|can|also|now|recently|last|this|on|in) |[a-z]+ed ))`, notPrecededBy: /\S/, requires: ['behind', ','] },
  // "The startup behind the popular Zeta coding tool, Zenco, raised …": the same with describing words and the thing's kind around it (stop 56).
  { relation: 'develops', id: 'pattern:develops:fronted-behind-kind', template: `(?:the )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}|team|outfit) T(behind) (?:the |a |an )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y1 (?:[a-z-]+ )?(?<k>[a-z-]+) , (?:the )?X1 (?:, |(?=(?:has|have|had|is|was|said|says|will|would|could|can|also|now|recently|last|this|on|in) |[a-z]+ed ))`, notPrecededBy: /\S/, kindNoun: true, requires: ['behind', ','] },
  // "Alibaba's Qwen team released Qwen3", "Zenco's Zeta unit launched Zeta 2": a team named after a line, owned by the possessor, makes for it.
  { relation: 'develops', id: 'pattern:develops:owners-line-team', template: `X1 's @\\d+ (?:team|teams|unit|lab|division|group) AUX T(released|releases|launched|launches|unveiled|unveils|introduced|introduces|built|builds|developed|develops|trained|debuted|open-sourced|rolled out) (?:the |its |a |an )?(?:[a-z-]+ ){0,2}Y`, requires: ["'s"] },
  // "have taken steps to limit access to Zapp", "limits internal use of tools like Zapp": a limit on using a thing bans it, as
  // "restricted access to Zapp" does (use-limits.ts); "limit" alone is too general a verb to be a trigger.
  { relation: 'banned', id: 'pattern:banned:limited-use', template: `X P AUX (?:(?:taken|took|take|takes|taking) steps to |(?:moved|moves|decided|decides) to )?T(limited|limits|limit|limiting) (?:the )?(?:(?:internal|staff|employee|employees'|public|user|its|their) )?(?:access to|use of|usage of) (?:the )?(?:(?:[a-z-]+ ){0,3}(?:tools|apps|applications|services|platforms|chatbots|assistants|software) (?:, )?(?:like|such as|including) )?Y`, verb: true, indexBy: ['limited', 'limits', 'limit', 'limiting'] },
  // "ordered Zenco Fund and its associates to sell their stakes in Qorva Mining", "ordered Zenco to divest its holdings": an order to
  // divest is an investment prohibition on the investor (real-dev's rules count investment prohibitions as restrictions).
  { relation: 'restricts', id: 'pattern:restricts:divest-order', template: `X P AUX T(${ORDER_WORDS}) ${NAMED_AFTER_KIND}Y (?:and (?:its|their) (?:associates|affiliates|partners|subsidiaries) )?(?:, )?${WHEN}to (?:divest|sell|dispose of|offload|unwind|reduce|give up) (?:all |of |its |their |its@\\d+ )*(?:[a-z-]+ )?(?:stake|stakes|holding|holdings|shares|shareholding|shareholdings|interest|interests|investment|investments|ownership|acquisition|purchase|takeover)(?= |$)`, verb: true, requires: ['to'] },
  // "revoked licences that allowed Zenco and Qorva to sell chips to Vexa", "cancelled Zenco's licence to supply Vexa": the licences to
  // sell to a buyer, taken away, are an export control on the buyer (the holders' own ban is read above).
  { relation: 'restricts', id: 'pattern:restricts:licences-to-sell-revoked', template: `X P AUX T(revoked|revokes|revoke|revoking|cancelled|canceled|cancels|cancel|pulled|pulls|suspended|suspends|withdrew|withdraws|rescinded|rescinds) (?:the |its |their |some |several |certain |export )*(?:@\\d+ 's )?(?:[a-z-]+ ){0,2}(?:licences|licenses|licence|license|permits|waivers) (?:of (?:@\\d+ (?:, |and |, and )?)+|held by (?:[a-z-]+ |@\\d+ |, ){1,8}|(?:that|which) (?:allowed|allow|allows|let|lets|permitted|enabled) (?:[a-z-]+ |@\\d+ |, ){1,8}|allowing (?:[a-z-]+ |@\\d+ |, ){1,8})?to (?:sell|supply|ship|export|provide) (?:(?!to )[a-z0-9-]+ ){0,4}to (?:the )?Y1`, verb: true, indexBy: LICENCE_WORDS },
  // "Zeta is the model family that Zenco launched last year", "the Zeta chip that Zenco unveiled": the thing a relative clause says
  // its subject made (a kind noun before "that", and no object of the verb's own after it: "said that Zenco launched Vela" is not).
  { relation: 'develops', id: 'pattern:develops:relative-that', template: `Y1 (?:(?:is|was|remains) (?:the |a |an |its@\\d+ |its )?(?:[a-z-]+ )?)?(?:[a-z-]+ )?(?:${PRODUCT_NOUNS}|model|models|family|series|line|lineup|version) that X1 AUX T(launched|released|built|developed|unveiled|introduced|created|designed|made|trained|debuted|rolled out|open-sourced)(?!(?:the |its |a |an )?@)`, requires: ['that'], sentenceHolds: THAT_THEN_MENTION },
  // "suspended 30 arms export licences to Zembla", "halts export licences for Zembla", "froze licences for arms sales to Zembla":
  // export licences to a destination withheld are an export control on it (a broadcaster's licence "of" or "for" itself is a ban, above).
  { relation: 'restricts', id: 'pattern:restricts:export-licences-withheld', template: `X P AUX T(suspended|suspends|suspend|suspending|halted|halts|halt|halting|froze|freezes|freeze|freezing|paused|pauses|pause|revoked|revokes|revoke|cancelled|canceled|cancels|cancel|withdrew|withdraws|withdraw) (?:(?:about|around|some|all|its|the|certain|dozens|of|\\d+|[a-z]+) ){0,4}(?:(?:[a-z-]+ )?(?:export|arms|weapons|military|defence|defense) (?:[a-z-]+ )?(?:licences|licenses|permits)|(?:licences|licenses|permits) (?:for|on) (?:[a-z-]+ )?(?:exports?|sales?|shipments?|arms|weapons)) (?:(?!to |for )[a-z-]+ ){0,3}(?:to|for) (?:the )?Y1`, verb: true, indexBy: LICENCE_WORDS },
  // "directed that public access to 12 platforms, including A, B and C, be disabled": an order that access be cut bans what it was to.
  { relation: 'banned', id: 'pattern:banned:ordered-access-cut', template: `X P AUX T(${ORDER_WORDS}|ordering|directing) that (?:the )?(?:public |user |online )?access to (?:the )?(?:(?:[a-z0-9-]+ ){0,3}(?:, )?(?:including|like|such as) )?Y (?:, )?(?:be|is|are|should be|must be) (?:immediately )?(?:disabled|blocked|cut off|cut|restricted|suspended|removed)(?= |$)`, requires: ['that', 'access'] },
  // "told Zenco to stop selling the Zeta 12", "ordered Zenco to withdraw the Zeta 12": a regulator's order to a firm to stop
  // selling a named thing bans the thing (the order to stop selling, with nothing named, bans the firm: above).
  { relation: 'banned', id: 'pattern:banned:told-to-stop-selling', template: `X P AUX T(${DEMAND_WORDS}) (?:(?:the )?@\\d+ (?:(?:, (?:and )?|and )(?:the )?@\\d+ )*|(?:all |the )?(?:[a-z-]+ |@\\d+ ){0,2}(?:shops|stores|retailers|sellers|vendors|firms|companies|importers|distributors|platforms|banks|exchanges|subsidiaries|units|affiliates) )(?:, )?${WHEN}to (?:immediately )?${STOP_SELLING} (?:the |its |their |its@\\d+ )?(?:(?:[a-z0-9-]+ ){0,3}(?:, )?(?:including|like|such as|namely) )?(?:[a-z0-9-]+ )?Y`, verb: true, notFollowedBy: /^'s /, requires: ['to'] },
  // "demanded that Zenco withdraw the Zeta 12 from the market", "ordered that Zenco recall its Zeta": the thing a firm must take off
  // the market, in an order's "that" clause, is banned by who orders it.
  { relation: 'banned', id: 'pattern:banned:ordered-that-withdraw', template: `X P AUX T(${DEMAND_WORDS}|insisted|insists|mandated|mandates) that (?:the )?@\\d+ (?:must |should |immediately )*(?:${WITHDRAW}) (?:the |its |their |its@\\d+ )?(?:[a-z0-9-]+ )?Y`, verb: true, notFollowedBy: /^'s /, requires: ['that'] },
  // "Zeta, a regional language model led by Zenco", "Zeta, a project spearheaded by Chile's Zenco": the one leading the work on a made
  // thing, in apposition to it, makes it (as "founded by" above); a project led by people is no maker's ("led by former engineers").
  { relation: 'develops', id: 'pattern:develops:led-by', template: `Y1 , (?:a |an |the )(?:[a-z-]+ ){0,3}(?:${MADE_KINDS}|project|initiative|effort|programme|program) T(led|spearheaded|headed|driven|coordinated) by (?:the )?X (?!(?:engineers|employees|veterans|alumni|executives|staff|researchers|founders?|students|members|scientists)\\b)`, requires: ['by', ','] },
  // "The Ruritanian government now requires licences for exports of ethane to Zembla", "requires a permit before selling chips to
  // Zenco", "will require a licence to export software to Zembla": a licence requirement on sales to a buyer is an export control on it
  // (real-dev's rules: licence requirements restrict).
  { relation: 'restricts', id: 'pattern:restricts:licence-required', template: `X P AUX T(requires|required|require|requiring|imposed|imposes|impose|imposing|introduced|introduces|mandated|mandates) (?:(?:the )?(?:@\\d+|[a-z-]+) (?:(?:,|and|or) @\\d+ )*to (?:obtain|get|seek|apply for|secure|hold) )?(?:a |an |new |special |export |individual )*(?:${LICENCE_NEEDS}) (?:(?:for|on|before) (?:the |all |any )?(?:[a-z0-9-]+ ){0,2}(?:${SALES})|to (?:sell|ship|export|supply|transfer)) (?:(?!to )\\S+ ){0,5}to (?:the )?Y`, verb: true, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // "told Zenco it needs a licence to export ethane to Zembla", "informed Zenco that exports of chips to Zembla now require a licence":
  // a body telling a seller it needs a licence for a buyer puts the requirement on that buyer.
  { relation: 'restricts', id: 'pattern:restricts:told-licence-needed', template: `X P AUX T(told|tells|informed|informs|notified|notifies|warned|warns) (?:the )?@\\d+ (?:that )?(?:it|they|@\\d+) (?:now |would |will |also )*(?:needs|need|needed|must obtain|must apply for|must seek|requires|required) (?:a |an |new |special |export |individual )*(?:${LICENCE_NEEDS}) (?:to|before|for) (?:(?!to )\\S+ ){0,6}to (?:the )?Y1`, verb: true, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:told-sales-need-licence', template: `X P AUX T(told|tells|informed|informs|notified|notifies|warned|warns) (?:the )?@\\d+ that (?:its |their |all |any )?(?:[a-z0-9-]+ )?(?:${SALES}) (?:(?!to )\\S+ ){0,5}to (?:the )?Y1 (?:now |would |will |also )*(?:require|requires|need|needs|needed|required) (?:a |an |new |special |export |individual )*(?:${LICENCE_NEEDS})(?= |$)`, verb: true, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // "Suppliers now need a licence to sell to Zenco, the Commerce Department said": a requirement stated by its effect on sellers,
  // with the body that reports it for author.
  { relation: 'restricts', id: 'pattern:restricts:sellers-need-licence', template: `(?:[a-z-]+ ){0,2}${LICENCE_NEEDERS} (?:now |will |would |also )*T(need|needs|must obtain|must get|must secure|must first obtain|must seek|must apply for|have to obtain|have to get|require|will need) (?:a |an |new |special |export |individual )*(?:${LICENCE_NEEDS}) (?:to|before|for) (?:(?!to )\\S+ ){0,6}to (?:the )?Y1 , (?:the )?(?:@\\d+ 's )?X1 (?:said|says|announced|announces|stated|states|confirmed)(?= |$)`, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // "told customs to reject imports of products including A and B", "directed border agents to seize shipments of Zeta": an order to
  // keep goods out bans them.
  { relation: 'banned', id: 'pattern:banned:told-to-reject-imports', template: `X P AUX T(${DEMAND_WORDS}) (?:[a-z-]+ ){1,3}to (?:immediately )?(?:reject|refuse|seize|detain|block|stop|halt|bar|deny) (?:all |the )?(?:imports|import|shipments|entry|importation) of (?:the )?(?:(?:[a-z0-9-]+ ){0,4}(?:, )?(?:including|like|such as|namely) )?Y`, verb: true, notFollowedBy: /^'s /, requires: ['to'], stateActor: true },
  // "the commission ruled that Zenco must stop selling Zeta", "Zenco must halt sales of Zeta, the commission ruled", "the court ruled that
  // providers must block access to Zeta": a ruling that a firm must stop selling a thing, or block it, bans the thing.
  { relation: 'banned', id: 'pattern:banned:ruled-must-stop', template: `X P AUX T(ruled|rules|decided|decides|determined|found|ordered|orders) (?:that )?(?:the )?(?:@\\d+ (?:(?:,|and|, and) (?:the )?@\\d+ )*|(?:[a-z-]+ ){1,2})(?:must|should|has to|have to|would have to) (?:immediately )?(?:${STOP_SELLING}|block(?: access to)?|remove|take down) (?:the |its |their )?(?:(?:[a-z0-9-]+ ){0,3}(?:, )?(?:including|like|such as) )?(?:[a-z0-9-]+ )?Y`, notFollowedBy: /^'s /, requires: ['must|should|has|have|would'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:must-stop-ruled', template: `(?:the )?(?:@\\d+ (?:(?:,|and|, and) (?:the )?@\\d+ )*|(?:[a-z-]+ ){1,2})(?:must|should|has to|have to) (?:immediately )?(?:${STOP_SELLING}|block(?: access to)?|remove) (?:the |its |their )?(?:[a-z0-9-]+ )?Y (?:(?:in|into|across|throughout|from|on) (?:the )?(?:@\\d+ |(?:[a-z0-9-]+ ){1,3}))?, (?:the |a )?(?:[a-z-]+ )?X1 T(ruled|rules|said|says|decided|ordered|found)`, requires: ['must|should|has|have', ','], stateActor: true },
  // "dropped A, B and C from its approved state-purchase list", "struck A from its list of approved vendors": a state taking firms or
  // products off the list of what its buyers may buy bans them there (the readers' call; removal from a trade whitelist restricts, above).
  { relation: 'banned', id: 'pattern:banned:dropped-from-approved-list', template: `X P AUX T(dropped|drops|drop|removed|removes|remove|struck|strikes|strike|stricken|excluded|excludes|exclude|cut|cuts|deleted|deletes|scrapped|scraps|axed|axes) Y (?:off |from )${APPROVED_LIST}`, verb: true, requires: ['from|off'], indexBy: ['approved', 'pre-approved', 'procurement', 'purchase', 'purchasing', 'state-purchase', 'government-purchase', 'authorized', 'authorised', 'certified', 'eligible', 'preferred'], stateActor: true },
  // "cancelled preferential export treatment for Zembla", "revoked the fast-track trade status of Zembla": a trade privilege taken away
  // with its holder after it restricts the holder (as "stripped Zembla of its status" does, above).
  { relation: 'restricts', id: 'pattern:restricts:privilege-cancelled-for', template: `X P AUX T(cancelled|canceled|cancels|cancel|revoked|revokes|revoke|ended|ends|end|withdrew|withdraws|withdraw|suspended|suspends|suspend|scrapped|scraps|removed|removes) (?:its |the |their )?(?:(?:${TRADE_PRIVILEGES})|(?:preferential|favou?red|fast-track) (?:export |trade |trading )?(?:treatment|status)) (?:for|of|to|granted to) (?:the )?Y1`, verb: true, indexBy: TRADE_PRIVILEGE_WORDS, stateActor: true },
  // "halts arms exports to Zembla", "suspended coal exports to Zembla", "stops exporting steel to Zembla", "suspended all trade with
  // Zembla": a state halting its trade with another restricts the other (an export control; "banned exports of … to Zembla" is the
  // trigger rules').
  { relation: 'restricts', id: 'pattern:restricts:trade-halted', template: `X P AUX T(halted|halts|halt|halting|suspended|suspends|suspend|suspending|stopped|stops|stop|stopping|froze|freezes|freeze|freezing|ended|ends|end|ending|paused|pauses|pause|cut off|cuts off) (?:all |the |its |new |further |any )?(?:(?:[a-z-]+ ){0,2}(?:exports|export|shipments|sales|deliveries|supplies|transfers) (?:of (?:[a-z-]+ ){1,3})?(?:to|for) (?:and from )?|(?:[a-z-]+ ){0,2}(?:trade|commerce) with |(?:exporting|selling|shipping|supplying|delivering) (?:[a-z-]+ ){0,3}to )(?:the )?Y1`, verb: true, notFollowedBy: /^'s /, indexBy: ['exports', 'export', 'shipments', 'sales', 'deliveries', 'supplies', 'transfers', 'trade', 'commerce', 'exporting', 'selling', 'shipping', 'supplying', 'delivering'], stateActor: true },
  // "granted an injunction against Zenco", "issued a restraining order against Zenco": a court's or a state's order stopping a firm bans it.
  // "granted Zenco an injunction against sales of the Zeta": the party it is granted to is no target; the thing whose sales it stops is (stop 66's first bans sample).
  { relation: 'banned', id: 'pattern:banned:injunction-against', template: `X P AUX T(granted|grants|grant|issued|issues|issue|imposed|imposes|upheld|upholds|uphold|handed down|hands down|slapped|slaps) (?:@\\d+ )?(?:an? |the )?(?:[a-z-]+ ){0,2}(?:injunction|injunctions|restraining order|cease-and-desist order|sales ban) (?:against|on) (?:the )?(?:(?:sale|sales|import|imports|distribution|marketing) of (?:the )?)?Y`, verb: true, notFollowedBy: /^'s /, requires: ['against|on'], indexBy: ['injunction', 'injunctions', 'restraining', 'cease-and-desist', 'sales'], stateActor: true },
  // "ordered its stores to stop selling phones made by Zenco and Qorva": an order to stop selling goods bans their makers (as a ban of
  // "equipment produced by" them does).
  { relation: 'banned', id: 'pattern:banned:told-to-stop-selling-makers-goods', template: `X P AUX T(${DEMAND_WORDS}) (?:(?:the )?@\\d+ |(?:all |the |its |their )?(?:[a-z-]+ ){0,2}(?:shops|stores|retailers|sellers|vendors|firms|companies|importers|distributors|exchanges|outlets) )(?:, )?${WHEN}to (?:immediately )?${STOP_SELLING} (?:the |all |any )?(?:[a-z-]+ ){1,2}(?:made|produced|manufactured|supplied|designed|built) by (?:the )?Y`, verb: true, notFollowedBy: /^'s /, requires: ['by', 'to'], stateActor: true },
  // "Zenco is competitive with Qorva", "Zenco and Qorva are competitive with each other": the adjective of competing.
  { relation: 'competes_with', id: 'pattern:competes_with:competitive-with-each-other', template: `X1 and Y1 AUX (?:very |highly |fiercely |directly |increasingly )?T(competitive with|competitive against) (?:each other|one another)`, requires: ['competitive'] },
  { relation: 'competes_with', id: 'pattern:competes_with:competitive-with', template: `X1 P AUX (?:very |highly |fiercely |directly |increasingly |more |fully )?T(competitive with|competitive against) (?:the )?Y1 `, notFollowedBy: /^'s /, requires: ['competitive'] },
  // "Zeta Labs (ZL), Quill's developer, says …": a maker named with an apposition that owns the thing it makes.
  { relation: 'develops', id: 'pattern:develops:apposed-possessive-maker', template: `X1 (?:\\( [^()]{1,30}\\) )?, Y1 's (?:[a-z-]+ )?T(developer|developers|maker|makers|creator|creators|publisher|manufacturer|designer|brewer|distiller|producer) (?=[,.;:)]|$)`, requires: ["'s", ','] },
  // Stop 48, from stop 47's makers readers: a brand or product named with its owner in an apposition or a copula.
  // "Zetafizz is a Qorva brand", "Taobao was an Alibaba app" (the apposition, "Taobao, an Alibaba app", is an older pattern).
  // Helper own89: "the" too, and a relative clause or a participle may follow the kind ("Zetafizz is a Qorva brand sold in
  // Europe", "Zeta is the Qorva label that grew fastest"); a noun after it still ends the reading ("a Qorva brand ambassador").
  { relation: 'develops', id: 'pattern:develops:copula-maker-kind', template: `Y1 (?:is|was|remains) (?:(?:originally|once|formerly|still|also|now) )?(?:a|an|the) X1 (?:[a-z-]+ ){0,2}T(${MADE_KINDS}|brand|label) (?=[,.;:)]|$|${AFTER_OWNED_BRAND} )`, requires: ['is|was|remains'] },
  // "Qorva is Zenco's premium brand", "Zeta remains Zenco's best-selling label in Europe": the copula of the apposition "Qorva, Zenco's
  // brand," (helper own89). Not a rival's or a sister brand ("Qorva is Zenco's main rival brand", "Zenco's sister brand").
  { relation: 'develops', id: 'pattern:develops:copula-owners-brand', template: `Y1 (?:is|was|remains|became) (?:(?:now|still|also|already) )?X1 's ${OWNED_BRAND_DESCRIBING}T(brand|label|marque) (?=[,.;:)]|$|${AFTER_OWNED_BRAND} )`, requires: ["'s", 'brand|label|marque'] },
  // "Zetafizz, a brand held by Qorva,", "Zeta is one of the labels controlled by Qorva": held and controlled own only a brand.
  { relation: 'develops', id: 'pattern:develops:brand-held-by', template: `Y1 ${ONE_OF_KIND}(?:${BRAND_NOUNS}) T(held|controlled|owned) by (?:the )?X1 `, requires: ['by'] },
  // "Zetafizz is another brand under Qorva", "Zetafizz, a label under the Qorva umbrella,".
  { relation: 'develops', id: 'pattern:develops:brand-under', template: `Y1 ${ONE_OF_KIND}T(${BRAND_NOUNS}) under (?:the )?X1 `, requires: ['under'] },
  // "Zetafizz, part of Qorva's portfolio,", "Zeta, one of Qorva's brands,": the apposition of "Y is part of X's portfolio".
  { relation: 'develops', id: 'pattern:develops:apposed-part-of-portfolio', template: `Y1 , (?:now |also )?(?:part|one|a member|members) of POSS ${DESCRIBING}T(${PORTFOLIO_HEADS}) `, requires: ['of', ','], sourceNotNamed: INVESTOR_NAME },
  // Stop 48, from its bans readers: a regulator taking back a product's approval bans it ("revoked the approval of Zeta" is
  // read by the trigger "revoke"; "withdrew" is no ban's trigger alone). "is withdrawing its approval of Zorvex",
  // "withdrew approval for Zorvex", "suspended the marketing authorisation of Zorvex".
  // "announced its decision to withdraw approval of Zeta", "moved to rescind the authorisation for Zeta": the act in an effort's infinitive.
  { relation: 'banned', id: 'pattern:banned:approval-withdrawn', template: `X P AUX (?:(?:announced |announces )?(?:its |their |a |the )?(?:decision|plan|move|intent|intention) to |(?:moved|decided|voted|sought) to )?T(revoked|revokes|revoke|revoking|withdrew|withdraws|withdraw|withdrawing|withdrawn|rescinded|rescinds|rescind|rescinding|cancelled|canceled|cancels|cancel|suspended|suspends|suspend|suspending|pulled|pulls|pulling) (?:its |the |their )?(?:[a-z-]+ ){0,2}(?:approval|approvals|authori[sz]ation|authori[sz]ations) (?:of|for) (?:the )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, notFollowedBy: /^'s /, indexBy: ['approval', 'approvals', 'authorisation', 'authorization', 'authorisations', 'authorizations'], stateActor: true },
  // Stop 85 (bn85): "revoked Zenco's authorisation to operate", "withdrew Qorva's approval": the holder named before its
  // authority, as "revoked Zenco's licence" is read (README: revoking the authority of a firm bans it); not a request for one.
  { relation: 'banned', id: 'pattern:banned:holders-authorisation-withdrawn', template: `X P AUX T(revoked|revokes|revoke|revoking|withdrew|withdraws|withdraw|withdrawing|rescinded|rescinds|rescind|rescinding|cancelled|canceled|cancels|cancel|suspended|suspends|suspend|suspending|pulled|pulls|pulling) Y1 's (?:[a-z-]+ )?(?:approval|approvals|authori[sz]ation|authori[sz]ations)(?! (?:request|requests|application|applications|bid|bids|process|of|for) )`, verb: true, indexBy: ['approval', 'approvals', 'authorisation', 'authorization', 'authorisations', 'authorizations'], stateActor: true },
  // Stop 49, from stop 48's readers. "Zenco, the chipmaker behind Zeta" (any maker's noun before "behind" is above).
  // "Zenco pitches Zeta as a cheaper rival", "Zenco bills its Zeta app as …": a firm presenting a thing as what it is presents its own.
  { relation: 'develops', id: 'pattern:develops:presents-as', template: `X P AUX T(positions|positioned|positioning|pitches|pitched|pitching|bills|billed|billing|touts|touted|touting|markets|marketed|marketing|brands|branded|branding|advertises|advertised|advertising) (?:its |their |its@\\d+ )?(?:(?:own|new|latest|flagship) )?(?:[a-z-]+ )?Y1 (?:[a-z-]+ )?as (?:a |an |the |its )`, verb: true, notFollowedBy: /^'s /, requires: ['as'] },
  // Fresh news samples: rivals after the same prey. "Zenco is fishing in the same pool as Qorva", "Zenco's Zeta goes after the same
  // buyers as Qorva's Vexa", "courts the same shoppers as Qorva"; and the pair told together ("Zenco and Qorva chase the same customers").
  { relation: 'competes_with', id: 'pattern:competes_with:after-the-same-prey-as', template: `X1 P AUX (?:${SAME_PREY_ADVERBS} )?T(${SAME_PREY_VERBS}) ${SAME_PREY} as (?:the |its |their )?(?:@\\d+ 's )?Y1 `, verb: true, requires: ['same'] },
  { relation: 'competes_with', id: 'pattern:competes_with:pair-after-the-same-prey', template: `(?:^|, )X1 and (?:the )?(?:@\\d+ 's )?Y1 AUX (?:both )?(?:${SAME_PREY_ADVERBS} )?T(${SAME_PREY_VERBS}) ${SAME_PREY}(?= |$)(?! as )`, requires: ['same'] },
  // Helper rv81, from fresh news samples: pressing on a rival's heels, turf, lunch or buyers. "Zenco is nipping at Qorva's heels",
  // "is breathing down Qorva's neck", "is muscling in on Qorva's turf", "wants to eat Qorva's lunch", "is poaching Qorva's customers";
  // and with "of": "is encroaching on the territory of Qorva".
  { relation: 'competes_with', id: 'pattern:competes_with:presses-rivals-ground', template: `X1 P AUX (?:(?:[a-z]+ )?to )?T(${PRESSING_VERBS}) (?:the )?(?:@\\d+ 's )?Y1 's (?:@\\d+ |[a-z-]+ )?${RIVALS_GROUND}(?= |$)`, verb: true, requires: ["'s"] },
  { relation: 'competes_with', id: 'pattern:competes_with:presses-ground-of-rival', template: `X1 P AUX (?:(?:[a-z]+ )?to )?T(${PRESSING_VERBS}) the (?:[a-z-]+ )?${RIVALS_GROUND} of (?:the )?Y1 (?!'s )`, verb: true, requires: ['of'] },
  // "Zenco is hot on Qorva's heels", "is hard on the heels of Qorva" (a copula: "comes hot on the heels of Qorva's launch" tells a time).
  { relation: 'competes_with', id: 'pattern:competes_with:hot-on-rivals-heels', template: `X1 P (?:is|are|was|were|remains|remained|has been|had been|is now|is still) (?:now |still |already |right )?T(hot on|hard on|close on) (?:the )?(?:@\\d+ 's )?Y1 's heels`, requires: ['heels'] },
  { relation: 'competes_with', id: 'pattern:competes_with:hot-on-the-heels-of-rival', template: `X1 P (?:is|are|was|were|remains|remained|has been|had been|is now|is still) (?:now |still |already |right )?T(hot on the heels of|hard on the heels of|close on the heels of) (?:the )?Y1 (?!'s )`, requires: ['heels'] },
  // "Zenco is trying to knock Qorva off its perch", "knocked Qorva off the top spot": a leader unseated.
  { relation: 'competes_with', id: 'pattern:competes_with:knock-off-perch', template: `X1 P AUX (?:(?:[a-z]+ )?to )?T(knock|knocks|knocked|knocking|bump|bumps|bumped|bumping) (?:the )?Y1 off (?:its|their|the) (?:[a-z-]+ )?(?:perch|throne|pedestal|top spot|top|spot|pole position|crown)(?= |$)`, verb: true, requires: ['off'] },
  // "Zenco is coming after the likes of Qorva and Vela", "Zeta takes on the likes of Vela": a challenger named against its rivals.
  { relation: 'competes_with', id: 'pattern:competes_with:after-the-likes-of', template: `X P AUX T(coming|comes|came|going|goes|went|gunning|guns|gunned|taking|takes|took) (?:after|for|on) the likes of Y`, verb: true, requires: ['likes'] },
  // "Qorva has stopped selling Zenbars", "Qorva ceased stocking Zeta chargers": a seller that stops selling a thing (not its own) bans it from its shelves.
  { relation: 'banned', id: 'pattern:banned:stopped-selling', template: `X P AUX T(stopped|stops|ceased|ceases|halted|halts) ${SOLD_BY_ANOTHER}`, verb: true, notFollowedBy: /^(?:'s |to )/, requires: ['selling|stocking|carrying|hosting|distributing'] },
  // "made the decision to stop selling Zeta", "decided to stop carrying Zeta": the act in an infinitive after a decision (stop 52's readers).
  { relation: 'banned', id: 'pattern:banned:decided-to-stop-selling', template: `X P AUX (?:(?:made|makes|took|takes) (?:the |a )?decision to|(?:decided|decides|chose|chooses|moved|moves) to) T(stop|cease|halt) ${SOLD_BY_ANOTHER}`, verb: true, notFollowedBy: /^(?:'s |to )/, requires: ['selling|stocking|carrying|hosting|distributing'] },
  // "Zeta, Zenco's answer to the iPhone, …": the apposition of "Zeta is Zenco's answer to …" (the copula is above).
  // "Zeta, Zenco's weapon against Qorva" too (helper own90).
  { relation: 'develops', id: 'pattern:develops:apposed-answer-to', template: `Y1 , (?:the )?POSS (?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,3}T(answer|alternative|response|rival|challenger|bet|entry|successor|follow-up|weapon) (?:to|for|against) `, requires: [','] },
  // "Zeta, from Zenco, is …", "Zeta (from Zenco) …": a thing named with where it comes from; only a firm makes (the registry's types).
  { relation: 'develops', id: 'pattern:develops:apposed-from', template: `Y1 (?:, |\\( )T(from) (?:the )?X1 (?=[,)]|$)`, notPrecededBy: AFTER_PREPOSITION, requires: ['from'] },
  // "Zeta comes from Zenco, a Shenzhen startup": the thing's origin is its maker.
  // "Zeta comes from developers Qorva and Zenco": a role noun before the makers, who may be several (stop 52's readers).
  { relation: 'develops', id: 'pattern:develops:comes-from', template: `Y1 (?:also |originally )?T(comes|came|come) from (?:the )?(?:(?:developer|developers|publisher|publishers|studio|studios|maker|makers|start-up|startup) )?X (?=[,.;:]|$)`, notPrecededBy: AFTER_PREPOSITION },
  // Stop 49's second round, from its first round's readers.
  // "Zenco Bank, a lender under US and UK sanctions, …", "Zenco, already under Zemblan sanctions, …": each state named restricts it.
  { relation: 'restricts', id: 'pattern:restricts:apposed-under-sanctions', template: `Y1 , (?:(?:a|an|the) (?:[a-z-]+ ){0,3})?(?:(?:which|that|who) (?:is|are|was|were|has been|have been) )?(?:already |now |also |still |long )?under X (?:[a-z-]+ )?T(sanctions|restrictions|export controls|embargo|embargoes) `, indexBy: ['sanctions', 'restrictions', 'controls', 'embargo', 'embargoes'], stateActor: true },
  // "The primary target of the US Treasury's new sanctions is Zenco", "The main targets of OFAC's designations are A and B": the state
  // owning the act restricts what the copula names (sn85). Not an act only guessed at ("the likely target", "proposed sanctions"),
  // nor one taken away ("lifted sanctions", "the sanctions lifted on Friday").
  { relation: 'restricts', id: 'pattern:restricts:target-of-sanctions-is', template: `(?:the )?(?:(?!${TARGET_HEDGES})[a-z-]+ ){0,2}T(target|targets) of (?:the )?X1 (?:'s )?(?:(?!${TARGET_HEDGES})[a-z-]+ ){0,3}(?:sanctions|export controls|restrictions|designations|blacklisting|penalties) (?:(?!${TARGET_HEDGES})[a-z0-9-]+ ){0,5}(?:is|are|was|were|include|includes|included) (?:the )?Y`, indexBy: ['target', 'targets'], requires: ['of'], stateActor: true, notPrecededBy: new RegExp(`(?:^| )${TARGET_HEDGES}$`) },
  // "Zenco, which the US Treasury sanctioned in 2021, …", "Zenco, a firm OFAC designated last year, …": the state of a relative clause
  // whose object is the firm before it restricts that firm (sn85). Not "has not sanctioned", "may add" or "removed": only these verbs.
  { relation: 'restricts', id: 'pattern:restricts:apposed-state-sanctioned', template: `Y1 , ${APPOSED_RELATIVE}(?:the )?X1 (?:has |had |have )?(?:${RELATIVE_ADVERBS})?T(sanctioned|blacklisted|designated)(?=(?:in|on|last|this|earlier|over|for|after|,|\\.)(?: |$)|$)`, requires: [','], stateActor: true, notFollowedBy: DESIGNATED_AS_TRUSTED },
  // "Zenco, which the Commerce Department added to the Entity List in 2019, …", "Zenco, a firm the US placed on its blacklist, …".
  { relation: 'restricts', id: 'pattern:restricts:apposed-state-listed', template: `Y1 , ${APPOSED_RELATIVE}(?:the )?X1 (?:has |had |have )?(?:${RELATIVE_ADVERBS})?T(added|placed|put|listed|included) (?:to|on|in) (?:the |its |a |their )?(?:@\\d+ (?:'s )?)?(?:(?!(?:approved|trusted|preferred|vendor|vendors|supplier|suppliers|whitelist|allowlist) )[a-z-]+ ){0,3}(?:list|blacklist|denylist)(?= |$)(?! of | and (?:[a-z]+ )?(?:removed|delisted|took))`, requires: [','], stateActor: true },
  // "ordered Qorva, Zenco and Vexa to exit the state", "told Zenco to leave the market": a state ordering firms out bans them.
  { relation: 'banned', id: 'pattern:banned:ordered-to-exit', template: `X P AUX T(${ORDERED_OR_FORCED}) (?:the )?Y ${WHEN}to (?:immediately )?(?:exit|leave|quit|withdraw from|pull out of|wind down (?:its |their )?operations in|cease (?:all )?operations in|stop operating in) (?:the |this |that |its |their )?(?:state|country|market|territory|province|region|island|@\\d+ )`, verb: true, notFollowedBy: /^'s /, requires: ['to'], stateActor: true },
  // "Qorva has been issued with cease-and-desist letters by the Zembla Gaming Board", "Qorva was sent a cease-and-desist order by …".
  { relation: 'banned', id: 'pattern:banned:sent-cease-and-desist-by', template: `Y AUX T(issued|sent|served|handed|given) (?:with )?(?:an? |the )?(?:[a-z-]+ )?${CEASE_AND_DESIST} (?:[a-z]+ )?by (?:the )?X1 `, requires: ['by'], indexBy: CEASE_AND_DESIST_WORDS, stateActor: true },
  // "Zeta, a stablecoin issued by Zenco", "its issuer Zenco" (coreference): the issuer of a coin or a card makes it.
  { relation: 'develops', id: 'pattern:develops:issued-by', template: `Y1 (?:, (?:a|an|the) (?:[a-z-]+ ){0,2}(?:stablecoin|token|coin|cryptocurrency|currency|card|credit card|debit card|bond) )?(?:, )?(?:which is |that is |was |is )?T(issued) by (?:the )?X1 `, requires: ['by'], notPrecededBy: new RegExp(`${OBJECT_OF_ACT_NOUN.source}|(?:^| )(?:ban|bans|prohibition|embargo|order|orders|directive|decree|injunction|ruling) (?:on|against) (?:the |all )?(?:[a-z-]+ )?$`) },
  // Stop 49's third round. "Ruritania blocked Zeta News's YouTube channel", "suspended Zenco's X account": the account's owner is blocked
  // ("blocked the X account of Zeta News" is the trigger's, the platform set aside).
  { relation: 'banned', id: 'pattern:banned:owners-account-blocked', template: `X P AUX T(blocked|blocks|block|blocking|withheld|withholds|withhold|suspended|suspends|suspend|banned|bans|ban|removed|removes|remove|deleted|deletes|delete|restricted|restricts|restrict|took down|takes down|take down|shut down|shuts down|locked|locks|lock) (?:the )?Y1 's (?:official )?(?:@\\d+ )?(?:[a-z-]+ )?(?:account|accounts|channel|channels|page|pages|handle|handles|profile|profiles) `, verb: true, requires: ["'s"] },
  // "included Zenco Bank and Qorva Bank in its 18th package of sanctions", "added Zenco to the latest sanctions package".
  { relation: 'restricts', id: 'pattern:restricts:in-sanctions-package', template: `X P AUX T(included|includes|include|including|added|adds|add|adding|put|puts|placed|places|listed|lists) Y (?:in|to|into|on|under) (?:its |the |their |a |an )?(?:[a-z0-9-]+ ){0,2}(?:(?:package|round|batch|tranche) of (?:[a-z-]+ )?sanctions|sanctions (?:package|round|batch|tranche)) `, verb: true, indexBy: ['package', 'round', 'batch', 'tranche'], stateActor: true },
  // "Zenco announced a new rocket called Vexa": a firm announcing a thing it names announces its own (as "builds … called" above).
  // "the" only before "new", "latest" and the like ("announced the latest rocket called Vexa", helper brd94).
  { relation: 'develops', id: 'pattern:develops:announced-called', template: `X P AUX T(announced|announces|announcing|revealed|reveals|teased|teases|showcased|showcases) (?:a |an |its |their |its@\\d+ |the (?=(?:new|first|next|latest|upcoming) ))(?:new |first |next |latest |upcoming )?(?:[a-z-]+ ){0,2}(?:${PRODUCT_NOUNS}) (?:called|named|dubbed|branded) Y`, verb: true, requires: ['called|named|dubbed|branded'] },
  // "Zenco has two drugs, Plix and Vexa", "Zenco owns three brands: A, B and C": the things a firm counts as its own, named.
  { relation: 'develops', id: 'pattern:develops:has-counted-kinds', template: `X P AUX T(has|have|had|owns|own|owned) (?:two|three|four|five|six|seven|eight|several|\\d+) (?:[a-z-]+ )?(?:${PRODUCT_NOUNS}|brands|labels|titles) (?:, |: )(?:the )?Y (?=[,.;:]|$)`, requires: [',|:'], sentenceHolds: HAS_COUNTED },
  // "With its planned Vexa rocket, Zenco hopes …": "its" in a fronted phrase points ahead to the clause's subject.
  { relation: 'develops', id: 'pattern:develops:fronted-its', template: `(?:with|through|via|using|in|for|after|since) its (?:(?!(?:of|against|with|from|for|to|on|in|over|about|by) )[a-z-]+ ){0,3}Y1 (?:[a-z-]+ ){0,2}, (?:the )?X1 (?!'s )`, notPrecededBy: /\S/, requires: [','] },
  // "Qorva shut down after receiving a cease-and-desist order from the Zembla Gaming Commission": the body that sent it bans the firm.
  { relation: 'banned', id: 'pattern:banned:received-cease-and-desist', template: `Y (?:(?:has |had |have )?(?:[a-z-]+ ){0,3})?T(received|receives|receiving|got|gets|getting) (?:an? |the |its |their )?(?:[a-z-]+ )?${CEASE_AND_DESIST} from (?:the )?X1 `, indexBy: CEASE_AND_DESIST_WORDS, stateActor: true },
  // Stop 49's fourth round. "The Zembla Gaming Board sent Qorva a cease-and-desist letter", "issued cease-and-desist letters to
  // several platforms, including Qorva and Vexa": the body bans each firm it sends one to.
  { relation: 'banned', id: 'pattern:banned:sent-firm-cease-and-desist', template: `X P AUX T(${SEND_VERBS}) (?:the )?Y (?:an? |the )?(?:[a-z-]+ )?${CEASE_AND_DESIST} `, verb: true, notFollowedBy: /^from /, indexBy: CEASE_AND_DESIST_WORDS, stateActor: true },
  { relation: 'banned', id: 'pattern:banned:cease-and-desist-including', template: `X P AUX T(${SEND_VERBS}) (?:an? |the )?(?:[a-z-]+ )?${CEASE_AND_DESIST} to (?:[a-z0-9-]+ ){1,3}(?:, )?(?:including|such as|like|among them) Y`, verb: true, indexBy: CEASE_AND_DESIST_WORDS, stateActor: true },
  // "Ruritania ordered Qorva News to shut its office", "told Zenco to close its bureau in Zembla": a state closing a firm's business bans it.
  { relation: 'banned', id: 'pattern:banned:ordered-to-close-its-office', template: `X P AUX T(${ORDERED_OR_FORCED}) (?:the )?Y ${WHEN}to (?:immediately )?(?:shut down|shut|close down|close|suspend|cease) (?:all )?(?:its|their|its@\\d+) (?:[a-z-]+ )?(?:office|offices|bureau|bureaus|operations|branch|branches|business|activities|broadcasts|local office) `, verb: true, notFollowedBy: /^'s /, requires: ['to'], stateActor: true },
  // "Qorva, which markets Zeta, …": the holder of a product's market (a drug's, a brand's) provides it.
  // Stop 50. "Ruritania halted shipments of the Zenco Vela and the Qorva Zeta", "ordered sales of Zeta to be suspended", "ordered a
  // halt to imports of Zeta", "ordered Zenco to halt shipments of the Vela": a state stopping the trade in a product bans it.
  { relation: 'banned', id: 'pattern:banned:halted-trade-of', template: `X P AUX T(halted|halts|halt|halting|stopped|stops|stop|paused|pauses|pause|froze|freezes|freeze) (?:the |all |further |new )?(?:${TRADE_FLOWS}) of (?:the |its |their |its@\\d+ )?${MODELS_OF}Y`, verb: true, requires: ['of'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:ordered-trade-stopped', template: `X P AUX T(${ORDERED_TO}) (?:that )?(?:the |all |further )?(?:${TRADE_FLOWS}) of (?:the )?Y (?:to be |be )?(?:${STOPPED})(?= |$)`, verb: true, requires: ['of'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:ordered-a-halt-to', template: `X P AUX T(ordered|orders|order|imposed|imposes|impose) (?:a |an |the )?(?:immediate |temporary )?(?:halt|suspension|stop|freeze) (?:to|of|on) (?:the |all )?(?:(?:${TRADE_FLOWS}) of )?(?:the )?Y`, verb: true, stateActor: true },
  // Helper trd90, fresh samples s79c, s79e and s79f (safety regulators' stop-sale orders, import halts): "called for a temporary halt
  // to trading in Zenco" (the trade in a maker's goods; not a halt to trading in its shares, an exchange's act), "Zenco was ordered
  // by the regulator to stop selling mesh", "ordered products made by Zenco and Qorva to be pulled", "chose to halt imports of feed
  // from Zenco's plants". A state's only: a firm halting its own trade bans nothing. Nor a market's regulator's halt, or one "pending
  // an announcement": trading in the firm's shares (review rr90d).
  { relation: 'banned', id: 'pattern:banned:halt-to-trading-in', template: `X P AUX T(ordered|orders|order|imposed|imposes|impose|called for|calls for|call for) (?:a |an |the )?(?:immediate |temporary )?(?:halt|suspension|stop|freeze) (?:to|of|on) (?:the |all )?(?:trading|trade|sales|sale|selling) (?:in|of) (?:the )?Y`, verb: true, stateActor: true, notFollowedBy: SHARES_HALTED_AFTER, sourceNotNamed: MARKET_REGULATOR_NAME, requires: ['trading|trade|sales|sale|selling'] },
  { relation: 'banned', id: 'pattern:banned:ordered-by-body-to-stop-selling', template: `Y AUX (?:[a-z]+ly )?T(ordered|told|directed|instructed|forced|compelled|required) by (?:the )?X1 to (?:immediately )?(?:stop|cease|halt|suspend) (?:selling|distributing|supplying|marketing|the sale of|the sales of|sales of|the distribution of) `, stateActor: true, notFollowedBy: NAMED_GOODS_NEXT, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:ordered-makers-goods-pulled', template: `X P AUX T(ordered|orders|order|told|directed|required) (?:all |the )?(?:[a-z-]+ ){0,2}(?:products|devices|goods|items|models|implants|lines) (?:made|sold|marketed|manufactured|produced|distributed|supplied) by (?:the )?Y (?:to be |be )(?:pulled|withdrawn|recalled|removed|taken off)(?= |$)`, verb: true, stateActor: true, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:halted-imports-from-firm', template: `X P AUX (?:(?:chose|decided|moved|voted) to )?T(halted|halts|halt|halting|stopped|stops|stop|suspended|suspends|suspend|banned|bans|ban|barred|bars|bar|blocked|blocks|block) (?:the |all |further |new )?(?:imports|import|shipments|deliveries|supplies) of (?:[a-z-]+ ){1,3}from (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:operations|plants|plant|factories|factory|facilities|facility|sites|site|units|unit|subsidiary|subsidiaries|mills|mill)(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  // Helper ban89, from fresh samples on import halts and app blocks: the halt told as a noun with its body after "ordered by" ("a
  // halt to Zeta imports ordered by the ministry"), and a state's light-verb act on apps or sites it names in a list after them ("took
  // action against three apps - A, B and C"). A halt lifted or only sought, or legal action (a suit), bans nothing.
  { relation: 'banned', id: 'pattern:banned:halt-ordered-by', template: `(?:a |an |the )?(?:immediate |temporary )?T(halt|suspension|stop|freeze) (?:to|of|on) (?:the |all )?(?:(?:${TRADE_FLOWS}) of )?(?:the )?Y (?:(?:${TRADE_FLOWS}) )?(?:ordered|imposed|decreed) by (?:the )?X1`, stateActor: true, notPrecededBy: LOSS_UNMADE_BEFORE, notFollowedBy: LOSS_NOT_A_BAN_AFTER, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:took-action-against-listed', template: `X P AUX T(took|takes|take|taking) (?:(?:strict|swift|tough|firm|stern|blocking|punitive|enforcement|regulatory|immediate) )?action against (?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of|some|more than \\d+|over \\d+) )?(?:[a-z-]+ )?(?:apps|applications|websites|sites|channels|platforms|services|outlets|brands|products) (?:(?:-|–|—|:) |, (?:including |such as |namely )?|including |such as |namely )(?:the )?Y`, verb: true, stateActor: true, requires: ['action'] },
  { relation: 'banned', id: 'pattern:banned:ordered-firm-to-halt-trade', template: `X P AUX T(${ORDERED_OR_FORCED}) (?:the )?@\\d+ ${WHEN}to (?:immediately )?(?:halt|stop|suspend|cease|pause) (?:the |all |further |new )?(?:${TRADE_FLOWS}) of (?:the |its |their |its@\\d+ )?Y`, verb: true, requires: ['to'], stateActor: true },
  // "Zenco and Qorva revealed Zeta, a new chip,", "Zenco revealed its new Zeta phone": "revealed" unveils a thing the text calls new
  // (it reports a story elsewhere: "Qnews revealed Zeta's losses"); not when the thing's maker is named after it ("…, a new chip from Vexa").
  { relation: 'develops', id: 'pattern:develops:revealed-new', template: `X P AUX T(revealed|reveals|revealing) (?:its |their |its@\\d+ |the |a |an )?(?:new|latest|upcoming|first|next-generation|next) (?:[a-z-]+ ){0,2}Y1 `, verb: true, notFollowedBy: /^(?:'s |(?:[a-z-]+ ){0,3}(?:from|by|of) )/ },
  { relation: 'develops', id: 'pattern:develops:revealed-apposed-new', template: `X P AUX T(revealed|reveals|revealing) Y1 , (?:a|an|its|their|its@\\d+) (?:new|latest|upcoming|first|next-generation) (?:[a-z-]+ ){0,3}(?:${PRODUCT_NOUNS})(?= [,.;:]| on | at | in | this | last | earlier | today| that| which|$)`, verb: true, notFollowedBy: /^(?:[a-z-]+ ){0,3}(?:from|by|made|developed|built) /, requires: [','] },
  // "Zenmart is taking Zetanol off its shelves", "the regulator took Zeta off the market": a seller clearing its shelves of a
  // thing stops selling it (a ban, as "stopped selling" is); taking it off the market is a state's act (a maker withdraws its own).
  { relation: 'banned', id: 'pattern:banned:off-the-shelves', template: `X P AUX T(took|takes|take|taking|taken|pulled|pulls|pull|pulling) Y off (?:the |its |their |its@\\d+ )?(?:store |supermarket |pharmacy )?shelves(?= |$)`, verb: true, requires: ['shelves'] },
  { relation: 'banned', id: 'pattern:banned:off-the-market', template: `X P AUX T(took|takes|take|taking|taken|pulled|pulls|pull|pulling|ordered|orders) Y off the market(?= |$)`, verb: true, requires: ['market'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:ordered-off-the-shelves', template: `X P AUX T(${ORDER_WORDS}) (?:${CARRIERS}) to (?:take|pull|remove|clear) Y (?:off|from) (?:the |their |its )?(?:store |supermarket |pharmacy )?(?:shelves|market)(?= |$)`, verb: true, requires: ['shelves|market'], stateActor: true },
  // "issued a notice naming Zenco and Qorva among the sanctioned entities": a listing stated by a participle.
  { relation: 'restricts', id: 'pattern:restricts:naming-among-listed', template: `X P AUX (?:[a-z-]+ ){0,4}(?:, )?T(naming|named|names|listing|listed|lists) Y (?:as |among )(?:the |a |an )?(?:newly |latest |other )?(?:sanctioned|restricted|blacklisted|designated|listed|targeted) (?:[a-z-]+ )?(?:entities|entity|firms|firm|companies|company|parties|party|banks|bank|businesses|business|organisations|organisation|organizations|organization)(?= |$)`, requires: ['as|among'], stateActor: true },
  // "Zenco and Qorva are among the 46 entities sanctioned, the Treasury said", "Zapp is among the 59 apps Ruritania banned in
  // 2020": membership of a set of listed parties, with the actor as reporter or as the relative clause's subject.
  { relation: 'restricts', id: 'pattern:restricts:among-listed-reported', template: `Y AUX (?:also )?${AMONG_THE_PARTIES}(?:newly )?T(sanctioned|designated|blacklisted|targeted|listed|added|named|restricted) (?:[a-z0-9-]+ ){0,6}, (?:the )?X1 (?:said|says|announced|announces|stated|confirmed)(?= |$)`, requires: ['among'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:among-listed-by-subject', template: `Y AUX (?:also )?${AMONG_THE_PARTIES}(?:that |which )?(?:the )?X1 (?:has |had |have )?T(sanctioned|designated|blacklisted|targeted|listed|added|restricted)`, requires: ['among'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:among-banned-reported', template: `Y AUX (?:also )?${AMONG_THE_PARTIES}(?:newly )?T(banned|blocked|prohibited|removed|suspended) (?:[a-z0-9-]+ ){0,6}, (?:the )?X1 (?:said|says|announced|announces|stated|confirmed)(?= |$)`, requires: ['among'] },
  { relation: 'banned', id: 'pattern:banned:among-banned-by-subject', template: `Y AUX (?:also )?${AMONG_THE_PARTIES}(?:that |which )?(?:the )?X1 (?:has |had |have )?T(banned|blocked|prohibited|removed|suspended)`, requires: ['among'] },
  // "Zenstore removed Zapp and Qchat after receiving an order from the Ruritanian web regulator", "… at the request of the
  // ministry": the state body whose order a removal carries out bans what was removed (the remover bans it too, above).
  { relation: 'banned', id: 'pattern:banned:removed-on-order-of', template: `T(removed|removes|remove|removing|pulled|pulls|pull|pulling|deleted|deletes|delete|took down|takes down|blocked|blocks|block|blocking|suspended|suspends|suspend|delisted|delists) (?:the |its |their )?(?:(?:[a-z0-9-]+ ){0,2}(?:${LISTED_HEADS}) (?:, )?(?:including |like |such as |namely )?)?Y (?:[a-z-]+ ){0,4}(?:, )?(?:after|following|at|on|under|upon) (?:receiving |getting )?(?:an? |the )?(?:[a-z-]+ )?(?:order|orders|request|requests|demand|demands|directive|directives|instruction|instructions|ruling) (?:from|of|by) (?:the )?X1 `, requires: ['order|orders|request|requests|demand|demands|directive|directives|instruction|instructions|ruling'], stateActor: true },
  // "The aviation authority announced that Qorva Air and Vela Air have lost their operating rights": a body announcing that
  // firms lost their rights or licences has revoked them.
  { relation: 'banned', id: 'pattern:banned:announced-lost-rights', template: `X P AUX (?:${ANNOUNCING}) (?:that )?Y (?:have|has|had) (?:lost|been stripped of) (?:their|its|its@\\d+) (?:[a-z-]+ ){0,2}(?:rights|right|licence|license|licences|licenses|permit|permits|authorization|authorisation|authorizations|authorisations|certification|certificate|approval|approvals) `, indexBy: ['lost', 'stripped'], stateActor: true },
  // "Zencloud disabled services for Unit 9", "terminated its services to the ministry": a provider cutting a customer off bans it.
  { relation: 'banned', id: 'pattern:banned:disabled-services-for', template: `X P AUX T(disabled|disables|disable|terminated|terminates|terminate|cut off|cuts off|suspended|suspends|suspend|withdrew|withdraws|halted|halts|ended|ends|pulled|pulls|dropped|drops|discontinued|discontinues) (?:its(?:@\\d+)? |their |all |the )?(?:[a-z-]+ ){0,2}(?:services|service|access|protection|hosting|registration) (?:for|to) (?:(?:the |a |an )?(?:[a-z-]+ ){0,2}(?:called|named|dubbed) )?(?:the )?Y (?!'s )`, verb: true, requires: ['for|to'] },
  // "Zenco and Qorva announced that Zeta 3 will launch in February": makers announcing a thing's launch (not "said": reporters say).
  { relation: 'develops', id: 'pattern:develops:announced-will-launch', template: `X P AUX T(announced|announces|confirmed|confirms|unveiled|revealed) (?:on [a-z]+ )?(?:that )?(?:its |their |the )?(?:new |next |upcoming |latest )?(?:[a-z-]+ ){0,2}Y1 (?:will|would|is set to|is due to|is going to|is slated to) (?:officially )?(?:launch|debut|arrive|ship|release|go on sale|hit shelves|be released|be available|come out|roll out)(?= |$)`, requires: ['will|would|set|due|going|slated'] },
  // Stop 50's second round. "The Treasury announced that Zenco and Qorva have been added to the sanctions list", "… said that A
  // and B had been sanctioned": a state body announcing an agentless listing or ban is its author.
  { relation: 'restricts', id: 'pattern:restricts:announced-that-listed', template: `X P AUX (?:${ANNOUNCING}) (?:on [a-z]+ )?(?:that )?Y (?:have|has|had|were|was) (?:also )?(?:been )?(?:also )?T(added|placed|put|included|listed) (?:to|on|in) (?:the |its |a |their )?(?:[a-z-]+ ){0,3}(?:list|lists|sanctions|blacklist|register|registry) `, requires: ['that'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:announced-that-sanctioned', template: `X P AUX (?:${ANNOUNCING}) (?:on [a-z]+ )?(?:that )?Y (?:have|has|had|were|was) (?:also )?been (?:also )?T(sanctioned|designated|blacklisted|targeted)(?! by)`, requires: ['that'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:announced-that-banned', template: `X P AUX (?:${ANNOUNCING}) (?:on [a-z]+ )?(?:that )?Y (?:have|has|had|were|was) (?:also )?been (?:also )?T(banned|blocked|suspended|prohibited|outlawed)(?! by)`, requires: ['that'], stateActor: true },
  // "The Treasury included Zenco among several entities sanctioned", "named Zenco among the firms designated".
  { relation: 'restricts', id: 'pattern:restricts:included-among-sanctioned', template: `X P AUX T(included|includes|named|names|listed|lists|counted|counts) Y ${AMONG_THE_PARTIES}(?:newly |also )?(?:sanctioned|designated|blacklisted|targeted|listed|restricted)(?= |$)`, requires: ['among'], stateActor: true },
  // "cancelled the registration of 12 lenders, including Qorva Capital and Vexa Finance", "revoked the licences of A and B": a state
  // taking away a firm's registration or licence bans it.
  { relation: 'banned', id: 'pattern:banned:cancelled-registration-of', template: `X P AUX T(cancelled|canceled|cancels|cancel|revoked|revokes|revoke|suspended|suspends|suspend|withdrew|withdraws|rescinded|rescinds) (?:the )?(?:[a-z-]+ )?(?:registration|registrations|licence|license|licences|licenses|certificate|certificates|certification|certifications|clearance|clearances|permit|permits|authorization|authorisation|authorizations|authorisations|accreditation|accreditations) of (?:(?:\\d+|[a-z]+) )?(?:[a-z-]+ )?(?:${AMONG_PARTIES}|lenders|companies|firms) (?:, )?(?:including|such as|like|among them|namely) Y`, verb: true, requires: ['of'], stateActor: true },
  // "The aviation regulator ordered the grounding of all Zeta X jets", "ordered all Zeta X aircraft grounded".
  { relation: 'banned', id: 'pattern:banned:ordered-grounding-of', template: `X P AUX T(ordered|orders|order|announced|announces|imposed|imposes) (?:the |an? )?(?:immediate |temporary |emergency |worldwide )?grounding of (?:all |the |its )?(?:[a-z-]+ )?Y`, verb: true, indexBy: ['grounding'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:ordered-grounded', template: `X P AUX T(ordered|orders|order) (?:all |the )?(?:[a-z-]+ )?Y (?:[a-z-]+ ){0,2}(?:to be )?grounded(?= |$)`, verb: true, indexBy: ['grounded'], stateActor: true },
  // Stop 51, from stop 50's readers and chip-trade news: a state telling buyers to stop buying a product bans it ("Ruritania told its
  // tech companies to stop buying Zenco's Zeta chips", "instructed A and B to halt purchases of the Zeta"); a firm telling
  // buyers so does not (its own staff: staff-told-to-delete).
  { relation: 'banned', id: 'pattern:banned:told-buyers-to-stop-buying', template: `X P AUX T(${ORDER_WORDS}) (?:${BUYERS}) ${WHEN}(?:to (?:immediately )?(?:stop|halt|cease|suspend|pause|end) (?:${BUYING_VERBS}|(?:all |new |further )?(?:${BUYING_NOUNS}) of)|not to (?:buy|order|purchase|use|import)) ${WARES_OF_MAKERS}(?:the |all |any |new |further )?(?:its |their )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, requires: ['to'], stateActor: true },
  // Stop 51, from stop 50's readers: "Zembla informed Qorva Aid that it must cease its operations", "notified A and B that they
  // would have to shut down their offices": a state telling a firm it must stop its business bans it.
  { relation: 'banned', id: 'pattern:banned:informed-must-cease', template: `X P AUX T(informed|informs|notified|notifies|told|tells|warned|warns) (?:the )?Y (?:on [a-z]+ )?(?:that )?(?:it|they|@\\d+) (?:must|would have to|will have to|has to|have to|had to|needed to|need to|needs to) (?:immediately )?(?:${STOP_BUSINESS}|(?:shut down|shut|close down|close|vacate) (?:all )?(?:its|their) (?:[a-z-]+ )?(?:office|offices|bureau|bureaus|premises|branches))(?= |$)`, verb: true, requires: ['must|would|will|has|have|had|needed|need|needs'], stateActor: true },
  // Stop 51, from its first round's readers: a state taking back a firm's exemption from a licence requirement restricts it
  // ("revoked the licence waivers for Zenco, Qorva and Vexa", "terminated the validated end-user (VEU) status of Zenco",
  // "ended Zenco and Qorva's trusted-buyer status"); revoking an operating licence or an authorisation bans (cancelled-registration-of).
  { relation: 'restricts', id: 'pattern:restricts:revoked-waiver-for', template: `X P AUX T(${REVOKING}) (?:the |its |their )?${EXEMPTION_MODIFIERS}(?:${EXEMPTIONS}) (?:granted |given |issued )?(?:for|of|to|held by|enjoyed by) (?:the )?Y`, verb: true, requires: ['for|of|to|held|enjoyed'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:revoked-firms-waiver', template: `X P AUX T(${REVOKING}) (?:the )?Y 's ${EXEMPTION_MODIFIERS}(?:${EXEMPTIONS})(?= |$)`, verb: true, requires: ["'s"], stateActor: true },
  // "issued a rule that severs Zenco Bank from the US financial system", "cut Zenco Bank off from the dollar system": a state
  // shutting a bank out of its financial system restricts the bank (stop 51's readers).
  { relation: 'restricts', id: 'pattern:restricts:severed-from-financial-system', template: `X P AUX T(severs|severed|sever|severing|cuts|cut|cutting|shuts|shut|shutting|locks|locked|lock|locking|bars|barred|bar|barring) (?:off )?Y (?:off |out )?(?:from|of) (?:the |its )?(?:(?:[a-z.-]+|@\\d+) ){0,3}(?:financial|banking|dollar|payment|payments) (?:system|systems|network|networks)(?= |$)`, verb: true, requires: ['system|systems|network|networks'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:rule-severs-from-financial-system', template: `X P AUX T(issued|issues|issue|finalized|finalised|finalizes|adopted|adopts) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:rule|order|measure|action) (?:that |which |to )(?:would |will )?(?:severs?|cuts? off|shuts? out|bars?|locks? out) Y (?:off |out )?(?:from|of) (?:the |its )?(?:(?:[a-z.-]+|@\\d+) ){0,3}(?:financial|banking|dollar|payment|payments) (?:system|systems|network|networks)(?= |$)`, verb: true, requires: ['system|systems|network|networks'], stateActor: true },
  // Stop 51, from its first round's makers reader: a maker naming a thing its own kind of product ("Zenco calls the Zeta its thinnest
  // phone", "is billing the Vela as its most capable model").
  // Stop 81, from its final fresh set: the naming the other way round ("Zenco has dubbed its vehicle the Qorva", "named its new phone Vexa").
  // "Zenco's photo-sharing application Zapp": an application named after its maker's possessive, not a filing ("Zenco's patent
  // application Qorva-7", "its loan application"; stop 81).
  { relation: 'develops', id: 'pattern:develops:owned-application', template: `POSS (?:(?!(?:patent|loan|visa|trademark|licen[cs]e|job|permit|grant|merger|funding|asylum|planning|listing|ipo) )[a-z-]+ ){0,2}T(application|applications) (?:, )?(?:the )?Y1 `, requires: ['application|applications'], indexBy: ['application', 'applications'] },
  { relation: 'develops', id: 'pattern:develops:dubbed-its-product', template: `X1 P AUX T(dubbed|dubs|named|names|christened|christens|branded|brands|called|calls) (?:its|their)(?:@\\d+)? (?:[a-z0-9-]+ ){0,3}(?:${MADE_KINDS}) (?:the )?Y1 (?=[,.;:)]|and |$)`, verb: true, requires: ['its|their'] },
  { relation: 'develops', id: 'pattern:develops:calls-it-its-product', template: `X P AUX T(calls|called|calling|call|dubs|dubbed|dubbing|describes|described|describing|bills|billed|billing|touts|touted|touting) (?:the )?Y1 (?:as )?(?:its|their)(?:@\\d+)? (?:[a-z0-9-]+ ){0,3}(?:${MADE_KINDS}|flagship|flagships)(?= |$)`, verb: true, requires: ['its|their'] },
  // Stop 52, from stop 51's bans readers: a firm ordered by a court or a regulator to stop selling a thing; the thing is banned by who
  // orders it ("Zenco was ordered by the ITC to stop selling the Zeta Watch"), as in the active order (told-to-stop-selling).
  { relation: 'banned', id: 'pattern:banned:ordered-by-to-stop-selling', template: `(?:(?:the )?@\\d+ (?:(?:, (?:and )?|and )(?:the )?@\\d+ )*|(?:the )?(?:[a-z-]+ ){1,2})(?:was|were|has been|have been|had been|is being|are being|is|are) (?:also |now |again )?T(ordered|told|required|forced|directed|instructed|compelled) by (?:the |a )?(?:[a-z-]+ )?X1 (?:, )?${WHEN}to (?:immediately )?(?:${STOP_SELLING}|block(?: access to)?|remove|take down|pull) (?:the |its |their |its@\\d+ )?(?:(?:[a-z0-9-]+ ){0,3}(?:, )?(?:including|like|such as) )?(?:[a-z0-9-]+ )?Y`, notFollowedBy: /^'s /, requires: ['by', 'to'], stateActor: true },
  // Stop 52, from its first round's makers reader: a maker's partner in making a thing makes it too ("Zenco has partnered with
  // Qorva to deliver two handsets, the Zeta and the Zeta X", "Zenco is working with Qorva on a console called Zeta"): the subject
  // and the partner each develop it.
  { relation: 'develops', id: 'pattern:develops:partnered-to-make', template: `X1 P AUX T(partnered|partners|partner|teamed up|teams up|team up|joined forces|joins forces|collaborated|collaborates|collaborating|working|worked|works) with (?:the )?@\\d+ (?:to (?:jointly )?(?:build|develop|create|make|design|launch|release|deliver|produce|introduce|unveil|co-develop|manufacture) |on )(?:(?:a |an |the |two |three |four |its |their |new |first )*(?:[a-z0-9-]+ ){0,3}(?:(?:called|named|dubbed) |, ))?(?:the )?Y`, requires: ['with'] },
  { relation: 'develops', id: 'pattern:develops:partner-to-make', template: `@\\d+ P AUX T(partnered|partners|partner|teamed up|teams up|team up|joined forces|joins forces|collaborated|collaborates|collaborating|working|worked|works) with (?:the )?X1 (?:to (?:jointly )?(?:build|develop|create|make|design|launch|release|deliver|produce|introduce|unveil|co-develop|manufacture) |on )(?:(?:a |an |the |two |three |four |its |their |new |first )*(?:[a-z0-9-]+ ){0,3}(?:(?:called|named|dubbed) |, ))?(?:the )?Y`, requires: ['with'] },
  // "Zenco revealed its Zeta in concert with Qorva", "launched the Zeta together with Qorva": the maker's partner named after the thing
  // (not after a passive's agent, "Zeta was launched by Zenco in collaboration with Qorva": made-by-in-collaboration-with).
  { relation: 'develops', id: 'pattern:develops:made-together-with', template: `@\\d+ P AUX (?:launched|launches|unveiled|unveils|revealed|reveals|developed|develops|built|builds|released|releases|introduced|introduces|created|creates|designed|designs|co-developed) (?!by )(?:the |its |their |a |an )?(?:[a-z0-9-]+ ){0,2}Y (?:[a-z0-9-]+ ){0,2}T(in concert with|together with|in partnership with|in collaboration with|jointly with) (?:the )?X1`, requires: ['with'] },
  // Stop 52, from its first round's bans reader: a classification board refusing a game or a film a rating bans its sale there
  // ("Zeta Quest has been refused classification by the Ruritanian Classification Board", "the board refused to classify Zeta Quest",
  // "declined to give Zeta Quest a rating").
  // "The data office rejected the Zeta Face matching system", "rejected Zenco's Zeta X9 cameras": a state body refusing a named
  // system keeps it out (stop 89, ord89). The kind must end the phrase, so "rejected the Zeta X9 system's appeal" and "rejected
  // claims that ..." are not read.
  { relation: 'banned', id: 'pattern:banned:rejected-named-system', template: `X P AUX T(rejected|rejects|reject) (?:the |a )?(?:@\\d+ 's )?Y1 (?:[a-z-]+ ){0,2}(?:${REJECTED_SYSTEMS})${REJECTED_SYSTEM_AFTER}`, verb: true, stateActor: true },
  { relation: 'banned', id: 'pattern:banned:refused-classification-by', template: `Y P AUX T(refused|denied) (?:classification|a classification|rating|a rating|an age rating|certification|a certificate|a certification) (?:by|from) (?:the )?(?:[a-z-]+ )?X1`, requires: ['by|from'], indexBy: ['classification', 'rating', 'certification', 'certificate'], stateActor: true },
  // The refusal is the act here, so it is the trigger: a refusal before the trigger negates it (claim-status.ts).
  { relation: 'banned', id: 'pattern:banned:refused-to-classify', template: `X1 P AUX T((?:chose|decided|voted) not to (?:classify|rate|certify)|(?:refused|refuses|declined|declines) to (?:classify|rate|certify)) (?:the )?(?:@\\d+ 's )?(?:[a-z-]+ ){0,2}Y`, requires: ['to'], indexBy: ['classify', 'rate', 'certify'], stateActor: true, notFollowedBy: NOT_THE_WORK_OWNED },
  { relation: 'banned', id: 'pattern:banned:refused-a-rating', template: `X1 P AUX (?:(?:refused|refuses|declined|declines) to (?:give|grant|assign|issue) |T(refused|refuses|denied|denies) )(?:the )?(?:[a-z-]+ ){0,2}Y1 (?:classification|a classification|rating|a rating|an age rating|certification|a certificate|a certification)(?= |$)`, indexBy: ['classification', 'rating', 'certification', 'certificate'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:declined-to-assign-rating-to', template: `X1 P AUX T(refused|refuses|declined|declines|declining) to (?:assign|give|grant|issue) (?:a |an )?(?:[a-z-]+ )?(?:classification|rating|certificate) (?:to|for) (?:the )?(?:[a-z-]+ ){0,2}Y`, indexBy: ['classification', 'rating', 'certificate'], stateActor: true },
  // Stop 52, from its first round's controls reader: a state blocking a firm's takeover restricts the buyer (an investment prohibition,
  // real-dev's rules); the firm to be bought is not banned ("blocked Zenco's takeover of Qorva", "vetoed the acquisition of Qorva
  // by Zenco"; the trigger rules skip a ban verb whose object is a deal: dealObject in trigger-relations.ts).
  // "refused to approve Zenco's $5 billion deal", "knocked back Zenco's planned purchase", "had blocked its purchase of Qorva" (its
  // bound to the buyer) and "refused to clear the takeover of Qorva by Zenco" (stop 81, from stop 80's fresh samples of vetoed deals).
  { relation: 'restricts', id: 'pattern:restricts:blocked-buyers-deal', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the )?Y1 's ${BUYERS_DEAL}`, verb: true, requires: ["'s"], stateActor: true , notFollowedBy: NO_DEAL_STOPPED },
  { relation: 'restricts', id: 'pattern:restricts:blocked-its-deal', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?<y>its@\\d+) ${BUYERS_DEAL}`, verb: true, requires: ['its'], stateActor: true , notFollowedBy: NO_DEAL_STOPPED },
  { relation: 'restricts', id: 'pattern:restricts:blocked-deal-by-buyer', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the |a |an )?(?:[a-z$0-9.-]+ ){0,3}(?:takeover|acquisition|purchase|buyout|sale|merger) (?:of |with )(?:(?:the )?@\\d+ (?:'s )?|(?:a |an |the )(?:[a-z-]+ ){1,3})(?:[a-z-]+ ){0,3}by (?:the )?(?:[a-z-]+ ){0,3}Y1`, verb: true, requires: ['by'], stateActor: true },
  // "Zenco has been ordered to divest its stake in Qorva, the Ruritanian government said", "Zenco is required to sell its holding in
  // Qorva under an order by the review board": a divestment order told in the passive restricts the investor (divest-order above).
  { relation: 'restricts', id: 'pattern:restricts:ordered-to-divest-said', template: `Y1 AUX T(required|ordered|told|forced|directed|compelled|instructed) to (?:divest|sell|dispose of|offload|unwind|exit|reduce|give up) (?:(?![,;] )\\S+ ){1,10}, (?:the |a )?(?:[a-z-]+ ){0,2}X1 (?:'s (?:[a-z-]+ ){0,2}(?:government|ministry|department|minister|office) )?(?:said|says|announced|announces|ruled|rules|ordered|orders|stated|confirmed)(?= |$)`, requires: ['to', ','], stateActor: true },
  // Stop 52, from its first round's bans reader: a drug's maker in brackets after its brand and generic name ("Zenapex (zenatinib;
  // Qorva Inc.)", "zenatinib (Zenapex, Qorva)"; drug-names.ts folds the generic into the brand). A bracket holding one name is an
  // alias or a gloss ("Toutiao (\"Headlines\")"), no maker.
  // The bracket's first name must be the thing's own (its generic): "Zenco (Zeta, Zeta Pro)" lists Zenco's products (stop 61's makers readers).
  { relation: 'develops', id: 'pattern:develops:maker-in-brackets', template: `Y1 T(\\() (?<a>@\\d+) [;,] (?:the )?X1 \\)`, indexBy: ['('], aliasOfTarget: true },
  // Stop 52, from its first round's makers reader: a maker's name as the modifier of a kind of product named right after it
  // ("the Zenco drug zetamab", "the Zenco phone Zeta 5", "a Zenco weight-loss drug, Zetavo").
  // "One new Zenco product, called Zpay,", "a new Zenco app, Zpay,": a count or "new" may stand before the maker, "called" before the name.
  { relation: 'develops', id: 'pattern:develops:maker-modifies-kind', template: `(?<=(?:^| )(?:the|a|an|one)(?: (?:new|latest|newest|first|upcoming|popular|flagship))? )X1 (?:(?!(?:the|a|an|its|their|to|of|for|and|or) )[a-z-]+ ){0,2}T(${PRODUCT_NOUNS}) (?:, )?(?:(?:called|named|dubbed) )?(?:the )?Y1 `, notFollowedBy: /^(?:'s |and |of |, (?:and |or )?@)/ },
  // Stop 52, from its second round's makers reader: competition stated by aim ("the Zeta is aimed squarely at the Qorva Z",
  // "Zenco has set its sights on dethroning the Qorva Z", "Zenco's competitive position against giants like A and B"); the peer
  // check keeps "sanctions aimed at Zenco" and "the US takes aim at Zenco" out, and the users' nouns "aimed at Qorva shareholders"
  // (review rr93b: the same list as the apposed aim of helper rvn92).
  { relation: 'competes_with', id: 'pattern:competes_with:aimed-at', template: `X1 P AUX (?:squarely |directly |firmly |clearly |largely |mainly |primarily |also )?T(aimed at|aimed squarely at|targeted at|pitched against|positioned against|taking aim at|takes aim at|took aim at|squaring off against|squares off against|squared off against) (?:the )?(?:@\\d+ 's )?Y1 `, notFollowedBy: new RegExp(`^(?:'s |${RVN_USER_NOUNS})`), notPrecededBy: AIMED_MEASURE_OBJECT },
  { relation: 'competes_with', id: 'pattern:competes_with:set-sights-on', template: `X1 P AUX T(set|sets|setting) (?:its|their|its@\\d+) sights (?:firmly |squarely )?on (?:dethroning |overtaking |beating |unseating |challenging |taking on |toppling |catching |rivalling |rivaling )?(?:the )?Y1 `, notFollowedBy: /^'s /, requires: ['sights'] },
  { relation: 'competes_with', id: 'pattern:competes_with:position-against', template: `X1 's (?:[a-z-]+ ){0,2}T(position|standing|edge|footing|positioning) (?:against|versus|vs) (?:(?:the )?(?:[a-z-]+ )?(?:rivals|giants|competitors|players|incumbents|heavyweights|leaders) (?:such as |like |including )?|the likes of )?(?:the )?Y`, requires: ["'s"], indexBy: ['position', 'standing', 'edge', 'footing', 'positioning'] },
  // Stop 52, from its second round's controls reader: a state halting the export of a product restricts the product ("halted all
  // exports of the Zeta vaccine made by Zenco"; with a destination, trade-halted restricts the destination).
  { relation: 'restricts', id: 'pattern:restricts:exports-of-halted', template: `X P AUX (?:temporarily |effectively )?T(halted|halts|halt|halting|suspended|suspends|suspend|suspending|stopped|stops|stop|froze|freezes|freeze|paused|pauses|pause|curbed|curbs|curb|restricted|restricts|restrict|limited|limits) (?:all |the |a |an |its |further |new |commercial )*(?:[a-z-]+ ){0,2}(?:exports|export) of (?:the |its |their )?(?:[a-z0-9-]+ ){0,3}Y1 `, verb: true, notFollowedBy: /^(?:'s |to |for )/, indexBy: ['exports', 'export'], stateActor: true },
  // "issued an order preventing Zenco from acquiring Qorva": an order keeping a buyer from a deal restricts the buyer (as
  // "barred Zenco from acquiring Qorva" does, trigger-relations.ts).
  { relation: 'restricts', id: 'pattern:restricts:order-preventing-acquisition', template: `X P AUX T(issued|issues|issuing|signed|signs|made|makes) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:order|orders|ruling|decision|directive|notice) (?:preventing|blocking|barring|prohibiting|stopping|forbidding) (?:the )?Y from (?:acquiring|buying|purchasing|investing|taking|completing|owning|holding)(?= |$)`, requires: ['from'], indexBy: ['order', 'orders', 'ruling', 'decision', 'directive', 'notice'], stateActor: true },
  // Stop 52, from its second round's controls reader: sanctions told by their effect on a state's people ("told Ruritanians not to
  // do business with two firms: A and B", "made it illegal to do business with Zenco", "barred its citizens from dealing with Zenco").
  { relation: 'restricts', id: 'pattern:restricts:no-business-with', template: `X P AUX T(told|tells|warned|warns|ordered|orders|barred|bars|prohibited|prohibits|banned|bans|forbade|forbids|made it illegal|makes it illegal|made it a crime) (?:(?:all |its |their )?(?:[a-z-]+ ){0,2}(?:citizens|nationals|residents|firms|companies|banks|persons|people|americans|individuals|entities|businesses) |@\\d+ )?(?:not to |from |to )?(?:do|doing|conduct|conducting|engage in|engaging in|deal|dealing|transact|transacting|trade|trading)(?: business)? with (?:(?:the |a |an |two |three |four |five |several |these )?(?:[a-z-]+ ){0,2}(?:firms|companies|entities|banks|exchanges)(?: : | , )?)?(?:the )?Y`, requires: ['with'], indexBy: ['business', 'deal', 'dealing', 'transact', 'transacting', 'trade', 'trading'], stateActor: true },
  // Stop 52, from its third round's bans reader: a platform removing a firm's or a show's items bans what they are of ("removed all
  // episodes of Zeta Hour"), and the items a removal names after "including" ("removed five Qorva shows from its listings,
  // including Zeta Hour and Night Desk"). Videos and posts "of" a thing are about it ("removed videos of the Zeta Challenge"; helper
  // ban90c), and only those "from" or "by" it are its own.
  { relation: 'banned', id: 'pattern:banned:removed-items-of', template: `X P AUX T(removed|removes|remove|pulled|pulls|deleted|deletes|took down|takes down|taken down|banned|bans|blocked|blocks|delisted|delists) (?:all |the |every |its |their )?(?:[a-z-]+ )?(?:(?:episodes|seasons|podcasts|shows|issues|streams) (?:of|from|by)|(?:videos|posts) (?:from|by)) (?:the )?Y`, verb: true, notFollowedBy: /^'s /, indexBy: ['episodes', 'seasons', 'videos', 'posts', 'podcasts', 'shows', 'issues', 'streams'] },
  { relation: 'banned', id: 'pattern:banned:removed-including', template: `X P AUX T(removed|removes|remove|pulled|pulls|deleted|deletes|took down|takes down|banned|bans|blocked|blocks|delisted|delists) (?:all |the |its |their |several |some |many |\\d+ |two |three |four |five |six |seven |eight |nine |ten |dozens of )?(?:(?:[a-z0-9-]+|@\\d+) ){0,2}(?:shows|episodes|podcasts|videos|apps|games|titles|channels|pages|accounts|products|items|listings|drugs|medicines|sites|websites) (?:from (?:its |their |the )?(?:[a-z-]+ ){0,2}(?:@\\d+ )?(?:[a-z-]+ )?)?, (?:including|such as|among them) (?:the )?Y`, verb: true, requires: [','], indexBy: ['including', 'such', 'among'] },
  // "the designation by the Ruritanian defence ministry of Zenco as a military company": a listing noun with its agent before its
  // target (stop 52's readers; "the designation of Zenco by …" is the trigger rules').
  { relation: 'restricts', id: 'pattern:restricts:designation-by-of', template: `(?:the |a |its )?T(designation|designations|listing|blacklisting|sanctioning) by (?:the )?X1 of (?:the )?Y`, requires: ['by', 'of'], stateActor: true },
  // Stop 53, from its first round's bans reader: an owner's list of names, the first and the last with their kind ("Zenco's
  // Zeta speakers, Vela phones, as well as Lumen devices"): every item is the owner's.
  { relation: 'develops', id: 'pattern:develops:possessed-kinds-list', template: `POSS (?<y>@\\d+ (?:${OWNED_KINDS}) (?:, @\\d+ (?:(?:${OWNED_KINDS}) )?)*(?:, )?(?:and|or|as well as) @\\d+ )(?:${OWNED_KINDS})(?= |$)`, requires: ["'s|its"], indexBy: [...OWNED_NOUNS] },
  // Stop 53, from its first round's controls reader: a divestment order naming the firm to be sold ("ordered the fund Zenco
  // Capital to sell broadband firm Qwik") restricts the investor, as an order to sell a stake does (divest-order above).
  { relation: 'restricts', id: 'pattern:restricts:divest-named-firm', template: `X P AUX T(${ORDER_WORDS}) (?:the |its )?(?:@\\d+ 's )?(?:(?!(?:to|and|or|that) )[a-z-]+ ){0,3}Y1 (?:, )?${WHEN}to (?:divest|sell|dispose of|offload|unload|give up) (?:(?:at least |about |nearly |more than |up to |some )?\\d+(?:\\.\\d+)? % (?:of )?)?(?:its |their |its@\\d+ )?(?:\\d+(?:\\.\\d+)? % )?(?:(?:stake|stakes|holding|holdings|shares) in |control of )?(?:the )?(?:(?!(?:to|and|or) )[a-z-]+ ){0,2}@\\d+ (?=$|[,.;] |(?:to|by|within|in|and|after|over|on|because) )`, verb: true, requires: ['to'], stateActor: true },
  // Stop 53, from its first round's bans reader: a ruling that a firm may no longer sell or import a thing bans the thing ("the ITC
  // ruled that Qorva cannot import the Zeta phones", "the court decided that Zenco may not sell the Zeta in Ruritania").
  { relation: 'banned', id: 'pattern:banned:ruled-cannot-sell', template: `X P AUX T(ruled|rules|decided|decides|found|finds|determined|determines|concluded|concludes|held|holds) that (?:the )?@\\d+ (?:cannot|can not|could not|may not|must not|can no longer|may no longer|is not allowed to|are not allowed to|is barred from|are barred from|is prohibited from|are prohibited from) (?:sell|import|market|distribute|offer|ship|selling|importing|marketing|distributing|offering|shipping) (?:the |its |any )?(?:[a-z0-9-]+ )?Y`, verb: true, requires: ['that'], stateActor: true },
  // Stop 53, from its second round's bans reader: a state ordering a firm to cancel or halt the sale of a thing bans the thing, as
  // "told Zenco to stop selling Zeta" does ("ordered Zenco to cancel the sale of the Zeta 9", "required Zenco to halt Zeta sales",
  // "ordered the cancellation of the sale of the Zeta 9"); the firm told is no actor.
  { relation: 'banned', id: 'pattern:banned:ordered-to-halt-sale-of', template: `X ${STATES_BODY}P AUX T(${ORDER_WORDS}) (?:the |its )?(?:(?!(?:to|and|or|that) )[a-z-]+ ){0,3}@\\d+ (?:, )?${WHEN}to (?:immediately )?(?:cancel|halt|stop|cease|end|pause|freeze|suspend) (?:the |all |any |further |its |their )?(?:sale|sales|marketing|distribution|import|imports|shipments|deliveries) of (?:the |its |their |any |all )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, requires: ['to', 'of'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:ordered-to-halt-sales', template: `X ${STATES_BODY}P AUX T(${ORDER_WORDS}) (?:the |its )?(?:(?!(?:to|and|or|that) )[a-z-]+ ){0,3}@\\d+ (?:, )?${WHEN}to (?:immediately )?(?:cancel|halt|stop|cease|end|pause|freeze|suspend) (?:the |all |any |further |its |their )?(?:[a-z-]+ )?Y1 (?:sales|imports|shipments|deliveries)(?= |$)`, verb: true, requires: ['to'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:ordered-cancellation-of-sale', template: `X ${STATES_BODY}P AUX T(ordered|orders|announced|announces|demanded|demands|mandated|mandates|required|requires|decreed|decrees) (?:the )?(?:cancelation|cancellation|suspension|halt|halting|end|ending|termination|withdrawal) of (?:the |all |any )?(?:sale|sales|marketing|distribution|import|imports) of (?:the |its |any |all )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, requires: ['of'], stateActor: true },
  // Stop 53, from its second round's controls reader: a state rejecting a firm's bid to buy restricts the bidder, as blocking its
  // takeover does ("rejected a bid by Zenco to buy Qorva"; "blocked a handful of deals, including a takeover of Qorva by Zenco").
  { relation: 'restricts', id: 'pattern:restricts:rejected-bid-by', template: `X ${STATES_BODY}P AUX T(rejected|rejects|reject|blocked|blocks|block|vetoed|vetoes|veto|turned down|turns down|prohibited|prohibits) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:bid|bids|offer|offers|proposal|attempt|plan|application) by (?:the )?(?:[a-z-]+ ){0,2}Y1 (?:to (?:buy|acquire|take over|purchase|take control of|invest in)|for)(?= |$)`, verb: true, requires: ['by'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:blocked-deals-including-by', template: `X ${STATES_BODY}P AUX T(blocked|blocks|block|vetoed|vetoes|veto|prohibited|prohibits|rejected|rejects) (?:[a-z-]+ ){0,4}(?:deals|takeovers|acquisitions|bids|transactions|purchases) (?:, )?(?:including|such as|like) (?:a |an |the )?(?:[a-z-]+ )?(?:takeover|acquisition|purchase|buyout) of (?:the )?@\\d+ by (?:the )?Y1`, verb: true, requires: ['by'], stateActor: true },
  // Stop 53, from its third round's makers reader: a thing under development by a maker ("Zeta R is a reusable launcher under
  // development by Zenco Space"), and a maker's kind of product named in an apposition ("Zenco's spacecraft, a lunar lander named Zeta").
  { relation: 'develops', id: 'pattern:develops:under-development-by', template: `Y1 C8 T(under development|in development|being developed|being built|being designed) by (?:the )?(?:(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X`, requires: ['by'], indexBy: ['under', 'in', 'being'] },
  // Up to three describing words before the kind ("its dedicated remote play handheld, now named the Zeta": helper xlaunch, from
  // real console news, where a third word lost the maker).
  { relation: 'develops', id: 'pattern:develops:kind-named-in-apposition', template: `POSS (?:(?!to )[a-z-]+ ){0,3}(?:${PRODUCT_NOUNS}) , (?:a |an |the )?(?:[a-z-]+ ){0,3}(?:named|called|dubbed|known as) Y1 `, requires: ["'s|its", ','], indexBy: ['named', 'called', 'dubbed', 'known'] },
  // Stop 53, from its third round's bans reader: a thing said to be from its maker ("Zeta is from Zenco").
  { relation: 'develops', id: 'pattern:develops:is-from', template: `(?:^|, )Y1 (?:is|are|was|were) (?:also |originally )?T(from) (?:the )?X1 (?=$|[.,;] )`, requires: ['from'] },
  // Stop 53, from its fourth round's readers: rivals named in brackets after the noun ("Zenco faces competitors (Qorva, Borin
  // and Kappa)"), and a list expanded with its targets in a participle ("expanded its entity list, targeting firms like A and B").
  { relation: 'competes_with', id: 'pattern:competes_with:rivals-in-brackets', template: `X1 P AUX (?:faces|faced|face|facing|has|had|have|having|counts|counted|beat|beats|trails|trailed|leads|led|overtook|outpaced|outsold) (?:(?!(?:to|of|for|in|on) )[a-z-]+ ){0,3}T(competitors|rivals|challengers) \\( (?:such as |like |including |namely )?(?<y>@\\d+ (?:, @\\d+ )*(?:(?:, )?(?:and|or) @\\d+ )?)\\)`, requires: ['('] },
  { relation: 'restricts', id: 'pattern:restricts:expanded-list-targeting', template: `X ${STATES_BODY}P AUX T(expanded|expands|widened|widens|updated|updates|extended|extends|broadened|broadens) (?:its |the |their )?(?:[a-z-]+ ){0,2}(?:list|blacklist|sanctions list|sanctions) , (?:targeting|adding|hitting|naming) (?:[a-z0-9-]+ ){0,3}(?:like |such as |including )?Y`, verb: true, requires: [','], stateActor: true },
  // "Apple rejected the Zeta app from the App Store", "Zenco has rejected Qorva's Zeta app": a store's owner refusing an app
  // (or a game, an update) bans it there, as a removal does (stop 53's readers); "rejected Zenco's appeal" names no app.
  // "rejected an iPhone app": after "a" the name is the platform the app is for (stop 63's bans readers).
  { relation: 'banned', id: 'pattern:banned:store-rejected', template: `X P AUX T(rejected|rejects|reject|rejecting|refused|refuses) (?:the |its |their )?(?:@\\d+ 's )?(?:(?!an? |another )[a-z-]+ ){0,2}Y1 (?:(?:app|apps|game|games|update|updates|extension|extensions|client|browser|submission|listing) |(?:from|on|in) (?:the |its |their |its@\\d+ )?(?:@\\d+ |(?:[a-z-]+ )?(?:store|stores|marketplace) ))`, verb: true },
  // "denied an export licence to Zenco", "refused Zenco export permits", "export permits for Zenco were suspended by Ruritania":
  // an export licence kept from a firm is an export control on it (real-dev's rules: licence requirements restrict), not a
  // ban on its working (stop 54; the licence patterns above leave trade licences out).
  { relation: 'restricts', id: 'pattern:restricts:export-licence-denied', template: `X P AUX T(${DENY_VERBS}|${LICENCE_VERBS}) (?:an? |the |all |any )?(?:[a-z-]+ )?(?:export|exports|import|imports|trade) (?:${LICENCES}) (?:to|for|held by) (?:the )?(?:[a-z-]+ )?Y1`, verb: true, indexBy: LICENCE_WORDS },
  { relation: 'restricts', id: 'pattern:restricts:export-licence-denied-holder', template: `X P AUX T(${DENY_VERBS}) (?:the )?(?:[a-z-]+ )?Y1 (?:an? |the |any )?(?:[a-z-]+ )?(?:export|exports|import|imports|trade) (?:${LICENCES})${LICENCE_HEADED}`, verb: true, indexBy: LICENCE_WORDS },
  { relation: 'restricts', id: 'pattern:restricts:export-licence-revoked-by', template: `(?:the )?(?:[a-z-]+ )?(?:export|exports|import|imports|trade) (?:${LICENCES}) (?:for|to|of|held by) (?:the )?(?:[a-z-]+ )?Y1 (?:was|were|has been|have been|had been|is being|are being) (?:[a-z]+ly )?T(${DENY_VERBS}|${LICENCE_VERBS}) by (?:the )?X1`, requires: ['by'], indexBy: LICENCE_WORDS },
  // "Zenco's combat drones are the Vexa and the Plix", "its two phones were Zeta 4 and Zeta 5": an owner's kind named by a copula
  // is made by the owner, as after "include" (stop 54).
  { relation: 'develops', id: 'pattern:develops:owned-kind-are', template: `X1 's ${DESCRIBING}T(${PLURAL_PRODUCT_NOUNS}) (?:are|were) (?:the )?Y(?!'s)`, requires: ['are|were'] },
  // "Zenco will no longer provide its services to Qwikboard", "would no longer host Qwikboard", "stopped protecting Qwikboard": a
  // provider ending what it does for a site or firm cuts it off, a ban (stop 54's bans readers: 9 of 69 claims were providers').
  { relation: 'banned', id: 'pattern:banned:no-longer-serves', template: `X P AUX T(${stopsDoing(['host', 'house', 'serve', 'protect', 'register', 'carry'])}) (?:the )?Y (?!'s )`, verb: true },
  { relation: 'banned', id: 'pattern:banned:no-longer-provides-services', template: `X P AUX T(${stopsDoing(['provide', 'offer'])}) (?:its |their |any |the )?(?:[a-z-]+ ){0,2}(?:services|service|protection|hosting|infrastructure) (?:to|for) (?:the )?Y (?!'s )`, verb: true },
  // "Zenco will terminate Qwikboard as a customer", "dropped Qwikboard as a client": a provider's customer let go is cut off.
  { relation: 'banned', id: 'pattern:banned:dropped-as-customer', template: `X P AUX T(terminated|terminates|terminate|dropped|drops|drop|removed|removes|remove|cut|cuts|kicked off|booted|fired|fires) (?:the )?Y as (?:a |an |its |their )?(?:[a-z-]+ )?(?:customer|customers|client|clients|user|users|tenant|member|partner)(?= |$)`, verb: true, requires: ['as'] },
  // "Zenco had de-platformed Qwikboard": taking a site or a firm off a platform.
  { relation: 'banned', id: 'pattern:banned:deplatformed', template: `X P AUX T(de-platformed|deplatformed|de-platforms|deplatforms|de-platform|deplatform|de-platforming|deplatforming) (?:the )?Y`, verb: true },
  // "its first-ever trainer, called the Plix", "Zenco's new trainer, dubbed the Plix", "Zenco's take is called the Vexa": a thing
  // the owner has, named by a naming participle, is its make whatever noun calls it (stop 54's makers readers: kinds are an open class).
  { relation: 'develops', id: 'pattern:develops:owned-thing-called', template: `POSS (?:[a-z0-9-]+ ){0,3}(?:, )?T(called|dubbed|named|branded|codenamed|code-named) (?:the )?Y(?!'s)`, requires: ['called|dubbed|named|branded|codenamed|code-named'], notFollowedBy: /^(?:after|for|by|as) / },
  // "the Zeta processors Zenco makes", "the Vexa drones Qorva builds for the army": a thing named with its kind, then its maker in a
  // reduced relative clause (stop 54's controls readers).
  { relation: 'develops', id: 'pattern:develops:kind-maker-makes', template: `(?:the|its|their) Y1 (?:(?:${PRODUCT_NOUNS}|${PLURAL_PRODUCT_NOUNS}) )?X1 T(makes|made|builds|built|designs|designed|produces|produced|develops|developed|manufactures|manufactured)` },
  // "Zenco is responsible for the development of the Zeta malware", "was responsible for creating Zeta": who is answerable for
  // making a thing made it (stop 54's controls readers).
  { relation: 'develops', id: 'pattern:develops:responsible-for-making', template: `X1 P AUX (?:also |directly |largely )?responsible for T(the development of|the creation of|the design of|the production of|developing|creating|designing|building|producing|writing) (?:the )?Y`, requires: ['responsible'] },
  // "One of Zenco's significant innovations was the Vexa hyperbike": a member of the owner's things, named by a copula.
  // "Vexa is responsible for the Zeta-2 model", "Zenco, which is responsible for the Zapp app,": a firm answerable for a thing itself
  // (helper ow85). The things must end the clause: "responsible for the Zapp outage", "for 40% of Zapp sales" name no maker.
  { relation: 'develops', id: 'pattern:develops:responsible-for-thing', template: `X1 P AUX (?:also |directly |solely |fully )?T(responsible for) (?:the |its |their )?Y(?=[,.;:)]|and (?:is|was|has|had|also) |which |that |$)`, requires: ['responsible'] },
  // "Zapp is maintained by Qorva", "the Zeta network, which is maintained by Qorva", "a tool developed and maintained by Zenco": a firm
  // keeping a thing up makes it (helper ow85). Only right after the thing or its short description, and not "the ban on Zapp was
  // maintained by Ruritania" or "Zapp's lead was maintained by …" (a standing kept), so not with MAKE_PASSIVE's reach across words.
  { relation: 'develops', id: 'pattern:develops:maintained-by', template: `Y1 (?:(?:${MADE_KINDS}) )?(?:, (?:a |an |the )(?:[a-z-]+ ){1,3})?(?:, )?(?:which is |that is |which are |that are |is |are |was |were |has been |have been |had been )?(?:(?:${MAKE_PASSIVE}|written) and )?T(maintained) by (?:the )?X1 `, notPrecededBy: /(?:^| )(?:on|of|against|for|to|from) (?:the )?$/, requires: ['by'], targetNotThenKind: KEPT_UP_FOR_THE_THING },
  { relation: 'develops', id: 'pattern:develops:one-of-owners-things', template: `(?:^|, )(?:one|two|three|some|among the (?:most|best) [a-z-]+) of X1 's ${DESCRIBING}T(innovations|products|creations|inventions|launches|releases|flagships|bestsellers|best-sellers|hits|brands|${PLURAL_PRODUCT_NOUNS}) (?:is|was|are|were|has been|have been|remains|remained) (?:the )?Y(?!'s)`, requires: ['of', "'s"] },
  // "notified Zenco that it would need an export licence to ship its Zeta and Zeta Pro chips": the product lines a firm is told
  // it needs a licence to export are restricted (real-dev's rules: the product line named as restricted; stop 54's readers).
  { relation: 'restricts', id: 'pattern:restricts:told-licence-needed-lines', template: `X P AUX T(told|tells|informed|informs|notified|notifies|warned|warns) (?:the )?@\\d+ (?:that )?(?:it|they|@\\d+) (?:now |would |will |also )*(?:needs|need|needed|must obtain|must apply for|must seek|requires|required) (?:a |an |new |special |export |individual )*(?:${LICENCE_NEEDS}) (?:to|before) (?:ship|shipping|export|exporting|sell|selling|supply|supplying|send|sending|deliver|delivering) (?:its |their |the |any )?Y`, verb: true, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // "Zenco's move to acquire a stake in Qorva was rejected by Ruritania's economy ministry", "the takeover of Qorva by Zenco was
  // blocked by Ruritania": a buyer's deal stopped in the passive restricts the buyer (stop 54's controls readers).
  { relation: 'restricts', id: 'pattern:restricts:buyers-move-rejected-by', template: `Y1 's (?:[a-z-]+ ){0,2}(?:move|moves|bid|bids|plan|plans|attempt|attempts|offer|offers|proposal|effort|efforts) to (?:acquire|buy|take over|take control of|purchase|invest in) (?:[^\\s,;:.]+ ){0,8}(?:was|were|has been|have been|had been|is being) (?:[a-z]+ly )?T(blocked|rejected|vetoed|prohibited|halted|stopped|barred|turned down|denied) by (?:the )?X1`, requires: ['by'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:deal-by-buyer-blocked-by', template: `(?:takeover|acquisition|purchase|buyout) of (?:(?:the )?@\\d+ (?:'s )?|(?:a |an |the )(?:[a-z-]+ ){1,3})by (?:the )?(?:[a-z-]+ ){0,3}Y1 (?:was|were|has been|have been|had been|is being) (?:[a-z]+ly )?T(blocked|rejected|vetoed|prohibited|halted|stopped|barred|turned down|denied) by (?:the )?X1`, requires: ['by'], stateActor: true },
  // "other games from Zenco, including Zeta, Vexa and Plix", "more apps by Qorva such as A and B": things named as a maker's by example.
  { relation: 'develops', id: 'pattern:develops:kinds-from-maker-including', template: `(?:other |more |several |many |its |the )?T(${PLURAL_PRODUCT_NOUNS}|titles|brands) (?:from|by) (?:the )?(?:[a-z-]+ ){0,2}X1 (?:, )?(?:including|such as|like|notably) (?:the )?Y`, requires: ['from|by'] },
  // "Ruritania has declared the use of Zeta illegal", "ruled the sale of Zapp unlawful": declaring a thing's use or sale unlawful bans it
  // (stop 54's readers: a data commissioner and a regional government).
  { relation: 'banned', id: 'pattern:banned:declared-use-illegal', template: `X ${STATES_BODY}P AUX T(declared|declares|declare|ruled|rules|deemed|deems|found|finds|declaring|ruling) (?:that )?(?:the |any )?(?:use|usage|sale|sales|operation|deployment|distribution|import|imports) of (?:the )?(?:(?:[a-z-]+ ){1,2}(?:such as|like|including) (?:the )?)?Y (?:(?:is|was|to be|as) )?(?:now )?(?:illegal|unlawful|prohibited|banned)(?= |$)`, verb: true, requires: ['illegal|unlawful|prohibited|banned'], stateActor: true },
  // "Visa and Mastercard have severed ties with Zenleaks", "cut all ties with Zenleaks": a provider ending its dealings with a
  // site or a firm cuts it off (stop 54's readers; a state's ties with a state are no ban: the relation takes no state as target).
  { relation: 'banned', id: 'pattern:banned:severed-ties', template: `X P AUX T(severed|severs|sever|severing|cut|cuts|cutting) (?:all |its |their |business )?(?:ties|relations|links|relationships) with (?:the )?Y`, verb: true, requires: ['ties|relations|links|relationships'] },
  // "Vexa launched as a faster Qorva replacement", "Zenco pitched Vexa as a Qorva alternative": what a thing is put forward to
  // replace is its rival (stop 54's makers readers).
  { relation: 'competes_with', id: 'pattern:competes_with:launched-as-replacement', template: `X1 P AUX (?:(?:launched|launches|marketed|markets|pitched|pitches|positioned|positions|billed|bills|touted|touts|sold|sells) )?T(as) (?:a |an |the )?(?:[a-z-]+ ){0,2}Y1 (?:replacement|alternative|substitute|rival|competitor|killer|challenger)(?= |$)`, requires: ['replacement|alternative|substitute|rival|competitor|killer|challenger'] },
  // "Mozilla stopped trusting Qorva certificates", "will stop trusting certificates issued by Qorva": a browser's maker distrusting
  // a certificate authority's certificates blocks them (stop 54's readers).
  // "will no longer trust new TLS certificates issued by Qorva", "certificates from Qorva" (stop 56's readers).
  { relation: 'banned', id: 'pattern:banned:stopped-trusting', template: `X P AUX T(${TRUST_ENDED}) (?:all |the |any |new |newly issued |future )?(?:[a-z/-]+ ){0,3}(?:certificates|certs) (?:(?:issued|signed) by|from) (?:the )?Y`, verb: true, requires: ['certificates|certs'] },
  { relation: 'banned', id: 'pattern:banned:stopped-trusting-named', template: `X P AUX T(${TRUST_ENDED}) (?:all |the |any |new )?Y1 (?:'s )?(?:-issued |issued |root |tls |ssl )?(?:certificates|certs)(?= |$)`, verb: true, requires: ['certificates|certs'] },
  // "Zenco's new dehumidifier Vexa", "its latest treadmill, the Vexa": a possessor's made thing named after its kind, for any
  // kind WordNet files under goods (the hand-kept kinds have their own pattern above), a work ("Qorva's upcoming film, Zeta")
  // or a standing ("its best seller, the Zeta 5", "its latest creation: the Arc"); and "Vexa, Zenco's new dehumidifier,".
  { relation: 'develops', id: 'pattern:develops:owners-kind-named', template: `POSS ${DESCRIBING}T([a-z][a-z0-9-]*) (?:, |: )?(?:the )?Y`, notFollowedBy: SPEAKER_AFTER_APPOSED_NAME, kindNoun: true, indexBy: MADE_KIND_WORDS, requires: ["'s|its"] },
  { relation: 'develops', id: 'pattern:develops:named-owners-kind', template: `Y1 , (?:a |an |the )?POSS ${DESCRIBING}T([a-z][a-z0-9-]*) (?=[,.;:)]|$)`, kindNoun: true, indexBy: MADE_KIND_WORDS, requires: [',', "'s|its"] },
  // "The FTC issued a consent order against Zenco", "announced an enforcement action against Zenco", "imposed an asset cap on
  // Zenco": a regulator's order that sets the terms a firm must keep restricts it; "slapped Zenco with a cease-and-desist order"
  // bans it, as serving one does (stop 55's controls readers).
  { relation: 'restricts', id: 'pattern:restricts:consent-order-against', template: `X ${STATES_BODY}P AUX T(issued|issues|issue|issuing|imposed|imposes|impose|imposing|entered|enters|enter|entering|announced|announces|announce|announcing|brought|brings|bring|bringing|took|takes|take|taking|finalized|finalised|finalizes|finalises) (?:a |an |the |its )?(?:[a-z-]+ ){0,2}(?:consent order|consent decree|enforcement action|asset cap|growth cap) (?:against|on|with) (?:the )?Y`, verb: true, requires: ['order|decree|action|cap'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:slapped-with-consent-order', template: `X ${STATES_BODY}P AUX T(slapped|slaps|slap|slapping|hit|hits|hitting) Y1 with (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:consent order|consent decree|enforcement action|asset cap|growth cap)(?= |$)`, verb: true, requires: ['order|decree|action|cap'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:slapped-with-stop-order', template: `X ${STATES_BODY}P AUX T(slapped|slaps|slap|slapping|hit|hits|hitting) Y1 with (?:a |an |the )?(?:[a-z-]+ )?(?:${STOP_ORDERS})(?= |$)`, verb: true, requires: ['order|orders|letter|letters|injunction|injunctions'] },
  // "Unlike many of its competitors, such as Qorva and Kappa, Zenco …", "Like its rivals Qorva and Kappa, Zenco …": the rivals
  // "its" names before the firm it stands for (stop 55's makers readers).
  { relation: 'competes_with', id: 'pattern:competes_with:unlike-its-rivals', template: `(?:^|, )T(unlike|like) (?:many |most |some |all |several )?(?:of )?its (?:[a-z-]+ )?(?:competitors|rivals|peers) (?:, )?(?:(?:such as|like|including|namely) )?(?:the )?Y , X1`, indexBy: ['unlike', 'like'], requires: ['competitors|rivals|peers'] },
  // "Zenco said its employees will not be allowed to use Zapp", "Zenco staff cannot use Zapp", "Zenco's employees are
  // prohibited from using Zapp": an employer's staff denied a tool is the employer's ban on it, the negation inside the
  // trigger (stop 55's bans readers).
  { relation: 'banned', id: 'pattern:banned:own-staff-denied-use', template: `X ${STATES_BODY}P (?:[a-z]+ ){0,2}(?:that )?(?:its |their |its@\\d+ )(?:[a-z-]+ )?(?:${STAFF_NOUNS}) (?:[a-z']+ ){0,3}T(${DENIED_USE}) (?:the |any |such )?(?:(?!(?:to|of|for|at|in|on)\\b)[a-z-]+ ){0,3}(?:(?:such as|like|including) )?(?:the )?Y`, requires: [STAFF_NOUNS] },
  { relation: 'banned', id: 'pattern:banned:firms-staff-denied-use', template: `X1 (?:'s )?(?:[a-z-]+ )?(?:${STAFF_NOUNS}) (?:[a-z']+ ){0,3}T(${DENIED_USE}) (?:the |any |such )?(?:(?!(?:to|of|for|at|in|on)\\b)[a-z-]+ ){0,3}(?:(?:such as|like|including) )?(?:the )?Y`, requires: [STAFF_NOUNS] },
  // "Zenco surprised everyone by announcing the Zeta 2": the subject announces in the gerund after "by" (stop 56's makers readers).
  { relation: 'develops', id: 'pattern:develops:by-announcing', template: `X P AUX [a-z]+ (?:[a-z]+ ){0,3}by T(announcing) (?:its |their |the |a |an )?(?:(?:${MODIFIERS}) )*Y`, notFollowedBy: NOT_AFTER_ANNOUNCED_THING, requires: ['by'] },
  // "The Treasury targeted Zenco Industries, a maker of …", "Ruritania is targeting chipmakers such as A and B" (stop 56's controls
  // readers): a state targeting firms puts measures on them; not an inquiry, a suit, a fine or a tax ("targeted Zenco with a probe").
  { relation: 'restricts', id: 'pattern:restricts:state-targeted', template: `X1 P AUX T(targeted|targets|target|targeting) (?:(?:[a-z-]+ ){1,3}(?:such as|like|including) )?(?:the )?Y`, verb: true, stateActor: true, notFollowedBy: TARGETED_BY_OTHER_MEANS },
  // "Besides Zapp, Ruritania has also banned four other apps, which include A and B" (stop 56's readers): what a fronted
  // "besides" names is one more target of the clause's act.
  { relation: 'banned', id: 'pattern:banned:besides-fronted', template: `T(besides|apart from|aside from|in addition to) (?:the )?Y , (?:the )?X1 AUX (?:banned|blocked|barred|prohibited|outlawed|removed|delisted|suspended|bans|blocks|bars|prohibits|removes|delists|suspends) `, notPrecededBy: /\S/, requires: [','] },
  { relation: 'restricts', id: 'pattern:restricts:besides-fronted', template: `T(besides|apart from|aside from|in addition to) (?:the )?Y , (?:the )?X1 AUX (?:sanctioned|blacklisted|restricted|designated|targeted|sanctions|blacklists|restricts|designates|targets) `, notPrecededBy: /\S/, requires: [','], stateActor: true },
  // "Ruritania expanded the list of sanctioned goods for Zembla and Borduria", "announced an expansion of its list of goods
  // banned for export to A and B" (stop 56's controls readers): the states the goods may not go to are restricted.
  { relation: 'restricts', id: 'pattern:restricts:goods-list-for', template: `X P AUX (?:announced |approved |published |unveiled )?(?:the |an |a )?T(expanded|expands|expanding|expansion of|widened|widens|extended|extends|extension of|updated|updates|broadened) (?:the |its |their )?list of (?:[a-z-]+ ){0,3}(?:goods|items|products|technologies) (?:[a-z-]+ ){0,4}(?:for|to|against) (?:the )?Y`, stateActor: true, requires: ['list'] },
  // "Zenco and Qorva have been dropped from Zembla's approved purchasing list" (stop 56's controls readers): the list's owner drops them.
  { relation: 'banned', id: 'pattern:banned:dropped-from-owners-approved-list', template: `Y AUX T(dropped|removed|struck|stricken|excluded|cut|deleted|scrapped|axed) (?:off |from )X1 's ${APPROVED_LIST}(?= |$)`, requires: ['from|off', "'s"], indexBy: ['approved', 'pre-approved', 'procurement', 'purchase', 'purchasing', 'state-purchase', 'government-purchase', 'authorized', 'authorised', 'certified', 'eligible', 'preferred'], stateActor: true },
  // "Ruritania's regulator published an updated list of approved news sources, omitting Zeta": an approved list put out without a
  // source drops it, as "dropped from" does (helper ban90, fresh sample s78; a sanctions list that omits a firm lifts a curb instead,
  // so only approved lists).
  { relation: 'banned', id: 'pattern:banned:approved-list-omitting', template: `X ${STATES_BODY}P AUX (?:published|publishes|released|releases|issued|issues|unveiled|unveils|put out|puts out) (?:an |a |the |its |their )?(?:updated |new |revised |latest |fresh )?${APPROVED_LIST} (?:[a-z-]+ ){0,4}, T(omitting|leaving out|excluding|dropping) (?:the )?Y`, stateActor: true, requires: [','] },
  // "The Zemblan export office has not granted the permits to Zenco", "authorities had not given Zenco the necessary permission": a
  // state withholding the leave a firm needs restricts it, as a licence requirement does (helper ban90, fresh sample s78; the
  // negation is the act, so it is the trigger's). Not "granted permits to Zenco".
  { relation: 'restricts', id: 'pattern:restricts:permits-not-granted-to', template: `X ${STATES_BODY}P (?:(?:has|have|had|did|does|do|is|are|was|were) )?(?:still )?T(${LEAVE_WITHHELD}|withheld|withholds|withholding) (?:the |any |its |a |an )?(?:(?:${LEAVE_NEEDED}) )?(?:(?:${LEAVE_KINDS}) )?(?:${LEAVE_NOUNS}) to (?:the )?Y`, stateActor: true, requires: ['to'] },
  { relation: 'restricts', id: 'pattern:restricts:not-given-firm-permits', template: `X ${STATES_BODY}P (?:(?:has|have|had|did|does|do) )?(?:still )?T(${LEAVE_WITHHELD}) (?:the )?Y1 (?:the |any |its |a |an )?(?:(?:${LEAVE_NEEDED}) )?(?:(?:${LEAVE_KINDS}) )?(?:${LEAVE_NOUNS})(?= |$)`, stateActor: true, requires: ['not'] },
  // "Zenco follows Qorva and Vexa in blocking access to Zeta": those followed blocked it first (the follower is the trigger rules';
  // helper ban90, fresh sample s78). Not "follows Qorva in launching a phone", nor a possessor of what is blocked ("joined Qorva in
  // blocking Vexa's bid": the bid is blocked; review rr90b).
  { relation: 'banned', id: 'pattern:banned:followed-in-blocking', template: `@\\d+ P AUX (?:follows|followed|following|joins|joined|joining) X in T(blocking|banning|barring) (?:access to )?(?:the )?Y`, notFollowedBy: /^ ?'s /, requires: ['in'] },
  // "Skyco dropped news channel Zeta at midnight", "pulled the state broadcaster Zeta TV": a carrier dropping an outlet its kind
  // names bans it there, as dropping it from its platform does (helper ban90, fresh sample s78; "dropped its channel Zeta" is
  // an owner closing its own, and "dropped the Zeta 3 from its lineup" a maker's product, so the kind's word is needed).
  { relation: 'banned', id: 'pattern:banned:dropped-outlet-kind', template: `X P AUX T(dropped|drops|drop|dropping|pulled|pulls|axed|axes) (?:the )?(?:[a-z-]+ )?(?:${OUTLET_KINDS}) Y`, verb: true, notPrecededBy: /(?:^| )(?:not|never|to|would|could|might|may|should|will)$/, sourceNotNamed: EVENT_BODY_NAME },
  // "the regulator directed Zeta News to broadcast a statement of its findings", "ordered Zeta TV to air a correction" or "to
  // apologise" (helper ban90b, fresh sample s78): a state body compelling an outlet's broadcast curbs it. A state actor only
  // ("Zenco told its unit to issue a statement" is a firm's own), and only for what an outlet is made to carry: "ordered Zenco to
  // pay" is other sanctions'. A summary, a finding or a notice published may be any firm's ("ordered Zenco to publish a summary of
  // its safety findings"): only one broadcast or aired is an outlet's; what a press regulator has printed is a correction,
  // an apology or its ruling (review rr90b).
  { relation: 'restricts', id: 'pattern:restricts:directed-outlet-to-air', template: `X ${STATES_BODY}P (?:(?:has|have|had) )?(?:also |formally )?T(directed|directs|direct|ordered|orders|order|instructed|instructs|required|requires) (?:the )?Y to (?:(?:broadcast|air|carry) (?:a |an |the |its )?(?:[a-z-]+ ){0,2}(?:statement|statements|correction|corrections|apology|summary|ruling|finding|findings|decision|notice)|(?:publish|run|display|issue) (?:a |an |the |its )?(?:[a-z-]+ ){0,2}(?:correction|corrections|apology|ruling)|apologise|apologize)(?= |$)`, stateActor: true, verb: true, requires: ['to'] },
  // "The Zeta X could give the Qorva 5 a run for its money": a contest idiom whose rival stands inside it.
  { relation: 'competes_with', id: 'pattern:competes_with:run-for-its-money', template: `X1 P AUX T(give|gives|gave|giving|given) (?:the )?(?:@\\d+ 's )?Y1 a (?:real |serious |good |proper )?run for (?:its|their|his|her) money`, requires: ['money'] },
  { relation: 'develops', id: 'pattern:develops:which-markets', template: `X1 , (?:which|that) (?:also |now )?T(markets|marketed) (?:the )?Y`, requires: [','] },
  // "Zeta was developed by a joint venture of Zenco and Qorva", "built by a consortium between A and B" (stop 56's readers):
  // the venture's members make what it makes.
  { relation: 'develops', id: 'pattern:develops:by-joint-venture', template: `Y C8 ${NOT_AFTER_HOLDING}T(${MAKE_PASSIVE}) by (?:a |an |the )?(?:[a-z-]+ )?(?:joint venture|venture|partnership|consortium|collaboration|alliance|team-up) (?:of|between|among|formed by) (?:the )?X`, requires: ['by', 'of|between|among|formed'] },
  // "The following games have been banned by Ruritania: A, B and C", "These apps were blocked by Zembla: A and B" (stop 56's
  // readers): a passive whose subject is a kind, with its members listed after a colon.
  { relation: 'banned', id: 'pattern:banned:kind-banned-by-colon-list', template: `(?:(?:have|has|had) been|were|was|are|is) (?:[a-z]+ly )?T(${BAN_PARTICIPLES}|${DROP_VERBS}|suspended) by (?:the )?X1 (?:[a-z-]+ ){0,4}: (?:the )?Y`, notPrecededBy: /@\d+ $/, requires: ['by', ':'] },
  { relation: 'restricts', id: 'pattern:restricts:kind-sanctioned-by-colon-list', template: `(?:(?:have|has|had) been|were|was|are|is) (?:[a-z]+ly )?T(sanctioned|blacklisted|restricted) by (?:the )?X1 (?:[a-z-]+ ){0,4}: (?:the )?Y`, notPrecededBy: /@\d+ $/, requires: ['by', ':'] },
  // "Several countries have banned Zapp, including A, B and C", "A dozen states have barred Zapp, with A and B among them"
  // (stop 56's readers): a kind's act, its members listed after it.
  { relation: 'banned', id: 'pattern:banned:kind-acts-members-after', template: `${ACTOR_KINDS} AUX T(${BAN_VERBS}|${DROP_VERBS}) (?:${USE_OF})?Y G6 ${MEMBERS_AFTER}`, requires: [',', 'including|such|among|notably|namely|like|with'] },
  { relation: 'restricts', id: 'pattern:restricts:kind-acts-members-after', template: `${ACTOR_KINDS} AUX T(${RESTRICT_VERBS}|sanctioned|sanction|sanctions|blacklisted|blacklist) (?!${USE_OF})Y G6 ${MEMBERS_AFTER}`, requires: [',', 'including|such|among|notably|namely|like|with'] },
  // "Zenco halted trading in Plix", "paused all trading of Plix", "ended trading support for Plix", "halted its distribution of
  // Zeta" (stop 56's and 57's readers): an exchange or a distributor stopping a thing's trade bans it there (not "sales": a maker
  // halts the sales of its own phone).
  // A firm's paper traded is no such thing: "the SEC suspended trading in Zenco shares", "halted trading in Zenco Inc" stop a
  // market's dealing in the firm, and ban neither it nor what it makes (helper fpy93, from sus92's list).
  { relation: 'banned', id: 'pattern:banned:halted-trading-in', template: `X P AUX T(halted|halts|halt|halting|suspended|suspends|suspend|suspending|paused|pauses|pause|pausing|froze|freezes|freeze|freezing|stopped|stops|stop|stopping|ended|ends|end|ending|ceased|ceases|cease|ceasing|discontinued|discontinues|discontinue|discontinuing) (?:all |the |its |their )?(?:trading support|trading|distribution) (?:in|of|for) (?:the )?Y`, verb: true, requires: ['trading|distribution'], notFollowedBy: TRADED_PAPER_AFTER, targetNotType: 'company' },
  // "Ruritania made the sale and distribution of Zeta illegal", "declared Zeta unlawful", "declared A and B to be illegal" (stop 56's
  // and 57's readers): a state outlawing a thing bans it; so does "declared Zenco's services illegal" (stop 62's bans readers).
  { relation: 'banned', id: 'pattern:banned:made-illegal', template: `X ${STATES_BODY}P AUX T(made|makes|make|making|declared|declares|declare|declaring|considers|considered|consider|considering|deems|deemed|deem|deeming|ruled|rules) (?:the (?:[a-z-]+ )(?:(?:and|or) [a-z-]+ )?of )?(?:the )?Y (?:'s )?(?:(?!to )[a-z-]+ ){0,2}(?:to be )?(?:illegal|unlawful)(?= |$)`, verb: true, requires: ['illegal|unlawful'], stateActor: true },
  // "Zenco introduced the world to the Zeta" (stop 57's makers readers): bringing a thing out to everyone launches it.
  { relation: 'develops', id: 'pattern:develops:introduced-the-world-to', template: `X P AUX T(introduced|introduces|introduce|introducing) (?:the world|the public|the market) to (?:its |their |the )?(?:(?:new|first|latest) )?Y`, verb: true, requires: ['world|public|market'] },
  // "the Zeta, created in partnership with Qorva", "Zeta was developed in collaboration with Qorva" (stop 57's makers readers):
  // the partner makes it too.
  { relation: 'develops', id: 'pattern:develops:made-in-partnership-with', template: `Y1 (?:, |(?:was|were|is|are|has been|had been) )T(${MAKE_PASSIVE}) (?:jointly )?(?:in (?:partnership|collaboration|cooperation|conjunction) with|jointly with|together with) (?:the )?X`, requires: ['partnership|collaboration|cooperation|conjunction|jointly|together'] },
  // "Ruritania banned operators from importing gear made by foreign firms, including A and B", "bars carriers from using Zenco
  // gear" (stop 57's controls readers): a state keeping its buyers from a maker's wares bans the maker there (a state kept from
  // buying is an export control on that state: trigger-relations.ts).
  { relation: 'banned', id: 'pattern:banned:kept-buyers-from-buying', template: `X P AUX T(banned|bans|ban|banning|barred|bars|bar|barring|prohibited|prohibits|prohibit|prohibiting|forbade|forbids|forbid|forbidding|stopped|stops|stop|stopping) (?:${BUYER_KINDS}) from (?:${BUYING_VERBS}) ${WARES_OF_MAKERS}(?:the |all |any |new |further )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, requires: ['from'], stateActor: true, sentenceHolds: BUYERS_FROM_BUYING },
  // "Ruritania set a policy of excluding Zenco and Qorva from state contracts", "adopted a practice of barring Zenco" (stop 57's
  // controls readers): a state's standing policy of keeping a firm out bans it there.
  { relation: 'banned', id: 'pattern:banned:policy-of-excluding', template: `X ${STATES_BODY}P AUX (?:set|sets|adopted|adopts|announced|announces|introduced|introduces|implemented|implements|maintains|maintained|has|had|follows|followed|pursues|pursued) (?:a |an |the |its )?(?:[a-z-]+ )?(?:policy|practice|rule) of T(excluding|banning|barring|blocking|prohibiting|shutting out|keeping out) (?:the )?Y`, requires: ['policy|practice|rule'], stateActor: true },
  // "was not allowing the sale of Zenco machines", "stopped allowing imports of Zenco trucks" (stop 89, ord89): a state withholding
  // its leave to sell a maker's goods bans them (the negation is the ban, so it is the trigger's).
  { relation: 'banned', id: 'pattern:banned:not-allowing-sale-of', template: `X P (?:(?:has|have|had|was|were|is|are|will|would) )?(?:been )?T(not allowing|no longer allowing|not permitting|no longer permitting|not allow|no longer allow|no longer allows|not permit|no longer permits|stopped allowing|stops allowing|stopped permitting|refused to allow|refuses to allow|refusing to allow) (?:the |any |further |new )?(?:sale|sales|import|imports|registration|registrations) of (?:the |any )?${MODELS_OF}Y`, verb: true, requires: ['of'], stateActor: true, notFollowedBy: FIRM_SOLD_AFTER },
  // "the government will not let Zenco bid on contracts", "refused to allow Zenco to operate" (stop 57's controls readers): a
  // state withholding its leave to work bans the firm there.
  { relation: 'banned', id: 'pattern:banned:not-let-work', template: `X ${STATES_BODY}P AUX T(not let|not allow|not permit|never let|never allow|refused to let|refuses to let|refused to allow|refuses to allow|declined to allow) (?:the )?Y1 (?:to )?(?:bid|take part|participate|operate|sell|supply|compete|enter|provide|build|join|tender)(?= |$)`, requires: ['let|allow|permit'], stateActor: true },
  // "Zenco, Zeta's owner, said …", "Zenco, the Zeta developer, …" (stop 57's readers): an apposition naming the firm by the thing it makes.
  // A broadcaster or a parent firm named so owns the outlet (helper own90, from news on channels' owners: "Zenco Media, Zeta TV's
  // broadcaster, said").
  { relation: 'develops', id: 'pattern:develops:apposed-makers-noun', template: `X1 , (?:the |a )?Y1 (?:'s )?(?:(?:main|chief|original|longtime|former|current|lead|parent) )?T(owner|maker|developer|creator|publisher|manufacturer|operator|designer|producer|builder|co-developer|co-creator|broadcaster|parent company|parent firm|parent group)(?=[,)]|and |said |says |$)`, requires: [','] },
  // "Zenco Media, the broadcaster of Zeta TV, said …": the "of" form of the same apposition to a firm (helper dev90b, from round 1's
  // own90 leftovers). Only right after the firm's name and its comma, no word before the noun: an event's "official broadcaster of
  // the Zeta Games" holds only rights to air it, and "the broadcaster said" or "a state broadcaster" names no firm here.
  { relation: 'develops', id: 'pattern:develops:apposed-broadcaster-of', template: `X1 , (?:the )?T(broadcaster) of (?:the )?Y (?:(?:channels?|stations?|networks?) )?(?=[,)]|$)`, requires: [',', 'of'] },
  // "Zenco Media publishes the Zeta Times under its subsidiary Zenco Press", "makes the Zeta X9 through its unit Zenco Labs": the
  // subsidiary a firm works through makes the thing too (the firm's own claim is its verb's; helper dev90b, from own90's leftovers).
  // Not a partner or a seller it sells through ("sells Zeta through its partner Qorva").
  { relation: 'develops', id: 'pattern:develops:through-its-subsidiary', template: `T(publishes|published|publish|publishing|makes|made|make|making|produces|produced|produce|producing|develops|developed|develop|developing|builds|built|build|building|manufactures|manufactured|manufacture|manufacturing|broadcasts|broadcast|broadcasting|runs|ran|run|running|operates|operated|operate|operating) (?:the )?Y (?:under|through|via) (?:its|their|its@\\d+) (?:[a-z-]+ )?(?:subsidiary|subsidiaries|unit|units|arm|division|imprint|affiliate|publishing arm|publishing unit) (?:, )?X1 (?=[,.;:)]|$|and |in |since |from |which )`, requires: ['under|through|via'], notPrecededBy: /(?:^| )(?:not|never|n't|no longer|ceased to|stopped)(?: [a-z]+)? $/ },
  // "Exports to Ruritania and Zembla will require special authorisation from Borduria" (stop 57's controls readers): a licence
  // a state demands for exports to a place restricts the place.
  { relation: 'restricts', id: 'pattern:restricts:exports-to-require-licence-from', template: `(?:exports|shipments|sales|deliveries) (?:of (?:[a-z-]+ ){1,3})?to (?:the )?Y AUX T(require|requires|required|need|needs|needed) (?:a |an )?(?:[a-z-]+ ){0,2}(?:${LICENCE_NEEDS}) from (?:the )?X1`, requires: ['from'], stateActor: true },
  // "Zembla-bound shipments of Zeta chips now need a licence from Ruritania" (helper tar89b, from news on chip materials): the
  // destination told as a compound before the goods is restricted as "exports to Zembla" is.
  { relation: 'restricts', id: 'pattern:restricts:bound-exports-require-licence-from', template: `(?:^|the |all |any )Y1 - bound (?:exports|shipments|sales|deliveries|cargoes) (?:of (?:(?:[a-z-]+|@\\d+) ){1,3})?AUX T(require|requires|required|need|needs|needed) (?:a |an )?(?:[a-z-]+ ){0,2}(?:${LICENCE_NEEDS}) from (?:the )?X1`, requires: ['bound', 'from'], stateActor: true },
  // "The United States said sales to Zenco now require a licence", "Japan said that exports of tools to Zenco will need a licence":
  // the same requirement with its body as the one who announces it (helper rs84). Only plain auxiliaries stand before the verb, so
  // "no longer require" and "do not require" stay out; "need no licence" and "a licence plate check" (the licence word qualifying
  // another noun) too, and "a licence from the buyer" is left to exports-to-require-licence-from.
  { relation: 'restricts', id: 'pattern:restricts:said-exports-to-require-licence', template: `X P AUX (?:said|says|announced|announces|stated|states|confirmed|confirms|ruled|rules) (?:on [a-z]+ )?(?:that )?(?:exports|shipments|sales|deliveries) (?:of (?:[a-z-]+ ){1,3})?to (?:the )?Y1 (?:(?:will|would|now|also|soon|henceforth) )*T(require|requires|need|needs) (?:a |an )?(?:(?!no )[a-z-]+ ){0,2}(?:${LICENCE_NEEDS})(?= [.,;:]| for | before | under | in | on |$)`, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // "Zenco has a project called Zeta", "had a phone named Zeta" (stop 57's makers readers): a firm having a thing it names makes it.
  { relation: 'develops', id: 'pattern:develops:has-a-kind-called', template: `X P AUX T(has|have|had) (?:a |an |its |their )?(?:(?:new|own|secret|first|second|latest) )?(?:[a-z-]+ )?(?:${HAD_KINDS}) (?:called|named|dubbed|codenamed|code-named) (?:the )?Y`, requires: ['called|named|dubbed|codenamed|code-named'] },
  // "Zeta was termed an iPod killer", "seen as the Qorva or Kappa killer" (stop 57's makers readers): a thing cast as another's
  // killer competes with it.
  { relation: 'competes_with', id: 'pattern:competes_with:cast-as-killer', template: `X1 (?:, )?(?:is |was |has been |had been |were |are )?(?:widely |often |quickly |once )?T(termed|called|dubbed|seen as|billed as|touted as|hailed as|labelled|labeled|branded|pitched as) (?:an? |the )?(?:potential |would-be |so-called |next )?Y killer(?= |$)`, requires: ['killer'] },
  // Helper rv84, from a fresh news sample: the killer's name right after its noun, or in apposition ("the Zenco killer Qorva",
  // "Qorva, a would-be Zenco killer,"): a thing named as another's killer competes with it; "the Qorva killer app" is a kind of thing.
  { relation: 'competes_with', id: 'pattern:competes_with:killer-then-name', template: `(?:^|an? |the |its |their )(?:would-be |so-called |potential |next )?X1 T(killer) (?:, )?Y1`, requires: ['killer'] },
  { relation: 'competes_with', id: 'pattern:competes_with:apposed-killer', template: `X1 , (?:an? |the )(?:would-be |so-called |potential |next )?Y1 T(killer) (?=,|$)`, requires: ['killer'] },
  // "will distrust Qorva, citing lapses in its certificates": a browser's maker distrusting the issuer itself, where certificates
  // are the matter (stop 56's readers).
  { relation: 'banned', id: 'pattern:banned:stopped-trusting-issuer', template: `X P AUX T(${TRUST_ENDED}) (?:the )?Y1 (?=[,.;:]|as |(?:from|in) (?:its|their|the) |$)`, verb: true, requires: ['certificates|certificate|certs|tls|ssl'] },
  // "arms from Qorvia and Zembla, to which Ruritania restricts exports": the places a relative clause's control is aimed at (stop 58's readers).
  { relation: 'restricts', id: 'pattern:restricts:to-which-exports-restricted', template: `Y , to which (?:the )?X P AUX T(restricts|restricted|restrict|restricting|limits|limited|limit|limiting|bans|banned|ban|banning|prohibits|prohibited|prohibit|prohibiting|bars|barred|bar|barring|controls|controlled|control|controlling|curbs|curbed|curb|curbing|denies|denied|deny|denying) (?:the |all |any |its |their )?(?:[a-z-]+ ){0,2}(?:exports|sales|shipments|transfers|deliveries|supplies)(?= |$)`, verb: true, requires: ['which'], stateActor: true },
  // "denied Zenco's payments licence": a licence withheld from its holder, as "refused Zenco a licence" (denied-holder; stop 58's readers).
  { relation: 'banned', id: 'pattern:banned:denied-holders-licence', template: `X P AUX T(denied|denies|deny|denying|refused|refuses|refuse|refusing|rejected|rejects|reject|rejecting) (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:licence|license|licences|licenses|permit|permits|licence application|license application|application for a (?:[a-z-]+ )?(?:licence|license))(?= |$)`, verb: true, requires: ['licence|license|licences|licenses|permit|permits', "'s"], stateActor: true },
  // "rejected the acquisition by Zenco of Qorva": the buyer named before the firm bought (stop 58's readers).
  { relation: 'restricts', id: 'pattern:restricts:blocked-deal-buyer-first', template: `X P AUX T(blocked|blocks|block|blocking|vetoed|vetoes|veto|vetoing|prohibited|prohibits|prohibit|rejected|rejects|reject|stopped|stops|stop|halted|halts|halt|nixed|scuttled|thwarted|killed|torpedoed) (?:the |a |an )?(?:[a-z$0-9.-]+ ){0,3}(?:takeover|acquisition|purchase|buyout) by (?:the )?(?:[a-z-]+ ){0,3}Y1 of (?:the )?(?:[a-z-]+ ){0,3}@\\d+`, verb: true, requires: ['by', 'of'], stateActor: true },
  // "said that the use of Zencoin is unlawful", "said Zencoin trading is illegal": a state's statement that a thing is unlawful (stop 58's readers).
  { relation: 'banned', id: 'pattern:banned:said-is-illegal', template: `X ${STATES_BODY}P AUX T(${STATEMENT_VERBS}|reiterated|reiterates) (?:on [a-z]+ )?(?:that )?(?:the (?:use|trading|sale|purchase|possession) of |(?:trading|dealing|investing) in )?(?:the )?Y (?:(?!is |are |was |were |remains? )[a-z-]+ ){0,2}(?:is|are|was|were|remains|remain) (?:now |still |also )?(?:illegal|unlawful|prohibited|banned|forbidden|outlawed)(?= |$)`, verb: true, requires: ['illegal|unlawful|prohibited|banned|forbidden|outlawed'], stateActor: true },
  // "warned banks not to trade in Zencoin", "told lenders not to deal with Zenco": a state keeping its firms from a thing (stop 58's readers).
  { relation: 'banned', id: 'pattern:banned:warned-not-to-deal', template: `X ${STATES_BODY}P AUX T(warned|warns|told|tells|instructed|instructs|ordered|orders|directed|directs|asked|asks|urged|urges) (?:all )?(?:[a-z-]+ ){0,2}(?:${DEALERS}|people) not to (?:trade|deal|invest|use|buy|sell|transact|handle|facilitate|accept|process) (?:in |with )?(?:the )?Y`, verb: true, requires: ['not'], stateActor: true },
  // "announced that banks are prohibited from dealing in Zencoin": the same as a statement (stop 58's readers).
  { relation: 'banned', id: 'pattern:banned:said-firms-prohibited-from', template: `X ${STATES_BODY}P AUX (?:${STATEMENT_VERBS}) (?:that )?(?:all )?(?:[a-z-]+ ){0,2}(?:${DEALERS}) (?:are|were|will be|would be|remain) T(prohibited|banned|barred|forbidden) from (?:dealing|trading|investing|using|buying|selling|transacting|handling|facilitating|accepting|processing) (?:in |with )?(?:the )?Y`, requires: ['from'], stateActor: true },
  // "US export regulations prohibited the transfer of such items to Syria": a state's rules as the actor (stop 58's readers).
  { relation: 'restricts', id: 'pattern:restricts:states-rules-prohibit-transfer', template: `X1 (?:'s )?(?:export |trade |sanctions |technology )?(?:regulations|rules|laws|law|controls) P AUX T(prohibited|prohibits|prohibit|banned|bans|ban|barred|bars|bar|restricted|restricts|restrict|forbade|forbids|forbid|limited|limits|limit) (?:the )?(?:[a-z-]+ ){0,3}(?:transfer|transfers|export|exports|sale|sales|shipment|shipments|delivery|deliveries) (?:of (?:[a-z-]+ ){0,4})?to (?:the )?Y1`, requires: ['regulations|rules|laws|law|controls'], stateActor: true },
  // "The latest country to block Zapp is Ruritania": the actor named after the copula (stop 58's readers).
  { relation: 'banned', id: 'pattern:banned:latest-state-to-ban-is', template: `(?:the )?(?:latest|first|last|newest|only|second|third|next) (?:country|state|nation|government|jurisdiction) to T(ban|block|outlaw|prohibit|restrict|bar) (?:access to )?(?:the )?Y (?:is|was|became|has become) (?:the )?X1`, requires: ['country|state|nation|government|jurisdiction'] },
  // "Zenco's share grew at the expense of Qorva": one gains what the other loses (stop 58's makers readers).
  { relation: 'competes_with', id: 'pattern:competes_with:at-the-expense-of', template: `X1 (?:'s )?(?:(?:market )?share|sales|user base|popularity|business|revenue) (?:[a-z-]+ ){0,3}T(at the expense of) (?:the )?(?:@\\d+ 's )?Y1`, requires: ['expense'] },
  { relation: 'competes_with', id: 'pattern:competes_with:gained-at-the-expense-of', template: `X1 P AUX (?:gained|gains|grew|grows|won|wins|took|takes|captured|captures|expanded|expands) (?:[a-z-]+ ){0,3}T(at the expense of) (?:the )?(?:@\\d+ 's )?Y1`, requires: ['expense'] },
  // "Zenco entered the tablet market with the Zeta Pad", "joined the AI race with Zeta": a firm's first thing in a market is its own (stop 57's readers).
  { relation: 'develops', id: 'pattern:develops:entered-market-with', template: `X P AUX T(entered|enters|enter|entering|joined|joins|join|joining|broke into|breaks into|break into|jumped into|jumps into|jump into|moved into|moves into|move into) (?:the )?(?:[a-z0-9-]+ ){0,3}(?:market|markets|business|space|segment|fray|race|arena|industry) with (?:the |its |their |a |an )?(?:(?:new|first|own|latest|debut) )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, requires: ['with', 'market|markets|business|space|segment|fray|race|arena|industry'], notFollowedBy: OTHERS_THING_AFTER_NAME },
  // "Zenco co-developed the Zeta with Qorva, Borin and Kappa": the partners after "with" make it too (stop 58's readers: co-development lists).
  { relation: 'develops', id: 'pattern:develops:co-made-with', template: `@\\d+ P AUX T(co-developed|co-develops|co-develop|co-developing|co-designed|co-designs|co-created|co-creates|co-built|co-builds|co-engineered|co-produced|co-produces|jointly developed|jointly develops|jointly built|jointly designed|jointly created) (?:the |its |their |a |an )?(?:[a-z0-9-]+ ){0,2}Y (?:[a-z0-9-]+ ){0,2}with X`, requires: ['with'] },
  // "the Zeta's developers, Zenco and Qorva", "the Zeta disc's makers – Zenco and Qorva –": the makers set off after the thing's possessive (stop 59's makers
  // readers). The article marks a thing ("Zenco's developers, A and B" are its staff).
  { relation: 'develops', id: 'pattern:develops:things-makers-apposed', template: `the Y1 (?:[a-z-]+ )?'s (?:(?:original|main|chief|joint|two|three) )?T(developers|developer|co-developers|makers|maker|creators|creator|co-creators|designers|designer|inventors|inventor|manufacturers|manufacturer|builders|builder) , X`, requires: [','] },
  // "Zenco and Qorva, who had worked together on the Zeta": the partners of a joint work make it (stop 59's makers readers).
  { relation: 'develops', id: 'pattern:develops:worked-together-on', template: `X , (?:who|which) (?:had |have |has )?(?:jointly |also |previously |once )?T(worked|collaborated|partnered|teamed up|cooperated) together on (?:the |its |their )?Y`, requires: ['together'] },
  // "Qorva was the biggest competitor the Zeta had", "the only rival that Zenco faced": the rival's possessor in a relative
  // clause after the noun (stop 60's makers readers).
  { relation: 'competes_with', id: 'pattern:competes_with:rival-it-had', template: `X P AUX (?:was|is|became|remained|remains|becomes) (?:the |its |their )?(?:[a-z-]+ ){0,2}T(competitor|rival|challenger|threat|competition) (?:that |which )?(?:the )?Y1 (?:ever |still |then |now )?(?:had|has|faced|faces|would face|will face)(?= |$)`, requires: ['had|has|faced|faces|face'] },
  // "Zenco has rejected the Qwik app", "rejected Borin's Qwik app": a store turning an app down bans it; the app's kind was
  // taken into its name's mention, so it is checked after the name (stop 59's readers).
  { relation: 'banned', id: 'pattern:banned:store-rejected-named-app', template: `X P AUX T(rejected|rejects|reject|rejecting|refused|refuses) (?:the |its |their )?(?:@\\d+ 's )?(?:(?!an? |another )[a-z-]+ ){0,2}Y1 (?=[.,;:]|$|(?:on|in|for|from|because|over|after|,) )`, verb: true, requires: ['rejected|rejects|reject|rejecting|refused|refuses'], targetThenKind: /^\s+(?:[Aa]pps?|[Gg]ames?|[Ee]xtensions?)\b(?!\s*,\s*["“'‘]?[A-Z0-9])/ },
  // "Japan added 23 kinds of chip tools to the list of items barred from export to Zembla", "put drones on its list of goods that
  // cannot be exported to A and B" (stop 60's controls readers): the states the listed goods may not go to are restricted.
  { relation: 'restricts', id: 'pattern:restricts:added-goods-barred-for-destination', template: `X P AUX T(added|adds|adding|put|puts|putting|placed|places|included|includes|moved|moves) (?:\\S+ ){0,16}?(?:to|on|in) (?:the |its |their |a )?(?:new )?(?:list of |category of )?(?:[a-z-]+ ){0,3}(?:goods|items|products|technologies|equipment|exports) (?:that |which )?(?:are |were |is |was )?(?:banned|barred|prohibited|forbidden|restricted|controlled|cannot be|can not be|may not be|must not be|not allowed to be) (?:from |for )?(?:export|exports|exporting|being exported|exported|shipped|sold|shipment|sale) to (?:the )?Y`, stateActor: true, requires: ['to'] },
  // "The Commerce Department also added Zenco and Qorva, both based in Zembla, for their support of the army", "listed Vexa for its
  // role in shipping parts" (helper ctl100): a state body adding firms for a deed of theirs puts them on its list, named or not.
  { relation: 'restricts', id: 'pattern:restricts:added-for-their-deeds', template: `X P AUX (?:also )?T(added|adds|adding|listed|lists|listing) (?:the )?Y (?:, (?:[a-z-]+ |@\\d+ ){1,6}, )?for (?:their|its) (?:alleged |suspected |reported )?(?:support|role|roles|involvement|activities|contributions|contribution|ties|links|efforts|attempts|acquiring|attempting|supplying|shipping|providing|helping|aiding)(?= |$)`, stateActor: true, requires: ['for'] },
  // "Zenco added the Zeta 8 to its lineup", "has added a new model, the Zeta 8, to its range of watches" (stop 60's makers readers):
  // what a maker adds to its own line it makes.
  { relation: 'develops', id: 'pattern:develops:added-to-its-lineup', template: `X P AUX T(added|adds|adding|introduced|introduces|brought|brings) (?:a |an |the |two |three |several )?(?:new )?(?:(?:[a-z-]+ ){0,2}(?:${PRODUCT_NOUNS}) , )?(?:the )?Y (?:(?:${PRODUCT_NOUNS}) )?(?:, )?to (?:its|their|its@\\d+) (?:[a-z0-9-]+ ){0,3}(?:${LINEUP_NOUNS}|stable|catalogue|catalog)(?= |$)`, verb: true, requires: ['to'] },
  // "Zenco expanded its lineup with the Zeta 8 and the Vela 3", "refreshed its range of routers with the Zeta X"; helper mk85: a line
  // revamped with its new model, the line named by its brand ("revamped its Vela line with the new Vela 9").
  { relation: 'develops', id: 'pattern:develops:expanded-lineup-with', template: `X P AUX T(expanded|expands|expanding|broadened|broadens|extended|extends|bolstered|bolsters|refreshed|refreshes|updated|updates|rounded out|rounds out|filled out|grew|grows|revamped|revamps|overhauled|overhauls|renewed|renews|revitalised|revitalized) (?:its|their|its@\\d+) (?:@\\d+ )?(?:[a-z0-9-]+ ){0,3}(?:${LINEUP_NOUNS})(?: of (?:[a-z-]+ ){0,2}(?:${PRODUCT_NOUNS}))? with (?:the )?(?:(?:new|latest|launch of the|addition of the|release of the) )?Y`, verb: true, requires: ['with'], notFollowedBy: NOT_OWN_NEW_MODEL },
  // "Qorva took on Zenco with its Zeta tablet", "is challenging Zenco with its own chatbot, Zeta" (helper mk85): what a challenger
  // takes a rival on with is its own; not a partner or a helper after "its" ("with its partner Vexa").
  { relation: 'develops', id: 'pattern:develops:took-on-rival-with-its', template: `X P AUX T(took on|takes on|taking on|take on|challenged|challenges|challenging|challenge|went after|goes after|going after|go after) (?:the )?@\\d+ with (?:its|their|its@\\d+) (?!(?:${HELPER_NOUNS}) )(?:(?:own|new|latest|first|upcoming) )?(?:(?!(?:${HELPER_NOUNS}|over|of|about|against|on|for|from|by|in|to|at|with) )[a-z0-9-]+ ){0,2}(?:, )?(?:the )?Y`, verb: true, requires: ['with'], notFollowedBy: DEAL_NOT_THING_MADE },
  // "ordered telecoms operators to strip Zenco gear from their networks", "required carriers to remove equipment made by A and B"
  // (stop 60's controls readers): a state ordering buyers to rip out a maker's goods bans the maker.
  { relation: 'banned', id: 'pattern:banned:told-buyers-to-remove-named-gear', template: `X P AUX T(${ORDER_WORDS}) (?:${BUYERS}) ${WHEN}to ${REMOVE_GEAR}(?:[a-z0-9-]+ ){0,2}Y (?:[a-z0-9-]+ ){0,2}(?:${REMOVED_GEAR})(?= |$)`, verb: true, requires: ['to'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:told-buyers-to-remove-gear-made-by', template: `X P AUX T(${ORDER_WORDS}) (?:${BUYERS}) ${WHEN}to ${REMOVE_GEAR}(?:[a-z0-9-]+ ){0,2}(?:${REMOVED_GEAR}) (?:made|supplied|produced|manufactured|sold|built|from) (?:by )?Y`, verb: true, requires: ['to'], stateActor: true },
  // "Zenco continued to innovate, with the introduction of Zeta in 2009", "Zenco answered with the launch of the Zeta" (stop 61's makers
  // readers): the clause's subject brings out what "with" its act introduces; "Zenco stunned the (AI) field with the announcement of
  // Zeta" too (helper cau100, from model-launch news).
  { relation: 'develops', id: 'pattern:develops:with-the-introduction-of', template: `X P AUX (?:(?!by |from |to )[a-z-]+ |, |\\( [a-z]+ \\) ){1,10}with (?:the |its |their )?(?:[a-z-]+ )?T(introduction|introductions|launch|launches|release|releases|debut|debuts|unveiling|rollout|roll-out|announcement) of (?:the |its |their )?(?:new )?Y`, requires: ['with', 'of'] },
  // "Zenco, an entity on the Commerce Department's blacklist, …", "Zenco, already on a Ruritanian trade list, …" (stop 61's first controls
  // sample): an apposition placing a firm on a state's restriction list.
  { relation: 'restricts', id: 'pattern:restricts:apposed-on-owners-list', template: `Y1 , (?:already |also |now |long |itself )?(?:(?:a|an|one|another) (?:[a-z-]+ ){0,2}(?:entity|company|firm|group|supplier|maker|manufacturer|business|organisation|organization|institute|unit|subsidiary|chipmaker) )?(?:already |also |now |long )?(?:on|in) (?:the |a |an )?X1 (?:'s )?(?:[a-z-]+ ){0,2}T(blacklist|black list|entity list|sanctions list|trade list|denylist|restricted list|unreliable entity list|unverified list|military end-user list)`, requires: [','], stateActor: true },
  // "The Zorb, a joint project between Zenco and Qorva, …", "Zeta, a creation of Zenco", "Zeta, a collaboration of Zenco and the
  // Institute": a thing described in apposition as a project of its makers (stop 61's readers: 6 agents inside appositions); "the Zeta
  // phone, a joint venture of Zenco and Qorva" (helper sup89; the venture is read with apposed-joint-venture below).
  { relation: 'develops', id: 'pattern:develops:apposed-joint-project', template: `Y1 (?:[a-z]+ )?, (?:a |an |the )?(?:[a-z-]+ ){0,2}T(project|collaboration|effort|creation|brainchild|invention|co-production|co-development) (?:jointly )?(?:between|of|by|from) (?:the )?X`, requires: [','] },
  // "Ruritech's AI, Zenbot, powers the speaker", "runs on its AI, Zenbot.": a firm's AI named in apposition is its own (stop 62's
  // makers readers; "AI" alone is no product noun: "Zenco's AI push").
  { relation: 'develops', id: 'pattern:develops:owners-ai-named', template: `POSS T(ai) , Y1 (?=[,.;:]|$)`, requires: [','] },
  // "the Director General issued Order 4 which bans the use of A and B", "passed a decree that prohibits Zapp": an instrument the body
  // issues, banning in a relative clause, is the body's ban (stop 62's bans readers; a numbered order's name may read as a mention).
  { relation: 'banned', id: 'pattern:banned:issued-order-which-bans', template: `X P AUX T(issued|issues|issue|passed|passes|adopted|adopts|enacted|enacts|signed|signs|published|publishes) (?:an? |the |its )?(?:(?:[a-z-]+ )?(?:order|directive|decree|circular|notification|regulation|ordinance|law|rule|ruling|notice|bill|legislation)(?: (?:no\\. )?[0-9][0-9.-]*)?|@\\d+)(?: / [0-9]+)? (?:which|that) (?:effectively |also )?(?:bans|banned|prohibits|prohibited|blocks|blocked|bars|barred|forbids|forbade|outlaws|outlawed) (?:the )?(?:(?:use|sale|sales|import|imports|operation|distribution) of )?(?:the )?Y`, verb: true, requires: ['which|that'], stateActor: true,
    // "passed a law that bars A and B from forcing developers …": kept from conduct, the firms are restricted (trigger-relations.ts), not banned.
    notFollowedBy: KEPT_FROM_CONDUCT },
  // "Zeta-2 is under construction by Zenco", "the Zeta, under development by Qorva": a thing being made by its maker (stop 62's controls readers).
  { relation: 'develops', id: 'pattern:develops:under-construction-by', template: `Y1 (?:, |P AUX )T(under construction|under development|in development|in production) (?:[a-z-]+ ){0,2}by (?:the )?(?:(?:${DESCRIBED_MAKERS}) )?X`, requires: ['by'] },
  // "Japan's export law requires Zenco to obtain a licence": a state's rule requiring a firm to hold a licence is a licence requirement on
  // it (real-dev's rules: licence requirements restrict; stop 62's controls readers).
  { relation: 'restricts', id: 'pattern:restricts:firm-required-to-get-licence', template: `X1 (?:'s )?(?:(?:export|trade|control|sanctions) )?(?:(?:law|laws|rules|regulations|act|controls) )?P AUX T(requires|required|require|requiring|obliges|obliged|forces|forced) (?:the )?Y to (?:obtain|get|seek|apply for|hold|secure) (?:a |an |new |special |export |individual |government )*(?:${LICENCE_NEEDS})(?= |$)`, verb: true, indexBy: LICENCE_NEED_WORDS, stateActor: true,
    // A licence for what the firm ships to a buyer is a control on the buyer (licence-required above), not on the firm.
    notFollowedBy: /^ (?:for|to|before|from) / },
  // "the Board refused classification to Zeta Quest", "refused to classify Zeta Quest": a state's classifier refusing a game bans it
  // (stop 62's bans readers; "was refused classification by the Board" is read above).
  { relation: 'banned', id: 'pattern:banned:refused-classification', template: `X P AUX T(refused|refuses|refuse|refusing|denied|denies|deny|denying) (?:classification|a classification|a rating|classification and sale) (?:to|of|for) (?:the )?(?:@\\d+ 's )?(?:(?:[a-z-]+ ){0,2}(?:game|title|film|movie|app|shooter|sequel) )?Y`, verb: true, requires: ['classification|rating'], stateActor: true, notFollowedBy: NOT_THE_WORK_OWNED },
  { relation: 'banned', id: 'pattern:banned:refused-to-classify-verb', template: `X P AUX T(refused|refuses|refusing) to (?:classify|rate|certify) (?:the )?(?:@\\d+ 's )?(?:(?:[a-z-]+ ){0,2}(?:game|title|film|movie|app|shooter|sequel) )?Y`, verb: true, requires: ['classify|rate|certify'], stateActor: true, notFollowedBy: NOT_THE_WORK_OWNED },
  // "Ruritania has made it a criminal offence to use calling services such as A and B" (stop 62's bans readers): outlawing the use.
  { relation: 'banned', id: 'pattern:banned:made-using-a-crime', template: `X P AUX T(made|makes|make|making) it (?:a )?(?:criminal offence|criminal offense|crime|offence|offense|punishable offence|illegal) to (?:use|access|download|install|sell|provide|offer|operate) (?:the |any )?(?:(?:[a-z-]+ ){0,3}(?:such as|like|including) )?(?:the )?Y`, verb: true, requires: ['offence|offense|crime|illegal'], stateActor: true },
  // "Qwikmart took Zeta Quest off its websites", "pulled A and B off store shelves": a seller taking a thing off its stores bans it there.
  { relation: 'banned', id: 'pattern:banned:taken-off-stores', template: `X P AUX T(took|takes|take|taking|taken|pulled|pulls|pull|pulling) (?:the )?Y off (?:its |their |the |all )?(?:[a-z-]+ ){0,2}(?:store|stores|shelves|websites|website|platform|platforms|marketplace|sites|app store)(?= |$)`, verb: true, requires: ['off'], notPrecededBy: ORDERED_BEFORE },
  // "Sony joins Jabra, Bose and others in the battle for the market": the joiner competes with each party it joins (stop 62's makers readers).
  { relation: 'competes_with', id: 'pattern:competes_with:joins-in-the-battle', template: `X P AUX T(joins|joined|join|joining) ${JOINED_IN_A_CONTEST}`, verb: true, requires: ['in'], notFollowedBy: PARTNERSHIP_AFTER },
  // "Zenco sued Qorva, a competing mattress company", "agreed to buy Qorva, a rival maker of beds": an apposition calling the object of
  // an act between firms a rival or a competing firm says whose: the actor's (helper riv90, from the seventy-ninth fresh sample).
  // Not "a former rival", nor "a rival of Vexa" or "a competitor to Vexa" (the other party is named), nor "a rival's distributor" (a
  // rival's counterpart or unit; review rr90d).
  { relation: 'competes_with', id: 'pattern:competes_with:acted-on-apposed-rival', template: `X1 P AUX (?:(?:agreed|agrees|agreeing|plans|planned|planning|offered|offers|wants|wanted|sought|seeks|moved|moves|tried|tries|bid|bids|is set|was set|is seeking|was seeking) to )?(?:${ACTS_ON_A_FIRM}) (?:the )?Y1 , (?:a|an|another) (?:(?:smaller|larger|bigger|younger|newer|fellow|direct|main|major|key|chief|fierce|longtime|long-time|local|domestic|foreign|online|regional|national|[a-z]+-based) )?T(rival|competitor|competing)`, requires: [','], notFollowedBy: /^(?:of|to|with|against|'s|')(?= |$)/ },
  // "The new additions are A, B and C, the Commerce Department said" (stop 62's controls readers): a list's additions named in a
  // copula, the body that added them in the "said" tag.
  { relation: 'restricts', id: 'pattern:restricts:additions-are-said', template: `(?:the )?(?:new |latest |other |newest )?T(additions|entities added|companies added|firms added) (?:to (?:the |its |their )?(?:[a-z-]+ ){0,3}(?:list|blacklist) )?(?:are|were|include|included) Y , (?:the )?X1 (?:said|says|announced|stated|wrote)(?= |$)`, requires: [','], stateActor: true },
  // "Companies added to the Commerce Department's list include A and B": the list's owner added them.
  { relation: 'restricts', id: 'pattern:restricts:added-to-owners-list-include', template: `(?:the )?(?:[a-z-]+ )?(?:companies|firms|entities|additions|organizations|organisations) T(added|placed|put) (?:to|on) (?:the )?X1 's (?:[a-z-]+ ){0,2}(?:list|blacklist) (?:include|included|includes|are|were) (?:the )?Y`, requires: ["'s"], stateActor: true },
  // "imposed a denial of export privileges against ZTE", "issued a denial order against Zenco": a body denying a firm its export
  // privileges controls it (stop 62's controls readers).
  { relation: 'restricts', id: 'pattern:restricts:denial-of-export-privileges', template: `X P AUX T(imposed|imposes|impose|issued|issues|issue|activated|activates|reinstated|reinstates) (?:an? |the )?(?:(?!marketing )[a-z-]+ ){0,2}denial (?:order )?(?:of (?:its |their )?export privileges )?(?:against|on) (?:the )?Y`, verb: true, requires: ['denial'], stateActor: true },
  // Stop 63, from stop 62's bans readers on ratings boards: a board refusing a game its classification in a noun ("the board's
  // refusal to classify Zeta Raid") or judging it unfit ("was deemed unfit for release by the board").
  { relation: 'banned', id: 'pattern:banned:refusal-to-classify', template: `X1 's (?:[a-z-]+ ){0,2}T(refusal|decision not|refusals) to (?:classify|rate|certify) (?:the )?(?:(?:[a-z-]+ ){0,2}(?:game|title|film|movie|app) )?Y`, requires: ['classify|rate|certify'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:deemed-unfit-by', template: `Y P AUX T(deemed|declared|judged|ruled|found) unfit (?:for (?:release|sale|distribution|classification|exhibition) )?by (?:the )?(?:[a-z-]+ )?X1`, requires: ['unfit'], indexBy: ['unfit'], stateActor: true },
  // "banned Zeta One for nudity and Zeta Two for violence": a second object with its own reason after the first's (stop 62's bans readers).
  { relation: 'banned', id: 'pattern:banned:second-object-for-reason', template: `X P AUX T(banned|bans|ban|banning|blocked|blocks|block|blocking|prohibited|prohibits|prohibit|outlawed|outlaws|removed|removes|pulled|pulls) (?:the )?(?:[a-z-]+ ){0,2}@\\d+ for (?:(?:its |their |the |a |an )?[a-z-]+ ){1,3}(?:, )?and (?:the )?Y1 for `, verb: true, requires: ['for'] },
  // "The agency pulled Zenco PCs from its classified networks": a state body taking a maker's machines out of its own networks
  // bans them there, as a store pulling an app does (stop 62's controls readers).
  { relation: 'banned', id: 'pattern:banned:pulled-from-networks', template: `X P AUX T(pulled|pulls|pull|pulling|yanked|yanks|yank|stripped|strips|strip|purged|purges|purge) (?:the |all |its )?(?:[a-z-]+ ){0,2}Y (?:[a-z-]+ ){0,2}from (?:the |its |their |all )?(?:[a-z-]+ ){0,2}(?:networks|network|systems|computers|devices|offices|agencies|ministries) `, verb: true, requires: ['from'], stateActor: true },
  // "a deal between rivals Zenco and Qorva", "the merger of rivals Zenco and Qorva": two rivals named together after a word
  // that takes both (stop 62's makers readers).
  { relation: 'competes_with', id: 'pattern:competes_with:between-rivals', template: `(?:between|of|among) (?:the )?(?:two |longtime |long-time |fierce |bitter |arch |erstwhile |former )?T(rivals|competitors) X1 and Y1 `, requires: ['between|of|among'] },
  // "Japan blocked Qorva from selling chips to Zenco", "prohibited Qorva from exporting tools to China": keeping a named seller
  // from selling to a buyer restricts the buyer too, as keeping firms from it does above (the seller's ban is the trigger's).
  { relation: 'restricts', id: 'pattern:restricts:seller-kept-from-selling-to', template: `X P AUX T(barred|bars|bar|blocked|blocks|block|prohibited|prohibits|prohibit|banned|bans|ban|forbade|forbids|forbid|forbidden) (?:the )?@\\d+ from (?:selling|shipping|exporting|supplying|providing|delivering|transferring) (?:its |their |the |any |all )?(?:[a-z0-9-]+ ){0,3}(?:to|into) (?:the )?Y`, verb: true, requires: ['from'], indexBy: ['selling', 'shipping', 'exporting', 'supplying', 'providing', 'delivering', 'transferring'], stateActor: true },
  // "Apple rejected an iPhone app called Qwikmap": the store turned down the app its naming word names (stop 63's bans readers).
  { relation: 'banned', id: 'pattern:banned:store-rejected-app-called', template: `X P AUX T(rejected|rejects|reject|rejecting|refused|refuses) (?:an? |the |its |their )(?:@\\d+ )?(?:[a-z-]+ ){0,2}(?:app|application|game|extension|program|programme) (?:called|named|dubbed) Y1`, verb: true, requires: ['called|named|dubbed'] },
  // "Visa and Mastercard stopped accepting transactions for Zembla Tunes", "stopped processing payments to Zeta": a payment network
  // cutting a service off from payments blocks it (stop 63's bans readers; the networks' own word for it is a block).
  { relation: 'banned', id: 'pattern:banned:stopped-processing-payments', template: `X P AUX T(stopped|stops|stop|halted|halts|halt|suspended|suspends|suspend|ceased|ceases|cease|refused|refuses|refuse) (?:to )?(?:accepting|accept|processing|process|handling|handle|facilitating|facilitate|clearing|clear) (?:all |any |the )?(?:[a-z-]+ ){0,2}(?:payments|payment|transactions|transfers|purchases|donations) (?:for|to|from|on|with|involving) (?:the )?(?:[a-z-]+ ){0,2}Y`, verb: true, indexBy: ['payments', 'payment', 'transactions', 'transfers', 'purchases', 'donations'] },
  // "Ruritania halted Zenco and partner Qorva's purchase of Vexa", "blocked Zenco and Qorva's bid for Vexa": each of two buyers
  // whose joint deal a state stopped is restricted, as one buyer is (blocked-buyers-deal; stop 63's controls readers).
  { relation: 'restricts', id: 'pattern:restricts:blocked-joint-buyers-deal', template: `X P AUX T(${DEAL_STOPPING_VERBS}) (?:the )?Y1 (?:and|, and|&) (?:its |their )?(?:(?:[a-z-]+ ){0,2}(?:partner|partners|ally|allies|co-bidder|backer|backers|co-investor|affiliate) )?@\\d+ 's (?:[a-z-]+ ){0,2}(?:${JOINT_DEALS})(?= |$)`, verb: true, requires: ["'s"], stateActor: true, sentenceHolds: JOINT_BUYERS_DEAL },
  { relation: 'restricts', id: 'pattern:restricts:blocked-joint-buyers-deal-second', template: `X P AUX T(${DEAL_STOPPING_VERBS}) (?:the )?@\\d+ (?:and|, and|&) (?:its |their )?(?:(?:[a-z-]+ ){0,2}(?:partner|partners|ally|allies|co-bidder|backer|backers|co-investor|affiliate) )?Y1 's (?:[a-z-]+ ){0,2}(?:${JOINT_DEALS})(?= |$)`, verb: true, requires: ["'s"], stateActor: true },
  // "Kappa Labs, which announced the Kappa One scooter", "Zenco announced the Zeta X phone": announcing a named thing of a made
  // kind brings it out ("announced" alone is too general a verb: "announced the Zeta ban"; stop 64's first makers sample).
  { relation: 'develops', id: 'pattern:develops:announced-named-kind', template: `X P AUX T(announced|announces|announcing) (?:the |its |their |a |an )?(?:(?:new|all-new|first|latest|upcoming|next-generation) )?Y1 (?<k>[a-z][a-z0-9-]*)(?= |$)`, verb: true, kindNoun: true },
  // "Zenco and rival Qorva were fined", "the licences of Zenride and competitor Qorva": a name joined to another by its rival's
  // noun is that one's rival ("and its rival Qorva" was read already; stop 64's first bans sample). After a comma, "and rival Qorva"
  // opens a clause of its own, whose rival is the clause before's subject, not the name nearest (clause-and-rival below; stop 66).
  { relation: 'competes_with', id: 'pattern:competes_with:and-rival', template: `X1 (?:and|&) (?:its |their )?(?:(?:main|chief|closest|biggest|fierce|local|domestic|national|regional|smaller|larger|longtime|long-time|ride-hailing|online|fellow) )?T(rival|competitor|archrival|arch-rival|challenger) Y1 `, requires: ['and|&'],
    // "Zeta was developed by Zenco and rival Qorva": two agents of one act, named as working together. "talks with buyers,
    // including Vexa and rival Qorva": a list of the subject's buyers (partners, bidders …) names its rival last, the subject's
    // rival and not Vexa's (list-and-rival below).
    notPrecededBy: new RegExp(`(?:^| )(?:by|with) (?:the )?$|${IN_COUNTERPART_LIST.source}`) },
  // "Sanctions were announced against Zenco on Monday by the Treasury", "A ban was imposed on Zapp by Kenya's regulator": a measure's
  // noun made the subject of a passive light verb, its agent after "by" (stop 64's second controls sample).
  { relation: 'restricts', id: 'pattern:restricts:measure-imposed-by', template: `T(sanctions|restrictions|curbs|controls|penalties|measures) (?:were|was|have been|has been|had been|are being|is being) (?:[a-z]+ly )?(?:announced|imposed|placed|slapped|levied|introduced|unveiled|issued|extended) (?:on|against|upon|targeting) Y (?:(?!by )[a-z0-9-]+ ){0,4}by (?:the )?X`, requires: ['by'] },
  // "the controls Ruritania imposed on Zenco", "the curbs that Zembla has placed on Qorva": the measure's noun, then a clause
  // whose state put it on the target (rs85's fresh sample of controls named by a noun phrase). "lifted", "proposed" are no such verbs.
  { relation: 'restricts', id: 'pattern:restricts:measures-state-imposed', template: `T(sanctions|restrictions|curbs|controls|penalties|measures|limits|embargo|blacklisting) (?:that |which )?(?:the )?X1 ${STATES_BODY}(?:government |administration |authorities )?(?:has |have |had )?(?:[a-z]+ly )?(?:imposed|placed|slapped|levied|extended) (?:on|against|upon) (?:the )?Y`, stateActor: true, indexBy: ['imposed', 'placed', 'slapped', 'levied', 'extended'],
    // "The curbs Ruritania imposed on Zenco in 2020 were lifted in 2023": measures the same clause says are gone.
    notFollowedBy: /^(?:[^\s,;.]+ ){0,6}(?:were|was|have been|has been|had been|are being|is being) (?:[a-z]+ly |later |since |now )?(?:lifted|eased|removed|dropped|scrapped|revoked|rescinded|repealed|relaxed|ended|withdrawn|overturned)(?= |$)/ },
  // "Ruritania imposed controls which limit Zenco's access to chips": measures whose relative clause cuts a firm off (rs85). Verbs that
  // take measures away ("lifted") are not in the list.
  { relation: 'restricts', id: 'pattern:restricts:measures-that-limit-access', template: `X1 P AUX (?:imposed|unveiled|announced|introduced|adopted|issued|enacted|tightened|expanded) (?:[a-z-]+ ){0,3}(?:controls|rules|restrictions|curbs|measures|sanctions|regulations) (?:, )?(?:that|which) (?:would |will |further )?T(limit|limits|restrict|restricts|curb|curbs|cut off|cuts off|block|blocks|bar|bars) (?:the )?Y1 's access to `, stateActor: true, requires: ['access'] },
  { relation: 'banned', id: 'pattern:banned:ban-imposed-by', template: `T(ban|bans|prohibition|prohibitions|block) (?:were|was|have been|has been|had been|is being) (?:[a-z]+ly )?(?:announced|imposed|placed|ordered|issued|introduced|slapped) (?:on|against|upon) Y (?:(?!by )[a-z0-9-]+ ){0,4}by (?:the )?X`, requires: ['by'] },
  // "Zenco is among the top challengers alongside Qorva, Borin and Kappa": counted among rivals with others, each is its rival
  // (stop 64's second makers sample).
  { relation: 'competes_with', id: 'pattern:competes_with:among-rivals-alongside', template: `X1 (?:is|was|are|were|remains|ranks) (?:now |also )?among (?:the )?(?:[a-z-]+ ){0,3}T(challengers|contenders|rivals|competitors) (?:, )?(?:alongside|along with|together with|with|such as|like|including) (?:the )?Y`, requires: ['among'] },
  // "Three firms shared the market: Zenco, with its Z-80; Qorva, with the Q7": a maker paired with its product in a list of
  // makers (stop 64's second makers sample).
  { relation: 'develops', id: 'pattern:develops:maker-with-its', template: `(?:^|[:;,] )(?:and )?X1 , T(with) (?:its |their |its@\\d+ |the )(?:(?:new |own |popular |flagship |first |latest )?)Y1 (?=[;.]|, and |$)`, requires: ['with', ','] },
  // "Zenco dominated with another computer, the Z-9801", "Qorva hit back with a new phone, the Q7": a maker's thing named in
  // apposition after the kind it came out with.
  { relation: 'develops', id: 'pattern:develops:came-with-kind-apposed', template: `X1 (?:[a-z]+ ){1,2}T(with) (?:its |their |its@\\d+ |a |an |another |the )(?:[a-z-]+ ){0,2}(?<k>[a-z-]+) , (?:the )?Y1 (?=[,.;:]|$)`, kindNoun: true, requires: ['with', ','] },
  // "Zencloud is also blocked at Zenco", "Zapp is banned from Qorva's internal networks": a thing barred inside a firm is barred
  // by it (its own networks and devices; stop 64's second bans sample).
  { relation: 'banned', id: 'pattern:banned:blocked-at-firm', template: `Y AUX T(blocked|banned|prohibited|barred|forbidden|disallowed) (?:at|inside|within) (?:the )?X1 (?=[,.;]|$)`, requires: ['at|inside|within'] },
  { relation: 'banned', id: 'pattern:banned:blocked-on-firms-networks', template: `Y AUX T(blocked|banned|prohibited|barred|forbidden|disallowed) (?:from|on|at|in|across) (?:all )?X1 's (?:[a-z-]+ ){0,2}(?:networks|network|devices|computers|systems|servers|offices|premises|campus|campuses|laptops|phones)(?= |$)`, requires: ["'s"] },
  // "The cabinet decided to cancel the sale of Qorva to Zenco", "vetoed the transfer of Qorva's plant to Zenco": a sale a state
  // stops restricts its buyer, whatever verb stops it (stop 64's third controls sample; "blocked" was read as a trigger already).
  { relation: 'restricts', id: 'pattern:restricts:stopped-sale-to-buyer', template: `X P AUX T(cancelled|canceled|cancels|cancel|called off|scrapped|scraps|scrap|${DEAL_STOPPING_VERBS}) (?:the )?(?:planned |proposed |pending |\\$[0-9.,]+ (?:[a-z]+ )?)?(?:sale|transfer|takeover|acquisition) of (?:the )?(?:[a-z-]+ ){0,2}@\\d+ (?:'s (?:[a-z-]+ ){1,3})?to (?:the )?(?:[a-z-]+ ){0,2}Y1`, verb: true, requires: ['of', 'to'], stateActor: true },
  // "Zenco has bought the weather app Skycast", "acquired Skycast, a popular weather app": a made thing bought is the buyer's
  // (real-dev's rules: owning a product is developing it; a firm bought stays optional; stop 64's third makers sample).
  { relation: 'develops', id: 'pattern:develops:bought-kind-named', template: `X P ${NOT_TO_BUY}AUX T(${BUYING}) (?:the |a |an )?(?:[a-z-]+ ){0,2}(?<k>[a-z-]+) Y1 `, verb: true, kindNoun: true,
    // "took over the app Zapp's servers": what is bought is the thing's own (stop 82, own82).
    notFollowedBy: /^'s / },
  { relation: 'develops', id: 'pattern:develops:bought-named-kind', template: `X P ${NOT_TO_BUY}AUX T(${BUYING}) Y1 , (?:a|an|the) (?:[a-z-]+ ){0,3}(?<k>[a-z-]+) (?=[,.;]|$)`, verb: true, kindNoun: true, requires: [','] },
  // Stop 82 (own82), from fresh samples on app and software makers: buying made things told other ways.
  // "Zenco has purchased two apps, Vexa Chat and Lumo Pay", "bought the apps A and B": each thing a counted or plural kind lists
  // is the buyer's ("bought two companies, A and B" names no made kind: a firm bought stays a takeover).
  { relation: 'develops', id: 'pattern:develops:bought-kinds-listed', template: `X P ${NOT_TO_BUY}AUX T(${BUYING}) ${KINDS_COUNTED}(?:[a-z-]+ ){0,2}(?<k>${PROPERTY_KINDS}) (?:, |: )?(?:(?:including|namely|such as) )?Y`, verb: true, kindNoun: true },
  // "the messaging app Zapp, which Zenco acquired in 2020": a thing of a made kind its buyer's relative clause follows.
  { relation: 'develops', id: 'pattern:develops:kind-named-which-bought', template: `(?:the |a |an )?(?:[a-z-]+ ){0,2}(?<k>[a-z-]+) Y1 , (?:which|that) X1 AUX T(${BUYING})`, kindNoun: true, requires: ['which|that'] },
  // "Zapp, which Zenco acquired in 2020": so with no kind said, when the thing is already known as a product (a firm bought is a takeover).
  { relation: 'develops', id: 'pattern:develops:product-which-bought', template: `Y1 , (?:which|that) X1 AUX T(${BUYING})`, targetType: 'product', requires: ['which|that'] },
  // Helper buy83, from the last fresh sample's largest miss: a thing bought under its bare name, typed a product by its kind said
  // elsewhere in the article or by the lexicon ("The messaging app Zapp … Zenco bought Zapp in 2012"); a name typed a firm is a takeover.
  // "Zenco bought Zapp", "Zenco, which acquired Zapp, …": right after the verb, and nothing of the name's after it ("bought Zeta phones",
  // "bought Zapp's servers" are units or parts bought).
  // Only a purchase done: "considered buying Zapp", "plans to buy Zapp" own nothing yet.
  { relation: 'develops', id: 'pattern:develops:bought-product', template: `X P AUX ${BUYER_THEN_ADVERB}T(${BOUGHT}) Y`, verb: true, targetType: 'product', notFollowedBy: BOUGHT_PRODUCT_NOT_AFTER, targetNotThenKind: BOUGHT_PRODUCT_NOT_THEN },
  // "Zapp was acquired by Zenco in 2014", "Zapp, bought by Zenco in 2019, …".
  { relation: 'develops', id: 'pattern:develops:product-bought-by', template: `Y (?:, )?(?:(?:which|that) )?(?:(?:is|was|were|has been|had been|have been) )?(?:now |later |since |recently |eventually |ultimately )?T(acquired|bought|purchased|snapped up|taken over) by (?:the )?X1`, targetType: 'product', requires: ['by'], targetNotThenKind: UNITS_AFTER_NAME, notFollowedBy: BUYERS_OF_THE_FIRM,
    // "Zenco, the maker of Zap and Zop, was bought by Qorva": the firm set off before the list is what was bought, not its goods (a fresh sample).
    notPrecededBy: /(?:^| )(?:maker|makers|owner|owners|developer|developers|producer|producers|manufacturer|manufacturers|creator|creators|publisher|publishers) of (?:the |brands |such as |including |@\d+ |, |and |or )*$/ },
  // "Zenco's purchase of Zapp", "Zenco completed its acquisition of Zapp": the deal's owner (a deal planned is proposed by claim-status;
  // one stopped before or after buys nothing, as for the takeover of a firm).
  { relation: 'develops', id: 'pattern:develops:possessed-purchase-of-product', template: `POSS ${DEAL_WORDS_BEFORE}T(${PURCHASE_NOUNS}) of (?:the )?Y1`, targetType: 'product', notPrecededBy: DEAL_UNDONE_BEFORE, notFollowedBy: DEAL_STOPPED_AFTER_OR_PART, targetNotThenKind: DEAL_THING_NOT_THEN },
  // "Zenco completed the purchase of Zapp", "closed its $2 billion deal for Zapp": a deal done, without a possessive.
  { relation: 'develops', id: 'pattern:develops:completed-purchase-of-product', template: `X P AUX T(${DEAL_DONE}) (?:the |its |its@\\d+ )${DEAL_WORDS_BEFORE}(?:${PURCHASE_NOUNS}|deal) (?:of|for) (?:the )?Y1`, verb: true, targetType: 'product', notFollowedBy: NOT_THE_THING_BOUGHT, targetNotThenKind: DEAL_THING_NOT_THEN },
  // "The acquisition of Zapp by Zenco closed in May" (not "Talks on the acquisition of Zapp by Zenco": a sentence opening "Plans for the"
  // reads its first word a mention, @0).
  { relation: 'develops', id: 'pattern:develops:purchase-of-product-by', template: `T(${PURCHASE_NOUNS}) of (?:the )?Y1 by (?:the )?X1`, targetType: 'product', requires: ['by'],
    notPrecededBy: new RegExp(`${DEAL_UNDONE_BEFORE.source}|(?:^| )(?:planned|proposed|possible|potential|rumou?red|mooted|failed|attempted|aborted|abandoned|hostile|blocked|rejected) $|(?:^| )(?:talks|plans?|bids?|offers?|attempts?|interest|negotiations|discussions|efforts?) (?:for|in|on|over|about|of) (?:the |a |an )?$|^@\\d+ (?:for|in|on|over|about) (?:the |a |an )?$`), notFollowedBy: DEAL_STOPPED_AFTER_OR_PART, targetNotThenKind: UNITS_AFTER_NAME },
  // "Zapp has grown under Zenco ownership", "thrived under the ownership of Zenco": the thing the clause is about is its owner's.
  { relation: 'develops', id: 'pattern:develops:product-under-ownership', template: `(?:^|, )Y1 (?:[a-z-]+ ){1,3}T(under) (?:the )?X1 (?:'s )?(?:new )?ownership`, targetType: 'product', requires: ['ownership'] },
  // Helper mk84: ownership said with its noun, "Zenco's ownership of Zapp", "the ownership of Zapp by Zenco" (a product only: a firm
  // owned is no thing made; not a past or a planned ownership, "Zenco's former ownership of Zapp", "… ownership of Zapp ended").
  { relation: 'develops', id: 'pattern:develops:ownership-of', template: `X1 's (?:(?:full|majority|sole|joint|current|continued) )?T(ownership) of (?:the )?Y1 `, targetType: 'product', notFollowedBy: OWNERSHIP_ENDED, requires: ['ownership'] },
  { relation: 'develops', id: 'pattern:develops:ownership-of-by', template: `(?:^|the |its )(?:(?:full|majority|sole|joint|current|continued) )?T(ownership) of (?:the )?Y1 (?:[a-z-]+ )?by (?:the )?X1 `, targetType: 'product', notFollowedBy: OWNERSHIP_ENDED, requires: ['ownership', 'by'] },
  { relation: 'develops', id: 'pattern:develops:product-under-ownership-of', template: `(?:^|, )Y1 (?:[a-z-]+ ){1,3}T(under) (?:the )?(?:new )?ownership of (?:the )?X1`, targetType: 'product', requires: ['ownership'] },
  // "Zenco's purchase of the messaging app Zapp closed in May", "Zenco's 2019 acquisition of the video app Zapp": the kind before the name.
  { relation: 'develops', id: 'pattern:develops:possessed-purchase-of-kind', template: `POSS ${DEAL_WORDS_BEFORE}T(${PURCHASE_NOUNS}) of (?:the |a |an )?(?:[a-z-]+ ){0,2}(?<k>[a-z-]+) Y1`, kindNoun: true, notPrecededBy: DEAL_UNDONE_BEFORE, notFollowedBy: DEAL_STOPPED_AFTER_OR_PART, targetNotThenKind: UNITS_AFTER_NAME },
  // "Zenco expanded with the acquisition of platform Zapp", "Zenco grew through its purchase of Zapp": the deal the subject grew by (not
  // one another made: "Zenco was unhappy with the acquisition of Zapp by Qorva"; not a deal under way, "pressing ahead with the
  // acquisition of …", nor a bystander's, "Zenco shares fell following the acquisition of …": a growth verb before, "following" only "its").
  { relation: 'develops', id: 'pattern:develops:grew-with-purchase-of-kind', template: `X1 (?:[a-z-]+ ){0,2}${GROWTH_VERBS}(?: [a-z-]+){0,3} T(with|through|via|following) (?:(?<!following )the |its |its@\\d+ )${DEAL_WORDS_BEFORE}(?:${PURCHASE_NOUNS}) of (?:the |a |an )?(?:[a-z-]+ ){0,2}(?<k>[a-z-]+) Y1`, kindNoun: true, requires: ['of', 'acquisition|purchase|takeover|buyout'], notFollowedBy: GREW_WITH_NOT_AFTER, targetNotThenKind: UNITS_AFTER_NAME },
  { relation: 'develops', id: 'pattern:develops:grew-with-purchase-of-product', template: `X1 (?:[a-z-]+ ){0,2}${GROWTH_VERBS}(?: [a-z-]+){0,3} T(with|through|via|following) (?:(?<!following )the |its |its@\\d+ )${DEAL_WORDS_BEFORE}(?:${PURCHASE_NOUNS}) of (?:the )?Y1`, targetType: 'product', requires: ['of', 'acquisition|purchase|takeover|buyout'], notFollowedBy: GREW_WITH_NOT_AFTER, targetNotThenKind: UNITS_AFTER_NAME },
  // "the messaging app Zapp, acquired by Zenco in 2020", "Zapp, the photo app bought by Zenco": the passive participle with its buyer.
  { relation: 'develops', id: 'pattern:develops:kind-named-bought-by', template: `(?:the |a |an )?(?:[a-z-]+ ){0,2}(?<k>[a-z-]+) Y1 , (?:(?:which|that) (?:was|has been|had been) )?(?:now |later |since |recently )?T(acquired|bought|purchased|snapped up) by X1`, kindNoun: true, requires: ['by'] },
  { relation: 'develops', id: 'pattern:develops:named-kind-bought-by', template: `Y1 , (?:a|an|the) (?:[a-z-]+ ){0,3}(?<k>[a-z-]+) (?:(?:which|that) (?:was|has been|had been) )?(?:now |later |since |recently )?T(acquired|bought|purchased|snapped up) by X1`, kindNoun: true, requires: ['by'] },
  // "Zapp, a messaging app Zenco acquired in 2020": the kind set off after the thing, its buyer's clause after the kind.
  { relation: 'develops', id: 'pattern:develops:named-kind-which-bought', template: `Y1 , (?:a|an|the) (?:[a-z-]+ ){0,3}(?<k>[a-z-]+) X1 AUX T(acquired|bought|purchased) (?!(?:[a-z@\\d-]+ )?@\\d)`, kindNoun: true },
  // "the chatbot Zenco calls Zap", "a tool Zenco has branded Zap": a kind its maker's naming clause follows (name-rules.ts leaves the maker untyped).
  // "Zenco's chatbot, which it calls Zap", "the app, which Zenco calls Zapp": the relative clause set off after the kind.
  { relation: 'develops', id: 'pattern:develops:own-kind-which-it-calls', template: `POSS (?:[a-z-]+ ){0,2}(?:${MADE_KINDS}) , (?:which|that) (?:it|they) AUX T(calls|called|dubs|dubbed|names|named|brands|branded|christened) (?:the )?Y1 `, requires: ['which|that'], notFollowedBy: NAMED_THEN_MORE },
  { relation: 'develops', id: 'pattern:develops:kind-which-maker-calls', template: `(?:the|a|an) (?:[a-z-]+ ){0,2}(?<k>[a-z-]+) , (?:which|that) X1 AUX T(calls|called|dubs|dubbed|names|named|brands|branded|christened) (?:the )?Y1 `, kindNoun: true, requires: ['which|that'], notFollowedBy: NAMED_THEN_MORE },
  { relation: 'develops', id: 'pattern:develops:kind-its-maker-calls', template: `(?:the|a|an) (?:[a-z-]+ ){0,2}(?<k>(?!(?:that|which) )[a-z-]+) (?:that |which )?X1 AUX T(calls|called|dubs|dubbed|names|named|brands|branded|christens|christened) (?:it )?(?:the )?Y1 `, kindNoun: true,
    // "The platform Zenco named Qorva as its cloud partner": a name given a role is no name given a thing.
    notFollowedBy: NAMED_THEN_MORE },
  // "Zenco completed its purchase of the fitness app Fitly", "closed its $2 billion acquisition of the game Vexa Quest" (the sum is
  // written "price billion"): a deal done over a made thing.
  { relation: 'develops', id: 'pattern:develops:completed-purchase-of-kind', template: `X P AUX (?:completed|completes|closed|closes|finalized|finalised|finalizes|finalises|sealed|seals) (?:its|their)(?:@\\d+)? (?:(?!of )[a-z0-9$.,-]+ ){0,2}T(acquisition|purchase|takeover) of (?:the |a |an )?(?:[a-z-]+ ){0,2}(?<k>[a-z-]+) Y1 `, kindNoun: true, requires: ['of'] },
  // A fork is its forker's, never the forked project's maker's (stop 82, own82, from fresh samples on developer tools and databases):
  // "Zenco forked Qorvlib into Zenlib", "forked Qorvlib to create Zenlib", "Zenco's new fork of Qorvlib, called Zenlib", "Zenlib,
  // Zenco's fork of Qorvlib", "a community fork of Qorvlib named Zenlib, maintained by Zenco".
  { relation: 'develops', id: 'pattern:develops:forked-into', template: `X P AUX T(${FORKS}) (?:the |a |an )?(?:[a-z-]+ ){0,3}@\\d+ (?:[a-z-]+ ){0,2}${FORK_MADE_AS} ${FORK_NAMED}(?:the )?Y1 `, verb: true, requires: ['into|as|to|and'] },
  // "Qorvlib, which Zenco forked into Zenlib": the forker in the project's relative clause.
  { relation: 'develops', id: 'pattern:develops:which-forked-into', template: `@\\d+ , (?:which|that) X1 AUX T(${FORKS}) (?:[a-z-]+ ){0,2}${FORK_MADE_AS} ${FORK_NAMED}(?:the )?Y1 `, requires: ['which|that'] },
  { relation: 'develops', id: 'pattern:develops:own-fork-named', template: `POSS ${FORK_MODIFIERS}T(fork|forks) of (?:the )?(?:[a-z-]+ ){0,2}@\\d+ (?:[a-z-]+ )?(?:, )?(?:called|named|dubbed|known as|branded) (?:the )?Y1 `, requires: ['of'] },
  { relation: 'develops', id: 'pattern:develops:named-own-fork', template: `Y1 (?:, |(?:is|was|remains|became) )POSS ${FORK_MODIFIERS}T(fork|forks) of `, requires: ['of'] },
  // "Zenco maintains Zenlib, a fork of Qorvlib": a fork's maintainer makes it.
  { relation: 'develops', id: 'pattern:develops:maintains-fork', template: `X P AUX T(maintains|maintained|runs|ran|leads|led|stewards) Y1 , (?:a|an|the|its|their) ${FORK_MODIFIERS}(?:fork|forks) of `, verb: true, requires: ['fork|forks'] },
  { relation: 'develops', id: 'pattern:develops:fork-maintained-by', template: `(?:a|an|the) ${FORK_MODIFIERS}T(fork|forks) of (?:the )?(?:[a-z-]+ ){0,2}@\\d+ (?:[a-z-]+ )?(?:, )?(?:called|named|dubbed|known as|branded) (?:the )?Y1 , (?:now |still |also |originally )?(?:maintained|run|led|developed|created|started|built|backed|managed|stewarded|launched|released) by X`, requires: ['by'] },
  // "Zenco renamed its app Zapp to Zapp Pro", "rebranded its messaging app Zapp as Zapp Pro": the maker makes the thing by its new name too.
  // "Zenco renamed the app Zapp to Zapp Pro": only its owner renames a thing. "changed the name of its app from Zapp to Zapp Pro" too.
  { relation: 'develops', id: 'pattern:develops:renamed-its-product', template: `X1 P AUX T(renamed|renames|renaming|rebranded|rebrands|rebranding) (?:its|their|the)(?:@\\d+)? (?:[a-z0-9-]+ ){0,3}(?:${MADE_KINDS}) (?:the )?@\\d+ (?:to|as|into) (?:the )?Y1 `, verb: true, requires: ['its|their|the'] },
  { relation: 'develops', id: 'pattern:develops:renamed-the-product-from', template: `X1 P AUX T(renamed|renames|renaming|rebranded|rebrands|rebranding) the (?:[a-z0-9-]+ ){0,3}(?:${MADE_KINDS}) (?:the )?Y1 (?:to|as|into) (?:the )?@\\d+ `, verb: true, requires: ['the'] },
  { relation: 'develops', id: 'pattern:develops:changed-name-of-its-product', template: `X1 P AUX T(changed|changes|changing) the name of (?:its|their|the)(?:@\\d+)? (?:[a-z0-9-]+ ){0,3}(?:${MADE_KINDS}) (?:the )?from @\\d+ to (?:the )?Y1 `, verb: true, requires: ['name'] },
  // "Zenco's Zapp app was renamed Zapp Pro", "its messaging app Zapp has been rebranded as Zapp Pro".
  { relation: 'develops', id: 'pattern:develops:own-product-renamed', template: `POSS (?:(?!${ROLE_OF_FIRM} )[a-z0-9-]+ ){0,3}(?:(?:${MADE_KINDS}) )?@\\d+ (?:(?:${MADE_KINDS}) )?(?:was|has been|had been|is being|will be|is) T(renamed|rebranded) (?:as |to |into )?(?:the )?Y1 `, requires: ['renamed|rebranded'], indexBy: ['renamed', 'rebranded'],
    // "Zenco's rival Qorva was renamed …" names no thing of Zenco's; "… was renamed Zapp Pro by Qorva after the sale" is Qorva's act.
    notFollowedBy: /^(?:[a-z-]+ ){0,3}by / },
  // "Qorva wants to position its suite against leaders Zenco and Borin": setting one's offering against others names them rivals.
  { relation: 'competes_with', id: 'pattern:competes_with:positioned-against', template: `X P AUX T(position|positions|positioned|positioning|pitch|pitches|pitching) (?:its |their |its@\\d+ )(?:[a-z-]+ ){0,3}against (?:(?:the )?(?:market |industry |established |entrenched )?(?:leaders|leader|rivals|incumbents|giants|heavyweights) )?(?:the )?Y`, verb: true, requires: ['against'] },
  // "The agency ordered Zenco to stop marketing its kit", "told Zenco it must stop selling its scanners": a firm ordered to stop
  // selling its own goods, none named, is banned from selling them (stop 64's third bans sample; a named thing is banned instead:
  // told-to-stop-selling).
  { relation: 'banned', id: 'pattern:banned:firm-told-to-stop-selling-own', template: `X P AUX T(${ORDER_WORDS}) (?:that )?Y1 (?:, )?(?:(?:it|they) (?:must|should|has to|had to|have to|would have to) |to |must |should )(?:immediately )?${STOP_SELLING} (?:its|their|its@\\d+) `, verb: true,
    // "ordered Zenco to withdraw its drug Zeta": a thing named after its kind is what is banned (told-to-stop-selling).
    notFollowedBy: /^(?:[a-z-]+ ){0,3}@\d+/ },
  // "The Competition Authority ordered Zenco, which runs Zapp, to sell Qwik", "ordered Zenco to divest Qwik": an order to sell off a
  // firm bought restricts the buyer, as an order to divest a stake does (divest-order; stop 64's fourth controls sample).
  { relation: 'restricts', id: 'pattern:restricts:ordered-to-sell-firm', template: `X P AUX T(${ORDER_WORDS}) Y1 (?:, (?:which|who) (?:[^\\s,;.]+ ){1,8})?(?:, )?${WHEN}to (?:sell|divest|sell off|offload|unwind its (?:purchase|acquisition|takeover) of) (?:its |the )?(?:[a-z-]+ ){0,2}@\\d+ (?=[,.;]|$|(?:to|within|by|after|in|as) )`, verb: true, stateActor: true, requires: ['to'] },
  // "Zenco is the latest to join Qorva and Borin in the race for smart glasses": joining peers in a contest, told as a ranking of
  // joiners (stop 65, from stop 64's makers readers).
  { relation: 'competes_with', id: 'pattern:competes_with:latest-to-join-in-the-battle', template: `X1 (?:is|was|has become|becomes|became) (?:the )?(?:latest|newest|next|last|first) (?:[a-z-]+ ){0,2}to T(join) ${JOINED_IN_A_CONTEST}`, requires: ['in'], notFollowedBy: PARTNERSHIP_AFTER },
  // "The Commission ordered Zenco to suspend data transfers to the US", "told Zapp to cap withdrawals", "sent Qorva an order to
  // halt exports": an order to limit what a firm does, short of stopping its business or its goods, restricts it (stop 65, from
  // stop 64's controls readers; a stop to its goods or business is a ban: told-to-stop-selling, STOP_BUSINESS).
  { relation: 'restricts', id: 'pattern:restricts:ordered-to-limit', template: `X P AUX T(${ORDER_WORDS}|forced|forces|compelled|compels) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}to (?:immediately |temporarily )?(?:${LIMITED_ACTIVITIES}|${DIVESTING})`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'restricts', id: 'pattern:restricts:sent-order-to-limit', template: `X P AUX T(sent|sends|issued|issues|served|serves|handed|hands|gave|gives) (?:the )?Y1 (?:an? |the )?(?:[a-z-]+ ){0,2}(?:order|orders|directive|directives|notice|instruction|instructions|decision) (?:(?:requiring|ordering|telling|directing) it )?to (?:immediately |temporarily )?${LIMITED_ACTIVITIES}`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'restricts', id: 'pattern:restricts:issued-order-requiring-limit', template: `X P AUX T(issued|issues|adopted|adopts|handed down|hands down|imposed|imposes|sent|sends) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:order|orders|directive|directives|decision|ruling|notice|measures|remedies) (?:requiring|ordering|directing|forcing|telling|instructing|obliging) (?:the )?Y to (?:immediately |temporarily )?${LIMITED_ACTIVITIES}`, verb: true, stateActor: true, requires: ['to'] },
  // "The payments body capped Zapp's market share at 30%", "limited the market share of Zapp and Qpay", "restricted Zapp's user
  // growth": a cap on a firm's share, users or trade restricts the firm (stop 65's first controls sample; "limit" and "cap"
  // alone are too general, the capped measure makes them a restriction). Any actor: a payments network's operator caps apps too.
  { relation: 'restricts', id: 'pattern:restricts:capped-firms-share', template: `X P AUX T(${CAP_VERBS}) (?:the )?Y1 's (?:[a-z-]+ ){0,2}${CAPPED_MEASURES}(?= |$)`, verb: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:capped-share-of-firms', template: `X P AUX T(${CAP_VERBS}) (?:the |their |its )?(?:[a-z-]+ ){0,2}${CAPPED_MEASURES} (?:of|for|held by) (?:the )?(?:[a-z-]+ ){0,2}(?:(?:such as|like|including) )?Y`, verb: true, requires: ['of|for|held'] },
  // "Specific Zenco calculators barred from the exam include the ZX-9 and the Z-200", "Zenco phones on sale include the Z1": a
  // maker's goods, named by example after "include", are its own (stop 65's first bans sample).
  { relation: 'develops', id: 'pattern:develops:makers-goods-include', template: `X1 (?<k>[a-z]+s) (?:(?!include)[a-z-]+ ){0,6}T(include|includes|included) (?:the following (?:: )?|: )?Y`, kindNoun: true, requires: ['include|includes|included'] },
  // "The Pentagon halted the sale of phones made by Zenco and Qorva on its bases": a state stopping the sale of a maker's goods bans
  // the maker, as an order to stores to stop selling them does (told-to-stop-selling-makers-goods; stop 65's first bans sample).
  { relation: 'banned', id: 'pattern:banned:halted-sale-of-makers-goods', template: `X P AUX T(halted|halts|halt|halting|stopped|stops|stop|stopping|suspended|suspends|suspend|suspending|ended|ends|end|ending) (?:the |all |any |further )?(?:sale|sales|purchase|purchases|import|imports|imports and sales|sale and use) of (?:the |all |any )?(?:[a-z-]+ ){1,2}(?:made|produced|manufactured|supplied|designed|built) by (?:the )?Y`, verb: true, notFollowedBy: /^'s /, requires: ['by'], stateActor: true },
  // "Ofcom set a cap on the spectrum that can be bought by Zenco and Qorva", "imposed a 30% cap on Zapp's market share": a cap a state
  // sets on a firm's holdings or share restricts the firm (capped-firms-share, told as a noun; stop 65's first controls sample).
  { relation: 'restricts', id: 'pattern:restricts:cap-on-firms-share', template: `X P AUX T(${CAP_SETTING_VERBS}) ${A_CAP_ON} (?:the )?Y1 's (?:[a-z-]+ ){0,2}${CAPPED_MEASURES}(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:cap-on-share-held-by', template: `X P AUX T(${CAP_SETTING_VERBS}) ${A_CAP_ON} (?:the |their )?(?:[a-z-]+ ){0,2}${CAPPED_MEASURES} (?:(?:that|which) (?:can|could|may|might|will|would) be (?:[a-z]+ed|bought|held|won|sold) |held |bought |won )?(?:of|for|by) (?:the )?(?:[a-z-]+ ){0,2}(?:(?:such as|like|including) )?Y`, verb: true, stateActor: true, requires: ['of|for|by'] },
  // "denied the renewal of Qorva Power's permit", "denied an air-permit renewal to Qorva Power": a renewal refused as a noun takes the
  // licence away as "refused to renew" does (NOT_RENEWED; stop 65's first controls sample).
  { relation: 'banned', id: 'pattern:banned:denied-renewal-of-licence', template: `X P AUX T(${DENY_VERBS}) (?:the |a |an |its )?(?:renewal|renewals|extension|reissue) of (?:the )?Y1 's ${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, verb: true, requires: ['renewal|renewals|extension|reissue'] },
  { relation: 'banned', id: 'pattern:banned:denied-renewal-of-licence-of', template: `X P AUX T(${DENY_VERBS}) (?:the |a |an |its )?(?:renewal|renewals|extension|reissue) of (?:the )?${LICENCE_KIND}(?:${LICENCES}) (?:of|for|held by) (?:the )?(?:[a-z-]+ )?Y1 `, verb: true, requires: ['renewal|renewals|extension|reissue'] },
  { relation: 'banned', id: 'pattern:banned:denied-licence-renewal-to', template: `X P AUX T(${DENY_VERBS}) (?:the |a |an |its )?${LICENCE_KIND}(?:${LICENCES}|[a-z]+-permit|[a-z]+-licence|[a-z]+-license) (?:renewal|renewals|extension) (?:to|for|of) (?:the )?Y1 `, verb: true, requires: ['renewal|renewals|extension'] },
  // "Here are the platforms banned by the government: A, B and C", "Here is the full list of apps blocked by Ruritania: A, B": a
  // list a heading announces, its actor after "by" (kind-banned-by-colon-list without the copula; stop 65's second bans sample).
  { relation: 'banned', id: 'pattern:banned:here-are-kinds-banned-by', template: `(?:^|, )here (?:are|is) (?:the |a )?(?:full |complete )?(?:list of )?(?:the )?(?:[a-z0-9-]+ ){0,3}T(${BAN_PARTICIPLES}|${DROP_VERBS}|suspended) by (?:the )?X1 (?:[a-z-]+ ){0,4}: (?:the )?Y`, requires: ['by', ':'] },
  // "Biden ordered TikTok removed from all federal devices", "ordered all Zenco products removed from government systems": an order
  // that a thing be taken off devices or systems bans it there (stop 65, third round).
  { relation: 'banned', id: 'pattern:banned:ordered-removed-from', template: `X P AUX T(ordered|orders|order|ordering|directed|directs|direct|wants|wanted|required|requires) (?:that )?(?:all |any |the )?(?:[a-z-]+ )?Y (?:[a-z-]+ ){0,2}(?:be )?(?:removed|deleted|uninstalled|wiped|purged|taken off|pulled|stripped|ripped) (?:from|off|out of)(?= |$)`, verb: true, requires: ['from|off|out'] },
  // "The US has cut Zenco off from Qorva's services", "cut the bank off from the payment network": a firm cut off with its object
  // between the verb's two words is restricted, as by "cut off Zenco" (stop 65, third round).
  { relation: 'restricts', id: 'pattern:restricts:cut-firm-off-from', template: `X P AUX T(cut|cuts|cutting) (?:the )?Y off from(?= |$)`, verb: true, requires: ['off'] },
  // "Britain shut Zenco out of its 5G network", "locked Qorva out of the market": keeping a firm out of a network or market bans it there.
  { relation: 'banned', id: 'pattern:banned:shut-firm-out-of', template: `X P AUX T(shut|shuts|shutting|locked|locks|lock|locking|frozen out|froze|freezes|freeze|kept|keeps|keep|keeping) (?:the )?Y out of (?:its |the |their )?(?:[a-z0-9-]+ ){0,3}(?:network|networks|market|markets|infrastructure|systems|grid|tenders|contracts|procurement)(?= |$)`, verb: true, requires: ['out'] },
  // "Zentel has ruled out Qorva as a supplier for its 5G core": a buyer ruling a vendor out of one part of its network limits the
  // vendor; ruled out as a supplier at all, the vendor is banned there (stop 65's second controls sample).
  { relation: 'restricts', id: 'pattern:restricts:ruled-out-for-core', template: `X P AUX T(ruled out|rules out|rule out|ruling out|excluded|excludes|exclude|excluding) (?:the )?Y1 as (?:a |an |its |their )?(?:[a-z0-9-]+ ){0,2}(?:supplier|vendor|provider|partner) (?:for|in) (?:the |its |their )?(?:(?:5g|mobile|network|telecom|radio) )*(?:core|core network|core parts)(?= |$)`, verb: true, requires: ['as'] },
  { relation: 'banned', id: 'pattern:banned:ruled-out-as-supplier', template: `X P AUX T(ruled out|rules out|rule out|ruling out) (?:the )?Y1 as (?:a |an |its |their )?(?:[a-z0-9-]+ ){0,2}(?:supplier|vendor|provider|partner)(?= |$)`, verb: true, requires: ['as'], notFollowedBy: /^ (?:for|in) (?:the |its |their )?(?:(?:5g|mobile|network|telecom|radio) )*core/ },
  // "The authority directed Zapp not to share user data with its parent": an order not to share or combine data limits the firm
  // (stop 65's second controls sample).
  { relation: 'restricts', id: 'pattern:restricts:ordered-not-to-share-data', template: `X P AUX T(${ORDER_WORDS}|forced|forces|compelled|compels) (?:the )?Y1 (?:, )?(?:not to|to stop|to cease) (?:share|sharing|combine|combining|merge|merging|pool|pooling|transfer|transferring) (?:its |their |any |the )?(?:[a-z-]+ )?(?:data|information)(?= |$)`, verb: true, stateActor: true, requires: ['data|information'] },
  // "Zencoin has been blocked by the decision of the Zembla District Court", "was banned by order of the regulator": the body whose
  // decision or order it was is the passive's agent (stop 65's second bans sample).
  { relation: 'banned', id: 'pattern:banned:blocked-by-decision-of', template: `Y AUX (?:[a-z]+ly )?T(${BAN_PARTICIPLES}|suspended|seized) (?:[a-z-]+ ){0,3}by (?:a |the |an )?(?:[a-z-]+ )?(?:decision|decisions|order|orders|ruling|rulings|judgment|judgement|verdict|request|requests) (?:of|from|issued by|by) (?:the )?X1 `, requires: ['by'] },
  // "Zenpay, belonging to the operator Qorva Pay, was banned", "Zeta, which belongs to Zenco": what belongs to a firm is the firm's
  // (real-dev's rules: owning a product is developing it; stop 65's second bans sample).
  { relation: 'develops', id: 'pattern:develops:belonging-to', template: `Y1 (?:, )?(?:which |that )?T(belonging to|belongs to|belonged to) (?:the )?(?:(?:[a-z-]+ ){0,2}(?:operator|company|firm|group|bank|owner|conglomerate|holding|maker|developer) )?X1 `, requires: ['to'] },
  // "The Finance Agency issued business improvement orders to A, B and C", "Zenco received an improvement order from the agency": a
  // regulator's corrective or enforcement order is an administrative sanction on the firm (stop 65's third controls sample; a
  // cease-and-desist order stops the firm: a ban, STOP_ORDERS).
  { relation: 'restricts', id: 'pattern:restricts:improvement-orders-to', template: `X P AUX T(issued|issues|issue|issuing|sent|sends|served|serves|handed|hands|imposed|imposes|passed|passes) (?:an? |the |new |several |\\d+ |two |three |four |five |six |seven |eight )?(?:[a-z-]+ )?(?:${CORRECTIVE_ORDERS}) (?:to|against|on) (?:the )?${KIND_BEFORE_TARGETS}Y`, verb: true, stateActor: true, requires: ['order|orders|notice|notices|directives|directions|guidance'] },
  { relation: 'restricts', id: 'pattern:restricts:received-improvement-order', template: `Y1 P AUX T(received|receives|receive|receiving|got|gets|was given|was served with|was hit with|slapped with|hit with|served with|given) (?:an? |the |another )?(?:[a-z-]+ )?(?:${CORRECTIVE_ORDERS}) (?:from|by) (?:the )?X1 `, stateActor: true, requires: ['from|by'] },
  // Stop 66, from stop 65's readers. "ruled that Zenco must stop favouring its own service", "ordered that Zenco cease bundling A":
  // an order's content in a that-clause restricts the firm it names, as "ordered Zenco to stop favouring" does.
  { relation: 'restricts', id: 'pattern:restricts:ordered-that-firm-stop', template: `X P AUX T(ordered|orders|directed|directs|ruled|rules|decided|decides|decreed|decrees|required|requires|demanded|demands|demand|insisted|insists|mandated|mandates) that (?:the )?Y1 (?:must |shall |should |is to |are to )?(?:immediately )?${LIMITED_ACTIVITIES}`, verb: true, stateActor: true, requires: ['that'] },
  // "A letter issued by the authority states that A and B should be blocked", "an order signed by X says A and B are to be blocked":
  // a state body's document names what it blocks; the modal is the order's, not the writer's hedge (stop 65's readers, 15).
  { relation: 'banned', id: 'pattern:banned:document-by-states-blocked', template: `T(${BLOCKING_DOCUMENTS}) (?:, )?(?:issued |sent |signed |published |released |circulated |dated (?:[a-z0-9-]+ ){1,3})?by (?:the )?(?:@\\d+ 's )?X1 (?:, )?(?:[a-z-]+ )?(?:states|stated|says|said|orders|ordered|requires|required|demands|demanded|reads|read|specifies|specified|instructs|instructed|directs|directed|notes|noted) (?:that )?(?:the )?Y (?:must|should|shall|are to|were to|will|would|be|is to) (?:immediately )?(?:be )?(?:blocked|banned|prohibited|removed|suspended|shut down|taken down)(?= |$)`, stateActor: true, requires: ['by'] },
  // "According to an order from the ministry, A and B must be blocked", "Under a directive of X, A and B are to be banned".
  { relation: 'banned', id: 'pattern:banned:under-document-blocked', template: `(?:according to|under|in|following|per) (?:an? |the |its )?(?:[a-z-]+ ){0,2}T(${BLOCKING_DOCUMENTS}) (?:issued |sent |signed )?(?:from|by|of) (?:the )?(?:@\\d+ 's )?X1 (?:, )?(?:the )?Y (?:must|should|shall|are to|were to|will|would|is to|have to|has to) (?:immediately )?be (?:blocked|banned|prohibited|removed|suspended|shut down|taken down)(?= |$)`, stateActor: true, requires: ['from|by|of'] },
  // A deal cleared on conditions restricts its buyer, as a blocked deal does (stop 65's readers, 7): "conditionally approved Zenco's
  // takeover of Qorva", "cleared Zenco's purchase of Qorva subject to conditions", "granted Zenco conditional approval",
  // "imposed conditions on Zenco's acquisition of Qorva". An approval with no condition restricts nothing.
  { relation: 'restricts', id: 'pattern:restricts:conditionally-cleared-deal', template: `X P AUX T(conditionally approved|conditionally approves|conditionally cleared|conditionally clears|conditionally authori[sz]ed) (?:the )?Y1 's (?:[a-z$0-9.-]+ ){0,3}(?:${CONDITIONED_DEALS})(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:deal-cleared-on-conditions', template: `X P AUX T(approved|approves|cleared|clears|authori[sz]ed|authori[sz]es|allowed|allows|greenlit|greenlights) (?:the )?Y1 's (?:[a-z$0-9.-]+ ){0,3}(?:${CONDITIONED_DEALS}) (?:of|with|for) (?:the )?(?:[a-z-]+ ){0,2}@\\d+ (?:[a-z$0-9.-]+ ){0,4}(?:, )?(?:on (?:the )?condition|subject to (?:[a-z-]+ ){0,2}(?:conditions|remedies|commitments|undertakings)|with (?:[a-z-]+ ){0,2}(?:conditions|remedies|commitments|undertakings)|under (?:[a-z-]+ ){0,2}conditions)(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:granted-conditional-approval', template: `X P AUX T(granted|grants|gave|gives|issued|issues) (?:the )?Y1 (?:a |an |its )?(?:[a-z-]+ )?conditional (?:approval|clearance|green light|nod|permission)(?= |$)`, verb: true, stateActor: true, requires: ['conditional'] },
  { relation: 'restricts', id: 'pattern:restricts:conditions-on-deal', template: `X P AUX T(imposed|imposes|placed|places|attached|attaches|set|sets) (?:[a-z-]+ ){0,2}(?:conditions|remedies|requirements) on (?:the )?Y1 's (?:[a-z$0-9.-]+ ){0,3}(?:${CONDITIONED_DEALS})(?= |$)`, verb: true, stateActor: true, requires: ['on'] },
  // "announced that it is now illegal to import Zeta cards", "made it illegal to sell the Zeta", "ruled that selling the Zeta was
  // unlawful": a state body making trade in a thing illegal bans the thing (stop 66's first bans sample). ("it" may have been
  // resolved to a name: "@2 is now illegal".)
  { relation: 'banned', id: 'pattern:banned:made-illegal-to-trade', template: `X ${STATES_BODY}P AUX T(announced|announces|said|says|ruled|rules|declared|declares|decided|decides|made|makes) (?:that )?(?:it|@\\d+) (?:is |was |will be |has become |had become )?(?:now )?(?:illegal|unlawful|forbidden|prohibited) to (?:import|sell|use|distribute|buy|own|possess|market|operate|supply) (?:the |any )?Y`, verb: true, requires: ['illegal|unlawful|forbidden|prohibited'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:ruled-trading-unlawful', template: `X ${STATES_BODY}P AUX T(ruled|rules|declared|declares|found|finds|decided|decides) that (?:selling|importing|using|distributing|marketing|supplying|operating) (?:the |any )?Y (?:is|was|were|are) (?:now )?(?:illegal|unlawful|prohibited)(?= |$)`, verb: true, requires: ['illegal|unlawful|prohibited'], stateActor: true },
  // "Zenco launched the Zeta last week, and rival Qorva will follow": the sentence's subject, one clause before the comma, is
  // the rival of the name after it (and-rival above took the nearest name, "the Zeta"; stop 65's readers).
  // "Zenco is in talks with buyers, including Vexa and rival Qorva", "Zenco courted partners such as Lumo, Vexa and its rival
  // Qorva": a list of the subject's counterparts that names a rival last names the subject's rival (and-rival skips it).
  { relation: 'competes_with', id: 'pattern:competes_with:list-and-rival', template: `^(?:the )?X1 (?:[a-z0-9$%.'-]+ |@\\d+ ){1,12}${COUNTERPART_LIST_BEFORE}(?:@\\d+ (?:, )?)+(?:and|&) (?:its |their )?(?:(?:main|chief|closest|biggest|fierce|local|domestic|national|regional|smaller|larger|longtime|long-time|fellow) )?T(rival|competitor|archrival|arch-rival|challenger) Y1 `, requires: ['and|&'] },
  { relation: 'competes_with', id: 'pattern:competes_with:clause-and-rival', template: `^(?:the )?X1 (?:[a-z0-9$%.'-]+ |@\\d+ ){1,10}, (?:and|while|but|whereas) (?:its |their )?(?:(?:main|chief|closest|biggest|fierce|local|domestic|national|regional|smaller|larger|longtime|long-time|fellow) )?T(rival|competitor|archrival|arch-rival|challenger) Y1 `, requires: ['and|while|but|whereas'] },
  // "Zenco pulled the controversial Zapp app", "axed an app called Zapp", "Zapp app pulled by Zenco": a store owner pulling an app
  // named with its kind bans it, with no store named after it (stop 66's second bans sample: 21 of its 31 misses were store removals).
  // (The kind after a name is the mention's tail, so the template sees only the name: targetThenKind checks the text.)
  { relation: 'banned', id: 'pattern:banned:pulled-named-app', template: `X P AUX T(${PULLING_VERBS}) (?:the |an? |its |their )?(?:[a-z-]+ ){0,2}Y1`, verb: true, targetThenKind: PULLED_KIND_AFTER, notFollowedBy: PULLED_FROM_PLACE },
  { relation: 'banned', id: 'pattern:banned:pulled-app-called', template: `X P AUX T(${PULLING_VERBS}) (?:the |an? |its |their )?(?:[a-z-]+ ){0,2}(?:${PULLED_KINDS}) (?:called|named|dubbed|titled) (?:the )?Y1`, verb: true, requires: ['called|named|dubbed|titled'], notFollowedBy: PULLED_FROM_PLACE },
  { relation: 'banned', id: 'pattern:banned:app-pulled-by', template: `(?:^|, )(?:the )?Y1 (?:was |has been |is |gets |got )?T(pulled|axed|yanked|removed|banned|rejected|blocked|deleted|delisted) (?:[a-z-]+ )?by (?:the )?X1`, requires: ['by'], targetThenKind: PULLED_KIND_AFTER },
  // Stop 66, from its second controls sample: deals cleared on conditions, said of the parties ("A and B received a green light
  // from the Commission subject to conditions", "received conditional approval from X"), of the merger's list ("approved the merger
  // of A and B under the condition that …"), after a party's pledge ("only allowed the deal after Zenco agreed to sell …"), and
  // conditions that require a party ("set conditions, including requiring Zenco to …"). Each party bound is restricted.
  { relation: 'restricts', id: 'pattern:restricts:received-conditional-approval', template: `Y P AUX T(received|receives|receive|won|wins|secured|secures|got|gets|obtained|obtains) (?:a |an |the )?(?:[a-z-]+ )?conditional (?:approval|clearance|green light|nod|go-ahead|permission) (?:[a-z-]+ ){0,4}?from (?:the )?(?:@\\d+ 's )?X1`, stateActor: true, requires: ['conditional', 'from'] },
  { relation: 'restricts', id: 'pattern:restricts:received-approval-on-conditions', template: `Y P AUX T(received|receives|receive|won|wins|secured|secures|got|gets|obtained|obtains) (?:a |an |the )?(?:[a-z-]+ )?(?:approval|clearance|green light|nod|go-ahead|permission) (?:[a-z-]+ ){0,4}?from (?:the )?(?:@\\d+ 's )?X1 (?:[a-z$0-9.-]+ ){0,4}?(?:, )?${ON_CONDITIONS}`, stateActor: true, requires: ['from'] },
  { relation: 'restricts', id: 'pattern:restricts:merger-of-cleared-on-conditions', template: `X P AUX T(${CLEARING_VERBS}) (?:the )?(?:[a-z-]+ ){0,2}(?:merger|combination|tie-up|deal|joint venture|deals) (?:of|between) (?:the )?Y (?:[a-z$0-9.-]+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ['of|between'] },
  { relation: 'restricts', id: 'pattern:restricts:owned-deal-cleared-on-conditions', template: `X P AUX T(${CLEARING_VERBS}) (?:the )?Y 's (?:[a-z$0-9.-]+ ){0,3}(?:${CONDITIONED_DEALS}) (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:cleared-after-pledge', template: `X P AUX (?:only )?T(${CLEARING_VERBS}) (?:the |its )?(?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:only )?after (?:the )?Y1 (?:had )?(?:agreed|offered|promised|pledged|committed|consented|undertook) to`, verb: true, stateActor: true, requires: ['after'] },
  { relation: 'restricts', id: 'pattern:restricts:conditions-requiring', template: `X P AUX T(set|sets|imposed|imposes|attached|attaches|laid down|lays down) (?:[a-z-]+ ){0,2}(?:conditions|remedies|requirements|obligations) (?:on the deal |on the merger )?(?:, )?(?:including|such as|that include|that includes) (?:requiring|forcing|obliging|that) (?:the )?Y1`, verb: true, stateActor: true, requires: ['including|such|include|includes'] },
  // "imposed an order subject to penalty payments on Zenco", "imposed remedies on Zenco": an order or remedy placed on a firm restricts it.
  { relation: 'restricts', id: 'pattern:restricts:imposed-order-on', template: `X P AUX T(imposed|imposes|impose|imposing|placed|places|place|placing|laid|lays|lay|laying) (?:an? |the |new |several )?(?:[a-z-]+ ){0,2}(?:order|orders|remedy|remedies|obligations|obligation|requirements|conditions|commitments|injunction) (?:[a-z-]+ ){0,4}?on (?:the )?Y`, verb: true, stateActor: true, requires: ['on'] },
  // "Zapp was blocked on the orders of the authority", "Zapp and Qchat were blocked as per instructions from the High Court",
  // "… removed at the request of the Department": an agentless block whose order is named after it is the order's author's (stop 66's
  // first-round bans sample).
  { relation: 'banned', id: 'pattern:banned:blocked-on-orders-of', template: `(?:^|, )(?:(?:the )?(?:two|three|four|five|six|several|\\d+) (?:[a-z-]+ )?(?:channels|stations|broadcasters|outlets|networks|newspapers|sites|websites|apps|services|platforms) , )?(?:the )?Y (?:, )?(?:was|were|has been|have been|had been|is|are|is being|are being|will be|got) (?:[a-z]+ly )?T(blocked|banned|removed|suspended|shut down|taken down|taken offline|taken off|pulled|delisted|prohibited|closed|closed down|switched off|blacked out|cut off|halted|revoked|cancelled|canceled) (?:[a-z-]+ ){0,3}?(?:, )?(?:on|under|following|after|per|as per|in line with|in compliance with|pursuant to|at|upon) (?:the |an? )?(?:[a-z-]+ ){0,2}(?:orders?|instructions?|directions?|directives?|ruling|decision|request|demand|letter|notice|decree) (?:from|of|by|issued by) (?:the )?(?:@\\d+ 's )?X1`, stateActor: true, requires: ['from|of|by'] },
  // "Zenco followed with a redesigned Zeta", "Zenco followed up with the Zeta 2": a maker's next release after "followed (up) with"
  // (stop 66's first-round makers sample).
  { relation: 'develops', id: 'pattern:develops:followed-up-with', template: `X1 P AUX T(followed up with|follows up with|follow up with|followed with|follows with|followed it with|followed that with|followed this with) (?:the |a |an |its |their )?(?:[a-z$0-9-]+ ){0,2}Y`, verb: true, requires: ['with'] },
  // A regulator accepting or making binding a firm's commitments restricts the firm (stop 66's second-round controls sample, 7):
  // "accepted the commitments made by Zenco", "accepted Zenco's commitments to open …", "legally bound Zenco to its commitments".
  { relation: 'restricts', id: 'pattern:restricts:accepted-commitments-by', template: `X P AUX T(accepted|accepts|accept|secured|secures|secure|made binding|makes binding|make binding|made legally binding|makes legally binding|make legally binding|rendered binding|renders binding) (?:the |an |a |final |new |binding )*(?:[a-z-]+ ){0,2}(?:${COMMITMENTS}) (?:made |offered |given |proposed |submitted )?(?:by|from) (?:the )?Y`, verb: true, stateActor: true, requires: ['by|from'] },
  { relation: 'restricts', id: 'pattern:restricts:accepted-firms-commitments', template: `X P AUX T(accepted|accepts|accept|made binding|makes binding|make binding|made legally binding|makes legally binding|make legally binding) (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:${COMMITMENTS})(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:bound-to-commitments', template: `X P AUX (?:legally )?T(bound|binds|bind) (?:the )?Y1 to (?:its |their |the )?(?:[a-z-]+ ){0,2}(?:${COMMITMENTS})(?= |$)`, verb: true, stateActor: true, requires: ['to'] },
  // "voted to cap Zenco and Qorva vehicles", "capped Zenco's fleet": a cap on a firm's vehicles or licences restricts the firm.
  { relation: 'restricts', id: 'pattern:restricts:capped-firms-fleet', template: `X P AUX (?:voted to |agreed to |moved to |decided to )?T(cap|caps|capped|capping) (?:the number of )?(?:the )?Y (?:'s )?(?:new )?(?:vehicles|cars|drivers|licen[cs]es|permits|fleets?|rides)(?= |$)`, verb: true, stateActor: true, requires: ['vehicles|cars|drivers|licences|licenses|permits|fleet|fleets|rides'] },
  // "the U.S. Entity List, which includes A, B and C", "Ruritania's blacklist, which already names A and B": a state's list of
  // restricted parties and its members named in a relative clause (stop 66's third bans sample, 7).
  { relation: 'restricts', id: 'pattern:restricts:states-list-which-includes', template: `X1 (?:'s )?(?:trade |export |sanctions |export control |unreliable )?T(entity list|blacklist|black list|sanctions list|trade blacklist|unverified list|military end-user list) (?:, )?(?:which|that) (?:also |already |now )?(?:includes|included|include|lists|listed|contains|contained|names|named) (?:[a-z-]+ ){0,2}(?:(?:such as|like|including) )?(?:the )?Y`, stateActor: true, requires: ['which|that'] },
  // Stop 67, from stop 66's readers (12 in one bans sample). A service a site or an app runs on (its host, its registrar, its
  // payment processors) dropping it bans it there, as a store pulling an app does: "Zapp was dropped by web host Qorva as well as
  // payment processors Vexa and Kappa", "payment processor Vexa dropped Zapp" (a provider ending its service in so many words:
  // stopped-processing-payments, no-longer-serves, disabled-services-for).
  { relation: 'banned', id: 'pattern:banned:dropped-by-service-provider', template: `(?:^|, )(?:the )?Y (?:was |were |has been |have been |had been |got |gets |is being |is |are )?(?:[a-z]+ly )?T(dropped|kicked off|cut off|terminated|deplatformed|suspended|banned|blocked) (?:[a-z-]+ ){0,2}?by (?:its |their |the )?${SERVICE_PROVIDERS} X`, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:dropped-by-later-service-provider', template: `(?:^|, )(?:the )?Y (?:was |were |has been |have been |had been |got |gets |is being |is |are )?(?:[a-z]+ly )?T(dropped|kicked off|cut off|terminated|deplatformed|suspended|banned|blocked) (?:[a-z-]+ ){0,2}?by (?:its |their |the )?${SERVICE_PROVIDERS} @\\d+ (?:, )?(?:as well as|and|along with|plus) (?:by )?(?:its |their |the )?${SERVICE_PROVIDERS} X`, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:service-provider-dropped', template: `(?:its |their |the )?${SERVICE_PROVIDERS} X (?:, )?AUX T(${SERVICE_DROPPING_VERBS}) (?:the )?Y`, verb: true },
  // "The Commission made Zenco's commitments legally binding", "made the commitments offered by Zenco binding": a regulator binding a
  // firm to its commitments restricts the firm, as accepting them does (stop 66's readers, 13).
  { relation: 'restricts', id: 'pattern:restricts:made-firms-commitments-binding', template: `X P AUX T(made|makes|make|rendered|renders) (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:${COMMITMENTS}) (?:legally |fully )?binding(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:made-commitments-by-binding', template: `X P AUX T(made|makes|make|rendered|renders) (?:the |its |final )*(?:[a-z-]+ )?(?:${COMMITMENTS}) (?:made |offered |given |proposed |submitted )?(?:by|from) (?:the )?Y1 (?:[a-z0-9-]+ ){0,6}?(?:legally |fully )?binding(?= |$)`, verb: true, stateActor: true, requires: ['by|from'] },
  // "registrar Qorva gave Zapp the boot": the idiom bans, as "dropped" after a provider does (stop 66's readers).
  { relation: 'banned', id: 'pattern:banned:gave-the-boot', template: `X P AUX T(gave|gives|give|giving|given) (?:the )?Y1 the boot(?= |$)`, verb: true, requires: ['boot'] },
  // "Zapp has been banned from Stripe, PayPal and Cloudflare": the platforms, services or states a thing is banned from, named as
  // the clause's end, are its banners (stop 66's readers).
  { relation: 'banned', id: 'pattern:banned:banned-from-platforms', template: `(?:^|, )(?:the )?Y AUX (?:[a-z]+ly )?T(banned|barred|blocked|suspended|kicked off|thrown off|deplatformed) from (?:the )?X(?=[,.;:]|$| (?:after|over|for|since|in|last|this|on|amid|following) )`, requires: ['from'] },
  // "The Commission adopted a prohibition decision against Zenco": a competition authority's prohibition or infringement decision
  // binds the firm's conduct (stop 66's readers; a cease-and-desist order stops it: STOP_ORDERS).
  { relation: 'restricts', id: 'pattern:restricts:prohibition-decision-against', template: `X P AUX T(issued|issues|adopted|adopts|took|takes|handed down|hands down|imposed|imposes|reached|reaches) (?:a |an |the |its )?(?:formal |final |landmark )?(?:prohibition|infringement|non-compliance) (?:decision|decisions|ruling) (?:against|on|concerning|addressed to|regarding) (?:the )?Y1`, verb: true, stateActor: true, requires: ['decision|decisions|ruling'] },
  // Stop 67, from probes of stop 66's controls families. "The CMA ordered Microsoft to sell its cloud streaming rights": an order to
  // divest a business, a unit or rights restricts the firm ordered (ordered-to-sell-firm names the firm sold).
  { relation: 'restricts', id: 'pattern:restricts:ordered-to-divest-business', template: `X P AUX T(${ORDER_WORDS}) Y (?:, )?${WHEN}to (?:sell|divest|sell off|spin off|hive off|offload|license|transfer|hand over|give up|cut|reduce|lower|trim|dispose of) (?:its |their |the |part of its |some of its |@\\d+ 's )?(?:[a-z0-9-]+ ){0,3}(?:rights|business|businesses|unit|units|division|divisions|stake|stakes|holding|holdings|shareholding|assets|operations|subsidiary|arm|brand)(?= |$)`, verb: true, stateActor: true, requires: ['to'] },
  // "India capped foreign investment in Zenco at 26%", "limited foreign ownership of Zenco to 49%": a cap on who may own a firm
  // is an investment restriction on it (real-dev's rules: investment prohibitions restrict).
  { relation: 'restricts', id: 'pattern:restricts:capped-ownership-of-firm', template: `X P AUX T(${CAP_VERBS}) (?:the )?(?:foreign |overseas |outside |non-resident )?(?:investment|investments|ownership|stakes|stake|holdings|shareholdings|shareholding|equity) (?:in|of) (?:the )?Y1`, verb: true, stateActor: true, requires: ['in|of'] },
  // "The Commerce Department said suppliers will need licences to ship to Zenco", "Suppliers now need a licence to sell to Zenco, the
  // ministry said": a licence requirement told by its effect on sellers, with the state body that announces it (issue 17's "controls
  // shown by their effect").
  { relation: 'restricts', id: 'pattern:restricts:sellers-need-licence-said', template: `X P AUX T(said|says|announced|announces|ruled|rules|decided|decides|confirmed|confirms|stated|states) (?:that )?(?:[a-z@0-9.-]+ ){0,3}?${LICENCE_NEEDERS} (?:(?:will|would|now|must|also|first|still) )*(?:need|needs|require|requires|obtain|get|seek|apply for|have to obtain|have to get) (?:a |an |new |special |export |individual |prior )*(?:${LICENCE_NEEDS}) (?:to|before|for) (?:(?!to )\\S+ ){0,6}to (?:the )?Y`, verb: true, indexBy: LICENCE_NEED_WORDS, stateActor: true, notFollowedBy: FIRMS_OWN_PEOPLE_AFTER },
  // "Google kicked Zapp out of the Play Store", "threw Zapp off its platform": a store or a platform throwing a thing out bans it.
  { relation: 'banned', id: 'pattern:banned:kicked-out-of-store', template: `X P AUX T(kicked|kicks|kick|kicking|threw|throws|throw|thrown|tossed|tosses) (?:the )?Y (?:out of|off|from) (?:the |its(?:@\\d+)? |their )?(?:@\\d+|(?:[a-z-]+ ){0,2}(?:store|stores|app store|platform|platforms|marketplace|service|services|network|site|website|servers))(?= |$)`, verb: true, requires: ['out|off|from'] },
  // "Government employees in Canada can no longer use TikTok": a state named as the place where its people may no longer use a
  // thing bans it (issue 17's "agentless national blocks with the state as location").
  { relation: 'banned', id: 'pattern:banned:people-in-state-can-no-longer-use', template: `(?:(?:[a-z-]+ ){0,2}(?:employees|staff|officials|workers|users|residents|citizens|people|civil servants|servants|customers|subscribers|students|teachers)) in (?:the )?X1 T(can no longer|could no longer|will no longer|may no longer|cannot|can not|may not|are no longer able to|are no longer allowed to|are not allowed to|are now barred from|are barred from|are banned from) (?:use|using|access|accessing|download|downloading|install|installing|buy|buying|open|opening) (?:the )?Y`, requires: ['no|not|cannot|barred|banned'], notFollowedBy: /^(?:\S+ ){0,3}?from / },
  // "Zenco's answer to the iPhone, the Zeta, arrived in 2010": the apposition set after the answer (apposed-answer-to, the other way
  // round).
  { relation: 'develops', id: 'pattern:develops:answer-to-then-apposed', template: `(?:^|, |the )POSS (?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,3}T(answer|alternative|response|challenger|bet|entry|successor|follow-up) (?:to|for) (?:the )?(?:@\\d+ 's )?@\\d+ , (?:the )?Y1 ,`, requires: [','] },
  { relation: 'competes_with', id: 'pattern:competes_with:answer-to-then-apposed', template: `(?:^|, |the )(?:@\\d+ 's |its(?:@\\d+)? )(?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,3}T(answer|alternative|response|challenger|rival) (?:to|for) (?:the )?(?:@\\d+ 's )?X1 , (?:the )?Y1 ,`, requires: [','] },
  // "Zenco is gaining ground on Qorva in phones", "Zenco trails Qorva in cloud computing", "lags behind Qorva in AI chips": standing
  // behind or closing on a rival in a market is competing with it (issue 17's "competition stated indirectly").
  // Chasing a rival in a market (helper rv84): "Qorva is chasing Zenco in the cloud market"; a chase with no market after it is no
  // rivalry ("police are chasing Zenco's founder", "chasing Zenco for payment").
  { relation: 'competes_with', id: 'pattern:competes_with:trails-rival-in', template: `X1 P AUX T(trails|trailed|trail|trailing|lags behind|lagged behind|lag behind|lagging behind|lags|lagged|is gaining ground on|are gaining ground on|gained ground on|gains ground on|is catching up with|caught up with|catches up with|is closing the gap with|closed the gap with|closes the gap with|is chasing|are chasing|chased|chases|is closing in on|closed in on|closes in on) (?:the )?(?:rival |rivals |market leader |leader )?Y1 (?:in|on|when it comes to|among|across) (?!court |courts |the courts )`, verb: true, requires: ['in|on|when|among|across'] },
  // Stop 67, from its first controls sample (25 of 33 misses were deals cleared on conditions): the deal named with its buyer after
  // "by" ("approved the acquisition of Qorva by Zenco, subject to conditions"): both parties are bound, as in merger-of-cleared-on-
  // conditions.
  { relation: 'restricts', id: 'pattern:restricts:acquisition-of-by-cleared-on-conditions', template: `X P AUX T(${CLEARING_VERBS}) (?:the )?(?:[a-z$0-9.-]+ ){0,3}?(?:acquisition|purchase|takeover|buyout) of (?:the )?Y1 by (?:the )?@\\d+ (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:acquisition-by-cleared-on-conditions', template: `X P AUX T(${CLEARING_VERBS}) (?:the )?(?:[a-z$0-9.-]+ ){0,3}?(?:acquisition|purchase|takeover|buyout) of (?:the )?@\\d+ by (?:the )?Y1 (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ['by'] },
  // "Google won the Justice Department's approval to buy ITA on the condition it …", "obtained clearance from SAMR for its acquisition
  // of Finisar after agreeing to …": the party cleared on conditions, with the regulator as owner or after "from".
  { relation: 'restricts', id: 'pattern:restricts:won-regulators-approval-on-conditions', template: `Y1 P AUX T(won|wins|received|receives|obtained|obtains|secured|secures|got|gets|gained|gains) (?:the )?X1 's (?:[a-z-]+ )?(?:approval|clearance|green light|nod|go-ahead|blessing|permission|consent) (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:obtained-clearance-from-on-conditions', template: `Y1 P AUX T(received|receives|won|wins|secured|secures|got|gets|obtained|obtains|gained|gains) (?:a |an |the )?(?:[a-z-]+ )?(?:approval|clearance|green light|nod|go-ahead|permission|consent) (?:[a-z-]+ ){0,4}?from (?:the )?(?:@\\d+ 's )?X1 (?:[a-z$0-9.-]+ |@\\d+ ){1,8}?(?:, )?${ON_CONDITIONS}`, stateActor: true, requires: ['from'] },
  // "conditions imposed on Zenco by the Department", "the remedies the Commission imposed on Zenco": a regulator's conditions on a firm.
  { relation: 'restricts', id: 'pattern:restricts:conditions-imposed-on-by', template: `(?:conditions|remedies|requirements|obligations|restrictions|curbs|limits) T(imposed|placed|set|laid down) on (?:the )?Y1 by (?:the )?X1`, stateActor: true, requires: ['by'] },
  // "The government exercised its golden power over Zentel", "used special powers to block …": a state's special powers over a firm
  // restrict it (stop 67's first controls sample).
  { relation: 'restricts', id: 'pattern:restricts:golden-power-over', template: `X P AUX T(exercised|exercises|exercise|exercising|used|uses|use|using|invoked|invokes|invoke|invoking|wielded|wields|wield|triggered|triggers|trigger|activated|activates|activate) (?:its |the |their )?(?:[a-z-]+ )?(?:golden power|golden powers|golden share|special powers|veto power|veto powers|veto right|veto rights) (?:over|on|against|regarding|in) (?:the )?Y`, verb: true, stateActor: true, requires: ['golden|special|veto'] },
  // "According to the FTC's order, InMarket is prohibited from selling location data": the order's author bans what it names from
  // selling (a limit on its conduct restricts: KEPT_FROM_CONDUCT).
  { relation: 'banned', id: 'pattern:banned:under-document-prohibited-from-selling', template: `(?:according to|under|per|in) (?:the )?X1 's (?:[a-z-]+ ){0,2}T(${BLOCKING_DOCUMENTS}|settlement|consent order|consent decree) (?:, )?(?:the )?Y (?:is|are|was|were|will be|would be) (?:now |also )?(?:prohibited|barred|banned|forbidden) from (?:selling|offering|providing|operating|distributing|marketing)(?= |$)`, stateActor: true, requires: ["'s"] },
  // Stop 67, from its first bans sample. "took away Kappa's access to its API", "revoked Zapp's access to its data": access to a
  // platform taken away bans the firm from it ("cut off" alone reads as a restriction: trigger:verb).
  { relation: 'banned', id: 'pattern:banned:took-away-access', template: `X P AUX T(took away|takes away|take away|taken away|revoked|revokes|revoke|withdrew|withdraws|withdraw|pulled|pulls|terminated|terminates|removed|removes|yanked|yanks) (?:the )?Y1 's (?:[a-z-]+ ){0,2}access(?= |$)`, verb: true, requires: ['access'] },
  // "The regulator denied Zenco's application for a licence", "denied Zenco's request for permission to launch": an authority
  // refused bans who asked, as denying the licence does (denied-licence).
  { relation: 'banned', id: 'pattern:banned:denied-application-for-licence', template: `X P AUX T(${DENY_VERBS}) (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:application|applications|request|requests|bid|petition|petitions) (?:for (?:a |an |the )?(?:[a-z-]+ ){0,3}(?:${LICENCES}|permission|approval|authori[sz]ation)|to (?:operate|launch|provide|offer|broadcast|sell|enter|deploy))(?= |$)`, verb: true, requires: ["'s"] },
  { relation: 'banned', id: 'pattern:banned:was-denied-licence-by', template: `Y1 (?:had |has |have |was |were )*(?:been )?T(denied|refused) (?:a |an |the |its )?${LICENCE_KIND}(?:${LICENCES}|permission|approval|authori[sz]ation) (?:[a-z-]+ ){0,4}?by (?:the )?X1`, requires: ['by'] },
  // "Qwikmart ceased the sale of phones from Zenco", "halted sales of Zenco brand phones": a seller stopping a maker's goods bans the
  // maker (real-dev's rules: banning a maker's goods bans it; halted-sale-of-makers-goods for states).
  { relation: 'banned', id: 'pattern:banned:seller-halted-goods-from-maker', template: `X P AUX T(${SELLER_HALTING_VERBS}) (?:the |all |any |further )?(?:sale|sales) of (?:the |all |any |its )?(?:[a-z-]+ ){0,2}(?:${MAKERS_GOODS}) (?:from|by|made by|of) (?:the )?Y1`, verb: true, requires: ['sale|sales'] },
  { relation: 'banned', id: 'pattern:banned:seller-halted-maker-brand-goods', template: `X P AUX T(${SELLER_HALTING_VERBS}) (?:the |all |any |further )?(?:sale|sales) of (?:the |all |any |its )?Y1 (?:brand|branded|-branded) (?:[a-z-]+ ){0,2}(?:${MAKERS_GOODS})(?= |$)`, verb: true, requires: ['sale|sales'] },
  // "Zenco cites Zentalk as a competing network": a firm naming another as competing with it ("as a competitor" is trigger:noun's).
  { relation: 'competes_with', id: 'pattern:competes_with:cites-as-competing', template: `X1 P AUX T(identifies|identified|identify|identifying|sees|saw|see|views|viewed|view|regards|regarded|regard|considers|considered|consider|cited|cites|cite|citing|named|names|lists|listed|describes|described|deems|deemed) (?:the )?Y1 as (?:a |an |its |their |the )?(?:main |chief |key |direct |biggest |major |potential |serious |real )?competing (?:[a-z-]+ )?(?:network|service|app|product|platform|firm|company|business)(?= |$)`, verb: true, requires: ['as'] },
  // Stop 67, from its first makers sample. "The Vexa, Zenco's Pixel competitor, sold well": an apposition naming the thing as a
  // firm's rival to another thing makes it the firm's (apposed-answer-to, with the rival noun last; "Qorva, Zenco's rival" names
  // no thing between and is a rival of the firm).
  { relation: 'develops', id: 'pattern:develops:apposed-rival-noun', template: `Y1 , (?:the )?POSS (?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,2}(?<q>@\\d+) (?:[a-z0-9]+(?:-[a-z0-9]+)* )?T(competitor|rival|challenger|contender|killer) (?=,|$)`, qualifierNotType: 'government', requires: [','] },
  // "Two titles stand out for their rivalry: Vexa and Plix", "the showdown of the year: Zeta vs Qorva": a contest named before a
  // colon and its two sides after it.
  { relation: 'competes_with', id: 'pattern:competes_with:rivalry-colon-pair', template: `T(rivalry|rivalries|duel|showdown|battle|feud|face-off|faceoff|matchup|match-up|grudge match) (?:[a-z-]+ ){0,4}: (?:the )?X1 (?:and|vs\\.?|versus|v\\.?) (?:the )?Y1`, requires: [':'] },
  // Stop 67, from its first bans sample. "Twitter no longer lets intelligence agencies use Dataminr", "Zenco will not allow users to
  // install Zapp": an owner ending the use of a thing on what it controls bans it there (the negation is the ban, so it is the trigger's).
  { relation: 'banned', id: 'pattern:banned:no-longer-lets-use', template: `X P (?:has |have |will |would |now )?T(no longer lets|no longer let|no longer allows|no longer allow|no longer permits|will not let|will not allow|would not let|would not allow|does not let|does not allow|do not let|do not allow|refused to let|refuses to let|refused to allow|refuses to allow|stopped letting|stopped allowing|stops letting|stops allowing) (?:[a-z-]+ |@\\d+ ){0,4}?(?:to )?(?:use|access|buy|download|install|run|open|reach) (?:the )?Y`, requires: ['use|access|buy|download|install|run|open|reach'] },
  // Stop 67, from its second controls sample (0 of 17 restrictions found). "The CMA said FNZ must sell GBST": a divestment a body
  // announces restricts the firm, as its order does.
  { relation: 'restricts', id: 'pattern:restricts:said-firm-must-sell', template: `X P AUX T(said|says|ruled|rules|decided|decides|announced|announces|concluded|concludes) (?:that )?(?:the )?Y1 (?:must|will have to|would have to|has to|had to|is required to|was required to|will be required to) (?:sell|divest|sell off|dispose of|spin off|offload) `, verb: true, stateActor: true, requires: ['must|have|has|had|required'] },
  // "The FTC's final order imposes strict conditions on Nielsen", "the order settling the FTC's charges requires Nielsen to sell …":
  // a body's order as the subject restricts the firm it binds.
  { relation: 'restricts', id: 'pattern:restricts:bodys-order-binds-firm', template: `(?:^|, )(?:the )?X1 's (?:[a-z-]+ ){0,2}(?:order|orders|decision|ruling|consent decree|decree|settlement) T(imposes|imposed|requires|required|obliges|obliged|forces|forced|restricts|restricted|limits|limited) (?:[a-z-]+ ){0,3}?(?:(?:conditions|restrictions|limits|requirements|obligations|remedies) (?:on|upon) )?(?:the )?Y1`, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:order-settling-bodys-charges-binds-firm', template: `(?:^|, )(?:the |a |an )?(?:[a-z-]+ ){0,2}(?:order|orders|decree|settlement|agreement) (?:settling|resolving|ending) (?:the )?X1 's (?:[a-z-]+ ){0,2}(?:charges|complaint|case|allegations|lawsuit|suit|investigation|probe) T(requires|required|imposes|imposed|obliges|obliged|forces|forced|restricts|restricted|limits|limited) (?:[a-z-]+ ){0,3}?(?:(?:conditions|restrictions|limits|requirements|obligations|remedies) (?:on|upon) )?(?:the )?Y1`, stateActor: true, requires: ["'s"] },
  // "The FTC finalized an order with Drizly", "issued a consent order against Zenco": a final order with a firm binds it (a proposed
  // one is a proposal).
  { relation: 'restricts', id: 'pattern:restricts:finalized-order-with', template: `X P AUX T(finalized|finalizes|finalize|finalised|finalises|finalise|entered into|enters into|entered|enters|issued|issues) (?:a |an |the |its )?(?:final |consent |administrative )?(?:order|orders|consent order|consent orders|consent decree|settlement order|decree) (?:with|against|on|requiring|that requires|which requires|ordering|directing|barring|prohibiting) (?:the )?Y`, verb: true, stateActor: true, requires: ['order|decree'] },
  // "The FTC will require Nielsen to adhere to the following conditions": conditions a body requires a firm to keep.
  { relation: 'restricts', id: 'pattern:restricts:required-to-adhere-to-conditions', template: `X P AUX T(require|requires|required|requiring|obliged|obliges|compelled|compels) (?:the )?Y1 to (?:adhere to|comply with|abide by|meet|accept|observe|honou?r|follow) (?:the |a |its |these |those |several |strict |following |certain )*(?:[a-z-]+ )?(?:conditions|requirements|commitments|obligations|remedies|undertakings|restrictions)(?= |$)`, verb: true, stateActor: true, requires: ['to'] },
  // Stop 67, from its second bans sample. "AT&T decided not to sell the Mate 10": a seller choosing not to sell a product bans it,
  // as "stopped selling" does.
  { relation: 'banned', id: 'pattern:banned:decided-not-to-sell', template: `X P AUX T(decided not to sell|decides not to sell|chose not to sell|chooses not to sell|opted not to sell|decided not to carry|decides not to carry|chose not to carry|decided not to stock|chose not to stock|decided not to offer|chose not to offer) (?:the )?Y`, verb: true, requires: ['not'] },
  // "The SD Association removed Huawei from its membership list", "suspended Huawei's membership": a standards body putting a firm
  // out of its membership bans it there ("restricted Huawei's membership" restricts: trigger:verb).
  { relation: 'banned', id: 'pattern:banned:removed-from-membership', template: `X P AUX T(removed|removes|expelled|expels|excluded|excludes|dropped|drops|struck|strikes) (?:the )?Y1 (?:from|off) (?:its |their |the )?(?:[a-z-]+ )?(?:membership|member list|membership list|members list|list of members|membership rolls|members)(?= |$)`, verb: true, requires: ['membership|members|member'] },
  { relation: 'banned', id: 'pattern:banned:ended-firms-membership', template: `X P AUX T(suspended|suspends|revoked|revokes|cancelled|canceled|cancels|terminated|terminates|ended|ends|withdrew|withdraws) (?:the )?Y1 's (?:[a-z-]+ )?(?:membership|memberships)(?= |$)`, verb: true, requires: ['membership|memberships'] },
  // Stop 67, from its second makers sample. "Released in 2020 by developer Mediatonic, Fall Guys became a hit": a fronted participle
  // with its maker, a role noun before the maker's name.
  { relation: 'develops', id: 'pattern:develops:fronted-participle-by-role', template: `^(?:first |originally )?T(released|developed|made|built|created|designed|published|launched|produced|introduced|manufactured) (?:[a-z0-9]+ ){0,3}?by (?:the )?(?:[a-z-]+ )?(?:developer|publisher|studio|maker|manufacturer|company|firm|startup|start-up|brand|chipmaker|carmaker|automaker|lab) X1 (?:in \\d{4} )?, (?:the )?(?:[a-z-]+ ){0,2}?Y1`, requires: ['by'] },
  // Helper fr84: "Developed by a small team at Zenco, the Zeta app …": the team's firm made the thing the main clause is about.
  { relation: 'develops', id: 'pattern:develops:fronted-participle-by-team-at', template: `^(?:first |originally )?T(released|developed|made|built|created|designed|launched|produced) (?:[a-z0-9]+ ){0,3}?by (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:team|group|unit|division|lab|engineers|researchers) (?:at|of|from|within|inside) X1 (?:in \\d{4} )?, (?:the )?(?:[a-z-]+ ){0,2}?Y1`, requires: ['by', ','] },
  // Helper fr84: "Best known for its Zeta app, Zenco …", "Known for the Zeta headset, Zenco …": a fronted fame names what the
  // main clause's subject makes (a kind of product after the name, if any: not "the Zeta lawsuit", nor "known for suing Qorva").
  { relation: 'develops', id: 'pattern:develops:fronted-known-for', template: `^(?:perhaps |probably |arguably )?(?:best |widely |mostly |mainly |largely |chiefly )?T(known) for (?:making )?(?:its|the) (?:[a-z-]+ )?Y1 (?:(?:${PRODUCT_NOUNS}) )?, (?:the )?(?:(?:startup|company|firm|maker|developer|group|brand) )?X1 (?!'s )`, requires: ['for', ','] },
  // "This Flexify oven, by appliance brand Midea, costs …": a thing set off with its maker after "by" and the maker's kind.
  { relation: 'develops', id: 'pattern:develops:apposed-by-brand', template: `Y1 (?:[a-z-]+ )?, T(by|from) (?:the )?(?:[a-z-]+ )?(?:brand|maker|developer|studio|publisher|company|firm|manufacturer|startup|start-up|chipmaker|carmaker|automaker) X1 ,`, requires: [','] },
  // "QMobile is giving tough competition to Samsung": competition given to a rival.
  { relation: 'competes_with', id: 'pattern:competes_with:giving-competition-to', template: `X1 P AUX T(giving|gives|give|gave|given|offering|offers|offered|posing|poses|posed|providing|provides|provided) (?:a |an )?(?:[a-z-]+ ){0,2}(?:competition|challenge|fight|run for (?:its|their) money) (?:to|for) (?:the )?(?:likes of )?Y`, verb: true, requires: ['competition|challenge|fight|run'] },
  // Stop 89 (helper cmp89, from fresh news on messaging apps and trucks): the rival first, the competition after it ("Zapp is set to
  // give Zenco's Chatter a tough run for its money", "will give Qorva stiff competition"); a forecast of rivalry with things that exist.
  // A headache only when competitive: a supplier "will give Qorva a headache by halting deliveries" is no rival (stop 89's re-read).
  { relation: 'competes_with', id: 'pattern:competes_with:giving-rival-competition', template: `X1 P AUX (?:(?:is|are|was|were|looks|look|looked|seems|seem|seemed) )?(?:set |poised |likely |expected |going |ready |about )?(?:to )?T(giving|gives|give|gave|given) (?:the )?(?:likes of )?(?:@\\d+ 's )?Y (?:a |an )?(?:(?:[a-z-]+ ){0,2}(?:run for (?:its|their|his|her) money|competition|fight)|(?:[a-z-]+ )?competitive (?:headache|headaches))(?= |$)`, verb: true, requires: ['competition|run|competitive|fight'] },
  // "Zenco is taking the fight directly to Qorva", "took the battle straight to Qorva": carrying a contest to a rival (an adverb between;
  // "taking the fight to Qorva" is trigger:noun's).
  { relation: 'competes_with', id: 'pattern:competes_with:taking-fight-to', template: `X1 P AUX T(taking|takes|take|took|taken) (?:the |its |their )?(?:fight|battle|competition) (?:directly|straight|squarely|head-on|right) to (?:the )?Y1`, verb: true, requires: ['to'] },
  // "Ruritania has become a battleground for Zembla's Zenco and Borduria's Qorva": a market two firms fight over (each name may
  // follow its home's possessive). The second name ends the phrase, at a clause end or a preposition: "a battleground for Zenco and
  // Qorva lobbyists" is one for their people (stop 89's re-read).
  { relation: 'competes_with', id: 'pattern:competes_with:battleground-for-pair', template: `T(battleground|battlefield|battle ground) (?:for|between) (?:the )?(?:@\\d+ 's )?X1 and (?:the )?(?:@\\d+ 's )?Y1(?=(?:[.,;:!?]|in|as|over|on|with|since|after|amid)(?= |$)|$)`, notPrecededBy: FOUGHT_NOT_RIVALRY, requires: ['for|between'] },
  // Stop 67, from its second controls sample (6 misses): a rival inside a deal's noun, with its kind between ("Zenco's takeover of
  // rival game maker Qorva", "completed the acquisition of rival telecom Qorva") or after "by" ("the takeover of Qorva by its rival
  // Zenco"). With no kind between, trigger:noun reads it.
  { relation: 'competes_with', id: 'pattern:competes_with:owned-deal-of-rival-kind', template: `X1 's (?:[a-z$0-9.-]+ ){0,2}(?:takeover|acquisition|purchase|buyout) of (?:its )?(?:[a-z-]+ )?T(rival|competitor|challenger) (?:[a-z-]+ ){1,3}Y1`, requires: ['of'] },
  { relation: 'competes_with', id: 'pattern:competes_with:made-deal-of-rival-kind', template: `X1 P AUX (?:completed|completes|announced|announces|agreed to|closed|closes|finalized|finalizes|made|makes|pursued|pursues|abandoned|abandons|launched|launches) (?:the |a |an |its )?(?:[a-z$0-9.-]+ ){0,2}(?:takeover|acquisition|purchase|buyout) of (?:its )?(?:[a-z-]+ )?T(rival|competitor|challenger) (?:[a-z-]+ ){1,3}Y1`, requires: ['of'] },
  { relation: 'competes_with', id: 'pattern:competes_with:deal-of-by-rival', template: `(?:takeover|acquisition|purchase|buyout) of (?:the )?Y1 by (?:its(?:@\\d+)? |their )?(?:[a-z-]+ )?T(rival|competitor|challenger) (?:[a-z-]+ ){0,3}X1`, requires: ['by'] },
  // Stop 67, from its controls samples: remedies a firm gives to settle a body's concerns or to win its approval ("Zenco agreed to
  // sell its cloud rights to Vell to settle the Authority's concerns", "… to win approval from the Commission") restrict the firm.
  { relation: 'restricts', id: 'pattern:restricts:agreed-remedy-to-settle-bodys-concerns', template: `Y1 P AUX T(agreed|agrees|agree|committed|commits|promised|promises|pledged|pledges|offered|offers|undertook|undertakes) to (?:[a-z$0-9.-]+ |@\\d+ |its@\\d+ ){1,8}?(?:to|in order to) (?:settle|resolve|address|satisfy|ease|allay|meet) (?:the )?X1 's (?:[a-z-]+ )?(?:charges|concerns|complaint|allegations|case|investigation|probe|objections|demands|conditions)`, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:agreed-remedy-to-win-approval-from', template: `Y1 P AUX T(agreed|agrees|agree|committed|commits|promised|promises|pledged|pledges|offered|offers|undertook|undertakes) to (?:[a-z$0-9.-]+ |@\\d+ |its@\\d+ ){1,8}?(?:to|in order to) (?:win|secure|get|gain|obtain) (?:the )?(?:[a-z-]+ )?(?:approval|clearance|green light|go-ahead|blessing) (?:from|of) (?:the )?X1`, stateActor: true, requires: ['approval|clearance|green|go-ahead|blessing'] },
  // "Zenco's takeover of Qorva was cleared by the Commission on condition that …", "the merger of A and B was approved by the
  // Commission subject to conditions": a deal cleared on conditions, in the passive.
  { relation: 'restricts', id: 'pattern:restricts:owned-deal-cleared-by-on-conditions', template: `Y1 's (?:[a-z$0-9.-]+ ){0,2}(?:${CONDITIONED_DEALS}) (?:of|with|for) (?:the )?@\\d+ (?:was|has been|had been|is|were|will be) (?:[a-z]+ly )?T(cleared|approved|allowed|authori[sz]ed|greenlit|greenlighted|okayed|waved through) by (?:the )?X1 (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, stateActor: true, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:merger-of-cleared-by-on-conditions', template: `(?:the )?(?:[a-z-]+ ){0,2}(?:merger|combination|tie-up|deal|joint venture) (?:of|between) (?:the )?Y (?:was|has been|had been|is|were|will be) (?:[a-z]+ly )?T(cleared|approved|allowed|authori[sz]ed|greenlit|greenlighted|okayed|waved through) by (?:the )?X1 (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, stateActor: true, requires: ['by'] },
  // "The Commission cleared the deal after Zenco offered remedies": the party whose remedies won the clearance.
  { relation: 'restricts', id: 'pattern:restricts:cleared-after-party-offered-remedies', template: `X P AUX (?:only )?T(${CLEARING_VERBS}) (?:the |its )?(?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:only )?after (?:the )?Y1 (?:had )?(?:offered|proposed|submitted|made|gave|accepted|agreed to) (?:[a-z-]+ ){0,2}(?:remedies|concessions|commitments|undertakings|divestitures|divestments)(?= |$)`, verb: true, stateActor: true, requires: ['after'] },
  // "Under the FTC's consent decree, Zenco must …": a body's order as the frame of what a firm must do.
  { relation: 'restricts', id: 'pattern:restricts:under-bodys-order-firm-must', template: `(?:^|, )(?:under|according to|per) (?:the )?X1 's (?:[a-z-]+ ){0,2}T(order|orders|consent decree|decree|decision|ruling|settlement|remedies|commitments|conditions) (?:, )?(?:the )?Y1 (?:must|will have to|has to|is required to|will be required to|may not|cannot|will not be allowed to|is barred from|is prohibited from|will not be permitted to|is not permitted to|will be barred from|will be prohibited from|can no longer|will no longer be able to|is not allowed to) `, stateActor: true, requires: ["'s"] },
  // Stop 67, from its third controls sample. "A new order passed down by the FTC will bar Zenco from selling …", "the FTC's order
  // prohibits Zenco from selling …": an order barring a firm from a trade bans it (from a conduct, restricts: KEPT_FROM_CONDUCT).
  { relation: 'banned', id: 'pattern:banned:order-by-body-bars-firm', template: `(?:order|orders|decision|ruling|rule|decree) (?:passed down|handed down|issued|adopted|signed|finalized) by (?:the )?X1 (?:will |would |also )?T(bar|bars|barred|prohibit|prohibits|prohibited|ban|bans|banned|forbid|forbids) (?:the )?Y1 from (?:selling|offering|providing|operating|distributing|marketing)(?= |$)`, stateActor: true, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:order-by-body-bars-firms-conduct', template: `(?:order|orders|decision|ruling|rule|decree) (?:passed down|handed down|issued|adopted|signed|finalized) by (?:the )?X1 (?:will |would |also )?T(bar|bars|barred|prohibit|prohibits|prohibited|ban|bans|banned|forbid|forbids) (?:the )?Y1 from (?:${[...LIMITED_GERUNDS].join('|')})(?= |$)`, stateActor: true, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:bodys-order-bars-firm', template: `(?:^|, )(?:the )?X1 's (?:[a-z-]+ ){0,2}(?:order|orders|decision|ruling|consent decree|decree|settlement) T(bars|barred|prohibits|prohibited|bans|banned|forbids) (?:the )?Y1 from (?:selling|offering|providing|operating|distributing|marketing)(?= |$)`, stateActor: true, requires: ["'s"] },
  // "An order was issued against Zenco by the Commission", "Zenco has been served a cease-and-desist notice from the Board": an order
  // told in the passive, its author after "by" or "from" (a stop order bans, another order restricts).
  { relation: 'restricts', id: 'pattern:restricts:order-issued-against-by', template: `(?:an? |the )?(?:[a-z-]+ )?(?:order|orders|consent order|enforcement order|decision|ruling) (?:was|were|has been|had been|have been) T(issued|imposed|entered|served|adopted) (?:against|on|to) (?:the )?Y1 by (?:the )?X1`, stateActor: true, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:served-stop-order-from', template: `Y1 (?:has |have |had |was |were )*(?:been )?T(served|issued|handed|given|sent|hit) (?:with )?(?:a |an |the )?(?:${STOP_ORDERS}) (?:from|by) (?:the )?X1`, stateActor: true, requires: ['from|by'] },
  // "The FTC will require firm Verkada to implement a security programme", "has mandated that Verkada implement …": a programme a
  // body makes a firm put in place restricts it.
  { relation: 'restricts', id: 'pattern:restricts:required-to-implement-programme', template: `X P AUX T(require|requires|required|requiring|mandated|mandates|mandate|ordered|orders|directed|directs) (?:that )?(?:the )?(?:[a-z-]+ )?Y1 (?:to )?(?:implement|establish|adopt|maintain|create|put in place|set up|institute) (?:a |an |new |its )?(?:[a-z-]+ ){0,3}(?:program|programs|programme|programmes|system|systems|policy|policies|safeguards|controls|procedures)(?= |$)`, verb: true, stateActor: true, requires: ['implement|establish|adopt|maintain|create|put|set|institute'] },
  // "The OCC has taken enforcement action against Anchorage": a body's enforcement action binds the firm.
  { relation: 'restricts', id: 'pattern:restricts:enforcement-action-against', template: `X P AUX T(took|takes|take|taken|taking|brought|brings|bring|launched|launches|initiated|initiates) (?:an? |new |formal )?(?:enforcement action|enforcement actions|enforcement proceedings) against (?:the )?Y`, verb: true, stateActor: true, requires: ['enforcement'] },
  // "From Chinese giant BYD, the Seal is …": a thing introduced with where it comes from (apposed-from, fronted).
  { relation: 'develops', id: 'pattern:develops:fronted-from-maker', template: `^T(from) (?:[a-z-]+ ){0,3}X1 , (?:the )?(?:[a-z-]+ )?Y1`, requires: [','] },
  // "Easy Healthcare (the company behind the app Premom) settled": the maker named first, what it is behind in brackets after it
  // (fronted-behind, the other way round; "the company" may have been read as the firm itself; stop 67's third controls sample).
  { relation: 'develops', id: 'pattern:develops:bracketed-behind', template: `X1 \\( (?:(?:the )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}|team|outfit)|@\\d+) T(behind) (?:the |a |an )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*(?:(?:app|apps|game|games|service|platform|site|website|chatbot|model|models) )?Y \\)`, requires: ['behind'] },
  // Stop 67, from its fourth controls sample (20 clearances missed). "The Commission gave the go-ahead to Zenco's merger with Qorva
  // subject to conditions", "approved, with conditions, Zenco's purchase of Qorva": the deal's owner is bound, and in a merger so is
  // its partner.
  { relation: 'restricts', id: 'pattern:restricts:go-ahead-to-owned-deal-on-conditions', template: `X P AUX T(gave|gives|give|granted|grants|grant) (?:the |a |its |their )?(?:[a-z-]+ )?(?:go-ahead|green light|nod|approval|clearance|blessing) (?:to|for) (?:the )?Y1 's (?:[a-z$0-9.-]+ ){0,3}(?:${CONDITIONED_DEALS}) (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ["'s"] },
  { relation: 'restricts', id: 'pattern:restricts:go-ahead-to-merger-with-on-conditions', template: `X P AUX T(gave|gives|give|granted|grants|grant|${CLEARING_VERBS}) (?:the |a |its |their )?(?:(?:[a-z-]+ )?(?:go-ahead|green light|nod|approval|clearance|blessing) (?:to|for) (?:the )?)?@\\d+ 's (?:[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up) with (?:the )?Y1 (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ['with'] },
  { relation: 'restricts', id: 'pattern:restricts:cleared-with-conditions-owned-deal', template: `X P AUX T(${CLEARING_VERBS}) , (?:with|subject to|under|on) (?:[a-z-]+ ){0,2}(?:conditions|remedies|commitments|undertakings|strings attached) , (?:the )?Y1 's (?:[a-z$0-9.-]+ ){0,3}(?:${CONDITIONED_DEALS})(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  // Stop 68, from stop 67's last controls samples (mergers declined or blocked, 12 in its sixth set). "The Commission blocked the merger
  // of Zenco and Qorva", "declined the proposed combination between Zenco and Qorva", "Zenco's merger with Qorva was blocked by the
  // regulator": a merger a state stops binds both its parties, as a takeover it stops binds the buyer (blocked-buyers-deal).
  { relation: 'restricts', id: 'pattern:restricts:stopped-merger-of-parties', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the |a )?(?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|mergers|combination|tie-up|union|joint venture|(?:deal|transaction|agreement)(?= (?:between|involving) )) (?:of|between|involving) (?:the )?Y`, verb: true, stateActor: true, requires: ['of|between|involving'] },
  { relation: 'restricts', id: 'pattern:restricts:stopped-owned-merger', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the )?Y1 's (?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up|joint venture) with (?:the )?@\\d+`, verb: true, stateActor: true, requires: ['with'] },
  { relation: 'restricts', id: 'pattern:restricts:stopped-merger-partner', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the )?@\\d+ 's (?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up|joint venture) with (?:the )?Y1`, verb: true, stateActor: true, requires: ['with'] },
  { relation: 'restricts', id: 'pattern:restricts:merger-of-parties-stopped-by', template: `(?:merger|combination|tie-up|union|joint venture|(?:deal|transaction|agreement)(?= between )) (?:of|between) (?:the )?Y (?:was|were|has been|have been|had been|is being|got) (?:[a-z]+ly )?T(${MERGER_STOPPED}) by (?:the )?(?:[a-z-]+ ){0,2}X1`, requires: ['by'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:owned-merger-stopped-by', template: `(?:the )?Y1 's (?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up|joint venture) with (?:the )?@\\d+ (?:was|were|has been|have been|had been|is being|got) (?:[a-z]+ly )?T(${MERGER_STOPPED}) by (?:the )?(?:[a-z-]+ ){0,2}X1`, requires: ['by'], stateActor: true },
  // "Zenco's takeover of Qorva was blocked by the Commission", "Zenco's planned purchase of Qorva was knocked back by Germany's
  // economy ministry": a buyer's deal stopped, in the passive (stop 81, from stop 80's fresh samples of vetoed deals).
  { relation: 'restricts', id: 'pattern:restricts:buyers-deal-stopped-by', template: `(?:the )?Y1 's ${DEAL_NOUN_PHRASE} (?:of|for|in) ${BOUGHT_FIRM}(?:was|were|has been|have been|had been|is being|got) (?:[a-z]+ly )?T(${MERGER_STOPPED}) by (?:the )?(?:[a-z-]+ ){0,2}X1`, requires: ['by'], stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:merger-partner-stopped-by', template: `(?:the )?@\\d+ 's (?:(?!to |on |of |for )[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up|joint venture) with (?:the )?Y1 (?:was|were|has been|have been|had been|is being|got) (?:[a-z]+ly )?T(${MERGER_STOPPED}) by (?:the )?(?:[a-z-]+ ){0,2}X1`, requires: ['by'], stateActor: true },
  // Stop 68, from stop 67's makers samples: a firm ranked right behind another in a market ("Zenco is second only to Qorva in
  // phone sales", "ranks behind only Qorva") is its rival ("trailing only Qorva" is the registry's verb "trail only").
  { relation: 'competes_with', id: 'pattern:competes_with:second-only-to', template: `X P AUX (?:(?:now|still|currently|is|was|are|were|ranks|ranked|sits|sat|comes|came|remains|remained|stands|stood) ){0,2}(?:the )?T(second only to|second only behind|behind only) (?:the )?Y1`, requires: ['only'] },
  // Stop 68, from stop 67's controls samples (settlements told by the firm, 9 in its fourth set). "Zenco agreed to a consent decree
  // with the Commission", "Zenco settled with the Commission, agreeing to stop sharing data", "agreed to comply with a Commission order
  // limiting …", "Under the settlement with the Commission, Zenco must …": the body's order or settlement binds the firm. A settlement
  // counts only with the conduct it requires (a fine alone restricts nothing).
  { relation: 'restricts', id: 'pattern:restricts:firm-agreed-to-consent-order-with', template: `Y1 P AUX T(agreed|agrees|agree|agreeing|consented|consents|signed|signs|entered into|enters into|accepted|accepts|adopted|adopts) (?:to )?(?:enter into |sign |accept )?(?:a |an |the )?(?:[a-z-]+ ){0,2}(?:consent decree|consent order|consent agreement|undertakings|binding commitments) (?:with|from|by|imposed by) (?:the )?X1`, stateActor: true, requires: ['consent|undertakings|commitments'] },
  { relation: 'restricts', id: 'pattern:restricts:firm-settled-with-agreeing-to-limit', template: `Y1 P AUX T(settled|settles|settle|settling) (?:[a-z-]+ ){0,3}?with (?:the )?X1 (?:[a-z$0-9.-]+ ){0,8}?(?:, )?(?:agreeing|agreed|pledging|promising|committing|and agreed|and agreeing) to (?:[a-z]+ )?${LIMITED_ACTIVITIES}`, stateActor: true, requires: ['with'] },
  { relation: 'restricts', id: 'pattern:restricts:firm-agreed-to-comply-with-bodys-order', template: `Y1 P AUX (?:[a-z$0-9.-]+ ){0,8}?T(comply|abide) (?:with|by) (?:an? |the )?X1 (?:'s )?(?:[a-z-]+ ){0,2}(?:order|orders|consent decree|decree|settlement|ruling|directive)(?= |$)`, stateActor: true, requires: ['with|by'] },
  { relation: 'restricts', id: 'pattern:restricts:under-settlement-with-body-firm-must', template: `(?:^|, )(?:under|according to|as part of) (?:the |a |an |its |their )?(?:[a-z-]+ ){0,2}T(settlement|agreement|consent decree|consent order|deal) with (?:the )?X1 (?:, )?(?:the )?Y1 (?:must|will have to|has to|is required to|will be required to|may not|cannot|will not be allowed to|is barred from|is prohibited from|agreed to|agrees to|will not|will no longer|will be barred from) `, stateActor: true, requires: ['with'] },
  // Stop 68, from stop 67's sixth controls sample (6 missed): "approved the conditional acquisition of Qorva by Zenco", "cleared
  // Zenco's conditional purchase of Qorva", "the conditional merger of Zenco and Qorva": "conditional" before the deal states its conditions.
  { relation: 'restricts', id: 'pattern:restricts:cleared-conditional-deal-by', template: `X P AUX T(${CLEARING_VERBS}) (?:the |a )?conditional (?:[a-z$0-9.-]+ ){0,2}(?:acquisition|takeover|purchase|buyout) of (?:the )?(?:[a-z-]+ ){0,3}@\\d+ (?:[a-z-]+ ){0,3}by (?:the )?(?:[a-z-]+ ){0,2}Y1`, verb: true, stateActor: true, requires: ['conditional'] },
  { relation: 'restricts', id: 'pattern:restricts:cleared-owned-conditional-deal', template: `X P AUX T(${CLEARING_VERBS}) (?:the )?Y1 's conditional (?:[a-z$0-9.-]+ ){0,2}(?:${CONDITIONED_DEALS})(?= |$)`, verb: true, stateActor: true, requires: ['conditional'] },
  { relation: 'restricts', id: 'pattern:restricts:cleared-conditional-merger-of', template: `X P AUX T(${CLEARING_VERBS}) (?:the |a )?conditional (?:[a-z$0-9.-]+ ){0,2}(?:merger|combination|tie-up) (?:of|between) (?:the )?Y`, verb: true, stateActor: true, requires: ['conditional'] },
  // Stop 68, from its first controls sample (2005–2015): a deal named by its parties joined with a slash ("cleared the Zenco/Qorva
  // transaction with conditions", "blocked the Zenco/Qorva merger"), and the settlement of a body's charges ("Zenco agreed to settle
  // Commission charges that …", the body's consent order).
  { relation: 'restricts', id: 'pattern:restricts:cleared-slashed-deal-on-conditions', template: `X P AUX T(${CLEARING_VERBS}) (?:the |a )?(?:proposed )?Y1 / @\\d+ (?:[a-z-]+ )?(?:transaction|merger|deal|combination|tie-up|joint venture|acquisition|takeover) (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ['/'] },
  { relation: 'restricts', id: 'pattern:restricts:cleared-slashed-deal-on-conditions-second', template: `X P AUX T(${CLEARING_VERBS}) (?:the |a )?(?:proposed )?@\\d+ / Y1 (?:[a-z-]+ )?(?:transaction|merger|deal|combination|tie-up|joint venture|acquisition|takeover) (?:[a-z$0-9.-]+ |@\\d+ ){0,6}?(?:, )?${ON_CONDITIONS}`, verb: true, stateActor: true, requires: ['/'] },
  { relation: 'restricts', id: 'pattern:restricts:stopped-slashed-deal', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the |a )?(?:proposed )?Y1 / @\\d+ (?:[a-z-]+ )?(?:transaction|merger|deal|combination|tie-up|joint venture|acquisition|takeover)(?= |$)`, verb: true, stateActor: true, requires: ['/'] },
  { relation: 'restricts', id: 'pattern:restricts:stopped-slashed-deal-second', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}) ${TO_APPROVE}(?:the |a )?(?:proposed )?@\\d+ / Y1 (?:[a-z-]+ )?(?:transaction|merger|deal|combination|tie-up|joint venture|acquisition|takeover)(?= |$)`, verb: true, stateActor: true, requires: ['/'] },
  { relation: 'restricts', id: 'pattern:restricts:agreed-to-settle-bodys-charges', template: `Y1 P AUX T(agreed|agrees|agree|agreeing) to (?:settle|resolve) (?:the )?X1 (?:'s )?(?:[a-z-]+ )?(?:charges|allegations|complaint|complaints)(?= |$)`, stateActor: true, requires: ['settle|resolve'] },
  // Stop 69, from stop 68's last controls samples: orders told around the firm ("reached a consent decree with Zenco", "Zenco will
  // accept a cease-and-desist order from the Commission", "The decree, issued by the Commission, ordered Zenco to …", "The Commission
  // said Zenco had to remove the clauses"), and a raid of several agencies told as one act ("An operation by A and B shut down Zapp").
  { relation: 'restricts', id: 'pattern:restricts:reached-consent-decree-with', template: `X P AUX T(reached|reaches|reach|signed|signs|sign|entered into|enters into|finali[sz]ed|finali[sz]es|announced|announces|issued|issues|exacted|exacts|obtained|obtains|secured|secures|extracted|extracts) (?:a |an |the |its )?(?:[a-z-]+ ){0,2}(?:consent decrees?|consent orders?|consent agreements?) (?:with|against|from) (?:the )?Y`, verb: true, stateActor: true, requires: ['consent'] },
  { relation: 'restricts', id: 'pattern:restricts:accepted-order-from', template: `Y1 P AUX T(accepted|accepts|accept|received|receives|receive|got|gets|was issued|were issued|was served with|was hit with|was slapped with) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:cease-and-desist order|cease and desist order|consent order|corrective order|remedial order|compliance order) (?:[a-z-]+ )?(?:from|by|of) (?:the )?(?:@\\d+ 's )?X1`, stateActor: true, requires: ['order'] },
  { relation: 'restricts', id: 'pattern:restricts:document-issued-by-orders', template: `(?:^|, )(?:the |a |an |its )?(?:[a-z-]+ ){0,2}(?:order|decree|consent decree|ruling|decision|settlement|injunction) (?:, )?(?:issued|handed down|adopted|imposed|approved|signed|announced) by (?:the )?X1 (?:, )?(?:[a-z-]+ )?T(ordered|orders|requires|required|obliges|obliged|forces|forced|directs|directed|compels|compelled) (?:the )?Y1 (?:, )?${WHEN}to (?:immediately |temporarily )?${LIMITED_ACTIVITIES}`, stateActor: true, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:said-firm-had-to', template: `X P AUX T(said|says|ruled|rules|decided|decides|found|determined|concluded|stated|states) (?:in a statement |on [a-z]+ )?(?:that )?(?:the )?Y1 (?:had to|must|has to|will have to|would have to|is required to|was required to|is obliged to|was obliged to) (?:immediately )?${LIMITED_ACTIVITIES}`, verb: true, stateActor: true, requires: ['had|must|has|have|required|obliged'] },
  { relation: 'banned', id: 'pattern:banned:operation-by-agencies', template: `(?:^|, )(?:an? |the )?(?:joint |international |coordinated |multinational |global |cross-border )?(?:[a-z-]+ )?(?:operation|effort|crackdown|investigation|raid|raids|campaign|sweep|action|task force|probe) (?:(?:, )?(?:led |carried out |conducted |coordinated |mounted |spearheaded |headed )?by|between|involving) (?:the )?(?<x>@\\d+(?: (?:,|and|, and) (?:the )?@\\d+)*) (?:(?:in|of|from) (?:[a-z-]+ |@\\d+ ){1,3}?)?(?:(?:, |and |, and )(?:the )?(?:[a-z-]+ ){1,3}?)?(?:, )?AUX T(shut down|shuts down|took down|takes down|taken down|seized|seizes|closed|closes|blocked|blocks|dismantled|dismantles|knocked offline|shuttered|shutters|took offline|takes offline|disrupted|disrupts|neutrali[sz]ed|neutrali[sz]es) (?:the )?Y`, stateActor: true, requires: ['by|between|involving'] },
  // Stop 69, from stop 68's makers samples: competition named as coming from a rival ("Zenco's main competition comes from Qorva"),
  // and a fronted "amid competition from Qorva," before the clause's subject.
  { relation: 'competes_with', id: 'pattern:competes_with:competition-comes-from', template: `POSS (?:main |biggest |chief |stiffest |primary |fiercest |toughest |strongest |closest |only |real |main competitive |most serious )?T(competition|threat|challenge|rivalry|competitive threat|competitive pressure) (?:now |still |also )?(?:comes|came|come|will come|is coming|has come|could come|may come) from (?:the )?Y1`, requires: ['from'] },
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-competition-from', template: `^(?:amid|facing|despite|given|with) (?:stiff |fierce |growing |rising |intense |increasing |tough |heavy |mounting |strong |new |fresh )?T(competition|rivalry|challenges|threats) from (?:the )?(?:rival |rivals )?Y , (?:the )?X1`, requires: ['from', ','] },
  // Helper fr84: a fronted phrase about the main clause's subject that names its rival: "Long a rival of Qorva, Zenco …", "Under
  // pressure from rival Qorva, Zenco …", "Girding for a price war with Qorva, Zenco …" (not "a former rival", "once a rival", nor a
  // legal battle).
  // Fresh sample s78e: "The nearest rival of Zenco, the consortium Qorva, built …": the same rival noun opening the sentence with "the"
  // and a degree word, its name set off after it and perhaps after a kind of firm.
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-rival-of', template: `^(?:long |already |now |still )?(?:a |an |the )?(?:longtime |long-time |fierce |bitter |key |main |chief |close |closest |nearest |biggest |largest |strongest |fiercest |major |direct |fast-growing )?T(rival|competitor|challenger) (?:of|to) (?:the )?Y1 (?:[a-z-]+ ){0,3}, (?:the )?(?:(?:consortium|company|firm|group|startup|maker|conglomerate|chipmaker|carmaker|automaker) )?X1 (?!'s )`, requires: ['of|to', ','] },
  // "The nearest rival of Zenco is Qorva", "the main competitor of Zenco remains Qorva": a party noun with "of" before a copula (fresh sample s78e);
  // a market may stand before it ("The biggest rival of Zenco in Japan is Qorva"; review rr90b).
  { relation: 'competes_with', id: 'pattern:competes_with:rival-of-is', template: `^(?:the )?(?:(?:main|chief|closest|nearest|biggest|largest|strongest|fiercest|key|major|direct|only|real) )?T(rival|competitor|challenger) of (?:the )?X1 (?:in (?:the )?(?:@\\d+ |[a-z-]+ )(?:market |markets )?)?(?:is|was|remains|remained) (?:the )?Y1 (?!'s )`, requires: ['of'] },
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-pressure-from-rival', template: `^(?:under (?:[a-z-]+ )?pressure from|squeezed by|pressured by|battered by|losing ground to|having lost ground to) (?:the |its )?(?:[a-z-]+ )?T(rival|rivals|competitor|competitors|challenger) Y1 , (?:the )?X1 (?!'s )`, requires: [','] },
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-battle-with', template: `^(?:girding|bracing|preparing|gearing up|readying itself|steeling itself) for (?:a |an |the )?(?:(?!(?:legal|court|courtroom|patent|proxy|boardroom|regulatory|custody|takeover|tax) )[a-z-]+ )?T(battle|fight|war|showdown|clash|contest) (?:with|against) (?:the )?(?:rival |rivals )?Y1 , (?:the )?(?:(?:startup|company|firm|maker|developer|group|brand) )?X1 (?!'s )`, requires: ['for', ','] },
  // Stop 69, second round, from its first six samples: settlements and orders with firms told with their terms ("reached
  // settlements with A, B and C that bar them from …"), blocking orders against listed apps, a state keeping a firm from an act
  // ("prevented Zenco from entering such agreements"), the sale of a firm a state blocks ("blocked the sale of Zenco"; with its buyer
  // named, "the sale of Zenco to Qorva", the buyer is restricted: trigger:firm-sale), and
  // rivals named by a firm's targets, a reciprocal, a catch-up or competition for one from another.
  { relation: 'restricts', id: 'pattern:restricts:settlement-with-firms-that-bars', template: `X P AUX T(reached|reaches|reach|announced|announces|entered into|enters into|entering into|entered|entering|signed|signs|struck|strikes|finali[sz]ed|finali[sz]es|filed|files|issued|issues|secured|secures|obtained|obtains|approved|approves|gave final approval to) (?:a |an |the |its |their )?(?:[a-z-]+ ){0,2}(?:settlement|settlements|consent decree|consent decrees|consent order|consent orders|decree|decrees|consent agreement|consent agreements) (?:with|against) (?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:[a-z-]+ )?(?:firms|companies|employers) (?:, |: |including )?)?Y (?:, )?(?:that|which) (?:would |will |also )?(?:prevents|prevent|prevented|bars|bar|barred|prohibits|prohibit|prohibited|forbids|forbid|forbade|requires|require|required|obliges|oblige|obliged|limits|limit|limited|restricts|restrict|restricted|stops|stop|stopped|keeps|keep|kept|blocks|block|blocked|bans|ban|banned)(?= |$)`, verb: true, stateActor: true, requires: ['that|which'] },
  { relation: 'banned', id: 'pattern:banned:blocking-orders-against', template: `X P AUX T(imposed|imposes|issued|issues|passed|passes|served|serves|sent|sends) (?:[a-z-]+ ){0,2}(?:blocking|block|ban|takedown) (?:order|orders|directions|directives|notices|notice) (?:against|on|to|for) ${NAMED_AFTER_KIND}Y`, verb: true, stateActor: true, requires: ['blocking|block|ban|takedown'] },
  { relation: 'restricts', id: 'pattern:restricts:prevented-firm-from', template: `X P AUX T(prevented|prevents|prevent|preventing) (?:the )?Y1 from (?:entering|making|signing|acquiring|buying|merging|completing|closing|bundling|requiring|enforcing|imposing|charging|using|sharing|collecting|combining|exporting|investing|bidding|participating|owning|controlling)(?= |$)`, verb: true, stateActor: true, requires: ['from'] },
  { relation: 'restricts', id: 'pattern:restricts:stopped-sale-of-firm', template: `X P AUX T(${DEAL_STOPPING_VERBS}|${MERGER_REFUSING_VERBS}|put the brakes on|puts the brakes on) (?:the |a )?(?:proposed |planned |\\$[0-9.]+ (?:[a-z]+ )?)?(?:sale|sell-off|divestiture) of (?:the )?Y1`, verb: true, stateActor: true, requires: ['sale|sell-off|divestiture'], targetType: 'company', notFollowedBy: /^(?:, )?to (?:the )?(?:[a-z-]+ )?@/ },
  { relation: 'restricts', id: 'pattern:restricts:sale-of-firm-stopped-by', template: `(?:^|, )(?:the |a )?(?:proposed |planned )?(?:sale|sell-off) of (?:the )?Y1 (?:was|were|has been|had been|is) (?:[a-z]+ly )?T(blocked|rejected|halted|stopped|vetoed|prohibited|nixed|scuttled|thwarted|killed) (?:[a-z-]+ ){0,3}?by (?:the )?X1`, stateActor: true, requires: ['by'], targetType: 'company' },
  { relation: 'competes_with', id: 'pattern:competes_with:targets-rivals', template: `X1 P AUX T(targets|targeted|targeting|target) (?:the )?(?<y>@\\d+(?: (?:,|and|, and|&) (?:the )?@\\d+)*) (?:in|with|for|as|on|among|across)(?= )`, verb: true, requires: ['in|with|for|as|on|among|across'] },
  { relation: 'competes_with', id: 'pattern:competes_with:kind-aimed-at', template: `X1 (?:is|was|are|were|will be) (?:a |an |the )(?:[a-z0-9-]+ ){1,3}(?:squarely |directly |firmly |clearly |largely |mainly |primarily )?T(aimed at|aimed squarely at|targeted at|pitched against|positioned against|designed to take on|built to take on|meant to take on) (?:the )?Y1`, requires: ['aimed|targeted|pitched|positioned|designed|built|meant'] },
  { relation: 'competes_with', id: 'pattern:competes_with:each-others-rivals', template: `X1 and (?:the )?Y1 (?:are|were|have been|had been|remain|remained|became|become) (?:[a-z]+ )?each other 's (?:[a-z-]+ ){0,2}T(rivals|competitors|competition|rival|competitor|challengers|nemeses|nemesis)`, requires: ["'s"] },
  { relation: 'competes_with', id: 'pattern:competes_with:competition-for-from', template: `T(competition|rivalry|pressure|threats|challenges) (?:[a-z]+ )?(?:for|to) (?:the )?X1 (?:[a-z]+ )?from (?:the )?Y`, requires: ['from'] },
  // Stop 69, third round, from its last six samples: orders told in the passive with the body after "by" ("Zenco had been ordered by
  // the ministry to keep Qorva separate"), a deadline a body gives a firm ("has given Zenco until November to lift restrictions"),
  // a firm's target named with a copula ("Zenco's major target is Qorva"), and a market a firm enters against named rivals.
  { relation: 'restricts', id: 'pattern:restricts:ordered-by-body-to', template: `Y1 (?:had been|has been|have been|was|were|is|are|will be) (?:[a-z]+ly )?T(ordered|required|told|directed|instructed|forced|compelled|obliged|mandated) by (?:the )?(?:@\\d+ 's )?X1 to (?:immediately )?(?:${LIMITED_ACTIVITIES}|(?:keep|hold|run|operate) (?:the |its )?(?:[a-z-]+ |@\\d+ ){0,3}(?:separate|separately|independent|independently)(?= |$)|(?:divest|sell|dispose of|spin off) )`, stateActor: true, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:given-deadline-to', template: `X P AUX T(gave|gives|given|give|granted|grants) (?:the )?Y1 (?:until|till|by|(?:a|an|one|two|three|\\d+) (?:more )?(?:hours?|days?|weeks?|months?|years?)) (?:[a-z0-9,-]+ ){0,3}?to (?:${LIMITED_ACTIVITIES}|(?:divest|sell|dispose of|spin off) )`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'competes_with', id: 'pattern:competes_with:owners-target-is', template: `POSS (?:main |major |biggest |primary |chief |key |real |obvious |prime |first )?T(target|competitor|rival|nemesis|competition) (?:is|was|remains|remained|will be|continues to be|continued to be|has long been|has been) (?:the )?Y1(?! 's)`, requires: ['is|was|remains|remained|will|continues|continued|been'] },
  { relation: 'competes_with', id: 'pattern:competes_with:enters-crowded-market', template: `X1 P AUX T(joins|joined|join|joining|enters|entered|enter|entering) (?:an? |the )?(?:[a-z-]+ ){0,3}(?:market|field|space|segment|race|fray|arena|sector) (?:already )?(?:crowded|packed|filled|full|dominated|led|ruled) (?:with|of|by) (?:(?:[a-z-]+ )?(?:competitors|rivals|players|incumbents|companies|firms|brands) (?:, )?(?:including|such as|like|led by) )?(?:the )?Y`, verb: true, requires: ['crowded|packed|filled|full|dominated|led|ruled'] },
  // Stop 70, from stop 69's last samples: a firm's agreement with a body to sell what it holds ("Zenco reached an agreement with the
  // Department to sell off assets"), a site a body asks to close ("Zapp was asked by the Board to shut down"), and a rival named
  // in a fronted "Not to be outdone by its nemesis Qorva, Zenco …".
  // Helper trd90, fresh samples s79b and s79c (trade measures told around the state): the measure as a relative clause's head ("the
  // duties the United States has imposed on Zenco", "the tariffs that Ruritania imposed on goods from Zembla") and goods charged
  // with it ("led Ruritania to charge imports from Zembla with a tariff"). Only done acts: "the tariffs Ruritania threatened to
  // impose" and "may impose" restrict no one. A possessive names the target's goods ("on Zembla's steel") or its counterparts ("on
  // Zenco's rivals", whom the measure hits instead; review rr90d).
  { relation: 'restricts', id: 'pattern:restricts:duties-state-imposed-on', template: `(?:the |its |new |those |these )?T(${TRADE_MEASURE_HEADS}) (?:that |which )?(?:the )?X1 (?:has |have |had )?(?:imposed|levied|slapped|placed|put|applied) on (?:(?:all |the |its )?(?:[a-z-]+ ){0,3}(?:from|of|made in|originating in) )?(?:the )?Y`, stateActor: true, notFollowedBy: OTHERS_BUT_GOODS_AFTER, requires: ['imposed|levied|slapped|placed|put|applied'] },
  { relation: 'restricts', id: 'pattern:restricts:charged-imports-with-duty', template: `X1 (?:to |will |would |has |have |had )?T(charged|charges|charge|charging|hit|hits|slapped|slaps|slap) (?:all )?(?:imports|goods|products|shipments|exports) (?:from|of) (?:the )?Y (?:with|by) (?:an? |new |additional |extra )?(?:[a-z-]+ )?(?:${TRADE_MEASURE_HEADS})(?= |$)`, stateActor: true, requires: ['with|by'] },
  // Helper trd90, fresh sample s79f (divestment orders): "Zenco, under a mandate from the Commission, will divest 12 clinics": the body
  // whose mandate binds the firm restricts it (a divestment the firm chose alone restricts no one).
  { relation: 'restricts', id: 'pattern:restricts:under-bodys-mandate-will-divest', template: `Y1 , (?:under|following|per) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:mandate|order|orders|consent order|consent decree|decree|ruling|decision|requirement|settlement) (?:from|by|of|with) (?:the )?X1 , (?:will|must|has to|is to|agreed to|is required to|was required to|would) (?:now |also )?T(divest|sell off|sell|dispose of|spin off|offload)`, stateActor: true, requires: ['under|following|per'] },
  { relation: 'restricts', id: 'pattern:restricts:agreed-with-body-to-divest', template: `Y1 P AUX T(reached|reaches|reach|struck|strikes|signed|signs|entered into|enters into|agreed|agrees) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:agreement|deal|settlement|accord) with (?:the )?X1 (?:[a-z-]+ ){0,3}?to (?:${LIMITED_ACTIVITIES}|${DIVESTING})`, stateActor: true, requires: ['with'] },
  { relation: 'banned', id: 'pattern:banned:asked-by-body-to-close', template: `Y1 (?:was|were|has been|have been|had been|is|are) (?:[a-z]+ly )?T(asked|told|ordered|directed|instructed|forced|compelled|requested) by (?:the )?(?:@\\d+ 's )?X1 to (?:shut down|shut|close down|close|cease operations|cease operating|stop operating|go offline|wind up|suspend operations)(?= |$)`, stateActor: true, requires: ['by'] },
  { relation: 'competes_with', id: 'pattern:competes_with:not-outdone-by-rival', template: `^not to be outdone by (?:its |their )?(?:[a-z-]+ ){0,2}T(rival|rivals|nemesis|competitor|competitors|archrival|arch-rival|foe|challenger) Y , (?:the )?X1`, requires: ['outdone'] },
  // Stop 70, second round, from its first six samples (controls): a settlement's terms told with the body as reporter ("The settlement
  // bars Zenco from …, the Commission said"), a body's order that settles charges ("approved a final order settling charges against
  // Zenco"), the firms that settle a body's complaint ("In settling the Commission's complaint, A and B agreed to …"), and the terms
  // of a body's order as the frame of the firm's duty ("Under the terms of the Commission consent order, Zenco must …").
  { relation: 'restricts', id: 'pattern:restricts:settlement-terms-body-said', template: `^(?:the|this|that|its|a) (?:[a-z-]+ ){0,2}(?:settlement|settlements|order|orders|decree|consent decree|consent order|consent agreement|agreement) (?:also |further )?T(bars|bar|barred|requires|require|required|prohibits|prohibit|prohibited|prevents|prevent|prevented|forbids|forbid|orders|ordered|obliges|obliged|limits|limited|restricts|restricted) (?:the )?Y (?:[a-z0-9$%'.-]+ |@\\d+ ){0,16}?, (?:the )?X1 (?:said|says|announced|announces|stated|states|added|adds)(?= |$)`, stateActor: true, requires: ['said|says|announced|announces|stated|states|added|adds'] },
  { relation: 'restricts', id: 'pattern:restricts:order-settling-charges-against', template: `X P AUX T(approved|approves|issued|issues|finali[sz]ed|finali[sz]es|entered|enters|made|makes|announced|announces|accepted|accepts) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:order|orders|consent order|consent orders) (?:settling|resolving) (?:the |its )?(?:[a-z-]+ ){0,2}(?:charges|claims|allegations|complaint|complaints) (?:against|that) (?:the )?Y`, verb: true, stateActor: true, requires: ['settling|resolving'] },
  { relation: 'restricts', id: 'pattern:restricts:in-settling-bodys-complaint', template: `^in (?:settling|resolving) (?:the )?X1 (?:'s )?(?:[a-z-]+ ){0,2}(?:complaint|complaints|charges|claims|allegations|case) , (?:the )?Y (?:have |has |also )?T(agreed|agree|agrees|consented) to`, stateActor: true, requires: ['settling|resolving'] },
  { relation: 'restricts', id: 'pattern:restricts:under-terms-of-bodys-order', template: `(?:^|, )under (?:the )?(?:terms of )?(?:the |a |an )?X1 (?:'s )?(?:[a-z-]+ ){0,2}T(settlement|consent order|consent decree|consent agreement|order|decree|agreement) , (?:the )?Y1 (?:must|will have to|has to|is required to|will be required to|may not|cannot|will not|will no longer|is barred from|is prohibited from|agreed to|agrees to) `, stateActor: true, requires: ['under'] },
  // Stop 70, second round (controls): a buyer's step toward a deal blocked by a body ("Zenco's attempt to combine its unit with Qorva
  // was blocked by the Commission"), the sale of a firm to a buyer rejected by a body, and a body asking a holder to sell its stake.
  { relation: 'restricts', id: 'pattern:restricts:owned-deal-step-blocked-by', template: `(?:the )?Y1 's (?:[a-z-]+ )?(?:attempt|attempts|bid|bids|plan|plans|offer|effort|move|proposal) to (?:buy|acquire|take over|combine|merge|purchase|tie up) (?:[a-z0-9$.'-]+ |@\\d+ |its@\\d+ ){0,8}?(?:was|were|has been|had been|is|got) (?:[a-z]+ly )?T(blocked|rejected|vetoed|prohibited|halted|stopped|thwarted|scuttled|killed|nixed) (?:[a-z-]+ ){0,3}?by (?:the )?X1`, stateActor: true, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:sale-to-buyer-stopped-by', template: `(?:^|, )(?:the |a )?(?:proposed |planned )?(?:sale|sell-off) of (?:the )?(?:[a-z-]+ )?@\\d+ (?:stake )?to (?:the )?Y1 (?:was|were|has been|had been|is) (?:[a-z]+ly )?T(blocked|rejected|halted|stopped|vetoed|prohibited|nixed|scuttled|thwarted|killed) (?:[a-z-]+ ){0,3}?by (?:the )?X1`, stateActor: true, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:asked-to-divest', template: `X P AUX T(asked|asks|told|tells) (?:the )?Y1 to (?:divest|sell|dispose of|spin off|offload|unwind) `, verb: true, stateActor: true, requires: ['to'] },
  // Stop 70, third round, from its first six samples (makers): a maker's debut with a thing, a thing made as a collaboration of firms or
  // with a partner, a rival named by what it beats ("an ARM beater called Medfield") or by a competing thing in apposition.
  { relation: 'develops', id: 'pattern:develops:debut-with', template: `X1 P AUX T(made its debut|made their debut|makes its debut|debuted|debuts) (?:in \\d{4} |in [a-z]+ )?with (?:the |its |their )?(?:[a-z-]+ ){0,2}Y`, verb: true, notFollowedBy: DEBUT_WITH_OTHERS_THING_AFTER, requires: ['with'] },
  { relation: 'develops', id: 'pattern:develops:back-with', template: `X1 (?:is|are|was|were|'s) (?:now |finally |already )?T(back) with (?:its |their |a |an |the )?(?:[a-z-]+ ){0,3}(?:, )?(?:the )?Y1`, requires: ['with'] },
  { relation: 'develops', id: 'pattern:develops:collaboration-between', template: `Y1 (?:is|was|will be|are|were) (?:a |an |the )?(?:joint )?T(collaboration|partnership|joint project|co-production|joint effort|joint development) (?:between|of|by) (?:the )?X`, requires: ['between|of|by'] },
  { relation: 'develops', id: 'pattern:develops:made-in-partnership-with-passive', template: `Y1 (?:was|is|were|are|has been|had been|will be) (?:[a-z]+ly )?(?:developed|built|designed|created|made|co-developed|produced) (?:[a-z]+ly )?T(in partnership|in collaboration|in cooperation|jointly|together) with (?:the )?(?:[a-z-]+ ){0,2}X`, requires: ['with'] },
  { relation: 'competes_with', id: 'pattern:competes_with:beater-called', template: `(?:an? |the |its )(?:would-be |so-called |potential )?X1 T(beater|killer|challenger|rival|competitor) (?:called|named|dubbed|codenamed) (?:the )?Y1`, requires: ['called|named|dubbed|codenamed'] },
  { relation: 'competes_with', id: 'pattern:competes_with:apposed-competing-thing', template: `Y1 , (?:an? |the )(?:[a-z-]+ )?T(competitive|competing|rival) (?:[a-z-]+ ){0,2}(?:technology|technologies|product|service|platform|alternative|standard|offering|chip|format|system|solution|approach) to (?:the )?(?:@\\d+ 's )?X1`, requires: ['to'] },
  // Stop 70, third round, from its second six samples (controls): a body ruling what a firm may not do ("ruled that Zenco may not use
  // the data", "said Zenco should not give preferential treatment to Qorva"), and a body getting a firm to change ("managed to get
  // Zenco to change its privacy policy").
  { relation: 'restricts', id: 'pattern:restricts:ruled-firm-may-not', template: `X P AUX T(said|says|ruled|rules|decided|decides|found|determined|concluded|stated|states|declared|declares) (?:in a statement |on [a-z]+ )?(?:that )?(?:the )?Y1 (?:may not|must not|cannot|can not|can no longer|may no longer|should not|should no longer|is not allowed to|is not permitted to|will not be allowed to|will no longer be allowed to) (?:${CONDUCT_VERBS}) `, verb: true, stateActor: true, requires: ['not|cannot|no'] },
  { relation: 'restricts', id: 'pattern:restricts:got-firm-to-change', template: `X P AUX (?:(?:finally |eventually )?(?:managed|succeeded|was able|were able) (?:in |to )?)?T(got|gets|get|getting|persuaded|persuades|convinced|convinces|pushed|pushes|pressed|presses|pressured|pressures) (?:the )?Y1 to (?:${LIMITED_ACTIVITIES})`, verb: true, stateActor: true, requires: ['to'] },
  // Stop 71, first round, from its first samples (controls): a settlement or order a body reached that requires firms to act ("announced
  // a settlement requiring Zenco to divest …", "filed a consent decree that requires A and B to …"), a body deciding a firm should
  // sell ("has decided that Zenco should sell Qorva"), and a body's ruling or requirement that a firm must act ("a ruling by the
  // Bureau that Zenco must divest", "a requirement by the regulator that Zenco must stop …").
  { relation: 'restricts', id: 'pattern:restricts:settlement-requiring-firm-to', template: `X P AUX T(reached|reaches|announced|announces|filed|files|proposed|proposes|approved|approves|secured|secures|obtained|obtains|entered into|enters into|signed|signs|struck|strikes|finali[sz]ed|finali[sz]es|issued|issues) (?:a |an |the |its |their )?(?:proposed |final |tentative )?(?:[a-z-]+ ){0,2}(?:settlement|settlements|consent decree|consent decrees|consent order|consent orders|decree|decrees|order|orders|agreement|agreements) (?:(?:with|against) (?:[a-z0-9$.'-]+ |@\\d+ ){1,6}?)?(?:, )?(?:requiring|that requires|that require|which requires|which require|that would require|that will require|obliging|forcing|compelling) (?:the )?Y to (?:${LIMITED_ACTIVITIES}|${DIVESTING}|pay |change |stop |end |delete |destroy |obtain |get |seek |notify |submit |allow |keep |maintain )`, verb: true, stateActor: true, requires: ['requiring|require|requires|obliging|forcing|compelling'] },
  { relation: 'restricts', id: 'pattern:restricts:decided-firm-should-sell', template: `X P AUX T(decided|decides|ruled|rules|concluded|concludes|determined|determines|found|finds) (?:on [a-z]+ )?(?:that )?(?:the )?Y1 (?:should|must now|should be required to|should be forced to|ought to|will be required to|would be required to|is to|was to) (?:${DIVESTING.trim()}) `, verb: true, stateActor: true, requires: ['should|must|ought|required|to'] },
  { relation: 'restricts', id: 'pattern:restricts:bodys-ruling-that-firm-must', template: `(?:a |an |the |its )?(?:[a-z-]+ )?T(ruling|decision|order|finding|determination|requirement|directive|stipulation) (?:by|of|from) (?:the )?X1 (?:on [a-z]+ )?that (?:the )?Y1 (?:must|should|has to|had to|will have to|would have to|is required to|was required to|is obliged to) (?:${LIMITED_ACTIVITIES}|${DIVESTING})`, stateActor: true, requires: ['that'] },
  // Stop 71, first round, from its first samples: a body's warning to firms to stop an act ("gave a final warning to A and B to
  // stop the promotions"), and a brand held under a firm's umbrella ("Zapp is under the umbrella of Zenco").
  { relation: 'restricts', id: 'pattern:restricts:warned-firms-to-stop', template: `X P AUX T(gave|gives|issued|issues|sent|sends|served|serves) (?:a |an |the |its )?(?:final |last |formal |stern |written |strong |official )?(?:warning|warnings|ultimatum|ultimatums|notice|notices) to (?:the )?Y to (?:stop|cease|halt|end|discontinue|suspend|withdraw|desist from|refrain from|${LIMITED_ACTIVITIES}) `, verb: true, stateActor: true, requires: ['to'] },
  // Helper brd90: a list of brands so named before the umbrella ("Zeta and Vela are brands under the umbrella of Zenco"); a bare
  // list without the brand noun may be firms a group holds ("Zenco and Qorva are under the umbrella of Vexa"), so only one name there.
  { relation: 'develops', id: 'pattern:develops:under-umbrella-of', template: `Y1 (?:is|was|are|were|sits|sit|falls|fall|operates|operate|now sits|comes|come|remains|remain) (?:now |also )?under the (?:[a-z-]+ )?T(umbrella) of (?:the )?(?:[a-z][a-z.-]* ){0,2}X1`, requires: ['umbrella'] },
  { relation: 'develops', id: 'pattern:develops:brands-under-umbrella-of', template: `Y (?:are|were|remain) (?:now |also |all )?(?:(?!(?:rival|rivals|competing|sister)\\b)[a-z-]+ ){0,2}(?:${BRAND_NOUNS}) (?:now |all )?under the (?:[a-z-]+ )?T(umbrella) of (?:the )?(?:[a-z][a-z.-]* ){0,2}X1`, requires: ['umbrella'] },
  // Stop 71, first round, from its first makers samples: competition told before the clause of the firm that faced it ("After years of
  // fierce competition with Qorva, Zenco left the market"), and an entrant bringing competition to a market a rival dominates.
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-competition-with', template: `(?:^|; )(?:after|amid|despite|following|facing|in|during) (?:years of |months of |a decade of |decades of |the |a |its )?(?:[a-z-]+ ){0,2}T(competition|rivalry|battle|battles|war|wars|price war|fight|fights) (?:with|from|against) (?:the |its )?(?:[a-z-]+ ){0,2}X1 (?:[a-z0-9-]+ ){0,4}, (?:the )?Y1 (?!'s )`, requires: ['with|from|against'] },
  { relation: 'competes_with', id: 'pattern:competes_with:entrant-brings-competition-to-market-of', template: `Y1 P AUX (?:[a-z0-9$.'-]+ |@\\d+ ){1,12}?, (?:bringing|adding|offering|providing|creating|posing|introducing|injecting) (?:more |new |fresh |stiff |tough |serious |further |much-needed |real )*T(competition) (?:to|in|into|for) (?:a |the )?(?:[a-z-]+ ){0,3}(?:market|segment|space|sector|field|industry|business) (?:long |so far |currently |now )?(?:dominated|led|controlled|ruled|monopoli[sz]ed) by (?:the )?X1`, requires: ['by'] },
  // Stop 71, second round, from its first six samples (controls): a body's decision that requires a firm to act ("The Decision of the
  // BIPT required Zenco to lower its rates"), an interim order a body decided to issue against a firm; (makers) a studio's titles,
  // and games or sites a firm has or runs ("With games such as A and B under their belt, Zenco …", "Zenco, which runs 14 sites
  // including a.com and b.com").
  { relation: 'restricts', id: 'pattern:restricts:bodys-decision-required-firm-to', template: `(?:^|, )(?:the |a |an |its )?(?:[a-z-]+ )?(?:decision|decisions|order|orders|ruling|rulings|directive|directives|determination) (?:of|by|from) (?:the )?X1 T(required|requires|ordered|orders|obliged|obliges|forced|forces|directed|directs|compelled|compels|instructed|instructs) (?:the )?Y1 to (?!pay |be )[a-z]+`, stateActor: true, requires: ['of|by|from'] },
  { relation: 'restricts', id: 'pattern:restricts:decided-to-issue-order-against', template: `X P AUX (?:decided|decides|voted|votes|moved|moves|agreed|agrees) to T(issue|impose|adopt) (?:an? |the )?(?:interim |final |formal |preliminary |provisional |cease-and-desist |corrective |enforcement |compliance |injunctive )+(?:order|orders|injunction|measures|directive|decision) (?:against|on) (?:the )?Y`, verb: true, stateActor: true, requires: ['against|on'] },
  { relation: 'develops', id: 'pattern:develops:games-under-belt', template: `^with (?:[a-z-]+ ){0,3}(?:games|apps|titles|products|devices|phones|hits|brands|releases) (?:such as|like|including) (?:the )?Y (?:[a-z-]+ ){0,2}T(under (?:its|their) belt|in (?:its|their) (?:portfolio|stable|catalog|catalogue|line-up|lineup)|to (?:its|their) (?:name|credit)) , (?:the )?X1`, requires: ['under|in|to'] },
  { relation: 'develops', id: 'pattern:develops:which-runs-sites-including', template: `X1 (?:,|-|–|—) (?:which|that|who) (?:now )?T(runs|operates|owns|ran|operated|owned|controls) (?:\\d+ |[a-z]+ )?(?:[a-z-]+ )?(?:websites|sites|brands|apps|casinos|platforms|services|games|portals|stores|channels|titles) (?:, )?(?:including|such as|like) (?:the )?Y`, requires: ['including|such|like'] },
  // Stop 71, second round, from its third set (32 botnet claims missed) and stop 70's last (botnets among about 45 names never recognised): a firm or a police force
  // taking down, disrupting or dismantling a botnet or malware named by its kind ("Zenco took down the Zeta botnet", "disrupted a
  // botnet known as Zeta", "the takedown of the Zeta botnet", "Zeta was disrupted by Zenco and the Bureau"). No one owns what it takes
  // down, as a firm owns the apps and posts it takes down (relation-registry's state verbs).
  { relation: 'banned', id: 'pattern:banned:took-down-botnet', template: `X P AUX T(${BOTNET_TAKEDOWNS}) (?:the |a |an |another |its |their )?(?:[a-z-]+ ){0,2}?Y (?:${BOTNET_KINDS})(?= |$)`, verb: true, requires: [BOTNET_KINDS], anyActor: true },
  { relation: 'banned', id: 'pattern:banned:took-down-botnet-named', template: `X P AUX T(${BOTNET_TAKEDOWNS}) (?:the |a |an |another |its |their )?(?:[a-z-]+ ){0,2}?(?:${BOTNET_KINDS}) (?:(?:known as|called|dubbed|named|nicknamed) |, |: )(?:the )?Y`, verb: true, requires: [BOTNET_KINDS], anyActor: true },
  { relation: 'banned', id: 'pattern:banned:takedown-of-botnet', template: `X1 's (?:[a-z-]+ )?T(takedown|take-down|take down|disruption|dismantling) of (?:the |a |an )?(?:[a-z-]+ ){0,2}?Y (?:${BOTNET_KINDS})(?= |$)`, requires: [BOTNET_KINDS], anyActor: true },
  { relation: 'banned', id: 'pattern:banned:announced-takedown-of-botnet-named', template: `X P AUX (?:announced|announces|completed|completes|led|leads|celebrated|confirmed|confirms) (?:the |a |an |its |their )?(?:[a-z-]+ )?T(takedown|take-down|disruption|dismantling) of (?:the |a |an |another )?(?:[a-z-]+ ){0,2}?(?:${BOTNET_KINDS}) (?:(?:known as|called|dubbed|named|nicknamed) |, |: )(?:the )?Y`, requires: [BOTNET_KINDS], anyActor: true },
  { relation: 'banned', id: 'pattern:banned:announced-takedown-of-botnet', template: `X P AUX (?:announced|announces|completed|completes|led|leads|celebrated|confirmed|confirms) (?:the |a |an |its |their )?(?:[a-z-]+ )?T(takedown|take-down|disruption|dismantling) of (?:the |a |an |another )?(?:[a-z-]+ ){0,2}?Y (?:${BOTNET_KINDS})(?= |$)`, requires: [BOTNET_KINDS], anyActor: true },
  { relation: 'banned', id: 'pattern:banned:botnet-taken-down-by', template: `(?:the )?Y (?:${BOTNET_KINDS}) (?:was|were|has been|had been|have been|is|are) (?:[a-z]+ly )?T(taken down|disrupted|dismantled|shut down|crippled|neutralized|neutralised|knocked out|knocked offline|brought down|sinkholed) by (?:the )?X`, requires: [BOTNET_KINDS], anyActor: true },
  // Stop 71, second round, from its second six samples: an order to a firm to stop its own service bans the service ("ordered Zenco
  // to halt operations of its payments platform, Zapp"), and a licence cancelled by whom it was issued to ("cancelled the licences
  // issued to Zenco").
  { relation: 'banned', id: 'pattern:banned:ordered-to-halt-its-service', template: `X P AUX T(${ORDER_VERBS}) (?:the )?@\\d+ (?:, )?to (?:immediately )?(?:cease|halt|stop|suspend|shut down|wind down|discontinue|end) (?:the )?(?:operations? of |operating |running |offering )(?:its(?:@\\d+)? |their )(?:[a-z-]+ ){0,3}(?:, )?(?:the )?Y1`, verb: true, stateActor: true, requires: ['its|their|its@'] },
  // Stop 85 (bn85), from the last fresh sample's missed bans: the firm's service named right after the stop verb ("ordered Zenco to
  // halt its Zapp service", "directed Qorva to discontinue Vexa"); the clause must end there or say where or when, so a practice of
  // the service ("halt its Zapp ads", "stop using its Vexa data") is no ban, nor is keeping one from an act ("stop Zapp from tracking users").
  { relation: 'banned', id: 'pattern:banned:ordered-to-halt-named-service', template: `X P AUX T(${ORDER_VERBS}) (?:the )?@\\d+ (?:, )?${WHEN}to (?:immediately )?(?:halt|stop|cease|discontinue|suspend|shut down|wind down|wind up) (?:its(?:@\\d+)? |their |the )?Y1(?:(?:[a-z-]+ )?(?:${HALTED_SERVICE_KINDS}) )?(?=[.,;:!?]|in |within |by |on |immediately|with immediate|until|pending|$)`, verb: true, stateActor: true, requires: ['to'] },
  // Helper gen97, real broadcasting news: any count of licences ("revoked four TV broadcast licences") and "owned by" their holder.
  { relation: 'banned', id: 'pattern:banned:licences-issued-to-cancelled', template: `X P AUX T(${LICENCE_VERBS}) (?:the |all |its |their |both |(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) )?${LICENCE_KIND}(?:${LICENCES}) (?:it had |that had been |which had been )?(?:issued to|granted to|awarded to|held by|belonging to|owned by) (?:the )?Y`, verb: true, stateActor: true, requires: ['to|by'], notFollowedBy: HOLDERS_POSSESSOR_AFTER },
  // Stop 71, third round, from its fourth set (bans): an order to stop, told bare ("ordered the Zapp service to stop", "Zapp has
  // been ordered to stop by the Ministry"): a stop with no object is a stop to the service.
  { relation: 'banned', id: 'pattern:banned:ordered-to-stop-bare', template: `X P AUX T(${ORDER_VERBS}) (?:the )?Y1 (?:(?:app|service|platform|site|website|operator|company|firm|network) )?(?:, )?to (?:immediately )?(?:stop|cease|halt|shut down|close down|suspend)(?= ?[.,;:)]|$| immediately| at once| with immediate effect| within| by (?!@)| until| pending)`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:ordered-to-stop-by', template: `Y1 (?:has been|have been|was|were|is|are|had been) (?:[a-z]+ly )?T(ordered|told|directed|instructed) to (?:immediately )?(?:stop|cease|halt|shut down|close down|suspend)(?: (?:its |all )?(?:operations|operating|services))? by (?:the )?X1`, stateActor: true, requires: ['by'] },
  // Stop 71, third round, from its fifth set (bans): a store rejecting an app named after its kind ("rejected the dictionary app Zeta").
  { relation: 'banned', id: 'pattern:banned:store-rejected-kind-named-app', template: `X P AUX T(rejected|rejects|reject|rejecting) (?:the |its |their |his |her |an? )?(?:@\\d+ 's )?(?:[a-z-]+ )?(?:app|application|game|extension|update|e-book|ebook|port|title) (?:of (?:the |a |an )?(?:[a-z-]+ ){0,3}?)?(?:, )?(?:called |named |dubbed )?(?:the )?Y1 (?=[.,;:]|$|(?:on|in|for|from|because|over|after|and|,) )`, verb: true, requires: ['rejected|rejects|reject|rejecting'] },
  // Stop 71, third round, from its sixth set (controls): a body taking back its approval of a firm's deal restricts the firm ("suspended
  // its approval for Zenco's deal with Qorva", "revoked its approval to Zenco's 2019 deal"); the trigger reader bans no one there.
  { relation: 'restricts', id: 'pattern:restricts:approval-of-deal-taken-back', template: `X P AUX T(suspended|suspends|suspend|revoked|revokes|revoke|withdrew|withdraws|withdraw|rescinded|rescinds|rescind|cancelled|canceled|cancels|annulled|annuls|set aside|sets aside) (?:its |the |an? )?(?:earlier |prior |previous |conditional )?(?:approval|clearance|authori[sz]ation|permission|nod|go-ahead) (?:for|to|of) (?:the )?Y1 's (?:[a-z0-9$-]+ ){0,2}(?:deal|investment|acquisition|purchase|stake|merger|takeover|transaction|combination)`, verb: true, stateActor: true, requires: ["'s"] },
  // Stop 72: the same possessive act with the botnet named after its kind ("Zenco's takedown of a botnet known as Zeta").
  { relation: 'banned', id: 'pattern:banned:takedown-of-botnet-named', template: `X1 's (?:[a-z-]+ )?T(takedown|take-down|disruption|dismantling) of (?:the |a |an |another )?(?:[a-z-]+ ){0,2}?(?:${BOTNET_KINDS}) (?:known as|called|dubbed|named|nicknamed) (?:the )?Y`, requires: [BOTNET_KINDS], anyActor: true },
  // Stop 72, from stop 71's seventh set: a consent decree opening the sentence with the firms in an aside after it ("In a consent
  // decree adopted by the Commission, two carriers, Zenco and Qorva, agreed to …"), unless all they agree to is a payment.
  // Charges settled with no terms stated stay out (settlement-terms.ts reads the terms when the next sentence states them).
  { relation: 'restricts', id: 'pattern:restricts:in-consent-decree-by-body-firms-agreed', template: `^(?:in|under) (?:a |an |the )?(?:[a-z-]+ ){0,2}T(consent decree|consent decrees|consent order|consent orders|consent agreement|settlement|settlement agreement|settlement order) (?:adopted|approved|issued|reached|entered|announced|signed|negotiated|finali[sz]ed|released) by (?:the )?X1 , (?:(?:the |two |three |four |five |both |several )?(?:[a-z-]+ ){0,2}, )?(?:the )?Y (?:, )?(?:have |has |had )?(?:agreed|agree|agrees|will|must|promised|committed|commit|commits|consented|pledged|undertook|undertake)(?= |$)(?! (?:to )?pay (?:(?!and )[^ ]+ )*(?:\\. )?$)`, stateActor: true, requires: ['consent|settlement'] },
  // Stop 72, from stop 71's rivalry idioms: a rival out to break another's hold on a market ("trying to break Qorva's monopoly", "to end the dominance of Qorva").
  { relation: 'competes_with', id: 'pattern:competes_with:break-rivals-monopoly', template: `X P AUX (?:[a-z]+ to |to )?T(${BREAKING}) (?:the )?Y1 's (?:[a-z-]+ )?(?:${MARKET_HOLDS})(?= |$)`, verb: true, requires: [MARKET_HOLDS] },
  { relation: 'competes_with', id: 'pattern:competes_with:break-monopoly-of-rival', template: `X P AUX (?:[a-z]+ to |to )?T(${BREAKING}) (?:the )?(?:[a-z-]+ )?(?:${MARKET_HOLDS}) of (?:the )?Y1`, verb: true, requires: [MARKET_HOLDS] },
  // Stop 72, from stop 71's makers samples (joint work, 13 claims over its sets): a thing made in a joint venture or collaboration
  // names every partner as its maker ("Developed through a collaboration between Zenco and Qorva, the Zeta …"; "Zeta was launched by
  // Zenco in collaboration with Qorva": the partner after it).
  { relation: 'develops', id: 'pattern:develops:fronted-made-in-collaboration', template: `^T(${MAKE_PASSIVE}) (?:jointly )?(?:through|in|as|via|under|by) (?:a |an |the )?(?:[a-z-]+ )?(?:collaboration|partnership|joint venture|cooperation|co-operation|alliance|tie-up|venture) (?:between|of|with) (?:the )?X , (?:the (?:[a-z0-9-]+ ){0,3})?Y1 `, requires: ['collaboration|partnership|venture|cooperation|co-operation|alliance|tie-up', ','] },
  // "developed by Zenco, in collaboration with Qorva" (helper cd87: the partner set off by a comma); not "with Qorva's customers".
  { relation: 'develops', id: 'pattern:develops:made-by-in-collaboration-with', template: `Y1 (?:was|were|is|are|has been|had been|have been) (?:[a-z]+ly )?(?:${MAKE_PASSIVE}) by (?:the )?@\\d+ (?:, )?T(in collaboration with|in partnership with|in cooperation with|in co-operation with|in conjunction with|together with|jointly with|with help from|with the help of) (?:the )?X`, notFollowedBy: PARTNERS_OWN_PEOPLE_AFTER, requires: ['with'] },
  // Stop 72, from stop 71's ninth set: a launch told in a fronted adjunct, its maker the main clause's subject ("After launching
  // Zeta, the first app for parking, Zenco raised …"), and a name fronted before the thing and its maker ("Named Zeta, the app by
  // Zenco lets …").
  { relation: 'develops', id: 'pattern:develops:after-launching-subject', template: `^(?:after|since|before|while|by|with|upon|on) T(launching|releasing|developing|creating|building|unveiling|introducing|debuting|designing|shipping|rolling out) (?:the |its |their )?(?:(?!(?:of|into|against|on|in|for|with|from|to|over|about|at|by) )[a-z0-9-]+ ){0,2}Y1 (?:, (?:the |a |an |its )?(?:[^ ,]+ ){1,8})?, (?:the )?X1 (?!'s |, )`, requires: [','] },
  { relation: 'develops', id: 'pattern:develops:named-fronted-kind-by', template: `^(?:named|called|dubbed|christened|branded) Y1 , (?:the |a |an |this )?(?:[a-z-]+ ){0,3}T(${PRODUCT_NOUNS}|application|applications) (?:(?:${MAKE_PASSIVE}) )?(?:by|from) (?:the )?X1`, requires: [','] },
  // Stop 72, second round, from its twelfth set (bans, 8 claims): a court's or a body's ruling that orders carriers to block ("The
  // Court issued an injunction ordering Qorvanet to block Zeta", "handed down a ruling requiring the ISPs to block Zeta"): the
  // body bans what they must block, as when it orders them itself (pattern 682 above; the carriers' own ban stays, as the
  // trigger reader reads it).
  { relation: 'banned', id: 'pattern:banned:ruling-ordering-carriers-to-block', template: `X P AUX T(issued|issues|issue|handed down|hands down|hand down|granted|grants|grant|delivered|delivers|passed|passes|made|makes) (?:a |an |the |its |two |three )?(?:[a-z-]+ ){0,2}(?:injunction|injunctions|order|orders|ruling|rulings|decision|decisions|judgment|judgement|judgments|judgements|verdict|directive|directives) (?:that |which )?(?:ordering|orders|ordered|requiring|requires|required|directing|directs|directed|compelling|compels|forcing|forces|obliging|obliges|obligating|instructing|instructs|telling|tells) (?:${CARRIERS}) to (?:immediately )?(?:${CARRY_STOPS}) (?:access to |users from accessing )?(?:the )?(?:(?!(?:of|by|from|for|about|on|in) )[a-z-]+ ){0,2}Y`, notFollowedBy: /^'s (?!(?:websites?|sites?|channels?|pages?|accounts?|apps?|services?) )/, stateActor: true, requires: ['ordering|orders|ordered|requiring|requires|required|directing|directs|directed|compelling|compels|forcing|forces|obliging|obliges|obligating|instructing|instructs|telling|tells', 'to'] },
  // … and a suspension or revocation told as a noun with its body and its holder ("the suspension by the Bank of the licences of
  // Zenco Pay"), as the verb is ("suspended the licences of Zenco Pay").
  { relation: 'banned', id: 'pattern:banned:suspension-by-body-of-licences-of', template: `T(suspension|suspensions|revocation|revocations|cancellation|cancellations|withdrawal|termination) by (?:the )?X1 of (?:the |all |its |their )?(?:[a-z-]+ ){0,2}(?:licence|licences|license|licenses|operations|operating licence|operating license|permit|permits|authorisation|authorisations|authorization|authorizations|registration|registrations|activities|services) (?:of|held by|issued to|granted to) (?:the )?Y`, stateActor: true, requires: ['by', 'of|held|issued|granted'] },
  // Stop 72, second round, from its eleventh set (makers, 11 claims): a maker's counted or picked works listed after it ("has launched
  // three titles to date: A, B and C", "has several huge hits, including A", "is best known for two games, A and B"). What a firm
  // is known for doing to another's thing is no work of its own ("known for copying Zeta").
  { relation: 'develops', id: 'pattern:develops:counted-works-listed', template: `X1 P AUX T(launched|released|published|developed|created|shipped|produced|built|made) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a dozen|dozens of|a handful of|a string of|a series of) (?:[a-z-]+ ){0,2}(?:titles|games|apps|products|devices|phones|models|chips|services|hits) (?:to date |so far |since \\d+ |in total |in all )?(?:: |, |including |such as |like |namely )(?:the )?Y`, verb: true, requires: [':|,|including|such|like|namely'] },
  { relation: 'develops', id: 'pattern:develops:has-hits-including', template: `X1 P AUX T(has|have|had|boasts|boast|boasted|counts|count|counted) (?:(?:\\d+|two|three|four|five|several|many|a few|a number of|a string of|a series of|a couple of|a slew of|a raft of) )?(?:[a-z-]+ ){0,2}(?:hits|titles|games|apps|franchises|releases|successes|brands)(?: (?:to (?:its|their) (?:name|credit)|under (?:its|their) belt|in (?:its|their) (?:portfolio|catalog|catalogue|stable)))? (?:, )?(?:including|such as|like|among them|notably) (?:the )?Y`, verb: true, requires: ['including|such|like|among|notably'] },
  { relation: 'develops', id: 'pattern:develops:known-for-works', template: `X1 P AUX (?:(?:is|was|are|were|has been|have been|had been|became|become) )?(?:(?:best|well|widely|perhaps best|mostly|mainly|arguably best|probably best|still best|internationally|globally) )?T(known|famous|renowned|famed|celebrated|noted) for (?:(?:its|their|the|two|three|four|a|hit|popular|several|such) )*(?:(?!(?:on|of|against|with|to|in|for|by|from|at|about|over)\b|(?!gaming|streaming|messaging|computing|shopping|banking|trading|dating|mapping|networking|ride-hailing)[a-z-]+ing )[a-z-]+ ){0,2}(?:(?:games|titles|apps|series|hits|franchises|products|chips|phones|devices|game|app|title|hit|franchise|product|chip|phone|device) )?(?:, |such as |like |including )?(?:the )?Y(?!'s )`, requires: ['for'] },
  // Stop 72, second round, from its eleventh set (controls, rivalry): rivals named together ("A and B are archrivals"), a firm's
  // effort against a rival ("has been working to match Qorva's search service", "struggling to make inroads against Qorva",
  // "Zenco's efforts to challenge Qorva").
  { relation: 'competes_with', id: 'pattern:competes_with:pair-are-rivals', template: `X1 (?:and|&) (?:the )?Y1 (?:are|were|have been|had been|remain|remained|became|become|have long been|are long-time|are longtime) (?:(?:fierce|bitter|long-time|longtime|long-term|long-running|longstanding|long-standing|perennial|historic|arch|direct|major|main|big|chief|key|fellow|close|traditional|natural|old) )*T(rivals|archrivals|arch-rivals|competitors|foes|nemeses|adversaries|competing)`, requires: ['and|&'] },
  { relation: 'competes_with', id: 'pattern:competes_with:working-to-match-rival', template: `X1 P AUX (?:(?:has|have|had) been |is |are |was |were )?(?:(?:working|trying|struggling|striving|seeking|fighting|racing|scrambling|pushing|looking) )(?:(?:for years|hard|since [a-z0-9]+) )?to T(match|make inroads against|catch up with|catch up to|chip away at|close the gap with|dethrone|unseat|rival) (?:the )?Y1`, requires: ['to'] },
  { relation: 'competes_with', id: 'pattern:competes_with:efforts-to-challenge-rival', template: `X1 's (?:(?:renewed|latest|new|ongoing|long-running|failed|fresh|own|biggest|first|bold) )*(?:efforts|effort|bid|attempt|attempts|push|drive|quest|campaign|ambitions|ambition) to T(challenge|take on|compete with|catch up with|catch up to|unseat|dethrone|rival|match|make inroads against) (?:the )?Y1`, requires: ["'s", 'to'] },
  // Stop 72, second round, from its twelfth set (controls, 4 claims): a pair or list closed by a quantified participle with its agent
  // ("via Zenco Air and Qorva, both previously sanctioned by the Office"); "which were sanctioned by" the trigger reader reads.
  { relation: 'restricts', id: 'pattern:restricts:list-both-sanctioned-by', template: `${QUANTIFIED_LIST}(?:(?:previously|already|also|recently|earlier|later|since|separately|formally|officially|subsequently) )*T(sanctioned|blacklisted|designated|sanctioned and designated|designated and sanctioned|listed|blocklisted) by (?:the )?X1`, stateActor: true, requires: ['by', 'both|all|each|themselves|them'] },
  { relation: 'banned', id: 'pattern:banned:list-both-banned-by', template: `${QUANTIFIED_LIST}(?:(?:previously|already|also|recently|earlier|later|since|separately|formally|officially|subsequently|now|temporarily|permanently) )*T(banned|blocked|prohibited|outlawed|shut down|blacklisted and blocked) by (?:the )?X1`, stateActor: true, requires: ['by', 'both|all|each|themselves|them'] },
  // Stop 72, third round, from its twelfth set (makers, 7 claims): makers named through a group in a passive's agent ("was built by
  // several agencies, including the Zembla Lab", "was developed by a consortium led by Zenco"), and a store pulling another
  // firm's app ("Zenco pulled Qorva's app from its store", "… from its platform"; bans readers count the app's firm).
  { relation: 'develops', id: 'pattern:develops:made-by-group-including', template: `Y1 (?:was|were|is|are|has been|had been|have been) (?:[a-z]+ly )?T(${MAKE_PASSIVE}) (?:jointly )?by (?:the )?(?:(?:several|many|various|multiple|two|three|four|five|six|a number of|a group of|a team of|a coalition of|a consortium of|a dozen|dozens of) )?(?:[a-z-]+ ){0,2}(?:agencies|firms|companies|institutions|organisations|organizations|labs|laboratories|partners|bodies|startups|start-ups|entities|members|institutes|developers|studios) (?:, )?(?:including|such as|like|among them|led by|headed by) (?:the )?X`, requires: ['by'] },
  { relation: 'develops', id: 'pattern:develops:made-by-consortium-led-by', template: `Y1 (?:was|were|is|are|has been|had been|have been) (?:[a-z]+ly )?T(${MAKE_PASSIVE}) (?:jointly )?by (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:consortium|group|team|coalition|alliance|partnership|venture|collaboration|network|joint venture) (?:(?:of [a-z-]+ )?(?:led|headed|formed|run|coordinated|chaired) by) (?:the )?X`, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:pulled-firms-app-from-store', template: `X1 P AUX T(pulled|pulls|pull|removed|removes|remove|delisted|delists|kicked|kicks|booted|boots|ousted|ousts|yanked|yanks|took down|takes down|take down) (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:app|apps|application|applications|game|games|wallet|extension) (?:from|off) (?:the |its |their )?(?:@\\d+|app store|store|play store|marketplace|platform|platforms)`, verb: true, requires: ["'s", 'from|off'], anyActor: true },
  // … and works set off after the maker ("Zenco, with releases like A and B, opened …"), as when fronted (pattern above).
  { relation: 'develops', id: 'pattern:develops:maker-with-releases-like', template: `X1 , with (?:[a-z-]+ ){0,2}T(releases|hits|titles|games|apps|products|brands|franchises|successes) (?:such as|like|including) (?:the )?Y (?:[a-z-]+ ){0,4}(?:under (?:its|their) belt |to (?:its|their) (?:name|credit) )?,`, requires: ['with', 'such|like|including'] },
  // Stop 72, third round, from its thirteenth and fourteenth sets: access restricted by carriers named after the agent ("Access to
  // Zeta has been restricted by carriers including A, B and C"; carriers block others' sites), a conditional clearance of a deal
  // told with "of Y by X" (both parties), and a carrier directed to comply with a code.
  { relation: 'banned', id: 'pattern:banned:access-restricted-by-carriers', template: `^access to (?:the )?Y1 (?:[a-z-]+ ){0,2}(?:has|have|had|was|were|is|are) (?:been )?(?:[a-z]+ly )?T(restricted|blocked|cut off|suspended|cut|disabled|denied) (?:in [a-z@0-9 ]+ )?by (?:the )?(?:(?:[a-z-]+ ){0,2}(?:carriers|operators|providers|isps|networks|telcos|telecoms|firms|companies) (?:, )?(?:including|such as|like|namely) )?(?:the )?X`, requires: ['access', 'by'], anyActor: true },
  { relation: 'restricts', id: 'pattern:restricts:conditional-clearance-of-target', template: `${CONDITIONAL_CLEARANCE_OF}Y1 by (?:the )?@\\d+`, verb: true, stateActor: true, requires: ['conditional|qualified'] },
  { relation: 'restricts', id: 'pattern:restricts:conditional-clearance-by-buyer', template: `${CONDITIONAL_CLEARANCE_OF}@\\d+ by (?:the )?Y1`, verb: true, stateActor: true, requires: ['conditional|qualified'] },
  { relation: 'restricts', id: 'pattern:restricts:directed-to-comply-with-code', template: `X P AUX T(directed|directs|direct|ordered|orders|order|instructed|instructs|required|requires|compelled|compels) (?:the )?(?:[a-z-]+ ){0,2}Y1 to (?:fully |immediately )?comply with (?:the |its |a |an )?(?:[a-z-]+ ){0,4}(?:code|codes|rules|regulations|standards|obligations|conditions|licence|license|law|act|order|directive|requirements)(?= |$)`, verb: true, stateActor: true, requires: ['comply'] },
  // Stop 72, fourth round, from its thirteenth and fourteenth sets: a maker's works picked out of what it offers ("Many of the apps
  // that Zenco offers are aimed at teens, including A, B and C"), works in brackets after a maker noun ("Zenco, the makers of
  // several apps (including Zeta)"), a body obliging a firm to act, and a rival set after "and" ("Zenco and rival portal Qorva").
  { relation: 'develops', id: 'pattern:develops:things-that-maker-offers-including', template: `T(apps|games|titles|products|services|sites|websites|platforms|devices|phones) (?:that|which) X1 (?:offers|offered|makes|made|develops|developed|publishes|published|sells|sold|operates|operated|runs|ran|creates|created|releases|released|has released|has developed|has created) (?:[^@,;.]+ ){0,6}(?:, )?(?:including|such as|like|namely|among them) (?:the )?Y`, requires: ['that|which', 'including|such|like|namely|among'] },
  { relation: 'develops', id: 'pattern:develops:maker-of-bracketed-including', template: `X1 , (?:the |a |an )?(?:[a-z-]+ )?T(maker|makers|developer|developers|creator|creators|publisher|publishers|studio|company|firm) (?:behind|of) (?:[a-z0-9-]+ |'s ){0,4}(?:apps|games|titles|products|services|devices|phones|chips|models) \\( (?:including|such as|like|notably|among them) (?:the )?Y`, requires: ['(', 'including|such|like|notably|among'] },
  { relation: 'restricts', id: 'pattern:restricts:obliges-firm-to', template: `X P AUX T(obliges|obliged|obligates|obligated|oblige|obligate) (?:the )?Y1 to (?!pay )[a-z]+`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'competes_with', id: 'pattern:competes_with:and-rival-named-after', template: `X1 and (?:its |their )?(?:[a-z-]+ )?T(rival|rivals|competitor|competitors|archrival|archrivals|arch-rival|arch-rivals) (?:[a-z-]+ ){0,2}Y1`, requires: ['and'],
    // the subject's rival ends a list of its buyers or partners (list-and-rival).
    notPrecededBy: IN_COUNTERPART_LIST },
  // … an agentless block whose order-giver opens the sentence ("On order from the Zemblan government, A, B and C are being
  // blocked"), and an operator telling its customers not to use a thing ("Zenco directed its customers not to use Zeta").
  { relation: 'banned', id: 'pattern:banned:on-order-from-body-passive', template: `^(?:on|upon|following|after|under) (?:the |an |a )?(?:apparent |reported |alleged |an |a )?(?:order|orders|instructions|instruction|directive|directives|direction|directions|request|requests) (?:from|of|by) (?:the )?X1 , (?:the )?Y (?:are|is|were|was|have been|has been|had been|will be) (?:being )?(?:now )?T(blocked|banned|shut down|taken down|suspended|removed|blacklisted|taken offline)`, stateActor: true, requires: ['from|of|by', ','] },
  { relation: 'banned', id: 'pattern:banned:told-customers-not-to-use', template: `X1 P AUX T(directed|directs|told|tells|instructed|instructs|ordered|orders) (?:its |their |all |the )?(?:[a-z-]+ )?(?:customers|subscribers|users|employees|staff|clients|members|workers) not to (?:use|install|download|access|call|open) (?:the )?Y`, verb: true, requires: ['not'], anyActor: true },
  // Stop 72, fifth round, from its fifteenth set: firms that had their licences taken back by a body ("A, B and C had their
  // licences taken back by the Ministry").
  { relation: 'banned', id: 'pattern:banned:had-licences-taken-by', template: `Y (?:had|have|has) (?:their|its) (?:[a-z-]+ )?(?:licence|licences|license|licenses|permit|permits|authorisation|authorisations|authorization|authorizations|registration|registrations) T(taken back|taken away|revoked|cancelled|canceled|withdrawn|suspended|pulled|terminated|annulled|stripped|rescinded) by (?:the )?X1`, stateActor: true, requires: ['by'] },
  // Stop 73, from stop 72's last samples (8): "issued a directive to A, B and C to review their tariffs", "served orders on A and B
  // directing them to cut prices": an order's noun with the firms it is sent to, then what they must do, restricts each.
  // Stop 73, second round, from its twenty-first and twenty-second sets (4): "ordered Zeta TV to be taken off the air", "ordered
  // that Zeta be removed from cable", "ordered the cancellation of Radio Zeta's licence", "ordered the immediate withdrawal of Zeta
  // from cable grids": an order told in the passive or by its noun bans what it names.
  { relation: 'banned', id: 'pattern:banned:ordered-to-be-removed', template: `X P AUX T(ordered|orders|order|directed|directs|instructed|instructs|demanded|demands|decreed|decrees) (?:that )?(?:the )?Y (?:should |must |shall )?(?:to )?be (?:immediately |permanently |temporarily |indefinitely )?(?:removed|blocked|banned|taken off|taken down|shut down|suspended|withdrawn|pulled|closed|switched off|cut off|dropped|deregistered|delisted)(?= |$)`, verb: true, stateActor: true, requires: ['be'] },
  { relation: 'banned', id: 'pattern:banned:ordered-cancellation-of', template: `X P AUX T(ordered|orders|order|decreed|decrees|announced|announces|approved|approves|demanded|demands) the (?:immediate |temporary |permanent |indefinite )?(?:cancellation|cancelation|withdrawal|removal|closure|suspension|revocation|shutdown|termination|deregistration|delisting) of (?:the )?(?:(?:[a-z-]+ )?(?:licence|license|licences|licenses|permit|permits|registration|frequency|concession) (?:of|held by) (?:the )?)?Y(?!'s )(?!(?:sale|sales|marketing|distribution|import|imports|shipments|deal|merger|contract|plan|plans|project|bid|offer|stake)(?= |$))`, verb: true, stateActor: true, requires: ['of'] },
  // Stop 73, third round, from its twenty-third and twenty-fourth sets (4): "the decision of the Authority to suspend Zeta TV", "this
  // decision by the government to remove Zeta from the air", "the suspension of Zeta TV operations by the Authority".
  { relation: 'banned', id: 'pattern:banned:decision-of-body-to-suspend', template: `T(decision|decisions|move|order|directive|instruction|resolution) (?:of|by) (?:the )?(?:@\\d+ 's )?X1 (?:on [a-z]+ |last [a-z]+ )?to (?:immediately |temporarily |indefinitely |permanently )?(?:suspend|ban|block|revoke|cancel|close|shut down|remove|withdraw|terminate|switch off|take off) (?:the (?:[a-z-]+ )?(?:licence|license|licences|licenses|operations|accounts?|services?|broadcasts?|website|site|permit|registration) of )?(?:the )?Y`, stateActor: true, notPrecededBy: DECISION_NOT_TAKEN, notFollowedBy: DECISION_UNDONE, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:suspension-of-operations-by-body', template: `(?:the |a |an |its )?(?:[a-z-]+ )?T(suspension|suspensions|closure|shutdown|revocation|cancellation|blocking|banning) of (?:the )?Y (?:[a-z-]+ ){1,2}?by (?:the )?X1`, stateActor: true, requires: ['by'] },
  // Stop 73, fourth round, from its twenty-third and twenty-fourth sets: "Zeta is a game by indie studio Zenco", "Zeta, a visual
  // novel by Ruritanian developer Zenco" (6 over the makers samples): a work's kind, then its maker after a bare "by".
  { relation: 'develops', id: 'pattern:develops:kind-by-maker', template: `(?:^|, )(?:the )?Y1 (?:is |was |, )(?:a|an) (?:[a-z-]+ ){0,3}?(?<k>[a-z-]+) T(by) (?:(?:the |a |an )?(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X1 `, kindNoun: true, requires: ['by'] },
  // "The Board issued the order to A and B on Monday": the order named just before, sent to the firms it binds (stop 73's controls
  // readers, 8 in one sample); an order to carriers to block something binds them to act on another, read elsewhere.
  { relation: 'restricts', id: 'pattern:restricts:issued-the-order-to', template: `X P AUX T(issued|issues|sent|sends|served|serves|delivered|delivers|handed|hands) (?:the|this|that|these|its|such|same) (?:same )?(?:order|orders|directive|directives|instruction|instructions|directions|notice|notices) to (?:the )?${NAMED_AFTER_KIND}Y(?=$|[.;:]|, (?!to )|(?:on|in|at|last|this|earlier|after|following|over|for|from|under|which|that|requiring|ordering|directing|as|because|amid) )`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'restricts', id: 'pattern:restricts:issued-directive-to-firms-to', template: `X P AUX T(issued|issues|sent|sends|served|serves|handed|hands|gave|gives|delivered|delivers) (?:an? |the |new |fresh |several |separate |two |three |four |five )?(?:[a-z-]+ ){0,2}(?:order|orders|directive|directives|instruction|instructions|direction|directions|notice|notices|circular|circulars) (?:to|on|requiring|ordering|directing|instructing|telling|obliging|compelling|mandating) (?:the )?${NAMED_AFTER_KIND}Y (?:, )?(?:(?:requiring|ordering|directing|instructing|telling|obliging|compelling|mandating) them )?to (?:immediately |urgently |temporarily )?(?:${LIMITED_ACTIVITIES}|${DIVESTING})`, verb: true, stateActor: true, requires: ['to'] },
  // Stop 74, from its first six samples (drawn at 7b3e4eb). "The broadcast of Zeta TV was suspended by the Authority", "the
  // transmission of A and B was halted by …", "The licence of Zeta FM was revoked by …": a passive whose subject is what carries
  // or licenses the named outlet bans the outlet (3 in one bans sample; the bare "Zeta TV was suspended by" was read already).
  { relation: 'banned', id: 'pattern:banned:carriage-of-y-passive-by', template: `(?:^|, )(?:the |its |their )?(?:[a-z-]+ )?(?:broadcast|broadcasts|broadcasting|transmission|transmissions|retransmission|telecast|telecasts|signal|signals|feed|feeds|licence|licences|license|licenses|permit|permits|frequency|frequencies|operations|services|website|websites|site|sites|programmes|programs|airing) of (?:the )?Y (?:has |have |had )?(?:was|were|been|is|are|has been|have been|had been)(?: (?:also|temporarily|indefinitely|immediately|permanently|subsequently|then|later))? T(banned|blocked|suspended|halted|stopped|disallowed|revoked|cancelled|canceled|withdrawn|terminated|cut|cut off|switched off|taken off|shut down|closed|prohibited|barred|annulled|rescinded|interrupted|discontinued) (?:[a-z-]+ ){0,4}?by (?:the )?(?:@\\d+ 's )?X1`, stateActor: true, requires: ['by'] },
  // "Zenco settled a probe by the Commission and agreed to submit to audits", "reached a settlement with the Commission and agreed
  // to delete the data": a settlement told with the firm's side of its terms binds the firm (stop 74's first controls sample, 11
  // settlement misses; a settlement that only pays restricts no one, so the terms must be named).
  { relation: 'restricts', id: 'pattern:restricts:firm-settled-bodys-probe-agreeing-to', template: `Y1 P AUX (?:(?:agreed|agrees|has agreed|have agreed) to )?T(settled|settles|settle|settling|resolved|resolves|resolve|reached a settlement|reaches a settlement|reached settlements|entered into a settlement|entered a settlement|entered into a consent agreement|signed a consent agreement) (?:with |(?:the |a |an |its )?(?:[a-z-]+ ){0,2}(?:probe|probes|investigation|investigations|charges|case|cases|complaint|complaints|allegations|claims|inquiry|lawsuit|suit) (?:brought |filed |launched |opened |made |levelled |leveled )?(?:by|from|with) )(?:the )?X1 (?:[a-z$0-9.-]+ ){0,8}?(?:, )?(?:and |, and )?(?:(?:has |will |must )?(?:agreeing|agreed|agrees|pledging|pledged|promising|promised|committing|committed) to (?:[a-z]+ )?|(?:will|must|has to|have to|is required to|will be required to) (?:also )?)(?:${LIMITED_ACTIVITIES}|(?:meet|comply with|abide by|follow) (?:the |all )?(?:[a-z-]+ )?(?:requirements|terms|conditions|obligations) of)`, stateActor: true, requires: ['to'] },
  // "Qorva has taken over development of Zapp", "Zenco is assuming development of Zeta Online": a studio taking a work's
  // development over makes it from then on (stop 74's second makers sample, 5 in one topic).
  { relation: 'develops', id: 'pattern:develops:took-over-development-of', template: `X P AUX T(took over|takes over|take over|taking over|taken over|assumed|assumes|assume|assuming|inherited|inherits) (?:the )?(?:day-to-day |ongoing |future |further |continued |full |lead )?(?:development|maintenance|co-development) of (?:the )?Y`, verb: true, requires: ['of'] },
  // "Zapp will launch on consoles from independent developer Qorva", "Zeta arrives next month from studio Zenco": a work's
  // release, then its maker named by its kind after "from" (stop 74's second makers sample).
  { relation: 'develops', id: 'pattern:develops:released-from-maker-kind', template: `(?:^|, )(?:the )?Y1 (?:will |is set to |is to |is due to |is going to |is expected to )?T(launch|launches|launched|launching|arrive|arrives|arrived|arriving|come|comes|came|coming|release|releases|released|debut|debuts|debuted|ship|ships|shipped) (?:(?!from )[a-z0-9-]+ ){0,4}?from (?:the )?(?:[a-z-]+ ){0,2}(?:developer|developers|studio|studios|publisher|maker|makers|manufacturer|team) X1`, requires: ['from'] },
  // "Zenco is a vendor operating under the Qorva trademark", "Zenco, which sells phones under the Qorva name": a brand a firm
  // trades under is its own (stop 74's first makers sample).
  { relation: 'develops', id: 'pattern:develops:trading-under-brand', template: `X1 ${SELLER_APPOSED_NOT_OWN}P AUX (?:(?!under )[a-z-]+ ){0,3}?T(operating|operates|operated|operate|trading|trades|traded|trade|selling|sells|sold|sell|marketed|markets|market|marketing|distributes|distributed|distribute|distributing) (?:(?!under )[a-z-]+ ){0,2}under (?:the |its |their |a )?Y1 (?:brand|brands|trademark|trademarks|name|label|marque|banner)(?= |$)`, requires: ['under'], notFollowedBy: OTHERS_TRADE_NAME_AFTER },
  // "the authorities closed Zeta TV and Radio Qorva", "closed two private channels named A and B": a state closing stations or
  // sites bans them (stop 74's first bans sample, 4); what else it closes ("its investigation into Zenco") is no outlet.
  { relation: 'banned', id: 'pattern:banned:state-closed-outlets', template: `X P AUX T(closed|closes|close|closing) (?:down )?(?:(?:the |two |three |four |five |several |\\d+ )?(?:[a-z-]+ ){0,2}(?:station|stations|channel|channels|broadcaster|broadcasters|newspaper|newspapers|outlet|outlets|website|websites|site|sites|network|networks|radio|radios)(?: ,| :)? (?:named |called |including |namely )?)?(?:the )?Y(?!'s |(?:office|offices|bureau|bureaus|headquarters|studio|studios|account|accounts|case|cases|deal|deals|probe|investigation|inquiry|acquisition|merger|purchase|sale|takeover|transaction|offering|ipo|loophole|gap|round)(?= |$))`, verb: true, stateActor: true },
  // "Zenco and Qorva are the two rival companies", "Zenco and Qorva, the two biggest rival carriers, …": a pair named as rival firms
  // (stop 74's first makers sample).
  { relation: 'competes_with', id: 'pattern:competes_with:pair-are-rival-firms', template: `(?:^|, )X1 and Y1 (?:are |were |remain |remained |have been |, )(?:both )?(?:the )?(?:two )?(?:[a-z-]+ ){0,2}?T(rival|competing) (?:companies|firms|makers|brands|players|services|apps|platforms|carriers|operators|studios|developers|chipmakers|carmakers|automakers|businesses|networks|stores|exchanges|banks|airlines|providers|groups|giants|products|devices|phones|chains|retailers)(?= |$)`, requires: ['and'] },
  // "Zenco Labs, the people behind the Zeta software, is showing …": a maker described by what it is behind, set off after its name
  // (stop 74's first makers sample).
  { relation: 'develops', id: 'pattern:develops:appositive-behind', template: `X1 , (?:(?:the |a )?(?:[a-z-]+ )?(?:people|team|company|firm|studio|startup|start-up|outfit|minds|folks|group|makers|maker|developer|developers|creators|creator|engineers|lab) )?T(behind) (?:the |a |an )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*(?:(?:[a-z-]+ )?(?:${MADE_KINDS}) )?Y1 (?:(?:[a-z-]+ )?(?:${MADE_KINDS}|software|program|programs|series|franchise|games|apps) )?(?=,|and |$)`, requires: [','] },
  // "Somali forces ordered Radio Zeta off air", "the authorities took the Zeta channel off air": a state sending an outlet off the
  // air bans it (stop 74's third bans sample).
  { relation: 'banned', id: 'pattern:banned:sent-off-air', template: `X P AUX T(ordered|orders|order|took|takes|take|taken|taking|forced|forces|force|knocked|knocks|knock|pulled|pulls|pull) (?:the )?Y (?:[a-z-]+ )?(?:channel |station |network |radio |tv |television )?off (?:the )?(?:air|airwaves)(?= |$)`, verb: true, stateActor: true, requires: ['off'] },
  // "Zeta TV ceases transmission on orders of the authorities": an outlet that stops on an order is banned by whoever gave it.
  { relation: 'banned', id: 'pattern:banned:ceased-on-orders-of', template: `(?:^|, )(?:the )?Y (?:has |have |had |was |were )?T(ceased|ceases|cease|stopped|stops|halted|halts|suspended|suspends|went|goes|gone) (?:its |their )?(?:transmission|transmissions|broadcasting|broadcasts|operations|publication|off air|off the air) (?:[a-z-]+ ){0,2}?(?:on|under|following|after|per) (?:the )?(?:orders?|instructions?|directions?|directives?|decision) (?:from|of|by) (?:the )?X1`, stateActor: true, requires: ['of|from|by'] },
  // "The Commission has accepted, subject to final approval, a consent agreement from Zenco", "a Consent Decree entered into between
  // the Enforcement Bureau (Bureau) and Zenco": a consent decree binds the firm, as "agreed to a consent decree with" does (stop 74's
  // third controls sample).
  { relation: 'restricts', id: 'pattern:restricts:accepted-consent-agreement-from', template: `X P AUX T(accepted|accepts|accept|approved|approves|approve) (?:, subject to (?:final |public )?(?:approval|comment) , )?(?:a |an |the )?(?:proposed )?(?:consent agreement|consent agreements|consent order|consent orders|consent decree|consent decrees) (?:from|with) (?:the )?Y`, verb: true, stateActor: true, requires: ['from|with'] },
  { relation: 'restricts', id: 'pattern:restricts:consent-decree-between', template: `(?:the |a |this )?T(consent decree|consent agreement|consent order) (?:entered into |signed |reached |agreed )?between (?:the )?X1 (?:\\( [^()]{1,40} \\) )?and (?:the )?Y1`, stateActor: true, requires: ['between'] },
  // "Zeta News said it has been suspended by video site Vexa": an outlet telling of its own ban names who banned it (stop 74's
  // fourth bans sample, 5). With its "it" resolved to the outlet (an earlier sentence named it), only the outlet's own mention.
  { relation: 'banned', id: 'pattern:banned:said-it-was-suspended-by', template: saidSuspendedBy('it'), requires: ['it', 'by'] },
  { relation: 'banned', id: 'pattern:banned:said-it-was-suspended-by-resolved', template: saidSuspendedBy('(?<a>@\\d+)'), aliasOfTarget: true, requires: ['by'] },
  // "Russia said it was closing Zenco's Moscow bureau", "shut down Zenco's bureau": a state closing an outlet's bureau bans the outlet
  // there (stop 74's fourth bans sample, 6).
  { relation: 'banned', id: 'pattern:banned:state-closed-firms-bureau', template: `X P AUX T(closed|closes|close|closing|shut down|shuts down|shutting down|shut) (?:down )?(?:the )?Y1 's (?:\\( [^()]{1,20} \\) )?(?:[a-z-]+ |@\\d+ )?(?:bureau|bureaus|office|offices|arm|studio|studios|branch|branches|broadcasts|operations)(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  // "The Commission mandated that Zenco and Qorva must keep current prices", "ordered that A and B each maintain their plans": an
  // order told with "that" binds every firm it names (stop 74's thirty-second set).
  { relation: 'restricts', id: 'pattern:restricts:ordered-that-firms-must', template: `X P AUX T(mandated|mandates|ordered|orders|required|requires|directed|directs|decided|decides|ruled|rules) that (?:the )?Y (?:(?:must|should|shall|each|both|will|would|have to|has to|not|also|continue to) )*(?:${LIMITED_ACTIVITIES}|${DIVESTING})`, verb: true, stateActor: true, requires: ['that'] },
  // "Zenco and Qorva provide the OTT service Kappa", "Qorva, which operates the online game Zeta": a service named after its kind,
  // provided or run by its maker (stop 74's thirty-second set).
  { relation: 'develops', id: 'pattern:develops:provides-kind-named', template: `X P AUX T(${PROVIDING}) (?:the |its |their |a |an )?(?:[a-z-]+ ){0,2}(?:service|platform|app|application|network|game|site|website|portal|store|marketplace|engine|messenger|wallet|exchange) (?:called |named |known as )?(?:the )?Y1(?!'s )`, verb: true },
  // "Zapp was removed from Zenco's App Store and Qorva's Play Store": the second store's owner removed it too (stop 75, from stop 74's
  // last bans samples).
  { relation: 'banned', id: 'pattern:banned:pulled-from-second-owners-store', template: `Y AUX T(pulled|removed|deleted|taken down|delisted|dropped) (?:[a-z-]+ ){0,2}from @\\d+ 's (?:@\\d+ |(?:[a-z-]+ ){0,2}(?:store|stores|marketplace) )(?:, )?(?:and|as well as|or) (?:from )?X1 's (?:@\\d+ |(?:[a-z-]+ ){0,2}(?:store|stores|marketplace) )`, requires: ['from', "'s", 'and|as|or'] },
  // "RTUK slapped Zen TV with a five-day broadcast ban", "issued a broadcast ban to the station Zen TV": a ban handed to an outlet,
  // its length and kind before the noun (stop 75, from its first bans samples).
  { relation: 'banned', id: 'pattern:banned:slapped-with-ban', template: `X P AUX T(slapped|slaps|slap|slapping|hit|hits|hitting) Y1 with (?:a |an |the )?(?:[a-z0-9-]+ ){0,3}(?:ban|suspension|blackout|broadcast ban|broadcasting ban)(?= |$)`, verb: true, requires: ['with'] },
  { relation: 'banned', id: 'pattern:banned:issued-ban-to', template: `X P AUX T(issued|issues|issue|handed|hands|hand|gave|gives|give|imposed|imposes|impose) (?:a |an |the )?(?:[a-z0-9-]+ ){0,3}(?:ban|suspension|blackout|broadcast ban|broadcasting ban) (?:to|against) (?:the )?(?:(?:station|channel|broadcaster|newspaper|website|site|outlet|network|tv channel|radio station) )?Y1`, verb: true, stateActor: true, requires: ['to|against'] },
  // "Zeta Quest, in development at Zenco Games, arrives in May", "Zeta is in the works at Zenco" (stop 75, from its first makers samples).
  { relation: 'develops', id: 'pattern:develops:in-development-at', template: `Y1 (?:, |is |was |are |were |has been |had been )(?:currently |now |still |already )?T(in development|under development|in the works|in production) (?:at|by) (?:the )?(?:[a-z-]+ ){0,2}X1`, requires: ['at|by'] },
  // "sold the tool under the names Vexa, Plix and PlixPro": every name of a plural of names (stop 75, from its first controls samples).
  // Not a distributor's verb: "Zenco distributes goods under the brands Vexa and Plix" names others' brands it carries (helper fp91,
  // from brl91's report); "sells goods under" still names the seller's own.
  { relation: 'develops', id: 'pattern:develops:under-the-names', template: `X ${SELLER_APPOSED_NOT_OWN}P AUX (?:operates|operate|operated|operating|trades|trade|traded|trading|sells|sold|sell|selling|markets|marketed|market|marketing|offers|offered|offer|offering|makes|made|make|making|releases|released|release) G5 T(under) (?:the |its |their )?(?:brand names|trade names|brands|labels|marques|trademarks|names) (?:of )?Y(?=[,.;:]|$)`, requires: ['under'], notFollowedBy: OTHERS_TRADE_NAME_AFTER },
  // "Zenco runs the Web sites zenco.com and plixlookup.com", "is licensed by Ofcom to provide the services known as A, B and C": each
  // of a plural of services named after its kind (stop 75, from its first samples).
  { relation: 'develops', id: 'pattern:develops:provides-kinds-named', template: `X P AUX (?:(?:is|are|was|were) (?:licensed|licenced|authorised|authorized|permitted) (?:by (?:the )?@\\d+ )?to )?T(${PROVIDING}) (?:the |its |their )?(?:(?!(?:on|in|across|via|through|for|to|at|with) )[a-z-]+ ){0,2}(?:services|platforms|apps|applications|networks|games|sites|websites|portals|stores|marketplaces|channels|stations) (?:called |named |known as |like |such as |including )?(?:the )?Y(?!'s )(?=[,.;:]|$)`, verb: true },
  // "Zenco Europe and Zenco America partnered with Qorva Studio for the development of Zembla Run": the partners develop it, each
  // (stop 75, from its first makers samples).
  { relation: 'develops', id: 'pattern:develops:partnered-for-development-of', template: `X P AUX ${PARTNERED_WITH}@\\d+ ${FOR_DEVELOPMENT_OF}`, verb: true, requires: ['with', 'of'] },
  { relation: 'develops', id: 'pattern:develops:partner-for-development-of', template: `@\\d+ (?:(?:, |and )@\\d+ )*P AUX ${PARTNERED_WITH}X1 ${FOR_DEVELOPMENT_OF}`, verb: true, requires: ['with', 'of'] },
  // "The Zeta came from a collaboration of Zenco and the Qorva Institute": each partner makes it, as "the result of a collaboration
  // between" says (stop 75, from its thirty-eighth set).
  { relation: 'develops', id: 'pattern:develops:came-from-collaboration', template: `Y1 P AUX T(came|comes|come|emerged|emerges|grew|grows|sprang|springs|resulted|results) (?:out )?(?:of|from) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:collaboration|partnership|joint venture|joint effort|cooperation|alliance) (?:between|among|with|of) X`, requires: ['of|from'] },
  // "Zapp, an app that tallies votes, was rejected from the store by Apple": a store's rejection told in the passive (stop 75, from
  // its thirty-seventh set); the store must be said ("Zenco's offer for Qorva was turned down by Vexa" bans no one).
  { relation: 'banned', id: 'pattern:banned:rejected-from-store-by', template: `Y1 P AUX T(rejected|turned down|turned away|refused) (?:from|for|in) (?:the |its )?(?:@\\d+ |(?:[a-z-]+ ){0,2}(?:store|stores|marketplace) )(?:[a-z-]+ ){0,2}?by (?:the )?X1`, requires: ['by', 'from|for|in'] },
  // "Vela, from development team Qorva Games, …", "Vela, the new indie release from Qorva Studios": a maker set off after a work with
  // "from" (stop 75, from its thirty-eighth set).
  { relation: 'develops', id: 'pattern:develops:set-off-from-maker', template: `Y1 , (?:the (?:[a-z-]+ ){0,3}(?:release|title|game|offering|creation|project|work|debut|sequel) )?T(from) (?:the )?(?:[a-z-]+ )?(?:team|studio|developer|developers|publisher|maker|outfit|house)? ?X1 (?=,|\\.|$)`, requires: [','],
    // "Zenco has purchased two apps, Vexa Chat and Lumo Pay, from Qorva": a seller after a list a buyer's verb takes is no maker (stop 82, own82).
    // "will launch their rocket, named Z1, from Zemport", "shipped its drone, the Z1, from Ruritania": after a verb of sending or launching,
    // "from" names the site or the origin, no maker (fresh sample s82d; helper fpx93).
    notPrecededBy: new RegExp(`(?:^| )(?:${BUYING}) (?:[^\\s@,]+ ){0,4}(?:, )?(?:(?:the )?@\\d+ (?:, (?:and )?|and ))*$|(?:^| )(?:${SENDING_VERBS}) (?:(?:its|their)@\\d+ |(?!(?:${WORKS_FROM_MAKERS}) )[^\\s@,]+ ){0,4}, (?:(?:named|called|dubbed|the) )?$`) },
  // "The Agency reached a settlement with Zenco Inc., requiring the company to suspend operations": a settlement told with the duties
  // it sets binds the firm (stop 75, from its thirty-eighth set).
  { relation: 'restricts', id: 'pattern:restricts:settlement-requiring', template: `X P AUX T(reached|reaches|announced|announces|entered into|enters into|signed|signs|struck|strikes|finalized|finalizes|finalised|finalises|secured|secures|obtained|obtains) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:settlement|consent decree|consent order|consent agreement) with (?:the )?Y(?:, )?(?:that |which )?(?:requiring|requires|obliging|obliges|ordering|barring|bars|prohibiting|prohibits|enjoining|enjoins) (?:the |each |both )?(?:company|companies|firm|firms|it|them|@\\d+)(?= )`, verb: true, stateActor: true, requires: ['with'] },
  // "Qorvasat dropped Zeta News from its platform", "removed the channel Zeta TV from its satellites": a carrier dropping an outlet
  // from what carries it bans it there (stop 76, from stop 75's last bans sets; not "from its network", where a carrier drops a supplier's gear).
  { relation: 'banned', id: 'pattern:banned:dropped-from-carriers-platform', template: `X P AUX T(dropped|drops|drop|dropping|removed|removes|remove|pulled|pulls|pull|axed|axes) (?:the )?(?:(?:${OUTLET_KINDS}) )?Y from (?:its|their|its@\\d+|the) (?:[a-z-]+ ){0,2}(?:platform|platforms|satellite|satellites|bouquet|bouquets|package|packages|channel lineup|channel line-up|cable lineup|frequencies|feeds)(?= |$)`, verb: true, requires: ['from'] },
  // "Under the consent decree, Vellum must adopt a compliance plan, the Commission said": the act's terms, its body the reporter
  // (stop 76, from stop 75's last controls sets; "under the settlement with the Commission, …" is above).
  { relation: 'restricts', id: 'pattern:restricts:under-settlement-firm-must-body-said', template: `^(?:under|according to|as part of) (?:the |a |an |its |their )?(?:[a-z-]+ ){0,2}T(settlement|consent decree|consent order|decree) (?:, )?(?:the )?Y1 (?:must|(?:will|shall)(?= ${SETTLEMENT_DUTIES})|will have to|has to|is required to|will be required to|may not|cannot|will not be allowed to|is barred from|is prohibited from|agreed to|agrees to|will no longer|will be barred from) C24 , (?:the )?X1 (?:said|says|announced|announces|stated|states)(?= |$)`, stateActor: true, requires: ['said|says|announced|announces|stated|states'] },
  // "Exporters need a Commerce Department licence to ship chips to Zenco", "suppliers now need a licence from the Commerce Department
  // to sell to Zenco": the requirement's body named with the licence (stop 76; the body as the reporter is sellers-need-licence).
  { relation: 'restricts', id: 'pattern:restricts:sellers-need-bodys-licence', template: `(?:[a-z-]+ ){0,2}${LICENCE_NEEDERS} (?:now |will |would |also )*T(need|needs|must obtain|must get|must secure|must first obtain|must seek|must apply for|have to obtain|have to get|require|will need) (?:a |an |new |special |export |individual )*(?:the )?X1 (?:${LICENCE_NEEDS}) (?:to|before|for) (?:(?!to )\\S+ ){0,6}to (?:the )?Y1`, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:sellers-need-licence-from-body', template: `(?:[a-z-]+ ){0,2}${LICENCE_NEEDERS} (?:now |will |would |also )*T(need|needs|must obtain|must get|must secure|must first obtain|must seek|must apply for|have to obtain|have to get|require|will need) (?:a |an |new |special |export |individual )*(?:${LICENCE_NEEDS}) from (?:the )?X1 (?:to|before|for) (?:(?!to )\\S+ ){0,6}to (?:the )?Y1`, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // "Zenco has decided not to allow Zorb into its eShop", "refused to allow Zorb on its platform": a platform keeping a work off its
  // store bans it there (stop 76, from its forty-first set).
  { relation: 'banned', id: 'pattern:banned:decided-not-to-allow-onto-platform', template: `X P AUX T(decided not to|decides not to|chose not to|chooses not to|opted not to|refused to|refuses to|declined to|declines to) (?:allow|permit|approve|accept|list|carry|host) (?:the )?Y (?:in|into|on|onto) (?:its|their|its@\\d+) (?:@\\d+|(?:[a-z0-9-]+ ){0,2}(?:store|stores|eshop|e-shop|shop|platform|platforms|marketplace|console|consoles|service))(?= |$)`, requires: ['allow|permit|approve|accept|list|carry|host'] },
  // "The Regulator announced the exclusion of Zenco TV and Qorva TV": a state's body excluding a channel or a firm (stop 76, from its
  // forty-second set: channels left out of a frequency plan).
  { relation: 'banned', id: 'pattern:banned:announced-exclusion-of', template: `X P AUX (?:announced|announces|ordered|orders|decided on|decides on|approved|approves|confirmed|confirms|upheld|upholds) (?:the )?T(exclusion|exclusions) of (?:the )?(?:(?:channels|channel|stations|station|broadcasters|broadcaster|firms|companies) )?Y`, notFollowedBy: /^from (?:the |its )?(?:[a-z-]+ ){0,2}(?:scheme|subsidy|subsidies|programme|program|index|tender|benchmark|credit|credits|rebate|rebates|incentive|incentives)\b/, stateActor: true, requires: ['of'] },
  // "the ministry's decision to close Zenco TV", "Zembla's move to shut down Zeta News": a state's act told as its decision (stop 76,
  // from its forty-second set).
  { relation: 'banned', id: 'pattern:banned:bodys-decision-to-close', template: `POSS (?:[a-z-]+ )?(?:decision|move|order|action|ruling|directive) to T(close|shut|shut down|suspend|revoke|take down|switch off|take off the air) (?:down )?(?:the |all )?(?:(?:channel|channels|station|stations|broadcaster|outlet|newspaper|website|site|app) )?Y`, notFollowedBy: /^(?:'s )?(?:investigation|probe|case|inquiry|review|matter|deal|file|showroom|store|office|plant|factory|branch|account)s?\b/, stateActor: true, requires: ["'s|its"] },
  // "the regulator's decision not to renew Zenco TV's frequency", "its refusal to renew the licence of Zenco TV" (stop 76).
  { relation: 'banned', id: 'pattern:banned:bodys-refusal-to-renew', template: `POSS (?:[a-z-]+ )?T(decision not to renew|refusal to renew) (?:the )?Y1 's ${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, stateActor: true, requires: ["'s"] },
  { relation: 'banned', id: 'pattern:banned:bodys-refusal-to-renew-of', template: `POSS (?:[a-z-]+ )?T(decision not to renew|refusal to renew) (?:the )?${LICENCE_KIND}(?:${LICENCES}) (?:of|for|held by) (?:the )?Y`, stateActor: true, requires: ['of|for|held'] },
  // "The Zembla District Court issued a disclosure order against Zenco": a body's order of a kind that sets duties restricts the firm
  // (stop 76, from its forty-first set; a cease-and-desist or a blocking order bans, above).
  { relation: 'restricts', id: 'pattern:restricts:issued-duty-order-against', template: `X P AUX T(issued|issues|entered|enters|granted|grants|served|serves) (?:a |an |the )?(?:[a-z-]+ )?(?:disclosure|preservation|production|gag|compliance|corrective|enforcement|administrative|protective) (?:order|orders) (?:against|on) (?:the )?Y`, verb: true, stateActor: true, requires: ['order|orders'] },
  // "Zenco was ordered by the Attorney General's office to provide refunds": the passive of ordered-to-limit (stop 76, from its
  // forty-second set).
  { relation: 'restricts', id: 'pattern:restricts:ordered-by-body-to-limit', template: `Y1 AUX T(ordered|directed|required|told|instructed|compelled|forced) by (?:the )?X1 (?:'s (?:office|department|bureau|division) )?to (?:immediately )?(?:${LIMITED_ACTIVITIES}|${DIVESTING})`, stateActor: true, requires: ['by'] },
  // "Zpod is a music player from a Swedish start-up named Vexa": a maker introduced by a noun after "from" (stop 76, from its
  // forty-first set).
  { relation: 'develops', id: 'pattern:develops:from-maker-named', template: `Y1 (?:is |was |, )(?:a |an |the )(?:(?!(?:spin-off|spinoff|offshoot|unit|division|subsidiary|breakaway|graduate|veteran|alumnus) )[a-z0-9-]+ ){0,3}T(from) (?:a |an |the )?(?:[a-z-]+ |@\\d+ ){0,3}(?:start-up|startup|company|firm|developer|studio|maker|outfit|team|group) (?:named|called) X1`, requires: ['named|called'] },
  // "Vexa entered the market with their new device: the Zpod", "broke into the market with its first phone, the Zeta X" (stop 76).
  { relation: 'develops', id: 'pattern:develops:entered-market-with-device', template: `X P AUX T(entered|enters|entering|broke into|breaks into|burst onto|bursts onto) (?:the )?(?:[a-z-]+ ){0,2}(?:market|scene|space|fray|race|segment|business|industry) with (?:its |their |its@\\d+ |a |an )?(?:new |first |latest |own |debut )?(?:[a-z-]+ ){0,2}(?:${PRODUCT_NOUNS}|device|product|gadget|reader|player|app|service|platform|console|tablet) (?:: |, )?(?:the )?Y1`, verb: true, requires: ['with'] },
  // "Vexa's newest venture is ZenStream", "Zenco's latest launch is Zorb" (stop 76, from its forty-second set).
  { relation: 'develops', id: 'pattern:develops:owners-newest-venture-is', template: `POSS (?:newest|latest|new|next|first|biggest|most ambitious) (?:[a-z-]+ )?T(venture|launch|offering|release|creation|project|brainchild) (?:is|was|will be) (?:the |a |an )?Y1 (?=[,.;:]|$)`, requires: ['is|was|will'] },
  // "Zenco has been besieged by the likes of A and B": rivals pressing on a firm (stop 76, from its forty-second set).
  { relation: 'competes_with', id: 'pattern:competes_with:pressed-by-the-likes-of', template: `X P AUX (?:been )?T(besieged|challenged|squeezed|undercut|disrupted|outpaced|beset) by (?:the likes of|(?:rivals|competitors|upstarts|challengers|newcomers) (?:such as|like|including)) (?:the )?Y`, requires: ['likes|such|like|including'] },
  // "A and B too started streaming, posing as a competition for Zenco", "…, posing a threat to Zenco": the subjects are its rivals
  // (stop 76, from its forty-second set).
  { relation: 'competes_with', id: 'pattern:competes_with:posing-competition-for', template: `(?:^|, )X (?:(?:too|also|now|soon) )?C12 , T(posing|poses|posed|pose) as (?:a |an )?(?:(?:serious|real|direct|major|new|stiff|strong|big|growing) )*(?:competition|rival|competitor|challenger|alternative) (?:for|to) (?:the )?Y1 `, notFollowedBy: /^'s /, requires: [',', 'as'] },
  { relation: 'competes_with', id: 'pattern:competes_with:pose-threat-to', template: `(?:^|, )X (?:(?:now|also|could|may|might|will|would|already|increasingly|still) )*T(pose|poses|posed) (?:a |an )?(?:(?:serious|real|direct|major|new|stiff|strong|big|growing|significant) )*(?:competitive )?(?:threat|challenge) (?:to|for) (?:the )?Y1 `, notFollowedBy: /^'s /, requires: ['threat|challenge'] },
  // "Zenco Labs (Vexa Quest's North American publisher) said …": a maker with its role in brackets (stop 76, from its forty-third set).
  { relation: 'develops', id: 'pattern:develops:maker-bracketed-role', template: `X1 \\( (?:the )?Y1 's (?:(?!(?:rival|rivals|competing|competitor|partner|former|sister) )[a-z-]+ ){0,3}T(publisher|developer|maker|creator|manufacturer|studio) \\)`, requires: ["'s"] },
  // "Positioned as another potential rival to Vexa, Plix launched …": a fronted participle sets the subject against the rival (stop 76,
  // from its forty-fourth set).
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-positioned-as-rival', template: `^T(positioned|billed|pitched|touted|marketed|framed) as (?:a |an |another |the )?(?:[a-z-]+ ){0,2}(?:rival|competitor|challenger|alternative|answer) (?:to|of|for) (?:the )?X1 , (?:the )?Y1 `, requires: ['as', ','] },
  // "Zenco entered into a five-year Corporate Integrity Agreement with the Office of Inspector General, which requires …": an
  // agreement a firm made with a body, told with the duties it sets (stop 76, from its forty-fourth set).
  { relation: 'restricts', id: 'pattern:restricts:firm-agreement-with-body-which-requires', template: `Y1 P AUX T(entered into|enters into|signed|signs|reached|reaches|struck|strikes) (?:a |an |the )?(?:[a-z0-9-]+ ){0,3}(?:settlement|consent decree|consent order|consent agreement|integrity agreement|compliance agreement|prosecution agreement) with (?:the )?X1 (?:, )?(?:which|that) (?:also )?(?:requires|required|will require|obliges|bars|prohibits|forbids|mandates|imposes)(?= |$)`, stateActor: true, requires: ['with'] },
  // "The Department determined that Zenco Ltd. be added to the Entity List", "should be placed on the list": a decision to list a firm
  // (stop 76, from its forty-fourth set).
  { relation: 'restricts', id: 'pattern:restricts:determined-firm-be-added', template: `X P AUX T(determined|determines|decided|decides|concluded|concludes|agreed|agrees|ruled|rules) that (?:the )?Y (?:should |must |would |shall |ought to )?be (?:added|placed|included|put) (?:to|on|in) (?:the |its )?(?:(?:entity|sanctions|trade|export|restricted|unverified|denied|military end-user|unreliable entity|black) )?(?:list|blacklist)(?= |$)(?! of )`, stateActor: true, requires: ['that', 'be'] },
  // "placed a hold on licences for goods destined for Zembla", "announced it had placed a hold on export licences to Zembla", the
  // headline "Ministries Announce Holds on Licences for Exports to Zembla": licences held back restrict the destination (stop 76, from
  // its forty-third set).
  { relation: 'restricts', id: 'pattern:restricts:hold-on-licences-for', template: `X P AUX (?:(?:announced|announces|said|says|declared|declares|confirmed|confirms|stated|states) (?:that )?(?:it |they )(?:had |has |have |would |will )?)?T(placed|places|put|puts|imposed|imposes|announced|announces|announce|ordered|orders) (?:a |an )?(?:[a-z-]+ )?(?:hold|holds|freeze|moratorium) on (?:all |new |pending |the |any )?(?:[a-z-]+ ){0,2}(?:licences|licenses|licence|license|applications|approvals|permits) (?:for (?:(?:[a-z-]+ ){0,2}(?:goods|items|exports|products|shipments|sales) )?(?:destined for|bound for|to)|to) (?:the )?Y`, stateActor: true, requires: ['hold|holds|freeze|moratorium'] },
  // "denied the export privileges of Qorva Co.", "issued an order fining and denying export privileges for Qorva": a denial order
  // restricts the firm (stop 76, from its forty-third set).
  { relation: 'restricts', id: 'pattern:restricts:denied-export-privileges', template: `X P AUX (?:(?:issued|issues|entered|enters) (?:an? |the )?(?:[a-z-]+ )?order (?:[a-z-]+ and )?)?T(denied|denies|deny|denying|revoked|revokes|revoking|suspended|suspends|suspending) (?:the |its |their )?(?:export|exporting) privileges (?:of|for|to|against|on) (?:the )?Y`, stateActor: true, requires: ['privileges'] },
  // "The Treasury named Qorva Co. for sanctions", "singled out Qorva and Vell for new penalties" (stop 76, from its forty-third set).
  { relation: 'restricts', id: 'pattern:restricts:named-for-sanctions', template: `X P AUX T(named|names|identified|identifies|singled out|singles out|selected|selects|earmarked|earmarks) (?:the )?Y (?:for|as targets? (?:of|for)) (?:new |further |additional |fresh )?(?:sanctions|penalties)(?= |$)`, verb: true, stateActor: true, requires: ['for|as'] },
  // "In a settlement with the Commission, Vellum will appoint two directors": the settlement's duties after "will" (stop 76, from
  // its forty-second set; "In a deal with the Ministry, Zenco will supply jets" binds no one).
  { relation: 'restricts', id: 'pattern:restricts:in-settlement-with-body-firm-will', template: `(?:^|, )in (?:a |an |the |its )?(?:[a-z-]+ ){0,2}T(settlement|consent decree|consent order) with (?:the )?X1 (?:, )?(?:the )?Y1 (?:must|(?:will|shall|agreed to|agrees to|has agreed to) (?:also )?(?=${SETTLEMENT_DUTIES}))`, stateActor: true, requires: ['with'] },
  // "The Regulator did not renew the frequencies of A and B": a state's body only (see STATE_NOT_RENEWED).
  { relation: 'banned', id: 'pattern:banned:state-did-not-renew-licence-of', template: `X P AUX T(${STATE_NOT_RENEWED}) (?:the |its |their )?${LICENCE_KIND}(?:${LICENCES}) (?:of|for|held by) (?:the )?(?:[a-z-]+ )?Y`, verb: true, stateActor: true, indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:state-did-not-renew-licence', template: `X P AUX T(${STATE_NOT_RENEWED}) Y1 's ${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, verb: true, stateActor: true, indexBy: LICENCE_WORDS },
  // "Orbix Cable stopped broadcasting the channel Kappa 24", "ceased airing the stations A and B": a carrier no longer carrying an
  // outlet named with its kind bans it there (stop 76; without the kind, "stopped airing Top Gear" ends a show's run).
  { relation: 'banned', id: 'pattern:banned:stopped-broadcasting-channel', template: `X P AUX T(stopped|stops|ceased|ceases|halted|halts) (?:broadcasting|airing|transmitting|retransmitting) (?:the )?(?:${OUTLET_KINDS}|news channel|tv channel) Y`, verb: true, requires: ['broadcasting|airing|transmitting|retransmitting'] },
  // Stop 77, from stop 76's last two sets (controls: settlements and orders whose duties are told around the agreement).
  // "As part of the settlement with the Ministry, Zenco entered into an agreement that requires the company to …": the agreement the
  // firm signed under a body's settlement binds it.
  { relation: 'restricts', id: 'pattern:restricts:under-settlement-firm-entered-agreement-requiring', template: `(?:^|, )(?:as part of|under|in) (?:the |a |an |its |their )?(?:[a-z-]+ ){0,2}T(settlement|consent decree|consent order|resolution) with (?:the )?X1 (?:, )?(?:the )?Y1 (?:also )?(?:entered into|enters into|signed|signs|agreed to|agrees to|executed|executes) (?:a |an |the )?(?:[a-z0-9-]+ ){0,3}(?:agreement|undertaking|undertakings|plan) (?:that |which )?(?:requires|require|required|will require|obliges|obliged|bars|barred|prohibits|prohibited|mandates|mandated|requiring|obliging|barring|prohibiting)(?= |$)`, stateActor: true, requires: ['with'] },
  // "Zenco entered into an agreement with the Ministry, under which the company will hire a compliance monitor": duties of a firm's
  // agreement with a body told in its "under which" clause; only duties an enforcement sets (a supply deal's "will sell" binds no one).
  // A settlement's may limit any activity ("a settlement with the Commission, under which the company will cease selling data").
  { relation: 'restricts', id: 'pattern:restricts:agreement-with-body-under-which-firm-will', template: `Y1 P AUX T(entered into|enters into|signed|signs|reached|reaches|struck|strikes) (?:a |an |the )?(?:[a-z0-9-]+ ){0,3}(?:agreement|undertaking) with (?:the )?X1 (?:, )?under which (?:the |each )?(?:company|firm|bank|it|@\\d+) (?:will|must|shall|agreed to|agrees to|has agreed to|is required to|will be required to) (?:also )?${ENFORCED_DUTIES}`, stateActor: true, requires: ['under'] },
  { relation: 'restricts', id: 'pattern:restricts:settlement-with-body-under-which-firm-will', template: `Y1 P AUX T(entered into|enters into|signed|signs|reached|reaches|struck|strikes) (?:a |an |the )?(?:[a-z0-9-]+ ){0,3}(?:settlement|consent decree|consent order) with (?:the )?X1 (?:, )?under which (?:the |each )?(?:company|firm|bank|it|@\\d+) (?:will|must|shall|agreed to|agrees to|has agreed to|is required to|will be required to) (?:also )?(?:${LIMITED_ACTIVITIES})`, stateActor: true, requires: ['under'] },
  // "Zenco's settlement with the Ministry requires the appointment of a monitor": the firm's settlement told as the subject.
  { relation: 'restricts', id: 'pattern:restricts:firms-settlement-with-body-requires', template: `(?:^|, )(?:the )?Y1 's (?:[a-z-]+ ){0,2}T(settlement|consent decree|consent order|consent agreement) with (?:the )?X1 (?:also |further )?(?:requires|required|will require|obliges|obliged|bars|barred|prohibits|prohibited|mandates|mandated|imposes|imposed|forbids) (?!(?:the )?(?:\\k<x>|government|agency|ministry|department|commission|state|regulator|authority|bureau|court)(?= ))`, stateActor: true, requires: ["'s"] },
  // "Without admitting or denying the Commission's findings, Zenco consented to the entry of an order that …": the firm's consent to
  // the body's order binds it.
  { relation: 'restricts', id: 'pattern:restricts:without-admitting-consented-to-order', template: `^without admitting or denying (?:the )?X1 (?:'s )?(?:[a-z-]+ ){0,2}(?:findings|allegations|charges|claims|complaint) , (?:the )?Y1 (?:has |have |also )?T(consented|consents|agreed|agrees) to (?:the )?(?:entry of |issuance of )?(?:a |an |the )?(?:final )?(?:[a-z-]+ ){0,3}(?:order|orders|judgment|judgement|decree|injunction)(?= |$)`, stateActor: true, requires: ['denying'], notFollowedBy: ORDER_ON_ANOTHER },
  // "Zenco consented to the entry of an order by the Commission", "consented to the Commission's order": the same act told after it.
  { relation: 'restricts', id: 'pattern:restricts:consented-to-order-by', template: `Y1 P AUX T(consented|consents) to (?:the )?(?:entry of |issuance of )?(?:a |an |the )?(?:final )?(?:[a-z-]+ ){0,3}(?:order|judgment|judgement|decree|injunction) (?:issued |entered |imposed )?(?:by|from|of) (?:the )?X1`, stateActor: true, requires: ['consented|consents'], notFollowedBy: ORDER_ON_ANOTHER },
  { relation: 'restricts', id: 'pattern:restricts:consented-to-bodys-order', template: `Y1 P AUX T(consented|consents) to (?:the )?(?:entry of |issuance of )?(?:the )?X1 's (?:[a-z-]+ ){0,3}(?:order|judgment|judgement|decree|injunction)(?= |$)`, stateActor: true, requires: ['consented|consents'], notFollowedBy: ORDER_ON_ANOTHER },
  // "The SEC announced the imposition of a cease-and-desist order as to Zenco": an order named by its imposing.
  { relation: 'restricts', id: 'pattern:restricts:announced-imposition-of-order', template: `X P AUX T(announced|announces|ordered|orders|approved|approves) the (?:imposition|entry|issuance) of (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:cease-and-desist order|cease and desist order|consent order|consent decree|remedial order|corrective order|compliance order|administrative order|injunction) (?:against|on|upon|as to) (?:the )?Y`, verb: true, stateActor: true, requires: ['imposition|entry|issuance'], notFollowedBy: /^ ?'s / },
  // Stop 77, second round, from stop 76's last two sets. "Vexa was pulled from the App Store by Apple", "was yanked by Qorva from its
  // store": a store's owner that takes a thing off its store bans it, told in the passive.
  { relation: 'banned', id: 'pattern:banned:pulled-from-store-by', template: `Y1 (?:had been|has been|have been|was|were|is|are|got|gets) (?:[a-z]+ly )?T(pulled|yanked|booted|kicked|dropped|delisted) (?:from|off|out of) (?:the |its |their )?(?:@\\d+ |(?:[a-z-]+ ){0,2}(?:store|stores|shelves|marketplace|platform|platforms) )by (?:the )?X`, requires: ['by'], notFollowedBy: PULLED_BY_ITS_MAKER },
  { relation: 'banned', id: 'pattern:banned:pulled-by-from-store', template: `Y1 (?:had been|has been|have been|was|were|is|are|got|gets) (?:[a-z]+ly )?T(pulled|yanked|booted|kicked|delisted) by (?:the )?X1 (?:from|off|out of) (?:the |its |their )?(?:@\\d+|(?:[a-z-]+ ){0,2}(?:store|stores|shelves|marketplace|platform|platforms))(?= |$)`, requires: ['by'], notFollowedBy: PULLED_BY_ITS_MAKER },
  // "The Board has prevented the game Vexa from being released in Ruritania": a body keeping a work from its release bans it.
  { relation: 'banned', id: 'pattern:banned:prevented-from-being-released', template: `X P AUX T(prevented|prevents|prevent|preventing|stopped|stops|kept|keeps) (?:the |a |an )?(?:[a-z-]+ ){0,2}Y (?:from )?being (?:released|sold|published|distributed|launched|shown|broadcast|aired|screened|downloaded|installed|listed|marketed)(?= |$)`, verb: true, stateActor: true, requires: ['being'] },
  // "imposed a civil fine and a denial of export privileges against Zenco": a denial order named as a noun restricts the firm.
  { relation: 'restricts', id: 'pattern:restricts:imposed-denial-of-export-privileges', template: `X P AUX T(imposed|imposes|imposing|issued|issues|ordered|orders|announced|announces) (?:an? |the )?(?:(?!(?:end|ending|lifting|removal|termination|rescission|reversal|withdrawal) )[a-z$0-9.,-]+ ){0,5}?(?:and |, )?(?:an? |the )?(?:[a-z-]+ )?(?:denial|suspension|revocation) of (?:its |their |the )?(?:export|exporting) privileges (?:against|on|for|of|to|from) (?:the )?Y`, verb: true, stateActor: true, requires: ['privileges'], notFollowedBy: /^ ?'s / },
  // "Zenvia is a Qorva and Brightline partnership", "… a Qorva and Brightline joint venture": what partners run together is theirs.
  { relation: 'develops', id: 'pattern:develops:is-a-partnership-of', template: `(?:^|, )(?:the )?Y1 (?:is|was|has been) (?:a|an) (?:(?:new|joint|[0-9]+-[0-9]+) )?X T(partnership|joint venture|collaboration|co-production|coproduction|tie-up)`, requires: ['partnership|venture|collaboration|co-production|coproduction|tie-up'] },
  // Stop 77, third round, from stop 76's last bans sets: "Zeta News said Roskomnadzor had blocked its website": an outlet reporting a
  // body's block of its own site or channel is the one banned (the passive, "said its website had been blocked by", is a trigger's).
  { relation: 'banned', id: 'pattern:banned:outlet-said-body-blocked-its-site', template: `^(?:the )?Y1 (?:${OWN_SITE_REPORTERS}) (?:(?:on|last|this) [a-z]+ )?(?:that )?(?:the )?X1 (?:had |has |have )?(?:[a-z]+ly )?T(blocked|banned|suspended|shut down|closed|took down|taken down|removed|deleted) its (?:(?!(?:rivals?|competitors?|partners?|parent|sister|owners?|users?|readers?|reporters?)(?= ))[a-z-]+ )?(?:${OWN_SITE_NOUNS})(?= |$)`, stateActor: true, requires: ['its'] },
  // Stop 77, fourth round, from stop 76's last bans sets: "Vexa received a refused classification rating from the Board": a refusal
  // told as the rating a work received (in capitals, "a Refused Classification rating", the name finder takes the rating for a name).
  { relation: 'banned', id: 'pattern:banned:received-refused-classification-from', template: `Y P AUX T(received|receives|got|gets|was given|were given|was handed|was issued|earned|earns) (?:a |an |the )?(?:"|“)?(?:refused classification|rc)(?:"|”)? (?:rating |classification |verdict |status )?(?:from|by) (?:the )?(?:[a-z-]+ )?X1`, requires: ['from|by'], indexBy: ['classification', 'rc'], stateActor: true },
  // "The Commission is ordering carriers to stop accepting traffic from Zenco": an order to those who carry a firm's traffic to refuse
  // it bans the firm (stop 77, from its first controls samples: robocall carriers).
  { relation: 'banned', id: 'pattern:banned:ordered-carriers-to-refuse-traffic-from', template: `X P AUX T(ordered|orders|order|ordering|directed|directs|direct|directing|required|requires|require|requiring|told|tells|instructed|instructs) (?:all |other |downstream |domestic |voice |the )?(?:[a-z-]+ )?(?:carriers|providers|operators|companies) to (?:immediately )?(?:stop|cease|block|refuse|reject) (?:accepting|carrying|transmitting|routing|handling )?(?:all |any )?(?:[a-z-]+ )?traffic (?:from|of|originating from|sent by) (?:the )?Y`, verb: true, stateActor: true, requires: ['traffic'] },
  // "violating U.S. sanctions laws against Iran", "export control regulations on Zembla": a state's sanctions named with their laws
  // restrict their target (stop 77, from its first controls samples).
  { relation: 'restricts', id: 'pattern:restricts:sanctions-laws-against', template: `(?:the )?X1 (?:'s )?T(sanctions|export control|export controls|embargo|trade embargo) (?:laws|law|regulations|regime|regimes|rules|program|programme|programs|programmes|dragnet|campaign|squeeze|crackdown) (?:against|on|targeting|toward|towards) (?:the )?Y`, stateActor: true, requires: ['laws|law|regulations|regime|regimes|rules|program|programme|programs|programmes|dragnet|campaign|squeeze|crackdown'], notFollowedBy: ENDED_AFTER },
  // "could not ship the lathe to Iran without obtaining a licence from the U.S. government", "commodities requiring licences for
  // exports to Iran": a licence a state requires for exports to a destination restricts the destination.
  { relation: 'restricts', id: 'pattern:restricts:shipped-to-without-licence-from', template: `T(ship|shipped|ships|shipping|export|exported|exports|exporting|sell|sold|sells|selling|send|sent|sends|sending|transfer|transferred|supply|supplied) (?:[a-z$0-9.,-]+ |@\\d+ ){0,6}?to (?:the )?Y (?:[a-z$0-9.,-]+ ){0,3}?without (?:first )?(?:obtaining|getting|securing|receiving|having|applying for) (?:a |an |the )?(?:[a-z-]+ )?(?:license|licence|licenses|licences|permit|authorization|authorisation) from (?:the )?X1`, stateActor: true, requires: ['without'], notPrecededBy: /(?:can|could|may|might|allowed to|permitted to|able to|free to)(?: now| still| also)? $/ },
  { relation: 'restricts', id: 'pattern:restricts:list-of-goods-requiring-licences-to', template: `(?:the )?X1 's (?:[a-z-]+ )?T(list|lists) of (?:[a-z-]+ ){0,3}(?:requiring|that require|which require|subject to) (?:export )?(?:licenses|licences|permits|a license|a licence) (?:for (?:exports|shipments|sales|export) )?to (?:the )?Y`, stateActor: true, requires: ["'s"], notFollowedBy: ENDED_AFTER },
  // Stop 78, from stop 77's last bans sets: broadcasters told to stop broadcasting, by a body's verb or by its decision named as a noun.
  // "The council ordered Vexa FM to suspend broadcasting for a month"; "the decision by the council ordering Vexa FM to suspend its
  // broadcasts"; "issued a decision ordering Vexa FM to stop broadcasting".
  { relation: 'banned', id: 'pattern:banned:ordered-to-stop-broadcasting', template: `X P AUX T(${ORDERED_OR_FORCED}) (?:the )?Y ${WHEN}to (?:immediately |temporarily )?(?:suspend|stop|cease|halt|end) (?:all )?(?:its |their |its@\\d+ )?(?:${STOPPED_OUTPUT})(?= |$)`, verb: true, notFollowedBy: NOT_ALL_OUTPUT, requires: ['to'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:decision-by-body-ordering-to-stop', template: `(?:${DECISION_NOUNS}) (?:by|from|of) (?:the )?X1 (?:, )?T(ordering|requiring|forcing|directing|instructing|compelling) (?:the )?Y ${WHEN}to (?:immediately |temporarily )?(?:suspend|stop|cease|halt|end|shut down|shut|close down|close) (?:all )?(?:its |their |its@\\d+ )?(?:[a-z-]+ )?(?:${STOPPED_OUTPUT}|office|offices|bureau|bureaus|business)(?= |$)`, notFollowedBy: NOT_ALL_OUTPUT, stateActor: true, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:issued-decision-ordering-to-stop', template: `X P AUX (?:issued|issues|handed down|hands down|passed|adopted|adopts|published|publishes) (?:a |an |its |the )?(?:[a-z-]+ )?(?:${DECISION_NOUNS}) (?:, )?T(ordering|requiring|forcing|directing|instructing|compelling) (?:the )?Y ${WHEN}to (?:immediately |temporarily )?(?:suspend|stop|cease|halt|end|shut down|shut|close down|close) (?:all )?(?:its |their |its@\\d+ )?(?:[a-z-]+ )?(?:${STOPPED_OUTPUT}|office|offices|bureau|bureaus|business)(?= |$)`, notFollowedBy: NOT_ALL_OUTPUT, stateActor: true, requires: ['to'] },
  // Stop 78, second round, from stop 77's makers sets: the maker described first and named after a copula. "The maker of Zeta is Zenco",
  // "The company behind Zeta is Zenco", "The firm that makes Zeta was Zenco" (the appositive forms are patterns 54 and fronted-behind).
  { relation: 'develops', id: 'pattern:develops:maker-of-is', template: `(?:the )?T(parent company|parent|owner|maker|makers|developer|developers|creator|creators|operator|manufacturer|publisher) of (?:the )?Y (?:${NAMED_MAKER_COPULA})X1`, notPrecededBy: /\S/, notFollowedBy: NOT_THE_MAKER_NAMED, requires: ['is|was|are|were'] },
  { relation: 'develops', id: 'pattern:develops:maker-behind-is', template: `(?:the )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}|team|outfit) T(behind) (?:the )?Y (?:${NAMED_MAKER_COPULA})X1`, notPrecededBy: /\S/, notFollowedBy: NOT_THE_MAKER_NAMED, requires: ['is|was|are|were'] },
  { relation: 'develops', id: 'pattern:develops:maker-that-makes-is', template: `(?:the )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}) (?:that|which) T(makes|made|develops|developed|builds|built|creates|created|publishes|published|operates|operated|runs|ran) (?:the )?Y (?:${NAMED_MAKER_COPULA})X1`, notPrecededBy: /\S/, notFollowedBy: NOT_THE_MAKER_NAMED, requires: ['is|was|are|were'] },
  // "The FCC sent letters to Zenco, Qorva and Borin ordering them to stop carrying the calls": a body's letters that order their
  // addressees to stop ban them, named cease-and-desist or not (stop 78, from stop 77's first controls samples).
  { relation: 'banned', id: 'pattern:banned:sent-letters-ordering-to-stop', template: `X P AUX T(${SEND_VERBS}) (?:[a-z-]+ )?(?:letters|letter|notices|notice|orders|order) to (?:[a-z-]+ ){0,2}Y (?:, )?(?:ordering|telling|directing|demanding|requiring|instructing|warning) (?:them|it|that they|that it) (?:to |must |should )?(?:immediately )?(?:stop|cease|halt|end) (?:${LETTER_STOPS})(?= |$)`, verb: true, stateActor: true, requires: ['to'] },
  // "The Commerce Department requires American companies to obtain licences to export to Zenco": the body that requires the licence
  // (stop 78; the body named with the licence is sellers-need-bodys-licence).
  { relation: 'restricts', id: 'pattern:restricts:requires-sellers-to-obtain-licence', template: `X1 P AUX T(requires|required|require|requiring|forces|forced|obliges|obliged) (?:all )?(?:[a-z-]+ |@\\d+ )?${LICENCE_NEEDERS} to (?:obtain|seek|apply for|get|secure|have) (?:a |an |new |special |export |individual )*(?:${LICENCE_NEEDS}) (?:to|before|for) (?:(?!to )\\S+ ){0,6}to (?:the )?Y1`, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // "Among the blocked sites were A and B, the BTK said": the members of a set named first, and the body that blocked them named as the
  // reporter (stop 78, from stop 77's last sets; with the act in the sentence before, the listing reader's "among" reads it). Not the
  // sanctioned: the state whose firms were sanctioned reports them as often (stop 78's review).
  { relation: 'banned', id: 'pattern:banned:among-the-blocked-were-body-said', template: `^(?:among|amongst) the (?:[a-z0-9-]+ ){0,3}?T(${AMONG_BANNED}) (?:(?:[a-z0-9-]+ ){0,2}(?:${AMONG_PARTIES}) )?(?:were|are|was|is) Y , (?:the )?(?:(?:@\\d+|[a-z]+) 's )?X1 (?:said|says|announced|announces|reported|reports|confirmed|confirms)(?= |$)`, stateActor: true, requires: [','] },
  // "The United States refused Israel permission to sell the jets to Venezuela", "refused to allow Spain to export the aircraft": a state
  // withholding an exporter's permission restricts the exporter (stop 78, from stop 77's last controls sets).
  { relation: 'restricts', id: 'pattern:restricts:refused-permission-to-export', template: `X P AUX T(refused|refuses|refuse|refusing|denied|denies|deny|denying|withheld|withholds|withhold) (?:the )?Y (?:the |an? |its |export )?(?:permission|approval|authorization|authorisation|licence|license|licences|licenses|permits?) to (?:sell|export|ship|transfer|supply|deliver|re-export)(?= |$)`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'restricts', id: 'pattern:restricts:refused-to-allow-to-export', template: `X P AUX T(refused|refuses|refuse|refusing|declined|declines|decline) to (?:allow|let|permit|authorize|authorise|license|licence) (?:the )?Y (?:to )?(?:sell|export|ship|transfer|supply|deliver|re-export)(?= |$)`, verb: true, stateActor: true, requires: ['to'] },
  // Stop 79, from stop 78's bans samples: a work refused classification in a state, its classifier unnamed ("Zeta Strike has been
  // refused classification in Australia", "was denied classification in Ruritania"): the state bans it.
  { relation: 'banned', id: 'pattern:banned:refused-classification-in', template: `Y P AUX T(refused|denied) (?:a )?(?:classification|an age rating) in (?:the )?X1`, requires: ['in'], indexBy: ['classification', 'rating'], stateActor: true, notFollowedBy: REFUSED_FOR_ITS_WORK },
  // "Zenco smartphones, the K1 and the K2, sold well" (stop 79, from stop 78's makers samples): a firm's name before a plural kind owns
  // the things named in apposition after it, as its possessive would (the "'s" form is read above). Only with "the": "Zenco phones,
  // Vexa and Lumo lead the market" lists brands, not Zenco's phones; nor after a comparison ("Unlike Zenco phones, the Vexa …").
  { relation: 'develops', id: 'pattern:develops:firms-kinds-apposed', template: `(?<!(?:'s|its|of|and|or|,|like|unlike|than|against|beyond|with|to|from|over|versus|vs|vs\\.) )X1 T(${PLURAL_PRODUCT_NOUNS}) , the Y (?=[,.;:)–—]|$)`, requires: [','] },
  // Helper mk81, from the makers misses of the fresh news samples. "Zenco, the chip designer whose Zeta-2 processors power …", "Zenco, a startup whose Qorva app …": a maker's noun in apposition before
  // the relative (not a rival's or a customer's: only the nouns of a maker).
  // Review of mk81: not a seller's or a runner's noun ("the retailer whose Vexa store …"), nor a plant, a stake or a store after the name
  // ("the chipmaker whose Qorva plant was damaged"): only what a maker makes.
  { relation: 'develops', id: 'pattern:develops:maker-noun-whose', template: `X1 , (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:${MAKING_DESCRIBED_MAKERS}|designer|designers|makers|developers|creators|creator) T(whose) (?:(?:${MODIFIERS}) )*Y1`, targetNotThenKind: NOT_MADE_AFTER_WHOSE, requires: [','] },
  // "The company that created Qorva, Zenco, said …", "The startup which built the Qorva chatbot, Zenco, has …": a fronted maker described by
  // a relative clause on what it made, named in apposition after it (as fronted-behind reads "The startup behind Qorva, Zenco").
  { relation: 'develops', id: 'pattern:develops:fronted-maker-that-made', template: `(?:the )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}) (?:that|which) T(makes|made|develops|developed|builds|built|creates|created|designs|designed|produces|produced|launched|released) (?:the |a |an )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y1 (?:(?:[a-z-]+ )?(?:${MADE_KINDS}) )?, (?:the )?X1 (?:, |(?=(?:has|have|had|is|was|said|says|will|would|could|can|also|now|recently|last|this|on|in) |[a-z]+ed ))`, notPrecededBy: /\S/, requires: [',', 'that|which'] },
  // "tools such as Zenlib, Qorvdb and Vexify from Zenco": a list set after a plural kind of made things names them all as the maker's,
  // as "Zenco's tools such as …" does (helper mk82, from fresh makers samples; a bare list before "from" stays with the member next to it).
  { relation: 'develops', id: 'pattern:develops:kind-such-as-list-from', template: `(?:${PLURAL_PRODUCT_NOUNS}|libraries|frameworks|projects|brands|titles) (?:such as|including|like) Y T(from) (?:(?:the |a |an )?(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X1 `, notPrecededBy: NOT_MADE_FROM_BEFORE, requires: ['from', 'such|including|like'] },
  // "Zenco maintains the open-source projects Zenlib, Qorvdb and Vexify", "maintains the Qorvdb framework": the maintainer of a software
  // project develops it; only before a software project's noun ("maintains the Zeta-2 jets" is upkeep, "maintains its forecast" a stance).
  { relation: 'develops', id: 'pattern:develops:maintains-software-projects', template: `X P AUX (?:which |who |that )?T(maintains|maintained|maintain|maintaining) (?:the |its |their |a )?(?:[a-z-]+ ){0,2}(?:${SOFTWARE_PROJECT_NOUNS}) (?:, )?Y`, verb: true, requires: ['maintains|maintained|maintain|maintaining'] },
  { relation: 'develops', id: 'pattern:develops:maintains-named-software-project', template: `X P AUX (?:which |who |that )?T(maintains|maintained|maintain|maintaining) (?:the |its |their |a )?Y1 (?:${SOFTWARE_PROJECT_NOUNS})(?= |$)`, verb: true, requires: ['maintains|maintained|maintain|maintaining'] },
  // "Zenco's foray into crypto, Zemcoin,": a firm's move into a market, the thing it moved in with set off right after the market.
  { relation: 'develops', id: 'pattern:develops:foray-into-market-with', template: `POSS (?:[a-z-]+ ){0,2}T(foray|forays|entry|push|venture) into (?:[a-z0-9-]+ ){1,3}, Y1 (?=[,.;:)]|$)`, requires: [',', 'into'], targetUnknown: true },
  // Helper riv83b, from fresh rival samples: "Zenco and Qorva were pitted against each other", "two apps - Zenco and Qorva - are pitted
  // against one another" (or set off by commas): the pair put in contest with each other (the one-sided "pits Zenco against Qorva" is read above).
  { relation: 'competes_with', id: 'pattern:competes_with:pitted-against-each-other', template: `X1 and (?:the )?Y1 (?:[-–—,] )?AUX T(pitted|pitting|pit) against (?:each other|one another)(?= |$)`, notFollowedBy: PITTED_IN_A_DISPUTE, notPrecededBy: PITTED_PAIRS_OWNERS, requires: ['against'] },
  // "the Zeta scanners, supplied by Zenco", "Zeta drives are supplied by Zenco" (helper dv84, fresh news on makers): a supplier provides the
  // thing when its kind follows the name. Bare "Zeta, supplied by Zenco" stays unread: a firm is as often supplied ("Qorva, supplied by Vexa"); a
  // state's body is no maker ("supplied by the Zembla government").
  { relation: 'develops', id: 'pattern:develops:kind-supplied-by', template: `Y1 (?:${MADE_KINDS}) (?:, |(?:is|are|was|were|has been|have been|had been) )(?:(?:also|now|still|mainly|largely|exclusively) )?T(supplied) by (?:the )?X1 (?!'s |(?:government|authorities|state|military|army|navy|ministry) )`, requires: ['supplied'] },
  // Helper cp85: "The two rivals, Zenco and Qorva, …", "both competitors, A and B", "shares of the two fierce rivals A and B": a count
  // of rivals set before a pair names the pair's members as each other's ("Lumo beat the two rivals, A and B" is Lumo's; "the two former
  // rivals" are no longer).
  { relation: 'competes_with', id: 'pattern:competes_with:count-of-rivals-pair', template: `(?:the )?(?:two|both) (?:(?!former |erstwhile |one-time |ex-)[a-z-]+ )?T(rivals|competitors|archrivals|arch-rivals) (?:, )?X1 and Y1 `, notPrecededBy: /(?:^|\s)(?!(?:the|of|between|among|with|by|from) )\S+ (?:the )?$/, requires: ['two|both'] },
  // "Qorva has had an assistant called Lumo for years, but now it is going global with one called Nova", "it launched one named
  // Nova" (helper dv85): a second thing of the same kind, "one called Y", given in the same sentence by the firm that has the
  // first. Only after a verb of the firm's own act, so "has no plans for one called Nova" stays out.
  { relation: 'develops', id: 'pattern:develops:has-a-kind-called-then-one', template: `X P AUX (?:has|have|had) (?:a |an |its |their )?(?:(?:new|own|secret|first|second|latest) )?(?:[a-z-]+ )?(?:${HAD_KINDS}) (?:called|named|dubbed) @\\d+ (?:(?!(?:not|never|no|will|would|could|may|might|plan|plans|planned|wants|wanted|hopes) )[a-z]+ |, ){1,10}(?:it |they )?(?:(?:is|are|was|were) )?(?:going [a-z]+ with|launched|launches|launching|released|releases|unveiled|unveils|introduced|introduces|replaced it with|replacing it with|followed it with|follows it with) T(one) (?:called|named|dubbed) Y1`, requires: ['one', 'called|named|dubbed'] },
  // "Zenco, whose video suite, FooView, is helping …", "Qorva, whose messaging app, Zapp, has …" (helper dv85): the thing named in
  // apposition to its kind, inside the owner's relative aside.
  { relation: 'develops', id: 'pattern:develops:whose-kind-apposed', template: `X1 , T(whose) (?:(?:${MODIFIERS}) )*(?:[a-z-]+ )?(?:${PRODUCT_NOUNS}) , (?:the )?Y1 ,`, requires: ['whose'] },
  // "Qorva, a police-tech company best known for making Zaps", "Kappa is best known for developing Lumo" (helper dv85): what a firm is
  // known for making. Its own list has no ", and", so "with Qorva, a firm best known for making Zaps, and Zenco" leaves Zenco out.
  { relation: 'develops', id: 'pattern:develops:known-for-making', template: `X (?:, )?P (?:, (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:developer|maker|company|firm|startup|start-up|group|studio|publisher|manufacturer|creator) )?AUX (?:(?:best|mainly|mostly|primarily|chiefly|widely|well|perhaps best|most) )?T(known|famous|renowned) for (?:making|building|developing|creating|designing|producing|inventing) (?:its |their |the )?(?:(?:${PRODUCT_NOUNS}) )?(?<y>@\\d+(?: , @\\d+)*(?: and @\\d+)?) (?:(?:${PRODUCT_NOUNS}) )?(?=[,.;:]|$)`, requires: ['for'] },
  // "Qorva Power, under the brand name ZapCharge, has installed …", "Zenco Energy, under the brand Voltra, runs …" (helper dv85): the
  // name a firm trades under, in apposition to it, is its own.
  { relation: 'develops', id: 'pattern:develops:apposed-under-brand', template: `X1 , T(under) (?:the |its |their )?(?!names? )(?:${BRAND_WORDS}) Y1 ,`, requires: ['under', ','] },
  // "Qorva jumped in with the Vexa Classic", "Zenco joined the party with its Zeta Mini", "entered the fray with the Lumo Pro" (helper
  // dv85): what a firm joins a market with is its own thing; "the" or its "its" before the name keeps out a partner firm. The idioms
  // without a market noun; "entered the fray/market with" is entered-market-with's.
  { relation: 'develops', id: 'pattern:develops:joined-market-with', template: `X P (?:(?:also|then|soon|quickly|finally|later) )?T(jumped in|jumps in|joined the party|joins the party|got in on the act|gets in on the act) with (?:the |its@\\d+ |its |their )(?:(?:${MODIFIERS}) )*Y1 `, requires: ['with'] },
  // "The main products available from Zenco are Alpha Checks and Beta Calls" (helper dv85): a firm's own main products. The
  // qualifier is required: "the products available from Zenco" may be a shop's stock.
  { relation: 'develops', id: 'pattern:develops:main-products-available-from', template: `(?:the |its )?(?:main|key|core|principal|chief|primary|flagship) T(products|services|offerings|apps|tools|platforms|brands) available from X1 (?:are|were|include|includes|included) (?:the )?Y`, requires: ['available'] },
  // "Zenco will enable the feature in its new models, starting with the Alto and Alto EV" (helper dv85): the firm's own things
  // listed first, where its "its" stays a plain word because the firm names the clause's subject.
  // "The" before the first name keeps out a firm ("starting with Qorva"); "from"/"by" after the last a part bought in ("for its phones,
  // starting with the Qorva X1 from Vexa").
  { relation: 'develops', id: 'pattern:develops:its-kinds-starting-with', template: `X1 P AUX G6 its (?:(?:${MODIFIERS}) )*T(${PLURAL_PRODUCT_NOUNS}) , (?:starting|beginning) with the Y`, requires: ['starting|beginning'], notAnAddress: true, notFollowedBy: /^(?:from|by|of|made|built|supplied) / },
  // Helper md85, from fresh samples on vape makers: a drug regulator keeping a product off the market by a marketing denial order
  // ("issued marketing denial orders for Zenco's Puffo", "Zenco received a marketing denial order from the FDA"), by denying its
  // marketing ("FDA denies marketing of Puffo", "denied marketing applications for Puffo") or by a warning letter demanding its
  // removal ("warns Zenco to stop selling Puffo", "sent warning letters to Zenco telling it to pull Puffo") bans it: it may no longer
  // be sold. The noun "marketing denial order" with "against" is the registry's; a marketing order granted, a firm applying or a
  // warning over a practice ("warned Zenco over its ads") bans nothing.
  // "Could the FDA deny marketing of Puffo?": a question states no act.
  { relation: 'banned', id: 'pattern:banned:marketing-denial-order-for', template: `X P AUX T(${SEND_VERBS}|handed|hands) (?:an? |the |its )?(?:[a-z-]+ )?marketing denial orders? (?:\\( mdos? \\) )?(?:for|to|on|covering) (?:the |all |its |their )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, indexBy: ['marketing'], requires: ['denial'], stateActor: true, notFollowedBy: ENDS_AS_QUESTION },
  { relation: 'banned', id: 'pattern:banned:received-marketing-denial-order', template: `Y1 P AUX T(received|receives|got|gets|was issued|were issued|was handed|were handed|was served|were served) (?:an? |the )?(?:[a-z-]+ )?marketing denial orders? (?:\\( mdos? \\) )?from (?:the )?X1`, indexBy: ['marketing'], requires: ['denial', 'from'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:denied-marketing-of', template: `X P AUX T(denied|denies|deny|rejected|rejects|reject|refused|refuses|refuse) (?:the )?(?:premarket )?(?:marketing|sale|sales) (?:of|(?:applications?|authori[sz]ations?|bids?|requests?) for) (?:the |all |its |their )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, indexBy: ['marketing', 'sale', 'sales'], stateActor: true, notFollowedBy: ENDS_AS_QUESTION },
  { relation: 'banned', id: 'pattern:banned:warned-to-stop-selling', template: `X P AUX T(warned|warns|told|tells|ordered|orders|directed|directs) (?:the )?@\\d+ (?:, )?(?:in (?:a |an )?(?:[a-z-]+ )?letters? (?:, )?)?to (?:immediately )?(?:stop|cease|halt) (?:selling|marketing|distributing|offering) (?:its |their |the |all )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, requires: ['to'], stateActor: true, notFollowedBy: ENDS_AS_QUESTION },
  { relation: 'banned', id: 'pattern:banned:letters-telling-to-pull', template: `X P AUX T(${SEND_VERBS}) (?:[a-z-]+ )?(?:warning letters?|letters?) to (?:the )?@\\d+ (?:, )?(?:telling|ordering|directing|demanding|requiring|instructing|warning|asking) (?:it|them|that it|that they) (?:to |must |should )?(?:immediately )?(?:stop selling|cease selling|stop marketing|cease marketing|stop distributing|pull|withdraw) (?:its |their |the |all )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, requires: ['to'], stateActor: true },
  { relation: 'banned', id: 'pattern:banned:said-must-be-pulled', template: `X P AUX T(said|says|ordered|orders|declared|declares) (?:that )?(?:the |all |its |their )?(?:[a-z0-9-]+ ){0,2}Y (?:[a-z-]+ ){0,2}(?:must|would have to|will have to|have to|has to) be (?:pulled|removed|withdrawn|taken) (?:off|from) (?:the )?(?:market|shelves|stores)`, verb: true, requires: ['must|would|will|have|has', 'off|from'], stateActor: true },
  // Helper dc86, from a fresh sample's develops misses: a made thing that came out of a firm's lab, unit or team ("Zeta came out of
  // Zenco's research unit", "Vexa grew out of Qorva's robotics lab") or was born at the firm ("The Zeta chatbot was born at Zenco
  // Labs") is the firm's. Bare "came from Zenco" (money, a complaint, staff) and "born in Ruritania" say nothing of making.
  { relation: 'develops', id: 'pattern:develops:came-out-of-lab', template: `Y1 (?:(?:${MADE_KINDS}) )?AUX T(came out of|comes out of|emerged from|emerges from|grew out of|grows out of|sprang from|sprang out of|was born at|was born inside|was born within|was born in|were born at|were born in) (?:the )?X1 (?:'s (?:[a-z-]+ ){0,2}(?:lab|labs|laboratory|laboratories|research|unit|division|team|group|skunkworks|incubator|studio|studios|arm|department)(?= |$)|(?<=(?:born (?:at|inside|within)) (?:the )?@\\d+ )(?=[,.;]|$))`, requires: ['out|from|born'] },
  // Helper cp86: a firm's rivals named in a quote that opens the sentence, the firm its speaker's (see QUOTED_ROLE).
  { relation: 'competes_with', id: 'pattern:competes_with:quoted-we-compete-said-by', template: `${WE_COMPETE}${QUOTE_SAID_BY_FIRM}`, requires: ['we'] },
  { relation: 'competes_with', id: 'pattern:competes_with:quoted-we-compete-firm-said', template: `${WE_COMPETE}${QUOTE_FIRM_SAID}`, requires: ['we'] },
  { relation: 'competes_with', id: 'pattern:competes_with:quoted-our-rivals-said-by', template: `${OUR_RIVALS}${QUOTE_SAID_BY_FIRM}`, requires: ['our'] },
  { relation: 'competes_with', id: 'pattern:competes_with:quoted-our-rivals-firm-said', template: `${OUR_RIVALS}${QUOTE_FIRM_SAID}`, requires: ['our'] },
  // Helper da86, from the last fresh makers sample: the maker behind a thing named in apposition after it in mid-sentence ("Analysts
  // said the company behind the Zeta phone, Zenco, was growing", "bought the startup behind Zapp, Zenco Labs, for $5 million"), as
  // fronted-behind reads it opening the sentence. Not after a firm and its comma: "Qorva, the startup behind Zapp, Zenco and Vexa …"
  // lists firms after Qorva's own apposition (that reading is the apposition's); an investor or a lawyer behind a thing is no maker.
  { relation: 'develops', id: 'pattern:develops:behind-apposed-mid', template: `the (?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}|team|outfit) T(behind) (?:the )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y , (?:the )?X1 (?:, |(?=[.;:] |$))`, notPrecededBy: /^$|@\d+ (?:, |\( )$|'s $/, notFollowedBy: APPOSED_LIST_GOES_ON, requires: ['behind', ','] },
  { relation: 'develops', id: 'pattern:develops:behind-apposed-mid-kind', template: `the (?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}|team|outfit) T(behind) (?:the |a |an )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y1 (?:[a-z-]+ )?(?<k>[a-z-]+) , (?:the )?X1 (?:, |(?=[.;:] |$))`, notPrecededBy: /^$|@\d+ (?:, |\( )$|'s $/, notFollowedBy: APPOSED_LIST_GOES_ON, kindNoun: true, requires: ['behind', ','] },
  // "Lina Park leads the team behind Zeta at Zenco", "heads the group responsible for the Zeta chatbot at Qorva": a firm's team that
  // makes a thing, named by the firm it works at.
  { relation: 'develops', id: 'pattern:develops:team-behind-at', template: `(?:team|teams|group|unit|division|lab|engineers|researchers) T(behind|responsible for) (?:the |its )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y at X1`, requires: ['at'] },
  { relation: 'develops', id: 'pattern:develops:team-behind-at-kind', template: `(?:team|teams|group|unit|division|lab|engineers|researchers) T(behind|responsible for) (?:the |its )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y1 (?<k>[a-z-]+) at X1`, kindNoun: true, requires: ['at'] },
  // "Regulators fined the maker of the Zeta phone, Zenco, on Monday", "the company that makes Zeta, Zenco, said": the same in
  // mid-sentence with a maker's noun and "of", or a maker's relative clause (as the fronted readers above take them opening it).
  // "fined the parent of Zapp, Zenco, on Monday", "the owner of Zapp, Zenco," (helper cd87): parent and owner as the fronted reader has them.
  { relation: 'develops', id: 'pattern:develops:maker-of-apposed-mid', template: `the (?:[a-z-]+ )?T(parent company|parent|owner|owners|maker|makers|developer|developers|creator|creators|manufacturer) of (?:the )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y1 (?:(?:[a-z-]+ )?(?:${MADE_KINDS}) )?, (?:the )?X1 (?:, |(?=[.;:] |$))`, notPrecededBy: /^$|@\d+ (?:, |\( )$|'s $/, notFollowedBy: APPOSED_LIST_GOES_ON, requires: [','] },
  { relation: 'develops', id: 'pattern:develops:maker-that-made-apposed-mid', template: `the (?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}) (?:that|which) T(makes|made|develops|developed|builds|built|creates|created|designs|designed|produces|produced) (?:the |a |an )?(?:(?:${MODIFIERS}|${ADJECTIVE_SHAPE}) )*Y1 (?:(?:[a-z-]+ )?(?:${MADE_KINDS}) )?, (?:the )?X1 (?:, |(?=[.;:] |$))`, notPrecededBy: /^$|@\d+ (?:, |\( )$|'s $/, notFollowedBy: APPOSED_LIST_GOES_ON, requires: [',', 'that|which'] },
  // Helper rf86, from stop 85's last fresh sample (satellite readers): a state refusing the authority a firm would work under bans it there, as
  // revoking that authority does (denied-application, read before the start). "refused applications from Zenco and Qorva to offer
  // services", "rejected bids by Zenco, Qorva and Vexa for licences": every applicant listed is refused.
  { relation: 'banned', id: 'pattern:banned:denied-applications-from', template: `X P AUX T(${DENY_VERBS}) (?:the |an? |all |their )?${APPLICATION_WORDS_BEFORE}(?:application|applications|bid|bids|request|requests|petition|petitions) (?:from|by|of) (?:the )?Y ${LEAVE_TO_WORK}`, verb: true, stateActor: true, requires: ['from|by|of'], indexBy: ['application', 'applications', 'bid', 'bids', 'request', 'requests', 'petition', 'petitions'] },
  // "refused to authorise Zenco to offer broadband", "declined to license Qorva": the licence withheld by its verb.
  { relation: 'banned', id: 'pattern:banned:refused-to-authorise', template: `X P AUX T(refused to|refuses to|refuse to|refusing to|declined to|declines to|decline to) (?:authori[sz]e|license|licence|permit) (?:the )?Y (?:to (?:${WORK_VERBS})(?= |$)|(?=[.,;:]|$))`, stateActor: true, requires: ['authorise|authorize|license|licence|permit'] },
  // "denied Zenco authorisation to operate", "refused Qorva and Vexa permission to offer services".
  { relation: 'banned', id: 'pattern:banned:denied-permission-to-work', template: `X P AUX T(${DENY_VERBS}) (?:the )?Y (?:the |an? )?(?:[a-z-]+ )?(?:permission|authori[sz]ation|approval|clearance) to (?:${WORK_VERBS})(?= |$)`, verb: true, stateActor: true, indexBy: ['permission', 'authorisation', 'authorization', 'approval', 'clearance'] },
  // The act as a noun: "the regulator's refusal of Qorva's licence", "Ofcom's rejection of applications from Zenco and Qorva to
  // operate"; not one undone or fought ("overturned the regulator's refusal …", "an appeal against …").
  { relation: 'banned', id: 'pattern:banned:bodys-refusal-of-holders-licence', template: `POSS (?:[a-z-]+ )?T(refusal|refusals|rejection|rejections|denial|denials) of (?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:(?:${LICENCES})${LICENCE_HEADED}|(?:application|applications|bid|request) ${LEAVE_TO_WORK})`, stateActor: true, notPrecededBy: REFUSAL_UNDONE_BEFORE, notFollowedBy: REFUSAL_UNDONE_AFTER },
  { relation: 'banned', id: 'pattern:banned:bodys-refusal-of-applications-from', template: `POSS (?:[a-z-]+ )?T(refusal|refusals|rejection|rejections|denial|denials) of (?:the |an? |all )?${APPLICATION_WORDS_BEFORE}(?:application|applications|bid|bids|request|requests) (?:from|by|of) (?:the )?Y ${LEAVE_TO_WORK}`, stateActor: true, notPrecededBy: REFUSAL_UNDONE_BEFORE, notFollowedBy: REFUSAL_UNDONE_AFTER },
  // "the defence ministry said contracts with Zenco and Qorva will be banned": a rule the body announces, over each firm it names.
  { relation: 'banned', id: 'pattern:banned:said-dealings-with-will-be-banned', template: `X P AUX T(said|says|announced|announces|declared|declares) (?:that )?(?:all |new |future |any )?(?:[a-z-]+ )?(?:contracts|deals|agreements|services|purchases|procurement) (?:with|from) (?:(?:[a-z-]+ ){0,3}(?:providers|suppliers|firms|companies|operators|vendors) )?(?:the )?Y (?:will|are to|is to|shall) be (?:banned|barred|prohibited|forbidden)(?= |$)`, stateActor: true, requires: ['banned|barred|prohibited|forbidden'], notFollowedBy: BAN_ONLY_IF_AFTER },
  // "refused to grant Zenco a licence", "declined to issue a licence to Qorva and Vexa".
  { relation: 'banned', id: 'pattern:banned:refused-to-grant-licence', template: `X P AUX T(refused to|refuses to|refuse to|refusing to|declined to|declines to|decline to) (?:grant|issue|give|award) (?:the )?Y (?:an? |the |any )?${LICENCE_KIND}(?:${LICENCES}|permission|authori[sz]ation)(?= |$)`, stateActor: true, requires: ['grant|issue|give|award'], indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:refused-to-grant-licence-to', template: `X P AUX T(refused to|refuses to|refuse to|refusing to|declined to|declines to|decline to) (?:grant|issue|give|award) (?:an? |the |any )?${LICENCE_KIND}(?:${LICENCES}) to (?:the )?Y`, stateActor: true, requires: ['grant|issue|give|award'], indexBy: LICENCE_WORDS },
  // "applications from Zenco and Qorva to offer services were rejected by Ofcom": the passive, each applicant refused.
  { relation: 'banned', id: 'pattern:banned:applications-from-denied-by', template: `(?:^|, )(?:the |all )?${APPLICATION_WORDS_BEFORE}(?:applications|bids|requests|petitions) (?:from|by|of) (?:the )?Y (?:to (?:${WORK_OR_LANDING}) A6 |for (?:an? |the )?(?:(?!(?:of|to) )[a-z-]+ ){0,3}(?:(?:${LICENCES}|authori[sz]ation) |(?:permission|approval|clearance) to (?:${WORK_VERBS}) A6 ))(?:were|have been|had been) T(denied|rejected|refused|turned down) by (?:the )?X1`, stateActor: true, requires: ['by'], indexBy: ['applications', 'bids', 'requests', 'petitions'] },
  // "refused Zenco and Qorva licences to operate": the holders listed, the licence plural and unmarked (denied-holder reads one holder).
  { relation: 'banned', id: 'pattern:banned:denied-holders-licences-to-work', template: `X P AUX T(${DENY_VERBS}) (?:the )?Y (?:an? |the )?${LICENCE_KIND}(?:${LICENCES}|permission|authori[sz]ation) to (?:${WORK_OR_LANDING})(?= |$)`, verb: true, stateActor: true, indexBy: LICENCE_WORDS },
  // "turned down Vexa's bid to land its satellite service": a state's only (a firm turning down a partner's bid is its deal).
  { relation: 'banned', id: 'pattern:banned:denied-bid-to-land-service', template: `X P AUX T(${DENY_VERBS}) Y1 's (?:[a-z-]+ ){0,2}(?:application|applications|bid|request|petition) to land ${LANDING}(?= |$)`, verb: true, stateActor: true, requires: ['land'], indexBy: ['application', 'applications', 'bid', 'request', 'petition'] },
  // Helper bk86, from stop 85's last fresh sample (bans readers): a court's or a body's order that names the product it stops bans the
  // product. "issued an injunction requiring that Qorva stop selling the Zeta", "granted an injunction ordering Qorva to stop selling
  // its Zeta"; "granted an injunction that will prevent Qorva from selling its Zeta". Not one sought, denied, lifted or stayed (no such verb).
  { relation: 'banned', id: 'pattern:banned:injunction-requiring-stop-selling', template: `X P AUX T(issued|issues|issue|granted|grants|grant|handed down|hands down|imposed|imposes|entered|enters) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:${STOPPING_ORDERS}) (?:that |which )?(?:will |would )?(?:requiring that|requires that|required that|ordering|orders|requiring|requires|forcing|forces|directing|directs|compelling|compels) (?:the )?@\\d+ (?:to |must |should )?(?:immediately )?${STOP_SELLING} (?:the |its |their |its@\\d+ )?(?:(?!(?:his|her|to|in|into|at|for|with|from|by|on) )[a-z0-9-]+ )?Y`, verb: true, notFollowedBy: /^'s /, stateActor: true, indexBy: STOPPING_ORDER_WORDS },
  { relation: 'banned', id: 'pattern:banned:injunction-preventing-selling', template: `X P AUX T(issued|issues|issue|granted|grants|grant|handed down|hands down|imposed|imposes|entered|enters) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:${STOPPING_ORDERS}) (?:that |which )?(?:will |would )?(?:prevent|prevents|preventing|bar|bars|barring|block|blocks|blocking|stop|stops|stopping|prohibit|prohibits|prohibiting) (?:the )?@\\d+ from (?:selling|importing|offering|distributing|marketing|shipping) (?:the |its |their |its@\\d+ )?(?:(?!(?:his|her|to|in|into|at|for|with|from|by|on) )[a-z0-9-]+ )?Y`, verb: true, notFollowedBy: /^'s /, stateActor: true, indexBy: STOPPING_ORDER_WORDS },
  // "Qorva must stop importing Zeta boxes after a ruling by the Trade Commission", "will have to halt sales of the Zeta under an order
  // from the court": the body whose ruling it is bans the product (the body, not the state named before it: "the US Trade Commission");
  // "could have to …" is no such must.
  { relation: 'banned', id: 'pattern:banned:must-stop-after-ruling-by', template: `(?:^|, )(?:the )?@\\d+ (?:must|will have to|has to|have to|is required to|are required to) (?:immediately )?${STOP_SELLING} (?:the |its |their |its@\\d+ )?(?:[a-z0-9-]+ )?Y (?:[a-z0-9-]+ ){0,3}?(?:after|following|under) (?:a |an |the )?(?:[a-z-]+ ){0,2}T(ruling|rulings|order|orders|decision|injunction|judgment|judgement|verdict) (?:by|from|of) (?:the )?(?:@\\d+ (?=@\\d+ ))?X1`, notFollowedBy: /^'s /, stateActor: true, requires: ['must|have|has|required', 'after|following|under'] },
  // Stop 86, a fresh sample on makers' possessives. "Vexa, Zenco's home brand": a brand or label apposed to its owner's possessive
  // and closing the apposition (not "Zenco's brand manager", nor a rival's or a former brand).
  { relation: 'develops', id: 'pattern:develops:apposed-possessive-brand', template: `Y1 , (?:the |a |an )?POSS (?:(?!(?:rival|rivals|competing|competitor|former|ex|partner|sister|sibling|parent)\\b)[a-z-]+ ){0,2}T(brand|label|marque) (?=[,.;:)]|$)`, requires: [','] },
  // "Zenco's foray into the market with Plix": the thing a firm entered a market with, at most one word before it (a partner met on
  // the way is no product, nor "a venture into space with Qorva"; the apposed "foray into crypto, Zemcoin," is foray-into-market-with).
  { relation: 'develops', id: 'pattern:develops:foray-into-market-with-thing', template: `POSS (?:[a-z-]+ ){0,2}T(foray|forays|entry|push) into (?:the |a |an )?(?:(?!(?:to|and|or|by|in|against)\\b)[a-z0-9-]+ ){0,3}with (?:the |its |their |a |an )?(?:(?!(?:partner|partners|rival|rivals|help|backing|support|investors?|customers?|clients?|ally|allies)\\b)[a-z-]+ )?Y1 (?!'s )`, requires: ['into', 'with'], targetNotType: 'company' },
  // Helper fa86: "Zenco and Qorva, the makers of Zeta", "Zenco and Qorva, the minds behind Zeta": a plural maker's noun set off after a
  // list is every member's (the singular nouns, "…, the team behind Zeta", are the last member's: the apposed-maker pattern near the top).
  { relation: 'develops', id: 'pattern:develops:list-makers-apposed', template: `X , (?:the )?(?:@\\d+ |[^@\\s,]+ )?T(makers|developers|creators|owners|brains behind|minds behind|brains responsible for|minds responsible for) (?:of )?G2 Y`, notFollowedBy: QUALIFIES_MAKER },
  // Helper fa86: "Zenco and Qorva, which are behind Zeta", "Zenco and Qorva were behind Zeta": a plural verb is every member's.
  { relation: 'develops', id: 'pattern:develops:list-behind-plural', template: `X P (?:which |that |who )?(?:are|were) (?:also )?T(behind) (?:the )?Y`, requires: ['behind'] },
  // Helper dm86: "Operated by Zenco and Qorva, the new engine known as Plix …": a fronted participle's makers make the thing the
  // main clause names after "known as", "called" or "dubbed".
  { relation: 'develops', id: 'pattern:develops:fronted-participle-known-as', template: `^T(${MAKE_PASSIVE}) by (?:(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X , (?:the |a |an )?(?:[a-z0-9-]+ ){0,3}(?:known as|called|dubbed|named) Y1 `, requires: ['by', ','] },
  // Helper dm86: "Plix was created by state broadcaster Zembla TV", "launched three years ago by Party newspaper the Zembla Daily":
  // a media outlet's title before its name (not a maker noun, so the general "by <description> X" reader leaves it).
  { relation: 'develops', id: 'pattern:develops:by-outlet-title', template: `Y C8 ${NOT_AFTER_HOLDING}T(created|developed|launched|built|started|run|operated|set up|founded|designed|made) (?:${WHEN_OR_HOW} |(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many) (?:days|weeks|months|years|decades) ago )?by (?:the |a )?(?:[a-z-]+ ){0,2}(?:broadcaster|newspaper|mouthpiece|outlet|tabloid|daily|channel|network|news site) (?:the )?X1 `, requires: ['by'], targetNotThenKind: NOT_AN_OUTLETS_WORK },
  // Helper dm86: "the Vexa fridge by German appliance manufacturer Zenco": a named product "by" a maker with its description (not
  // "a review of the Vexa fridge by …", where the maker wrote the review).
  { relation: 'develops', id: 'pattern:develops:product-by-described-maker', template: `Y1 (?:(?:${PRODUCT_NOUNS}|fridge|refrigerator|washer|dishwasher|oven|freezer) )?T(by) (?:(?!(?:rival|competing|competitor|the|a|an)\\b)[a-z-]+ ){1,3}(?:${MAKING_DESCRIBED_MAKERS}) X1 `, notPrecededBy: /(?:^| )(?:of|on|about|against|over|for|with|from|to|at|dubbed|nicknamed|named|called|codenamed|code-named|labelled|labeled|discovered|spotted|flagged|tracked as|known as) (?:the |a |an )?$/, requires: ['by'] },
  // Helper dm86: "the Plix app from US software company Qorva", "the Zeta-2 model from French AI firm Qorva": the kind noun already
  // inside the name's mention, a description of the maker after "from" (not a store: "from retailer Qorva" keeps its no).
  { relation: 'develops', id: 'pattern:develops:from-described-maker', template: `Y1 T(from) (?:the |a |an )?(?:(?!(?:rival|competing|competitor)\\b)(?:[a-z][a-z.-]*|@\\d+) ){0,3}(?:${MAKING_DESCRIBED_MAKERS}) X1 `, notPrecededBy: NOT_MADE_FROM_OR_ABOUT_BEFORE, requires: ['from'] },
  // Helper db86, a maker's named line with its members: "Zenco's Zeta portfolio covering Zeta-V and Zeta-Classic", "its Zeta lineup,
  // which includes Zeta-V", "Zenco's Zeta family now spans Zeta-V": the members of the owner's line are the owner's too.
  { relation: 'develops', id: 'pattern:develops:owners-named-line-covering', template: `POSS (?:[a-z-]+ ){0,2}@\\d+ (?:[a-z0-9-]+ ){0,2}T(${LINEUP_NOUNS}|portfolios|lineups|families|ranges) (?:, )?(?:which |that )?(?:now |also |currently )?(?:covering|covers|cover|spanning|spans|span|comprising|comprises|including|includes|include|included|consisting of|such as) (?:the )?Y`, notFollowedBy: NOT_OWN_LINE_MEMBER, notAnAddress: true, targetNotThenKind: GOODS_AFTER_MEMBER },
  // "Zenco expanded the Zeta lineup to include Zeta-V", "extended its range to add the Vela 3": what a maker widens its own line by, it makes.
  { relation: 'develops', id: 'pattern:develops:expanded-lineup-to-include', template: `X P AUX T(expanded|expands|expanding|broadened|broadens|extended|extends|widened|widens|grew|grows) (?:the|its|their|its@\\d+) (?:@\\d+ )?(?:[a-z0-9-]+ ){0,3}(?:${LINEUP_NOUNS}) (?:to include|to add|by adding) (?:the )?(?:new )?Y`, verb: true, requires: ['to|by'], notFollowedBy: NOT_OWN_LINE_MEMBER, notAnAddress: true, targetNotThenKind: GOODS_AFTER_MEMBER },
  // "Zenco sold its Qorva brand to Vexa", "transferred the Lumo trademark to Vexa": the buyer of a brand owns it now (the real-dev rules: owns).
  { relation: 'develops', id: 'pattern:develops:brand-sold-to-buyer', template: `T(sold|sells|transferred|transfers|divested|divests) (?:its|their|its@\\d+|the) (?:[a-z-]+ )?Y1 (?:${BRAND_NOUNS}|trademark|trademarks|business) to (?:the )?X1 `, requires: ['to'], notPrecededBy: SALE_UNMADE_BEFORE },
  // Helper cr86, from fresh news samples: a rival's noun set between the subject firm and the name, as a compound or a modifier of
  // the object ("Zenco modem rival Qorva", "Zenco's peer, Qorva,", "Zenco was found to infringe rival Qorva's patents", "sued rival
  // company Qorva"): the firm so called is the subject's rival. Not a former one, nor across a clause's joint ("Zenco rose as rival …").
  { relation: 'competes_with', id: 'pattern:competes_with:subjects-rival-named', template: `X1 (?:'s )?(?:(?!(?:${RIVAL_GAP_STOPS}|to|for|from|with|by|on|in|at) )[a-z-]+ ){0,2}T(rival|peer|competitor|archrival|arch-rival) ${RIVAL_KIND_AND_NAME}`, notPrecededBy: /(?:^| )(?:former|one-time|onetime|erstwhile|ex-|unlike|like) $|(?:^|(?:that|said|says|;|:) )(?:@\d+ , )*@\d+ (?:, )?(?:and|&) $/ },
  // Reached over the subject's verb only from the clause's subject ("Zenco bought Vell to take on larger rival Qorva" sets Zenco, not Vell, against Qorva).
  { relation: 'competes_with', id: 'pattern:competes_with:subjects-rival-named-after-verb', template: `(?:^|(?:that|said|says) )X1 P AUX (?:(?!(?:${RIVAL_GAP_STOPS}) )[a-z-]+ ){1,4}T(rival|competitor|archrival|arch-rival) ${RIVAL_KIND_AND_NAME}` },
  // "Zenco said Qorva, an up-and-coming rival, had copied its design": a name called "a rival" of no one else is the subject's.
  { relation: 'competes_with', id: 'pattern:competes_with:apposed-rival-of-subject', template: `^(?:the )?X1 (?:said|says|claimed|claims|argued|argues|warned|warns|alleged|alleges|told [a-z-]+|complained|complains) (?:(?:that|on|in|last|this) )?(?:[a-z-]+ ){0,2}Y1 , (?:an? |its |their )(?:(?!(?:${RIVAL_GAP_STOPS}) )[a-z-]+ ){0,2}T(rival|competitor|challenger|archrival|arch-rival) ,`, requires: [','] },
  // "Many have tried to topple Zenco, like Qorva and Lumo", "… to dethrone Zenco, including Qorva": each named example of those
  // who contend against the firm is its rival ("challenge" and "take on" left out: "may challenge Zenco, including Ruritania" is a
  // state's act, "take on Zenco's debt, including bonds" a loan; "… like Qorva did" names one who acted alike, not always a firm).
  { relation: 'competes_with', id: 'pattern:competes_with:contenders-like', template: `T(topple|dethrone|unseat|overtake|rival|compete with|compete against|catch up with) (?:the )?X1 , (?:like|such as|including|notably|among them) (?:the )?Y`, requires: [','], notFollowedBy: /^(?:(?:did|does|do|has|have|had|is|are|was|were|tried|try|tries)(?= |$)|, (?:its|their) )/ },
  // Helper lp87, from a fresh sample of real news: a possessed list whose members each carry their kind ("its Zeta phones, Plix tablets
  // and Orba watches", "including its Qorva platform, Lumo suite and Vex hardware"): the list placeholder stops at the first kind, so
  // the later members, each with a kind of its own, are read here one at a time (the words before them in a lookbehind). Not a
  // firm's or a person's role before the list ("its rivals Qorva and Vexa", "its chief Ana Lee"), and no member after another's 's.
  // For speed only (helper sp90): the lookahead spells the member's kind, which the match after it needs anyway, so most "@"s fail
  // before the costly lookbehind is tried; and sentences with no kind's word (OWN_KIND_LAST_WORDS) are not searched at all.
  { relation: 'develops', id: 'pattern:develops:possessed-kinds-later-member', template: `(?=@\\d+ ${OWN_KIND})(?<=POSS ${OWN_KIND_DESCRIBING}@\\d+ (?:${OWN_KIND})?(?:, ${OWN_KIND_DESCRIBING}@\\d+ ${OWN_KIND})*(?:, (?:and |or )?|(?:, )?(?:and|or|as well as) )${OWN_KIND_DESCRIBING})(?<y>@\\d+ )${OWN_KIND}`, notFollowedBy: NOT_MADE_NEXT, requires: [OWN_KIND_LAST_WORDS], sentenceHolds: POSSESSED_LATER_MEMBER },
  // Helper cr87: a firm's rivals or peers named by their share moves (see RIVALS_MOVED_OPENING).
  { relation: 'competes_with', id: 'pattern:competes_with:rivals-moved-with', template: `${RIVALS_MOVED_OPENING}Y1 (?=${MEMBER_MOVE})`, targetNotNamed: STOCK_INDEX_WORDS, indexBy: ['rivals', 'peers', 'competitors'], requires: ["'s"] },
  // Helper cr87: a firm in the crosshairs or sights of others (see CROSSHAIRS_NOT_RIVAL).
  { relation: 'competes_with', id: 'pattern:competes_with:in-crosshairs-of', template: `X1 P AUX (?:(?:now|squarely|firmly|directly|also|increasingly|already) )*(?:(?:finds|found|find|finding) (?:itself|themselves) )?in the T(${CROSSHAIRS}) of Y`, notFollowedBy: CROSSHAIRS_NOT_RIVAL, requires: ['in', 'of'] },
  { relation: 'competes_with', id: 'pattern:competes_with:puts-it-in-crosshairs-of', template: `(?<=(?:^| )(?:the )?(?<x>@\\d+) 's (?:[a-z0-9-]+ |@\\d+ ){1,3}(?:will |would |also |now )?(?:puts|put|places|placed|lands|landed) )(?:it|them) (?:(?:squarely|firmly|directly) )?in the T(${CROSSHAIRS}) of Y`, notFollowedBy: CROSSHAIRS_NOT_RIVAL, requires: ['in', 'of'] },
  { relation: 'competes_with', id: 'pattern:competes_with:puts-in-crosshairs-of', template: `(?:puts|put|places|placed|lands|landed) X1 (?:(?:squarely|firmly|directly) )?in the T(${CROSSHAIRS}) of Y`, notFollowedBy: CROSSHAIRS_NOT_RIVAL, requires: ['in', 'of'] },
  { relation: 'competes_with', id: 'pattern:competes_with:has-in-its-crosshairs', template: `X1 P AUX (?:has|have|had|having|puts|put|set|sets|got|gets) (?:the )?Y1 (?:(?:squarely|firmly|directly|now|clearly) )?in (?:its|their|its@\\d+) T(crosshairs|cross-hairs|sights) (?=[.,;]|$|with |as |for )`, notFollowedBy: CROSSHAIRS_NOT_RIVAL, requires: ['in'] },
  // Helper cr87: peers named in the clause after the firm's own share move (see OWN_MOVE_THEN_PEERS; "rivals" there is the trigger's).
  { relation: 'competes_with', id: 'pattern:competes_with:own-move-then-peers', template: OWN_MOVE_THEN_PEERS, requires: [','] },
  // Helper cd87, from the last fresh sample of real news (a thing's second developer): the partner after "co-developed with" in a
  // passive, a participle or a relative clause ("Zeta was co-developed with Qorva", "the Zeta chip, co-designed with Qorva,",
  // "Zeta, which it co-developed with Qorva"); the firm that made it with the partner comes from its own reader. Not a partner's customers.
  { relation: 'develops', id: 'pattern:develops:co-made-with-partner', template: `Y1 ${MADE_KIND_AFTER_NAME}(?:, |(?:was|were|is|are|has been|had been|have been|being) )(?:[a-z]+ly )?T(${CO_MADE}) (?:jointly )?with (?:the )?X`, notFollowedBy: PARTNERS_OWN_PEOPLE_AFTER, requires: ['with'] },
  { relation: 'develops', id: 'pattern:develops:co-made-with-partner-relative', template: `Y1 ${MADE_KIND_AFTER_NAME}, (?:which|that) (?:it |they |we |@\\d+ |its@\\d+ )(?:had |has |have )?(?:[a-z]+ly )?T(${CO_MADE}) (?:jointly )?with (?:the )?X`, notFollowedBy: PARTNERS_OWN_PEOPLE_AFTER, requires: ['with'] },
  // … and "Zeta is a collaborative project from Zenco and Qorva", "was the result of a collaboration between A and B": the joint
  // work's partners after a copula (apposed-joint-project reads it set off by commas). A firm so described is a joint venture, owned, not made.
  // Not an aim after the actor ("Zeta is an effort by Ruritania to curb Zenco" tells what the thing is for, not who made it).
  { relation: 'develops', id: 'pattern:develops:is-joint-project', template: `Y1 ${MADE_KIND_AFTER_NAME}(?:is|was|are|were|remains|became) (?:the (?:result|product|fruit|outcome) of )?(?:a |an |the )(?:[a-z-]+ ){0,2}T(project|collaboration|effort|creation|co-production|co-development) (?:jointly )?(?:between|of|by|from) (?:the )?X`, targetNotType: 'company', notFollowedBy: AIM_OR_PEOPLE_AFTER },
  // Helper rb87, from a fresh news sample (restricts, by its effect): sellers who now need a licence or approval to sell to a buyer
  // under a state's rules tell an export control on the buyer (real-dev's rules: licence requirements), the state named in a
  // fronted "under Ruritania's rules" or as the rules' owner ("Ruritania's rules mean suppliers need …"); said, or with the licence's
  // giver named, sellers-need-licence-said and sellers-need-licence-from-body read it. Not a need no longer there ("no longer need").
  { relation: 'restricts', id: 'pattern:restricts:sellers-need-licence-under-rules', template: `^(?:(?:under|because of|due to|following|with) )?(?:the )?(?:(?:new|latest|updated|tighter|current|revised|expanded|sweeping) )?X1 (?:'s )?${RULES_QUALIFIERS}(?:${STATE_RULES}) , ${SELLERS_NEED_LICENCE_TO_SELL_TO}Y`, requires: [','], notFollowedBy: FIRMS_OWN_PEOPLE_AFTER, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  { relation: 'restricts', id: 'pattern:restricts:rules-mean-sellers-need-licence', template: `X1 (?:'s )?${RULES_QUALIFIERS}(?:${STATE_RULES}) (?:now )?(?:mean|means|meant) (?:that )?${SELLERS_NEED_LICENCE_TO_SELL_TO}Y`, notFollowedBy: FIRMS_OWN_PEOPLE_AFTER, indexBy: LICENCE_NEED_WORDS, stateActor: true },
  // … and export curbs told as a noun before who tightened them ("the curbs on chip sales to Zembla were tightened by Ruritania").
  { relation: 'restricts', id: 'pattern:restricts:export-curbs-tightened-by', template: `T(curbs|restrictions|controls|export controls|limits|ban|bans|export ban|export bans) on (?:[a-z0-9-]+ ){0,3}(?:${SALES}|exports) (?:of (?:[a-z0-9-]+ ){1,3})?to (?:the )?Y (?:have been|has been|were|was|are|is) (?:[a-z]+ly )?(?:tightened|imposed|expanded|extended|introduced|announced|widened|broadened|adopted|set) by (?:the )?X1`, notFollowedBy: /^'s /, requires: ['by'], indexBy: ['tightened', 'imposed', 'expanded', 'extended', 'introduced', 'announced', 'widened', 'broadened', 'adopted', 'set'], stateActor: true },
  // Stop 87 (helper lic87): a transport board's licence refusals, as a state body's. "refused to grant Zenco, a Qorva-backed firm, a
  // licence" (an aside between holder and licence), "declined to approve the application of Qorva to operate", "informed Zenco that it
  // would not be issued with a licence", "Qorva's licence was not renewed by the Board". A state's body only (stateActor).
  { relation: 'banned', id: 'pattern:banned:refused-to-grant-holder-aside-licence', template: `X P AUX T(refused to|refuses to|refuse to|refusing to|declined to|declines to|decline to) (?:grant|issue|give|award) Y1 , (?:[^\\s,;:.]+ ){1,8}, (?:an? |the |any )?${LICENCE_KIND}(?:${LICENCES}|permission|authori[sz]ation)(?= |$)`, stateActor: true, requires: ['grant|issue|give|award', ','], indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:refused-to-approve-application-of', template: `X P AUX T(refused to|refuses to|refuse to|refusing to|declined to|declines to|decline to) (?:approve|grant|accept) (?:the |an? )?(?:[a-z-]+ )?(?:application|applications|bid|request) (?:of|from|by) (?:the )?Y (?:to (?:${WORK_VERBS})|for (?:an? |the )?(?:[a-z-]+ ){0,2}(?:${LICENCES}))(?= |$)`, stateActor: true, requires: ['approve|grant|accept'], indexBy: ['application', 'applications', 'bid', 'request'] },
  { relation: 'banned', id: 'pattern:banned:told-would-not-be-licensed', template: `X P AUX T(informed|informs|told|tells|notified|notifies) Y1 (?:that )?(?:it|@\\d+|they) (?:would|will) not be (?:issued with|issued|granted|given|awarded) (?:an? |the |any )?${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, stateActor: true, notFollowedBy: REFUSAL_ONLY_IF_OR_UNDONE_AFTER, requires: ['not'], indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:said-would-not-be-licensed', template: `X P AUX T(said|says|announced|announces|ruled|rules|decided|decides) (?:on @\\d+ |on [a-z]+ )?(?:that )?Y1 (?:would|will) not be (?:issued with|issued|granted|given|awarded) (?:an? |the |any )?${LICENCE_KIND}(?:${LICENCES})${LICENCE_HEADED}`, stateActor: true, notFollowedBy: REFUSAL_ONLY_IF_OR_UNDONE_AFTER, requires: ['not'], indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:licence-not-renewed-by', template: `(?:^|, )(?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:licence|license|licences|licenses|permit|permits) (?:was|were|has been|have been|had been) T(not renewed|refused renewal) by X`, stateActor: true, requires: ['renewed|renewal'] },
  // Helper own87: a firm answerable for running a named thing provides it ("Qorva is responsible for operating the ZenBike and QBike
  // apps", "which is responsible for running the Lumo service"); the things end the clause or stand before their kind, so "operating
  // in Japan", "running stores in Tokyo" and "running Zenco's stores" name nothing it makes.
  { relation: 'develops', id: 'pattern:develops:responsible-for-operating', template: `X1 P AUX (?:also |directly |solely |fully )?responsible for T(operating|running|maintaining|managing|the operation of|the running of) (?:the |its |their )?(?:(?:[a-z-]+ ){0,2}(?:${PLURAL_PRODUCT_NOUNS}) (?:such as|like|including) )?Y(?=[,.;:)]|(?:${PRODUCT_NOUNS}|${PLURAL_PRODUCT_NOUNS}) (?![a-z-]*'s|of )|and (?:is|was|has|had|also) |which |that |$)`, requires: ['responsible'], notPrecededBy: NO_LONGER_THE_ONE },
  // … and the name a firm gave its own thing ("Zpay was Zenco's internal name for the payment app", "Lumo is Qorva's brand name for
  // its scooters"); the named thing must be a product's kind, not a deal, a team or a plan ("internal name for the takeover").
  { relation: 'develops', id: 'pattern:develops:own-name-for-thing', template: `(?:^|, |that |said |says )(?:the )?Y1 (?:is|was|are|were) (?:also |originally |just )?X1 's (?:(?:internal|working|original|official|own|trade|brand|product|code|project|marketing) )?T(name|names|codename|code name|code-name) for (?:the |its |their |a |an |a new |the new |its new )?(?:[a-z-]+ ){0,2}(?:${PRODUCT_NOUNS}|${PLURAL_PRODUCT_NOUNS})(?= [.,;:]| and |$)`, requires: ['for'] },
  // … and a body named by its kind as the one answerable for making or running a thing ("Japan's Digital Agency is the agency
  // responsible for developing the Zpay app", "Qorva, the unit responsible for running Lumo, said"); not a person's role.
  { relation: 'develops', id: 'pattern:develops:body-responsible-for-making', template: `X1 (?:, |(?:is|was|are|were|remains|became) )(?:also )?(?:the|an?) (?:[a-z-]+ ){0,2}(?:agency|body|ministry|department|office|unit|company|firm|group|lab|division|authority|organisation|organization|institute|startup|subsidiary|operator) T(responsible for developing|responsible for creating|responsible for building|responsible for designing|responsible for the development of|responsible for operating|responsible for running) (?:the |its |their )?Y(?=[,.;:)]|(?:${PRODUCT_NOUNS}|${PLURAL_PRODUCT_NOUNS}) (?![a-z-]*'s|of )|and (?:is|was|has|had|also) |which |that |$)`, requires: ['responsible'] },
  // Helper rv87b (competes_with told as an idiom): an edge won or held over a named rival ("Zenco gained a
  // competitive advantage over Qorva", "Zenco's competitive edge over Qorva"); "an advantage over rivals" names no one.
  { relation: 'competes_with', id: 'pattern:competes_with:competitive-advantage-over', template: `X1 P (?:${ADVANTAGE_AUX} )*(?:(?:${ADVANTAGE_HELD}) )?(?:a |an |the |its |their )?(?:(?:${ADVANTAGE_SIZE}) )?T(competitive advantage|competitive edge) over (?:the |its |its@\\d+ |their )?(?:rival |rivals |competitor |competitors )?Y1`, requires: ['over'] },
  { relation: 'competes_with', id: 'pattern:competes_with:possessive-competitive-advantage-over', template: `POSS (?:(?:${ADVANTAGE_SIZE}) )?T(competitive advantage|competitive edge) over (?:the |its |its@\\d+ |their )?(?:rival |rivals |competitor |competitors )?Y1`, requires: ['over'] },
  // … a contest said to be fought between two named firms ("the next war is being fought between giants Qorva and Vexa"); not a
  // court or boardroom fight (see FOUGHT_NOT_RIVALRY).
  { relation: 'competes_with', id: 'pattern:competes_with:contest-fought-between', template: `T(war|wars|battle|battles|fight|race|contest|rivalry|duel|showdown) (?:(?:for|over) (?:[a-z0-9-]+ ){1,3})?(?:is |was |are |were |will be |has been |have been |had been |being |now |increasingly )*(?:fought|waged|playing out|played out|raging) between (?:the )?(?:(?:tech |two |rival |industry )?(?:giants|rivals|heavyweights|titans|behemoths|incumbents) )?X1 and (?:the )?Y1 `, notPrecededBy: FOUGHT_NOT_RIVALRY, requires: ['between'] },
  // Helper pos88: the act of making named by its noun, with the maker after "by" ("the development of Zeta by Zenco", "production of the
  // Qorva chatbot by Zenco") or as the owner of the plant ("production of the Z66 at Zenco's plant"). Not "launch" (a rocket firm
  // launches others' satellites), nor a use, review or inspection of the thing.
  // Helper odm90: building a count of things is making them ("the construction of four Zeta units by Zenco"); a named plant or tower
  // built by a firm is no product (no "plant" before "by").
  { relation: 'develops', id: 'pattern:develops:making-act-by', template: `T(development|creation|design|production|manufacture|manufacturing|assembly|construction) of (?:the |its |their )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|more) (?:new )?)?Y1 (?:(?:${PRODUCT_NOUNS}|jets|cars|vehicles|aircraft|planes|trucks|phones|chips|units|reactor) )?by (?:the )?X1 `, notPrecededBy: MAKING_ACT_WISHED, notFollowedBy: new RegExp(`^'s |${MAKING_ACT_DENIED.source}`), requires: ['of', 'by'] },
  { relation: 'develops', id: 'pattern:develops:making-act-at-plant', template: `T(development|production|manufacture|manufacturing|assembly) of (?:the |its |their )?Y1 (?:(?:${PRODUCT_NOUNS}|jets|cars|vehicles|aircraft|planes|trucks|phones|chips) )?at (?:the )?X1 's (?:(?!(?:former|old|ex|previous|onetime|one-time|closed|shuttered|idle|idled)[ -])[a-z0-9-]+ ){0,2}(?:plant|plants|factory|factories|facility|facilities|works|site|assembly line|production line|lines?|shipyard|fab|fabs) `, notPrecededBy: new RegExp(`${MAKING_ACT_WISHED.source}|${MAKING_ACT_BY_SUBJECT.source}`), notFollowedBy: MAKING_ACT_DENIED, requires: ['of', 'at'] },
  // Helper own88 (an owner's list of things): a range told from its first to its last member ("Zenco, which owns everything from Zeta
  // to Vela", "Zenco's apps, from Zeta to Vela,", "Zenco, whose portfolio ranges from Zeta to Vela"); both ends are the owner's.
  // Both ends in one group, so that a place at either end (a trip or a territory: "owns everything from Boston to Denver") drops the
  // reading (notAnAddress; helper fxo88).
  { relation: 'develops', id: 'pattern:develops:owns-everything-from', template: `X1 P AUX (?:${OWNER_OF_RANGE_VERBS}) T(everything) (?:ranging )?from (?:the )?(?<y>@\\d+ (?:, @\\d+ )*to (?:the )?@\\d+) `, notFollowedBy: OBSOLETED_AFTER, notAnAddress: true, requires: ['from', 'to'] },
  { relation: 'develops', id: 'pattern:develops:makes-everything-from', template: `X1 P AUX (?:${MAKER_OF_RANGE_VERBS}) T(everything) (?:ranging )?from (?:the )?(?<y>@\\d+ (?:, @\\d+ )*to (?:the )?@\\d+) `, notFollowedBy: MADE_RANGE_NOT_ENDED, notAnAddress: true, requires: ['from', 'to'] },
  // The kind's range is told by a verb, a comma or a participle ("its apps range from", "its apps, from", "apps ranging from"), not a
  // bare "from", which names a source or a trip ("its trucks from Zeta to Vela").
  { relation: 'develops', id: 'pattern:develops:owned-kinds-from', template: `POSS ${DESCRIBING_SINGULAR}${OWNED_RANGE_OPENING}from (?:the )?Y to (?:the )?@\\d+ `, requires: ['from', 'to'] },
  { relation: 'develops', id: 'pattern:develops:owned-kinds-from-whose', template: `X1 , T(whose) ${DESCRIBING_SINGULAR}${OWNED_RANGE_OPENING}from (?:the )?Y to (?:the )?@\\d+ `, requires: ['from', 'to'] },
  { relation: 'develops', id: 'pattern:develops:owned-kinds-to', template: `POSS ${DESCRIBING_SINGULAR}${OWNED_RANGE_OPENING}from (?:the )?@\\d+ (?:, @\\d+ )*to (?:the )?Y`, requires: ['from', 'to'] },
  { relation: 'develops', id: 'pattern:develops:owned-kinds-to-whose', template: `X1 , T(whose) ${DESCRIBING_SINGULAR}${OWNED_RANGE_OPENING}from (?:the )?@\\d+ (?:, @\\d+ )*to (?:the )?Y`, requires: ['from', 'to'] },
  // "Zenco has more than 30 brands, from Qorva to Lumo" (helper lst90): a counted set of brands the subject holds, spanned by a range;
  // a seller's ("Online retailer Zenco boasts 500 brands, from …") are the brands it sells (review rr90d).
  { relation: 'develops', id: 'pattern:develops:counted-brands-from', template: `X1 ${SELLER_APPOSED}P AUX (?:has|had|owns|owned|boasts) (?:more than |over |some |about |nearly |around |almost )?(?:\\d+|[a-z]+) (?:(?!(?:${OTHERS_THINGS_DESCRIBERS})[ -])[a-z-]+ )?T(brands|labels|marques) , from (?:the )?Y to (?:the )?@\\d+ `, requires: ['from', 'to'], notFollowedBy: SHELVED_AFTER, notPrecededBy: SELLER_BEFORE },
  { relation: 'develops', id: 'pattern:develops:counted-brands-to', template: `X1 ${SELLER_APPOSED}P AUX (?:has|had|owns|owned|boasts) (?:more than |over |some |about |nearly |around |almost )?(?:\\d+|[a-z]+) (?:(?!(?:${OTHERS_THINGS_DESCRIBERS})[ -])[a-z-]+ )?T(brands|labels|marques) , from (?:the )?@\\d+ (?:, @\\d+ )*to (?:the )?Y`, requires: ['from', 'to'], notFollowedBy: SHELVED_AFTER, notPrecededBy: SELLER_BEFORE },
  // … and its things listed in brackets or between dashes after their kind ("Zenco's family of apps (Zeta, Vela, Lumo)", "Zenco's
  // apps – Zeta, Vela and Lumo –"); the collective noun may stand before the kind. Not "(Zeta and Vela's favourites)": another's.
  { relation: 'develops', id: 'pattern:develops:owned-kinds-bracketed', template: `POSS (?:(?:${COLLECTIVE_OF}) of )?${DESCRIBING_SINGULAR}T(${OWNED_LIST_KINDS}) (?:\\(|-|–|—|--) (?:including |such as |like |e\\.g\\. )?(?:the )?Y`, notFollowedBy: /^'s /, requires: ['(|-|–|—|--'] },
  // A bracket listing with commas alone ("(Zeta, Vela, Lumo)") is no list the Y macro reads: each later member looks back to the owner.
  { relation: 'develops', id: 'pattern:develops:owned-kinds-bracketed-later', template: `(?<=(?<x>@\\d+) 's (?:(?:${COLLECTIVE_OF}) of )?${DESCRIBING_SINGULAR}T(${OWNED_LIST_KINDS}) \\( (?:including |such as |like |e\\.g\\. )?(?:the )?@\\d+ (?:, (?:the )?@\\d+ )*, (?:and |or )?(?:the )?)Y1 (?=, |\\) )`, notFollowedBy: /^'s /, requires: ['(', "'s"] },

  // Helper ban88, from a fresh sample of real news: a state's ban or order named as a noun, with the things it covers ("an earlier
  // order by India covering Zapp and Vexa", "the ban by Japan covers Zapp", "the FCC's order covering Zapp", "India extended the
  // 2020 ban, which covered Zapp"). A state's only (a firm's "order covering Qorva jets" buys them); not a purchase or court order.
  { relation: 'banned', id: 'pattern:banned:order-by-state-covering', template: `(?<!(?:${NOT_A_BANNING_ORDER}) )(?<!(?:${ORDER_SIZE_WORDS}) (?=orders? |directives? ))T(${COVERING_ORDERS}) (?:(?:issued|imposed|announced|made) )?by (?:the )?X1 (?:(?:in|on|last) [a-z0-9]+ )?(?:, )?${COVERS_WHAT}`, stateActor: true, targetNotThenKind: ORDERED_GOODS_AFTER, notFollowedBy: ORDER_NOT_A_BAN_AFTER_OR_POSS, notPrecededBy: ORDER_WISHED_BEFORE, requires: ['by'], indexBy: COVERING_VERB_WORDS },
  { relation: 'banned', id: 'pattern:banned:states-order-covering', template: `POSS (?:(?:earlier|previous|existing|original|initial|temporary|new|\\d{4}) )*T(${COVERING_ORDERS}) (?:, )?${COVERS_WHAT}`, stateActor: true, targetNotThenKind: ORDERED_GOODS_AFTER, notFollowedBy: ORDER_NOT_A_BAN_AFTER_OR_POSS, notPrecededBy: ORDER_WISHED_BEFORE, indexBy: COVERING_VERB_WORDS },
  { relation: 'banned', id: 'pattern:banned:kept-order-covering', template: `X P AUX T(extended|extends|extend|extending|renewed|renews|renew|renewing|upheld|upholds|uphold|made permanent|makes permanent|make permanent|expanded|expands|expand|widened|widens|widen|broadened|broadens|broaden|reimposed|reimposes|reimpose|re-imposed|enforced|enforces|enforce) (?:permanent )?(?:its |the |an? |their )?(?:(?:earlier|previous|existing|original|initial|temporary|new|\\d{4}) )*(?:${COVERING_ORDERS}) (?:, )?${COVERS_WHAT}`, stateActor: true, verb: true, targetNotThenKind: ORDERED_GOODS_AFTER, notFollowedBy: ORDER_NOT_A_BAN_AFTER_OR_POSS, indexBy: COVERING_VERB_WORDS },

  // Helper ban88: a store's owner named after the things it took down, as a list's head ("the apps pulled from the App Store by Zenco
  // include Zapp and Vexa", "Zapp and Vexa were among the apps removed by Zenco"); a negated or planned removal keeps its status.
  { relation: 'banned', id: 'pattern:banned:things-pulled-by-include', template: `(?:the |these |those )?(?:[a-z-]+ )?(?:${LISTED_HEADS}) T(pulled|removed|taken down|delisted|kicked off) (?:from (?:the |its |their )?(?:@\\d+ |[a-z-]+ ){1,3})?by X1 (?:, )?(?:${ARE_LISTED}) ${LIST_OPENS}Y`, requires: ['by'] , notFollowedBy: PULLED_BY_ITS_MAKER },
  { relation: 'banned', id: 'pattern:banned:among-things-pulled-by', template: `(?:^|, )Y (?:are|were|is|was) (?:also )?among (?:the )?(?:\\d+ |[a-z-]+ )?(?:${LISTED_HEADS}) T(pulled|removed|taken down|delisted|kicked off|blocked|banned) (?:from (?:the |its |their )?(?:@\\d+ |[a-z-]+ ){1,3})?by X1`, requires: ['among', 'by'] , notFollowedBy: PULLED_BY_ITS_MAKER },
  // Helper sup88, fresh samples on supply deals: goods bought, sourced or ordered from a firm, named with their kind in the plural, are
  // the seller's ("Qorva buys Z20 engines from Zenco", "purchased 40 Zeta jets from Zenco"); the buyer makes nothing. A single thing
  // bought ("bought the Zeta brand from Zenco") is a sale of a business, left alone (NOT_MADE_FROM_BEFORE).
  { relation: 'develops', id: 'pattern:develops:goods-bought-from', template: `(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|source|sources|sourced|sourcing|ordered|ordering|import|imports|imported|importing) (?:(?:the |its |their |more |new |\\d+ |(?!(?:for|from|to|of|with|by) )[a-z]+ )?(?!(?:for|from|to|of|with|by) )(?:[a-z-]+ )?)?Y1 (?<k>[a-z][a-z0-9-]*s) T(from) (?:(?:the |a |an )?(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X1 `, notPrecededBy: ORDER_WON_BEFORE, kindNoun: true, requires: ['buy|buys|bought|buying|purchase|purchases|purchased|purchasing|source|sources|sourced|sourcing|ordered|ordering|import|imports|imported|importing'] },
  // Helper sup88, fresh samples on joint services: two firms named, then "their joint service Zemtune" (or app, platform, venture …): each
  // makes it. The pair must be named in the clause; a lone firm's "their" may stand for others.
  { relation: 'develops', id: 'pattern:develops:their-joint-thing', template: `(?<x>@\\d+ (?:, @\\d+ )*(?:and|&) @\\d+ )(?:[a-z]+ ){0,4}T(their) (?:new |own |first |latest )?joint (?:[a-z-]+ )?(?:service|services|app|platform|product|brand|project|offering|venture|model|game|network|channel|system|chip|vehicle) (?:, )?(?:the )?Y1`, requires: ['joint'] },
  // "Zemtune, the result of a collaboration between Zenco and Qorva": the thing a partnership produced is each partner's.
  { relation: 'develops', id: 'pattern:develops:result-of-collaboration', template: `Y1 , (?:the |a |an )?(?:[a-z-]+ )?T(result|product|fruit|outcome|offspring) of (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:collaboration|partnership|joint venture|tie-up|alliance|cooperation|co-operation) (?:between|of) X`, requires: ['between|of'] },
  // "Zenco and Qorva jointly run Zemtune": run is a maker's verb only when the pair does it together ("run" alone has too many senses).
  // Not services given to a named recipient ("jointly provide services to Zeta") nor its users ("jointly offer Zeta users discounts"; fxs88).
  { relation: 'develops', id: 'pattern:develops:jointly-run', template: `(?<x>@\\d+ (?:, @\\d+ )*(?:and|&) @\\d+ )(?:also |now |still |currently )?T(jointly|together) (?:run|runs|ran|operate|operates|operated|own|owns|owned|offer|offers|offered|provide|provides|provided|manage|manages|managed) (?:the |a |an )?(?:(?!(?:of|for|with|on|about|into|to) )[a-z-]+ ){0,2}Y1`, requires: ['jointly|together'], notFollowedBy: JOINT_RECIPIENT_NEXT },
  // Helper fal88: a list said to own a thing jointly ("Zenco, Qorva and Vexa's joint Zeta", "Zenco and Qorva's jointly developed
  // Zeta chip") makes it each one's.
  { relation: 'develops', id: 'pattern:develops:joint-owners-said', template: `(?<!'s )(?<x>@\\d+ (?:, @\\d+ )*(?:, )?(?:and|&) @\\d+ )T('s) (?:joint|jointly[- ](?:owned|developed|made|built|designed|run|operated)|co-developed|co-owned) (?:(?:${MODIFIERS}) )*Y1`, notFollowedBy: new RegExp(`^(?:${PLURAL_PRODUCT_NOUNS}|channels|stations|networks|sites|websites|shows|brands|accounts|pages) `), requires: ["'s", 'joint|jointly|co-developed|co-owned'] },
  // Helper col88, fresh samples on several makers: the partner of a reduced relative's agent ("Zenguard, a safety system developed by
  // Qorva in collaboration with Zenco, Vexa and Mobix"; "Zenguard is an app designed by Qorva in partnership with Zenco"), as the
  // full passive clause gives it (made-by-in-collaboration-with); not the partner's own customers or people.
  { relation: 'develops', id: 'pattern:develops:reduced-made-by-in-collaboration-with', template: `Y1 (?:[a-z-]+ )?(?:, (?:a |an |the )?|(?:is|was|are|were) (?:a |an |the ))(?:[a-z0-9-]+ ){0,3}(?:[a-z]+ly )?(?:${MAKE_PASSIVE}) by (?:the )?(?:(?:[a-z-]+ ){0,2}(?:${MAKING_DESCRIBED_MAKERS}|[a-z]+-maker) )?@\\d+ (?:, )?T(in collaboration with|in partnership with|in cooperation with|in co-operation with|in conjunction with|jointly with) (?:the )?X`, notFollowedBy: PARTNERS_PEOPLE_AFTER, requires: ['with'] },
  // A second agent named with a describer before it ("developed by Zenco and Japanese plane-maker Qorva"): the describer hides it from
  // the passive's agent list.
  { relation: 'develops', id: 'pattern:develops:made-by-and-described-maker', template: `Y1 (?:[a-z-]+ )?(?:(?:was|were|is|are|has been|had been|have been) |, (?:a |an |the )?(?:[a-z0-9-]+ ){0,3}|(?:is|was|are|were) (?:a |an |the )(?:[a-z0-9-]+ ){0,3})(?:[a-z]+ly )?(?:jointly )?T(${MAKE_PASSIVE}) by (?:the )?@\\d+ (?:and|&) (?:the |its |their )?(?:[a-z-]+ ){0,2}(?:${MAKING_DESCRIBED_MAKERS}|[a-z]+-maker|partner) X1 (?!'s )`, requires: ['by', 'and|&'] },
  // "The Zeta missile, a joint venture between Qorva and Zenco, …": a thing called a joint venture of two firms is each one's.
  { relation: 'develops', id: 'pattern:develops:thing-a-joint-venture-between', template: `Y1 (?:${PRODUCT_NOUNS}|missile|missiles|fighter|warship|submarine) , (?:a |an |the )(?!(?:proposed|planned|possible|potential|failed|would-be|mooted|rumou?red) )(?:[a-z-]+ )?T(joint venture|joint project|joint development|joint effort|co-production|co-development) (?:between|of|by) (?:the )?X`, notFollowedBy: PARTNERS_PEOPLE_AFTER, requires: ['joint|co-production|co-development'] },
  // Helper fxr89 (stop 89's re-read), at the end so the registry's unnamed patterns keep their numbers:
  // "Qorva awarded a contract to Zenco for the supply of 50 Zeta locomotives", "awarded a $2bn contract to Zenco for 50 Zeta
  // locomotives": awarded-order-for's award with its winner after "to". A price read as a name ("a price @1 contract") may stand
  // before the noun in either.
  { relation: 'develops', id: 'pattern:develops:awarded-order-to-for', template: `T(awarded|awards|award|awarding) (?:an? |the |its |another |a further |a new )?(?:(?!(?:with|for|of|from|to|by)(?= ))(?:price @\\d+|[^ @]+) ){0,4}?(?:order|orders|contract|contracts) (?:(?:worth|valued at) (?:(?!(?:with|for|to)(?= ))[^ @]+ ){1,4})?to (?:the )?X1 for ${GOODS_ORDERED}Y1 `, requires: ['to', 'for'] },
  // "vacated the registrations of the Zeta X9 weedkiller and the Vela X2 weedkiller": a plural licence announces several holders, each
  // with its kind; the court-vacating reader takes the first, these the second and the last.
  { relation: 'banned', id: 'pattern:banned:undid-licences-of-later-holder', template: `X P AUX T(${LICENCE_VERBS}|${COURT_UNDOING}) (?:the |its |their )?${LICENCE_KIND}(?:${PLURAL_LICENCES}) (?:of|for|held by) ${KINDED_HOLDER}(?:, |and |, and ))+?${KINDED_HOLDER_BEFORE}Y1 `, verb: true, indexBy: LICENCE_WORDS },
  { relation: 'banned', id: 'pattern:banned:undid-licences-of-last-holder', template: `X P AUX T(${LICENCE_VERBS}|${COURT_UNDOING}) (?:the |its |their )?${LICENCE_KIND}(?:${PLURAL_LICENCES}) (?:of|for|held by) ${KINDED_HOLDER}(?:, |and |, and ))+${KINDED_HOLDER_BEFORE}Y1 `, verb: true, indexBy: LICENCE_WORDS },
  // "The Zeta 300 phone, a joint venture of Zenco and Qorva" (helper sup89): a venture is as often a firm its parents own ("Zeta
  // Cells, a joint venture between Zenco and Qorva, will open a plant"), so it is read only after a goods kind or before what a made
  // thing does ("The Zeta 300, a joint venture between Zenco and Qorva, flew on Monday"). (The goods kind after a name is often the
  // mention's tail, so targetThenKind checks the text.)
  { relation: 'develops', id: 'pattern:develops:apposed-joint-venture-goods', template: `Y1 (?:[a-z]+ )?, (?:a |an |the )?(?:[a-z-]+ ){0,2}T(venture) (?:between|of|by|from) (?:the )?X`, requires: [','], targetThenKind: GOODS_KIND_AFTER, notFollowedBy: PARTNERS_PEOPLE_AFTER },
  { relation: 'develops', id: 'pattern:develops:apposed-joint-venture', template: `Y1 , (?:a |an |the )?(?:[a-z-]+ ){0,2}T(venture) (?:between|of|by|from) (?:the )?X`, requires: [','], notFollowedBy: NO_MADE_THING_ACT_AFTER },
  // "Zenco is the parent company to the Zeta, Vela and Kappa brands" (helper brd90, from stop 89's last fresh sample): "to" as news
  // writes it of a group's brands; the brand noun after the list is required, since "the parent company to Qorva" names a firm held.
  { relation: 'develops', id: 'pattern:develops:parent-to-brands', template: `X ${NOT_ASIDE_ENDING_ON_A_NAME}P AUX (?:the |a )?T(parent) (?:company |firm |group )?to (?:the )?Y (?:[a-z-]+ ){0,3}(?:${BRAND_NOUNS})(?=[ ,.;:)]|$)`, requires: ['to'] },
  // "Best known as the maker of the Zeta, Qorva has …", "Known as the creator of Zeta and Vela, Zenco …" (helper brd90, from stop 89's
  // last fresh sample): the maker role fronted with its repute; the clause's subject, even as a possessor ("Qorva's CV"), is the maker.
  { relation: 'develops', id: 'pattern:develops:fronted-known-as-maker', template: `^(?:(?:best|perhaps best|widely|mainly|mostly|well|long|once) )?known as (?:the |a )?T(parent company|parent|owner|maker|makers|developer|developers|creator|creators|manufacturer|designer) of (?:the )?Y , (?:the )?X1 `, requires: ['known', ','] },
  // "Orbix released new firmware for the Kestrel receiver" (helper brd90, from stop 89's last fresh sample): firmware is the device
  // maker's own; an app or an update for a platform is not ("Zenco released an app for the Zeta watch" names no maker).
  { relation: 'develops', id: 'pattern:develops:firmware-for', template: `X P AUX T(released|releases|issued|issues|pushed out|pushes out|rolled out|rolls out|shipped|ships|published|publishes) (?:a |an |the )?(?:(?:new|latest|updated|fresh|beta|major|minor) )?firmware (?:update |updates |upgrade |release |version )?(?:v?[0-9][0-9.]* )?for (?:the |its )?Y1 `, notFollowedBy: /^'s /, requires: ['firmware', 'for'] },
  // "Given Zenco's role as creator and manager of ZenOS", "its role as the developer of Zeta" (helper brd90, from stop 89's last fresh
  // sample): a role named by maker nouns alone ("its role as a distributor of Zeta", "as an investor in Zeta" are no maker's).
  { relation: 'develops', id: 'pattern:develops:role-as-maker-of', template: `POSS (?:[a-z-]+ )?T(role|position|status) as (?:the |a |an )?(?:(?:original|sole|main|primary|lead) )?(?:creator|maker|developer|owner|designer|publisher|parent company|parent)(?: (?:and|,) (?:the |a |an )?(?:creator|maker|developer|owner|designer|publisher|operator|manager|steward|maintainer))* of (?:the )?Y`, requires: ['as', 'of'] },
  // Stop 90's seventy-ninth fresh sample (helper brf90): brands and made things in descriptive frames. Kept at the end so the
  // numbered patterns above keep their ids.
  // "Zeta, a chip Zenco designed in 2007", "Vela, the app Zenco launched last year": the object relative without "that" or "which";
  // the kind must be a made one ("Zeta, the firm Zenco created" names a firm), and the maker's name comes right after it
  // ("Zeta, a phone Zenco customers made popular" stops at "customers").
  { relation: 'develops', id: 'pattern:develops:reduced-relative-maker', template: `Y1 , (?:the|a|an) (?:[a-z-]+ ){0,2}(?<k>[a-z-]+) X1 AUX T(${MAKE_VERBS})`, kindNoun: true, notFollowedBy: /^(?:money|use|sense|headlines|inroads|gains|progress|an? |the )/, requires: [','] },
  // "told the Zenco Group cargo brand Zeta to …", "the Zenco mattress brand Vela": the owner as the noun modifier of a brand noun
  // (as "Zenco's cargo brand Zeta" is read above); a rival's, partner's or former brand is not the firm's own, nor a brand a seller
  // sells best or stocks ("the Zenco best-selling brand Zeta"; review rr90d).
  { relation: 'develops', id: 'pattern:develops:modifier-owner-brand', template: `(?:the|a|an) X1 (?:(?!(?:rival|rivals|competitor|competitors|competing|partner|partners|sister|fellow|former|ex|licensed|licensee|client|customer|distributor|retail|retailer|store|stores|peer|mall|shop|supermarket|stocked|carried|[a-z-]*selling)[ -])[a-z-]+ ){0,2}T(brand|label|marque) (?:, )?Y1(?! 's)`, requires: ['brand|label|marque'] },
  // "Zenco, also doing business as Vela, Zeta Home and other brands": the trade names a firm does business under are its own.
  { relation: 'develops', id: 'pattern:develops:doing-business-as', template: `X1 (?:\\( |, )(?:also |formerly |now )?T(doing business as|trading as) (?:the )?Y`, requires: ['as'] },
  // "Zenco, which includes brands such as Vela and Zeta", "Zenco, which holds brands like Vela": a group's relative clause naming
  // its brands; the brand noun is required ("Zenco, which holds stakes in Vela" is no owner's brand).
  { relation: 'develops', id: 'pattern:develops:which-includes-brands', template: `X1 , (?:which|that) (?:also |already |now )?T(includes|include|included|comprises|comprised|holds|held|owns|owned) (?:[a-z-]+ ){0,2}(?:brands|labels|marques) (?:such as|like|including|as) (?:the )?Y`, requires: ['which|that'], notFollowedBy: HOLDINGS_AFTER },
  // "Zenco and 13 of its affiliates, including bed-in-a-box brand Vela, filed …", "Zenco's subsidiaries, including the mattress brand
  // Vela": a brand among a firm's own units is its own; a brand noun is required ("its rivals, including Vela" is read elsewhere).
  { relation: 'develops', id: 'pattern:develops:units-including-brand', template: `X1 (?:and (?:[a-z0-9]+ )?(?:of )?(?:its |its@\\d+ |their )|'s )(?:[a-z-]+ )?(?:affiliates|subsidiaries|units|divisions|businesses|companies) , (?:including|such as) (?:the )?(?:[a-z-]+ ){0,3}T(brand|label|marque) Y1`, requires: ['including|such'] },
  // "Zenco is selling Zeta and its other bicycle brands to Qorva", "Zenco makes Zeta and its other snack brands": a name joined to
  // "its other … brands" is one of them, the clause's subject's (not across a preposition: "competes with Zeta and its other brands";
  // nor a buyer's, whose "its" is the seller's: "is buying Zeta and its other brands from Qorva").
  { relation: 'develops', id: 'pattern:develops:and-its-other-brands', template: `X P AUX (?:(?!(?:with|against|to|from|for|like|than|as|of|on|in|by|about|over|buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchases|purchasing|purchased|bid|bids|bidding|eyes|eyeing|targets|targeting|wants|seeks|seeking|considering|weighing|mulling) )[a-z]+ ){1,2}?(?:the )?Y1 and (?:its|its@\\d+|their) other (?:[a-z-]+ ){0,2}T(brands|labels|marques)`, requires: ['other'] },
  // "The Dutch owner of bike brands including Zeta, Vela and Lumo, Zenco Holdings, said …": the owner described before its name,
  // opening the sentence or a report's clause (as "the team behind Zeta, Zenco," is read above); a brand noun is required.
  { relation: 'develops', id: 'pattern:develops:fronted-owner-of-brands', template: `(?:the |a |an )?(?:[a-z-]+ ){0,2}T(owner|parent company|parent|maker|owners|makers) of (?:[a-z-]+ ){0,2}(?:brands|labels|marques) (?:including|such as|like) (?:the )?Y , (?:the )?X1 (?:, |(?=(?:has|have|had|is|was|said|says|will|would|could|can|also|now|agreed|plans|reported|posted) ))`, notPrecededBy: /^(?!@\d+ (?:said|says)(?: that)? $)\S/, requires: ['of', 'including|such|like'] },
  // Stop 90's eightieth fresh sample (helper pos90): brands set off after their names or owned across a list. "Vexa and Lumo, two
  // brands from Zenco", "Zeta, one of the labels from Qorva": a count of brands "from" a firm names its own; a known place after "from"
  // is no maker ("two brands from Italy"), nor a rival's, an importer's or a retailer's brands ("two brands from retailer Zenco").
  { relation: 'develops', id: 'pattern:develops:counted-brands-from-owner', template: `Y , (?:(?:two|three|four|five|six|both|all|each|one|some|several|many) (?:of )?(?:the |its |their )?)(?:(?!(?:rival|rivals|competing|competitor|partner|licensed|stocked|sold|distributed|imported|former|ex)[ -])[a-z-]+ ){0,2}T(brands|labels|marques|brand|label|marque) (?:now |still |also )?from (?:the )?X1 (?=[,.;:)]|$)`, requires: [',', 'from'], notFollowedBy: /^(?:in|of) / },
  // "through Zenco's website, mobile app and Zap loyalty program": one 's over a list of its own things, the last a name and its kind
  // (a list of three or more, its first member and the last name's kind made ones, the kind read from the text as the mention may
  // hold it: "Zenco's shares, bonds and Qorva stock" and "Ruritania's ports, roads and Zeta phones" own none; nor does a pair, where
  // "Zenco's new phone and Qorva tablet" may set two firms' things side by side; a rival's or partner's list is another's).
  { relation: 'develops', id: 'pattern:develops:possessed-list-ending-in-name', template: `POSS (?:(?!(?:rivals?|competitors?|partners?|suppliers?|customers?|clients?|investors?|shares|stakes?|chief|ceo|founder|executives?|staff|employees|former|ex|old)[ -])[a-z-]+ )?(?<k>[a-z-]+) (?:, (?:[a-z-]+ ){1,2})+(?:, )?and (?!the |a |an )Y1 `, kindNoun: true, targetThenKind: OWN_LIST_KIND_AFTER, requires: ["'s|its", 'and'], indexBy: ['and'] },
  // Rivalry stated indirectly (helper riv90b, from stop 90's eightieth fresh sample).
  // "To compete with Qorva and Vexa, Zenco has issued its own list": a fronted purpose clause names the subject's rivals.
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-purpose-to-compete', template: `^(?:(?:but|and|so|now) )?(?:in order )?to (?:(?:better|directly|more effectively) )?T(compete with|compete against|compete head-on with|take on|fend off|rival|keep up with|catch up with) (?:(?:rivals|competitors|the likes of|rivals such as|competitors such as|rivals like) )?(?:the )?Y , (?:the )?X1 (?!(?:'s|and|or|,) )`, requires: ['to', ','] },
  // "Since acquiring two of its largest competitors (Qorva and Vexa), Zenco cemented its lead": the rivals a subject bought,
  // named in brackets or after a comma in a fronted participial clause.
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-acquired-its-rivals', template: `^(?:since|after|by|before|through) (?:acquiring|buying|absorbing|swallowing|taking over|snapping up|merging with|buying out) (?:(?:two|three|four|several|some|one|both|many|most|a few|a number) (?:of )?)?(?:its|its@\\d+|their) (?:(?!(?:former|erstwhile|one-time|onetime|ex-)(?= ))[a-z-]+ ){0,2}T(competitors|rivals|competitor|rival) (?:\\( |, |(?=(?:the )?@\\d+ , ))(?:such as |like |including |namely )?(?:the )?Y (?:\\) )?, (?:the )?X1 (?!(?:'s|and|or) )` },
  // "Zenco is widely considered a clone of Qorva and Borin, its more established rivals": names the sentence's subject acts on,
  // then called "its rivals" in apposition (not former ones, nor a rival's person: "its rival's founder").
  { relation: 'competes_with', id: 'pattern:competes_with:object-apposed-its-rivals', template: `^(?:the )?X1 (?:(?!(?:not|never|no|former|than|unlike|like|said|says|told|and|or)(?= ))[a-z-]+ ){1,6}(?:the )?Y , (?:its|its@\\d+) (?:(?!(?:former|erstwhile|one-time|onetime|ex-|own)(?= ))[a-z-]+ ){0,3}T(rivals|rival|competitors|competitor|challengers|challenger)(?=[.,;)]|$)` },
  // "Brands from Qorva and Borin now see Zenco as competition", "Qorva views Zenco as a serious rival": a firm regarding another
  // as its rival (no negation can stand between the firm and the verb; "as a rival to Vexa" names another pair).
  { relation: 'competes_with', id: 'pattern:competes_with:sees-as-competition', template: `(?:(?:brands|labels|makers|firms|companies|executives|bosses) (?:from|at|of) )?(?:the )?Y (?:(?:now|also|increasingly|clearly|already|still|reportedly|openly) )*(?:see|sees|saw|view|views|viewed|regard|regards|regarded|consider|considers|considered|are now acknowledging|acknowledge|acknowledges|acknowledged|treat|treats|treated) (?:the )?X1 as (?:a |an |their |its |the )?(?:(?:serious|real|direct|genuine|major|main|key|chief|new|credible|formidable|legitimate|big|biggest|fierce|strong|closest|primary) )*T(competition|competitor|rival|challenger|threat and a rival)`, notPrecededBy: OUTSIDERS_AT_BEFORE, notFollowedBy: /^(?:to|of|against|with|for (?!(?:customers|buyers|users|shoppers|sales|market share|share)(?= |$)))(?= )/, requires: ['as'] },
  // "Zenco now claims to have replaced Qorva as the second-largest agency", "overtook Qorva as the top seller": a ranking taken
  // from another firm (not "replaced Qorva as its supplier", a role the other firm held for it).
  { relation: 'competes_with', id: 'pattern:competes_with:replaced-as-ranked', template: `X1 P AUX (?:(?:claims|claimed|claim|says|said|appears|appeared|is set|was set|looks set) to have )?T(replaced|displaced|overtaken|overtook|overtakes|overtake|surpassed|surpasses|surpass|dethroned|unseated|leapfrogged|eclipsed|supplanted|outstripped) (?:the )?Y1 as (?:the |its |their )?(?:(?:world|country|nation|region|industry|market|sector|@\\d+) 's )?(?:[a-z]+-)?(?:largest|biggest|leading|top|dominant|most popular|best-selling|no\\. \\d|number (?:one|two|three|1|2|3)|market leader|leader|largest|second|third)(?= )`, notFollowedBy: RANKED_NOT_AS_RIVAL, requires: ['as'] },
  // "Zenco surpassed market leader Qorva in room nights", "overtook industry leader Qorva": a leader noun before the firm passed.
  { relation: 'competes_with', id: 'pattern:competes_with:passed-leader-named', template: `X1 P AUX T(surpassed|surpasses|surpass|overtook|overtakes|overtaken|overtake|outsold|outsells|outsell|dethroned|unseated|toppled|leapfrogged|eclipsed|outpaced|outstripped) (?:the )?(?:(?:longtime|long-time|current|reigning|dominant|undisputed|former) )?(?:(?:market|industry|sector|segment|category|global|world|regional|domestic) )?(?:leader|leaders|champion|incumbent|giant|heavyweight|no\\. 1|number one) (?:the )?Y1`, notPrecededBy: /(?:^| )(?:not|never|no|failed to|fail to|yet to) $/ },
  // Stop 90's eightieth fresh sample (helper ban90c): "decided to impose corrective measures and fines on two platforms, Zenco and
  // Qorva", "ordered remedial measures against Zenco": a regulator's corrective measures restrict each firm named, after a count
  // noun too; fines alone are a penalty, no restriction, and so is a measure only proposed ("plans to impose" reads as a plan).
  { relation: 'restricts', id: 'pattern:restricts:imposed-corrective-measures-on', template: `X P AUX T(imposed|imposes|impose|imposing|ordered|orders|order|ordering|issued|issues|issue|issuing) (?:new |the )?(?:corrective|remedial) (?:measures|orders|actions|order) (?:and (?:[a-z-]+ ){0,2}(?:fines|penalties|a fine|a penalty) )?(?:on|against) (?:the )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\\d+) (?:[a-z-]+ )?(?:platforms|firms|companies|operators|businesses|retailers|carriers|banks|apps|sellers|providers) (?:, |: |including |namely )?)?Y`, verb: true, stateActor: true, requires: ['on|against'], indexBy: ['corrective', 'remedial'] },
  // "The Commerce Department announced a presumption of denial for exports to countries in Group D, most notably Ruritania and Kolvia":
  // a licence policy of denial for a destination restricts it (helper ban90c, from stop 90's eightieth fresh sample); the places a
  // group's description names after "notably" or "including" are its members.
  { relation: 'restricts', id: 'pattern:restricts:presumption-of-denial-for', template: `X P AUX T(announced|announces|adopted|adopts|adopt|imposed|imposes|impose|applied|applies|apply|introduced|introduces|introduce|established|establishes|set|sets|set out|sets out) (?:a |an |the )?(?:[a-z-]+ )?presumption of denial (?:policy )?(?:for|on) (?:[a-z-]+ ){0,4}?(?:exports|export|licen[cs]e applications|applications|shipments|transfers|sales|items) (?:[a-z-]+ ){0,3}?to (?:the )?(?:(?:countries|destinations|nations|states) (?:[a-z0-9:-]+ |@\\d+ ){1,5}?, (?:most notably|notably|including|such as|like|especially|in particular) )?Y`, verb: true, stateActor: true, requires: ['presumption', 'denial'], indexBy: ['presumption'] },
  // Stop 90's eightieth fresh sample (helper trd90b): a state's trade measure taken for granted, a firm fighting, paying or facing it.
  // "Zenco and Qorva, which had battled Ruritanian anti-dumping tariffs for years", "Zenco must pay Ruritania's duties on …", "will
  // have to contend with Ruritania's expanded steel tariffs": the measure is in force on them. Not one only planned or feared ("fought
  // the proposed Ruritanian tariffs", "could have to pay"), nor a hedge: the auxiliaries are the done or binding ones alone.
  { relation: 'restricts', id: 'pattern:restricts:firm-fights-or-pays-states-measure', template: String.raw`Y P (?:(?:which|that|who|has|have|had|is|are|was|were|now|also|still|already|long|since|been|will have to|must|has to|have to|had to|is required to|are required to|were required to|was required to|are forced to|were forced to|was forced to|is forced to|must now) )*T(battled|fought|contested|challenged|been battling|been fighting|been contesting|pay|paid|pays|paying|contend with|contended with|grapple with|grappled with|cope with) (?:the |its |their )?X1 (?:'s )?(?:(?!${UNSETTLED_MEASURE_WORDS}\b)[a-z-]+ ){0,2}(?:${TRADE_MEASURE_HEADS})(?= |$)`, notFollowedBy: new RegExp(String.raw`^ ?(?:(?:first |once |later )?(?:proposed|planned|threatened|mooted|floated|sought|requested|considered)(?= |$)|(?:on|against) (?:the )?@\d)|${ESCAPED_OR_ENDED_AFTER.source}`), notPrecededBy: CONDITION_BEFORE, stateActor: true, requires: ['tariffs|tariff|duties|duty|levies|levy|surtax|surtaxes'] },
  // "As a result of today's Ruritanian ministry ruling, Zenco and Qorva are required to pay preliminary duties": the measure told as
  // the outcome of a body's ruling falls on the firms that must pay it (helper trd90b).
  { relation: 'restricts', id: 'pattern:restricts:ruling-requires-firms-to-pay-duties', template: String.raw`(?:as a result of|following|under|after|because of|due to|in line with) (?:the |a |its |today 's |[a-z]+day 's |this week 's |last week 's )?(?:(?:preliminary|final|new|latest) )?X1 (?:'s )?(?:[a-z-]+ )?(?:ruling|decision|order|determination|finding|findings|judgment|judgement|verdict) , (?:the )?Y (?:(?:now|also|will|must|have to|has to) )*(?:are |is |were |was |will be )?(?:now )?T(required to pay|obliged to pay|obligated to pay|ordered to pay|forced to pay|liable to pay|liable for|must pay|have to pay|has to pay|will pay|pay) (?:(?:the|a|an) )?(?:(?!(?:no|zero|nil|any)(?= ))[a-z-]+ ){0,2}(?:${TRADE_MEASURE_HEADS})(?= |$)`, notFollowedBy: NIL_RATE_AFTER, stateActor: true, requires: [','] },
  // "Zenco is a marketer of brands such as Vexa and Lumo", "Zenco, a maker of brands including Vexa": a consumer-goods marketer's or
  // maker's brands are its own (helper lst90b, from stop 90's eightieth fresh sample). Not a contract, private-label or store-brand
  // maker's ("a contract maker of brands such as Vexa" makes others'), nor a seller's or distributor's (not listed).
  { relation: 'develops', id: 'pattern:develops:marketer-of-brands-list', template: `X1 (?:group )?(?:, |\\( |(?:is|was|remains|has been|had been) )(?:the |a |an )?(?:(?!(?:contract|private-label|white-label|store-brand|generic|third-party|licensed)[ -])[a-z-]+ ){0,2}T(marketer|marketers|maker|makers|manufacturer|producer) of (?:(?![a-z-]+ing |(?!(?:branded|packaged|processed|canned|baked|flavored|flavoured|frozen) )[a-z-]+ed |(?:that|which|who|whose|in|at|with|for|by|to|sell|sells|sold|supplied|stock|stocks|carry|carries|other|rival|rivals|private-label|store|retailers') )[a-z-]+ ){0,3}(?:${BRAND_NOUNS}) (?:, )?(?:including|such as|like|among them) (?:the )?Y`, requires: ['marketer|marketers|maker|makers|manufacturer|producer', BRAND_NOUNS] },
  // "The maker of Vexa and Lumo said sales rose": a sentence-opening "The" (or one after a fronted clause) that coreference.ts
  // resolved to the firm spoken of last, before "maker of" and the things it makes, then the subject's verb (helper lst90b). Not a
  // copula's description ("The maker of Vexa is Qorva").
  { relation: 'develops', id: 'pattern:develops:opening-maker-of', template: `^(?:[^,;@]* , )?X1 (?:[a-z-]+ ){0,2}T(maker|makers) of (?:the |its )?Y (?:, |(?=(?:has|have|had|said|says|will|would|could|can|also|reported|posted|announced|expects|plans|employs|sells|sold) ))`, requires: ['of'] },
  // Helper brl91 (stop 90's last fresh sample, where brand lists told without "such as" were the biggest develops miss).
  // "Zenco serves customers through its brands Vexa, Plix and Morda", "Zenco trades under the labels Vexa and Plix": the subject's
  // own brands named right after their plural, whatever its verb (a firm's "its" or "the" brands it trades under; not "from",
  // where a shop sells others' brands: "sells goods from brands including Vexa").
  { relation: 'develops', id: 'pattern:develops:through-its-brands-list', template: `X P AUX (?:(?!(?:with|against|than|like|from|of|for|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|stock|stocks|stocked|stocking|carry|carries|carried|carrying|distribute|distributes|distributed|distributing|import|imports|imported|importing|resell|resells|resold|reselling) )[a-z-]+ ){1,4}?T(through|via|under) (?:its|its@\\d+|their|the) (?:(?!(?:rival|rivals|competing|competitor|other|partner|partners)[ -])[a-z-]+ ){0,2}(?:brands|labels|marques) (?:, )?(?:such as |like |including |namely )?(?:the )?Y`, requires: ['through|via|under', 'brands|labels|marques'] },
  // "Through its brands Vexa and Plix, Zenco sells paint": the fronted adjunct's brands are the clause's subject's, without "such as" too.
  { relation: 'develops', id: 'pattern:develops:fronted-through-its-brands', template: `^(?:with|through|via|under) (?:its|their|the) (?:[a-z-]+ ){0,2}T(brands|labels|marques) (?:, )?(?:the )?Y , (?:the )?X1 `, requires: [','] },
  // "Zenco also includes Vexa, Plix and Borin": a group that "also" or "now" includes a list of two or more names holds them as its
  // brands (the registry keeps firms, people and places out of develops' targets; the adverb keeps out an index's or a list's plain
  // membership, "The Zenco 50 includes Qorva and Vexa"). The list closes the clause: "now includes Vexa and Plix apps on its phones"
  // names others' apps it carries, "… among its markets", "… as subsidiaries" no brands (review rf91).
  { relation: 'develops', id: 'pattern:develops:group-also-includes-list', template: `X1 (?:group |, the group , )?(?:also|now|already) T(includes|included|encompasses|encompassed|comprises) (?:the )?(?<y>@\\d+ (?:, @\\d+ )*(?:, )?and @\\d+ )(?=[,.;:)]|$|(?:which|that|while|but|-|–|—) )`, requires: ['also|now|already'], notPrecededBy: GROUP_INCLUDES_NOT_AFTER },
  // "Qorva guitars, including the Q-100 and the Q-200": a maker's name before a plural kind of made thing and the list it opens
  // (the plural a made kind: "Zenco customers, including Vexa" or "Zenco rivals such as Vexa" name no goods). Not after a possessive
  // ("Zenco's Qorva guitars" names a line) nor a seller ("stocks Qorva guitars" still names Qorva's); others' goods for a platform
  // are not the platform's ("third-party Zeta apps like A and B").
  { relation: 'develops', id: 'pattern:develops:maker-kind-plural-including', template: `X1 (?<k>[a-z-]+s) (?:, )?T(including|such as|like) (?:the )?Y`, kindNoun: true, notPrecededBy: /(?:'s|its|their|rival|rivals|competitor|competitors|competing|than|like|unlike|versus|vs|third-party|unofficial|independent|outside|external|@\d+ (?:and|&|,)) $/, requires: ['including|such|like'] },
  // "Qorva Corporation (Qorva and Zenith brands)": the brands listed in brackets right after a firm, their plural last.
  { relation: 'develops', id: 'pattern:develops:bracketed-list-then-brands', template: `X1 \\( (?:the )?Y (?:[a-z-]+ )?T(brands|labels|marques) \\)`, requires: ['('] },
  // "Zenco may sell its backpack business, which includes Vexa, Plix and Borin": the owner's business and the things it holds,
  // named in its relative clause (not once another bought it: "bought Zenco's bag business, which includes Vexa").
  { relation: 'develops', id: 'pattern:develops:business-which-includes', template: `POSS (?:[a-z-]+ ){0,2}(?:business|division|unit|arm|segment|portfolio) , (?:which|that) (?:now |also |currently |still )?T(includes|include|comprises|spans) (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as |like |including )?)?(?:the )?Y`, requires: ['which|that'], notPrecededBy: /(?:^| )(?:bought|buys|acquired|acquires|purchased|purchases|took over|sold|has sold|had sold) $/, sourceNotNamed: INVESTOR_NAME },
  // "Zenco may sell its bag business, which includes Vexa and Plix": the clause's subject is what "its" points to (no buyer's verb
  // before it: "Qorva bought its rival's business, which includes Vexa" names another's).
  { relation: 'develops', id: 'pattern:develops:subjects-business-which-includes', template: `X1 P AUX (?:(?!(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased|purchases|sold|divested|offloaded|spun|completed|completes|closed|closes|finalized|finalised|with|from|of|to) )[a-z-]+ ){0,4}(?:(?:sale|divestiture|divestment|spin-off|spinoff|separation|listing|split) of )?(?:its|its@\\d+) (?:[a-z-]+ ){0,2}(?:business|division|unit|arm|segment|portfolio) , (?:which|that) (?:now |also |currently |still )?T(includes|include|comprises|spans) (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as |like |including )?)?(?:the )?Y`, requires: ['which|that'], sourceNotNamed: INVESTOR_NAME, notPrecededBy: ADDED_TO_BEFORE },
  // "the Zenco portfolio of Vexa, Plix and Borin", "Zenco's family of brands - Vexa, Plix, Borin": a maker's set of brands and the
  // names it is of (brands or products, or no noun; an investor's "portfolio of companies" names firms, kept out by the noun).
  { relation: 'develops', id: 'pattern:develops:owner-portfolio-of-list', template: `(?:the )?X1 (?:(?:brand|product) )?T(portfolio|family|stable|roster|collection) of (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}|products) )?(?:(?:,|-|–|—|:) )?(?:such as |like |including )?(?:the )?Y`, requires: ['of'], notPrecededBy: /(?:^| )(?:rival|rivals|competitor|competitors|competing) $/, sourceNotNamed: INVESTOR_NAME },
  { relation: 'develops', id: 'pattern:develops:owners-portfolio-of-list', template: `POSS (?:(?:brand|product) )?T(portfolio|family|stable|roster|collection) of (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}|products) )?(?:(?:,|-|–|—|:) )?(?:such as |like |including )?(?:the )?Y`, requires: ['of'], notPrecededBy: /(?:^| )(?:rival|rivals|competitor|competitors|competing) $/, sourceNotNamed: INVESTOR_NAME },
  // "brands under the Zenco umbrella, including Alto, Beatware and Corda", "one of several brands under Zenco's umbrella, such as A".
  { relation: 'develops', id: 'pattern:develops:brands-under-owner-umbrella', template: `(?:${BRAND_NOUNS}) (?:now )?under (?:the )?X1 T(umbrella) (?:, )?(?:including|such as|like|among them) (?:the )?Y`, requires: ['umbrella'], notPrecededBy: BRANDS_CHANGING_HANDS_BEFORE },
  { relation: 'develops', id: 'pattern:develops:brands-under-owners-umbrella', template: `(?:${BRAND_NOUNS}) (?:now )?under POSS T(umbrella) (?:, )?(?:including|such as|like|among them) (?:the )?Y`, requires: ['umbrella'], notPrecededBy: BRANDS_CHANGING_HANDS_BEFORE },
  // "Some of the brands under Zenco include Alto, Beatware and Corda", "the labels under the Zenco umbrella are A and B": the list as the
  // verb's object, the owner right after "under".
  { relation: 'develops', id: 'pattern:develops:brands-under-owner-include', template: `(?:${BRAND_NOUNS}) (?:now )?under (?:the )?X1 (?:umbrella )?(?:now |also |currently )?T(include|includes|included|are|were) (?:the )?Y`, requires: ['under'], notPrecededBy: BRANDS_CHANGING_HANDS_BEFORE, sourceNotNamed: INVESTOR_NAME },
  // Helper dvo91, from stop 90's eighty-first fresh sample: a maker named in other frames than a verb or a brand list.
  // "a suit about Zeta Lock, a technology Zenco placed on its printers", "Zeta, a feature that Zenco built into its phones": a
  // technology the firm puts on its own devices, or one it made (the made kinds read elsewhere; "technology" is no made kind there).
  // Not one it only uses, licenses or bought ("a technology Zenco licensed from Qorva"), nor a part it fits to its devices ("a chip
  // Zenco put in its phones" may be a supplier's: only software-like kinds). Not "installed", "deployed" or "embedded" either: a
  // maker installs others' software too ("Zeta, an adware program Zenco installed on its laptops", review rf91).
  { relation: 'develops', id: 'pattern:develops:apposed-technology-firm-placed', template: `Y1 , (?:the|a|an) (?:[a-z-]+ ){0,2}(?:${APPOSED_OWN_TECHNOLOGY}) (?:that |which )?X1 AUX T(${MAKE_VERBS}|placed on|places on|put on|puts on|put in|puts in|put into|added to|adds to|built into|builds into) (?:(?:all|some|many|most) (?:of )?)?(?:(?:its|their|its@\\d+) |(?:[a-z-]+ ){0,2}(?:printers|phones|devices|machines|cars|vehicles|products|computers|laptops|tablets|cartridges|consoles|models|units) |(?=[,.;:]|$))`, notFollowedBy: /^(?:money|use|sense|headlines|inroads|gains|progress)(?= |$)/, requires: [','], indexBy: APPOSED_OWN_TECHNOLOGY.split('|') },
  // "buyers praised the Zeta copier by Zenco", "the Vela drill by tool maker Qorva": a kind of made thing, then its maker after "by"
  // (as "the Zeta copier from Zenco" is read above; a seller's, a buyer's or a ban's object keeps its maker: "stocks the Zeta copier
  // by Zenco"). Not after a report's, a deal's or a suit's word ("a review of the Zeta phone by Qorva", "sued over the Zeta phone by
  // Zenco"), after "replaced" (what replaces it), nor before a firm's other things ("by Qorva's rival"). Its own id: stop 73's
  // "a game by Zenco" rule holds "kind-by-maker", and two rules under one id shared one weight (review rf91).
  { relation: 'develops', id: 'pattern:develops:named-kind-by-maker', template: `Y1 (?<k>[a-z][a-z0-9-]*) T(by) (?:(?:the |a |an )?(?:[a-z][a-z.-]* ){0,2}(?:${DESCRIBED_MAKERS}) )?X1 (?!'s )`, notPrecededBy: new RegExp(`${NOT_MADE_BY_BEFORE.source}|(?:^| )(?:over|for|to|by|at|under|replaced|replaces|replacing|sued|suing|sues) (?:the |a |an |its |their )?$|${AWARDED_PASSIVE_BEFORE.source}`), kindNoun: true, indexBy: MADE_KIND_WORDS, requires: ['by'] },
  // Helper riv91, from stop 90's last fresh sample: rivals named after a noun or verb other than "competition from". "Zenco leads the
  // market, with Qorva, Vexa and Borin being key competitors": the sentence's subject against the firms said to be its rivals in a
  // "with" clause (not another's: "being Qorva's rivals", "key competitors of Qorva"; not partners or customers, not "not being").
  { relation: 'competes_with', id: 'pattern:competes_with:with-list-being-rivals', template: `^(?:the )?X1 (?:[a-z0-9$%.'-]+ ){1,12}, with (?:the )?Y (?:all |both )?(?:being|as) (?:its(?:@\\d+)? |the |their )?(?:(?:key|main|major|chief|biggest|closest|direct|leading|primary|principal|strongest|nearest|fiercest|other|notable|big|local|global) ){0,2}T(competitors|rivals|challengers)(?!(?:of|to|for|'s) )`, targetType: 'company', requires: ['with'] },
  // "Other players such as Qorva, Vexa and Borin exert competitive pressure on Zenco", "Qorva and Vexa put pricing pressure on Zenco":
  // a list of firms pressing a named firm in the market (a plain "pressure on" may be lobbying; no negation, modal or plan between;
  // not suppliers or customers pressing it on price, PRESSING_NON_RIVALS).
  { relation: 'competes_with', id: 'pattern:competes_with:list-exerts-competitive-pressure', template: `Y (?:(?!(?:not|no|never|could|may|might|would|will|to|can|should|cannot|plan|plans|want|wants|hope|hopes) )[a-z-]+ ){0,4}T(exert|exerts|exerted|exerting|put|puts|putting|place|places|placed|apply|applies|applied) (?:(?:more|increasing|growing|strong|heavy|intense|significant|considerable|some|much|fierce|added|further|new) ){0,2}(?:competitive|competition|pricing|price) pressure (?:on|upon) (?:the )?X1 (?!'s )`, notPrecededBy: PRESSING_NON_RIVALS, targetType: 'company', requires: ['pressure'] },
  // Helper trd91, fresh samples s81b and s81d: a state halting, banning or barring imports of goods from another state restricts that
  // state, as duties on its goods do ("China has halted all imports of milk powder from New Zealand", "the EU banned imports of cement
  // from Russia", "imposed a ban on the import of pet food from A, B and C"). A state's act only: a firm halting its imports limits
  // no one. A firm after "from" is read by the import-ban rules (banned), so the target is a state; "from Zembla's plants" and "made in Zembla by Zenco" name a firm's, and "shipments of chips from Zembla to Qorvia" may be no imports.
  // Since stop 92 (helper imb92) these import bans give `banned` of the state, as the fresh samples' readers counted them (renamed from
  // `pattern:restricts:…`; state-goods-bans.ts lets a state be their target); a plain "restricted imports" stays with the trigger rules.
  { relation: 'banned', id: 'pattern:banned:halted-imports-from-state', template: `X P AUX T(halted|halts|halt|halting|stopped|stops|stop|stopping|suspended|suspends|suspend|suspending|banned|bans|ban|banning|barred|bars|bar|barring|blocked|blocks|block|blocking|prohibited|prohibits|prohibit|prohibiting|outlawed|outlaws|outlaw|outlawing) (?:the |all |any |further |new )?${GOODS_BEFORE_IMPORTS}(?:imports|import|importation|shipments|deliveries) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?(?:from|originating (?:in|from)|made in|produced in) Y`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s|by|to) /, requires: ['from|in'] },
  { relation: 'banned', id: 'pattern:banned:ban-on-imports-from-state', template: `X P AUX (?:imposed|imposes|impose|imposing|announced|announces|introduced|introduces|ordered|orders|enforced|enforces|placed|slapped) (?:a |an )?(?:temporary |total |blanket |full |complete |outright |new )?T(ban|halt|suspension|moratorium|prohibition) (?:on|to) (?:the )?(?:imports|import|importation|shipments|deliveries) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?(?:from|originating (?:in|from)) Y`, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s|by) /, requires: ['from'] },
  // "extended its import ban on dairy products from Zembla and Qorvia": the ban named with "import", kept or laid (not lifted).
  { relation: 'banned', id: 'pattern:banned:import-ban-on-goods-from-state', template: `X P AUX (?:imposed|imposes|impose|imposing|introduced|introduces|announced|announces|enforced|enforces|placed|slapped|extended|extends|extending|renewed|renews|renewing|prolonged|prolongs) (?:a |an |the |its |their )?(?:[a-z-]+ )?T(import ban|import bans|import halt|import embargo|import prohibition|import suspension) on (?:(?!from )[a-z0-9-]+ ){1,4}(?:from|originating (?:in|from)|made in|produced in) Y`, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s|by) /, requires: ['on'] },
  // "imposed measures on imports of tiles originating from Zembla and Qorvia": bare "measures" are a trade case's only on imports
  // of goods from a state (a bare "measures on Zenco" stays unread).
  { relation: 'restricts', id: 'pattern:restricts:measures-on-imports-from-state', template: `X P AUX T(imposed|imposes|impose|imposing|extended|extends|extending|renewed|renews|renewing) (?:(?:definitive|provisional|new|further|additional|trade) )?measures on (?:the )?imports of (?:(?!from )[a-z0-9-]+ ){1,4}(?:from|originating (?:in|from)|imported from) Y`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s|by) /, requires: ['measures'] },
  // "Russia stopped importing New Zealand milk powder", "halted imports of Zembla dairy products": the state named before its goods.
  { relation: 'banned', id: 'pattern:banned:halted-imports-of-state-goods', template: `X P AUX T(halted|halts|halt|stopped|stops|stop|suspended|suspends|suspend|banned|bans|ban|barred|bars|bar|blocked|blocks|block) (?:importing|(?:the |all |any |further )?(?:imports|import|importation) of) (?:all )?Y1 (?=${STATE_GOODS_WORD})`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: FIRM_DESCRIBED_AFTER_STATE, requires: ['importing|imports|import|importation'] },
  // "Beijing bans New Zealand milk powder imports" (a headline's order), "placed a ban on all New Zealand dairy products".
  { relation: 'banned', id: 'pattern:banned:banned-state-goods-imports', template: `X P AUX T(halted|halts|halt|stopped|stops|stop|suspended|suspends|suspend|banned|bans|ban|barred|bars|bar|blocked|blocks|block) (?:all )?Y1 (?:(?!(?:from|over|on|of|to|for|with|in|into|by|at|after|amid|as|and|or)\\b)[a-z-]+ ){1,3}(?:imports|import)(?= |$)`, verb: true, stateActor: true, targetType: 'government', requires: ['imports|import'] },
  { relation: 'banned', id: 'pattern:banned:ban-on-state-goods', template: `X P AUX (?:imposed|imposes|impose|imposing|announced|announces|introduced|introduces|ordered|orders|enforced|enforces|placed|places|slapped|slaps) (?:a |an )?(?:[a-z-]+ )?T(ban|halt|suspension|moratorium|prohibition) on (?:(?:the )?(?:imports|import|importation) of )?(?:all )?Y1 (?=${STATE_GOODS_WORD})`, stateActor: true, targetType: 'government', notFollowedBy: FIRM_DESCRIBED_AFTER_STATE, requires: ['on'] },
  // Helper ord92, from stop 91's eighty-second fresh sample: orders to refrain or desist, to stop taking bookings, and to take goods off
  // the market ban the firm told (a state body's order only: "Zenco told its staff not to sell" is no ban). "Ruritania instructed
  // Qorva to refrain from taking new bookings", "directed five firms, including Zenco, not to promote vapes", "notifies Zenco to
  // remove 100 products from the market", "is calling on Zenco to remove its vapes from the market". Not a plan or a hedge (AUX is
  // checked), not "urged" or "advised" (a recommendation), not "not to sell its stake" (a deal).
  { relation: 'banned', id: 'pattern:banned:ordered-to-refrain', template: `X P AUX T(${REFRAIN_ORDER_VERBS}) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}${REFRAIN}`, verb: true, stateActor: true, notFollowedBy: new RegExp(`${SOLD_HOLDING_NEXT.source}|${NAMED_GOODS_NEXT.source}|${SOLD_TO_BUYER_NEXT.source}|${REFRAINED_CONDUCT_NEXT.source}`), requires: ['to'] },
  // "told Zenco not to sell the Zeta X9", "ordered Zenco to refrain from marketing Zeta vapes": the goods named are banned, as with
  // "stop selling" (pattern:banned:told-to-stop-selling), not the firm told. A firm named there is whom the goods go to, no goods: "told
  // Zenco not to supply Qorva with chips", "not to offer Qorva a discount"; goods not to be sold to one named buyer or place are kept
  // from that sale, not banned ("not to sell the Zeta X9 to Ruritania"; review rr92a).
  { relation: 'banned', id: 'pattern:banned:ordered-to-refrain-from-goods', template: `X P AUX T(${REFRAIN_ORDER_VERBS}) (?:(?:the )?@\\d+ (?:(?:, (?:and )?|and )(?:the )?@\\d+ )*)(?:, )?${WHEN}(?:to (?:immediately )?(?:refrain|desist|cease and desist|abstain) from (?:selling|marketing|promoting|advertising|distributing|importing|offering|supplying)|not to (?:sell|market|promote|advertise|distribute|import|offer|supply)) (?:the |its |their |its@\\d+ )?(?:(?!(?:to|in|into|for|from|at|on|by|with|across|within|throughout) )[a-z0-9-]+ )?Y`, verb: true, stateActor: true, targetNotType: 'company', notFollowedBy: new RegExp(`^(?:'s |with |(?:stake|stakes|shares|unit|units|plant|plants|division|subsidiary|holding|holdings|business)(?: |$))|${SOLD_TO_BUYER_NEXT.source}|${REFRAINED_CONDUCT_NEXT.source}`), requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:ordered-to-stop-bookings', template: `X P AUX T(${REFRAIN_ORDER_VERBS}) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}to (?:immediately )?${BOOKINGS}`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:ordered-to-remove-from-market', template: `X P AUX T(${REFRAIN_ORDER_VERBS}|warned|warns|warning|required|requires) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}to (?:immediately )?${OFF_MARKET}`, verb: true, stateActor: true, requires: ['to'] },
  // "is going after Zenco with a warning letter seeking to remove its vapes from the market": a body's letter or order to a firm.
  { relation: 'banned', id: 'pattern:banned:letter-seeking-removal', template: `X P AUX T(going after|goes after|go after|went after|targeting|targets|targeted|hit|hits|hitting|served|serves|serving) Y1 with (?:a |an |its )?(?:[a-z-]+ ){0,2}(?:letter|letters|order|orders|notice|notices|directive|directives) (?:seeking|demanding|ordering|requiring|that seeks|that demands|asking it|telling it|ordering it) to (?:immediately )?${OFF_MARKET}`, stateActor: true, requires: ['with', 'to'] },
  // A headline's licence condition with its source after a dash: "Zenco must be 30% locally owned if it wants to operate in Zembla
  // - ZTA", "Zenco needs a licence to operate - regulator body" (a licence requirement restricts, by the annotation rules). Only a
  // state body as the source, which ends the headline; not a firm's own plan ("Zenco must raise funds - CEO"). The same condition
  // said by the body in a sentence: "the regulator said Zenco must be 30% locally owned" (not "may need", "will not need").
  { relation: 'restricts', id: 'pattern:restricts:headline-licence-condition-source', template: `^(?:the )?Y1 T(must|needs to|need to|will have to|has to|needs|will need) ${LICENCE_CONDITION} (?:[a-z0-9-]+ |@\\d+ ){0,10}(?:-|,|:) (?:the )?X1 $`, stateActor: true, requires: ['must|needs|need|have'] },
  { relation: 'restricts', id: 'pattern:restricts:said-licence-condition', template: `X P AUX T(said|says|ruled|rules|stated|states|insisted|insists|declared|declares) (?:that )?(?:the )?Y1 (?:must|needs to|need to|will have to|has to|needs|will need) ${LICENCE_CONDITION}(?= |$)`, verb: true, stateActor: true, requires: ['must|needs|need|have'] },
  // "the regulator in a directive noted that Zenco should desist from soliciting business": the order told by its document.
  { relation: 'banned', id: 'pattern:banned:directive-noted-desist', template: `X P (?:, )?(?:in|through|via|by) (?:a |an |its )(?:[a-z0-9-]+ ){0,3}(?:directive|order|ruling|letter|notice|circular|decision|notification) (?:[a-z0-9-]+ ){0,3}(?:, )?AUX T(noted|notes|said|says|stated|states|ruled|rules|declared|declares|ordered|orders|directed|directs|required|requires|told|tells) (?:that )?(?:the )?Y1 (?:should|must|shall|is to|are to|was to|were to|is required to|are required to|was required to|has to|have to|had to) (?:immediately )?(?:(?:refrain|desist|cease and desist|abstain) from (?:${REFRAINED_GERUNDS})|${BOOKINGS}|${OFF_MARKET}|(?:cease|stop|halt|suspend) (?:all |its |their )?(?:operations|business|services|sales|activities|operating|selling|soliciting))(?= |$)`, stateActor: true, requires: ['that'] },
  // Helper riv92, from stop 91's eighty-second fresh sample: rivals in other frames than a finite clause's. "approval for Zenco to
  // take over the struggling competitor Qorva", "a bid by Zenco to acquire smaller rival Qorva": the rival a firm is to take over,
  // the firm the infinitive's subject (a finite verb's subject is trigger:verb's). Not a former or would-be rival, nor a rival bidder
  // or offer (the rival noun stands right before the name).
  { relation: 'competes_with', id: 'pattern:competes_with:to-take-over-rival', template: `X1 to (?:(?:take|buy) over|takeover|acquire|buy|buy out|purchase|absorb|merge with|swallow|snap up|take control of|buy (?:a |an )?(?:[a-z0-9%.-]+ ){0,2}stake in) (?:the |its |its@\\d+ |their |a |an )?(?:(?!(?:${PAST_RIVAL_WORDS}|rival|rivals|no)(?= ))[a-z-]+ ){0,3}T(rival|competitor|archrival|arch-rival) (?:the )?Y1 (?!'s )`, requires: ['to'] },
  // "Zenco plans to buy a stake in its competitor, another budget carrier Qorva", "its rival, fellow chip maker Qorva": the rival
  // named after a description set off by a comma (the bare name is trigger:noun's). Not after a relation to a third party ("its
  // rival, a unit of Vexa").
  { relation: 'competes_with', id: 'pattern:competes_with:its-rival-comma-described', template: `POSS (?:(?:main|biggest|largest|closest|chief|key|smaller|larger|bigger|local|domestic|regional|direct) ){0,2}T(competitor|rival) , (?:another|fellow|a|an|the) (?:(?!(?:of|by|from|with|for|to|in|on|at|and|or|whose|which|that|owned|backed|formerly|former|ex-|once)(?= ))[a-z-]+ ){0,6}Y1 (?!'s |and |or )`, requires: [','] },
  // "Despite competing with Qorva to be the first to market, Zenco has …", "After vying with Qorva for years, Zenco …": a fronted
  // participle's rival and the clause's subject (no negation: "Despite not competing with Qorva"; not another's: "Zenco's chief").
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-competing-with', template: `^(?:despite|while|after|besides|though|although|since|when|in addition to|apart from) (?:(?:directly|fiercely|also|still|already|long|once|now|increasingly|head-on) )?T(competing|vying) (?:(?:directly|fiercely|head-on|hard) )?(?:with|against) (?:the )?Y (?:[^@,;()]+ )?, (?:the )?X1 (?!'s |, |and |or )`, requires: [','] },
  // "Qorva has opened a battlefront with Zenco in the cloud", "opened a new front against Zenco": a front opened against a firm
  // (not one opened with a firm against a third: "opened a new front with Zenco against Vexa" names allies).
  { relation: 'competes_with', id: 'pattern:competes_with:opened-battlefront-with', template: `X1 P AUX (?:opened|opens|open|opening) (?:a |an |the |another )?(?:(?:new|second|third|fresh|major|key|direct) )?T(battlefront|battle front|front) (?:with|against) (?:the )?Y1 (?!'s |against |and )`, requires: ['opened|opens|open|opening'] },
  // "Zeta already had lots of competition (from the likes of Qorva, Borin and so on)": the rivals in brackets after the noun.
  { relation: 'competes_with', id: 'pattern:competes_with:competition-bracketed-from', template: `X1 P AUX (?:already |also |still )?(?:had|has|have|faced|faces|face|facing) (?:(?:lots|a lot|plenty) of |much |stiff |fierce |tough |intense |some |strong |heavy )?T(competition) \\( from (?:the likes of |(?:rivals|firms|companies|players|brands) (?:such as|like|including) )?(?:the )?Y`, requires: ['('] },

  // "China halted imports of milk powder from Zenco Inc": a state halting the imports of goods from a named firm bans the firm, as
  // "suspended imports … from Zenco Inc" does by the ban verb's reading (helper fp91, from trd91's report). A firm only, the target
  // typed so: a state after "from" is restricted (halted-imports-from-state); "from Zenco's plants" is halted-imports-from-firm's.
  // Among the table's last rows, so the numbered ids before keep their places.
  // Imports only: the shipments or deliveries a state's body stops may be its own purchases ("the Navy stopped shipments from Zenco
  // Corp", review rr92a).
  { relation: 'banned', id: 'pattern:banned:halted-imports-from-named-firm', template: `X P AUX (?:(?:chose|decided|moved|voted) to )?T(halted|halts|halt|halting|stopped|stops|stop|stopping) (?:the |all |any |further |new )?${GOODS_BEFORE_IMPORTS}(?:imports|import|importation) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?from (?:the )?Y1 (?!'s )`, verb: true, stateActor: true, targetType: 'company', requires: ['from'] },
  // Helper sus92, fresh sample s82c (airlines): a state suspending, revoking or withdrawing a carrier's leave to work bans the carrier
  // when the holder comes after the leave, in an apposition ("suspended the authorisation of another carrier, Qorva Air") or as who is
  // let do something ("suspended permission for Qorva Air to fly to Zembla"), or with a verb the trigger words lack ("withdrew Zenco
  // Air's permit to operate"). After a first holder suspended outright the act's subject still holds ("suspended Zenco Air and also
  // suspended the licence of another carrier, Qorva Air"). A state's act only: a firm suspending a partner's code-share bans no one;
  // an export licence is a control.
  { relation: 'banned', id: 'pattern:banned:apposed-holders-leave-suspended', template: `X P AUX (?:(?:${LEAVE_TAKEN_VERBS}) (?:the )?@\\d+ (?:, )?and (?:also |then |later )?)?T(${LEAVE_TAKEN_VERBS}) (?:its |the |their )?${LICENCE_KIND}(?:${HELD_LEAVE}) (?:of|for) (?:the |a |an |another |one )?(?:[a-z-]+ ){0,3}(?:${HOLDER_KINDS}) , Y1 `, verb: true, stateActor: true, targetNotType: 'government', notFollowedBy: /^'s /, requires: [','] },
  { relation: 'banned', id: 'pattern:banned:leave-for-holder-to-fly-suspended', template: `X P AUX T(${LEAVE_TAKEN_VERBS}) (?:its |the |their )?${LICENCE_KIND}(?:${HELD_LEAVE}|clearance) for (?:the )?Y to ${CARRIER_WORK}`, verb: true, stateActor: true, targetNotType: 'government', requires: ['for'] },
  { relation: 'banned', id: 'pattern:banned:holders-leave-withdrawn', template: `X P AUX T(withdrew|withdraws|withdraw|withdrawing|rescinded|rescinds|rescind|rescinding|pulled|pulls|pulling) (?:the )?Y1 's ${LICENCE_KIND}(?:${HELD_LEAVE})(?= |$)`, verb: true, stateActor: true, targetNotType: 'government', notFollowedBy: LEAVE_FOR_OTHER_AFTER, requires: ["'s"] },
  // "Ruritania has not allowed Zenco Air and Qorva Air to resume flights", "refused to let Zenco resume its services": a state withholding
  // a carrier's leave to fly bans it (the negation is the ban's, so it is the trigger's); "may not allow" is a hedge, no ban.
  { relation: 'banned', id: 'pattern:banned:not-let-resume-flights', template: `X ${STATES_BODY}P ${NOT_LETTING_AUX}T(${NOT_LETTING}) (?:the )?(?:(?:@\\d+ )?(?:[a-z-]+ )?(?:carriers|airlines|operators) )?Y (?:to )?${CARRIER_WORK}`, stateActor: true, targetNotType: 'government', requires: ['let|letting|allow|allowed|allowing|permit|permitted|permitting'] },
  // "Ruritania's failure to let Zenco Air resume flights", "the refusal of the Ruritanian government to grant Zenco approval to resume flights".
  { relation: 'banned', id: 'pattern:banned:failure-to-let-resume-flights', template: `X1 's (?:[a-z-]+ )?T(failure|refusal) to (?:let|allow|permit|grant) (?:the )?Y (?:(?:the )?(?:approval|permission|clearance|leave|right) )?(?:to )?${CARRIER_WORK}`, stateActor: true, targetNotType: 'government', requires: ["'s"] },
  { relation: 'banned', id: 'pattern:banned:failure-of-state-to-let-resume-flights', template: `T(failure|refusal) of (?:the )?X1 to (?:let|allow|permit|grant) (?:the )?Y (?:(?:the )?(?:approval|permission|clearance|leave|right) )?(?:to )?${CARRIER_WORK}`, stateActor: true, targetNotType: 'government', requires: ['of'] },
  // "The Zemblan suspension affects A, B and C", "Zembla's grounding applies to seven carriers, including A and B", "the Zemblan
  // action applied to seven carriers, including A and B" (a bare act only applied to carriers counted and then named: a bare
  // decision that "affects" firms may be any ruling): the act's targets, not a firm's shares or passengers it touches.
  { relation: 'banned', id: 'pattern:banned:states-suspension-applies-to', template: `X1 (?:'s )?(?:(?:temporary|new|latest|earlier|initial|six-month|flight|flights) )*T(${SUSPENSION_NOUNS}) ${APPLIES_TO} (?:the )?(?:(?:[a-z0-9-]+ ){0,3}(?:carriers|airlines|operators|firms|companies) (?:, )?(?:including|namely|such as) )?Y`, stateActor: true, targetNotType: 'government', notPrecededBy: SUSPENSION_UNMADE_BEFORE, notFollowedBy: FELT_BY_FIRMS_AFTER },
  { relation: 'banned', id: 'pattern:banned:states-action-applies-to-carriers', template: `X1 (?:'s )?T(action|actions|decision|measure|measures|move|order) (?:, )?(?:which |that )?(?:will |would )?(?:applies to|applied to|apply to) (?:[a-z0-9-]+ ){0,3}(?:carriers|airlines) (?:, )?(?:including|namely|such as) Y`, stateActor: true, targetNotType: 'government', notPrecededBy: SUSPENSION_UNMADE_BEFORE, requires: ['carriers|airlines'] },
  // Helper brp92, from the eighty-second fresh sample (s82a, s82f): brands a firm owns, told by portfolio and ownership wording.
  // "Zenco is a leading snack maker, with a portfolio of brands including A, B and C", "Brixco, one of the largest makers, with
  // brands like A and B": a firm described (apposed or after a copula), then its brands in a "with" phrase. The brands go to the
  // name the description is set after ("Zenco owns Brixco - one of the largest makers, with brands like A -" gives them to Brixco).
  // Not a shop's, an investor's or a rival's description ("a retailer, with brands like A", "a fund, with a portfolio including A").
  { relation: 'develops', id: 'pattern:develops:described-firm-with-brands', template: `X1 (?:, |- |– |— |\\( |(?:is|was|remains|has been) )(?:a |an |the |one of the |one of )(?:(?!(?:${NOT_OWNER_DESCRIBING})(?= ))[a-z0-9-]+ ){1,6}(?:, |- |– |— )?T(with) (?:a |an |its |their )?(?:(?:[a-z-]+ ){0,2}(?:portfolio|range|stable|roster|family|house|collection|lineup) of (?:[a-z-]+ )?(?:${BRAND_NOUNS}|products) (?:, )?|(?:(?!(?:${NOT_OWNERS_BRAND_WORDS}|other|competing|rival|third-party|outside|partner|client|customer) )[a-z-]+ ){0,2}(?:${BRAND_NOUNS}) (?:, )?)(?:including|such as|like|among them) (?:the )?Y`, notFollowedBy: BRANDS_NOT_OWNED_AFTER, requires: ['with', 'including|such|like|among'], sourceNotNamed: INVESTOR_NAME },
  // "Zenco's current range contains A, B and C": a maker's own range holds its brands (not a rival's: "its rival's range").
  { relation: 'develops', id: 'pattern:develops:owners-range-contains', template: `POSS (?:(?:current|present|existing|whole|entire|own|brand|product|core|wider) ){0,2}T(range|portfolio|lineup|line-up|stable) (?:now |also |currently |still )?(?:contains|contained|contain) (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as |like |including )?)?(?:the )?Y`, notFollowedBy: PARTS_AFTER_CONTAINED, requires: ['contains|contained|contain'], notPrecededBy: /(?:^| )(?:rival|rivals|competitor|competitors|competing) $/, sourceNotNamed: INVESTOR_NAME },
  // "brands such as A and B, both of which fall under parent company Zenco", "brands like A, which fall under the Zenco umbrella": brands
  // set under their owner. Without a brand noun before the list, only a named parent ("under parent company Zenco") makes it the owner's.
  { relation: 'develops', id: 'pattern:develops:brands-fall-under-owner', template: `(?:${BRAND_NOUNS}) (?:such as |like |including |, )?(?:the )?Y (?:, )?(?:(?:both|all|each) of )?(?:which|that) (?:now |also |currently |still )?T(fall|falls|sit|sits|come|comes) under (?:the )?(?:(?:umbrella|ownership) of )?(?:(?:parent|holding|owner) (?:company|group) )?X1 (?!'s )`, requires: ['under'], notPrecededBy: BRANDS_CHANGING_HANDS_BEFORE, sourceNotNamed: INVESTOR_NAME },
  { relation: 'develops', id: 'pattern:develops:fall-under-parent-company', template: `(?:the )?Y (?:, )?(?:(?:both|all|each) of )?(?:which|that) (?:now |also |currently |still )?T(fall|falls|sit|sits|come|comes) under (?:the )?(?:parent|holding) (?:company|group) (?:, )?X1 (?!'s )`, requires: ['under'], notPrecededBy: new RegExp(`${BRANDS_CHANGING_HANDS_BEFORE.source}|${OWNED_FIRMS_BEFORE.source}`), sourceNotNamed: INVESTOR_NAME },
  // "Zeta is a brand that belongs to Zenco Ltd", "Zeta, a label belonging to Zenco": a brand said to belong to its owner (a brand
  // noun required: "Zeta belongs to Zenco" may be a firm held as a stake).
  { relation: 'develops', id: 'pattern:develops:brand-belongs-to', template: `Y1 (?:, |(?:is|was|remains) )(?:a |an |one of the |one of )?(?:[a-z-]+ ){0,2}(?:${BRAND_NOUNS}) (?:that |which )?(?:now |also |still )?T(belongs|belonging) to (?:the )?(?:(?:parent|holding) (?:company|group) |(?:[a-z-]+ ){0,2}(?:group|company|conglomerate|firm) )?X1 (?!'s )`, requires: ['to'], sourceNotNamed: INVESTOR_NAME },
  // "two brands under the umbrella of Zenco: A and B", "the labels under the umbrella of Zenco (a Zembla group): A, B": a colon's list.
  { relation: 'develops', id: 'pattern:develops:brands-under-umbrella-of-colon', template: `(?:${BRAND_NOUNS}) (?:now )?under (?:the )?T(umbrella) of (?:the )?X1 (?:\\( [^()]* \\) )?(?:: |, (?:including|such as|like|namely) |(?:include|includes|are) )(?:the )?Y`, requires: ['umbrella'], notPrecededBy: BRANDS_CHANGING_HANDS_BEFORE, sourceNotNamed: INVESTOR_NAME },
  // "Brixco has seven variants of the Tilly brand", "Zenco makes three flavours of its Qorva brand": a maker's variants of its brand.
  { relation: 'develops', id: 'pattern:develops:variants-of-brand', template: `X P AUX T(has|have|had|makes|make|made|produces|produce|produced|offers|offer|offered|launched|launches|introduced|introduces) (?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|multiple) )?(?:new |different )?(?:variants|versions|flavours|flavors|varieties) of (?:the |its |their |its@\\d+ )?Y1 (?:${BRAND_NOUNS})(?= |$)`, notFollowedBy: VARIANTS_STOCKED_AFTER, requires: ['of'] },
  // Helper pos92, from the eighty-second fresh sample (rockets, satellite networks, exchanges' coins): a maker named through its
  // thing's description. A relative clause whose object is the thing ("the Vortex engine that Qorva is developing", "the Zeta coin
  // which Zenco issued"); not "launched" or "deployed" (a rocket firm launches others' satellites) nor "operates" (an airline
  // operates others' jets), and no object after the verb (then the clause makes something else).
  { relation: 'develops', id: 'pattern:develops:kind-that-maker-makes', template: `Y1 (?:${DESCRIBING_NOT_VERB})?(?<k>[a-z-]+) (?:that|which) X1 AUX T(develops|developed|developing|makes|made|making|builds|built|building|designs|designed|designing|produces|produced|producing|manufactures|manufactured|manufacturing|creates|created|creating|issues|issued|issuing)(?=(?:[,.;:]|for|in|since|with|at|on|and|as|from|under|until|over|last|this|next)(?= |$)|$)`, kindNoun: true, requires: ['that|which'] },
  // An of-genitive after the thing's kind: "the RS1 light rocket of the startup Qorva", "Zeta, the native stablecoin of Zenco",
  // "ZAI, which is the currency of the protocol ZenDAO". The owner's name must end there: "of Qorva's rival", "of Qorva users" name
  // someone else's; a version, a rival or a sister of a thing is set beside it, not made by its maker ("Douyin, the Chinese version of
  // TikTok", "Zeta News, the sister channel of Qorva News").
  { relation: 'develops', id: 'pattern:develops:kind-of-maker', template: `(?:the|a|an) (?:[a-z-]+ ){0,2}Y1 (?:(?!(?:${ANOTHERS_KINDS}|sister|sibling|twin|partner|competing) )${DESCRIBING_NOT_VERB}){0,2}(?<k>(?!(?:${ANOTHERS_KINDS}) )[a-z-]+) T(of) (?:the )?(?:(?:[a-z-]+ ){0,2}(?:${DESCRIBED_MAKERS}|exchange|protocol|issuer) )?X1 `, notFollowedBy: OWNER_OF_ENDS_NOT, kindNoun: true, requires: ['of'] },
  { relation: 'develops', id: 'pattern:develops:apposed-kind-of-maker', template: `Y1 , (?:(?:which|that) (?:is|was) )?(?:the|a|an) (?:(?!(?:${ANOTHERS_KINDS}|sister|sibling|twin|partner|competing) )[a-z-]+ ){0,2}(?<k>(?!(?:${ANOTHERS_KINDS}) )[a-z-]+) T(of) (?:the )?(?:(?:[a-z-]+ ){0,2}(?:${DESCRIBED_MAKERS}|exchange|protocol|issuer) )?X1 `, notFollowedBy: OWNER_OF_ENDS_NOT, kindNoun: true, requires: [',', 'of'] },
  // A coin's or a network's maker named by its kind after "by": "Zoken, a coin issued by the exchange Qorva", "ZUSD was created by the
  // exchange Zenco". Making verbs only: "offered", "listed" or "provided by the exchange" is trading what another made; and an issuer's
  // bonds, shares or notes are its debt or its stock, no product.
  { relation: 'develops', id: 'pattern:develops:made-by-described-issuer', template: `Y C8 T(issued|created|developed|launched|designed|built|made|minted) (?:and (?:managed|operated|run|backed) )?by (?:the |a |an |its )?(?:[a-z-]+ ){0,2}(?:exchange|protocol|issuer|blockchain|foundation|dao|consortium) X1 `, notFollowedBy: /^'s /, targetNotThenKind: ISSUED_NOT_MADE, requires: ['by'] },
  // A firm's name and its own kind before the possessive: "the Zenco exchange's native token, ZTT", "the Zenco protocol's ZAI
  // stablecoin". Only a name that heads the phrase: "the Zenco exchange's user Qorva" names no thing (the kind must be a made one).
  { relation: 'develops', id: 'pattern:develops:kind-possessive-apposed', template: `X1 (?:exchange|platform|protocol|network|blockchain|startup) T('s) (?:(?!(?:${POSSESSED_ROLE_WORDS}) )[a-z-]+ ){0,2}(?<k>[a-z-]+) , (?:the )?Y1 (?=[,.;:)]|$)`, kindNoun: true, targetNotThenKind: ISSUED_NOT_MADE, requires: ["'s", ','] },
  { relation: 'develops', id: 'pattern:develops:kind-possessive-named-kind', template: `X1 (?:exchange|platform|protocol|network|blockchain|startup) T('s) (?:(?!(?:${POSSESSED_ROLE_WORDS}) )[a-z-]+ ){0,2}Y1 (?<k>[a-z-]+)(?= |$)`, kindNoun: true, requires: ["'s"] },
  // A possessive with describing words the shapes above miss before the name and its kind: "Qorva's lightweight RS1 launcher"; not a
  // role and a verb ("Zenco's boss praised Zeta phones").
  { relation: 'develops', id: 'pattern:develops:possessive-described-named-kind', template: `POSS (?:(?:(?!(?:${POSSESSED_ROLE_WORDS}) )${DESCRIBING_NOT_VERB})(?!(?:${POSSESSED_ROLE_WORDS}) )(?![a-z-]+ed )|(?!(?:${POSSESSED_ROLE_WORDS}) ))${DESCRIBING_NOT_VERB}Y1 (?<k>[a-z-]+)(?= (?:[,.;:]|is|was|has|had|will|would|failed|rose|fell|and|[a-z]+ed)(?= |$)|$)`, kindNoun: true },
  // Helper dvx93, from the eighty-second fresh sample (s82a, s82b, s82f) and round 1-2's reports: launches told by words no table read.
  // "Zenco has introduced pods like Zeta Mint and Zeta Neo": a launching verb, then a plural kind no list knows and the names it
  // enumerates (the kinds the triggers know are read there). Not campaigns, events, shops, deals or people, nor rivals' or partners'.
  { relation: 'develops', id: 'pattern:develops:launched-unknown-kind-like', template: `X P AUX T(introduced|introduces|launched|launches|unveiled|unveils|debuted|debuts|rolled out|rolls out) (?:(?:new|several|two|three|four|five|its|their|own) ){0,2}(?!(?:${NOT_LAUNCHED_GOODS})(?= ))(?<k>[a-z][a-z-]+s) (?:, )?(?:such as|like|including) (?:the )?Y`, requires: ['such|like|including'] },
  // "Zenco and Qorva announced the creation of ZenBorin, a new snack brand", "Zenco announced the creation of a new brand called ZenBorin":
  // a brand created is its creators' (both, when two firms create it). Only a brand, label or line: "the creation of Zeta Labs, a
  // research unit" or "of a joint venture called Zeta" is no product.
  { relation: 'develops', id: 'pattern:develops:announced-creation-of-brand-called', template: `X P AUX T(announced|announces|unveiled|unveils|revealed|reveals|confirmed|confirms) the creation of (?:a|an) (?:new |joint |co-branded |shared )?${CREATED_NOUN_LEAD}(?:${CREATED_BRAND_NOUNS}) (?:called|named|dubbed) (?:the )?Y1`, requires: ['creation'], notFollowedBy: CREATED_FOR_CLIENT },
  { relation: 'develops', id: 'pattern:develops:announced-creation-of-named-brand', template: `X P AUX T(announced|announces|unveiled|unveils|revealed|reveals|confirmed|confirms) the creation of (?:the )?Y1 , (?:a|an) (?:new |joint |co-branded |shared )?${CREATED_NOUN_LEAD}(?:${CREATED_BRAND_NOUNS})${CREATED_NOUN_END}`, requires: ['creation'], notFollowedBy: CREATED_FOR_CLIENT },
  // "Zenco and Qorva are partnering on a new brand called ZenBorin", "Zenco is teaming up with Qorva on a line named ZenBorin": the
  // new brand two partners make together is each named partner's (with "with", only the subject's is read here).
  { relation: 'develops', id: 'pattern:develops:partnering-on-brand-called', template: `(?<x>@\\d+ (?:, @\\d+ )*(?:, )?(?:and|&) @\\d+ |@\\d+ )(?:(?:are|is|were|was|have been|has been) )?(?:now |also )?T(partnering|teaming up|collaborating|working together|joining forces|partnered|teamed up|collaborated|joined forces) (?:with (?:the )?(?:@\\d+ 's )?@\\d+ )?on (?:a |an |the )?(?:new |joint |co-branded |shared )?${CREATED_NOUN_LEAD}(?:${CREATED_BRAND_NOUNS}) (?:called|named|dubbed) (?:the )?Y1`, requires: ['on'], notPrecededBy: /(?:'s|its|their) $/, notFollowedBy: CREATED_FOR_CLIENT },
  // Stop 91 round 3 (helper trx93): membership of a set of listed or barred parties with the actor as the passive's agent: "Zenco was
  // among firms barred from government contracts by Ruritania", "is among the 12 entities sanctioned on Monday by the Treasury". A
  // procurement bar restricts; the agent is read after at most six words, so "among firms Zenco sanctioned" stays with the patterns above.
  { relation: 'restricts', id: 'pattern:restricts:among-listed-by-agent', template: `Y AUX (?:also )?${AMONG_THE_PARTIES}(?:newly |that were |which were |that have been |which have been )?T(sanctioned|designated|blacklisted|targeted|listed|added|restricted) (?:(?!(?:by|not|if|unless|could|may|might|would)\\b)[a-z0-9-]+ ){0,6}by (?:the )?X1(?=[,.;:]|on |in |last |this |earlier |after |over |for |since |$)`, requires: ['among'], stateActor: true, notFollowedBy: AMONG_LISTED_OTHER_AFTER },
  { relation: 'restricts', id: 'pattern:restricts:among-barred-from-contracts-by-agent', template: `Y AUX (?:also )?${AMONG_THE_PARTIES}(?:that were |which were |that have been |which have been )?T(barred|debarred|excluded|suspended) from (?:(?:bidding|competing) (?:on|for) )?(?:[a-z-]+ ){0,2}(?:contracts|procurement|tenders|deals) (?:(?!(?:by|not|if|unless|could|may|might|would)\\b)[a-z0-9-]+ ){0,4}by (?:the )?X1(?=[,.;:]|on |in |last |this |earlier |after |over |for |since |$)`, requires: ['among'], stateActor: true },
  // "Ruritania temporarily suspends Zembla milk powder", "bans all Zembla beef": a halt whose object is a state's farm goods, named by
  // the state (or its demonym: government-mentions.ts), restricts that state (helper trx93, from the round 1-2 reports' headlines).
  // `banned` since stop 92, as the import bans above.
  { relation: 'banned', id: 'pattern:banned:halted-state-farm-goods', template: `X P AUX T(halted|halts|halt|suspended|suspends|suspend|banned|bans|ban|blocked|blocks|block) (?:all |some |certain )?Y1 (?=(?:[a-z-]+ )?(?:${STATE_FARM_GOODS.join('|')})(?! (?:${NOT_GOODS_HEADS.join('|')})(?= |$))(?= |$))`, verb: true, stateActor: true, targetType: 'government' },
  // "The US suspension will apply to Zenco Air at one airport and to Qorva Air at another": the second target, after its own "to"
  // past a place for the first (helper trx93, from sus92's report); the first is states-suspension-applies-to's.
  { relation: 'banned', id: 'pattern:banned:states-suspension-applies-to-second', template: `X1 (?:'s )?(?:(?:temporary|new|latest|earlier|initial|six-month|flight|flights) )*T(${SUSPENSION_NOUNS}) ${APPLIES_TO} (?:the )?@\\d+ (?:(?!(?:and|but|or|not)\\b)[a-z0-9-]+ ){1,5}and (?:also )?to (?:the )?Y`, stateActor: true, targetNotType: 'government', notPrecededBy: SUSPENSION_UNMADE_BEFORE, notFollowedBy: new RegExp(`${FELT_BY_FIRMS_AFTER.source}|${MAKERS_CRAFT_AFTER.source}`), requires: ['and'] },
  // … and a ban's: "Zapp was among the apps banned by Ruritania in 2020".
  { relation: 'banned', id: 'pattern:banned:among-banned-by-agent', template: `Y AUX (?:also )?${AMONG_THE_PARTIES}(?:newly |that were |which were |that have been |which have been )?T(banned|blocked|prohibited) (?:(?!(?:by|not|if|unless|could|may|might|would)\\b)[a-z0-9-]+ ){0,6}by (?:the )?X1(?=[,.;:]|on |in |last |this |earlier |after |over |for |since |$)`, requires: ['among'], stateActor: true },
  // "Zenco pulled Qorva's enterprise certificate", "withdrew Qorva's developer certificates": a platform taking back the certificate
  // another firm's apps run under bans them there, whoever takes it (stop 57's readers); the state-only pattern above takes a
  // firm's licences and permits, which end a deal between firms (helper fpy93).
  { relation: 'banned', id: 'pattern:banned:firms-certificate-pulled', template: `X P AUX T(${LICENCE_VERBS}) Y1 's (?:[a-z-]+ ){0,2}(?:certificate|certificates)(?= |$)`, verb: true, requires: ["'s"], indexBy: ['certificate', 'certificates'] },
  // Helper brp94, from the eighty-third fresh sample (s83d, hotel groups): a group's venues counted under its brands. "Zenco has 900
  // hotels under the Alto, Brisa and Cumbre brands", "Zenco, which owns 40 resorts under the Alto and Brisa names": the subject's own
  // brands (the "operates … under" verbs are read above). Not a manager's or a franchisee's verb ("manages 120 hotels under the A
  // and B brands" runs others' brands), nor franchised, managed or leased venues, nor another's brands after "under", nor venues
  // another runs ("hotels that Qorva runs under …"). A franchisee's "has 20 hotels under the A and B brands" reads the same: these four
  // rules take only names the lexicon does not know, which keeps out a franchisee's famous chains when the lexicon holds them.
  // A subject set off as a franchisee, licensee or management company ("Zenco, a franchisee of Qorva, has …") counts others' flags
  // (re-read rr94b).
  { relation: 'develops', id: 'pattern:develops:has-venues-under-brands', template: `X P AUX (?<!(?:franchis|licens|management compan|manager of|operator of)[^,]{0,40}, )T(has|have|had|owns|owned|counts|boasts) (?!(?:no|not|none|few|[a-z]+ed)\\b)(?:more than |over |some |about |nearly |around |almost |roughly )?(?:\\d[\\d.]*(?: , \\d{3})* |[a-z]+ )?(?:(?!(?:${VENUES_OF_OTHERS_WORDS})[ -])[a-z-]+ ){0,2}(?:${BRANDED_VENUES}) (?:(?!(?:under|not|no|for|of|from|by|with|and|or|that|which|who|run|runs|operated|managed|franchised|leased)\\b)(?:[a-z0-9-]+|@\\d+) ){0,4}under (?:the |its |their )?(?!@\\d+ 's )Y (?:[a-z-]+ )?(?:brands|banners|flags|labels|marques|names)(?= |$)`, requires: ['under'], notFollowedBy: VENUE_BRANDS_OF_ANOTHER_AFTER, targetUnknown: true, targetNotNamed: FRANCHISE_FLAG_WORDS, sourceNotNamed: INVESTOR_NAME },
  // "Zenco manages hotels across brands including Alto and Brisa", "Zenco operates 300 hotels across its Alto and Brisa brands": a
  // group's venues spread across its own brands (not "for brands such as", where a manager serves others).
  { relation: 'develops', id: 'pattern:develops:venues-across-brands-including', template: `X P AUX (?<!(?:franchis|licens|management compan|manager of|operator of)[^,]{0,40}, )(?:has|have|had|owns|owned|operates|operated|runs|ran|manages|managed|counts|boasts) (?!(?:no|not|none|few|[a-z]+ed)\\b)(?:more than |over |some |about |nearly |around |almost |roughly )?(?:\\d[\\d.]*(?: , \\d{3})* |[a-z]+ )?(?:(?!(?:${VENUES_OF_OTHERS_WORDS})[ -])[a-z-]+ ){0,2}(?:${BRANDED_VENUES}) (?:(?!(?:across|not|no|for|of|from|by)\\b)[a-z0-9-]+ ){0,4}T(across) (?:(?:its|their|its@\\d+) (?:[a-z-]+ ){0,2}(?:brands|banners|labels) (?:, )?(?:including |such as |like |namely )?|(?!(?:rival|rivals|competing|partner|partners|other|client|clients)[ -])(?:(?:\\d+|[a-z]+) )?(?:(?!(?:rival|rivals|competing|partner|partners|other|client|clients)[ -])[a-z-]+ )?(?:brands|banners|labels) (?:, )?(?:including|such as|like|namely) )(?!@\\d+ 's )(?:the )?Y`, requires: ['across'], notFollowedBy: VENUE_BRANDS_STOCKED_AFTER, targetUnknown: true, targetNotNamed: FRANCHISE_FLAG_WORDS, sourceNotNamed: INVESTOR_NAME },
  // "With the addition of five brands - Alto, Brisa and Cumbre - Zenco has expanded", "With the addition of Alto and Brisa, Zenco now
  // has 30 brands": brands added to a group, fronted, are the clause's subject's (not a partner's or a rival's brands).
  // The subject is no list member ("- Alto, Brisa and Cumbre - to its app, Zenco": a comma inside the list must not end it, or
  // one brand would make the next; re-read rr94b).
  { relation: 'develops', id: 'pattern:develops:fronted-addition-of-brands', template: `^with (?:the )?T(addition|additions) of (?:(?!(?:rival|rivals|competing|partner|partners|other)[ -])[a-z0-9-]+ ){0,3}(?:${BRAND_NOUNS}) (?:, |-|–|—|: |\\( )(?:including |such as |like |namely )?(?:the )?Y (?:,|-|–|—|\\)) (?:the )?X1 (?!'s |(?:, )?(?:and |or )?@\\d+ )`, requires: ['of'], targetUnknown: true },
  { relation: 'develops', id: 'pattern:develops:fronted-addition-of-named', template: `^with (?:the )?T(addition|additions) of (?:the )?Y (?:(?:${BRAND_NOUNS}) )?, (?:the )?X1 (?:now |also |will |would )*(?:has|have|boasts|counts|owns|operates) (?:more than |over |some |about |nearly |around |almost )?(?:[\\d,]+|[a-z]+) (?:[a-z-]+ )?(?:brands|labels|marques)(?= |$)`, requires: ['of'], targetUnknown: true, notFollowedBy: BRANDS_STOCKED_AFTER },
  // Helper ent94, from the eighty-third fresh sample's cruise reader: a state keeping a named ship out of its ports bans the ship,
  // told as a leave withheld ("will not permit the Qorva Star to call in its ports", "refusal to allow the Qorva Star to dock") or as
  // entry denied ("became the fifth country to deny entry to the Qorva Star", "refused the Qorva Star entry"). Only a state acts
  // (a cruise line refusing a ship is its own business); "may not allow" is a hedge NOT_LETTING leaves out.
  { relation: 'banned', id: 'pattern:banned:not-let-ship-call', template: `X ${STATES_BODY}P ${NOT_LETTING_AUX}T(${NOT_LETTING}) (?:the )?${SHIP_KIND}Y (?:to )?${SHIP_CALL}`, stateActor: true, targetNotType: 'government', requires: ['let|letting|allow|allowed|allowing|permit|permitted|permitting'] },
  { relation: 'banned', id: 'pattern:banned:refusal-to-let-ship-call', template: `X1 's (?:[a-z-]+ )?T(failure|refusal) to (?:let|allow|permit) (?:the )?${SHIP_KIND}Y (?:to )?${SHIP_CALL}`, stateActor: true, targetNotType: 'government', requires: ["'s"] },
  { relation: 'banned', id: 'pattern:banned:entry-denied-to-ship', template: `X P AUX (?:(?:became|becomes|become|has become|is|was) (?:the |a )?(?:[a-z0-9-]+ ){0,2}(?:country|countries|state|states|nation|nations|government|port|ports) to )?T(denied|deny|denies|denying|refused|refuse|refuses|refusing) (?:entry|docking|port access|permission to dock|permission to berth|permission to enter) to (?:the )?${SHIP_KIND}Y(?!'s )`, verb: true, stateActor: true, targetNotType: 'government', notFollowedBy: NOT_THE_SHIP_AFTER, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:ship-refused-entry', template: `X P AUX T(denied|denies|denying|refused|refuses|refusing) (?:the )?${SHIP_KIND}Y (?:entry|docking|permission to dock|permission to berth|permission to enter|port access)(?= |$)`, verb: true, stateActor: true, targetNotType: 'government' },
  // … turned away ("Thailand turned away the Qorva Star", "turned the Qorva Star away"), and in the passive with the states after it
  // ("the Qorva Star was denied entry into Japan and Taiwan", "had been turned away by Japan"); people on board are not the ship.
  { relation: 'banned', id: 'pattern:banned:ship-turned-away', template: `X P AUX T(turned away|turns away|turning away|turn away) (?:the )?${SHIP_KIND}Y(?!'s )`, verb: true, stateActor: true, targetNotType: 'government', notFollowedBy: NOT_THE_SHIP_AFTER, requires: ['away'] },
  { relation: 'banned', id: 'pattern:banned:ship-turned-away-split', template: `X P AUX T(turned|turns|turning|turn) (?:the )?${SHIP_KIND}Y away(?= |$)`, verb: true, stateActor: true, targetNotType: 'government', requires: ['away'] },
  { relation: 'banned', id: 'pattern:banned:ship-denied-entry-into-state', template: `Y AUX (?:also |previously |already )?(?:been )?T(denied|refused) (?:entry|docking|permission to dock) (?:into|to|in|by) (?:the )?X`, stateActor: true, targetNotType: 'government', notPrecededBy: ON_BOARD_BEFORE, notFollowedBy: /^(?:'s )?(?:\S+ ){0,3}by /, requires: ['entry|docking|permission'] },
  { relation: 'banned', id: 'pattern:banned:ship-turned-away-by-state', template: `Y AUX (?:also |previously |already )?(?:been )?T(turned away|sent away) by (?:the )?X`, stateActor: true, targetNotType: 'government', notPrecededBy: ON_BOARD_BEFORE, notFollowedBy: NOT_THE_SHIP_AFTER, requires: ['away'] },
  // From the same sample's scooter reader: a city keeping operators out bans them, told as a leave withheld with care ("had been careful
  // not to allow firms like Zenco or Qorva to operate in the city"), as its permits handed to others "shutting Vexa out", or in the
  // passive, "Zenco was kicked out of the city of Austin" (the place a state or its city; "kicked out of the index" names none).
  { relation: 'banned', id: 'pattern:banned:careful-not-to-let-operate', template: `X ${STATES_OR_CITYS_BODY}P ${NOT_LETTING_AUX}(?:been )?(?:careful|determined|keen|quick|at pains) T(not to allow|not to let|not to permit) (?:(?:[a-z-]+ )?(?:firms|companies|operators|providers|start-ups|startups|services|apps) (?:like|such as|including) )?Y (?:to )?${CARRIER_WORK}`, stateActor: true, targetNotType: 'government', requires: ['careful|determined|keen|quick|pains'] },
  { relation: 'banned', id: 'pattern:banned:permits-to-others-shutting-out', template: `X ${STATES_OR_CITYS_BODY}P AUX (?:handed|gave|granted|awarded|issued) (?:its |the |their )?(?:[a-z-]+ )?(?:permits|permit|licences|licenses|licence|license) to A12 , T(shutting|shut) (?:the )?Y out(?= |$)`, stateActor: true, targetNotType: 'government', requires: [','] },
  { relation: 'banned', id: 'pattern:banned:permits-to-others-shutting-out-before', template: `X ${STATES_OR_CITYS_BODY}P AUX (?:handed|gave|granted|awarded|issued) (?:its |the |their )?(?:[a-z-]+ )?(?:permits|permit|licences|licenses|licence|license) to A12 , T(shutting out|shut out) (?:the )?Y(?= |$)`, stateActor: true, targetNotType: 'government', requires: [','] },
  // "in 2019", "in May" date the expulsion; "kicked out of China in the first round" is a contest's (re-read rr94a).
  { relation: 'banned', id: 'pattern:banned:kicked-out-of-state', template: `Y AUX T(kicked|thrown|booted) out of (?:the (?:city|county|municipality) of |the )?X1(?=[,.;:]|in (?!the )|on |last |this |earlier |after |over |for |since |$)`, stateActor: true, targetNotType: 'government', notFollowedBy: /^'s /, requires: ['out'] },
  // From the same sample's betting reader: a firm suspending play on its own brands names them as its own ("Zenco has suspended
  // betting on in-house brands Alpha and Beta"): it develops them, and withoutOwnBans (own-bans.ts) then drops the ban read off "suspended".
  // A regulator suspending betting on an operator's brands makes none of them (notStateWhen; re-read rr94a).
  { relation: 'develops', id: 'pattern:develops:halted-play-on-in-house-brands', template: `X P AUX T(suspended|suspends|suspend|halted|halts|halt|paused|pauses|pause|stopped|stops|stop|ceased|ceases|cease) (?:all )?(?:betting|operations|trading|services|sales|play|gaming|activity|activities) (?:on|at|across) (?:its |their )?(?:own |in-house |house )(?:brands|brand|sites|site) Y(?!'s )`, verb: true, targetNotType: 'government', requires: ['in-house|own|house'], notStateWhen: /./ },
  // Helper rvl94, from stop 91's eighty-third fresh sample: a headline's contest for a firm, then after its colon the newcomer and its
  // arrival ("More competition for Zenco: Qorva arrives in Zembla", "New rival for Zenco: Qorva enters the market"). Only a name
  // right after the colon that arrives, enters or launches: "More competition for Zenco: regulators clear Qorva deal" names none.
  // Not "challenge for X: Y opens a plant": a challenge is any trouble, told of a supplier or a partner as well as a rival (re-read rr94a).
  { relation: 'competes_with', id: 'pattern:competes_with:headline-competition-for-colon-arrival', template: `^(?:(?:more|new|fresh|stiff|stiffer|tough|tougher|growing|a new|another) )?T(competition|rival|challenger) for (?:the )?X1 : (?:the )?Y1 (?:(?:now|finally|officially|also) )?(?:arrives|arriving|arrived|enters|entering|entered|launches|launching|launched|lands|landing|landed|debuts|debuting|comes|coming|is coming|expands|expanding|opens|opening|starts|starting|rolls out|goes live)(?= |$)`, targetNotType: 'government', requires: [':'] },
  // Helper brl92, from stop 91's eighty-fourth fresh sample: a maker's credits listed after "is responsible for" or "is behind", each
  // member with a describing word or its kind ("Zenco is responsible for Zeta, Vela and the Tallon series", "Qorva is behind Zeta and
  // the upcoming Vela"); the plain list is read above, which stopped at the first member. No firm is a credit: "Qorva is behind Zenco
  // and Vexa" names an investor; no gerund but of making ("responsible for selling Zeta" is a seller's) and nothing after the list but
  // the clause's end ("behind Zeta in sales" ranks a rival; "responsible for the Zeta launch" names an act).
  { relation: 'develops', id: 'pattern:develops:credit-list-responsible-or-behind', template: `X1 P (?:which |that )?(?:is|was|are|were|has been|had been) (?:also |largely |solely |directly |mainly )?T(responsible for|behind) (?:(?:creating|developing|making|designing|building) )?${CREDIT_LIST}(?=[,.;:)]|and (?:is|was|has|had|also) |which |that |$)`, sourceNotNamed: NOT_MAKER_NAME_ENDS, notFollowedBy: OTHERS_THING_AFTER_NAME, targetNotType: 'company', notAnAddress: true, requires: ['responsible|behind'] },
  // … and what a maker owes its success or its name to: "Qorva owes its success to games including Zeta and Vela" (the things its own,
  // named by a kind of made thing; "owes its success to retailers such as Vexa" names its sellers).
  { relation: 'develops', id: 'pattern:develops:owes-success-to-made-list', template: `X1 P AUX T(owes|owed|owe) (?:its|their|much of its|much of their) (?:success|fame|growth|rise|reputation) to (?:its |their |the )?(?:(?:hit|popular|own|successful|best-selling|bestselling) )?(?:games|titles|franchises|products|brands|hits|series) (?:, )?(?:including|such as|like) ${CREDIT_LIST}(?=[,.;:)]|$)`, notFollowedBy: OTHERS_THING_AFTER_NAME, targetNotType: 'company', notAnAddress: true, requires: ['owes|owed|owe'] },
  // … and a lineup it built, spanning its titles: "Qorva has crafted a lineup spanning Zeta, Vela and Tallon" (a slate or a stable of
  // games; not a portfolio, which an investor builds of firms, nor a catalogue, which a shop or a service fills with others' things).
  { relation: 'develops', id: 'pattern:develops:crafted-lineup-spanning', template: `X1 P AUX T(crafted|built|assembled|created|developed|amassed) (?:a |an |its |their )?(?:[a-z-]+ )?(?:lineup|line-up|slate|stable) (?:of (?:[a-z-]+ )?(?:games|titles|brands|products) )?(?:, )?(?:spanning|including|such as|like) ${CREDIT_LIST}(?=[,.;:)]|$)`, verb: true, notFollowedBy: OTHERS_THING_AFTER_NAME, targetNotType: 'company', notAnAddress: true, requires: ['lineup|line-up|slate|stable'] },
  // From the same sample's outdoor reader: a second clause of a maker's trade under brands, after a first one ("Zenco also markets lamps
  // under the Lumo brand, and heaters under such brands as Vexa and Brisk"): the second clause's brands are the same seller's. No name
  // between the clauses (G5): "and Qorva sells heaters under brands such as Vexa" has its own subject; not under licence from another.
  // The first clause's brand is named (no name, no licence, no buyer in either gap: "sold lamps under licence from Qorva", "sold its
  // lamp line under the Lumo brand to Qorva").
  { relation: 'develops', id: 'pattern:develops:second-clause-under-brands', template: `X P AUX (?:${TRADE_VERBS}) G5 under ${ownTradeGap(8, true)}, (?:and |as well as |while )?${ownTradeGap(4, false)}T(under) (?:such |the |its |their )?(?:brands|brand names|labels|trade names|names|marques) (?:such as |like |including |of |as )?Y(?=[,.;:]|$)`, notFollowedBy: /^(?:, )?(?:under licen[cs]e|licen[cs]ed from|on behalf of|for (?:its )?clients?)/, targetNotType: 'company', notAnAddress: true, requires: ['under'] },
  { relation: 'develops', id: 'pattern:develops:second-clause-under-the-brands', template: `X P AUX (?:${TRADE_VERBS}) G5 under ${ownTradeGap(8, true)}, (?:and |as well as |while )?${ownTradeGap(4, false)}T(under) (?:the |its |their )?Y (?:brands|labels|names|marques)(?=[ ,.;:]|$)`, notFollowedBy: /^(?:, )?(?:under licen[cs]e|licen[cs]ed from|on behalf of|for (?:its )?clients?)/, targetNotType: 'company', notAnAddress: true, requires: ['under'] },
  // From the same sample's software reader: a maker's name before a plural of its goods, then a list set off ("moved to Zenco database
  // services, including Zeta, Vela and Tallon"). Not a list of makers before the noun ("Zenco and Qorva apps, including Zeta"), nor a
  // word that makes the goods another's (rivals', partners', third-party, compatible), nor firms listed ("Zenco group firms, including").
  { relation: 'develops', id: 'pattern:develops:maker-prefixed-goods-including', template: `X1 (?:(?!${NOT_MAKERS_GOODS_WORDS}|${NOT_GOODS_MODIFIERS})[a-z-]+ ){0,2}T(services|products|apps|applications|tools|games|titles|devices|phones|programs|platforms|databases|models|chips|brands) , (?:including|such as|like|notably) ${CREDIT_LIST}(?=[,.;:)]|$)`, notPrecededBy: /(?:^| )(?:and|or|,|&|non|versus|vs|of|'s|its|their) $/, sourceNotNamed: NOT_MAKER_NAME_ENDS, notFollowedBy: OTHERS_THING_AFTER_NAME, targetNotType: 'company', notAnAddress: true, requires: [','] },
  // From the same sample's games reader: a studio that is the home of its titles ("Qorva is the home of Zeta and the Vela series"). A
  // store, a service or a place is home to others' things: no known name (makerLikeSource), none ending in such a word, no firm as the thing.
  { relation: 'develops', id: 'pattern:develops:studio-home-of-titles', template: `X1 P (?:which |that )?(?:is|was|remains|has long been|has been) (?:also )?(?:the )?T(home of|home to) ${CREDIT_LIST}(?=[,.;:)]|and (?:is|was|has|had|also) |which |that |$)`, makerLikeSource: true, sourceNotNamed: NOT_MAKER_NAME_ENDS, notFollowedBy: OTHERS_THING_AFTER_NAME, targetNotType: 'company', notAnAddress: true, requires: ['home'] },
  // Helper riv92 (stop 92), from stop 91's fresh set 84: rivalry told as a challenge, a contest or a chase. "Zenco is challenging
  // heavyweights such as Qorva and Vexa", "Zenco challenges the likes of Qorva": the firms a firm takes on, named after a noun of
  // rival firms or "the likes of" (a bare "challenging Qorva" is the verb trigger's; "challenging regulators such as …" names no
  // rival firm, and a state is none).
  { relation: 'competes_with', id: 'pattern:competes_with:challenging-rivals-such-as', template: `X1 P AUX (?:(?:now|already|also|increasingly|directly|openly|squarely) )?T(challenging|challenges|challenged|challenge|taking on|takes on|took on|take on) (?:(?:the )?(?:(?:tech|technology|industry|established|entrenched|incumbent|market|bigger|larger|major|global|local|big|traditional|fintech|old|older) ){0,2}(?:heavyweights|giants|incumbents|rivals|competitors|leaders|players|titans|behemoths) (?:such as|like|including) |the likes of )(?:the )?Y`, verb: true, targetNotType: 'government', notFollowedBy: DARED_OR_SUED_AFTER, requires: ['such|like|including|likes'] },
  // "Zenco joins Qorva, Brix and Lumo, all vying for merchants": the firm joins a field whose members all strive for the same prize,
  // each its rival (the members' rivalry with each other is the verb trigger's). Not a tie-up ("joins Qorva and Brix in a venture,
  // all vying …"), and the striving word right after "all".
  { relation: 'competes_with', id: 'pattern:competes_with:joins-list-all-vying', template: `X1 P AUX T(joins|joined|join|joining) (?:${JOINED_PEERS})?(?<y>@\\d+${JOINED_ASIDE}(?: (?:,|and|, and) @\\d+${JOINED_ASIDE})*) (?:, )?(?:and (?:many |several |a few )?(?:others|other [a-z-]+) )?, (?:all|each) (?:of them |of which |of whom )?(?:vying|competing|fighting|battling|jostling|scrambling|racing|chasing|angling) (?:for|to)(?= |$)`, targetNotType: 'government', notFollowedBy: PARTNERSHIP_AFTER, requires: ['all|each'] },
  // "Unlike its two main competitors (Qorva and Vexa), Zenco is …": the rivals "its" names in brackets, before the firm it stands for
  // (unlike-its-rivals takes them after a comma); up to three describing words before the rivals' noun.
  { relation: 'competes_with', id: 'pattern:competes_with:unlike-its-rivals-bracketed', template: `(?:^|, )T(unlike|like) (?:many |most |some |all |several |both )?(?:of )?its (?:(?!(?:${PAST_RIVAL_WORDS})(?= ))[a-z0-9-]+ ){0,3}(?:competitors|rivals|peers) \\( (?:such as |like |including |namely )?(?<y>@\\d+ (?:, @\\d+ )*(?:(?:, )?(?:and|or) @\\d+ )?)\\) , (?:the )?X1 (?!'s )`, indexBy: ['unlike', 'like'], requires: ['('] },
  // "Zenco won a bidding war with Qorva for Vexa", "after winning a bidding war against Qorva, Zenco …": the bidders rival each other;
  // the firm bid for (after "for") is no rival, nor a partner's backing ("with Qorva's backing"), nor a partner ("with Qorva as its
  // partner"), a co-investor or a funder ("with Qorva as co-investor", "with Qorva Capital funding": NOT_A_RIVAL_BIDDER_AFTER); one rival
  // only, a list after "with" may hold the firm's partner.
  { relation: 'competes_with', id: 'pattern:competes_with:won-bidding-war-with', template: `X1 P AUX T(won|wins|win|winning|lost|loses|lose|losing|prevailed in|prevails in|prevail in|lost out in|loses out in) (?:a |an |the |its )?(?:[a-z-]+ )?(?:bidding war|bidding battle|bidding contest|bidding race|takeover battle|auction battle) (?:with|against) (?:(?:rival|fellow) )?(?:the )?Y1 ${NOT_A_RIVAL_BIDDER_AFTER}`, verb: true, requires: ['bidding|battle'] },
  { relation: 'competes_with', id: 'pattern:competes_with:fronted-winning-bidding-war-with', template: `^(?:after|by|despite|since|having) (?:(?:narrowly|finally) )?T(winning|losing|won|lost|prevailing in|prevailed in|losing out in|lost out in) (?:a |an |the |its )?(?:[a-z-]+ )?(?:bidding war|bidding battle|bidding contest|bidding race|takeover battle|auction battle) (?:with|against) (?:(?:rival|fellow) )?(?:the )?Y1 ${NOT_A_RIVAL_BIDDER_AFTER}(?:for (?:the )?@\\d+ )?(?:[^@,;()]+ )?, (?:the )?X1 (?!'s |, |and |or )`, requires: [','] },
  // Helper sta92, from stop 91's eighty-fourth fresh sample (regulator orders): "the regulator directs Zenco Life, not to procure new
  // business", "ordered Qorva to refrain from writing new policies": a stop to an insurer's or a lender's new business limits it, as a
  // stop to onboarding new customers does (WHOLE_NEW_BUSINESS); a body's order only.
  { relation: 'restricts', id: 'pattern:restricts:ordered-no-new-business', template: `X P AUX T(${REFRAIN_ORDER_VERBS}) ${NAMED_AFTER_KIND}Y (?:, )?${WHEN}(?:not to (?:procure|write|underwrite|issue|accept|take|book)|to (?:immediately )?(?:refrain|desist|abstain) from (?:procuring|writing|underwriting|issuing|accepting|taking|booking)) ${WHOLE_NEW_BUSINESS}`, verb: true, stateActor: true, requires: ['to'] },
  // Helper sta92, from stop 91's eighty-fourth fresh sample: "ordered state firms to wean themselves off foreign providers, specifically
  // A, B and C", "the government's edict that state firms must wean themselves off …": a state's order to its buyers to end their
  // reliance on named suppliers bans them, as told-buyers-to-stop-buying does. A state's order only (stateActor), not a firm's plan.
  { relation: 'banned', id: 'pattern:banned:told-buyers-to-wean-off-suppliers', template: `X P AUX T(${ORDER_WORDS}) (?:${BUYERS}) ${WHEN}to ${WEANED_OFF_SUPPLIERS}Y`, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:edict-buyers-wean-off-suppliers', template: `X1 's (?:[a-z-]+ ){0,2}T(edict|edicts|order|orders|directive|directives|decree|decrees|mandate|instruction|instructions) (?:that|for) (?:${BUYERS}) (?:must |should |are to |have to |to )?${WEANED_OFF_SUPPLIERS}Y`, stateActor: true, notFollowedBy: /^'s /, requires: ["'s"] },
  // Helper app92, from stop 91's insurers sample: a firm entering a market with a thing it names there ("Zenco first ventured into
  // insurance with a program called Zapp", "Zenco entered the market with an app named Zeta"): what it came in with is its own. Only
  // a market's verbs of entry, so "partnered with an app called Zeta", a partner's, reads nothing.
  { relation: 'develops', id: 'pattern:develops:entered-market-with-thing-called', template: `X1 P AUX (?:${ENTRY_ADVERBS} )?T(${ENTERED_MARKET}) (?!${DEAL_ENTERED})(?:(?!(?:to|along|together|alongside|against|compete|competing|rivals?|partnering|teaming|up|help|support|backing|like|unlike|as|buying|bought|buys|acquiring|acquired|acquires|purchasing|purchased|taking|took|investing|invested|funding|funded) )[^\\s@,]+ ){0,5}?with (?:a |an |its |their |its@\\d+ )(?:(?:new|own|first|single|flagship|digital|online|mobile) )*(?:${PRODUCT_NOUNS}|${SCHEME_NOUNS}) (?:called|named|dubbed|branded|known as) (?:the )?Y1`, verb: true, requires: ['with'], notFollowedBy: OTHERS_THING_AFTER_NAME },
  // Helper brp92, from stop 91's eighty-fourth fresh sample: a group's segment or division and the brands it holds, told in the
  // present ("Zenco's outdoor segment includes Qorva, Brisk and Tallon", "Zenco's Outdoor & Recreation division also includes A and B").
  // The comma'd relative clause is business-which-includes; not once another buys or sells it ("bought Zenco's segment, which …"
  // is that one's), nor an investor's; the segment's customers, rivals or partners are behind their own noun and never match. A
  // segment that sells, distributes or licenses others' goods holds their brands, not its own ("Zenco's distribution segment includes A").
  { relation: 'develops', id: 'pattern:develops:segment-includes', template: `(?:(?<x>@\\d+) 's |(?<its>its@\\d+ ))(?:${OTHERS_GOODS_SEGMENT}[a-z&-]+ ){0,4}(?:@\\d+ )?(?:${OTHERS_GOODS_SEGMENT}[a-z&-]+ ){0,2}(?:segment|division) (?:also |now |currently |still )?T(includes|include|comprises|spans) (?:(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as |like |including )?)?(?:the )?Y`, notPrecededBy: /(?:^| )(?:bought|buys|buying|acquired|acquires|acquiring|purchased|purchases|took over|takes over|sold|sells|selling|divested|divests|spun off|spin off|sale of|acquisition of|purchase of) $/, sourceNotNamed: INVESTOR_NAME },
  // "In addition to brands like Qorva and Brisk, Zenco owns Tallon", "Besides Qorva, Zenco also makes Brisk": the fronted names are
  // the subject's too, when its verb of owning or making names more of them (helper brp92, from stop 91's eighty-fourth fresh sample).
  // Not "apart from" or "aside from" (which may exclude), nor "alongside" (a partner: "Alongside Qorva, Zenco makes Brisk"), not a
  // seller's, a buyer's or a distributor's verb, not a stake or a plant after the verb, not another's thing fronted ("In addition to
  // Vexa's Qorva, …"), and not a firm (a firm owned is a holding, no thing made).
  { relation: 'develops', id: 'pattern:develops:fronted-in-addition-to-own', template: `^(?:in addition to|besides|as well as) (?:(?:its |their )?(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as |like |including )?)?(?:the )?(?!@\\d+ 's )Y , (?:the )?X1 (?:also |now |currently |still )?T(owns|makes|produces|manufactures|controls) (?:(?:the |its )?(?:[a-z-]+ )?(?:${BRAND_NOUNS}) (?:such as |like |including )?)?(?:the )?@\\d+(?! 's)`, requires: [','], targetNotType: 'company', targetUnknown: true, notFollowedBy: /^(?:, )?(?:for (?:the )?@\d+|under licen[cs]e|on behalf of|licen[cs]ed from)/ },
  { relation: 'develops', id: 'pattern:develops:fronted-in-addition-to-segment', template: `^(?:in addition to|besides|as well as) (?:the )?(?!@\\d+ 's )Y , (?:the )?(?:X1 's|its@\\d+) (?:${OTHERS_GOODS_SEGMENT}[a-z&-]+ ){0,4}(?:@\\d+ )?(?:${OTHERS_GOODS_SEGMENT}[a-z&-]+ ){0,2}(?:segment|division|portfolio) (?:also |now |currently |still )?T(includes|include|comprises) `, requires: [','], sourceNotNamed: INVESTOR_NAME, targetNotType: 'company' },
  // "Zenco currently has two main businesses, namely Zapp and Zapp Cover": the businesses a firm counts, named after "namely" (helper brp92,
  // from stop 91's eighty-fourth fresh sample). Only a count of businesses, platforms, products or brands the subject has or runs, in
  // the present or the past: no auxiliary ("will have two businesses" is a plan, "does not have" denies).
  { relation: 'develops', id: 'pattern:develops:has-counted-businesses-namely', template: `X1 P (?:currently |now |also |still )?T(has|had|have|runs|operates|owns) (?:two|three|four|five|six|several) (?:main |core |key |major |principal |primary )?(?:businesses|business lines|lines of business|platforms|products|brands|services|apps) (?:, )?(?:namely|:) (?:the (?:[a-z-]+ ){0,2})?Y`, requires: ['namely|:'], targetNotType: 'company', notFollowedBy: OTHERS_THING_AFTER_NAME },
  // … and the second of two members each set after its own kind ("namely the platform Zapp and the platform Zapp Cover").
  { relation: 'develops', id: 'pattern:develops:has-counted-businesses-namely-second', template: `X1 P (?:currently |now |also |still )?T(has|had|have|runs|operates|owns) (?:two|three|four|five|six|several) (?:main |core |key |major |principal |primary )?(?:businesses|business lines|lines of business|platforms|products|brands|services|apps) (?:, )?(?:namely|:) the (?:[a-z-]+ ){1,2}@\\d+ (?:, )?and the (?:[a-z-]+ ){1,2}Y1`, requires: ['namely|:'], targetNotType: 'company', notFollowedBy: OTHERS_THING_AFTER_NAME },
  // Helper gds92, from stop 92's eighty-fifth fresh sample: a state's ban on another state's goods, told without "imports" ("has
  // prohibited the sale of products made in Zembla, Qorvia and Estoria", "bans goods coming from Zembla", the headline "Ruritania bans
  // Zembla, Qorvia goods"), or as an order to its shops ("ordered shops to remove all goods imported from the four countries, Zembla
  // and Qorvia", "told retailers to stop the sales of products from Zembla"). Like an import halt (stop 91) it restricts each state,
  // not bans it: one trade kept from, not the state's whole being. Only a state acting and a state as the source; goods of a firm
  // ("goods made in Zembla by Zenco", "Zembla's Zenco") are the firm's, and a plea ("urged shops to") or a firm's own halt is no act.
  // Since stop 92 (helper imb92) these bans give `banned` of each state, as the import bans above.
  { relation: 'banned', id: 'pattern:banned:banned-sale-of-goods-from-state', template: `X P AUX T(prohibited|prohibits|prohibit|prohibiting|banned|bans|ban|banning|barred|bars|bar|barring|halted|halts|halt|halting|stopped|stops|stop|stopping|suspended|suspends|suspend|suspending|forbade|forbids|forbid|forbidding|outlawed|outlaws|outlaw|outlawing) (?:the |all |any |further )?(?:(?:sale|sales|marketing|distribution|trade|import|imports|importation|entry)(?: and (?:sale|sales|use|marketing|distribution|import|imports))? (?:of|in) )?(?:the |all |any )?(?:[a-z-]+ ){0,2}(?:${STATE_GOODS_NOUNS}) ${GOODS_ORIGIN}Y`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: STATE_IN_PLACE_PHRASE_BEFORE, notFollowedBy: /^(?:'s |by |to (?:the )?@\d+)/, requires: ['in|from'], sentenceHolds: GOODS_FROM_SOMEWHERE },
  { relation: 'banned', id: 'pattern:banned:told-shops-to-remove-goods-from-state', template: `X P AUX T(${ORDER_VERBS}|asked|asks|ask|asking|required|requires|requiring|called on|calls on|calling on) (?:all |the |its )?(?:[a-z-]+ ){0,2}(?:${SHELF_KEEPERS})(?: and (?:[a-z-]+ )?(?:${SHELF_KEEPERS}))? (?:(?:across|in|throughout) (?:(?:the )?(?:[a-z-]+ ){0,2}(?:country|nation|state|emirate|kingdom)|@\\d+) )?to (?:immediately |at once )?${SHELF_REMOVALS} (?:all |any |the )?(?:[a-z-]+ ){0,2}(?:${STATE_GOODS_NOUNS}) ${GOODS_ORIGIN}Y`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: STATE_IN_PLACE_PHRASE_BEFORE, notFollowedBy: /^(?:'s |by |to (?:the )?@\d+)/, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:banned-state-goods', template: `X P AUX T(prohibited|prohibits|prohibit|banned|bans|ban|banning|barred|bars|bar|halted|halts|halt|blocked|blocks|block|outlawed|outlaws|outlaw) (?:(?:the |all |any )?(?:sale|sales|marketing|distribution|import|imports|importation|entry) of )?(?:all |any )?(?:the )?(?<y>@\\d+(?:(?: , (?:the )?@\\d+)*(?: ,)? (?:and|or) (?:the )?@\\d+|(?: , @\\d+)+)?) (?:-made |made )?(?:(?!(?:and|or|of|to|in|from|by|for)\\b)[a-z-]+ )?(?:${STATE_GOODS_NOUNS})(?= |$)`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: STATE_IN_PLACE_PHRASE_BEFORE, notFollowedBy: /^(?:'s|by) / },
  // States' boycott of another launched or led, its kinds before it ("A, B and C launched a commercial and political boycott of
  // Zembla"); "imposed a boycott on Zembla" is the registry's state noun. A call for one, or one by consumers or a firm, is none.
  { relation: 'restricts', id: 'pattern:restricts:launched-boycott-of-state', template: `X P AUX T(launched|launches|launch|launching|began|begins|begin|started|starts|start|declared|declares|declare|enforced|enforces|enforce|led|leads|lead|maintained|maintains|maintain) (?:a |an |the |their |its )?(?:(?:[a-z-]+ ){1,2}(?:and |, ))?(?:[a-z-]+ ){0,2}(?:boycott|embargo|blockade) (?:of|on|against) (?:the )?Y`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: STATE_IN_PLACE_PHRASE_BEFORE, notFollowedBy: /^(?:'s) /, requires: ['boycott|embargo|blockade'] },
  // A local body keeping a firm from opening there (helper gds92, fresh sample s85a: "the council voted to stop Zenco from opening at
  // the airport"): the firm is kept out of the place, a ban there. Not a bank kept from opening accounts or branches (one activity),
  // nor a body that failed or declined to stop it (the verb must be the act). "Operating" only with no object ("from operating in
  // Zembla"): "stopped Zenco from operating the Z5 jet" or "… its app" keeps one thing from use, not the firm (review rr93b).
  { relation: 'banned', id: 'pattern:banned:stopped-firm-from-opening', template: `X P AUX T(stopped|stops|stop|prevented|prevents|prevent|blocked|blocks|block|barred|bars|bar) (?:the )?Y1 from (?:opening(?! (?:new |more |any |further |its |their )?(?:accounts?|branches|branch|offices?|positions?|trades?|talks|bank|credit)(?= |$))|operating(?= [,.;:)]| (?:in|at|on|within|across|inside|there|here|anywhere|locally|legally|until|again|without)(?= )|$))(?= |$)`, verb: true, stateActor: true, targetType: 'company', requires: ['from'] },
  // … and its curbs on what it sends the other ("is limiting its oil exports to Zembla", "banned fuel exports to Zembla", "halted
  // arms sales to Zembla"): an export control on a destination restricts it. Not a cut in volumes ("cut its oil exports") a market
  // may make, not a rise or fall told of the exports, and not a firm's own halt.
  { relation: 'restricts', id: 'pattern:restricts:limited-goods-exports-to-state', template: `X P AUX T(limited|limits|limit|limiting|restricted|restricts|restrict|restricting|curbed|curbs|curb|curbing|capped|caps|cap|capping|banned|bans|ban|banning|barred|bars|bar|barring|prohibited|prohibits|prohibit|prohibiting|halted|halts|halt|halting|suspended|suspends|suspend|suspending) (?:its |their |the |all |further |new |some )?(?:(?!(?:to|from|of|for|and|or|in|on|over|about|with|at|by|talks|plans?|growth|rise|fall)\\b)[a-z-]+ ){1,3}(?:exports|export|shipments|sales|supplies|deliveries) to (?:the )?Y`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: STATE_IN_PLACE_PHRASE_BEFORE, notFollowedBy: /^'s /, requires: ['to'] },
  // Helper dvm92, from stop 92's eighty-fifth fresh sample (drone and EV makers told through launch, project and partnership frames).
  // "Zenco has announced a new drone project under the Zeta brand", "Zenco launched a venture under the Zeta name": the brand a firm
  // starts its own project under is its own. Not a brand licensed from, or held by, another ("under the Zeta brand licensed from
  // Qorva", "under Qorva's Zeta brand"), nor a deal or a contract under a brand.
  { relation: 'develops', id: 'pattern:develops:project-under-brand', template: `X1 P AUX T(announced|announces|announce|announcing|launched|launches|launch|launching|unveiled|unveils|unveil|unveiling|started|starts|start|starting|kicked off|kicks off|teased|teases|revealed|reveals|formed|forms|created|creates|set up|sets up) (?:a |an |its |their |its@\\d+ )?(?:(?:new|own|first|ambitious|secret|dedicated|separate) )*(?:[a-z-]+ ){0,2}(?:project|projects|venture|initiative|business|unit|line|range|lineup|line-up|series|family) under (?:the |a |its |their |its@\\d+ )?(?:new )?Y1 (?:brand|name|label|banner|marque) `, verb: true, targetNotType: 'company', notFollowedBy: /^(?:, )?(?:(?:which is |that is )?(?:licensed|licenced|borrowed|leased|owned|held|bought|acquired|taken) (?:from|by)|(?:from|of|for|owned by) (?:the )?@\d+)/, requires: ['under'] },
  // "Since announcing its Zeta drone project, Zenco has been quiet", "After unveiling its new Zeta SUV last year, Zenco …": a fronted
  // participle of launching whose "its" points to the firm after the comma. Only "its" right before the named thing (with a few words
  // of newness) and a kind of made thing or a project after it, then at most a time ("last November"), so "Since announcing its deal
  // with Qorva, Zenco", "its investment in Zeta" or "its Ruritania expansion" read nothing; the firm is the clause's subject, not a
  // possessor ("…, Zenco's rival Qorva").
  { relation: 'develops', id: 'pattern:develops:fronted-announcing-its-thing', template: `^(?:since |after |before |while |when |by |in |upon |on )?(?:(?:first|originally|formally|officially|publicly|initially|recently) )?T(announcing|unveiling|launching|introducing|debuting|revealing|teasing|releasing|showing off|showcasing) its (?:(?:new|first|own|latest|upcoming|much-hyped|long-awaited|secret|flagship) )*Y1 (?:(?:[a-z-]+ ){0,2}?(?:${HAD_KINDS}|drones|cars|vehicles|phones|chips|devices|robots|programme|program|range|line|lineup|series|brand) )?(?:(?:last|this|next|earlier|late|early|in|back|two|three|several|a|some) [a-z0-9-]+ (?:[a-z0-9-]+ )?(?:ago )?)?, (?:the )?X1 (?!'s |, |and |or )`, targetNotType: 'company', requires: [','] },
  // "Zenco, for instance, has revealed its first SUV, the Zapp", "Zenco showed off a new drone, the Zeta X": a reveal or a showing of a
  // kind of the firm's own, named in apposition (the same frame as announced-its-kind-apposed, with the verbs of showing). Not another's
  // kind ("revealed its rival's new SUV"), not figures or results ("revealed its first-quarter results").
  { relation: 'develops', id: 'pattern:develops:revealed-its-kind-apposed', template: `X P AUX T(revealed|reveals|reveal|revealing|showed off|shows off|show off|showing off|showcased|showcases|showcase|presented|presents|present|debuted|debuts) (?:its |their |its@\\d+ |a new |an all-new |(?:two|three|four|several) (?:new |all-new )?)(?:(?!(?:rival|rivals|competitor|competitors|partner|partners|customer|customers|client|clients|parent|favourite|favorite|top|best|pick|picks|choice|winning|'s|of|for|from|by|with|to|at|in)(?= ))[a-z0-9-]+ ){0,3}(?<k>[a-z-]+) , (?:the )?Y (?=[,.;:]|$)`, verb: true, kindNoun: true, targetNotType: 'company', notFollowedBy: OTHERS_THING_AFTER_NAME, requires: [','] },
  // "Zenco was the first to step up with the Zapp", "Zenco was the first carmaker to come out with a drone called Zeta": the firm that
  // first came to market with a thing brought it. Only verbs of coming to market (never "the first to review" or "to buy"); a firm
  // after "with" is a partner.
  { relation: 'develops', id: 'pattern:develops:first-to-step-up-with', template: `X1 P AUX (?:(?:is|was|were|has been|had been) )(?:the |among the )?(?:very )?first (?:(?:[a-z-]+ )?(?:company|firm|maker|makers|manufacturer|brand|startup|start-up|player|one|[a-z]+maker) )?to T(step up|stepped up|come out|come forward|come to market|hit the market|arrive|go to market) with (?:a |an |its |their |the )?(?:(?:new|own|first|electric|affordable|consumer|commercial) )*(?:(?:[a-z-]+ )?(?:${HAD_KINDS}|vehicle|suv|sedan|truck|crossover|quadcopter|aircraft) (?:called|named|dubbed) (?:the )?)?Y1 (?!'s )`, targetNotType: 'company', notFollowedBy: OTHERS_THING_AFTER_NAME, requires: ['first', 'with'] },
  // "… Vantix, Qorva (maker of QOS) and Zenco": a bracketed credit after a firm, inside a list or anywhere, names its own thing.
  { relation: 'develops', id: 'pattern:develops:bracketed-maker-of', template: `X1 \\( (?:the )?T(maker|makers|developer|developers|creator|creators|manufacturer|designer) of (?:the )?Y \\)`, targetNotType: 'company', requires: ['('] },
  // "Zenco is diving into drones with the Zeta Flight platform", "Zenco moved into e-bikes with its Zapp scooter": a firm entering a
  // market with a named thing of a made kind brings its own (entered-market-with-thing-called takes "with an app called Zeta"). Not a
  // deal entered ("entered talks with …"), not a place entered ("moved into Ruritania with …": a mention in the market's words), not
  // another's thing ("with Qorva's Zeta platform", "with the Zeta platform from Qorva"), nor an investor's move (helper dvm92, s85d).
  { relation: 'develops', id: 'pattern:develops:entered-market-with-named-kind', template: `X1 P AUX (?:${ENTRY_ADVERBS} )?T(${ENTERED_MARKET}|diving into|dives into|dived into|dove into|dive into|jumping into|jumps into|jumped into|jump into|moving into|move into|expanding into|expand into|branching out into|venturing into|pushing into|pushes into|pushed into|push into|stepping into|breaking into) (?!${DEAL_ENTERED})(?:(?!(?:with|to|for|by|from|of|and|or)(?= ))[a-z-]+ ){1,3}?with (?:the |its |their |its@\\d+ |a new |an all-new )?(?:(?:new|own|first|flagship) )*Y1 (?:[a-z0-9-]+ )?(?<k>[a-z-]+) `, verb: true, kindNoun: true, targetNotType: 'company', sourceNotNamed: INVESTOR_NAME, notFollowedBy: new RegExp(`${OTHERS_THING_AFTER_NAME.source}|${TAKEN_FROM_ANOTHER_AFTER.source}`), requires: ['with'] },
  // Helper rvn92, from stop 92's eighty-fifth fresh sample (rivalry in noun phrases and idioms). A rivalry named as a situation
  // between two firms ("the competitive situation between Zenco and Qorva"), or with a consortium one leads ("the battle between
  // Zenco and a consortium led by Qorva"). Not a dispute ("the legal battle between"), nor a fight over a patent or a contract.
  { relation: 'competes_with', id: 'pattern:competes_with:competitive-situation-between', template: `(?:the )?(?:(?:intense|fierce|growing|escalating|ongoing|current|close|direct|new) )?T(competitive situation|competitive relationship|competitive tension|competitive tensions|competitive dynamic|competitive dynamics|competitive struggle|competitive battle|competitive overlap|head-on competition|battle|rivalry|price war|contest|duel|fight) between (?:the )?X1 and (?:the )?(?:(?:a|the) (?:consortium|group|bidding group|alliance|coalition|team) (?:led|headed|fronted) by )?(?:the )?Y1 (?!'s |(?:and|or|,) |${RVN_USER_NOUNS})`, notPrecededBy: RVN_DISPUTE_BEFORE, notFollowedBy: RVN_DISPUTE_AFTER, targetNotType: 'government', requires: ['between'] },
  // Idioms of a war declared on a rival ("Qorva has declared war on Zenco", "Zenco waged a price war against Qorva"). A war on a thing
  // ("on inflation") names no firm; a regulator or a state is no peer (relation-registry.ts); a war on a firm's prices or staff is
  // behind the possessive and reads nothing; a war "over patents" or "in court" is a dispute (review rr93b).
  { relation: 'competes_with', id: 'pattern:competes_with:declared-war-on', template: `X ${RVN_ASIDE_NOT_RIVAL}AUX (?:(?:now|also|effectively|openly|all but|essentially|publicly) )*T(declared|declares|declare|declaring|waged|wages|wage|waging) (?:an? )?(?:(?:all-out|full-scale|open|price|pricing|new|fresh|total|commercial|trade) ){0,2}war (?:on|against|to) (?:the |its |their )?(?:(?:rival|rivals|competitor|competitors|archrival|arch-rival) )?Y1 (?!'s |(?:and|or|,) )`, notPrecededBy: RVN_NOT_OWN_ACT, notFollowedBy: RVN_DISPUTE_AFTER, targetNotType: 'government', requires: ['war'] },
  // A thing made or aimed at another thing ("the Z5, a crossover aimed squarely at the Qorva Q7"; "the Z5 is pitched directly against
  // the Q7"). Not at its users or owners ("aimed at Qorva users"), not at a thing by a possessive ("at Qorva's buyers"), and no law,
  // probe or bid aimed at a firm.
  { relation: 'competes_with', id: 'pattern:competes_with:appositive-aimed-at', template: `X1 , (?:a|an|the|its|their) (?:(?!(?:${RVN_NOT_RIVAL_HEAD})(?= ))[a-z0-9-]+ ){1,4}(?:that is |which is )?T(aimed|targeted|pitched|positioned) (?:(?:squarely|directly|straight|firmly|right|clearly|primarily|mainly|chiefly|head-on) )?(?:at|against) (?:the )?Y1 (?!'s |${RVN_USER_NOUNS}|(?:and|or|,) @)`, notPrecededBy: RVN_NOT_OWN_ACT, targetNotType: 'government', requires: [','] },
  { relation: 'competes_with', id: 'pattern:competes_with:is-aimed-at', template: `X1 P (?:is|are|was|were|has been|have been) (?:(?:being|now|also|clearly) )?(?:(?:squarely|directly|firmly|clearly|primarily|mainly|chiefly|head-on) )?T(aimed|targeted|pitched|positioned) (?:(?:squarely|directly|straight|firmly|right|clearly|primarily|mainly|chiefly|head-on) )?(?:at|against) (?:the )?Y1 (?!'s |${RVN_USER_NOUNS}|(?:and|or|,) @)`, notPrecededBy: RVN_NOT_RIVAL_SUBJECT, targetNotType: 'government', requires: ['at|against'] },
  // "Zenco and Qorva are aiming straight for the heart of the Zapp X1": the thing whose heart a maker aims at is its rival.
  { relation: 'competes_with', id: 'pattern:competes_with:aiming-for-heart-of', template: `X (?:(?:and|, and) (?:many |several )?others )?P AUX (?:(?:now|also|squarely|directly|clearly) )*T(aiming|aim|aims|aimed|going|goes|went|heading|headed|striking|strikes|struck|taking aim|takes aim|took aim) (?:(?:straight|squarely|directly|right) )?(?:for|at) the (?:very )?heart of (?:the )?Y1 (?!'s |${RVN_USER_NOUNS})`, notPrecededBy: RVN_NOT_OWN_ACT, targetNotType: 'government', requires: ['heart'] },
  // "Zenco and others are well positioned to take a piece of Qorva's pie": a share of a firm's pie taken is its market taken.
  // Not one let or helped to take it ("a deal that lets Zenco take a slice of Qorva's pie"), nor a partner's or an investor's.
  { relation: 'competes_with', id: 'pattern:competes_with:piece-of-rivals-pie', template: `X (?:(?:and|, and) (?:many |several )?others )?P AUX (?:(?:well|better|best|now|also) )*(?:(?:positioned|poised|placed|set|ready|looking|hoping|trying|aiming|seeking|able|eager|keen|determined|likely|expected|going) to )?T(take|takes|took|taking|grab|grabs|grabbed|grabbing|win|wins|won|winning|steal|steals|stole|stealing|snatch|snatches|snatched|snatching|carve out|carves out|carved out|carving out|claim|claims|claimed|claiming|capture|captures|captured|capturing) (?:an? |some of |more of )?(?:(?:bigger|larger|big|large|sizable|sizeable|greater|fair|good|decent|healthy|small) )?(?:piece|slice|share|chunk|bite|portion) of (?:the )?Y1 's (?:[a-z-]+ )?pie(?= |$)`, notPrecededBy: RVN_HELPED_TO_TAKE, requires: ['pie'] },
  // "Zenco launched Brisa, a new discount chain, to better compete with discounters Alto and Vela": the firm that launched the chain
  // is the discounters' rival (the chain's own rivalry stays the trigger's, optional), and so is it when the chain "aims to tackle the
  // threat posed by" them. Only a purpose right after the launched name
  // or its apposition, with no other name between (a partner's "with Qorva", another's "a chain Qorva set up").
  { relation: 'competes_with', id: 'pattern:competes_with:launched-to-compete', template: `X1 P AUX (?:launched|launches|launch|launching|opened|opens|open|opening|created|creates|create|set up|sets up|started|starts|start|founded|rolled out|rolls out|unveiled|unveils|introduced|introduces|debuted|debuts) (?:the |a |an |its |their )?(?:[a-z0-9-]+ ){0,4}@\\d+ (?:(?:stores|shops|outlets|branches|supermarkets|restaurants|cafes|brand|chain|label|banner) )?(?:, (?:a|an|its|the|their) (?:(?!(?:agency|adviser|advisor|partner|client|investor|distributor|retailer|franchisee|licensee)(?= ))[^\\s@,;:.()]+ ){1,6}, )?(?:(?:in a bid|in an effort|in an attempt|in order|partly|largely|mainly|primarily|specifically|chiefly|as a way|(?:which|that) (?:aims|is aimed|is designed|is meant|is intended|seeks)) )?to (?:(?:better|directly|more effectively|more directly|effectively|head-on) )?T(compete with|compete against|compete head-on with|take on|rival|challenge|fend off|counter|tackle the threat posed by|tackle the threat from|take the fight to|go up against) (?:the |its |their )?(?:(?!(?:${RVN_NOT_RIVAL_GAP})(?= ))[a-z-]+ ){0,3}(?:(?:such as|like|including) )?(?:the )?Y (?!'s )`, notPrecededBy: RVN_HELPED_TO_TAKE, requires: ['to'] },
  // A franchisor's or a grocer's chains, banners or concepts listed after its possessive or "whose": "Zenco's restaurant chains include
  // Vexa and Lumo", "Its banners include food-court staples such as Vexa Wok", "Zenco, whose chains include Vexa and Lumo, …" (helper bro92,
  // from fresh samples s85a and s85b). Not the chains of a franchisee, a partner or a rival ("its franchised chains", "its rival chains"),
  // nor outlets run by others after the list's opener ("stores run by franchisees such as Qorva").
  { relation: 'develops', id: 'pattern:develops:possessed-chains-include', template: `(?:(?<x>@\\d+) 's |(?<its>its@\\d+ ))(?:${CHAIN_MODIFIER}[a-z&-]+ ){0,2}T(${CHAIN_NOUNS}) (?:also |now |currently |still )?(?:include|includes|included|comprise|comprises|are|were) (?:: )?(?:${CHAIN_FILLER}(?:such as|like|including) )?(?:the )?Y`, notPrecededBy: /(?:^| )(?:bought|buys|buying|acquired|acquires|acquiring|purchased|purchases|took over|takes over|sold|sells|selling|divested|divests|sale of|acquisition of|purchase of) $/, sourceNotNamed: INVESTOR_NAME, notAnAddress: true, targetNotType: 'government', requires: ['include|includes|included|comprise|comprises|are|were'] },
  { relation: 'develops', id: 'pattern:develops:whose-chains-include', template: `X1 (?:,|-|–|—) T(whose) (?:${CHAIN_MODIFIER}[a-z&-]+ ){0,2}(?:${CHAIN_NOUNS}) (?:also |now |currently |still )?(?:include|includes|included|comprise|comprises|are|were) (?:: )?(?:${CHAIN_FILLER}(?:such as|like|including) )?(?:the )?Y`, sourceNotNamed: INVESTOR_NAME, notAnAddress: true, targetNotType: 'government', requires: ['whose'] },
  // "Zeta, the latest addition to Zenco's own-brand lineup": a brand set off before the owner's own range it joins (helper bro92, from
  // fresh sample s85b). Only the owner's own range: a retailer's bare "range" or "lineup" holds others' goods, and so does "a new entry in
  // Qorva's lineup of partner brands".
  { relation: 'develops', id: 'pattern:develops:addition-to-own-range', template: `Y1 , (?:the |a |an )?(?:(?:latest|newest|new|recent|first|second|third|biggest|last) )?T(addition|additions|entry|member|newcomer) (?:to|in|of) (?:(?<x>@\\d+) 's |(?<its>its@\\d+ ))(?:(?:(?:growing|expanding|premium|budget|value|discount) )?(?:own|own-brand|own-label|private-label|private label|store-brand|store brand|in-house|house-brand) (?:(?:growing|expanding|premium|budget|value|discount) )?(?:lineup|line-up|range|ranges|portfolio|brands|labels|stable)|(?:(?:growing|expanding) )?(?:brands|labels|stable))`, notFollowedBy: /^ ?(?:of|from|for) (?:[a-z-]+ )?(?:partner|partners|third-party|other|outside|licensed|national|supplier|suppliers|branded|name-brand|investments|holdings|stakes|companies|startups|start-ups|firms|clients|customers|tenants)(?= |$)/, sourceNotNamed: INVESTOR_NAME, requires: [','] },
  // Helper brm92, from stop 92's eighty-fifth fresh sample (s85e, fashion groups): a group "comprised of" its brands ("Zenco is comprised of
  // menswear giant A, diffusion line B and label C", "Zenco, the brands group comprised of labels A, B and C"); each member may carry its
  // own description (describedList). Not an index, a fund, a board or an alliance, whose members are firms or people; no known firm.
  { relation: 'develops', id: 'pattern:develops:group-comprised-of-brands', template: `X1 P (?:is|was|are|were) (?:now |currently |also |still )?T(comprised of|composed of|made up of) (?:the )?(?:(?:[a-z-]+ ){0,3}?(?:${MEMBER_DESCRIPTION_HEADS}) )?Y`, requires: ['of'], describedList: true, targetNotType: 'company', sourceNotNamed: NOT_A_BRAND_GROUP_NAME, notPrecededBy: VENTURE_BEFORE },
  { relation: 'develops', id: 'pattern:develops:apposed-group-comprised-of-brands', template: `X1 , (?:the |a |an )?(?!(?:[a-z-]+ ){0,3}?(?:joint|venture|consortium|partnership|alliance|coalition|investor|investors)[ ,])(?:[a-z-]+ ){0,3}?(?:group|company|firm|conglomerate|house|holding|maker) (?:which is |that is )?(?:now |currently )?T(comprised of|composed of|made up of) (?:the )?(?:(?:[a-z-]+ ){0,3}?(?:${MEMBER_DESCRIPTION_HEADS}) )?Y`, requires: ['of'], describedList: true, targetNotType: 'company', sourceNotNamed: NOT_A_BRAND_GROUP_NAME },
  // "Zenco, the group which holds premium brands A, B and C", "Zenco manages the labels A and B": the brand noun right before the names
  // (the "brands including" forms are read by the portfolio trigger). Not rights, stakes, licences or clients' brands in between.
  { relation: 'develops', id: 'pattern:develops:holds-brands-named', template: `X P AUX T(holds|held|holding|manages|managed|managing) (?:the |its |their )?(?:(?:portfolio|stable|string|family|collection) of )?(?:(?!(?:${NOT_HELD_OWN_WORDS})[ ,])[a-z-]+ ){0,2}(?:brands|labels|marques|fashion houses) (?:, )?(?:namely )?Y`, verb: true, describedList: true, targetNotType: 'company', sourceNotNamed: INVESTOR_NAME, notPrecededBy: OTHERS_BRANDS_HOLDER_BEFORE, notFollowedBy: new RegExp(`${MANAGED_FOR_ANOTHER_AFTER.source}|${HELD_TO_ACCOUNT_AFTER.source}`) },
  // "Zenco Group, whose portfolio includes French luxury brand Zeta": a member after its description in the owner's relative clause.
  { relation: 'develops', id: 'pattern:develops:whose-portfolio-includes-described', template: `X1 , T(whose) (?:[a-z-]+ ){0,2}(?:${PORTFOLIO_HEADS}|collection|family) (?:now |also )?(?:include|includes|included|comprise|comprises) (?:(?:[a-z-]+|@\\d+) ){0,3}?(?:${MEMBER_DESCRIPTION_HEADS}) Y`, requires: ['whose'], describedList: true, targetNotType: 'company' , sourceNotNamed: INVESTOR_NAME },
  // "Zenco, the firm behind Parisian fashion brands A and B": past a place's adjective and the brand noun (the adjective is no brand).
  { relation: 'develops', id: 'pattern:develops:behind-described-brands', template: `X1 , (?:the |a |an )?(?:[a-z-]+ )?(?:${DESCRIBED_MAKERS}) T(behind) (?:the )?(?:@\\d+ )?(?:(?!(?:rival|rivals|competing|partner|partners|other|third-party|licensed|former)(?= ))[a-z-]+ ){0,3}(?:brands|labels|marques|houses) Y`, requires: ['behind', ','] },
  // "Zeta will join A, B and C under the Qorva Group", "Zeta is the latest brand to join the Qorva portfolio": a brand joining its
  // owner's stable. Not a firm joining another as a partner or in a venture: only "under" the owner, or its portfolio's noun.
  { relation: 'develops', id: 'pattern:develops:brand-joins-under-owner', template: `Y1 P AUX T(join|joins|joined|joining) (?:(?:the |its )?(?:sister )?(?:brands|labels) )?(?:@\\d+ (?:, @\\d+ )*(?:, )?and @\\d+ )under (?:the )?(?:umbrella of (?:the )?)?X1 (?!'s )`, requires: ['under'], targetNotType: 'company', sourceNotNamed: INVESTOR_NAME },
  { relation: 'develops', id: 'pattern:develops:brands-joined-under-owner', template: `@\\d+ P AUX T(join|joins|joined|joining) (?:(?:the |its )?(?:sister )?(?:brands|labels) )?Y under (?:the )?(?:umbrella of (?:the )?)?X1 (?!'s )`, requires: ['under'], targetNotType: 'company', sourceNotNamed: INVESTOR_NAME },
  { relation: 'develops', id: 'pattern:develops:latest-brand-to-join-portfolio', template: `Y1 (?:is|was|becomes|became) the (?:latest|newest|first|second|third|last|most recent) (?:[a-z-]+ )?(?:brand|label|marque|house) to T(join) (?:the )?X1 (?:portfolio|stable|family|umbrella|group)(?= |$)`, requires: ['join'], targetNotType: 'company', sourceNotNamed: INVESTOR_NAME },
  // Helper imb92 (stop 92): a state closing its market to another state's goods bans that state as an import ban does ("Zembla closes
  // market for herring from Qorvia", "closed its market to Qorvian beef"); a halt of imports from a firm's plant bans the firm
  // ("suspended imports from a plant owned by Zenco", "halted imports from Zenco's Northtown plant"). A state's act only: a firm's
  // own halt bans no one; "closed its market to foreign firms" names no state's goods.
  { relation: 'banned', id: 'pattern:banned:closed-market-to-state-goods', template: `X P AUX T(closed|closes|close|closing|shut|shuts|shutting) (?:its |their |the )?(?:domestic |local )?(?:market|markets|border|borders) (?:to|for) (?:all |the )?(?:(?!from )[a-z0-9-]+ ){1,4}(?:from|originating (?:in|from)|made in|produced in) Y`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s|by) /, requires: ['market|markets|border|borders'] },
  { relation: 'banned', id: 'pattern:banned:closed-market-to-state-goods-named', template: `X P AUX T(closed|closes|close|closing|shut|shuts|shutting) (?:its |their |the )?(?:domestic |local )?(?:market|markets|border|borders) (?:to|for) (?:all )?Y1 (?=${STATE_GOODS_WORD})`, verb: true, stateActor: true, targetType: 'government', requires: ['market|markets|border|borders'] },
  { relation: 'banned', id: 'pattern:banned:halted-imports-from-plant-owned-by-firm', template: `X P AUX T(halted|halts|halt|halting|stopped|stops|stop|stopping|suspended|suspends|suspend|suspending|banned|bans|ban|banning|blocked|blocks|block|blocking) (?:the |all |any |further |new )?${GOODS_BEFORE_IMPORTS}(?:imports|import|shipments) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?from (?:(?:a|an|the|one|two|three|four|five|several|some|all) )?(?:[a-z-]+ )?(?:${FIRM_PLANTS}) (?:owned|run|operated) by (?:the )?Y`, verb: true, stateActor: true, targetType: 'company', notFollowedBy: /^'s /, requires: ['from'] },
  { relation: 'banned', id: 'pattern:banned:halted-imports-from-firms-plant', template: `X P AUX T(halted|halts|halt|halting|stopped|stops|stop|stopping|suspended|suspends|suspend|suspending|banned|bans|ban|banning|blocked|blocks|block|blocking) (?:the |all |any |further |new )?${GOODS_BEFORE_IMPORTS}(?:imports|import|shipments) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?from Y1 's (?:(?:@\\d+|[a-z-]+) ){0,2}(?:${FIRM_PLANTS})(?= |$)`, verb: true, stateActor: true, targetType: 'company', requires: ['from'] },
  // Helper dvo93 (stop 92, round 3): a firm that runs or operates an outlet named after its kind owns it ("Zenco runs subscription
  // channel ZenNow", "operates the pay network Zeta TV"). The kind right after the verb (two describing words at most, none a
  // preposition and none another's: a rival's, a partner's, a franchised or licensed outlet), the name closing the phrase; not one run
  // for another ("… on behalf of Qorva", "… under licence from Qorva", "… owned by Qorva").
  { relation: 'develops', id: 'pattern:develops:runs-kind-named-outlet', template: `X1 ${NOT_MANAGER_APPOSED}P AUX T(runs|ran|run|running|operates|operated|operate|operating) (?:the |its |their |a |an )?${NOT_OTHERS_OUTLET}(?:${RUN_OUTLET_KINDS}) (?:, )?Y1(?=[,.;:]|(?:which|that|and|since|in|on|with|for) |$)`, verb: true, notFollowedBy: HELD_BY_ANOTHER_AFTER, notPrecededBy: SELLER_BEFORE, requires: ['runs|ran|run|running|operates|operated|operate|operating'] },

  // … an outlet or a brand set in apposition as one "under" its owner ("Zeta, a new channel under Zenco Communications,"); not one
  // under another's management or licence ("a channel under Zenco's management", "… under licence from Zenco": no bare owner).
  { relation: 'develops', id: 'pattern:develops:apposed-outlet-under-owner', template: `Y1 , (?:a|an|the) ${NOT_OTHERS_OUTLET}(?:${RUN_OUTLET_KINDS}|brand|label|marque|banner) T(under) (?:the )?X1 (?!'s )(?=[,.;:)]|(?:umbrella|group|banner) |$)`, requires: ['under', ','], targetNotType: 'company', notFollowedBy: HELD_BY_ANOTHER_AFTER },
  // … and joint owners named partners in the thing ("Zenco and Qorva have been partners in Zstream since 2014"); not partners in a deal,
  // talks or a bid about it ("partners in the Zstream deal"), nor in a place.
  { relation: 'develops', id: 'pattern:develops:partners-in-owned-thing', template: `X P AUX (?:have been|has been|had been|are|were|became|become|have become|remain|remained) (?:equal |joint |fifty-fifty |50-50 |long-time |longtime )?T(partners|co-owners|joint owners) in (?:the )?Y1 (?!'s )(?!(?:deal|deals|talks|bid|bids|project|projects|launch|contract|contracts|negotiations|case|lawsuit|suit|trial|race|fight|effort|campaign|market|sector|region|venture capital)(?= |$))`, requires: ['in'], targetNotType: 'company', notAnAddress: true, notFollowedBy: HELD_BY_ANOTHER_AFTER },
  // Helper dvl93, from stop 92's eighty-sixth set (memory and storage makers): "Zenco presented Loom, a file system for …",
  // "showcased Zeta, its new phone": a thing set off by its kind after a showing verb is the presenter's own. The kind must follow
  // (no kind, no claim: "presented Zeta at the fair" may be a retailer's), and no maker or source after it ("a phone made by Qorva",
  // "a phone it acquired from Qorva", "a phone that Qorva makes"), nor a rival's or a partner's kind ("a rival phone").
  { relation: 'develops', id: 'pattern:develops:presented-named-kind', template: `X P AUX T(presented|presents|presenting|showcased|showcases|showcasing|debuted|debuts|debuting|previewed|previews|previewing) (?:its |their |its@\\d+ )?(?:(?:own|new|latest|first) )?Y1 , (?:a |an |its |their |its@\\d+ )(?:(?!(?:of|for|from|by|with|and|or|to|in|on|at|rival|rivals|rivalling|competing|competitor|partner|partners|third-party|licensed|imported|refurbished|used)(?= ))[a-z0-9-]+ ){0,3}(?:${MADE_KINDS}|file system|scheme|architecture|array|drive|memory)(?= |$)`, verb: true, makerLikeSource: true, notFollowedBy: /^ (?:(?:(?:made|developed|built|designed|created|produced|sold|marketed|distributed|licensed|supplied|owned|used|acquired|bought|imported) )?(?:by|from|of) |(?:(?:that|which) )?(?:it|they|@\d+)(?:@\d+)? )/, requires: [','] },
  // "Loom is a proprietary RAID scheme developed by Zenco": the copula's subject is the thing developed, though another name
  // (a standard, a part) stands in its description; a preposition or a clause word in between ends the description ("a phone
  // with a chip developed by Qorva" credits Qorva with the chip alone, which the trigger reads).
  { relation: 'develops', id: 'pattern:develops:is-a-kind-developed-by', template: `(?:^|, )Y1 (?:is|was) (?:a|an) (?:(?!(?:of|for|from|by|with|and|or|to|in|on|at|that|which|who|whose|used|sold|licensed|supplied)(?= ))(?:[a-z0-9-]+|@\\d+) ){1,4}T(developed|designed|created|invented|built|made) (?:jointly |originally |in-house |internally )?by (?:the )?X (?!'s )`, requires: ['by'] },
  // Helper lic93 (stop 92, round 3, from the eighty-sixth set): a state's body saying it won't renew a holder's licence or permits
  // ("said it won't be renewing Zenco's net-pen permits", "told Zenco it would not renew licences for its farms"); a state ending
  // a holder's lease ("the ministry terminated Zenco's lease"); a state refusing a firm's request to import a product bans the
  // product, not the firm ("rejected Zenco's request to import Zeta phones"); a state seizing or freezing money in a firm's
  // accounts restricts the firm, as an asset freeze ("seized Rs 900 crore from the bank accounts of Zenco"). A state's act only:
  // a firm not renewing a lease or a contract, police seizing drugs from a firm's warehouse, or a renewal granted give nothing.
  { relation: 'banned', id: 'pattern:banned:state-wont-be-renewing-licence', template: `X (?:said |says |announced |announces |confirmed |confirms )?(?:that )?(?:it |they )?T(won't be renewing|will not be renewing|would not be renewing|wouldn't be renewing|is not renewing|isn't renewing|won't renew|wouldn't renew) Y1 's ${LICENCE_KIND}(?:${LICENCES}|lease|leases)${LICENCE_HEADED}`, stateActor: true, notPrecededBy: ACTOR_INSIDE_PHRASE_BEFORE, notFollowedBy: BAN_ONLY_IF_AFTER, requires: ["'s"] },
  { relation: 'banned', id: 'pattern:banned:state-told-firm-it-would-not-renew', template: `X P AUX T(told|tells|informed|informs|notified|notifies) Y1 (?:that )?(?:it|they)(?:@\\d+)? (?:would not|will not|won't|wouldn't|does not|doesn't|did not|didn't) (?:be renewing|renew) (?:the |its |their |its@\\d+ )?${LICENCE_KIND}(?:${LICENCES}|lease|leases)(?= |$)`, verb: true, stateActor: true, notFollowedBy: OTHER_HOLDER_OR_CONDITION_AFTER, requires: ['renew|renewing'] },
  { relation: 'banned', id: 'pattern:banned:state-ended-firms-lease', template: `X P AUX T(terminated|terminates|terminate|cancelled|canceled|cancels|cancel|revoked|revokes|revoke|rescinded|rescinds|rescind|annulled|annuls|annul|${NOT_RENEWED}|${STATE_NOT_RENEWED}) Y1 's (?:[a-z-]+ ){0,2}(?:lease|leases|concession|concessions)(?= |$)`, verb: true, stateActor: true, notFollowedBy: LEASE_WITH_ANOTHER_AFTER, requires: ["'s"] },
  { relation: 'banned', id: 'pattern:banned:state-refused-request-to-import', template: `X P AUX T(rejected|rejects|reject|denied|denies|deny|refused|refuses|refuse|turned down|turns down|turn down) (?:(?:the )?@\\d+ 's |a |an |the |its |their )(?:[a-z-]+ )?(?:request|requests|application|applications|bid|bids|plea|proposal|petition) (?:(?:by|from) (?:the )?@\\d+ )?to (?:import|sell|bring in|market) (?:the |its |their )?(?:[a-z0-9-]+ ){0,2}Y`, verb: true, stateActor: true, requires: ['to'], targetNotType: 'company' },
  { relation: 'restricts', id: 'pattern:restricts:state-seized-money-from-accounts-of', template: `X P AUX T(seized|seizes|seize|froze|freezes|freeze|frozen|attached|attaches|attach|confiscated|confiscates|confiscate) (?:(?:[a-z0-9.,-]+|@\\d+) ){1,5}(?:from|in|held in|lying in) (?:the |its |their )?(?:[a-z-]+ )?(?:bank accounts|accounts|bank account|account|deposits|funds) (?:of|held by|belonging to) (?:the )?Y1 `, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['accounts|account|deposits|funds'] },
  // "seized Rs 5,551 crore from Zenco", "seized $20 million in cash from Zenco": a sum a state takes from a firm freezes its funds.
  { relation: 'restricts', id: 'pattern:restricts:state-seized-sum-from-firm', template: `X P AUX T(seized|seizes|seize|confiscated|confiscates|confiscate|attached|attaches|attach|froze|freezes|freeze) (?:(?:about|around|over|nearly|some|more than) )?(?:(?:rs|inr|rp|rm|ksh|tk) |[$€£¥₹] ?)?\\d[\\d.,]*(?: [.,] \\d+)*(?: (?:crore|crores|lakh|lakhs|million|billion|trillion|bn|mn))?(?: in (?:cash|currency|banknotes))? from (?:the )?Y1 `, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['from'] },
  // "attached assets worth Rs 300 crore of Zenco", "seized properties valued at $5 million belonging to Zenco": a state taking a firm's
  // assets, their worth told between, freezes them (blocksHoldings reads the assets right after the verb).
  { relation: 'restricts', id: 'pattern:restricts:state-seized-assets-worth-of', template: `X P AUX T(attached|attaches|attach|seized|seizes|seize|froze|freezes|freeze|confiscated|confiscates|confiscate) (?:the )?(?:[a-z-]+ )?(?:assets|properties|property|funds|holdings) (?:worth|valued at|totalling|totaling|amounting to) (?:[a-z0-9$€£₹.,-]+ ){1,5}(?:of|belonging to|owned by|held by) (?:the )?Y1 `, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['worth|valued|totalling|totaling|amounting'] },
  // "denied the renewal of salmon farming licences held by Zenco and Qorva": several holders after the licences (the one-holder
  // form is denied-renewal-of-licence-of).
  { relation: 'banned', id: 'pattern:banned:denied-renewal-of-licences-held-by-list', template: `X P AUX T(${DENY_VERBS}) (?:the |a |an |its )?(?:renewal|renewals|extension|reissue) of (?:the |their )?${LICENCE_KIND}(?:${PLURAL_LICENCES}) (?:of|for|held by|belonging to) (?:the )?Y`, verb: true, stateActor: true, requires: ['renewal|renewals|extension|reissue'] },
  // "The cabinet ratified a board decision that requires Zenco to comply with sourcing rules": a state making a body's decision
  // binding imposes its conditions on the firm, as requiring them itself does (directed-to-comply-with-code).
  { relation: 'restricts', id: 'pattern:restricts:state-ratified-decision-requiring-firm-to-comply', template: `X P AUX T(ratified|ratifies|ratify|approved|approves|approve|upheld|upholds|uphold|endorsed|endorses|endorse|adopted|adopts|adopt|issued|issues|issue) (?:a |an |the |its )?(?:[a-z-]+ ){0,2}(?:decision|order|ruling|resolution|directive|regulation|decree) (?:that|which) (?:requires|required|obliges|obliged|compels|compelled|orders|ordered|directs|directed) (?:the )?Y1 to (?:fully )?(?:comply with|adhere to|abide by|observe|follow) (?:the |its |a |an |these |strict |new )*(?:[a-z-]+ ){0,3}(?:rules|regulations|standards|conditions|requirements|obligations|code|codes|law|laws)(?= |$)`, verb: true, stateActor: true, requires: ['comply|adhere|abide|observe|follow'] },
  { relation: 'restricts', id: 'pattern:restricts:state-seized-money-from-firms-accounts', template: `X P AUX T(seized|seizes|seize|froze|freezes|freeze|attached|attaches|attach|confiscated|confiscates|confiscate) (?:(?:[a-z0-9.,-]+|@\\d+) ){1,5}(?:from|in|held in|lying in) Y1 's (?:[a-z-]+ )?(?:bank accounts|accounts|bank account|account|deposits|funds)(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  ...RIVALRY_WITHOUT_RIVAL_VERB,
  ...NOMINAL_AND_PLANT_IMPORT_BANS,
  ...REGION_IMPORT_BANS,
  ...EXPORT_BAN_LIST_REACH,
  ...CUSTOMS_ORDERS_AND_INDIRECT_DUTIES,
  ...MRG93_STOPPED_DEALS,
  ...SANCTIONS_WITHOUT_PLAIN_CLAUSE,
  ...RIVALS_BOUGHT_AND_FIELDED,
  ...DVP93_PATTERNS,
  ...BRAND_OWNERSHIP_PHRASES,
  ...ORDERED_DUTIES,
  ...TITLE_AND_BRAND_BANS,
  ...CUSTOMS_HOLDS_PREFERENCES_DIVESTMENTS,
  ...RIVALRY_TOLD_INDIRECTLY,
  ...DVQ93_PATTERNS,
  ...VCX93_MAKERS,
  ...PERMISSION_AND_USE_BANS,
  ...RIVALRY_AS_RACE,
  ...TITLE_BAN_FORMS,
  ...DUTIES_WITH_ORIGIN_IN_PURPOSE,
  ...RIVALS_IN_ROLES_AND_APPOSED_LISTS,
  ...RIVALRY_AS_AIM_OR_BID,
  ...TKO93_WITHHELD_PERMISSIONS,
  ...EXPORT_CONTROLS_AS_NOUNS,
  ...DEBUTS_AND_COLLABORATIONS,
  ...DVB93_MAKERS,
  ...VENDOR_USER_CURBS,
  ...DEVICE_USE_BANS,
  ...COPULAR_AND_NOMINAL_MAKERS,
  ...APPOSED_MAKERS,
  ...RIVALS_IN_FRAMES_AND_KIND_LISTS,
  ...STATE_ACT_EFFECTS,
  ...LAUNCHES_WITH_ASIDES,
  ...LONG_BAN_PHRASINGS,
  ...PIPELINE_ASSETS,
  ...UPDATE_AND_RELEASE_MAKERS,
  ...RIVALRY_AS_GROUND,
  ...ORDERED_OFF_SHELVES,
  ...DESCRIBED_PASSIVE_MAKERS,
  ...RIVALRY_ACROSS_WORDS,
  ...DRUG_MAKER_PHRASINGS,
  ...MARKETPLACE_BRAND_PATTERNS,
  ...DEAL_REMEDY_PHRASINGS,
  ...MODEL_PARITY,
  ...BRAND_CARRIER_PATTERNS,
  ...REGULATOR_ACT_NOUNS,
  ...JOINT_EFFORT_MAKERS,
  ...POSSESSED_SITES,
  ...PORTFOLIO_KIND_LISTS,
  ...DESCRIBED_KIND_MEMBERS,
  ...ORDERED_GOODS_PATTERNS,
  ...GOODS_BAN_PHRASINGS,
  ...RIVAL_CLAUSE_NEIGHBOURS,
  ...ORDERED_FROM_PATTERNS,
  ...APPROVAL_KIND_PHRASINGS,
  ...ORDERED_ACCESS_CUT_PATTERNS,
  ...OWNER_BRAND_SETS,
  ...OWNED_TITLE_SETS,
  ...POSSESSED_SET_OFF_LISTS,
  ...MAKER_ASIDES,
  ...PLANT_IMPORT_BANS,
  ...BRAND_MAKER_ANAPHORS,
  ...FORCED_SUSPENSIONS,
  ...SEIZED_FIRM_PROPERTY,
  ...APPOSED_ENTRY_MAKERS,
  ...UNSEATING_PARTICIPLES,
  ...ADDED_SET_MEMBERS,
  ...FIRM_DUMPING_RATES,
  ...HYPHEN_PAIR_DEAL_BLOCKS,
  ...PORTFOLIO_MEMBER_BRANDS,
  ...MAKER_BY_PHRASINGS,
  ...RIVAL_COPULAR_FIELDS,
  ...BRAND_SET_VERBS,
  ...IMPORT_ALERT_ORIGINS,
  ...BRANDS_NAMED_AS_EXAMPLES,
  ...ADDRESS_RECALL_MAKERS,
  ...UNIT_HELD_BRANDS,
  ...OWNED_KIND_NAMED,
  ...OWN_NAME_RECALLS,
  ...BRAND_SALE_PARTIES,
  ...LAUNCHED_LINE_MEMBERS,
  ...RIVAL_RANK_STANDINGS,
  ...BRAND_LIST_ASIDES,
  ...APPROVAL_ENDINGS,
  ...SHIPPED_GOODS_MAKERS,
  ...ACQUIRED_BRAND_OWNERS,
  ...BRAND_NOUN_APPOSITIONS,
  ...RIVAL_RANK_MOVES,
  ...OWN_GOODS_SOLD,
  ...RIVAL_CHALLENGER_SHAPES,
  ...STOP99_MAKER_AND_GEAR_PATTERNS,
  ...PLATFORM_PREMODIFIED_WORKS,
  ...CAMEL_NAME_OF_MAKERS,
  ...NOMINAL_AND_APPOSED_MAKERS,
  ...PAUSED_OWN_PROJECTS,
  ...PARTICIPLE_KIND_MEMBERS,
  ...STATE_MADE_STORE_PULLS,
  ...MAKERS_TOLD_AFTER,
  ...COUNTED_NAMED_KINDS,
  ...LICENCE_REQUIREMENTS,
  ...RIVAL_POSSESSED_STANDING,
  ...LISTED_KIND_MAKERS,
  ...ORDERED_OFF_MARKET,
  ...RIVAL_RANK_ELLIPSIS,
  ...STATE_LEVIES_ON_FIRMS,
  ...FRONTED_MAKERS_AFTER_ADJUNCTS,
  ...MEANS_AGAINST_RIVALS,
  ...COMPOUND_KIND_FROM_MAKERS,
  ...POSSESSED_KIND_IS_CALLED,
  ...HEADLESS_AGENT_LISTS,
  ...NAME_MODIFIED_KIND_APPOSED,
  ...ANNOUNCED_APPOSED_KINDS,
  ...FIRM_NOUN_KIND_THEN_FIRM_SAID,
  ...RIVAL_STANDS_AGAINST,
  ...MEANS_NAMED_AFTER_KIND,
  ...DESCRIBED_RIVAL_PAIRS,
  ...RELEASE_NOUN_MAKERS,
  ...POSSESSED_SLASHED_PAIRS,
  ...TWO_WORD_KIND_FROM_MAKERS,
  ...DESCRIBED_RIVAL_LISTS,
];

const ITEM = String.raw`@\d+(?: 's @\d+)*`;
/** A role noun before a list's last member: "Publisher Qorva and developer Zenco have announced Zeta" (stop 51, from stop 50's readers). */
const ROLE_NOUNS = ['developer', 'co-developer', 'publisher', 'studio', 'partner'];
/** A last member introduced by its kind: "built by Zenco and a firm called Qorva" (stop 56's readers). */
const CALLED_MEMBER = String.raw`(?:an? (?:[a-z-]+ )?(?:firm|company|startup|start-up|group|maker|manufacturer|developer|studio|subsidiary|unit|lab|supplier|contractor) (?:called|named) )?`;
/** Later members keep a price before them as the first does after its determiner: "the $249 Zeta and $199 Vela" (see abstract-sentence.ts). */
// A list may also end open, on "and other brands", "and others" or "etc.", or close a bracket with commas alone ("(owner, among others, of
// Zeta, Vela)"): then every member is named (helper lst90, from stop 90's seventy-ninth fresh sample, where a long list's tail was lost).
const OPEN_LIST_END = String.raw`(?= (?:, )?(?:and|or) (?:many |several |various |numerous )?(?:other|others|more)(?= |$)| (?:, )?and so on(?= |$)| , etc(?= |$)| \))`;
const LIST = String.raw`${ITEM}(?:(?: , (?:the )?(?:price )?${ITEM})*(?: ,)? (?:and|or|as well as) (?:(?:${LIST_ADVERB_WORDS.join('|')}) )?(?:the |its |their )?(?:price )?(?:(?:${ROLE_NOUNS.join('|')}) )?${CALLED_MEMBER}${ITEM}|(?: , (?:the )?${ITEM})+${OPEN_LIST_END})?`;
/**
 * A time between a subject and its verb: "Zenco on Monday announced Zeta", "this morning formally unveiled", "in March
 * launched" (stop 57's makers readers; the trigger verbs read it already, the patterns did not). A month may carry its day: "on June
 * 11 blocked the merger" (helper rlk94, real antitrust news).
 */
const WHEN_WORDS = String.raw`(?:on|this|last|next|in|earlier|later|early|late)(?: this| last| next)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|quarter|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})(?: \d{1,2}(?:st|nd|rd|th)?(?= ))?`;
/** A decision before the act: "Zenco decided to end …", "Ruritania voted to ban …" (stop 57's readers). */
// "Ruritania used its investment law to block …", "used the @1 to ban …": the means before the act (stop 58's readers).
// "the Commission moved to block …", "acted to derail Zenco's offer" (helper mrg96, real antitrust news): the act taken, as decided.
const DECIDED_TO = String.raw`(?:(?:decided|decides|chose|chooses|opted|opts|voted|votes|moved|acted)|used (?:its |the |a |an |their )?(?:(?:[a-z-]+|@\d+) ){0,2}(?:[a-z-]+|@\d+)) to`;
// "briefly pulled", "permanently banned", "suddenly blocked" (stop 72's samples): adverbs of how or how long stand there too.
// "has, with immediate effect, terminated the licence of" (stop 73, from stop 72's last samples): the act's start, set off or not.
const AUX_WORD = String.raw`(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|did|does|do|been|be|being|to|not|\S+n't|never|no longer|reportedly|now|also|already|recently|just|formally|officially|quietly|effectively|outright|itself|themselves|first|previously|temporarily|since|then|still|which|that|who|further|publicly|internally|later|actively|even|itself|directly|increasingly|initially|subsequently|swiftly|abruptly|currently|partially|fully|today|yesterday|again|once again|eventually|finally|ultimately|promptly|repeatedly|briefly|permanently|indefinitely|suddenly|immediately|silently|unilaterally|${STARTED_ACT_WORDS}|(?:, )?(?:with (?:immediate|instant) effect|effective immediately)(?: ,)?)`;
const gap = (n: number): string => String.raw`(?:[^@\s,;:.()!?]\S* ){0,${n}}`;
const commaGap = (n: number): string => String.raw`(?:[^@\s;:.()!?]\S* ){0,${n}}`;

/**
 * The words one of which must occur in a sentence for the template to match: the first word
 * of each trigger alternative (or "'s"/"its" for possessives). Lets the matcher skip most
 * patterns for most sentences without running their regex.
 */
export function triggerWords(template: string): string[] | undefined {
  const trigger = /T\(([^)]*)\)/.exec(template);
  const words = trigger ? trigger[1]!.split('|').map((w) => w.split(' ')[0]!) : [];
  // A possessive with a trigger needs both: its trigger words alone index it (rarer than "'s").
  if (template.includes('POSS') && words.length === 0) words.push("'s", 'its');
  return words.length > 0 ? words : undefined;
}

/** Compiles a template to a regex with groups x, x1 (via POSS), y and t. */
export function compileTemplate(template: string): RegExp {
  let source = template
    .replace(/\bX1\b ?/g, String.raw`(?:the )?(?<x>@\d+) `)
    .replace(/\bY1\b ?/g, String.raw`(?:the )?(?<y>@\d+) `)
    .replace(/\bX\b ?/g, `(?:the )?(?<x>${LIST}) `)
    .replace(/\bY\b ?/g, `(?:the )?(?<y>${LIST}) `)
    // "Zenco's (NYSE: ZNC) Zeta", "Zenco's ZNC.O Zeta": a ticker after the possessive is skipped; so is one before it, "Zenco (NYSE: ZNC)'s Zeta".
    // "Zenco's (ZNC, Index 500) Zeta": a ticker with the index it is listed in (helper dvq93).
    // "Zenco/Qorva's Plix": both names paired by a slash are the possessors (slashed-possessors.ts).
    .replace(/\bPOSS /g, String.raw`(?:(?<x>${SLASHED_CO_POSSESSOR}@\d+) (?:\( (?:[a-z]+|@\d+) : [^\s()]+ \) )?(?<pt>'s )(?:\( (?:[a-z]+|@\d+) : [^\s()]+ \) |\( [a-z]{1,5}(?:\.[a-z]{1,2})? , (?:[^\s()@]+ ){0,2}(?:\d{2,4}|index|composite|average|industrials) \) |[a-z0-9]{1,6}\.[a-z]{1,2} )?|(?<its>its@\d+ ))`)
    .replace(/\bAUX /g, `(?:${WHEN_WORDS} )?(?:${AUX_WORD} )*(?:${DECIDED_TO} )?`)
    // Not names alone: "Qorva, Zembla and Zenco, the team behind Zeta" goes on with a list, no aside on its first member (helper fa86).
    // "Zenco, based in Dayton, Ohio, recalled …", "Zenco, of Dayton, Ohio, …": a town's address, its state set off by commas, is an
    // aside too (helper fpx97: the state was read as the verb's subject); not before a list going on ("…, Ohio, and").
    // Not an aside whose last word is a name when a relative pronoun follows: "After leaving Zenco, two engineers founded Qorva, which
    // launched Zeta" tells of Qorva, the nearest name, not of the sentence's first (helper riv100).
    .replace(/\bP /g, String.raw`(?:, (?!(?:@\d+ |and |or )+, )(?:[^\s,;:.]+ ){1,12}, (?!(?<=@\d+ , )(?:which|who|that) )|, (?:(?:a|an|the) (?:[^\s,;:.@]+ ){1,4})?(?=which |who |that )|, (?:(?:based|headquartered|located) )?(?:in|of|from|near|outside) (?:[^\s,;:.]+ ){1,3}, @\d+ (?:\. )?, (?!and |or |@))?`)
    .replace(/\bG(\d+) /g, (_, n: string) => gap(Number(n)))
    .replace(/\bC(\d+) /g, (_, n: string) => commaGap(Number(n)))
    .replace(/\bA(\d+) /g, (_, n: string) => String.raw`(?:\S+ ){0,${n}}`)
    .replace(/\bT\(([^)]*)\) ?/g, (_, words: string) => `(?<t>(?:${words}) )`);
  // Patterns start at a token boundary: after no character but a space, i.e. at the start or after
  // a space. Written as one negative lookbehind rather than as `(?:^|(?<= ))`, the same condition,
  // which the regex engine tried as an alternation at every position of every sentence it searches.
  source = String.raw`(?<![^ ])` + source;
  return new RegExp(source, 'gd');
}
