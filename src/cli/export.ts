// `faultline export --format gdelt|plover|csv|geojson [--out FILE]`: the
// stored events in another tool's format, streamed page by page (bounded
// memory), with the same filters as `faultline events`. GDELT and PLOVER
// need a date, so undated events are left out of them (and counted).
// GDELT rows are written by date, then GLOBALEVENTID; the others by date, then id.

import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { eventCsvHeader, eventCsvRow } from '../formats/event-csv.js';
import { eventFeature, GEOJSON_CLOSE, GEOJSON_OPEN } from '../formats/event-geojson.js';
import { formatGdeltLine, gdeltCells } from '../formats/gdelt-event.js';
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

/** Every event matching `filter`, a page at a time. */
async function* allEvents(store: Store, filter: EventFilter): AsyncGenerator<Event[]> {
  let after: string | undefined;
  for (;;) {
    const page = await store.queryEvents({ ...filter, limit: PAGE, ...(after === undefined ? {} : { after }) });
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    after = page.at(-1)?.id;
  }
}

export async function exportEvents(store: Store, format: ExportFormat, filter: EventFilter, write: Sink): Promise<ExportSummary> {
  const s: ExportSummary = { written: 0, left: 0 };
  if (format === 'gdelt') {
    const ctx = gdeltContext();
    let day: string | null = null;
    let rows: { id: bigint; line: string }[] = [];
    const flushDay = async (): Promise<void> => {
      rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      if (rows.length > 0) await write(rows.map((r) => r.line + '\n').join(''));
      s.written += rows.length;
      rows = [];
    };
    for await (const page of allEvents(store, filter)) {
      for (const e of page) {
        if (e.date === null) {
          s.left++;
          continue;
        }
        if (e.date !== day) {
          await flushDay();
          day = e.date;
        }
        const cells = gdeltCells(e, await store.mentionsOf(e.id), ctx);
        rows.push({ id: BigInt(cells[0] ?? '0'), line: formatGdeltLine(cells) });
      }
    }
    await flushDay();
    return s;
  }
  if (format === 'csv') await write(eventCsvHeader() + '\n');
  if (format === 'geojson') await write(GEOJSON_OPEN);
  for await (const page of allEvents(store, filter)) {
    const out: string[] = [];
    for (const e of page) {
      if (format === 'plover') {
        if (e.date === null) s.left++;
        else out.push(JSON.stringify(ploverRecord(e, await store.mentionsOf(e.id))) + '\n');
      } else if (format === 'csv') {
        const urls = (await store.mentionsOf(e.id)).flatMap((m) => (m.url === null ? [] : [m.url]));
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
