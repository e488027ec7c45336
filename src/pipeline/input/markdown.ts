/**
 * Markdown → title and plain text, so sentences read as prose. Line by line, linear time:
 * - front matter (`---` … `---`) and fenced code blocks are dropped, HTML comments too;
 * - headings lose their `#` (the first level-1 heading, or a front-matter `title:`, is the title);
 * - list markers, quote markers, rules and table separator rows are dropped;
 * - `[text](url)` keeps the text, images are dropped, emphasis and code markers are removed,
 *   backslash escapes give their character;
 * - the lines of one paragraph are joined with spaces; paragraphs are separated by a blank line,
 *   list items by a line break.
 */

export interface MarkdownContent {
  title?: string;
  /** The front matter's `date:` (or `published:`), as written. */
  date?: string;
  text: string;
}

/**
 * Inline markup, one alternative per kind: escape, image, link (inline or reference), code span,
 * autolink, emphasis marker run. Link text and URL lengths are bounded, which keeps the scan
 * linear on very long lines. Whether a marker run opens or closes emphasis depends on its
 * neighbours, checked in code: lookbehinds at every position would be slow on large files.
 */
const INLINE =
  /\\([!-/:-@[-`{-~])|!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)|\[([^\]\n]{0,1000})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,1000}\])|`([^`\n]{1,2000})`|<(https?:\/\/[^>\s]{1,2000})>|([*_]{1,3}|~~)/g;
const EMPHASIS = /[*_]{1,3}|~~/g;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/**
 * A run of `*`, `_` or `~~` is markup when it opens emphasis (after a non-word character, before
 * text) or closes it (after text, before a non-word character): "**bold**", "_it_". Inside
 * words ("snake_case") or between spaces ("5 * 3") it is text.
 */
function isEmphasisMarker(text: string, start: number, length: number): boolean {
  const before = text[start - 1];
  const after = text[start + length];
  const opens = !isWordChar(before) && !isSpace(after);
  const closes = !isSpace(before) && !isWordChar(after);
  return opens || closes;
}

function stripEmphasis(text: string): string {
  return text.replace(EMPHASIS, (run: string, offset: number) => (isEmphasisMarker(text, offset, run.length) ? '' : run));
}

/** Inline markup → its text. */
function stripInline(text: string): string {
  return text.replace(
    INLINE,
    (whole: string, escaped?: string, linkText?: string, code?: string, url?: string, marker?: string, offset?: number) => {
      if (escaped !== undefined) return escaped;
      if (linkText !== undefined) return stripEmphasis(linkText);
      if (code !== undefined) return code;
      if (url !== undefined) return url;
      if (marker !== undefined) return isEmphasisMarker(text, offset ?? 0, marker.length) ? '' : marker;
      return ''; // an image
    },
  );
}

function dropHtmlComments(md: string): string {
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    const open = md.indexOf('<!--', i);
    if (open === -1) break;
    const close = md.indexOf('-->', open + 4);
    parts.push(md.slice(i, open));
    i = close === -1 ? md.length : close + 3;
  }
  parts.push(md.slice(i));
  return parts.join('');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]{1,1000}\]:/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const QUOTE_MARKERS = /^ {0,3}(?:>[ \t]?)+/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** An ATX heading ("## Title ##") → level and text, without a backtracking pattern. */
function atxHeading(line: string): { level: number; text: string } | undefined {
  const start = line.length - line.trimStart().length;
  if (start > 3) return undefined;
  let level = 0;
  while (line[start + level] === '#') level++;
  const after = line[start + level];
  if (level === 0 || level > 6 || (after !== undefined && after !== ' ' && after !== '\t')) return undefined;
  const text = line.slice(start + level).trim();
  // A closing run of '#' ("## Title ##") is markup when it stands apart from the text.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  const beforeRun = text[end - 1];
  const closed = end === 0 || beforeRun === ' ' || beforeRun === '\t';
  return { level, text: closed ? text.slice(0, end).trim() : text };
}

/** A front-matter block at the very start: how many lines it spans, and its `title:`. */
function frontMatter(lines: string[]): { length: number; title?: string; date?: string } {
  if (lines[0]?.trim() !== '---') return { length: 0 };
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const line = (lines[i] as string).trim();
    if (line === '---' || line === '...') {
      const field = (name: string): string | undefined => {
        const found = lines.slice(1, i).find((l) => new RegExp(`^${name}:`, 'i').test(l));
        return found?.replace(new RegExp(`^${name}:\\s*`, 'i'), '').replace(/^(["'])(.*)\1$/, '$2').trim() || undefined;
      };
      const title = field('title');
      const date = field('date') ?? field('published');
      return { length: i + 1, ...(title && { title }), ...(date && { date }) };
    }
  }
  return { length: 0 };
}

export function markdownToText(md: string): MarkdownContent {
  const lines = dropHtmlComments(md).split('\n');
  const front = frontMatter(lines);
  let title: string | undefined;
  const blocks: { text: string; listItem: boolean }[] = [];
  let paragraph: string[] = [];
  let paragraphIsListItem = false;
  let fence: string | undefined;

  const flush = (): void => {
    // Removed images and markers can leave double spaces behind.
    const text = stripInline(paragraph.join(' ')).replace(/[ \t]{2,}/g, ' ').trim();
    if (text) blocks.push({ text, listItem: paragraphIsListItem });
    paragraph = [];
    paragraphIsListItem = false;
  };
  const addHeading = (raw: string, level: number): void => {
    const text = stripInline(raw).trim();
    if (!text) return;
    if (level === 1 && title === undefined) title = text;
    blocks.push({ text, listItem: false });
  };

  for (let i = front.length; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fence !== undefined) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1] as string;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = atxHeading(line);
    if (heading) {
      flush();
      addHeading(heading.text, heading.level);
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && paragraph.length > 0 && !paragraphIsListItem) {
      const text = paragraph.join(' ');
      paragraph = [];
      addHeading(text, (underline[1] as string).startsWith('=') ? 1 : 2);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || TABLE_SEPARATOR.test(line)) {
      flush();
      continue;
    }
    if (LINK_DEFINITION.test(line)) continue;
    let content = line.replace(QUOTE_MARKERS, '');
    const item = LIST_MARKER.exec(content);
    if (item) {
      flush();
      paragraphIsListItem = true;
      content = content.slice(item[0].length);
    }
    paragraph.push(content.trim());
  }
  flush();

  const text = blocks
    .map((block, index) => {
      if (index === 0) return block.text;
      const separator = block.listItem && (blocks[index - 1] as { listItem: boolean }).listItem ? '\n' : '\n\n';
      return separator + block.text;
    })
    .join('');
  const finalTitle = title ?? front.title;
  return { text, ...(finalTitle !== undefined && { title: finalTitle }), ...(front.date !== undefined && { date: front.date }) };
}
