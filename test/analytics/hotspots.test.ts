import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { addDays } from '../../src/analytics/calendar-day.js';
import { rankHotspots } from '../../src/analytics/hotspots.js';
import { aggregatePlaces, mergePlaceDays, placeKey } from '../../src/analytics/place-key.js';
import type { Event, Place, Quad } from '../../src/records.js';
import { mulberry32, poisson } from './generate-series.js';
import { actor, makeEvent, place } from './make-event.js';

const START = '2023-01-01';
const AS_OF = '2023-11-27';
const ONSET = '2023-11-21';
const TIGRAY = place({ name: 'Mekele', country: 'ETH', admin1: 'Tigray', lat: 13.5, lon: 39.5, precision: 'exact' });
const NAIROBI = place({ name: 'Nairobi', country: 'KEN', admin1: null, lat: -1.29, lon: 36.82, precision: 'exact' });

/** Background cooperation and conflict for several pairs; Ethiopia–Eritrea escalates from ONSET. */
function world(seed: number, days = 400): Event[] {
  const rng = mulberry32(seed);
  const pairs: Array<[string, string, number, number, Place | null]> = [
    // source, target, cooperation/day, conflict/day, place
    ['ETH', 'ERI', 1, 0.3, TIGRAY],
    ['KEN', 'TZA', 3, 0.2, NAIROBI],
    ['VEN', 'GUY', 1, 1, null],
    ['USA', 'CHN', 6, 3, null],
  ];
  const out: Event[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(START, i);
    for (const [s, t, coop, conflict, loc] of pairs) {
      const surge = s === 'ETH' && date >= ONSET ? 12 : 1;
      const add = (quad: Quad, n: number) => {
        for (let k = 0; k < n; k++) out.push(makeEvent({ id: `${s}${t}-${date}-${quad}-${k}`, date, source: [s], target: [t], quad, location: loc }));
      };
      add(1, poisson(rng, coop));
      add(4, poisson(rng, conflict * surge));
    }
  }
  return out;
}

const events = world(11);
const dyadDays = aggregateEvents(events, { withSector: false });
const placeDays = aggregatePlaces(events);

describe('rankHotspots', () => {
  const hot = rankHotspots({ dyadDays, placeDays }, { asOf: AS_OF, windowDays: 28 });

  it('ranks the escalating dyad, its countries and its place first, flagged, with onset and events', () => {
    const flagged = hot.filter((h) => h.flagged).map((h) => `${h.kind}:${h.key}`);
    expect(flagged.sort()).toEqual(['country:ERI', 'country:ETH', 'dyad:ERI-ETH', 'place:ETH/Tigray']);
    const dyad = hot.find((h) => h.key === 'ERI-ETH')!;
    expect(Object.keys(dyad).sort()).toEqual(['confidence', 'events', 'flagged', 'key', 'kind', 'magnitude', 'onset', 'reason', 'score', 'sparse']);
    expect(dyad.score).toBeGreaterThanOrEqual(1);
    expect(Math.abs(Date.parse(dyad.onset!) - Date.parse(ONSET))).toBeLessThanOrEqual(2 * 86_400_000);
    expect(dyad.reason).toMatch(/^escalation: /);
    expect(dyad.events.length).toBeGreaterThan(0);
    expect(dyad.events.length).toBeLessThanOrEqual(10);
    expect(dyad.events.every((id) => id.startsWith('ETHERI-') && id.includes('-4-') && id.slice(7, 17) >= dyad.onset!)).toBe(true);
    expect(hot.slice(0, 4).every((h) => h.flagged)).toBe(true);
  });

  it('leaves steady pairs unflagged', () => {
    for (const key of ['GUY-VEN', 'CHN-USA', 'KEN-TZA']) expect(hot.find((h) => h.key === key)?.flagged ?? false).toBe(false);
  });

  it('never reads rows dated after asOf', () => {
    const future = aggregateEvents(
      Array.from({ length: 200 }, (_, i) => makeEvent({ date: addDays(AS_OF, 1 + (i % 5)), source: ['VEN'], target: ['GUY'], quad: 4, location: NAIROBI })),
      { withSector: false },
    );
    const again = rankHotspots({ dyadDays: [...dyadDays, ...future], placeDays: [...placeDays, ...aggregatePlaces([])] }, { asOf: AS_OF, windowDays: 28 });
    expect(again).toEqual(hot);
  });

  it('lists nothing before anything happened, and respects flaggedOnly and limit', () => {
    expect(rankHotspots({ dyadDays }, { asOf: '2022-12-31' })).toEqual([]);
    const only = rankHotspots({ dyadDays, placeDays }, { asOf: AS_OF, flaggedOnly: true, limit: 2 });
    expect(only).toHaveLength(2);
    expect(only.every((h) => h.flagged)).toBe(true);
  });

  it('says how little a flag on a usually silent pair rests on', () => {
    const burst = aggregateEvents(
      Array.from({ length: 4 }, (_, i) => makeEvent({ id: `x${i}`, date: addDays(AS_OF, -(i % 2)), source: ['ISL'], target: ['NOR'], quad: 4 })),
      { withSector: false },
    );
    const h = rankHotspots({ dyadDays: [...dyadDays, ...burst] }, { asOf: AS_OF }).find((x) => x.key === 'ISL-NOR');
    expect(h).toBeDefined();
    expect(h!.sparse).toBe(true);
    expect(h!.reason).toMatch(/sparse: rests on 4 conflict events \(baseline: 0 conflict events in 240 days\)/);
  });
});

