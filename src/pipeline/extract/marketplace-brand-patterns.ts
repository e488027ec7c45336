import type { RelationPattern } from './relation-patterns';

/**
 * Before a maker's participle: a determined noun phrase after a preposition of place or removal ("was blocked from the app
 * marketplace owned by Qorva", "is sold on the platform run by Qorva") is what the agent owns or made, not the name further left
 * (helper rlm94). Not "of" ("one of the apps made by Zenco" counts the name among them).
 */
export const NOT_AFTER_PLACE_OBJECT = String.raw`(?<!(?:^| )(?:from|on|onto|off|into|in|at|via|through|across) (?:(?:the|a|an|its|their) (?:[a-z][a-z-]* ){1,3}|@\d+ (?:[a-z][a-z-]* ){1,2}))`;

/** What a marketplace's own venture may be called in an apposition after its possessor: "Zenco's newest venture, Zapp,". */
const VENTURE_NOUNS = String.raw`venture|storefront|marketplace|shopping app|shopping platform|online store|online shop|e-commerce platform|e-commerce site|discount platform|discount store|budget store|budget marketplace|private label|private-label brand|store brand|house brand|label`;

/** The kind an apposition gives a thing kicked off or opened: "Zapp, a new budget marketplace". */
const LAUNCHED_KIND = String.raw`(?:marketplace|platform|storefront|store|shop|app|service|brand|label|site|website)`;

/**
 * Helper rlm94 (stop 94), from real news on e-commerce marketplaces and their apps: a marketplace's own ventures and brands told
 * by constructions the launch verbs do not reach (an apposition after a possessive, goods sold under a brand called X, a launch
 * kicked off with its kind set off after it, a launch named before its cataphoric owner). A table of its own, spread at the end
 * of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const MARKETPLACE_BRAND_PATTERNS: readonly RelationPattern[] = [
  // "Zenco's newest venture, Zapp, is a low-cost shopping platform": the venture named in the apposition is the possessor's own.
  // Not a joint venture (another's share of it), nor a possessor's rival or partner ("Zenco's newest rival, Zapp,": no venture noun).
  { relation: 'develops', id: 'pattern:develops:rlm94-possessor-venture-apposition', template: `X1 's (?!joint )(?:(?:newest|new|latest|first|own|latest|budget|discount|low-cost|cut-price|bargain|cheap|online|global|international) ){0,2}T(${VENTURE_NOUNS}) , (?:the )?Y1 (?=,|is |was |which |that |—|-)`, targetNotType: 'government', requires: [','] },
  // "Zenco entered the private label business by offering items under a new brand called Zapp": goods a firm offers under a brand
  // it names are its own. Not goods sold under a brand licensed from another ("under a brand licensed from Qorva": no name right
  // after "called"), nor a firm suing over another's sales (the verb must follow its own subject).
  { relation: 'develops', id: 'pattern:develops:rlm94-goods-under-brand-called', template: `X1 P AUX (?:(?:[a-z-]+ ){0,6}by )?T(offering|offers|offered|offer|selling|sells|sold|sell|introduced|introduces|introducing|launched|launches|launching|marketing|markets|marketed) (?:(?:a|an|the|its|some|many|several|hundreds|thousands|dozens|handful|of|range|line|few|cheap|low-cost|everyday|basic|household|[a-z]+s) ){0,6}under (?:a |an |its |the |their )?(?:(?:new|own|private|private-label|house|in-house|store|budget|discount|first|separate|single) ){0,2}(?:brand|label|brand name|trade name) (?:called |named |dubbed |known as )Y1 (?!'s )`, verb: true, targetNotType: 'government', requires: ['under'] },
  // "Zenco has kicked off Zapp, a new budget marketplace": a firm kicking off a thing it sets off as a marketplace, app or store
  // launches it. Not a firm kicked off a platform (the passive), nor an event kicked off ("kicked off Zapp Days, its annual sale":
  // the kind must be a made thing's), nor a state (a state kicking a thing off bans it).
  { relation: 'develops', id: 'pattern:develops:rlm94-kicked-off-named-kind', template: `X1 P AUX (?<!(?:was|were|is|are|be|been|being|get|gets|got|getting) )T(kicked off|kicks off|kick off|kicking off) (?:the )?Y1 (?:,|—|–|-|:) (?:a|an|its) (?:[a-z-]+ ){0,4}${LAUNCHED_KIND}(?= |$)`, verb: true, targetNotType: 'government', notStateWhen: /kick/, requires: ['off'] },
  // "Since the launch of its Zapp brand in 2009, Zenco has been growing its private label business": a launch of "its" thing in an
  // opening phrase names the main clause's subject as the owner. Not a launch of another's thing ("the launch of Qorva's Zapp"), nor
  // a main clause opened by another name after a report ("…, analysts said Zenco …": the subject must follow the comma).
  { relation: 'develops', id: 'pattern:develops:rlm94-opening-launch-of-its-then-owner', template: `^(?:since|after|with|following|before|until) the T(launch|debut|introduction|rollout|roll-out|unveiling|opening) of its (?:(?:own|first|new|budget|discount|private-label) ){0,2}Y1 (?:(?:brand|label|app|marketplace|store|storefront|platform|service|line) )?(?:(?:in|on|last|this|back|early|late) (?:[a-z0-9-]+ )?)?, (?:the )?X1 (?!'s )(?:has|had|have|is|was|has been|had been|went|grew|became|now|then|also|quickly|soon|steadily|[a-z]+ed|[a-z]+s)(?= )`, targetNotType: 'government', requires: [','] },
  // "Prosecutors opened investigations against Zenco, and also rival online retailers Qorva, Vexa and Kappa": rivals set after
  // "and also" with a description between (and-rival-named-after reads "Zenco and rival Qorva"). Not the rival's own thing ("rival
  // Qorva's app"), nor a counterpart list (the pattern is read only when "also" stands before the rival noun).
  { relation: 'competes_with', id: 'pattern:competes_with:rlm94-and-also-rivals-list', template: `X1 (?:, )?and also (?:its |their )?(?:[a-z-]+ )?T(rival|rivals|competitor|competitors|archrival|archrivals|arch-rival|arch-rivals) (?:[a-z-]+ ){0,2}Y (?!'s )`, targetNotType: 'government', requires: ['also'] },
];
