import type { RelationPattern } from './relation-patterns';

/**
 * Helper sto101 (stop 101): a state, regulator or court that makes app stores, platforms or carriers pull an app. Whoever makes
 * them act bans the app, not the stores that carry out the order ("Kenya made Apple pull Zapp from the App Store", "India had app
 * stores drop Zapp", "Turkey directed Apple to take Zapp off its store", "Nepal ordered carriers to stop offering Zapp"). The
 * shapes the older readings miss: a causative (made, had, got), taking an app "off" a store, and an order to carriers to stop
 * offering it. States only (stateActor): a firm making another drop a product is a deal or a dispute. A table of its own, spread
 * at the end of RELATION_PATTERNS (TS2590).
 */

/** Verbs of a binding order before the one told to act and "to". */
const ORDER_WORDS = 'ordered|orders|order|ordering|forced|forces|force|forcing|told|tells|telling|directed|directs|directing|instructed|instructs|instructing|compelled|compels|compelling|required|requires|require|requiring|obliged|obliges|obliging|mandated|mandates';

/** Causatives before the one made to act: "made Apple pull", "had app stores drop", "got Apple to remove". */
const MADE_WORDS = 'made|makes|make|had|got|gets';

/** Who is made to act: named firms ("Apple and Google", "the platform Zenco") or stores, platforms or carriers by their kind. */
const PARTY = String.raw`(?:(?:the |all |local |its |their |both )?(?:[a-z-]+ ){0,2}(?:stores|platforms|marketplaces|operators|providers|carriers)|(?:the )?(?:[a-z-]+ ){0,2}(?:store|platform|marketplace|operator|provider|carrier) @\d+|(?:both )?@\d+(?: (?:,|and|, and) @\d+)*) `;

/** Pulling an app from a store; "drop" and "pull" name a store after the app (below), since alone they may drop a plan or a bid. */
const PULL = '(?:immediately )?(?:remove|pull|delete|delist|drop|take down|yank|withdraw)';

/** The app's describing words before its name: "the Zapp app", "the messaging app". */
const APP_BEFORE = String.raw`(?:the |a |an )?(?:(?!(?:of|by|from|for|about|on|in|its|their) )[a-z-]+ ){0,2}`;

/** The store the app leaves: "from the Play Store", "off its App Store", "from their stores". */
const STORE_AFTER = String.raw`(?:the |its |their |its@\d+ )?(?:@\d+|(?:[a-z-]+ ){0,2}(?:store|stores|marketplace|marketplaces|platform|platforms))(?= |$)`;

export const STATE_MADE_STORE_PULLS: readonly RelationPattern[] = [
  // "Kenya's regulator made Google pull Zapp and Vexa from the Play Store", "India had Apple and Google drop Zapp from their stores".
  { relation: 'banned', id: 'pattern:banned:sto101-made-to-pull-from-store', template: `X P AUX T(${MADE_WORDS}) ${PARTY}(?:to )?${PULL} ${APP_BEFORE}Y (?:[a-z-]+ )?from ${STORE_AFTER}`, verb: true, stateActor: true, requires: ['from'] },
  // "The Indian ministry had app stores drop Zapp": stores made to act need no store named after the app.
  { relation: 'banned', id: 'pattern:banned:sto101-made-stores-pull', template: `X P AUX T(${MADE_WORDS}) (?:the |all |its |their )?(?:[a-z-]+ )?(?:stores|platforms|marketplaces) (?:to )?${PULL} ${APP_BEFORE}Y`, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['stores|platforms|marketplaces'] },
  // "Turkey directed Apple to take Zapp off its App Store", "made Apple and Google take Zapp and Vexa off their stores".
  { relation: 'banned', id: 'pattern:banned:sto101-ordered-to-take-off-store', template: `X P AUX T(${ORDER_WORDS}|${MADE_WORDS}) ${PARTY}(?:to )?(?:immediately )?(?:take|pull|yank) ${APP_BEFORE}Y (?:[a-z-]+ )?off ${STORE_AFTER}`, verb: true, stateActor: true, requires: ['off'] },
  // "Brazil's data regulator made Apple stop offering Zapp", "had app stores stop distributing Zapp and Vexa".
  { relation: 'banned', id: 'pattern:banned:sto101-made-to-stop-offering', template: `X P AUX T(${MADE_WORDS}) ${PARTY}(?:to )?(?:immediately )?(?:stop|cease|halt) (?:offering|providing|selling|distributing|hosting) ${APP_BEFORE}Y`, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['offering|providing|selling|distributing|hosting'] },
  // "Nepal ordered carriers to stop offering Zapp": an order to carriers or providers to stop offering an app or a service.
  { relation: 'banned', id: 'pattern:banned:sto101-carriers-told-to-stop-offering', template: `X P AUX T(${ORDER_WORDS}) (?:the |all |local |its )?(?:[a-z-]+ ){0,2}(?:carriers|operators|providers|telecoms|telcos) to (?:immediately )?(?:stop|cease|halt) (?:offering|providing|selling) (?:access to )?${APP_BEFORE}Y`, verb: true, stateActor: true, notFollowedBy: /^'s /, requires: ['to', 'offering|providing|selling'] },
  // "Under Russia's new law, Apple and Google must remove Zapp from their stores": the law's maker bans what it makes them remove.
  { relation: 'banned', id: 'pattern:banned:sto101-under-law-must-pull', template: `T(under) (?:a |an |the )?(?:new )?X1 (?:'s )?(?:new |recent )?(?:law|laws|rules|decree|order|ruling|regulation|regulations|legislation|directive) (?:, )?${PARTY}(?:must|will have to|have to|had to|are required to|were required to|were forced to|were ordered to) ${PULL} ${APP_BEFORE}Y`, stateActor: true, notFollowedBy: /^'s /, requires: ['must|have|had|required|forced|ordered'] },
];
