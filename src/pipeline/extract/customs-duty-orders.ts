import type { RelationPattern } from './relation-patterns';

// Helper dty93 (stop 93), from stop 92's last fresh sample (set 87: duties on a state's timber and paper, customs orders on
// plantation groups): duties and customs orders told indirectly. By the catalogue, a customs detention order (a withhold release
// order), a forced-labour finding and a duty restrict the firm or state they fall on; none of them bans it. A table of its own,
// spread at the end of RELATION_PATTERNS: one more literal there overflows the type checker (TS2590).

/** Verbs of making whose agent after "by" is the maker whose goods an order holds: "gloves made by Zenco". */
const MADE_BY = '(?:made|produced|manufactured|harvested|processed|grown|mined|traceable to|linked to)';
/** Words before the goods' maker that make the firm another role than the maker: "gloves sold by", "shipments bound for". */
// Nor counterfeit, stolen or smuggled goods: those seized are another's wrong, not the maker's goods held at the border.
const NOT_MAKERS_GOODS = '(?!(?:bound|sold|shipped|imported|exported|destined|bought|purchased|distributed|marketed|counterfeit|fake|pirated|knock-off|knockoff|stolen|smuggled|for|to|by|against)(?= ))';
/** Goods between an order and their maker: "palm oil and products containing palm oil", up to eight words. */
const HELD_GOODS = `(?:${NOT_MAKERS_GOODS}[a-z-]+ ){1,8}?`;
/** The goods' maker after them: "made by", "produced wholly or in part by", "traceable to". */
const MADE_BY_MAKER = `${MADE_BY} (?:(?:wholly or in part|in part|wholly|partly) )?(?:by )?`;
/** After an order's goods, "from" names their maker too ("an order on palm oil from Zenco"); after "seized" it may name a place raided. */
const GOODS_MAKER = `(?:${MADE_BY_MAKER}|from )`;
/** A firm's own kind before its name: "palm oil producer Zenco", "glove maker Qorva". */
const MAKER_KIND = '(?:(?:[a-z-]+ ){0,2}(?:producer|producers|maker|makers|manufacturer|manufacturers|company|firm|group|giant|planter|grower) )?';
/** Words after the firm that make it no maker here, but a possessor of another: "Zenco's supplier". */
const NOT_OWN_AFTER = /^'s (?:[a-z-]+ )?(?:suppliers?|subsidiar(?:y|ies)|contractors?|customers?|clients?|partners?|rivals?)(?= |$)/;
/** A duty or rate of nothing: "will pay duties of zero", "a rate of 0 %", "set Zenco's rate at zero". */
export const NIL_RATE = /^ ?(?:of|at) (?:zero|nil|0(?:\.0+)?)(?= |$)/;
/** The order or ruling said undone later in the clause: "… was overturned by the court", ", which was lifted in 2023". */
const LATER_UNDONE = /^ ?(?:[^\s,;.]+ ){0,8}(?:, (?:which|that) )?(?:was|were|has been|have been|had been|is being|are being) (?:later |since |then |now |subsequently )?(?:overturned|struck down|annulled|reversed|vacated|withdrawn|rescinded|revoked|lifted|modified|set aside|remanded)(?= |$)/;
/** A duty or rate of nothing, or an act undone later. */
const NIL_OR_UNDONE = new RegExp(`${NIL_RATE.source}|${LATER_UNDONE.source}`);
/** Another firm's possessed thing, or an act undone later. */
const NOT_OWN_OR_UNDONE = new RegExp(`${NOT_OWN_AFTER.source}|${LATER_UNDONE.source}`);

/** Kinds of trade duty, before the head: "final anti-dumping duties", "combined countervailing and anti-dumping rate". */
const DUTY_KINDS = '(?:(?:preliminary|final|new|combined|higher|additional|anti-dumping|antidumping|countervailing|punitive|import|cash|and|deposit) ){0,5}';
/** The words of a trade remedy that make a bare rate or deposit a duty's: "anti-dumping rate", "cash deposit rate". */
const REMEDY_WORD = '(?:anti-dumping|antidumping|countervailing|dumping|duty|import|customs|cash)';
/**
 * A duty's head after its kinds: "duties", "tariff", "duty rate"; a "rate", "margin" or "deposits" only after a trade remedy's word
 * ("a combined countervailing and anti-dumping rate"), as "will pay higher rates" or "setting Zenco's interest rate" name no duty.
 */
