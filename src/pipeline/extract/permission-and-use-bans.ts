import type { RelationPattern } from './relation-patterns';

// Helper pln93 (stop 93, round 2), from the eighty-eighth fresh sample (set 88: a county council refusing a data-centre builder
// planning permission; a health authority's decision to halt the use of two flu vaccines; a state banning the registration of
// another state's vaccines). By the catalogue a permission or a licence a public body denies a firm bans the firm ("denied Zenco's
// request for permission to launch"): planning permission is the leave a builder needs to build there, so its refusal is the same
// block. A decision to halt a thing's use, told as a noun, is the body's ban of it as "halted the use of" is. The registration of
// goods is the leave to sell them, so a state banning the registration or use of another state's goods bans that state (README
// "Since stop 92", state-goods-bans.ts). A table of its own, spread at the end of RELATION_PATTERNS (TS2590 there).

/** Verbs of a permission refused. */
const REFUSE_VERBS = 'refused|refuses|refuse|denied|denies|deny|rejected|rejects|reject|turned down|turns down|turn down';
/** The permission a builder needs: "planning permission", "outline planning permission", "building consent". */
const BUILD_LEAVE = '(?:(?:outline|full|retrospective|final) )?(?:planning|building|construction|development) (?:permission|permissions|permit|permits|consent|approval)';
/** What a refused firm's application or plan asks to do: "plans to build a data centre". */
const BUILD_VERBS = 'build|construct|develop|erect|expand|extend';
/** A refusal undone later in the sentence: "…, a decision later overturned on appeal". */
const REFUSAL_UNDONE = /^(?:[^;]*? )?(?:overturned|overturn|overturns|reversed|quashed|set aside|struck down)(?= |$)/;
/** Another's thing after the name ("to Zenco's partner Qorva"), or a refusal undone later in the sentence. */
const NOT_REFUSED_FIRM_AFTER = new RegExp(`^'s |${REFUSAL_UNDONE.source.slice(1)}`);

/** What is halted in a decision: a thing's use, sale or giving out. */
const USE_NOUNS = '(?:use|usage|sale|sales|administration|distribution|rollout|roll-out)(?: and (?:use|sale|sales|distribution|administration))?';
/** Words between the halted things and the comma before the speaker; not a hedge, a lifting or a criticism of the decision. */
const DECISION_REST = String.raw`(?:(?!(?:would|could|will|may|might|should|if|unless|reversed|overturned|lifted|rescinded|revoked|withdrawn|criticised|criticized|questioned|not)(?= ))(?:[a-z0-9-]+|@\d+|,) ){0,12}?`;
/** A decision to halt things' use: "the decision to halt the use of Zeta and Vela". */
const HALT_DECISION = `(?:the |its |their |this |that |our )?(?:(?:recent|precautionary|temporary|latest|earlier) )?decision to T(halt|stop|suspend|pause|ban|withdraw) (?:the )?${USE_NOUNS} of (?:the )?Y`;
/** Verbs of speaking after the speaker: "the Health Authority said". */
const SAID = 'said|says|announced|announces|stated|states|explained|explains|added|adds|noted|notes|confirmed|confirms';

/** Goods whose registration or use a state bans: its vaccines, medicines, drugs or goods. */
const REGISTERED_GOODS = 'vaccines|vaccine|medicines|medicine|drugs|drug|medical products|pharmaceuticals|goods|products';
/** Participles of making after a state's adjective or before "in Zembla": "Zemblan-made", "developed and manufactured in". */
const MADE_WORDS = 'made|developed|produced|manufactured';
/** The ban's verbs on registration or use. */
const BAN_VERBS = 'banned|bans|ban|banning|prohibited|prohibits|prohibit|prohibiting|barred|bars|bar|barring|outlawed|outlaws|outlaw|halted|halts|halt|halting|suspended|suspends|suspend|suspending';
/** What a ban on a state's goods takes away: "the registration of", "the registration and use of a". */
const REGISTRATION_OF = '(?:the )?(?:registration|use|certification|approval)(?: and (?:use|sale|import|registration|distribution))? of (?:all |any )?(?:the |a |an )?';
/** The goods after a state's "-made" word: "Zemblan-made vaccines". */
const STATE_MADE_GOODS = `Y1 (?:(?:-|- )?(?:${MADE_WORDS}) )?(?:(?!(?:and|or|of|to|in|from|by|for)\\b)[a-z-]+ )?(?:${REGISTERED_GOODS})(?= |$)`;

