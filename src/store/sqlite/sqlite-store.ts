// The default Store: one SQLite file (or memory), through better-sqlite3.
// better-sqlite3 is synchronous; the methods are async only to honour the
// Store contract, and since nothing awaits inside them a transaction is never
// interleaved with another call.

import { alertRuleSchema } from '../../alerts/alert-rule.js';
import type { DyadDay, PlaceDay } from '../../analytics/types.js';
import { PLOVER_TYPES } from '../../records.js';
import type { Actor, Document, Event, PloverType, Sentence } from '../../records.js';
import {
  checkDocumentEvents,
  dateRangeSchema,
  dyadDayFilterSchema,
  eventFilterSchema,
  ingestProblemSchema,
  newFeedSchema,
  placeCountFilterSchema,
} from '../store.js';
import type {
  AlertDelivery,
  DateRange,
  DocumentSignature,
  DuplicateLink,
  EventMention,
  FeedItemRecord,
  FeedState,
  NewFeed,
  StoredFeed,
  DyadDayFilter,
  EventFilter,
  ImportResult,
  IngestProblem,
  NewAlert,
  NewAlertRule,
  PlaceCount,
  PlaceCountFilter,
  RecodeResult,
  ReplaceCodingOptions,
  SaveResult,
  Store,
  StoreStats,
  StoredAlert,
  StoredAlertRule,
} from '../store.js';
import { compareCoding, mentionKey } from '../compare-coding.js';
import { applyMigrations } from './migrations.js';
import { SqliteAggregates } from './sqlite-aggregates.js';
import { inTransaction, openSqliteDatabase } from './sqlite-database.js';
import type { SqliteDatabase, SqliteStatement, SqliteValue } from './sqlite-database.js';

interface DocumentRow {
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  published_at: string | null;
  dateline: string | null;
  language: string;
  text: string;
}

interface SentenceRow {
  position: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

interface JsonRow {
  json: string;
}

interface ProblemRow {
  file: string;
  line: number | null;
  reason: string;
  at: string;
}

interface AlertRuleRow {
  id: number;
  name: string;
  spec: string;
  webhook: string | null;
  created_at: string;
}

interface AlertRow {
  id: number;
  rule_id: number;
  dedupe_key: string;
  finding: string;
  fired_at: string;
}

interface DeliveryRow {
  alert_id: number;
  channel: string;
  status: 'sent' | 'failed';
  attempts: number;
  error: string | null;
  at: string;
}

const DEFAULT_PROBLEM_LIMIT = 100;
const DEFAULT_ALERT_LIMIT = 100;
/** The schema versions that (re)created or emptied dyad_days and place_days. */
const AGGREGATE_VERSIONS: readonly number[] = [2, 3, 5];

/** The order of every event listing: by date (undated first), then id. */
const EVENT_ORDER_KEY = "COALESCE(e.date, '')";

/** A row of the placeCounts query (geo, issue 3). */
interface PlaceCountRow {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonames_id: number | null;
  precision: string;
  events: number;
  documents: number;
  first_date: string | null;
  last_date: string | null;
}

export class SqliteStore implements Store {
  readonly #db: SqliteDatabase;
  readonly #statements = new Map<string, SqliteStatement>();
  readonly #aggregates: SqliteAggregates;

  private constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#aggregates = new SqliteAggregates((sql) => this.#sql(sql));
  }