export const DUTY_HEAD = `(?:(?:(?:preliminary|final|new|combined|higher|additional|punitive|all-others) )*(?:(?:anti-dumping|antidumping|countervailing|import|customs) (?:and (?:anti-dumping|antidumping|countervailing) )?)?(?:duties|duty|tariffs|tariff|levies|levy)(?: rates?)?|${DUTY_KINDS}${REMEDY_WORD} (?:deposit |duty )?(?:rates?|margins?|deposits))(?= |$)`;
/** A condition later in the clause makes the duty a threat: "would face tariffs of 25% if it does not act", "… unless it builds plants here". */
const ON_CONDITION_AFTER = /^ ?(?:[^\s;.]+ ){0,10}?(?:if|unless|should|until)(?= )/;
/** Duties another state lays, named after them: "will pay duties in Zembla", "duties levied by Zembla". */
const ANOTHERS_DUTIES_AFTER = /^ ?(?:[^\s,;.]+ ){0,5}?(?:in|to|imposed by|levied by|charged by|set by) (?:the )?@\d/;

export const CUSTOMS_ORDERS_AND_INDIRECT_DUTIES: readonly RelationPattern[] = [
  // "Ruritanian customs will detain gloves made by Zenco at all ports", "officers will seize palm oil produced by Qorva": a state's
  // customs holding a firm's goods at its border restricts the firm. Not goods sold, shipped or bound for a firm (retailers,
  // importers), nor a firm's supplier.
  { relation: 'restricts', id: 'pattern:restricts:dty93-customs-detain-goods-made-by', template: `X P AUX T(detain|detains|detained|detaining|seize|seizes|seized|seizing) (?:all |any |the )?${HELD_GOODS}${MADE_BY_MAKER}${MAKER_KIND}(?:the )?Y`, verb: true, stateActor: true, notFollowedBy: NOT_OWN_OR_UNDONE, requires: ['made|produced|manufactured|harvested|processed|grown|mined|traceable|linked'] },
  // "issued a withhold release order against Zenco", "a detention order on goods made by Qorva", "imposed a withhold release order
  // on palm oil from Zenco": the order restricts the maker. A "finding" alone is too wide a word: only one "against" the firm or
  // its goods ("published a finding against products produced by Zenco") or a forced-labour one.
  { relation: 'restricts', id: 'pattern:restricts:dty93-issued-detention-order', template: `X P AUX T(issued|issues|issue|issuing|imposed|imposes|impose|placed|places|slapped|slaps|announced|announces|published|publishes|expanded|expands) (?:a |an |the |its |new |another |separate |second |further ){0,2}(?:[a-z-]+ )?(?:withhold release orders?|detention orders?|wros?|forced labou?r findings?) (?:in (?:the )?@\\d+ )?(?:against|on|covering|targeting) (?:(?:${HELD_GOODS})?${GOODS_MAKER})?${MAKER_KIND}(?:the )?Y`, verb: true, stateActor: true, notFollowedBy: NOT_OWN_OR_UNDONE, requires: ['order|orders|wro|wros|finding|findings'] },
  { relation: 'restricts', id: 'pattern:restricts:dty93-finding-against-goods-of', template: `X P AUX T(issued|issues|issue|published|publishes|publish|made|makes|announced|announces) (?:a |an |the |its |new |formal |final ){0,2}(?:notice of )?(?:finding|findings) (?:in (?:the )?@\\d+ )?against (?:(?:${HELD_GOODS})?${GOODS_MAKER})?${MAKER_KIND}(?:the )?Y`, verb: true, stateActor: true, notFollowedBy: NOT_OWN_OR_UNDONE, requires: ['against'] },
  // "imports of palm oil from Zenco may be seized by Ruritanian customs", "gloves made by Qorva will be detained by the agency": the
  // passive of the detention, its agent named.
  { relation: 'restricts', id: 'pattern:restricts:dty93-goods-of-firm-detained-by', template: `(?:imports|shipments|goods|products|merchandise|${HELD_GOODS}) (?:of ${HELD_GOODS})?${GOODS_MAKER}${MAKER_KIND}(?:the )?Y (?:will |may |can |are to |now )?(?:be |are |were |have been |has been )(?:being )?T(seized|detained|held) (?:at (?:the |all |its )?(?:[a-z-]+ )?(?:ports?|border) )?by X1`, stateActor: true, requires: ['by'] },
  // "Ruritania's trade agency announced that Zenco and Qorva will pay duties of 20 % and 18 %": a state's body saying which firms
  // will pay its duties names them restricted. Not a duty of nothing, nor one they only could face ("could", "may" are no
  // auxiliaries here), nor one on a condition ("… if it does not act"). Firms only: "said that Zembla will pay the tariffs" is a
  // leader's claim of who bears a state's own tariffs, no duty laid on Zembla (re-read rr93).
  { relation: 'restricts', id: 'pattern:restricts:dty93-said-that-firms-will-pay-duties', template: `X P AUX T(announced|announces|said|says|ruled|rules|determined|determines|found|finds|decided|decides|concluded|concludes|confirmed|confirms) (?:(?:on|late|early|last|this) [a-z0-9]+ )?(?:, )?that (?:the )?Y (?:will|would|must|shall|are to|is to) (?:(?:now|have to|has to|also) )*(?:pay|face) (?:a |an |the )?${DUTY_HEAD}`, stateActor: true, targetNotType: 'government', notFollowedBy: new RegExp(`${NIL_RATE.source}|${ANOTHERS_DUTIES_AFTER.source}|${ON_CONDITION_AFTER.source}`), requires: ['that'] },
  // "the agency's final determination setting Zenco's duty rate at 3 %", "issued a ruling that set Qorva's anti-dumping duty at 9 %".
  { relation: 'restricts', id: 'pattern:restricts:dty93-determination-setting-firms-rate', template: `X (?:'s |P AUX (?:issued|issues|announced|announces|published|publishes|released|releases|made|makes) (?:its |a |an |the ))(?:(?:preliminary|final|amended|latest|new|affirmative) )*T(determination|determinations|ruling|decision|review|results) (?:, )?(?:setting|that set|which set|that sets|which sets|sets|set|that raised|raising|that lifted|lifting) (?:the )?Y1 's ${DUTY_HEAD}`, stateActor: true, notFollowedBy: NIL_OR_UNDONE, requires: ["'s"] },
  // "the ministry will instruct customs to collect cash deposits from importers of solar glass from Zembla", "directed its customs
  // service to collect duties on imports of paper from Zenco": the body ordering the duty collected restricts the goods' state or firm.
  { relation: 'restricts', id: 'pattern:restricts:dty93-instructs-customs-to-collect', template: `X P AUX T(instruct|instructs|instructed|direct|directs|directed|order|orders|ordered|tell|tells|told) (?:(?:@\\d+|[a-z-]+|\\( (?:@\\d+|[a-z]+) \\)) ){1,6}?to (?:begin |start )?(?:collecting|collect|require|requiring|impose|imposing) ${DUTY_KINDS}(?:deposits|duties|duty|tariffs) (?:from importers of|on imports of|on importers of|on) (?:(?!(?:from|by)(?= ))[a-z0-9-]+ ){1,5}(?:from|originating in|made in|produced by|made by) (?:the )?Y`, stateActor: true, requires: ['collect|collecting|require|requiring|impose|imposing'] },
  // "the Commission imposed duties on imports into the Union of biodiesel originating in Zembla": the importing market between
  // "imports" and the goods (a bloc's legal phrasing); the goods' state is restricted.
  { relation: 'restricts', id: 'pattern:restricts:dty93-duties-on-imports-into-market-of-goods-from', template: `X P AUX T(imposed|imposes|impose|imposing|levied|levies|levy|extended|extends|extend|confirmed|confirms|confirm) (?:(?:the|its|a|an) )?${DUTY_KINDS}(?:duties|duty|tariffs|tariff|measures) on (?:the )?(?:imports|import) into (?:the )?(?:@\\d+|union|bloc|eu) of (?:(?!(?:from|into|in)(?= ))[a-z0-9-]+ ){1,4}(?:originating in|originating from|from|made in) (?:the )?Y`, verb: true, stateActor: true, notFollowedBy: LATER_UNDONE, requires: ['into'] },
  // "Ruritania raised taxes on refined oil from Zembla", "imposed an import tax on steel made in Zembla": a tax on goods from a state
  // charges them as a duty does. A state only: "taxes on income from Zenco" tax earnings, no goods.
  { relation: 'restricts', id: 'pattern:restricts:dty93-taxes-on-goods-from-state', template: `X P AUX T(raised|raises|raise|raising|imposed|imposes|impose|imposing|levied|levies|levy|hiked|hikes|hike|increased|increases|increase|doubled|doubles|double) (?:(?:the|its|a|an|new|higher|additional|extra) )*(?:import |export |customs |border )?(?:taxes|tax) on (?:(?:the )?imports of )?(?:(?!(?:from|income|incomes|profits|dividends|earnings|revenue|revenues|sales|salaries|wages|payments|royalties|interest|gains)(?= ))[a-z0-9-]+ ){1,4}(?:from|originating in|made in) (?:the )?Y`, verb: true, stateActor: true, targetType: 'government', notFollowedBy: LATER_UNDONE, requires: ['tax|taxes'] },
];
