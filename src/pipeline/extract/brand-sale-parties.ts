import type { RelationPattern } from './relation-patterns';

/**
 * Helper sal98 (stop 98), from news on brands changing hands (spirits, snacks, beauty, apparel): a named brand sold by one firm to
 * another was the seller's, whether the sale is done or only agreed or planned ("Zenco is selling its brands Zeta and Vexa to Qorva",
 * "Qorva agreed to buy the Zeta brand from Zenco"); the buyer owns it only once the purchase is done ("Qorva bought Zeta and Vexa
 * from Zenco", "Zenco sold the Zeta snack brand to Qorva"). A business or a unit sold with its brands ("sold its foods business,
 * which includes Vexa") names no owner here (unit-held-brands.ts and the older tests keep that call), nor does a firm's stake,
 * shares or assets. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Verbs of selling, every tense: the seller's claim holds whether the sale is done or planned. */
const SELLING = 'sell|sells|sold|selling|divest|divests|divested|divesting|offload|offloads|offloaded|offloading';
/** Verbs of selling done: only then does the buyer own what it bought. */
const SOLD = 'sold|divested|offloaded';
/** Verbs of buying, every tense (the seller named after "from" owned the thing either way). */
const BUYING_ANY = 'buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|snap up|snaps up|snapped up|snapping up';
/** Verbs of buying done: "has bought", "acquired", "purchased" (not "agreed to buy", "is buying"). */
const BOUGHT = 'bought|acquired|purchased|snapped up';
/**
 * What may stand between the verb and the names: no holding, part or unit of a firm ("its stake in", "its shares of", "its foods
 * business"), no preposition that opens another phrase, and no name. "43 of its beauty brands, including" passes.
 */
const LEAD_WORD = String.raw`(?!(?:stake|stakes|share|shares|interest|interests|holding|holdings|business|businesses|unit|units|division|divisions|arm|arms|subsidiary|subsidiaries|operations|operation|assets|plant|plants|factory|factories|facility|facilities|stores|store|shops|outlets|rights|licence|license|licences|licenses|stock|products|goods|in|to|from|for|with|at|on|by|into|and|or|than|that|which|who)(?= ))(?:[a-z0-9$%.-]+|its@\d+) `;
/** After the names and before the other party: a kind ("whiskey and 18 other brands"), a list's tail, no other clause or name. */
const TAIL = String.raw`(?:(?!(?:stake|stakes|share|shares|interest|holding|holdings|business|businesses|unit|units|division|divisions|arm|subsidiary|operations|assets|plant|plants|factory|factories|facility|facilities|store|stores|debt|bonds|to|from|that|which|who|after|before|while|but|because|as)(?= ))[a-z0-9$%.-]+ |, ){0,8}`;
/** The party after "to" or "from", with a few describing words: "to closely held US distiller Sazerac Co.". */
const PARTY_LEAD = String.raw`(?:the |a |an )?(?:(?:[a-z-]+|@\d+) ){0,4}?`;
/** A name, not a possessor's: "sold Qorva's Zeta brand to Vexa" sells another's thing, no seller's own. */
const ITEM = String.raw`@\d+(?! 's )`;
/**
 * The names sold: one, a list closed by "and", or a list of commas that a tail of no names closes ("including A, B and a host of
 * fragrances", which the shared list reading leaves at A).
 */
const NAMES = String.raw`(?<y>${ITEM}(?:(?: , ${ITEM})*(?: ,)? (?:and|&) ${ITEM}|(?: , ${ITEM})+(?= (?:, )?and (?!@)))?) `;
/** A brand's nouns, which make what changes hands a brand rather than goods supplied ("sold 500 Zeta jets to Qorva"). */
const BRAND_WORD = '(?:brand|brands|label|labels|marque|marques|franchise|franchises|trademark|trademarks)';
/**
 * What a buyer comes to own: names a brand's noun leads or follows ("its brands, including A and B", "the Zeta snack brand"). Bare
 * names ("bought Zorb chips from Zenco") and a bare "brands including" ("It sold brands including A to Qorva", a distributor's
 * trade as often) are not read: goods supplied are not owned by their buyer, nor made by their seller.
 */
