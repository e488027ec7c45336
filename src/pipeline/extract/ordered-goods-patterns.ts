import type { RelationPattern } from './relation-patterns';

/**
 * Helper dvo95 (stop 95), from set 92's readers (s92d, s92e) and real news on orders of trains, buses, fuel-cell modules and
 * wind turbines: the firm that receives, wins or is awarded an order or a contract for counted goods supplies them, "Zenco has
 * received a purchase order from Qorva Bus for 25 of the new ZX-HD modules", "Zenco was awarded a contract for 40 Vela NG buses".
 * The buyer, who places or awards the order, makes nothing; an order the firm placed, announced or hopes to win states no maker.
 * The goods are counted, or named as supplied ("the supply of"), and no other noun's "of" or "for" stands between ("an order for
 * the maintenance of 20 Zeta trains" makes nothing). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** What the order's receiver did: received, won, secured or landed it, or was awarded it (not "awarded", the buyer's act). */
const RECEIVED = 'received|receives|won|wins|secured|secures|landed|lands|bagged|bags|booked|books|clinched|clinches|been awarded|was awarded|were awarded|is awarded';

/** Words before the order's noun: "a new", "its largest ever", "a follow-on purchase", "a €135m" (no "with", "for", "of" or "from"). */
const ORDER_WORDS = String.raw`(?:(?!(?:with|for|of|from|to|by|and|or)(?= ))(?:price @\d+|[^ @]+) ){0,5}?`;

/** The buyer after "from" (perhaps described, perhaps bracketed): "from Italian operator Zeta Rail (ZR)", "from its customer Vexa". */
const FROM_BUYER = String.raw`(?:from (?:the |its |a |an )?(?:(?!(?:for|of|to|with)(?= ))[a-z-]+ ){0,3}@\d+ (?:\( [^()]{1,40} \) )?(?:(?:, |and |, and )@\d+ )*(?:, (?:a |an |the )?(?:[^ ,;:.@]+ ){1,8}, )?)?`;

/**
 * The counted goods: "for 25 of the new 70 kilowatt heavy-duty", "for 12 battery-electric , 60-foot articulated", "for the supply
 * of 100": a count (or "the supply of"), then qualifiers with no other noun's "of" or "for" between.
 */
const COUNTED = String.raw`(?:for|covering|totalling|totaling) (?:the (?:supply|delivery|manufacture|production) of (?:up to )?(?:[0-9][0-9,.]* )?(?:the )?|(?:up to |an additional |a further |another )?(?:[0-9][0-9,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty) (?:of (?:the|its) )?)(?:(?!(?:for|of|from|to|by|with|and|or)(?= ))[a-z0-9][a-z0-9,.-]* (?:, )?){0,5}`;

/**
 * Before goods and "by": a firm awarded, given or picked for an order in the passive, whose agent after "by" is the buyer, no maker
 * ("Zenco was awarded a contract for 30 Vela buses by Lumo Transit"). For relation-patterns.ts's "Zeta buses by Zenco".
 */
export const AWARDED_PASSIVE_BEFORE = /(?:^| )(?:was|were|been|being|is|are|be|get|gets|got) (?:\S+ )?(?:awarded|granted|given|handed|commissioned|contracted|selected|chosen|picked|tasked) (?:\S+ ){0,12}$/;

export const ORDERED_GOODS_PATTERNS: readonly RelationPattern[] = [
  // "Zenco received an order from Qorva Bus for 25 ZX-HD modules", "Zenco has won a €135m contract for 23 Vela trains", "Zenco was
  // awarded a contract for 40 Vela NG buses": the order's receiver supplies the goods.
  { relation: 'develops', id: 'pattern:develops:dvo95-order-received-for', template: `X1 P AUX T(${RECEIVED}) (?:an? |the |its |their |another |a further |a new )?${ORDER_WORDS}(?:orders?|contracts?) ${FROM_BUYER}${COUNTED}Y1 `, targetType: 'product', requires: ['for|covering|totalling|totaling'], indexBy: ['order', 'orders', 'contract', 'contracts'] },
  // "Lumo Transit has awarded Qorva's Zenco subsidiary a contract for 12 battery-electric, 60-foot Vela NG buses": the awardee
  // supplies them (the supply patterns' "awarded Zenco a contract for" reads no more than three qualifiers and no comma).
  { relation: 'develops', id: 'pattern:develops:dvo95-awarded-contract-for', template: `T(awarded|awards|award|awarding) (?:its |their |@\\d+ (?:'s )?)?(?:(?!(?:a|an|the|its|their|to|for|and|or)(?= ))[^\\s@,;:.()]+ ){0,2}X1 (?:subsidiary |unit |division )?(?:an? |the |another |a further |a new )?${ORDER_WORDS}(?:orders?|contracts?) ${COUNTED}Y1 `, targetType: 'product', requires: ['for'] },
];
