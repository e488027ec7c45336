import type { RelationPattern } from './relation-patterns';

/**
 * Helper apo98b (stop 98), from real news on apparel, drinks, beauty and streaming: a brand named beside a brand's noun phrase that
 * holds its owner before the comma: "An iconic Zenco brand, Zeta, is back". The
 * possessive before a brand's noun with the name after it ("Zenco's newest label, Zeta") is read by the older patterns; here the
 * owner's name stands before the noun as a modifier ("Zeta, Zenco's outdoor label" is the older apposed-possessive-brand's, once
 * brand-noun-apposed-names.ts types Zeta). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Describing words, no preposition, verb of a clause or name. */
const WORDS = (n: number): string => String.raw`(?:(?!(?:of|in|to|from|for|with|at|on|by|and|or|that|which|who|is|was|are|were|has|had|said)(?= ))[a-z-]+ ){0,${n}}`;
/** A brand's nouns. */
const BRAND_NOUN = '(?:brand|label|marque|line)';
/** Only sentences with a brand's noun and a comma are tried. */
const BRAND_COMMA = /\b(?:brand|label|marque|line)\b/;

export const BRAND_NOUN_APPOSITIONS: readonly RelationPattern[] = [
  // "An iconic Zenco brand, Zeta, is back in stores", "the Zenco label, Zeta": the owner's name modifies the brand's noun.
  { relation: 'develops', id: 'pattern:develops:apo98b-owner-brand-noun-then-name', template: `(?:a|an|the|another) ${WORDS(3)}X1 ${WORDS(2)}${BRAND_NOUN} , Y1(?!'s )(?=, |\\. |\\.$|$|; |— )`, targetNotType: 'company', requires: [','], sentenceHolds: BRAND_COMMA },
];
