import type { RelationPattern } from './relation-patterns';

/**
 * Helper off (stop 100), from the bans of real news: a state's body orders firms to pause or halt their own projects, plans or
 * ventures, named by no name of their own ("China's central bank ordered Zenco and Qorva to pause their stablecoin projects",
 * "regulators led by the People's Bank of China and the Cyberspace Administration of China have ordered Zenco to halt its plans").
 * Nothing else is named, so the firm is the ban's target, as in "ordered Zenco to cease operations". Only a state acts; a project
 * or a product named after the plans ("to halt its plans to list Zeta") is left to the readings of named goods. Not an order to
 * consider a pause ("asked Zenco to consider pausing"), a firm's own decision ("Zenco decided to pause its project"), nor a review
 * of its plans ("ordered a review of Zenco's plans"). A table of its own, spread at the end of RELATION_PATTERNS.
 */
const ORDERED = 'ordered|orders|order|told|tells|directed|directs|instructed|instructs|required|requires|forced|forces|compelled|compels';
const PAUSE = '(?:immediately )?(?:pause|halt|suspend|stop|freeze|shelve|cease)';
const OWN_PROJECTS = String.raw`(?:all )?(?:its|their|its@\d+) (?:[a-z-]+ ){0,2}(?:projects?|plans?|initiatives?|ventures?|programs?|programmes?|pilots?|pilot programs?|rollouts?)(?= |$)`;
const WHEN = '(?:(?:in|on|last|this|earlier|late|early) (?:[a-z0-9]+ ){0,2})?';
/** A name after the plans says what they were for: "to halt its plans to list Zeta", "its projects with Vexa". */
const NAMED_AFTER = /^ (?:(?:to [a-z-]+|for|of|on|involving|around|with|including|such as|like|,) (?:(?:the|its|their|a|an) )?(?:[a-z-]+ ){0,2})?(?:the )?@\d+/;

export const PAUSED_OWN_PROJECTS: readonly RelationPattern[] = [
  { relation: 'banned', id: 'pattern:banned:off100-ordered-to-pause-own-projects', template: String.raw`X P AUX T(${ORDERED}) Y (?:, )?${WHEN}to ${PAUSE} ${OWN_PROJECTS}`, verb: true, stateActor: true, requires: ['to'], notFollowedBy: NAMED_AFTER },
  // "Zenco and Qorva were ordered to halt their stablecoin projects by the central bank", "Zenco was ordered by the PBOC to pause its plans".
  { relation: 'banned', id: 'pattern:banned:off100-ordered-to-pause-own-projects-by', template: String.raw`Y AUX T(ordered|told|directed|instructed|required|forced|compelled) to ${PAUSE} ${OWN_PROJECTS} (?:[a-z-]+ ){0,3}by (?:the )?X1`, stateActor: true, requires: ['by'] },
  { relation: 'banned', id: 'pattern:banned:off100-ordered-by-to-pause-own-projects', template: String.raw`Y AUX T(ordered|told|directed|instructed|required|forced|compelled) by (?:the )?X1 to ${PAUSE} ${OWN_PROJECTS}`, stateActor: true, requires: ['by'], notFollowedBy: NAMED_AFTER },
];
