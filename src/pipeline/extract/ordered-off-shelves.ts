import type { RelationPattern } from './relation-patterns';

// Helper rlg94 (stop 94), from real news on medicines pulled by order: an order told with the thing in a passive infinitive or a
// that-clause and the place it leaves named as shelves, the market or sale ("ordered all Zeta products to be taken off pharmacy
// shelves", "ordered that Zeta be pulled from the market"). The plainer "ordered Zeta removed from …" was read already. Only state
// actors; an order only asked for or weighed is left to the status rules. A table of its own, spread at the end of RELATION_PATTERNS
// (TS2590 there).

/** Verbs of an order. */
const ORDERING = 'ordered|orders|order|ordering|directed|directs|directing|required|requires|requiring|mandated|mandates';
/** Where goods are taken off: shelves, the market, sale. */
const OFF_THE_MARKET = '(?:(?:the |all |its |their |[a-z-]+ ){0,2})(?:shelves|shelf|market|markets|sale|stores|counters)(?= |$)';
/** Participles of taking goods away, after "to be" or a that-clause's "be". */
const TAKEN_AWAY = 'taken|pulled|removed|withdrawn|cleared';

/** Other goods coordinated after the named one, taken off with it: "all Zeta products and generic versions of Zeta tablets". */
const OTHER_GOODS = String.raw`(?:and (?:(?!(?:said|says|say|told|would|will|could|may|might|is|are|was|were|has|have|had)(?= ))[a-z-]+ |@\d+ ){1,8}?)?`;

export const ORDERED_OFF_SHELVES: readonly RelationPattern[] = [
  // "The agency is ordering all Zeta products to be taken off pharmacy shelves", "ordered Zeta tablets to be pulled from the market";
  // "all Zeta products and generic versions of Zeta tablets to be taken off shelves": other goods joined after it.
  { relation: 'banned', id: 'pattern:banned:rlg94-ordered-to-be-taken-off-shelves', template: `X P AUX T(${ORDERING}) (?:that )?(?:all |any |the )?(?:[a-z-]+ )?Y (?:[a-z-]+ ){0,3}?${OTHER_GOODS}(?:to be |be |must be |should be )(?:immediately )?(?:${TAKEN_AWAY}) (?:off|from) ${OFF_THE_MARKET}`, verb: true, stateActor: true, notFollowedBy: /^'s (?!products )/, requires: ['off|from'] },
];
