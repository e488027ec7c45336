import type { RelationPattern } from './relation-patterns';

// Helper bnx93 (stop 93, round 4), from the eighty-ninth fresh sample (set 89's social-media reader: an app vetoed on a body's
// phones, a body's decision to keep an app off federal devices). By the real-dev rules prohibiting an app on government devices
// is `banned` (not `restricts`): a body that vetoes an app's use, or whose decision keeps an app from its devices, bans the app.
// A table of its own, spread at the end of RELATION_PATTERNS (TS2590 there).

/** What a veto takes away: the app's use, installation or download. */
const USE_OF = '(?:the )?(?:use|usage|installation|download|downloading|installing)(?: and (?:use|download|installation))? of (?:the )?(?:(?:[a-z-]+ )?(?:app|apps|application|applications|platform|software) )?';
/** A body's own devices an app is kept from: "federal devices", "government-issued phones", "its staff's laptops". */
const DEVICES = "(?:all |any |the |its |their |our )?(?:[a-z-]+ |@\\d+ 's |@\\d+ ){0,3}(?:devices|device|phones|smartphones|mobiles|handsets|laptops|computers|tablets|networks|systems)(?= |$)";
/** A decision taken back later in the sentence, or still to come: "… was later reversed", "… is expected next month". */
export const DECISION_UNDONE = /^(?:[^;]*? )?(?:overturned|reversed|quashed|struck down|rescinded|lifted|revoked|withdrawn|scrapped|dropped|(?:is|are|was|were) (?:expected|due|likely|scheduled|set to))(?= |$)/;
/** Words before "decision" that make it no decision taken: "a proposed decision", "against the decision", "overturned the decision". */
export const DECISION_NOT_TAKEN = /(?:^| )(?:proposed|possible|potential|planned|expected|pending|future|draft|any|no|against|overturned|overturn|overturns|reversed|reverse|reverses|quashed|quash|challenged|challenge|challenges|challenging|appealed|appeal|appealing|criticised|criticized|blocked|block|rescinded|rescind|considering|weighing|await|awaiting|awaits)(?: (?:the|a|an|this|that|its|their))?(?: [a-z-]+)? $/;
/** Verbs of a body keeping an app off its devices. */
const KEEP_OFF = 'restrict|ban|bar|prohibit|block|remove|exclude';

export const DEVICE_USE_BANS: readonly RelationPattern[] = [
  // "The Commission vetoed the use of Qorva on its phones", "India vetoes the installation of the Qorva app": a body's veto of an
  // app's use bans it (not another's thing, "Qorva's data", nor a vetoed bill: the use of a named thing only).
  { relation: 'banned', id: 'pattern:banned:bnx93-vetoed-use-of', template: `X P AUX T(vetoed|vetoes|veto|vetoing) ${USE_OF}Y`, verb: true, stateActor: true, notFollowedBy: /^(?:\S+ )?'s /, requires: ['use|usage|installation|download|downloading|installing'] },
  // "a decision by Congress to restrict Qorva from federal devices", "the decision by India to remove Qorva from government phones":
  // the deciding body bans the app (not a proposed or an overturned decision, nor one that "would" come).
  { relation: 'banned', id: 'pattern:banned:bnx93-decision-by-body-to-keep-off-devices', template: `decision by (?:the )?X1 to T(${KEEP_OFF}) (?:the )?(?:(?:[a-z-]+ )?(?:app|apps|application|platform|software) )?Y(?:on|from) ${DEVICES}`, stateActor: true, notPrecededBy: DECISION_NOT_TAKEN, notFollowedBy: DECISION_UNDONE, requires: ['decision', 'by'] },
];
