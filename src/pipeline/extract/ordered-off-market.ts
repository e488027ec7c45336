import type { RelationPattern } from './relation-patterns';

/**
 * Helper exc101 (stop 101): a regulator that orders a product "off the market" or "off store shelves" bans it ("the FDA ordered
 * the Zembra vape off the market", "ordering Zenco's e-cigarettes off shelves": the maker whose products are ordered off is
 * banned too). The store-pull shapes (state-made-store-pulls.ts) want a party told to act; this one names none. States only
 * (stateActor): a retailer ordering stock off its own shelves bans nothing. A table of its own, spread at the end of
 * RELATION_PATTERNS.
 */

/** The order's verb forms. */
const ORDER_WORDS = 'ordered|orders|order|ordering';

/** Describing words before the product's name: "the Zembra vape", "e-cigarette maker Zenco's". */
const THING_BEFORE = String.raw`(?:the |all |a |an )?(?:(?!(?:of|by|from|for|about|on|in|to|its|their) )[a-z-]+ ){0,2}`;

/** What follows the name before "off": "'s products", "vapes", "'s e-cigarettes and pods". */
const THING_AFTER = String.raw`(?:'s )?(?:(?!off )[a-z-]+ ){0,3}`;

/** Where the product is ordered off: the market, store shelves, retail shelves. */
const MARKET = String.raw`off (?:the |store |retail |u\.s\. |us |its |their )?(?:[a-z-]+ )?(?:market|markets|shelves)(?= |$)`;

export const ORDERED_OFF_MARKET: readonly RelationPattern[] = [
  // "The FDA ordered the Zembra vape off the market", "is ordering Zenco's e-cigarettes off store shelves".
  { relation: 'banned', id: 'pattern:banned:exc101-ordered-off-market', template: `X P AUX T(${ORDER_WORDS}) ${THING_BEFORE}Y ${THING_AFTER}${MARKET}`, verb: true, stateActor: true, requires: ['off', 'market|markets|shelves'] },
];
