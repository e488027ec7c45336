import { sanitizeXmlText } from './xml-text';

/**
 * GEXF list syntax, `["a", "b"]`, both ways. Each item is in double quotes with a backslash
 * before a quote or a backslash, the only escapes Gephi's list parser knows. Tabs and line breaks
 * stay themselves (the writer's xmlAttribute makes them character references): Gephi drops the
 * backslash of a JSON `\t`.
 *
 * Gephi 0.10 (graphstore before 0.8.5) reads an item that is empty or spelled `null` (any case)
 * as a missing value, quoted or not. So such items, and any item that starts with the marker, are
 * written with one leading space: Gephi shows ` null`, and newsgraph's reader takes the space off
 * again (unescapeListItem), so an article named `null` survives every reader.
 */
const MARKER = ' ';

function needsMarker(item: string): boolean {
  return item === '' || item.startsWith(MARKER) || item.toLowerCase() === 'null';
}

export function gexfList(items: readonly string[] | undefined): string {
  return (
    '[' +
    (items ?? [])
      .map((raw) => {
        const item = sanitizeXmlText(String(raw));
        return `"${(needsMarker(item) ? MARKER + item : item).replace(/[\\"]/g, '\\$&')}"`;
      })
      .join(', ') +
    ']'
  );
}

/** An item as gexfList meant it, from the item a list parser gave. */
export function unescapeListItem(item: string): string {
  return item.startsWith(MARKER) ? item.slice(MARKER.length) : item;
}
