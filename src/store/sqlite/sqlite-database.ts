// The slice of better-sqlite3 that the SQLite store uses, declared here so that
// its types never leak through the Store contract, and the one place where a
// connection is opened and configured.

import BetterSqlite3 from 'better-sqlite3';

export type SqliteValue = string | number | bigint | null;

export interface SqliteStatement {
  run(...params: SqliteValue[]): { changes: number };
  /** The first row, or undefined. */
  get(...params: SqliteValue[]): unknown;
  all(...params: SqliteValue[]): unknown[];
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  close(): unknown;
  readonly open: boolean;
  readonly inTransaction: boolean;
}

/** Milliseconds a writer waits for another process's lock before failing. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) a SQLite database at `path`, or an in-memory one
 * for ':memory:', in WAL mode with foreign keys enforced.
 */
export function openSqliteDatabase(path: string): SqliteDatabase {
  const connection = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  const db: SqliteDatabase = {
    prepare: (sql) => connection.prepare<SqliteValue[], unknown>(sql),
    exec: (sql) => connection.exec(sql),
    close: () => connection.close(),
    get open() {
      return connection.open;
    },
    get inTransaction() {
      return connection.inTransaction;
    },
  };
  try {
    // WAL lets readers (the server) work while a writer (ingest) commits.
    // In-memory databases keep their 'memory' journal: WAL needs a file.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Runs `work` in a write transaction (BEGIN IMMEDIATE takes the write lock at
 * once, so two processes never deadlock upgrading a read lock). Commits when
 * `work` returns, rolls back and rethrows when it throws.
 */
export function inTransaction<T>(db: SqliteDatabase, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    // SQLite may already have rolled back on some errors (disk full, …).
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
