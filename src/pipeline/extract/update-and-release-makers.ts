import type { RelationPattern } from './relation-patterns';

// Helper rlf94 (stop 94), from real app, software and game news: a maker's update of its own thing and a title's release credited
// to its maker, told through a noun rather than a making verb. "Zenco rolled out an update to Zeta Quest", "Zenco has pushed its
// latest major update for the Zeta app", "the release of Zeta Quest by Zenco". An update for a platform is not the platform's
// ("Zenco released an update for Android" is Zenco's app, not Android), nor is another's thing ("an update to Qorva's Zeta").
// A table of its own, spread at the end of RELATION_PATTERNS: one more literal there overflows the type checker.

/** A possessive of the subject: "its", "their", or "its" resolved to a name. */
const OWN = String.raw`(?:its|their|its@\d+)`;
/** Words that may describe an update: "its latest major", "a long-awaited free", "the 2.0". */
const UPDATE_WORDS = String.raw`(?:(?:new|latest|next|major|big|bigger|biggest|minor|fresh|significant|long-awaited|free|first|second|third|huge|hefty|small|substantial|sizeable|massive|much-needed|overdue|surprise|[0-9][0-9.]*) )*`;
/** What a maker puts out as an update of a thing. */
const UPDATE_NOUNS = String.raw`(?:update|upgrade|patch|refresh|redesign|overhaul|makeover)`;
/** Verbs that put an update out: "rolled out", "began rolling out", "pushed". */
const PUT_OUT = String.raw`T(rolled out|rolls out|rolling out|released|releases|pushed out|pushes out|pushed|pushes|shipped|ships|issued|issues|launched|launches|delivered|delivers|unveiled|unveils|announced|announces|introduced|introduces)`;
/** Platforms whose update another firm may ship for its own app: no maker's thing then ("an update for Android"). */
const PLATFORM_FIRST_WORDS: ReadonlySet<string> = new Set(['Android', 'iOS', 'iPadOS', 'macOS', 'watchOS', 'tvOS', 'visionOS', 'Windows', 'ChromeOS', 'Chrome', 'HarmonyOS', 'Linux', 'Mac', 'iPhone', 'iPad', 'PlayStation', 'Xbox', 'Nintendo', 'Switch', 'Steam', 'PC', 'PCs']);
/** After the thing: another's possessive ("to Qorva's Zeta"), or the people or devices an update is for ("for Zeta users"). */
const NOT_OWN_THING_AFTER = /^(?:'s |(?:users|owners|customers|subscribers|players|devices|phones|handsets|tablets|consoles|headsets|watches|laptops|computers|pcs)\b)/;

export const UPDATE_AND_RELEASE_MAKERS: readonly RelationPattern[] = [
  // "Zenco rolled out an update to Zeta Quest", "Zenco has begun rolling out its latest major update to the Zeta app": what a firm's
  // update changes is its own thing. "for" only after the firm's own possessive ("its latest update for Zeta"), where the update is the
  // firm's of the thing; "an update for Zeta" may be an add-on for another's platform. Not a platform, not another's thing.
  { relation: 'develops', id: 'pattern:develops:rlf94-update-to', template: `X P AUX (?:(?:began|begins|started|starts|has begun|has started) )?${PUT_OUT} (?:(?:an?|the) ${UPDATE_WORDS}(?:[a-z-]+ )?${UPDATE_NOUNS} to|${OWN} ${UPDATE_WORDS}(?:[a-z-]+ )?${UPDATE_NOUNS} (?:to|for)) (?:the |its |their |its@\\d+ )?Y1`, verb: true, targetNotType: 'company', targetNotNamed: PLATFORM_FIRST_WORDS, notFollowedBy: NOT_OWN_THING_AFTER, requires: ['update|upgrade|patch|refresh|redesign|overhaul|makeover'] },
  // "the release of Zeta Quest by Zenco", "the launch of Zeta by Zenco last year": a thing's release or launch credited to a firm
  // with "by" is its maker's. Not a review, a purchase or a ban of it by a firm (other nouns), not another's thing.
  { relation: 'develops', id: 'pattern:develops:rlf94-release-of-by', template: `(?:^|the |a |its |their )(?:(?:recent|latest|new|surprise|global|worldwide|official|long-awaited|upcoming|planned|initial|first|original) )*T(release|launch|debut|rollout|roll-out|unveiling) of (?:the )?Y1 (?:(?:in|on|for) (?:the )?(?:[a-z0-9-]+ ){1,2})?by X`, targetNotType: 'company', notFollowedBy: /^'s /, requires: ['by'] },
  // "Zeta Quest, the new RPG from Qorva's internal studio Zenco Games", "…, a shooter from the latter's studio Zenco": a title credited
  // to a firm's own studio is that studio's (the plain "from Zenco Games" another pattern reads; the owner's possessive between
  // stopped it). Not "a game from a rival of Zenco" (no studio noun), not a publisher's label ("from its label" names no maker here).
  { relation: 'develops', id: 'pattern:develops:rlf94-from-owners-studio', template: `Y1 , (?:the|a|an) (?:[a-z-]+ ){0,4}T(game|title|rpg|shooter|sequel|remake|app|adventure|platformer|roguelike|simulator|mmo|mmorpg|release|expansion) from (?:@\\d+ 's |its |their |its@\\d+ |the (?:latter|former) 's )(?:(?:internal|in-house|first-party|own|newest|new|sister|subsidiary|mobile|flagship|veteran|support|montreal-based|[a-z]+-based) ){0,2}(?:studio|studios|developer|development studio|team|division) X1(?=,|\\.|$)`, targetNotType: 'company', requires: ['from'] },
];
