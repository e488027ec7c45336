import type { RelationPattern } from './relation-patterns';
import { INVESTOR_NAME } from './cue-words';

/**
 * Helper pfl97 (stop 97), from set 95's readers and real news on fashion, spirits, toy and sporting-goods groups: a group's brands
 * named where the existing brand-list rules stop. "Zenco, which sells the Lumo, Tarn and Pell brands, …" (the members before the
 * brands' noun, after a selling verb: the making verbs read them already), and "Zenco, the luxury group consisting of Lumo, Tarn and
 * Pell, …" (a group set off after its name, its members with no brands' noun; own96's rules read the copula with that noun).
 * A seller of its own brands made them (README, since stop 92); a shop, a distributor or a fund sells or holds others' brands, so
 * neither the name nor the sentence may say so. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Who sells or holds others' brands, by the last word of its name: "Zenco Stores", "Qorva Distribution", "Vexa Capital". */
export const SELLER_OF_OTHERS = new RegExp(`${INVESTOR_NAME.source}|\\b(?:Mall|Malls|Store|Stores|Shop|Shops|Outlet|Outlets|Retail|Retailers?|Distribution|Distributors?|Imports|Wholesale|Market|Marketplace|Supermarkets?|Pharmacy|Pharmacies|Drugstores?|Online)$`);

/** Words of a shop, a stockist, an agency, a licensee or an investor, which trade or hold others' brands ("under licence" among them). */
export const OTHERS_TRADER_WORDS = String.raw`retail(?:ers?)?|department stores?|stores?|shops?|malls?|outlets?|chains?|supermarkets?|grocers?|pharmac(?:y|ies)|e-commerce|online|distributors?|stockists?|wholesalers?|importers?|resellers?|dealers?|agents?|agenc(?:y|ies)|investors?|funds?|stakes?|licensees?|franchisees?|licen[cs](?:e|es|ed|ing)|on behalf|clients?|customers?|distribut(?:es|ed|ing|ion)|imports|imported`;

/** A lower-cased sentence's start, where none of `words` (alternatives) stands in it. */
export const sentenceWithout = (words: string): string => String.raw`^(?!.*\b(?:${words})\b)`;

/**
 * Sentences with no word of a shop, a stockist, an agency, a licensee or an investor: "Zenco, a department store chain, sells the
 * Lumo and Tarn brands", "Zenco, a distributor, markets the Lumo and Tarn brands in Ruritania" trade others' goods.
 */
const NO_OTHERS_TRADER = sentenceWithout(OTHERS_TRADER_WORDS);

/** A consumer group's trade before its group noun: "the luxury fashion group", "a spirits group", "the toy company". */
export const BRAND_TRADES = 'fashion|luxury|apparel|clothing|lifestyle|beauty|cosmetics|fragrance|drinks|spirits|beverage|beverages|wine|beer|brewing|toy|toys|sporting goods|sportswear|sports|outdoor|footwear|jewellery|jewelry|watch|watches|accessories|consumer goods|household goods|personal care|eyewear|luggage|food';
/** The group's nouns: "group", "house", "conglomerate", "company". */
export const GROUP_NOUNS = 'group|house|conglomerate|company|maker';

export const BRAND_SET_VERBS: readonly RelationPattern[] = [
  // "Zenco, which sells the Lumo, Tarn and Pell brands, …", "Zenco markets the Lumo and Tarn labels": the members before the brands'
  // noun. Not "sold", "selling" nor "sells … to" (a disposal), nor a seller of others' goods.
  { relation: 'develops', id: 'pattern:develops:pfl97-sells-the-named-brands', template: `X1 P AUX T(sells|markets|marketed|oversees|runs) (?:the |its |their )(?:own )?(?:(?:popular|well-known|leading|flagship|premium|iconic|core|household|famous) )?Y (?:brands|labels|marques)(?=[ ,.;:]|$)(?! to | off )`, sourceNotNamed: SELLER_OF_OTHERS, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['brands|labels|marques'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*\\b(?:sells|markets|marketed|oversees|runs) (?:the|its|their) .*\\b(?:brands|labels|marques)\\b`, 'i') },
  // "Qorva, which also oversees the brands Vexa, Plix and Morda, …", "Zenco markets the labels Lumo and Tarn": the members after the
  // bare noun (the owning and making verbs read them already). Not for another ("… for Qorva", "on behalf of its clients").
  { relation: 'develops', id: 'pattern:develops:pfl97-sells-the-brands-named', template: `X1 P AUX T(sells|markets|marketed|oversees|runs) (?:the |its |their )(?:own )?(?:(?:popular|well-known|leading|flagship|premium|iconic|core|household|famous) )?(?:brands|labels|marques) (?:, )?Y`, sourceNotNamed: SELLER_OF_OTHERS, notFollowedBy: /^(?:, )?(?:for (?:the |its |their )?(?:@\d+|clients?|customers?|owners?|partners?)|on behalf of|under (?:a )?licen[cs]e|to (?:the )?@\d+)/, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['brands|labels|marques'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*\\b(?:sells|markets|marketed|oversees|runs) (?:the|its|their) (?:[a-z-]+ ){0,2}(?:brands|labels|marques)\\b`, 'i') },
  // "Zenco, the luxury fashion group consisting of Lumo, Tarn and Pell, said …", "Zenco is a spirits group comprising Lumo and Tarn":
  // a consumer group's members. The trade must stand before the group noun: "a group consisting of Qorva and Vexa" may be a
  // consortium, "an investment group consisting of …" holds stakes.
  { relation: 'develops', id: 'pattern:develops:pfl97-trade-group-consisting-of', template: `X1 (?:, |(?:is|was|remains|became) )(?:the |a |an )?(?:(?:global|international|world's|largest|biggest|leading|big|major|italian|french|american|british|us|swiss|german|japanese|spanish|new|listed|family-owned|private) )*(?:${BRAND_TRADES}) (?:(?:${BRAND_TRADES}) )?(?:${GROUP_NOUNS}) (?:, )?T(consisting of|comprising|made up of) (?:the )?Y(?! 's)`, sourceNotNamed: SELLER_OF_OTHERS, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['consisting|comprising|made'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*\\b(?:consisting of|comprising|made up of)\\b`, 'i') },
];
