/**
 * A state that only speaks of a measure, or denies taking it (helper fxr89, from stop 89's re-read): "Mexico said tariffs on Zenco
 * were unfair", "Canada criticised sanctions on Zenco" do not say whose the measure is (the speaker is most often the target's side),
 * and "Canada denied banning Zenco" takes no act. An imposing verb after the speech keeps the act the speaker's ("said it would
 * impose tariffs on Zenco"), and so does a possessive ("said its tariffs on Zenco would stay").
 */

/** Verbs of speech or judgement before a measure's noun. */
const SPEAKING = /^(?:said|says|say|saying|told|stated|states|argued|argues|complained|complains|criticised|criticized|criticises|criticizes|condemned|condemns|slammed|slams|denounced|denounces|decried|decries|called|calls|described|describes|warned|warns|claimed|claims|noted|notes|insisted|insists|believes|believed|thinks|thought|denied|denies|deny|denying)$/;
/** Words that may stand between the speech and the measure's noun without making the measure the speaker's. */
const NOT_OWNING = /^(?:that|the|these|those|such|any|all|new|recent|current|existing|higher|high|steep|punitive|additional|extra|planned|proposed|blanket|sweeping|western|foreign|some|and|,)$/;
/** Words that deny the act after them: "denied banning Zenco", "denies having blocked Zapp", "denied ever imposing tariffs". */
const DENYING = /^(?:denied|denies|deny|denying)$/;
const DENIAL_FILLERS = /^(?:having|ever|that|it|they|had|has|have)$/;

/**
 * Whether the measure's noun at `t` is only spoken of by the source that ends at `sourceLast`: a speaking verb after the source, and
 * after that verb nothing but determiners and describing words before the noun.
 */
export function measureOnlySpokenOf(words: readonly string[], sourceLast: number, t: number): boolean {
  let k = t - 1;
  while (k > sourceLast && NOT_OWNING.test(words[k] ?? '')) k--;
  return k > sourceLast && SPEAKING.test(words[k] ?? '');
}

/** Whether the act whose verb is at `t` is denied right before it: "denied banning Zenco", "denies ever having blocked Zapp". */
export function actDenied(words: readonly string[], t: number): boolean {
  if (t < 0) return false;
  let k = t - 1;
  while (k >= 0 && k >= t - 4 && DENIAL_FILLERS.test(words[k] ?? '')) k--;
  return DENYING.test(words[k] ?? '');
}

/** The index of the verb taking the measure's noun at `t` ("imposing" in "denied imposing new tariffs"), or -1 when none stands there. */
export function verbBeforeNoun(words: readonly string[], t: number): number {
  let k = t - 1;
  while (k > 0 && NOT_OWNING.test(words[k] ?? '')) k--;
  return /^[a-z]+(?:ing|ed)$/.test(words[k] ?? '') ? k : -1;
}
