import type { EntityType } from '../types';
import type { RelationPattern } from './relation-patterns';

// Helper lic101 (stop 101): licence requirements told with no control verb ("requires Zenco to obtain a licence to ship Z9 chips to
// China", "new US rules require …", "Zenco now needs a licence from Ruritania to …"). A licence requirement is an export control
// (real-dev's rules: restricts), and its target is each thing the text names as restricted: the firm that must hold the licence, the
// goods it is for and the place they go. licence-required (relation-patterns.ts) reads the place after a state's verb; these are
// the firm, the goods, the rules as subject and the licence "from" a state. A table of its own, spread at the end of RELATION_PATTERNS.

/** The licence nouns: "a licence", "export permits", "special authorisation". */
const LICENCES = '(?:licences|licenses|licence|license|permits|permit|authori[sz]ations?|approvals?)';
/** Words before a licence: "an export licence", "new individual licences". */
const LICENCE_DESCRIBERS = '(?:(?:a|an|new|special|individual|separate|prior|government|u\\.s\\.) )*';
/** Getting a licence, after the firm that must: "to obtain", "to first apply for", "apply for" (after "made Zenco"). */
const GET_LICENCE = `(?:to )?(?:first )?(?:obtain|get|seek|secure|apply for|hold) ${LICENCE_DESCRIBERS}`;
/** Sending goods, which the licence is for: "ship", "selling" (the place patterns, whose target after "to" is a state). */
const SEND_VERBS = 'sell|selling|ship|shipping|export|exporting|supply|supplying|transfer|transferring|deliver|delivering|send|sending';
/** Exporting, which is trade abroad whatever follows: "to export", "for exports of". */
const EXPORTING_OF = '(?:to|before) (?:export|exporting)|for (?:the )?(?:exports|export) of';
/** Trading, before its goods: "to sell", "before shipping", "for the sale of". */
const TRADING_OF = '(?:to|before) (?:sell|selling|ship|shipping|supply|supplying|transfer|transferring|deliver|delivering|send|sending)|for (?:the )?(?:sales|sale|shipments|shipment|transfers|deliveries) of';
/**
 * A name the trade goes to, ahead: "… Z9 chips to China". A licence to supply electricity to homes, to transfer money or to ship
 * alcohol is an authority to trade at home (another reading's), no export control; BUYER_NOTED then checks the name is a state's.
 */
const TO_A_NAME_AHEAD = '(?=(?: [^\\s,;:.]+){0,6}? to (?:the )?@\\d+ )';
/** The trade the licence is for, before the goods: "to export", "before shipping … to", "for exports of", "for the sale of … to". */
const FOR_SENDING = `(?:${EXPORTING_OF}|(?:${TRADING_OF})${TO_A_NAME_AHEAD}) (?:its |their |the |any |all )?`;
/** A licence and the goods it is for after it: "licences to ship", "a licence for exports of", "export licences for its". */
const LICENCE_FOR_GOODS = `(?:(?:export|exports) ${LICENCES} (?:for|covering) (?:its |their |the |any |all )?|(?:(?:export|exports) )?${LICENCES} ${FOR_SENDING})`;
/**
 * A licence for trade abroad: an export licence, or one to send goods to a name ("to export …", "to ship … to China", "for shipments
 * to China"). Not one to operate or to trade at home ("a licence to operate in India", "a licence to sell insurance"): an authority to
 * trade, no export control.
 */
const EXPORT_PURPOSE = `(?:${EXPORTING_OF}|for (?:the )?(?:exports|export) to|(?:${TRADING_OF})${TO_A_NAME_AHEAD}|for (?:the )?(?:sales|sale|shipments|shipment|transfers|deliveries) to(?= (?:the )?@\\d+ ))(?= )`;
const EXPORT_LICENCE = `(?:(?:export|exports) ${LICENCES}(?= |$)|${LICENCES} (?:from (?:the )?@\\d+ )?${EXPORT_PURPOSE})`;
/**
 * The buyer the licence's sale goes to, when one is named, kept in group q: a licence to sell to a firm is a control on that buyer
 * (licence-required reads it; see firm-required-to-get-licence), not on the seller made to hold it nor on the goods sold, so only a
 * state there lets them in (qualifierType; an unknown name is no state). A place there ("… to China") is the control's aim, and the firm
 * and goods going there are restricted too. An empty alternative, not an optional group: an optional group's empty match would not
 * keep its capture.
 */
