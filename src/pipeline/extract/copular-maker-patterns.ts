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
];
