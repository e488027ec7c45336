import type { Article } from '../types';
import { datedArticle } from './article-date';
import { withinLimits } from './article-limits';
import { titleFromText } from './article-title';
import { fileStem } from './file-name';
import { htmlToText } from './html';
import { markdownToText } from './markdown';
import { normalizeLine, normalizeText, removedCharactersWarning } from './normalize';
import { inputWarning, skipped, type ParsedInput } from './parsed-input';
import { checkArticleText } from './text-quality';

/**
 * A one-article file (.txt, .md, .html/.htm), already decoded. The article id is the file name
 * without extension; the title is the first `# heading` (Markdown), the og:title, <title> or
 * first <h1> (HTML), else a headline first line or the first sentence (article-title.ts); the
 * date comes from the metadata or a date the opening states (article-date.ts).
 */

export type DocumentFormat = 'text' | 'markdown' | 'html';

function toPlainText(raw: string, format: DocumentFormat): { title?: string; date?: string; text: string } {
  if (format === 'html') return htmlToText(raw);
  if (format === 'markdown') return markdownToText(raw);
  return { text: raw };
}

export function parseDocument(file: string, raw: string, format: DocumentFormat): ParsedInput {
  // Normalize first (Markdown is read line by line, so line endings must be LF), then again:
  // decoded entities and joined lines can bring back what normalization removes or composes.
  const source = normalizeText(raw);
  const content = toPlainText(source.text, format);
  const body = format === 'text' ? { text: source.text, removed: 0 } : normalizeText(content.text);
  const title = content.title === undefined ? undefined : normalizeLine(content.title);

  const verdict = checkArticleText(body.text);
  if (verdict.error) {
    const where = format === 'text' ? '' : ' outside the markup';
    return skipped(file, verdict.error.replace(/, skipped$/, `${where}, skipped`));
  }
  const warnings = [...verdict.warnings];
  const removed = source.removed + body.removed + (title?.removed ?? 0);
  if (removed > 0) warnings.push(removedCharactersWarning(removed));

  const article: Article = { id: fileStem(file), text: body.text };
  const shownTitle = title?.text || titleFromText(body.text);
  if (shownTitle) article.title = shownTitle;
  const date = datedArticle(content.date, body.text);
  if (date.date) article.date = date.date;
  if (date.warning) warnings.push(date.warning);
  warnings.push(...withinLimits(article));
  return { articles: [article], problems: warnings.map((w) => inputWarning(file, w)) };
}
