import type { RelationPattern } from './relation-patterns';

/**
 * Helper imp96 (stop 96, from the ninety-third fresh sample and real food-safety and drug import news): a state body's ban on a
 * firm's goods told through the plant they come from, where the verb rules read it ("banned imports from a plant operated by Zenco")
 * but the ban's nouns did not: "imposed an import alert, effectively a ban, on the Vela plant operated by drugmaker Zenco", "placed a
 * ban on imported drugs from a factory run by Zembla's largest drugmaker, Zenco", "imposed an import alert on Zenco's Vela plant".
 * Also the later member of plants set off after their count ("from two plants, a unit of Zenco in Vela and a plant of Qorva in Lumo").
 * Each gives `banned` of the firm. A table of its own, spread last in RELATION_PATTERNS (that literal is at the type checker's limit, TS2590).
 */

/** A firm's sites whose goods a ban stops. */
const PLANTS = 'plant|plants|facility|facilities|factory|factories|slaughterhouse|slaughterhouses|abattoir|abattoirs|mill|mills|unit|units|site|sites';
/** The nouns of a ban laid on a firm's goods at the border: an import alert is one (listing-phrases.ts, BAN_LISTS). */
const BAN_NOUNS = 'import alert|import ban|ban|halt|suspension|embargo|moratorium|prohibition';
/** The verbs that lay the ban; "lifted", "eased", "sought", "proposed" are not among them. */
const LAYING_VERBS = 'imposed|imposes|impose|imposing|placed|places|place|slapped|slaps|slap|issued|issues|issue|put|puts|enforced|enforces|enforce|ordered|orders';
/** "effectively a ban", set off after the noun: what the alert amounts to. */
const SET_OFF_GLOSS = String.raw`(?:, (?:effectively|in effect|in practice) an? (?:[a-z-]+ )?(?:ban|halt|embargo) , )?`;
/** A state's unnamed bodies after its name: "U.S. health regulators have placed …" (the state acts through them). */
const STATE_BODIES = String.raw`(?:(?:health|food|drug|drugs|safety|customs|trade|federal|national|veterinary|agriculture|agricultural) ){0,2}(?:regulators|authorities|officials|inspectors) `;
/** The firm's description before its name: "Indian generic drugmaker Zenco", "Zembla's largest pharmaceutical company, Zenco". */
const FIRM_NOUNS = 'company|companies|firm|firms|drugmaker|drugmakers|maker|makers|manufacturer|manufacturers|producer|producers|meatpacker|meatpackers|processor|processors|exporter|exporters|group|giant|supplier|suppliers';
const DESCRIBED = String.raw`(?:(?:the )?(?:@\d+ 's )?(?:[a-z-]+ ){0,3}(?:${FIRM_NOUNS}) (?:, )?)?`;
/** Where the plant is: "in (northern) Zembla", "in the Vela region". */
const PLANT_PLACE = String.raw`(?:in (?:the )?(?:(?:northern|southern|eastern|western|central|north|south|east|west) )?@\d+ )?`;
/** The goods before the plant: "on imported drugs from a factory", "on imports of beef from the plant", "on the" (no name, no clause break). */
const GOODS_FROM = String.raw`(?:(?:the |all )?(?:(?!(?:by|to|for|over|after|amid|and|or|but|its|their)\b)[a-z-]+ ){0,4}from )?`;
/** Which plant: "the", "a", "one of its", "two". */
const WHICH_PLANT = String.raw`(?:(?:a|an|the|one|two|three|four|five|several|some|all) )?(?:of (?:the|its|their) )?`;
/** For speed only: what every match of the plant-ban template spells, a plant's noun, maybe its place, then its owner's link (sentenceHolds). */
const PLANT_THEN_OWNER = /(?:plants?|facility|facilities|factory|factories|slaughterhouses?|abattoirs?|mills?|units?|sites?) (?:in (?:\S+ ){1,3})?(?:operated by|owned by|run by|of) /;
/** A ban undone or only weighed before the act (as goods-ban-phrasings.ts). */
const UNMADE_BEFORE = /(?:^| )(?:lifted|lifts|lift|eased|eases|ended|ends|scrapped|removed|considering|considers|considered|weighing|weighs|threatened|threatens|threaten|urged|urges|called on|called for|asked|wants|sought|seeks)(?: [a-z-]+){0,3} $/;
/** The import-ban verbs: halting, suspending, banning or blocking. */
const HALT_VERBS = 'halted|halts|halt|halting|stopped|stops|stop|stopping|suspended|suspends|suspend|suspending|banned|bans|ban|banning|blocked|blocks|block|blocking';
/** What is imported: "imports", "shipments", "purchases" of goods, after up to two words ("beef imports"). */
const IMPORTS = String.raw`(?:the |all |any |further |new )?(?:(?!(?:on|of|to|for|from|its|their|and|or|the)\b)[a-z-]+ ){0,2}(?:imports|import|shipments|purchases) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?from`;

