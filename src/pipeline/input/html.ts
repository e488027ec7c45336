import { decodeHtmlEntities } from './html-entities';

/**
 * HTML → title and readable text, in one forward pass (linear time on any input, no DOM, so it
 * runs in Node, the browser and workers alike). It never executes or keeps markup:
 * - script, style, noscript, template and other non-text elements are dropped with their content;
 *   so are page furniture (nav, aside, footer, forms, buttons) that would read as stray names;
 * - comments, doctypes and processing instructions are dropped;
 * - character references are decoded; block elements become paragraph breaks, <br> a line break;
 * - malformed markup is tolerated: a `<` that opens no tag is text, an unclosed tag or comment
 *   ends the document, as in a browser.
 */

export interface HtmlContent {
  /** The article's title: `og:title`, else the page's <title>, else its first <h1>. */
  title?: string;
  /** The publication date as the page states it: `article:published_time` (or a like meta), else the first <time datetime>. */
  date?: string;
  text: string;
}

/** Meta tags that name the article's title or publication date. */
const TITLE_META = new Set(['og:title', 'twitter:title']);
const DATE_META = new Set(['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued']);

/** An attribute's value in a start tag's text (`name="value"`, quoted or not). */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  const value = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  return value === undefined ? undefined : collapseWhitespace(decodeHtmlEntities(value)).trim();
}

/** Elements whose content is not markup: it runs to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** Elements whose whole subtree is not article text. */
const SKIPPED = new Set([
  'template', 'svg', 'math', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'object', 'canvas', 'audio', 'video',
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const PARAGRAPH_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'ul',
]);
const LINE_ELEMENTS = new Set(['br', 'li', 'dt', 'dd', 'tr', 'option']);
const SPACE_ELEMENTS = new Set(['td', 'th']);

/** Separators between pieces of text; the strongest one asked for between two pieces wins. */
const Break = { None: 0, Space: 1, Line: 2, Paragraph: 3 } as const;
type Break = (typeof Break)[keyof typeof Break];
const SEPARATOR: readonly string[] = ['', ' ', '\n', '\n\n'];

/**
 * Every run of HTML whitespace → one space. Runs that already are one space are not matched:
 * replacing each of the many single spaces of a page is what would make this slow.
 */
function collapseWhitespace(text: string): string {
  return text.replace(/ ?[\t\n\r\f][ \t\n\r\f]*| {2,}[ \t\n\r\f]*/g, ' ');
}

/** Collects text with separators placed only between words, never at the ends. */
class TextBuilder {
  private readonly parts: string[] = [];
  private pending: Break = Break.None;

  addBreak(kind: Break): void {
    if (kind > this.pending) this.pending = kind;
  }

  addText(raw: string): void {
    const text = collapseWhitespace(decodeHtmlEntities(raw));
    const core = text.trim();
    if (text.startsWith(' ')) this.addBreak(Break.Space);
    if (core) {
      if (this.parts.length > 0) this.parts.push(SEPARATOR[this.pending] ?? '');
      this.parts.push(core);
      this.pending = Break.None;
    }
    if (core && text.endsWith(' ')) this.addBreak(Break.Space);
  }

  toString(): string {
    return this.parts.join('');
  }

  /** How many pieces were added so far: a mark for `textSince`. */
  get mark(): number {
    return this.parts.length;
  }

  /** The text added since `mark`. */
  textSince(mark: number): string {
    return this.parts.slice(mark).join('').trim();
  }
}

/**
 * `indexOf` that remembers its last answer per character. Searches start further and further
 * into the document, so a remembered answer still holds while the start has not passed it;
 * this keeps repeated searches over the same stretch (unterminated quotes) linear overall.
 */
function nextIndexFinder(text: string): (char: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (char, from) => {
    const known = last.get(char);
    if (known && known.from <= from && (known.at === -1 || from <= known.at)) return known.at;
    const at = text.indexOf(char, from);
    last.set(char, { from, at });
    return at;
  };
}

const NAME_CHAR = /[A-Za-z0-9:-]/;
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/** A tag's name, lowercased, and the index just after it. */
function readName(html: string, start: number): { name: string; end: number } {
  let end = start;
  while (end < html.length && NAME_CHAR.test(html[end] as string)) end++;
  return { name: html.slice(start, end).toLowerCase(), end };
}

