import type { Token } from '../text/tokens';
import type { LearnedName } from './learned-names';
import { withChanges, type SentenceMention } from './mention';

/**
 * Acronyms an article defines for its own names. "Taiwan's Fair Trade Commission (FTC) fined Zenco.
 * The FTC also ordered …": the lexicon reads "FTC" as the US Federal Trade Commission, but the
 * article has just said which body it means, so for the rest of the article "FTC" is Taiwan's body
 * (stop 67's readers; the same holds for "the Bank for International Settlements (BIS)", "Kenya's
 * Capital Markets Authority (CMA)"). Only an acronym made of the name's initials counts as defined.
 */

/** The sentence's lexicon mentions, each acronym the article redefined read as the article's own name. */
export function withRedefinedAcronyms(mentions: SentenceMention[], learned: Map<string, LearnedName>): SentenceMention[] {
  if (learned.size === 0) return mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const own = m.source === 'lexicon' ? learned.get(m.surface) : undefined;
    if (own?.redefines && own.key !== m.key) mentions[i] = withChanges(m, { key: own.key, label: own.label, type: own.type, source: 'rule' });
  }
  return mentions;
}

/**
 * The sentence's mentions without a lexicon acronym in brackets that the name right before defines
 * ("Fair Trade Commission (FTC)"), which is learned as that name for the rest of the article.
 */
export function learnDefinedAcronyms(mentions: SentenceMention[], tokens: readonly Token[], learned: Map<string, LearnedName>): SentenceMention[] {
  let out = mentions;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const name = mentions[i]!;
    const short = mentions[i + 1]!;
    if (short.source !== 'lexicon' || short.key === name.key || short.first !== name.last + 1 || short.last !== short.first + 1) continue;
    if (tokens[name.last]?.text !== '(' || tokens[short.last]?.text !== ')') continue;
    if (!initialsOf(name.label, short.surface) && !initialsOf(name.surface, short.surface)) continue;
    learned.set(short.surface, { key: name.key, label: name.label, type: name.type, redefines: true });
    out = out.filter((m) => m !== short);
  }
  return out;
}

/**
 * Whether `acronym` is made of the initials of the capitalised words of `name` ("Fair Trade Commission" → "FTC"), or of all its
 * words where the acronym keeps a small word's too ("Request for Aid" → "RFA", "Zenco Bank of Zembla" → "ZBOZ").
 */
function initialsOf(name: string, acronym: string): boolean {
  const letters = acronym.replace(/[.&]/g, '');
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
  if (capitalised.length >= 2 && capitalised === letters) return true;
  const every = words.map((w) => w.charAt(0)).join('');
  return capitalised.length >= 2 && every.length > capitalised.length && every.toUpperCase() === letters.toUpperCase();
}

/**
 * Whether `short` is a short form of the firm's name `long`: its initials ("ZQT" for "Zenco Quantum Technologies") or, when the two
 * stand side by side (`beside`: "Qorva Space (QSpace)"), the words' heads run together. A firm and its short name are one firm, never
 * maker and made (helper fe86). Heads elsewhere are as often a product's name: "Vexa Labs released VeLa, a chatbot" (stop 86's re-read).
 */
export function isShortFormOf(short: string, long: string, beside: boolean): boolean {
  // Two capitals at least: "Meta" is no short form of "Meta AI", the firm and its product (the dev corpus).
  if (short.length < 2 || short.length >= long.length || /\s/.test(short) || !/^\p{Lu}.*\p{Lu}/u.test(short)) return false;
  if (initialsOf(long, short)) return true;
  if (!beside) return false;
  const words = long.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 && spellsWordHeads(short.toLowerCase(), words.map((w) => w.toLowerCase()), 0);
}

/** Whether `rest` is made of a non-empty head of `words[i]` and then of the following words' heads (the last word whole or cut). */
function spellsWordHeads(rest: string, words: readonly string[], i: number): boolean {
  if (rest.length === 0) return i === words.length;
  if (i >= words.length) return false;
  const word = words[i]!;
  for (let n = Math.min(word.length, rest.length); n >= 1; n--) {
    if (rest.slice(0, n) === word.slice(0, n) && spellsWordHeads(rest.slice(n), words, i + 1)) return true;
  }
  return false;
}
