import type { RelationPattern } from './relation-patterns';

// Helper rst94 (stop 94), from fresh sample s91c and real antitrust news: a body's stopping of a merger told as a noun ("its
// prohibition of the merger between Zenco and Qorva", "the prohibition decision of the Authority on the merger between Zenco and
// Qorva"). A blocked merger restricts both parties; the ban noun's own reading is dropped for deals (trigger-relations.ts). A table
// of its own, spread at the end of RELATION_PATTERNS (TS2590 there).

/** The nouns of a body stopping a deal. */
const STOPPING_NOUNS = 'prohibition|veto|blocking';
/** A merger's nouns ("a deal" only with its parties next). */
const MERGER = '(?:merger|mergers|combination|tie-up|joint venture|(?:deal|transaction)(?= (?:between|of) ))';
/** Up to two words before a merger's noun, none that opens another phrase ("the proposed", "a $5 billion"). */
const BEFORE_MERGER = '(?:the |a |an )?(?:(?!to |on |of |for |with |by )[a-z$0-9.-]+ ){0,2}';
/** Words that describe a party before its name ("rail firms"), none of a clause. */
const KIND = '(?:(?!(?:by|of|from|with|and|or|to|for|in|on|at|including|like|such|between|which|that)(?= ))[a-z-]+ ){0,3}';
/** Before the noun, words that only wish, ask for, weigh or undo the act. */
const NOT_DONE_BEFORE = /(?:^| )(?:recommend|recommends|recommended|recommending|urge|urges|urged|urging|proposed|propose|proposes|possible|potential|considering|considers|weighing|seek|seeks|sought|seeking|lifted|lifts|lift|overturned|overturns|quashed|quashes|annulled|annuls|revoked|revokes|reversed|reverses|set aside|sets aside|struck down|strikes down|could|may|might|would) (?:the |a |an )?(?:@\d+ 's |its@\d+ |its |their )?(?:[a-z-]+ )?$/;
/** After the deal's parties, words that undo the act ("… was overturned", "… was lifted"). */
const UNDONE_AFTER = /^(?:[a-z-]+ ){0,3}(?:was|were|has been|had been|is|have been) (?:later |since |then |now )?(?:overturned|lifted|quashed|annulled|revoked|reversed|set aside|struck down|withdrawn|dropped)/;

/** A word that undoes, weighs or asks for an act, or names another actor's ruling, between a body and "its prohibition". */
const UNDOING_WORD = '(?:lift|lifts|lifted|lifting|overturn|overturns|overturned|quash|quashes|quashed|annul|annuls|annulled|revoke|revokes|revoked|reverse|reverses|reversed|withdraw|withdrew|withdrawn|drop|drops|dropped|scrap|scraps|scrapped|consider|considers|considering|weigh|weighs|weighing|propose|proposes|proposed|recommend|recommends|recommended|could|may|might|would|court|tribunal|judge|not|never|no)(?= )';

export const REGULATOR_ACT_NOUNS: readonly RelationPattern[] = [
  // "the Commission's prohibition of the merger between Zenco and Qorva", "its veto of the proposed tie-up of Zenco and Qorva".
  { relation: 'restricts', id: 'pattern:restricts:rst94-possessed-prohibition-of-merger', template: `POSS (?:[a-z-]+ ){0,2}T(${STOPPING_NOUNS}) of ${BEFORE_MERGER}${MERGER} (?:of|between) (?:the )?(?:two )?${KIND}Y`, stateActor: true, notPrecededBy: NOT_DONE_BEFORE, notFollowedBy: UNDONE_AFTER, requires: ['of'] },
  // "the prohibition decision of the Authority on the merger between Zenco and Qorva": the body after the decision, the deal after "on".
  { relation: 'restricts', id: 'pattern:restricts:rst94-prohibition-decision-of-body-on-merger', template: `(?:the |a )?(?:merger )?T(${STOPPING_NOUNS}) (?:decision|ruling|order) (?:of|by) (?:the )?X1 (?:on|against|regarding|concerning) ${BEFORE_MERGER}${MERGER} (?:of|between) (?:the )?(?:two )?${KIND}Y`, stateActor: true, notPrecededBy: NOT_DONE_BEFORE, notFollowedBy: UNDONE_AFTER, requires: ['decision|ruling|order'] },
  // "The Commission released a statement on its prohibition of the merger between Zenco and Qorva": "its" is the body that speaks.
  // No word that undoes, weighs or asks for the act between them ("lifted its prohibition", "said a court quashed its prohibition").
  { relation: 'restricts', id: 'pattern:restricts:rst94-body-on-its-prohibition-of-merger', template: `X1 P AUX (?:(?!${UNDOING_WORD})[^@\\s,;]+ ){1,8}?its (?:[a-z-]+ ){0,1}T(${STOPPING_NOUNS}) of ${BEFORE_MERGER}${MERGER} (?:of|between) (?:the )?(?:two )?${KIND}Y`, stateActor: true, notFollowedBy: UNDONE_AFTER, requires: ['its'] },
];
