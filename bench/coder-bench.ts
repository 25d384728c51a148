// `npm run bench`: codes a corpus of at least 5 MB of news-like text and
// prints documents/s, sentences/s, MB/s and peak memory; in the same run it
// times compromise's own `nlp(text).json()` on the same text, each in a child
// process of its own so peak memory is measured separately.
//
// Corpus: the 89 VOA stories in ../shared/corpus when present (public domain),
// else the bundled demo reports; sentences are reshuffled into new documents
// until the corpus reaches the target size, so no document repeats.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median, rng } from './bench-stats.js';

const TARGET_BYTES = Number(process.env['BENCH_BYTES'] ?? 5.5 * 1024 * 1024);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

interface RunResult {
  ms: number;
  maxRssMiB: number;
  documents: number;
  sentences: number;
  events: number;
}

function sourceTexts(root: string): string[] {
  const voa = join(root, '..', 'shared', 'corpus', 'voa-stories.jsonl');
  const demo = join(root, 'data', 'demo', 'reports.jsonl');
  const file = existsSync(voa) ? voa : demo;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function buildCorpus(root: string): string[] {
  const texts = sourceTexts(root);
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/));
  const rand = rng(42);
  const docs: string[] = [...texts];
  let bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  while (bytes < TARGET_BYTES) {
    const n = 8 + Math.floor(rand() * 20);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(sentences[Math.floor(rand() * sentences.length)] ?? '');
    const doc = parts.join(' ');
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  return docs;
}

async function runFaultline(corpusFile: string): Promise<RunResult> {
  const { loadResources } = await import('../src/load-resources.js');
  const { makeDocument } = await import('../src/ingest/make-document.js');
  const { processDocument } = await import('../src/pipeline.js');
  const docs = JSON.parse(readFileSync(corpusFile, 'utf8')) as string[];
  // Full coding: document building, dictionaries loaded, actors, events,
  // modality, speakers, dates and geocoding (the gazetteer load included).
  const t0 = performance.now();
  const res = loadResources();
  let sentences = 0;
  let events = 0;
  for (const text of docs) {
    const coded = processDocument(makeDocument({ text }, { date: '2025-01-15' }), res);
    sentences += coded.sentences.length;
    events += coded.events.length;
  }
  const ms = performance.now() - t0;
  return { ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, documents: docs.length, sentences, events };
}

/** The coder alone (no geocoding), to show what each stage costs. */
async function runCoderOnly(corpusFile: string): Promise<RunResult> {
  const { loadResources } = await import('../src/load-resources.js');
  const { codeDocument } = await import('../src/coder/code-document.js');
  const docs = JSON.parse(readFileSync(corpusFile, 'utf8')) as string[];
  const t0 = performance.now();
  const res = loadResources();
  let sentences = 0;
  let events = 0;
  for (const text of docs) {
    const coded = codeDocument({ text, docId: null, publishedAt: '2025-01-15', homeCountry: null }, res);
    sentences += coded.sentences.length;
    events += coded.events.length;
  }
  const ms = performance.now() - t0;
  return { ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, documents: docs.length, sentences, events };
}

async function runCompromise(corpusFile: string): Promise<RunResult> {
  const nlp = (await import('compromise')).default;
  const docs = JSON.parse(readFileSync(corpusFile, 'utf8')) as string[];
  const t0 = performance.now();
  let sentences = 0;
  for (const text of docs) sentences += nlp(text).json().length;
  const ms = performance.now() - t0;
  return { ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, documents: docs.length, sentences, events: 0 };
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode === 'faultline' || mode === 'coder' || mode === 'compromise') {
    const file = process.argv[3] ?? '';
    const result = mode === 'faultline' ? await runFaultline(file) : mode === 'coder' ? await runCoderOnly(file) : await runCompromise(file);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const root = join(self, '..', '..', '..');
  const docs = buildCorpus(root);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  const corpusFile = join(dir, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(docs));
  const mb = bytes / (1024 * 1024);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  console.log(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB; ${RUNS} runs each, medians reported`);
  const run = (m: string): RunResult => JSON.parse(execFileSync(process.execPath, [self, m, corpusFile], { encoding: 'utf8', maxBuffer: 1 << 24 })) as RunResult;
  const f: RunResult[] = [];
  const k: RunResult[] = [];
  const c: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    f.push(run('faultline'));
    k.push(run('coder'));
    c.push(run('compromise'));
  }
  const km = median(k.map((r) => r.ms)) / 1000;
  const fm = median(f.map((r) => r.ms)) / 1000;
  const cm = median(c.map((r) => r.ms)) / 1000;
  const sentences = f[0]?.sentences ?? 0;
  console.log('');
  console.log(`faultline full coding   ${fm.toFixed(2)} s  ${(docs.length / fm).toFixed(0)} documents/s  ${(sentences / fm).toFixed(0)} sentences/s  ${(mb / fm).toFixed(2)} MB/s  peak RSS ${median(f.map((r) => r.maxRssMiB)).toFixed(0)} MiB  (${f[0]?.events ?? 0} events)`);
  console.log(`  of which coder alone  ${km.toFixed(2)} s  ${(docs.length / km).toFixed(0)} documents/s  ${(sentences / km).toFixed(0)} sentences/s  ${(mb / km).toFixed(2)} MB/s  peak RSS ${median(k.map((r) => r.maxRssMiB)).toFixed(0)} MiB (no geocoding)`);
  console.log(`compromise nlp().json() ${cm.toFixed(2)} s  ${(docs.length / cm).toFixed(0)} documents/s  ${(mb / cm).toFixed(2)} MB/s  peak RSS ${median(c.map((r) => r.maxRssMiB)).toFixed(0)} MiB`);
  console.log(`ratio faultline / compromise parse time: ${(fm / cm).toFixed(3)} (below 1 means Faultline's full coding is faster than the parse alone)`);
}

await main();
