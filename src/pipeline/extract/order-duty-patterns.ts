import type { RelationPattern } from './relation-patterns';

// Helper ord93 (stop 93, round 2), from set 88's search-engine reader (a regulator's orders to a firm, 0 of 5 found): an order of
// a state body that compels a firm's conduct restricts the firm (docs/constructions.md, "conduct orders", "a body's decision
// requiring any act"). The older tables read orders to stop, to change terms or to divest; these read the duties a competition
// order lays on a firm's dealings with others ("to negotiate with publishers", "to present an offer", "to make changes"). An order
// to pay (a fine, damages) restricts no one here. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).

/** When an order was given, between the firm and its "to": "in April", "on Thursday", "within three months". */
const WHEN = '(?:(?:, )?(?:in|on|last|this|earlier|within|by|in the next) (?:[a-z0-9]+ ){0,3}(?:, )?)?';
/** A firm's kind before its name: "ordered (the) search engine Zenco to …", "ordered tech giants, including Zenco, to …". */
const KIND_BEFORE = String.raw`(?:(?:the |all |two |three |four |five )?(?:[a-z-]+ ){0,3}(?:, )?(?:including|like|such as|namely) )?`;
/** Verbs of a binding order to a firm (not "asked", "urged" or "called on": a request is no order). */
const ORDERING = 'ordered|orders|order|required|requires|require|compelled|compels|obliged|obliges|forced|forces|directed|directs|instructed|instructs|enjoined|enjoins|mandated|mandates';
/**
 * The conduct a competition or media order makes a firm take up: negotiate with those it deals with, put an offer to them, make
 * changes, clarify or publish its rules, reach a deal, end an infringement, treat rivals equally, give access, put remedies in place.
 */
