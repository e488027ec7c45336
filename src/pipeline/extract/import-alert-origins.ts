import type { RelationPattern } from './relation-patterns';

/**
 * Helper trd97 (stop 97, from the ninety-fifth fresh sample and real food and drug import news): a drug or food agency's import alert
 * laid on a kind of goods from a whole state ("placed all gels from Zembla on import alert", "issued an import alert for all gels made
 * in Zembla", "all gels from Zembla have been placed on a Zembla Agency import alert"). A state's goods held at the border for
 * scrutiny, not barred outright: the state is restricted (its firms' goods may still clear). The alert on one firm's goods or plant
 * stays a ban of the firm (plant-import-bans.ts). A table of its own, spread last in RELATION_PATTERNS (that literal is at the type
 * checker's limit, TS2590).
 */

/** The goods: a few plain words, none that opens their origin, a clause or another act ("from", "made", "that", "by", "and"). */
const GOODS = String.raw`(?:(?:all|any|the|certain|some|a number of) )?(?:(?!(?:from|made|manufactured|produced|originating|coming|imported|shipped|exported|that|which|on|for|against|by|and|or|but|after|amid|over|in|to)\b)[a-z0-9-]+ ){1,5}`;
/** Where the goods come from: "from", "made in", "manufactured in", "that are coming from". */
const ORIGIN = String.raw`(?:(?:that|which) (?:are|were) )?(?:from|made in|manufactured in|produced in|originating in|originating from|coming from|imported from|shipped from|exported from)`;
/** The alert's own words before its noun: "a countrywide", "its first nationwide". */
const ALERT_KIND = String.raw`(?:a |an |its |the )?(?:first |first-ever |new |formal )?(?:countrywide |nationwide |country-wide |country-level |blanket )?`;
/** Verbs that issue an alert; "proposed", "lifted" and "considered" are not among them. */
const ISSUES = 'issued|issues|issue|issuing|announced|announces|imposed|imposes|impose|imposing|set|sets|setting|put|puts|putting|slapped|slaps|added|adds';
/** Verbs that place goods on an alert. */
const PLACES = 'placed|places|place|placing|put|puts|putting';
/** An alert undone or only weighed before it (as plant-import-bans.ts). */
const UNMADE_BEFORE = /(?:^| )(?:lifted|lifts|lift|eased|eases|ended|ends|scrapped|removed|considering|considers|considered|weighing|weighs|threatened|threatens|threaten|urged|urges|called on|called for|asked|wants|sought|seeks|could|may|might|would)(?: [a-z-]+){0,3} $/;

export const IMPORT_ALERT_ORIGINS: readonly RelationPattern[] = [
  // "The agency placed all alcohol-based gels from Zembla on a countrywide import alert": the state whose goods are placed.
  { relation: 'restricts', id: 'pattern:restricts:trd97-placed-goods-from-state-on-import-alert', template: `X P AUX (?:${PLACES}) ${GOODS}${ORIGIN} (?:the )?Y on ${ALERT_KIND}T(import alert)`, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['alert'], sentenceHolds: / on (?:\S+ ){0,4}import alert/i },
  // "The agency issued an import alert for all gels made in Zembla", "is setting a countrywide import alert on all gels from Zembla".
  { relation: 'restricts', id: 'pattern:restricts:trd97-import-alert-for-goods-from-state', template: `X P AUX (?:${ISSUES}) ${ALERT_KIND}T(import alert) (?:for|on|against|covering) ${GOODS}${ORIGIN} (?:the )?Y`, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['alert'], sentenceHolds: /import alert (?:for|on|against|covering) /i },
  // "All gels from Zembla have been placed on a Zembla Agency import alert": the agency names the alert.
  { relation: 'restricts', id: 'pattern:restricts:trd97-goods-from-state-placed-on-agency-alert', template: `${GOODS}${ORIGIN} (?:the )?Y (?:have|has|had|were|was|are|is) (?:been |now been )?placed on (?:a |an |the )?(?:countrywide |nationwide )?X T(import alert)`, stateActor: true, targetType: 'government', notPrecededBy: UNMADE_BEFORE, requires: ['alert'], sentenceHolds: / placed on (?:\S+ ){0,8}import alert/i },
];
