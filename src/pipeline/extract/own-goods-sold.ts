import type { RelationPattern } from './relation-patterns';
import { OTHERS_TRADER_WORDS, SELLER_OF_OTHERS, sentenceWithout } from './brand-set-verbs';
import { KNOWN_RETAILER_NAME } from './retailer-names';

/**
 * Helper sel98b (stop 98, round 2), from real news on consumer electronics, drinks, cosmetics, games and toys: goods a firm sells,
 * named only as a selling verb's object. In that news a named seller of named goods was more often a chain than their maker
 * ("Walmart began selling the Zeta", "the retailer is selling the Zeta"), and a bare "Qorva, which sells Zeta in Europe" stays no
 * maker (an older test's). What a maker alone reports is how many it sold: "Zenco has sold 10 million units of the Tarn", "Zenco only
 * sold about 13 million Tarn phones", so a count after the selling verb makes the seller the maker (README, since stop 92: a seller
 * of its own goods made them). Still not a shop, a chain or a distributor by its name ("Vexa Stores", a chain known by name:
 * retailer-names.ts) or by a word of that trade in the sentence ("sold a million Tarn at its stores"), not another's goods
 * ("sold 2 million of Qorva's Tarn"), and not a disposal ("… to Qorva", "… through its partner Qorva"). A table of its own, spread at
 * the end of RELATION_PATTERNS (TS2590).
 */

/** The seller's name: no shop, distributor or fund by its last word, nor a chain known by name. */
const NOT_A_SELLERS_NAME = new RegExp(`${SELLER_OF_OTHERS.source}|${KNOWN_RETAILER_NAME.source}`);
/** Active selling verbs ("has sold", "began selling"); not "stopped selling" (a shelf ban, claim rules). */
const SELLING = 'sells|sold|markets|began selling|begins selling|started selling|starts selling|is selling|was selling|has been selling|have been selling|will begin selling|continues to sell|continued to sell';
/** Adverbs before the verb that AUX does not take: "Zenco only sold …", "Zenco now sells …". */
const SALES_ADVERBS = '(?:(?:only|now|still|first|initially|originally|then|later|already|currently|mainly|primarily|exclusively|mostly) )?';
/** How many: "10 million", "about 13 million", "over 5,195,578", "one" — then the units' noun ("units of", "copies of"). */
const QUANTITY = String.raw`(?:(?:about|around|roughly|some|nearly|almost|over|more than|less than|fewer than|just over|only|approximately|an estimated) )?(?:[\d][\d.,]*|one|two|three|four|five|ten) (?:(?:million|billion|thousand|m|bn|mn) )?(?:(?:units|copies|pairs|cases|bottles|cans|sets) of )?`;
/** Up to two describing words, none a preposition or a conjunction that would reach past the goods ("sells chips to Qorva"). */
const DESCRIBING = String.raw`(?:(?!(?:to|from|for|with|in|at|on|by|of|and|or|through|via|under|into|as|than|off|than|its|their|the|a|an)(?= ))[a-z0-9-]+ ){0,2}`;
/** Not another's goods: "sells Qorva's Tarn" (a list reads "@1 's @2" as @2). */
const NOT_OTHERS_GOODS = String.raw`(?!(?:the )?@\d+ 's )`;
/** No word of a shop's, a distributor's, a licensee's or an investor's trade anywhere in the (abstract, lower-case) sentence. */
const NO_OTHERS_TRADER = sentenceWithout(OTHERS_TRADER_WORDS);
/**
 * After the goods, what makes the selling a disposal or another's trade: a party it goes to, through or for ("sold 2 million Tarn to
 * Qorva", "… through its partner Qorva", "… to the owner of Vexa"), a price ("sold Tarn for $2 billion"), or a unit's or an
 * asset's noun ("sold its Tarn unit": a firm's part, no goods).
 */
const SOLD_AWAY_NEXT = /^(?:(?:, )?(?:and |or )?(?:the |its |their )?(?:@\d+ |[a-z-]+ ){0,4})?(?:to|for|through|via|on behalf of) (?:the |its |their )?(?:[a-z-]+ ){0,2}(?:of )?(?:the )?@\d+|^for (?:about |around |nearly |some |roughly |an undisclosed |a )?(?:\$|€|£|us\$|\d|sum|amount|price)|^(?:unit|units|division|divisions|arm|business|businesses|subsidiary|subsidiaries|segment|stake|shares|plant|plants|factory|factories|operations|assets|brand to|brands to)(?: |$)/;

export const OWN_GOODS_SOLD: readonly RelationPattern[] = [
  // "Zenco has sold 10 million units of the Tarn", "Zenco sold about 13 million Tarn phones": the subject's own goods, counted.
  { relation: 'develops', id: 'pattern:develops:sel98b-firm-sold-count', template: `X1 P AUX ${SALES_ADVERBS}T(${SELLING}) ${QUANTITY}(?:the |its |their )?(?:own )?${DESCRIBING}${NOT_OTHERS_GOODS}Y`, notFollowedBy: SOLD_AWAY_NEXT, sourceNotNamed: NOT_A_SELLERS_NAME, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['sells|sold|selling|sell|markets'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*@\\d+ .*\\b(?:sells|sold|selling|sell|markets) `) },
];
