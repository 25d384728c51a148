// `npm run bench:analytics` (and the last part of `npm run bench`): the
// analytics side of the store at scale.
//
// Generates BENCH_EVENTS (default 1 000 000) synthetic events over three
// years into a temporary SQLite file, written straight into the tables in
// batched transactions (the coder is not involved), then times:
//   1. recomputing every aggregate (dyad days at both levels, place days)
//      from the events: SqliteStore.rebuildAggregates();
//   2. ranking the hotspots as of the last day (what `faultline hotspots`
//      does: load the window and the detector's baseline of dyad days at
//      country and sector level and of place days, run the escalation
//      detector on every country, dyad and place);
//   3. the incremental update after ingesting one document: saveDocument of
//      a new document with 5 events, aggregates updated in the same
//      transaction.
// Prints medians over BENCH_RUNS runs of the hotspots (default 3),
// BENCH_REBUILD_RUNS runs of the recompute (default 1: it takes the longest)
// and 25 incremental updates, and the machine it ran on. BENCH_EVENTS=100000
// gives a quick run.

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { addDays } from '../src/analytics/calendar-day.js';
import { computeHotspots } from '../src/cli/hotspots.js';
import type { Actor, Document, Event, PloverType, Quad, Sector } from '../src/records.js';
import { inTransaction, openSqliteDatabase } from '../src/store/sqlite/sqlite-database.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { median, rng } from './bench-stats.js';

