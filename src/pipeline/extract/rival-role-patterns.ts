import type { RelationPattern } from './relation-patterns';

/** Ties to a firm that a rivalry may be named beside: "a Zenco customer and competitor". */
const TIE = String.raw`(?:customer|client|supplier|partner|distributor|reseller|licensee|shareholder|investor)`;

/**
 * Helper rvs93 (stop 93, round 4), from set 89's courier, telecom, social and music readers: rivals named through a role noun
 * beside another tie, or as the later items of an appositive list whose items carry their home state. A table of its own, spread
 * at the end of RELATION_PATTERNS (TS2590).
 */
export const RIVALS_IN_ROLES_AND_APPOSED_LISTS: readonly RelationPattern[] = [
  // "Qorva, which is both a Zenco customer and competitor", "Qorva, which is also a Zenco partner and rival": a rival noun coordinated
  // after another tie, the firm's name before the ties, the clause closing there ("a competitor of Borin", "competitor analysis" are
  // no such tie). Only a present or past copula in the clause; not "which was once" (a past
  // rival is none), not "a Zenco customer and partner" (no rival noun), not "would become" (a plan).
  { relation: 'competes_with', id: 'pattern:competes_with:rvs93-which-is-customer-and-rival', template: `Y1 , (?:which|who) (?:is|was|remains|has been) (?:both |also |now |still )*(?:an? )X1 (?:${TIE} (?:and|as well as) |${TIE} , ${TIE} and )(?:an? )?T(competitor|rival)(?=,|\\.|;|$)`, requires: [','] },
  // "Qorva, which is both a Zenco competitor and customer": the rival noun first.
  { relation: 'competes_with', id: 'pattern:competes_with:rvs93-which-is-rival-and-customer', template: `Y1 , (?:which|who) (?:is|was|remains|has been) (?:both |also |now |still )*(?:an? )X1 T(competitor|rival) and (?:an? )?${TIE} (?=,|\\.|;|$)`, requires: [','] },
  // "Zenco's biggest rivals — Borin of Zembla and Qorva — …", "its two main competitors, Borin of Zembla and Qorva of Ruritania, …":
  // a home state after the first item ends the list of names for the trigger, so the later item is found here. The rivals' owner
  // is the possessor; the list closes with a dash, a comma or the sentence's end. Not a former rival (no past word allowed).
  { relation: 'competes_with', id: 'pattern:competes_with:rvs93-apposed-rivals-with-home', template: `(?:^|[^@\\w'] )X1 's (?:(?!(?:former|onetime|one-time|erstwhile|ex|past|previous|once|potential|possible|would-be|future)(?= ))[a-z-]+ ){0,3}T(rivals|competitors) (?:—|–|--|-|,) @\\d+ of @\\d+ (?:, @\\d+ (?:of @\\d+ )?)*and Y1 (?:of @\\d+ )?(?=—|–|--|-|,|\\.|$)`, requires: ['of'] },
  // "ZenMusic, a rival service to Qorvify, Orbit and others": every item of the list after "to" is the apposed thing's rival (the
  // apposed-competing-thing pattern takes one name only). The list must hold two names at least, none of them a possessor's thing.
  { relation: 'competes_with', id: 'pattern:competes_with:rvs93-apposed-rival-to-list', template: `Y1 , (?:an? |the )(?:[a-z-]+ )?T(competitive|competing|rival) (?:[a-z-]+ ){0,2}(?:technology|technologies|product|service|app|platform|alternative|standard|offering|chip|format|system|solution|approach) to (?:the )?(?=@\\d+ (?:,|and|or) @)X(?=,|\\.|;|$|(?:, )?(?:and|or) others|, etc)`, requires: ['to'] },
];
