import { datedArticle } from './article-date';
import { titleFromText } from './article-title';
import { withinLimits } from './article-limits';
import type { Article } from '../types';
import { ArticleIdRegistry } from './article-ids';
import { normalizeLine, normalizeText, removedCharactersWarning } from './normalize';
import { inputError, inputWarning, skipped, type ParsedInput } from './parsed-input';
import { checkArticleText } from './text-quality';

/**
 * One article record `{id, title, text, url, date}` from a `.json` or `.jsonl` file:
 * - `text` is required: a string with words in it;
 * - `id`: a string or a number (converted); missing → derived from the file name and position;
 * - `title`, `url`, `date`: strings; `null` means absent; another type is ignored with a warning
 *   (the article is still worth reading);
 * - other fields are ignored.
 */

/** Where a record sits, for messages ("line 17", "record 3 (line 12)") and for a derived id. */
export interface RecordPlace {
  /** Prefix for messages; empty for the single record of a file. */
  label: string;
  line?: number;
  /** The id used when the record has none. */
  fallbackId: string;
}

const OPTIONAL_TEXT_FIELDS = ['title', 'url', 'date'] as const;

/** "a number", "a list"…: a JSON value's type in words. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value;
}

const located = (place: RecordPlace, message: string): string => (place.label ? `${place.label}: ${message}` : message);

/** One parsed JSON value → an article, or the reason it was skipped, plus any caveats. */
export function recordToArticle(file: string, value: unknown, place: RecordPlace): ParsedInput {
  const fail = (message: string): ParsedInput => skipped(file, located(place, message), place.line);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`expected an article like {"id": …, "text": …}, got ${describeJsonType(value)}; skipped`);
  }
  const record = value as Record<string, unknown>;
  const warnings: string[] = [];
  let removed = 0;

  if (record.text === undefined || record.text === null) return fail('no "text" field, skipped');
  if (typeof record.text !== 'string') return fail(`field "text" must be a string, got ${describeJsonType(record.text)}; skipped`);
  const text = normalizeText(record.text);
  removed += text.removed;
  const verdict = checkArticleText(text.text);
  if (verdict.error) return fail(`field "text": ${verdict.error}`);
  warnings.push(...verdict.warnings);

  let id = place.fallbackId;
  if (typeof record.id === 'string' || typeof record.id === 'number') {
    const given = normalizeLine(String(record.id));
    removed += given.removed;
    if (given.text) id = given.text;
    else warnings.push(`empty "id"; using "${id}" instead`);
  } else if (record.id !== undefined && record.id !== null) {
    return fail(`field "id" must be a string or a number, got ${describeJsonType(record.id)}; skipped`);
  }

  const article: Article = { id, text: text.text };
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') {
      warnings.push(`field "${field}" should be a string, got ${describeJsonType(fieldValue)}; ignored`);
      continue;
    }
    const normalized = normalizeLine(fieldValue);
    removed += normalized.removed;
    if (normalized.text && field !== 'date') article[field] = normalized.text;
  }
  const date = datedArticle(typeof record.date === 'string' ? normalizeLine(record.date).text : undefined, article.text);
  if (date.date) article.date = date.date;
  if (date.warning) warnings.push(date.warning);
  article.title ??= titleFromText(article.text);
  if (removed > 0) warnings.push(removedCharactersWarning(removed));
  warnings.push(...withinLimits(article));
  return {
    articles: [article],
    problems: warnings.map((w) => inputWarning(file, located(place, w), place.line)),
  };
}

/** Adds one record's result to `into`, refusing an id already used in the same file. */
export function collectRecord(into: ParsedInput, result: ParsedInput, ids: ArticleIdRegistry, file: string, place: RecordPlace): void {
  const article = result.articles[0];
  if (article) {
    const firstUse = ids.claim(article.id, place.label || 'the file');
    if (firstUse !== undefined) {
      into.problems.push(inputError(file, located(place, `duplicate id "${article.id}" (already used at ${firstUse}), skipped`), place.line));
      return;
    }
    into.articles.push(article);
  }
  into.problems.push(...result.problems);
}

