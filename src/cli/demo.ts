// `faultline demo` (what `npm start` runs until the dashboard exists): loads
// the bundled illustrative reports into an empty database and prints a summary.

import { dataPath } from '../data-dir.js';
import { readPath } from '../ingest/read-path.js';
import type { CliIo } from './cli-io.js';
import { formatEvents } from './format-events.js';
import { ingestResults, summaryLine } from './ingest.js';
import { withStore } from './with-store.js';

export async function demoCommand(io: CliIo, o: { db: string | undefined }): Promise<void> {
  await withStore(o.db, async (store) => {
    if ((await store.countDocuments()) === 0) {
      io.stdout('Loading the bundled demo reports (illustrative text written for Faultline, not real news)…\n');
      const summary = await ingestResults(readPath([dataPath('demo/reports.jsonl')], {}), store, io, {
        quiet: true,
        now: () => new Date().toISOString(),
      });
      io.stdout(summaryLine(summary));
    }
    const stats = await store.stats();
    io.stdout(`\nDatabase ${o.db ?? './faultline.db'}: ${stats.documents} document(s), ${stats.events} event(s)\n`);
    const byType = Object.entries(stats.byPlover)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    io.stdout(`By PLOVER type: ${byType || 'none'}\n\nLatest events:\n`);
    const events = await store.queryEvents({});
    io.stdout(formatEvents(events.slice(-15), 'table'));
    io.stdout('\nNext: `npx faultline events --country ISO3`, `npx faultline explain <event-id>`, `npx faultline show <doc-id>`.\n');
  });
}
