import type { RelationPattern } from './relation-patterns';

/** A measure a standing is told in ("in market share", "in smartphone shipments", "in cloud revenue"). */
const MEASURE = String.raw`(?:(?:global|worldwide|overall|total|annual|quarterly|cloud|market|smartphone|phone|chip|online|[a-z]+) ){0,2}(?:market share|share|sales|revenue|revenues|shipments|subscribers|users|customers|deliveries|downloads|market)`;

/** A share told after "with": "with a market share of 15%", "with 12% of shipments", "with a 15% share". */
const WITH_SHARE = String.raw`with (?:a |an |its |their )?(?:(?:[0-9.,]+ ?(?:%|percent|per cent) )|(?:[a-z-]+ ){0,2})(?:market share|share)(?= )|with (?:just |only |about |around |nearly |almost )?[0-9.,]+ ?(?:%|percent|per cent) (?:of|share)(?= )`;

/** Words that describe the firms named after them, last word a kind of firm: "the two largest chip makers", "the 2 world largest mobile chip manufacturer". */
const FIRMS_DESCRIBED = String.raw`(?:(?:the|two|2|three|3|world|world 's|biggest|largest|leading|top|rival|[a-z-]+) ){0,6}(?:makers?|manufacturers?|chipmakers?|companies|firms|giants|vendors|players|providers|brands|rivals|groups|suppliers|developers|labs|startups|start-ups|foundries|carriers|operators)`;

/** A kind of firm a rival is described as, before its name: "domestic smartphone maker", "local rival". */
const RIVAL_DESCRIBED = String.raw`(?:(?:[a-z-]+ ){0,3}(?:maker|manufacturer|chipmaker|company|firm|giant|vendor|player|provider|brand|rival|group|supplier|developer|lab|startup|start-up|foundry|carrier|operator) )?`;

/**
 * Words in an opening clause that make it a report or a role, not the firm's own standing: "As Zenco said", "as a supplier". A
 * report's verbs include an analyst's ("As Zenco pointed out", "As Zenco observed", "as Zenco data shows"): market researchers open
 * rivalry news so, and the rivals listed are not theirs (review rr94c).
 */
export const REPORTING_OR_ROLE = String.raw`said|says|say|told|tells|reported|reports|noted|notes|wrote|writes|announced|announces|expects|expected|predicted|predicts|warned|warns|pointed|points|observed|observes|explained|explains|argued|argues|highlighted|highlights|showed|shows|show|shown|found|finds|estimated|estimates|stated|states|suggested|suggests|cautioned|cautions|data|figures|research|survey|analysts|analyst|according|supplier|suppliers|partner|partners|customer|customers|client|clients|investor|investors|owner|owners|parent|unit|subsidiary|distributor|retailer|agency|a|an`;

/**
 * Helper rlc94 (stop 94), from real market-share and rivalry coverage: rivalry whose parts stand apart, with a share, a place or a
 * description between them. A table of its own, spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const RIVALRY_ACROSS_WORDS: readonly RelationPattern[] = [
  // "Zenco now trails Qorva with a market share of 15%", "Zenco trails Qorva with 12% of shipments": a firm trailing another with a
  // share is its rival (rvr93-trails-list-in-measure reads "in share"). Not "trails estimates with …" (no name), nor a state.
  { relation: 'competes_with', id: 'pattern:competes_with:rlc94-trails-with-share', template: `X1 P AUX T(trails|trailed|trail|trailing|lags behind|lagged behind|lag behind|lagging behind|lags|lagged) (?:rival |the )?Y1 (?!'s )${WITH_SHARE}`, verb: true, targetNotType: 'government', requires: ['with'] },
  // "Zenco remained ahead of Qorva in market share", "Zenco is well ahead of Qorva in shipments in Europe": a firm standing ahead
  // of another in a measure of the market. Not a timing ("launched ahead of Qorva's event": no standing verb), nor a measure-less
  // lead ("ahead of Qorva in talks"), nor a state ("ahead of Ruritania in chip output").
  { relation: 'competes_with', id: 'pattern:competes_with:rlc94-ahead-of-in-measure', template: `X1 P (?:(?:has|have|had|still|now|also|again|once again|clearly) )*T(remained|remains|remain|stayed|stays|stay|is|was|are|were|kept|keeps|pulled|pulls|moved|moves|stood|stands|held|holds|inched|edged|been) (?:(?:well|far|just|comfortably|firmly|still|narrowly|slightly|clearly|squarely|only) )?ahead of (?:rival |rivals |the )?Y1 (?!'s )in ${MEASURE}(?= )`, targetNotType: 'government', requires: ['ahead'] },
  // "Zenco is facing strong competition in Ruritania, particularly from local phone maker Qorva": the rival named after a place
  // and an adverb set off between the competition and "from". Not a state ("competition in Europe from Ruritania"), nor a negation
  // ("is not facing competition in …").
  { relation: 'competes_with', id: 'pattern:competes_with:rlc94-facing-competition-in-place-from', template: `X1 P (?:(?:is|are|was|were|has|have|had|been|now|still|also|increasingly) )*T(facing|faces|faced|face) (?:(?:increasingly|ever|more|much|very|stiff|stiffer|strong|stronger|fierce|fiercer|intense|tough|tougher|growing|mounting|rising|heavy|new|fresh|serious|renewed|direct) )*(?:competition|rivalry) (?:in|on|at|across) (?:the )?(?:(?:[a-z-]+|@\\d+) ){1,4}(?:, )?(?:(?:particularly|especially|notably|mainly|chiefly|mostly|largely|above all|most notably|in particular) )?(?:, )?from (?:the )?${RIVAL_DESCRIBED}Y (?=[,.;]|$|in |with |and |as |which |who |that |after |amid |since |despite |while )`, targetNotType: 'government', requires: ['from'] },
  // "The race between the two largest chip makers Zenco and Qorva is getting closer": the contest's parties after a description of
  // them. Not "the race between the two parties" (no names), nor a partnership's "deal between" (not a contest's noun).
  { relation: 'competes_with', id: 'pattern:competes_with:rlc94-contest-between-described-pair', template: `T(race|rivalry|competition|battle|fight|contest|duel|war|showdown) between ${FIRMS_DESCRIBED} (?:, )?X1 (?:, )?and (?:the )?Y1 (?!'s )`, targetNotType: 'government', requires: ['between'] },
  // "As Zenco continues to dominate, rivals such as Qorva and Vexa are speeding up": the firm the opening clause is about is the one
  // whose rivals the main clause lists. Not "As Zenco's partner grows, rivals such as …" (another's clause), nor a report ("As Zenco
  // said, rivals such as …": whose rivals is not told), nor a role ("As Zenco's supplier", "as a partner of"), nor "As Zenco buys
  // Qorva, its rivals …" (no list after the noun).
  { relation: 'competes_with', id: 'pattern:competes_with:rlc94-as-clause-then-rivals-such-as', template: `(?:^|, |; )(?:as|while|although|though|even as) X1 (?!'s )(?:(?!(?:${REPORTING_OR_ROLE})(?= ))[a-z-]+ ){1,6}, (?:its |their |the )?(?:(?:smaller|larger|bigger|main|chief|key|major|closest|nearest|fellow|local|domestic|foreign|korean|chinese|american|japanese|european) )*T(rivals|competitors|challengers) (?:such as|like|including|namely) Y (?!'s )`, targetNotType: 'government', requires: [','] },
];
