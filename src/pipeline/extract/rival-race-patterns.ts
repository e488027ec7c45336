import type { RelationPattern } from './relation-patterns';

/** Words between a firm and its verb that are no negation nor a hedge ("has now", "is still"). */
const GAP = String.raw`(?:(?!(?:not|never|no|nor|cannot|without|could|would|might|may|should|hopes|plans|aims|wants|seeks|tried|tries|it|they)(?= ))[a-z-]+ ){0,3}?`;

/** A measure a ranking is told in ("in market share", "in cloud revenue", "in sales"). */
const MEASURE = String.raw`(?:(?:global|worldwide|overall|total|annual|quarterly|cloud|market|smartphone|search|chip|online|[a-z]+) ){0,2}(?:market share|share|sales|revenue|revenues|shipments|subscribers|users|customers|deliveries|market|rankings?|popularity)`;

/** A contest's noun: "in the fight to win the Orion contract", "in the race for cloud customers". */
const CONTEST = String.raw`(?:fight|race|battle|contest|competition|bidding|tender|struggle|scramble|duel|showdown)`;

/**
 * An apposition after the firm ranked ahead that makes it the ranked firm's customer, owner or partner: "second behind Qorva, its
 * biggest customer, in revenue" ranks a firm by what it sells to the other, no rivalry (re-read rr93c).
 */
const NOT_A_RIVAL_APPOSED = /^, (?:its|their|the|a|an) (?:[a-z-]+ ){0,2}(?:customers?|clients?|buyers?|parent|parents|owners?|partners?|suppliers?|shareholders?|investors?|backers?|subsidiary|subsidiaries|unit|affiliate|licensee|licensor|distributor)(?= |$)/;

