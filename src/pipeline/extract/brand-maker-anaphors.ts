import type { RelationPattern } from './relation-patterns';

/**
 * Helper dsc96 (stop 96), from cor96's report and real earnings copy: a firm named before and then called by its brand and a
 * maker's noun, "Zenco cut its outlook. The Vexa maker said …", "Shares of the Vexa soap maker fell". Coreference puts the firm on
 * the opening "The" (coreference.ts, brandMakerAt); this table reads the brand after it. A table of its own, spread at the end of
 * RELATION_PATTERNS (TS2590).
 */

/** Maker nouns after the brand (not a seller's, a distributor's or a retailer's: "the Vexa distributor" made nothing). */
const MAKER_NOUNS = 'maker|makers|owner|developer|creator|producer|brewer|distiller|parent';

export const BRAND_MAKER_ANAPHORS: readonly RelationPattern[] = [
  // "[The] Vexa maker said …", "Shares of [the] Vexa dish soap maker fell": the firm stands on "The", opening the sentence or its
  // shares; the brand and up to three words of its kind come before the noun. Not "the Vexa maker Qorva" (the maker is named) nor
  // "the Vexa maker of …"; "The Vexa maker's shares fell" is the firm's.
  { relation: 'develops', id: 'pattern:develops:dsc96-the-brand-maker', template: `X1 Y1 (?:(?!(?:and|or|of|for|in|on|at|by|with|from|to|former|rival|rivals)(?= ))[a-z-]+ ){0,3}T(${MAKER_NOUNS})(?!of |@\\d)`, notPrecededBy: /^(?!(?:shares|stock|the shares) (?:of|in) $)[\s\S]*\S/ },
];
