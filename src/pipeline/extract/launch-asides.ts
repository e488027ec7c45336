import type { RelationPattern } from './relation-patterns';
import { PRODUCT_NOUN_WORDS } from './cue-words';

/** Kinds of made thing a launch may name: "three new fitness trackers", "Zenco's new laptop". */
const KINDS = PRODUCT_NOUN_WORDS.join('|');
/** A price written before a kind: "$250", "€1,299", "£99.99" (the sign is its own token or glued to the figure). */
const PRICE = '(?:us ?)?[$€£¥] ?\\d[\\d.]*(?: , \\d{3})*(?:[.]\\d+)?';
/** Describing words around a price, no preposition: "new $250 fitness-focused". */
const PRICE_DESCRIBERS = `(?:(?!(?:of|for|to|on|with|from|like|by|in|at|than|as)(?= ))[a-z0-9-]+ ){0,2}${PRICE} (?:(?!(?:of|for|to|on|with|from|like|by|in|at|than|as)(?= ))[a-z0-9-]+ ){0,2}`;
/** A counted kind, singular or plural: "three new fitness trackers", "two watches", "a pair of notebooks". */
const COUNTED_KINDS = `(?:${KINDS})(?:s|es)?|notebooks?|desktops?|bands?|pcs`;
/** Launch verbs whose object is the maker's own new thing. */
const LAUNCH_VERBS = 'launched|launches|unveiled|unveils|introduced|introduces|announced|announces|released|releases|revealed|reveals|debuted|debuts|rolled out|rolls out|showed off|shows off|showcased|showcases|previewed|previews|teased|teases';
/** A count of new things: "three new", "two all-new", "a pair of new". */
const COUNTED = '(?:two|three|four|five|six|seven|several|a pair of|a trio of|\\d) (?:new |all-new |more )?';
/** When a launch happened, said between the counted kind and its items: "today", "on Monday", "this week", "at CES". */
const WHEN = '(?:today|yesterday|tonight|this (?:week|month|morning|afternoon|evening|year)|last (?:week|month|night|year)|earlier (?:today|this week|this month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|at (?:its |an |a |the )?(?:[a-z0-9-]+ ){0,3}(?:event|show|conference|keynote|launch|expo)|at @\\d+)';

/**
 * Helper rla94 (stop 94), from real launch news of wearables, PCs and AI models: launches whose parts a short made-up example keeps
 * together but real sentences set apart, by a price before the kind ("Zeta is Zenco's new $250 smartwatch") or by when the launch
 * happened before the apposed items ("Zenco announced three new trackers today, the Zeta, Zeta Pro and Vexa"). A table of its own,
 * spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const LAUNCHES_WITH_ASIDES: readonly RelationPattern[] = [
  // "The Zeta is Zenco's new $250 fitness-focused smartwatch", "Zeta will be Qorva's $999 laptop": a price among the describing words
  // of the kind a copula calls the name (the copular rules without a price take the rest). Not a comparison ("is cheaper than
  // Zenco's $250 watch": no copula right before the owner) nor another's thing ("is Zenco's rival to Qorva's $250 watch": the kind
  // must follow the describers).
  { relation: 'develops', id: 'pattern:develops:rla94-is-owners-priced-kind', template: `Y1 (?:is|was|will be|would be|remains|becomes|became) (?:also |now )?X1 's ${PRICE_DESCRIBERS}T(${KINDS}) (?!of |for |from |by )`, requires: ["'s"] },
  // "Zenco has announced three new fitness wearables today, the Zeta, Zeta Pro, and Vexa", "Qorva unveiled two laptops on Monday, the
  // Vexa 14 and Vexa 16": the apposed items after a counted kind and when it was launched are the launcher's. Only a counted kind of
  // new things (not "announced two partners today, Zeta and Vexa": the kind must be a made thing's).
  { relation: 'develops', id: 'pattern:develops:rla94-counted-kind-when-apposed', template: `X1 AUX T(${LAUNCH_VERBS}) ${COUNTED}(?:[a-z-]+ ){0,2}(?:${COUNTED_KINDS}) (?:, )?${WHEN} (?:, |: |— )(?:the )?Y (?=[,.;:]|$)`, requires: [',|:|—'] },
];
