import type { RelationPattern } from './relation-patterns';

/**
 * Helper cmp98 (stop 98), from fresh samples of market news: rivals named by their standing in a market, after the leader or
 * behind it, with no word of rivalry ("Zenco leads the market ahead of Qorva and Vexa", "Zenco has 60% of the market, with Qorva
 * in a distant second", "Zenco and Qorva rank second and third to Vexa", "Zenco, the No. 2 behind Qorva"), and two firms put
 * "in competition with" each other by a third thing ("the launch puts Zenco in direct competition with Qorva").
 */

/** Words between a firm and its verb that are no negation nor a hedge ("has now", "is still"). */
const GAP = String.raw`(?:(?!(?:not|never|no|nor|cannot|without|could|would|might|may|should|hopes|plans|aims|wants|seeks|tried|tries|it|they)(?= ))[a-z-]+ ){0,3}?`;

/** What a leader leads: a market, a field, a ranking ("leads the US smartphone market", "topped the sales charts"). */
const LED_THING = String.raw`(?:the )?(?:[a-z0-9&-]+ ){0,3}?(?:market|markets|pack|field|industry|sector|segment|rankings?|table|league|charts?|category|sales|share|market share|shipments)`;

/** A place in a ranking below the first ("second", "a distant third", "No. 2"). */
const PLACE_LEAD = String.raw`(?:a |the )?(?:distant |close |clear |strong |solid |firm |far )?`;
/** The place itself, the trigger's words (no group in them: the template's T( ) takes words only). */
const LOWER_PLACE = 'second|third|fourth|fifth|no \\. 2|no \\. 3|no \\. 4|no\\. 2|no\\. 3|no\\. 4|number two|number three|number four|number 2|number 3|runner-up';

/** Not a ranked firm's customer, owner or partner set off after the firm ahead ("second to Qorva, its biggest customer, in revenue"). */
const NOT_A_RIVAL_APPOSED = /^, (?:its|their|the|a|an) (?:[a-z-]+ ){0,2}(?:customers?|clients?|buyers?|parent|parents|owners?|partners?|suppliers?|shareholders?|investors?|backers?|subsidiary|subsidiaries|unit|affiliate|licensee|licensor|distributor)(?= |$)/;

/** A thing that puts a firm in competition with another: "puts Zenco in direct competition with", "pitted Zenco into competition against". */
const PUT_IN_COMPETITION = String.raw`T(puts|put|putting|places|placed|placing|sets|setting|brings|brought|bringing|pits|pitted|pitting) (?:the )?X1 (?:squarely |firmly |directly |now |also )?(?:in|into) (?:direct |head-to-head |head to head |fierce |stiff |close |open |more |further )?competition (?:with|against) `;

