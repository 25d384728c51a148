// The SQLite schema, as numbered migrations applied in order. Each migration
// runs in its own transaction together with its row in schema_migrations, so a
// database is always at a known version. Never edit a released migration: add
// the next number.
//
// The SQL stays plain (TEXT, INTEGER, REAL, ordinary indexes) so the PostgreSQL
// migrations can mirror it closely.

import { inTransaction } from './sqlite-database.js';
import type { SqliteDatabase } from './sqlite-database.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, sentences, events, event actors, problems',
    sql: `
      CREATE TABLE documents (
        id           TEXT PRIMARY KEY,
        source       TEXT,
        url          TEXT,
        title        TEXT,
        published_at TEXT,
        dateline     TEXT,
        language     TEXT NOT NULL,
        text         TEXT NOT NULL
      );

      CREATE TABLE sentences (
        doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        text         TEXT NOT NULL,
        PRIMARY KEY (doc_id, position)
      );

      -- One row per event: the columns that filters and aggregates need, and
      -- the full event JSON, which is what readers get back.
      CREATE TABLE events (
        id           TEXT PRIMARY KEY,
        doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        doc_position INTEGER NOT NULL,
        sentence     INTEGER NOT NULL,
        date         TEXT,
        plover       TEXT NOT NULL,
        cameo        TEXT NOT NULL,
        quad         INTEGER NOT NULL,
        goldstein    REAL NOT NULL,
        confidence   REAL NOT NULL,
        json         TEXT NOT NULL
      );
      -- Listing order (date, then id; undated events first) and date ranges.
      CREATE INDEX events_by_date ON events (COALESCE(date, ''), id);
      CREATE INDEX events_by_plover ON events (plover, date);
      CREATE INDEX events_by_document ON events (doc_id, doc_position);

      -- The actors of each event, one row per actor, for the country filter
      -- and for dyad aggregates.
      CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        role     TEXT NOT NULL CHECK (role IN ('source', 'target')),
        position INTEGER NOT NULL,
        country  TEXT,
        igo      TEXT,
        sector   TEXT,
        name     TEXT NOT NULL,
        PRIMARY KEY (event_id, role, position)
      );
      CREATE INDEX event_actors_by_country ON event_actors (country, event_id);

      -- Ingest failures, kept as data.
      CREATE TABLE problems (
        id     INTEGER PRIMARY KEY,
        file   TEXT NOT NULL,
        line   INTEGER,
        reason TEXT NOT NULL,
        at     TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'events without documents (import); dyad_days and place_days aggregates; alert rules, alerts, deliveries',
    sql: `
      -- "faultline import" stores events whose document is absent, so
      -- events.doc_id loses its foreign key (SQLite cannot drop one in place:
      -- the two event tables are rebuilt and the rows copied). The column keeps
      -- the event's docId, or NULL for events coded without a document.
      CREATE TABLE events_v2 (
        id           TEXT PRIMARY KEY,
        doc_id       TEXT,
        doc_position INTEGER NOT NULL,
        sentence     INTEGER NOT NULL,
        date         TEXT,
        plover       TEXT NOT NULL,
        cameo        TEXT NOT NULL,
        quad         INTEGER NOT NULL,
        goldstein    REAL NOT NULL,
        confidence   REAL NOT NULL,
        json         TEXT NOT NULL
      );
      INSERT INTO events_v2 (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json)
        SELECT id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json FROM events;

      CREATE TABLE event_actors_v2 (
        event_id TEXT NOT NULL REFERENCES events_v2 (id) ON DELETE CASCADE,
        role     TEXT NOT NULL CHECK (role IN ('source', 'target')),
        position INTEGER NOT NULL,
        country  TEXT,
        igo      TEXT,
        sector   TEXT,
        name     TEXT NOT NULL,
        PRIMARY KEY (event_id, role, position)
      );
      INSERT INTO event_actors_v2 (event_id, role, position, country, igo, sector, name)
        SELECT event_id, role, position, country, igo, sector, name FROM event_actors;

      DROP TABLE event_actors;
      DROP TABLE events;
      -- Renaming also rewrites event_actors' reference to events_v2.
      ALTER TABLE events_v2 RENAME TO events;
      ALTER TABLE event_actors_v2 RENAME TO event_actors;
      CREATE INDEX events_by_date ON events (COALESCE(date, ''), id);
      CREATE INDEX events_by_plover ON events (plover, date);
      CREATE INDEX events_by_document ON events (doc_id, doc_position);
      CREATE INDEX event_actors_by_country ON event_actors (country, event_id);

      -- Per day and ordered pair of actor keys, as src/analytics/actor-key.ts
      -- aggregates them, at two levels: 'country' keys ("IRQ", "UNO") and
      -- 'sector' keys ("IRQ/GOV"; "IRQ" when the sector is unknown), which
      -- keep internal pairs such as IRQ/GOV → IRQ/REB. Counts per quad class,
      -- Goldstein sum, distinct documents, the (capped) ids of the events
      -- behind the row as a JSON array. Kept up to date by every write of
      -- events; rebuildAggregates() recomputes it.
      CREATE TABLE dyad_days (
        level         TEXT NOT NULL CHECK (level IN ('country', 'sector')),
        date          TEXT NOT NULL,
        source        TEXT NOT NULL,
        target        TEXT NOT NULL,
        q1            INTEGER NOT NULL,
        q2            INTEGER NOT NULL,
        q3            INTEGER NOT NULL,
        q4            INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        documents     INTEGER NOT NULL,
        event_ids     TEXT NOT NULL,
        PRIMARY KEY (level, date, source, target)
      );
      CREATE INDEX dyad_days_by_source ON dyad_days (level, source, date);
      CREATE INDEX dyad_days_by_target ON dyad_days (level, target, date);

      -- The same per day and place (src/analytics/place-key.ts: first-level
      -- division when known, else a 1° cell), for place hotspots.
      CREATE TABLE place_days (
        date          TEXT NOT NULL,
        place         TEXT NOT NULL,
        country       TEXT,
        q1            INTEGER NOT NULL,
        q2            INTEGER NOT NULL,
        q3            INTEGER NOT NULL,
        q4            INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        documents     INTEGER NOT NULL,
        event_ids     TEXT NOT NULL,
        PRIMARY KEY (date, place)
      );

      -- Alert rules users write (the rule itself is JSON, validated by src/alerts).
      CREATE TABLE alert_rules (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        spec       TEXT NOT NULL,
        webhook    TEXT,
        created_at TEXT NOT NULL
      );
      -- Each finding a rule produced, once: the dedupe key names the finding
      -- (e.g. the dyad and the onset date of an escalation).
      CREATE TABLE alerts (
        id         INTEGER PRIMARY KEY,
        rule_id    INTEGER NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
        dedupe_key TEXT NOT NULL,
        finding    TEXT NOT NULL,
        fired_at   TEXT NOT NULL,
        UNIQUE (rule_id, dedupe_key)
      );
      -- Each delivery of an alert per channel ('log' or a webhook URL): a
      -- 'sent' row means never again; a 'failed' one is retried next time.
      CREATE TABLE alert_deliveries (
        alert_id   INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
        channel    TEXT NOT NULL,
        dedupe_key TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
        attempts   INTEGER NOT NULL,
        error      TEXT,
        at         TEXT NOT NULL,
        PRIMARY KEY (alert_id, channel)
      );
    `,
  },
  {
    version: 3,
    name: 'aggregate tables clustered by their key',
    sql: `
      -- Readers scan aggregates by level and date range: keeping the rows in
      -- key order (WITHOUT ROWID) makes that one sequential read, and the
      -- per-actor indexes cost more on every write than they saved. The
      -- tables are recreated empty; SqliteStore.open refills them from the
      -- events once this migration has run.
      DROP TABLE dyad_days;
      CREATE TABLE dyad_days (
        level         TEXT NOT NULL CHECK (level IN ('country', 'sector')),
        date          TEXT NOT NULL,
        source        TEXT NOT NULL,
        target        TEXT NOT NULL,
        q1            INTEGER NOT NULL,
        q2            INTEGER NOT NULL,
        q3            INTEGER NOT NULL,
        q4            INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        documents     INTEGER NOT NULL,
        event_ids     TEXT NOT NULL,
        PRIMARY KEY (level, date, source, target)
      ) WITHOUT ROWID;

      DROP TABLE place_days;
      CREATE TABLE place_days (
        date          TEXT NOT NULL,
        place         TEXT NOT NULL,
        country       TEXT,
        q1            INTEGER NOT NULL,
        q2            INTEGER NOT NULL,
        q3            INTEGER NOT NULL,
        q4            INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        documents     INTEGER NOT NULL,
        event_ids     TEXT NOT NULL,
        PRIMARY KEY (date, place)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'feeds and fetched items; document signatures, bands and duplicate links; event mentions',
    sql: `
      -- Feeds and pages that "faultline watch" polls, with the state of the
      -- last poll: validators for conditional GET, consecutive failures (for
      -- backoff) and when the next poll is due.
      CREATE TABLE feeds (
        id               INTEGER PRIMARY KEY,
        url              TEXT NOT NULL UNIQUE,
        name             TEXT,
        kind             TEXT NOT NULL CHECK (kind IN ('feed', 'page')),
        interval_seconds INTEGER NOT NULL,
        fetch_pages      INTEGER NOT NULL,
        added_at         TEXT NOT NULL,
        etag             TEXT,
        last_modified    TEXT,
        last_fetched_at  TEXT,
        last_status      TEXT,
        last_error       TEXT,
        failures         INTEGER NOT NULL DEFAULT 0,
        next_fetch_at    TEXT
      );
      -- Every item of a feed that was handled, so a restart neither refetches
      -- nor misses one: 'ingested', 'duplicate' (linked to a first copy),
      -- 'rejected' (never retried) or 'failed' (retried a few times).
      CREATE TABLE feed_items (
        feed_id       INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        item_key      TEXT NOT NULL,
        url           TEXT,
        status        TEXT NOT NULL CHECK (status IN ('ingested', 'duplicate', 'failed', 'rejected')),
        doc_id        TEXT,
        reason        TEXT,
        attempts      INTEGER NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_tried_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      );

      -- MinHash signatures of stored first copies (src/dedupe), and their LSH
      -- band keys: documents sharing a band are near-duplicate candidates.
      CREATE TABLE document_signatures (
        doc_id    TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        shingles  INTEGER NOT NULL,
        signature TEXT NOT NULL
      );
      CREATE TABLE document_bands (
        band   TEXT NOT NULL,
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (band, doc_id)
      ) WITHOUT ROWID;
      -- A republished story, linked to the first copy stored.
      CREATE TABLE document_duplicates (
        doc_id      TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        original_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        similarity  REAL NOT NULL,
        method      TEXT NOT NULL,
        linked_at   TEXT NOT NULL
      );
      CREATE INDEX document_duplicates_by_original ON document_duplicates (original_id);

      -- Further reports of an event: the documents of duplicate stories
      -- merged into it, and the records of imported data sets (GDELT, ACLED,
      -- PLOVER) with their ids, URLs and the columns needed to write them back.
      CREATE TABLE event_mentions (
        id           INTEGER PRIMARY KEY,
        event_id     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        origin       TEXT NOT NULL,
        doc_id       TEXT,
        external_id  TEXT,
        source       TEXT,
        url          TEXT,
        published_at TEXT,
        fields       TEXT
      );
      CREATE UNIQUE INDEX event_mentions_unique
        ON event_mentions (event_id, origin, COALESCE(doc_id, ''), COALESCE(external_id, ''), COALESCE(url, ''));
    `,
  },
  {
    version: 5,
    name: 'domestic rows at country level in dyad_days',
    sql: `
      -- Country-level dyad days now keep pairs within one country as the
      -- domestic row ("SDN" → "SDN", once per event however many sectors of
      -- Sudan it names; src/analytics/actor-key.ts), so that a country's own
      -- conflicts count for it once. The rows are emptied here and
      -- SqliteStore.open refills them from the events.
      DELETE FROM dyad_days;
    `,
  },
];

/**
 * Brings the database up to the newest migration and returns the versions it
 * applied (none for an up-to-date database). Safe when several processes open
 * the same file at once: each migration re-checks inside its write transaction.
 */
export function applyMigrations(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkOrder(migrations);
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    )
  `);

  const newest = migrations.at(-1)?.version ?? 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  if (row.version !== null && row.version > newest) {
    throw new Error(
      `The database is at schema version ${row.version}, newer than this Faultline knows (${newest}): upgrade Faultline`,
    );
  }

  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const markApplied = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    // Checked once without a lock (an up-to-date database takes no write
    // lock) and again inside the transaction (another process may have won).
    if (isApplied.get(migration.version) !== undefined) continue;
    inTransaction(db, () => {
      if (isApplied.get(migration.version) !== undefined) return;
      db.exec(migration.sql);
      markApplied.run(migration.version, migration.name);
      applied.push(migration.version);
    });
  }
  return applied;
}

function checkOrder(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const { version } of migrations) {
    if (!Number.isInteger(version) || version <= previous) {
      throw new Error(`Migrations must be numbered 1, 2, 3, … in order; found ${version} after ${previous}`);
    }
    previous = version;
  }
}
