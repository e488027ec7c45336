import { MADE_KIND_WORDS } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Kinds of firm a rivalry frame names its rivals by when the noun is no rival word of its own ("giants such as Qorva", "market
 * leaders Qorva and Vexa"): the frame makes them rivals. Never roles that tie a firm to another (customers, partners, suppliers,
 * investors, retailers) nor places.
 */
const FIRM_KIND_WORDS = 'giants|incumbents|heavyweights|leaders|titans|behemoths|brands|firms|companies|makers|manufacturers|vendors|players|names';
const FIRM_KINDS = `(?:${FIRM_KIND_WORDS})`;
/**
 * Stock-market words anywhere in the sentence: "Zenco's shares trailed peers such as Qorva", "a valuation above its peers like
 * Qorva" compare listed firms, not rivals in a market.
 */
const STOCK_WORDS = String.raw`(?:shares?|stocks?|valuations?|valued|dividends?|index|indices|market cap|market capitali[sz]ation|market value|price-to-earnings|p/e|multiples?|traded|trading|investors)`;
/**
 * Up to two describing words before such a kind, none of them a past or would-be marker ("former giants" are no rivals now), another
 * role, or a word that joins another phrase ("faces lawsuits from giants such as Qorva": the giants sue), nor a stock's word ("Zenco's
 * shares trail peers such as Qorva" compares share prices; review rr94a).
 */
const KIND_DESCRIBING = String.raw`(?:(?!(?:former|one-time|onetime|erstwhile|ex|past|previous|future|would-be|potential|possible|partner|client|customer|supplier|retail|investor|from|by|of|to|with|for|in|on|at|against|over|and|or|than|as|the|a|an|${STOCK_WORDS})(?= ))[a-z-]+ ){0,2}`;
/** "giants such as", "tech titans like", "the likes of": the lead-in to the named rivals after a frame. */
const KIND_LEAD = String.raw`(?:(?:the )?${KIND_DESCRIBING}${FIRM_KINDS} (?:, )?(?:such as|like|including|namely) |the likes of )`;
const STOCK_BEFORE = new RegExp(`(?:^| )${STOCK_WORDS} `);
/**
 * Before a subject that opens a frame: a stock word anywhere, or a word right before the name that makes it no subject (an object,
 * "bought Qorva to gain an edge"; a list member, "customers such as Qorva, which trail"). Only a clause's opening words may stand
 * there ("but Zenco trails", "said Zenco has an edge").
 */
const NOT_SUBJECT_BEFORE = new RegExp(`(?:^| )${STOCK_WORDS} |(?:^| )(?!(?:the|that|but|while|whereas|because|since|when|said|says|now|meanwhile|so|also|today|yet|although|though)(?= ))[^ ,:;(—–-]+ $`);
const STOCK_AFTER = new RegExp(`(?:^|.* )${STOCK_WORDS}(?: |$)`);
/** After an edge: a stock word, or a dispute or talks the edge is in ("an edge over Qorva in court", "in the talks"): no market. */
const NO_MARKET_EDGE_AFTER = new RegExp(`(?:^|.* )${STOCK_WORDS}(?: |$)|^(?:in|at|during) (?:the )?(?:court|courts|lawsuit|case|trial|dispute|talks|negotiations|bidding|auction|election|vote|poll|polls)(?: |$)`);
/** Words before a market's noun, none a stock's or a bond's: "its peers in the stock market" compares listings (review rr94a). */
const MARKET_DESCRIBING = String.raw`(?:(?!(?:${STOCK_WORDS}|stock|bond|bonds|equity|equities|debt|credit|capital|money|financial)(?= ))[a-z0-9-]+ ){0,3}`;
/** Words an advantage takes before it: "a clear edge", "a competitive advantage". */
const EDGE_DESCRIBING = String.raw`(?:(?:competitive|clear|slight|big|bigger|major|decisive|significant|key|early|technological|technical|cost|price|pricing|real|distinct|crucial|important|further|an|added|extra|huge|substantial) ){0,2}`;

