import type { Span } from '../types';

/** A sentence longer than this is cut at a space: keeps every later step linear on text without breaks. */
export const MAX_SENTENCE_LENGTH = 1200;

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'pte', 'pvt', 'bhd',
  'gen', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'approx', 'dept', 'est',
]);

/** Words after which a period before a number does not end a sentence: "Order No. 2", "Art. 5", "Vol. 3". */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'arts', 'sec', 'secs', 'vol', 'fig', 'pp', 'ch', 'para']);

const NEWLINE = 10;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * Splits text into sentences, as spans over the text. Single pass, linear in the text length.
 * A line break always ends a sentence (headlines, bullets); `. ! ?` end one when followed by
 * a space and something that can start a sentence, unless the word before is an abbreviation.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // Cut over-long runs at a space so no sentence exceeds the limit.
    while (e - s > MAX_SENTENCE_LENGTH) {
      let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_LENGTH);
      if (cut <= s) cut = s + MAX_SENTENCE_LENGTH;
      spans.push({ start: s, end: cut });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
  };
  // The text is read by character code: `text[i]` makes a string of each character outside Latin-1 (a curly quote, a dash).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      push(i);
      start = i + 1;
      continue;
    }
    if (code !== PERIOD && code !== BANG && code !== QUESTION) continue;
    const c = text[i]!;
    // Closing quotes and brackets belong to the sentence they end.
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j < text.length && !isSpace(text[j]!) && text[j] !== '\n') continue;
    let k = j;
    while (k < text.length && isSpace(text[k]!)) k++;
    if (k < text.length && text[k] !== '\n' && !/[\p{Lu}\p{N}"“‘'([]/u.test(text[k]!)) continue;
    // A quote or bracket opening a lower-case word opens no sentence ("lit. 'micro-message')").
    let q = k;
    while (q < text.length && /["“‘'([]/u.test(text[q]!)) q++;
    if (q > k && q < text.length && /\p{Ll}/u.test(text[q]!)) continue;
    if (c === '.' && k < text.length && text[k] !== '\n' && abbreviationWithin(text, i, k)) continue;
    if (c === '.' && /\p{N}/u.test(text[k] ?? '') && NUMBER_ABBREVIATIONS.has(wordBefore(text, i))) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

/** Words that, capitalised after "U.S." or "Inc.", almost always open a new sentence. */
// "… a settlement with Zenco, Inc. Under it, the company must …" (stop 75, from its first controls samples).
const SENTENCE_STARTERS = /^(The|It|Its|This|That|These|Those|A|An|But|And|In|On|He|She|They|We|I|If|As|For|What|When|While|Meanwhile|However|Still|Yet|Under|After|According|Separately|Earlier|Later|Last|Today|Both|Each|Their|There)\b/;
const startsSentence = (text: string, at: number): boolean => SENTENCE_STARTERS.test(text.slice(at, at + 12));

/**
 * The full stop at `dot` ends an abbreviation and the word at `next` opens no sentence. Both are read every time: the second
 * read only after an abbreviation, first met mid-corpus, de-optimised splitSentences (a call it had never made).
 */
function abbreviationWithin(text: string, dot: number, next: number): boolean {
  const abbreviation = endsWithAbbreviation(text, dot);
  const opens = startsSentence(text, next);
  return abbreviation && !opens;
}

/** The word right before the character at `dot`, in lower case. */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!) && dot - s < 6) s--;
  return text.slice(s, dot).toLowerCase();
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!) && dot - s < 12) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted initialisms ("U.S.") do not end sentences.
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
