import type { RelationPattern } from './relation-patterns';

// Helper dsg93 (stop 93, round 4), from set 89's telecom-gear reader (restricts 12 of 21): a regulator's designation or subsidy
// curb told away from "X designated Y" — a participle after the clause ("…, initially designating Zenco and Qorva as covered
// companies"), the order as the subject ("the Commission's order designates Zenco as a threat"), control told by its effect ("has not
// permitted carriers to use those funds to buy gear from Zenco"), a nominal curb ("the Commission's ban on using fund dollars for
// equipment made by Zenco"); and a state's ban told in a "with" phrase or as a lead another follows. A designation or a subsidy curb
// restricts the vendor (docs/constructions.md, "designations as a threat"); a plain ban bans it. A table of its own, spread at the
// end of RELATION_PATTERNS (TS2590).

/** What a designation names a vendor: a threat or risk, or one of the regulator's "covered" companies (not "covered entities", a health-law term). */
const THREAT_KIND = String.raw`(?:an? |the )?(?:[a-z-]+ ){0,3}(?:threat|threats|risk|risks)(?= |$)|(?:the |a |an )?covered (?:companies|company|firms|vendors|suppliers|equipment makers)(?= |$)`;
/** Public money whose use for a vendor's goods a regulator withholds: "those funds", "Zeta Fund dollars", "federal subsidies". */
const PUBLIC_MONEY = String.raw`(?:the |those |these |its |such |federal |any |their )?(?:[a-z-]+ |@\d+ ){0,3}(?:funds|funding|subsidies|subsidy|money|dollars|grants)`;
/** Goods bought from the vendor: "to buy gear from", "for equipment made by", "to purchase network equipment supplied by". */
const VENDOR_GOODS = String.raw`(?:to (?:buy|purchase|acquire|install|deploy) |for |on )(?:the |any )?(?:[a-z-]+ ){0,3}?(?:gear|equipment|devices|components|products|services|hardware|cameras|networks?)? ?(?:from|made by|produced by|supplied by|manufactured by|built by)`;
/** Verbs that withhold the money: "has not permitted", "barred", "banned". */
const CURBING = 'not permitted|not allowed|not let|barred|bars|bar|prohibited|prohibits|prohibit|banned|bans|forbade|forbids|forbidden|stopped|stops';
/** Who may not use the money, or its use as the object: "carriers from using", "operators to use", "the use of". */
const MONEY_USE = String.raw`(?:(?:[a-z-]+ ){1,3}(?:from using|to use|from spending|to spend)|the use of|use of)`;
/** Goods a vendor's name stands before: "Qorva gear", "Qorva network equipment". */
const GOODS = '(?:gear|equipment|devices|components|products|hardware|cameras|modules|routers|switches)';
/** Words that make a nominal curb one not in force: "Zembla's proposed ban on …". */
const NOT_YET_WORDS = '(?:proposed|planned|possible|potential|draft|mooted|expected|threatened|lifted|former)';
/** After "list", a list of those approved: "Zembla's list of trusted vendors". */
const APPROVED_LIST_AFTER = /^ ?of (?:the )?(?:[a-z-]+ )?(?:trusted|approved|preferred|certified|eligible|recommended|qualified|authori[sz]ed|accredited|top|best|leading)(?= |$)/;
/**
 * After the finding that put a firm on a list, one that found nothing against it or only told of a plan: "after Ruritania found no
 * evidence", "after Zembla said it would retaliate" (review rr93d: any body's remark after a listing was read as the listing). "it" may stand as the name it was read for (@2).
 */
const NO_FINDING_AFTER = /^ ?(?:that )?(?:(?:it|they|there|we|@\d+) )?(?:(?:was|were|is|are|had|has|have) )?(?:no|not|never|nothing|little|would|will|could|might|may|plans?|planned|intends?|intended|wants?|wanted)(?= |$)/;
/** After a nominal curb's vendor, the curb since undone: "… made by Zenco was lifted", "… has since been overturned" (review rr93d). */
const CURB_UNDONE_AFTER = /^ ?(?:[^\s;.]+ ){0,6}?(?:was|were|(?:has|have|had) (?:since |now |also |later )?been|is being|was being) (?:later |since |then |now |also |quickly |partly )?(?:lifted|rescinded|revoked|overturned|struck down|repealed|scrapped|dropped|withdrawn|reversed|vacated|eased|suspended)(?= |$)/;
/** Before a curb: a wish or a plan, which curbs nothing yet ("proposed to bar", "could designate", "is considering"). */
const NOT_YET_BEFORE = /(?:^| )(?:propose|proposes|proposed|proposing|plan|plans|planned|planning|consider|considers|considered|considering|could|may|might|would|should|urge|urges|urged|recommend|recommends|recommended|want|wants|wanted|if|whether) (?:to )?(?:the )?$/;

