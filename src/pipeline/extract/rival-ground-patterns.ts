import type { RelationPattern } from './relation-patterns';

/**
 * Helper rlh94 (stop 94), from real rivalry news in consumer markets (supermarkets, sportswear, retail chains): ground won or lost
 * between rivals told by its movement ("gaining on", "making gains on", "pulling away from", "chipping away at Qorva's lead",
 * "moved to counter the advance of Qorva"). A table of its own, spread at the end of RELATION_PATTERNS (that literal is at
 * TypeScript's limit, TS2590).
 */

/** Words between a firm and its verb that are no negation nor a hedge ("are now", "have been steadily"). */
const GAP = String.raw`(?:(?!(?:not|never|no|nor|cannot|without|could|would|might|may|should|hopes|hope|plans|plan|wants|want|failed|fail|fails|unlikely|if|to)(?= ))[a-z-]+ ){0,3}?`;

/**
 * Markets, indexes and currencies a share price gains on or pulls away from: "Zenco gained on the Nasdaq", "pulled away from the
 * FTSE" name a listing, no rival.
 */
const LISTINGS: ReadonlySet<string> = new Set(['Nasdaq', 'NASDAQ', 'NYSE', 'Dow', 'FTSE', 'Nikkei', 'DAX', 'CAC', 'Hang', 'Kospi', 'KOSPI', 'Sensex', 'Nifty', 'S&P', 'Stoxx', 'STOXX', 'TSX', 'ASX', 'Bitcoin', 'Ether', 'Ethereum']);

/** A stock-market word anywhere in the sentence before the match: "Zenco's shares gained on Qorva" moves a price, not a market. */
const STOCK_BEFORE = /(?:^| )(?:shares?|stocks?|stock price|valuations?|index|indices|traded|trading|investors|market cap|market value)(?: |$)/;

/**
 * After the firm pulled away from, its role as the other's partner: "pulled away from Qorva, its display supplier", "pulled away
 * from Qorva as a supplier" end a tie, no lead in a market (review rr94c: a market word elsewhere in the sentence let them through).
 */
const PARTNERS_ROLE_AFTER = /^ ?(?:, (?:its|their|a|an|the|his|her) (?:[a-z0-9-]+ ){0,3}|as (?:a |an |its |their |the )?(?:[a-z0-9-]+ ){0,2})(?:suppliers?|partners?|customers?|clients?|allies|ally|vendors?|investors?|backers?|distributors?|licensees?|licensors?|contractors?|manufacturers?|assemblers?|providers?|sponsors?|shareholders?|owners?|parents?)(?= |$)/;

/** What a firm's lead over rivals is told as, after the leader's 's: "Qorva's lead", "Qorva's dominance", "Qorva's market share". */
const LEADERS_GROUND = String.raw`(?:lead|leads|dominance|dominant position|position|grip|market share|share|crown|supremacy|hegemony|stranglehold|monopoly|duopoly)`;

/** A rival's rise that a firm moves to counter: "the advance of Qorva", "the rise of Qorva", "the growing threat from Qorva". */
const RIVALS_RISE = String.raw`(?:advance|advances|rise|growth|expansion|onslaught|march|threat|encroachment|incursion|incursions|push|inroads|popularity|success|dominance)`;

