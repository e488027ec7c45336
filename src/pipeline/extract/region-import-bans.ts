import type { RelationPattern } from './relation-patterns';
import { NOT_GOODS_HEADS, STATE_FARM_GOODS } from './cue-words';

/**
 * Helper imp93 (stop 93): a state's import ban on another state or on its regions told without "imports from" right after the
 * verb: goods and a place ("halted log timber from Zembla and Borduria", "has stopped the import of all timber from the Zemblan
 * state of Ostria"), a suspension announced ("announced a suspension of log imports from Ostria"), regions listed after their
 * federation ("from the Zemblan states of A and B", "from Zembla's A and B"), a standfirst bullet naming the regions alone
 * ("banned A, B and C between October and December") and a headline's "more" ("bans more Zemblan timber"). Each named state or
 * region is banned (stop 92's policy, state-goods-bans.ts); the federation a region is only placed in is not. A table of its own,
 * spread last in RELATION_PATTERNS (that literal is at the type checker's limit, TS2590).
 */

/** Goods a state's import ban names before "from" a place: farm goods, timber and goods in general. */
const BANNED_GOODS = [...STATE_FARM_GOODS, 'log', 'lumber', 'wood', 'hardwood', 'softwood', 'goods', 'products', 'produce', 'foodstuffs', 'cargoes', 'consignments'].join('|');
/** Up to two words before the goods ("log timber", "all raw timber"), none a preposition or a possessive that makes them another's. */
const GOODS_WORDS_BEFORE = String.raw`(?:(?!(?:on|of|to|for|from|its|their|his|her|our|own|and|or|the|by|with)\b)[a-z-]+ ){0,2}`;
/** The act's object: goods, the import, export or shipments of goods, or imports told with their goods before them. */
const GOODS_OBJECT = String.raw`(?:(?:the |all |any |further |more )?(?:import|imports|importation|export|exports|shipments|shipment|entry) of (?:all |any )?${GOODS_WORDS_BEFORE}(?:${BANNED_GOODS})|(?:all |any |further |more )?${GOODS_WORDS_BEFORE}(?:${BANNED_GOODS}))(?: imports| shipments)?`;
/**
 * Before a region's name, its federation or where in it: "the Zemblan states of", "Zembla's", "some Zemblan states including",
 * "northeast". The regions are the targets: the federation only places them.
 */
const REGION_PLACE = String.raw`(?:(?:the )?(?:@\d+|[a-z]+) (?:states?|provinces?|regions?|territories|territory|prefectures?) of |@\d+ 's |(?:some |two |three |four |several )?(?:of )?(?:the )?(?:@\d+|[a-z]+) (?:states|provinces|regions|territories) (?:including|such as|like) |(?:northern|southern|eastern|western|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central|coastal) )`;
const REGION_BEFORE = `${REGION_PLACE}?`;
/** The ban's verbs, made (no "will", no "plans to": AUX does not hold them as a plan's mark, the verb check keeps them out of noun use). */
const HALT_VERB_WORDS = 'halted|halts|halt|stopped|stops|suspended|suspends|banned|bans|barred|bars|blocked|blocks|prohibited|prohibits';
/** A ban undone or only weighed, said before the act: "lifted …", "is considering …", "threatened to …". */
const UNMADE_BEFORE = /(?:^| )(?:lifted|lifts|lift|eased|eases|ended|ends|scrapped|considering|considers|considered|weighing|weighs|mulling|mulls|threatened|threatens|threaten|proposed|proposes|propose|plans|planned|plan|would|could|might|may|if|unless|whether|not|never|no longer|urged|urges|called on|asked|wants|want|sought|seeks)(?: [a-z-]+){0,3} $/;
/** A ban said undone later in the sentence: "…, but the ban was lifted in May", "…, then resumed them". */
const UNDONE_LATER = String.raw`^(?:[^.;]{0,80} )?(?:(?:was|were|has been|have been|had been|is|are) (?:since |later |then |now |subsequently )*(?:lifted|eased|removed|dropped|scrapped|revoked|rescinded|overturned|withdrawn|reversed)|(?:then|later|but|before) (?:[a-z]+ly )?(?:lifted|lifting|eased|resumed|resuming|restored|restoring|reversed|scrapped|reinstated|reinstating))(?= |$)`;
/** After the target: "'s" makes it a possessor ("from Zenco 's plants"), "by" or "to" a place of another role; or the ban undone later. */
const NOT_A_PLACE_AFTER = new RegExp(`^(?:'s|by|to) |${UNDONE_LATER}`);
/** A time after a standfirst's bare list: "between October and December", "from Monday", "since late October", "as of 11 November". */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const TIME_AFTER = String.raw`(?=(?:between|from|since|in|on|as of|until|starting|effective|last|this) (?:late |early |mid-|mid )?(?:the )?(?:[0-9]{1,2} )?(?:${MONTHS}|[0-9]{4}|week|month|year)(?= |$))`;

