// Computed analytics (hotspots, network, tension rankings, series) kept per
// request key while the store does not change. Every lookup first asks the
// store for its revision (a cheap read that changes on every commit, by this
// process or another one ingesting into the same database): when it moved,
// everything cached is dropped. So a result is never older than the data,
// and a write — the API's own POST /documents or a `faultline ingest` in
// another terminal — is seen by the next request.

import type { Store } from '../store/store.js';

export interface AnalyticsCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

export class AnalyticsCache {
  readonly #store: Pick<Store, 'revision'>;
  readonly #max: number;
  readonly #entries = new Map<string, Promise<unknown>>();
  #revision: string | null = null;
  #hits = 0;
  #misses = 0;

  /** Keeps at most `max` results (the least recently used go first). */
  constructor(store: Pick<Store, 'revision'>, max = 64) {
    this.#store = store;
    this.#max = max;
  }

  /**
   * The cached result for `key`, or `compute()`'s, cached. Concurrent
   * requests for one key share one computation; a failed one is not kept.
   */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await this.#store.revision();
    if (revision !== this.#revision) {
      this.#entries.clear();
      this.#revision = revision;
    }
    const found = this.#entries.get(key);
    if (found !== undefined) {
      this.#hits++;
      // Most recently used last.
      this.#entries.delete(key);
      this.#entries.set(key, found);
      return found as Promise<T>;
    }
    this.#misses++;
    const pending = compute();
    this.#entries.set(key, pending);
    pending.catch(() => {
      if (this.#entries.get(key) === pending) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return pending;
  }

  /** Drops everything (the server calls it after its own writes, before the revision is read again). */
  clear(): void {
    this.#entries.clear();
    this.#revision = null;
  }

  stats(): AnalyticsCacheStats {
    return { hits: this.#hits, misses: this.#misses, entries: this.#entries.size };
  }
}
