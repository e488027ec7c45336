import type { RelationPattern } from './relation-patterns';

// Helper cus93 (stop 93, round 2), from the eighty-eighth fresh sample (set 88: customs holding a sportswear maker's goods, trade
// preferences withdrawn from a state, divestments required of a buyer). By the catalogue each restricts the firm or state it falls
// on: a customs hold or a refused entry of a firm's goods, a state's trade preferences withdrawn or suspended, and a divestment
// a state body requires of a firm. A table of its own, spread at the end of RELATION_PATTERNS (TS2590 there).

/** Generic nouns of a firm's goods held at a border: "Zenco's sporting goods", "merchandise produced by Zenco". */
const GOODS_HEAD = '(?:goods|merchandise|products|shipments|imports|cargo|cargoes|consignments|exports)';
/** Words before goods, none of which names another role: "imported goods", "all apparel". Not counterfeit or stolen goods. */
const GOODS_WORDS = '(?:(?!(?:counterfeit|fake|pirated|knock-off|knockoff|stolen|smuggled|sold|bound|destined|shipped|for|to|by|from)(?= ))[a-z-]+ ){0,3}';
/** Verbs of making whose agent after "by" is the maker whose goods an order holds. */
const MADE_BY = '(?:made|produced|manufactured|harvested|processed|grown|mined)';
/** A firm's own kind before its name: "sportswear maker Zenco". */
const MAKER_KIND = '(?:(?:[a-z-]+ ){0,2}(?:producer|maker|manufacturer|company|firm|group|brand) )?';
/** An effort's infinitive before the act: "decided to detain", "began holding". Not a plan, a proposal or a threat. */
const DECIDED_TO = '(?:(?:decided|moved|voted|began|started|continues|continued) to )?';
/** Another firm's thing after the name: "Zenco's supplier's goods" is read by the head right after the name only. */
const NOT_OWN = /^'s /;
/** Goods taken "from" another after their owner: "seized Zenco's products from a counterfeiter" are fakes of Zenco's goods. */
const TAKEN_FROM_ANOTHER = /^ ?from(?= )/;
/**
 * Goods "held to" a standard, "held up" as a model or held "steady" are judged or kept at a level, not detained: "is holding Zenco's
 * products to a higher standard", "held Zenco's goods up as an example", "held Zenco's exports steady" (re-read rr93b).
 */
const HELD_TO_A_MEASURE = /^ ?(?:to (?:a |an |the |its |their )?(?:[a-z-]+ ){0,2}(?:standard|standards|rules|scrutiny|account|benchmark|benchmarks|requirements)(?= |$)|up (?:as|to (?:scrutiny|ridicule))(?= )|in (?:high |low )?(?:regard|esteem)(?= |$)|(?:accountable|responsible|steady|stable|flat|level|constant|unchanged)(?= |$))/;
/** A withdrawal only threatened on a condition after it: "will withdraw the preferences for Zembla if it fails to …". */
const ON_CONDITION = /^ ?(?:[^\s,;.]+ ){0,6}?(?:, )?(?:if|unless|in case)(?= )/;

/** Words that make benefits, access or a status a trade preference's: "duty-free access", "GSP benefits". */
const PREFERENCE_WORD = '(?:trade|tariff|trade-preference|preferential|duty-free|quota-free|gsp|gsp\\+|eba|agoa)';
/**
 * A state's trade preferences or their benefits: "tariff preferences", "GSP benefits", "duty-free access". Bare "access", "status"
 * or "benefits" name no preference ("suspended access to Zembla").
 */
const PREFERENCES = `(?:(?:${PREFERENCE_WORD} )*(?:preferences|preference)|(?:${PREFERENCE_WORD} )+(?:benefits|privileges|access|status))`;
/**
 * A preference scheme a state may be taken off: "its trade-preference programme", "the GSP scheme". Only a scheme its own words
 * name as one of preferences ("suspended Zembla from the Commonwealth" is another matter); a scheme read as a name of its own is
 * not reached here.
 */
const PREFERENCE_SCHEME = '(?:its |the |their )?(?:[a-z-]+ ){0,2}?(?:(?:trade-preference|preference|preferential|duty-free|gsp|gsp\\+|agoa|eba) (?:[a-z-]+ )?(?:programme|program|programs|scheme|arrangement|system|regime)|(?:trade |tariff )?preferences)(?= |$)';

