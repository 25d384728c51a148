import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { countryDyadDays } from '../../src/analytics/country-dyad-days.js';
import { countrySeries, countrySeriesMap, dyadKey, dyadSeries, dyadSeriesMap, seriesOfKey } from '../../src/analytics/daily-series.js';
import type { Quad } from '../../src/records.js';
import { makeEvent } from './make-event.js';

function ev(date: string, s: string, t: string, quad: Quad, n = 1) {
  return Array.from({ length: n }, () => makeEvent({ date, source: [s], target: [t], quad }));
}

const rows = aggregateEvents(
  [
    ...ev('2024-01-01', 'IRQ', 'IRN', 4, 2),
    ...ev('2024-01-01', 'IRN', 'IRQ', 1, 1),
    ...ev('2024-01-01', 'IRQ', 'USA', 1, 5),
    ...ev('2024-01-01', 'FRA', 'DEU', 1, 7),
    ...ev('2024-01-03', 'IRN', 'SAU', 3, 4),
  ],
  { withSector: false },
);

describe('daily series', () => {
  it('dyadKey sorts', () => expect([dyadKey('IRQ', 'IRN'), dyadKey('IRN', 'IRQ')]).toEqual(['IRN-IRQ', 'IRN-IRQ']));

  it('a dyad counts both directions; coverage is the rest of what involves either country', () => {
    const s = dyadSeries(rows, 'IRQ', 'IRN');
    expect(s).toEqual([
      { date: '2024-01-01', conflict: 2, total: 3, coverage: 5, eventIds: expect.any(Array) },
      // No IRQ–IRN event on the 3rd, but IRN–SAU was reported: a known zero.
      { date: '2024-01-03', conflict: 0, total: 0, coverage: 4, eventIds: [] },
    ]);
    expect(s[0]?.eventIds).toHaveLength(3);
  });

  it('the map gives the same series as the single-dyad function', () => {
    const map = dyadSeriesMap(rows);
    expect([...map.keys()].sort()).toEqual(['DEU-FRA', 'IRN-IRQ', 'IRN-SAU', 'IRQ-USA']);
    expect(map.get('IRN-IRQ')).toEqual(dyadSeries(rows, 'IRN', 'IRQ'));
    expect(dyadSeriesMap(rows, { only: new Set(['IRN-SAU']) }).size).toBe(1);
  });

  it('a country counts its events with anyone; coverage is everything else that day', () => {
    const s = countrySeries(rows, 'IRQ');
    expect(s.map((p) => [p.date, p.conflict, p.total, p.coverage])).toEqual([
      ['2024-01-01', 2, 8, 7],
      ['2024-01-03', 0, 0, 4],
    ]);
    expect(countrySeriesMap(rows).get('IRQ')).toEqual(s);
  });

  it('respects the range', () => {
    expect(dyadSeries(rows, 'IRQ', 'IRN', { from: '2024-01-02' }).map((p) => p.date)).toEqual(['2024-01-03']);
    expect(dyadSeries(rows, 'IRQ', 'IRN', { to: '2023-12-31' })).toEqual([]);
  });
});

describe('series at country level', () => {
  // Sudan: a clash naming the army and the police at once, a government–rebel clash, government–army talks;
  // Chad: one accusation against Sudan's army.
  const events = [
    makeEvent({ id: 'both', date: '2024-01-01', source: ['SDN/MIL', 'SDN/COP'], target: ['SDN/REB'], quad: 4 }),
    makeEvent({ id: 'gov', date: '2024-01-01', source: ['SDN/GOV'], target: ['SDN/REB'], quad: 4 }),
    makeEvent({ id: 'talks', date: '2024-01-01', source: ['SDN/GOV'], target: ['SDN/MIL'], quad: 1 }),
    makeEvent({ id: 'chad', date: '2024-01-01', source: ['TCD/GOV'], target: ['SDN/MIL', 'SDN/GOV'], quad: 3 }),
  ];
  const levels = { country: aggregateEvents(events, { withSector: false }), sector: aggregateEvents(events, { withSector: true }) };

  it('countryDyadDays: pairs of countries from the country level, pairs within one country by sector', () => {
    const keys = (rows: ReturnType<typeof countryDyadDays>) => rows.map((r) => `${r.source}>${r.target}`).sort();
    expect(keys(countryDyadDays(levels.country, levels.sector))).toEqual([
      'SDN/COP>SDN/REB', 'SDN/GOV>SDN/MIL', 'SDN/GOV>SDN/REB', 'SDN/MIL>SDN/REB', 'TCD>SDN',
    ]);
    expect(keys(countryDyadDays(levels.country))).toEqual(['SDN>SDN', 'TCD>SDN']);
  });

  // [key, conflict, total, coverage] on the day: each event once per series, coverage counted on the country level.
  const table: Array<[string, number, number, number]> = [
    ['SDN', 3, 4, 0],
    ['TCD', 1, 1, 3],
    ['SDN-TCD', 1, 1, 3],
    ['SDN-SDN', 2, 3, 1],
    ['SDN/MIL-SDN/REB', 1, 1, 3],
    ['SDN/GOV-SDN/REB', 1, 1, 3],
    ['SDN/GOV-TCD/GOV', 1, 1, 3],
  ];
  it.each(table)('seriesOfKey(%s) → conflict %d, total %d, coverage %d', (key, conflict, total, coverage) => {
    const [p] = seriesOfKey(levels, key);
    expect([p?.conflict, p?.total, p?.coverage]).toEqual([conflict, total, coverage]);
  });

  it('the hotspot map of dyads gives the same series as seriesOfKey', () => {
    const map = dyadSeriesMap(countryDyadDays(levels.country, levels.sector), { coverageRows: levels.country });
    for (const key of ['SDN-TCD', 'SDN/MIL-SDN/REB', 'SDN/GOV-SDN/MIL']) expect(map.get(key)).toEqual(seriesOfKey(levels, key));
    expect(countrySeriesMap(levels.country).get('SDN')).toEqual(seriesOfKey(levels, 'SDN'));
  });
});
