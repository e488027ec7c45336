/**
 * Articles the user added (pasted, dropped, chosen), kept in this browser (browser-store.ts) so
 * that a reload brings them back. Records are stored whole (text, entities, claims), keyed by
 * article id.
 */
import type { ArticleRecord } from '../../pipeline/types';
import { inTransaction } from './browser-store';

const STORE = 'added-articles';

export async function loadSavedArticles(): Promise<ArticleRecord[]> {
  return ((await inTransaction(STORE, 'readonly', (store) => store.getAll())) ?? []) as ArticleRecord[];
}

export async function saveArticles(records: readonly ArticleRecord[]): Promise<void> {
  await inTransaction(STORE, 'readwrite', (store) => {
    for (const record of records) store.put(record, record.article.id);
  });
}

export async function clearSavedArticles(): Promise<void> {
  await inTransaction(STORE, 'readwrite', (store) => store.clear());
}
