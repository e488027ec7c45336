import type { RelationPattern } from './relation-patterns';

/**
 * Helper makerfp: a common word opening the sentence before "rivals" and two names that then act describes the two as rivals of
 * each other ("Lamp rivals Zenco and Qorva raised prices", "Retail rivals Zenco and Qorva merged"); the word is no firm
 * (rival-noun-openers.ts). Only with the pair's own verb after it: "Wise rivals Revolut and Monzo in payments" is one firm's rivalry.
 * The opening words of old rivals ("Former rivals Zenco and Qorva") are read by RELATION_PATTERNS' own. A table of its own, spread
 * at the end of RELATION_PATTERNS.
 */

/** The pair's verb: an auxiliary, "both" or "each", a past tense. */
const PAIR_VERB = String.raw`(?:(?:both|each|also) )?(?:have|had|are|were|will|would|could|may|can|say|said|cut|set|rose|fell|grew|made|sold|won|lost|hit|saw|took|began|[a-z]+ed)(?= )`;

export const DESCRIBED_RIVAL_PAIRS: readonly RelationPattern[] = [
  // "Lamp rivals Zenco and Qorva raised prices", "Chip rivals Zenco and Vexa both reported results".
  { relation: 'competes_with', id: 'pattern:competes_with:makerfp-word-rivals-pair', template: `(?<=^(?:[a-z][a-z-]*|@\\d+) )T(rivals|competitors) X1 (?:and|&) Y1 (?=${PAIR_VERB})`, requires: ['and|&'] },
];
