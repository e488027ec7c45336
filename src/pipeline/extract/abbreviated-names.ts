import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/** A saint's or a mount's abbreviation that opens a name: "St. Kilda Knits", "Mt. Zeta Foods". */
const NAME_OPENING_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt']);

/**
 * "St. Kilda Knits": an abbreviation, its full stop and the name right after it are one name (helper nmx92, stop 92's eighty-fifth
 * fresh sample: the stop parted them, and "St" was read as a brand of its own). Names the lexicon knows after the stop stay apart,
 * and so do people and places a rule typed.
 */
export function joinAbbreviatedNames(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const opener = mentions[i]!;
    const rest = mentions[i + 1]!;
    if (opener.source === 'lexicon' || opener.last - opener.first !== 1 || !NAME_OPENING_ABBREVIATIONS.has(opener.surface)) continue;
    if (tokens[opener.last]?.text !== '.' || rest.first !== opener.last + 1 || rest.source === 'lexicon' || rest.type === 'person' || rest.type === 'place') continue;
    const surface = surfaceOf(tokens, opener.first, rest.last);
    out ??= mentions.slice();
    out.splice(out.indexOf(opener), 2, withChanges(rest, { first: opener.first, start: opener.start, surface, label: surface, key: keyOfName(surface) }));
  }
  return out ?? (mentions as SentenceMention[]);
}
