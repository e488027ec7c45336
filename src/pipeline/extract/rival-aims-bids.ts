import type { RelationPattern } from './relation-patterns';

/** A bid's noun: "a rival bid", "a competing offer". */
const BID = String.raw`(?:bid|bids|offer|offers|proposal|approach|tender offer)`;

/**
 * Helper rvt93 (stop 93, round 4), from fresh set 89: rivalry told as a contest of bids, an aim or a challenge, or a product's
 * standing against foreign rivals. A table of its own, spread at the end of RELATION_PATTERNS (that literal is at TypeScript's
 * limit, TS2590).
 */
export const RIVALRY_AS_AIM_OR_BID: readonly RelationPattern[] = [
  // "Zenco topped a rival bid from Qorva Capital", "Zenco's offer beat a competing bid from buyout firm Qorva": two bidders for one
  // target are rivals. Only a bidder's verb (a target that "rebuffed" or "backed" a rival bid is no bidder), never a beaten forecast
  // ("topped estimates": no bid), nor a bid from a firm's unit or fund ("from Qorva's fund": the possessive names another). Only
  // auxiliaries and adverbs before the verb: "Zenco said Qorva's offer topped a rival bid from Lumo" is a target's word, no bidder's.
  { relation: 'competes_with', id: 'pattern:competes_with:rvt93-topped-rival-bid-from', template: `X1 (?:'s (?:[a-z-]+ )?${BID} )?AUX (?:[a-z]+ly )?T(topped|tops|top|topping|beat|beats|beating|outbid|outbids|outbidding|trumped|trumps|trumping|bested|bests|outstripped|outstrips|surpassed|surpasses) (?:a |an |the )?(?:(?:higher|lower|earlier|initial|sweetened|improved|cash|all-cash|hostile|unsolicited) ){0,2}(?:rival|competing) (?:(?:takeover|buyout|cash|all-cash|hostile|unsolicited) )?${BID} (?:(?:of|worth|valued at|at) (?:[^@ ]+ ){1,4})?from (?:(?!(?:its|their|clients?|customers?|shareholders?|investors?|lenders?|banks?)(?= ))[a-z-]+ ){0,3}Y1 (?!'s )`, targetNotType: 'government', requires: ['from'] },
  // "Zenco is taking a direct shot at Qorva", "Zenco took dead aim at Qorva": a direct shot or aim at a firm is a challenge to it.
  // Not a shot at a title or a person ("at Qorva's chief": the possessive names another), nor a gibe over a deed ("a direct shot at
  // Qorva over its pricing" is criticism, no rivalry), nor a shot at a firm's officer ("at Qorva chief executive Kai Brandt": a person
  // is criticised; review rr93e), nor a negated or hoped-for shot (the gap takes no negation nor hedge).
  { relation: 'competes_with', id: 'pattern:competes_with:rvt93-direct-shot-at', template: `X1 AUX (?:[a-z]+ly )?T(taking|took|takes|take|taken) (?:a )?(?:direct|dead|squarely|clear) (?:shot|aim) at (?:the )?Y1 (?!'s |over |for |(?:chief|ceo|boss|founder|co-founder|chairman|chairwoman|chair|president|executive|head|leader)(?= )|in (?:a |an |the |its |their )?(?:[a-z-]+ )?(?:lawsuit|suit|complaint|letter|post|tweet|speech|interview|statement|filing))`, targetNotType: 'government', requires: ['at'] },
  // "Zenco launched Zapp as a desi substitute to Qorva", "Zenco pitches Zapp as an alternative to Qorva": the thing put forward as
  // another's substitute competes with it (not its launcher). Not a substitute to a firm's thing ("to Qorva's
  // Lumo": the possessive names the rival, left to the possessive rules), nor a state ("a substitute to Ruritania's exports"), nor a launch still to come
  // ("plans to launch Zapp as …", "will pitch Zapp as …": the infinitive or the modal before the verb).
  { relation: 'competes_with', id: 'pattern:competes_with:rvt93-launched-as-substitute-to', notPrecededBy: /(?:^| )(?:to|will|would|could|may|might|should|shall|can|cannot|not|never)(?: [a-z]+ly)? $/, template: `(?:launched|launches|launch|launching|unveiled|unveils|introduced|introduces|released|releases|pitched|pitches|pitching|positioned|positions|marketed|markets|promoted|promotes|touted|touts|billed|bills|branded|brands) (?:the |its |their |a |an )?X1 (?:[a-z-]+ )?as (?:a|an|the) (?:(?!(?:former|ex-|possible|potential)(?= ))[a-z-]+ ){0,2}T(substitute|alternative|replacement|rival|challenger|answer|counterweight) to (?:the )?Y1 (?!'s )`, targetNotType: 'government', requires: ['as'] },
  // "the levy will hurt the competitiveness of Zenco and Qorva against foreign giants, notably Zentune and Lumo": firms whose
  // standing is weighed against named rivals compete with each of them. Not a standing against costs or a state ("against
  // Ruritania": no firm), nor the competitiveness of an economy (no firm named before "against").
  { relation: 'competes_with', id: 'pattern:competes_with:rvt93-competitiveness-against', template: `T(competitiveness|competitive position|competitive standing) of (?:the )?X (?:[a-z-]+ ){0,2}against (?:(?:(?:foreign|global|international|overseas|us|american|chinese|big|bigger|larger|tech|streaming|multinational|established|deep-pocketed) ){0,3}(?:giants|rivals|competitors|players|platforms|firms|companies|services) (?:, )?(?:notably|including|such as|like|especially|particularly|namely) )?(?:the )?Y (?!'s )`, targetNotType: 'government', requires: ['against'] },
];
