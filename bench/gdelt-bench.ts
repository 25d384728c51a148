// `npm run bench:gdelt`: importing a GDELT 2.0 export at scale.
//
// Generates BENCH_ROWS (default 1 000 000) rows by repeating the nine sample
// rows of ../shared/eval/dev/gdelt2-events-sample.tsv (or BENCH_SAMPLE) with
// new GLOBALEVENTIDs into a temporary file, then imports it into a fresh
// SQLite file exactly as `faultline import --format gdelt` does (streamed
// lines, 2 000-row transactions, events + actors + aggregates + mentions) and
// reports rows per second and peak memory (resident set, and the largest V8
// heap seen). Then exports the stored events back to GDELT and times that.
// Prints the machine it ran on. Temporary files are removed at the end.

import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportEvents } from '../src/cli/export.js';
import { importRows, rowsOf } from '../src/cli/import-formats.js';
import { openLines } from '../src/formats/read-lines.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const SAMPLE = process.env['BENCH_SAMPLE'] ?? resolve(process.cwd(), '../shared/eval/dev/gdelt2-events-sample.tsv');
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function generate(file: string): Promise<number> {
  const rows = readFileSync(SAMPLE, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t'));
  if (rows.length === 0) throw new Error(`no rows in ${SAMPLE}`);
  const out = createWriteStream(file);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const cells = [...(rows[i % rows.length] ?? [])];
    cells[0] = String(1_000_000_000 + i);
    chunk += cells.join('\t') + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'close');
  return statSync(file).size;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-gdelt-bench-'));
  try {
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${mib(totalmem())} RAM, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const file = join(dir, 'bench.export.CSV');
    let t = performance.now();
    const bytes = await generate(file);
    console.log(`generated ${ROWS.toLocaleString('en')} rows (${mib(bytes)}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const store = SqliteStore.open(join(dir, 'bench.db'));
    let heapPeak = 0;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 100);
    const rssBefore = process.memoryUsage().rss;
    t = performance.now();
    const source = await openLines(file);
    const s = await importRows(rowsOf('gdelt', source.lines), store, {
      onBatch: (x) => {
        if (x.read % 100_000 === 0) process.stderr.write(`\r${x.read.toLocaleString('en')} rows`);
      },
    });
    const seconds = (performance.now() - t) / 1000;
    clearInterval(sampler);
    process.stderr.write('\r');
    console.log(`import: ${s.read.toLocaleString('en')} read, ${s.imported.toLocaleString('en')} imported, ${s.skipped} skipped in ${seconds.toFixed(1)} s = ${Math.round(s.read / seconds).toLocaleString('en')} rows/s`);
    console.log(`memory: peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} (${mib(rssBefore)} before the import), peak V8 heap ${mib(heapPeak)}; database ${mib(statSync(join(dir, 'bench.db')).size)}`);

    t = performance.now();
    let exported = 0;
    const out = createWriteStream(join(dir, 'back.export.CSV'));
    const e = await exportEvents(store, 'gdelt', {}, async (text) => {
      exported += text.length;
      if (!out.write(text)) await once(out, 'drain');
    });
    out.end();
    await once(out, 'close');
    const exportSeconds = (performance.now() - t) / 1000;
    console.log(`export: ${e.written.toLocaleString('en')} rows (${mib(exported)}) in ${exportSeconds.toFixed(1)} s = ${Math.round(e.written / exportSeconds).toLocaleString('en')} rows/s; peak RSS now ${mib(process.resourceUsage().maxRSS * 1024)}`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