/** For speed only: what every match of imp93-halted-goods-from-region spells, the goods and where they come from (sentenceHolds). */
const GOODS_FROM_REGION = new RegExp(`(?:${BANNED_GOODS})(?: imports| shipments)? (?:from|originating (?:in|from)|grown in|felled in|harvested in|produced in) `);

export const REGION_IMPORT_BANS: readonly RelationPattern[] = [
  // "halted log timber from Zembla and Borduria", "has stopped the import of all timber from the Zemblan state of Ostria", "the bloc
  // banned the export of wood from Borduria", "suspended timber shipments from some Zemblan states including A and B". Goods from a
  // place only: "banned Zenco from …" has no goods; a firm after "from" is no state (targetType).
  { relation: 'banned', id: 'pattern:banned:imp93-halted-goods-from-region', template: `X P AUX T(${HALT_VERB_WORDS}) ${GOODS_OBJECT} (?:from|originating (?:in|from)|grown in|felled in|harvested in|produced in) ${REGION_BEFORE}Y`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: NOT_A_PLACE_AFTER, requires: ['from|in'], sentenceHolds: GOODS_FROM_REGION },
  // "halted timber imports from northeast Ostria state", "has suspended imports of timber from Zembla's A and B": the region's
  // federation or quarter before it, which halted-imports-from-state does not read.
  { relation: 'banned', id: 'pattern:banned:imp93-halted-imports-from-region', template: `X P AUX T(${HALT_VERB_WORDS}) (?:the |all |any |further |more )?${GOODS_WORDS_BEFORE}(?:imports|import|importation|shipments) (?:of (?:(?!from )[a-z0-9-]+ ){1,4})?from ${REGION_PLACE}`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: NOT_A_PLACE_AFTER, requires: ['from'] },
  // "announced a suspension of log imports from A and B", "imposed a ban on timber from the Zemblan state of A": a made ban as a
  // noun after its announcing verb. Not "proposed a ban", not "called for a ban" (no such verb here), not one lifted.
  { relation: 'banned', id: 'pattern:banned:imp93-announced-suspension-of-imports-from', template: `X P AUX (?:announced|announces|imposed|imposes|introduced|introduces|ordered|orders|enforced|enforces|placed|places|slapped|slaps|declared|declares) (?:a |an )?(?:temporary |total |blanket |full |complete |outright |new |immediate )?T(ban|halt|suspension|moratorium|prohibition) (?:on|of) (?:${GOODS_OBJECT}|(?:the |all )?${GOODS_WORDS_BEFORE}(?:imports|import|importation|shipments)(?: of (?:(?!from )[a-z0-9-]+ ){1,4})?) from ${REGION_BEFORE}Y`, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: NOT_A_PLACE_AFTER, requires: ['from'] },
  // A standfirst bullet or a recap naming the banned regions alone, dated: "banned A, B, C and D between October and December",
  // "halted A and B from Wednesday". The date holds it to a trade act; a bare "banned Zembla" stays unread, and "suspended" is left
  // out: a bloc suspending a member state ("suspended Borduria in 2012") takes away its seat, not its goods.
  { relation: 'banned', id: 'pattern:banned:imp93-banned-regions-dated', template: `X P AUX T(banned|bans|halted|halts) Y ${TIME_AFTER}`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: new RegExp(UNDONE_LATER) },
  // Headlines: "Ruritania bans more Zemblan timber", "suspends more Zembla timber imports", "halts further Zemblan coal": the state
  // named by its demonym or its name before the goods (government-mentions.ts reads the demonym after "more" as after "all").
  { relation: 'banned', id: 'pattern:banned:imp93-bans-more-state-goods', template: `X P AUX T(halted|halts|halt|suspended|suspends|suspend|banned|bans|ban|blocked|blocks|block) (?:more|further) Y1 (?=(?:[a-z-]+ )?(?:${BANNED_GOODS})(?! (?:${NOT_GOODS_HEADS.join('|')})(?= |$))(?= |$))`, verb: true, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: new RegExp(UNDONE_LATER) },
  // Helper imp93, s87b's card networks: a network that stops handling a named bank's transactions or cards bans the bank, as
  // "stopped processing payments for" does; here the banks follow a count ("with two banks, A and B") or cards "issued by" them.
  // ("cut off A" alone stays trigger:verb's restriction: the catalogue's readers split on it.) Not a plan ("will stop"), not one
  // resumed, not the network's own product ("stopped handling its Zeta cards" names no bank after "issued by" or a count).
  { relation: 'banned', id: 'pattern:banned:imp93-stopped-handling-named-banks', template: `X P AUX T(stopped|stops|halted|halts|suspended|suspends|ceased|ceases) (?:handling|processing|servicing|supporting|clearing|accepting) (?:all |any |the )?(?:[a-z-]+ )?(?:(?:transactions|payments|transfers) (?:with|for|of|from|involving) (?:(?:two|three|four|five|six|seven|eight|several|[0-9]+) (?:[a-z-]+ )?(?:banks|lenders) (?:, |: |– |— )|the (?:[a-z-]+ )?(?:banks?|lenders?) )|cards (?:issued|offered) by (?:(?:two|three|four|five|six|seven|eight|several|[0-9]+) (?:[a-z-]+ )?(?:banks|lenders) (?:, |: |– |— )|the (?:[a-z-]+ )?(?:banks?|lenders?) )?)Y`, verb: true, targetNotType: 'government', notPrecededBy: UNMADE_BEFORE, notFollowedBy: new RegExp(`^(?:'s|by) |${UNDONE_LATER}`), indexBy: ['transactions', 'payments', 'transfers', 'cards'] },
];

