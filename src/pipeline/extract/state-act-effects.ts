import type { RelationPattern } from './relation-patterns';

// Helper ban94 (stop 94), from the misses of stop 93's fresh samples (sets 88 and 89) that still failed at a4a39a9, read against
// real news on halted vaccines, blocked apps and withdrawn film licences: a state halting the use of goods named after their kind
// ("halted the use of the vaccines Zeta and Vela"); a thing unavailable in a state because its government blocked it ("Zeta has
// been unavailable in Ruritania since the government ordered providers to block it"); a state body rescinding the permit that
// would have let a title be shown (the plainer "withdrew the licence of Zeta" was read already). Only state actors:
// a hospital halting a vaccine, a studio withdrawing a distributor's licence or an app its maker pulled is no state's ban.
// A table of its own, spread at the end of RELATION_PATTERNS (TS2590 there).

/** Kinds of goods named before their names: "the vaccine Zeta", "the app Zeta". */
const GOODS_KIND = 'vaccine|jab|shot|drug|medicine|medication|pill|treatment|pesticide|herbicide|weedkiller|additive|sweetener|app|application|device|film|movie';
/** The same kinds in the plural: "the vaccines Zeta and Vela", "two flu vaccines, Zeta and Vela". */
const GOODS_KINDS = 'vaccines|jabs|shots|drugs|medicines|medications|pills|treatments|pesticides|herbicides|weedkillers|additives|sweeteners|apps|applications|devices|films|movies';
/** What a halted use names: "the use of", "the sale and use of". */
const USE_NOUNS = '(?:use|usage|administration|distribution|sale|sales|rollout|roll-out)(?: and (?:use|sale|sales|distribution|administration))?';
/** Words between "the use of" and the kind: an amount ("12 million doses of"), a number or one or two modifiers ("two flu"), no preposition. */
const BEFORE_KIND = '(?:(?:over |more than |about |nearly |almost |some )?(?:[0-9][0-9.,]*|two|three|four|five|six|several|some|thousands|millions) (?:million |thousand |hundred )?(?:doses|batches|lots|vials|units|shipments|packs) of )?(?:the |its |a |an |two |three |four |five |both |all )?(?:(?!(?:of|from|by|for|in|on|to|with|and|or)(?= ))[a-z0-9-]+ ){0,2}?';
/** A name that is no halted good: a maker or seller after a bare kind ("drugs Zenco makes"), or a speaker ("…, Zenco said"). */
const NOT_THE_GOOD_AFTER = /^ ?(?:makes|make|made|sells|sell|sold|produces|produce|produced|supplies|supply|supplied|imports|import|ships|ship|said|says|told|tells|added|adds|reported|reports|announced|announces|noted|notes|wrote|writes)(?= |$)/;
/** A maker or seller after a bare plural kind: "drugs Zenco makes". */
const MADE_BY_AFTER = /^ ?(?:makes|make|made|sells|sell|sold|produces|produce|produced|supplies|supply|supplied|imports|import|ships|ship)(?= |$)/;
/** A halt undone or still to come later in the sentence: "…, a halt later lifted". */
const HALT_UNDONE = /^(?:[^;]*? )?(?:lifted|reversed|overturned|rescinded|resumed|ended)(?= |$)/;

/** A state named as where others act: "Doctors in Ruritania halted …", "hospitals across Ruritania". */
const PLACE_OF_OTHERS_BEFORE = /(?:^| )(?:in|at|across|throughout|from|of) (?:the )?$/;

