// `faultline import <events.jsonl>`: store coded events (the event JSON of
// src/records.ts, one per line), e.g. exported by another Faultline or
// converted from another event data set. The documents need not be stored:
// events keep their docId (`explain` works from the evidence sentence each
// event carries; `show` needs the document). One bad line never stops the file; an event
// whose id is already stored is skipped, so importing a file twice adds
// nothing the second time.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { runAlerts } from '../alerts/run-alerts.js';
import type { Event } from '../records.js';
import { eventSchema } from '../records-schema.js';
import type { Store } from '../store/store.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { withStore } from './with-store.js';
import { importFormatCommand, type ImportFormat } from './import-formats.js';

/** Events written per transaction. */
const BATCH = 1000;
/** Reasons printed to stderr; all of them (up to MAX_RECORDED) are kept as problems. */
const SHOWN_REASONS = 5;
const MAX_RECORDED = 1000;

export interface ImportProblem {
  line: number;
  reason: string;
}

export interface ImportSummary {
  /** Non-blank lines read. */
  read: number;
  imported: number;
  /** Valid events whose id was already stored. */
  duplicates: number;
  /** Lines that are not a valid event. */
  invalid: number;
  /** The first problems, in line order. */
  problems: ImportProblem[];
}

/** Why a line is not an event: the first zod issues, with their paths. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Validates and stores the events of `lines` (JSON Lines), in batches. Invalid
 * lines are counted and the first `keep` of them returned with their line
 * numbers; nothing stops the import but a database failure.
 */
export async function importEventLines(
  lines: AsyncIterable<string> | Iterable<string>,
  store: Store,
  opts: { keep?: number } = {},
): Promise<ImportSummary> {
  const keep = opts.keep ?? MAX_RECORDED;
  const summary: ImportSummary = { read: 0, imported: 0, duplicates: 0, invalid: 0, problems: [] };
  let batch: Event[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const r = await store.importEvents(batch);
    summary.imported += r.inserted;
    summary.duplicates += r.skipped;
    batch = [];
  };
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const text = raw.trim();
    if (text === '') continue;
    summary.read++;
    let value: unknown;
    let reason: string | null = null;
    try {
      value = JSON.parse(text);
    } catch (error) {
      reason = `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (reason === null) {
      const parsed = eventSchema.safeParse(value);
      if (parsed.success) {
        batch.push(parsed.data);
        if (batch.length >= BATCH) await flush();
        continue;
      }
      reason = `not an event: ${describeIssues(parsed.error.issues)}`;
    }
    summary.invalid++;
    if (summary.problems.length < keep) summary.problems.push({ line: lineNo, reason });
  }
  await flush();
  return summary;
}

export function importSummaryLine(file: string, s: ImportSummary): string {
  return `${file}: read ${s.read} line(s): imported ${s.imported} event(s); ${s.duplicates} already stored, ${s.invalid} invalid\n`;
}

async function linesOf(file: string, io: CliIo): Promise<AsyncIterable<string>> {
  if (file === '-') {
    const text = await io.readStdin();
    return createInterface({ input: Readable.from([text]), crlfDelay: Infinity });
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError('not-a-file', `${file} is not a file`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('no-file', `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}

export async function importCommand(
  io: CliIo,
  o: { file: string; db: string | undefined; alerts: boolean; now?: () => string; format?: ImportFormat; quiet?: boolean },
): Promise<void> {
  // Other data sets (issue 5): GDELT, ACLED, PLOVER; the default stays Faultline's event JSONL.
  if (o.format !== undefined && o.format !== 'jsonl') {
    await importFormatCommand(io, { ...o, format: o.format });
    return;
  }
  const now = o.now ?? (() => new Date().toISOString());
  const lines = await linesOf(o.file, io);
  const label = o.file === '-' ? 'stdin' : o.file;
  const summary = await withStore(o.db, async (store) => {
    const s = await importEventLines(lines, store);
    for (const p of s.problems) await store.recordProblem({ file: label, line: p.line, reason: p.reason, at: now() });
    if (o.alerts && s.imported > 0) await runAlerts(store, { now, log: (line) => io.stderr(line + '\n') });
    return s;
  });
  for (const p of summary.problems.slice(0, SHOWN_REASONS)) io.stderr(`invalid: ${label}:${p.line}: ${p.reason}\n`);
  if (summary.invalid > SHOWN_REASONS) {
    io.stderr(`… and ${summary.invalid - SHOWN_REASONS} more invalid line(s) (see the first ${Math.min(summary.invalid, MAX_RECORDED)} in the problems table)\n`);
  }
  io.stdout(importSummaryLine(label, summary));
  if (summary.read > 0 && summary.imported === 0 && summary.duplicates === 0) {
    throw new CliError('import-failed', `no line of ${label} is a valid event`, 1);
  }
}