export const PERMISSION_AND_USE_BANS: readonly RelationPattern[] = [
  // "Zembla County Council has refused planning permission to Zenco Ireland for a new data centre": the builder refused (not a
  // grant, "may refuse", an urged refusal, a refusal overturned later in the sentence, nor another's partner after the name).
  { relation: 'banned', id: 'pattern:banned:pln93-refused-planning-permission-to', template: `X P AUX T(${REFUSE_VERBS}) ${BUILD_LEAVE} to (?:the )?Y `, verb: true, stateActor: true, targetType: 'company', notFollowedBy: NOT_REFUSED_FIRM_AFTER, requires: ['to'] },
  // "… has refused Zenco Ireland planning permission for a new data centre", "denied Zenco permission to build a plant".
  { relation: 'banned', id: 'pattern:banned:pln93-refused-firm-planning-permission', template: `X P AUX T(${REFUSE_VERBS}) (?:the )?Y1 (?:${BUILD_LEAVE}|(?:the )?permission to (?:${BUILD_VERBS}))(?= |$)`, verb: true, stateActor: true, targetType: 'company', notFollowedBy: REFUSAL_UNDONE, requires: ['permission|permissions|permit|permits|consent|approval'] },
  // "… refused Zenco's planning application", "rejected Zenco's plans to build a data centre": the builder's application refused.
  { relation: 'banned', id: 'pattern:banned:pln93-refused-firms-planning-application', template: `X P AUX T(${REFUSE_VERBS}) (?:the )?Y1 's (?:(?:outline|full|latest|revised|new|second|amended) )*(?:planning (?:application|applications|bid|request)|(?:plans?|application|applications|bid|proposal|proposals) to (?:${BUILD_VERBS}))(?= |$)`, verb: true, stateActor: true, targetType: 'company', notFollowedBy: REFUSAL_UNDONE, requires: ["'s"] },
  // "Zenco Ireland was refused planning permission by the council": the passive with its agent.
  { relation: 'banned', id: 'pattern:banned:pln93-was-refused-planning-permission-by', template: `Y1 (?:had |has |have |was |were )*(?:been )?T(refused|denied) ${BUILD_LEAVE} (?:[a-z0-9-]+ ){0,6}?by (?:the )?X1`, stateActor: true, targetType: 'company', notFollowedBy: REFUSAL_UNDONE, requires: ['by'] },
  // "The decision to halt the use of Zeta and Vela was precautionary, the Health Authority said": the speaking body's ban of each.
  // Not "any decision to halt …", a decision that "would" come, one lifted or criticised, nor a firm's own (a state body only).
  { relation: 'banned', id: 'pattern:banned:pln93-decision-to-halt-use-said', template: `(?:^|, |; )${HALT_DECISION} ${DECISION_REST}, (?:${SAID}) X1 `, stateActor: true, requires: ['decision'] },
  { relation: 'banned', id: 'pattern:banned:pln93-decision-to-halt-use-body-said', template: `(?:^|, |; )${HALT_DECISION} ${DECISION_REST}, X1 (?:${SAID})(?= |$)`, stateActor: true, requires: ['decision'] },
  // "The Health Authority said the decision to halt the use of Zeta was a precaution", "the Authority's decision to suspend the use
  // of Zeta", "announced its decision to stop the sale of Zeta".
  { relation: 'banned', id: 'pattern:banned:pln93-body-decision-to-halt-use', template: `X1 (?:(?:${SAID}) (?:that )?(?:the |its |their )|'s |(?:announced|announces|confirmed|confirms|explained|explains|defended|defends) (?:the |its |their ))(?:(?:recent|precautionary|temporary|latest|earlier) )?decision to T(halt|stop|suspend|pause|ban|withdraw) (?:the )?${USE_NOUNS} of (?:the )?Y`, stateActor: true, notFollowedBy: /^(?:'s |(?:[a-z0-9-]+ |@\d+ ){0,8}(?:would|could|will|may|might|should|was reversed|was overturned|was lifted|was rescinded)(?= ))/, requires: ['decision'] },
  // "banned the registration of Zemblan-made vaccines", "has banned the use of a Zemblan-developed vaccine": the state whose goods
  // they are (state-goods-bans.ts).
  { relation: 'banned', id: 'pattern:banned:pln93-banned-registration-of-state-goods', template: `X P AUX T(${BAN_VERBS}) ${REGISTRATION_OF}${STATE_MADE_GOODS}`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s |by )/, requires: ['registration|use|certification|approval'] },
  // "Ruritania's prime minister signed a decree banning the registration of Zemblan-made vaccines": the state's decree.
  { relation: 'banned', id: 'pattern:banned:pln93-decree-banning-registration-of-state-goods', template: `X1 (?:'s (?:[a-z-]+ ){1,3})?(?:has |have |had )?(?:signed|signs|issued|issues|adopted|adopts|enacted|enacts) (?:a |an |the )?(?:[a-z-]+ )?(?:decree|order|resolution|law) T(banning|prohibiting|suspending|barring) ${REGISTRATION_OF}${STATE_MADE_GOODS}`, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s |by )/, requires: ['registration|use|certification|approval'] },
  // "banned registration of vaccines developed and manufactured in Zembla".
  { relation: 'banned', id: 'pattern:banned:pln93-banned-registration-of-goods-made-in-state', template: `X P AUX T(${BAN_VERBS}) ${REGISTRATION_OF}(?:[a-z-]+ ){0,2}(?:${REGISTERED_GOODS}) (?:(?:that|which) (?:are |were )?)?(?:${MADE_WORDS})(?: (?:and|or) (?:${MADE_WORDS}))? in (?:the )?Y1`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: /^(?:'s |by )/, requires: ['registration|use|certification|approval', 'in'] },
];
