// `faultline import --format gdelt|acled|plover <file>`: events from other
// data sets, streamed (GDELT: .zip too) in batches, each with the mention that
// keeps its id, source and URL. Every row is counted as imported, already
// stored or skipped; the first skipped rows are reported with their line
// numbers and why, and one bad row never stops the file.

import { parseAcledRow } from '../formats/acled-event.js';
import { CsvRecords } from '../formats/csv-records.js';
import { parseGdeltRow } from '../formats/gdelt-event.js';
import { acledContext, gdeltContext, ploverContext } from '../formats/load-format-tables.js';
import { parsePloverRecord } from '../formats/plover-record.js';
import { linesOfText, openLines, type LineSource } from '../formats/read-lines.js';
import type { Event } from '../records.js';
import type { EventMention, Store } from '../store/store.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { withStore } from './with-store.js';
import { runAlerts } from '../alerts/run-alerts.js';

export const IMPORT_FORMATS = ['jsonl', 'gdelt', 'acled', 'plover'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ForeignFormat = Exclude<ImportFormat, 'jsonl'>;

/** One row of input: an event (with its mention) or why it is skipped. */
export type ParsedRow =
  | { line: number; ok: true; event: Event; mention: EventMention | null }
  | { line: number; ok: false; reason: string };

export interface FormatImportSummary {
  /** Rows read (blank lines and the CSV header not counted). */
  read: number;
  imported: number;
  /** Valid rows whose event id was already stored. */
  duplicates: number;
  /** Rows that are not an event, with the first reasons. */
  skipped: number;
  problems: { line: number; reason: string }[];
}

/** Rows per transaction: a commit (and its WAL checkpoint share) costs tens of milliseconds. */
const BATCH = 2000;
const KEPT_PROBLEMS = 1000;
const SHOWN_REASONS = 5;

/** Rows of a GDELT 2.0 export: one event a line, 61 tab-separated cells. */
export async function* gdeltRows(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParsedRow> {
  const ctx = gdeltContext();
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const r = parseGdeltRow(text.split('\t'), ctx);
    yield r.ok ? { line, ok: true, event: r.event, mention: r.mention } : { line, ok: false, reason: r.reason };
  }
}

/** Rows of an ACLED CSV export: a header, then one event a record (either column layout). */
export async function* acledRows(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParsedRow> {
  const ctx = acledContext();
  const csv = new CsvRecords();
  let header: string[] | null = null;
  for await (const text of lines) {
    const record = csv.push(text);
    if (record === null) continue;
    if (header === null) {
      header = record.cells.map((c) => c.trim().toLowerCase());
      if (!header.includes('event_type') || !header.includes('event_date')) {
        yield { line: record.line, ok: false, reason: 'not an ACLED header: event_date and event_type columns are needed' };
        return;
      }
      continue;
    }
    if (record.cells.length === 1 && record.cells[0]?.trim() === '') continue;
    if (record.cells.length !== header.length) {
      yield { line: record.line, ok: false, reason: `expected ${header.length} columns, found ${record.cells.length}` };
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = record.cells[i] ?? ''));
    const r = parseAcledRow(row, ctx);
    yield r.ok ? { line: record.line, ok: true, event: r.event, mention: r.mention } : { line: record.line, ok: false, reason: r.reason };
  }
  if (csv.unterminated) yield { line: csv.pendingLine, ok: false, reason: 'the file ends inside a quoted field' };
}

/** Rows of a PLOVER JSON Lines file. */
export async function* ploverRows(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParsedRow> {
  const ctx = ploverContext();
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line, ok: false, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
      continue;
    }
    const r = parsePloverRecord(value, ctx);
    yield r.ok ? { line, ok: true, event: r.event, mention: r.mention } : { line, ok: false, reason: r.reason };
  }
}

