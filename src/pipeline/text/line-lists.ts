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
    const inline = inlineList(text, spans, i);
    if (inline) {
      out.push(inline.span);
      i = inline.next - 1;
      continue;
    }
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
  // "• Zenco – a camera company": a dash and a lower-case gloss after the name describe it; the name alone is listed.
  const gloss = DASH_GLOSS.exec(text.slice(from, to));
  if (gloss && gloss.index > 0) to = from + gloss.index;
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

/** A gloss after an item's name: a spaced dash, then a lower-case word ("Zenco – a camera company", "Qorva - a local brand"). */
const DASH_GLOSS = /\s+[-–—]\s+\p{Ll}/u;

/*
 * Helper lst (stop 100), from the readers' lists whose later members lost their names: the bullets of a list written on the
 * head's own line, as news pages flatten them: "The tender drew three rival bidders: ● Zenco – a camera company ● Qorva – a
 * local brand ● Vexo Plus – another brand", "Zenco faces three rivals: • Qorva • Vexo", "…: 1. Qorva 2. Vexo", "…: - Qorva - a
 * local brand - Vexo - another brand". Each item is read as a name line is (its dash gloss left out), so the sentence is read as
 * the list "Zenco, Qorva and Vexo Plus". Not a list: one bullet, a numbered run out of order, an item that reads as a sentence
 * ("• faster charging • a bigger screen" is no list of names), a colon with no bullet after it.
 */
/** A bullet mark that may open inline items (the hyphen and dashes are read apart: they also open glosses). */
const INLINE_MARKS = '●•▪◦‣►';

/** A list whose bullets follow the head's colon on its own line: the merged span and the index of the span after it. */
function inlineList(text: string, spans: readonly Span[], i: number): { span: ListedSpan; next: number } | undefined {
  const head = spans[i]!;
  const colon = text.indexOf(':', head.start);
  if (colon < 0 || colon >= head.end) return undefined;
  if (wordCount(text.slice(head.start, colon)) < MIN_HEAD_WORDS && !LISTING_HEAD_END.test(text.slice(head.start, colon + 1))) return undefined;
  let at = colon + 1;
  while (at < head.end && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00a0')) at++;
  const mark = text[at];
  if (mark === undefined) return undefined;
  let end = head.end;
  let next = i + 1;
  let segments: Span[];
  if (INLINE_MARKS.includes(mark)) {
    segments = splitAt(text, at, end, (k) => text[k] === mark && (k === at || /\s/.test(text[k - 1]!)), 1);
  } else if (mark === '-' || mark === '–' || mark === '—') {
    // "- Zenco - a camera company - Qorva - a local brand": a dash before a lower-case word opens the gloss of the item before.
    const dashed = splitAt(text, at, end, (k) => (text[k] === '-' || text[k] === '–' || text[k] === '—') && (k === at || /\s/.test(text[k - 1]!)) && /\s/.test(text[k + 1] ?? ''), 1);
    segments = [];
    for (const seg of dashed) {
      const first = text.slice(seg.start, seg.end).trimStart()[0] ?? '';
      if (/\p{Ll}/u.test(first) && segments.length > 0) continue;
      segments.push(seg);
    }
  } else if (text.startsWith('1.', at) && /\s/.test(text[at + 2] ?? '')) {
    // "1. Zenco 2. Qorva 3. Vexo": the splitter ends a sentence at each number's full stop; the items run on while each span
    // ends with the next number.
    let n = 1;
    while (next < spans.length && new RegExp(`\\s${n}\\.$`).test(text.slice(spans[next - 1]!.start, spans[next - 1]!.end)) && !text.slice(spans[next - 1]!.end, spans[next]!.start).includes('\n')) {
      end = spans[next]!.end;
      next++;
      n++;
    }
    let count = 1;
    segments = splitAt(text, at, end, (k) => {
      const want = String(count);
      if (text.startsWith(`${want}.`, k) && (k === at || /\s/.test(text[k - 1]!)) && /\s/.test(text[k + want.length + 1] ?? '')) {
        count++;
        return true;
      }
      return false;
    }, 2);
  } else return undefined;
  if (segments.length < MIN_ITEMS || segments.length > MAX_ITEMS) return undefined;
  const items: Span[] = [];
  for (const seg of segments) {
    const item = nameLine(text, seg.start, seg.end, false);
    if (!item) return undefined;
    items.push({ start: item.start, end: item.end });
  }
  // The head's end is its colon: the items follow it as a name line's do.
  return { span: { start: head.start, end, items, headEnd: colon + 1 }, next };
}

/**
 * The runs of text between the marks found by `isMark` from `at` (where the first mark is) to `end`, each run after its mark
 * (`width` a mark's characters, a number's digits added); the last run ends at `end`, its full stop left on for nameLine to read.
 */
function splitAt(text: string, at: number, end: number, isMark: (k: number) => boolean, width: number): Span[] {
  const marks: number[] = [];
  for (let k = at; k < end; k++) if (isMark(k)) marks.push(k);
  if (marks[0] !== at) return [];
  return marks.map((m, j) => {
    let from = m + width;
    while (from < end && /\d/.test(text[from - 1] ?? '') && /[\d.]/.test(text[from]!)) from++;
    return { start: from, end: j + 1 < marks.length ? marks[j + 1]! : end };
  });
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
