import type { RelationPattern } from './relation-patterns';
import { RECALLED_KINDS, RECALLED_OTHERS_GOODS } from './recalled-goods';

/**
 * Helper fpx97 (stop 97), from real recall notices of US regional news and the FDA: "Zenco Medical of Dayton, Ohio, recalled 9,000
 * Zeta pacemakers", "Zenco Inc. of Astoria, NY, is recalling 2,000 Zeta blenders". The firm's town stays in its name's words
 * (firm-town-addresses.ts) or follows it after "of", and the state after the comma was the nearest name before the verb, so the
 * state was read as the one recalling (claim-check.ts now drops it, place-role-guards.ts). Here the maker is the name before the
 * address, as maker-recalls-named reads it without one. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/**
 * For speed only: what every match spells, a name set off by commas before the recall's verb ("@1 , is recalling"). That name must be
 * the state of the firm's address (`ADDRESSED_RECALL`, asked in claim-check.ts with place-role-guards.ts's `firmOfAddress`).
 */
const STATE_BEFORE_RECALL = /, @\d+ (?:\. )?, (?:[a-z]+ ){0,3}recall/;

/** The id of the pattern below, whose middle name claim-check.ts asks to be an address's state. */
export const ADDRESSED_RECALL = 'pattern:develops:fpx97-addressed-maker-recalls-named';

export const ADDRESS_RECALL_MAKERS: readonly RelationPattern[] = [
  // "Zenco Medical of Dayton, Ohio, recalled 9,000 Zeta pacemakers" (the town in the name's words), "Zenco Inc. of Astoria, NY, is
  // recalling 2,000 Zeta blenders" (after a legal form the name ends before "of").
  { relation: 'develops', id: ADDRESSED_RECALL, template: `X (?:of @\\d+ )?, @\\d+ (?:\\. )?, AUX (?:voluntarily )?T(recalled|recalls|recalling|recall) (?:(?:\\d+ , )*[^\\s@,;:.]+ ){0,6}?Y (?:[a-z-]+ )?(?:${RECALLED_KINDS}) `, verb: true, anyActor: true, notFollowedBy: RECALLED_OTHERS_GOODS, requires: ['recalled|recalls|recalling|recall'], sentenceHolds: STATE_BEFORE_RECALL },
];
