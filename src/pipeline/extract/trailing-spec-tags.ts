import { isPossessive, surfaceOf, type Token } from '../text/tokens';
import { isMadeKind } from './cue-words';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/**
 * Helper kinds, from news on router, phone, projector and TV launches: a network's generation, a screen's resolution or panel, or a
 * wireless standard written between a model's name and its kind describes the model and is no part of its name ("Zenco developed
 * the Plix 5G router", "the Vexa 4K projector", "the Plix Wi-Fi 7 router": the names were "Plix 5G", "Vexa 4K", "Plix Wi-Fi 7").
 * The sibling of leading-grades.ts, for tags after the name. Only before a lower-case kind of made thing and after a determiner or a
 * possessive; a name with no kind after it keeps its variant ("the Zeta S24 5G sold well"), and the lexicon's names are never cut.
 */

/** Tags that describe a device's network, screen or connection. */
const SPEC_TAGS: ReadonlySet<string> = new Set(['3G', '4G', '5G', '6G', 'LTE', '2K', '4K', '5K', '8K', 'UHD', 'HDR', 'OLED', 'QLED', 'AMOLED', 'Wi-Fi', 'WiFi']);
/** Wireless standards numbered by generation. */
const WIRELESS_TAGS: ReadonlySet<string> = new Set(['Wi-Fi', 'WiFi']);
/** A wireless standard's generation after its tag: "Wi-Fi 7", "Wi-Fi 6E". */
const STANDARD_GENERATION = /^\d[A-Z]?$/;
/** Words before the name that make it a named thing's: "the Plix 5G router", "its Vexa 4K projector", "Zenco's new Plix 5G phone". */
const NAMED_LEADS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'a', 'an', 'new', 'latest']);

/** Cuts the spec tags that close a name right before a kind of made thing ("the Plix 5G router" names "Plix"). Replaces in place. */
export function trimTrailingSpecTags(mentions: SentenceMention[], tokens: readonly Token[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.source === 'lexicon' || m.last - m.first < 2 || !SPEC_TAGS.has(lastTagOpening(tokens, m.last)?.text ?? '')) continue;
    const kind = tokens[m.last];
    if (kind === undefined || !/^\p{Ll}[\p{Ll}-]*$/u.test(kind.text) || !isMadeKind(kind.lower)) continue;
    const before = tokens[m.first - 1];
    if (!isPossessive(before) && !NAMED_LEADS.has(before?.lower ?? '')) continue;
    let last = m.last;
    while (last > m.first + 1 && (SPEC_TAGS.has(tokens[last - 1]!.text) || (STANDARD_GENERATION.test(tokens[last - 1]!.text) && WIRELESS_TAGS.has(tokens[last - 2]!.text)))) last--;
    if (last === m.last || !tokens[last - 1]!.capitalized) continue;
    const surface = surfaceOf(tokens, m.first, last);
    mentions[i] = withChanges(m, { last, end: tokens[last - 1]!.end, surface, label: surface, key: keyOfName(surface) });
  }
}

/** The tag that closes a name ending at `last`: its last token, or the tag before a standard's generation ("Wi-Fi 7"). */
function lastTagOpening(tokens: readonly Token[], last: number): Token | undefined {
  const t = tokens[last - 1];
  return t !== undefined && STANDARD_GENERATION.test(t.text) && WIRELESS_TAGS.has(tokens[last - 2]?.text ?? '') ? tokens[last - 2] : t;
}
