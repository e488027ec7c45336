import type { RelationPattern } from './relation-patterns';
import { MADE_KIND_WORDS } from './cue-words';
import { FIRMS_TIE_AFTER, NOT_MADE_FROM_BEFORE } from './apposed-maker-patterns';

/** The makers' nouns a firm after "from" may be described by: "from pet-tech firm Zebola", "from the start-up Zenco". */
const MAKER_DESCRIBERS = 'company|firm|startup|start-up|lab|giant|group|maker|manufacturer|developer|brand|subsidiary|unit|studio';

/** Words that cannot describe a kind inside its noun phrase: a clause's or a list's words ("the Zeta and phones from Zenco"). */
const NOT_DESCRIBING = '(?:from|and|or|but|to|of|for|with|by|in|on|at|as|than|is|was|are|were|has|had|have|be|been|that|which|who)';

/**
 * Helper apn102 (stop 101), from fresh news on gadgets: a thing named before a kind of two or three words, then "from" its maker:
 * "the Zebo treat cam from pet-tech firm Zebola", "a Qorva smart feeder from Zenco". The plain "Y kind from X" rule takes one word
 * between the name and "from"; a noun or an adjective before the kind left the thing without its maker. A determiner opens the
 * phrase, so that a clause's verb cannot stand for the describing word ("Zenco sells cameras from Qorva"); a firm's name before the
 * kind is its maker's, not the thing's ("the Zenco camera sensor from Qorva"). A table of its own, spread at the end of
 * RELATION_PATTERNS (TS2590).
 */
export const COMPOUND_KIND_FROM_MAKERS: readonly RelationPattern[] = [
  { relation: 'develops', id: 'pattern:develops:apn102-compound-kind-from', template: `(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|new) Y1 (?:(?!${NOT_DESCRIBING} )[a-z][a-z-]* ){1,2}(?<k>[a-z][a-z0-9-]*) T(from) (?:(?:the |a |an )?(?:[a-z][a-z.-]* ){0,2}(?:${MAKER_DESCRIBERS}) )?X1 (?!'s )`, notPrecededBy: NOT_MADE_FROM_BEFORE, notFollowedBy: FIRMS_TIE_AFTER, targetNotType: ['company', 'government', 'place', 'person'], kindNoun: true, indexBy: MADE_KIND_WORDS, requires: ['from'] },
];
