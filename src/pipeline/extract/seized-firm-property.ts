import type { RelationPattern } from './relation-patterns';

/**
 * Helper rsx96 (stop 96, from set 93's reader and news of police raids and cybercrime takedowns): a state's police or authorities
 * taking a firm's servers, equipment or other property, told with the firm after the property ("seized the servers of Zenco",
 * "confiscated equipment belonging to software maker Zenco") or before it ("Zenco's servers were seized by the Ruritanian police").
 * A seizure restricts the firm, as an asset freeze does (README "Since stop 92"); it bans nothing. Only a state's act (stateActor):
 * "Zenco seized the opportunity" has no property noun, and thieves or a firm taking a rival's goods are no state. Goods taken
 * "from" a firm (drugs, fakes) are not here: the property is the firm's own means of business. A table of its own, spread at the
 * end of RELATION_PATTERNS (TS2590).
 */

/** The firm's property a seizure takes: its machines, its records, its money and its premises. */
const PROPERTY = 'servers|server|equipment|hardware|computers|computer|data|databases|database|documents|records|files|domains|domain|websites|website|infrastructure|assets|funds|property|properties|offices|premises|cash|bank accounts|accounts';
/** What may stand before the property: "the", "all", "some 800", "dozens of", "its", one or two describing words ("web servers"). */
const BEFORE_PROPERTY = String.raw`(?:(?:the|all|some|several|most|its|their|a number of|dozens of|hundreds of|thousands of|about|around|nearly|more than|over) )*(?:\d[\d,.]* )?(?:(?!(?:of|from|and|or|to|by|in|at|for|with)\b)[a-z-]+ ){0,2}`;
/** The firm's own nouns before its name: "software company Zenco", "the tax software maker Zenco", "the hosting provider". */
const FIRM_NOUNS = 'company|firm|maker|developer|provider|vendor|operator|exchange|platform|host|hoster|group|bank|lender|startup|service';
const DESCRIBED = String.raw`(?:(?:(?!(?:of|from|and|or|to|by|in|at|for|with|customers|clients|users|partners|suppliers|rivals|subsidiary)\b)[a-z-]+ ){0,3}(?:${FIRM_NOUNS}) (?:, )?)?`;
/** Whose: "of", "from", "belonging to", "owned by"; not "used by" or "hosted by" (a customer's, or another's, servers). */
const WHOSE = '(?:of|from|belonging to|owned by)';
const SEIZING = 'seized|seizes|seize|seizing|confiscated|confiscates|confiscate|confiscating|impounded|impounds|impound';

/** The passive's verb and its agent: "were seized by the police in Zembla", "have been confiscated by Zemblan authorities". */
const SEIZED_BY = String.raw`(?:were|was|have been|has been|had been|are being|is being) (?:[a-z]+ly )?T(seized|confiscated|impounded) by (?:the )?(?:(?:police|authorities|officials|officers) (?:in|of|from) )?`;

/** After the firm, its customers or another possessed owner: "servers belonging to Zenco customers" are theirs (crit96c). */
const CUSTOMERS_OR_POSSESSIVE = /^(?:'s |(?:clients|customers|users|subscribers|tenants)(?= |$))/;

export const SEIZED_FIRM_PROPERTY: readonly RelationPattern[] = [
  // "Police in Ruritania have seized the servers of Zenco", "the Ruritanian cyber police on Tuesday seized the servers of software
  // company Zenco", "Authorities have confiscated equipment belonging to Zenco": the firm after its property.
  { relation: 'restricts', id: 'pattern:restricts:rsx96-seized-property-of-firm', template: `X P AUX T(${SEIZING}) ${BEFORE_PROPERTY}(?:${PROPERTY}) ${WHOSE} (?:the )?${DESCRIBED}Y1 `, verb: true, stateActor: true, notFollowedBy: CUSTOMERS_OR_POSSESSIVE, requires: ['of|from|belonging|owned'] },
  // "seized Zenco's servers", "confiscated the company Zenco's computers": the firm's possessive before its property.
  { relation: 'restricts', id: 'pattern:restricts:rsx96-seized-firms-property', template: `X P AUX T(${SEIZING}) (?:the |all )?Y1 's (?:(?!(?:of|from|and|or)\\b)[a-z-]+ ){0,2}(?:${PROPERTY})(?= |$)`, verb: true, stateActor: true, requires: ["'s"] },
  // "Zenco's servers were seized by the Ruritanian police", "the servers of Zenco have been confiscated by authorities in Zembla".
  { relation: 'restricts', id: 'pattern:restricts:rsx96-firms-property-seized-by', template: `(?:the )?Y1 's (?:[a-z-]+ ){0,2}(?:${PROPERTY}) ${SEIZED_BY}X1`, stateActor: true, notPrecededBy: /(?:^| )(?:of|to|for|from|with|by|than) $/, requires: ['by'] },
  { relation: 'restricts', id: 'pattern:restricts:rsx96-property-of-firm-seized-by', template: `(?:the )?(?:[a-z-]+ ){0,2}(?:${PROPERTY}) ${WHOSE} (?:the )?${DESCRIBED}Y1 ${SEIZED_BY}X1`, stateActor: true, requires: ['by'] },
];