export function htmlToText(html: string): HtmlContent {
  const out = new TextBuilder();
  let title: string | undefined;
  let metaTitle: string | undefined;
  let heading: string | undefined;
  let headingMark: number | undefined;
  let date: string | undefined;
  let timeDate: string | undefined;
  // Open skipped elements, innermost last, and how many of each are open (for O(1) lookups).
  const skipStack: string[] = [];
  const skipOpen = new Map<string, number>();
  const skipping = (): boolean => skipStack.length > 0;
  const rawEnd = new Map<string, RegExp>();
  const nextIndex = nextIndexFinder(html);

  /**
   * Index of the `>` ending a start tag whose name ends at `from`; quoted values may hold `>`.
   * A value whose closing quote is missing, or that runs into markup (`<`), is taken as
   * unterminated: the tag then ends at the next `>`, instead of swallowing the text after it.
   */
  const findTagEnd = (from: number): number => {
    let i = from;
    let afterEquals = false;
    while (i < html.length) {
      const c = html[i] as string;
      if (c === '>') return i;
      if ((c === '"' || c === "'") && afterEquals) {
        const close = nextIndex(c, i + 1);
        const lt = nextIndex('<', i + 1);
        if (close === -1 || (lt !== -1 && lt < close)) {
          const gt = nextIndex('>', i + 1);
          return gt === -1 ? html.length : gt;
        }
        i = close + 1;
        afterEquals = false;
        continue;
      }
      if (c === '=') afterEquals = true;
      else if (!/\s/.test(c)) afterEquals = false;
      i++;
    }
    return html.length;
  };

  const applyLayout = (name: string): void => {
    if (skipping()) return;
    if (PARAGRAPH_ELEMENTS.has(name)) out.addBreak(Break.Paragraph);
    else if (LINE_ELEMENTS.has(name)) out.addBreak(Break.Line);
    else if (SPACE_ELEMENTS.has(name)) out.addBreak(Break.Space);
  };

  /** Skips a raw-text element's content; returns the index after its end tag. */
  const skipRawText = (name: string, contentStart: number): number => {
    let endTag = rawEnd.get(name);
    if (!endTag) {
      endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
      rawEnd.set(name, endTag);
    }
    endTag.lastIndex = contentStart;
    const match = endTag.exec(html);
    const contentEnd = match ? match.index : html.length;
    if (name === 'title' && title === undefined && !skipping()) {
      const text = collapseWhitespace(decodeHtmlEntities(html.slice(contentStart, contentEnd))).trim();
      if (text) title = text;
    }
    if (!match) return html.length;
    const gt = html.indexOf('>', contentEnd);
    return gt === -1 ? html.length : gt + 1;
  };

  const openSkipped = (name: string): void => {
    skipStack.push(name);
    skipOpen.set(name, (skipOpen.get(name) ?? 0) + 1);
  };

  const closeSkipped = (name: string): void => {
    if (!skipOpen.get(name)) return;
    // Close everything opened inside it too, as a browser does for a misnested end tag.
    for (;;) {
      const top = skipStack.pop() as string;
      skipOpen.set(top, (skipOpen.get(top) ?? 1) - 1);
      if (top === name) return;
    }
  };

  /** Title and date from `<meta property|name=… content=…>` and `<time datetime=…>`. */
  const readMetadata = (name: string, tag: string): void => {
    if (name === 'time') {
      timeDate ??= attribute(tag, 'datetime') || undefined;
      return;
    }
    const key = (attribute(tag, 'property') ?? attribute(tag, 'name') ?? attribute(tag, 'itemprop') ?? '').toLowerCase();
    const content = attribute(tag, 'content');
    if (!content) return;
    if (TITLE_META.has(key)) metaTitle ??= content;
    else if (DATE_META.has(key)) date ??= content;
  };

  /** Handles the markup starting at `lt` (a `<`); returns where the text resumes. */
  const readMarkup = (lt: number): number => {
    if (html.startsWith('<!--', lt)) {
      if (html.startsWith('<!-->', lt)) return lt + 5;
      if (html.startsWith('<!--->', lt)) return lt + 6;
      const end = html.indexOf('-->', lt + 4);
      return end === -1 ? html.length : end + 3;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      return end === -1 ? html.length : end + 1;
    }
    if (next === '/' && isAsciiLetter(html[lt + 2])) {
      const { name, end } = readName(html, lt + 2);
      const gt = html.indexOf('>', end);
      if (name === 'h1' && headingMark !== undefined && heading === undefined && !skipping()) heading = out.textSince(headingMark) || undefined;
      if (SKIPPED.has(name)) closeSkipped(name);
      else applyLayout(name);
      return gt === -1 ? html.length : gt + 1;
    }
    if (isAsciiLetter(next)) {
      const { name, end } = readName(html, lt + 1);
      const gt = findTagEnd(end);
      const after = Math.min(gt + 1, html.length);
      const selfClosing = html[gt - 1] === '/';
      if (name === 'meta' || name === 'time') readMetadata(name, html.slice(end, gt));
      if (RAW_TEXT.has(name)) return skipRawText(name, after);
      if (SKIPPED.has(name)) {
        if (!selfClosing && !VOID.has(name)) openSkipped(name);
        return after;
      }
      applyLayout(name);
      if (name === 'h1' && headingMark === undefined && !skipping()) headingMark = out.mark;
      return after;
    }
    // A `<` that starts no tag ("a < b", "<3") is text.
    if (!skipping()) out.addText('<');
    return lt + 1;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i && !skipping()) out.addText(html.slice(i, textEnd));
    if (lt === -1) break;
    i = readMarkup(lt);
  }
  const result: HtmlContent = { text: out.toString() };
  const bestTitle = metaTitle ?? title ?? heading;
  if (bestTitle) result.title = bestTitle;
  const bestDate = date ?? timeDate;
  if (bestDate) result.date = bestDate;
  return result;
}
