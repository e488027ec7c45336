import type { RelationPattern } from './relation-patterns';

/**
 * Helper rnk101 (stop 101): rivalry told through a maker's rank against another firm, and a rival statement carried on to more
 * firms by an ellipsis. "Zenco is the world's No. 2 phone maker behind Qorva", "the No. 2 maker of chips after Qorva", "the biggest
 * producer of panels ahead of Qorva", "a bigger maker of phones than Qorva" rank the two as rivals in a market (the maker readings
 * no longer take Qorva for a thing made: rank-comparator-rivals.ts). "Slack is one of Zenco's rivals, as are Qorva and Vexa", "Qorva
 * competes with Zenco, as does Vexa" and "Qorva challenges Zenco, and so does Vexa" give the firms after the ellipsis the same rival.
 * A table of its own, spread at the end of RELATION_PATTERNS.
 */

/** Verbs that may stand between a firm and its rank ("is", "became", "remains", "ranks as"). */
const RANK_VERBS = String.raw`(?:(?:is|was|are|were|has been|have been|had been|became|becomes|become|remains|remained|stays|stayed|ranks as|ranked as|now|still|currently|also) )*`;

/** A place in a ranking: "second-largest", "No. 2" (read "number 2"), "biggest", "top", "third most-popular". */
const RANK = String.raw`(?:(?:second|third|fourth|fifth|number (?:one|two|three|four|five|[1-5]))(?:[- ](?:largest|biggest|most[- ][a-z-]+|best[- ][a-z-]+|top[- ][a-z-]+|highest[- ][a-z-]+))?|largest|biggest|leading|top)`;

/** A comparative size: "a bigger maker of phones than Qorva". */
const BIGGER = String.raw`(?:bigger|larger|more popular|more successful)`;

/** The kind of firm the rank places: a maker, a seller, a vendor, a brand. */
const RANKED_FIRM = String.raw`(?:[a-z]*makers?|producers?|manufacturers?|sellers?|vendors?|suppliers?|brands?|retailers?|providers?|operators?|carriers?|airlines?|brewers?|companies|company|firms?|players?|chain)`;

/** Who ranks the firm: "the world's", "the country's", "Ruritania's". */
const RANKED_WHERE = String.raw`(?:(?:the )?(?:world|country|nation|region|industry|market|@\d+) 's )?`;

/**
 * The rival after the comparing word, ending its phrase: "behind only the market leader Qorva", "after rivals Qorva and Vexa in
 * sales". Not a clause after "after" ("the largest maker of chips after Qorva went bust" tells when).
 */
const RIVAL_AFTER = String.raw`(?:only |both )?(?:the )?(?:(?:market leader|leader|rival|rivals) )?Y (?!'s )(?=[,.;:)]|(?:in|with|by|and|last|this|among|globally|worldwide|for|on|at|but|while|according) |$)`;

/** Rival nouns whose owner the ellipsis joins: "one of Zenco's rivals, as are …". */
const RIVAL_NOUNS = '(?:rivals|competitors|challengers|main rivals|biggest rivals|closest rivals|main competitors|biggest competitors)';

/** Rivalry verbs a "so does" or "as does" carries on: "Qorva competes with Zenco, as does Vexa". */
const RIVAL_VERBS = '(?:competes with|compete with|competed with|competes against|compete against|competed against|rivals|rival|rivalled|rivaled|challenges|challenge|challenged|takes on|take on|took on|battles|battle|battled|vies with|vie with|vied with)';

/** A clause's subject before its rivalry verb, no negation between: "Qorva", "it", "Qorva now". */
const SUBJECT_BEFORE = String.raw`(?:@\d+|it|they|the company|the firm) (?:(?!(?:not|never|no|nor|cannot|would|could|might|may|wants|hopes|plans|aims)(?= ))[a-z-]+ ){0,2}?`;

export const RIVAL_RANK_ELLIPSIS: readonly RelationPattern[] = [
  // "Zenco is the world's No. 2 phone maker behind Qorva", "the third-biggest seller of laptops after Qorva and Vexa", "Zenco, the
  // biggest producer of panels ahead of Qorva,": a ranked maker and the firms it is ranked against. Not "the maker of Zeta behind the
  // Z9 launch" (no rank) nor "ranks behind Qorva in pay" (no kind of firm).
  { relation: 'competes_with', id: 'pattern:competes_with:rnk101-ranked-maker-against', template: `X1 (?:P ${RANK_VERBS}|, )(?:the |a |an )?${RANKED_WHERE}${RANK} (?:[^\\s@;,]+ ){0,2}?${RANKED_FIRM} (?:(?:of|in) (?:[^\\s@;,]+ ){1,3}?)?T(behind|after|ahead of|trailing) ${RIVAL_AFTER}`, targetNotType: 'government', requires: ['behind|after|ahead|trailing'] },
  // "Zenco is a bigger maker of phones than Qorva": a comparative size against a firm.
  { relation: 'competes_with', id: 'pattern:competes_with:rnk101-bigger-maker-than', template: `X1 P ${RANK_VERBS}(?:the |a |an )?${RANKED_WHERE}${BIGGER} ${RANKED_FIRM} (?:(?:of|in) (?:[^\\s@;,]+ ){1,3}?)?T(than) ${RIVAL_AFTER}`, targetNotType: 'government', requires: ['than'] },
  // "Slack is one of Zenco's rivals, as are Qorva and Vexa": the firms after "as are" are the owner's rivals too.
  { relation: 'competes_with', id: 'pattern:competes_with:rnk101-rivals-as-are', template: `X1 's ${RIVAL_NOUNS} (?:[^\\s@;,]+ ){0,4}?, T(as are|as were|as is|as was) (?:the )?Y (?!'s )(?=[.;,]|$)`, targetNotType: 'government', requires: [',', "'s", 'as'] },
  // "Qorva competes with Zenco, as does Vexa", "Qorva challenges Zenco, and so does Vexa": the firm the ellipsis names has the same rival.
  { relation: 'competes_with', id: 'pattern:competes_with:rnk101-so-does-rival', template: `${SUBJECT_BEFORE}${RIVAL_VERBS} (?:the )?Y1 (?:[^\\s@;,]+ ){0,4}?, T(as does|as did|as do|and so does|and so did|and so do|so does|so did) (?:the )?X (?!'s )(?=[.;,]|$)`, targetNotType: 'government', requires: [',', 'does|did|do'] },
];
