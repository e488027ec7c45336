/**
 * A name that only describes the rivals named after it (helper cp285): "faces competition from Zapp OEMs", "competes with Zapp device
 * makers" set the subject against the makers that build on Zapp, not against Zapp (nor its owner).
 */

/** Nouns for the firms a platform's (or a firm's) name may qualify: its makers, sellers and licensees. */
const QUALIFIED_FIRMS: ReadonlySet<string> = new Set(['oems', 'oem', 'makers', 'maker', 'manufacturers', 'vendors', 'licensees', 'resellers', 'partners', 'developers', 'builders', 'assemblers', 'sellers', 'clones', 'cloners']);

/** Describing words allowed between the name and that noun: "Zapp device makers", "Zapp phone makers" (no clause's or phrase's word). */
const KIND_WORD = /^[a-z]+(?:-[a-z]+)*$/;
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['and', 'or', 'in', 'for', 'on', 'at', 'to', 'as', 'over', 'with', 'from', 'by', 'of', 'is', 'are', 'was', 'were', 'the', 'a', 'an', 'its', 'their', 'that', 'which', 'who', 'than', 'and/or', 'among', 'amongst', 'against', 'across', 'into', 'about', 'through', 'between', 'like', 'including', 'via', 'amid', 'around', 'within', 'beyond', 'both', 'all', 'other', 'such', 'many', 'most', 'some']);

/** Whether the name (list) ending at `last` qualifies a noun of firms right after it, up to two describing words between. */
export function qualifiesRivalFirms(words: readonly string[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < words.length; k++) {
    const word = words[k]!;
    if (QUALIFIED_FIRMS.has(word)) return true;
    if (!KIND_WORD.test(word) || NOT_DESCRIBING.has(word)) return false;
  }
  return false;
}