export const VENDOR_USER_CURBS: readonly RelationPattern[] = [
  // "The Commission voted on Friday, initially designating Zenco and Qorva as covered companies": the participle after the clause
  // designates with the clause's subject (no name between the two).
  { relation: 'restricts', id: 'pattern:restricts:dsg93-clause-then-designating-as', template: `X P (?:has |have |had )?(?:(?:voted|acted|moved|ruled|decided) |(?:issued|adopted|finalized|finalised) (?:[a-z-]+ ){0,3})(?:[^\\s@;.,]+ ){0,5}, (?:initially |formally |officially |also |effectively )?T(designating|naming|labeling|labelling) Y as (?:${THREAT_KIND})`, stateActor: true, requires: [','] },
  // "The Commission designated Zenco and Qorva as covered companies": the regulator's own term for the vendors it curbs.
  { relation: 'restricts', id: 'pattern:restricts:dsg93-designated-as-covered', template: `X P AUX T(designated|designates|designate|designating|named|names) Y as (?:the |a |an )?covered (?:companies|company|firms|vendors|suppliers)(?= |$)`, verb: true, stateActor: true, notPrecededBy: NOT_YET_BEFORE },
  // "The Commission's order designates Zenco as a national security threat": the act as the subject designates with its owner.
  { relation: 'restricts', id: 'pattern:restricts:dsg93-act-designates-as', template: `X1 's (?:[a-z-]+ ){0,2}(?:order|orders|rule|ruling|decision|action|report) (?:formally |officially |also |initially )?T(designates|designated|names|named|labels|labeled|labelled) Y as (?:${THREAT_KIND})`, stateActor: true, requires: ["'s"] },
  // "has not permitted carriers to use those funds to buy gear from Zenco and Qorva", "barred carriers from using federal subsidies
  // for equipment made by Zenco": withholding public money from a vendor's goods restricts the vendor.
  { relation: 'restricts', id: 'pattern:restricts:dsg93-no-funds-for-vendor-goods', template: `X P (?:has |have |had |does |did |will )?T(${CURBING}) ${MONEY_USE} ${PUBLIC_MONEY} ${VENDOR_GOODS} (?:the )?Y`, stateActor: true, notPrecededBy: NOT_YET_BEFORE, requires: ['using|use|spending|spend'] },
  // "banned the use of Zeta Fund dollars for Qorva gear": the vendor named before its goods.
  { relation: 'restricts', id: 'pattern:restricts:dsg93-no-funds-for-vendor-named-goods', template: `X P (?:has |have |had |does |did |will )?T(${CURBING}) ${MONEY_USE} ${PUBLIC_MONEY} (?:to (?:buy|purchase) |for |on )(?:the |any )?Y (?:[a-z-]+ )?${GOODS}(?= |$)`, stateActor: true, notPrecededBy: NOT_YET_BEFORE, requires: ['using|use|spending|spend'] },
  // "the Commission's ban on using Zeta Fund dollars for equipment made by Zenco", "its prohibition on the use of federal subsidies to
  // buy gear from Zenco": the nominal curb restricts the vendor.
  { relation: 'restricts', id: 'pattern:restricts:dsg93-ban-on-funds-for-vendor-goods', template: `POSS (?:(?!${NOT_YET_WORDS} )[a-z-]+ ){0,2}T(ban|bans|prohibition|prohibitions|restriction|restrictions|curbs|rule|rules) (?:on|against) (?:using|the use of|use of|spending) ${PUBLIC_MONEY} ${VENDOR_GOODS} (?:the )?Y`, stateActor: true, notFollowedBy: CURB_UNDONE_AFTER, requires: ['on|against'] },
  // "With Ruritania and some European states banning Zenco technology, …": the state named as the "with" phrase's actor bans.
  { relation: 'banned', id: 'pattern:banned:dsg93-with-state-banning', template: `(?:^|, )with X (?:and (?:some |other |several |many |a few |most )?(?:[a-z-]+ ){0,2}(?:states|countries|governments|nations|allies) )?(?:already |now |effectively )?T(banning|barring|blocking) Y`, stateActor: true, requires: ['with'] },
  // "rather than following the Ruritanian lead in banning Zenco", "followed the US lead in banning Zenco": the lead's owner banned.
  { relation: 'banned', id: 'pattern:banned:dsg93-lead-in-banning', template: `X1 (?:'s )?T(lead|example) in (?:banning|barring|blocking|excluding) Y`, stateActor: true, requires: ['in'] },
  // "Zenco was added to the list after Ruritania's trade ministry concluded …": the body whose finding put it there listed it.
  { relation: 'restricts', id: 'pattern:restricts:dsg93-added-to-list-after-finding', template: `Y1 (?:was|were|has been|have been|had been) (?:also )?T(added|put|placed) (?:on|to) (?:the |its |a )?(?:[a-z-]+ ){0,3}(?:list|blacklist) after (?:the )?X1 (?:[a-z-]+ ){0,2}(?:concluded|found|determined|decided|ruled|said)`, requires: ['after'], stateActor: true, notFollowedBy: NO_FINDING_AFTER },
  // "Zenco's inclusion in the Ruritanian trade list", "Zenco's addition to the US entity list": the list's state restricts the firm.
  { relation: 'restricts', id: 'pattern:restricts:dsg93-inclusion-in-state-list', template: `Y1 's T(inclusion|addition|listing|placement) (?:in|on|to) (?:the |a )?X1 (?:'s )?(?:[a-z-]+ ){0,2}(?:entity list|list|blacklist)(?= |$)`, stateActor: true, notFollowedBy: APPROVED_LIST_AFTER, requires: ["'s"] },
];
