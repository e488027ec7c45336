import { ArticleIdRegistry } from './article-ids';
import { fileStem } from './file-name';
import { jsonErrorPhrase, parseTolerantJson, REPAIRED_WARNING } from './json-parse';
import { arrayElementLines } from './json-positions';
import { collectRecord, describeJsonType, recordToArticle, type RecordPlace } from './json-records';
import { parseJsonlText } from './jsonl';
import { inputWarning, skipped, type ParsedInput } from './parsed-input';

/**
 * A whole `.json` file (already decoded): one article record, or a list of them. Records are
 * named "record 3 (line 12)" in messages; a record without id gets "<file name>-3".
 * A `.json` file that is really JSON Lines (one record per line) is read as such.
 */
export function parseJsonFile(file: string, json: string): ParsedInput {
  let parsed: { value: unknown; repaired: boolean };
  try {
    parsed = parseTolerantJson(json);
  } catch (error) {
    if (looksLikeJsonLines(json)) {
      const result = parseJsonlText(file, json);
      result.problems.unshift(inputWarning(file, 'this .json file holds one record per line (JSON Lines); read it as .jsonl'));
      return result;
    }
    return skipped(file, `not valid JSON (${jsonErrorPhrase(error, json)}), skipped`);
  }

  const result: ParsedInput = { articles: [], problems: [] };
  if (parsed.repaired) result.problems.push(inputWarning(file, REPAIRED_WARNING));
  const { value } = parsed;
  if (!Array.isArray(value)) {
    if (typeof value !== 'object' || value === null) {
      return skipped(file, `expected an article {"id", "title", "text", "url", "date"} or a list of them, got ${describeJsonType(value)}; skipped`);
    }
    const single = recordToArticle(file, value, { label: '', fallbackId: fileStem(file) });
    result.articles.push(...single.articles);
    result.problems.push(...single.problems);
    return result;
  }
  if (value.length === 0) return skipped(file, 'the file holds an empty list, no articles; skipped');

  // Line numbers only help when the file has lines.
  const lines = json.includes('\n') ? arrayElementLines(json) : [];
  const ids = new ArticleIdRegistry();
  value.forEach((element, index) => {
    const line = lines[index];
    const place: RecordPlace =
      line === undefined
        ? { label: `record ${index + 1}`, fallbackId: `${fileStem(file)}-${index + 1}` }
        : { label: `record ${index + 1} (line ${line})`, line, fallbackId: `${fileStem(file)}-${index + 1}` };
    collectRecord(result, recordToArticle(file, element, place), ids, file, place);
  });
  return result;
}

/** Several lines, the first of which is a JSON object on its own. */
function looksLikeJsonLines(json: string): boolean {
  const text = json.trim();
  const newline = text.indexOf('\n');
  if (newline === -1 || !text.startsWith('{')) return false;
  try {
    JSON.parse(text.slice(0, newline));
    return true;
  } catch {
    return false;
  }
}
