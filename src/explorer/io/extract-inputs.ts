/**
 * The work the extraction worker does for one batch of inputs: bytes → articles → records.
 * Kept apart from the worker's message plumbing so it reads (and could run) on its own.
 * One bad file never stops the others: each failure becomes an InputProblem naming the file.
 * An article already in the graph is skipped the same way: merged again, it would count its
 * mentions and evidence twice.
 */
import { extractArticle } from '../../pipeline/extract/extract-article';
import { parseFile } from '../../pipeline/input/parse-file';
import type { Lexicon } from '../../pipeline/lexicon/lexicon';
import type { Article } from '../../pipeline/types';
import type { ExtractionInput, ExtractionResult } from './extraction-protocol';

export function extractInputs(
  inputs: readonly ExtractionInput[],
  inGraph: ReadonlySet<string>,
  lexicon: Lexicon,
  onProgress: (done: number, total: number) => void,
): ExtractionResult {
  const result: ExtractionResult = { records: [], problems: [] };
  const articles = readArticles(inputs, inGraph, result);
  onProgress(0, articles.length);
  articles.forEach(({ article, file }, index) => {
    try {
      result.records.push(extractArticle(article, lexicon));
    } catch (error) {
      result.problems.push({ file, message: `could not extract "${article.id}": ${messageOf(error)}; skipped`, severity: 'error' });
    }
    onProgress(index + 1, articles.length);
  });
  return result;
}

/**
 * Parses every input; an article whose id is already in the graph, or was already read from an
 * earlier input, is reported and skipped.
 */
function readArticles(
  inputs: readonly ExtractionInput[],
  inGraph: ReadonlySet<string>,
  result: ExtractionResult,
): { article: Article; file: string }[] {
  const articles: { article: Article; file: string }[] = [];
  const fileById = new Map<string, string>();
  for (const { name, bytes } of inputs) {
    let parsed;
    try {
      parsed = parseFile(name, bytes);
    } catch (error) {
      result.problems.push({ file: name, message: `could not be read: ${messageOf(error)}; skipped`, severity: 'error' });
      continue;
    }
    result.problems.push(...parsed.problems);
    for (const article of parsed.articles) {
      if (inGraph.has(article.id)) {
        result.problems.push({ file: name, message: `article "${article.id}" is already in the graph, skipped`, severity: 'error' });
        continue;
      }
      const firstFile = fileById.get(article.id);
      if (firstFile !== undefined) {
        result.problems.push({
          file: name,
          message: `duplicate article id "${article.id}" (already read from ${firstFile}); skipped`,
          severity: 'error',
        });
        continue;
      }
      fileById.set(article.id, name);
      articles.push({ article, file: name });
    }
  }
  return articles;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
