import type { RelationPattern } from './relation-patterns';

/**
 * Helper mkr97 (stop 97), from set 95's readers and real device and pet-food recall news: the maker named by "by" after a recall's
 * noun ("the recall of the Zeta II and Zeta 3 pumps by Zenco", "recalls for Zeta infusion pumps and infusion sets by Qorva
 * America"). The verb's patterns read "Zenco recalled …" and "… were recalled by Zenco"; the noun with "by" had none, and the
 * firm that recalls named goods is their maker as in those (a seller's recall is caught as there: a known retailer's name lacks a
 * maker's word, `makerLikeSource`). Only lower-case words of the goods' kind between the names and "by": no verb of another's
 * role ("sold by", "distributed by", "ordered by"), no comma (", announced by the agency"). A table of its own, spread at the end of
 * RELATION_PATTERNS (that literal is at TS2590).
 */

/** A lower-case word of the goods' description: no participle or role verb ("sold", "imported", "ordered"), no clause word. */
const KIND_WORD = String.raw`(?!(?:sold|made|built|held|kept|sent|bought|run|given|taken|that|which|who|were|was|is|are|been|being|has|have|had|after|before|over|due|because|following|amid|from|to|at|in|on|with|as|by)(?= ))[a-z][a-z-]*(?<!ed) `;

/**
 * The words before a list of goods with their maker after "by" that make the maker another role or the goods another's act, as the
 * single name's pattern (relation-patterns.ts's `Y1 T(by) …`, not imported: this table is read while that module still loads).
 * "use" as a noun ("the use of A and B by Zenco": Zenco uses them), not as a verb: "told hospitals not to use Zeta Markers and Zeta
 * LP Markers by Qorva Inc." names both goods of their maker (helper lst, stop 100: the first was dropped).
 */
