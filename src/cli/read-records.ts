import { SchemaError } from '../pipeline/schema/decode';
import { articleRecord } from '../pipeline/schema/records';
import type { ArticleRecord, InputProblem } from '../pipeline/types';
import type { TextLine } from './read-lines';

/** What a line of a records file gives: a record, a problem, or nothing (blank line). */
export type RecordLineResult = { record: ArticleRecord } | { problem: InputProblem } | undefined;

/**
 * Parses one line written by `kg extract`, decoded field by field with the schema every reader
 * uses (schema/records.ts): a record with a null entity, a claim without evidence or an id too
 * long is reported by its line and skipped, and every other line is still used.
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
  try {
    return { record: articleRecord(value, 'record') };
  } catch (error) {
    if (error instanceof SchemaError) return fail(`not an extraction record (${error.message})`);
    throw error;
  }
}
