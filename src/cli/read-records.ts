import type { ArticleRecord, InputProblem } from '../pipeline/types';
import type { TextLine } from './read-lines';

/** What a line of a records file gives: a record, a problem, or nothing (blank line). */
export type RecordLineResult = { record: ArticleRecord } | { problem: InputProblem } | undefined;

/**
 * Parses one line written by `kg extract`. The shape is checked only as far as merging needs
 * (an article id, a text, entity and claim lists), so a wrong file is reported, not half-used.
 */
export function parseRecordLine(file: string, line: TextLine): RecordLineResult {
  if (line.text.trim() === '') return undefined;
  const fail = (message: string): RecordLineResult => ({
    problem: { file, line: line.number, message: `${message}, skipped`, severity: 'error' },
  });
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    return fail(`invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return isArticleRecord(value) ? { record: value } : fail('not an extraction record (expected article, text, entities, claims)');
}

function isArticleRecord(value: unknown): value is ArticleRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<Record<keyof ArticleRecord, unknown>>;
  const article = record.article as { id?: unknown } | null | undefined;
  return (
    typeof article === 'object' &&
    article !== null &&
    typeof article.id === 'string' &&
    article.id !== '' &&
    typeof record.text === 'string' &&
    Array.isArray(record.entities) &&
    Array.isArray(record.claims)
  );
}
