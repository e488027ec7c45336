import type { RelationPattern } from './relation-patterns';

/**
 * Helper quo (stop 100), from the name readers of real news: a product's name, then "of" and its maker ("YaSurf of Yandzo will
 * support the new certificates", "Chrome of Google"). The name rules end a camel-case coined name before that "of" (see
 * isCoinedCamelName in name-rules.ts); this table reads the maker. A likeness after an article ("the YouTube of Zembla"), a body's
 * own name ("Bank of Zembla", one name) and a firm bought ("acquired YaSurf of Yandzo", a firm) give nothing. A table of its own,
 * spread at the end of RELATION_PATTERNS.
 */
export const CAMEL_NAME_OF_MAKERS: readonly RelationPattern[] = [
  // The thing's name, after no article or possessor, then "of" and its maker closing the phrase (not "YaSurf of Yandzo's").
  { relation: 'develops', id: 'pattern:develops:quo100-name-of-maker', template: String.raw`(?<y>@\d+) T(of) X1`, notPrecededBy: /(?:^|\s)(?:the|a|an|this|that|its|their|his|her|'s) $/, notFollowedBy: /^(?:'s |@|of |\( ?@)/, targetNotType: 'company', requires: ['of'] },
];