export const PLANT_IMPORT_BANS: readonly RelationPattern[] = [
  // "imposed an import alert, effectively a ban, on the Vela plant operated by Indian generic drugmaker Zenco", "placed a ban on
  // imported drugs from a factory run by Zembla's largest drugmaker, Zenco", "… on the Vela plant of Zenco": the plant's operator is banned.
  { relation: 'banned', id: 'pattern:banned:imp96-ban-noun-on-plant-run-by-firm', template: `X (?:${STATE_BODIES})?AUX (?:${LAYING_VERBS}) (?:a |an )?(?:temporary |total |blanket |full |complete |outright |new |formal )?T(${BAN_NOUNS}) ${SET_OFF_GLOSS}on ${GOODS_FROM}${WHICH_PLANT}(?:@\\d+ )?(?:[a-z-]+ )?(?:${PLANTS}) ${PLANT_PLACE}(?:(?:operated|owned|run) by|of) ${DESCRIBED}Y`, stateActor: true, targetNotType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: /^'s /, requires: ['by|of'], sentenceHolds: PLANT_THEN_OWNER },
  // "imposed an import alert on Zenco", "slapped an import ban on Zenco's Vela plant": the alert's own noun, on the firm or its plant.
  { relation: 'banned', id: 'pattern:banned:imp96-import-alert-on-firm', template: `X (?:${STATE_BODIES})?AUX (?:${LAYING_VERBS}) (?:a |an )?(?:temporary |new |formal )?T(import alert|import ban) ${SET_OFF_GLOSS}on (?:the )?Y1 (?=(?:'s (?:@\\d+ )?(?:[a-z-]+ )?(?:${PLANTS})|[,.;:)]|over|after|for|amid|due|because|following|citing|in|on|last|this|earlier)(?: |$))`, stateActor: true, targetNotType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['alert|ban'], sentenceHolds: / import (?:alert|ban) / },
  // "suspended imports from two meat plants, a poultry unit of Zenco in Vela and a beef plant of Qorva in Lumo": the later member.
  { relation: 'banned', id: 'pattern:banned:imp96-halted-imports-from-later-plant-of-firm', template: `X P AUX T(${HALT_VERBS}) ${IMPORTS} (?:[0-9]+|two|three|four|five|six|several) (?:[a-z-]+ )?(?:${PLANTS}) , (?:a|an|one) (?:[a-z-]+ )?(?:${PLANTS}) of @\\d+ ${PLANT_PLACE}(?:, )?and (?:a|an|one) (?:[a-z-]+ )?(?:${PLANTS}) of Y1 (?!'s )`, verb: true, stateActor: true, targetNotType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['from', 'of', 'and'] },
  // "the regulator rejected snack imports made by Zenco", "refused shipments of spices from Zenco", "rejected batches from firms such
  // as Zenco, Qorva and Lumo", "detained shipments from Zenco": a border refusal of a firm's goods bans them (fresh sample s93a,
  // food agencies' import refusals). Not a firm's refusal (a state body acts), nor a bid or an offer rejected (no goods' noun).
  { relation: 'banned', id: 'pattern:banned:imp96-refused-imports-from-firm', template: `X P AUX T(rejected|rejects|reject|rejecting|refused|refuses|refuse|refusing|detained|detains|detain|detaining) (?:entry (?:of|to) )?(?:the |all |any |some |several |[0-9]+ |dozens of |hundreds of )?(?:(?!(?:of|from|by|to|for|on|and|or)\\b)[a-z-]+ ){0,2}(?:imports|import|shipments|shipment|batches|batch|consignments|consignment|cargoes|cargo) (?:of (?:(?!(?:from|by)\\b)[a-z0-9-]+ ){1,4})?(?:(?:made|produced|manufactured|packed|processed|shipped|exported|supplied) by|from) (?:(?:firms|companies|manufacturers|makers|producers|exporters|suppliers|processors) (?:such as|like|including) )?Y`, verb: true, stateActor: true, targetNotType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: /^'s /, requires: ['by|from'] },
  // "halted imports from the state-owned Zenco": the owner's word before the firm (the import-ban rules read the firm's name alone).
  { relation: 'banned', id: 'pattern:banned:imp96-halted-imports-from-owned-firm', template: `X P AUX T(${HALT_VERBS}) ${IMPORTS} the (?:state-owned|state-run|government-owned|government-run|family-owned|privately owned|privately held|partly state-owned|majority state-owned) Y1 (?!'s )`, verb: true, stateActor: true, targetNotType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['from'] },
  // The headline "Ruritania bans chocolate from Zembla's Zenco", "halted imports of sweets from Zembla's Zenco": the goods of a firm a
  // state's possessive only places (fresh sample s93a): the firm is banned, not its state (the state-goods rules stop before "'s").
  { relation: 'banned', id: 'pattern:banned:imp96-banned-goods-from-states-firm', template: `X P AUX T(${HALT_VERBS}|prohibited|prohibits|prohibit|barred|bars|bar) (?:the |all |any |further )?(?:(?!(?:on|of|to|for|from|its|their|and|or|the)\\b)[a-z-]+ ){1,3}(?:of (?:(?!from )[a-z-]+ ){1,3})?from @\\d+ 's (?:(?!(?:rival|rivals|competitor|competitors|partner|partners|customer|customers|client|clients|supplier|suppliers|buyer|buyers)\\b)[a-z-]+ ){0,2}Y1 (?!'s )`, verb: true, stateActor: true, targetNotType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['from', "'s"] },
];

/**
 * After a state's demonym read as goods' origin ("banned imports of Zemblan …"): a firm's description and its name, "Zemblan candy
 * giant Zenco's products", where the demonym only describes the firm, which is banned, not the state (fresh sample s93a).
 */
export const FIRM_DESCRIBED_AFTER_STATE = /^(?:[a-z-]+ ){0,3}(?:giant|maker|makers|company|firm|group|producer|manufacturer|drugmaker|conglomerate|brand|chain|exporter|supplier|startup|start-up) (?:, )?@\d+ /;
