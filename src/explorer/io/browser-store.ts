/**
 * This browser's IndexedDB, where the explorer keeps the user's work between visits: the articles
 * they added, the graph they imported, their corrections and their view. Nothing leaves the machine: IndexedDB is the browser's own storage,
 * per site. One database, one object store per kind of thing kept.
 */
const DATABASE = 'newsgraph';
/** Version 2 added the `view` store, 3 `imported-graph`, 4 `corrections`; opening creates whichever store is missing. */
const VERSION = 4;
export const STORES = ['added-articles', 'view', 'imported-graph', 'corrections'] as const;
export type StoreName = (typeof STORES)[number];

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, VERSION);
    request.onupgradeneeded = () => {
      for (const store of STORES) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

/** Runs `work` in one transaction on one store and resolves when it is committed. */
export async function inTransaction<T>(storeName: StoreName, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(storeName, mode);
      const request = work(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}
