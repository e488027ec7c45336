import type { Token } from '../text/tokens';
import { isTitleCase, TITLE_CASE_LOWER } from './sentence-mentions';

/**
 * A headline in Title Case ("Zenco Unveils Vela 9 Phone To Take On Qorva") capitalises every word, so a name the article taught
 * ran on over the words after it ("Vela 9 Phone To Take On Qorva" was one product). As a headline in capitals is read with the
 * casing the rest of the article uses (text/recase.ts), a Title Case one gets back, in lower case, the words the article's other
 * sentences write only in lower case ("phone"). Its small words ("To", "On", "Over") keep the capital the headline rules expect,
 * and so does every other word: a word the body writes capitalised, or never writes, may be a name ("Zenco Smart Display"). The
 * sentence is still read as Title Case (only names the article taught are names in it), which `titleCase` records, since its
 * lower-case words no longer show it.
 */
export function recaseTitleCaseHeadlines(sentences: readonly Token[][]): { tokens: Token[][]; titleCase: boolean[] } {
  const titleCase = sentences.map(isTitleCase);
  if (!titleCase.includes(true)) return { tokens: sentences as Token[][], titleCase };
  // The headline words that could go back to lower case, asked about first, so that the body is read only for them.
  const asked = new Set<string>();
  sentences.forEach((s, i) => {
    if (!titleCase[i]) return;
    for (let k = 0; k < s.length; k++) if (mayBeOrdinaryWord(s, k)) asked.add(s[k]!.lower);
  });
  // How the other sentences write each asked word, outside their first position (where any word takes a capital).
  const lowerOnly = new Map<string, boolean>();
  sentences.forEach((tokens, i) => {
    if (titleCase[i]) return;
    let first = true;
    for (const t of tokens) {
      if (!t.word) continue;
      if (first) {
        first = false;
        continue;
      }
      if (!asked.has(t.lower)) continue;
      const lower = /^\p{Ll}[\p{Ll}'-]*$/u.test(t.text);
      lowerOnly.set(t.lower, (lowerOnly.get(t.lower) ?? true) && lower);
    }
  });
  const tokens = sentences.map((s, i) => (titleCase[i] ? s.map((t, k) => (mayBeOrdinaryWord(s, k) && (lowerOnly.get(t.lower) === true || (!lowerOnly.has(t.lower) && closingKindWord(s, k))) ? lowerCased(t) : t)) : s));
  return { tokens, titleCase };
}

/**
 * Whether the headline's word at `k` may be an ordinary word written with a capital only because the headline capitalises all:
 * it is one if the body writes it only in lower case.
 */
function mayBeOrdinaryWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // The first word takes a capital anyway; a letter or a word before a number is a model's part ("Galaxy A 5", "Series 7").
  if (k === 0 || !t.word || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || /^\p{N}/u.test(tokens[k + 1]?.text ?? '')) return false;
  // "Zenco America's Telecommunications Services Authority": what a possessive owns may be a body's or a product's name, and the
  // words after it, once in lower case, read as a state's own body ("America's telecommunications services authority").
  if (POSSESSIVE_MARKS.has(tokens[k - 1]!.lower) && tokens[k - 1]!.start === tokens[k - 2]?.end) return false;
  // "… Takes On Qorva", "… Over Drone Parts": the small words keep the capital the headline rules read them by (name-rules.ts).
  return !TITLE_CASE_LOWER.has(t.lower);
}

/**
 * Kinds of app or phone a headline writes after a product's name ("Ruritania Suspends Zenco's Plix App", "Zembla Blocks Vexa's Zeta
 * Chatbot", "Zenco Releases Zeta Chatbot"): the body often never writes the word, and the Title Case capital is no sign of a name.
 * Only these few generic kinds, closing the name: "Zenco Smart Display" or "Vexa Chat" stay whole (helper nominal).
 */
const HEADLINE_KIND_WORDS: ReadonlySet<string> = new Set(['app', 'apps', 'chatbot', 'chatbots', 'phone', 'phones', 'smartphone', 'smartphones', 'handset', 'handsets']);

/** Whether the headline's word at `k` is such a kind, after a capitalised word and closing the run (a small word, a mark or the end next). */
function closingKindWord(tokens: readonly Token[], k: number): boolean {
  if (!HEADLINE_KIND_WORDS.has(tokens[k]!.lower) || !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) return false;
  const next = tokens[k + 1];
  return next === undefined || !next.word || TITLE_CASE_LOWER.has(next.lower);
}

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', 's']);

function lowerCased(t: Token): Token {
  return { ...t, text: t.lower, capitalized: false };
}
