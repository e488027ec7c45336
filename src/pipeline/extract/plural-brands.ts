import type { EntityType } from '../types';
import { withChanges, type SentenceMention } from './mention';
import type { Token } from '../text/tokens';

/**
 * Helper fal88: a brand's name written in the plural ("rows of Zetas", "the fleets of Zencos and Qorvas", "Zetas compete with the
 * Lumo") counts the brand's things; it is the brand, not a new entity. Folded to the singular only when the article names the
 * singular itself as a firm, product or model, so a name that merely ends in "s" ("Atlas", "Qorvas Labs") stays as written.
 */
const FOLDED_TYPES: ReadonlySet<EntityType> = new Set(['company', 'product', 'model']);

/** One-word capitalised names ending in a plain "s" (not a possessive, not an acronym's "S"). */
const PLURAL_SHAPE = /^\p{Lu}[\p{Ll}\p{N}-]{2,}s$/u;

/** The article's typed one-word names by surface (built once, from the first pass's mentions), for `foldPluralBrands`. */
export function singularNames(mentionsBySentence: readonly (readonly SentenceMention[])[]): ReadonlyMap<string, SentenceMention> {
  const bySurface = new Map<string, SentenceMention>();
  for (const mentions of mentionsBySentence) {
    for (const m of mentions) {
      if (m.last - m.first === 1 && FOLDED_TYPES.has(m.type) && m.source !== 'unknown' && !m.surface.endsWith('s') && !bySurface.has(m.surface)) bySurface.set(m.surface, m);
    }
  }
  return bySurface;
}

/** After "the Fords": a clause or a noun of people ("the Fords, who control Ford", "the Fords family") names a family, no brand (review rr88b). */
const PEOPLE_AFTER = /^(?:who|whose|family|families|clan|brothers|sisters|siblings|heirs)$/;

function namesPeople(tokens: readonly Token[], m: SentenceMention): boolean {
  const next = tokens[m.last]?.text === ',' ? tokens[m.last + 1] : tokens[m.last];
  return next !== undefined && PEOPLE_AFTER.test(next.lower);
}

/** The sentence's mentions with each plural of a singular the article names read as that singular. */
export function foldPluralBrands(mentions: SentenceMention[], singulars: ReadonlyMap<string, SentenceMention>, tokens: readonly Token[] = []): SentenceMention[] {
  if (singulars.size === 0) return mentions;
  let out: SentenceMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.last - m.first !== 1 || !PLURAL_SHAPE.test(m.surface) || namesPeople(tokens, m)) continue;
    const singular = singulars.get(m.surface.slice(0, -1));
    if (singular === undefined || singular.key === m.key) continue;
    out ??= mentions.slice();
    out[k] = withChanges(m, { key: singular.key, label: singular.label, type: singular.type, source: singular.source });
  }
  return out ?? mentions;
}
