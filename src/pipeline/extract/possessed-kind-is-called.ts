import type { RelationPattern } from './relation-patterns';
import { MADE_KIND_WORDS } from './cue-words';

/**
 * Helper apn102 (stop 101), from fresh news on new models and robots: a maker's made thing said to be a kind a naming word calls:
 * "Zenco's latest creation is a robot named Robix", "Zenco's newest product is an app called Vexa". The possessive rules read
 * "Zenco's newest gadget is called Qorva" (three words at most before the naming word); the copula's noun phrase put the name too far.
 * The possessed head must be a made kind or a standing ("creation", "product", "robot"), so that "Zenco's latest hire is a man named
 * Roe" or "Zenco's biggest customer is a firm called Qorva" give nothing; the target must be no firm, person, state nor place. A
 * table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */
export const POSSESSED_KIND_IS_CALLED: readonly RelationPattern[] = [
  { relation: 'develops', id: 'pattern:develops:apn102-possessed-kind-is-called', template: `POSS (?:[a-z0-9-]+ ){0,2}(?<k>[a-z][a-z0-9-]*) (?:is|was|will be|would be) (?:a|an) (?:[a-z0-9-]+ ){0,3}(?:, )?T(called|dubbed|named|codenamed|code-named) (?:the )?Y1(?!'s)`, notFollowedBy: /^(?:after|for|by|as) /, targetNotType: ['company', 'person', 'government', 'place'], kindNoun: true, indexBy: MADE_KIND_WORDS, requires: ['called|dubbed|named|codenamed|code-named'] },
];
