import type { RelationPattern } from './relation-patterns';

/**
 * Helper ban95 (stop 95, from the ninety-second fresh sample and real import-ban news): a state's ban on another state's goods
 * told in ways the import-ban rules of relation-patterns.ts do not read: the place the goods go into between "imports" and their
 * goods ("will ban imports into the bloc of steel products from Zembla"), "prohibits imports of" a state's goods named by its
 * demonym ("Ruritania prohibits imports of Zemblan gems"), and a gerund of banning after "by" that says how the subject acted
 * ("extended its sanctions by banning the import of gems from Zembla"). Each gives `banned` of the state (stop 92's policy,
 * state-goods-bans.ts). A table of its own, spread last in RELATION_PATTERNS (that literal is at the type checker's limit, TS2590).
 */

/** The ban's verbs; AUX before them reads a plan or a hedge ("plans to ban" is proposed), the verb check keeps nouns out. */
const BAN_VERB_WORDS = 'banned|bans|ban|prohibited|prohibits|prohibit|halted|halts|halt|suspended|suspends|suspend|barred|bars|bar|blocked|blocks|block|stopped|stops|stop';
/** Gerunds of a ban after "by": how the subject acted. */
const BAN_GERUNDS = 'banning|prohibiting|halting|suspending|barring|blocking|outlawing';
/** Up to six words of the goods after "of", none "from" nor a name, a clause's comma or a stop. */
const GOODS_OF = String.raw`(?:of (?:(?!from )[^\s@.,;:]+ ){1,6})?`;
/** Where the goods come from: "from", "originating in", "made in". */
const FROM_STATE = '(?:from|originating (?:in|from)|made in|produced in)';
/** A ban undone or only weighed, said before the act: "lifted …", "is considering …", "threatened to …" (as region-import-bans.ts). */
const UNMADE_BEFORE = /(?:^| )(?:lifted|lifts|lift|eased|eases|ended|ends|scrapped|considering|considers|considered|weighing|weighs|mulling|mulls|threatened|threatens|threaten|proposed|proposes|propose|plans|planned|plan|would|could|might|may|if|unless|whether|not|never|no longer|urged|urges|called on|called for|asked|wants|want|sought|seeks)(?: [a-z-]+){0,3} $/;
/** After the state: "'s" makes it a possessor ("from Zembla 's plants"), "by" or "to" a place of another role. */
const NOT_A_SOURCE_AFTER = /^(?:'s|by|to) /;
/** Between the subject and "by banning": the clause's own words, no name (another name would be the one acting), no clause break. */
const OWN_CLAUSE_WORDS = String.raw`(?:(?:[a-z-]+|its@\d+|their@\d+) ){1,6}`;

export const GOODS_BAN_PHRASINGS: readonly RelationPattern[] = [
  // "will ban imports into the EU of key steel products from Zembla", "banned imports into the country of rice from Qorvia".
  { relation: 'banned', id: 'pattern:banned:ban95-imports-into-place-from-state', template: `X P AUX T(${BAN_VERB_WORDS}) (?:the |all |any |further |new )?(?:imports|import|importation) into (?:the )?(?:@\\d+|[a-z-]+) ${GOODS_OF}${FROM_STATE} Y`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: NOT_A_SOURCE_AFTER, requires: ['into'] },
  // "Ruritania prohibits imports of Zemblan gems", "outlawed the import of Zemblan steel": the state by its demonym right after
  // "imports of" (government-mentions.ts reads it only before goods, not people: "imports of Zemblan workers").
  { relation: 'banned', id: 'pattern:banned:ban95-prohibited-imports-of-state-goods', template: `X P AUX T(prohibited|prohibits|prohibit|outlawed|outlaws|outlaw) (?:the |all |any |further )?(?:imports|import|importation) of (?:all )?Y1 (?!'s )(?=[a-z][a-z-]* )`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE },
  // "extended its sanctions regime by banning the import of gems from Zembla": the gerund after "by" says how the subject acted.
  { relation: 'banned', id: 'pattern:banned:ban95-by-banning-imports-from-state', template: `X P AUX ${OWN_CLAUSE_WORDS}by T(${BAN_GERUNDS}) (?:the |all |any |further |new )?(?:(?!(?:on|of|to|for|from|its|their|and|or|the)\\b)[a-z-]+ ){0,2}(?:imports|import|importation) ${GOODS_OF}${FROM_STATE} Y`, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: NOT_A_SOURCE_AFTER, requires: ['by'] },
  // "the leaders of the bloc agreed to impose a ban on Zemblan gems": a ban agreed on is laid (a plan or a hedge before "agreed" is
  // read by AUX and UNMADE_BEFORE).
  { relation: 'banned', id: 'pattern:banned:ban95-agreed-to-impose-ban-on-state-goods', template: `X P AUX (?:agreed|agrees) to (?:impose|introduce|place|enforce|adopt) (?:a |an )?(?:[a-z-]+ )?T(ban|halt|suspension|moratorium|prohibition|embargo) on (?:(?:the )?(?:imports|import|importation) of )?(?:all )?Y1 (?!'s )(?=[a-z][a-z-]* )`, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['agreed|agrees'] },
];

/** The ids above: each may take a state as the target of `banned` (state-goods-bans.ts). */
export const GOODS_BAN_PHRASING_RULES: readonly string[] = GOODS_BAN_PHRASINGS.map((p) => p.id!);
