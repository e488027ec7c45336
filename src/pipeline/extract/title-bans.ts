import type { RelationPattern } from './relation-patterns';

// Helper bnf93 (stop 93), from stop 93's fresh sample on film bans and on platforms dropping a brand (set 88): a state refusing a
// title its release ("was not approved by the film authorities for release", "refused to approve Zeta for release", "a request to
// show Zeta was denied by authorities in Zembla"), and trading platforms withdrawing a brand's goods ("A and B have withdrawn Vexa
// products", "Vexa's products were dropped by A"), which the catalogue reads as the platforms' bans. A release the maker delays,
// an approval granted, a refusal only weighed or asked for give nothing. A table of its own, spread at the end of RELATION_PATTERNS:
// one more literal there overflows the type checker (TS2590).

/** What a title is refused: its release, its screening or its showing ("for theatrical release", "for screening in cinemas"). */
const RELEASE = '(?:(?:a |its |their |the )?(?:[a-z-]+ )?(?:release|screening|screenings|showing|exhibition|distribution))(?= |$)';
/** Verbs that show a title: "a request to show Zeta", "refused to allow Zeta to be screened". */
const SHOW_VERBS = '(?:show|screen|release|distribute|exhibit)';
/** A title's kind before its name: "the film Zeta", "the animated movie Zeta". */
const TITLE_KIND = '(?:(?:[a-z-]+ )?(?:film|movie|series|show|documentary|title|picture|cartoon|drama|biopic|satire|comedy) )?';
/** Goods of a brand a platform takes down: "Vexa products", "products related to Vexa". */
const GOODS = '(?:products|goods|items|merchandise|listings|clothing|clothes|apparel|shoes|garments)';
/** Verbs of a platform taking goods off sale: "have withdrawn", "pulled", "dropped", "delisted", "took down". */
// Not "dropped": a maker drops its own line ("Zenco drops Vexa products from its range"); the passive form takes it with its agent.
const TAKEN_DOWN = 'withdrawn|withdrew|withdraws|pulled|pulls|removed|removes|delisted|delists|took down|taken down|takes down|scrubbed|scrubs';
/** Goods taken out of a place or a platform ("withdrew Vexa products from Ruritania", "… in Ruritania", "… from Qorvamart"): the owner leaving a market. */
const LEFT_MARKET_AFTER = /^(?:from (?:the )?(?:[a-z-]+ )?(?:@\d+|market|markets|country|countries|region|shelves in)|in (?:the )?@\d+)(?= |$)/;
/** Goods taken back for a fault or in a recall ("over a safety defect", "as part of a recall"): no ban. */
// The fault may follow where the goods were taken from ("from sale over contamination", re-read rr93b) and be any error ("over a
// labelling error").
const FAULT_AFTER = /^(?:(?:from (?:the )?(?:market|markets|sale|shelves|stores|its shelves|their shelves) )?(?:over|after|because of|due to|following) (?:a |an |the |possible |potential )?(?:[a-z-]+ )?(?:safety|defect|defects|fault|faults|error|errors|flaw|flaws|recall|recalls|contamination|quality|fraud|counterfeit|counterfeits|fake|fakes)(?= |$)|(?:for|as part of) (?:a |an |its |the )?recall(?= |$))/;
/** After goods taken down, words that make it no ban: a market left, a fault or a recall. */
const NOT_A_BAN_AFTER = new RegExp(`${LEFT_MARKET_AFTER.source}|${FAULT_AFTER.source}`);