export function rowsOf(format: ForeignFormat, lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParsedRow> {
  return format === 'gdelt' ? gdeltRows(lines) : format === 'acled' ? acledRows(lines) : ploverRows(lines);
}

/** Stores parsed rows in batches; never stops for a bad row. */
export async function importRows(
  rows: AsyncIterable<ParsedRow>,
  store: Store,
  opts: { keep?: number; onBatch?: (s: FormatImportSummary) => void } = {},
): Promise<FormatImportSummary> {
  const keep = opts.keep ?? KEPT_PROBLEMS;
  const s: FormatImportSummary = { read: 0, imported: 0, duplicates: 0, skipped: 0, problems: [] };
  let events: Event[] = [];
  let mentions: EventMention[] = [];
  const flush = async (): Promise<void> => {
    if (events.length === 0) return;
    const r = await store.importEventsWithMentions(events, mentions);
    s.imported += r.inserted;
    s.duplicates += r.skipped;
    events = [];
    mentions = [];
    opts.onBatch?.(s);
  };
  for await (const row of rows) {
    s.read++;
    if (!row.ok) {
      s.skipped++;
      if (s.problems.length < keep) s.problems.push({ line: row.line, reason: row.reason });
      continue;
    }
    events.push(row.event);
    if (row.mention !== null) mentions.push(row.mention);
    if (events.length >= BATCH) await flush();
  }
  await flush();
  return s;
}

/** A progress bar on a terminal: percent of bytes read, rows so far. */
function progressBar(io: CliIo, source: LineSource, enabled: boolean): { update(s: FormatImportSummary): void; done(): void } {
  if (!enabled || !io.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(s) {
      const fraction = source.totalBytes > 0 ? Math.min(1, source.bytesRead() / source.totalBytes) : 0;
      const width = 30;
      const filled = Math.round(fraction * width);
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${s.read.toLocaleString('en')} rows`);
      shown = true;
    },
    done() {
      if (shown) io.stderr('\r' + ' '.repeat(70) + '\r');
    },
  };
}

export function formatImportSummaryLine(label: string, format: string, s: FormatImportSummary): string {
  return `${label}: read ${s.read} ${format} row(s): imported ${s.imported} event(s); ${s.duplicates} already stored, ${s.skipped} skipped\n`;
}

export async function importFormatCommand(
  io: CliIo,
  o: { file: string; format: ForeignFormat; db: string | undefined; alerts: boolean; quiet?: boolean; now?: () => string },
): Promise<FormatImportSummary> {
  const now = o.now ?? (() => new Date().toISOString());
  let source: LineSource;
  try {
    source = o.file === '-' ? linesOfText(await io.readStdin()) : await openLines(o.file);
  } catch (error) {
    throw new CliError('no-file', `cannot read ${o.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const label = o.file === '-' ? 'stdin' : o.file;
  const bar = progressBar(io, source, o.quiet !== true);
  const summary = await withStore(o.db, async (store) => {
    const s = await importRows(rowsOf(o.format, source.lines), store, { onBatch: (x) => bar.update(x) });
    bar.done();
    for (const p of s.problems) await store.recordProblem({ file: label, line: p.line, reason: p.reason, at: now() });
    if (o.alerts && s.imported > 0) await runAlerts(store, { now, log: (line) => io.stderr(line + '\n') });
    return s;
  });
  for (const p of summary.problems.slice(0, SHOWN_REASONS)) io.stderr(`skipped: ${label}:${p.line}: ${p.reason}\n`);
  if (summary.skipped > SHOWN_REASONS) {
    io.stderr(`… and ${summary.skipped - SHOWN_REASONS} more skipped row(s) (the first ${Math.min(summary.skipped, KEPT_PROBLEMS)} are in the problems table)\n`);
  }
  io.stdout(formatImportSummaryLine(label, o.format, summary));
  if (summary.read > 0 && summary.imported === 0 && summary.duplicates === 0) {
    throw new CliError('import-failed', `no row of ${label} is a valid ${o.format} event`, 1);
  }
  return summary;
}
