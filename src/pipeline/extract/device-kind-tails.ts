import type { Lexicon } from '../lexicon/lexicon';
import { surfaceOf, textsOfTokens, type Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/**
 * "Zenco's Zeta AR glasses", "the Vexa XR glasses": the kind of glasses ("AR", "XR", "MR") written between a product's name and
 * "glasses" is the glasses' description, not the end of their name (helper ent94, stop 93's ninetieth fresh sample on smart
 * glasses: "Zeta AR" was read as the product, and the gold's "Zeta" missed). Only before eyewear: a headset's "VR" often is its
 * name's ("Zeta VR headset" may be sold as "Zeta VR"), and so may a headset's "XR".
 */

/** The kinds of eyewear written as acronyms. */
const EYEWEAR_KINDS: ReadonlySet<string> = new Set(['AR', 'XR', 'MR']);
/** Eyewear after the kind: "AR glasses", "XR smart glasses". */
const EYEWEAR: ReadonlySet<string> = new Set(['glasses', 'smartglasses', 'smart-glasses', 'spectacles', 'eyewear', 'eyeglasses', 'sunglasses']);

/** Whether the words at `k` are eyewear: "glasses", or "smart glasses". */
function eyewearAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  return EYEWEAR.has(word) || (word === 'smart' && EYEWEAR.has(tokens[k + 1]?.lower ?? ''));
}

/**
 * Cuts the eyewear kind off a product's name found by a rule: "Zeta AR" before "glasses" is "Zeta". Not a name named after its
 * maker ("Zenco AR", the maker's own), nor one whose rest the lexicon knows alone ("Android XR glasses" run the platform).
 */
export function cutEyewearKinds(mentions: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.source !== 'rule' && m.source !== 'unknown') continue;
    if ((m.type !== 'product' && m.type !== 'model') || m.owner !== undefined || m.last - m.first < 2) continue;
    if (!EYEWEAR_KINDS.has(tokens[m.last - 1]!.text) || !eyewearAt(tokens, m.last)) continue;
    const rest = textsOfTokens(tokens, m.first, m.last - 1);
    if (lexicon.longestMatch(rest, 0)?.length === rest.length) continue;
    const last = m.last - 1;
    const surface = surfaceOf(tokens, m.first, last);
    out ??= mentions.slice();
    out[i] = withChanges(m, { last, end: tokens[last - 1]!.end, surface, label: surface, key: keyOfName(surface) });
  }
  return out ?? (mentions as SentenceMention[]);
}
