import type { RelationPattern } from './relation-patterns';

// Helper ing98 (stop 98), from real news on feed drugs, food additives and chemicals: a state ends a substance's approval by not
// renewing it ("Ruritania declined to renew the approval of zenoxate", "the Commission decided not to renew the authorisation for
// zetamide") or withdraws the approvals of the goods that hold it ("withdrew the marketing authorisations for all veterinary products
// containing zenomycin"). Either bans the substance, as "revoked its approval of" does (pattern:banned:approval-withdrawn), which
// wanted the substance right after "of". Licences not renewed were read already (NOT_RENEWED in relation-patterns.ts). Only state
// actors; an end only proposed or weighed is left to the status rules.

/** Ways of not renewing: "declined to renew", "decided not to renew", "did not renew". */
const NOT_RENEWING = [
  ...['refused', 'refuses', 'declined', 'declines'].map((v) => `${v} to renew`),
  ...['decided', 'decides', 'chose', 'chooses', 'opted', 'opts', 'voted', 'votes'].map((v) => `${v} not to renew`),
  ...['did', 'does', 'will'].map((v) => `${v} not renew`),
].join('|');

/** An approval's words: "approval", "marketing authorisation", "registration". */
const APPROVALS = '(?:approval|approvals|authori[sz]ation|authori[sz]ations|registration|registrations)';

/** Verbs that take an approval away. */
const WITHDRAWING = 'withdrew|withdraws|withdraw|withdrawing|revoked|revokes|revoke|revoking|rescinded|rescinds|rescind|rescinding|cancelled|canceled|cancels|cancel|suspended|suspends|suspend';

/** Goods that hold a substance: "veterinary medicinal products containing", "feeds that contain". */
const GOODS_HOLDING = '(?:all |any |the )?(?:[a-z-]+ ){0,3}(?:products|drugs|medicines|formulations|feeds|pesticides|preparations) (?:containing|that contain|which contain|with)';

export const APPROVAL_ENDINGS: readonly RelationPattern[] = [
  // "Ruritania declined to renew the approval of zenoxate", "decided not to renew the authorisation for the additive zetamide".
  { relation: 'banned', id: 'pattern:banned:ing98-approval-not-renewed', template: `X P AUX T(${NOT_RENEWING}) (?:the |its |their )?(?:[a-z-]+ ){0,2}${APPROVALS} (?:of|for) (?:the )?(?:[a-z-]+ ){0,2}Y`, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['renew'] },
  // "withdrew the marketing authorisations for all veterinary products containing zenomycin".
  { relation: 'banned', id: 'pattern:banned:ing98-approvals-of-goods-holding', template: `X P AUX T(${WITHDRAWING}) (?:the |its |their |all )?(?:[a-z-]+ ){0,2}${APPROVALS} (?:of|for) ${GOODS_HOLDING} Y`, verb: true, stateActor: true, requires: ['containing|contain|with'] },
];
