import type { RelationPattern } from './relation-patterns';
import { PRODUCT_NOUN_WORDS } from './cue-words';

/** Participles of making a thing whose agent "by" names. */
const MADE = 'developed|built|made|designed|produced|manufactured|engineered|fabricated|assembled|created';
/** What a describing phrase before a maker's name calls it: "China's leading chipmaker", "its longtime supplier". */
const MAKER_KINDS = 'company|firm|startup|start-up|maker|chipmaker|carmaker|automaker|planemaker|manufacturer|foundry|supplier|contractor|subsidiary|unit|division|arm|partner|giant|group|conglomerate|specialist';
/** Kinds of made thing. */
const KINDS = PRODUCT_NOUN_WORDS.join('|');
/** Words opening what a kind is fit for, set after it: "capable of", "designed for", "aimed at" (not "made by": another maker). */
const FIT_FOR = '(?:capable|able|designed|built|aimed|intended|meant|optimi[sz]ed|tailored|used|known) (?:of|for|to|at|in|on|as) ';
/** Making verbs of a relative clause whose "it" is the sentence's opening firm: not selling, distributing or licensing. */
const MADE_BY_IT = 'launched|launches|developed|develops|built|builds|designed|designs|released|releases|introduced|introduces|unveiled|unveils|created|engineered|makes|made|produces|produced|manufactures|manufactured|debuted|marketed|markets';
/** Words between the opening firm and its thing that make the thing another's: a deal to sell, carry or buy it. */
const ANOTHERS_THING_WORD = '(?:distribut|resell|sell|sold|import|licens|stock|carr|buy|bought|acquir|order|rent|leas|review|test|rival|compet|against|take on|beat)';
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
  // "Zenco's last chip capable of supporting 5G phones, the Zeta 9000, …", "its first jet designed for short routes, the Z-90": the
  // kind's fitness set between the owner's kind and the apposed name (the rule without it takes "Zenco's last chip, the Zeta 9000").
  // Not "made by" another after the kind (FIT_FOR has no "by"), and the name must close its apposition.
  { relation: 'develops', id: 'pattern:develops:rli94-owners-kind-fit-for-apposed', template: `POSS (?:[a-z0-9-]+ ){0,3}T(${KINDS}) ${FIT_FOR}(?:[^\\s@,]+ ){1,6}, (?:the )?Y1 (?=[,.;:)]|$)`, requires: [','] },
  // "Zenco followed suit with Zeta, which it marketed in Japan": the opening firm is the only name before the thing, so the relative
  // clause's "it" is that firm. Not a deal that makes the thing another's ("Zenco signed a deal to distribute Zeta, which it …").
  { relation: 'develops', id: 'pattern:develops:rli94-opening-firm-which-it-made', template: `X1 (?!'s )(?:(?!${ANOTHERS_THING_WORD})(?!@)[^\\s,]+ ){1,8}(?:the |its |a |an )?Y1 , (?:which|that) it (?:(?:has|had|then|later|first|also|originally|once) )?T(${MADE_BY_IT}) `, notPrecededBy: /\\S/, requires: ['which|that'] },
];