/**
 * Helper rvr93 (stop 93, round 2), from fresh set 88: competition told as a race, a contest or a ranking. A table of its own,
 * spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const RIVALRY_AS_RACE: readonly RelationPattern[] = [
  // "Zenco Sky bested Qorva Cloud in the fight to win the Orion contract", "Zenco outmanoeuvred Qorva in the race for the deal": the
  // beaten firm in a contest is the winner's rival (the prize after the contest's noun is none: trigger-relations.ts). Not a
  // negated or hoped-for win, nor a beaten forecast ("bested estimates in the quarter" names no firm), nor a takeover's or a court's fight (a bidder
  // or a litigant fended off is no rival).
  { relation: 'competes_with', id: 'pattern:competes_with:rvr93-bested-in-contest', template: `X1 AUX ${GAP}T(bested|bests|outmanoeuvred|outmaneuvered|outmanoeuvres|outmaneuvers|trounced|trounces|saw off|sees off|fended off|fends off|outflanked|outflanks) (?:rival |rivals )?Y1 (?!'s )(?:in|for) (?:the |a |an )?(?:(?!(?:takeover|proxy|legal|court|courtroom|boardroom|custody|libel|patent)(?= ))[a-z-]+ ){0,2}${CONTEST}(?= )`, verb: true, targetNotType: 'government', requires: ['in|for'] },
  // "Vexa Cloud trails Qorva Cloud and Zenco Sky in market share", "Vexa, launched in 2008, trails Qorva and Zenco in sales": each
  // firm a firm trails in a measure is its rival (trails-rival-in reads one name). Not "trails analysts' estimates" (no name), nor a
  // state ("trails Ruritania in chip output" is a firm against a country).
  { relation: 'competes_with', id: 'pattern:competes_with:rvr93-trails-list-in-measure', template: `X1 P AUX T(trails|trailed|trail|trailing|lags behind|lagged behind|lag behind|lagging behind|lags|lagged) (?:both )?(?:the )?(?:rivals |market leaders |leaders )?Y (?!'s )in ${MEASURE}(?= )`, verb: true, targetNotType: 'government', requires: ['in'] },
  // "the market became a three-horse race, with Qorva leading, followed by Zenco and Vexa": a leader named with no object, then those
  // that follow it, in a sentence about a race, a market or a share. Not "with Qorva leading the round, followed by Zenco" (investors:
  // the leader's verb takes an object), nor "followed by a statement" (no name).
  { relation: 'competes_with', id: 'pattern:competes_with:rvr93-leading-followed-by', template: `with X1 T(leading|in the lead|out in front|ahead|on top|first) , (?:closely )?followed (?:closely )?by (?:rivals? )?Y (?=[,.;]|$)`, targetNotType: 'government', requires: ['race|market|share|ranking|rankings|competition|contest'] },
  // … and those that follow, among themselves: "… , followed by Zenco and Vexa" (the second pair of the race).
  { relation: 'competes_with', id: 'pattern:competes_with:rvr93-followers-in-race', template: `with @\\d+ (?:leading|in the lead|out in front|ahead|on top|first) , (?:closely )?T(followed) (?:closely )?by (?:rivals? )?X1 and Y1 (?=[,.;]|$)`, targetNotType: 'government', requires: ['race|market|share|ranking|rankings|competition|contest'] },
  // "in the fierce battle for share, Zenco Sky and Vexa Cloud are two of the top providers": firms named as leaders of a contest for
  // share or customers set off before them. Not "in the fight against fraud, Zenco and Vexa are partners" (a cause, no share).
  { relation: 'competes_with', id: 'pattern:competes_with:rvr93-pair-in-battle-for-share', template: `(?:in|amid) (?:the |a |this )?(?:[a-z-]+ ){0,2}T(battle|race|fight|contest|war|competition|scramble) for (?:(?:market|cloud|[a-z]+) )?(?:share|customers|users|dominance|supremacy|the market|leadership) (?:[a-z-]+ ){0,3}, X1 and Y1 (?:are|were|remain|have been) (?:two of the|among the) (?:[a-z-]+ ){0,2}(?:top|leading|biggest|largest|main|major|dominant) (?:[a-z-]+ ){0,2}(?:providers|players|firms|companies|vendors|makers|brands|contenders|suppliers|operators)(?= )`, targetNotType: 'government', requires: [','] },
  // "Qorva ranked second behind Zenco in smartphone shipments", "Qorva slipped to third place, behind Zenco and Vexa": a firm ranked
  // behind others in a sentence about a market, its share or its sales. Not a ranking of states ("behind Ruritania in exports": a
  // state is no rival of a firm), nor a sentence with no market word ("finished second behind Zenco in the poll of employers"), nor a rank among holders, backers
  // or buyers ("the second largest shareholder in Vexa, behind Zenco": co-owners, no rivals).
  { relation: 'competes_with', id: 'pattern:competes_with:rvr93-ranked-behind', template: `X1 P AUX T(ranked|ranks|ranking|came|comes|finished|finishes|was|is|remained|remains|slipped to|slips to|fell to|falls to|dropped to|drops to|rose to|rises to|climbed to|climbs to|moved to|moves to|moved up to|came in) (?:a |the )?(?:distant |close |clear )?(?:second|third|fourth|fifth|sixth|seventh|no\\. [2-9]|number (?:two|three|four|five)) (?:(?:place|spot|position|largest|biggest) )?(?:(?!(?:shareholders?|investors?|owners?|holders?|stakeholders?|lenders?|creditors?|customers?|clients?|buyers?|donors?|backers?|employers?|sponsors?|advertisers?|bidders?|in)(?= ))[a-z-]+ ){0,3}(?:, )?(?:just |far |well |only )?behind (?:rivals? |leader |market leader )?Y (?!'s )(?=[.,;]|$|in |among |with |for )`, targetNotType: 'government', notFollowedBy: NOT_A_RIVAL_APPOSED, requires: ['market|share|shipments|sales|revenue|vendor|vendors|maker|makers|provider|providers|brand|brands|players|rankings|deliveries|subscribers|customers'] },
];
