import type { RelationPattern } from './relation-patterns';
import { INVESTOR_NAME } from './cue-words';

/**
 * Helper brp95 (stop 95), from set 92's readers (s92c, s92f) and real brand-portfolio news: a firm's set of brands named by the kind
 * of goods it holds, "Zenco's portfolio of gins includes Zeta and Vela", "Zenco's range of premium rums, which includes Zeta",
 * and a media or toy firm's "franchises" ("Zenco's franchises include Zeta and Vela"). The portfolio patterns in relation-patterns.ts
 * read "portfolio of brands" only. A table of its own, spread at the end of RELATION_PATTERNS (that literal is at TS2590).
 */

/** A firm's set of things whose kind an "of" names. */
// Not "collection": a museum's or a collector's collection holds others' goods ("Zenco Museum's collection of cars includes the Zeta").
const SET_NOUNS = 'portfolio|range|stable|family|lineup|line-up|roster|suite';

/**
 * Kinds after "of" that are no goods the firm makes: stakes and assets an investor holds, sites and properties an operator runs, a
 * trader's or an agency's counterparts, people, and other firms owned as companies ("Zenco's portfolio of companies includes Qorva").
 */
const NOT_MADE_KINDS = 'investments|investees|holdings|stakes|shares|stocks|equities|securities|bonds|loans|funds|assets|companies|firms|businesses|subsidiaries|startups|start-ups|ventures|clients|customers|partners|suppliers|retailers|distributors|dealers|licensees|franchisees|stockists|stores|shops|outlets|restaurants|hotels|resorts|properties|buildings|offices|sites|locations|venues|estates|vineyards|wineries|farms|mines|wells|fields|projects|patents|licences|licenses|contracts|deals|accounts|agencies|artists|athletes|players|drivers|riders|horses|authors|writers|designers|chefs|talent|stars|ambassadors|people|staff|investors|shareholders|routes|destinations|countries|markets|cities|paintings|artworks|works';

/** Up to three words describing the set, none of another's role or of a plan ("Zenco's planned range of …", "its rival's …"). */
const SET_DESCRIBING = '(?:(?!(?:rival|rivals|competitor|competitors|competing|partner|partners|planned|proposed|potential|possible|future|former|old|previous|investment|client|customer|retail|licensed|licenced|third-party|distribution|distributed)(?= ))[a-z0-9-]+ ){0,3}';

/** Words that make the kind's members another's: "of 30 distributed brands", "of rival brands" (helper dsc96). */
const OTHERS_KIND_WORDS = 'rival|rivals|competitor|competitors|competing|partner|partners|client|clients|customer|customers|licensed|licenced|third-party|distributed|distribution|retail|acquired|former|planned|proposed';
/**
 * A count of the kind's members with a word of degree before it, which the two describing words cannot hold: "of more than 30
 * brands", "of over a dozen labels" (helpers dsc96 and lst96: cor96's report and real drinks and car news; "of 30 brands" was read).
 */
const DEGREE_COUNT = '(?:(?:more than|fewer than|less than|up to|as many as|close to|over|about|around|nearly|almost|roughly|some|at least|upwards of) (?:[0-9][0-9,]*|a dozen|two dozen|a hundred|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds of|dozens of) )?';
/**
 * The kind of goods after "of": a plural word, none of NOT_MADE_KINDS, after at most two words that describe it ("of premium Scotch
 * whiskies"), perhaps counted, none of them such a kind, another's role or a preposition ("of stakes in gins", "of investments in
 * brands" are an investor's).
 */
const MADE_KIND = `${DEGREE_COUNT}(?:(?!(?:${NOT_MADE_KINDS}|${OTHERS_KIND_WORDS}|in|of|for|from|with|by|at|on|to|and|or|that|which)(?= ))[a-z0-9-]+ ){0,2}(?!(?:${NOT_MADE_KINDS})(?= ))[a-z-]+s`;

/** Maker nouns whose "of" a second "and of" repeats: "the maker of A, and of B". */
const MAKER_OF_NOUNS = 'maker|makers|producer|producers|manufacturer|manufacturers|developer|creator|publisher|distiller|brewer';

/**
 * Words of the second conjunct before its members (at most three): kinds and describing words, none that puts the members in
 * another's hands or makes them a part's or a rival's ("and of engines for the Vela", "and of rivals to Vela").
 */
const SECOND_OF_WORDS = '(?:(?!(?:for|in|on|to|with|by|from|at|of|and|or|the|a|an|parts|components|rival|rivals|competitor|competitors)(?= ))[a-z0-9-]+ ){0,3}';

