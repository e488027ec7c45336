import type { RelationPattern } from './relation-patterns';

/**
 * Helper lineup, from made-up launch news: a firm announcing a thing by its bare kind, the thing's name set off after it — "Zenco
 * announced a tablet, the Vexa Tab, and a stylus", "Qorva revealed an e-bike, the Plix Urban". "Announce" is no maker's verb in the
 * registry (a firm announces deals, results and plans too), and the older pattern for announcements took the kind only after "its" or
 * "a new"; a bare "a" or "an" before a made kind (kindNoun) and its apposed name is the maker's launch as well. Not a deal, a ban or
 * results (no made kind), not plans for a thing ("announced plans for a tablet, the Vexa Tab": the kind is no object of the verb),
 * and not another's thing ("announced a rival tablet", "a partner's tablet": no owner's or tie's word before the kind; "…, the Vexa
 * Tab, made by Qorva": its maker named after it). A table of its own, spread at the end of RELATION_PATTERNS.
 */

/** Verbs of making a thing known that the registry does not count as making it. */
const ANNOUNCING = 'announced|announces|announce|announcing|revealed|reveals|reveal|teased|teases|previewed|previews';
/** Up to three describing words before the kind: none a preposition, a tie to another party or a word of something not yet made. */
const DESCRIBING = String.raw`(?:(?!(?:of|for|to|on|with|from|by|in|at|as|and|or|plan|plans|planned|proposed|possible|potential|future|rival|rivals|competing|competitor|partner|partners|licensed|third-party|deal|ban)(?= ))[a-z0-9-]+ ){0,3}`;

/** Another maker named right after the thing: "announced a tablet, the Vexa Tab, made by Qorva" (a seller's announcement). */
const MADE_BY_ANOTHER_NEXT = /^(?:, )?(?:which (?:is|was) )?(?:made|built|developed|designed|manufactured|produced|created|supplied|licensed|licenced) by /;

export const ANNOUNCED_APPOSED_KINDS: readonly RelationPattern[] = [
  // "Zenco announced a tablet, the Vexa Tab, and a stylus", "Zenco on Monday unveiled …" is a trigger verb's; "announced an AI
  // assistant, Vexa." too.
  { relation: 'develops', id: 'pattern:develops:lineup-announced-kind-apposed-name', template: String.raw`X P AUX T(${ANNOUNCING}) (?:a |an )${DESCRIBING}(?<k>[a-z-]+) , (?:the )?Y (?=[,.;:]|$)`, verb: true, kindNoun: true, notFollowedBy: MADE_BY_ANOTHER_NEXT, targetNotType: 'company', requires: [','] },
];
