import type { RelationPattern } from './relation-patterns';
import { CREDIT_TAIL, CREDIT_VERBS, DESCRIBING, KINDS } from './makers-told-after';

/**
 * Helper lineup, from made-up launch news: a maker named only after its product, in the reporting clause, the product opened by the
 * firm's common noun rather than by "Its" — "The company's new console, the Vexa Box, goes on sale in May, Zenco said". Helper cat101
 * read the opening "Its new console, …, Zenco said" (makers-told-after.ts); "the company" there, which no earlier firm resolved, is
 * the same firm credited at the end. Not another's thing ("The company's rival, the Vexa Box": DESCRIBING bars ties), not a firm the
 * article named before (coreference makes "the company" that firm's mention, which this template does not read), and not one named
 * after the credit's verb beside the speaker ("…, Zenco said of Qorva": CREDIT_TAIL admits no name). A table of its own, spread at the
 * end of RELATION_PATTERNS.
 */

/** A firm's common nouns that open the sentence before its possessive. */
const FIRM_NOUNS = ['company', 'firm', 'group', 'startup', 'start-up', 'maker', 'manufacturer', 'carmaker', 'automaker', 'chipmaker', 'phonemaker'];
/** "The company's new console, the Vexa Box," or "The company's new Vexa Box console", then what the sentence says of it. */
const OPENING_FIRM_KIND = String.raw`^the T(${FIRM_NOUNS.join('|')}) 's ${DESCRIBING}${KINDS}(?:s|es)? (?:, |: )?Y (?:, )?(?:[^ ]+ ){1,16}?`;

export const FIRM_NOUN_KIND_THEN_FIRM_SAID: readonly RelationPattern[] = [
  // "The company's new console, the Vexa Box, goes on sale in May, Zenco said".
  { relation: 'develops', id: 'pattern:develops:lineup-opening-firm-noun-kind-then-firm-said', template: `${OPENING_FIRM_KIND}, X (?:${CREDIT_VERBS}) ${CREDIT_TAIL}`, targetNotType: 'company', requires: [',', "'s"] },
  // "…, said Zenco on Tuesday."
  { relation: 'develops', id: 'pattern:develops:lineup-opening-firm-noun-kind-then-said-firm', template: `${OPENING_FIRM_KIND}, (?:${CREDIT_VERBS}) X ${CREDIT_TAIL}`, targetNotType: 'company', requires: [',', "'s"] },
  // "…, according to Zenco."
  { relation: 'develops', id: 'pattern:develops:lineup-opening-firm-noun-kind-according-to-firm', template: `${OPENING_FIRM_KIND}, according to X ${CREDIT_TAIL}`, targetNotType: 'company', requires: ['according'] },
];
