import type { RelationPattern } from './relation-patterns';

/**
 * Helper rivals4 (stop 102), from rivalry news told without a core rival word: a firm that lost out to another, that formed an
 * alliance (with a partner) against another, that positioned itself or staked out a position against another, that fights another
 * for a market's prize, or that an aside describes as another's competitor after a first description ("Vexa, the Ruritanian
 * ride-hailer and Qorva's biggest competitor,"). Not "lost out on a contract" (no firm after "to"), nor "an alliance with Qorva"
 * (a partner, no "against"), nor a stand against a state or its measure (a state is no rival; "against Qorva's plan" names a plan).
 * A table of its own, spread at the end of RELATION_PATTERNS.
 */

/** Words between a firm and its act that are no negation nor a hedge ("is seeking to", "has recently"). */
const GAP = String.raw`(?:(?!(?:not|never|no|nor|cannot|without|could|would|might|may|should|hopes|hope|plans|plan|wants|want|unlikely|if|considering|considered|mulling|weighing)(?= ))[a-z-]+ ){0,4}?`;

/** Nouns of a group set against a rival. A bare "front" is a battle's, not a group's: "opened a new front with Zenco against Vexa"
 * is left to the fronts' own reading (extract-rival-lists-takeovers-fronts), which keeps a partner's front unread. */
const ALLIANCE = 'alliance|coalition|bloc|consortium|united front|common front';

/** Acts that make or join such a group. */
const FORMING = 'form|forms|formed|forming|forge|forges|forged|forging|create|creates|created|creating|build|builds|built|building|join|joins|joined|joining|launch|launches|launched|launching|set up|sets up|setting up';

/** Verbs of joining a partner before the group's purpose: "joined hands with Vexa to form …". */
const JOINING = 'joined hands|joins hands|join hands|joining hands|teamed up|teams up|team up|teaming up|joined forces|joins forces|join forces|joining forces|partnered|partners|partnering|linked up|links up|allied|allies|allying';

/** Words naming who a position is taken against before the name: "its compatriot Qorva", "rival Qorva". */
const AGAINST_WHOM = String.raw`(?:(?:its |their )?(?:(?:bigger|larger|local|domestic|older|main|chief|biggest|closest|established) )?(?:rival|rivals|compatriot|compatriots|competitor|competitors|peer|peers|incumbent|incumbents|the likes of) )?`;

/** A prize a market's rivals fight for: "fighting Qorva for dominance in chips". */
const MARKET_PRIZE = 'dominance|market share|share|customers|users|subscribers|shoppers|supremacy|leadership|the lead|the top spot|the crown|market leadership|control of the market';

/** A plan or hope before a partner's alliance (read from its noun, no verb's status): "plans to form an alliance with Vexa against …". */
const HEDGED_BEFORE = /(?:^| )(?:plans?|planned|planning|hopes?|hoped|wants?|wanted|considering|considers|mulling|weighing|may|might|could|would|proposed|proposes|talks|not|never)(?: |$)/;

/** Words that may describe a partner after "with": "joined forces with rival Qorva", "with its partner Qorva" (helper allies). */
const PARTNER_WORDS = String.raw`(?:(?:the|its|their|fellow|rival|partner|longtime|long-time|local|smaller|larger|startup|start-up|firm|company|group|lender|bank|carrier|retailer) ){0,2}`;

/** An alliance the partners stand in before "against": "partnered with Qorva in an alliance against Borin" (helper allies). */
const IN_ALLIANCE = String.raw`(?:in (?:an? |the |a new )?(?:[a-z-]+ ){0,2}(?:${ALLIANCE}) )?`;

/** A stand against a firm in court or over a claim is a dispute, no rivalry: "joined forces with Qorva against Borin in a patent suit". */
const DISPUTE_AFTER = /^\s*(?:in (?:a |an |the |its |their )?(?:[a-z-]+ ){0,2}(?:court|courts|suit|suits|lawsuit|lawsuits|case|cases|dispute|complaint|appeal|litigation|action|arbitration)(?= |$)|over |for (?:damages|infring|breach))/;

/** Adjectives of a competitor's rank: "Qorva's biggest competitor". */
const RANK = 'biggest|main|closest|chief|fiercest|largest|nearest|top|key|primary|principal|direct|only|major|strongest|arch|greatest|most serious|leading';

