import type { Article, InputProblem } from '../types';

/** What reading one input (a file, or one JSONL line) yields: the articles and what went wrong. */
export interface ParsedInput {
  articles: Article[];
  problems: InputProblem[];
}

/** A problem that made us skip the file, record or line it names. */
export function inputError(file: string, message: string, line?: number): InputProblem {
  return line === undefined ? { file, message, severity: 'error' } : { file, line, message, severity: 'error' };
}

/** A caveat about content that was still used. */
export function inputWarning(file: string, message: string, line?: number): InputProblem {
  return line === undefined ? { file, message, severity: 'warning' } : { file, line, message, severity: 'warning' };
}

/** Tells the two results of `parseJsonlLine` apart. */
export function isInputProblem(value: Article | InputProblem): value is InputProblem {
  return 'severity' in value && 'message' in value;
}

/** A result with nothing read and one error. */
export function skipped(file: string, message: string, line?: number): ParsedInput {
  return { articles: [], problems: [inputError(file, message, line)] };
}
