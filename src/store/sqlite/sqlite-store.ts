// The default Store: one SQLite file (or memory), through better-sqlite3.
// better-sqlite3 is synchronous; the methods are async only to honour the
// Store contract, and since nothing awaits inside them a transaction is never
// interleaved with another call.

import { PLOVER_TYPES } from '../../records.js';
import type { Actor, Document, Event, Sentence } from '../../records.js';
import { checkDocumentEvents, eventFilterSchema, ingestProblemSchema } from '../store.js';
import type { EventFilter, IngestProblem, SaveResult, Store, StoreStats } from '../store.js';
import { applyMigrations } from './migrations.js';
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

const DEFAULT_PROBLEM_LIMIT = 100;

/** The order of every event listing: by date (undated first), then id. */
const EVENT_ORDER_KEY = "COALESCE(e.date, '')";

export class SqliteStore implements Store {
  readonly #db: SqliteDatabase;
  readonly #statements = new Map<string, SqliteStatement>();

  private constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  /** Opens a database file (created and migrated as needed) or ':memory:'. */
  static open(path: string): SqliteStore {
    const db = openSqliteDatabase(path);
    try {
      applyMigrations(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db);
  }

  async saveDocument(doc: Document, sentences: Sentence[], events: Event[]): Promise<SaveResult> {
    checkDocumentEvents(doc, events);
    try {
      return inTransaction(this.#db, () => {
        const { changes } = this.#sql(
          `INSERT INTO documents (id, source, url, title, published_at, dateline, language, text)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO NOTHING`,
        ).run(doc.id, doc.source, doc.url, doc.title, doc.publishedAt, doc.dateline, doc.language, doc.text);
        if (changes === 0) return { inserted: false };

        const insertSentence = this.#sql(
          'INSERT INTO sentences (doc_id, position, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)',
        );
        for (const s of sentences) insertSentence.run(doc.id, s.index, s.start, s.end, s.text);

        const insertEvent = this.#sql(
          `INSERT INTO events (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const insertActor = this.#sql(
          `INSERT INTO event_actors (event_id, role, position, country, igo, sector, name)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        );
        events.forEach((e, position) => {
          insertEvent.run(
            e.id, doc.id, position, e.sentence, e.date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence,
            JSON.stringify(e),
          );
          const insertActors = (role: 'source' | 'target', actors: readonly Actor[]): void => {
            actors.forEach((a, i) => insertActor.run(e.id, role, i, a.country, a.igo, a.sector, a.name));
          };
          insertActors('source', e.source);
          insertActors('target', e.target);
        });
        return { inserted: true };
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not save document ${doc.id} (nothing of it was stored): ${reason}`, { cause: error });
    }
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

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
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

/** Events are stored as the JSON the store wrote itself, so it is read back as is. */
function parseEvent(row: JsonRow): Event {
  return JSON.parse(row.json) as Event;
}
