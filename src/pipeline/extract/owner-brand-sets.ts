import type { RelationPattern } from './relation-patterns';
import { INVESTOR_NAME } from './cue-words';

/**
 * Helper own96 (stop 96), from set 93's readers and real news on fashion, hotel, toy and household-goods groups: a group's brands
 * named after "home to", "consisting of" or "counts … among its brands". "Zenco is home to luxury brands Zeta, Vela and Lumo",
 * "Zenco, home to brands such as Zeta", "Zenco is a house of lifestyle brands consisting of Zeta and Vela", "Zenco is a fashion
 * group consisting of founder-led brands Zeta and Vela", "Zenco counts Zeta, Vela and Lumo among its brands". The studio pattern
 * (relation-patterns.ts) reads "home to" right before the names only; the house-of-brands pattern two words before "brands" only.
 * A place is home to others' brands ("Ruritania is home to fashion brands like Zeta"): no state is the owner here (notStateWhen).
 * A table of its own, spread at the end of RELATION_PATTERNS (that literal is at TS2590).
 */

/**
 * Who holds others' brands: an investor, a shop, a mall, a distributor or a place named so ("Zenco Mall is home to brands such as
 * Zeta", "Qorva Stores counts Zeta among its brands", "Zenco Capital counts Zeta among its portfolio"; crit96b: "Zenco Hub",
 * "Silicon Zembla" and "Zenco Fashion Week" are places, platforms and events no rule typed).
 */
const HOLDER_OF_OTHERS_BRANDS = new RegExp(`${INVESTOR_NAME.source}|\\b(?:Mall|Malls|Store|Stores|Shop|Shops|Outlet|Outlets|Retail|Retailers?|Distribution|Distributors?|Imports|Wholesale|Market|Marketplace|Centre|Center|Plaza|Arcade|Street|Avenue|District|City|Village|Airport|Hub|Valley|Park|Quarter|Square|Bay|Coast|Islands?|Region|Campus|Platform|Network|Week|Festival|Fair|Expo)$`);

/**
 * Sentences with no word of a shop, a stockist or an investor: a retailer or a mall is home to others' brands, and a fund counts them
 * among its holdings ("Zenco, a department store chain, is home to brands such as Zeta").
 */
const NO_HOLDER_WORDS = String.raw`^(?!.*\b(?:retailers?|department stores?|stores?|shops?|malls?|outlets?|chains?|distributors?|stockists?|wholesalers?|importers?|resellers?|dealers?|investors?|investments?|funds?|stakes?|shareholders?|licensees?|franchisees?|partners?|rivals?|competitors?|customers?|clients?|distribut(?:es|ed|ing|ion)|licen[cs](?:es|ed|ing)|imports|imported)\b)`;

/** Brands' nouns, and up to three describing words before them ("world-renowned luxury brands", "founder-led brands"). */
const BRANDS = String.raw`(?:(?!(?:of|in|and|or|from|by|for|with|to|other|rival|competing|partner|licensed|third-party|stocked)(?= ))[a-z-]+ ){0,3}(?:brands|labels|marques|fashion houses|houses)`;
/** An example's opener after the brands: "such as", "like", "including" or none ("brands Zeta, Vela and Lumo"). */
const EXAMPLES = '(?:, )?(?:(?:such as|like|including) )?';
/** A group's nouns that a list of its own brands follows with "consisting of". */
const GROUP_NOUNS = 'group|house|company|conglomerate|portfolio|family|collection|stable|maker|owner';

export const OWNER_BRAND_SETS: readonly RelationPattern[] = [
  // "Zenco is home to luxury brands Zeta, Vela and Lumo", "Zenco, home to brands such as Zeta and Vela, said …".
  { relation: 'develops', id: 'pattern:develops:own96-home-to-brands', template: `X1 (?:, (?:the )?|P AUX (?:is|was|remains|has long been|has been|became) (?:also )?(?:the )?)T(home to|home of) (?:many |several |some |numerous |other )?${BRANDS} ${EXAMPLES}(?:the )?Y`, sourceNotNamed: HOLDER_OF_OTHERS_BRANDS, notStateWhen: /./, targetNotType: 'company', requires: ['home'], sentenceHolds: new RegExp(`${NO_HOLDER_WORDS}.*\\bhome (?:to|of)\\b`, 'i') },
  // "Zenco is a house of lifestyle brands consisting of Zeta and Vela", "Zenco is a fashion group, consisting of founder-led brands
  // Zeta and Vela": the group's own brands after "consisting of", "comprising" or "made up of". The brands' noun must stand on one
  // side or the other: "a group consisting of Qorva and Vexa" is a consortium of firms.
  { relation: 'develops', id: 'pattern:develops:own96-group-of-brands-consisting-of', template: `X1 P AUX (?:is|was|remains) (?:a |an |the )?(?:[a-z-]+ ){0,4}T(${GROUP_NOUNS}) of (?:[a-z-]+ ){0,4}(?:brands|labels|marques|houses) (?:, )?(?:consisting of|comprising|made up of) ${EXAMPLES}(?:the )?Y`, sourceNotNamed: HOLDER_OF_OTHERS_BRANDS, notStateWhen: /./, targetNotType: 'company', requires: ['of'], sentenceHolds: new RegExp(`${NO_HOLDER_WORDS}.*\\b(?:consisting of|comprising|made up of)\\b`, 'i') },
  { relation: 'develops', id: 'pattern:develops:own96-group-consisting-of-brands', template: `X1 P AUX (?:is|was|remains) (?:a |an |the )?(?:[a-z-]+ ){0,4}T(${GROUP_NOUNS}) (?:, )?(?:consisting of|comprising|made up of) ${BRANDS} ${EXAMPLES}(?:the )?Y`, sourceNotNamed: HOLDER_OF_OTHERS_BRANDS, notStateWhen: /./, targetNotType: 'company', requires: ['consisting|comprising|made'], sentenceHolds: new RegExp(`${NO_HOLDER_WORDS}.*\\b(?:consisting of|comprising|made up of)\\b`, 'i') },
  // "Zenco counts Zeta, Vela and Lumo among its brands", "… among its stable": the brands it names as its own. Not "among its
  // clients" or "its best-sellers" (a shop's), and not a portfolio's companies ("among its portfolio companies" names stakes).
  { relation: 'develops', id: 'pattern:develops:own96-counts-among-its-brands', template: `X1 P AUX T(counts|counted|count) (?:the )?Y (?:among|as) (?:its|its@\\d+|their) (?:own )?(?:[a-z-]+ ){0,2}(?:brands|labels|marques|stable|portfolio) (?=[,.;:)]|and |which |that |$)`, sourceNotNamed: HOLDER_OF_OTHERS_BRANDS, notStateWhen: /./, targetNotType: 'company', requires: ['among|as', 'brands|labels|marques|stable|portfolio'], sentenceHolds: new RegExp(`${NO_HOLDER_WORDS}.*\\bcount(?:s|ed)?\\b.*\\b(?:among|as) (?:its|their)\\b`, 'i') },
];