const ORD93_DUTIES = [
  String.raw`(?:negotiate|renegotiate) (?:in good faith |fairly )?(?:with|over|on|the) `,
  String.raw`(?:conduct|hold|open|enter into|start|begin|resume|engage in) (?:good-faith |good faith |fair |new |fresh |formal )?(?:negotiations|talks|discussions) (?:in good faith )?(?:with|on|over)(?= )`,
  String.raw`(?:present|submit|table|put forward|come up with|make) (?:a |an |new |its |their |the |fresh |revised |improved )?(?:[a-z-]+ ){0,2}(?:offer|offers|proposal|proposals)(?= |$)`,
  String.raw`make (?:the |some |several |a number of |further |significant )?(?:[a-z-]+ ){0,2}(?:changes|modifications|amendments|adjustments|improvements)(?= |$)`,
  String.raw`(?:change|modify|amend|alter|adjust) (?:its |their |the )?(?:[a-z-]+ ){0,3}(?:behaviou?r|conduct|practices?|polic(?:y|ies)|terms|rules|contracts?|agreements?)(?= |$)`,
  String.raw`(?:clarify|publish|explain) (?:its |their |the )?(?:[a-z-]+ ){0,3}(?:rules|terms|polic(?:y|ies)|conditions|procedures|criteria|practices|guidelines)(?= |$)`,
  String.raw`(?:revise|review|rewrite|overhaul|reform) (?:its |their |the )?(?:[a-z-]+ ){0,3}(?:procedures|processes|criteria|conditions|guidelines|systems?)(?= |$)`,
  String.raw`(?:reach|conclude|strike|sign) (?:an? |the |fair )?(?:[a-z-]+ ){0,2}(?:agreement|agreements|deal|deals|licen[cs]ing deals?) with(?= )`,
  String.raw`(?:compensate|remunerate) (?:the |all |french |local )?(?:[a-z-]+ ){0,2}(?:publishers|news outlets|media|press|news agencies|rights holders|authors|artists|creators|broadcasters)(?= |$)`,
  // Redress to those a firm dealt with (helper tko93, set 89's couriers reader): "to compensate shoppers", "to refund customers", "to pay
  // compensation to passengers". A remedy the body imposes, as an order to provide refunds is (catalogue, "orders that set duties"); not
  // "to pay costs", "damages" or "a fine": a payment alone restricts no one.
  String.raw`(?:compensate|refund|reimburse|repay) (?:the |all |its |their |affected |[a-z-]+ ){0,2}(?:customers|consumers|shoppers|passengers|users|clients|subscribers|buyers|travell?ers|policyholders|investors|patients|students|borrowers|members|tenants|holidaymakers|households|homeowners|motorists)(?= |$)`,
  String.raw`(?:pay|provide|offer|issue|make|give) (?:(?:about|around|over|nearly|some|more than|up to|at least) )?(?:(?:[$€£] ?)?\d[\d.,]*(?: [.,] \d+)* ?(?:million|billion|bn|mn|m|crore)? (?:in )?)?(?:full |fair |adequate |prompt |passenger |customer |consumer )?(?:compensation|refunds|redress|restitution)(?= |$)`,
  String.raw`(?:put an end to|end|stop|cease|terminate|bring to an end) (?:the |its |their |this |these )?(?:[a-z-]+ ){0,2}(?:infringement|infringements|abuse|abuses|discrimination)(?= |$)`,
  String.raw`(?:treat|rank|display) (?:[a-z-]+ ){0,3}(?:equally|fairly|no less favourably|the same way)(?= |$)|(?:give|grant|apply|offer) (?:equal|the same|non-discriminatory|fair) treatment(?= |$)`,
  String.raw`(?:give|grant|provide|offer|open) (?:rivals |competitors |rival [a-z-]+ |competing [a-z-]+ )?(?:[a-z-]+ )?access to(?= )`,
  String.raw`(?:implement|carry out|adopt|introduce|put in place) (?:the |its |a |an |new )?(?:[a-z-]+ ){0,2}(?:remedies|remedy|measures|commitments|reforms|safeguards)(?= |$)`,
].join('|');
/** Before the orderer, words that only wish, ask or suppose an order: "asked the Authority to order …", "if the Authority orders …". */
const WISHED_BEFORE = /(?:^| )(?:recommend|recommends|recommended|urge|urges|urged|ask|asks|asked|asking|propose|proposes|proposed|want|wants|wanted|advise|advised|request|requests|requested|calls on|called on|petitioned|if|unless|whether|lest) (?:that )?(?:the )?$/;
/** After the orderer's duty, the order said undone: "… , an order the court later overturned", "which was annulled". */
const LATER_UNDONE = /^ ?(?:[^\s;.]+ ){0,10}?(?:overturned|struck down|annulled|reversed|vacated|quashed|set aside|rescinded|revoked|suspended by)(?= |$)/;
/** Who must not deal with a designated firm: "US persons", "all Americans", "its banks". */
const DEALERS = String.raw`(?:all |its |their |any )?(?:@\d+ )?(?:[a-z-]+ ){0,2}(?:persons|people|citizens|nationals|residents|individuals|entities|companies|firms|banks|businesses|institutions|americans)`;
/** What a court holds a firm back from doing with its stake: "from selling its shares in", "from transferring the stake in". */
const STAKE_MOVES = String.raw`(?:selling|transferring|disposing of|pledging|offloading|dumping|buying|acquiring|voting) (?:its |their |the |any |a |further |more |additional )?(?:[a-z-]+ ){0,2}(?:stake|stakes|shares|holding|holdings|interest|equity) (?:in|of)(?= )`;

/** For speed only: what every match of ord93-ordered-that-firm-must spells, the firm's mention and its duty's modal (sentenceHolds). */
const FIRM_MUST = /@\d+ (?:must|shall|has to|had to|have to|is to|would have to|will have to|is required to|was required to|is obliged to|was obliged to) /;