export const TITLE_AND_BRAND_BANS: readonly RelationPattern[] = [
  // "Zeta was not approved by Zembla's film authorities for release", "has not been cleared for screening by the board": a title a
  // state body refuses to clear for release is banned there. Only with the body named, as agent or after "in".
  { relation: 'banned', id: 'pattern:banned:bnf93-not-approved-for-release-by', template: `Y1 P (?:has |have |had |was |were |is |are )?(?:been )?(?:also )?T(not approved|not cleared|not passed|never approved|never cleared|refused approval|denied approval|refused permission|denied permission) by (?:the )?(?:[a-z-]+ ){0,2}X1 (?:'s )?(?:[a-z-]+ ){0,3}for ${RELEASE}`, stateActor: true, requires: ['by'], indexBy: ['not', 'never', 'refused', 'denied'] },
  { relation: 'banned', id: 'pattern:banned:bnf93-not-approved-for-release-in', template: `Y1 P (?:has |have |had |was |were |is |are )?(?:been )?(?:also )?T(not approved|not cleared|never approved|never cleared|refused approval|denied approval|refused permission|denied permission) for ${RELEASE} in X1 `, stateActor: true, targetNotType: 'government', requires: ['in'], indexBy: ['not', 'never', 'refused', 'denied'] },
  // "Zembla's regulator refused to approve Zeta for release", "declined to allow Zeta to be screened", "denied Zeta a release".
  { relation: 'banned', id: 'pattern:banned:bnf93-refused-to-approve-for-release', template: `X P AUX T(refused|refuses|refuse|declined|declines|decline) to (?:approve|clear|certify|license|licence|allow|permit) (?:the )?${TITLE_KIND}Y1 (?:for ${RELEASE}|to be (?:released|screened|shown|distributed|exhibited)(?= |$))`, verb: true, stateActor: true, requires: ['to'] },
  { relation: 'banned', id: 'pattern:banned:bnf93-denied-title-a-release', template: `X P AUX T(denied|denies|deny|refused|refuses|refuse) (?:the )?${TITLE_KIND}Y1 (?:a|an|its) (?:[a-z-]+ )?(?:release|screening|release permit|screening permit|release licence|release license)(?= |$)`, verb: true, stateActor: true },
  // "Zenco's request to show Zeta has been denied by authorities in Zembla", "an application to release the film Zeta was rejected
  // by the board": the title asked for is banned by who refused it.
  { relation: 'banned', id: 'pattern:banned:bnf93-request-to-show-denied-by', template: `(?:(?:the )?@\\d+ 's |the |a |an |its |their )(?:[a-z-]+ )?(?:request|requests|application|applications|bid|bids) (?:(?:by|from) (?:the )?@\\d+ )?to ${SHOW_VERBS} (?:the )?${TITLE_KIND}Y1 (?:in (?:the )?@\\d+ )?(?:has |have |had |was |were |is |are )?(?:been )?T(denied|rejected|refused|turned down) by (?:the )?(?:[a-z-]+ ){0,3}(?:in (?:the )?)?X1 `, stateActor: true, requires: ['to'] },
  // "rejected Zenco's request to show Zeta": the active form (the import form is state-refused-request-to-import).
  { relation: 'banned', id: 'pattern:banned:bnf93-rejected-request-to-show', template: `X P AUX T(rejected|rejects|reject|denied|denies|deny|refused|refuses|refuse|turned down|turns down|turn down) (?:(?:the )?@\\d+ 's |a |an |the |its |their )(?:[a-z-]+ )?(?:request|requests|application|applications|bid|bids) (?:(?:by|from) (?:the )?@\\d+ )?to ${SHOW_VERBS} (?:the )?${TITLE_KIND}Y1 `, verb: true, stateActor: true, requires: ['to'], targetNotType: 'company' },
  // "Qorvamart and Zenbuy have withdrawn Vexa products", "pulled products related to Vexa": platforms taking a brand's goods off sale
  // ban the brand, as a store pulling an app does. Not the maker's own recall of goods found faulty.
  { relation: 'banned', id: 'pattern:banned:bnf93-platforms-withdrew-brand-goods', template: `X P AUX T(${TAKEN_DOWN}) (?:all )?(?:the )?Y1 (?:brand |brand's |'s )?${GOODS} `, verb: true, notFollowedBy: NOT_A_BAN_AFTER, targetNotType: 'government' },
  { relation: 'banned', id: 'pattern:banned:bnf93-platforms-withdrew-goods-of-brand', template: `X P AUX T(${TAKEN_DOWN}) (?:all )?(?:the )?${GOODS} (?:related to|linked to|of|made by|sold by|by|under) (?:the )?(?:brand |retailer |label )?Y1 `, verb: true, notFollowedBy: NOT_A_BAN_AFTER, targetNotType: 'government' },
  // "appeared to drop Vexa's products": "dropped" only with the brand's possessive, never a maker's own line.
  { relation: 'banned', id: 'pattern:banned:bnf93-platforms-dropped-brands-goods', template: `X P AUX T(dropped|drops|drop|dropping) (?:the )?Y1 's ${GOODS} `, verb: true, notFollowedBy: NOT_A_BAN_AFTER, targetNotType: 'government', requires: ["'s"] },
  // "Vexa's products were dropped by Qorvamart and Zenbuy": the agent after "by" only ("were withdrawn from Ruritania" names a market left).
  { relation: 'banned', id: 'pattern:banned:bnf93-brand-goods-dropped-by', template: `(?:(?:[a-z-]+ )?(?:rival|brand|retailer|label) )?Y1 (?:'s )?${GOODS} (?:has |have |had |was |were |is |are )?(?:been )?(?:also )?T(withdrawn|pulled|removed|dropped|delisted|taken down|scrubbed) (?:from (?:the )?(?:[a-z-]+ )?(?:shelves|sale|sites|platforms|stores|websites) )?by (?:the )?(?:(?:[a-z-]+ ){0,2}(?:platforms?|sites|websites|retailers|operators) (?:like |such as |including )?)?X `, notFollowedBy: FAULT_AFTER, targetNotType: 'government' },
];