/** Copulas of a state of being unavailable: "is", "has been", "remains". */
const BE_NOW = '(?:is|are|was|were|has been|have been|had been|remains|remain|remained|became|has become|have become)';
/** Being out of reach there: "unavailable", "no longer accessible". */
const UNAVAILABLE = 'unavailable|inaccessible|not available|no longer available|not accessible|no longer accessible';
/** The state's own organs, named without a state before them after "since" or "after". */
const STATE_ORGANS = "(?:the |its |their |the country 's )?(?:(?:local|national|federal|central|communist|military) )?(?:government|governments|authorities|regulator|regulators|censor|censors|ministry|state|telecoms regulator|internet regulator|media regulator)";
/** A blocking act: "banned it", "ordered providers to block it", "moved to block it". */
const BLOCKING_ACT = '(?:had |has |have )?(?:banned|blocked|barred|outlawed|prohibited|suspended|moved to (?:ban|block)|began blocking|started blocking|ordered (?:[a-z-]+ |@\\d+ ){0,4}?(?:to )?(?:block|blocked|ban|banned|remove|removed|suspend|suspended|shut down))(?= |$)';
/** A blocking act told as a noun: "since a government ban", "after the authorities' order to block it". */
const BLOCKING_NOUN = "(?:a |an |the )?(?:government|state|official|nationwide|court|regulatory|authorities') (?:ban|block|blocking|order|crackdown)(?= |$)";
/** A thing's kind before its name: "the messaging app Zeta". */
const THING_KIND = '(?:the )?(?:(?:[a-z-]+ )?(?:app|apps|service|services|site|website|websites|platform|platforms|messenger|network|film|movie|game|channel) )?';
/** The states where a thing is out of reach, as mentions: "in Ruritania", "in the country" resolved, "in A and B". */
const PLACES = '(?:the )?@\\d+ (?:(?:, |and |, and )@\\d+ )*';
/** A block lifted ("… until the ban was lifted"), or one of another thing ("since the government blocked Qorva"). */
const BLOCK_LIFTED = /^(?:[^;]*? )?(?:lifted|reversed|overturned|rescinded|until)(?= |$)|^ (?:access to |the |its |their )?(?:[a-z-]+ )?@\d+/;

