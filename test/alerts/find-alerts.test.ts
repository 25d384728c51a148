import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { addDays } from '../../src/analytics/calendar-day.js';
import type { Hotspot } from '../../src/analytics/types.js';
import type { AlertRule } from '../../src/alerts/alert-rule.js';
import { distanceKm } from '../../src/alerts/distance-km.js';
import { dataNeeded, findAlerts } from '../../src/alerts/find-alerts.js';
import type { AlertData } from '../../src/alerts/find-alerts.js';
import type { Actor } from '../../src/records.js';
import { BADME, ONSET, makeScenarioEvent, scenarioEvents } from '../cli/analytics-scenario.js';

describe('distanceKm', () => {
  const table: [[number, number], [number, number], number][] = [
    [[33.3406, 44.4009], [30.5085, 47.7804], 448], // Baghdad – Basra
    [[51.5074, -0.1278], [48.8566, 2.3522], 344], // London – Paris
    [[0, 0], [0, 180], 20015], // half the equator
    [[BADME.lat, BADME.lon], [BADME.lat, BADME.lon], 0],
  ];
  it.each(table)('%j → %j is about %d km', ([alat, alon], [blat, blon], km) => {
    expect(distanceKm({ lat: alat, lon: alon }, { lat: blat, lon: blon })).toBeCloseTo(km, -1);
  });
});

const actor = (country: string): Actor => ({ text: country, name: country, country, igo: null, sector: 'MIL', entry: `test:${country}` });

describe('findAlerts: events rules', () => {
  const asOf = '2025-06-20';
  const at = (id: string, date: string, place: { lat: number; lon: number } | null, plover: 'ASSAULT' | 'ACCUSE' = 'ASSAULT') => {
    const e = makeScenarioEvent({ id, date, source: actor('ETH'), target: actor('ERI'), quad: plover === 'ASSAULT' ? 4 : 3, near: true });
    return { ...e, location: place === null ? null : { ...e.location!, ...place } };
  };
  const events = [
    at('badme', '2025-06-20', BADME),
    at('asmara', '2025-06-19', { lat: 15.3389, lon: 38.9317 }), // about 140 km from Badme
    at('old', '2025-06-01', BADME),
    at('unplaced', '2025-06-20', null),
    at('accusation', '2025-06-20', BADME, 'ACCUSE'),
    at('later', '2025-06-21', BADME),
  ];
  const data: AlertData = { asOf, dyadDays: [], hotspots: [], events };
  const table: [AlertRule, string[]][] = [
    [{ kind: 'events', plover: 'ASSAULT', near: { ...BADME, km: 100 } }, ['badme']],
    [{ kind: 'events', plover: 'ASSAULT', near: { ...BADME, km: 200 } }, ['badme', 'asmara']],
    [{ kind: 'events', plover: 'ASSAULT', near: { ...BADME, km: 100 }, days: 30 }, ['badme', 'old']],
    [{ kind: 'events', plover: 'ASSAULT' }, ['badme', 'asmara', 'unplaced']],
    [{ kind: 'events', quad: 3 }, ['accusation']],
    [{ kind: 'events', country: 'ERI', days: 1 }, ['badme', 'unplaced', 'accusation']],
    [{ kind: 'events', country: 'KEN' }, []],
  ];
  it.each(table)('%j → %j (never an event after the as-of day)', (rule, ids) => {
    const found = findAlerts(rule, data);
    expect(found.map((f) => f.key)).toEqual(ids);
    for (const f of found) {
      expect(f.dedupeKey).toBe(`event:${f.key}`);
      expect(f.events).toEqual([f.key]);
    }
  });
  it('says how far the event was', () => {
    const [f] = findAlerts({ kind: 'events', plover: 'ASSAULT', near: { lat: 15.3389, lon: 38.9317, km: 500 } }, data);
    expect(f?.summary).toMatch(/ASSAULT event badme on 2025-06-20 at Badme \(1\d\d km away\)/);
  });
});

