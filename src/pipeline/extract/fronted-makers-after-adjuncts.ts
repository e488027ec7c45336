import type { RelationPattern } from './relation-patterns';

/**
 * Helper beh102 (stop 101), from fresh samples of robot and device news: a fronted making participle whose maker follows "by" only
 * after a place or a time ("Developed in Ohio by Qorva, the Vexa robot walks", "Built over five years by Zenco, the Zeta drone …").
 * The older fronted pattern wants "by" right after the participle, and the one with words between wants a role noun before the firm.
 * Only making verbs (not "sold", "funded", "ordered"), only a preposition of place or time before the adjunct (not "for Qorva by
 * Zenco", where another firm is the customer), and the thing named right after the comma. "Developed in Ohio, the robot …" names no
 * maker. A table of its own, spread at the end of RELATION_PATTERNS.
 */

/** Participles of making a thing (no selling, funding or launching another's). */
const MADE = 'developed|co-developed|built|made|created|designed|co-designed|engineered|produced|manufactured|assembled|invented';
/** A place or a time between the participle and "by": "in Ohio", "over five years", "at its lab in Zembla", "in 2020". */
const WHERE_OR_WHEN = String.raw`(?:(?:in|at|over|during|across|within|throughout|inside) (?:the |a |an |its |their )?(?:(?:[a-z0-9-]+|@\d+) ){1,4}?(?:, )?)`;
/** A maker's noun before its name: "by the startup Qorva", "by robotics firm Zenco". */
const MAKER_NOUN = String.raw`(?:(?:the |a |an )?(?:[a-z-]+ )?(?:company|firm|startup|start-up|maker|manufacturer|developer|group|lab|studio|chipmaker|carmaker|automaker) )?`;

export const FRONTED_MAKERS_AFTER_ADJUNCTS: readonly RelationPattern[] = [
  // "Developed in Ohio by Qorva Industries, the humanoid robot Vexa MK1 walks", "Built in Texas by Zenco and Qorva, Zeta …": every
  // maker after "by" makes the thing named after the comma.
  { relation: 'develops', id: 'pattern:develops:beh102-fronted-made-where-by', template: `^(?:first |originally |jointly )?T(${MADE}) ${WHERE_OR_WHEN}{1,2}by ${MAKER_NOUN}X , (?:the (?:[a-z0-9-]+ ){0,3})?Y1 (?!'s )`, requires: ['by', ','] },
];
