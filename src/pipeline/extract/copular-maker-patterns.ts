import type { RelationPattern } from './relation-patterns';
import { PRODUCT_NOUN_WORDS } from './cue-words';

/** Kinds of made thing a copular frame may call a name: "Zeta is the second product …". */
const KINDS = PRODUCT_NOUN_WORDS.join('|');
/** Up to three describing words, no preposition: "a fork of a library developed by Zenco" makes the library Zenco's, not the fork. */
const DESCRIBERS = '(?:(?!(?:of|for|to|on|with|from|like|by|in|at|than|as)(?= ))[a-z0-9-]+ ){0,3}';
/** Where a thing comes from its maker: "coming out of", "to come out of", "out of", "to emerge from". */
const OUT_OF = '(?:(?:coming|to come|to have come|emerging|to emerge) )?out of|(?:coming|to come|emerging|to emerge) from';
/** Words before a maker's name that make it another party: a client, a distributor, an investor or a state ("out of Qorva's lab"). */
const NOT_A_MAKER_BEFORE = '(?!(?:its|their|clients?|customers?|partners?|distributors?|resellers?|retailers?|investors?|backers?)(?= ))';
/** A place of the firm's named after it, where the thing is sold or made for it: "the top product out of Walmart stores" is a retailer's sale (review rr94a). */
const SELLING_PLACES = '(?:stores?|shops?|outlets?|shelves|aisles|warehouses?|plants?|factories|factory|facilities|facility|sites?)';
/** What may follow a thing whose making is announced: its kind, then no other agent ("the creation of Zeta by Qorva" is Qorva's). */
const CREATED_THING_END = `(?:(?:${KINDS}) )?(?!by |for |'s |with |in partnership with |in collaboration with |together with |alongside )`;

/** Verbs by which a production run starts (helper copmak): "production of the Zelta 3 has started / began / got under way at …". */
const PRODUCTION_STARTS = 'started|starts|start|begun|began|begins|begin|commenced|commences|commence|kicked off|got under way|got underway|is under way|is underway|ramped up|resumed|restarted|continues|continued';
/** Adverbs a production clause may carry before "at": "has started quietly at", "is built locally at". */
const PRODUCTION_ADVERBS = 'officially|formally|already|now|quietly|locally|mostly|mainly|largely|exclusively|also|still';
/** A firm's plants, where what it makes is made. */
const PLANTS = 'plant|plants|factory|factories|facility|facilities|works|gigafactory|assembly plant|assembly line|production line|fab|foundry|site|complex';
/** A start still to come before the production verb: "will start", "is expected to begin", "is due to start". */
const NOT_TO_COME = '(?!(?:[a-z]+ ){0,2}(?:will|would|could|may|might|should|to|expected|set|due|scheduled|planned|slated) )';
/** Up to two words or a place's name before the plant: "Qorva's Ohio plant", "Qorva's new battery plant". */
const PLANT_DESCRIBERS = '(?:(?:@\\d+|[a-z][a-z-]*) ){0,2}';