describe('findAlerts: tension and escalation rules', () => {
  const events = scenarioEvents();
  const rows = aggregateEvents(events, { withSector: false });
  const dataAt = (asOf: string): AlertData => ({ asOf, dyadDays: rows.filter((r) => r.date <= asOf), hotspots: [], events: [] });

  it('fires once per episode above the level: the dedupe key names the day it rose above', () => {
    const rule: AlertRule = { kind: 'tension', dyad: 'ETH-ERI', above: 70, window: 7 };
    const early = findAlerts(rule, dataAt(addDays(ONSET, 5)));
    const later = findAlerts(rule, dataAt(addDays(ONSET, 15)));
    expect(early.length).toBe(1);
    expect(later.map((f) => f.dedupeKey)).toEqual(early.map((f) => f.dedupeKey));
    const from = early[0]?.onset ?? '';
    expect(from >= ONSET && from <= addDays(ONSET, 3)).toBe(true);
    expect(early[0]?.dedupeKey).toBe(`tension:ERI-ETH:from:${from}`);
    expect(early[0]?.summary).toMatch(/tension ERI-ETH is \d+\.\d over the 7 days to 2025-06-15, above 70 since/);
    expect(early[0]?.events.length).toBeGreaterThan(0);
    // Before the onset, and for the cooperative pair, nothing.
    expect(findAlerts(rule, dataAt(addDays(ONSET, -5)))).toEqual([]);
    expect(findAlerts({ kind: 'tension', dyad: 'KEN-TZA', above: 70, window: 7 }, dataAt(addDays(ONSET, 5)))).toEqual([]);
    expect(findAlerts({ kind: 'tension', country: 'ERI', above: 70, window: 7 }, dataAt(addDays(ONSET, 5))).length).toBe(1);
  });

  it('passes flagged country and dyad hotspots of the listed countries, named by the first flagged day of their episode', () => {
    const h = (kind: Hotspot['kind'], key: string, flagged: boolean, confidence: number): Hotspot => ({
      kind, key, score: 2, onset: '2025-06-10', reason: 'r', events: ['e1'], flagged, magnitude: 3, confidence, sparse: false, flaggedSince: '2025-06-11',
    });
    const hotspots = [h('country', 'ERI', true, 0.99), h('dyad', 'ERI-ETH', true, 0.7), h('place', 'ERI/Gash-Barka', true, 1), h('country', 'KEN', false, 0.2), h('country', 'USA', true, 0.9), h('dyad', 'SDN/GOV-SDN/REB', true, 0.9)];
    const data: AlertData = { asOf: '2025-06-12', dyadDays: [], events: [], hotspots };
    const keys = (rule: AlertRule): string[] => findAlerts(rule, data).map((f) => f.dedupeKey);
    expect(keys({ kind: 'escalation', countries: ['ETH'] })).toEqual(['escalation:dyad:ERI-ETH:since:2025-06-11']);
    expect(keys({ kind: 'escalation', countries: ['ERI', 'KEN'] })).toEqual(['escalation:country:ERI:since:2025-06-11', 'escalation:dyad:ERI-ETH:since:2025-06-11']);
    expect(keys({ kind: 'escalation', countries: ['SDN'] })).toEqual(['escalation:dyad:SDN/GOV-SDN/REB:since:2025-06-11']);
    expect(keys({ kind: 'escalation', minConfidence: 0.8 })).toEqual(['escalation:country:ERI:since:2025-06-11', 'escalation:country:USA:since:2025-06-11', 'escalation:dyad:SDN/GOV-SDN/REB:since:2025-06-11']);
    expect(keys({ kind: 'escalation' }).length).toBe(4);
  });

  // [onset, flaggedSince] → the episode part of the key: the detector's onset does not enter it when the episode is known.
  const episodes: Array<[string | null, string | null | undefined, string]> = [
    ['2025-06-10', '2025-06-09', 'since:2025-06-09'],
    ['2025-06-20', '2025-06-09', 'since:2025-06-09'],
    ['2025-06-10', null, 'ongoing'],
    ['2025-06-10', undefined, '2025-06-10'],
    [null, undefined, '2025-06-30'],
  ];
  it.each(episodes)('onset %s, flagged since %s → escalation:dyad:ERI-ETH:%s', (onset, flaggedSince, episode) => {
    const hotspot: Hotspot = { kind: 'dyad', key: 'ERI-ETH', score: 2, onset, reason: 'r', events: [], flagged: true, magnitude: 3, confidence: 1, sparse: false };
    if (flaggedSince !== undefined) hotspot.flaggedSince = flaggedSince;
    const [f] = findAlerts({ kind: 'escalation' }, { asOf: '2025-06-30', dyadDays: [], events: [], hotspots: [hotspot] });
    expect(f?.dedupeKey).toBe(`escalation:dyad:ERI-ETH:${episode}`);
    expect(f?.onset).toBe(onset);
  });

  it('asks only for the data its rules need', () => {
    expect(dataNeeded([{ kind: 'events', days: 3 }, { kind: 'events' }])).toEqual({ dyadDays: false, hotspots: false, eventDays: 7 });
    expect(dataNeeded([{ kind: 'escalation' }])).toEqual({ dyadDays: false, hotspots: true, eventDays: 0 });
    expect(dataNeeded([{ kind: 'tension', country: 'IRQ', above: 5 }])).toEqual({ dyadDays: true, hotspots: false, eventDays: 0 });
  });
});
