// The dyad_days and place_days tables of the SQLite store: kept up to date
// inside the transaction that writes events, recomputed on demand. How events
// become aggregate rows is src/analytics' business (aggregateEvents,
// aggregatePlaces and their merge functions); this module only reads and
// writes rows.
//
// Distinct documents stay exact: events of a document that had no events
// stored yet are added to the existing rows (mergeDyadDays adds document
// counts, which is exact for documents not already counted). When a write
// brings more events of a document that already had some (an import split
// over several batches or files), the rows of the dates those events fall on
// are recomputed from all stored events of those dates instead.

import { aggregateEvents, mergeDyadDays } from '../../analytics/actor-key.js';
import { aggregatePlaces, mergePlaceDays } from '../../analytics/place-key.js';
import type { DyadDay, PlaceDay } from '../../analytics/types.js';
import type { Event } from '../../records.js';
import type { SqliteStatement, SqliteValue } from './sqlite-database.js';

export type DyadLevel = 'country' | 'sector';
export const DYAD_LEVELS: readonly DyadLevel[] = ['country', 'sector'];

interface DyadRow {
  date: string;
  source: string;
  target: string;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldstein_sum: number;
  documents: number;
  event_ids: string;
}

interface PlaceRow {
  date: string;
  place: string;
  country: string | null;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldstein_sum: number;
  documents: number;
  event_ids: string;
}

const DYAD_COLUMNS = 'date, source, target, q1, q2, q3, q4, goldstein_sum, documents, event_ids';
const PLACE_COLUMNS = 'date, place, country, q1, q2, q3, q4, goldstein_sum, documents, event_ids';

export function dyadDayOfRow(r: DyadRow): DyadDay {
  return {
    date: r.date,
    source: r.source,
    target: r.target,
    counts: [r.q1, r.q2, r.q3, r.q4],
    goldsteinSum: r.goldstein_sum,
    documents: r.documents,
    eventIds: JSON.parse(r.event_ids) as string[],
  };
}

export function placeDayOfRow(r: PlaceRow): PlaceDay {
  return {
    date: r.date,
    place: r.place,
    country: r.country,
    counts: [r.q1, r.q2, r.q3, r.q4],
    goldsteinSum: r.goldstein_sum,
    documents: r.documents,
    eventIds: JSON.parse(r.event_ids) as string[],
  };
}

/** Reads and writes aggregate rows through the store's prepared statements; callers hold the transaction. */
export class SqliteAggregates {
  readonly #sql: (sql: string) => SqliteStatement;

  constructor(sql: (sql: string) => SqliteStatement) {
    this.#sql = sql;
  }

  /**
   * Document ids among `docIds` that already have events stored. Call it
   * before inserting new events; pass the answer to `addEvents`.
   */
  docsWithEvents(docIds: Iterable<string | null>): Set<string> {
    const has = this.#sql('SELECT 1 FROM events WHERE doc_id = ? LIMIT 1');
    const found = new Set<string>();
    for (const id of new Set(docIds)) if (id !== null && has.get(id) !== undefined) found.add(id);
    return found;
  }

  /**
   * Brings the aggregates up to date with `events`, just inserted. `stale`:
   * documents that had events before these (their dates are recomputed).
   */
  addEvents(events: readonly Event[], stale: ReadonlySet<string>): void {
    const recount = new Set<string>();
    for (const e of events) if (e.date !== null && e.docId !== null && stale.has(e.docId)) recount.add(e.date.slice(0, 10));
    const additive = recount.size === 0 ? events : events.filter((e) => e.date === null || !recount.has(e.date.slice(0, 10)));
    if (additive.length > 0) {
      for (const level of DYAD_LEVELS) {
        for (const row of aggregateEvents(additive, { withSector: level === 'sector' })) this.#mergeDyadRow(level, row);
      }
      for (const row of aggregatePlaces(additive)) this.#mergePlaceRow(row);
    }
    for (const date of recount) this.recomputeDate(date);
  }

  /** Replaces every aggregate row of `date` with rows computed from the stored events of that date. */
  recomputeDate(date: string): { dyadDays: number; placeDays: number } {
    // "level IN (…)" lets SQLite use the primary key (level, date, …).
    this.#sql("DELETE FROM dyad_days WHERE level IN ('country', 'sector') AND date = ?").run(date);
    this.#sql('DELETE FROM place_days WHERE date = ?').run(date);
    const rows = this.#sql("SELECT json FROM events WHERE COALESCE(date, '') = ?").all(date) as { json: string }[];
    const events = rows.map((r) => JSON.parse(r.json) as Event);
    let dyadDays = 0;
    for (const level of DYAD_LEVELS) {
      for (const row of aggregateEvents(events, { withSector: level === 'sector' })) {
        this.#writeDyadRow(level, row);
        dyadDays++;
      }
    }
    const places = aggregatePlaces(events);
    for (const row of places) this.#writePlaceRow(row);
    return { dyadDays, placeDays: places.length };
  }

