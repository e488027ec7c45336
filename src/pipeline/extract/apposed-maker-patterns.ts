import type { RelationPattern } from './relation-patterns';
import { MADE_KIND_WORDS } from './cue-words';

/**
 * A firm's tie to another firm, named between "from" and the firm a thing comes from: "the Zeta from Zenco's partner Qorva", "the
 * Zeta headset from Zenco unit Qorva". The thing is the second firm's; the first only describes it.
 */
export const FIRMS_TIE_NOUNS = 'rival|rivals|competitor|competitors|partner|partners|unit|subsidiary|division|arm|affiliate|spin-off|spinoff|spinout|sister company|sister firm|joint venture';
/** After "Y from X", the tie that makes the firm after it the thing's: the plain "Y from X" rules end on this (relation-patterns.ts). */
export const FIRMS_TIE_AFTER = new RegExp(`^(?:'s )?(?:[a-z-]+ )?(?:${FIRMS_TIE_NOUNS}) @\\d+`);

/** Words that may describe the tie: "Zenco's longtime partner Qorva". */
const TIE_DESCRIBING = '(?:former|new|longtime|long-time|key|main|chief|biggest|closest|own|local|smaller|larger|bigger)';

/**
 * Before "Y from …", words that make the firm after "from" a seller, a licensor or the source of an order, not the maker, or the
 * thing what some news or data is about ("data on Zeta from Zenco's partner Qorva"):
 * "bought the Zeta from Zenco's unit Qorva", "won an order for Zeta from Zenco's partner Qorva" (a short copy of the guard that
 * relation-patterns.ts keeps for its own "Y from X"; it cannot be imported here, the table being spread into that file's list).
 */
export const NOT_MADE_FROM_BEFORE = /(?:^| )(?:acquired|acquires|acquire|acquiring|acquisition|bought|buys|buy|buying|purchased|purchases|purchase|licensed|licenses|licensing|obtained|obtains|imported|imports|importing|sourced|sources|sourcing|ordered|orders?|contracts?|deals?|removed|removes|removing|pulled|pulls|delisted|banned|bans|ban|blocked|blocks|barred|won|wins|received|receives|got|gets|switched|moved|migrated) (?:\S+ ){0,4}$|(?:^| )(?:on|about|regarding|for|over) (?:the |a |an )?$|(?:^| )(?!(?:version|versions|edition|editions|update|updates|release|releases) )[a-z-]+ of (?:the |a |an )?$/;

/**
 * Helper apz94 (stop 94), from set 90's readers (s90a, s90d, s90e, s90f): makers described by an apposition, a relative clause or a
 * title noun. Most of the family already held ("Qorva, the creator of Vexa", "Zenlab, which developed Zeta", "Vexa maker
 * Zenlab"); the registry's nouns took the co-maker ("the co-creator of Zeta"), and this table the thing named as coming from a
 * firm's tie. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */
export const APPOSED_MAKERS: readonly RelationPattern[] = [
  // "the Zeta from Zenco's partner Qorva", "the Zeta headset from Zenco unit Qorva", "Zeta, from Zenco spin-off Qorva,": the thing
  // comes from the firm the tie names (the plain "Y from X" rule no longer takes the first firm: notFollowedBy there). A kind noun
  // may stand after the thing's name, only a made kind ("Zeta customers from Zenco's partner Qorva" are no made thing).
  { relation: 'develops', id: 'pattern:develops:apz94-from-firms-tie', template: `Y1 (?:, )?T(from) (?:the )?@\\d+ (?:'s )?(?:${TIE_DESCRIBING} )?(?:${FIRMS_TIE_NOUNS}) X1 (?!'s )`, notPrecededBy: NOT_MADE_FROM_BEFORE, requires: ['from'] },
  { relation: 'develops', id: 'pattern:develops:apz94-kind-from-firms-tie', template: `Y1 (?<k>[a-z][a-z0-9-]*) (?:, )?T(from) (?:the )?@\\d+ (?:'s )?(?:${TIE_DESCRIBING} )?(?:${FIRMS_TIE_NOUNS}) X1 (?!'s )`, notPrecededBy: NOT_MADE_FROM_BEFORE, kindNoun: true, indexBy: MADE_KIND_WORDS, requires: ['from'] },
];
