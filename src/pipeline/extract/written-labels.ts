import type { LexiconEntry } from '../lexicon/lexicon-data';
import { stripLegalSuffix } from './mention';

/**
 * The label an entity is shown by: its name (the lexicon's) when the text writes it, else a form the text does write. Readers know
 * a firm by the names their articles use, and the gold annotations list the written forms (plus the standard names of states and
 * agencies, which this rule leaves alone): "Vexa Platforms launched …" with the lexicon's "Vexa Group" named the node "Vexa Group",
 * a name no article wrote (fresh samples of stop 103: "Jio Platforms" shown as the lexicon's "Reliance Jio"). Only the label moves:
 * the key, and so every fold, stays the lexicon's; the lexicon's name stays an alias, so search still finds it.
 */

/**
 * `name` when `written` (each written form and how often it is written) holds it, or holds nothing; else the most written form,
 * a tie going to the longest ("Vexa Platforms" over "Vexa": the fuller name), then to the one written first.
 */
export function writtenLabel(name: string, written: ReadonlyMap<string, number>): string {
  if (written.size === 0 || written.has(name)) return name;
  let best = name;
  let bestCount = 0;
  // A Map keeps the order forms were first written in, so a strict comparison leaves a tie with the earlier one.
  for (const [form, count] of written) {
    if (count > bestCount || (count === bestCount && form.length > best.length)) [best, bestCount] = [form, count];
  }
  return best;
}

/**
 * How often the article writes each of the lexicon entry's names, in the order first written: the `written` of writtenLabel. A
 * surface counts without its legal form ("Vexa Platforms Inc" is "Vexa Platforms"; "Zeta Corp" is the name "Zeta") when it is the
 * entry's name, one of its aliases, or the first or last words of its name ("Airtel" of "Bharti Airtel"). Other surfaces are
 * names the rules folded into the entry, often a clipped part of a longer name ("Zenco Digital Technology" of "Borin Zenco Digital
 * Technology Co., Ltd."): no better a label than the lexicon's name.
 */
export function writtenLexiconNames(surfaces: Iterable<string>, entry: Pick<LexiconEntry, 'name' | 'aliases'>): Map<string, number> {
  const names = new Set([entry.name, ...(entry.aliases ?? [])]);
  const counts = new Map<string, number>();
  for (const surface of surfaces) {
    // "The Financial Times" is written with its article: the name is the same without it (but "The Information" is a name).
    const stripped = stripLegalSuffix(surface, true);
    const form = stripped.startsWith('The ') && names.has(stripped.slice(4)) ? stripped.slice(4) : stripped;
    if (names.has(form) || isWordRunOf(form, entry.name)) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
}

/** Whether `part` is the first or last words of `name`, and shorter: "Airtel" of "Bharti Airtel", "LG" of "LG Electronics". */
function isWordRunOf(part: string, name: string): boolean {
  return part.length < name.length && (name.startsWith(`${part} `) || name.endsWith(` ${part}`));
}
