import { isPossessive, surfaceOf, type Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/** A screen's resolution or a network's generation, written in capitals before a model's name: "8K", "4K", "5G". */
const LEADING_GRADES: ReadonlySet<string> = new Set(['4K', '8K', '5K', '3G', '4G', '5G', '6G']);
/** Words before the grade that make it describe an owned or introduced thing: "Zenco's 8K Vexa", "its 5G Vexa", "a new 4K Vexa". */
const OWNED_LEADS: ReadonlySet<string> = new Set(['its', 'their', 'a', 'new', 'latest']);

/**
 * "Zenco's 8K Vexa monitors", "its 5G Vexa router": a grade opening a name a rule found describes the model and is no part of its
 * name, which starts after it (helper nam101: "8K Vexa" was read as one name, and lost with a plural kind after it). Only after a
 * possessive or a determiner; the lexicon's names are never cut. Replaces in place.
 */
export function trimLeadingGrades(mentions: SentenceMention[], tokens: readonly Token[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.source === 'lexicon' || m.last - m.first < 2 || !LEADING_GRADES.has(tokens[m.first]!.text)) continue;
    const before = tokens[m.first - 1];
    if (!isPossessive(before) && !OWNED_LEADS.has(before?.lower ?? '')) continue;
    const first = m.first + 1;
    if (!tokens[first]!.capitalized) continue;
    const surface = surfaceOf(tokens, first, m.last);
    mentions[i] = withChanges(m, { first, start: tokens[first]!.start, surface, label: surface, key: keyOfName(surface) });
  }
}
