import type { RelationPattern } from './relation-patterns';

// Helper rlk94 (stop 94), from real antitrust news (competition bodies stopping deals and ordering sales): the older tables read
// "blocked the merger of Zenco and Qorva" and "ordered Zenco to divest Qorva"; real sentences put words between the parts. A
// merger's parties named as units ("the rail units of Zenco and Qorva"), the second party after "with", a decision to block told
// as a noun, a buyer's deal priced with a bracket, the buyer after "by" or "to", a firm described before its name or set off by
// an aside before its "to sell", and orders told in the passive ("was told by the regulator that it must sell"). A blocked merger
// restricts both parties, a blocked acquisition its buyer, an order to sell the firm ordered; nothing here bans. A table of its
// own, spread at the end of RELATION_PATTERNS (TS2590 there).

/** Verbs of a body stopping a deal (relation-patterns' stopping and refusing verbs, with "prevented"). */
const STOPPING = 'blocked|blocks|block|blocking|vetoed|vetoes|veto|vetoing|prohibited|prohibits|prohibit|barred|bars|bar|rejected|rejects|reject|stopped|stops|stop|halted|halts|halt|nixed|scuttled|thwarted|killed|torpedoed|prevented|prevents|prevent|preventing|shot down|shoots down|struck down|strikes down|knocked back|turned down|quashed|derailed';
/** The same in the passive, after the deal. */
const STOPPED = 'blocked|vetoed|prohibited|rejected|stopped|halted|barred|prevented|scuttled|torpedoed|derailed|quashed|nixed|shot down|knocked back|turned down|struck down';
/** A merger's nouns. */
const MERGER = '(?:merger|mergers|combination|tie-up|union|joint venture|(?:deal|transaction)(?= (?:between|of) ))';
/** Up to two words before a merger's noun, none that opens another phrase ("a planned", "the $5 billion"). */
const BEFORE_MERGER = '(?:the |a |an )?(?:(?!to |on |of |for |with )[a-z$0-9.-]+ ){0,2}';
/** Words that describe a party before its name: "German industrial conglomerate", "private hospital groups" (not a word of a clause). */
const KIND = '(?:(?!(?:by|of|from|with|and|or|to|for|in|on|at|owned|run|operated|including|like|such|between|whose|which|that)(?= ))[a-z-]+ ){0,3}';
/** A buyer's deal nouns. */
const BUYERS_DEAL = '(?:takeover|acquisition|purchase|buyout|bid|offer|merger|deal)';
/** Between a buyer's possessive and its deal noun: describing words and a price, a bracketed second price too ("$75 billion (€68 billion)"). */
const PRICED = String.raw`(?:(?!(?:to|of|for|with|and|or|by|in)(?= ))[^\s@(),;.]+ ){0,5}(?:\( (?:[^\s()@;.]+ ){1,6}\) )?(?:[a-z-]+ )?`;
/** Verbs of a binding order (not "asked" or "urged": a request is no order). */
const ORDERING = 'ordered|orders|order|ordering|required|requires|requiring|compelled|compels|forced|forces|directed|directs|instructed|instructs|mandated|mandates|mandating|told|tells';
/** What an order makes a firm give up: sell or divest (anything), unwind a deal, dissolve a partnership. */
const GIVING_UP = String.raw`(?:divest|sell|sell off|dispose of|spin off|offload|unwind|undo|reverse|break up|(?:dissolve|end|terminate|exit|abandon) (?:its |their |the |a |an )?(?:[a-z-]+ ){0,2}(?:partnership|alliance|joint venture|venture|agreement|deal|merger|acquisition|purchase|takeover))(?= )`;
/** A firm described before its name in an order: "Facebook's parent company Meta", "Facebook owner Meta", "social media giant Meta". */
const DESCRIBED = String.raw`(?:the )?(?:@\d+ 's |@\d+ )?(?:(?!(?:and|or|to|from|by|of|that)(?= ))[a-z-]+ ){0,3}`;
/** An aside after the firm ordered: ", formerly Facebook ,", ", which operates A , B and C ,", ", a maker of tests ,". */
const ASIDE = String.raw`(?:, (?:formerly|previously|now|which|who|that|the|a|an|its|known|owner|parent)(?= )(?: [^\s;.]+){0,16}? , )?`;
/** When an order was given, between the firm and its "to": "within six months", "on Tuesday". */
const WHEN = '(?:(?:, )?(?:in|on|last|this|earlier|within|by) (?:[a-z0-9]+ ){0,3}(?:, )?)?';
/** Before the orderer or the blocker, words that only wish, ask or suppose the act. */
const WISHED_BEFORE = /(?:^| )(?:recommend|recommends|recommended|recommending|urge|urges|urged|urging|ask|asks|asked|asking|propose|proposes|proposed|want|wants|wanted|advise|advised|request|requests|requested|calls on|called on|petitioned|if|unless|whether|could|may|might|would) (?:that )?(?:the )?$/;

