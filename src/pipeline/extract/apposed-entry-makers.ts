import type { RelationPattern } from './relation-patterns';

/** Nouns an apposition calls a named thing by before "from" its maker: "the R5, an entry from Zenco", "Zeta, the latest offering from Qorva". */
const ENTRY_NOUNS = 'entry|entries|entrant|offering|product|creation|design|release|contender';
/** Up to two describing words before the noun: no preposition, negation or past ("not a product from …", "a former entry from …"), nor a trade's word ("a licensed product from …"). */
const DESCRIBING = '(?:(?!(?:of|for|to|on|with|from|by|in|at|as|not|never|no|former|formerly|once|licensed|licenced|imported|distributed|resold|rebadged|branded|sold|bought|purchased|ordered|leased)(?= ))[a-z0-9-]+ ){0,2}';
/** Before the maker's name, words that make it another party: a seller, a client, a distributor, an investor ("an entry from its partner Qorva"). */
const NOT_A_MAKER_BEFORE = '(?!(?:its|their|his|her|clients?|customers?|partners?|distributors?|resellers?|retailers?|dealers?|investors?|backers?|suppliers?|importers?|agents?)(?= ))';

/**
 * Helper frm96 (stop 96), from fresh set 94 (readers s94d, s94f): a maker named by an apposition whose noun says the thing comes
 * "from" it ("the R5, an entry from Zenco and Qorva, lost the trial"). The copular frame ("Zeta is the newest product from Zenco")
 * and the plain "Zeta from Zenco" were read; the apposition was not. A table of its own, spread at the end of RELATION_PATTERNS (that
 * literal is at TypeScript's limit, TS2590).
 */
export const APPOSED_ENTRY_MAKERS: readonly RelationPattern[] = [
  // "the R5 rifle, an entry from Zenco Inc.,", "Zeta, the newest offering from Qorva": each firm of a pair makes it ("from Zenco and
  // Qorva"). Not a firm described by its tie to the thing ("from its distributor Qorva"), nor a possessed place or person after the
  // name ("from Zenco's plant"), nor a trade's participle before the noun ("a licensed product from Qorva").
  { relation: 'develops', id: 'pattern:develops:frm96-apposed-entry-from', template: `Y1 (?:[a-z-]+ )?, (?:the |an? |its |their )?(?:(?:latest|newest|new|first|second|third|main|top|leading|rival|competing|winning|losing|flagship|own) )*${DESCRIBING}T(${ENTRY_NOUNS}) from (?:the )?${NOT_A_MAKER_BEFORE}X (?!'s )`, notFollowedBy: /^\s*(?:'s|(?:stores?|shops?|shelves|catalogues?|catalogs?|warehouses?|plants?|factories|factory)(?= |$))/, requires: ['from', ','], sentenceHolds: /, (?:[a-z0-9-]+ ){0,4}(?:entry|entries|entrant|offering|product|creation|design|release|contender) from /i },
];