const NOT_GOODS_BEFORE = /(?:^| )(?:reports?|analys[ie]s|study|studies|survey|review|reviews|investigation|probe|story|article|coverage|ranking|test|tests|benchmarks?|acquisition|purchase|takeover|sale|sales|ban|bans|blocking|banning|(?<!(?:to|not|never|stop|avoid|should|must|can|could|would|will|may|might|cannot) )use|usage|adoption|deployment|removal|investment|stake|funding|backing|support|endorsement|criticism|defeat|replacement|challenge|suit|lawsuit|complaint|of|on|about|into|against|from|to|with|was|were|is|are|been|being|be|'s|dubbed|nicknamed|tracked as|sold|distributed|imported|stocked|recommended|tested|reviewed|owned|acquired|bought|carried|offered|supplied|marketed|licensed|licenced|by|for|at|approved|backed|funded|founded|led|partners?|rivals?|customers?|clients?) (?:the |a |an )?$|(?:^| )(?:developed|built|made|designed|created|engineered|produced|manufactured) (?:specifically |especially |exclusively )?for (?:the )?$/;

/** After the firm: its division is still its own ("by Zenco's Vexa division"); another's possession is not ("by Zenco's distributor"). */
const NOT_THE_FIRM_NEXT = /^'s (?!(?:@\d+ )?(?:[a-z-]+ )?(?:division|unit|subsidiary|arm|business)(?= ))|^(?:[a-z-]+ )?(?:ministry|agency|regulator|regulators|authority|authorities|officials|government|watchdog|commission|department|inspectors|health)(?= |$)/;

/**
 * A seller's recall names the shop, not the maker: "the recall of Zeta blenders by Zenco Stores", "… by Zenco, the retailer" (critic
 * crit97a: recalls are run by shops as often as by makers). By the name's last word, or by the description set off after it.
 */
const SELLER_NAME = /\b(?:Stores?|Shops?|Mart|Markets?|Supermarkets?|Pharmac(?:y|ies)|Drugstores?|Retail|Retailers?|Wholesale|Outlets?|Depot|Warehouse|Club|Imports|Distribution|Distributors?)$/;
const SELLER_APPOSED_NEXT = /^, (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:retailer|retailers|chain|store|stores|grocer|supermarket|seller|distributor|importer|wholesaler|pharmacy|drugstore)(?= |,|$)/;

/** A maker's nouns, as the sentence spells them. */
const MAKER_NOUNS = 'maker|makers|manufacturer|manufacturers|inventor|inventors|creator|creators|developer|developers|producer|producers|designer|designers|builder|builders';
/** A word before a maker's noun ("the world's largest", "the No. 2", "the original"): no other role ("the rival", "a partner"). */
const RANK_WORD = String.raw`(?!(?:rival|rivals|partner|partners|customer|customers|client|clients|supplier|suppliers|parent|owner|owners|investor|investors|distributor|distributors|seller|sellers|retailer|retailers|importer|importers|and|or|of|for|to|with)(?= ))(?:[a-z0-9-]+|'s) `;
/** A lower-case word of the goods' kind after their name ("Zeta knives"): no clause or list word ("and its distributor"), no verb ("As the maker of Zeta grew, …"). */
const GOODS_WORD = String.raw`(?!(?:and|or|nor|but|which|that|who|whose|its|their|for|to|with|by|from|as|than|is|was|are|were|has|had|have|grew|rose|fell|went|came|became|began|won|lost|said|sold|took|got|ran|left|hit|cut|set|put|kept|held|spent|built|bought|paid|met|saw|made|grows|rises|falls)(?= ))[a-z][a-z0-9-]*(?<!ed) `;

export const MAKER_BY_PHRASINGS: readonly RelationPattern[] = [
  // "the recall of the Zeta II and Zeta 3 devices by Zenco", "recalls for Zeta infusion pumps and infusion sets by Qorva America".
  { relation: 'develops', id: 'pattern:develops:mkr97-recall-of-named-by', template: `(?:recall|recalls) (?:of|for|covering|involving) (?:(?:the|some|certain|all|its|their|\\d[\\d,]*) )?Y (?:${KIND_WORD}){0,8}?T(by) X1 `, notFollowedBy: new RegExp(`${NOT_THE_FIRM_NEXT.source}|${SELLER_APPOSED_NEXT.source}`), sourceNotNamed: SELLER_NAME, makerLikeSource: true, requires: ['recall|recalls', 'by'], sentenceHolds: /\brecalls? (?:of|for|covering|involving)\b[^.;]* by /i },
  // "Alfa and Brava by Zenco PetCare are being removed", "Alfa, Brava and Cora by Zenco": a list of names, their maker after "by"
  // (the single name's pattern reads only the last). Names only, nothing between the list and "by".
  { relation: 'develops', id: 'pattern:develops:mkr97-named-list-by-maker', template: `(?=@\\d+ (?:, @\\d+ )*(?:, )?(?:and|&) @\\d+ by )Y T(by) X1 (?!'s )`, notPrecededBy: NOT_GOODS_BEFORE, requires: ['by', 'and|&'] },
  // "The maker of Zeta knives, Zenco, said …", "Known as the inventor of the Zeta knife, Zenco is …", "As the No. 2 maker of Lumo,
  // Zenco …": a maker's noun phrase opening the sentence, its firm right after the comma (the firm's own apposition, "Zenco, the
  // maker of Zeta", is trigger-relations.ts's). Not after another role ("the rival maker"), nor a list or a person after the firm.
  { relation: 'develops', id: 'pattern:develops:mkr97-fronted-maker-of-then-firm', template: `(?:(?:(?:best|widely|perhaps best|long|once|now|also|better) )?known as |as |once )?(?:the|a|an) (?:${RANK_WORD}){0,4}?T(${MAKER_NOUNS}) of (?:the |its |their )?(?:${GOODS_WORD}){0,2}?Y (?:${GOODS_WORD}){0,3}, (?:the )?X1 `, notPrecededBy: /\S/, notFollowedBy: /^(?:'s |and |or |& |, (?:and|or) )/, requires: [MAKER_NOUNS, 'of', ','], sentenceHolds: /^(?:(?:[A-Za-z]+ )?(?:known as|as|once) )?(?:the|a|an) [^,]*\b(?:maker|manufacturer|inventor|creator|developer|producer|designer|builder)s? of /i },
];