const OWNED_OBJECT = String.raw`(?:(?:${LEAD_WORD}){1,6}${BRAND_WORD} (?:, )?(?:(?:including|such as|like|namely) )?(?:the )?|(?:the |its |their )?(?:[a-z-]+ )?(?=(?:@\d+ |, |and |& )+(?:[a-z-]+ ){0,2}${BRAND_WORD} ))${NAMES}${TAIL}`;
/**
 * A brand sold or bought, for either party: a brand's noun leads or follows the names. Bare names sold or bought may be goods or units
 * traded with a customer ("sold the Zeta to Qorva", "bought 20 used Vela 12 locomotives from Zenco"), whose seller is no maker.
 */
const SOLD_OBJECT = String.raw`(?:(?:${LEAD_WORD}){1,6}${BRAND_WORD} (?:, )?(?:(?:including|such as|like|namely) )?(?:the )?|(?:the |its |their )?(?:[a-z-]+ )?(?=(?:@\d+ |, |and |& )+(?:[a-z-]+ ){0,2}${BRAND_WORD} ))${NAMES}${TAIL}`;
/** Before a sale or a purchase: a negation, a condition or a plan ("has not sold", "if it sold", "agreed to sell"). */
const NOT_DONE_BEFORE = /(?:^| )(?:not|never|n't|no longer|nor|denied|denies|deny|denying|if|whether|would|could|may|might|will|to|plans|planned|agreed|agrees) (?:\S+ ){0,2}$/;
/** Before a purchase whose seller is named after it: a negation or a condition. */
const NOT_STATED_BEFORE = /(?:^| )(?:not|never|n't|nor|denied|denies|deny|denying|if|whether) (?:\S+ ){0,2}$/;
/** Only sentences with a selling or buying verb and a "to" or "from" are tried. */
const SALE_WORDS = /\b(?:sell|sells|sold|selling|divest\w*|offload\w*|buy|buys|bought|buying|acquir\w+|purchas\w+|snap\w* up)\b.*\b(?:to|from)\b/;

export const BRAND_SALE_PARTIES: readonly RelationPattern[] = [
  // "Zenco is selling its brands Zeta and Vexa to Qorva", "Zenco agreed to sell its Zeta skincare brand to Qorva", "Zenco, which sold
  // Zeta to Qorva last year, …": the seller's own brand, whether the sale is done or planned.
  { relation: 'develops', id: 'pattern:develops:sal98-seller-sells-to', template: `X1 P AUX (?:(?:agreed|agrees|plans|planned|intends|decided|decides|moved|moves|is preparing|was preparing|prepares) to )?(?:${SELLING}) ${SOLD_OBJECT}T(to) ${PARTY_LEAD}@\\d+`, targetNotType: 'company', requires: ['to'], sentenceHolds: SALE_WORDS },
  // "Zenco sold the Zeta snack brand to Qorva", "Zenco has sold its brands, including A and B, to Qorva": a sale done makes the
  // buyer the owner (not "agreed to sell", "is selling", "plans to sell").
  { relation: 'develops', id: 'pattern:develops:sal98-sold-to-buyer', template: `(?:${SOLD}) ${SOLD_OBJECT}T(to) ${PARTY_LEAD}X1 `, notPrecededBy: NOT_DONE_BEFORE, targetNotType: 'company', requires: ['to'], sentenceHolds: SALE_WORDS },
  // "Qorva agreed to buy the Zeta brand from Zenco", "Qorva, which bought Zeta from Zenco, …": the seller after "from" owned it.
  { relation: 'develops', id: 'pattern:develops:sal98-bought-from-seller', template: `(?:${BUYING_ANY}) ${SOLD_OBJECT}T(from) ${PARTY_LEAD}X1 `, notPrecededBy: NOT_STATED_BEFORE, targetNotType: 'company', requires: ['from'], sentenceHolds: SALE_WORDS },
  // "Qorva bought the Zeta brand from Zenco", "Qorva acquired Zeta and Vexa from Zenco in 2024": a purchase done is the buyer's.
  { relation: 'develops', id: 'pattern:develops:sal98-buyer-bought-from', template: `X1 P AUX T(${BOUGHT}) ${OWNED_OBJECT}from ${PARTY_LEAD}@\\d+`, targetNotType: 'company', requires: ['from'], sentenceHolds: SALE_WORDS },
];