  /** Recomputes everything, date by date. */
  rebuild(): { dyadDays: number; placeDays: number } {
    this.#sql('DELETE FROM dyad_days').run();
    this.#sql('DELETE FROM place_days').run();
    const dates = this.#sql('SELECT DISTINCT date FROM events WHERE date IS NOT NULL ORDER BY date').all() as {
      date: string;
    }[];
    const total = { dyadDays: 0, placeDays: 0 };
    for (const { date } of dates) {
      const n = this.recomputeDate(date);
      total.dyadDays += n.dyadDays;
      total.placeDays += n.placeDays;
    }
    return total;
  }

  dyadDays(f: { since?: string | undefined; until?: string | undefined; actor?: string | undefined; level?: DyadLevel | undefined }): DyadDay[] {
    const where = ['level = ?'];
    const params: SqliteValue[] = [f.level ?? 'country'];
    if (f.since !== undefined) {
      where.push('date >= ?');
      params.push(f.since);
    }
    if (f.until !== undefined) {
      where.push('date <= ?');
      params.push(f.until);
    }
    if (f.actor !== undefined) {
      if (f.actor.includes('/')) {
        where.push('(source = ? OR target = ?)');
        params.push(f.actor, f.actor);
      } else {
        // "IRQ" and "IRQ/…": '/' sorts just before '0', so the range is [IRQ/, IRQ0).
        where.push('(source = ? OR (source >= ? AND source < ?) OR target = ? OR (target >= ? AND target < ?))');
        params.push(f.actor, `${f.actor}/`, `${f.actor}0`, f.actor, `${f.actor}/`, `${f.actor}0`);
      }
    }
    const sql = `SELECT ${DYAD_COLUMNS} FROM dyad_days WHERE ${where.join(' AND ')} ORDER BY date, source, target`;
    return (this.#sql(sql).all(...params) as DyadRow[]).map(dyadDayOfRow);
  }

  placeDays(f: { since?: string | undefined; until?: string | undefined }): PlaceDay[] {
    const rows = this.#sql(
      `SELECT ${PLACE_COLUMNS} FROM place_days WHERE date >= ? AND date <= ? ORDER BY date, place`,
    ).all(f.since ?? '', f.until ?? '\uffff') as PlaceRow[];
    return rows.map(placeDayOfRow);
  }

  #mergeDyadRow(level: DyadLevel, row: DyadDay): void {
    const have = this.#sql(
      `SELECT ${DYAD_COLUMNS} FROM dyad_days WHERE level = ? AND date = ? AND source = ? AND target = ?`,
    ).get(level, row.date, row.source, row.target) as DyadRow | undefined;
    const merged = have === undefined ? row : mergeDyadDays([dyadDayOfRow(have)], [row])[0];
    if (merged !== undefined) this.#writeDyadRow(level, merged);
  }

  #mergePlaceRow(row: PlaceDay): void {
    const have = this.#sql(`SELECT ${PLACE_COLUMNS} FROM place_days WHERE date = ? AND place = ?`).get(
      row.date,
      row.place,
    ) as PlaceRow | undefined;
    const merged = have === undefined ? row : mergePlaceDays([placeDayOfRow(have)], [row])[0];
    if (merged !== undefined) this.#writePlaceRow(merged);
  }

  #writeDyadRow(level: DyadLevel, r: DyadDay): void {
    this.#sql(`INSERT OR REPLACE INTO dyad_days (level, ${DYAD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      level, r.date, r.source, r.target, r.counts[0], r.counts[1], r.counts[2], r.counts[3], r.goldsteinSum, r.documents,
      JSON.stringify(r.eventIds),
    );
  }

  #writePlaceRow(r: PlaceDay): void {
    this.#sql(`INSERT OR REPLACE INTO place_days (${PLACE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      r.date, r.place, r.country, r.counts[0], r.counts[1], r.counts[2], r.counts[3], r.goldsteinSum, r.documents,
      JSON.stringify(r.eventIds),
    );
  }
}
