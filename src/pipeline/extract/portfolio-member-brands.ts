import { INVESTOR_NAME } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper pfm97 (stop 97), from set 95's readers and news on household-goods, confectionery and hotel groups: a brand stated as a
 * member of its owner's portfolio, the owner named as a modifier or a possessive after "in" ("Zeta, an iconic brand in the Zenco
 * portfolio", "Zeta is one of the top brands in Zenco's portfolio", "Another gem in the Zenco portfolio is Zeta"). The rules with
 * "under" read "a brand under the Zenco umbrella"; "in … portfolio" had no rule. A table of its own, spread at the end of
 * RELATION_PATTERNS (TS2590).
 */

/** Words that make the member another's: a rival's, a partner's or a licensed brand. */
const NOT_OWN_MEMBER = '(?!(?:rival|rivals|competing|competitor|competitors|former|partner|partners|licensed|third-party|outside)(?= ))';
/** Up to two describing words, none of them NOT_OWN_MEMBER's. */
const MEMBER_DESCRIBING = `(?:${NOT_OWN_MEMBER}[a-z0-9-]+ ){0,2}`;

/** What names the brand as a member: ", a …", "is one of the two …", "is another …" (up to two describing words). */
const MEMBER_OF = `(?:, |(?:is|was|remains|became|has become) )(?:a |an |another |one of (?:the |its |many |several )?)${MEMBER_DESCRIBING}`;

/**
 * The member's kind: a brand, or a jewel of one. Not "names" or "stars": a person may be one of the names in an agency's or a
 * promoter's stable.
 */
const MEMBER_KINDS = 'brand|brands|label|labels|marque|marques|gem|gems|jewel|jewels';

/** The owner's holding of brands; not a rival's, an investor's or a licensor's set ("in Qorva's portfolio of investments"). */
const PORTFOLIO = '(?:(?:brand|brands|product|global|wider|growing|consumer|core|own) ){0,2}(?:portfolio|stable)';

/** After the portfolio: not a portfolio of others' things ("… portfolio of investments", "… portfolio of licensed brands"). */
const NOT_OWN_PORTFOLIO_NEXT = /^ ?of (?:(?:[a-z-]+ )?(?:investments|holdings|stakes|companies|startups|start-ups|firms|clients|customers|partners|licences|licenses|assets|funds)|licensed|partner|third-party|outside|other|others')(?= |$)/;

/**
 * The owner before "portfolio": "the Zenco portfolio" (MODIFIER) or "Zenco's portfolio" / "its portfolio" (POSSESSIVE). Two
 * patterns each, as a template may hold the owner's group only once.
 */
const MODIFIER = "the X1 (?!'s )";
const POSSESSIVE = 'POSS ';

/** "Zeta, an iconic brand in the Zenco portfolio": the brand named, then its place in the owner's portfolio. */
const brandInPortfolio = (owner: string): string => `Y1 ${MEMBER_OF}T(${MEMBER_KINDS}) in ${owner}${PORTFOLIO}(?= |$)`;

/** "Another gem in the Zenco portfolio is Zeta", "One of the brands under the Zenco umbrella is Zeta": the member fronted. */
const frontedMemberIs = (place: string): string => `(?:^|, |(?:and|but) )(?:another |one of (?:the |its )?)${MEMBER_DESCRIBING}T(${MEMBER_KINDS}) ${place} (?:is|was|remains) (?:the )?Y1(?=[ ,.;:]|$)`;

/** Brand plurals a possessive may own: "Zenco's brands", "its core powerbrands". */
const OWNED_BRAND_PLURALS = 'brands|labels|marques|powerbrands';

export const PORTFOLIO_MEMBER_BRANDS: readonly RelationPattern[] = [
  // "Zenco's brands in Ruritania include A and B", "its brands in North Africa, such as A": a place where the brands are sold, between
  // the possessed brands and their list, cut the list from its owner (the list triggers read "brands include" as one phrase). Only a
  // place named alone after "in" (a one-word compass word before it at most), and the list right after it.
  { relation: 'develops', id: 'pattern:develops:pfm97-possessed-brands-in-place-list', template: `POSS (?:(?!(?:rival|rivals|competing|partner|partners|licensed|third-party|distributed|other)(?= ))[a-z-]+ ){0,2}T(${OWNED_BRAND_PLURALS}) in (?:the )?(?:[a-z]+ )?@\\d+ (?:, )?(?:(?:now |also )?(?:include|includes|included|are|were)|such as|like|including)(?: :)? (?:the )?Y`, notFollowedBy: /^ ?'s /, sourceNotNamed: INVESTOR_NAME, targetNotType: 'government', requires: ['in', 'include|includes|included|are|were|such|like|including'] },
  // "Zeta, an iconic brand in the Zenco portfolio,", "Zeta is one of two brands in Zenco's portfolio". Not a rival or licensed brand
  // there ("Zeta, a rival brand in …"), nor an investor's portfolio or one of others' things ("… portfolio of investments").
  { relation: 'develops', id: 'pattern:develops:pfm97-brand-in-modifier-portfolio', template: brandInPortfolio(MODIFIER), notFollowedBy: NOT_OWN_PORTFOLIO_NEXT, sourceNotNamed: INVESTOR_NAME, targetNotType: 'government', requires: ['portfolio|stable'] },
  { relation: 'develops', id: 'pattern:develops:pfm97-brand-in-possessed-portfolio', template: brandInPortfolio(POSSESSIVE), notFollowedBy: NOT_OWN_PORTFOLIO_NEXT, sourceNotNamed: INVESTOR_NAME, targetNotType: 'government', requires: ['portfolio|stable'] },
  // The member fronted, the brand after the verb: in the owner's portfolio or under its umbrella. A single name only ("… is Zeta and
  // Vela" is left to the list rules); not denied ("… is not Zeta": the name must follow the verb).
  { relation: 'develops', id: 'pattern:develops:pfm97-fronted-member-of-modifier-portfolio', template: frontedMemberIs(`in ${MODIFIER}${PORTFOLIO}`), sourceNotNamed: INVESTOR_NAME, targetNotType: 'government', requires: ['portfolio|stable', 'is|was|remains'] },
  { relation: 'develops', id: 'pattern:develops:pfm97-fronted-member-of-possessed-portfolio', template: frontedMemberIs(`in ${POSSESSIVE}${PORTFOLIO}`), sourceNotNamed: INVESTOR_NAME, targetNotType: 'government', requires: ['portfolio|stable', 'is|was|remains'] },
  { relation: 'develops', id: 'pattern:develops:pfm97-fronted-member-under-modifier-umbrella', template: frontedMemberIs(`under ${MODIFIER}umbrella`), sourceNotNamed: INVESTOR_NAME, targetNotType: 'government', requires: ['umbrella', 'is|was|remains'] },
  { relation: 'develops', id: 'pattern:develops:pfm97-fronted-member-under-possessed-umbrella', template: frontedMemberIs(`under ${POSSESSIVE}umbrella`), sourceNotNamed: INVESTOR_NAME, targetNotType: 'government', requires: ['umbrella', 'is|was|remains'] },
];