/**
 * Who holds a set of others' goods: an investor, and a trader whose role is glued to its name or ends it ("Distributor Qorva's
 * portfolio of wines", "Qorva Stores' range of gins", "Qorva Imports").
 */
const HOLDER_OF_OTHERS_GOODS = new RegExp(`${INVESTOR_NAME.source}|^(?:Distributor|Distributors|Importer|Importers|Retailer|Retailers|Wholesaler|Wholesalers|Reseller|Resellers|Dealer|Dealers|Supermarket|Supermarkets|Stockist|Stockists|Grocer|Grocers|Licensee|Licensees|Merchant|Merchants)\\b|\\b(?:Stores|Supermarkets|Retail|Retailers|Wholesale|Distribution|Distributors|Imports|Importers|Merchants)$`);

export const PORTFOLIO_KIND_LISTS: readonly RelationPattern[] = [
  // "Zenco's portfolio of gins includes Zeta and Vela", "Zenco's wide-ranging portfolio of gins, that include Zeta and Gordon's",
  // "Zenco's range of rums, which includes Zeta": the set's kind after "of", then its members.
  { relation: 'develops', id: 'pattern:develops:brp95-possessed-set-of-kind-includes', template: `POSS ${SET_DESCRIBING}T(${SET_NOUNS}) of ${MADE_KIND} (?:, )?(?:(?:that|which) )?(?:now |also |currently |already )?(?:include|includes|included|comprise|comprises|are|were) (?:(?:brands|labels|names) (?:such as|like|including) )?(?:the )?Y`, requires: ['of', 'include|includes|included|comprise|comprises|are|were'], sourceNotNamed: HOLDER_OF_OTHERS_GOODS },
  // "Zenco has a portfolio of gins including Zeta and Vela", "Zenco makes a range of rums such as Zeta": the subject's set. Not one it
  // sells or markets (a shop's or a distributor's range of others' goods), nor a "range" or "lineup" it merely has (a shop "has a range
  // of gins including Zeta"): with "has" only a portfolio or a stable.
  { relation: 'develops', id: 'pattern:develops:brp95-has-set-of-kind-such-as', template: `X1 P AUX (?:owns|owned|makes|made|produces|produced|boasts|boasted) (?:a |an |the )?${SET_DESCRIBING}T(${SET_NOUNS}) of ${MADE_KIND} (?:, )?(?:including|such as|like|that includes|which includes|that include|which include) (?:the )?Y`, requires: ['of', 'including|such|like|includes|include'], sourceNotNamed: HOLDER_OF_OTHERS_GOODS },
  { relation: 'develops', id: 'pattern:develops:brp95-has-portfolio-of-kind-such-as', template: `X1 P AUX (?:has|had) (?:a |an |the )?${SET_DESCRIBING}T(portfolio|stable) of ${MADE_KIND} (?:, )?(?:including|such as|like|that includes|which includes|that include|which include) (?:the )?Y`, requires: ['of', 'including|such|like|includes|include'], sourceNotNamed: HOLDER_OF_OTHERS_GOODS },
  // "Zenco's franchises include Zeta and Vela", "Zenco's best-known franchises are Zeta and Vela": a toy or media firm's own lines.
  { relation: 'develops', id: 'pattern:develops:brp95-possessed-franchises-include', template: `POSS ${SET_DESCRIBING}T(franchises) (?:now |also |currently |still )?(?:include|includes|included|are|were) (?:(?:brands|properties) (?:such as|like|including) )?(?:the )?Y`, requires: ['franchises'], sourceNotNamed: HOLDER_OF_OTHERS_GOODS },
  // "Zenco is the maker of watches like the Zeta Z2, and of smartwatches like the Zeta Z4": a maker noun's second "of" names more of
  // its goods (set 92's readers: the first "of" was read, the second lost). Not another's goods ("and of Qorva's Vela"), not a
  // denial ("is not the maker of A or of B" has no "and of").
  { relation: 'develops', id: 'pattern:develops:brp95-maker-of-and-of', template: `X1 (?:, |(?:is|was|remains|are|were) )(?:the |a |an )?(?:[a-z-]+ ){0,2}T(${MAKER_OF_NOUNS}) of A8 (?:, )?and (?:also )?of ${SECOND_OF_WORDS}(?:(?:such as|like|including) )?(?:the )?(?!@\\d+ 's )Y`, requires: ['of', 'and'], sourceNotNamed: HOLDER_OF_OTHERS_GOODS },
];
