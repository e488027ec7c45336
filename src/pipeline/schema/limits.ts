/**
 * Length caps on what is copied into every node and edge that cites it. An article id is written
 * into each node's and edge's `articles` and into every evidence item; a 10 MB id would make a
 * GEXF that XML parsers refuse ("AttValue length too long"). Inputs longer than these are cut,
 * with a warning naming the article; records and graphs holding longer values are refused.
 */
export const MAX_ID_LENGTH = 256;
export const MAX_TITLE_LENGTH = 1000;
/** URLs and dates are metadata shown beside the title. */
export const MAX_META_LENGTH = 2000;
/** Entity labels, aliases and keys: names, never paragraphs. */
export const MAX_NAME_LENGTH = 256;

/** `value` cut to `max` characters at a code point boundary (no lone surrogate left behind). */
export function capLength(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
