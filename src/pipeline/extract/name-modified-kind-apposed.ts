import { PRODUCT_NOUN_WORDS } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper intro (launch news on devices): an owner's kind of thing with a name among its describing words, then the thing's own name
 * set off after it: "Zenco's newest DTG printer, the Vexa Poly Pro, ships in May", "Qorva's Android tablet, the Plix Tab". The
 * possessed-kind pattern reads lower-case describing words only, so a name there (a technology's short form, a platform) lost the
 * apposed thing its maker: the possessive read the short form as the product and the thing stayed a node alone. The name before the
 * kind keeps whatever the other rules read of it. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

const KINDS = PRODUCT_NOUN_WORDS.join('|');

/**
 * A word that describes the owner's thing: lower case, no function word, and no role or state that makes it another's or no
 * product yet ("its rival phone", "its proposed car").
 */
const DESCRIBER = String.raw`(?!(?:and|or|but|to|of|for|in|on|at|by|with|from|as|than|is|was|are|were|be|been|will|would|not|never|that|which|who|the|a|an|rival|rivals|competing|competitor|partner|partners|customer|customers|client|clients|supplier|suppliers|dealer|dealers|retailer|retailers|distributor|investor|acquired|licensed|licenced|third-party|compatible|imported|planned|proposed|possible|potential)(?= ))[a-z][a-z0-9]*(?:-[a-z0-9]+)* `;

export const NAME_MODIFIED_KIND_APPOSED: readonly RelationPattern[] = [
  // "Zenco's newest DTG printer, the Vexa Poly Pro,": a name (not a possessor) among the kind's describing words, the thing apposed.
  { relation: 'develops', id: 'pattern:develops:name-modified-kind-apposed', template: `POSS (?:${DESCRIBER}){0,2}@\\d+ (?!'s )(?:${DESCRIBER})?T(${KINDS}) , (?:the )?Y1 (?=[,.;:)]|$)`, notFollowedBy: /^\s*(?:said|says|told|noted|wrote|stated|explained|argued|insisted)(?= |$)/, requires: ["'s|its", ','] },
];
