import type { RelationPattern } from './relation-patterns';

/**
 * Helper cnt96 (stop 96, from real market-share news): a leader unseated in a participle clause set off after the main clause,
 * "Qorva grew 5% in the quarter, knocking Zenco off the top spot". The participle's doer is the main clause's subject (X1 before
 * the gap), not a name inside the gap: X1 opens the sentence or follows a fronted phrase's comma, and the gap holds no name, so
 * "Zenco bought Qorva last year, knocking Borin off the top spot" (whose deed is unclear) gives nothing. The finite form ("knocked Zenco off its perch") is pattern:competes_with:knock-off-perch. A table of
 * its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** The places of a leader: "the top spot", "its perch", "the number one position". */
const LEADER_PLACES = 'perch|throne|pedestal|top spot|top slot|top position|top|spot|pole position|crown|lead|number one spot|number one position|no. 1 spot|first place';

/** For speed only: every match holds an unseating participle and "off" (sentenceHolds). */
const UNSEATING_WORDS = /, ?(?:knocking|bumping|pushing) .* off /i;

export const UNSEATING_PARTICIPLES: readonly RelationPattern[] = [
  // "Qorva grew 5% in the quarter, knocking Zenco off the top spot", "Qorva now leads the market, bumping Zenco off its perch".
  { relation: 'competes_with', id: 'pattern:competes_with:cnt96-knocking-off-top', template: `(?:^|, )(?:the )?X1 P AUX [^@,;:()]+ , T(knocking|bumping|pushing) (?:the )?Y1 off (?:its|their|the) (?:[a-z-]+ )?(?:${LEADER_PLACES})(?= |$)`, requires: [',', 'off'], sentenceHolds: UNSEATING_WORDS },
];
