import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ploverContext } from '../../src/formats/load-format-tables.js';
import { parsePloverRecord, ploverRecord } from '../../src/formats/plover-record.js';
import type { Store } from '../../src/store/store.js';
import { SHARED_DEV, exportText, importText, openMemoryStore, storeOwnEvents } from './helpers.js';

describe('PLOVER JSONL', () => {
  let store: Store;
  beforeEach(() => {
    store = openMemoryStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes PLOVER field names and reads each record back into the same event', async () => {
    const events = await storeOwnEvents(store);
    const forum1 = events.find((e) => e.id === 'forum-1');
    if (forum1 === undefined) throw new Error('fixture');
    const record = ploverRecord(forum1, await store.mentionsOf('forum-1'));
    expect(Object.keys(record)).toEqual([
      'id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'quad_code', 'event_scale', 'event_loc',
      'event_text', 'text_info', 'cite_info', 'coder', 'faultline',
    ]);
    expect(record['event']).toEqual(['ACCUSE']);
    expect(record['context']).toEqual(['military', 'diplomatic']);
    expect(record['actor']).toEqual([
      expect.objectContaining({ code: 'IRQ', sector: 'GOV', office: 'National Security Advisor' }),
      expect.objectContaining({ code: 'UNO', sector: 'IGO' }),
    ]);
    expect(record['event_loc']).toMatchObject({ resolved_place: 'Moscow', country_code: 'RUS', geonameid: 524901, resolution: 4 });
    expect(record['cite_info']).toMatchObject({ citation: forum1.docId, publication: 'INA' });
    for (const e of events.filter((x) => x.date !== null)) {
      const back = parsePloverRecord(JSON.parse(JSON.stringify(ploverRecord(e, []))), ploverContext());
      expect(back.ok && back.event).toEqual(e);
    }
  });

  it('round-trips: export → import → export gives the same file (own and GDELT events)', async () => {
    await storeOwnEvents(store);
    await importText(store, 'gdelt', readFileSync(new URL('gdelt2-events-sample.tsv', SHARED_DEV), 'utf8'));
    const first = await exportText(store, 'plover');
    expect(first.trim().split('\n')).toHaveLength(6 + 9);
    const again = openMemoryStore();
    try {
      expect(await importText(again, 'plover', first)).toMatchObject({ read: 15, imported: 15, skipped: 0 });
      expect(await exportText(again, 'plover')).toBe(first);
    } finally {
      await again.close();
    }
  });

  it('reads minimal records from other coders and reports bad lines', async () => {
    const lines = [
      JSON.stringify({ id: 'PHOX-1', date: '2016-07-24', actor: [{ code: 'USA' }], recipient: [{ code: 'CAN' }], event: ['CONSULT'] }),
      JSON.stringify({ id: 'PHOX-2', date: '2016-07-24', actor: 'NATO', event: 'ASSAULT', mode: ['aerial'], event_loc: { resolved_place: 'Kabul', country_code: 'AFG', lat: 34.5, lon: 69.2 } }),
      '{not json',
      JSON.stringify({ id: 'PHOX-3', date: '2016-07-24', event: ['GREET'] }),
      JSON.stringify({ id: 'PHOX-4', event: ['AID'] }),
    ].join('\n');
    const s = await importText(store, 'plover', lines);
    expect(s).toMatchObject({ read: 5, imported: 2, skipped: 3 });
    expect(s.problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(s.problems[1]?.reason).toMatch(/GREET/);
    const consult = await store.getEvent('PHOX-1');
    expect(consult).toMatchObject({ plover: 'CONSULT', quad: 1 });
    expect(consult?.source[0]).toMatchObject({ country: 'USA', igo: null });
    const assault = await store.getEvent('PHOX-2');
    expect(assault?.source[0]).toMatchObject({ country: null, igo: 'NATO' });
    expect(assault?.cameo.startsWith('1') || assault?.cameo.startsWith('2')).toBe(true);
    expect(assault?.location).toMatchObject({ name: 'Kabul', country: 'AFG', precision: 'exact' });
  });
});
