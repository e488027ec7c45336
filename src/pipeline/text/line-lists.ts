import type { Span } from '../types';
import { MAX_SENTENCE_LENGTH } from './sentences';
import { tokenize, type Token } from './tokens';

/**
 * "The Bank added the following entities to its Alert List:" and, on the lines under it, "- Zenbet (website)", "- Qorvabet (mobile
 * app)": a line that ends in a colon and the short name lines under it are one sentence, its items read as the list "Zenbet
 * (website), Qorvabet (mobile app) and …". Press releases write lists so, and the input readers leave HTML and Markdown lists as
 * one line per item (their markers dropped); the list rules read a list only inside a sentence. Stop 70, from stop 69's samples
 * (17 claims in one of them, lists of sites blocked and firms put on a list).
 */
export interface ListedSpan extends Span {
  /** The lines listed under the sentence's head, their bullets and closing punctuation left out; absent for any other sentence. */
  items?: readonly Span[];
  /** Where the head, up to its colon, ends. */
  headEnd?: number;
}

/** The fewest items that make a list, and the most read under one head. */
const MIN_ITEMS = 2;
const MAX_ITEMS = 60;
/** A head this short ("Note:", "Related links:") introduces no act on what follows … */
const MIN_HEAD_WORDS = 4;
/** … unless it ends in a verb that lists ("Those added include:", "They are:"), going on with the act before (stop 81). */
const LISTING_HEAD_END = /\b(?:include|includes|included|are|were)\s*:$/i;
/** A name line: few words, and few in lower case outside brackets ("Zenbet (website)", "Bank of Zembla"); a sentence has more. */
const MAX_ITEM_WORDS = 8;
const MAX_LOWER_WORDS = 2;
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'von', 'van', 'der', 'on', 'in', '&']);

/** A legal form whose abbreviation ends a name line with a full stop. */
const LEGAL_ENDING = /(?:^|\s)(?:Inc|Ltd|Co|Corp|Bhd|Pte|Pvt|LLC|L\.L\.C|plc|PLC|S\.A|S\.p\.A|N\.V|B\.V|A\.G|GmbH|K\.K|Ltda|S\.A\.S|JSC|PJSC|OOO|LLP|L\.P)\.$/;
/** A bullet or a number before an item: "-", "•", "1.", "(a)". */
const BULLET = /^[ \t]*(?:[-–—•·*▪●◦‣○►]|\(?\d{1,3}[.)]|\([a-z]\)|[a-z]\))[ \t]+/;
/** Between a head and its first item, or two items: a line break, or a blank line. */
const LINE_GAP = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*$/;

/** The spans with each colon-ended head merged with the name lines under it. */
export function withLineLists(text: string, spans: readonly Span[]): ListedSpan[] {
  const out: ListedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const head = spans[i]!;
    const headText = text.slice(head.start, head.end);
    if (text.charCodeAt(head.end - 1) !== 58 || (wordCount(headText) < MIN_HEAD_WORDS && !LISTING_HEAD_END.test(headText))) {
      out.push(head);
      continue;
    }
    const items: Span[] = [];
    let end = head.end;
    let next = i + 1;
    // Items closed by ";" ("• Zenflix;", "• Qorvatube; and") end with a full stop on the last one ("• Vexagram.").
    let semicolons = false;
    while (items.length < MAX_ITEMS) {
      const gapEnd = spans[next]?.start;
      if (gapEnd === undefined || !LINE_GAP.test(text.slice(end, gapEnd))) break;
      const lineEnd = text.indexOf('\n', gapEnd);
      // The whole line: a numbered item ("1. Zenbet") is two sentences to the splitter.
      const stop = lineEnd < 0 ? text.length : lineEnd;
      const item = nameLine(text, gapEnd, stop, semicolons);
      if (!item || stop - head.start > MAX_SENTENCE_LENGTH) break;
      items.push({ start: item.start, end: item.end });
      while (next < spans.length && spans[next]!.start < stop) next++;
      end = spans[next - 1]!.end;
      if (item.last) break;
      semicolons = SEMICOLON_ENDING.test(text.slice(item.end, stop));
    }
    if (items.length < MIN_ITEMS) {
      out.push(head);
      continue;
    }
    out.push({ start: head.start, end, items, headEnd: head.end });
    i = next - 1;
  }
  return out;
}

/** The end of an item closed by a semicolon: "Zenflix;", "Qorvatube; and". */
const SEMICOLON_ENDING = /^\s*;\s*(?:and|or)?\s*$/;
/** A joining word after an item's semicolon, left out of the name: "Qorvatube; and". */
const JOINED_ENDING = /;\s*(?:and|or)$/;

/**
 * The name a line lists, without its bullet and closing punctuation, or none when the line reads as a sentence. After items
 * closed by semicolons a full stop closes the list (`last`).
 */
function nameLine(text: string, start: number, end: number, semicolons: boolean): (Span & { last?: boolean }) | undefined {
  const line = text.slice(start, end);
  const bullet = BULLET.exec(line);
  let from = start + (bullet ? bullet[0].length : 0);
  let to = end;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  const joined = JOINED_ENDING.exec(text.slice(from, to));
  if (joined) to -= joined[0].length - 1;
  // A full stop ends a sentence, not a name ("Zenco Ltd." is a name), unless it closes a list of items closed by semicolons.
  const stop = text[to - 1] === '.' && !LEGAL_ENDING.test(text.slice(from, to));
  if (/[!?]$/.test(text.slice(from, to)) || (stop && !(semicolons && bullet))) return undefined;
  while (to > from && /[\s;,.]/.test(text[to - 1]!)) to--;
  while (from < to && /\s/.test(text[from]!)) from++;
  if (to <= from || !/[\p{Lu}\p{N}]/u.test(text[from]!)) return undefined;
  const words = text.slice(from, to).replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > MAX_ITEM_WORDS) return undefined;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w)).length;
  if (lower > MAX_LOWER_WORDS) return undefined;
  return stop ? { start: from, end: to, last: true } : { start: from, end: to };
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A joining word of no width, at `at`: the "," and "and" the list rules read between items. */
const joiner = (word: string, at: number): Token => ({ text: word, lower: word, start: at, end: at, word: word !== ',', capitalized: false });

/** The sentence's tokens: a listed sentence's head, then its items joined as "A , B and C". */
export function listedTokens(text: string, span: ListedSpan, oneByte?: string): Token[] {
  if (!span.items) return tokenize(text, span.start, span.end, oneByte);
  const tokens = tokenize(text, span.start, span.headEnd!, oneByte);
  span.items.forEach((item, k) => {
    if (k > 0) tokens.push(joiner(k === span.items!.length - 1 ? 'and' : ',', item.start));
    for (const t of tokenize(text, item.start, item.end, oneByte)) tokens.push(t);
  });
  return tokens;
}
