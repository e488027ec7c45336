import type { RelationPattern } from './relation-patterns';
import { RECALLED_OTHERS_GOODS } from './recalled-goods';

/**
 * Helper rcq97 (stop 97), from real UK, US and Canadian recall notices: a shop or a maker recalls goods sold under its own name,
 * "Zenco is recalling Zenco Extra Large Prawns", "Zenco Foods has recalled 2,000 packs of Zenco Original Houmous". The goods name no
 * known kind, so maker-recalls-named does not read them; the recaller's own name opening theirs makes them its brand (a seller of its
 * own brands made them). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** For speed only: a recall's verb, then a name (the goods' first word must be the recaller's, asked in claim-check.ts). */
const RECALL_THEN_NAME = /(?:recalled|recalls|recalling) (?:[^@.;:]+ )?@\d/;

/** The id of the pattern below, whose goods claim-check.ts asks to open with the recaller's first word (`sharesOpeningWord`). */
export const OWN_NAME_RECALL = 'pattern:develops:rcq97-recaller-named-goods';

/** Whether the goods' name opens with the recaller's first word, and goes on: "Zenco Foods" and "Zenco Original Houmous". */
export function sharesOpeningWord(recaller: string, goods: string): boolean {
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(recaller)?.[0];
  return first !== undefined && goods.startsWith(`${first} `) && goods !== recaller;
}

export const OWN_NAME_RECALLS: readonly RelationPattern[] = [
  // "Zenco is recalling Zenco Extra Large Prawns", "Zenco Foods has recalled 2,000 packs of Zenco Original Houmous"; not a memory
  // ("Zenco recalled that Zenco Gold sold out in a day").
  { relation: 'develops', id: OWN_NAME_RECALL, template: `X P AUX (?:voluntarily |also |now )?T(recalled|recalls|recalling) (?!that |how |when |what |why )(?:(?:\\d+ , )*[^\\s@,;:.]+ ){0,6}?Y `, verb: true, anyActor: true, notFollowedBy: RECALLED_OTHERS_GOODS, requires: ['recalled|recalls|recalling'], sentenceHolds: RECALL_THEN_NAME },
];
