import type { RelationPattern } from './relation-patterns';

/**
 * Helper exd101 (stop 101), from real news on rival phones, cloud services and cars: a firm moving on a rival's standing told with
 * the rival's possessive ("Zenco is set to take Qorva's crown as the top phone maker", "Zenco aims to narrow Qorva's lead in the
 * cloud market"). The possessive's owner is the leader; the firm after it the challenger. The forms with "from" ("took the crown
 * from Qorva") are in rival-rank-moves.ts, and "chipping away at Qorva's lead" in rival-ground-patterns.ts. A table of its own,
 * spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Words between a firm and its verb that are no negation ("is set to", "has been trying to", "aims to"): a try at a rival's lead still names a rival. */
const GAP = String.raw`(?:(?!(?:not|never|no|nor|cannot|without|it|they|them|he|she|we|him|her|us)(?= ))[a-z-]+ ){0,4}?`;

/** A clause's aim set after its verb's object: "Zenco has cut its fares in a bid to …", "…, as it seeks to …" (the doer is the clause's subject). */
const AIM_AFTER_CLAUSE = String.raw`(?:(?:[^\s@;]+ ){1,10}?(?:, )?(?:in (?:a|an) (?:[a-z-]+ )?(?:bid|effort|attempt|push|drive|move)|as (?:it|they) (?:seeks|seek|tries|try|looks|look|aims|aim)) to )?`;

/** A leader's prize in a ranking, after its holder's 's: "Qorva's crown", "Qorva's title as the top seller", "Qorva's No. 1 spot". */
const LEADERS_PRIZE = String.raw`(?:crown|title|throne|mantle|top spot|top position|top place|top slot|pole position|no \. 1 spot|no\. 1 spot|no \. 1 position|number one spot|number-one spot|number 1 (?:spot|position|place|slot|ranking)|first place)`;

/** A leader's margin over rivals, after its holder's 's: "Qorva's lead", "Qorva's growing market lead", "Qorva's advantage". (Worn-down dominance is read by
 * trigger:verb and break-rivals-monopoly.) */
const LEADERS_MARGIN = String.raw`(?:lead|market lead|advantage|head start)`;

/** What makes a "lead" no leader's margin: "Qorva's lead investor", "Qorva's lead product", "Qorva's lead counsel". */
const NOT_A_MARGIN_AFTER = /^ ?(?:investors?|underwriters?|bankers?|counsel|lawyers?|engineers?|designers?|products?|drugs?|candidates?|programs?|programmes?|singers?|actors?|roles?|times?)(?= |$)/;

export const RIVAL_POSSESSED_STANDING: readonly RelationPattern[] = [
  // "Zenco is set to take Qorva's crown as the top phone maker", "Zenco stole Qorva's title", "Zenco grabbed Qorva's No. 1 spot":
  // a leader's prize taken. Not a rival's "place" or "lead" taken (a stand-in: "took Qorva's place in the index", "took Qorva's
  // lead" follows it), nor a state's act (the target is no state).
  { relation: 'competes_with', id: 'pattern:competes_with:exd101-take-possessed-crown', template: `X P AUX ${GAP}${AIM_AFTER_CLAUSE}T(take|takes|took|taking|taken|claim|claims|claimed|claiming|steal|steals|stole|stolen|stealing|grab|grabs|grabbed|grabbing|snatch|snatches|snatched|snatching|seize|seizes|seized|seizing|wrest|wrests|wrested|wresting|usurp|usurps|usurped|usurping) (?:the )?Y1 's (?:[a-z-]+ ){0,2}?${LEADERS_PRIZE}(?= |$)`, verb: true, targetNotType: 'government', requires: ["'s"] },
  // "Zenco aims to narrow Qorva's lead in the cloud market", "Lumo has cut its fares in a bid to reduce Qorva's growing market lead":
  // a leader's margin worn down. Not a lead of another kind ("cut Qorva's lead investor"), nor a state's act.
  { relation: 'competes_with', id: 'pattern:competes_with:exd101-narrow-possessed-lead', template: `X P AUX ${GAP}${AIM_AFTER_CLAUSE}T(narrow|narrows|narrowed|narrowing|cut|cuts|cutting|reduce|reduces|reduced|reducing|shrink|shrinks|shrank|shrunk|shrinking|trim|trims|trimmed|trimming|whittle down|whittles down|whittled down) (?:the )?Y1 's (?:(?!(?:lead|market)(?= ))[a-z-]+ ){0,2}?${LEADERS_MARGIN}(?= |$)`, verb: true, targetNotType: 'government', notFollowedBy: NOT_A_MARGIN_AFTER, requires: ["'s"] },
];