export const CUSTOMS_HOLDS_PREFERENCES_DIVESTMENTS: readonly RelationPattern[] = [
  // "customs decided to detain Zenco's sporting goods", "is holding Zenco's shipments": a state's agency holding a firm's goods,
  // the firm named as their owner, restricts the firm. Not a firm's supplier's goods (the head must follow the name).
  { relation: 'restricts', id: 'pattern:restricts:cus93-detained-firms-goods', template: `X P AUX ${DECIDED_TO}T(detain|detains|detained|detaining|hold|holds|holding|held|seize|seizes|seized|seizing|impound|impounds|impounded|impounding) (?:all |any |the )?Y1 's ${GOODS_WORDS}${GOODS_HEAD}(?= |$)`, verb: true, stateActor: true, notFollowedBy: new RegExp(`${TAKEN_FROM_ANOTHER.source}|${HELD_TO_A_MEASURE.source}`), requires: ["'s"] },
  // "Zenco's sporting goods have been detained by Ruritanian customs at the border": the passive, its agent named after "by".
  { relation: 'restricts', id: 'pattern:restricts:cus93-firms-goods-detained-by', template: `(?:the )?Y1 's ${GOODS_WORDS}${GOODS_HEAD} (?:were|was|have been|has been|had been|are being|is being|are|is|will be) (?:being )?T(detained|held|seized|impounded) (?:at (?:the |all |its |a )?(?:[a-z-]+ )?(?:ports?|border|borders|airport) (?:of entry )?)?by (?:the )?X1`, stateActor: true, notPrecededBy: /(?:^| )(?:of|to|for|from|with|by|and|or|than) $/, notFollowedBy: NOT_OWN, requires: ['by'] },
  // "the agency is holding imported goods from Zenco", "detained shipments from glove maker Qorva": goods from a firm held. Only
  // holding and detaining: a seizure "from" a firm is a raid on its premises as often as a border hold.
  { relation: 'restricts', id: 'pattern:restricts:cus93-holding-goods-from-firm', template: `X P AUX ${DECIDED_TO}T(detain|detains|detained|detaining|hold|holds|holding|held) (?:all |any |the )?${GOODS_WORDS}${GOODS_HEAD} (?:from|made by|produced by|manufactured by) ${MAKER_KIND}(?:the )?Y1`, verb: true, stateActor: true, targetType: 'company', notFollowedBy: new RegExp(`${NOT_OWN.source}|${HELD_TO_A_MEASURE.source}`), requires: ['from|by'] },
  // "the agency will prevent entry of merchandise produced by Zenco", "denied entry to goods made by Qorva": entry refused to a
  // firm's goods at the border.
  { relation: 'restricts', id: 'pattern:restricts:cus93-prevented-entry-of-goods-by', template: `X P AUX ${DECIDED_TO}T(prevent|prevents|prevented|preventing|deny|denies|denied|denying|refuse|refuses|refused|refusing) (?:the )?(?:entry|admission|release) (?:into (?:the )?(?:@\\d+|country|market) )?(?:of|to) (?:all |any |the )?${GOODS_WORDS}${GOODS_HEAD} (?:${MADE_BY} (?:(?:wholly or in part|in part|wholly|partly) )?by|from) ${MAKER_KIND}(?:the )?Y1`, verb: true, stateActor: true, notFollowedBy: NOT_OWN, requires: ['entry|admission|release'] },
  // "The Commission has decided to withdraw part of the tariff preferences granted to Zembla", "suspended trade preferences for
  // Zembla": preferences taken from a state restrict it. Not preferences granted or extended, nor a withdrawal only proposed.
  { relation: 'restricts', id: 'pattern:restricts:cus93-withdrew-preferences-of-state', template: `X P AUX ${DECIDED_TO}T(withdraw|withdraws|withdrew|withdrawn|withdrawing|suspend|suspends|suspended|suspending|revoke|revokes|revoked|revoking|end|ends|ended|ending|terminate|terminates|terminated|terminating|remove|removes|removed|removing|cancel|cancels|cancelled|canceled) (?:(?:part|some|parts|most|all) of )?(?:the |its |their )?${PREFERENCES} (?:(?:granted|given|extended|offered) )?(?:to|for|of|enjoyed by) (?:the )?Y1`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: new RegExp(`${NOT_OWN.source}|${ON_CONDITION.source}`), requires: ['preferences|preference|benefits|privileges|access|status'] },
  // "withdrew Zembla's trade preferences", "ended Zembla's duty-free access".
  { relation: 'restricts', id: 'pattern:restricts:cus93-withdrew-states-preferences', template: `X P AUX ${DECIDED_TO}T(withdraw|withdraws|withdrew|withdrawing|suspend|suspends|suspended|suspending|revoke|revokes|revoked|revoking|end|ends|ended|ending|terminate|terminates|terminated|terminating|remove|removes|removed|removing|cancel|cancels|cancelled|canceled) (?:(?:part|some|parts|most|all) of )?(?:the )?Y1 's ${PREFERENCES}(?= |$)`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: ON_CONDITION, requires: ["'s"] },
  // "Ruritania officially suspended Zembla from its trade-preference programme", "removed Zembla from the Generalized System of
  // Preferences": a state taken off a preference scheme.
  { relation: 'restricts', id: 'pattern:restricts:cus93-suspended-state-from-preference-scheme', template: `X P AUX ${DECIDED_TO}(?:(?:officially|formally|temporarily|partially|partly) )?T(suspend|suspends|suspended|suspending|remove|removes|removed|removing|expel|expels|expelled|exclude|excludes|excluded|drop|drops|dropped|cut|cuts) (?:the )?Y1 from ${PREFERENCE_SCHEME}`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: ON_CONDITION, requires: ['from'] },
  // "the Justice Department told Zenco it must divest 22 networks if it wants to buy Qorva's assets": a divestment a state body
  // tells a firm it must make restricts the firm, as "required Zenco to divest" does. Not one it may have to make.
  { relation: 'restricts', id: 'pattern:restricts:cus93-told-firm-it-must-divest', template: `X P AUX T(told|tells|tell|informed|informs|inform|notified|notifies|notify) (?:the )?Y1 (?:that )?(?:it|they) (?:must|will have to|would have to|has to|have to|will need to|would need to|is required to|are required to) (?:first )?(?:divest|sell|sell off|spin off|dispose of)(?= |$)`, verb: true, stateActor: true, requires: ['divest|sell|spin|dispose'] },
];
