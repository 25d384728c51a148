// Migration 2 rebuilds the event tables (imported events need no document)
// and adds the aggregate and alert tables: a version-1 database keeps its
// data and gains aggregates of the events it already held.

import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { MIGRATIONS, applyMigrations } from '../../src/store/sqlite/migrations.js';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTORS, TEXTS, assaultEvent, makeDocument, makeEvent } from './fixtures.js';

describe('SQLite migration 2', () => {
  it('keeps version-1 events and actors, drops the document foreign key, and fills the aggregates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-migration-'));
    const file = join(dir, 'v1.db');
    try {
      const doc = makeDocument(TEXTS.strikes);
      const events = [
        assaultEvent(doc, 'strikes-1', { date: '2025-06-14' }),
        makeEvent(doc, 'strikes-2', { date: '2025-06-15', source: [ACTORS.iran], target: [ACTORS.israelMil] }),
      ];
      const v1 = openSqliteDatabase(file);
      applyMigrations(v1, MIGRATIONS.filter((m) => m.version === 1));
      v1.prepare("INSERT INTO documents (id, language, text) VALUES (?, 'en', ?)").run(doc.id, doc.text);
      events.forEach((e, i) => {
        v1.prepare(
          'INSERT INTO events (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(e.id, doc.id, i, e.sentence, e.date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence, JSON.stringify(e));
        for (const [role, actors] of [['source', e.source], ['target', e.target]] as const) {
          actors.forEach((a, p) =>
            v1.prepare('INSERT INTO event_actors (event_id, role, position, country, igo, sector, name) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
              e.id, role, p, a.country, a.igo, a.sector, a.name,
            ),
          );
        }
      });
      v1.close();

      const store = SqliteStore.open(file);
      try {
        expect(await store.eventsOfDocument(doc.id)).toEqual(events);
        expect((await store.queryEvents({ country: 'IRN' })).map((e) => e.id)).toEqual(['strikes-1', 'strikes-2']);
        const rows = await store.dyadDays({});
        expect(rows.map((r) => [r.date, r.source, r.target])).toEqual(
          aggregateEvents(events, { withSector: false }).map((r) => [r.date, r.source, r.target]),
        );
        expect(rows.length).toBe(2);
        // An event whose document is not stored is accepted now.
        const orphan = makeEvent(makeDocument('not stored'), 'orphan-1');
        expect(await store.importEvents([orphan])).toEqual({ inserted: 1, skipped: 0 });
        expect(await store.getEvent('orphan-1')).toEqual(orphan);
      } finally {
        await store.close();
      }

      const db = openSqliteDatabase(file);
      try {
        // event_actors still cascades from events (its reference followed the rename).
        db.prepare("DELETE FROM events WHERE id = 'strikes-1'").run();
        expect(db.prepare("SELECT COUNT(*) AS n FROM event_actors WHERE event_id = 'strikes-1'").get()).toEqual({ n: 0 });
        expect(db.prepare("SELECT COUNT(*) AS n FROM event_actors WHERE event_id = 'strikes-2'").get()).toEqual({ n: 2 });
        expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
        const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('events', 'event_actors') AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
        expect(indexes).toEqual([{ name: 'event_actors_by_country' }, { name: 'events_by_date' }, { name: 'events_by_document' }, { name: 'events_by_plover' }]);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
