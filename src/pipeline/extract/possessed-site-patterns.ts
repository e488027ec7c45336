import type { RelationPattern } from './relation-patterns';

/**
 * Helper dvx94 (stop 94), from set 91's readers (s91a … s91f): a firm's own web site named after a possessive and the words that
 * describe it, "its ticket resale Web site Zapp", "Zenco's hotel booking site Zapp". "Site" alone is no made kind (a firm's "Dresden
 * site" is a plant), so only a site the words before it put on the web is the firm's product: "Web site", "online site", or a
 * site for a trade done online ("resale", "booking", "jobs"). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Online trades that make a "site" a web site: "its resale site", "its property listings site". */
const ONLINE_SITE_TRADES = 'resale|re-sale|booking|bookings|ticketing|ticket|tickets|shopping|e-commerce|ecommerce|auction|auctions|classifieds|listings|listing|comparison|price-comparison|dating|jobs|job|recruitment|review|reviews|rental|rentals|travel|betting|gambling|streaming|video|news|social|fan|marketplace|subscription|food-delivery|delivery|gaming';

/**
 * Words that may describe the site before its trade (at most two): none that makes the site a rival's or a partner's, an
 * acquisition's or a stake's, nor a plan's ("its planned booking site Zapp" is not yet a site), nor an act on another's site ("its
 * lawsuit against booking site Zapp", "its ban on"), nor a gerund that acts on it ("its rules barring booking site Zapp").
 */
const SITE_DESCRIBING = '(?:(?!(?:in|of|for|on|to|with|from|at|by|against|over|about|under|between|behind|including|like|than|the|a|an|this|that|and|or|ban|bans|decision|ruling|order|orders|complaint|lawsuit|suit|probe|investigation|deal|agreement|bid|offer|merger|sale|rules|stake|stakes|rival|rivals|competitor|competitors|partner|partners|investment|acquisition|purchase|takeover|planned|proposed|potential|possible|would-be)(?= ))(?![a-z]+ing )[a-z0-9-]+ ){0,2}';

export const POSSESSED_SITES: readonly RelationPattern[] = [
  // "its ticket resale Web site Zapp", "Zenco's online site, Zapp": a web site the possessor runs.
  { relation: 'develops', id: 'pattern:develops:dvx94-possessed-web-site-named', template: `POSS ${SITE_DESCRIBING}(?:(?:${ONLINE_SITE_TRADES}) )?(?:[Ww]eb|online) T(site) (?:, )?(?:the )?Y1 `, notFollowedBy: /^\s*'s /, requires: ['site'] },
  // "its resale site Zapp", "Zenco's hotel booking site, Zapp": a site for a trade done online.
  { relation: 'develops', id: 'pattern:develops:dvx94-possessed-trade-site-named', template: `POSS ${SITE_DESCRIBING}(?:${ONLINE_SITE_TRADES}) T(site) (?:, )?(?:the )?Y1 `, notFollowedBy: /^\s*'s /, requires: ['site'] },
];
