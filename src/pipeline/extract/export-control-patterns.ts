import type { RelationPattern } from './relation-patterns';

// Helper exc93 (stop 93, round 4), from the eighty-ninth fresh sample (set 89's chip reader): export controls and import curbs told as
// nouns, the state only a modifier of the measure ("Ruritanian export controls", "US rules", "customs checks"). The active "… export
// controls block Zenco's Z5" is read by the verb trigger (measure-subjects.ts); these are the other shapes. A table of its own, spread at
// the end of RELATION_PATTERNS: one more literal there overflows the type checker (TS2590).

/** A trade measure's name after its state: "export controls", "chip rules", "trade restrictions", "sanctions". */
const MEASURE = '(?:(?:export|trade|chip|technology|tech|semiconductor) )?(?:controls|control|curbs|restrictions|sanctions|rules|regulations)';
/** Words describing the measure before its state: "the current US export controls", "tighter American rules". */
const MEASURE_DESCRIBERS = '(?:(?:new|current|existing|latest|tighter|tougher|stricter|expanded|sweeping|updated) )?';
/** A gap with no name, hedge or negation in it: "… was blocked (from sale in Zembla) under …". */
const PLAIN_GAP = '(?:(?!(?:not|never|no|if|unless|would|could|may|might)(?= ))[a-z0-9-]+ ){0,4}';

export const EXPORT_CONTROLS_AS_NOUNS: readonly RelationPattern[] = [
  // "The Z9 was blocked under Ruritanian export controls", "Zenco's Z5D is now restricted under US chip rules": what a state's measure
  // held back restricts it (export controls restrict the product lines named: docs/constructions.md). Not what a maker's goods came
  // "from" ("the chip from Zenco was blocked" is the chip's, not Zenco's); not "was not blocked", "could be blocked" (no aux for it).
  { relation: 'restricts', id: 'pattern:restricts:exc93-held-under-controls', template: `Y1 (?:is|are|was|were|has been|have been|had been|remains|remain|remained) (?:now |also |effectively |already |still |then )?T(blocked|barred|restricted|banned|stopped|caught|held up|halted) ${PLAIN_GAP}under (?:the )?${MEASURE_DESCRIBERS}X1 (?:'s )?${MEASURE}(?= |$)`, requires: ['under'], stateActor: true, notPrecededBy: /(?:^| )(?:from|by|of|for|with|than|and|or|,) $/ },
  // "Ruritanian rules that limit Zembla's access to chips", "US export controls restrict China's ability to buy Zenco chips": the state
  // whose access a measure limits is restricted by the measure's state (a buyer kept from buying: trigger:buyer). Only a state's access:
  // "limit Zenco's access to Zembla's market" is a market rule on a firm, left to the readers of market access.
  { relation: 'restricts', id: 'pattern:restricts:exc93-measure-limits-access', template: `(?:the )?${MEASURE_DESCRIBERS}X1 (?:'s )?${MEASURE} (?:(?:that|which) )?(?:now |also |further |effectively |already |still |sharply |severely )?T(limit|limits|limited|restrict|restricts|restricted|curb|curbs|curbed|cut|cuts|block|blocks|blocked|choke|chokes|choked|deny|denies|denied) (?:the )?Y1 's (?:access to|ability to (?:buy|obtain|acquire|import|get)) `, targetType: 'government', stateActor: true },
  // "Zembla tightens customs checks on Zenco GPUs", "stepped up customs inspections of imports of Zenco chips", "ramped up inspections
  // on imports of Zenco's chips": a state's closer checks on a firm's goods at its border are an import curb on the firm (restricts:
  // not a ban, the goods may still pass). Checks with no border word only on imports or shipments: "inspections of Zenco's plants"
  // are a regulator's, no curb.
  { relation: 'restricts', id: 'pattern:restricts:exc93-customs-checks-on', template: `X1 AUX T(tightened|tightens|tighten|tightening|stepped up|steps up|step up|stepping up|intensified|intensifies|intensify|ramped up|ramps up|ramp up|stepped-up|increased|increases|imposed|imposes|introduced|introduces) (?:its |their |the )?(?:(?:strict|stricter|tighter|tougher|new|more) )?(?:(?:customs|border|import|port) (?:checks|inspections|scrutiny|controls) (?:on|of) (?:imports of |shipments of |the )?|(?:checks|inspections|scrutiny) (?:on|of) (?:imports|shipments) of (?:the )?)Y1`, requires: ['checks|inspections|scrutiny|controls'], stateActor: true, verb: true, targetNotType: 'government' },
];
