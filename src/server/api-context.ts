// What the route handlers share: the store, the analytics cache, the clock,
// the log and the coder resources (loaded on first use).

import type { Resources } from '../load-resources.js';
import type { Store } from '../store/store.js';
import type { AnalyticsCache } from './analytics-cache.js';

export interface ApiContext {
  store: Store;
  cache: AnalyticsCache;
  /** The current time, ISO date-time. */
  now: () => string;
  log: (line: string) => void;
  /** The coder's dictionaries (loaded once, on first use). */
  resources: () => Resources;
  /** Land neighbours per country (for the network's spillover), loaded once. */
  neighbours: () => ReadonlyMap<string, readonly string[]>;
  /** Called after the API stored something; not awaited (it runs the alert rules). */
  afterWrite: () => Promise<void>;
}

/**
 * The as-of day a request names, else the latest event date (cached until
 * the store changes: on a large SQLite database the query scans every event),
 * else null (no dated event).
 */
export async function asOfOrLatest(ctx: Pick<ApiContext, 'store' | 'cache'>, asOf: string | undefined): Promise<string | null> {
  return asOf ?? (await ctx.cache.get('latestEventDate', () => ctx.store.latestEventDate()));
}

/** A JSON-serialisable cache key for a route and its validated query. */
export function cacheKey(route: string, query: object): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return `${route}?${JSON.stringify(entries)}`;
}
