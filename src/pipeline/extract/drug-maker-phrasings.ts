import type { RelationPattern } from './relation-patterns';

/**
 * Helper rlj94 (stop 94), from real pharmaceutical and biotech news: a drug maker's own drug named in ways a short made-up example
 * does not show. A drug is often named after its target or class and a kind the general rules do not list ("Zenco's PD-1 inhibitor
 * Zevatra", "its ADC candidate ZX-12", "Qorva's biosimilar, Zamvita"); a firm that won a regulator's approval for a drug is its
 * maker ("Zenco has won FDA approval for Zaurismo"); a passive maker is described before its name ("zecanemab, developed by the
 * Japanese drugmaker Zenco"). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Kinds of drug the possessive rules do not list: a class's or a stage's word. */
const DRUG_KINDS = 'immunotherapy|inhibitor|candidate|conjugate|adc|biosimilar|blocker|agonist|antagonist|biologic|jab|shot|treatment|medicine|drug|therapy|vaccine|antibody';
/** Up to three describing words before the kind, then perhaps a target's code ("PD-1", "DLL3-ADC", a mention the typer drops); never a tie to another party. */
const DRUG_DESCRIBING = String.raw`(?:(?!(?:in|of|for|with|from|on|at|by|to|into|and|or|the|a|an|rival|rivals|competitor|competitors|competing|partner|partners|licensed|licenced|generic|copycat|copy) )[a-z0-9-]+ ){0,3}`;
/** After the name, one that belongs to another party: "its inhibitor, Qorva's Zeta". */
const OTHERS_AFTER = /^\s*(?:'s|’s)(?= |$)/;
/** An owner the name finder joined to a measure before it: "Sales of Zenco's inhibitor Zeta" names no firm "Sales of Zenco". */
const MEASURE_OF_OWNER = /^(?:Sales|Shares|Revenue|Revenues|Demand|Prices?|Use|Supply|Supplies|Uptake|Approval|Approvals) of /;
/** The regulator's approval won: "FDA approval", "U.S. regulatory approval", "European approval". */
const APPROVAL = String.raw`(?:(?:@\d+|[a-z.-]+) ){0,3}(?:approval|clearance|authorization|authorisation|green light|nod)`;
/** What the approval was for, before the name: "a once-weekly 2.4 mg injection, dubbed", "its drug", "the". No preposition. */
const APPROVED_THING = String.raw`(?:(?:a|an|the|its|their) )?(?:(?!(?:in|of|for|with|from|on|at|by|to|into|and|or|the|acquisition|purchase|takeover|merger|deal|sale|plant|factory|facility|site|import|imports|export|exports) )(?:[a-z0-9.-]+|@\d+) ){0,5}(?:, )?(?:(?:dubbed|called|named|branded|known as|marketed as|sold as) )?`;
/** Who a drug's maker is said to be before its name: "the Japanese drugmaker", "Danish pharmaceutical company". */
const MAKER_DESCRIPTION = String.raw`(?:the |a |an )?(?:[a-z-]+ ){0,3}(?:drugmaker|drug maker|drugmakers|pharmaceutical company|pharmaceutical firm|pharmaceutical group|pharmaceutical giant|pharma company|pharma firm|pharma group|pharma giant|biotech|biotech company|biotech firm|biotechnology company|biotechnology firm|vaccine maker|company|firm)`;

export const DRUG_MAKER_PHRASINGS: readonly RelationPattern[] = [
  // "Zenco's PD-L1 immunotherapy Zimfa", "its DLL3-targeted ADC candidate ZX-12", "Zenco Inc.'s biosimilar, Zamvita,": the name after a
  // drug's kind the general possessive rules do not list. Not another's ("its inhibitor, Qorva's Zeta"), nor a rival's or a copy.
  { relation: 'develops', id: 'pattern:develops:rlj94-possessive-drug-kind-named', template: `POSS ${DRUG_DESCRIBING}(?:@\\d+ (?:[a-z0-9-]+ )?)?T(${DRUG_KINDS}) (?:, )?(?:the )?Y1`, notFollowedBy: OTHERS_AFTER, sourceNotNamed: MEASURE_OF_OWNER, targetNotType: 'company', requires: ["'s|its"] },
  // "Zenco Inc. has won FDA approval for Zaurismo", "Zenco has gained U.S. approval for a once-weekly injection, dubbed Zegovy": the
  // firm that won a regulator's approval for a drug is its maker. Not an approval for a deal, a plant or imports (the words before the
  // name), nor for another's drug ("approval for Qorva's Zeta"), nor a name before a kind ("clearance for the Qorva device": maybe
  // another maker's name, helper rld94's tests).
  { relation: 'develops', id: 'pattern:develops:rlj94-won-approval-for', template: `X1 AUX T(won|wins|gained|gains|received|receives|secured|secures|obtained|obtains|got|gets|earned|earns|landed|lands) (?:an? )?${APPROVAL} (?:from (?:the )?(?:@\\d+ |[a-z.-]+ ){1,4})?(?:in (?:the )?(?:@\\d+ |[a-z.-]+ ){1,2})?for ${APPROVED_THING}Y1 (?=[,.;:()]|$|(?:from|in|to|for|as|on|after|last|this|earlier|by|with) )`, notFollowedBy: OTHERS_AFTER, targetNotType: 'company', requires: ['for'] },
  // "zecanemab, developed by the Japanese drugmaker Zenco", "Zeta, made by Danish pharmaceutical company Qorva": a passive maker
  // described before its name.
  { relation: 'develops', id: 'pattern:develops:rlj94-made-by-described-maker', template: `Y1 (?:, )?(?:(?:first|originally|jointly|later) )?T(developed|made|marketed|manufactured|produced|discovered|invented|created) by ${MAKER_DESCRIPTION} X1 `, notFollowedBy: OTHERS_AFTER, requires: ['by'] },
];
