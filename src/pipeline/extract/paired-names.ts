import type { Lexicon } from '../lexicon/lexicon';
import { PAIR_NOUNS } from '../relation-registry';
import type { Token } from '../text/tokens';
import { keyOfName, newMention, type SentenceMention } from './mention';

/**
 * "the Zenco-Qorva rivalry", "the Zenco-Qorva price war", "Zenco-Qorva talks": two names joined by a hyphen before a noun of
 * what two parties share are two names, each a side of it (as "the Apple-Samsung rivalry" is when the lexicon knows both).
 * Real hyphenated names stay whole: one the lexicon knows ("Mercedes-Benz"), one with a part English knows ("Rolls-Royce",
 * "Coca-Cola"), a release ("Zeta-2"), a state's adjective ("Sino-US", "Franco-German"), and any pair before another word.
 */

/** Pair nouns by their first word, with the words that follow it ("price" → ["war"], "rivalry" → []). */
const PAIR_NOUN_WORDS: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const noun of PAIR_NOUNS) {
    const [first, ...rest] = noun.split(' ');
    byFirst.set(first!, [...(byFirst.get(first!) ?? []), rest]);
  }
  return byFirst;
})();

/**
 * Firms whose one name is written with a hyphen and coined parts, which the lexicon does not hold: never a pair ("the Coca-Cola
 * war" is one side of a war, not Coca against Cola).
 */
const HYPHENATED_FIRMS: ReadonlySet<string> = new Set(['Coca-Cola', 'Pepsi-Cola', 'Rolls-Royce', 'Harley-Davidson', 'Anheuser-Busch', 'Bristol-Myers', 'Wal-Mart', 'Daimler-Benz', 'Thyssen-Krupp', 'Rank-Xerox', 'Moet-Hennessy', 'Hispano-Suiza', 'Pierce-Arrow', 'Packard-Bell', 'Smith-Corona']);

/** A part that may be a name of its own: a capital and at least two more letters, no digit ("Zeta-2", "X-Ray", "Wi-Fi" are none). */
const NAME_PART = /^\p{Lu}\p{L}{2,}$/u;

/** Whether a pair noun starts at token `at` (lower-cased: a Title Case headline's "Zenco-Qorva Merger Talks" too). */
function pairNounAt(tokens: readonly Token[], at: number): boolean {
  const tails = PAIR_NOUN_WORDS.get(tokens[at]?.lower ?? '');
  return tails !== undefined && tails.some((tail) => tail.every((word, k) => tokens[at + 1 + k]?.lower === word));
}

/**
 * The two names of the hyphenated pair at token `i`, but those `known` already holds there (a part the lexicon knows: "the
 * Apple-Zenco rivalry"); undefined when the token is no such pair. `isCoined` says whether a lower-cased part is no English word.
 */
export function pairedNames(tokens: readonly Token[], i: number, known: readonly SentenceMention[], lexicon: Lexicon, isCoined: (word: string) => boolean): SentenceMention[] | undefined {
  const token = tokens[i]!;
  const cut = token.text.indexOf('-');
  // One hyphen, between two capitalised parts, before a pair noun: the cheap tests first.
  if (cut < 0 || cut !== token.text.lastIndexOf('-') || !pairNounAt(tokens, i + 1)) return undefined;
  const parts = [token.text.slice(0, cut), token.text.slice(cut + 1)];
  if (!parts.every((p) => NAME_PART.test(p)) || HYPHENATED_FIRMS.has(token.text) || lexicon.longestMatch([token.text], 0)) return undefined;
  const found: SentenceMention[] = [];
  let offset = 0;
  for (const part of parts) {
    const start = token.start + offset;
    offset += part.length + 1;
    if (known.some((m) => m.first === i && m.start === start)) continue;
    // "Rolls-Royce", "Coca-Cola", "Sino-Zembla": a part English or the lexicon of states knows keeps the pair one name.
    if (!isCoined(part.toLowerCase()) || lexicon.stateOfDemonym(part) !== undefined) return undefined;
    found.push(newMention({ first: i, last: i + 1, key: keyOfName(part), label: part, type: 'organization', surface: part, start, end: start + part.length, source: 'unknown' }));
  }
  return found;
}
