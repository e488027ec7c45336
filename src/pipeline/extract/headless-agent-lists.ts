import type { RelationPattern } from './relation-patterns';

/**
 * A list of those a named agent acted on, with no kind before the participle: "Those sanctioned by the Japanese Finance Ministry
 * include A, B and C", "Among those blacklisted by the Treasury are A and B", "Also sanctioned by the Foreign Office were A and B".
 * The lists with a kind ("The firms sanctioned by X include …") are read by relation-patterns.ts; here "those" or the fronted
 * participle stands for it. The agent after "by" is the actor, a body with its state before it included ("the US Department of the
 * Treasury" is one name, see government-mentions.ts). Only a plain participle: "those not sanctioned by X", "those once sanctioned by
 * X" give nothing.
 */

/** What may stand between "those" and the participle: a relative clause's start and a time adverb ("those who were newly …"). */
const BEFORE_PARTICIPLE = String.raw`(?:(?:who|that|which) (?:were|are|have been|had been|was|is) )?(?:(?:newly|also|previously|recently|now|formally|already) )?`;
/** When, between the participle and its agent: "sanctioned on Friday by …". */
const WHEN = String.raw`(?:(?:on|this|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month) )?`;
/** The list's verb and what may open it: "include", "are", "include the following:". */
const LISTED = String.raw`(?:include|includes|included|are|were) (?:the following )?(?:: )?`;
/** Participles of restricting, and of banning. */
const RESTRICTED = 'sanctioned|blacklisted|designated|targeted';
const BANNED = 'banned|blocked|barred|prohibited|outlawed';

export const HEADLESS_AGENT_LISTS: readonly RelationPattern[] = [
  // "Those sanctioned by X include A and B", "Among those blacklisted by X are A, B and C".
  { relation: 'restricts', id: 'pattern:restricts:those-by-agent-include', template: `(?:^|among )those ${BEFORE_PARTICIPLE}T(${RESTRICTED}) ${WHEN}by X1 ${LISTED}Y`, stateActor: true, requires: ['those'] },
  { relation: 'banned', id: 'pattern:banned:those-by-agent-include', template: `(?:^|among )those ${BEFORE_PARTICIPLE}T(${BANNED}) ${WHEN}by X1 ${LISTED}Y`, stateActor: true, requires: ['those'] },
  // "Also sanctioned by X were A and B", "Newly designated by X are A and B": the participle fronted, its list after the verb.
  { relation: 'restricts', id: 'pattern:restricts:fronted-by-agent-were', template: `^(?:also |newly |further |likewise )?T(${RESTRICTED}) ${WHEN}by X1 (?:were|are) Y`, stateActor: true, requires: ['by'] },
];
