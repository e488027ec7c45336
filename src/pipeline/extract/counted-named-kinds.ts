import type { RelationPattern } from './relation-patterns';

/**
 * Helper nam101 (stop 101): a possessor's named things counted or graded before their name and kind, read where the possessive's
 * other shapes stop at a count word or a grade glued to its number: "Qorva's three “Orion” models were released", "Zenco's four new
 * Vexa chips power the rack", "Qorva's 8K ‘Orion’ television costs $900", "Zenco's 5G Vexa router". The kind must be a made one
 * (kindNoun), and after a count a plural one; so "Zenco's 300 engineers", "Zenco's two Qorva rivals" and "Zenco's three Qorva
 * shares" name no thing Zenco makes. A spelled count only: "Zenco's 10,000 Qorva GPUs" are bought ones as often as made ones.
 * A table of its own, spread at the end of RELATION_PATTERNS.
 */
const COUNT_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|both';
/** A screen's resolution or a network's generation glued to its number, lower-cased: "4k", "8k", "5g". */
const GRADE = String.raw`\d{1,2}[kg]`;
/** Up to two describing words between the count and the name, not a role or a joining word ("Zenco's two rivals' Zeta"). */
const DESCRIBING = String.raw`(?:(?!(?:rival|rivals|competitor|competitors|partner|partners|customer|customers|and|or|of|to|in|for|with|from|by|the|a|an|its|their)(?= ))(?:[a-z]|\d+(?:\.\d+)?-)[a-z0-9-]* ){0,2}`;

export const COUNTED_NAMED_KINDS: readonly RelationPattern[] = [
  { relation: 'develops', id: 'pattern:develops:nam101-counted-named-kind', template: String.raw`POSS (?:${COUNT_WORDS}) ${DESCRIBING}Y1 (?<k>[a-z-]+s)(?= |$)`, kindNoun: true, notFollowedBy: /^'s / },
  { relation: 'develops', id: 'pattern:develops:nam101-graded-named-kind', template: String.raw`POSS ${GRADE} ${DESCRIBING}Y1 (?<k>[a-z-]+)(?= |$)`, kindNoun: true, notFollowedBy: /^'s / },
];
