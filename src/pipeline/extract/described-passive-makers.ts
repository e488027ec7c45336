import type { RelationPattern } from './relation-patterns';

/** Participles of making a thing whose agent "by" names. */
const MADE = 'developed|built|made|designed|produced|manufactured|engineered|fabricated|assembled|created';
/** What a describing phrase before a maker's name calls it: "China's leading chipmaker", "its longtime supplier". */
const MAKER_KINDS = 'company|firm|startup|start-up|maker|chipmaker|carmaker|automaker|planemaker|manufacturer|foundry|supplier|contractor|subsidiary|unit|division|arm|partner|giant|group|conglomerate|specialist';
/** Describing words before the kind, no preposition nor verb: "leading", "largest contract", "Taiwanese". */
const DESCRIBERS = '(?:(?!(?:of|for|to|on|with|from|by|in|at|than|as|and|or|which|that|who)(?= ))[a-z0-9-]+ ){0,3}';

/**
 * Helper rli94 (stop 94), from real hardware news (chips, phones, engines): the agent of a making participle set apart from its
 * name by a describing phrase and a comma, "the Zeta 9 chip manufactured by Ruritania's leading chipmaker, Qorva Corp", "a jet
 * built by its longtime partner, Zenco". The rule without the comma (relation-patterns.ts) reads the described maker only when the
 * name follows the kind right away, and not after a state's "'s". A table of its own, spread at the end of RELATION_PATTERNS (that
 * literal is at TypeScript's limit, TS2590).
 */
export const DESCRIBED_PASSIVE_MAKERS: readonly RelationPattern[] = [
  // Only the made thing right before the participle (C8 holds no mention), and the maker must close its phrase: not "built by the
  // company's partner, Zenco's rival Qorva" (a possessive after the name) nor "made by its supplier, Zenco, and Qorva's …" with
  // a list going on (each name of a list "and"-joined is read by X); a maker named the same way before is no made thing ("designed
  // by a startup, Zenco, and made by a foundry, Qorva").
  { relation: 'develops', id: 'pattern:develops:rli94-made-by-described-maker-comma', template: `Y1 (?!'s )C8 T(${MADE}) (?:(?:jointly|originally|first|mostly|mainly|entirely|locally) )?by (?:the |a |an |its |their |its@\\d+ |@\\d+ 's )?${DESCRIBERS}(?:${MAKER_KINDS}) , X1 (?!'s )(?=[,.;:()]|$|and |or |with |using |for |in |on |at )`, notPrecededBy: /(?:^| )by (?:the |a |an |its |their )?(?:[a-z0-9-]+ ){0,4}, $/, requires: ['by', ','] },
];
