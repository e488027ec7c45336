import type { RelationPattern } from './relation-patterns';
import { OTHERS_TRADER_WORDS, SELLER_OF_OTHERS, sentenceWithout } from './brand-set-verbs';

/**
 * Helper prt98 (stop 98), from real news on snack, household-goods and toy groups: a firm's brands named in an aside or after the
 * brands, where the brand-list rules stop. "Qorva agreed to buy Zenco — which includes snack brands Zeta, Vexa and Lumo — for …"
 * (the relative clause's brands' noun with a kind before it and no "such as") and "shoppers buy Zeta and Vexa, both Zenco brands" (the
 * owner in an apposition after its brands). A shop, a distributor or a fund holds others'
 * brands, so neither the name nor the sentence may say so. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Sentences with no word of a shop, a stockist, an agency, a licensee or an investor ("Zenco, a retailer, which includes brands …"). */
const NO_OTHERS_TRADER = sentenceWithout(OTHERS_TRADER_WORDS);

/** Up to two describing words before the brands' noun, none a word of others' brands: "snack brands", "well-known beauty labels". */
const DESCRIBED_BRANDS = String.raw`(?:(?!(?:other|rival|competing|partner|partners|licensed|third-party|distributed|stocked|its|their|the)(?= ))[a-z-]+ ){0,2}(?:brands|labels|marques)`;

/** "which includes brands such as Qorva in its index": an index's or a fund's members, no brands of its own. */
const IN_AN_INDEX = /^(?:[^.;]*? )?in (?:its|the|their) (?:[a-z-]+ )?(?:index|indices|indexes|benchmark|basket|fund|funds|holdings|portfolio of shares)(?= |$)/;

export const BRAND_LIST_ASIDES: readonly RelationPattern[] = [
  // "Zenco — which includes snack brands Zeta, Vexa and Lumo — …", "Zenco, which comprises the brands Zeta and Vexa": the relative
  // clause lists the firm's own brands (the portfolio trigger reads "brands, which include …", its noun before the verb, only).
  { relation: 'develops', id: 'pattern:develops:prt98-which-includes-brands', template: `X1 (?:, |— |– |- )?which (?:now |also )?T(includes|included|comprises|comprised|encompasses|spans) (?:the )?${DESCRIBED_BRANDS} (?:, )?(?:(?:such as|like|including) )?(?:the )?Y`, sourceNotNamed: SELLER_OF_OTHERS, notFollowedBy: IN_AN_INDEX, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['which', 'brands|labels|marques'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*\\bwhich (?:now |also )?(?:includes|included|comprises|comprised|encompasses|spans) (?:[a-z-]+ ){0,3}(?:brands|labels|marques)\\b`, 'i') },
  // "Zeta and Vexa, both Zenco brands", "Zeta, Vexa and Lumo, all Zenco labels": the apposition after the list names their owner.
  { relation: 'develops', id: 'pattern:develops:prt98-both-owner-brands', template: `Y , (?:both|all|each|all three|all four) (?:of them )?X1 T(brands|labels|marques)(?=[,.;:)]|and |which |that |$)`, sourceNotNamed: SELLER_OF_OTHERS, notStateWhen: /./, targetNotType: 'company', notAnAddress: true, requires: ['brands|labels|marques'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*, (?:both|all|each)\\b`, 'i') },
];
