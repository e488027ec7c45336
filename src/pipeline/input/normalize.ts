/**
 * The article text every later stage sees; offsets downstream refer to THIS text.
 * - line endings: CRLF and lone CR become LF; vertical tab, form feed and the Unicode line and
 *   paragraph separators also become LF (they separate lines, dropping them would glue words);
 * - characters XML 1.0 cannot store are removed (C0 controls other than tab and LF, U+FFFE,
 *   U+FFFF, lone surrogates), so every name and sentence can go into GEXF as is;
 * - Unicode NFC, so "é" typed two ways is one string;
 * - leading and trailing whitespace trimmed.
 */

export interface NormalizedText {
  text: string;
  /** How many characters were removed because XML 1.0 forbids them. */
  removed: number;
}

const LINE_BREAKS = /\r\n?|[\v\f\u2028\u2029]/g;

// Without the `u` flag the regex sees UTF-16 code units, so it can spot unpaired surrogates.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these control characters are what it removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normalizeText(raw: string): NormalizedText {
  let removed = 0;
  const withLineFeeds = raw.replace(LINE_BREAKS, '\n');
  const storable = withLineFeeds.replace(XML_FORBIDDEN, () => {
    removed++;
    return '';
  });
  return { text: storable.normalize('NFC').trim(), removed };
}

/** A one-line field (title, id): normalized, with every run of whitespace made one space. */
export function normalizeLine(raw: string): NormalizedText {
  const { text, removed } = normalizeText(raw);
  return { text: text.replace(/\s+/g, ' '), removed };
}

/** The sentence to tell the user when `removed` characters were dropped. */
export function removedCharactersWarning(removed: number): string {
  return `removed ${removed} invisible control character(s) that cannot be stored in the graph file`;
}
