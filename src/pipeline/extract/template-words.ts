/**
 * The words a construction pattern's template always spells (relation-patterns.ts): a word
 * written outside every group, as a whole word ("with its", "'s", ","), or a group of plain words
 * outside every other group with no quantifier ("(?:with|through|via) "), which spells one of
 * them. A sentence the template matches holds each such word (or one of the group's words) among
 * its abstract words, so a sentence that lacks one is never searched: the search could only fail.
 * A template with an alternation outside every group spells nothing for sure, and gives none.
 *
 * Returned as `requires` entries (PatternRequirements): a word, or a group's words joined by "|".
 */
export function spelledWords(template: string): string[] {
  const units = topLevelUnits(template);
  if (units === undefined) return [];
  const words: string[] = [];
  for (let i = 0; i < units.length; i++) {
    // "^(?:named|called) …": the start anchor only says where the first word stands.
    const unit = i === 0 && units[0]!.startsWith('^') ? units[0]!.slice(1) : units[i]!;
    // A word stands whole in the sentence only between two spaces of the template (or at its start, where patterns begin at a word).
    const wholeBefore = i === 0 || units[i - 1] === ' ';
    const wholeAfter = units[i + 1] === ' ';
    if (!wholeBefore || !wholeAfter) continue;
    if (PLAIN_WORD.test(unit)) words.push(unit);
    else {
      const group = /^\(\?:([^()]*)\)$/.exec(unit);
      const alternatives = group?.[1]!.split('|');
      if (alternatives && alternatives.every((w) => PLAIN_WORD.test(w))) words.push(alternatives.join('|'));
    }
  }
  return words;
}

/** A word that matches only itself: lower-case letters, digits, "'", "-" or "&", or a comma (its own word in an abstract sentence). */
const PLAIN_WORD = /^(?:[a-z0-9'][a-z0-9'&-]*|,)$/;

/**
 * The template cut at its top level into spaces, groups (with what follows a group's closing
 * bracket up to the next space, so a quantified group is no plain group) and runs of other
 * characters; undefined when an alternation stands outside every group.
 */
function topLevelUnits(template: string): string[] | undefined {
  const units: string[] = [];
  let unit = '';
  let depth = 0;
  let inClass = false;
  const flush = (): void => {
    if (unit !== '') units.push(unit);
    unit = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '\\') {
      unit += c + (template[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      unit += c;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
    else if (c === ' ' && depth === 0) {
      flush();
      units.push(' ');
      continue;
    }
    unit += c;
  }
  flush();
  return units;
}
