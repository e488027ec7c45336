import type { RelationPattern } from './relation-patterns';

// Helper dva93 (stop 93, round 4), from stop 93's eighty-ninth fresh sample (its chip, music, image and social readers): a maker's
// things told through a frame other than a making verb. A firm's debut made with a thing ("Zenco made its debut with the Zeta 1
// phone") and the name a collaboration of firms is given ("the new collaboration between Zenco and Qorva is called Zeta"). Another's
// thing, a partner, an underwriter or a stock market named there gives nothing. (A firm's range, "Zenco has two phones in its
// range, the Zeta and the Vela", the trigger reads already.) A table of its own, spread at the end of RELATION_PATTERNS: one more
// literal there overflows the type checker.

/** A possessive of the subject: "its", "their", or "its" resolved to a name. */
const OWN = String.raw`(?:its|their|its@\d+)`;
/** What may stand before "debut": "its market debut", "its smartphone debut", "its long-awaited debut". */
const DEBUT_KIND = String.raw`(?:(?!(?:stock|nasdaq|ipo|trading|exchange|share|shares|listing|bond|acting|directorial|solo|rival|partner|partners)(?= ))[a-z-]+ ){0,2}`;
/** Where a debut is made, between "debut" and "with": "in Zembla", "at the fair", "on the Zembla market". Not on an exchange. */
const DEBUT_PLACE = String.raw`(?:(?:in|at|on) (?:the )?(?!(?:nasdaq|nyse|exchange|stock|bourse|board)(?= ))(?:[a-z0-9-]+|@\d+)(?: (?!with )(?!(?:exchange|stock|bourse|board)(?= ))[a-z0-9-]+)? (?:, )?)?`;
/**
 * After the thing, its making credited to another ("with the Zeta, made by Qorva", "with the Zeta, a Qorva phone", "which it distributes"),
 * or a firm's role in the debut ("with Qorva as its distributor"). The older debut-with pattern uses it too.
 */
export const DEBUT_WITH_OTHERS_THING_AFTER = /^(?:'s |, (?:a|an|the) (?:[a-z-]+ )?@\d+ |, (?:which|that) (?:it|they)(?:@\d+)? (?:distributes|distributed|sells|sold|resells|resold|licenses|licensed|licences|licenced|imports|imported|stocks|stocked|carries|carried|rents|leases)(?= |$)|(?:, )?(?:(?:a|an|the) (?:[a-z-]+ ){0,3})?(?:(?:which|that) (?:is |was |are |were )?)?(?:(?:made|built|developed|designed|created|produced|manufactured|supplied|licensed|owned|sold|distributed|provided|offered) )?(?:by|from) |as (?:(?:its|their)(?:@\d+)? |the |an? )?(?:[a-z-]+ )?(?:underwriter|adviser|advisor|partner|investor|distributor|retailer|reseller|customer|client|sponsor|backer|agency|broker)s?(?= |$))/;
/** A seller's or a carrier's name: a store's or an airline's debut with a thing is its first sale or flight of another's goods. */
const SELLER_OR_CARRIER_NAME = /(?:Retail|Retailers?|Stores?|Shops?|Mart|Distribution|Distributors?|Airlines?|Airways|Air|Rail|Railways?|Cinemas?|Theatres?|Theaters?)$/;

export const DEBUTS_AND_COLLABORATIONS: readonly RelationPattern[] = [
  // "Zenco made its debut with the Zeta 1 phone", "Zenco made its market debut in Zembla with the Zeta": the thing a firm enters a
  // market with is its own. Not a listing ("made its Nasdaq debut with Qorva as underwriter": a firm, and a role after it), nor
  // another's thing ("with the Zeta, made by Qorva"), nor a person's debut (no firm's "its").
  { relation: 'develops', id: 'pattern:develops:dva93-made-debut-with', template: `X1 AUX T(made|makes|make|making) ${OWN} ${DEBUT_KIND}debut ${DEBUT_PLACE}with (?:the |a |an |${OWN} )?(?:(?:new|first|own|flagship|debut|first-ever|original) )*Y1`, verb: true, targetNotType: 'company', sourceNotNamed: SELLER_OR_CARRIER_NAME, notFollowedBy: DEBUT_WITH_OTHERS_THING_AFTER, requires: ['debut', 'with'] },
  // "The new collaboration between Zenco and Qorva is called Zeta", "the partnership between Zenco and Qorva, dubbed Zeta": what a
  // collaboration of firms is named is each partner's (as "Zeta is a collaboration between …", collaboration-between). Not a joint
  // venture's name (a firm), not what it "will be called" (a plan), and firms only (a collaboration between people names no firm).
  { relation: 'develops', id: 'pattern:develops:dva93-collaboration-between-called', template: `(?:^|(?:the|a|this|their) )(?:(?:new|latest|recent|first|joint|ongoing|creative) )*T(collaboration|partnership|joint project|co-production|tie-up|joint effort) between X (?:(?:is|was|has been) (?:(?:officially|also|now) )?|, )(?:called|named|dubbed|known as|branded|titled|christened) (?:the )?Y1`, targetNotType: 'company', notFollowedBy: DEBUT_WITH_OTHERS_THING_AFTER, requires: ['between'] },
];
