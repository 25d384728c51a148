import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_PATH, openStore, sqlitePath } from '../../src/store/open-store.js';

describe('sqlitePath', () => {
  const table: [string | undefined, string][] = [
    [undefined, DEFAULT_DB_PATH],
    ['', DEFAULT_DB_PATH],
    ['faultline.db', 'faultline.db'],
    ['./data/events.db', './data/events.db'],
    ['/var/lib/faultline/faultline.db', '/var/lib/faultline/faultline.db'],
    [':memory:', ':memory:'],
    ['sqlite:./events.db', './events.db'],
    ['sqlite://events.db', 'events.db'],
    ['sqlite:///var/lib/faultline.db', '/var/lib/faultline.db'],
    ['sqlite::memory:', ':memory:'],
    ['file:///var/lib/faultline.db', '/var/lib/faultline.db'],
  ];
  it.each(table)('%j → %j', (url, expected) => {
    expect(sqlitePath(url)).toBe(expected);
  });

  it('uses ./faultline.db by default', () => {
    expect(DEFAULT_DB_PATH).toBe('./faultline.db');
  });

  it.each(['postgres://faultline@db/faultline', 'postgresql://localhost/faultline'])('refuses %s for now', (url) => {
    expect(() => openStore(url)).toThrow('PostgreSQL support is not built yet');
  });

  it.each(['mysql://localhost/faultline', 'sqlite:'])('refuses %j', (url) => {
    expect(() => sqlitePath(url)).toThrow();
  });
});

describe('openStore', () => {
  it('opens a working SQLite store', async () => {
    const store = openStore('sqlite::memory:');
    try {
      expect(await store.countDocuments()).toBe(0);
      expect((await store.stats()).events).toBe(0);
    } finally {
      await store.close();
    }
  });
});
