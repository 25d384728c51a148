// `faultline serve [--db] [--host 127.0.0.1] [--port N] [--demo]`: one
// process serving the API (/api/v1) and the dashboard, until Ctrl-C.
// With --demo (what `npm start` runs), an empty database first gets the
// bundled illustrative reports and two example alert rules.

import { dataPath } from '../data-dir.js';
import { readPath } from '../ingest/read-path.js';
import { loadResources } from '../load-resources.js';
import { loadGeoResources } from '../geo/load-gazetteer.js';
import { openStore } from '../store/open-store.js';
import type { NewAlertRule, Store } from '../store/store.js';
import { serialAlerts } from '../server/serial-alerts.js';
import { defaultWebRoot, startServer, type RunningServer } from '../server/start-server.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { ingestResults, summaryLine } from './ingest.js';

export const DEFAULT_PORT = 8080;

export interface ServeOptions {
  db: string | undefined;
  host: string;
  /** A port number; undefined: DEFAULT_PORT, or any free port when it is taken. */
  port: string | undefined;
  demo: boolean;
  /** Folder of the built dashboard (default: dist-web/ of the package). */
  web?: string | undefined;
  /** User dictionary folders laid over the built-in ones (--dict). */
  dicts?: readonly string[];
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  until?: (server: RunningServer) => Promise<void>;
}

/** Alert rules the demo database starts with, so the alerts view has something to show. */
export const DEMO_ALERT_RULES: ReadonlyArray<Omit<NewAlertRule, 'createdAt'>> = [
  { name: 'demo: any escalation', rule: { kind: 'escalation' }, webhook: null },
  { name: 'demo: tension ERI-ETH above 60', rule: { kind: 'tension', dyad: 'ERI-ETH', above: 60 }, webhook: null },
];

/**
 * Loads the bundled demo reports into an empty store (as `faultline demo`
 * does), with the demo alert rules. Returns false when the store was not empty.
 */
export async function loadDemoIfEmpty(store: Store, io: CliIo, now: () => string, dicts: readonly string[] = []): Promise<boolean> {
  if ((await store.countDocuments()) > 0) return false;
  io.stdout('Loading the bundled demo reports (illustrative text written for Faultline, not real news)…\n');
  for (const rule of DEMO_ALERT_RULES) {
    if (!(await store.listAlertRules()).some((r) => r.name === rule.name)) await store.addAlertRule({ ...rule, createdAt: now() });
  }
  let alerts = 0;
  const quietAlerts: CliIo = { ...io, stderr: (t) => (t.startsWith('alert: ') ? void alerts++ : io.stderr(t)) };
  const summary = await ingestResults(readPath([dataPath('demo/reports.jsonl')], {}), store, quietAlerts, { quiet: true, now, dicts });
  io.stdout(summaryLine(summary));
  if (alerts > 0) io.stdout(`${alerts} demo alert(s) raised: see the Alerts view\n`);
  return true;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError('bad-number', `--port must be a port number (0 … 65535), got "${value}"`);
  return n;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function serveCommand(io: CliIo, o: ServeOptions): Promise<void> {
  const port = o.port === undefined ? undefined : parsePort(o.port);
  const webRoot = o.web ?? defaultWebRoot();
  const dicts = o.dicts ?? [];
  // The coder loads now rather than on the first submitted report, and a bad user dictionary fails before the database opens.
  const resources = loadResources({ dicts });
  let store: Store;
  try {
    store = openStore(o.db);
  } catch (error) {
    throw new CliError('db-open', `cannot open database ${o.db ?? './faultline.db'}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const now = (): string => new Date().toISOString();
  const log = (line: string): void => io.stderr(line + '\n');
  try {
    if (o.demo) await loadDemoIfEmpty(store, io, now, dicts);
    // The gazetteer loads now rather than on the first submitted report.
    loadGeoResources();
    const options = { store, host: o.host, now, log, webRoot, resources: () => resources, afterWrite: serialAlerts(store, { now, log }) };
    let server: RunningServer;
    try {
      server = await startServer({ ...options, port: port ?? DEFAULT_PORT });
    } catch (error) {
      const inUse = typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
      if (!inUse) throw new CliError('serve-failed', `cannot listen on ${o.host}:${port ?? DEFAULT_PORT}: ${error instanceof Error ? error.message : String(error)}`);
      if (port !== undefined) throw new CliError('port-in-use', `port ${port} on ${o.host} is in use: pass another --port (0 picks a free one)`);
      server = await startServer({ ...options, port: 0 });
      io.stdout(`port ${DEFAULT_PORT} is in use; using ${server.port}\n`);
    }
    if (webRoot === null) io.stdout('The dashboard is not built (run `npm run build`): serving the API only.\n');
    io.stdout(`Faultline is serving ${o.db ?? './faultline.db'} at ${server.url}\n`);
    io.stdout(`  dashboard: ${server.url}\n  API:       ${server.url}api/v1/openapi.json\nPress Ctrl-C to stop.\n`);
    await (o.until ?? untilSignal)(server);
    await server.close();
  } finally {
    await store.close();
  }
}
