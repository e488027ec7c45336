import type { RelationPattern } from './relation-patterns';

/** What a brand carrier may be called after its name: "under the Zeta brand", "under its Zeta label". */
const CARRIER_NOUNS = 'brand|label|brand name|trade name|marque|banner';

/** Making and trading verbs whose subject, after a fronted brand carrier, owns the brand: "Under its Zeta brand, Zenco sells …". */
const FRONTED_TRADE_VERBS = 'sells|sold|markets|marketed|makes|made|produces|produced|manufactures|manufactured|offers|offered|launched|launches|released|releases|introduced|introduces|created|creates|developed|develops|built|builds|designs|designed|operates|operated|runs|ran';

/**
 * Who trades goods under another's brand: a retailer, a distributor or a licensee named before the agent ("marketed under the Zeta
 * brand by retailer Qorva") is not the brand's maker.
 */
const OTHER_TRADER_ROLES = 'retailer|retailers|distributor|distributors|licensee|licensees|reseller|resellers|importer|importers|wholesaler|wholesalers|supermarket|supermarkets|chain|chains|stores?|shops?|grocer|grocers|partner|partners|agent|agents|agency|franchisee|franchisees|dealer|dealers|stockist|stockists|client|clients|customer|customers';

/**
 * Helper brd94 (stop 94): a maker stated through a brand carrier that the trade-verb rules (which read the verb first) do not reach:
 * the carrier fronted before its owner, and goods marketed under a brand with their maker in a "by" agent. A table of its own,
 * spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const BRAND_CARRIER_PATTERNS: readonly RelationPattern[] = [
  // "Under its Zeta brand, Zenco has created a line of frozen meals": a carrier fronted before the subject names the subject's own
  // brand. Not a role before the subject ("…, retailer Qorva sells": the name must follow the comma), nor an aside after the brand
  // ("Under the Zeta brand, licensed from Qorva, Zenco sells …"), nor a plan or a denial (the trading verb must follow the subject).
  { relation: 'develops', id: 'pattern:develops:brd94-fronted-under-brand-then-owner', template: `^T(under) (?:the |its |their )(?:(?:own|new|flagship|premium|budget) )?Y1 (?:${CARRIER_NOUNS}) , (?:the )?X1 (?!'s )(?:(?:has|have|had|also|now|already|long|since) ){0,2}(?:${FRONTED_TRADE_VERBS})(?= )`, targetNotType: 'government', requires: ['under', ','] },
  // "nuggets which were marketed under the Zeta brand by Zenco": the agent of goods traded under a brand is its owner. Not a seller
  // in another role ("… by retailer Qorva"), nor a licensee ("… by Zenco under licence from Qorva": read below).
  { relation: 'develops', id: 'pattern:develops:brd94-traded-under-brand-by-agent', template: `(?:was|were|is|are|been|being|be) (?:(?:also|now|first|originally|later|once|still) )?T(marketed|sold|made|produced|manufactured|launched|released|introduced|offered) under (?:the |its |their |a )?Y1 (?:${CARRIER_NOUNS}) (?:(?:in|across|throughout) (?:the )?@\\d+ )?by (?:the )?(?!(?:${OTHER_TRADER_ROLES}) )(?:(?!(?:${OTHER_TRADER_ROLES}) )[a-z-]+ ){0,2}X1 (?!'s )`, notFollowedBy: /^(?:, )?(?:under (?:a )?licen[cs]e|licen[cs]ed from|on behalf of|for (?:its )?(?:clients?|customers?|owner)|in partnership with)/, targetNotType: 'government', requires: ['under', 'by'] },
];
