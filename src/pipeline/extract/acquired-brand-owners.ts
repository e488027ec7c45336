import type { RelationPattern } from './relation-patterns';

/**
 * Helper apo98b (stop 98), from real news on apparel, drinks and beauty deals: a firm that has bought a brand named with a brand's
 * noun owns it ("Zenco has acquired canvas shoe brand Zeta", "Zenco completed the acquisition of luxury beauty brand, Zeta"); the
 * buyer was left out unless the seller was named after "from" (brand-sale-parties.ts). Only a purchase done: "agreed to acquire",
 * "plans to buy", "has not bought" and "a deal to acquire" keep no claim (the team's stop-98 call: the buyer owns a brand once the
 * purchase is done). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Verbs of buying done. */
const BOUGHT = 'acquired|bought|purchased|snapped up';
/** Describing words before the brand's noun ("canvas shoe", "luxury beauty", "privately owned footwear"), no preposition or name. */
const KIND_WORDS = String.raw`(?:(?!(?:of|in|to|from|for|with|at|on|by|and|or|that|which|who|stake|stakes|share|shares)(?= ))[a-z-]+ ){0,4}`;
/** A brand's noun, perhaps set off from the name by a comma. */
const BRAND_NOUN = String.raw`(?:brand|label|marque) (?:, )?`;
/** Before the buying: a negation, a condition or a plan. */
const NOT_DONE_BEFORE = /(?:^| )(?:not|never|n't|nor|denied|denies|if|whether|would|could|may|might|will|to|plans|planned|agreed|agrees) (?:\S+ ){0,2}$/;
/** Only sentences with a buying word and a brand's noun are tried. */
const BOUGHT_BRAND_WORDS = /\b(?:acquired|bought|purchased|snapped up|acquisition|purchase)\b.*\b(?:brand|label|marque)\b/;

export const ACQUIRED_BRAND_OWNERS: readonly RelationPattern[] = [
  // "Zenco, the parent of Qorva, has acquired canvas shoe brand Zeta": the buyer owns the brand it bought.
  { relation: 'develops', id: 'pattern:develops:apo98b-acquired-brand', template: `X1 P AUX T(${BOUGHT}) (?:the |a )?${KIND_WORDS}${BRAND_NOUN}Y1(?!'s )`, notPrecededBy: NOT_DONE_BEFORE, targetNotType: 'company', requires: ['brand|label|marque'], sentenceHolds: BOUGHT_BRAND_WORDS },
  // "Zenco has completed the acquisition of luxury beauty brand, Zeta": a purchase done, said with its noun.
  { relation: 'develops', id: 'pattern:develops:apo98b-completed-acquisition-of-brand', template: `X1 P AUX T(completed|closed|finalized|finalised) (?:the |its )?(?:acquisition|purchase) of (?:the |a )?${KIND_WORDS}${BRAND_NOUN}Y1(?!'s )`, notPrecededBy: NOT_DONE_BEFORE, targetNotType: 'company', requires: ['brand|label|marque'], sentenceHolds: BOUGHT_BRAND_WORDS },
];
