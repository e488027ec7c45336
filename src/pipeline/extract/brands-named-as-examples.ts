import type { RelationPattern } from './relation-patterns';
import { OTHERS_TRADER_WORDS, SELLER_OF_OTHERS as BRAND_SELLER_OF_OTHERS, sentenceWithout } from './brand-set-verbs';

/**
 * Helper dvb97 (stop 97), from set 95's readers and real news on consumer-goods divestments and spin-offs: a firm's own brands given
 * as examples where the brand-list rules stop. "Zenco sells cleaners, sprays and wipes under brands such as Lumo and Tarn" (a list
 * of goods, with its commas, before "under"; "several brands", "such brands as"), and "Zenco includes brands such as Lumo and Tarn"
 * (the firm itself as the subject: the relative "which includes brands such as" was read already). A seller of its own brands made
 * them (README, since stop 92); a shop, a distributor, a licensee or a fund sells or holds others' brands, so neither the name nor
 * the sentence may say so. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Who sells or holds others' brands, by the last word of its name: "Zenco Stores", "Qorva Distribution", "Vexa Capital", "Zeta Index". */
const SELLER_OF_OTHERS = new RegExp(`${BRAND_SELLER_OF_OTHERS.source}|\\bIndex$`);

/**
 * Sentences with no word of a shop, a stockist, an agency, a licensee, an investor or a buyer: "Zenco, a department store chain,
 * sells toys under brands such as Lumo", "Zenco, which acquired Qorva, includes brands such as Lumo" are others' or bought brands.
 */
const NO_OTHERS_TRADER = sentenceWithout(String.raw`${OTHERS_TRADER_WORDS}|acqui(?:red?|res|ring|sitions?|rers?)|bought|buys?|buyers?|buying|bidders?|suitors?|purchased?|purchasers?|takeover|index|indices|rivals?|competitors?`);

/** Goods named before "under", commas allowed: "tackle, rods and reels", "fragrances, cosmetics and skin care products". */
const GOODS = String.raw`(?:(?!(?:by|for|to|from|of|on|behalf|under|its|their)(?= ))[a-z-]+ (?:, )?){1,10}`;
/** A quantifier and up to two describing words before the brands' noun: "several", "such", "a range of premium". */
const SOME_BRANDS = String.raw`(?:several |many |various |numerous |a number of |a range of |a host of |a portfolio of |such )?(?:(?!(?:other|rival|partner|licensed|third-party|its|their)(?= ))[a-z-]+ ){0,2}(?:brands|labels|brand names|marques)`;

export const BRANDS_NAMED_AS_EXAMPLES: readonly RelationPattern[] = [
  // "Zenco sells tackle, rods and reels under several brands such as Lumo and Tarn", "Zenco, which makes cosmetics under such brands
  // as Lumo, …": the trader's own brands. Not a disposal ("sold its unit to …": no goods' list under brands), nor goods made by or
  // for another ("sells toys made by Qorva under brands such as …": "by" stops the goods).
  { relation: 'develops', id: 'pattern:develops:dvb97-goods-under-brands-such-as', template: `X1 P AUX T(sells|sell|markets|market|makes|make|produces|produce|manufactures|manufacture|offers|offer) ${GOODS}under ${SOME_BRANDS} (?:such as|as|like|including) (?:the )?Y`, sourceNotNamed: SELLER_OF_OTHERS, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['under'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*\\bunder (?:[a-z-]+ ){0,4}(?:brands|labels|brand names|marques) (?:such as|as|like|including)\\b`, 'i') },
  // "Zenco includes brands such as Lumo and Tarn", "Zenco, the new consumer company, comprises brands like Lumo": the firm's own
  // range. Not "Zenco's index includes brands such as …" (a possessive is no subject here), nor a fund or a shop.
  { relation: 'develops', id: 'pattern:develops:dvb97-firm-includes-brands-such-as', template: `X1 P AUX T(includes|include|included|comprises|comprised|encompasses|spans) (?:[a-z-]+ ){0,2}(?:brands|labels|marques) (?:such as|like|including) (?:the )?Y`, sourceNotNamed: SELLER_OF_OTHERS, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['brands|labels|marques'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*\\b(?:includes|include|included|comprises|comprised|encompasses|spans) (?:[a-z-]+ ){0,2}(?:brands|labels|marques) (?:such as|like|including)\\b`, 'i') },
];
