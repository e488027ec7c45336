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
/** After the name, one that belongs to another party: "for the Vela pump, Qorva's". */
const OTHERS_AFTER = /^\s*(?:'s|’s)(?= |$)/;

export const APPROVAL_KIND_PHRASINGS: readonly RelationPattern[] = [
  // "Zenco Inc. received FDA approval for the Vela pump", "Zenco won CE mark approval in Europe for the Vela 2 coronary stent",
  // "Zenco obtained type certification of its Vela jet": the firm that won a regulator's approval for a named model makes it. Not a
  // denied, sought or planned approval (the verbs are of winning), nor one for a deal, a plant or imports (the describing words),
  // nor for another's model ("for Qorva's Vela pump").
  { relation: 'develops', id: 'pattern:develops:apv95-won-approval-for-named-kind', template: `X1 AUX T(won|wins|gained|gains|received|receives|secured|secures|obtained|obtains|got|gets|earned|earns|landed|lands) (?:an? )?${APPROVAL} ${GRANTOR_AND_PLACE}(?:for|of) (?:(?:a|an|the|its|their) )?${DESCRIBING}Y1 ${APPROVED_KIND}(?= |$)`, notFollowedBy: OTHERS_AFTER, targetNotType: 'company', requires: ['for|of'] },
];
