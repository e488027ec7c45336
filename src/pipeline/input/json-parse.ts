/** JSON.parse with the tolerance and the messages that scraped input needs. */

/** A JSON.parse error as a short phrase, with its position turned into a line number. */
export function jsonErrorPhrase(error: unknown, json: string, maxLength = 160): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  let phrase = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
  if (position) {
    const offset = Number(position[1]);
    let line = 1;
    for (let i = json.indexOf('\n'); i !== -1 && i < offset; i = json.indexOf('\n', i + 1)) line++;
    if (json.includes('\n')) phrase = `${phrase} at line ${line}`;
  }
  return phrase.length > maxLength ? `${phrase.slice(0, maxLength - 1)}…` : phrase;
}

/**
 * JSON forbids raw control characters (tabs, line breaks) inside strings, but sloppy exporters
 * write them. As whitespace between tokens they mean nothing, so a space is always safe.
 */
export function parseTolerantJson(json: string): { value: unknown; repaired: boolean } {
  try {
    return { value: JSON.parse(json), repaired: false };
  } catch (error) {
    // eslint-disable-next-line no-control-regex -- exactly the characters JSON forbids in strings
    const repaired = json.replace(/[\u0000-\u001F]/g, ' ');
    if (repaired === json) throw error;
    try {
      return { value: JSON.parse(repaired), repaired: true };
    } catch {
      throw error;
    }
  }
}

export const REPAIRED_WARNING = 'raw tabs, line breaks or control characters inside JSON strings were read as spaces';
