// Opens the store named on the command line, runs some work, closes it.

import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { CliError } from './cli-error.js';

export async function withStore<T>(url: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = openStore(url);
  } catch (err) {
    throw new CliError('db-open', `cannot open database ${url ?? './faultline.db'}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