/** Verbs of a licence taken back. */
const WITHDRAW_VERBS = 'withdrew|withdrawn|withdraws|withdraw|withdrawing|revoked|revokes|revoke|revoking|rescinded|rescinds|rescind|rescinding|cancelled|canceled|cancels|cancel|cancelling|canceling|annulled|annuls|annul|annulling';
/** Licences a title needs to be shown (not an export or trade licence, which restricts). */
const TITLE_LICENCES = '(?:(?:exhibition|distribution|screening|release|broadcast|broadcasting|operating|business|sales|marketing|censor|censorship) )?(?:licence|license|permit|certificate|certification|registration)';
/** A title's kind before its name: "the film Zeta", "the satire Zeta". */
const TITLE_KIND = '(?:(?:[a-z-]+ )?(?:film|movie|series|show|documentary|picture|drama|satire|comedy|play|book|game|app|channel|newspaper) )?';
/** What a permit would have let a title do: "to be shown", "to be screened", "to operate". */
const SHOWN = '(?:to )?(?:be )?(?:shown|screened|released|sold|distributed|broadcast|aired|published|operate)(?= |$)';
/** A licence withdrawal undone later in the sentence. */
const WITHDRAWAL_UNDONE = /^(?:'s |(?:[^;]*? )?(?:overturned|reversed|quashed|set aside|struck down|restored|reinstated)(?= |$))/;

export const STATE_ACT_EFFECTS: readonly RelationPattern[] = [
  // "Ruritania halted the use of the vaccines Zeta and Vela", "suspended the use of two flu vaccines, Zeta and Vela": a state's
  // halt of goods named after their kind bans each (not a hospital's or a maker's own halt, not another's thing after "'s", nor a
  // halt lifted later in the sentence).
  { relation: 'banned', id: 'pattern:banned:ban94-halted-use-of-kind-named', template: `X P AUX T(halted|halts|halt|stopped|stops|stop|paused|pauses|pause|suspended|suspends|suspend|banned|bans|ban) (?:the )?(?:temporary )?${USE_NOUNS} of ${BEFORE_KIND}(?:${GOODS_KIND}) Y1 `, verb: true, stateActor: true, notPrecededBy: PLACE_OF_OTHERS_BEFORE, notFollowedBy: new RegExp(`^(?:(?:\\S+ )?'s |${HALT_UNDONE.source.slice(1)}|${NOT_THE_GOOD_AFTER.source.slice(1)})`), requires: ['use|usage|administration|distribution|sale|sales|rollout|roll-out'] },
  // The plural kind before a list: not a maker after a bare kind ("drugs Zenco makes"); a speaker after a comma is read as such.
  { relation: 'banned', id: 'pattern:banned:ban94-halted-use-of-kinds-named', template: `X P AUX T(halted|halts|halt|stopped|stops|stop|paused|pauses|pause|suspended|suspends|suspend|banned|bans|ban) (?:the )?(?:temporary )?${USE_NOUNS} of ${BEFORE_KIND}(?:${GOODS_KINDS}) (?:, (?=(?:the )?@\\d+ (?:, (?:the )?@\\d+ )*(?:, )?(?:and|or) ))?Y`, verb: true, stateActor: true, notPrecededBy: PLACE_OF_OTHERS_BEFORE, notFollowedBy: new RegExp(`^(?:(?:\\S+ )?'s |${HALT_UNDONE.source.slice(1)}|${MADE_BY_AFTER.source.slice(1)})`), targetNotType: 'government', requires: ['use|usage|administration|distribution|sale|sales|rollout|roll-out'] },
  // "Zeta has been unavailable in Ruritania since the government ordered providers to block it", "Zeta is not available in A and B
  // after the authorities banned it": each state named, whose organs blocked the thing there, bans it. Not a maker's own pulling
  // ("since Zenco withdrew it"), a cause that is no block ("after an outage"), nor a block lifted ("until the ban was lifted").
  { relation: 'banned', id: 'pattern:banned:ban94-unavailable-in-state-since-blocked', template: `(?:^|, |; |'s )${THING_KIND}Y ${BE_NOW} (?:now |still |currently |effectively |largely )?T(${UNAVAILABLE}) in X (?:(?:[a-z0-9-]+ ){0,2}?)(?:since|after|because|following|when) ${STATE_ORGANS} ${BLOCKING_ACT}`, stateActor: true, targetNotType: 'government', notFollowedBy: BLOCK_LIFTED, requires: ['in'] },
  { relation: 'banned', id: 'pattern:banned:ban94-unavailable-in-state-since-ban', template: `(?:^|, |; |'s )${THING_KIND}Y ${BE_NOW} (?:now |still |currently |effectively |largely )?T(${UNAVAILABLE}) in X (?:(?:[a-z0-9-]+ ){0,2}?)(?:since|after|because of|following|due to) ${BLOCKING_NOUN}`, stateActor: true, targetNotType: 'government', notFollowedBy: BLOCK_LIFTED, requires: ['in'] },
  // "… since the government blocked it", where "the government" is read as the state named before (or "the Ruritanian government"):
  // that organ is the actor (a state's organ only: "since Zenco pulled it" is the maker's own act).
  { relation: 'banned', id: 'pattern:banned:ban94-unavailable-since-organ-blocked', template: `(?:^|, |; |'s )${THING_KIND}Y ${BE_NOW} (?:now |still |currently |effectively |largely )?T(${UNAVAILABLE}) in ${PLACES}(?:(?:[a-z0-9-]+ ){0,2}?)(?:since|after|because|following|when) X1 ${BLOCKING_ACT}`, stateActor: true, targetNotType: 'government', notFollowedBy: BLOCK_LIFTED, requires: ['in'] },
  { relation: 'banned', id: 'pattern:banned:ban94-unavailable-since-organs-ban', template: `(?:^|, |; |'s )${THING_KIND}Y ${BE_NOW} (?:now |still |currently |effectively |largely )?T(${UNAVAILABLE}) in ${PLACES}(?:(?:[a-z0-9-]+ ){0,2}?)(?:since|after|because of|following|due to) X1 's (?:[a-z-]+ )?(?:ban|block|blocking|order|crackdown)(?= |$)`, stateActor: true, targetNotType: 'government', notFollowedBy: BLOCK_LIFTED, requires: ['in'] },
  // "Ruritania said it was rescinding the permit that would have allowed Zeta to be shown": the permit's title is banned.
  { relation: 'banned', id: 'pattern:banned:ban94-rescinded-permit-that-allowed', template: `X P AUX T(${WITHDRAW_VERBS}) (?:the |its |their )?${TITLE_LICENCES} (?:that|which) (?:would have |had |has )?(?:allowed|let|permitted|enabled) (?:the )?${TITLE_KIND}Y1 ${SHOWN}`, verb: true, stateActor: true, notFollowedBy: WITHDRAWAL_UNDONE, requires: ['licence|license|permit|certificate|certification|registration'] },
];