  /** Opens a database file (created and migrated as needed) or ':memory:'. */
  static open(path: string): SqliteStore {
    const db = openSqliteDatabase(path);
    try {
      const applied = applyMigrations(db);
      const store = new SqliteStore(db);
      // Versions 2, 3 and 5 (re)created or emptied the aggregate tables: fill them from the events already stored.
      if (applied.some((v) => AGGREGATE_VERSIONS.includes(v))) inTransaction(db, () => store.#aggregates.rebuild());
      return store;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async saveDocument(doc: Document, sentences: Sentence[], events: Event[]): Promise<SaveResult> {
    checkDocumentEvents(doc, events);
    try {
      return inTransaction(this.#db, () => this.#saveDocumentRows(doc, sentences, events));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not save document ${doc.id} (nothing of it was stored): ${reason}`, { cause: error });
    }
  }

  /** The rows of saveDocument; the caller holds the transaction. */
  #saveDocumentRows(doc: Document, sentences: Sentence[], events: Event[]): SaveResult {
    checkDocumentEvents(doc, events);
    const { changes } = this.#sql(
      `INSERT INTO documents (id, source, url, title, published_at, dateline, language, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    ).run(doc.id, doc.source, doc.url, doc.title, doc.publishedAt, doc.dateline, doc.language, doc.text);
    if (changes === 0) return { inserted: false };
    // Events imported earlier may already name this document.
    const stale = this.#aggregates.docsWithEvents([doc.id]);

    const insertSentence = this.#sql(
      'INSERT INTO sentences (doc_id, position, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)',
    );
    for (const s of sentences) insertSentence.run(doc.id, s.index, s.start, s.end, s.text);

    const insertEvent = this.#sql(
      `INSERT INTO events (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    events.forEach((e, position) => {
      insertEvent.run(
        e.id, doc.id, position, e.sentence, e.date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence,
        JSON.stringify(e),
      );
      this.#insertActors(e);
    });
    this.#aggregates.addEvents(events, stale);
    return { inserted: true };
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.#sql('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = this.#sql('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (row === undefined) return null;
    return {
      id: row.id,
      source: row.source,
      url: row.url,
      title: row.title,
      publishedAt: row.published_at,
      dateline: row.dateline,
      language: row.language,
      text: row.text,
    };
  }

  async getSentences(docId: string): Promise<Sentence[]> {
    return this.#sentenceRows(docId);
  }

  #sentenceRows(docId: string): Sentence[] {
    const rows = this.#sql(
      'SELECT position, start_offset, end_offset, text FROM sentences WHERE doc_id = ? ORDER BY position',
    ).all(docId) as SentenceRow[];
    return rows.map((r) => ({ index: r.position, start: r.start_offset, end: r.end_offset, text: r.text }));
  }

  async getEvent(id: string): Promise<Event | null> {
    const row = this.#sql('SELECT json FROM events WHERE id = ?').get(id) as JsonRow | undefined;
    return row === undefined ? null : parseEvent(row);
  }

  async queryEvents(filter: EventFilter): Promise<Event[]> {
    const f = eventFilterSchema.parse(filter);
    const where: string[] = [];
    const params: SqliteValue[] = [];
    if (f.type !== undefined) {
      where.push('e.plover = ?');
      params.push(f.type);
    }
    if (f.docId !== undefined) {
      where.push('e.doc_id = ?');
      params.push(f.docId);
    }
    if (f.since !== undefined) {
      where.push('e.date >= ?');
      params.push(f.since);
    }
    if (f.until !== undefined) {
      where.push('e.date <= ?');
      params.push(f.until);
    }
    if (f.country !== undefined) {
      where.push('EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.country = ?)');
      params.push(f.country);
    }
    if (f.after !== undefined) {
      const cursor = this.#sql(`SELECT ${EVENT_ORDER_KEY} AS k FROM events e WHERE e.id = ?`).get(f.after) as
        | { k: string }
        | undefined;
      if (cursor === undefined) throw new Error(`Unknown cursor: no event has the id "${f.after}"`);
      where.push(`(${EVENT_ORDER_KEY} > ? OR (${EVENT_ORDER_KEY} = ? AND e.id > ?))`);
      params.push(cursor.k, cursor.k, f.after);
    }
    let sql = 'SELECT e.json FROM events e';
    if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
    sql += ` ORDER BY ${EVENT_ORDER_KEY}, e.id`;
    if (f.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(f.limit);
    }
    return (this.#sql(sql).all(...params) as JsonRow[]).map(parseEvent);
  }

  async eventsOfDocument(docId: string): Promise<Event[]> {
    const rows = this.#sql('SELECT json FROM events WHERE doc_id = ? ORDER BY doc_position').all(docId) as JsonRow[];
    return rows.map(parseEvent);
  }

  async countEvents(): Promise<number> {
    return this.#count('events');
  }

  async countDocuments(): Promise<number> {
    return this.#count('documents');
  }

  async stats(): Promise<StoreStats> {
    const byPlover: Record<string, number> = Object.fromEntries(PLOVER_TYPES.map((t) => [t, 0]));
    const rows = this.#sql('SELECT plover, COUNT(*) AS n FROM events GROUP BY plover').all() as {
      plover: string;
      n: number;
    }[];
    for (const { plover, n } of rows) byPlover[plover] = n;
    return { documents: this.#count('documents'), events: this.#count('events'), byPlover };
  }

  async recordProblem(problem: IngestProblem): Promise<void> {
    const p = ingestProblemSchema.parse(problem);
    this.#sql('INSERT INTO problems (file, line, reason, at) VALUES (?, ?, ?, ?)').run(
      p.file, p.line ?? null, p.reason, p.at,
    );
  }

  async listProblems(limit: number = DEFAULT_PROBLEM_LIMIT): Promise<IngestProblem[]> {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a positive integer, not ${limit}`);
    const rows = this.#sql('SELECT file, line, reason, at FROM problems ORDER BY id DESC LIMIT ?').all(
      limit,
    ) as ProblemRow[];
    return rows.map((r) => ({
      file: r.file,
      ...(r.line === null ? {} : { line: r.line }),
      reason: r.reason,
      at: r.at,
    }));
  }

  async importEvents(events: Event[]): Promise<ImportResult> {
    return this.importEventsWithMentions(events, []);
  }

  async importEventsWithMentions(events: Event[], mentions: readonly EventMention[]): Promise<ImportResult> {
    return inTransaction(this.#db, () => {
      const stale = this.#aggregates.docsWithEvents(events.map((e) => e.docId));
      const insertEvent = this.#sql(
        `INSERT INTO events (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
      );
      const inserted: Event[] = [];
      for (const e of events) {
        // Imported events keep their sentence order within their document.
        const { changes } = insertEvent.run(
          e.id, e.docId, e.sentence, e.sentence, e.date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence,
          JSON.stringify(e),
        );
        if (changes === 0) continue;
        this.#insertActors(e);
        inserted.push(e);
      }
      this.#aggregates.addEvents(inserted, stale);
      if (mentions.length > 0) {
        // Only the mentions of events this call inserted: a skipped event keeps what it had.
        const fresh = new Set(inserted.map((e) => e.id));
        this.#insertMentions(mentions.filter((m) => fresh.has(m.eventId)));
      }
      return { inserted: inserted.length, skipped: events.length - inserted.length };
    });
  }

