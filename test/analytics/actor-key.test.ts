import { describe, expect, it } from 'vitest';
import { actorKey, aggregateEvents, baseOfKey, EVENT_ID_CAP, mergeDyadDays } from '../../src/analytics/actor-key.js';
import type { Actor } from '../../src/records.js';
import { actor, makeEvent } from './make-event.js';

describe('actorKey', () => {
  const cases: Array<[Actor, boolean, string | null]> = [
    [actor('IRQ/GOV'), true, 'IRQ/GOV'],
    [actor('IRQ/GOV'), false, 'IRQ'],
    [actor('IRQ'), true, 'IRQ'],
    [actor('UNO'), true, 'UNO'],
    [{ ...actor('IRQ'), country: null }, false, null],
  ];
  it.each(cases)('%o withSector=%s → %s', (a, withSector, expected) => {
    expect(actorKey(a, withSector)).toBe(expected);
  });
  it('baseOfKey strips the sector', () => {
    expect([baseOfKey('IRQ/GOV'), baseOfKey('UNO')]).toEqual(['IRQ', 'UNO']);
  });
});

describe('aggregateEvents', () => {
  it('crosses compound actors, keeps a pair within one country as its domestic row, skips undated and targetless events', () => {
    const rows = aggregateEvents(
      [
        makeEvent({ date: '2024-01-02', source: ['IRQ', 'IRN'], target: ['ISR', 'IRQ'], quad: 3 }),
        makeEvent({ date: null, source: ['IRQ'], target: ['ISR'], quad: 4 }),
        makeEvent({ date: '2024-01-02', source: ['IRQ'], target: [], quad: 4 }),
      ],
      { withSector: false },
    );
    expect(rows.map((r) => `${r.source}>${r.target}`)).toEqual(['IRN>IRQ', 'IRN>ISR', 'IRQ>IRQ', 'IRQ>ISR']);
    expect(rows.every((r) => r.counts[2] === 1 && r.goldsteinSum === -4)).toBe(true);
  });

  it('counts quads, sums Goldstein and counts distinct documents (null docId = own document)', () => {
    const rows = aggregateEvents(
      [
        makeEvent({ id: 'a', docId: 'd1', date: '2024-01-02', source: ['IRQ'], target: ['IRN'], quad: 1, goldstein: 1 }),
        makeEvent({ id: 'b', docId: 'd1', date: '2024-01-02', source: ['IRQ'], target: ['IRN'], quad: 4, goldstein: -10 }),
        makeEvent({ id: 'c', docId: null, date: '2024-01-02', source: ['IRQ'], target: ['IRN'], quad: 4, goldstein: -10 }),
        makeEvent({ id: 'd', docId: null, date: '2024-01-02', source: ['IRQ'], target: ['IRN'], quad: 2, goldstein: 5 }),
      ],
      { withSector: false },
    );
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(r.counts).toEqual([1, 1, 0, 2]);
    expect(r.goldsteinSum).toBe(-14);
    expect(r.documents).toBe(3);
    // Conflict events first.
    expect(r.eventIds).toEqual(['b', 'c', 'd', 'a']);
  });

  it('keeps sectors apart when asked', () => {
    const rows = aggregateEvents(
      [makeEvent({ date: '2024-01-02', source: ['IRQ/GOV'], target: ['IRQ/REB'], quad: 4 })],
      { withSector: true },
    );
    expect(rows.map((r) => [r.source, r.target])).toEqual([['IRQ/GOV', 'IRQ/REB']]);
  });

  // [source, target] → rows at country level, rows at sector level: each key once per event and side.
  const compounds: Array<[[string[], string[]], string[], string[]]> = [
    [[['IRQ/MIL', 'IRQ/COP'], ['IRN/REB']], ['IRQ>IRN'], ['IRQ/COP>IRN/REB', 'IRQ/MIL>IRN/REB']],
    [[['SDN/GOV'], ['SDN/REB']], ['SDN>SDN'], ['SDN/GOV>SDN/REB']],
    [[['SDN/MIL', 'SDN/COP'], ['SDN/REB']], ['SDN>SDN'], ['SDN/COP>SDN/REB', 'SDN/MIL>SDN/REB']],
    [[['SDN/GOV'], ['SDN/GOV']], ['SDN>SDN'], []],
    [[['SDN/GOV'], ['SDN/REB', 'TCD/MIL']], ['SDN>SDN', 'SDN>TCD'], ['SDN/GOV>SDN/REB', 'SDN/GOV>TCD/MIL']],
  ];
  it.each(compounds)('%j → country %j, sector %j', ([source, target], country, sector) => {
    const ev = [makeEvent({ date: '2024-01-02', source, target, quad: 4 })];
    const keys = (withSector: boolean): string[] => aggregateEvents(ev, { withSector }).map((r) => `${r.source}>${r.target}`);
    expect(keys(false)).toEqual(country);
    expect(keys(true)).toEqual(sector);
    for (const r of aggregateEvents(ev, { withSector: false })) expect(r.counts).toEqual([0, 0, 0, 1]);
  });

  it('caps event ids, keeping conflict events first', () => {
    const events = Array.from({ length: 80 }, (_, i) =>
      makeEvent({ id: `e${i}`, date: '2024-01-02', source: ['IRQ'], target: ['IRN'], quad: i >= 70 ? 4 : 1 }),
    );
    const [r] = aggregateEvents(events, { withSector: false });
    expect(r?.eventIds).toHaveLength(EVENT_ID_CAP);
    expect(r?.eventIds.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `e${70 + i}`));
    expect(r?.counts[0]).toBe(70);
  });
});