/**
 * An export ban's reach told through a state's list (restricts each listed state, s87d): "The ban will apply to countries on
 * Zembla's list, which includes A and B". Not a ban proposed or weighed, nor a list of states spared ("exemption list", "friendly list").
 */
export const EXPORT_BAN_LIST_REACH: readonly RelationPattern[] = [
  { relation: 'restricts', id: 'pattern:restricts:imp93-ban-applies-to-states-on-list', template: `T(ban|bans|embargo|prohibition|restrictions|measures) (?:will |now |also |shall )*(?:apply|applies|applied) to (?:all |the )*(?:countries|states|nations|jurisdictions) (?:on|in) X1 's (?:(?!(?:exemption|exemptions|exempt|exempted|exception|exceptions|friendly|allowed|approved|white|safe|trusted|partner|partners|allied|preferred)(?= ))[a-z-]+ ){0,2}list (?:, )?(?:which|that) (?:includes|included|include|comprises|comprised|covers|covered|names|named) Y`, stateActor: true, targetType: 'government', notPrecededBy: /(?:^| )(?:proposed|planned|possible|potential|mooted|draft|threatened|would-be|any) $/, requires: ['list'] },
];

/** The state rules above (not the card networks'): each may take a state as the target of `banned` (state-goods-bans.ts). */
export const REGION_IMPORT_BAN_RULES: readonly string[] = REGION_IMPORT_BANS.filter((p) => p.targetNotType !== 'government').map((p) => p.id!);
