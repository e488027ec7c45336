import type { RelationPattern } from './relation-patterns';

/**
 * Helper loc96 (stop 96), from ride-hailing and scooter news: a firm forced or ordered to suspend, halt or cease its service or
 * its operations in a state ("Zenco was forced to temporarily suspend its service in Nevada because of a court ruling"): the state
 * it may no longer work in bans it, as "banned from operating in Nevada" does. Only a firm made to stop (forced, ordered,
 * required; "forced" by a ruling, a law or an authority only), never one that chose to ("Zenco decided to suspend its service in
 * Nevada"). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** A firm made to stop its work: the passive of forcing or ordering, before "to". */
const MADE_TO = String.raw`(?:has been |had been |have been |was |were |is |are |being )?(?:forced|ordered|required|compelled) to (?:temporarily |immediately |indefinitely )?`;

/** The firm's work it stops, its own ("its service", "their operations"), with up to one describing word. */
const OWN_WORK = String.raw`(?:its|their)(?:@\d+)? (?:[a-z-]+ )?(?:service|services|operations|business) `;

/** After the state, a noun it qualifies ("its service in Nevada stores"): no longer the state it works in. */
const PLACE_BEFORE_NOUN = /^ ?(?!(?:after|over|for|amid|on|last|this|earlier|since|until|following|because|due|as|and|but|while|when|in|until)\b)[a-z]/;

/** The stop's words, for a sentence test: "forced to suspend its", "ordered to cease their". */
const STOP_OWN = String.raw`to (?:[a-z]+ )?(?:suspend|halt|cease|stop|end|shut down) (?:its|their)(?:@\d+)? `;

/**
 * A sentence where a firm is "forced" to stop by a ruling, a law or an authority: "forced" alone may be an outage's or a loss's
 * ("forced to suspend its service in Nevada after a cyberattack" is no ban).
 */
// Not a body only named as the source of the report: "…after a cyberattack, government officials said", "according to regulators" (crit96c).
const FORCED_BY_LAW = new RegExp(String.raw`^(?=.*\bforced ${STOP_OWN})(?=.*(?<!according to (?:the )?(?:[a-z]+ )?)\b(?:court|courts|ruling|judge|injunction|regulators?|regulatory|law|laws|ban|licen[cs]e|permit|ordinance|authorities|officials|government|order)\b(?!(?: [a-z]+)? (?:said|says|say|told|added|noted|confirmed|stated)\b))`, 'is');

export const FORCED_SUSPENSIONS: readonly RelationPattern[] = [
  // "Zenco has been ordered to cease its operations in Nevada", "required to halt its ride-hailing operations in Nevada".
  { relation: 'banned', id: 'pattern:banned:loc96-ordered-to-suspend-service-in', template: `Y ${MADE_TO.replace('forced|', '')}T(suspend|halt|cease|stop|end|shut down) ${OWN_WORK}in (?:the state of )?X1`, stateActor: true, notFollowedBy: PLACE_BEFORE_NOUN, requires: ['ordered|required|compelled'], sentenceHolds: new RegExp(String.raw`\b(?:ordered|required|compelled) ${STOP_OWN}`, 'i') },
  // "Zenco was forced to temporarily suspend its service in Nevada because of a court ruling": forced by a ruling or a law only.
  { relation: 'banned', id: 'pattern:banned:loc96-forced-to-suspend-service-in', template: `Y ${MADE_TO}T(suspend|halt|cease|stop|end|shut down) ${OWN_WORK}in (?:the state of )?X1`, stateActor: true, notFollowedBy: PLACE_BEFORE_NOUN, requires: ['forced'], sentenceHolds: FORCED_BY_LAW },
];
