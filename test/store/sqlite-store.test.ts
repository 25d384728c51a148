import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, applyMigrations } from '../../src/store/sqlite/migrations.js';
import type { Migration } from '../../src/store/sqlite/migrations.js';
import { BUSY_TIMEOUT_MS, openSqliteDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { TEXTS, makeDocument, makeEvent, makeSentences } from './fixtures.js';
import { describeStoreContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-store-'));
let files = 0;
const freshFile = (): string => join(dir, `store-${++files}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('SqliteStore in memory', async () => SqliteStore.open(':memory:'));
describeStoreContract('SqliteStore in a file', async () => SqliteStore.open(freshFile()));

describe('SQLite database', () => {
  it('opens a file in WAL mode with foreign keys and a busy timeout', () => {
    const db = openSqliteDatabase(freshFile());
    try {
      expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
      expect(db.prepare('PRAGMA busy_timeout').get()).toEqual({ timeout: BUSY_TIMEOUT_MS });
    } finally {
      db.close();
    }
  });
});

describe('SqliteStore revision', () => {
  it('changes when another connection to the same file commits', async () => {
    const file = freshFile();
    const reader = SqliteStore.open(file);
    const writer = SqliteStore.open(file);
    try {
      const before = await reader.revision();
      const doc = makeDocument(TEXTS.forum, { publishedAt: '2025-06-13' });
      await writer.saveDocument(doc, makeSentences(doc), [makeEvent(doc, 'e-1')]);
      expect(await reader.revision()).not.toBe(before);
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});

describe('SQLite migrations', () => {
  const versions = MIGRATIONS.map((m) => m.version);

  it('applies every migration once; reopening applies nothing and keeps the data', async () => {
    const file = freshFile();
    const first = openSqliteDatabase(file);
    expect(applyMigrations(first)).toEqual(versions);
    expect(applyMigrations(first)).toEqual([]);
    first.close();

    const doc = makeDocument(TEXTS.forum);
    const store = SqliteStore.open(file);
    await store.saveDocument(doc, makeSentences(doc), [makeEvent(doc, 'forum-1')]);
    await store.close();

    const again = openSqliteDatabase(file);
    try {
      expect(applyMigrations(again)).toEqual([]);
      expect(again.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual(
        versions.map((version) => ({ version })),
      );
    } finally {
      again.close();
    }

    const reopened = SqliteStore.open(file);
    try {
      expect(await reopened.getDocument(doc.id)).toEqual(doc);
      expect(await reopened.countEvents()).toBe(1);
    } finally {
      await reopened.close();
    }
  });

  it('rolls back a migration that fails and records nothing for it', () => {
    const db = openSqliteDatabase(':memory:');
    try {
      const broken: Migration[] = [
        ...MIGRATIONS,
        { version: versions.length + 1, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); CREATE TABLE oops (' },
      ];
      expect(() => applyMigrations(db, broken)).toThrow();
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
      expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: versions.at(-1) });
    } finally {
      db.close();
    }
  });

  it('refuses migrations out of order', () => {
    const db = openSqliteDatabase(':memory:');
    try {
      const shuffled: Migration[] = [
        { version: 2, name: 'b', sql: 'SELECT 1' },
        { version: 1, name: 'a', sql: 'SELECT 1' },
      ];
      expect(() => applyMigrations(db, shuffled)).toThrow(/in order/);
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer schema', () => {
    const file = freshFile();
    const db = openSqliteDatabase(file);
    applyMigrations(db);
    db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(versions.length + 1, 'from the future');
    db.close();
    expect(() => SqliteStore.open(file)).toThrow(/newer/);
  });
});
