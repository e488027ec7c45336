import type { RelationPattern } from './relation-patterns';

/**
 * Helper fls100 (round 2's families): an owner's possessive before a list of platforms or formats, a kind of work and the work's
 * own name ("Zenco's PS4 and PS5 game Skyfall", "its Android and iOS app Zapp", "Zenco's Switch version of Skyfall"). The listed
 * names only say what the work runs on (claim-check drops them as parties); the possessor makes the named work.
 */

/** Kinds of work a platform's name premodifies. */
const WORK_KIND = String.raw`app|apps|game|games|title|titles|port|ports|version|versions|edition|editions|client|clients|release|remaster|exclusive`;

/** A list of one to four names: "@1", "@1 and @2", "@1 , @2 and @3", "@1 / @2". */
const NAMES = String.raw`@\d+(?: (?:,|/) @\d+){0,2}(?: ,)?(?: (?:and|or|/) @\d+)?`;

export const PLATFORM_PREMODIFIED_WORKS: readonly RelationPattern[] = [
  // "Zenco's PS4 and PS5 game Skyfall", "its Xbox port Skyfall", "Zenco's Windows and Mac versions of Zapp": at most one lower-case
  // word between the list and the kind ("mobile app"), the work's name right after the kind or after "of".
  { relation: 'develops', id: 'pattern:develops:fls100-possessed-platform-work', template: `POSS ${NAMES} (?:[a-z-]+ )?T(${WORK_KIND}) (?:of )?(?:the )?Y1 `, notFollowedBy: /^(?:'s |and |, (?:and |or )?@)/ },
];
