/**
 * Articles the user added (pasted, dropped, chosen), kept in this browser's IndexedDB so that a
 * reload brings them back. Nothing leaves the machine: IndexedDB is the browser's own storage,
 * per site. Records are stored whole (text, entities, claims), keyed by article id.
 */
import type { ArticleRecord } from '../../pipeline/types';

const DATABASE = 'newsgraph';
const STORE = 'added-articles';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

/** Runs `work` in one transaction and resolves when it is committed. */
async function inTransaction<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function loadSavedArticles(): Promise<ArticleRecord[]> {
  return ((await inTransaction('readonly', (store) => store.getAll())) ?? []) as ArticleRecord[];
}

export async function saveArticles(records: readonly ArticleRecord[]): Promise<void> {
  await inTransaction('readwrite', (store) => {
    for (const record of records) store.put(record, record.article.id);
  });
}

export async function clearSavedArticles(): Promise<void> {
  await inTransaction('readwrite', (store) => store.clear());
}
