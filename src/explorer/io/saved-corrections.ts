/**
 * The analyst's corrections, kept in this browser (browser-store.ts) as the corrections file the
 * CLI reads, and read back through the same decoder: what a store holds is input like any other.
 */
import { decodeCorrections, type CorrectionsFile } from '../../pipeline/corrections';
import { inTransaction } from './browser-store';

const STORE = 'corrections';
const KEY = 'current';

export async function loadCorrections(): Promise<CorrectionsFile | undefined> {
  const value = await inTransaction(STORE, 'readonly', (store) => store.get(KEY));
  return value === undefined ? undefined : decodeCorrections(value);
}

export async function saveCorrections(file: CorrectionsFile): Promise<void> {
  await inTransaction(STORE, 'readwrite', (store) => {
    store.put(file, KEY);
  });
}
