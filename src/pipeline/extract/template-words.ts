/**
 * The words a construction pattern's template always spells (relation-patterns.ts): a word
 * written outside every group, as a whole word ("with its", "'s", ","), or a group of plain words
 * outside every other group with no quantifier ("(?:with|through|via) "), which spells one of
 * them; either may come after groups of words of its own that each end in a space, optional or repeated ("(?:the )?(?:brand|maker) ",
 * "(?:[a-z-]+ ){0,2}settlement "), which leave it a whole word too. A sentence the template matches holds each such word (or one of the group's words) among
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
    const unit = (i === 0 && units[0]!.startsWith('^') ? units[0]!.slice(1) : units[i]!).replace(LEADING_WORDS, '');
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

/**
 * The possessive a template always spells: "'s|its" when its POSS (relation-patterns.ts: "@1 's" or a resolved "its@1") stands
 * outside every group, between two spaces of the template (or after words of its own, "(?:a |an |the )?POSS": LEADING_WORDS).
 * Every sentence it matches then holds the word "'s" or an "its@…", which the matcher counts as "its" (relations.ts), so a
 * sentence with neither is never searched. Patterns indexed by a trigger noun ("Zenco's new phone") were searched on every
 * sentence with the noun, possessive or not.
 */
export function possessiveWords(template: string): string[] {
  const units = topLevelUnits(template);
  if (units === undefined) return [];
  const spelled = units.some((unit, i) => unit.replace(LEADING_WORDS, '') === 'POSS' && (i === 0 || units[i - 1] === ' ') && units[i + 1] === ' ');
  return spelled ? ["'s|its"] : [];
}

/**
 * The last words of a trigger some of whose alternatives run to more than one word ("T(additions|companies added|firms added)" →
 * "additions|added"), when the trigger stands outside every group: a sentence it matches holds one of them as a whole word (the
 * trigger's words are parted by spaces, and a space follows it). The matcher marks a pattern by its trigger's first words
 * (triggerWords), common ones among them ("companies"); the last words then spare the search of most sentences they mark.
 */
export function triggerLastWords(template: string): string[] {
  const trigger = topLevelUnits(template)?.map((unit) => unit.replace(LEADING_WORDS, '')).find((unit) => unit.startsWith('T('));
  const alternatives = (trigger && /^T\(([^()]*)\)$/.exec(trigger)?.[1])?.split('|').map((alternative) => alternative.split(' '));
  if (!alternatives?.some((words) => words.length > 1) || !alternatives.every((words) => words.every((w) => PLAIN_WORD.test(w)))) return [];
  return [[...new Set(alternatives.map((words) => words.at(-1)!))].join('|')];
}

/** The placeholders that stand for mentions (compileTemplate): each matches text holding an "@" (a mention "@1", or a resolved "its@1"). */
const MENTION_PLACEHOLDERS: ReadonlySet<string> = new Set(['X', 'Y', 'X1', 'Y1', 'POSS']);

/**
 * How many mentions a template always spells: its placeholders for mentions (X, Y, X1, Y1, POSS) outside every group (after words of
 * their own, "(?:the )?Y1"), POSS only before a space (compileTemplate replaces it only there). Each matches text holding an "@", and
 * text outside every group is matched in sequence, so a sentence the template matches holds at least that many "@"; the matcher
 * does not search a sentence with fewer (one mention, read for an act's issuer: stop 80). None when an alternation stands outside every
 * group.
 */
export function mentionSlots(template: string): number {
  const units = topLevelUnits(template);
  if (units === undefined) return 0;
  let slots = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = (i === 0 && units[0]!.startsWith('^') ? units[0]!.slice(1) : units[i]!).replace(LEADING_WORDS, '');
    if (MENTION_PLACEHOLDERS.has(unit) && (unit !== 'POSS' || units[i + 1] === ' ')) slots++;
  }
  return slots;
}

/**
 * Groups opening a unit whose every alternative ends in a space, optional or repeated or not ("(?:a |an |the )?", "(?:[a-z-]+ ){0,2}"):
 * what follows them starts a word, as it would after a space of the template.
 */
const LEADING_WORDS = /^(?:\(\?:(?:[^()|]* \|)*[^()|]* \)(?:\?|\*|\{\d+(?:,\d+)?\})?)+/;

/** A word that matches only itself: lower-case letters, digits, "'", "-" or "&", or a comma (its own word in an abstract sentence). */
const PLAIN_WORD = /^(?:[a-z0-9'][a-z0-9'&-]*|,)$/;

/**
 * The template cut at its top level into spaces, groups (with what follows a group's closing
 * bracket up to the next space, so a quantified group is no plain group) and runs of other
 * characters; undefined when an alternation stands outside every group.
 */
function topLevelUnits(template: string): readonly string[] | undefined {
  // Each template is cut once: the matcher asks four questions of each of its six hundred templates as it loads.
  if (UNITS.has(template)) return UNITS.get(template);
  const units = cutAtTopLevel(template);
  UNITS.set(template, units);
  return units;
}

/** Templates already cut (topLevelUnits), and their units. */
const UNITS = new Map<string, readonly string[] | undefined>();

function cutAtTopLevel(template: string): string[] | undefined {
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
