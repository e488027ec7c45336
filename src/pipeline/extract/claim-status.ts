import type { ClaimStatus, EntityType, RelationKind } from '../types';

// "not only competes with Y but also …" adds, it does not deny (helper cmp96, set 93).
const NEGATIONS = /(?:^| )(?:not(?! (?:only|just|merely|simply|solely) )|\S+n't|never|no longer|cannot)(?= )/;
/** The adding "not only" the negation list passes over; and a correction after the claim ("; instead it limited Zapp", "but rather"). */
const ADDING_NOT = / not (?:only|just|merely|simply|solely) /;
// "did not simply ban Zapp; instead it limited its use": the "not" corrects, so it denies (crit96c).
const CORRECTED_AFTER = /^[^.;]{0,40}?(?:[;,]|\bbut)\s*(?:it |they )?(?:instead|rather)\b/;
/**
 * "isn't the only country that banned Y", "was not the first state to ban Y": the subject is one of several that acted, no denial
 * (helper bnf93, from stop 93's film-ban sample).
 */
const NOT_THE_ONLY = /(?:^| )(?:is|was|are|were)(?:n't| not) (?:the|a) (?:only|first|last|sole) (?:[a-z-]+ ){0,2}(?:that|which|who|to)(?= )/g;
/** "has stopped restricting access to Y": an act stopped right before the trigger no longer holds. */
const STOPPED = /(?:^| )(?:stopped|stops|ceased|ceases|quit|quits) $/;
/**
 * "lifted the ban on Y", "dropped sanctions against Y", "eliminated tariffs on Y" (helper tar89b): an act named as taken back no
 * longer holds ("ended up banning" still does).
 * So is one someone is told to take back: "told Zenco to remove limits on …" (stop 66's first controls sample).
 */
const LIFT_VERBS = 'lifted|lifts|lift|lifting|eliminated|eliminates|eliminate|eliminating|dropped|drops|drop|scrapped|scraps|scrap|rescinded|rescinds|rescind|repealed|repeals|repeal|reversed|reverses|reverse|overturned|overturns|overturn|ended|ends|end|struck down|strikes down|strike down|withdrew|withdraws|withdraw|revoked|revokes|revoke|removed|removes|remove|abolished|abolishes|abolish';
/** A court's taking back: "suspended the ban", "blocked Montana's ban" (not in LIFTED: "suspended and later banned Y" bans). */
const COURT_LIFT_VERBS = 'quashed|quashes|quash|annulled|annuls|annul|suspended|suspends|suspend|blocked|blocks|block|halted|halts|halt';
const LIFTED = new RegExp(`(?:^| )(?:${LIFT_VERBS}) (?!up )(?:the |its |their |a |all |some |most |many |several )?(?:[a-z0-9-]+ ){0,2}$`);
/**
 * "The court lifted the Montana ban on Y", "A Kenyan judge suspended the government's ban on Y": the act's owner may stand between
 * the taking back (or a court's suspending, blocking, quashing) and the act named as a noun (stop 78's review); read on the words
 * before the owner, who is the act's source.
 */
const LIFTED_OWNED = new RegExp(`(?:^| )(?:${LIFT_VERBS}|${COURT_LIFT_VERBS}) (?:(?:the |its |their )?(?:@\\d+|[a-z-]+) 's |the @\\d+ )(?:[a-z0-9-]+ )?$`);
/**
 * "set aside decisions of the Authority, including a decision to revoke Y's licence", "quashed the order to block Y": a decision
 * to act that is undone holds no act (stop 71's second controls sample).
 */
const UNDONE_DECISION = /(?:^| )(?:set aside|sets aside|setting aside|overturned|overturns|overturning|quashed|quashes|quashing|annulled|annuls|annulling|struck down|strikes down|striking down|invalidated|invalidates|nullified|nullifies|voided|voids) (?:\S+ ){0,12}?(?:decision|decisions|order|orders|ruling|rulings|directive|directives|move|plan|attempt|bid) to (?:\S+ )?$/;
/**
 * "urged Ruritania to lift its ban on Y", "called on Zembla to stop blocking Y", "refused to ease sanctions on Y": a taking back only
 * asked for or refused leaves the act standing, so the act is stated as fact (stop 77, from stop 76's last bans sets). The taking back
 * must be of the act itself: "urged Apple to drop plans to ban Y", "end up banning", "stop short of banning" are no such thing, and a
 * taking back that is only weighed ("could lift", "is considering easing") keeps its hedge.
 */
const TAKING_BACK_ASKED = /(?:^| )(?:urged|urges|urging|called on|calls on|calling on|asked|asks|asking|pressed|presses|pressing|pressured|pressuring|demanded|demands|demanding|appealed to|appeals to|lobbied|lobbying|refused|refuses|refusing|declined|declines|declining) (?:(?![,;:.] )\S+ ){0,4}?to (?:lift|end|drop|scrap|rescind|repeal|reverse|overturn|withdraw|remove|abolish|stop|ease|unblock) (?:the |its |their |a |all |some )?(?:(?!(?:plans?|proposals?|proposed|threats?|talks|support|up|short|to|of|on|for)(?= ))[a-z0-9-]+ ){0,2}$/;
/** "refused to join sanctions against Y", "declined to ban Y": an act refused right before the trigger is not done. */
const REFUSED = /(?:^| )(?:refused|refuses|refusing|declined|declines|declining) to (?:(?!but |and |, )\S+ ){0,2}$/;
/**
 * "knew better than to challenge Y", "stopped short of banning Y", "refrained from competing with Y": a frame saying the act was held
 * back is no act (helper cp285). So is one not yet done: "Qorva has yet to remove Zapp from its store", "is still yet to ban Y"
 * (helper relfam).
 */
const HELD_BACK = /(?:^| )(?:(?:knew|know|knows|knowing) better than to|(?:stopped|stops|stop|stopping) short of|(?:refrained|refrains|refrain|refraining) from|(?:has|have|had|is|are|was|were) (?:still )?yet to) (?:(?!but |and |, )\S+ ){0,2}$/;
/**
 * "failed to win a contract to build Zeta frigates", "lost the tender to supply Zeta drones": a contract or bid lost names a making
 * that will not happen (helper con88).
 */
const LOST_BID = /(?:^| )(?:(?:failed|fails|fail|failing) to (?:win|secure|land|get|obtain)|lost|loses|lose|losing|missed out on|misses out on) (?:(?!but |and |, )\S+ ){0,5}?(?:contracts?|orders?|deals?|tenders?|bids?|competition|race) to (?:(?!@)\S+ )?$/;
/** "hopes to win a contract to build Zeta frigates", "is bidding to win an order to supply …": a contract only sought (helper con88). */
const SOUGHT_CONTRACT = /(?:^| )(?:hopes|hoped|hope|hoping|bidding|vying|competing|aims|aimed|aim|aiming|tries|tried|try|trying|seeks|seeking|sought|looking|wants|wanted) to (?:win|secure|land|get|obtain) (?:(?!but |and |, )\S+ ){0,5}?(?:contracts?|orders?|deals?|tenders?|bids?) to (?:(?!@)\S+ )?$/;
/**
 * "is bidding to supply Zeta trains", "one of three firms vying to build the Zeta frigates", "hopes to supply", "is in talks to
 * build": the making itself only sought (helper sup89); a rival "vying to overtake" or "hoping to topple" another still competes.
 */
const BIDDING_TO = /(?:^| )(?:bidding|vying|jockeying|tendering|shortlisted|short-listed|hopes|hoped|hope|hoping|in talks|in negotiations) to (?:(?!@)\S+ )?$/;
/** "cancelled its contract with Zenco to build Zeta frigates", "scrapped a deal for Zenco to supply …": a contract undone (helper sup89). */
const CANCELLED_CONTRACT = /(?:^| )(?:cancelled|canceled|cancels|cancel|cancelling|canceling|scrapped|scraps|scrap|scrapping|terminated|terminates|terminate|terminating|axed|axes|tore up|tears up|ripped up) (?:(?!but |and |, )\S+ ){0,5}?(?:contracts?|orders?|deals?|agreements?) (?:(?:with|for) (?:the )?@\d+ )?to (?:(?!@)\S+ )?$/;
/**
 * "Beijing denied that it had banned imports of coal from Ruritania", "denied it had halted …", "denies reports that the ministry has
 * blocked Zapp", "denied there was any ban on …", "denied it had imposed a ban on …": an act the actor says did not happen is
 * negated, whatever the rule that read it (helper fpy93, from rf91's list; "denied banning Zenco" is spoken-measures.ts's for triggers).
 * Only the denial's clause right before the trigger: "denied the report and banned Zapp" bans.
 */
const DENIED_THAT = /(?:^| )(?:denied|denies|deny|denying) (?:(?:the |any )?(?:reports?|claims?|allegations?|suggestions?) )?(?:that )?(?:it|they|its@\d+|@\d+|the [a-z]+|the @\d+ [a-z]+|there) (?:(?:had|has|have|was|were|is|are|ever|been|already|actually|officially) )*(?:(?:imposed|placed|introduced|issued|ordered|slapped|put) )?(?:(?:a|an|any|the) (?:[a-z-]+ )?)?$/;
/**
 * "Zenco has denied that its software Qorva helped spread the worm": what the denial's subject, a firm's own thing, did is denied, not
 * that it is the firm's (helper its96, from set 93's software reader). Only the maker's relation, read inside that possessive.
 */
const OWNED_IN_DENIAL = /(?:^| )its@\d+ (?:[a-z-]+ )?$/;
/**
 * After a denied act, a reason or a purpose: "denied that it had banned Zenco's phones for political reasons", "denied that it had
 * sanctioned Zenco to gain a trade advantage" deny the motive, not the act, which stays stated (re-read rr93a).
 */
const DENIED_MOTIVE_AFTER = /^(?:(?![,;:.] )\S+ ){0,8}?(?:for (?:(?!the |a |its )[a-z-]+ ){0,2}(?:reasons?|purposes?|motives?|ends|gain)|to (?:gain|win|punish|pressure|protect|help|boost|favou?r|retaliate|hurt|harm|coerce|force|shield|benefit|give)|because|in order to|so as to|in retaliation|as (?:a )?(?:retaliation|punishment|reprisal)|on (?:[a-z-]+ )?grounds|out of)(?= |$)/;
/** "Neither Ruritania nor Borduria has yet restricted Y": a subject opened by "neither" negates its clause. */
const NEITHER_NOR = /(?:^| )neither (?:(?![,;:.] )\S+ ){1,6}nor (?:(?![,;:.] )\S+ ){1,6}$/;
/** "designed as an assistant rather than a direct competitor to Y": what a thing is said not to be ("rather than Zeta by Zenco" negates no maker). */
const RATHER_THAN = /(?:^| )(?:rather than|instead of|not as) (?:(?:a|an|the)\s)?(?:(?!@)\S+ ){0,2}$/;
/**
 * "There is no Zenco-Qorva rivalry", "has no ban on Zapp": "no" right before the trigger's noun denies the thing named. Not after a
 * preposition ("with no warning banned", "at no cost"), across a clause's punctuation, nor in idioms that assert ("no choice but to
 * compete", "no doubt", "no secret that", "no stranger to") (helper hy84's self-review).
 */
const NO_BEFORE = /(?:^| )(?<!(?:^| )(?:with|at|in|for|of|by|under|on|to) )no (?:(?!(?:but|to|than|that|doubt|denying|question|secret|longer|less|more|matter|stranger|small|end|shortage|lack|fewer|sign)(?= ))[^\s,.;:()]+ ){0,4}$/;
/** A warning that reports ("warned that its brands …"), no hedge for what a maker makes (claimStatus). */
const WARNED_THAT = /(?<= |^)(?:warned|warns) that(?= |$)/g;
/**
 * Verbs that end a firm's own thing, right before its "its" (or the trigger inside that possessive): "plans to retire its Zeta app",
 * "would discontinue its Zapp Pro product" (helper its96, from news on retired apps and models).
 */
const ENDING_OWN = /(?:^| )(?:retire|discontinue|scrap|phase out|shut down|kill|sunset|axe|wind down|pull the plug on) (?:its@\d+ (?:[a-z-]+ ){0,2})?$/;
/**
 * An operator's vehicles after such a verb: "Vexa Air plans to retire its ZX1 jets", "its Qorva ZX1 fleet" (an airline or a haulier
 * retires what another firm built; the plan stays a plan, and the possessive names no maker).
 */
const OPERATED_FLEET_AFTER = /^(?:\S+ ){0,4}(?:fleet|fleets|jets|aircraft|planes|airliners|helicopters|buses|coaches|trucks|lorries|trains|locomotives|ships|vessels|ferries|tankers|vehicles|cars|taxis)(?= |$)/;
/**
 * A planned sale of a named thing to a named buyer: "Zenco plans to sell its Zeta brand to Qorva", "agreed to sell Zeta and Vexa to
 * Qorva". The plan is the sale's; that the thing is the seller's to sell is stated (helper sal98: the seller owns it, done or planned).
 */
const PLANNED_SALE_BEFORE = /(?:^| )to (?:sell|divest|offload)(?: (?![;:.]|if |unless |whether |when |before |after )\S+){0,12} ?$/;
/** The buyer named after the thing sold (or right after the trigger, when the trigger is the buyer's "to"). */
const BUYER_NAMED_AFTER = /^(?:(?:the |a |an )?(?:[a-z-]+ ){0,4}@\d+|(?:[^;:.]*? )?to (?:the |a |an )?(?:[a-z-]+ ){0,4}@\d+)/;
/** Words that make a claim a proposal: "would ban", "plans to", "urged", "if". */
const HEDGES = new Set(['would', 'could', 'might', 'may', 'should', 'plan', 'plans', 'planned', 'planning', 'considering', 'considers', 'consider', 'proposed', 'proposes', 'propose', 'proposal', 'threatened', 'threatens', 'threaten', 'call', 'calls', 'called', 'urged', 'urges', 'urge', 'seeks', 'seek', 'seeking', 'sought', 'wants', 'want', 'wanted', 'wanting', 'intends', 'intend', 'intended', 'pushed', 'pushing', 'bill', 'potential', 'possible', 'possibly', 'mulls', 'mulling', 'weighing', 'weighs', 'if', 'whether', 'unless', 'demanded', 'demands', 'asked', 'requested', 'requests', 'pressed', 'lobbying', 'warned', 'debated', 'debating', 'debate', 'discussed', 'discussing', 'studying', 'reviewing', 'review', 'mulled', 'floated', 'floating', 'eyeing', 'eyes', 'deliberating', 'deliberates', 'contemplating', 'contemplates', 'pondering', 'ponders', 'study', 'studies', 'explore', 'explores', 'exploring']);
/** Phrases that do: matched on whole words ("is expected to ban Y" forecasts an act). */
const HEDGE_PHRASES = [' introduced a bill ', ' expected to '];

/**
 * "asked internet service providers to block Y": a request to the carriers that carry out a block is
 * how a state orders it (not "asked Apple to remove Y": a firm asked may refuse).
 */
const ASKED_CARRIERS = /(?:^| )(?:asked|asks|requested|requests) (?:all |the |local |domestic |[a-z]+n )?(?:internet service providers|internet providers|service providers|isps|telecom operators|telecommunications operators|mobile operators|network operators|telcos|telecoms|telecom companies|carriers) (?:\S+ )?to (?:\S+ )?$/;
const ASKED = /(?:^| )(?:asked|asks|requested|requests)(?= )/;

// A bid or an offer to act is no act (an attempt is: "had attempted to block Zapp") (stop 53's readers: "rejected a bid by Zenco to buy Qorva").
// A name right after "to" makes it a preposition ("demanded access to @2 's"), not the infinitive of an act (stop 62's controls readers).
const URGED_TO = /(?:^| )(?:urged|urges|urging|called on|asked|asks|pushed|pressed|lobbied|demanded|wants|want|wanted|seek|seeks|seeking|proposed|proposes|plans|planning|considering|bid|bids|offer|offered|offers) (?:\S+ ){0,4}to (?:(?!@)\S+ )?$/;

/**
 * "recommended that the Tribunal prohibit the merger", "recommends prohibition of the deal", "a recommendation to block …": advice to
 * the body that acts is no act of its own (helper mrg93, set 87: a commission's recommendation read as the ban). Bans and restrictions
 * only: "recommending Vexa as an alternative to Qorva" still states a rivalry.
 */
const RECOMMENDED = /(?:^| )(?:recommend|recommends|recommended|recommending|recommendation|recommendations|suggested|suggests|advised|advises|advising) (?:that |to |the |a |an )?(?:(?![,;:.] )\S+ ){0,3}$/;
/**
 * "rejected a request to ban Y", "dismissed Zenco's petition to block Y", "a plaintiff's motion to suspend Y": a ban someone asks a court
 * or a body for is only asked, whatever the body then does with the request; "granted the request to ban Y" grants it (helper crt95).
 */
const REQUEST_TO = / (?:a|an|the|its|their|@\d+ 's) (?:[a-z-]+ )?(?:request|requests|petition|petitions|plea|pleas|motion|motions|demand|demands|application|applications) (?:(?:by|from) (?:\S+ ){1,3})?to (?:(?!@)\S+ )?$/;
const GRANTING = /(?:^| )(?:granted|grants|grant|granting|approved|approves|approve|approving|upheld|upholds|uphold|accepted|accepts|accept|allowed|allows|allow)$/;
function onlyRequested(before: string): boolean {
  const m = REQUEST_TO.exec(` ${before}`);
  return m !== null && !GRANTING.test(` ${before}`.slice(0, m.index));
}

/**
 * "Russia considered declaring Zenco undesirable", "had considered banning Zapp": an act right after "considered" was weighed, not
 * done (helper agn; "considering" is a hedge of its own, the past only before the act's verb, so "is considered a rival" stays).
 */
const CONSIDERED_ACT = /(?:^| )(?:considered|weighed|mulled|debated|discussed|contemplated) $/;

/** "called for the suspension of Y by X", "pushed for a ban": an act named by its noun, only asked for (stop 73). */
const CALLED_FOR = /(?:^| )(?:call|calls|called|calling|pushed|pushing|pressed|pressing|lobbied|lobbying|campaigned|campaigning|appealed|appealing) for (?:\S+ ){0,3}$/;
/**
 * "Zenco petitioned the Commerce Department for duties on Zemblan paper", "asked the @ to impose tariffs on": a measure a firm asks a
 * state body for is only asked (helper sts93, from round 1's duties helper). The body is named between the asking and the "for", and only
 * the measure's own words follow ("petitioned the @ for relief from sanctions on Zembla" asks nothing of the sanctions).
 */
const PETITIONED_FOR = /(?:^| )(?:petitioned|petitions|petition|petitioning|asked|asks|asking|applied to|applies to|lobbied|lobbies|lobbying|pressed|pressing|urged|urging) (?:the )?(?:@\d+|[a-z]+ @\d+) (?:for|to impose|to levy|to slap|to put) (?:(?:new|higher|additional|further|more|tougher|steep|steeper|anti-dumping|antidumping|countervailing|import|punitive|retaliatory|protective|emergency|safeguard|trade|\d[\d.,]*|%|per|cent|percent) ){0,4}$/;
/**
 * "the House passed proposed U.S. sanctions on Zembla", "evaded threatened EU tariffs": a word before the state that owns the measure
 * puts it in prospect (helper sts93; snm93 found it asserted). Only the one word before the state's name and its qualifiers.
 */
const PROSPECT_BEFORE_OWNER = /(?:^| )(?:proposed|planned|threatened|possible|potential|mooted|contemplated|looming|hypothetical) (?:the )?@\d+ (?:'s )?(?:(?:economic|financial|trade|export|import|secondary|sectoral|new|further|additional|fresh|retaliatory|punitive|anti-dumping|countervailing) ){0,2}$/;

/**
 * "has the authority to ban Zapp", "a law giving the regulator powers to block sites": a power to act is no act ("used its power to
 * ban Zapp" is one) (stop 75, from stop 74's last bans samples).
 */
const POWER_TO = /(?:^| )(?:has|have|had|holds|hold|held|given|gives|gave|give|giving|grants|granted|grant|granting|with) (?:(?:the )?@\d+ )?(?:the |broad |new |sweeping |legal |full )*(?:power|powers|authority|right|ability) to (?:(?!@)\S+ )?$/;

/** Measures named as one noun, singular and plural: the verb that takes one back agrees with it ("the ban … was lifted", "tariffs … were"). */
const ONE_MEASURE = 'ban|tariff|duty|levy|surtax|embargo|prohibition|quota';
const MEASURES = 'bans|tariffs|duties|levies|surtaxes|embargoes|sanctions|restrictions|curbs|quotas';
/**
 * Words between a measure's noun and its taking back: the measure's own words ("on Zenco phones in Zembla"), none that opens another
 * clause (a linking word, a relative, "means", a pronoun that is the new clause's subject, an "and" before no name, a punctuation
 * mark) or names another measure ("the ban on Zenco remains though curbs on Qorva were lifted"). The text is the sentence's words,
 * names as @N, punctuation apart (re-read rr92b).
 */
const MEASURE_WORDS = String.raw`(?!(?:that|which|who|whose|after|before|when|while|whereas|though|although|even|yet|so|because|since|as|until|once|but|or|if|means|meant|mean|it|they|their|them|he|she|we|${ONE_MEASURE}|${MEASURES})(?= )|and (?!@)|\. )[^\s,;:()]+ `;
const TAKEN_BACK = String.raw`(?:(?:later|since|subsequently|eventually|finally|quickly|quietly|recently|partially|partly|fully|formally|officially|effectively|then|largely|all|both) )?(?:lifted|removed|scrapped|rescinded|revoked|repealed|dropped|overturned|reversed|struck down|withdrawn|abolished|eliminated|quashed|annulled|suspended)(?= |$)(?! from (?:the |its |a )?(?:[a-z-]+ )?(?:list|lists|exemptions?|exclusions?|waivers?)(?= |$))`;
/**
 * "Canada's ban on Zenco was lifted", "the tariffs on Mexican goods were scrapped in May": a measure named as a noun and then said to be
 * taken back holds no act (helper sta92, set 84's tariff readers). Only when the verb agrees with the measure's noun and nothing between
 * them opens another clause (MEASURE_WORDS: "the ban on Zenco apps means they were removed from stores" keeps the ban), and not a
 * removal from a list of exemptions ("the tariffs on Zembian steel were removed from the exemption list" keeps them).
 */
const LIFTED_AFTER = new RegExp(String.raw`^(?:(?:${ONE_MEASURE}) (?:${MEASURE_WORDS}){0,8}?(?:was|has been|had been|got|is being)|(?:${MEASURES}) (?:${MEASURE_WORDS}){0,8}?(?:were|have been|had been|got|are being)) ${TAKEN_BACK}`);
/**
 * "U.S. sanctions on Zembla, which were lifted in 2016": a relative clause right after the measure's words tells the same taking back
 * (helper sts93; "…, which were tightened" and "…, which Zenco says were lifted" keep the measure, and "… on Zemblan cars, which were
 * withdrawn from the market" tells of the goods).
 */
const LIFTED_IN_RELATIVE = new RegExp(String.raw`^(?:(?:${ONE_MEASURE}) (?:${MEASURE_WORDS}){0,6}?, (?:which|that) (?:was|has been|had been)|(?:${MEASURES}) (?:${MEASURE_WORDS}){0,6}?, (?:which|that) (?:were|have been|had been)) ${TAKEN_BACK}(?! from )`);
/** "reinstated sanctions on Zembla, which were lifted in 2016": the measure put back holds again (helper sts93). */
const PUT_BACK_BEFORE = /(?:^| )(?:reinstat|re-?impos|restor|snapp?(?:ed|ing|s)? back|bring(?:s|ing)? back|brought back|put(?:s|ting)? back|revived?|revives|reviving|renew|reintroduc)[a-z]* (?:(?![,;:.] )\S+ ){0,5}$/;
/**
 * "Zembla announced it would impose tariffs on Ruritanian goods", "announced that it would be imposing duties": a state's announced
 * measure is decided, not weighed (set 84's tariff readers counted them as the act; "announced it would consider tariffs", "said it
 * would impose" and "would impose … if" keep the hedge: only the modal right after the announcing is taken out).
 */
const ANNOUNCED_MEASURE = /(?:^| )(?:announced|announces|confirmed|confirms|decided|decides) (?:that )?(?:it|they|@\d+) would (?:be )?(?:impose|imposing|levy|levying|slap|slapping|apply|applying|introduce|introducing|raise|raising) (?:(?![,;:.()] )\S+ ){0,5}$/;

/** A condition later in the clause: "would impose tariffs on Zembla's goods if talks fail" is still a threat. */
const CONDITION_AFTER = /^[^.;]*? (?:if|unless|should|in the event)(?= )/;
/** A turn back later in the sentence: "announced it would impose tariffs on Zenco steel, but later reversed course" decided nothing (re-read rr92b). */
const REVERSED_AFTER = /^[^.;]*? (?:but|then|before) (?:(?:it|they|@\d+|later|then|quickly|soon) ){0,2}(?:reversed|backed down|backtracked|dropped|scrapped|abandoned|shelved|withdrew|retreated|u-turned|postponed|delayed|paused)(?= |$)/;

/** Who states the claim, where it changes its status. */
export interface StatusActor {
  /** Every source is a state or its body: its demand is an order. */
  isState?: boolean;
  /**
   * The claim's relation, where known: a making is no act a court takes back, so "has blocked the Vexa app developed by Qorva"
   * leaves Qorva's making stated (a fresh sample of real news read it as a suspended act).
   */
  relation?: RelationKind;
  /** The words after the trigger, where known: what a denial denies may be named there (DENIED_MOTIVE_AFTER). */
  after?: string;
}

/** Whether a ban or a control is acted by governments only (their demand is an order: StatusActor.isState). */
export function isStateAct(relation: RelationKind, sources: readonly { type: EntityType }[]): boolean {
  return (relation === 'banned' || relation === 'restricts') && sources.length > 0 && sources.every((m) => m.type === 'government');
}

/**
 * "did not order Zenco and Qorva to (help) block …", "did not order that both Zenco and Qorva remove …": a negated order with its
 * list of the ones ordered between, past the six words read for a negation (helper ord2to95).
 */
const NEGATED_ORDER = /(?:^| )(?:not|\S+n't|never) (?:(?:been )?(?:order|ordered|tell|told|direct|directed|instruct|instructed|force|forced|compel|compelled|require|required|command|commanded|mandate|mandated)) (?:(?:that )?(?:(?![,;:]|but |that |it |they |would |will )\S+ ){1,8}?to (?:help )?|that (?:(?![,;:]|but |it |they |would |will )\S+ ){1,8}?)$/;

/**
 * "stayed the order that Zenco remove Y", "overturned the order directing carriers to block Y", "suspended the government's order that
 * providers block Y": the ban an order carried is undone with it (helper ord2to95; UNDONE_DECISION reads only "… order to").
 */
const STAYED_ORDER = /(?:^| )(?:stayed|stays|suspended|suspends|overturned|overturns|quashed|quashes|set aside|sets aside|struck down|strikes down|annulled|annuls|revoked|revokes|reversed|reverses) (?:(?![,;:]|but )\S+ ){0,3}?(?:order|orders|directive|directives|instruction|instructions) (?:that|requiring|directing|ordering|instructing|telling|forcing|to) (?:(?![,;:]|but |and |lifting |lift |lifted |allowing |allow )\S+ ){0,10}$/;

/** A demand, the verb only: "has demanded that", "demands". */
const STATE_DEMAND = /(?<= |^)(?:demanded|demands|demanding)(?= |$)/g;

/**
 * Whether a matched relation is stated as fact. `before` is the abstract text from the start of
 * the sentence up to the trigger; `between` the words from the source to the trigger.
 * "does not ban" → negated; "called for a ban", "would ban", "if … were" → proposed.
 */
export function claimStatus(before: string, between: string, actor: StatusActor = {}): ClaimStatus {
  const negated = NEGATIONS.test(` ${lastFields(between.replace(NOT_THE_ONLY, ' '), 6)} `) || NEGATED_ORDER.test(` ${between.trim()} `)
    || (ADDING_NOT.test(` ${lastFields(between, 6)} `) && CORRECTED_AFTER.test(actor.after ?? ''));
  if (!negated && TAKING_BACK_ASKED.test(lastWords(before, 10))) return 'asserted';
  const afterTrimmed = actor.after?.trimStart() ?? '';
  if (negated || (actor.relation !== 'develops' && (LIFTED_AFTER.test(afterTrimmed) || (LIFTED_IN_RELATIVE.test(afterTrimmed) && !PUT_BACK_BEFORE.test(lastWords(before, 8))))) || STOPPED.test(between) || LIFTED.test(between) || (actor.relation !== 'develops' && LIFTED_OWNED.test(lastWords(before, 6))) || UNDONE_DECISION.test(between) || STAYED_ORDER.test(lastWords(before, 18)) || (DENIED_THAT.test(lastWords(before, 10)) && !DENIED_MOTIVE_AFTER.test(actor.after?.trimStart() ?? '') && !(actor.relation === 'develops' && OWNED_IN_DENIAL.test(lastWords(before, 3)))) || REFUSED.test(between) || HELD_BACK.test(between) || LOST_BID.test(lastWords(before, 12)) || CANCELLED_CONTRACT.test(lastWords(before, 12)) || NEITHER_NOR.test(lastWords(before, 14)) || RATHER_THAN.test(lastWords(before, 5)) || NO_BEFORE.test(lastWords(before, 5))) return 'negated';
  const toCarriers = ASKED_CARRIERS.test(lastWords(before, 10));
  // The hedge may stand before the source too: "urged the department to add X to the list".
  // "Roskomnadzor demanded that Apple remove Zapp": a government's demand is its order; anyone else's is a wish.
  const demanded = actor.isState ? between.replace(STATE_DEMAND, ' ') : between;
  const asked = actor.isState && ANNOUNCED_MEASURE.test(lastWords(before, 12)) && !CONDITION_AFTER.test(actor.after ?? '') && !REVERSED_AFTER.test(actor.after ?? '') ? demanded.replace(/(?<= |^)would (?=(?:be )?[a-z]+ )/, '') : demanded;
  const urged = actor.isState ? lastWords(before, 8).replace(STATE_DEMAND, ' ') : lastWords(before, 8);
  // "Zenco has warned that its biggest brands, A and B, are suffering": a maker's warning reports on its own things; what it makes is
  // stated, not threatened (helper lin95, from real brewers' results). A hedge after it still hedges ("warned that it may drop A").
  const warned = actor.relation === 'develops' ? asked.replace(WARNED_THAT, ' ') : asked;
  // "Zenco plans to retire its Zeta app": a plan to end a firm's own thing plans the ending; that the thing is the firm's is stated.
  if (actor.relation === 'develops' && ENDING_OWN.test(lastWords(before, 5)) && !OPERATED_FLEET_AFTER.test(afterTrimmed)) return 'asserted';
  if (actor.relation === 'develops' && PLANNED_SALE_BEFORE.test(lastWords(before, 14)) && BUYER_NAMED_AFTER.test(afterTrimmed) && !/^(?:if|whether|unless|should) /.test(before)) return 'asserted';
  if (isHedged(toCarriers ? warned.replace(ASKED, '') : warned) || (!toCarriers && URGED_TO.test(urged)) || POWER_TO.test(lastWords(before, 10)) || SOUGHT_CONTRACT.test(lastWords(before, 12)) || (actor.relation === 'develops' && BIDDING_TO.test(lastWords(before, 3))) || CALLED_FOR.test(lastWords(before, 5)) || ((actor.relation === 'banned' || actor.relation === 'restricts') && (RECOMMENDED.test(lastWords(before, 6)) || onlyRequested(lastWords(before, 10)) || PETITIONED_FOR.test(lastWords(before, 8)) || PROSPECT_BEFORE_OWNER.test(lastWords(before, 6)) || CONSIDERED_ACT.test(lastWords(before, 3)))) || /^(?:if|whether|unless|should) /.test(before)) return 'proposed';
  return 'asserted';
}

function isHedged(between: string): boolean {
  for (let from = 0; from <= between.length; ) {
    const end = between.indexOf(' ', from);
    const stop = end < 0 ? between.length : end;
    if (stop > from && HEDGES.has(between.slice(from, stop)) && !isMonth(between, from, stop) && !isSignedBill(between, from, stop) && !isNaming(between, from, stop) && !isServicePlan(between, from, stop) && !isDescribedDeal(between, from, stop) && !isReviewSite(between, from, stop)) return true;
    from = stop + 1;
  }
  const spaced = ` ${between} `;
  return HEDGE_PHRASES.some((p) => spaced.includes(p));
}

/** The last `n` words of `text` with the space before them (all of it when shorter): URGED_TO spans at most 7 words before the end. */
function lastWords(text: string, n: number): string {
  let at = text.length;
  for (let k = 0; k <= n; k++) {
    if (at <= 0) return text;
    at = spaceBefore(text, at);
    if (at < 0) return text;
  }
  return text.slice(at);
}

/** `text.split(' ').slice(-n).join(' ')`, without the arrays: the text after its n-th space from the end. */
function lastFields(text: string, n: number): string {
  let at = text.length;
  for (let k = 0; k < n; k++) {
    if (at <= 0) return text;
    at = spaceBefore(text, at);
    if (at < 0) return text;
  }
  return text.slice(at + 1);
}

/**
 * The last space of `text` before `end` (0 < end ≤ its length), −1 when none: `text.lastIndexOf(' ', end - 1)` read in a
 * loop, because lastIndexOf is a call into V8's runtime (about half a percent of the extraction's instructions, mostly here).
 */
function spaceBefore(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (text.charCodeAt(i) === 32) return i;
  return -1;
}

/** Words before "plans" that make them what a carrier sells: "unlimited data plans", "prepaid plans". */
const SERVICE_PLAN_BEFORE = /(?:^| )(?:data|mobile|prepaid|pre-paid|postpaid|post-paid|unlimited|phone|calling|cellular|wireless|broadband|internet|voice|roaming|service|subscription|family|monthly|annual|tariff|pricing) $/;
/** Words after "plans" that make them goods: "advertised plans under its brands", "plans priced at $30". */
const SERVICE_PLAN_AFTER = /^ (?:under|priced|starting|costing)(?= |$)/;

/**
 * "advertised unlimited data plans under its brands": a carrier's plans are what it sells, no intent (stop 74's first controls
 * sample read three brands of a carrier as proposed).
 */
function isServicePlan(text: string, from: number, stop: number): boolean {
  const word = text.slice(from, stop);
  return (word === 'plan' || word === 'plans') && (SERVICE_PLAN_BEFORE.test(text.slice(Math.max(0, from - 16), from)) || SERVICE_PLAN_AFTER.test(text.slice(stop, stop + 10)));
}

/** Nouns after "review" that make it a kind of site or publication: "the review site Zeta", "a review app". */
const REVIEW_KIND_AFTER = /^ (?:site|sites|website|websites|app|apps|platform|platforms|aggregator|aggregators|portal|portals|magazine|magazines|service|services)(?= |$)/;

/** "the review site Zeta, now owned by Zenco": a site for reviews, no review of the act (helper dvq93, from set 88's search reader). */
function isReviewSite(text: string, from: number, stop: number): boolean {
  return text.slice(from, stop) === 'review' && REVIEW_KIND_AFTER.test(text.slice(stop, stop + 14));
}

/** A deal described as planned before the trigger: "Zenco's planned purchase of Qorva was blocked by …". */
const DESCRIBED_DEAL = /^ (?:\$?[0-9.]+ (?:[a-z]+ )?)?(?:takeover|acquisition|purchase|merger|buyout|bid|deal|investment) (?:of|for|with|by|in) /;

/**
 * "Zenco's planned purchase of Qorva was knocked back by the ministry": a deal planned or proposed before the trigger is what was
 * stopped, the stopping is no plan (stop 81). Only before the trigger: "Zenco's planned acquisition of Qorva" plans the acquisition.
 */
function isDescribedDeal(text: string, from: number, stop: number): boolean {
  const word = text.slice(from, stop);
  return (word === 'planned' || word === 'proposed') && DESCRIBED_DEAL.test(text.slice(stop, stop + 32));
}

/** "a model called Zeta, developed by Zenco": "called" before a name names it, it calls for nothing. */
function isNaming(text: string, from: number, stop: number): boolean {
  return text.slice(from, stop) === 'called' && text.startsWith('@', stop + 1);
}

/**
 * "signed into law on Tuesday a bill banning Y", "signed into law last week a bill that bars Y": the words of a date or a time may
 * stand between "signed into law" and the bill it enacts (helper exc101, from real state app bans).
 */
const WHEN_WORD = '(?:on|in|last|this|late|early|week|month|year|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.|\\d{1,4},?)';

/**
 * "signed a bill that bars Y": a bill signed into law is an act, not a proposal. So is one a
 * legislature passed or adopted ("the National Assembly passed a bill that bars A and B from …":
 * stop 65's readers counted it as the act 12 times); "would" or "could" after it still hedge.
 */
const SIGNED = new RegExp(`(?:^| )(?:signed|signs|signing|enacted|passed|passes|adopted|adopts|approved|approves)(?: into law(?: ${WHEN_WORD}){0,3})? (?:a|an|the|\\S+'s) $`);
function isSignedBill(text: string, from: number, stop: number): boolean {
  return text.slice(from, stop) === 'bill' && SIGNED.test(text.slice(Math.max(0, from - 56), from));
}

/** Words before "may" that make it the month: "in May", "(May 2024)", "since May". */
const MONTH_BEFORE = new Set(['in', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'of', 'from', 'through', '(', ',']);

/** Whether the word at [from, stop) is the month May ("in May", "May 2024", "May 5", "4 May"), not the modal. */
function isMonth(text: string, from: number, stop: number): boolean {
  if (stop - from !== 3 || !text.startsWith('may', from)) return false;
  const next = text.charCodeAt(stop + 1);
  if (next >= 48 && next <= 57) return true;
  if (from === 0) return false;
  const before = text.lastIndexOf(' ', from - 2);
  const word = text.slice(before + 1, from - 1);
  // "on 4 May", "the 21st May": a day's number before it.
  return MONTH_BEFORE.has(word) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(word);
}
