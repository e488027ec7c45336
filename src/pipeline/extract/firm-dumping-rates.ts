import { DUTY_HEAD, NIL_RATE } from './customs-duty-orders';
import type { RelationPattern } from './relation-patterns';

// Helper dty96 (stop 96), from fresh sample s94e and trade-case news: a trade agency's dumping or subsidy rate told against a named
// exporter ("found a preliminary dumping rate of 21 percent against Zenco", "said Zenco and Qorva will receive final dumping margins
// of 39% and 27%", "found Zenco to have a dumping margin of 12%"). By the catalogue a duty margin the agency sets on a firm restricts
// it, preliminary or final; a rate of zero or de minimis lays nothing. A table of its own, spread at the end of RELATION_PATTERNS
// (TS2590).

/** A rate's figure: "20.87 percent", "39%", "up to 27 per cent". */
const RATE = '(?:of |at )(?:up to |about |around )?[0-9][0-9.,]* (?:percent|per cent|%)';
/**
 * No rate laid: one of nothing or told as "de minimis" (also later: "a margin of 0.3 percent, which is de minimis"); a duty's relief
 * after its word ("will receive duty refunds", "duty drawback"); a rate on a condition ("would receive a margin of 12.5% if it stops
 * selling", a figure's dot no end of the clause). Nor a firm named only as the possessor of the one the rate falls on ("a rate of 10 percent on Zenco's rival Qorva";
 * crit96e).
 */
const NO_RATE_LAID = new RegExp(`${NIL_RATE.source}|^ ?(?:of |at )?de minimis(?= |$)|^ ?(?:[^\\s;]+ ){0,10}?de minimis(?= |$)|^ ?'s (?:[a-z-]+ )?(?:suppliers?|subsidiar(?:y|ies)|contractors?|customers?|clients?|partners?|rivals?|competitors?)(?= |$)|^ ?(?:drawbacks?|refunds?|exemptions?|relief|credits?|rebates?|waivers?|concessions?|reductions?|cuts?|breaks?)(?= |$)|^ ?(?:[^\\s;]+ ){0,10}?(?:if|unless)(?= )`);
/** Sentences that hold a trade remedy's rate: every pattern here needs one. */
const DUMPING_RATE_WORDS = /\b(?:dumping|countervailing|subsidy|anti-subsidy|duty|duties) (?:rates?|margins?)\b/i;

export const FIRM_DUMPING_RATES: readonly RelationPattern[] = [
  // "Commerce found a preliminary dumping rate of 20.87 percent against Zenco", "set countervailing duty rates of 17 percent for
  // Qorva": the agency's rate told against a firm. Not "dumping rates against steel from Zembla" (a state's goods: other patterns).
  { relation: 'restricts', id: 'pattern:restricts:dty96-rate-against-firm', template: `X P AUX T(found|finds|set|sets|assigned|assigns|issued|issues|calculated|calculates|determined|determines|imposed|imposes|levied|levies) (?:a |an |the )?${DUTY_HEAD} ${RATE} (?:against|for|on) (?:the )?Y`, verb: true, stateActor: true, targetNotType: 'government', notFollowedBy: NO_RATE_LAID, requires: ['against|for|on'], sentenceHolds: DUMPING_RATE_WORDS },
  // "the Trade Bureau said Zenco and Qorva will receive final dumping margins of 39% and 27%": the agency saying which firms get its
  // rates (the "that" may be left out). Not "could", "may" or "might receive" (no auxiliary here), nor a rate of zero or de minimis.
  { relation: 'restricts', id: 'pattern:restricts:dty96-said-firms-will-receive-rates', template: `X P AUX T(announced|announces|said|says|determined|determines|found|finds|ruled|rules) (?:that )?(?:the )?Y (?:will|would|is to|are to) (?:receive|get|be assigned|be given) (?:a |an |the )?${DUTY_HEAD}`, stateActor: true, targetNotType: 'government', notFollowedBy: NO_RATE_LAID, requires: ['receive|get|assigned|given'], sentenceHolds: DUMPING_RATE_WORDS },
  // "Commerce found Zenco to have a dumping margin of 12 percent", "determined that Qorva had dumping margins of 8%".
  { relation: 'restricts', id: 'pattern:restricts:dty96-found-firm-to-have-rate', template: `X P AUX T(found|finds|determined|determines) (?:that )?(?:the )?Y (?:to have|had|has) (?:a |an )?${DUTY_HEAD}`, stateActor: true, targetNotType: 'government', notFollowedBy: NO_RATE_LAID, requires: ['have|had|has'], sentenceHolds: DUMPING_RATE_WORDS },
];