  async latestEventDate(): Promise<string | null> {
    const row = this.#sql('SELECT MAX(date) AS d FROM events').get() as { d: string | null };
    return row.d;
  }

  // PRAGMA data_version changes when another connection commits; this
  // connection's own writes show in total_changes(). Together they change on
  // every commit, whoever made it.
  async revision(): Promise<string> {
    const row = this.#sql('SELECT total_changes() AS own').get() as { own: number };
    const other = this.#sql('PRAGMA data_version').get() as { data_version: number };
    return `${other.data_version}:${row.own}`;
  }

  async dyadDays(filter: DyadDayFilter): Promise<DyadDay[]> {
    return this.#aggregates.dyadDays(dyadDayFilterSchema.parse(filter));
  }

  async placeDays(filter: DateRange): Promise<PlaceDay[]> {
    return this.#aggregates.placeDays(dateRangeSchema.parse(filter));
  }

  // --- geo (issue 3) ---
  async placeCounts(filter: PlaceCountFilter): Promise<PlaceCount[]> {
    const f = placeCountFilterSchema.parse(filter);
    const where = ["json_extract(json, '$.location.name') IS NOT NULL"];
    const params: SqliteValue[] = [];
    if (f.country !== undefined) {
      where.push("json_extract(json, '$.location.country') = ?");
      params.push(f.country);
    }
    if (f.since !== undefined) {
      where.push('date >= ?');
      params.push(f.since);
    }
    if (f.until !== undefined) {
      where.push('date <= ?');
      params.push(f.until);
    }
    params.push(f.limit ?? -1);
    const rows = this.#sql(
      `SELECT json_extract(json, '$.location.name') AS name, json_extract(json, '$.location.country') AS country,
              json_extract(json, '$.location.admin1') AS admin1, json_extract(json, '$.location.lat') AS lat,
              json_extract(json, '$.location.lon') AS lon, json_extract(json, '$.location.geonamesId') AS geonames_id,
              json_extract(json, '$.location.precision') AS precision,
              COUNT(*) AS events, COUNT(DISTINCT doc_id) AS documents, MIN(date) AS first_date, MAX(date) AS last_date
         FROM events WHERE ${where.join(' AND ')}
        GROUP BY name, country, admin1, lat, lon, geonames_id, precision
        ORDER BY events DESC, name, country
        LIMIT ?`,
    ).all(...params) as PlaceCountRow[];
    return rows.map((r) => ({
      name: r.name,
      country: r.country,
      admin1: r.admin1,
      lat: r.lat,
      lon: r.lon,
      geonamesId: r.geonames_id,
      precision: r.precision,
      events: r.events,
      documents: r.documents,
      firstDate: r.first_date,
      lastDate: r.last_date,
    }));
  }

  async rebuildAggregates(): Promise<{ dyadDays: number; placeDays: number }> {
    return inTransaction(this.#db, () => this.#aggregates.rebuild());
  }

  async addAlertRule(rule: NewAlertRule): Promise<StoredAlertRule> {
    const spec = alertRuleSchema.parse(rule.rule);
    if (rule.name.trim() === '') throw new Error('An alert rule needs a name');
    if (/^\d+$/.test(rule.name)) throw new Error(`An alert rule name must not be a number ("${rule.name}"): numbers are ids`);
    if (this.#sql('SELECT 1 FROM alert_rules WHERE name = ?').get(rule.name) !== undefined) {
      throw new Error(`An alert rule named "${rule.name}" exists already`);
    }
    const { id } = this.#sql(
      'INSERT INTO alert_rules (name, spec, webhook, created_at) VALUES (?, ?, ?, ?) RETURNING id',
    ).get(rule.name, JSON.stringify(spec), rule.webhook, rule.createdAt) as { id: number };
    return { id, name: rule.name, rule: spec, webhook: rule.webhook, createdAt: rule.createdAt };
  }

  async listAlertRules(): Promise<StoredAlertRule[]> {
    const rows = this.#sql('SELECT id, name, spec, webhook, created_at FROM alert_rules ORDER BY id').all() as AlertRuleRow[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      rule: alertRuleSchema.parse(JSON.parse(r.spec)),
      webhook: r.webhook,
      createdAt: r.created_at,
    }));
  }

  async removeAlertRule(nameOrId: string): Promise<boolean> {
    const byId = /^\d+$/.test(nameOrId);
    const { changes } = this.#sql(`DELETE FROM alert_rules WHERE ${byId ? 'id' : 'name'} = ?`).run(
      byId ? Number(nameOrId) : nameOrId,
    );
    return changes > 0;
  }

  async recordAlert(alert: NewAlert): Promise<{ alert: StoredAlert; isNew: boolean }> {
    const finding = JSON.stringify(alert.finding);
    if (finding === undefined) throw new Error('An alert finding must be JSON-serialisable');
    const { changes } = this.#sql(
      `INSERT INTO alerts (rule_id, dedupe_key, finding, fired_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (rule_id, dedupe_key) DO NOTHING`,
    ).run(alert.ruleId, alert.dedupeKey, finding, alert.firedAt);
    const row = this.#sql(
      'SELECT id, rule_id, dedupe_key, finding, fired_at FROM alerts WHERE rule_id = ? AND dedupe_key = ?',
    ).get(alert.ruleId, alert.dedupeKey) as AlertRow;
    return { alert: alertOfRow(row), isNew: changes > 0 };
  }

  async listAlerts(opts: { ruleId?: number; limit?: number } = {}): Promise<StoredAlert[]> {
    const limit = opts.limit ?? DEFAULT_ALERT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a positive integer, not ${limit}`);
    const rows = (
      opts.ruleId === undefined
        ? this.#sql('SELECT id, rule_id, dedupe_key, finding, fired_at FROM alerts ORDER BY id DESC LIMIT ?').all(limit)
        : this.#sql(
            'SELECT id, rule_id, dedupe_key, finding, fired_at FROM alerts WHERE rule_id = ? ORDER BY id DESC LIMIT ?',
          ).all(opts.ruleId, limit)
    ) as AlertRow[];
    return rows.map(alertOfRow);
  }

  async recordDelivery(d: AlertDelivery): Promise<void> {
    this.#sql(
      `INSERT INTO alert_deliveries (alert_id, channel, dedupe_key, status, attempts, error, at)
       SELECT id, ?, dedupe_key, ?, ?, ?, ? FROM alerts WHERE id = ?
       ON CONFLICT (alert_id, channel) DO UPDATE SET
         status = excluded.status, attempts = excluded.attempts, error = excluded.error, at = excluded.at`,
    ).run(d.channel, d.status, d.attempts, d.error, d.at, d.alertId);
    if (this.#sql('SELECT 1 FROM alert_deliveries WHERE alert_id = ? AND channel = ?').get(d.alertId, d.channel) === undefined) {
      throw new Error(`No alert has the id ${d.alertId}`);
    }
  }

  async deliveriesOf(alertId: number): Promise<AlertDelivery[]> {
    const rows = this.#sql(
      'SELECT alert_id, channel, status, attempts, error, at FROM alert_deliveries WHERE alert_id = ? ORDER BY channel',
    ).all(alertId) as DeliveryRow[];
    return rows.map((r) => ({
      alertId: r.alert_id,
      channel: r.channel,
      status: r.status,
      attempts: r.attempts,
      error: r.error,
      at: r.at,
    }));
  }

  // --- feeds, duplicate stories and event mentions (issue 5) ---

  async addFeed(feed: NewFeed): Promise<StoredFeed> {
    const f = newFeedSchema.parse(feed);
    if (this.#sql('SELECT 1 FROM feeds WHERE url = ?').get(f.url) !== undefined) {
      throw new Error(`The feed ${f.url} is already watched`);
    }
    const { id } = this.#sql(
      `INSERT INTO feeds (url, name, kind, interval_seconds, fetch_pages, added_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(f.url, f.name, f.kind, f.intervalSeconds, f.fetchPages ? 1 : 0, f.addedAt) as { id: number };
    return {
      id, ...f,
      etag: null, lastModified: null, lastFetchedAt: null, lastStatus: null, lastError: null, failures: 0, nextFetchAt: null,
    };
  }

  async listFeeds(): Promise<StoredFeed[]> {
    return (this.#sql('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(feedOfRow);
  }

  async removeFeed(urlOrId: string): Promise<boolean> {
    const byId = /^\d+$/.test(urlOrId);
    const { changes } = this.#sql(`DELETE FROM feeds WHERE ${byId ? 'id' : 'url'} = ?`).run(byId ? Number(urlOrId) : urlOrId);
    return changes > 0;
  }

  async updateFeedState(feedId: number, st: FeedState): Promise<void> {
    const { changes } = this.#sql(
      `UPDATE feeds SET etag = ?, last_modified = ?, last_fetched_at = ?, last_status = ?, last_error = ?, failures = ?, next_fetch_at = ?
        WHERE id = ?`,
    ).run(st.etag, st.lastModified, st.lastFetchedAt, st.lastStatus, st.lastError, st.failures, st.nextFetchAt, feedId);
    if (changes === 0) throw new Error(`No feed has the id ${feedId}`);
  }

  async getFeedItem(feedId: number, key: string): Promise<FeedItemRecord | null> {
    const row = this.#sql('SELECT * FROM feed_items WHERE feed_id = ? AND item_key = ?').get(feedId, key) as FeedItemRow | undefined;
    return row === undefined ? null : feedItemOfRow(row);
  }

  async recordFeedItem(i: FeedItemRecord): Promise<void> {
    this.#sql(
      `INSERT OR REPLACE INTO feed_items (feed_id, item_key, url, status, doc_id, reason, attempts, first_seen_at, last_tried_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(i.feedId, i.key, i.url, i.status, i.docId, i.reason, i.attempts, i.firstSeenAt, i.lastTriedAt);
  }

  async saveSignature(sig: DocumentSignature): Promise<void> {
    inTransaction(this.#db, () => {
      this.#sql('INSERT OR REPLACE INTO document_signatures (doc_id, shingles, signature) VALUES (?, ?, ?)').run(
        sig.docId, sig.shingles, sig.signature,
      );
      this.#sql('DELETE FROM document_bands WHERE doc_id = ?').run(sig.docId);
      const insertBand = this.#sql('INSERT OR IGNORE INTO document_bands (band, doc_id) VALUES (?, ?)');
      for (const band of sig.bands) insertBand.run(band, sig.docId);
    });
  }

  async similarDocuments(bands: readonly string[], limit = 20): Promise<DocumentSignature[]> {
    if (bands.length === 0) return [];
    const shared = new Map<string, number>();
    const byBand = this.#sql('SELECT doc_id FROM document_bands WHERE band = ?');
    for (const band of new Set(bands)) {
      for (const { doc_id } of byBand.all(band) as { doc_id: string }[]) shared.set(doc_id, (shared.get(doc_id) ?? 0) + 1);
    }
    const ranked = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
    const get = this.#sql('SELECT doc_id, shingles, signature FROM document_signatures WHERE doc_id = ?');
    return ranked.flatMap(([docId]) => {
      const row = get.get(docId) as { doc_id: string; shingles: number; signature: string } | undefined;
      return row === undefined ? [] : [{ docId: row.doc_id, shingles: row.shingles, signature: row.signature, bands: [] }];
    });
  }

  async saveDuplicate(
    doc: Document, sentences: Sentence[], events: Event[], link: DuplicateLink, mentions: EventMention[],
  ): Promise<SaveResult> {
    if (link.docId !== doc.id) throw new Error(`The duplicate link names ${link.docId}, not the document ${doc.id}`);
    if (link.originalId === doc.id) throw new Error(`A document cannot be a duplicate of itself (${doc.id})`);
    return inTransaction(this.#db, () => {
      if (this.#sql('SELECT 1 FROM documents WHERE id = ?').get(link.originalId) === undefined) {
        throw new Error(`The first copy ${link.originalId} is not stored`);
      }
      const saved = this.#saveDocumentRows(doc, sentences, events);
      if (!saved.inserted) return saved;
      this.#sql(
        'INSERT INTO document_duplicates (doc_id, original_id, similarity, method, linked_at) VALUES (?, ?, ?, ?, ?)',
      ).run(link.docId, link.originalId, link.similarity, link.method, link.linkedAt);
      this.#insertMentions(mentions);
      return saved;
    });
  }

  async duplicateOf(docId: string): Promise<DuplicateLink | null> {
    const row = this.#sql('SELECT * FROM document_duplicates WHERE doc_id = ?').get(docId) as DuplicateRow | undefined;
    return row === undefined ? null : duplicateOfRow(row);
  }

  async duplicatesOf(originalId: string): Promise<DuplicateLink[]> {
    const rows = this.#sql('SELECT * FROM document_duplicates WHERE original_id = ? ORDER BY rowid').all(originalId) as DuplicateRow[];
    return rows.map(duplicateOfRow);
  }

  async addMentions(mentions: readonly EventMention[]): Promise<number> {
    return inTransaction(this.#db, () => this.#insertMentions(mentions));
  }

  async mentionsOf(eventId: string): Promise<EventMention[]> {
    const own = this.#sql(
      `SELECT d.id, d.source, d.url, d.published_at FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.id = ?`,
    ).get(eventId) as { id: string; source: string | null; url: string | null; published_at: string | null } | undefined;
    const rows = this.#sql('SELECT * FROM event_mentions WHERE event_id = ? ORDER BY id').all(eventId) as MentionRow[];
    const first: EventMention[] =
      own === undefined
        ? []
        : [{ eventId, origin: 'document', docId: own.id, externalId: null, source: own.source, url: own.url, publishedAt: own.published_at, fields: null }];
    return [...first, ...rows.map(mentionOfRow)];
  }

  async eventIdsOn(date: string | null, filter: { country?: string; type?: PloverType } = {}): Promise<string[]> {
    // The listing index is on COALESCE(date, ''): undated events are ''.
    const where = [`${EVENT_ORDER_KEY} = ?`];
    const params: SqliteValue[] = [date ?? ''];
    if (filter.type !== undefined) {
      where.push('e.plover = ?');
      params.push(filter.type);
    }
    if (filter.country !== undefined) {
      where.push('EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.country = ?)');
      params.push(filter.country);
    }
    const rows = this.#sql(`SELECT e.id FROM events e WHERE ${where.join(' AND ')} ORDER BY e.id`).all(...params) as { id: string }[];
    return rows.map((r) => r.id);
  }

  // --- re-coding (faultline recode) ---

  async documentIds(range: DateRange = {}): Promise<string[]> {
    const r = dateRangeSchema.parse(range);
    const where: string[] = [];
    const params: SqliteValue[] = [];
    if (r.since !== undefined) {
      where.push('substr(published_at, 1, 10) >= ?');
      params.push(r.since);
    }
    if (r.until !== undefined) {
      where.push('substr(published_at, 1, 10) <= ?');
      params.push(r.until);
    }
    const sql = `SELECT id FROM documents${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY rowid`;
    return (this.#sql(sql).all(...params) as { id: string }[]).map((row) => row.id);
  }

  async replaceCoding(docId: string, sentences: Sentence[], events: Event[], opts: ReplaceCodingOptions = {}): Promise<RecodeResult> {
    for (const e of events) {
      if (e.docId !== docId) throw new Error(`Event ${e.id} belongs to document ${String(e.docId)}, not to ${docId}`);
    }
    for (const m of opts.mentions ?? []) {
      if (m.docId !== docId) throw new Error(`A mention of event ${m.eventId} names document ${String(m.docId)}, not ${docId}`);
    }
    const work = (): RecodeResult => {
      if (this.#sql('SELECT 1 FROM documents WHERE id = ?').get(docId) === undefined) {
        throw new Error(`No document has the id ${docId}`);
      }
      const storedEvents = this.#sql('SELECT id, json FROM events WHERE doc_id = ? ORDER BY doc_position').all(docId) as {
        id: string;
        json: string;
      }[];
      const storedMentions = opts.mentions === undefined ? null : this.#mentionsBy(docId);
      const result = compareCoding(
        {
          sentences: this.#sentenceRows(docId),
          events: storedEvents.map((r) => [r.id, r.json] as const),
          mentions: storedMentions?.map(mentionKey) ?? null,
        },
        { sentences, events, mentions: opts.mentions?.map(mentionKey) ?? null },
      );
      if (!result.changed || opts.dryRun === true) return result;

      const old = new Map(storedEvents.map((r) => [r.id, r.json]));
      const nextIds = new Set(events.map((e) => e.id));
      // Dates whose aggregates change: those of the old events and of the new ones.
      const dates = new Set<string>();
      for (const r of storedEvents) {
        const date = (JSON.parse(r.json) as Event).date;
        if (date !== null) dates.add(date.slice(0, 10));
      }
      for (const e of events) if (e.date !== null) dates.add(e.date.slice(0, 10));

      this.#sql('DELETE FROM sentences WHERE doc_id = ?').run(docId);
      const insertSentence = this.#sql('INSERT INTO sentences (doc_id, position, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)');
      for (const s of sentences) insertSentence.run(docId, s.index, s.start, s.end, s.text);

      // Removed events take their actors and mentions with them (ON DELETE CASCADE).
      const deleteEvent = this.#sql('DELETE FROM events WHERE id = ?');
      for (const r of storedEvents) if (!nextIds.has(r.id)) deleteEvent.run(r.id);
      const insertEvent = this.#sql(
        `INSERT INTO events (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      // Kept ids are updated in place so that their mentions stay.
      const updateEvent = this.#sql(
        `UPDATE events SET doc_position = ?, sentence = ?, date = ?, plover = ?, cameo = ?, quad = ?, goldstein = ?, confidence = ?, json = ?
          WHERE id = ?`,
      );
      const deleteActors = this.#sql('DELETE FROM event_actors WHERE event_id = ?');
      events.forEach((e, position) => {
        const json = JSON.stringify(e);
        const before = old.get(e.id);
        if (before === undefined) {
          insertEvent.run(e.id, docId, position, e.sentence, e.date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence, json);
          this.#insertActors(e);
        } else {
          updateEvent.run(position, e.sentence, e.date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence, json, e.id);
          if (before !== json) {
            deleteActors.run(e.id);
            this.#insertActors(e);
          }
        }
      });
      if (opts.mentions !== undefined) {
        this.#sql("DELETE FROM event_mentions WHERE origin = 'document' AND doc_id = ?").run(docId);
        this.#insertMentions(opts.mentions);
      }
      for (const date of [...dates].sort()) this.#aggregates.recomputeDate(date);
      return result;
    };
    try {
      return opts.dryRun === true ? work() : inTransaction(this.#db, work);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not re-code document ${docId} (its stored coding is unchanged): ${reason}`, { cause: error });
    }
  }

  #mentionsBy(docId: string): EventMention[] {
    const rows = this.#sql("SELECT * FROM event_mentions WHERE origin = 'document' AND doc_id = ? ORDER BY id").all(docId) as MentionRow[];
    return rows.map(mentionOfRow);
  }

  #insertMentions(mentions: readonly EventMention[]): number {
    const insert = this.#sql(
      `INSERT OR IGNORE INTO event_mentions (event_id, origin, doc_id, external_id, source, url, published_at, fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let added = 0;
    for (const m of mentions) {
      added += insert.run(
        m.eventId, m.origin, m.docId, m.externalId, m.source, m.url, m.publishedAt, m.fields === null ? null : JSON.stringify(m.fields),
      ).changes;
    }
    return added;
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  /** One event_actors row per source and target actor of `e`. */
  #insertActors(e: Event): void {
    const insertActor = this.#sql(
      `INSERT INTO event_actors (event_id, role, position, country, igo, sector, name)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insert = (role: 'source' | 'target', actors: readonly Actor[]): void => {
      actors.forEach((a, i) => insertActor.run(e.id, role, i, a.country, a.igo, a.sector, a.name));
    };
    insert('source', e.source);
    insert('target', e.target);
  }

  #count(table: 'documents' | 'events'): number {
    return (this.#sql(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }

  /** Prepares a statement once and reuses it. */
  #sql(sql: string): SqliteStatement {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

function alertOfRow(r: AlertRow): StoredAlert {
  return { id: r.id, ruleId: r.rule_id, dedupeKey: r.dedupe_key, finding: JSON.parse(r.finding) as unknown, firedAt: r.fired_at };
}

/** Events are stored as the JSON the store wrote itself, so it is read back as is. */
function parseEvent(row: JsonRow): Event {
  return JSON.parse(row.json) as Event;
}

// --- feeds, duplicate stories and event mentions (issue 5) ---

interface FeedRow {
  id: number;
  url: string;
  name: string | null;
  kind: 'feed' | 'page';
  interval_seconds: number;
  fetch_pages: number;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_status: string | null;
  last_error: string | null;
  failures: number;
  next_fetch_at: string | null;
}

function feedOfRow(r: FeedRow): StoredFeed {
  return {
    id: r.id, url: r.url, name: r.name, kind: r.kind, intervalSeconds: r.interval_seconds, fetchPages: r.fetch_pages === 1,
    addedAt: r.added_at, etag: r.etag, lastModified: r.last_modified, lastFetchedAt: r.last_fetched_at,
    lastStatus: r.last_status, lastError: r.last_error, failures: r.failures, nextFetchAt: r.next_fetch_at,
  };
}

interface FeedItemRow {
  feed_id: number;
  item_key: string;
  url: string | null;
  status: FeedItemRecord['status'];
  doc_id: string | null;
  reason: string | null;
  attempts: number;
  first_seen_at: string;
  last_tried_at: string;
}

function feedItemOfRow(r: FeedItemRow): FeedItemRecord {
  return {
    feedId: r.feed_id, key: r.item_key, url: r.url, status: r.status, docId: r.doc_id, reason: r.reason,
    attempts: r.attempts, firstSeenAt: r.first_seen_at, lastTriedAt: r.last_tried_at,
  };
}

interface DuplicateRow {
  doc_id: string;
  original_id: string;
  similarity: number;
  method: string;
  linked_at: string;
}

function duplicateOfRow(r: DuplicateRow): DuplicateLink {
  return { docId: r.doc_id, originalId: r.original_id, similarity: r.similarity, method: r.method, linkedAt: r.linked_at };
}

interface MentionRow {
  event_id: string;
  origin: string;
  doc_id: string | null;
  external_id: string | null;
  source: string | null;
  url: string | null;
  published_at: string | null;
  fields: string | null;
}

function mentionOfRow(r: MentionRow): EventMention {
  return {
    eventId: r.event_id, origin: r.origin, docId: r.doc_id, externalId: r.external_id, source: r.source, url: r.url,
    publishedAt: r.published_at, fields: r.fields === null ? null : (JSON.parse(r.fields) as Record<string, string>),
  };
}
