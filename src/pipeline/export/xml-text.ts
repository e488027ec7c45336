/**
 * Making arbitrary article text safe inside XML 1.0. Names and sentences come from scraped
 * articles and may hold characters XML 1.0 forbids even as references (&#1; is an error too).
 */

// C0 controls except tab, LF, CR; the non-characters U+FFFE and U+FFFF. Matching control
// characters is the point here, hence the lint exceptions.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// A surrogate that is not part of a pair cannot be encoded in UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>"]/;
const SPECIAL = /[&<>"\t\n\r]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Escaped so that attribute-value normalisation does not turn them into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Drops forbidden control characters and replaces lone surrogates with U+FFFD. */
export function sanitizeXmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** A value ready to sit between double quotes in an XML attribute. */
export function xmlAttribute(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return sanitizeXmlText(text).replace(SPECIAL, (char) => ENTITIES[char]!);
}
