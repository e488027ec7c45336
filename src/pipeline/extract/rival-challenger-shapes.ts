import type { RelationPattern } from './relation-patterns';

/**
 * Helper riv100 (stop 99), from real market news on phones, cars, streaming and chips: a rivalry told by a firm's challenge to
 * another's hold on a market, not by a rivalry noun after the pair. A fronted clause of fighting a firm whose doer is the main
 * clause's subject ("After years of fighting Qorva, Zenco is …"); an assault on firms' domination ("Zenco launches an assault on
 * Qorva, Vexa domination"); a market dominated by one firm facing a challenger or entered by another ("The market, long dominated
 * by Qorva, is facing a challenger, Zenco", "Zenco entered a market dominated by Qorva"); and a name apposed to a description
 * of a hope or bid to rival a firm ("Ruritania's hope to rival Qorva, Zenco, …").
 */

/** Up to four plain words between a firm and its verb ("is now set to"), none a negation, a pronoun or a wish word handing the verb on. */
const GAP = String.raw`(?:(?!(?:not|never|no|nor|cannot|without|it|they|them|he|she|we|could|would|might|may|hopes|hoped|plans|planned|aims|wants|seeks|expects|expected|if)(?= ))[a-z-]+ ){0,4}?`;

/** A list of firms: "@1", "@1 , @2", "@1 and @2", "@1 , @2 and @3" (a headline's comma pair included). */
const FIRMS = String.raw`@\d+(?: , @\d+)*(?: ,)?(?: (?:and|&) @\d+)?`;

/** What a leading firm holds in a market. */
const HOLD = String.raw`(?:dominance|domination|monopoly|duopoly|grip|stranglehold|hegemony|supremacy|reign|rule|lead|leadership|hold)`;

/** Gerunds of fighting a rival, after "after (years of)" or "despite". */
const FIGHTING = String.raw`fighting|battling|competing with|competing against|taking on|challenging|sparring with|dueling with|duelling with|jostling with|vying with|chasing|trailing`;

export const RIVAL_CHALLENGER_SHAPES: readonly RelationPattern[] = [
  // "After years of fighting Qorva, Zenco is now up against Vexa", "Despite battling Qorva and Vexa in the US, Zenco grew": the
  // fronted clause's doer is the main clause's subject, the firm right after its comma (not a possessor: "Zenco's shares").
  { relation: 'competes_with', id: 'pattern:competes_with:riv100-fronted-fighting', template: `(?:^|[;:] )(?:after|despite|following|amid|since) (?:(?:years|decades|months|a decade|a year|two years|three years|five years|a long period) of |long |years spent |its |their )?T(${FIGHTING}) (?:the )?(?:(?:rival|rivals|competitor|competitors|incumbent|incumbents|giant|giants) )?(?<y>${FIRMS}) (?!'s )(?:[^\\s;,]+ ){0,6}?, (?:(?:[a-z]+ )?@\\d+ ?-? ?(?:owned|backed|based|led|funded|controlled) )?X1 (?!'s )(?=(?:[a-z-]+ ){0,3}?(?:is|was|are|were|has|had|have|now|still|will|can|[a-z]+ed|[a-z]+s) )`, targetNotType: 'government' },
  // "Zenco launches major new assault on Qorva, Vexa domination", "Zenco mounted a challenge to Qorva's dominance": an attack on the
  // hold of the firms named, by the subject. Not a state's hold ("Ruritania's grip"), which targetNotType keeps out.
  { relation: 'competes_with', id: 'pattern:competes_with:riv100-assault-on-domination', template: `X1 P AUX ${GAP}(?:launches|launched|launching|launch|mounts|mounted|mounting|mount|wages|waged|waging|leads|led|leading|makes|made|making|opens|opened|opening|steps up|stepped up|ramps up|ramped up|poses|posed|posing) (?:a |an |its |their |the )?(?:(?:major|new|fresh|full-scale|all-out|direct|serious|big|bold|frontal|renewed|credible|real|latest) ){0,3}T(assault|attack|offensive|onslaught|challenge|charge|threat|push|war) (?:on|against|to) (?:the )?(?<y>${FIRMS}) (?:'s )?(?:(?:market|global|long-standing|long|decades-long|near|virtual|smartphone|search|cloud|chip|ev) ){0,2}${HOLD}(?= |$)`, targetNotType: 'government' },
  // "The EV market, long dominated by Qorva Inc., is facing a potential challenger Zenco": a market held by one firm facing another.
  { relation: 'competes_with', id: 'pattern:competes_with:riv100-dominated-market-faces-challenger', template: `(?:market|segment|sector|industry|space|business) , (?:(?:long|largely|still|so far|until now|traditionally|currently|once) )*(?:dominated|ruled|controlled|led) by (?:the )?(?:likes of )?(?<y>${FIRMS}) (?:\\( [^)@]* \\) )?, (?:(?:is|was|are|were|now|has been|had been|suddenly) )*T(facing|faces|face|faced) (?:a |an )?(?:(?:new|potential|serious|formidable|credible|strong|fresh|upstart|rising|young) ){0,2}(?:challenger|challengers|rival|rivals|competitor|competitors|contender|newcomer|entrant|threat from|challenge from|competition from) (?:in |from |, )?X1 (?!'s )`, targetNotType: 'government', requires: ['by'] },
  // "Zenco entered a market dominated by Qorva", "Zenco is trying to break into a US market long dominated by Qorva and Vexa": a
  // firm moving into a market another holds.
  { relation: 'competes_with', id: 'pattern:competes_with:riv100-entered-dominated-market', template: `X1 P AUX ${GAP}T(entered|enters|enter|entering|muscle into|muscles into|muscled into|muscling into|break into|breaks into|broke into|breaking into|push into|pushes into|pushed into|pushing into|crack|cracks|cracked|cracking|move into|moves into|moved into|moving into|expand into|expands into|expanded into|expanding into|storm|storms|stormed|storming) (?:the |a |an )?(?:[a-z-]+ ){0,3}?(?:market|segment|sector|space) (?:[a-z-]+ ){0,2}?(?:(?:long|largely|still|so far|traditionally|currently) )*(?:dominated|ruled|controlled) by (?:the )?(?:likes of )?(?<y>${FIRMS}) (?!'s )`, targetNotType: 'government', requires: ['by'] },
  // "Ruritania's hope to rival Qorva, Zenco, raised …", "Europe's best bet to challenge Qorva, Zenco, …": the name apposed after a
  // described hope or bid to rival a firm is the rival (the possessor is the hope's holder, no firm in the race).
  { relation: 'competes_with', id: 'pattern:competes_with:riv100-hope-to-rival-apposed', template: `(?:^|, |; )(?:(?:the )?@\\d+ 's |(?:the )?[a-z]+ 's |the |a |an )(?:[a-z-]+ ){0,2}?(?:hope|hopes|bet|answer|bid|attempt|candidate|contender|champion) to T(rival|challenge|take on|compete with|beat|topple|dethrone|unseat) (?:the )?Y1 , X1 (?!'s )(?=,|\\()`, targetNotType: 'government', requires: [','] },
];
