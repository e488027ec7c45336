import type { RelationPattern } from './relation-patterns';

/**
 * Helper beh102 (stop 101), from launch headlines: a firm that takes on its rivals, named or not, "with" a named thing brings its
 * own thing to the fight ("Zenco takes on rivals with Zenco Hub, a cloud service", "Zenco takes aim at Qorva with the Zeta phone").
 * Not another firm ("with partner Vexa": a company is kept out), nor another's thing ("with Vexa's help"). A table of its own,
 * spread at the end of RELATION_PATTERNS.
 */

/** Verbs of setting out against rivals. */
const TAKING_ON = 'takes on|took on|take on|taking on|takes aim at|took aim at|take aim at|taking aim at|challenges|challenged|challenging';
/** Who is taken on: rivals left unnamed ("its bigger rivals", "the competition") or one or two named firms. */
const OPPONENTS = String.raw`(?:(?:its |their |the |its@\d+ )?(?:(?:bigger|larger|established|entrenched|older|big|tech|industry|market) )?(?:rivals|competitors|competition|incumbents|giants)|(?:rivals? )?@\d+(?: (?:and|&) @\d+)?)`;

/**
 * After the name: a deal or aid named by the thing bought or the firm that helps is no thing made ("with its Vexa acquisition", "with
 * Qorva funding"), as relation-patterns.ts's DEAL_NOT_THING_MADE (not imported: this table is read while that module still loads).
 */
const DEAL_OR_AID_AFTER = /^(?:acquisition|deal|takeover|purchase|partnership|alliance|stake|investment|merger|tie-up|backing|buyout|funding|money|help|support)(?= |$)/;

export const MEANS_AGAINST_RIVALS: readonly RelationPattern[] = [
  // "Zenco takes on rivals with Zenco Hub", "Zenco took on Qorva and Vexa with its new Zeta phone".
  { relation: 'develops', id: 'pattern:develops:beh102-takes-on-rivals-with', template: `X1 P AUX T(${TAKING_ON}) ${OPPONENTS} with (?:its |their |its@\\d+ |a |an |the )?(?:(?:new|latest|own|upgraded|revamped|cheaper|free) )*Y1 (?!'s )`, notFollowedBy: DEAL_OR_AID_AFTER, targetNotType: 'company', requires: ['with'] },
];
