import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFipsTable } from '../../src/formats/fips-table.js';
import { GDELT_COLUMNS } from '../../src/formats/gdelt-columns.js';
import { gdeltContext, loadFipsTable } from '../../src/formats/load-format-tables.js';
import { numericId, parseGdeltRow } from '../../src/formats/gdelt-event.js';
import type { Store } from '../../src/store/store.js';
import { SHARED_DEV, exportText, importText, openMemoryStore, storeOwnEvents } from './helpers.js';

const sample = readFileSync(new URL('gdelt2-events-sample.tsv', SHARED_DEV), 'utf8');
const header = readFileSync(new URL('gdelt2-events-header.tsv', SHARED_DEV), 'utf8');

describe('GDELT 2.0 columns and FIPS table', () => {
  it('has the 61 official column names in order', () => {
    expect(GDELT_COLUMNS).toEqual(header.trim().split('\t'));
  });

  const table: [string, string | null][] = [
    ['UK', 'GBR'], ['RS', 'RUS'], ['SU', 'SDN'], ['NI', 'NGA'], ['NG', 'NER'], ['IZ', 'IRQ'], ['GM', 'DEU'],
    ['IS', 'ISR'], ['GZ', 'PSE'], ['WE', 'PSE'], ['US', 'USA'], ['OD', 'SSD'], ['KV', 'XKX'], ['XX', null],
  ];
  it.each(table)('FIPS %s → %s', (fips, iso) => {
    expect(loadFipsTable().toIso(fips)).toBe(iso);
  });

  it('writes back the first FIPS code of an ISO code and refuses malformed lines', () => {
    expect(loadFipsTable().toFips('PSE')).toBe('GZ');
    expect(loadFipsTable().toFips('GBR')).toBe('UK');
    expect(() => parseFipsTable('UK\tGBR\tok\nU\tGBR\tbad\n')).toThrow(/:2:/);
  });
});

describe('GDELT rows → events', () => {
  const rows = sample.trim().split('\n').map((l) => l.split('\t'));

  it('keeps CAMEO codes as text, converts FIPS places to ISO and keeps the id and URL as provenance', () => {
    const r = parseGdeltRow(rows[0] ?? [], gdeltContext());
    if (!r.ok) throw new Error(r.reason);
    expect(r.event).toMatchObject({ id: 'gdelt-1193447399', date: '2023-08-20', cameo: '190', quad: 4, goldstein: -10, plover: 'ASSAULT' });
    expect(r.event.evidence.rule).toBe('gdelt:1193447399');
    expect(r.event.location).toMatchObject({ name: 'Sudan', country: 'SDN', precision: 'country' });
    expect(r.mention).toMatchObject({ origin: 'gdelt', externalId: '1193447399', source: 'care.org' });
    expect(r.mention.url).toMatch(/^https:\/\/www\.care\.org\//);

    const nepal = parseGdeltRow(rows[8] ?? [], gdeltContext());
    if (!nepal.ok) throw new Error(nepal.reason);
    expect(nepal.event.cameo).toBe('043');
    expect(nepal.event.source[0]).toMatchObject({ name: 'NEW DELHI', country: 'IND', entry: 'gdelt:IND' });
    expect(nepal.event.location).toMatchObject({ name: 'New Delhi', admin1: 'Delhi', country: 'IND', precision: 'exact' });

    const police = parseGdeltRow(rows[3] ?? [], gdeltContext());
    if (!police.ok) throw new Error(police.reason);
    expect(police.event.target[0]).toMatchObject({ country: 'GBR', sector: 'COP', entry: 'gdelt:GBRCOP' });
  });

  const bad: [string, (cells: string[]) => string[], RegExp][] = [
    ['too few columns', (c) => c.slice(0, 58), /61 tab-separated columns, found 58/],
    ['a bad date', (c) => c.map((v, i) => (i === 1 ? '20231340' : v)), /SQLDATE/],
    ['a bad event code', (c) => c.map((v, i) => (i === 26 ? '---' : v)), /EventCode/],
    ['an unknown event code', (c) => c.map((v, i) => (i === 26 ? '999' : v)), /unknown CAMEO/],
    ['a bad quad class', (c) => c.map((v, i) => (i === 29 ? '7' : v)), /QuadClass/],
    ['a Goldstein score out of range', (c) => c.map((v, i) => (i === 30 ? '-12.5' : v)), /GoldsteinScale/],
  ];
  it.each(bad)('rejects a row with %s', (_, edit, reason) => {
    const r = parseGdeltRow(edit(rows[0] ?? []), gdeltContext());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('gives events Faultline coded itself a stable numeric id', () => {
    expect(numericId('forum-1')).toBe(numericId('forum-1'));
    expect(numericId('forum-1')).not.toBe(numericId('forum-2'));
    expect(Number(numericId('forum-1'))).toBeLessThan(2 ** 53);
  });
});

describe('GDELT import and export', () => {
  let store: Store;
  beforeEach(() => {
    store = openMemoryStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('imports the real sample and writes it back byte for byte', async () => {
    const s = await importText(store, 'gdelt', sample);
    expect(s).toMatchObject({ read: 9, imported: 9, duplicates: 0, skipped: 0 });
    expect(await exportText(store, 'gdelt')).toBe(sample);
    // A second import adds nothing.
    expect(await importText(store, 'gdelt', sample)).toMatchObject({ imported: 0, duplicates: 9 });
  });

  it('reports bad rows with their line numbers and imports the rest', async () => {
    const lines = sample.trim().split('\n');
    const broken = [lines[0], 'not\ta\tgdelt\trow', '', lines[1]?.replace('\t20230820\t', '\t2023-08-20\t'), ...lines.slice(2)].join('\n') + '\n';
    const s = await importText(store, 'gdelt', broken);
    expect(s.read).toBe(10);
    expect(s.imported).toBe(8);
    expect(s.skipped).toBe(2);
    expect(s.problems.map((p) => p.line)).toEqual([2, 4]);
    expect(s.problems[0]?.reason).toMatch(/columns/);
    expect(s.problems[1]?.reason).toMatch(/SQLDATE/);
  });

  it('round-trips events Faultline coded: export → import → export gives the same file', async () => {
    await storeOwnEvents(store);
    const first = await exportText(store, 'gdelt');
    const lines = first.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(6); // the undated event is left out
    for (const l of lines) expect(l.split('\t')).toHaveLength(61);
    // Compound actors are written as their first member; ids are GDELT-style numbers.
    expect(lines.every((l) => /^\d+\t2025061[3-6]\t/.test(l))).toBe(true);
    expect(first).toContain('\tIRQGOV\tQASSEM AL-ARAJI\tIRQ\t');

    const again = openMemoryStore();
    try {
      expect(await importText(again, 'gdelt', first)).toMatchObject({ read: 6, imported: 6, skipped: 0 });
      const second = await exportText(again, 'gdelt');
      expect(second).toBe(first);
      const isfahan = (await again.queryEvents({ since: '2025-06-14', until: '2025-06-14' }))[0];
      expect(isfahan?.location).toMatchObject({ name: 'Isfahan', country: 'IRN', precision: 'division' });
    } finally {
      await again.close();
    }
  });
});
