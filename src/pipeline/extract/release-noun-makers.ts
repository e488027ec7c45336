import type { RelationPattern } from './relation-patterns';

/**
 * Helper nominal (stop 103), from launch news told through a noun: a thing's release credited to its makers with its kind between
 * ("the launch of the Zeta wallet by Zenco, Qorva and Borin", "the unveiling of the Plix phone by Zenco"), an introduction credited
 * the same way ("the introduction of Zeta by Zenco"), and a firm's announcement of a thing's general availability ("Zenco announced
 * the general availability of Zenco Shield"). The plain "the release of Zeta by Zenco" is update-and-release-makers.ts's. Every
 * maker of the list after "by" makes it. Not another's report or offering ("the release of Zeta's report": no kind of made thing),
 * not a release of people ("the release of prisoners by Ruritania": no name), not a place's availability ("the availability of Zeta
 * in Zembla": no "general" and no announcer). A table of its own, spread at the end of RELATION_PATTERNS.
 */

/** Words that may describe the release: "the long-awaited launch", "the global rollout". */
const RELEASE_DESCRIBERS = String.raw`(?:(?:recent|latest|new|surprise|global|worldwide|official|long-awaited|upcoming|planned|initial|first|original|commercial|public|joint|nationwide) )*`;
/** A time or place between the thing and "by": "in March", "on Monday", "for the region". */
const WHEN_OR_WHERE = String.raw`(?:(?:in|on|for) (?:the )?(?:[a-z0-9-]+ ){1,2})?`;
/** Makers named as members of a kind of firm: "by banks including", "by a group of lenders such as" (then the names). */
const MEMBERS_OF_KIND = String.raw`(?:(?:a |an )?(?:group|consortium|coalition|alliance|syndicate|number|handful) of )?(?:(?:other|several|many|major|leading|big|large|local|two|three|four|five|six) )?(?:banks|lenders|firms|companies|carriers|operators|makers|manufacturers|retailers|startups|developers|studios|insurers|brands) (?:, )?(?:including|such as|like|among them) `;
/** The release nouns. */
const RELEASE_NOUNS = 'release|launch|debut|rollout|roll-out|unveiling|introduction';
/** Verbs of telling a thing's availability: "announced", "declared". */
const ANNOUNCING = 'announced|announces|announce|announcing|declared|declares|declare|confirmed|confirms|confirm|unveiled|unveils|marked|marks|celebrated|celebrates';

export const RELEASE_NOUN_MAKERS: readonly RelationPattern[] = [
  // "the launch of the Zeta wallet by Zenco, Qorva and Borin", "the unveiling of the Plix phone by Zenco last week": a made thing's kind
  // between its name and "by" ("wallet", "phone"); "the release of Zeta data by Zenco" names no kind of made thing.
  { relation: 'develops', id: 'pattern:develops:nom103-release-of-kind-by', template: `(?:^|the |a |its |their )${RELEASE_DESCRIBERS}T(${RELEASE_NOUNS}) of (?:the )?Y1 (?<k>[a-z][a-z0-9-]*) ${WHEN_OR_WHERE}by X`, kindNoun: true, targetNotType: 'company', notFollowedBy: /^'s /, requires: ['by'] },
  // "the rollout of Plix by banks including Zenco Bank and Qorva", "the launch of Zeta by a group of lenders such as Zenco and Vexa":
  // the named members of the kind after "by" make it.
  { relation: 'develops', id: 'pattern:develops:nom103-release-of-by-members', template: `(?:^|the |a |its |their )${RELEASE_DESCRIBERS}T(${RELEASE_NOUNS}) of (?:the )?Y1 (?:(?<k>[a-z][a-z0-9-]*) )?${WHEN_OR_WHERE}by ${MEMBERS_OF_KIND}X`, targetNotType: 'company', notFollowedBy: /^'s /, requires: ['including|such|like|among'] },
  // "the introduction of Zeta by Zenco and Qorva": as the release nouns of update-and-release-makers.ts.
  { relation: 'develops', id: 'pattern:develops:nom103-introduction-of-by', template: `(?:^|the |a |its |their )${RELEASE_DESCRIBERS}T(introduction) of (?:the )?Y1 ${WHEN_OR_WHERE}by X`, targetNotType: 'company', notFollowedBy: /^'s /, requires: ['by'] },
  // "Zenco announced the general availability of Zenco Shield", "Qorva has declared general availability of its Vault service": the
  // software trade's word for a release; only "general" or "commercial" availability, told by the firm itself.
  { relation: 'develops', id: 'pattern:develops:nom103-announced-general-availability', template: `X1 P AUX T(${ANNOUNCING}) (?:the )?(?:general|commercial) availability of (?:the |its |their |its@\\d+ )?Y1`, verb: true, targetNotType: 'company', notFollowedBy: /^'s /, requires: ['availability'] },
];