/**
 * Helper rvl94 (stop 94), from stop 93's fresh set 90 (and sets 88, 89): rivalry stated through a frame whose rivals are named by
 * a kind of firm that is no rival word ("giants such as", "market leaders", "its peers such as"): an edge held over them, a
 * firm trailing them, a firm measured against its peers in a market. A table of its own, spread at the end of RELATION_PATTERNS
 * (that literal is at TypeScript's limit, TS2590).
 */
export const RIVALS_IN_FRAMES_AND_KIND_LISTS: readonly RelationPattern[] = [
  // "Zenco has a clear edge over giants such as Qorva and Vexa", "Zenco gained an advantage over Qorva": an edge a firm holds over
  // another firm or thing is a rivalry. Not a state's edge (the US over Zembla), not a stock's ("its shares have an edge"), not
  // another's ("Zenco's partner has an edge over Qorva": the possessed noun is no AUX), not an edge only sought ("to gain an edge",
  // "seeks an edge": no verb of wanting allowed here; a modal keeps its hedge).
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-holds-edge-over', template: `X1 P AUX T(has|have|had|holds|hold|held|gains|gain|gained|enjoys|enjoy|enjoyed|keeps|kept|maintains|maintained|retains|retained|holding|enjoying|gaining|having) (?:a |an |the |its |their )?${EDGE_DESCRIBING}(?:edge|advantage|upper hand|leg up) over (?:${KIND_LEAD})?(?:the )?(?:@\\d+ 's )?Y (?!'s )`, verb: true, targetNotType: 'government', notPrecededBy: NOT_SUBJECT_BEFORE, notFollowedBy: NO_MARKET_EDGE_AFTER, requires: ['over'] },
  // "The chip gives Zenco an edge over giants such as Qorva", "a deal that gave Zenco the upper hand over Qorva": the firm given the
  // edge is the rival of the firms it is over. Not "gives its partners an edge" (the receiver must be named).
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-gives-edge-over', template: `T(gives|give|gave|giving|given) (?:the )?X1 (?:a |an |the )${EDGE_DESCRIBING}(?:edge|advantage|upper hand|leg up) over (?:${KIND_LEAD})?(?:the )?(?:@\\d+ 's )?Y (?!'s )`, targetNotType: 'government', notPrecededBy: STOCK_BEFORE, notFollowedBy: NO_MARKET_EDGE_AFTER, requires: ['over'] },
  // "Zenco trails leaders such as Qorva", "Zenco lags behind market leaders Qorva and Vexa", "Zenco is behind giants like Qorva in
  // chips": the firms a firm trails, named by a kind of leading firm. Not peers (a share price trails its peers), not a stock.
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-trails-leaders-such-as', template: `X1 P AUX T(trails|trailed|trail|trailing|lags behind|lagged behind|lag behind|lagging behind|lags|lagged|is behind|are behind|was behind|were behind|remains behind|remained behind|falls behind|fell behind|fallen behind|falling behind|is chasing|are chasing|chases|chased) (?:${KIND_LEAD}|(?:the )?(?:(?:market|industry|sector|segment|category) )(?:leaders|leader|giants|heavyweights|incumbents) (?:, )?)(?:the )?Y (?!'s )`, verb: true, targetNotType: 'government', notPrecededBy: NOT_SUBJECT_BEFORE, notFollowedBy: STOCK_AFTER, requires: ['trails|trailed|trail|trailing|lags|lagged|lag|lagging|behind|chasing|chases|chased'] },
  // "Zenco's robots are as good as its international peers such as Qorva", "cheaper than those of its peers like Qorva": a firm's
  // goods measured against its peers' are in their market. Not a stock's measure (shares, valuation, dividends).
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-as-good-as-peers', template: `(?:than|as) (?:(?:those|that) of )?POSS (?:${KIND_DESCRIBING})T(peers) (?:, )?(?:such as|like|including|namely) (?:the )?Y (?!'s )`, targetNotType: 'government', notPrecededBy: STOCK_BEFORE, notFollowedBy: STOCK_AFTER, requires: ['peers'] },
  // "Zenco's peers in the chip market, such as Qorva and Vexa", "its peers in robotics like Qorva": peers in a named market.
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-peers-in-market', template: `POSS (?:${KIND_DESCRIBING})T(peers) in (?:the )?${MARKET_DESCRIBING}(?:market|markets|industry|sector|business|space|field|segment) (?:, )?(?:such as|like|including|namely) (?:the )?Y (?!'s )`, targetNotType: 'government', notPrecededBy: STOCK_BEFORE, notFollowedBy: STOCK_AFTER, requires: ['peers'] },
  // "Zenco faces peers such as Qorva in robots", "Zenco outsold giants like Qorva", "Zenco overtook market leaders such as Qorva": a firm
  // that faces, outsells or overtakes others named by a kind of firm (peers too) competes with them. Not a verb of another
  // relation ("faces lawsuits from", "faces investors such as": no such kind right after the verb), nor a win in court or a vote.
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-faces-or-outsells-kinds', template: `X1 P AUX T(faces|faced|face|facing|outsold|outsells|outsell|outselling|outshipped|outships|outship|undercut|undercuts|undercutting|overtook|overtakes|overtake|overtaken|overtaking|outpaced|outpaces|outpace|outpacing) (?:(?:the )?${KIND_DESCRIBING}(?:${FIRM_KIND_WORDS}|peers) (?:, )?(?:such as|like|including|namely) |the likes of )(?:the )?Y (?!'s )`, verb: true, targetNotType: 'government', notPrecededBy: NOT_SUBJECT_BEFORE, notFollowedBy: NO_MARKET_EDGE_AFTER, requires: ['such|like|including|namely|likes'] },
  // "Zenco said its peers include Qorva and Vexa", "Zenco's peers such as Qorva cut prices": a firm's peers listed right after its
  // possessive are its rivals (as its rivals would be; a share move's peers are read by own-move-then-peers). Not a stock's peers.
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-possessed-peers-listed', template: `POSS (?:${KIND_DESCRIBING})T(peers) (?:, )?(?:include|includes|included|such as|like|including|namely) (?:the )?Y (?!'s )`, targetNotType: 'government', notPrecededBy: STOCK_BEFORE, notFollowedBy: STOCK_AFTER, requires: ['peers'] },
  // "Zenco, whose peers include Qorva and Vexa, …": a firm's peers listed in a relative clause (as "whose rivals include").
  { relation: 'competes_with', id: 'pattern:competes_with:rvl94-whose-peers-include', template: `X1 , T(whose) (?:${KIND_DESCRIBING})peers (?:include|includes|included|are|were|such as) (?:the )?Y (?!'s )`, targetNotType: 'government', requires: ['peers'] },
  // "Zenco and Qorva, with their Zeta and Tarn robots, …": two firms, then their things in the same order with a kind of made thing
  // after them: each firm makes the thing in its place, never the other's (no cross pairs). Only two of each; a possessed item
  // ("with their Zeta and Vexa's Tarn") or a place ("with their Ruritania and Zembla plants": no made kind) breaks it.
  { relation: 'develops', id: 'pattern:develops:rvl94-pair-with-their-pair-first', template: `(?:^|, |the )X1 (?:and|&) @\\d+ , (?:with|and|behind|through) T(their) (?:respective )?(?:(?:new|latest|own|rival|competing|flagship) )?(?:the )?Y1 (?:and|&) (?:the )?@\\d+ (?:[a-z-]+ )?(?<k>[a-z][a-z0-9-]*)(?= [,.;]| ?$)`, kindNoun: true, indexBy: MADE_KIND_WORDS, requires: [','] },
  { relation: 'develops', id: 'pattern:develops:rvl94-pair-with-their-pair-second', template: `(?:^|, |the )@\\d+ (?:and|&) X1 , (?:with|and|behind|through) T(their) (?:respective )?(?:(?:new|latest|own|rival|competing|flagship) )?(?:the )?@\\d+ (?:and|&) (?:the )?Y1 (?:[a-z-]+ )?(?<k>[a-z][a-z0-9-]*)(?= [,.;]| ?$)`, kindNoun: true, indexBy: MADE_KIND_WORDS, requires: [','] },
];
