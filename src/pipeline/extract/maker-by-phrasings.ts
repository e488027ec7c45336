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
 */
const NOT_GOODS_BEFORE = /(?:^| )(?:reports?|analys[ie]s|study|studies|survey|review|reviews|investigation|probe|story|article|coverage|ranking|test|tests|benchmarks?|acquisition|purchase|takeover|sale|sales|ban|bans|blocking|banning|use|usage|adoption|deployment|removal|investment|stake|funding|backing|support|endorsement|criticism|defeat|replacement|challenge|suit|lawsuit|complaint|of|on|about|into|against|from|to|with|was|were|is|are|been|being|be|'s|dubbed|nicknamed|tracked as|sold|distributed|imported|stocked|recommended|tested|reviewed|owned|acquired|bought|carried|offered|supplied|marketed|licensed|licenced|by|for|at|approved|backed|funded|founded|led|partners?|rivals?|customers?|clients?) (?:the |a |an )?$|(?:^| )(?:developed|built|made|designed|created|engineered|produced|manufactured) (?:specifically |especially |exclusively )?for (?:the )?$/;

/** After the firm: its division is still its own ("by Zenco's Vexa division"); another's possession is not ("by Zenco's distributor"). */
const NOT_THE_FIRM_NEXT = /^'s (?!(?:@\d+ )?(?:[a-z-]+ )?(?:division|unit|subsidiary|arm|business)(?= ))|^(?:[a-z-]+ )?(?:ministry|agency|regulator|regulators|authority|authorities|officials|government|watchdog|commission|department|inspectors|health)(?= |$)/;

export const MAKER_BY_PHRASINGS: readonly RelationPattern[] = [
  // "the recall of the Zeta II and Zeta 3 devices by Zenco", "recalls for Zeta infusion pumps and infusion sets by Qorva America".
  { relation: 'develops', id: 'pattern:develops:mkr97-recall-of-named-by', template: `(?:recall|recalls) (?:of|for|covering|involving) (?:(?:the|some|certain|all|its|their|\\d[\\d,]*) )?Y (?:${KIND_WORD}){0,8}?T(by) X1 `, notFollowedBy: NOT_THE_FIRM_NEXT, makerLikeSource: true, requires: ['recall|recalls', 'by'], sentenceHolds: /\brecalls? (?:of|for|covering|involving)\b[^.;]* by /i },
  // "Alfa and Brava by Zenco PetCare are being removed", "Alfa, Brava and Cora by Zenco": a list of names, their maker after "by"
  // (the single name's pattern reads only the last). Names only, nothing between the list and "by".
  { relation: 'develops', id: 'pattern:develops:mkr97-named-list-by-maker', template: `(?=@\\d+ (?:, @\\d+ )*(?:, )?(?:and|&) @\\d+ by )Y T(by) X1 (?!'s )`, notPrecededBy: NOT_GOODS_BEFORE, requires: ['by', 'and|&'] },
];
