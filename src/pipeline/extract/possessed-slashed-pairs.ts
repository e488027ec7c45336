import type { RelationPattern } from './relation-patterns';
import { PRODUCT_NOUN_WORDS } from './cue-words';

/**
 * Helper marks, from readers of app and phone news: an owner's possessive before two names paired by a slash and a kind of made
 * thing, "Zenco's Plix/Vexa app", "Qorva's new Zeta/Plix phones". The name stage reads the pair as two names, and the possessive
 * templates gave the owner the first alone (pattern:develops:6 stops at the slash). The sentence shows both as the owner's things of
 * that kind (as "Zenco's Plix and Vexa apps" does), so the second is the owner's too; one product written with a slash would not be
 * read apart by the name stage in the first place. Not a rival's ("Zenco's rival Plix/Vexa app"), and only before a kind of made
 * thing ("Zenco's Zembla/Ruritania unit" names places). A table of its own, spread at the end of RELATION_PATTERNS.
 */

/** Describing words between the possessive and the pair, not a rival's or a former thing's. */
const DESCRIBING = String.raw`(?:(?!(?:rival|rivals|competing|competitor|competitors|former|defunct)[ -])[a-z][a-z-]* ){0,2}`;

/** A kind of made thing right after the pair's second name, which the name's mention may have been widened over ("Vexa app"). */
const KIND_AFTER_PAIR = new RegExp(`^ (?:${PRODUCT_NOUN_WORDS.join('|')})\\b`);

export const POSSESSED_SLASHED_PAIRS: readonly RelationPattern[] = [
  // "Zenco's Plix/Vexa app was launched …": the pair's second name.
  { relation: 'develops', id: 'pattern:develops:marks-possessed-slashed-pair', template: `POSS ${DESCRIBING}@\\d+ \\/ Y1 `, targetThenKind: KIND_AFTER_PAIR, targetNotType: 'company', requires: ['/', "'s"] },
];
