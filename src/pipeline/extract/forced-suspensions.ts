import type { RelationPattern } from './relation-patterns';

/**
 * Helper loc96 (stop 96), from ride-hailing and scooter news: a firm forced or ordered to suspend, halt or cease its service or
 * its operations in a state ("Zenco was forced to temporarily suspend its service in Nevada because of a court ruling"): the state
 * it may no longer work in bans it, as "banned from operating in Nevada" does. Only a firm made to stop (forced, ordered,
 * required), never one that chose to ("Zenco decided to suspend its service in Nevada"). A table of its own, spread at the end of
 * RELATION_PATTERNS (TS2590).
 */

/** A firm made to stop its work: the passive of forcing or ordering, before "to". */
const MADE_TO = String.raw`(?:has been |had been |have been |was |were |is |are |being )?(?:forced|ordered|required|compelled) to (?:temporarily |immediately |indefinitely )?`;

/** The firm's work it stops, its own ("its service", "their operations"), with up to one describing word. */
const OWN_WORK = String.raw`(?:its|their)(?:@\d+)? (?:[a-z-]+ )?(?:service|services|operations|business) `;

/** After the state, a noun it qualifies ("its service in Nevada stores"): no longer the state it works in. */
const PLACE_BEFORE_NOUN = /^ ?(?!(?:after|over|for|amid|on|last|this|earlier|since|until|following|because|due|as|and|but|while|when|in|until)\b)[a-z]/;

export const FORCED_SUSPENSIONS: readonly RelationPattern[] = [
  // "Zenco was forced to temporarily suspend its service in Nevada", "Zenco has been ordered to cease its operations in Nevada".
  { relation: 'banned', id: 'pattern:banned:loc96-forced-to-suspend-service-in', template: `Y ${MADE_TO}T(suspend|halt|cease|stop|end|shut down) ${OWN_WORK}in (?:the state of )?X1`, stateActor: true, notFollowedBy: PLACE_BEFORE_NOUN, requires: ['forced|ordered|required|compelled'], sentenceHolds: /\b(?:forced|ordered|required|compelled) to (?:[a-z]+ )?(?:suspend|halt|cease|stop|end|shut down) (?:its|their) /i },
];
