// Migration 5 empties dyad_days so that SqliteStore.open recomputes it with
// the domestic rows at country level ("IRQ" → "IRQ" for a pair within Iraq).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { MIGRATIONS, applyMigrations } from '../../src/store/sqlite/migrations.js';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ACTORS, TEXTS, makeDocument, makeEvent } from './fixtures.js';

describe('SQLite migration 5', () => {
  it('recomputes the aggregates of a version-4 database with domestic rows at country level', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-migration-5-'));
    const file = join(dir, 'v4.db');
    try {
      const doc = makeDocument(TEXTS.strikes);
      const rebels = { ...ACTORS.iran, text: 'Iraqi rebels', name: 'Iraqi rebels', country: 'IRQ', sector: 'REB' as const };
      const events = [
        makeEvent(doc, 'internal-1', { date: '2025-06-14', source: [ACTORS.iraqGov], target: [rebels], quad: 4, goldstein: -10 }),
        makeEvent(doc, 'cross-1', { date: '2025-06-14', source: [ACTORS.iran], target: [ACTORS.israelMil] }),
      ];
      const v4 = openSqliteDatabase(file);
      applyMigrations(v4, MIGRATIONS.filter((m) => m.version <= 4));
      v4.prepare("INSERT INTO documents (id, language, text) VALUES (?, 'en', ?)").run(doc.id, doc.text);
      events.forEach((e, i) =>
        v4.prepare(
          'INSERT INTO events (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(e.id, doc.id, i, e.sentence, e.date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence, JSON.stringify(e)),
      );
      // The country-level row as version 4 kept it: no row for the pair within Iraq.
      v4.prepare(
        "INSERT INTO dyad_days (level, date, source, target, q1, q2, q3, q4, goldstein_sum, documents, event_ids) VALUES ('country', '2025-06-14', 'IRN', 'ISR', 0, 0, 0, 1, -10, 1, '[\"cross-1\"]')",
      ).run();
      v4.close();

      const store = SqliteStore.open(file);
      try {
        const rows = await store.dyadDays({});
        expect(rows.map((r) => `${r.source}>${r.target}`)).toEqual(['IRN>ISR', 'IRQ>IRQ']);
        expect(rows).toEqual(aggregateEvents(events, { withSector: false }));
        expect((await store.dyadDays({ level: 'sector' })).map((r) => `${r.source}>${r.target}`)).toContain('IRQ/GOV>IRQ/REB');
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
