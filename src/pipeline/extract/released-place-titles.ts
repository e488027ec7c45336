/**
 * Titles shaped like places right after a release verb: "Zenco published Iron Dunes", "Qorva released Ember Road and Crystal
 * Lake". The tagger guesses a bare place from a landform's or a street's last word ("Dunes", "Road", "Lake", "Valley"), so such a
 * game's, show's or app's title was lost where a made thing is wanted (helper titles4, game studio phrasings). A place is not
 * published or released; a place the tagger knows by name (a city, a country, a region) stays a place.
 */

/**
 * A release verb, perhaps one kind of work after it, and then the title (or a list mate of capitalised words and ", " or " and "
 * before it): "published ", "released the game ", "launched Iron Dunes and ". "Developed" and "built" are left out: a firm develops
 * or builds a place ("developed Marina Heights").
 */
const RELEASED_BEFORE = /\b(?:published|publishes|released|releases|launched|launches|debuted|debuts|shipped|ships) (?:(?:the |its |a |an )?(?:game|title|app|show|series|sequel|expansion|film|novel|album) )?(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4}(?:,| and) )?$/u;

/** A word of a title: capitalised, letters after it (no code, no number). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a name of two to five capitalised words, tagged a bare place (no known place's tag on any word), stands right after a
 * release verb in `before` (the sentence's text up to the name), so that it is the released work's title.
 */
export function isReleasedPlaceShapedTitle(nameWords: readonly string[], before: string, knownPlace: boolean): boolean {
  return !knownPlace && nameWords.length >= 2 && nameWords.length <= 5 && nameWords.every((w) => TITLE_WORD.test(w)) && RELEASED_BEFORE.test(before);
}