const BUYER_NOTED = '(?= ?(?:[^\\s,;:.]+ ){0,8}?(?<=(?:^| )to )(?:the )?(?<q>@\\d+)|)';
/** A state's measure that binds: "the new US rules", "Japan's regulation", "Ruritanian export controls". */
const MEASURE = '(?:(?:export|trade|chip|technology|semiconductor) )?(?:rules|rule|regulations|regulation|controls|restrictions|measures|measure)';
const MEASURE_DESCRIBERS = '(?:(?:new|current|latest|tighter|tougher|stricter|expanded|sweeping|updated) )?';
/** The measure as subject, its state a modifier or a possessor: "new @0 rules", "the @0 's rule". */
const MEASURE_OF_X = `(?:the )?${MEASURE_DESCRIBERS}X1 (?:'s )?${MEASURE_DESCRIBERS}${MEASURE} (?:(?:now|also|will|effectively) )*`;
/** Making a firm hold a licence: "requires", "made", "forced … to", "ordered … to". */
const MAKE_HOLD = 'requires|required|require|requiring|made|makes|make|forced|forces|force|obliged|obliges|oblige|compelled|compels|ordered|orders';
/** The firms that must hold the licence, before "to obtain": "Zenco", "Zenco and Qorva". */
const HOLDERS = '(?:the )?@\\d+ (?:(?:,|and|or) (?:the )?@\\d+ )*';
/** Need verbs said of a firm: "now needs", "must first obtain", "has to seek"; no hedge ("would need") before them. */
const NEEDS = `(?:now |also |still |will )*T(needs|need|needed|must obtain|must first obtain|must get|must seek|must secure|must apply for|has to obtain|have to obtain|has to seek|have to seek|has to apply for|have to apply for) (?:to )?${LICENCE_DESCRIBERS}`;
/** A firm made to hold a licence, in the passive: "was required", "will be required", "has now been forced"; no hedge or negation. */
const MADE_PASSIVE = 'P (?:(?:is|are|was|were|will be|has been|have been|had been|now|also|first|already) )+T(required|forced|made|obliged|compelled|ordered) ';
/**
 * What the goods' slot names that is no goods: a state, or a firm before its goods ("to export Zenco software", "exports of Zenco's
 * tools"), whose goods are named only by their kind (stop 58's licence tests restrict the places alone there).
 */
const GOODS_NOT: readonly EntityType[] = ['government', 'company'];
/** Words that may follow goods named in full: "… Z9 chips to China", "… Z9 chips and …". */
const AFTER_GOODS = 'to|and|or|in|into|for|from|under|before|after|without|via|at|on|with|that|which|until|by|as|if|unless|while|but|is|are|was|were|will|would|has|have|had|now|also';
/**
 * After the goods' slot, not a name that is a maker's before its goods: "exports of Zenco 's tools", "to export Zenco software to
 * Russia" (a kind noun after a bare name). After "its", "their" or "the" the name is the goods' own ("its Vexa lasers").
 */
const NOT_A_MAKER = `(?!'s |(?<!(?:its|their|the) @\\d+ )(?!(?:${AFTER_GOODS})(?= ))[a-z][a-z-]* )`;
/** The licence words that index these patterns. */
const LICENCE_WORDS = ['licence', 'license', 'licences', 'licenses', 'permit', 'permits', 'authorization', 'authorisation', 'authorizations', 'authorisations', 'approval', 'approvals'];

