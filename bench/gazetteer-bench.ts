// `npm run bench:geo` (also run by `npm run bench`): start-up and memory cost
// of the gazetteer, each scenario in a fresh child process:
//
//   core      `faultline code` on a sentence that places nothing: the core
//             layer only (countries, regions) — the full layer must stay unloaded
//   place     the same on a sentence that places its event ("clashes in Gao"):
//             the full layer (GeoNames cities ≥ 1000 and divisions) loads
//   geoparse  the full geocoder over a corpus (the VOA stories in ../shared when
//             present, else the bundled demo reports): documents/s
//
// Prints one line per scenario and a JSON summary.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/data-dir.js';
import { geocodeDocument } from '../src/geo/geocode-document.js';
import { loadGeoResources } from '../src/geo/load-gazetteer.js';
import { makeDocument } from '../src/ingest/make-document.js';
import { loadResources } from '../src/load-resources.js';
import { processDocument } from '../src/pipeline.js';

interface Result {
  scenario: string;
  ms: number;
  fullLoaded: boolean;
  fullLoadMs: number | null;
  /** Heap retained by the full layer after a collection (MiB). */
  fullRetainedMiB: number | null;
  heapUsedMiB: number;
  rssMiB: number;
  maxRssMiB: number;
  entries: number | null;
  docsPerSecond?: number;
}

const mib = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function corpus(): string[] {
  const root = packageRoot();
  const voa = join(root, '..', 'shared', 'corpus', 'voa-stories.jsonl');
  const demo = join(root, 'data', 'demo', 'reports.jsonl');
  return readFileSync(existsSync(voa) ? voa : demo, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function runScenario(name: string): Result {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const geo = loadGeoResources();
  let docsPerSecond: number | undefined;
  if (name === 'core' || name === 'place') {
    const text = name === 'core' ? 'Iraq condemned the attack on Iran.' : 'Government troops clashed with rebels in Gao on Tuesday.';
    const doc = makeDocument({ text }, { date: '2025-06-14' });
    processDocument(doc, loadResources());
    // The geocode stage's own lookup, as it runs for a coded event (so the
    // figure holds whatever the coder finds in this one sentence).
    geocodeDocument({ text: doc.text, dateline: doc.dateline, cityLookup: 'cued' }, geo);
  } else {
    const texts = corpus();
    geo.gazetteer.lookupAll('paris'); // load first: time the geoparsing alone
    const t1 = performance.now();
    for (const text of texts) geocodeDocument({ text, dateline: null }, geo);
    docsPerSecond = Math.round((texts.length / (performance.now() - t1)) * 1000 * 10) / 10;
  }
  const ms = Math.round(performance.now() - t0);
  gc();
  const stats = geo.stats();
  const mem = process.memoryUsage();
  const retained = geo.gazetteer.fullLoaded() ? mib(mem.heapUsed - heap0) : null;
  return {
    scenario: name,
    ms,
    fullLoaded: geo.gazetteer.fullLoaded(),
    fullLoadMs: stats.fullMs,
    fullRetainedMiB: retained,
    heapUsedMiB: mib(mem.heapUsed),
    rssMiB: mib(mem.rss),
    maxRssMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    entries: stats.fullEntries ?? stats.coreEntries,
    ...(docsPerSecond === undefined ? {} : { docsPerSecond }),
  };
}

const child = process.argv[2];
if (child) {
  process.stdout.write(JSON.stringify(runScenario(child)));
} else {
  const self = fileURLToPath(import.meta.url);
  const results: Result[] = [];
  for (const name of ['core', 'place', 'geoparse']) {
    const out = execFileSync(process.execPath, ['--expose-gc', self, name], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as Result;
    results.push(r);
    process.stdout.write(
      `gazetteer ${name.padEnd(8)} ${String(r.ms).padStart(6)} ms  full layer ${r.fullLoaded ? `loaded in ${r.fullLoadMs} ms, ${r.fullRetainedMiB} MiB retained` : 'not loaded'}` +
        `  heap ${r.heapUsedMiB} MiB  max RSS ${r.maxRssMiB} MiB  entries ${r.entries}${r.docsPerSecond ? `  ${r.docsPerSecond} docs/s` : ''}\n`,
    );
  }
  const [core, place] = results;
  if (core?.fullLoaded) throw new Error('a sentence that places nothing loaded the full gazetteer');
  if (place && place.maxRssMiB >= 500) throw new Error(`the gazetteer does not fit well under 500 MB (max RSS ${place.maxRssMiB} MiB)`);
  process.stdout.write(JSON.stringify({ gazetteer: results }) + '\n');
}
