import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';
import { isKindNoun, WORK_NOUNS } from './cue-words';

// Helper col101 (stop 101), from a fresh sample of VR-headset news: titles of games and apps written with a colon or an
// apostrophe inside them were cut into fragments that became false nodes and edges. These are the frames that say a work's
// title stands there, so that its colon or its possessive stays inside the name (read by name-rules.ts's nameRunEnd).

/** Acts on a work right before its title: "Ruritania banned Iron Harbor: Rising", "… blocked Zeta Quest: Arena". */
const BAN_TITLE_CUES: ReadonlySet<string> = new Set(['banned', 'bans', 'blocked', 'blocks', 'barred', 'bars', 'prohibited', 'prohibits']);

/** Kinds of work an apposition names beside a title ("…: Rising, a VR shooter from Qorva"), besides the WORK_NOUNS. */
const APPOSED_WORK_KINDS: ReadonlySet<string> = new Set([...WORK_NOUNS, 'shooter', 'rpg', 'simulator', 'expansion', 'sequel', 'app', 'platformer', 'puzzler']);

/** Whether the word at `k` names a kind of work in an apposition beside a title. */
export function isApposedWorkKind(word: string): boolean {
  return APPOSED_WORK_KINDS.has(word);
}

/**
 * Whether the words before the title opening at `i` frame it as a work, so that a colon glued to it opens a subtitle:
 * a ban's verb ("Ruritania banned Iron Harbor: Rising"), or a comma after a work's kind, the title in apposition to it
 * ("Zenco's new game, Silent Tide: Reckoning, was banned"). Not "Ruritania banned Zeta: officials said …" (the subtitle must
 * be capitalised, which opensSubtitle checks).
 */
export function framedBeforeTitle(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  if (BAN_TITLE_CUES.has(before.lower)) return true;
  if (before.text === ',' && WORK_NOUNS.has(tokens[i - 2]?.lower ?? '')) return true;
  return (before.text === 'and' || before.text === 'or' || before.text === ',') && followsSubtitledTitle(tokens, i - 1);
}

/**
 * "Ruritania prohibits Iron Harbor: Rising and Silent Tide: Reckoning": a list's next title after one whose subtitle ends right
 * before `at` (a colon glued to a capitalised word, then one or two capitalised words) is a title too.
 */
function followsSubtitledTitle(tokens: readonly Token[], at: number): boolean {
  for (let colon = at - 2; colon >= at - 3 && colon > 0; colon--) {
    if (tokens[colon]?.text !== ':' || tokens[colon]!.start !== tokens[colon - 1]!.end || !tokens[colon - 1]!.capitalized) continue;
    if (tokens.slice(colon + 1, at).every((t) => t.capitalized)) return true;
  }
  return false;
}

/**
 * "Zenco, the maker of Silent Tide: Reckoning, said …": after a maker's credit, a one-word subtitle closed by punctuation is
 * the title's too ("… the developer of Zeta: Vexa is its rival", a word going on, stays two names).
 */
export function closesOneWordSubtitle(tokens: readonly Token[], colon: number): boolean {
  const after = tokens[colon + 2];
  return after === undefined || /^[,.;)]$/.test(after.text);
}

/**
 * Whether the run opening at `i` stands where a work's title does, so that its one-word possessor's "’s" and the capitalised
 * word after it are inside the title ("Qorva's Baron’s Quest", "Zenco's Vexa’s Wrath 2"): right after a maker's own possessive,
 * as firms' possessives are not stacked. The possessor must be unknown to the article (name-rules.ts checks), so "Zenco's Qorva's
 * Zeta deal", with Qorva a firm named before, and "Alphabet's Google's Zeta" stay possessives. Not after a release verb: "Zenco
 * launched Qorva’s Zeta in Europe" may be a seller's launch of another firm's product.
 */
export function possessiveTitleFrame(tokens: readonly Token[], i: number, known: readonly SentenceMention[]): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !/^['’]s$/.test(before.text) || tokens[i - 2] === undefined || !tokens[i - 2]!.capitalized || tokens[i - 2]!.end !== before.start) return false;
  // A state's possessive before a firm's ("Japan's Zenco's Zeta Optics unit") owns no title.
  if (known.some((m) => m.type === 'government' && m.last === i - 1)) return false;
  // A title's possessor is a word in Title Case ("Zenco's CEO's Zeta pledge" is a person's), and the title is no kind's or a
  // unit's modifier ("Zenco's Vexa's Zeta app" is a unit's app, "Ruritania's Zenco's Zeta Optics unit" a firm's unit).
  let k = i + 2;
  while (k < tokens.length && k < i + 6 && (tokens[k]!.capitalized || /^\p{N}/u.test(tokens[k]!.text))) k++;
  const after = tokens[k]?.lower ?? '';
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text) && !isKindNoun(after) && !UNIT_NOUNS.has(after);
}

/** A firm's parts named after a possessed name: "Zenco's Zeta Optics unit". */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['unit', 'units', 'division', 'subsidiary', 'arm', 'affiliate', 'brand', 'label', 'business', 'team', 'venture']);
