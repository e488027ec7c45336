/**
 * A title for an article that came without one: its first line when that reads as a headline
 * (a few words on a line of their own, no sentence punctuation at the end), else its first
 * sentence, cut at a word boundary. People know their documents by title, not by file name.
 */

const MAX_HEADLINE_WORDS = 20;
const MIN_HEADLINE_WORDS = 3;
/** A first sentence longer than this is cut at the last word boundary before it. */
const MAX_TITLE_CHARACTERS = 120;

export function titleFromText(text: string): string | undefined {
  const trimmed = text.trimStart();
  const newline = trimmed.indexOf('\n');
  const firstLine = (newline === -1 ? '' : trimmed.slice(0, newline)).trim();
  if (isHeadline(firstLine)) return firstLine;
  // A section label on a line of its own ("What Happened") is skipped: the first sentence follows it.
  const body = isLabel(firstLine) ? trimmed.slice(newline + 1).trimStart() : trimmed;
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body;
  const oneLine = sentence.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return undefined;
  if (oneLine.length <= MAX_TITLE_CHARACTERS) return oneLine;
  const cut = oneLine.slice(0, MAX_TITLE_CHARACTERS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_CHARACTERS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

function isHeadline(line: string): boolean {
  if (line === '' || /[.,;:]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= MIN_HEADLINE_WORDS && words.length <= MAX_HEADLINE_WORDS;
}

function isLabel(line: string): boolean {
  return line !== '' && !/[.!?]$/.test(line) && line.split(/\s+/).length < MIN_HEADLINE_WORDS;
}
