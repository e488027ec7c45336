import type { RelationPattern } from './relation-patterns';

/**
 * Helper ord2to95 (stop 95), from real news on states blocking apps and social networks: a state's ban is often told as an order to
 * the bodies that carry it out ("instructed the telecom authority to deactivate access to 26 platforms, including A, B and C").
 * The state that orders bans what access is cut to; the authority, carriers or providers ordered ban nothing. The verb "deactivate"
 * and a place after the platforms ("26 platforms operating in Ruritania, including …") were not read. A table of its own, spread at
 * the end of RELATION_PATTERNS (TS2590).
 */

/** Verbs of an order given to those who carry it out. */
const ORDER_VERBS = 'ordered|orders|told|tells|directed|directs|instructed|instructs|commanded|commands';

/** Who carries out a blocking order: a telecom authority or regulator, carriers, providers (or a name: "ordered @3 to block …"). */
const CARRIERS_OUT = String.raw`(?:(?:the |all |its |the country's |local )?(?:[a-z-]+ ){0,3}(?:authority|regulator|watchdog|providers|operators|carriers|isps|telcos|telecoms|companies|firms)|(?:the )?@\d+(?: (?:and|,) (?:the )?@\d+)*)`;

/** Ways of cutting access: "deactivate", "disable", "block", "restrict", "cut off". */
const ACCESS_CUTS = 'deactivate|disable|block|restrict|suspend|cut off|shut off|shut down';

/** The kinds a list of blocked services is counted as: "26 unregistered platforms", "several apps". */
const BLOCKED_KINDS = 'platforms|apps|applications|sites|websites|services|networks|messengers';

/** An owner glued before the first name of the list ("including Zenco-owned Zapp", written "@1 - owned @2"): the owner is not blocked. */
const OWNER_PREFIX = String.raw`@\d+ - (?:owned|backed|run|controlled) `;
/** The name is an owner or a possessor, not what is blocked: "Meta-owned Facebook", "Zenco's app". */
const OWNER_GLUED_NEXT = /^ ?(?:'s |- [a-z])/;

export const ORDERED_ACCESS_CUT_PATTERNS: readonly RelationPattern[] = [
  // "Ruritania's ministry instructed the telecom authority to deactivate access to 26 platforms operating in Ruritania, including Zeta
  // and Vela": the state that orders bans them (not "access to its own app": only names, and a state acts).
  { relation: 'banned', id: 'pattern:banned:ord2to95-ordered-access-cut', template: `X P AUX T(${ORDER_VERBS}) ${CARRIERS_OUT} (?:, )?to (?:immediately )?(?:${ACCESS_CUTS}) (?:public |user |users' )?access to (?:the )?(?:(?:[a-z0-9-]+ ){0,3}(?:${BLOCKED_KINDS})(?: (?:operating|registered|based|available) in (?:the )?@\\d+)? (?:, )?(?:including|like|such as|namely) )?(?:${OWNER_PREFIX})?Y`, verb: true, stateActor: true, notFollowedBy: OWNER_GLUED_NEXT, requires: ['access'] },
  // Helper apl100 (stop 99): the order named by a noun, its list of blocked services after "including" or in brackets. "Ruritania's
  // regulator confirmed to Qorva News that the order targets several apps (including Zeta, Vexa and Lumo)", "Ruritania's ban covers
  // 12 services such as Zeta and Vexa": the state giving the order (the clause's subject, or the order's possessor) bans each.
  { relation: 'banned', id: 'pattern:banned:apl100-order-targets-list', template: `X1 (?:A6 )?(?:that )?(?:the|its|this|their) (?:new |latest |blocking |removal |court )?(?:order|ban|block|directive|decision|blacklist|ruling) (?:also )?T(targets|covers|affects|applies to|includes|extends to|names|lists) (?:(?:several|multiple|many|some|at least|more than|over|about|nearly|around|\\d+|[a-z]+ dozen) )*(?:[a-z0-9-]+ ){0,3}(?:${BLOCKED_KINDS}|exchanges|providers|games) (?:\\( )?(?:, )?(?:including|like|such as|namely) Y`, stateActor: true, notFollowedBy: OWNER_GLUED_NEXT, requires: ['order|ban|block|directive|decision|blacklist|ruling'] },
  { relation: 'banned', id: 'pattern:banned:apl100-possessed-order-targets-list', template: `POSS (?:new |latest |blocking |removal |court )?(?:order|ban|block|directive|decision|blacklist|ruling) (?:also )?T(targets|covers|affects|applies to|includes|extends to|names|lists) (?:(?:several|multiple|many|some|at least|more than|over|about|nearly|around|\\d+|[a-z]+ dozen) )*(?:[a-z0-9-]+ ){0,3}(?:${BLOCKED_KINDS}|exchanges|providers|games) (?:\\( )?(?:, )?(?:including|like|such as|namely) Y`, stateActor: true, notFollowedBy: OWNER_GLUED_NEXT, requires: ["'s|its"] },
];
