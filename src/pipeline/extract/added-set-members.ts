import type { RelationPattern } from './relation-patterns';
import { INVESTOR_NAME } from './cue-words';

/**
 * Helper pfl96 (stop 96), from set 94's readers: a brand added to a set the sentence goes on to describe by its members, "Qorva added
 * Zeta to a portfolio that includes Kappa and Borin", "Qorva has added brand Zeta to its stable, which includes Kappa". The adding
 * firm owns the set; the portfolio trigger read the added brand as the owner of the rest (trigger-relations.ts, isAddedToSet). A
 * table of its own, spread at the end of RELATION_PATTERNS (that literal is at TS2590).
 */

/**
 * Sentences with no word of a trader, an investor or a licensee: a distributor, an importer or a fund adds others' brands to its
 * portfolio ("distributor Qorva added Zeta to a portfolio that includes Kappa").
 */
const NO_HOLDER_WORDS = String.raw`^(?!.*\b(?:retailers?|stores?|shops?|chains?|distributors?|distribut(?:es|ed|ing|ion)|stockists?|wholesalers?|importers?|imports|resellers?|dealers?|agency|agencies|investors?|investments?|funds?|stakes?|shareholders?|licensees?|licen[cs](?:es|ed|ing)|franchisees?|clients?|customers?|partners?)\b)`;

/** A trader or an investor named so: "Distributor Qorva", "Qorva Imports", "Qorva Capital" (the sentence test sees names as "@1"). */
const HOLDER_OF_OTHERS_BRANDS = new RegExp(`${INVESTOR_NAME.source}|^(?:Distributor|Distributors|Importer|Importers|Retailer|Retailers|Wholesaler|Wholesalers|Licensee|Licensees)\\b|\\b(?:Stores|Retail|Wholesale|Distribution|Distributors|Imports|Importers)$`);

/** The set's nouns: a firm's own brands, not a shop's range of others' goods. */
const SET_NOUNS = 'portfolio|stable|family|roster';
/** Up to two words describing the set, none of another's role or a plan. */
const SET_DESCRIBING = '(?:(?!(?:rival|rivals|partner|partners|planned|proposed|potential|future|former|investment|client|customer|retail|licensed|distribution|distributed)(?= ))[a-z-]+ ){0,2}';
/** The verb and the set after the added name. */
const ADDED_TO_SET = `(?:added|adds|add|adding) (?:the |brand |label |the brand |the label )?`;
/** The set's members' opener: "that includes", ", which includes". */
const SET_INCLUDES = '(?:, )?(?:that|which) (?:already |now |also )?(?:includes|include|included|comprises|spans) (?:(?:[a-z-]+ )?(?:brands|labels|names) (?:such as |like |including )?)?(?:the )?';

export const ADDED_SET_MEMBERS: readonly RelationPattern[] = [
  // "Qorva added Zeta to a portfolio that includes Kappa and Borin": the set's named members.
  { relation: 'develops', id: 'pattern:develops:pfl96-added-to-set-that-includes', template: `X1 P AUX ${ADDED_TO_SET}@\\d+ (?:(?:and|,) (?:brand |label )?@\\d+ )*to (?:a |an |its |its@\\d+ |their )${SET_DESCRIBING}T(${SET_NOUNS}) ${SET_INCLUDES}Y`, requires: ['to', 'includes|include|included|comprises|spans'], sourceNotNamed: HOLDER_OF_OTHERS_BRANDS, targetNotType: 'company', sentenceHolds: new RegExp(`${NO_HOLDER_WORDS}.*\\badd(?:s|ed|ing)?\\b.*\\bto (?:a|an|its|their)\\b.*\\b(?:that|which)\\b`, 'i') },
  // "Qorva added Zeta to a portfolio that includes Kappa": the added brand, now a member of the firm's set.
  { relation: 'develops', id: 'pattern:develops:pfl96-added-member-of-set-that-includes', template: `X1 P AUX ${ADDED_TO_SET}Y to (?:a |an |its |its@\\d+ |their )${SET_DESCRIBING}T(${SET_NOUNS}) (?:, )?(?:that|which) (?:already |now |also )?(?:includes|include|included|comprises|spans) `, requires: ['to', 'includes|include|included|comprises|spans'], sourceNotNamed: HOLDER_OF_OTHERS_BRANDS, targetNotType: 'company', sentenceHolds: new RegExp(`${NO_HOLDER_WORDS}.*\\badd(?:s|ed|ing)?\\b.*\\bto (?:a|an|its|their)\\b.*\\b(?:that|which)\\b`, 'i') },
];
