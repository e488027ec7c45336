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

/**
 * Helper kinds (stop 103), from news on search, cloud and phone rivals: the same describing noun before "rivals" where the pair's verb
 * is a present one ("Search rivals Zenco and Qorva test chatbots"), where three rivals are listed ("Cloud rivals Zenco, Qorva and Borin
 * cut prices"), or where the noun opens a clause inside the sentence ("Analysts said search rivals Zenco and Qorva are testing
 * chatbots", "Meanwhile, cloud rivals Zenco and Qorva raised prices"). The describing word is an ordinary lower-case word opening its
 * clause, no adverb or relative word: "Zenco now rivals Qorva and Borin", "a phone that rivals Zenco and Qorva" keep "rivals" a verb,
 * and "Zenco rivals Qorva" or "Search giant Zenco" are read as before. A table of its own, spread at the end of RELATION_PATTERNS.
 */

/** Present verbs a listed pair does ("test", "plan", "offer"), with the pair verbs above. */
const PAIR_PRESENT_VERB = String.raw`(?:(?:both|each|also|now) )?(?:test|plan|offer|sell|make|launch|face|compete|vie|race|battle|fight|build|use|want|need|see|expect|hope|report|control|dominate|lead|share|agree|continue|say|have|are|were|will|would|could|may|can|cut|set|rose|fell|grew|made|sold|won|lost|hit|saw|took|began|[a-z]+ed)(?= )`;
/** What may open the clause the describing word starts: the sentence's start, a comma, or a reporting verb or joining word. */
const CLAUSE_OPENING = String.raw`(?:^|, |(?:said|says|say|added|noted|as|while|whereas|and|but|when|where|after|before|because|since|though|although) )`;
/**
 * The describing word: a lower-case word, none that makes "rivals" a verb (an adverb, a relative or a pronoun, a word in -ly); or a
 * one-word mention opening the sentence ("Cloud", which the name stage may keep), as the pair row above allows.
 */
const DESCRIBING_WORD = String.raw`(?:(?!(?:which|that|who|it|he|she|they|this|one|now|still|also|already|even|closely|directly|really|easily|only|never|barely|nearly|almost|far|well|and|or|but|the|a|an|its|their|to|of|former|one-time|onetime|erstwhile|ex|past|previous|old|longtime|long-time|[a-z-]+ly)(?= ))[a-z][a-z-]*|^@\d+)`;

export const DESCRIBED_RIVAL_LISTS: readonly RelationPattern[] = [
  // "Search rivals Zenco and Qorva test chatbots", "Analysts said search rivals Zenco and Qorva are testing chatbots".
  { relation: 'competes_with', id: 'pattern:competes_with:kinds-word-rivals-pair', template: `(?<=${CLAUSE_OPENING}${DESCRIBING_WORD} )T(rivals|competitors) X1 (?:and|&) Y1 (?=${PAIR_PRESENT_VERB})`, requires: ['and|&'] },
  // "Cloud rivals Zenco, Qorva and Borin cut prices": the first with each other member, then the second with the third.
  { relation: 'competes_with', id: 'pattern:competes_with:kinds-word-rivals-list-first', template: `(?<=${CLAUSE_OPENING}${DESCRIBING_WORD} )T(rivals|competitors) X1 , Y1 (?:, )?(?:and|&) @\\d+ (?=${PAIR_PRESENT_VERB})`, requires: ['and|&'] },
  { relation: 'competes_with', id: 'pattern:competes_with:kinds-word-rivals-list-first-last', template: `(?<=${CLAUSE_OPENING}${DESCRIBING_WORD} )T(rivals|competitors) X1 , @\\d+ (?:, )?(?:and|&) Y1 (?=${PAIR_PRESENT_VERB})`, requires: ['and|&'] },
  { relation: 'competes_with', id: 'pattern:competes_with:kinds-word-rivals-list-rest', template: `(?<=${CLAUSE_OPENING}${DESCRIBING_WORD} )T(rivals|competitors) @\\d+ , X1 (?:, )?(?:and|&) Y1 (?=${PAIR_PRESENT_VERB})`, requires: ['and|&'] },
];
