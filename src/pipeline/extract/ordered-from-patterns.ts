import type { RelationPattern } from './relation-patterns';

/**
 * Helper ord95 (stop 95), from real news on orders of locomotives, trains, turbines and engines: a model ordered "from" a firm is
 * that firm's, with qualifiers between the model and its kind ("ordered 20 Vela 12 electric locomotives from Zenco", "an order for
 * 12 Vela 12 six-car trains from Zenco"), which the "Y kind from X" pattern (one kind word right after the name) missed.
 * Only an order: "bought", "leased" or "took over" goods from a firm may name a seller, a lessor or a former owner. The firm
 * follows "from" bare (not "from leasing firm Zenco", not "from Zenco's plant"). A table of its own, spread at the end of
 * RELATION_PATTERNS (TS2590).
 */

/** A count: "20", "1,000", "two" to "fifty", perhaps after "up to", "a further", "another". */
const COUNT = String.raw`(?:up to |a further |an additional |another )?(?:[0-9][0-9,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)`;

/** Plural kinds of vehicle and equipment that orders count (as ordered-goods-names.ts). */
const ORDERED_KINDS = 'buses|coaches|trains|trainsets|trams|locomotives|railcars|emus|dmus|turbines|modules|engines|trucks|tractors|vans|jets|aircraft|airliners|planes|helicopters|ships|vessels|ferries|tankers|scanners|satellites';

/** Up to three lower-case qualifiers between the model and its kind: "electric", "dual-mode", "six-car" (no preposition or article). */
const QUALIFIERS = String.raw`(?:(?!(?:from|for|and|or|of|to|with|by|in|at|on|the|a|an)(?= ))[a-z0-9][a-z0-9-]* ){0,3}`;

export const ORDERED_FROM_PATTERNS: readonly RelationPattern[] = [
  // "Lumo Cargo ordered 20 Vela 12 electric locomotives from Zenco", "placed an order for 15 Vela AC and Vela MS locomotives from
  // Zenco" (a list when both names are typed): the firm the goods are ordered from makes them.
  { relation: 'develops', id: 'pattern:develops:ord95-ordered-from', template: `T(ordered|orders|order|ordering) (?:(?:for|of) )?${COUNT} (?:(?:more|new|of the|of its) )?Y ${QUALIFIERS}(?:${ORDERED_KINDS}) from (?:the )?X1 (?!'s )`, requires: ['from'], indexBy: ['ordered', 'orders', 'order', 'ordering'] },
  // "Zenco announced purchase orders totalling 70 Vela-HD engines from its customer Qorva": an order from the firm's own customer is
  // one the firm supplies (not "from its supplier Qorva", nor a bare "from Qorva": buyers announce their orders too).
  { relation: 'develops', id: 'pattern:develops:ord95-orders-from-its-customer', template: `X1 P AUX T(announced|announces|received|receives|won|wins|secured|secures|booked|books|landed|lands) (?:(?!(?:for|of|from|to|with)(?= ))[a-z-]+ ){0,3}orders? (?:for|of|totalling|totaling|covering) ${COUNT} (?:(?:more|new|of the|of its) )?Y1 ${QUALIFIERS}(?:(?:${ORDERED_KINDS}) )?from (?:its|their) (?:[a-z-]+ )?(?:customer|customers|client|clients) `, requires: ['from'], indexBy: ['customer', 'customers', 'client', 'clients'] },
];