export const RIVAL_STANDS_AGAINST: readonly RelationPattern[] = [
  // "Until recently Zenco lost out to Qorva and Borin", "Zenco has been losing out to rivals Qorva and Vexa": a firm beaten by
  // another in a market. Not "lost out on a contract" (no "to"), nor a loss to a state or to a rival's bid ("to Qorva's offer").
  { relation: 'competes_with', id: 'pattern:competes_with:rv4-lost-out-to', template: `X P AUX ${GAP}T(lost out to|lose out to|loses out to|losing out to) (?:(?:rivals?|rival firms?|the likes of) )?Y (?!'s )`, verb: true, targetNotType: 'government', requires: ['out'] },
  // "Zenco joined hands with Vexa to form an alliance against Qorva", "Zenco and Vexa formed a coalition against Qorva", "Zenco formed
  // an alliance with Vexa against Qorva": the group's founders against the firm it is formed against.
  { relation: 'competes_with', id: 'pattern:competes_with:rv4-alliance-against', template: `X P AUX ${GAP}(?:(?:${JOINING}) with (?:@\\d+ )(?:(?:,|and) @\\d+ )*(?:to |in )?)?T(${FORMING}) (?:an? |the |a new )?(?:[a-z-]+ ){0,2}(?:${ALLIANCE}) (?:with @\\d+ (?:(?:,|and) @\\d+ )*)?against ${AGAINST_WHOM}Y (?!'s )`, verb: true, targetNotType: 'government', requires: ['against'] },
  // … and the partner named after "with": "joined hands with Vexa to form an alliance against Qorva" (Vexa against Qorva too),
  // "formed an alliance with Vexa against Qorva".
  { relation: 'competes_with', id: 'pattern:competes_with:rv4-partner-joined-against', template: `(?:${JOINING}) with X (?:to |in )?(?:${FORMING}) (?:an? |the |a new )?(?:[a-z-]+ ){0,2}T(${ALLIANCE}) against ${AGAINST_WHOM}Y (?!'s )`, notPrecededBy: HEDGED_BEFORE, targetNotType: 'government', requires: ['against'] },
  { relation: 'competes_with', id: 'pattern:competes_with:rv4-partner-in-alliance-against', template: `T(${ALLIANCE}) with X against ${AGAINST_WHOM}Y (?!'s )`, notPrecededBy: HEDGED_BEFORE, targetNotType: 'government', requires: ['against'] },
  // "Zenco is seeking to stake out a position against its compatriot Qorva", "Zenco has positioned itself against Qorva": a firm
  // setting itself against a rival. Not against a state or a measure ("positioned itself against Qorva's plan": the 's).
  { relation: 'competes_with', id: 'pattern:competes_with:rv4-position-against', template: `X P AUX ${GAP}T(positioned itself|positions itself|positioning itself|position itself|stake out a position|stakes out a position|staked out a position|staking out a position|carve out a position|carves out a position|carved out a position|carving out a position) (?:(?:as|in) (?:[a-z-]+ ){1,4}?)?against ${AGAINST_WHOM}Y (?!'s )`, verb: true, targetNotType: 'government', requires: ['against'] },
  // "Zenco is fighting Qorva for dominance in chips", "Zenco fought Qorva and Vexa for market share": rivals fighting for a market's
  // prize. Not a fight for control of a firm ("fighting Qorva for control of Vexa": no market prize named).
  { relation: 'competes_with', id: 'pattern:competes_with:rv4-fighting-for-prize', template: `X P AUX ${GAP}T(fighting|fights|fought|fight|battling|battles|battled|battle) Y for (?:(?:global|regional|market|online|local|domestic) )?(?:${MARKET_PRIZE})(?= |$)`, verb: true, targetNotType: 'government', requires: ['for'] },
  // "Vexa, the Ruritanian ride-hailer and Qorva's biggest competitor, …": an aside's second description names the firm's rival.
  { relation: 'competes_with', id: 'pattern:competes_with:rv4-aside-and-possessed-rival', template: `X1 , (?:the|a|an) (?:@\\d+ |[^\\s,;:@]+ ){1,5}and (?:one of )?(?:the )?Y1 's (?:(?:${RANK}) )?(?:[a-z-]+ )?T(competitor|competitors|rival|rivals|challenger|challengers|archrival|arch-rival)(?=[,.;]|- |\\) |$)`, targetNotType: 'government', requires: ["'s"] },
  // Helper allies (stop 103): "Zenco joined forces with Qorva against Borin", "Zenco and Qorva teamed up against rival Borin", "Zenco
  // partnered with Qorva in an alliance against Borin": partners joined against a firm each compete with it (the partners are not
  // each other's rivals). Not against a thing or a state's act ("against fraud", "against the ban", "against Zembla's plan"), nor a
  // stand in court ("… against Borin in a patent suit"); the subject's reading first, then the partner's after "with".
  { relation: 'competes_with', id: 'pattern:competes_with:allies-joined-against', template: `X P AUX ${GAP}T(${JOINING}) (?:with ${PARTNER_WORDS}@\\d+ (?:(?:,|and) @\\d+ )*)?${IN_ALLIANCE}against ${AGAINST_WHOM}Y (?!'s )`, verb: true, notFollowedBy: DISPUTE_AFTER, targetNotType: 'government', requires: ['against'] },
  { relation: 'competes_with', id: 'pattern:competes_with:allies-partner-joined-against', template: `(?:${JOINING}) with ${PARTNER_WORDS}X ${IN_ALLIANCE}T(against) ${AGAINST_WHOM}Y (?!'s )`, notPrecededBy: HEDGED_BEFORE, notFollowedBy: DISPUTE_AFTER, targetNotType: 'government', requires: ['with'] },
];
