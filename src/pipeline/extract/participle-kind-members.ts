import type { RelationPattern } from './relation-patterns';
import { OTHERS_TRADER_WORDS, SELLER_OF_OTHERS, sentenceWithout } from './brand-set-verbs';
import { KNOWN_RETAILER_NAME } from './retailer-names';

/**
 * Helper own101: a plural kind of goods, a participle of running, offering or selling, its firm after "by", and the kind's members
 * listed after the firm: "services run by Qorva, such as Zeta and Vexa", "tools offered by Zenco, including Zeta", "drinks marketed by
 * Qorva, among them Zeta", "phones sold by Zenco, like the Zeta X". The firm provides each member. The making participles ("made",
 * "owned", "operated") have the passive trigger's reading (kind-members-after-maker.ts); these are no develops triggers, so a template
 * reads them, the list only (a name before the kind stays unread). Not a firm's kind ("firms run by Qorva, including Zenco": the kind
 * is no goods), not another's role ("apps used by Zenco", "firms backed by Qorva"). A seller is a maker only where neither its name
 * nor the sentence tells of a shop's trade (own-goods-sold.ts's guard: "phones sold by Vexa Stores, such as the Zeta X"). A table of
 * its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** The words that open the members after the firm. */
const MEMBERS_CUE = '(?:, )?(?:including|such as|like|namely|among them) (?:the )?';
/** A lower-case plural right before the participle: the kind, checked as goods by `kindNoun`. */
const GOODS_KIND = '(?<k>[a-z][a-z-]*s )';
/** A firm's brands, which `kindNoun` does not count as goods. */
const BRAND_KIND = '(?:brands|labels|marques) ';
/** The seller's name: no shop's, distributor's or fund's word at its end, no chain known by name. */
const NOT_A_SELLERS_NAME = new RegExp(`${SELLER_OF_OTHERS.source}|${KNOWN_RETAILER_NAME.source}`);

export const PARTICIPLE_KIND_MEMBERS: readonly RelationPattern[] = [
  // "services run by Qorva, such as Zeta and Vexa", "tools offered by Zenco, including Zeta", "drinks marketed by Qorva, namely Zeta".
  { relation: 'develops', id: 'pattern:develops:own101-kind-run-by-firm-members', template: `${GOODS_KIND}T(run|offered|marketed) by X1 ${MEMBERS_CUE}Y`, kindNoun: true, targetNotType: 'company', requires: ['by'] },
  // "brands marketed by Zenco, among them Zeta and Vexa".
  { relation: 'develops', id: 'pattern:develops:own101-brands-run-by-firm-members', template: `${BRAND_KIND}T(run|offered|marketed) by X1 ${MEMBERS_CUE}Y`, targetNotType: 'company', requires: ['by'] },
  // "phones sold by Zenco, such as the Zeta X and Vexa Pro": the seller of a kind's named members, no shop by name or trade.
  { relation: 'develops', id: 'pattern:develops:own101-kind-sold-by-firm-members', template: `${GOODS_KIND}T(sold) by X1 ${MEMBERS_CUE}Y`, kindNoun: true, targetNotType: 'company', sourceNotNamed: NOT_A_SELLERS_NAME, makerLikeSource: true, requires: ['by'], sentenceHolds: new RegExp(sentenceWithout(OTHERS_TRADER_WORDS), 'i') },
];
