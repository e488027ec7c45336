import type { RelationPattern } from './relation-patterns';
import { BUILT_ON_NOUNS } from './cue-words';

/**
 * Helper exa101 (stop 101), from AI-model and chatbot news: a list of names before their plural made kind and its maker after "by" or
 * "from" — "the Zeta and Zeta 2 chatbots by Qorva", "the Orin, Lumo and Nova models from Zenco". The older single-name shapes read only
 * the last member next to the kind; every member is the maker's. The kind must be a made one (kindNoun), so "the Zeta and Lumo orders
 * from Zenco" and "the Plix and Lumo shares from Zenco" name nothing Zenco makes; nor does a list owned by another ("Vexa's Zeta and
 * Lumo chatbots by …"), nor a list of acts on things ("reviews of the Zeta and Lumo chatbots by Vexa Media": the reviewer). Nor a
 * kind built on other things, whose names before it are hosts ("the Slack and Teams apps from Zenco", as in qualifiesMadeThing).
 * A table of its own, spread at the end of RELATION_PATTERNS.
 */
/** Plural kinds a list's names host rather than name: "the Slack and Teams apps", "the Zeta and Lumo plugins". */
const NOT_HOSTED_KIND = `(?!(?:${[...BUILT_ON_NOUNS].filter((noun) => noun.endsWith('s')).join('|')}) )`;
const NOT_OWNED_OR_ACTED_ON_BEFORE = /(?:^| )(?:'s|reviews? of|tests? of|ratings? of|rankings? of|comparisons? of|evaluations? of|studies of|study of|analysis of|audits? of|sales of|resales? of|purchases? of|imports? of|exports? of|copies of|clones? of|versions of|bans? on|banned|blocked|rival to|rivals to) (?:the )?$/;

export const LISTED_KIND_MAKERS: readonly RelationPattern[] = [
  { relation: 'develops', id: 'pattern:develops:exa101-listed-names-kind-by', template: String.raw`(?<y>@\d+ (?:, @\d+ )*(?:, )?(?:and|&) @\d+ )${NOT_HOSTED_KIND}(?<k>[a-z-]+s) T(by|from) X1 (?!'s )`, kindNoun: true, notPrecededBy: NOT_OWNED_OR_ACTED_ON_BEFORE, targetNotType: 'company', requires: ['by|from'] },
];
