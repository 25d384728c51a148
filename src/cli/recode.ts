// `faultline recode`: code the stored documents again with the current
// resources (built-in dictionaries, user dictionaries, coder) and replace
// their sentences and events, one transaction per document. Each document is
// coded as `ingest` codes it (processDocument, with its own date, home
// country and source); a near-duplicate story is matched against its first
// copy's events as `ingest` matches it (src/feeds/store-story.ts), so that
// its merged events stay mentions and are not counted twice.

import type { CodedDocument } from '../coder/code-document.js';
import { loadResources } from '../load-resources.js';
import { processDocument } from '../pipeline.js';
import type { Document } from '../records.js';
import { splitMerged } from '../feeds/store-story.js';
import { dateRangeSchema, type RecodeResult, type Store } from '../store/store.js';
import { alertsAfterWrite } from './alerts.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { progress } from './progress.js';
import { withStore } from './with-store.js';

export interface RecodeFailure {
  docId: string;
  reason: string;
}

export interface RecodeSummary {
  /** Documents examined (in the date range). */
  documents: number;
  /** Events of those documents before and after. */
  eventsBefore: number;
  eventsAfter: number;
  /** Documents whose sentences, events or mentions changed. */
  changed: number;
  failed: RecodeFailure[];
  /** True when nothing was written. */
  dryRun: boolean;
}

export interface RecodeOptions {
  dicts: readonly string[];
  since?: string | undefined;
  until?: string | undefined;
  dryRun: boolean;
  /** The coder (tests may pass another); default: processDocument with the loaded resources. */
  code?: (doc: Document) => CodedDocument;
  now: () => string;
}

/** Re-codes the stored documents of a date range; one document that fails never stops the batch. */
export async function recodeStore(store: Store, io: CliIo, opts: RecodeOptions): Promise<RecodeSummary> {
  const res = loadResources({ dicts: opts.dicts });
  const code = opts.code ?? ((doc: Document) => processDocument(doc, res));
  const range = { ...(opts.since !== undefined ? { since: opts.since } : {}), ...(opts.until !== undefined ? { until: opts.until } : {}) };
  const summary: RecodeSummary = { documents: 0, eventsBefore: 0, eventsAfter: 0, changed: 0, failed: [], dryRun: opts.dryRun };
  const bar = progress(io, true);
  // First copies before near-duplicates: a duplicate is matched against its first copy's new events.
  const ids = await store.documentIds(range);
  const originalOf = new Map<string, string>();
  for (const id of ids) {
    const link = await store.duplicateOf(id);
    if (link !== null) originalOf.set(id, link.originalId);
  }
  const ordered = [...ids.filter((id) => !originalOf.has(id)), ...ids.filter((id) => originalOf.has(id))];
  for (const docId of ordered) {
    bar.tick(docId);
    summary.documents++;
    try {
      const result = await recodeDocument(store, docId, originalOf.get(docId) ?? null, code, opts.dryRun);
      summary.eventsBefore += result.before;
      summary.eventsAfter += result.after;
      if (result.changed) summary.changed++;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      summary.failed.push({ docId, reason });
      // What it had stays: count its stored events on both sides.
      const kept = (await store.eventsOfDocument(docId)).length;
      summary.eventsBefore += kept;
      summary.eventsAfter += kept;
      bar.done();
      io.stderr(`failed: ${docId}: ${reason}\n`);
    }
  }
  bar.done();
  if (!opts.dryRun && summary.changed > 0) await alertsAfterWrite(store, io, opts.now);
  return summary;
}

/** Codes one stored document again (a near-duplicate against its first copy, `originalId`) and replaces (or, on a dry run, compares) its coding. */
async function recodeDocument(
  store: Store,
  docId: string,
  originalId: string | null,
  code: (doc: Document) => CodedDocument,
  dryRun: boolean,
): Promise<RecodeResult> {
  const doc = await store.getDocument(docId);
  if (doc === null) throw new Error('the document is no longer stored');
  const coded = code(doc);
  if (originalId === null) return store.replaceCoding(docId, coded.sentences, coded.events, { dryRun });
  const { own, mentions } = splitMerged(doc, coded.events, await store.eventsOfDocument(originalId));
  return store.replaceCoding(docId, coded.sentences, own, { mentions, dryRun });
}

export function recodeSummaryLine(s: RecodeSummary): string {
  const failed = s.failed.length > 0 ? `; ${s.failed.length} failed` : '';
  const verb = s.dryRun ? 'would re-code (dry run, nothing written)' : 're-coded';
  return `${verb} ${s.documents} document(s): events ${s.eventsBefore} → ${s.eventsAfter}; ${s.changed} document(s) changed${failed}\n`;
}

export async function recodeCommand(
  io: CliIo,
  o: { db: string | undefined; dicts: readonly string[]; since: string | undefined; until: string | undefined; dryRun: boolean; json: boolean },
): Promise<void> {
  const range = dateRangeSchema.safeParse({ ...(o.since !== undefined ? { since: o.since } : {}), ...(o.until !== undefined ? { until: o.until } : {}) });
  if (!range.success) {
    const issue = range.error.issues[0];
    throw new CliError('bad-date', `--${String(issue?.path[0] ?? 'since')}: ${issue?.message ?? 'invalid'} (expected YYYY-MM-DD, --since not after --until)`);
  }
  loadResources({ dicts: o.dicts }); // a bad user dictionary fails before the database is opened
  const summary = await withStore(o.db, (store) =>
    recodeStore(store, io, { dicts: o.dicts, since: o.since, until: o.until, dryRun: o.dryRun, now: () => new Date().toISOString() }),
  );
  io.stdout(o.json ? JSON.stringify(summary) + '\n' : recodeSummaryLine(summary));
  if (summary.failed.length > 0) {
    throw new CliError('recode-failed', `${summary.failed.length} document(s) could not be re-coded (their stored coding is unchanged)`, 1);
  }
}
