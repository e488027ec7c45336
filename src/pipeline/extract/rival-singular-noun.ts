import type { MentionList } from './clause';

// Helper rvz94, from fresh sample s91a's rivalry false edges: "its lawsuit against industry rival Qorva and the Ruritania Rovers"
// named one rival and then another party; a singular rival's noun names the first of the list after it, the plural names them all
// ("rivals Qorva and Vexa"), and so does the verb ("the Zeta will rival Qorva and Vexa").

/** Singular nouns for one rival, which name one firm when a list follows them. */
const ONE_RIVAL_NOUNS: ReadonlySet<string> = new Set(['rival', 'competitor', 'challenger', 'foe', 'nemesis', 'archrival', 'arch-rival']);
/** Words before "rival" that make it the verb: a subject's name, a modal, "to", or an adverb ("Zeta could easily rival Qorva"). */
const BEFORE_VERB = /^(?:@\d+|will|would|could|can|may|might|must|should|shall|to|does|did|do|now|already|also|even|soon|still|not|never|it|they|that|which|who|and|or)$|ly$/;

/** The targets of a rival's word, with a list right after a singular noun cut to its first member. */
export function oneRivalOfList(words: readonly string[], t: number, targets: readonly MentionList[]): MentionList[] {
  if (!ONE_RIVAL_NOUNS.has(words[t] ?? '') || BEFORE_VERB.test(words[t - 1] ?? '')) return [...targets];
  const at = words[t + 1] === 'the' || words[t + 1] === ',' ? t + 2 : t + 1;
  return targets.map((l) => (l.first === at && l.members.length > 1 ? { members: [l.members[0]!], first: l.first, last: l.first } : l));
}
