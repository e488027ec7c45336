import type { LexiconEntry } from '../lexicon/lexicon-data';
import { stripLegalSuffix } from './mention';

/**
 * The label an entity is shown by: its name (the lexicon's) when the text writes it, else a form the text does write. Readers know
 * a firm, a product or a model by the names their articles use, and the gold annotations list the written forms (plus the standard
 * names of states and agencies, which this rule leaves alone): "Vexa Platforms launched …" with the lexicon's "Vexa Group" named the
 * node "Vexa Group", a name no article wrote (fresh samples of stop 103: "Jio Platforms" shown as the lexicon's "Reliance Jio"; an
 * article writing "Harmony OS" shown as the lexicon's "HarmonyOS"). Only the label moves: the key, and so every fold, stays the
 * lexicon's; the lexicon's name stays an alias, so search still finds it.
 */

/**
 * `name` when `written` (each written form and how often it is written) holds it, or holds nothing; else the most written form,
 * a tie going to the longest ("Vexa Platforms" over "Vexa": the fuller name), then to the one written first.
 */
export function writtenLabel(name: string, written: ReadonlyMap<string, number>): string {
  // A form that differs from the name only in case ("bitcoin", "monero") is the name written loosely: the name reads better.
  const lower = name.toLowerCase();
  if (written.size === 0 || [...written.keys()].some((form) => form.toLowerCase() === lower)) return name;
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
 * surface counts without its legal form ("Vexa Platforms Inc" is "Vexa Platforms"; "Zeta Corp" is the name "Zeta") when it is
 * - the entry's name or one of its aliases;
 * - one of those spaced, joined or hyphenated otherwise ("Zen OS", "Zen-OS" of "ZenOS"; "Zeta-2-mini" of the version "Zeta-2
 *   mini"): the same name, written as the article writes it (the lexicon's aliases list few such variants, and the version rule
 *   folds "-mini" and " mini" alike);
 * - for a firm, the first or last words of its name ("Airtel" of "Bharti Airtel").
 * A product's or model's name inside a longer alias counts as that name: after its maker's name ("Vexa Zeta"), before lower-case
 * words ("Zeta models", "Zeta smart glasses") or as a plural ("Zetas"). The lexicon lists those so the mention folds; the name is
 * what they write.
 * Other surfaces are names the rules folded into the entry, often a clipped part of a longer name ("Zenco Digital Technology" of
 * "Borin Zenco Digital Technology Co., Ltd."; "R2" of the model "Zeta-R2"; "Lens" of the product "Vexa Lens", which may be another
 * line's word): no better a label than the lexicon's name.
 */
export function writtenLexiconNames(surfaces: Iterable<string>, entry: Pick<LexiconEntry, 'name' | 'aliases' | 'type'>): Map<string, number> {
  const names = new Set([entry.name, ...(entry.aliases ?? [])]);
  const byJoinedForm = new Set([...names].map(joined));
  const firm = entry.type === 'company';
  const counts = new Map<string, number>();
  for (const surface of surfaces) {
    // "The Financial Times" is written with its article: the name is the same without it (but "The Information" is a name).
    const stripped = stripLegalSuffix(surface, true);
    const form = stripped.startsWith('The ') && names.has(stripped.slice(4)) ? stripped.slice(4) : stripped;
    const inner = firm || form === entry.name ? undefined : nameWithin(form, names);
    const written = inner ?? (names.has(form) || byJoinedForm.has(joined(form)) || (firm && isWordRunOf(form, entry.name)) ? form : undefined);
    if (written !== undefined) counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  return counts;
}

/** A name without its spaces and hyphens: "Zen OS", "Zen-OS" and "ZenOS" are one name written three ways. */
function joined(name: string): string {
  return name.replace(/[\s-]+/g, '');
}

/**
 * The name of `names` that `form` holds with more words or a plural's "s": "Zeta" of "Vexa Zeta", "Zeta models", "the Zeta family
 * of models", "Zetas". The shortest such name ("Zeta" when "Zeta family" is an alias too, itself a description).
 */
function nameWithin(form: string, names: ReadonlySet<string>): string | undefined {
  const words = form.split(' ');
  let firstLower = words.length;
  while (firstLower > 1 && /^[a-z]/.test(words[firstLower - 1]!)) firstLower--;
  for (let end = firstLower; end <= words.length; end++) {
    for (let start = end === words.length ? 1 : 0; start < end; start++) {
      const head = words.slice(start, end).join(' ');
      // "Zenco Zetas": a name within may be a description too.
      if (names.has(head)) return nameWithin(head, names) ?? head;
    }
  }
  return form.endsWith('s') && names.has(form.slice(0, -1)) ? form.slice(0, -1) : undefined;
}

/** Whether `part` is the first or last words of `name`, and shorter: "Airtel" of "Bharti Airtel", "LG" of "LG Electronics". */
function isWordRunOf(part: string, name: string): boolean {
  return part.length < name.length && (name.startsWith(`${part} `) || name.endsWith(` ${part}`));
}