export const LICENCE_REQUIREMENTS: readonly RelationPattern[] = [
  // "The United States requires Zenco to obtain a licence to ship its Z9 chips to China", "the Netherlands made Zenco apply for export
  // licences": the firm a state makes hold an export licence is restricted.
  { relation: 'restricts', id: 'pattern:restricts:lic101-firm-made-to-get-licence', template: `X P AUX T(${MAKE_HOLD}) (?:the )?Y ${GET_LICENCE}${EXPORT_LICENCE}${BUYER_NOTED}`, verb: true, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: 'government', qualifierType: 'government' },
  // "New US rules require Zenco to obtain a licence …", "Japan's regulation requires Zenco and Qorva to seek export licences": the same
  // with the state's rules as subject.
  { relation: 'restricts', id: 'pattern:restricts:lic101-rules-make-firm-get-licence', template: `${MEASURE_OF_X}T(requires|required|require|will require) (?:the )?Y ${GET_LICENCE}${EXPORT_LICENCE}${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: 'government', qualifierType: 'government' },
  // "… requires Zenco to obtain a licence to export its Z9 chips", "will require licences for exports of Z9 accelerators": the goods the
  // licence is for are restricted (real-dev's rules: the product line named).
  { relation: 'restricts', id: 'pattern:restricts:lic101-goods-need-licence', template: `X P AUX T(${MAKE_HOLD}) (?:${HOLDERS}${GET_LICENCE})?${LICENCE_DESCRIBERS}${LICENCE_FOR_GOODS}Y ${NOT_A_MAKER}${BUYER_NOTED}`, verb: true, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: GOODS_NOT, qualifierType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-rules-goods-need-licence', template: `${MEASURE_OF_X}T(requires|required|require|will require) (?:${HOLDERS}${GET_LICENCE})?${LICENCE_DESCRIBERS}${LICENCE_FOR_GOODS}Y ${NOT_A_MAKER}${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: GOODS_NOT, qualifierType: 'government' },
  // "New US rules require Zenco to get a licence before shipping Z9 chips to China", "the state made Zenco seek licences to sell to
  // Zembla": the place the goods go, with the rules as subject or a verb licence-required does not read.
  { relation: 'restricts', id: 'pattern:restricts:lic101-rules-place-needs-licence', template: `${MEASURE_OF_X}T(requires|required|require|will require) (?:${HOLDERS}${GET_LICENCE})?${LICENCE_DESCRIBERS}(?:(?:export|exports) )?${LICENCES} (?:(?:to|before|for) (?:the |all |any )?(?:[a-z0-9-]+ )?(?:${SEND_VERBS}|exports|sales|shipments)) (?:(?!to )\\S+ ){0,5}to (?:the )?Y`, indexBy: LICENCE_WORDS, stateActor: true, targetType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-made-place-needs-licence', template: `X P AUX T(made|makes|make|forced|forces|force|obliged|obliges|oblige|compelled|compels|ordered|orders) ${HOLDERS}${GET_LICENCE}(?:(?:export|exports) )?${LICENCES} (?:(?:to|before|for) (?:the |all |any )?(?:[a-z0-9-]+ )?(?:${SEND_VERBS}|exports|sales|shipments)) (?:(?!to )\\S+ ){0,5}to (?:the )?Y`, verb: true, indexBy: LICENCE_WORDS, stateActor: true, targetType: 'government' },
  // "Zenco now needs a licence from the US government to ship its Z9 chips to China": the state a licence must come from restricts the
  // firm, the goods and the place.
  { relation: 'restricts', id: 'pattern:restricts:lic101-firm-needs-licence-from', template: `(?:^|, |and )Y1 ${NEEDS}(?:(?:export|exports) |(?=${LICENCES} from (?:the )?@\\d+ ${EXPORT_PURPOSE}))${LICENCES} from (?:the )?X1 ${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: 'government', qualifierType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-goods-need-licence-from', template: `(?:^|, |and )@\\d+ ${NEEDS}(?:(?:export|exports) )?${LICENCES} from (?:the )?X1 ${FOR_SENDING}Y ${NOT_A_MAKER}${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: GOODS_NOT, qualifierType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-place-needs-licence-from', template: `(?:^|, |and )@\\d+ ${NEEDS}(?:(?:export|exports) )?${LICENCES} from (?:the )?X1 (?:to|before|for) (?:the |all |any )?(?:[a-z0-9-]+ )?(?:${SEND_VERBS}|exports|sales|shipments) (?:(?!to )\\S+ ){0,5}to (?:the )?Y`, indexBy: LICENCE_WORDS, stateActor: true, targetType: 'government' },
  // "Under the Commerce Department's rule, exporters now need a licence to sell Z9 accelerators to Saudi Arabia and the UAE": the rule's
  // state restricts the place, and the goods.
  { relation: 'restricts', id: 'pattern:restricts:lic101-under-rules-place', template: `(?:^|, )under ${MEASURE_OF_X}, (?:[a-z-]+ |@\\d+ ){1,3}${NEEDS}(?:(?:export|exports) )?${LICENCES} (?:(?:to|before|for) (?:the |all |any )?(?:[a-z0-9-]+ )?(?:${SEND_VERBS}|exports|sales|shipments)) (?:(?!to )\\S+ ){0,5}to (?:the )?Y`, indexBy: LICENCE_WORDS, stateActor: true, targetType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-under-rules-goods', template: `(?:^|, )under ${MEASURE_OF_X}, (?:[a-z-]+ |@\\d+ ){1,3}${NEEDS}${LICENCE_FOR_GOODS}Y ${NOT_A_MAKER}${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: GOODS_NOT, qualifierType: 'government' },
  // "Zenco was required by the Commerce Department to obtain licences to ship Z9 chips to China", "Zenco will be required to obtain a
  // licence from Japan to export …": the same requirement told in the passive, its state after "by" or "from".
  { relation: 'restricts', id: 'pattern:restricts:lic101-firm-required-by-to-get-licence', template: `Y ${MADE_PASSIVE}by (?:the )?X1 ${GET_LICENCE}${EXPORT_LICENCE}${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: 'government', qualifierType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-goods-required-by-licence', template: `${HOLDERS}${MADE_PASSIVE}by (?:the )?X1 ${GET_LICENCE}${LICENCE_FOR_GOODS}Y ${NOT_A_MAKER}${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: GOODS_NOT, qualifierType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-place-required-by-licence', template: `${HOLDERS}${MADE_PASSIVE}by (?:the )?X1 ${GET_LICENCE}(?:(?:export|exports) )?${LICENCES} (?:(?:to|before|for) (?:the |all |any )?(?:[a-z0-9-]+ )?(?:${SEND_VERBS}|exports|sales|shipments)) (?:(?!to )\\S+ ){0,5}to (?:the )?Y`, indexBy: LICENCE_WORDS, stateActor: true, targetType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-firm-required-to-get-licence-from', template: `Y ${MADE_PASSIVE}${GET_LICENCE}(?:(?:export|exports) |(?=${LICENCES} from (?:the )?@\\d+ ${EXPORT_PURPOSE}))${LICENCES} from (?:the )?X1 ${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: 'government', qualifierType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-goods-required-licence-from', template: `${HOLDERS}${MADE_PASSIVE}${GET_LICENCE}(?:(?:export|exports) )?${LICENCES} from (?:the )?X1 ${FOR_SENDING}Y ${NOT_A_MAKER}${BUYER_NOTED}`, indexBy: LICENCE_WORDS, stateActor: true, targetNotType: GOODS_NOT, qualifierType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-place-required-licence-from', template: `${HOLDERS}${MADE_PASSIVE}${GET_LICENCE}(?:(?:export|exports) )?${LICENCES} from (?:the )?X1 (?:to|before|for) (?:the |all |any )?(?:[a-z0-9-]+ )?(?:${SEND_VERBS}|exports|sales|shipments) (?:(?!to )\\S+ ){0,5}to (?:the )?Y`, indexBy: LICENCE_WORDS, stateActor: true, targetType: 'government' },
  // "Shipments of the Z9 to China now require a licence from Washington": exports-to-require-licence-from with the goods named, which
  // are restricted too when they go to a state.
  { relation: 'restricts', id: 'pattern:restricts:lic101-shipments-of-goods-to-need-licence-from', template: `(?:exports|shipments|sales|deliveries) of (?:the |its |their )?@\\d+ to (?:the )?Y (?:now |also |will )*T(require|requires|required|need|needs|needed) (?:a |an )?(?:[a-z-]+ ){0,2}${LICENCES} from (?:the )?X1`, requires: ['from'], stateActor: true, targetType: 'government' },
  { relation: 'restricts', id: 'pattern:restricts:lic101-shipments-of-goods-need-licence-from', template: `(?:exports|shipments|sales|deliveries) of (?:the |its |their )?Y to (?:the )?(?<q>@\\d+) (?:now |also |will )*T(require|requires|required|need|needs|needed) (?:a |an )?(?:[a-z-]+ ){0,2}${LICENCES} from (?:the )?X1`, requires: ['from'], stateActor: true, targetNotType: GOODS_NOT, qualifierType: 'government' },
];
