// `faultline ingest <path>...`: read, code and store reports.

import { describeReadResult, type ReadResult } from '../ingest/read-document.js';
import { readPath } from '../ingest/read-path.js';
import { loadResources } from '../load-resources.js';
import { storeStory } from '../feeds/store-story.js';
import { processDocument } from '../pipeline.js';
import type { Store } from '../store/store.js';
import { alertsAfterWrite } from './alerts.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { progress } from './progress.js';
import { withStore } from './with-store.js';

export interface IngestSummary {
  documents: number;
  events: number;
  skipped: number;
  failed: number;
  /** Near-copies of stored stories, linked rather than stored anew. */
  duplicates?: number;
}

/** Ingests a stream of read results into a store; one bad report never stops the batch. */
export async function ingestResults(
  results: AsyncIterable<ReadResult>,
  store: Store,
  io: CliIo,
  opts: { quiet: boolean; now: () => string; dicts?: readonly string[] },
): Promise<IngestSummary> {
  const res = loadResources({ dicts: opts.dicts ?? [] });
  const summary: IngestSummary = { documents: 0, events: 0, skipped: 0, failed: 0 };
  const bar = progress(io, !opts.quiet);
  for await (const r of results) {
    bar.tick(r.file);
    if (!r.ok) {
      if (r.skipped === true) summary.skipped++;
      else {
        summary.failed++;
        await store.recordProblem({ file: r.file, ...(r.line !== undefined ? { line: r.line } : {}), reason: r.reason, at: opts.now() });
      }
      bar.done();
      io.stderr(`${r.skipped === true ? 'skipped' : 'failed'}: ${describeReadResult(r)}\n`);
      continue;
    }
    const doc = r.document;
    if (await store.hasDocument(doc.id)) {
      summary.skipped++;
      continue;
    }
    try {
      // A near-copy of a stored story (the same wire copy republished) is
      // linked to the first copy and its events merged there as mentions.
      const outcome = await storeStory(store, doc, (d) => processDocument(d, res), opts.now());
      if (outcome.status === 'ingested') {
        summary.documents++;
        summary.events += outcome.events;
      } else if (outcome.status === 'duplicate') {
        summary.duplicates = (summary.duplicates ?? 0) + 1;
      } else summary.skipped++;
    } catch (err) {
      summary.failed++;
      const reason = err instanceof Error ? err.message : String(err);
      await store.recordProblem({ file: r.file, ...(r.line !== undefined ? { line: r.line } : {}), reason, at: opts.now() });
      bar.done();
      io.stderr(`failed: ${describeReadResult(r)}: ${reason}\n`);
    }
  }
  bar.done();
  if (summary.documents > 0) await alertsAfterWrite(store, io, opts.now);
  return summary;
}

export function summaryLine(s: IngestSummary): string {
  const dup = s.duplicates ? `; ${s.duplicates} near-duplicate(s) linked to an earlier copy` : '';
  return `ingested ${s.documents} document(s) with ${s.events} event(s); ${s.skipped} skipped, ${s.failed} failed${dup}\n`;
}

export async function ingestCommand(
  io: CliIo,
  o: { paths: string[]; db: string | undefined; date: string | undefined; source: string | undefined; quiet: boolean; dicts?: readonly string[] },
): Promise<void> {
  if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new CliError('bad-date', `--date must be YYYY-MM-DD, got "${o.date}"`);
  const dicts = o.dicts ?? [];
  loadResources({ dicts }); // a bad user dictionary fails before the database is opened
  const summary = await withStore(o.db, (store) =>
    ingestResults(readPath(o.paths, { date: o.date, source: o.source }), store, io, {
      quiet: o.quiet,
      now: () => new Date().toISOString(),
      dicts,
    }),
  );
  io.stdout(summaryLine(summary));
  if (summary.failed > 0 && summary.documents === 0 && summary.skipped === 0) {
    throw new CliError('ingest-failed', 'no report could be read', 1);
  }
}
