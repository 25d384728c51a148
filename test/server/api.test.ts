// The API without a server: requests go straight to the Hono app
// (`app.request`). Documents and events come from the store fixtures; the
// analytics from the seeded Ethiopia–Eritrea scenario (sudden onset on ONSET).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/analytics/calendar-day.js';
import { createApp, type FaultlineApp } from '../../src/server/create-app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { Event } from '../../src/records.js';
import { LAST_DAY, ONSET, scenarioEvents } from '../cli/analytics-scenario.js';
import { ACTORS, TEXTS, assaultEvent, makeDocument, makeEvent, makeSentences, praiseEvent } from '../store/fixtures.js';

interface ErrorBody {
  error: { code: string; message: string };
}

async function getJson<T>(app: FaultlineApp, path: string, status = 200): Promise<T> {
  const res = await app.app.request(path);
  expect(res.status, `${path}: ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as T;
}

describe('API on documents and events', () => {
  let store: Store;
  let api: FaultlineApp;
  // Forum (2 events, one located), strikes (2 events, 06-14 and 06-15), council (1 undated event).
  const forum = makeDocument(TEXTS.forum, { publishedAt: '2025-06-13' });
  const strikes = makeDocument(TEXTS.strikes, { publishedAt: '2025-06-14', dateline: null });
  const council = makeDocument(TEXTS.council, { publishedAt: null });
  const forumSentences = makeSentences(forum);
  /** The span of `word` in sentence `i` of the forum story. */
  const at = (i: number, word: string): { start: number; end: number } => {
    const start = forumSentences[i]?.text.indexOf(word) ?? -1;
    if (start < 0) throw new Error(`"${word}" is not in sentence ${i}`);
    return { start, end: start + word.length };
  };
  const forumEvents: Event[] = [
    // "He praised the Russian hosts …" (sentence 1): spans into that sentence.
    praiseEvent(forum, 'forum-praise', {
      date: '2025-06-13',
      sentence: 1,
      evidence: {
        text: forumSentences[1]?.text ?? '',
        spans: { source: [at(1, 'He')], verb: at(1, 'praised'), target: [at(1, 'Russian hosts')], location: null },
        rule: 'verb:praise#051',
      },
    }),
    makeEvent(forum, 'forum-condemn', {
      date: '2025-06-13',
      sentence: 0,
      evidence: {
        text: forumSentences[0]?.text ?? '',
        spans: { source: [at(0, 'Iraqi security chief Qassem Al-Araji')], verb: at(0, 'spoke'), target: [], location: at(0, 'Moscow') },
        rule: 'verb:speak#010',
      },
    }),
  ];
  const strikesEvents = [assaultEvent(strikes, 'strikes-1', { date: '2025-06-14' }), makeEvent(strikes, 'strikes-2', { date: '2025-06-15', source: [ACTORS.iran] })];
  const councilEvents = [makeEvent(council, 'council-1', { date: null, source: [ACTORS.un], target: [ACTORS.iran] })];
  const allIds = ['council-1', 'forum-condemn', 'forum-praise', 'strikes-1', 'strikes-2'];

  beforeAll(async () => {
    store = SqliteStore.open(':memory:');
    await store.saveDocument(forum, forumSentences, forumEvents);
    await store.saveDocument(strikes, makeSentences(strikes), strikesEvents);
    await store.saveDocument(council, makeSentences(council), councilEvents);
    // Mentions are recomputed with the real coder: these tests only check event spans, so a failing coder is fine.
    api = createApp({ store, log: () => undefined, resources: () => { throw new Error('no coder in this test'); } });
  });
  afterAll(async () => {
    await store.close();
  });

  it('reports what the database holds', async () => {
    const status = await getJson<{ documents: number; events: number; latestEventDate: string }>(api, '/api/v1/status');
    expect([status.documents, status.events, status.latestEventDate]).toEqual([3, 5, '2025-06-15']);
  });

  it.each([
    ['', allIds],
    ['?country=irn', ['council-1', 'strikes-1', 'strikes-2']],
    ['?type=assault', ['strikes-1']],
    ['?since=2025-06-14', ['strikes-1', 'strikes-2']],
    ['?until=2025-06-13', ['forum-condemn', 'forum-praise']],
    [`?doc=${forum.id}`, ['forum-condemn', 'forum-praise']],
    ['?country=ISR&since=2025-06-14&until=2025-06-14', ['strikes-1']],
  ])('filters events as `faultline events` does: %s', async (query, expected) => {
    const page = await getJson<{ events: Event[]; next: string | null }>(api, `/api/v1/events${query}`);
    expect(page.events.map((e) => e.id)).toEqual(expected);
    expect(page.next).toBeNull();
  });

  it('pages through every event with the cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let path = '/api/v1/events?limit=2';
    for (let pages = 0; pages < 10; pages++) {
      const page = await getJson<{ events: Event[]; next: string | null }>(api, path);
      seen.push(...page.events.map((e) => e.id));
      if (page.next === null) break;
      expect(page.events).toHaveLength(2);
      path = `/api/v1/events?limit=2&after=${page.next}`;
    }
    expect(seen).toEqual(allIds);
  });

  it.each([
    ['/api/v1/events?country=Iraq', 'country'],
    ['/api/v1/events?type=HUG', 'type'],
    ['/api/v1/events?since=2025-13-01', 'since'],
    ['/api/v1/events?since=2025-06-15&until=2025-06-14', 'since'],
    ['/api/v1/events?limit=0', 'limit'],
    ['/api/v1/events?limit=ten', 'limit'],
    ['/api/v1/events?after=no-such-event', 'after'],
    ['/api/v1/events?contry=IRQ', 'contry'],
    ['/api/v1/hotspots?window=-3', 'window'],
    ['/api/v1/tension?window=14', 'window'],
    ['/api/v1/tension?country=IRQ&dyad=IRQ,IRN', 'not both'],
    ['/api/v1/series', 'either country or dyad'],
    ['/api/v1/network?minVolume=x', 'minVolume'],
  ])('rejects bad input with a 400 envelope: %s', async (path, mentioned) => {
    const body = await getJson<ErrorBody>(api, path, 400);
    expect(body.error.code).toBe('bad-request');
    expect(body.error.message).toContain(mentioned);
  });

  it('answers unknown things with a 404 envelope', async () => {
    for (const path of ['/api/v1/events/nope', '/api/v1/documents/nope', '/api/v1/no-such-route', '/api/v2/events']) {
      const body = await getJson<ErrorBody>(api, path, 404);
      expect(body.error.code).toBe('not-found');
    }
  });

  it('answers a known path with the wrong method with a 405 naming the right one', async () => {
    for (const [method, path, allow] of [
      ['POST', '/api/v1/events', 'GET'],
      ['GET', '/api/v1/documents', 'POST'],
      ['DELETE', '/api/v1/events/strikes-1', 'GET'],
    ] as const) {
      const res = await api.app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(((await res.json()) as ErrorBody).error.code).toBe('method-not-allowed');
    }
  });

  it('explains one event and names its document', async () => {
    const body = await getJson<{ event: Event; explanation: string; document: { id: string; title: string } | null }>(api, '/api/v1/events/strikes-1');
    expect(body.event).toEqual(strikesEvents[0]);
    expect(body.explanation).toContain('rule: verb:strike#190');
    expect(body.explanation).toContain('[Israeli forces] {struck}');
    expect(body.document?.id).toBe(strikes.id);
  });

  it('annotates a document: every event span, in document offsets, covers what the evidence says', async () => {
    const body = await getJson<{
      document: { text: string };
      events: Event[];
      annotations: Array<{ start: number; end: number; kind: string; eventId: string | null }>;
      mentions: string;
    }>(api, `/api/v1/documents/${forum.id}`);
    expect(body.document.text).toBe(forum.text);
    expect(body.events.map((e) => e.id)).toEqual(['forum-praise', 'forum-condemn']);
    expect(body.mentions).toBe('unavailable');
    const text = (a: { start: number; end: number }): string => body.document.text.slice(a.start, a.end);
    const of = (id: string): Array<[string, string]> => body.annotations.filter((a) => a.eventId === id).map((a) => [a.kind, text(a)]);
    expect(of('forum-praise')).toEqual([
      ['source', 'He'],
      ['verb', 'praised'],
      ['target', 'Russian hosts'],
    ]);
    expect(of('forum-condemn')).toEqual([
      ['source', 'Iraqi security chief Qassem Al-Araji'],
      ['verb', 'spoke'],
      ['location', 'Moscow'],
    ]);
  });
});

describe('API analytics on a scenario with a sudden onset', () => {
  let store: Store;
  let api: FaultlineApp;
  beforeAll(async () => {
    store = SqliteStore.open(':memory:');
    await store.importEvents(scenarioEvents());
    api = createApp({ store, log: () => undefined });
  });
  afterAll(async () => {
    await store.close();
  });

  interface HotspotBody {
    asOf: string;
    hotspots: Array<{ kind: string; key: string; flagged: boolean; onset: string | null; events: string[] }>;
  }

  it('ranks the escalating dyad and its countries as flagged hotspots, as of the latest event', async () => {
    const body = await getJson<HotspotBody>(api, '/api/v1/hotspots?flagged=true&limit=50');
    expect(body.asOf).toBe(LAST_DAY);
    const keys = body.hotspots.map((h) => `${h.kind}:${h.key}`);
    expect(keys).toContain('dyad:ERI-ETH');
    expect(keys).toContain('country:ERI');
    expect(keys).not.toContain('dyad:KEN-TZA');
    expect(body.hotspots.every((h) => h.flagged && h.events.length > 0)).toBe(true);
  });

  it('filters hotspots by kind and as-of day (nothing is flagged before the onset)', async () => {
    const dyads = await getJson<HotspotBody>(api, '/api/v1/hotspots?kind=dyad&limit=5');
    expect(dyads.hotspots.every((h) => h.kind === 'dyad')).toBe(true);
    const before = await getJson<HotspotBody>(api, '/api/v1/hotspots?flagged=true&asOf=2025-06-01&limit=50');
    expect(before.hotspots.filter((h) => h.key.includes('ERI'))).toEqual([]);
  });

  it('flags the series of the dyad from the onset on, and not before', async () => {
    const body = await getJson<{ key: string; days: Array<{ date: string; conflict: number; flagged: boolean }>; detection: { flagged: boolean; onset: string } }>(
      api,
      '/api/v1/series?dyad=eth,eri&days=60',
    );
    expect(body.key).toBe('ERI-ETH');
    expect(body.days).toHaveLength(60);
    expect(body.days.at(-1)?.date).toBe(LAST_DAY);
    const firstFlag = body.days.find((d) => d.flagged)?.date ?? null;
    expect(firstFlag).not.toBeNull();
    expect(firstFlag! >= ONSET).toBe(true);
    expect(firstFlag! <= '2025-06-13').toBe(true);
    expect(body.detection.flagged).toBe(true);
    const country = await getJson<{ scope: string; days: unknown[] }>(api, '/api/v1/series?country=ERI&days=30');
    expect([country.scope, country.days.length]).toEqual(['country', 30]);
    // A pair naming sectors reads the sector level: the same military clashes.
    const sectors = await getJson<{ key: string; days: Array<{ conflict: number }> }>(api, '/api/v1/series?dyad=ERI/MIL,ETH/MIL&days=60');
    expect(sectors.key).toBe('ERI/MIL-ETH/MIL');
    expect(sectors.days.map((d) => d.conflict)).toEqual(body.days.map((d) => d.conflict));
  });

  it('rates the tension of the escalating dyad above the cooperative one', async () => {
    type TensionBody = { results: Array<{ key: string; tension: number }> };
    const eri = await getJson<TensionBody>(api, '/api/v1/tension?dyad=ETH,ERI');
    const ken = await getJson<TensionBody>(api, '/api/v1/tension?dyad=KEN,TZA');
    expect(eri.results[0]!.tension).toBeGreaterThan(ken.results[0]!.tension);
    const countries = await getJson<TensionBody>(api, '/api/v1/tension?by=country&limit=100');
    expect(countries.results.map((r) => r.key).sort()).toEqual(['CHN', 'ERI', 'ETH', 'KEN', 'TZA', 'USA']);
  });

  it('builds the signed network: ETH–ERI conflictual, KEN–TZA cooperative', async () => {
    const body = await getJson<{ nodes: Array<{ id: string; escalation: number }>; edges: Array<{ source: string; target: string; sign: number; volume: number }> }>(
      api,
      '/api/v1/network',
    );
    const edge = (a: string, b: string) => body.edges.find((e) => e.source === a && e.target === b);
    expect(edge('ERI', 'ETH')?.sign).toBe(-1);
    expect(edge('KEN', 'TZA')?.sign).toBe(1);
    expect(body.nodes.find((n) => n.id === 'ERI')?.escalation).toBeGreaterThan(0);
  });

  it('lists places and dyad rows', async () => {
    const places = await getJson<{ places: Array<{ name: string; events: number }> }>(api, '/api/v1/places');
    expect(places.places[0]?.name).toBe('Badme');
    const dyads = await getJson<{ since: string; until: string; rows: Array<{ date: string }>; truncated: boolean }>(api, '/api/v1/dyads?actor=ERI&limit=3');
    expect([dyads.until, dyads.rows.length, dyads.truncated]).toEqual([LAST_DAY, 3, true]);
  });

  it('computes hotspots once per store revision, and again after a write', async () => {
    // Only the hotspot ranking reads place days: count those reads.
    let placeReads = 0;
    const counting = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'placeDays') placeReads++;
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const fresh = createApp({ store: counting, log: () => undefined });
    const first = await getJson<HotspotBody>(fresh, '/api/v1/hotspots');
    const again = await getJson<HotspotBody>(fresh, '/api/v1/hotspots?limit=3');
    expect(again.hotspots).toEqual(first.hotspots.slice(0, 3));
    expect(placeReads).toBe(1);
    const [last] = scenarioEvents().slice(-1);
    await store.importEvents([{ ...last!, id: 'late-event', date: addDays(LAST_DAY, 1) }]);
    const after = await getJson<HotspotBody>(fresh, '/api/v1/hotspots');
    expect(placeReads).toBe(2);
    expect(after.asOf).toBe(addDays(LAST_DAY, 1));
  });

  it('lists alert rules and the alerts they raised', async () => {
    await store.addAlertRule({ name: 'eritrea', rule: { kind: 'escalation', countries: ['ERI'] }, webhook: null, createdAt: '2025-07-01T00:00:00Z' });
    const { runAlerts } = await import('../../src/alerts/run-alerts.js');
    await runAlerts(store, { now: () => '2025-07-01T00:00:00Z', log: () => undefined });
    const body = await getJson<{ rules: Array<{ name: string; description: string }>; alerts: Array<{ rule: string; deliveries: unknown[] }> }>(api, '/api/v1/alerts');
    expect(body.rules.map((r) => r.name)).toEqual(['eritrea']);
    expect(body.alerts.length).toBeGreaterThan(0);
    expect(body.alerts.every((a) => a.rule === 'eritrea' && a.deliveries.length === 1)).toBe(true);
  });
});

describe('API on an empty database', () => {
  it('answers every analytics route with empty results, not errors', async () => {
    const store = SqliteStore.open(':memory:');
    const api = createApp({ store, log: () => undefined });
    try {
      expect((await getJson<{ hotspots: unknown[] }>(api, '/api/v1/hotspots')).hotspots).toEqual([]);
      expect((await getJson<{ nodes: unknown[] }>(api, '/api/v1/network')).nodes).toEqual([]);
      expect((await getJson<{ results: unknown[] }>(api, '/api/v1/tension')).results).toEqual([]);
      expect(await getJson<null>(api, '/api/v1/series?country=IRQ')).toBeNull();
      expect((await getJson<{ events: unknown[] }>(api, '/api/v1/events')).events).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