describe('mergeDyadDays', () => {
  it('adding one document incrementally equals aggregating everything at once', () => {
    const dates = ['2024-01-01', '2024-01-02', '2024-01-03'];
    const pairs: Array<[string, string]> = [['IRQ', 'IRN'], ['IRN', 'IRQ'], ['USA', 'IRN']];
    const events = Array.from({ length: 60 }, (_, i) => {
      const [s, t] = pairs[i % 3]!;
      return makeEvent({ id: `e${i}`, docId: `doc${i % 7}`, date: dates[i % 2 === 0 ? 0 : (i % 3) as 0 | 1 | 2]!, source: [s], target: [t], quad: ((i % 4) + 1) as 1 | 2 | 3 | 4 });
    });
    const byDoc = (d: string) => events.filter((e) => e.docId === d);
    let store = aggregateEvents(byDoc('doc0'), { withSector: false });
    for (let d = 1; d < 7; d++) store = mergeDyadDays(store, aggregateEvents(byDoc(`doc${d}`), { withSector: false }));
    const whole = aggregateEvents(events, { withSector: false });
    const strip = (rows: typeof whole) => rows.map(({ eventIds, ...rest }) => ({ ...rest, ids: [...eventIds].sort() }));
    expect(strip(store)).toEqual(strip(whole));
  });

  it('keeps conflict ids first: the first (quad 3 + 4 count) ids are the conflict events', () => {
    const day = (id: string, quad: 1 | 4) => aggregateEvents([makeEvent({ id, date: '2024-01-01', source: ['IRQ'], target: ['IRN'], quad })], { withSector: false });
    let rows = day('c1', 1);
    for (const [id, quad] of [['k1', 4], ['c2', 1], ['k2', 4]] as const) rows = mergeDyadDays(rows, day(id, quad));
    expect(rows[0]?.eventIds).toEqual(['k1', 'k2', 'c1', 'c2']);
  });

  it('does not modify its inputs', () => {
    const a = aggregateEvents([makeEvent({ date: '2024-01-01', source: ['IRQ'], target: ['IRN'], quad: 1 })], { withSector: false });
    const b = aggregateEvents([makeEvent({ date: '2024-01-01', source: ['IRQ'], target: ['IRN'], quad: 4 })], { withSector: false });
    const before = JSON.stringify(a);
    const merged = mergeDyadDays(a, b);
    expect(JSON.stringify(a)).toBe(before);
    expect(merged[0]?.counts).toEqual([1, 0, 0, 1]);
    expect(merged[0]?.documents).toBe(2);
  });
});
