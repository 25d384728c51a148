import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { countrySeries, countrySeriesMap, dyadKey, dyadSeries, dyadSeriesMap } from '../../src/analytics/daily-series.js';
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
