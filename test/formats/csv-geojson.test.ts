import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/formats/csv-records.js';
import { EVENT_CSV_COLUMNS } from '../../src/formats/event-csv.js';
import { exportText, openMemoryStore, storeOwnEvents } from './helpers.js';

describe('CSV and GeoJSON export', () => {
  it('writes one CSV row per event that parses back with the same cells', async () => {
    const store = openMemoryStore();
    try {
      const events = await storeOwnEvents(store);
      const text = await exportText(store, 'csv');
      const csv = new CsvRecords();
      const rows = text.replace(/\n$/, '').split('\n').map((l) => csv.push(l)).filter((r) => r !== null).map((r) => r.cells);
      expect(rows[0]).toEqual([...EVENT_CSV_COLUMNS]);
      expect(rows).toHaveLength(events.length + 1);
      const col = (name: (typeof EVENT_CSV_COLUMNS)[number]): number => EVENT_CSV_COLUMNS.indexOf(name);
      const forum1 = rows.find((r) => r[0] === 'forum-1');
      expect(forum1?.[col('source_country')]).toBe('IRQ;');
      expect(forum1?.[col('source_igo')]).toBe(';UNO');
      expect(forum1?.[col('cameo')]).toBe('111');
      expect(forum1?.[col('urls')]).toMatch(/^https:\/\/example\.org\/news\//);
    } finally {
      await store.close();
    }
  });

  it('writes located events as GeoJSON points, longitude first', async () => {
    const store = openMemoryStore();
    try {
      const events = await storeOwnEvents(store);
      const doc = JSON.parse(await exportText(store, 'geojson')) as { type: string; features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
      expect(doc.type).toBe('FeatureCollection');
      const located = events.filter((e) => e.location?.lat != null && e.location.lon != null);
      expect(doc.features.map((f) => f.id).sort()).toEqual(located.map((e) => e.id).sort());
      const isfahan = doc.features.find((f) => f.id === 'strikes-1');
      expect(isfahan?.geometry.coordinates).toEqual([51.67462, 32.65246]);
      expect(isfahan?.properties).toMatchObject({ plover: 'ASSAULT', place: 'Isfahan', precision: 'division' });
    } finally {
      await store.close();
    }
  });
});