/** A put denied, hedged or only planned ("does not put", "could put", "aims to put"): the firms are not set against each other yet. */
const NOT_PUT_BEFORE = /(?:^| )(?:not|never|n't|no longer|cannot|can|could|would|might|may|will|to|if) $/;

export const RIVAL_RANK_STANDINGS: readonly RelationPattern[] = [
  // "Zenco leads the market ahead of Qorva and Vexa", "Zenco topped the sales charts with 30% , ahead of Qorva": each firm the leader
  // is ahead of in what it leads is its rival. Not "ahead of Qorva's results" (a time before an event), nor a state.
  { relation: 'competes_with', id: 'pattern:competes_with:cmp98-leads-ahead-of', template: `X1 P AUX ${GAP}T(leads|led|leading|lead|dominates|dominated|dominating|tops|topped|topping|heads|headed|heading) ${LED_THING} (?:[^\\s@;]+ ){0,12}?ahead of (?:its )?(?:(?:nearest |closest |main |biggest )?(?:rivals?|competitors?) |the likes of )?Y (?!'s )`, targetNotType: 'government', requires: ['ahead'], sentenceHolds: /\bahead of @/ },
  // "Zenco has 60% of the market, with Qorva in a distant second": the firm in a lower place after the leader's share is its rival.
  { relation: 'competes_with', id: 'pattern:competes_with:cmp98-with-rival-in-second', template: `X1 P AUX ${GAP}(?:has|had|holds|held|leads|led|dominates|dominated|controls|controlled|commands|commanded|accounts for|accounted for|takes|took|captured|captures|owns|owned) (?:[^\\s@;]+ ){0,14}?, with (?:the )?Y1 (?:(?:in|at|as|a|firmly|well|trailing) ){0,2}${PLACE_LEAD}T(${LOWER_PLACE})`, targetNotType: 'government', requires: ['with'], sentenceHolds: /, with @\d+ [a-z ]{0,20}(?:second|third|fourth|fifth|no\.? ?[2-5]|number|runner-up)/ },
  // … and the next one named in the same tail, further behind ("…, with Qorva in second and Vexa even further behind in third place").
  { relation: 'competes_with', id: 'pattern:competes_with:cmp98-with-rival-further-behind', template: `X1 P AUX ${GAP}(?:has|had|holds|held|leads|led|dominates|dominated|controls|controlled|commands|commanded|accounts for|accounted for|takes|took|captured|captures|owns|owned) (?:[^\\s@;]+ ){0,14}?, with (?:the )?@\\d+ (?:[^\\s@;]+ ){1,8}?(?:, )?and (?:the )?Y1 (?:(?:even|much|far|further|well|some way|way|behind|trailing) ){0,4}(?:in|at) ${PLACE_LEAD}T(${LOWER_PLACE})`, targetNotType: 'government', requires: ['with'], sentenceHolds: /, with @\d+ .*(?:third|fourth|fifth)/ },
  // "Zenco and Qorva are the top two providers, ranking second and third to Vexa", "Zenco came a distant second behind Qorva in
  // sales", "Zenco, the No. 2 behind Qorva": each firm ranked below another is its rival, in a sentence about a market (a poll or a
  // race alone ranks no rivals).
  { relation: 'competes_with', id: 'pattern:competes_with:cmp98-ranks-second-to', template: `X P AUX (?:(?:is|was|are|were|remains|remained) (?:[^\\s@;,]+ ){1,8}, )?(?:now |still |currently |is |was |are |were )*(?:ranks |ranked |ranking |rank |comes |came |coming |sits |sat |sitting |placed |places |placing |finished |finishes |finishing |is |was |are |were |remains |remained |stands |stood |holds |held )${PLACE_LEAD}T(${LOWER_PLACE})(?:and (?:second|third|fourth|fifth) )?(?:place )?(?:to|behind) (?:the )?(?:market leader |leader |rival |rivals )?Y1 (?!'s )`, notFollowedBy: NOT_A_RIVAL_APPOSED, targetNotType: 'government', requires: ['to|behind'], sentenceHolds: /^(?=.*\b(?:markets?|share|sales|shipments|segment|sector|industry|providers|makers|vendors|sellers|suppliers|carriers|operators|brands|revenues?|deliveries|subscribers|users|customers|passengers?|volumes?|output|capacity|rankings?|league|charts?|category)\b).*(?:second|third|fourth|fifth|no\.? ?[2-5]|number|runner-up)(?: and [a-z]+)?(?: place)? (?:to|behind) (?:the )?(?:[a-z]+ )?@/ },
  { relation: 'competes_with', id: 'pattern:competes_with:cmp98-apposed-second-behind', template: `X1 , (?:the |now the |still the )?(?:(?:world|country|nation|market|industry|region) 's )?(?:[a-z-]+ )?T(no \\. 2|no \\. 3|no\\. 2|no\\. 3|number two|number three|number 2|number 3|second-largest|second-biggest|third-largest|third-biggest|runner-up)(?:[a-z-]+ ){0,2}(?:behind|to|after) (?:the )?(?:market leader |leader )?Y1 (?!'s )`, notFollowedBy: NOT_A_RIVAL_APPOSED, targetNotType: 'government', requires: ['behind|to|after'], sentenceHolds: /, (?:the |now the |still the )?[^,]{0,40}(?:no\.? ?[2-5]|number|second|third|runner-up)[^,]{0,30} (?:behind|to|after) / },
  // "The launch puts Zenco in direct competition with Qorva's Zeta", "a deal that pits Zenco against Qorva": the firm put in
  // competition is the other's rival, whatever the sentence's subject. Before another's thing, both the thing and its owner are
  // read: the registry keeps the one of the put firm's kind (a firm rivals a firm, a product a product).
  { relation: 'competes_with', id: 'pattern:competes_with:cmp98-puts-in-competition', template: `${PUT_IN_COMPETITION}(?:(?:the )?@\\d+ 's )?(?:the )?Y (?!'s )`, notPrecededBy: NOT_PUT_BEFORE, targetNotType: 'government', requires: ['competition'] },
  { relation: 'competes_with', id: 'pattern:competes_with:cmp98-puts-in-competition-owner', template: `${PUT_IN_COMPETITION}(?:the )?Y1 's @\\d+`, notPrecededBy: NOT_PUT_BEFORE, targetNotType: 'government', requires: ['competition'] },
];