/**
 * Helper cop94 (stop 94), from fresh set 90 (readers s90a, s90c, s90d, s90f): makers stated in a copular frame, by the making's noun
 * after an announcing verb, or by a participle whose client stands before the maker. A table of its own, spread at the end of
 * RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const COPULAR_AND_NOMINAL_MAKERS: readonly RelationPattern[] = [
  // "Zeta is the second product coming out of Zenco Lab", "The Zeta is the newest headset out of Zenco": the kind's source after a
  // copula is its maker, as "the first headset from Zenco" is. Not a user or a buyer ("is the second product Zenco is using"), nor a
  // possessed place ("out of Qorva's plant" names the plant's owner, a contract maker), nor a client, a distributor or an investor
  // named between ("out of its partner Qorva"), nor its stores or plants written after it ("out of Walmart stores"). Both of a pair
  // ("out of Zenco and Qorva") make it.
  { relation: 'develops', id: 'pattern:develops:cop94-kind-coming-out-of', template: `Y1 (?:is|was|remains|became) (?:the |a |an |its |their )?${DESCRIBERS}T(${KINDS}) (?:${OUT_OF}) (?:the )?${NOT_A_MAKER_BEFORE}(?:(?:[a-z-]+ )?(?:lab|labs|studio|startup|start-up|company|firm|maker|developer) )?X (?!'s |${SELLING_PLACES} )`, requires: ['out|from', 'is|was|remains|became'] },
  // "Zenco Labs announced the creation of the Z-200 model", "Zenco unveiled the development of its Zeta chip": a maker's announced
  // making of a named product or model. Only those types (the creation of a firm, a fund or a unit makes no product), never with
  // another agent after the name ("the creation of Zeta by Qorva", "… for Qorva", "… with Qorva"), and the announcement's plans and
  // negations are read by the claim's status ("plans to announce …", "did not announce …"). No apposition after the announcer: "Zenco,
  // the agency, announced the creation of …" may speak for a client.
  { relation: 'develops', id: 'pattern:develops:cop94-announced-creation-of-product', template: `X1 AUX T(announced|announces|unveiled|unveils|revealed|reveals|completed|completes|finished|finishes) the (?:creation|development) of (?:the |its |their |a |an )?(?:new )?Y1 ${CREATED_THING_END}`, targetType: 'product', requires: ['creation|development'] },
  { relation: 'develops', id: 'pattern:develops:cop94-announced-creation-of-model', template: `X1 AUX T(announced|announces|unveiled|unveils|revealed|reveals|completed|completes|finished|finishes) the (?:creation|development) of (?:the |its |their |a |an )?(?:new )?Y1 ${CREATED_THING_END}`, targetType: 'model', requires: ['creation|development'] },
  // "Z-200 is a model developed for Zenco by Qorva Labs": the agent after the client is the maker (the client is none, see
  // NOT_MADE_BY_BEFORE). Not "used for Zenco by Qorva" nor "licensed", "sold", "distributed" (a trade's participles).
  { relation: 'develops', id: 'pattern:develops:cop94-made-for-client-by', template: `Y1 (?:(?:is|was|are|were) (?:the |a |an )?G3 (?:${KINDS}) |, (?:the |a |an )?G3 (?:${KINDS}) )?T(developed|built|made|designed|created|engineered|produced|manufactured) (?:specifically |especially |exclusively )?for (?:the )?@\\d+ by (?:the )?X1 (?!'s )`, requires: ['for', 'by'] },
  // "based on Boostr (a library developed by Zenco)", "Zeta (an app built by Qorva and Zenco)": a bracket that calls the name before it
  // a kind made by a firm names its maker, as the comma's apposition does. Not a trade's participle ("licensed", "sold", "used"), and
  // not a firm's possessed unit ("by Qorva's lab" is left to the possessive rules).
  { relation: 'develops', id: 'pattern:develops:cop94-bracketed-kind-made-by', template: `Y1 \\( (?:a|an|the) ${DESCRIBERS}(?:${KINDS}) T(developed|created|built|made|designed|written|produced|engineered) (?:originally |jointly |in-house )?by (?:the )?X (?!'s )`, requires: ['(', 'by'] },
  // Helper copmak: "Vexa OS 2 is the latest version of Qorva's operating system", "Plix Pro is a cheaper variant of Zenco's flagship
  // phone": a name called a version of a firm's own kind of thing is the firm's, as "Vexa is Qorva's operating system" is. The kind
  // must end the phrase (with a name after it, "of Qorva's Vexa chip", the possessive rules read the named thing), and a firm must own
  // it: "the latest version of the standard" names no maker, nor does "a version of Qorva's rival's chip" (no second possessive).
  { relation: 'develops', id: 'pattern:develops:copmak-version-of-owners-kind', template: `Y1 (?:is|was|remains|became) (?:the |a |an )${DESCRIBERS}T(version|versions|edition|generation|iteration|update|upgrade|variant|revision|release|refresh) (?:of|to) X1 's (?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,3}(?:${KINDS}|os|operating system)(?=[ ]?[,.;:]| and |$)`, requires: ["'s", 'of|to'] },
  // Helper copmak: "Production of the Zelta 3 has started at Qorva's plant", "Mass production of the Plix 9 began at Zenco's factory in
  // May", "at a Qorva plant": the firm whose plant starts making a named thing makes it. Only its own plant written right after it
  // (not "at Qorva's supplier Zenco", nor a thing another firm's possessive owns, "of Zenco's Zelta 3", which the possessive rules read);
  // nor a start to come ("will start", "is set to begin"), which is a plan.
  { relation: 'develops', id: 'pattern:develops:copmak-production-started-at-owners-plant', template: `T(production|manufacturing|assembly) of (?:the |its |their )?Y1 ${NOT_TO_COME}AUX (?:${PRODUCTION_STARTS}) (?:${PRODUCTION_ADVERBS} )?at (?:a |an )?X1 (?:'s )?${PLANT_DESCRIBERS}(?:${PLANTS})(?= |$)`, requires: ['production|manufacturing|assembly', 'at'] },
  // Helper copmak: "The Zelta is built at Qorva's Ohio plant", "The Vexa 9 is assembled at Zenco's plant in Vietnam": a named thing
  // made at a firm's own plant is that firm's. Not a plant a client's possessive owns before the thing ("Zenco's Vexa is built at
  // Qorva's plant": the possessive rules read Zenco's Vexa, and Y1 must open the clause), nor a sale or a test there ("sold", "tested").
  { relation: 'develops', id: 'pattern:develops:copmak-made-at-owners-plant', template: `(?:^|, )(?:the )?Y1 (?:is|was|are|were|is being|was being|has been|have been|had been) (?:${PRODUCTION_ADVERBS} )?T(built|made|assembled|produced|manufactured) (?:${PRODUCTION_ADVERBS} )?at (?:a |an )?X1 (?:'s )?${PLANT_DESCRIBERS}(?:${PLANTS})(?= |$)`, requires: ['at', 'built|made|assembled|produced|manufactured'] },
  // Helper copmak: "The Zelta crossover is Qorva's first electric car", "The Plix phone was Zenco's best seller": the name's own kind
  // between it and the copula hid the frame "Zelta is Qorva's first car" reads. Not a firm's role noun after the possessive ("is
  // Qorva's biggest customer", "… main rival"): the possessed head must be a made kind too.
  { relation: 'develops', id: 'pattern:develops:copmak-kind-named-is-owners-kind', template: `(?:^|, )(?:the )?Y1 (?:${KINDS}) (?:is|was|remains|became) X1 's ${DESCRIBERS}T(${KINDS})(?=[,.;:]|and |that |which |$)`, requires: ["'s", 'is|was|remains|became'] },
];
