import type { RelationPattern } from './relation-patterns';

/**
 * Helper apv95 (stop 95), from real medical-device, drug and aircraft news: a firm that won a regulator's approval, clearance or
 * certificate "for the Vela pump" or "of its Vela 2 jet" makes it. Helper rlj94's rule needs the name to close the phrase ("approval
 * for Zaurismo."); here the name is followed by the kind of thing approved, and "approval of" reads as "approval for". A table of
 * its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** The regulator's word won: "FDA approval", "CE mark approval", "510(k) clearance", "type certification", "a type certificate". */
const APPROVAL = String.raw`(?:(?:@\d+|[a-z0-9().-]+) ){0,3}(?:approval|clearance|authorization|authorisation|certification|certificate|green light|nod|ce mark|ce marking)`;
/** Who granted it, and where: "from the U.S. FDA", "in Europe", "in the European Union". */
const GRANTOR_AND_PLACE = String.raw`(?:from (?:the )?(?:@\d+ |[a-z.-]+ ){1,4})?(?:in (?:the )?(?:@\d+ |[a-z.-]+ ){1,2})?`;
/** Up to three describing words before the name; never a tie to another party, a deal, a site or trade. */
const DESCRIBING = String.raw`(?:(?!(?:in|of|for|with|from|on|at|by|to|into|and|or|the|rival|rivals|competitor|competitors|competing|partner|partners|licensed|licenced|generic|copycat|copy|acquisition|purchase|takeover|merger|deal|sale|plant|factory|facility|site|import|imports|export|exports|distribution|resale) )[a-z0-9-]+ ){0,3}`;
/**
 * The kind of thing approved, right after the name (perhaps after two describing words: "the Vela 2 insulin pump", "the Vela
 * closed-loop system"). Not a bare "device" or "product": "clearance for the Qorva device" may name the device's maker (helper
 * rld94's tests), where a named pump, stent or jet names the model.
 */
const APPROVED_KIND = String.raw`(?:[a-z0-9-]+ ){0,2}(?:pump|pumps|stent|stents|valve|valves|catheter|catheters|implant|implants|monitor|monitors|sensor|sensors|inhaler|injection|pen|drug|drugs|medicine|medicines|vaccine|vaccines|therapy|therapies|treatment|treatments|pill|tablet|tablets|jet|jets|aircraft|airliner|airplane|aeroplane|plane|planes|helicopter|helicopters|evtol|drone|drones|engine|engines|truck|trucks|vehicle|vehicles|car|cars|phone|phones|smartphone|smartphones|handset|handsets|router|routers|modem|modems|test|tests|assay|scanner|scanners|robot|robots|system|systems|platform|scaffold|pacemaker|defibrillator|lens|lenses)`;
/** A kind of drug or device written before the name: "the multiple sclerosis drug Vela", "its insulin pump, Vela". */
const KIND_BEFORE = String.raw`(?:drug|medicine|vaccine|therapy|treatment|pump|stent|valve|implant|monitor|sensor|inhaler|jet|aircraft|airliner|helicopter|truck|vehicle|smartphone|handset|router|system)`;
/** The regulator, named or described: "the FDA", "the U.S. agency", "European regulators"; no hedge or negation between it and its act. */
const REGULATOR = String.raw`(?:(?!(?:not|never|yet|no|would|will|could|may|might|should|must|to|expects?|expected|plans?|hopes?|is|was|it|they) )[a-z.-]+ ){0,2}(?:@\d+|agency|regulator|regulators|authority|authorities|commission|administration|ministry) (?:(?:has|had|have|recently|also|now) )*`;
/** A firm's report of a regulator's act: "Zenco said on Monday that the FDA has approved", "Zenco said the agency granted CE mark approval for". */
const FIRM_SAID_REGULATOR_APPROVED = String.raw`X1 AUX T(said|says|announced|announces|reported|reports|confirmed|confirms) (?:on [a-z]+ |late [a-z]+ |[a-z]+day )?(?:that )?(?:the )?${REGULATOR}(?:(?:granted|issued|gave|given) (?:an? |its )?${APPROVAL} (?:for|to|of)|approved|cleared|certified|authorized|authorised) `;
/** Before the firm, words that make it a place of work or a source, not the maker: "Analysts at Zenco said", "a note from Zenco said". */
const NOT_THE_FIRM_BEFORE = /(?:^| )(?:at|of|from|with|for|by|to|like|analysts?|economists?|strategists?|researchers?|rival|rivals|competitor|partner|distributor|distributors|importer|customer) $/;
/** After the model, another maker or a tie to another: "the Vela pump made by Qorva", "the Vela pump, which Qorva makes". */
const MADE_BY_ANOTHER_AFTER = /^\s*(?:(?:'s|’s)(?= |$)|(?:, )?(?:made|developed|built|designed|manufactured|produced|sold|marketed|supplied|distributed|licensed|licenced|acquired|bought) (?:by|from) |(?:from|by) @|, (?:which|that) @)/;

export const APPROVAL_KIND_PHRASINGS: readonly RelationPattern[] = [
  // "Zenco Inc. received FDA approval for the Vela pump", "Zenco won CE mark approval in Europe for the Vela 2 coronary stent",
  // "Zenco obtained type certification of its Vela jet": the firm that won a regulator's approval for a named model makes it (one that
  // sought it or was denied it makes it too, but only winning is read here). Not one for a deal, a plant or imports (the describing
  // words), nor for another's model ("for Qorva's Vela pump", "the Vela pump made by Qorva": an importer's or a distributor's licence).
  { relation: 'develops', id: 'pattern:develops:apv95-won-approval-for-named-kind', template: `X1 AUX T(won|wins|gained|gains|received|receives|secured|secures|obtained|obtains|got|gets|earned|earns|landed|lands) (?:an? )?${APPROVAL} ${GRANTOR_AND_PLACE}(?:for|of) (?:(?:a|an|the|its|their) )?${DESCRIBING}Y1 ${APPROVED_KIND}(?= |$)`, notFollowedBy: MADE_BY_ANOTHER_AFTER, notPrecededBy: NOT_THE_FIRM_BEFORE, targetNotType: 'company', requires: ['for|of'] },
  // "Zenco said the FDA approved the Vela 2 pump", "Zenco said that the European Commission granted marketing approval for the
  // multiple sclerosis drug Vela": a firm announcing a regulator's approval of a model named with its kind is its maker. A hedged
  // or negated act ("said the FDA would approve", "has not approved") is left out to stay narrow; never a rival's or another's
  // model, nor a bare name (an analyst or a rival may report another's approval of "Vela").
  { relation: 'develops', id: 'pattern:develops:apv95-said-regulator-approved-named-kind', template: `${FIRM_SAID_REGULATOR_APPROVED}(?:the )?${DESCRIBING}Y1 ${APPROVED_KIND}(?= |$)`, notFollowedBy: MADE_BY_ANOTHER_AFTER, notPrecededBy: NOT_THE_FIRM_BEFORE, targetNotType: 'company' },
  { relation: 'develops', id: 'pattern:develops:apv95-said-regulator-approved-kind-named', template: `${FIRM_SAID_REGULATOR_APPROVED}(?:the )?${DESCRIBING}${KIND_BEFORE} (?:, )?Y1 `, notFollowedBy: MADE_BY_ANOTHER_AFTER, notPrecededBy: NOT_THE_FIRM_BEFORE, targetNotType: 'company' },
];