describe('rankHotspots at country level', () => {
  // Ethiopia–Eritrea as above, but every clash names Ethiopia's army and police at once;
  // Sudan's government fights rebels from the same onset.
  const compound = events.map((e) => (e.source[0]?.country === 'ETH' && e.quad === 4 ? { ...e, source: [actor('ETH/MIL'), actor('ETH/COP')] } : e));
  const rng = mulberry32(5);
  const sudan: Event[] = [];
  for (let i = 0; i < 330; i++) {
    const date = addDays(START, i);
    const rate = date >= ONSET ? 5 : 0.3;
    for (let k = poisson(rng, rate); k > 0; k--) sudan.push(makeEvent({ date, source: ['SDN/GOV'], target: ['SDN/REB'], quad: 4 }));
    sudan.push(makeEvent({ date, source: ['SDN/GOV'], target: ['SDN/CVL'], quad: 1 }));
  }
  const all = [...compound, ...sudan];
  const input = { dyadDays: aggregateEvents(all, { withSector: false }), sectorDays: aggregateEvents(all, { withSector: true }) };
  const hot = rankHotspots(input, { asOf: AS_OF, flaggedOnly: true, episodes: { lookbackDays: 60 } });

  it('keys dyads by country, and a pair within one country by sector', () => {
    expect(hot.map((h) => `${h.kind}:${h.key}`).sort()).toEqual(['country:ERI', 'country:ETH', 'country:SDN', 'dyad:ERI-ETH', 'dyad:SDN/GOV-SDN/REB']);
    // Without sector rows, the pair within Sudan is its domestic dyad.
    const plain = rankHotspots({ dyadDays: input.dyadDays }, { asOf: AS_OF, flaggedOnly: true });
    expect(plain.map((h) => h.key)).toContain('SDN-SDN');
  });

  it('counts a clash naming two forces of one country once, as if it named one', () => {
    const single = [...events, ...sudan];
    const one = rankHotspots({ dyadDays: aggregateEvents(single, { withSector: false }), sectorDays: aggregateEvents(single, { withSector: true }) }, { asOf: AS_OF, flaggedOnly: true });
    for (const key of ['ERI-ETH', 'ETH', 'ERI']) {
      const a = hot.find((h) => h.key === key)!;
      const b = one.find((h) => h.key === key)!;
      expect([a.score, a.onset, a.reason]).toEqual([b.score, b.onset, b.reason]);
    }
  });

  it('gives flagged entries the first day of their episode when asked, and only then', () => {
    for (const h of hot) {
      expect(h.flaggedSince).toBeDefined();
      expect(h.flaggedSince! >= addDays(ONSET, -3) && h.flaggedSince! <= AS_OF).toBe(true);
    }
    expect(rankHotspots(input, { asOf: AS_OF }).every((h) => !('flaggedSince' in h))).toBe(true);
  });
});

describe('place keys', () => {
  const cases: Array<[Place, string | null]> = [
    [TIGRAY, 'ETH/Tigray'],
    [NAIROBI, 'cell:-2,36'],
    [place({ name: 'Kenya', country: 'KEN', precision: 'country', lat: 0.1, lon: 37.9 }), null],
    [place({ name: 'Somewhere', country: 'KEN' }), null],
  ];
  it.each(cases)('%o → %s', (p, expected) => expect(placeKey(p)).toBe(expected));

  it('aggregatePlaces skips events without a keyed place; merging per document equals aggregating at once', () => {
    const sample = events.slice(0, 400);
    const whole = aggregatePlaces(sample);
    expect(whole.every((r) => r.place === 'ETH/Tigray' || r.place === 'cell:-2,36')).toBe(true);
    const half = Math.floor(sample.length / 2);
    const merged = mergePlaceDays(aggregatePlaces(sample.slice(0, half)), aggregatePlaces(sample.slice(half)));
    const strip = (rows: typeof whole) => rows.map(({ eventIds, ...r }) => ({ ...r, ids: [...eventIds].sort() }));
    expect(strip(merged)).toEqual(strip(whole));
  });
});