/** A positive whole number from the environment, or the default. */
function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got "${raw ?? ''}"`);
  return n;
}

const EVENTS = envCount('BENCH_EVENTS', 1_000_000);
const RUNS = envCount('BENCH_RUNS', 3);
const REBUILD_RUNS = envCount('BENCH_REBUILD_RUNS', 1);
const INCREMENTAL_RUNS = 25;
const DAYS = 3 * 365;
export const FIRST_DAY = '2023-01-01';
export const LAST_DAY = addDays(FIRST_DAY, DAYS - 1);
const PAIRS = 3000;
const BATCH = 50_000;

function countryCodes(): string[] {
  const require = createRequire(import.meta.url);
  const all = require('world-countries') as Array<{ cca3: string }>;
  return all.map((c) => c.cca3).sort();
}

const SECTORS: ReadonlyArray<Sector | null> = [null, null, 'GOV', 'GOV', 'MIL', 'REB', 'CVL', 'COP', 'OPP'];
const KINDS: ReadonlyArray<{ quad: Quad; cameo: string; plover: PloverType; goldstein: number; weight: number }> = [
  { quad: 1, cameo: '040', plover: 'CONSULT', goldstein: 1, weight: 0.35 },
  { quad: 1, cameo: '051', plover: 'SUPPORT', goldstein: 3.4, weight: 0.1 },
  { quad: 2, cameo: '061', plover: 'COOPERATE', goldstein: 6.4, weight: 0.15 },
  { quad: 3, cameo: '111', plover: 'ACCUSE', goldstein: -2, weight: 0.2 },
  { quad: 3, cameo: '130', plover: 'THREATEN', goldstein: -4.4, weight: 0.05 },
  { quad: 4, cameo: '190', plover: 'ASSAULT', goldstein: -10, weight: 0.15 },
];

interface Generator {
  event(i: number, date: string, docId: string): Event;
}

function generator(seed: number): Generator {
  const rand = rng(seed);
  const countries = countryCodes();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  // Fixed pairs with Zipf-like weights: a few pairs carry most reporting.
  const pairs: Array<[string, string]> = [];
  while (pairs.length < PAIRS) {
    const a = pick(countries);
    const b = rand() < 0.1 ? a : pick(countries); // some internal (same-country) pairs
    pairs.push([a, b]);
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= PAIRS; k++) cumulative.push((total += 1 / k));
  const pairAt = (): [string, string] => {
    const x = rand() * total;
    let lo = 0;
    let hi = PAIRS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return pairs[lo] as [string, string];
  };
  const actor = (country: string, forceSector?: Sector): Actor => {
    const sector = forceSector ?? pick(SECTORS);
    return { text: country, name: country, country, igo: null, sector, entry: `bench:${country}` };
  };
  const kindAt = (): (typeof KINDS)[number] => {
    let x = rand();
    for (const k of KINDS) if ((x -= k.weight) <= 0) return k;
    return KINDS[0] as (typeof KINDS)[number];
  };
  return {
    event(i, date, docId) {
      const [a, b] = pairAt();
      const flip = rand() < 0.5;
      const internal = a === b;
      const source = actor(flip ? a : b, internal ? 'GOV' : undefined);
      const target = actor(flip ? b : a, internal ? 'REB' : undefined);
      const k = kindAt();
      const located = rand() < 0.3;
      const lat = -50 + rand() * 110;
      const lon = -170 + rand() * 340;
      return {
        id: `b${i.toString(36).padStart(6, '0')}`,
        docId,
        sentence: 0,
        date,
        source: [source],
        target: [target],
        cameo: k.cameo,
        plover: k.plover,
        mode: null,
        context: null,
        quad: k.quad,
        goldstein: k.goldstein,
        speaker: null,
        location: located
          ? { name: `${a} place ${Math.floor(rand() * 5)}`, country: a, admin1: `${a}-${Math.floor(rand() * 5)}`, lat, lon, geonamesId: null, precision: 'exact' }
          : null,
        evidence: {
          text: `${source.name} and ${target.name}: synthetic event ${i}.`,
          spans: { source: [{ start: 0, end: 3 }], verb: { start: 4, end: 7 }, target: [{ start: 8, end: 11 }], location: null },
          rule: `bench:${k.cameo}`,
        },
        confidence: 0.8,
      };
    },
  };
}

/**
 * Writes `events` synthetic events (default BENCH_EVENTS) straight into the
 * tables of a migrated database, as saveDocument would lay them out; the
 * aggregates are left to rebuildAggregates(). Also used by bench/api-bench.ts.
 */
export function fill(path: string, events: number = EVENTS): void {
  const db = openSqliteDatabase(path);
  const gen = generator(20_240_601);
  const insertEvent = db.prepare(
    `INSERT INTO events (id, doc_id, doc_position, sentence, date, plover, cameo, quad, goldstein, confidence, json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertActor = db.prepare(
    'INSERT INTO event_actors (event_id, role, position, country, igo, sector, name) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertDoc = db.prepare("INSERT INTO documents (id, source, language, text, published_at) VALUES (?, 'BENCH', 'en', ?, ?)");
  const perDay = events / DAYS;
  try {
    for (let start = 0; start < events; start += BATCH) {
      inTransaction(db, () => {
        for (let i = start; i < Math.min(events, start + BATCH); i++) {
          const date = addDays(FIRST_DAY, Math.min(DAYS - 1, Math.floor(i / perDay)));
          // Two events per document on average.
          const docId = `doc-${Math.floor(i / 2)}`;
          if (i % 2 === 0) insertDoc.run(docId, `Synthetic report ${i / 2}.`, date);
          const e = gen.event(i, date, docId);
          insertEvent.run(e.id, docId, i % 2, e.sentence, date, e.plover, e.cameo, e.quad, e.goldstein, e.confidence, JSON.stringify(e));
          for (const [role, actors] of [['source', e.source], ['target', e.target]] as const) {
            actors.forEach((x, p) => insertActor.run(e.id, role, p, x.country, x.igo, x.sector, x.name));
          }
        }
      });
    }
  } finally {
    db.close();
  }
}

function newDocument(n: number): { doc: Document; events: Event[] } {
  const text = `Bench report ${n}: five events on the last day.`;
  const id = createHash('sha256').update(text).digest('hex').slice(0, 32);
  const doc: Document = { id, source: 'BENCH', url: null, title: null, publishedAt: LAST_DAY, dateline: null, language: 'en', text };
  const gen = generator(n);
  const events = Array.from({ length: 5 }, (_, k) => ({ ...gen.event(10_000_000 + n * 10 + k, LAST_DAY, id), id: `inc-${n}-${k}` }));
  return { doc, events };
}

async function main(): Promise<void> {
  const cpu = cpus();
  const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}; load average at start ${load()}`);
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  const path = join(dir, 'bench.db');
  try {
    await SqliteStore.open(path).close();
    let t = performance.now();
    fill(path);
    console.log(`generated ${EVENTS.toLocaleString('en')} events over ${DAYS} days (${FIRST_DAY} … ${LAST_DAY}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const store = SqliteStore.open(path);
    try {
      const rebuild: number[] = [];
      let rows = { dyadDays: 0, placeDays: 0 };
      for (let r = 0; r < REBUILD_RUNS; r++) {
        t = performance.now();
        rows = await store.rebuildAggregates();
        rebuild.push(performance.now() - t);
      }
      console.log(`aggregates: ${rows.dyadDays.toLocaleString('en')} dyad-day rows (both levels), ${rows.placeDays.toLocaleString('en')} place-day rows; database ${(statSync(path).size / 2 ** 20).toFixed(0)} MiB`);

      const hotspots: number[] = [];
      let listed = 0;
      let flagged = 0;
      for (let r = 0; r < RUNS; r++) {
        t = performance.now();
        const list = await computeHotspots(store, { asOf: LAST_DAY, windowDays: 28 });
        hotspots.push(performance.now() - t);
        listed = list.length;
        flagged = list.filter((h) => h.flagged).length;
      }

      const incremental: number[] = [];
      for (let n = 0; n < INCREMENTAL_RUNS; n++) {
        const { doc, events } = newDocument(n);
        t = performance.now();
        await store.saveDocument(doc, [], events);
        incremental.push(performance.now() - t);
      }

      const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
      console.log('');
      console.log(`recompute all aggregates from ${EVENTS.toLocaleString('en')} events: median ${s(median(rebuild))} (runs: ${rebuild.map(s).join(', ')})`);
      console.log(`hotspots as of ${LAST_DAY} (28-day window + the detector's baseline): median ${s(median(hotspots))} (runs: ${hotspots.map(s).join(', ')}); ${listed} entries, ${flagged} flagged`);
      console.log(`recompute aggregates + hotspots: ${s(median(rebuild) + median(hotspots))}`);
      console.log(`load average at end ${load()} (other work on the machine slows every figure)`);
      console.log(`incremental update, one document of 5 events (saveDocument with its aggregates): median ${median(incremental).toFixed(2)} ms (min ${Math.min(...incremental).toFixed(2)}, max ${Math.max(...incremental).toFixed(2)}, ${INCREMENTAL_RUNS} runs)`);
    } finally {
      await store.close();
    }
  } finally {
    if (process.env["BENCH_KEEP"] === undefined) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${path}`);
  }
}

// Run only as a script (`npm run bench:analytics`), not when imported for fill().
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