export const RIVALRY_AS_GROUND: readonly RelationPattern[] = [
  // "Zenco and Vexa are gaining on Qorva", "Zenco has gained on market leader Qorva": a firm gaining on another closes on a rival.
  // Not a price gaining on a listing ("gained on the Nasdaq"), nor on news about a firm ("gained on Qorva's bid": the 's).
  { relation: 'competes_with', id: 'pattern:competes_with:rlh94-gaining-on', template: `X P AUX ${GAP}T(gaining on|gains on|gained on|gain on|gaining ground on|gained ground on|gains ground on|gain ground on) (?:(?:rivals?|leader|market leader|the likes of) )?(?:the )?Y (?!'s )`, verb: true, notPrecededBy: STOCK_BEFORE, targetNotType: 'government', targetNotNamed: LISTINGS, requires: ['on'] },
  // "Zenco and Vexa are making significant gains on Qorva", "Zenco has made steady inroads against Qorva": gains made on a rival.
  // Not gains on a listing, nor gains made "on Qorva's platform" (a place sold on: the 's).
  { relation: 'competes_with', id: 'pattern:competes_with:rlh94-making-gains-on', template: `X P AUX ${GAP}T(making|made|make|makes) (?:(?:significant|steady|big|major|huge|rapid|strong|further|serious|real|some|more|considerable|substantial|early|sizeable|sizable) ){0,2}(?:gains|headway|ground) (?:on|against) (?:(?:rivals?|leader|market leader|the likes of) )?(?:the )?Y (?!'s )`, verb: true, notPrecededBy: STOCK_BEFORE, targetNotType: 'government', targetNotNamed: LISTINGS, requires: ['on|against'] },
  // "Zenco and Vexa are continuing to pull away from Qorva and Lumo", "Zenco pulled ahead of Qorva in sales": a firm moving off from
  // another in a market. Only in a sentence about a market, its share or its sales ("Zenco pulled away from Qorva after the scandal"
  // ends a tie, no rivalry), nor after it the other's role as a partner ("pulled away from Qorva, its supplier").
  { relation: 'competes_with', id: 'pattern:competes_with:rlh94-pulling-away-from', template: `X P AUX ${GAP}(?:to )?T(pulling away from|pulled away from|pulls away from|pull away from|pulling ahead of|pulled ahead of|pulls ahead of|pull ahead of|edging ahead of|edged ahead of|edges ahead of|edge ahead of) (?:(?:rivals?|the likes of) )?(?:the )?Y (?!'s )`, verb: true, notPrecededBy: STOCK_BEFORE, notFollowedBy: PARTNERS_ROLE_AFTER, targetNotType: 'government', targetNotNamed: LISTINGS, requires: ['market|share|sales|growth|shoppers|customers|supermarkets|grocers|chains|retailers|brands|carmakers|airlines|race|rivals|competitors|discounters|subscribers|deliveries'] },
  // "Zenco and Vexa are chipping away at Qorva's lead", "Zenco is eating into Qorva's market share": a leader's ground worn down.
  // Not costs or debts worn down ("chipping away at Qorva's debt": no leader's ground).
  { relation: 'competes_with', id: 'pattern:competes_with:rlh94-chipping-at-lead', template: `X P AUX ${GAP}T(chipping away at|chipped away at|chips away at|chip away at|eating away at|eats away at|ate away at|eat away at|whittling away at|whittled away at|whittling down|whittled down|eroding|eroded|erodes|erode|denting|dented|dents|dent) (?:the )?Y1 's (?:[a-z-]+ ){0,2}${LEADERS_GROUND}(?= |$)`, verb: true, notPrecededBy: STOCK_BEFORE, targetNotType: 'government', requires: ["'s"] },
  // … and the leader's ground told with "of": "chipping away at the dominance of Qorva", "eroding the lead of Qorva".
  { relation: 'competes_with', id: 'pattern:competes_with:rlh94-chipping-at-lead-of', template: `X P AUX ${GAP}T(chipping away at|chipped away at|chips away at|chip away at|eating away at|eats away at|ate away at|eat away at|eroding|eroded|erodes|erode|denting|dented|dents|dent) the (?:[a-z-]+ ){0,2}${LEADERS_GROUND} of (?:the )?Y1 (?!'s )`, verb: true, notPrecededBy: STOCK_BEFORE, targetNotType: 'government', requires: ['of'] },
  // "Zenco and Vexa have made moves to counter the advance of Qorva", "Zenco acted to stem the rise of Qorva": a firm's move against
  // a rival's rise. Not a state's move ("Ruritania moved to check the rise of Qorva" regulates; a state is no rival), nor a rise of a
  // thing named ("the rise of Zeta-style apps": a made thing's kind after the 's or a hyphen).
  { relation: 'competes_with', id: 'pattern:competes_with:rlh94-counter-advance-of', template: `X P AUX ${GAP}(?:(?:made|make|makes|making|taken|took|take|takes|taking) (?:[a-z-]+ ){0,3}(?:moves|steps|measures|action) (?:[a-z-]+ ){0,2}|(?:moved|moves|move|moving|acted|acts|act|acting|rushed|rushes|rushing|scrambled|scrambling|sought|seeks|seeking|worked|works|working|launched [a-z0-9 -]+) )to T(counter|stem|check|halt|slow|blunt|fend off|fight off|repel|resist|thwart) the (?:[a-z-]+ ){0,2}${RIVALS_RISE} (?:of|from|by) (?:(?:rival|rivals|the likes of) )?(?:the )?Y1 (?!'s |-)`, targetNotType: 'government', requires: ['to'] },
  // "The biggest rivalry in retail right now is between Zenco (ZNC) and Qorva (QRV)": a rivalry's field and time between its noun and
  // "is between" (trigger:noun reads the pair only right after the noun). Not a rivalry denied or only possible ("is not between",
  // "could be between"), nor one of people ("between its founders" names no firm).
  { relation: 'competes_with', id: 'pattern:competes_with:rlh94-rivalry-in-field-is-between', template: `T(rivalry|rivalries|battle|competition|fight|war|duel|race|contest|showdown) (?:in|among|within|across|of) (?:the )?(?:[a-z0-9&-]+ ){1,4}?(?:(?:right now|today|now|these days|at the moment|this year) )?(?:is|was|remains|remained|has been|had been|is still|is now) (?:one )?between (?:the )?X1 (?:\\( (?:[a-z]+ : )?[a-z0-9.]{1,6} \\) )?and (?:the )?Y1 `, targetNotType: 'government', requires: ['between'] },
];