export const ORDERED_DUTIES: readonly RelationPattern[] = [
  // "has ordered Zenco to present an offer to publishers", "required Zenco, within three months, to negotiate with publishers",
  // "fined Zenco and has required Zenco to make changes": the firm ordered is restricted (not those it must deal with).
  { relation: 'restricts', id: 'pattern:restricts:ord93-ordered-to-take-up-duty', template: `X P AUX T(${ORDERING}) ${KIND_BEFORE}(?:the )?Y ${WHEN}to (?:immediately |urgently |promptly |now |also )?(?:${ORD93_DUTIES})`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, notFollowedBy: LATER_UNDONE, requires: ['to'] },
  // "fined Zenco €150m and has required Zenco to make changes to its rules": the order second in a pair of acts, its subject shared.
  { relation: 'restricts', id: 'pattern:restricts:ord93-fined-and-ordered-to', template: `X P AUX (?:fined|fines|penali[sz]ed|penali[sz]es|sanctioned|censured|condemned) (?:[^\\s@;.]+ |@\\d+ ){0,8}?(?:, )?and (?:has |have |had |also |then |further |additionally )*T(${ORDERING}) ${KIND_BEFORE}(?:the )?Y ${WHEN}to (?:immediately |urgently |promptly |now |also )?(?:${ORD93_DUTIES})`, stateActor: true, notPrecededBy: WISHED_BEFORE, notFollowedBy: LATER_UNDONE, requires: ['and', 'to'] },
  // "ordered that Zenco must negotiate with publishers", "ruled that Zenco has to make changes", "said Zenco must present an offer".
  { relation: 'restricts', id: 'pattern:restricts:ord93-ordered-that-firm-must', template: `X P AUX T(ordered|orders|ruled|rules|decided|decides|decreed|decrees|required|requires|demanded|demands|insisted|insists|mandated|mandates|said|says|found|determined) (?:in (?:a |its )?(?:[a-z-]+ )?(?:decision|ruling|order|statement) )?(?:that )?(?:the )?Y1 (?:must|shall|has to|had to|have to|is to|would have to|will have to|is required to|was required to|is obliged to|was obliged to) (?:immediately |now |also |still )?(?:${ORD93_DUTIES})`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, notFollowedBy: LATER_UNDONE, requires: ['must|shall|has|had|have|is|would|will|required|obliged'], sentenceHolds: FIRM_MUST },
  // "imposes a penalty and Zenco has now to clarify its rules", "imposed a fine of €5m, and Zenco must now negotiate with publishers": a
  // sanction and the duty that comes with it, the firm the duty's subject. No name between the two: in "fined Zenco and Qorva has to
  // …" the duty's subject is not the one fined (the pair of orders is fined-and-ordered-to's).
  { relation: 'restricts', id: 'pattern:restricts:ord93-penalty-and-firm-has-to', template: `X P AUX T(imposed|imposes|impose|imposing|fined|fines|levied|levies|sanctioned|sanctions) (?:[^\\s@;.]+ ){0,8}?(?:, )?and (?:the )?Y1 (?:(?:has|had|have|will have|would have|now has) (?:now |also |still )?to|(?:now |also )?(?:must|is required to|was required to|is obliged to|was obliged to|was ordered to|was told to)) (?:now |also )?(?:${ORD93_DUTIES})`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, notFollowedBy: LATER_UNDONE, requires: ['and'] },
  // "fined Zenco €500m for failing to comply with its orders to negotiate with publishers": the order broken still binds the firm.
  { relation: 'restricts', id: 'pattern:restricts:ord93-fined-for-breaking-order-to', template: `X P AUX T(fined|fines|penali[sz]ed|penali[sz]es|sanctioned|sanctions) (?:the )?Y1 (?:[^\\s@;.]+ ){0,6}?(?:for|over) (?:allegedly )?(?:failing to comply with|failing to respect|not complying with|non-compliance with|violating|breaching|ignoring|defying|disregarding|flouting) (?:its|the|an?|their|earlier) (?:[a-z0-9-]+ ){0,2}(?:order|orders|injunction|injunctions|decision|ruling|directive|measures) (?:to|requiring it to|that required it to|ordering it to|which required it to) (?:${ORD93_DUTIES})`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, notFollowedBy: LATER_UNDONE, requires: ['for|over'] },
  // "The Treasury's action prohibits US persons from dealing with Zenco Bank": a designation told by its effect restricts the firm
  // (it was read as a ban of the firm); so does "the Treasury prohibits US persons from dealing with Zenco Bank" (the older
  // no-business-with rule reads no name before "persons").
  { relation: 'restricts', id: 'pattern:restricts:ord93-action-prohibits-dealing-with', template: `X 's (?:[a-z-]+ )?(?:action|actions|designation|designations|order|orders|sanctions|measures|decision|move|rule|listing) T(prohibits|prohibited|prohibit|bars|barred|bar|forbids|forbade|forbid|blocks|blocked) ${DEALERS} from (?:dealing|doing business|transacting|trading|engaging in (?:any )?(?:transactions|dealings|business)) with (?:the )?Y`, stateActor: true, requires: ['from', 'with'] },
  { relation: 'restricts', id: 'pattern:restricts:ord93-prohibits-dealers-from-dealing-with', template: `X P AUX T(prohibits|prohibited|prohibit|bars|barred|bar|forbids|forbade|forbid) ${DEALERS} from (?:dealing|doing business|transacting|trading|engaging in (?:any )?(?:transactions|dealings|business)) with (?:the )?Y`, verb: true, stateActor: true, requires: ['from', 'with'] },
  // "restrained Zenco from selling its shares in Qorva", "enjoined Zenco from transferring its stake in Qorva": a court holding a
  // firm's stake still restricts the firm (it was read as a ban); the company whose shares they are is not named as restricted.
  { relation: 'restricts', id: 'pattern:restricts:ord93-restrained-from-moving-stake', template: `X P AUX T(restrained|restrains|restrain|enjoined|enjoins|enjoin|barred|bars|bar|prevented|prevents|prevent|stopped|stops|prohibited|prohibits) (?:the )?Y1 from ${STAKE_MOVES}`, verb: true, stateActor: true, notPrecededBy: WISHED_BEFORE, notFollowedBy: LATER_UNDONE, requires: ['from'] },
];

