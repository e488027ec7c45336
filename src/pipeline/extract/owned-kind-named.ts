import { PRODUCT_NOUN_WORDS } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper nml97 (stop 97), from launch news on cars, gadgets and apps: a maker's own new thing of some kind, named in a clause of
 * its own ("Zenco confirmed its new electric SUV will be called the Zeta X", "its latest model, which it calls the Zeta 5"). The
 * apposition ("its phone, called Zeta") and "announced a phone called Zeta" are read elsewhere; a naming verb after a copula was
 * not. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

const KINDS = PRODUCT_NOUN_WORDS.join('|');

/**
 * A word that describes the owner's thing: lower case, no function word, and no role or state that makes it another's or no
 * product yet ("its rival phone", "its proposed car").
 */
const DESCRIBER = String.raw`(?!(?:and|or|but|to|of|for|in|on|at|by|with|from|as|than|is|was|are|were|be|been|will|would|not|never|that|which|who|the|a|an|rival|rivals|partner|partners|customer|customers|client|clients|supplier|suppliers|dealer|dealers|retailer|retailers|distributor|investor|acquired|licensed|imported|planned|proposed|possible|potential)(?= ))[a-z][a-z0-9]*(?:-[a-z0-9]+)* `;

/** The copula before the naming word, never negated: "will be", "is", "has been", "is now". */
const COPULA = '(?:will be|would be|is to be|is going to be|is|was|has been|had been|are|were|will now be|is now|was officially)';

/** The naming word. */
const NAMING = '(?:called|named|dubbed|known as|branded|christened|badged)';

/** After the name: no "after" ("was named after its founder"), and no "by" of someone else naming it. */
const NOT_NAMED_AFTER = /^(?:after|for|by) /;

/** For speed: every match holds a naming word. */
const NAMING_WORD = /\b(?:called|named|dubbed|known as|branded|christened|badged|calls)\b/;

export const OWNED_KIND_NAMED: readonly RelationPattern[] = [
  // "Zenco confirmed its new electric SUV will be called the Zeta X"; "Zenco's first smartwatch is named Vexa One".
  { relation: 'develops', id: 'pattern:develops:nml97-owned-kind-will-be-called', template: `POSS (?:${DESCRIBER}){0,3}(?:${KINDS}) ${COPULA} ${NAMING} (?:the )?Y1 `, notFollowedBy: NOT_NAMED_AFTER, requires: ["'s|its"], sentenceHolds: NAMING_WORD },
  // "its latest model, which it calls the Zeta 5": the owner names its own thing.
  { relation: 'develops', id: 'pattern:develops:nml97-owned-kind-which-it-calls', template: `POSS (?:${DESCRIBER}){0,3}(?:${KINDS}) , (?:which|that) (?:it|its@\\d+|it@\\d+) (?:now )?(?:calls|has called|called|has named|named|has dubbed|dubbed) (?:the )?Y1 `, requires: ["'s|its", 'which|that'], sentenceHolds: NAMING_WORD },
];
