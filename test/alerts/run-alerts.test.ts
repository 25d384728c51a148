// The alert runner end to end on a store: findings recorded once, delivered
// to the log and to a webhook on 127.0.0.1 that fails the first try, never
// sent twice, and failed webhooks retried on the next run.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateRules, runAlerts } from '../../src/alerts/run-alerts.js';
import { addDays } from '../../src/analytics/calendar-day.js';
import type { Actor } from '../../src/records.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { BADME, makeScenarioEvent } from '../cli/analytics-scenario.js';
import { startReceiver, type LocalReceiver } from './local-receiver.js';

const actor = (country: string): Actor => ({ text: country, name: country, country, igo: null, sector: 'MIL', entry: `test:${country}` });
const assault = (id: string, date: string) => makeScenarioEvent({ id, date, source: actor('ETH'), target: actor('ERI'), quad: 4, near: true });
const NOW = '2025-06-21T06:00:00.000Z';

describe('runAlerts', () => {
  let store: Store;
  let receiver: LocalReceiver;
  let log: string[];
  let slept: number[];
  const run = () => runAlerts(store, { now: () => NOW, log: (l) => void log.push(l), sleep: async (ms) => void slept.push(ms), baseDelayMs: 50 });

  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    log = [];
    slept = [];
  });
  afterEach(async () => {
    await store.close();
    await receiver.close();
  });

  it('delivers each finding once to the log and to a webhook that fails the first try', async () => {
    receiver = await startReceiver([500, 200]);
    await store.importEvents([assault('a1', '2025-06-18'), assault('a2', '2025-06-20'), assault('old', '2025-05-01')]);
    const rule = await store.addAlertRule({
      name: 'assaults near Badme',
      rule: { kind: 'events', plover: 'ASSAULT', near: { ...BADME, km: 50 } },
      webhook: receiver.url,
      createdAt: NOW,
    });

    const first = await run();
    expect(first).toEqual({ asOf: '2025-06-20', rules: 1, findings: 2, newAlerts: 2, sent: 4, failed: 0 });
    expect(log).toEqual([expect.stringMatching(/^alert: assaults near Badme: ASSAULT event a1 on 2025-06-18 at Badme/), expect.stringMatching(/event a2/)]);
    // 500 then 200 for the first alert, 200 for the second; one backoff wait.
    expect(receiver.received.map((r) => r.status)).toEqual([500, 200, 200]);
    expect(slept).toEqual([50]);
    const bodies = receiver.received.map((r) => r.body as { dedupeKey: string; rule: { name: string }; finding: { events: string[] } });
    expect(bodies.map((b) => b.dedupeKey)).toEqual(['event:a1', 'event:a1', 'event:a2']);
    expect(bodies[0]?.rule.name).toBe('assaults near Badme');
    expect(bodies[2]?.finding.events).toEqual(['a2']);
    expect(receiver.received[0]?.headers['x-faultline-dedupe-key']).toBe(`${rule.id}:event:a1`);

    const alerts = await store.listAlerts();
    expect(alerts.map((a) => a.dedupeKey)).toEqual(['event:a2', 'event:a1']);
    const a1 = alerts[1];
    expect(await store.deliveriesOf(a1?.id ?? 0)).toEqual([
      { alertId: a1?.id, channel: receiver.url, status: 'sent', attempts: 2, error: null, at: NOW },
      { alertId: a1?.id, channel: 'log', status: 'sent', attempts: 1, error: null, at: NOW },
    ]);

    // Nothing new: nothing logged, nothing posted.
    log = [];
    expect(await run()).toEqual({ asOf: '2025-06-20', rules: 1, findings: 2, newAlerts: 0, sent: 0, failed: 0 });
    expect(log).toEqual([]);
    expect(receiver.received.length).toBe(3);

    // A new event is a new finding, sent alone.
    await store.importEvents([assault('a3', '2025-06-21')]);
    const third = await run();
    expect(third).toMatchObject({ asOf: '2025-06-21', newAlerts: 1, sent: 2 });
    expect(log).toEqual([expect.stringMatching(/event a3/)]);
    expect(receiver.received.map((r) => (r.body as { dedupeKey: string }).dedupeKey).at(-1)).toBe('event:a3');
  });

  it('keeps a webhook that fails every try as failed, skips it for the rest of the run, and retries it next run', async () => {
    receiver = await startReceiver([503, 503, 200]);
    await store.importEvents([assault('b1', '2025-06-19'), assault('b2', '2025-06-20')]);
    await store.addAlertRule({ name: 'assaults', rule: { kind: 'events', plover: 'ASSAULT' }, webhook: receiver.url, createdAt: NOW });

    const first = await runAlerts(store, { now: () => NOW, log: (l) => void log.push(l), sleep: async () => undefined, attempts: 2 });
    expect(first).toMatchObject({ findings: 2, newAlerts: 2, sent: 2, failed: 2 });
    // Two tries for the first alert, none for the second.
    expect(receiver.received.length).toBe(2);
    expect(log.filter((l) => l.includes('webhook')).length).toBe(1);
    expect(log.find((l) => l.includes('webhook'))).toMatch(/failed after 2 tries: HTTP 503; retried on the next run/);
    const [b2, b1] = await store.listAlerts();
    expect((await store.deliveriesOf(b1?.id ?? 0)).find((d) => d.channel !== 'log')).toMatchObject({ status: 'failed', attempts: 2, error: 'HTTP 503' });
    expect((await store.deliveriesOf(b2?.id ?? 0)).find((d) => d.channel !== 'log')).toMatchObject({ status: 'failed', attempts: 0 });

    log = [];
    const second = await runAlerts(store, { now: () => NOW, log: (l) => void log.push(l), sleep: async () => undefined, attempts: 2 });
    expect(second).toMatchObject({ newAlerts: 0, sent: 2, failed: 0 });
    // The log had them already; the webhook gets each once more, now with success.
    expect(log).toEqual([]);
    expect(receiver.received.length).toBe(4);
    expect((await store.deliveriesOf(b1?.id ?? 0)).find((d) => d.channel !== 'log')).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('sends an escalation episode once while the detector\'s onset moves, and a new episode after a pause', async () => {
    receiver = await startReceiver([200]);
    // Ethiopia–Eritrea: a quiet year (an accusation every fifth day, daily talks), then
    // four assaults a day for 50 days, a pause of two months, and a second, fiercer flare-up
    // (against a baseline that now holds the first one).
    const start = '2024-06-01';
    const onset = '2025-06-01';
    const second = addDays(onset, 110);
    const events = [];
    for (let i = 0; i < 480; i++) {
      const date = addDays(start, i);
      const talk = makeScenarioEvent({ id: `t${i}`, date, source: actor('ETH'), target: actor('ERI'), quad: 1 });
      events.push(talk);
      if (i % 5 === 0) events.push(makeScenarioEvent({ id: `c${i}`, date, source: actor('ERI'), target: actor('ETH'), quad: 3 }));
      const burst = date >= second ? 10 : date >= onset && date < addDays(onset, 50) ? 4 : 0;
      for (let k = 0; k < burst; k++) events.push(assault(`a${i}-${k}`, date));
    }
    await store.importEvents(events);
    await store.addAlertRule({ name: 'clashes', rule: { kind: 'escalation', countries: ['ETH'] }, webhook: receiver.url, createdAt: NOW });
    const dyadAt = async (asOf: string) => {
      const { results } = await evaluateRules(store, { asOf });
      return results[0]?.findings.find((f) => f.key === 'ERI-ETH');
    };
    const early = await dyadAt(addDays(onset, 3));
    const late = await dyadAt(addDays(onset, 40));
    // The CUSUM looks 28 days back: 40 days in, its onset has moved on, the episode has not.
    expect(early?.onset).not.toBe(late?.onset);
    expect(early?.dedupeKey).toBe(late?.dedupeKey);
    const since = /since:(\d{4}-\d{2}-\d{2})$/.exec(early?.dedupeKey ?? '')?.[1] ?? '';
    expect(since >= onset && since <= addDays(onset, 3)).toBe(true);

    const runAt = (asOf: string) => runAlerts(store, { asOf, now: () => NOW, log: (l) => void log.push(l), sleep: async () => undefined });
    for (const k of [3, 10, 25, 40]) await runAt(addDays(onset, k));
    const episodes = (await store.listAlerts()).map((a) => a.dedupeKey).filter((k) => k.startsWith('escalation:dyad:ERI-ETH:'));
    expect(episodes).toEqual([`escalation:dyad:ERI-ETH:since:${since}`]);
    // After two quiet months, the second flare-up is a new episode, sent once.
    await runAt(addDays(second, 3));
    await runAt(addDays(second, 5));
    const keys = (await store.listAlerts()).map((a) => a.dedupeKey).filter((k) => k.startsWith('escalation:dyad:ERI-ETH:'));
    expect(keys.length).toBe(2);
    expect(keys[0]).toMatch(new RegExp(`since:(${second}|${addDays(second, 1)}|${addDays(second, 2)}|${addDays(second, 3)})$`));
  });

  it('does nothing without rules, and without dated events', async () => {
    receiver = await startReceiver([200]);
    expect(await run()).toEqual({ asOf: null, rules: 0, findings: 0, newAlerts: 0, sent: 0, failed: 0 });
    await store.addAlertRule({ name: 'any', rule: { kind: 'escalation' }, webhook: receiver.url, createdAt: NOW });
    expect(await run()).toEqual({ asOf: null, rules: 1, findings: 0, newAlerts: 0, sent: 0, failed: 0 });
    expect(receiver.received).toEqual([]);
  });
});
