import type { Article, InputProblem } from '../types';
import { ArticleIdRegistry } from './article-ids';
import { fileStem } from './file-name';
import { jsonErrorPhrase, parseTolerantJson, REPAIRED_WARNING } from './json-parse';
import { collectRecord, recordToArticle, type RecordPlace } from './json-records';
import { inputWarning, skipped, type ParsedInput } from './parsed-input';

/**
 * JSON Lines: one article record per line, lines numbered from 1. A broken line is reported by
 * its number and skipped; the other lines are still read. A record without id gets
 * "<file name>-<line>".
 */

function placeOf(path: string, lineNumber: number): RecordPlace {
  return { label: `line ${lineNumber}`, line: lineNumber, fallbackId: `${fileStem(path)}-${lineNumber}` };
}

/** One line → at most one article, with every problem (errors and warnings). Blank → nothing. */
export function readJsonlLine(path: string, line: string, lineNumber: number): ParsedInput {
  // A byte order mark can survive on the first line when the caller decodes in chunks.
  const json = (lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line).trim();
  if (json === '') return { articles: [], problems: [] };
  let parsed: { value: unknown; repaired: boolean };
  try {
    parsed = parseTolerantJson(json);
  } catch (error) {
    return skipped(path, `line ${lineNumber}: not valid JSON (${jsonErrorPhrase(error, json)}), skipped`, lineNumber);
  }
  const result = recordToArticle(path, parsed.value, placeOf(path, lineNumber));
  if (parsed.repaired && result.articles.length > 0) {
    result.problems.unshift(inputWarning(path, `line ${lineNumber}: ${REPAIRED_WARNING}`, lineNumber));
  }
  return result;
}

/**
 * For streaming large JSONL (the CLI feeds lines one by one; memory must not grow with the file).
 * Returns the article, the error that made the line unusable, or `null` for a blank line.
 * Warnings about a usable line are not returned here: use `readJsonlLine` to get them.
 * Duplicate ids need memory of earlier lines: pair this with an `ArticleIdRegistry`.
 */
export function parseJsonlLine(path: string, line: string, lineNumber: number): Article | InputProblem | null {
  const result = readJsonlLine(path, line, lineNumber);
  const article = result.articles[0];
  if (article) return article;
  return result.problems.find((p) => p.severity === 'error') ?? null;
}

/** A whole JSONL text (already decoded): every line, with duplicate ids refused. */
export function parseJsonlText(path: string, text: string): ParsedInput {
  const result: ParsedInput = { articles: [], problems: [] };
  const ids = new ArticleIdRegistry();
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lineNumber++;
    collectRecord(result, readJsonlLine(path, text.slice(start, end), lineNumber), ids, path, placeOf(path, lineNumber));
    start = end + 1;
  }
  if (result.articles.length === 0 && result.problems.length === 0) {
    return skipped(path, 'no records in the file, skipped');
  }
  return result;
}
