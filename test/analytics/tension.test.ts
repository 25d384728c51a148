import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { countryTension, dyadTension, keyMatches, rankCountryTension, rankDyadTension } from '../../src/analytics/tension.js';
import type { DyadDay } from '../../src/analytics/types.js';
import type { Quad } from '../../src/records.js';
import { makeEvent } from './make-event.js';

/** `n` events of each quad between s and t on a day. */
function rows(date: string, s: string, t: string, quads: Partial<Record<Quad, number>>): DyadDay[] {
  const events = Object.entries(quads).flatMap(([q, n]) =>
    Array.from({ length: n ?? 0 }, () => makeEvent({ date, source: [s], target: [t], quad: Number(q) as Quad })),
  );
  return aggregateEvents(events, { withSector: true });
}

const opts = { asOf: '2024-03-31', windowDays: 30, priorShare: 0.25, priorGoldstein: 0 };

describe('dyadTension', () => {
  it('does not rise with coverage alone: ten times the reporting, same mix, same tension', () => {
    const light = rows('2024-03-20', 'IRQ', 'IRN', { 1: 20, 3: 10 });
    const heavy = rows('2024-03-20', 'IRQ', 'IRN', { 1: 200, 3: 100 });
    const a = dyadTension(light, 'IRQ', 'IRN', opts);
    const b = dyadTension(heavy, 'IRQ', 'IRN', opts);
    expect(b.events).toBe(10 * a.events);
    expect(Math.abs(b.tension - a.tension)).toBeLessThan(3);
    expect(Math.abs(b.conflictShare - 1 / 3)).toBeLessThan(0.01);
  });

  it('pulls thin evidence towards the prior: three conflict events are not 100', () => {
    const t = dyadTension(rows('2024-03-20', 'IRQ', 'IRN', { 4: 3 }), 'IRQ', 'IRN', opts);
    const full = dyadTension(rows('2024-03-20', 'IRQ', 'IRN', { 4: 300 }), 'IRQ', 'IRN', opts);
    expect(t.conflictShare).toBeCloseTo((3 + 10 * 0.25) / 13, 3);
    expect(t.tension).toBeLessThan(70);
    expect(full.tension).toBeGreaterThan(90);
  });

  it('applies the documented formula', () => {
    const r = rows('2024-03-20', 'IRQ', 'IRN', { 1: 5, 4: 5 });
    const t = dyadTension(r, 'IRQ', 'IRN', opts);
    const s = (5 + 2.5) / 20;
    const g = (5 * 3 + 5 * -9) / 20;
    expect(t.tension).toBeCloseTo(100 * (0.5 * s + (0.5 * (10 - g)) / 20), 2);
    expect(t.goldsteinMean).toBeCloseTo(g, 3);
    expect(t.key).toBe('IRN-IRQ');
  });

  it('counts both directions unless directed, and only days inside the window', () => {
    const r = [
      ...rows('2024-03-20', 'IRQ', 'IRN', { 3: 2 }),
      ...rows('2024-03-21', 'IRN', 'IRQ', { 1: 4 }),
      ...rows('2024-02-20', 'IRQ', 'IRN', { 4: 50 }),
      ...rows('2024-04-01', 'IRQ', 'IRN', { 4: 50 }),
    ];
    expect(dyadTension(r, 'IRQ', 'IRN', opts).events).toBe(6);
    const directed = dyadTension(r, 'IRQ', 'IRN', { ...opts, directed: true });
    expect([directed.events, directed.key]).toEqual([2, 'IRQ>IRN']);
    expect(dyadTension(r, 'IRQ', 'IRN', { ...opts, windowDays: 90 }).events).toBe(56);
  });

  it('matches sectors: a country key covers all its sectors, a sector key only itself', () => {
    const cases: Array<[string, string, boolean]> = [
      ['IRQ/GOV', 'IRQ', true],
      ['IRQ', 'IRQ', true],
      ['IRQ/GOV', 'IRQ/GOV', true],
      ['IRQ/MIL', 'IRQ/GOV', false],
      ['IRN', 'IRQ', false],
    ];
    for (const [key, wanted, expected] of cases) expect(keyMatches(key, wanted)).toBe(expected);
    const r = [...rows('2024-03-20', 'IRQ/GOV', 'IRN/MIL', { 3: 1 }), ...rows('2024-03-20', 'IRQ/MIL', 'IRN', { 3: 2 })];
    expect(dyadTension(r, 'IRQ', 'IRN', opts).events).toBe(3);
    expect(dyadTension(r, 'IRQ/GOV', 'IRN', opts).events).toBe(1);
  });
});

describe('countryTension and rankings', () => {
  const r = [
    ...rows('2024-03-20', 'IRQ', 'IRN', { 4: 10 }),
    ...rows('2024-03-20', 'USA', 'IRQ', { 1: 10 }),
    ...rows('2024-03-20', 'FRA', 'DEU', { 1: 10 }),
  ];
  it('aggregates every dyad of the country, both directions', () => {
    const t = countryTension(r, 'IRQ', opts);
    expect([t.events, t.conflict, t.materialConflict]).toEqual([20, 10, 10]);
  });
  it('ranks the conflictual dyad and countries first', () => {
    expect(rankDyadTension(r, opts).map((t) => t.key)).toEqual(['IRN-IRQ', 'DEU-FRA', 'IRQ-USA']);
    const countries = rankCountryTension(r, opts);
    expect(countries[0]?.key).toBe('IRN');
    expect(countries.at(-1)?.key).toMatch(/DEU|FRA|USA/);
  });
  it('uses the window mix as prior by default', () => {
    const t = dyadTension(r, 'IRQ', 'IRN', { asOf: '2024-03-31', windowDays: 30 });
    expect(t.conflictShare).toBeCloseTo((10 + 10 * (10 / 30)) / 20, 3);
  });
});
