// Chooses the Store backend from a database location (`--db` or FAULTLINE_DB).

import { fileURLToPath } from 'node:url';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Where the store lives when no location is given. */
export const DEFAULT_DB_PATH = './faultline.db';

/**
 * Opens the store at `url`:
 * - undefined or empty → SQLite file `./faultline.db`;
 * - a path, `:memory:`, `sqlite:<path>`, `sqlite://<path>`, `sqlite::memory:`
 *   or a `file:` URL → SQLite;
 * - `postgres://…` / `postgresql://…` → not built yet (throws).
 */
export function openStore(url: string | undefined): Store {
  return SqliteStore.open(sqlitePath(url));
}

/** The SQLite path a location names; throws for locations of other backends. */
export function sqlitePath(url: string | undefined): string {
  if (url === undefined || url.trim() === '') return DEFAULT_DB_PATH;
  const location = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(location)?.[1]?.toLowerCase();

  if (scheme === 'postgres' || scheme === 'postgresql') {
    throw new Error('PostgreSQL support is not built yet: use a SQLite file path for --db / FAULTLINE_DB');
  }
  if (scheme === 'sqlite') {
    const rest = location.slice('sqlite:'.length).replace(/^\/\//, '');
    if (rest === '') throw new Error(`No database path in "${location}": write sqlite:./faultline.db`);
    return rest;
  }
  if (scheme === 'file') return fileURLToPath(location);
  // A single letter before ':' is a Windows drive ("C:\data\faultline.db"), not a scheme.
  if (scheme !== undefined && scheme.length > 1 && location.startsWith(`${scheme}://`)) {
    throw new Error(`Unsupported database location "${location}": use a SQLite file path or sqlite:<path>`);
  }
  return location;
}
