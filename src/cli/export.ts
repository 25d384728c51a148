// `faultline export --format gdelt|plover|csv|geojson [--out FILE]`: the
// stored events in another tool's format, streamed page by page (bounded
// memory), with the same filters as `faultline events`. GDELT and PLOVER
// need a date, so undated events are left out of them (and counted).
// GDELT rows are written by date, then GLOBALEVENTID; the others by date, then id.
// The store is walked one day at a time (eventIdsOn), so memory holds one day's ids.

import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { eventCsvHeader, eventCsvRow } from '../formats/event-csv.js';
import { eventFeature, GEOJSON_CLOSE, GEOJSON_OPEN } from '../formats/event-geojson.js';
import { formatGdeltLine, gdeltCells, gdeltId } from '../formats/gdelt-event.js';
import { addDays } from '../analytics/calendar-day.js';
import { gdeltContext } from '../formats/load-format-tables.js';
import { ploverRecord } from '../formats/plover-record.js';
import type { Event } from '../records.js';
import { eventFilterSchema, type EventFilter, type Store } from '../store/store.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { withStore } from './with-store.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 1000;

export interface ExportSummary {
  written: number;
  /** Events left out: undated (GDELT, PLOVER) or without coordinates (GeoJSON). */
  left: number;
}

/** Where exported text goes: a sink that may ask the writer to wait. */
export type Sink = (text: string) => Promise<void> | void;

/**
 * The ids of the events matching `filter`, one day at a time (undated events
 * first, when no date bound is given): memory holds one day's ids, whatever
 * the size of the store.
 */
async function* daysOf(store: Store, filter: EventFilter): AsyncGenerator<{ date: string | null; ids: string[] }> {
  const only = { ...(filter.country === undefined ? {} : { country: filter.country }), ...(filter.type === undefined ? {} : { type: filter.type }) };
  if (filter.since === undefined && filter.until === undefined) {
    const undated = await store.eventIdsOn(null, only);
    if (undated.length > 0) yield { date: null, ids: undated };
  }
  const first = filter.since ?? (await store.queryEvents({ since: '1000-01-01', limit: 1 }))[0]?.date ?? null;
  const last = filter.until ?? (await store.latestEventDate());
  if (first === null || last === null) return;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const ids = await store.eventIdsOn(day, only);
    if (ids.length > 0) yield { date: day, ids };
  }
}

async function eventOf(store: Store, id: string): Promise<Event> {
  const e = await store.getEvent(id);
  if (e === null) throw new Error(`event ${id} vanished during the export`);
  return e;
}

export async function exportEvents(store: Store, format: ExportFormat, filter: EventFilter, write: Sink): Promise<ExportSummary> {
  const s: ExportSummary = { written: 0, left: 0 };
  const ctx = format === 'gdelt' ? gdeltContext() : null;
  if (format === 'csv') await write(eventCsvHeader() + '\n');
  if (format === 'geojson') await write(GEOJSON_OPEN);
  for await (const { date, ids } of daysOf(store, filter)) {
    if (date === null && (format === 'gdelt' || format === 'plover')) {
      s.left += ids.length;
      continue;
    }
    // GDELT rows go by GLOBALEVENTID within a day (the order GDELT writes them in, and the
    // order that survives a round trip, since imported events are named after it).
    let order = ids;
    if (ctx !== null) {
      const keyed: { id: string; key: bigint }[] = [];
      for (const id of ids) keyed.push({ id, key: BigInt(gdeltId(id, await store.mentionsOf(id))) });
      order = keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.id);
    }
    for (let i = 0; i < order.length; i += PAGE) {
      const out: string[] = [];
      for (const id of order.slice(i, i + PAGE)) {
        const e = await eventOf(store, id);
        if (ctx !== null) out.push(formatGdeltLine(gdeltCells(e, await store.mentionsOf(id), ctx)) + '\n');
        else if (format === 'plover') out.push(JSON.stringify(ploverRecord(e, await store.mentionsOf(id))) + '\n');
        else if (format === 'csv') {
          const urls = (await store.mentionsOf(id)).flatMap((m) => (m.url === null ? [] : [m.url]));
          out.push(eventCsvRow(e, [...new Set(urls)]) + '\n');
        } else {
          const feature = eventFeature(e);
          if (feature === null) s.left++;
          else out.push((s.written + out.length > 0 ? ',\n' : '') + JSON.stringify(feature));
        }
      }
      s.written += out.length;
      if (out.length > 0) await write(out.join(''));
    }
  }
  if (format === 'geojson') await write(GEOJSON_CLOSE);
  return s;
}

function fileSink(stream: WriteStream): Sink {
  return async (text) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
}

export async function exportCommand(
  io: CliIo,
  o: { format: ExportFormat; out?: string | undefined; db: string | undefined; since?: string | undefined; until?: string | undefined; country?: string | undefined; type?: string | undefined },
): Promise<void> {
  const parsed = eventFilterSchema.safeParse({
    ...(o.since === undefined ? {} : { since: o.since }),
    ...(o.until === undefined ? {} : { until: o.until }),
    ...(o.country === undefined ? {} : { country: o.country }),
    ...(o.type === undefined ? {} : { type: o.type }),
  });
  if (!parsed.success) throw new CliError('bad-filter', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const stream = o.out === undefined ? null : createWriteStream(o.out);
  const sink: Sink = stream === null ? (text) => io.stdout(text) : fileSink(stream);
  try {
    const s = await withStore(o.db, (store) => exportEvents(store, o.format, parsed.data, sink));
    const why = o.format === 'geojson' ? 'without coordinates' : 'undated';
    io.stderr(`exported ${s.written} event(s) as ${o.format}${o.out === undefined ? '' : ` to ${o.out}`}${s.left > 0 ? `; ${s.left} ${why} left out` : ''}\n`);
  } finally {
    if (stream !== null) {
      stream.end();
      await once(stream, 'close');
    }
  }
}
