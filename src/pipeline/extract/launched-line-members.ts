import type { RelationPattern } from './relation-patterns';

/**
 * Helper tch98 (stop 98), from real phone and chip launch news: a maker launches a product line ("series", "lineup", "family") and
 * then lists the line's releases after "featuring" or "including": "Zenco launched its Vela X series in March, featuring the Vela X,
 * X+ and X Pro" (the list's members are named whole by shortened-list-items.ts). Each member is the launcher's. Only the launching
 * verb's own subject, only a line noun right before the listing word's clause, and no verb of buying, selling or rating between.
 */

/** Verbs of launching a line. */
const LAUNCHED = 'launched|launches|unveiled|unveils|released|releases|introduced|introduces|debuted|debuts|rolled out|rolls out|announced|announces|began selling|unwrapped|showcased';
/** The line's noun. */
const LINE_NOUNS = 'series|lineup|line-up|line|range|family|portfolio|generation';
/** Describing words or a name before the line's noun: "its flagship @2 series", "a new budget". */
const LINE_DESCRIBED = String.raw`(?:its(?:@\d+)? |their |a |the )?(?:(?:new|latest|flagship|next-generation|budget|premium|entire|whole|@\d+|[a-z0-9]+-?[a-z0-9]*) ){0,3}`;
/** Up to six plain words (a date, a place) between the line and the comma: "in january 2025". */
const PLAIN_WORDS = String.raw`(?:(?!(?:bought|buys|acquired|sold|sells|rated|ranked|beat|beats|and|or)(?= ))[a-z0-9.-]+ ){0,6}`;

export const LAUNCHED_LINE_MEMBERS: readonly RelationPattern[] = [
  // "Zenco launched its Vela X series in March, featuring the Vela X, X+ and X Pro".
  { relation: 'develops', id: 'pattern:develops:tch98-launched-line-featuring', template: `X1 P AUX T(${LAUNCHED}) ${LINE_DESCRIBED}(?:${LINE_NOUNS}) ${PLAIN_WORDS}, (?:featuring|including|comprising) (?:the )?Y`, targetNotType: 'company', notStateWhen: /./, requires: ['featuring|including|comprising'], sentenceHolds: new RegExp(`\\b(?:${LINE_NOUNS})\\b.*, (?:featuring|including|comprising) `) },
];