export const DEAL_REMEDY_PHRASINGS: readonly RelationPattern[] = [
  // "blocked a planned merger between the rail units of Zenco and Qorva": the parties named as the owners of the merged units.
  { relation: 'restricts', id: 'pattern:restricts:rlk94-merger-of-parties-units', template: `X P AUX T(${STOPPING}) ${BEFORE_MERGER}${MERGER} (?:of|between) (?:the |their )?(?:[a-z-]+ ){0,2}(?:units|unit|arms|arm|businesses|business|divisions|division|operations|subsidiaries) of Y`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, requires: ['of'] },
  // "announced its decision to block a merger between Zenco and Qorva": the decision is the act (not "a decision to review").
  { relation: 'restricts', id: 'pattern:restricts:rlk94-decision-to-block-merger', template: `X P AUX T(announced|announces|adopted|adopts|took|takes|made|makes|confirmed|confirms|published|publishes|issued|issues) (?:its |a |the )?(?:formal |final )?decision to (?:block|prohibit|veto|bar|stop) ${BEFORE_MERGER}${MERGER} (?:of|between) (?:the )?(?:two )?${KIND}Y`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, requires: ['decision'] },
  // "blocked the merger of German conglomerate Zenco with Indian steel giant Qorva": the second party, after "with" (the first is read
  // by mrg93-stopped-merger-of-kind-parties).
  { relation: 'restricts', id: 'pattern:restricts:rlk94-merger-with-second-party', template: `X P AUX T(${STOPPING}) ${BEFORE_MERGER}(?:merger|combination|tie-up) of (?:the )?${KIND}@\\d+ with (?:the )?${KIND}Y1`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, requires: ['with'] },
  // "blocked Zenco's $75 billion (€68 billion) acquisition of Qorva", "prevented Zenco's proposed purchase of Qorva": the buyer. A bid
  // "for" names its firm: "turned down Zenco's bid for a broadcasting licence" is a licence refused (a ban, relation-patterns.ts).
  { relation: 'restricts', id: 'pattern:restricts:rlk94-blocked-buyers-priced-deal', template: `X P AUX T(${STOPPING}) (?:the )?Y1 's ${PRICED}(?:${BUYERS_DEAL} of |${BUYERS_DEAL} for (?:the )?(?:[a-z-]+ ){0,2}@\\d+ )`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, requires: ["'s"] },
  // "Zenco's $5 billion takeover of Qorva has been blocked by the competition watchdog": the buyer, the deal told in the passive.
  { relation: 'restricts', id: 'pattern:restricts:rlk94-buyers-deal-blocked-by', template: `Y1 's ${PRICED}(?:takeover|acquisition|purchase|buyout|bid|offer) (?:of|for) (?:the )?(?:[a-z-]+ ){0,2}@\\d+ (?:was|were|has been|have been|had been) (?:[a-z]+ly )?T(${STOPPED}) by (?:the )?(?:[a-z-]+ ){0,2}X1`, stateActor: true, requires: ['by'] },
  // "Zenco and Qorva's collapsed joint venture was formally blocked by the Commission": both parties of a joint deal.
  { relation: 'restricts', id: 'pattern:restricts:rlk94-parties-deal-blocked-by', template: `Y 's (?:[a-z$0-9.-]+ ){0,3}(?:joint venture|merger|tie-up|combination|deal) (?:was|were|has been|have been|had been) (?:[a-z]+ly )?T(${STOPPED}) by (?:the )?(?:[a-z-]+ ){0,2}X1`, stateActor: true, requires: ['by'] },
  // "blocked the takeover of the network Qorva by Zenco", "shot down Vexa's sale of Qorva to Zenco": the buyer after "by" or "to".
  { relation: 'restricts', id: 'pattern:restricts:rlk94-blocked-deal-buyer-after', template: `X P AUX T(${STOPPING}) (?:the )?(?:@\\d+ 's )?(?:[a-z$0-9.-]+ ){0,3}(?:takeover|acquisition|purchase|buyout) of (?:the )?${KIND}(?:@\\d+ 's )?@\\d+ by (?:the )?${KIND}Y1`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:rlk94-blocked-owners-sale-to-buyer', template: `X P AUX T(${STOPPING}) (?:the )?@\\d+ 's (?:[a-z$0-9.-]+ ){0,3}sale of (?:the )?${KIND}@\\d+ to (?:the )?(?:@\\d+ )?${KIND}Y1`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, requires: ['to'] },
  // "ordered Facebook's parent company Zenco to sell Qorva", "ordered Zenco, formerly Vexa, to unwind its purchase of Qorva", "issued
  // an order mandating Zenco, a maker of tests, to divest Qorva": a firm described before its name or set off by an aside.
  { relation: 'restricts', id: 'pattern:restricts:rlk94-ordered-described-firm-to-give-up', template: `X P AUX (?:(?:issued|issues|adopted|adopts|imposed|imposes|made|makes) (?:an? |the |its )?(?:[a-z-]+ ){0,2}(?:order|orders|measures|decision|ruling|remedies) )?T(${ORDERING}) ${DESCRIBED}Y1 ${ASIDE}${WHEN}to (?:immediately |also )?${GIVING_UP}`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, requires: ['to'] },
  // "Zenco has been told by the competition watchdog that it must sell Qorva", "Zenco was forced by the regulator to dissolve its
  // partnership with Vexa": the order in the passive.
  { relation: 'restricts', id: 'pattern:restricts:rlk94-firm-told-by-body-to-give-up', template: `Y1 P AUX (?:been )?T(told|ordered|forced|required|directed|instructed|compelled) by (?:the )?X1 (?:that (?:it|they) (?:must|has to|have to|will have to|would have to|needs to|need to|is required to) |to )${GIVING_UP}`, stateActor: true, requires: ['by'] },
];
