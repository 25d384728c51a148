// `faultline places` and `faultline eval --format geovirus` through the CLI.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Place } from '../../src/records.js';
import { runCli } from '../cli/run-cli.js';
import { makeDocument, makeEvent, makeSentences } from '../store/fixtures.js';

const gao: Place = { name: 'Gao', country: 'MLI', admin1: 'Gao', lat: 16.27, lon: -0.04, geonamesId: 2457163, precision: 'exact' };
const mali: Place = { name: 'Mali', country: 'MLI', admin1: null, lat: 17, lon: -4, geonamesId: null, precision: 'country' };

async function storeWithPlaces(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'faultline-places-')), 'test.db');
  const store = openStore(db);
  const a = makeDocument('Troops clashed with rebels in Gao. Another clash followed.', { publishedAt: '2025-03-01' });
  const b = makeDocument('Rebels attacked a convoy near Gao on Sunday.', { publishedAt: '2025-03-02' });
  await store.saveDocument(a, makeSentences(a), [
    makeEvent(a, 'a1', { date: '2025-03-01', location: gao }),
    makeEvent(a, 'a2', { date: '2025-03-01', sentence: 1, location: mali }),
  ]);
  await store.saveDocument(b, makeSentences(b), [makeEvent(b, 'b1', { date: '2025-03-02', location: gao }), makeEvent(b, 'b2', { location: null })]);
  await store.close();
  return db;
}

describe('faultline places', () => {
  it('lists places with event and document counts, most events first', async () => {
    const db = await storeWithPlaces();
    const r = await runCli(['places', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ name: string; events: number; documents: number; precision: string; firstDate: string; lastDate: string }>;
    expect(rows.map((p) => [p.name, p.events, p.documents, p.precision])).toEqual([
      ['Gao', 2, 2, 'exact'],
      ['Mali', 1, 1, 'country'],
    ]);
    expect(rows[0]).toMatchObject({ firstDate: '2025-03-01', lastDate: '2025-03-02' });
    const table = await runCli(['places', '--db', db, '--country', 'mli', '--since', '2025-03-02']);
    expect(table.stdout).toMatch(/^events\s+docs\s+place/);
    expect(table.stdout.trim().split('\n')).toHaveLength(3);
    expect((await runCli(['places', '--db', db, '--format', 'csv'])).stdout.split('\n')[0]).toBe('events,documents,name,admin1,country,precision,lat,lon,geonamesId,firstDate,lastDate');
  });

  it('rejects a bad country with one clear message', async () => {
    const db = await storeWithPlaces();
    const r = await runCli(['places', '--db', db, '--country', 'Mali']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--country/);
  });
});

describe('faultline eval --format geovirus', () => {
  it('prints n, precision, recall, f1, acc_at_161km and median_km as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-geovirus-'));
    const file = join(dir, 'mini.xml');
    // Our own sentence; 1-based offsets as in GeoVirus: "Nairobi" is start 20, end 27.
    writeFileSync(
      file,
      '<articles><article><source>s</source><text>Protests spread in Nairobi on Monday.</text><locations>' +
        '<location><name>Nairobi</name><start>20</start><end>27</end><lat>-1.28</lat><lon>36.82</lon><page>p</page></location>' +
        '</locations></article></articles>',
    );
    const r = await runCli(['eval', file, '--format', 'geovirus', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as Record<string, number>;
    expect(Object.keys(o)).toEqual(['n', 'precision', 'recall', 'f1', 'acc_at_161km', 'median_km']);
    expect(o).toMatchObject({ n: 1, precision: 1, recall: 1, f1: 1, acc_at_161km: 1 });
    expect(o['median_km']).toBeLessThan(20);
  }, 60_000);
});