/** Gerunds of dealing with a party after "from": "from dealing with", "from doing business with". */
const DEALING_FROM = /^(?:dealing|transacting|trading|doing|engaging)$/;
/** Gerunds of moving a stake after "from": "from selling its shares in". */
const STAKE_MOVING = /^(?:selling|transferring|disposing|pledging|offloading|dumping|buying|acquiring|voting)$/;
const STAKE_NOUNS = /^(?:stake|stakes|shares|holding|holdings|interest|equity)$/;

/**
 * Whether a ban verb ending before `at` keeps its object from dealing with a party or from moving a stake: "prohibits US persons from
 * dealing with Zenco Bank" (a designation: restricts, ORDERED_DUTIES), "restrained Zenco from selling its shares in Qorva" (a court
 * holding a stake: restricts). Neither bans anyone. The object is at most four words, mentions included ("US persons", "Zenco").
 */
export function keptFromDealingOrStake(words: readonly string[], at: number): boolean {
  const from = words.slice(at, at + 5).indexOf('from');
  if (from < 1) return false;
  const k = at + from;
  if (words.slice(at, k).some((w) => /^(?:and|or|but|,|;|\.|to|who|which|that)$/.test(w))) return false;
  const next = words[k + 1] ?? '';
  if (DEALING_FROM.test(next)) return words.slice(k + 2, k + 6).includes('with');
  if (!STAKE_MOVING.test(next)) return false;
  // "barred American investors from buying shares in Zenco": a class of people kept from a stake restricts the firm (the investment
  // reading); only a named holder kept from moving its own stake is the court's hold ("restrained Zenco from selling its shares").
  if (!words.slice(at, k).some((w) => w.startsWith('@'))) return false;
  const stake = words.slice(k + 2, k + 6).findIndex((w) => STAKE_NOUNS.test(w));
  return stake >= 0 && /^(?:in|of)$/.test(words[k + 2 + stake + 1] ?? '');
}
