// `npm run bench:api`: latency of the API's events, hotspots and network
// endpoints on a database of BENCH_EVENTS (default 1 000 000) synthetic
// events (bench/analytics-bench.ts's generator), under load from autocannon
// on loopback.
//
// The server runs in a child process (this file with --serve), so the load
// generator does not share its event loop. For each endpoint: one cold
// request (empty cache), then BENCH_SECONDS (default 10) of load from
// BENCH_CONNECTIONS (default 8) connections, at most BENCH_REQUESTS
// (default 20 000) requests; p50/p95 are over every response of that run.
// Hotspots and the network are also timed without the cache (a few
// sequential requests to a server started with --no-cache), and once more
// after a write (POST /documents) invalidates the cache.
// Also prints the size of the built dashboard's JavaScript (dist-web/).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { LAST_DAY, fill } from './analytics-bench.js';
import { startServer } from '../src/server/start-server.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 20_000);
const UNCACHED_RUNS = Number(process.env['BENCH_UNCACHED_RUNS'] ?? 3);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);

/** Child mode: serve the database on 127.0.0.1 and print the URL. */
async function serveChild(path: string, cache: boolean): Promise<void> {
  const store = SqliteStore.open(path);
  const server = await startServer({ store, port: 0, webRoot: null, log: () => undefined, ...(cache ? {} : { cacheEntries: 0 }) });
  process.stdout.write(`${server.url}\n`);
  process.on('SIGTERM', () => {
    void server.close().then(() => store.close()).then(() => process.exit(0));
  });
}

async function spawnServer(path: string, cache: boolean): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, '--serve', path, ...(cache ? [] : ['--no-cache'])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${String(code)})`)));
    lines.once('line', resolve);
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url, init);
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status, bytes: body.byteLength };
}

/** Load from autocannon, bounded in time and count; latencies of every response. */
async function load(url: string): Promise<{ n: number; p50: number; p95: number; rps: number; errors: number; non2xx: number }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // Bounded in time (duration) and in count (stopped at REQUESTS responses).
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 60 }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (latencies.length === REQUESTS) instance.stop();
    });
  });
  latencies.sort((a, b) => a - b);
  return { n: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: result.requests.average, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

function dashboardSize(): string {
  const dir = fileURLToPath(new URL('../dist-web/assets/', import.meta.url));
  if (!existsSync(dir)) return 'dashboard not built (npm run build:web)';
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const raw = files.reduce((n, f) => n + readFileSync(join(dir, f)).byteLength, 0);
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).byteLength, 0);
  return `${files.length} file(s), ${(raw / 1024).toFixed(1)} KiB minified, ${(gz / 1024).toFixed(1)} KiB gzipped`;
}

async function main(): Promise<void> {
  const cpu = cpus();
  const avg = (): string => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average at start ${avg()}`);
  console.log(`dashboard JavaScript: ${dashboardSize()}`);
  const dir = mkdtempSync(join(tmpdir(), 'faultline-api-bench-'));
  const path = join(dir, 'bench.db');
  try {
    await SqliteStore.open(path).close();
    const t = performance.now();
    fill(path, EVENTS);
    const store = SqliteStore.open(path);
    const rows = await store.rebuildAggregates();
    await store.close();
    console.log(`database: ${EVENTS.toLocaleString('en')} events up to ${LAST_DAY}, ${rows.dyadDays.toLocaleString('en')} dyad-day rows, made in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    console.log(`load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s or ${REQUESTS} requests per endpoint, server in its own process on 127.0.0.1\n`);

    const endpoints: Array<[string, string]> = [
      ['events (first page of 100)', '/api/v1/events?limit=100'],
      ['events (country + type + since, 100)', `/api/v1/events?country=USA&type=ACCUSE&since=2025-06-01&limit=100`],
      ['events (page 50 via cursor)', ''],
      ['hotspots (as of the latest day, top 20)', '/api/v1/hotspots'],
      ['network (28 days)', '/api/v1/network'],
    ];
    const server = await spawnServer(path, true);
    try {
      // A cursor deep in the listing: follow 49 pages first.
      let after: string | null = null;
      for (let i = 0; i < 49; i++) {
        const res = await fetch(`${server.url}api/v1/events?limit=100${after === null ? '' : `&after=${after}`}`);
        after = ((await res.json()) as { next: string | null }).next;
      }
      endpoints[2]![1] = `/api/v1/events?limit=100&after=${after ?? ''}`;
      for (const [name, route] of endpoints) {
        // Requests still in flight from the previous run finish first (the server answers in order).
        await timed(`${server.url}api/v1/status`);
        const cold = await timed(server.url + route.slice(1));
        const r = await load(server.url + route.slice(1));
        console.log(
          `${name.padEnd(42)} cold ${ms(cold.ms).padStart(9)} (${(cold.bytes / 1024).toFixed(0)} KiB) | load: p50 ${ms(r.p50).padStart(9)}  p95 ${ms(r.p95).padStart(9)}  ${r.rps.toFixed(0)} req/s  ${r.n} responses${r.errors + r.non2xx > 0 ? `  ${r.errors} errors ${r.non2xx} non-2xx` : ''}`,
        );
      }
      // A write invalidates the cached hotspots and network.
      const post = await timed(`${server.url}api/v1/documents?date=${LAST_DAY}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'Sudanese troops fired on Chadian border guards near Adre on Monday.',
      });
      const hot = await timed(`${server.url}api/v1/hotspots`);
      const again = await timed(`${server.url}api/v1/hotspots`);
      console.log(`\nafter POST /documents (${post.status}, ${ms(post.ms)} incl. loading the coder): hotspots ${ms(hot.ms)} (recomputed), then ${ms(again.ms)} (cached)`);
    } finally {
      await stop(server.child);
    }

    const uncached = await spawnServer(path, false);
    try {
      for (const [name, route] of [['hotspots', '/api/v1/hotspots'], ['network', '/api/v1/network']] as const) {
        const times: number[] = [];
        for (let i = 0; i < UNCACHED_RUNS; i++) times.push((await timed(uncached.url + route.slice(1))).ms);
        times.sort((a, b) => a - b);
        console.log(`${name} without the cache, ${UNCACHED_RUNS} sequential requests: median ${ms(percentile(times, 50))} (${times.map(ms).join(', ')})`);
      }
    } finally {
      await stop(uncached.child);
    }
    console.log(`load average at end ${avg()} (other work on the machine slows every figure)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) await serveChild(process.argv[serveAt + 1] ?? '', !process.argv.includes('--no-cache'));
else await main();
