import { capLength, MAX_ID_LENGTH, MAX_META_LENGTH, MAX_TITLE_LENGTH } from '../schema/limits';
import type { Article } from '../types';

const LIMITS = [
  ['id', MAX_ID_LENGTH],
  ['title', MAX_TITLE_LENGTH],
  ['url', MAX_META_LENGTH],
  ['date', MAX_META_LENGTH],
] as const;

/**
 * Cuts an article's id, title, url and date to their caps (schema/limits.ts), with a warning
 * for each field cut that names the article by its (cut) id. The text is never cut.
 */
export function withinLimits(article: Article): string[] {
  const warnings: string[] = [];
  for (const [field, max] of LIMITS) {
    const value = article[field];
    if (value === undefined || value.length <= max) continue;
    article[field] = capLength(value, max);
    warnings.push(`${field === 'id' ? 'id' : `field "${field}"`} of article "${shorten(article.id)}" is ${value.length.toLocaleString('en')} characters long; cut to ${max}`);
  }
  return warnings;
}

/** An id short enough for a message. */
function shorten(id: string): string {
  return id.length > 60 ? `${capLength(id, 60)}…` : id;
}
