/**
 * A replacement a firm points its users to when it shuts its own service is no rival of that service (helper cp285): "is shutting
 * Qorvo, recommending Vexa as an alternative to it", "retires Qorvo and suggests Vexa as an alternative".
 */

/** Verbs that point users to a replacement. */
const POINTING = /^(?:recommends|recommended|recommend|recommending|suggests|suggested|suggest|suggesting|directs|directed|directing|steers|steered|steering|urges|urged|urging)$/;
/** Words that say a service is being shut. */
// Not "closed" or "killed": "Zenco, which closed a funding round, recommends Vexa as an alternative to Qorva" shuts nothing (stop 85's re-read).
const SHUTTING = /^(?:shut|shuts|shutting|discontinued|discontinues|discontinue|discontinuing|retired|retires|retire|retiring|sunset|sunsets|sunsetting|winding|discontinuation|shutdown)$/;

/** Whether the noun at `t` ("an alternative") is what a pointing verb names a replacement as, in a sentence that shuts a service. */
export function replacementPointedTo(words: readonly string[], t: number): boolean {
  // "recommending Vexa as an alternative", "recommends users try Vexa as an alternative": "as" and an article before the noun.
  const asAt = /^(?:a|an|the|its|their)$/.test(words[t - 1] ?? '') ? t - 2 : t - 1;
  if (words[asAt] !== 'as') return false;
  const pointed = words.slice(Math.max(0, asAt - 5), asAt).some((w) => POINTING.test(w));
  // The shutting word near the pointing verb: before it ("is shutting Qorvo, recommending …") or on the thing replaced
  // ("as an alternative to its discontinued Qorvo app"), not anywhere in a long sentence.
  return pointed && words.slice(Math.max(0, asAt - 12), t + 5).some((w) => SHUTTING.test(w));
}
