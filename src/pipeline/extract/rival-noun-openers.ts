/**
 * A capitalised common word opening a sentence before "rivals" (helper makerfp, from a family of false rivals readers of real news
 * met): "Lamp rivals Zenco and Qorva raised prices" are rival lamp makers, and "Lamp" is no firm; "rivals" is the plural noun the
 * word describes, no verb. So it is when the named rivals have a verb of their own after them ("Longtime rivals Zenco and Qorva
 * merged"). "Wise rivals Revolut", "Zenco rivals Qorva in lamps" keep the verb: an adjective or a coined word, and no verb after.
 */

/** One capitalised name of up to four words: "Qorva", "Zenco Inc", "Borin Micro Ltd". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}`;
/** "rivals" and the names listed after it. */
const RIVALS_LISTED = String.raw`^ (?:rivals|competitors|challengers) ${NAME}(?:(?:,|,? and) ${NAME})*`;
/** The plural noun and its names, then nothing that ends the sentence: the names are "rivals"'s own object or its noun's members. */
const RIVALS_THEN_NAMES = new RegExp(RIVALS_LISTED, 'u');
/** The names listed after the noun, then a verb they do (a past, an auxiliary or "both"): "… Zenco and Qorva raised prices". */
const RIVALS_THEN_THEIR_VERB = new RegExp(`${RIVALS_LISTED} (?:both|each|also|have|had|are|were|will|would|could|may|can|say|said|cut|set|rose|fell|grew|made|sold|won|lost|hit|saw|took|began|[a-z]+ed)\\b`, 'u');

/**
 * Whether a one-word name opening the sentence only describes the rivals named after it. `english` says whether the word is an
 * English word, `adjective` whether the tagger reads it as one ("Wise"); a noun there ("Lamp", "Retail") describes the rivals, an
 * adjective only when the rivals have their own verb after them.
 */
export function isRivalsDescriber(after: string, english: boolean, adjective: boolean): boolean {
  if (!english || !RIVALS_THEN_NAMES.test(after)) return false;
  return !adjective || RIVALS_THEN_THEIR_VERB.test(after);
}
