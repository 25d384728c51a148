// The analytics commands end to end on generated events: a sudden onset of
// clashes between Ethiopia and Eritrea, a cooperative pair, a busy background.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { addDays } from '../../src/analytics/calendar-day.js';
import type { Tension } from '../../src/analytics/tension.js';
import type { DyadDay, Hotspot } from '../../src/analytics/types.js';
import { startReceiver, type LocalReceiver } from '../alerts/local-receiver.js';
import { LAST_DAY, ONSET, scenarioEvents } from './analytics-scenario.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-analytics-'));
const db = join(dir, 'analytics.db');
const events = scenarioEvents();
const byId = new Map(events.map((e) => [e.id, e]));
let receiver: LocalReceiver;

beforeAll(async () => {
  const file = join(dir, 'events.jsonl');
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n'));
  const r = await runCli(['import', file, '--db', db, '--no-alerts']);
  expect(r.stdout).toContain(`imported ${events.length} event(s)`);
  receiver = await startReceiver([200]);
});
afterAll(async () => {
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = async <T>(argv: string[]): Promise<T> => {
  const r = await runCli([...argv, '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

describe('faultline dyads', () => {
  it('lists the 30 days up to the latest event by default, as the analytics aggregate them', async () => {
    const rows = await json<DyadDay[]>(['dyads', '--format', 'json']);
    const from = addDays(LAST_DAY, -29);
    const expected = aggregateEvents(events.filter((e) => (e.date ?? '') >= from), { withSector: false });
    expect(rows.map((r) => [r.date, r.source, r.target, r.counts, r.documents])).toEqual(
      expected.map((r) => [r.date, r.source, r.target, r.counts, r.documents]),
    );
  });

  it('filters by actor, level and dates, in every format', async () => {
    const rows = await json<DyadDay[]>(['dyads', '--actor', 'eth', '--level', 'sector', '--since', '2025-01-01', '--until', '2025-01-31', '--format', 'json']);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect([r.source, r.target]).toContain('ETH/MIL');
      expect(r.date >= '2025-01-01' && r.date <= '2025-01-31').toBe(true);
    }
    const csv = (await runCli(['dyads', '--db', db, '--actor', 'ETH', '--since', '2025-01-01', '--until', '2025-01-31', '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0]).toMatch(/^date,source,target,verbal_cooperation/);
    expect(csv.length - 1).toBe(rows.length);
    const table = (await runCli(['dyads', '--db', db, '--since', ONSET, '--until', ONSET])).stdout;
    expect(table).toMatch(new RegExp(`${ONSET}\\s+ERI\\s+ETH\\s+\\d+\\s+\\d+\\s+\\d+\\s+[1-9]`));
  });

  it('recomputes the aggregates from the events on --rebuild, to the same rows', async () => {
    const before = (await runCli(['dyads', '--db', db, '--level', 'sector', '--format', 'jsonl'])).stdout;
    const r = await runCli(['dyads', '--db', db, '--level', 'sector', '--format', 'jsonl', '--rebuild']);
    expect(r.stderr).toMatch(/^rebuilt [1-9]\d* dyad-day and [1-9]\d* place-day row\(s\) from the stored events\n$/);
    const ids = (text: string): unknown[] => text.trim().split('\n').map((l) => { const d = JSON.parse(l) as DyadDay; return { ...d, eventIds: [...d.eventIds].sort() }; });
    expect(ids(r.stdout)).toEqual(ids(before));
  });

  it('rejects bad filters with one line naming the option', async () => {
    for (const [argv, message] of [
      [['--since', '2025-02-30'], /--since must be a day/],
      [['--actor', 'ETH/military'], /--actor must be a country or IGO code/],
      [['--since', '2025-06-02', '--until', '2025-06-01'], /--since: "since" must not be after "until"/],
    ] as const) {
      const r = await runCli(['dyads', '--db', db, ...argv]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('faultline tension', () => {
  it('is high for the clashing pair after onset, low before it and for the cooperative pair', async () => {
    const after = await json<Tension>(['tension', '--dyad', 'ETH,ERI', '--window', '7', '--format', 'json']);
    const before = await json<Tension>(['tension', '--dyad', 'ERI,ETH', '--window', '7', '--as-of', addDays(ONSET, -1), '--format', 'json']);
    const calm = await json<Tension>(['tension', '--dyad', 'KEN,TZA', '--window', '7', '--format', 'json']);
    expect(after.key).toBe('ERI-ETH');
    expect(after.asOf).toBe(LAST_DAY);
    expect(after.tension).toBeGreaterThan(before.tension + 20);
    expect(after.tension).toBeGreaterThan(calm.tension + 20);
    expect(after.materialConflict).toBeGreaterThan(0);
    for (const id of after.eventIds) expect((byId.get(id)?.date ?? '') <= LAST_DAY).toBe(true);
    // No event after the as-of day is ever counted.
    for (const id of before.eventIds) expect((byId.get(id)?.date ?? '9') < ONSET).toBe(true);
    const country = await json<Tension>(['tension', '--country', 'eri', '--window', '30', '--format', 'json']);
    expect(country).toMatchObject({ scope: 'country', key: 'ERI', windowDays: 30 });
  });

  it('prints a readable summary, a ranking without --country/--dyad, and one clear error', async () => {
    expect((await runCli(['tension', '--db', db, '--dyad', 'ETH,ERI'])).stdout).toMatch(/^dyad ERI-ETH\n\s+tension\s+\d+\.\d \(0 … 100\)/);
    const ranking = (await runCli(['tension', '--db', db, '--window', '7', '--limit', '2'])).stdout.trim().split('\n');
    expect(ranking.length).toBe(4);
    expect(ranking[2]).toMatch(/^ERI-ETH\s/);
    const both = await runCli(['tension', '--db', db, '--dyad', 'ETH,ERI', '--country', 'ETH']);
    expect([both.code, both.stderr]).toEqual([1, 'faultline: give --country or --dyad, not both\n']);
    expect((await runCli(['tension', '--db', db, '--country', 'ETH', '--window', '14'])).code).not.toBe(0);
  });
});

describe('faultline hotspots', () => {
  it('ranks the clashes first, with onset, reason and events no later than the as-of day', async () => {
    const asOf = addDays(ONSET, 4);
    const list = await json<Hotspot[]>(['hotspots', '--as-of', asOf, '--format', 'json']);
    expect(list.length).toBeGreaterThan(0);
    for (const h of list) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['kind', 'key', 'score', 'onset', 'reason', 'events']));
      expect(['country', 'dyad', 'place']).toContain(h.kind);
      for (const id of h.events) expect((byId.get(id)?.date ?? '9') <= asOf).toBe(true);
    }
    const top = list[0];
    expect(top?.flagged).toBe(true);
    expect(top?.key).toMatch(/ERI|ETH/);
    expect(top && top.onset !== null && top.onset >= addDays(ONSET, -7) && top.onset <= asOf).toBe(true);
    expect(top?.reason).toMatch(/conflict events/);
    const kinds = new Set(list.filter((h) => h.flagged).map((h) => h.kind));
    expect([...kinds].sort()).toEqual(['country', 'dyad', 'place']);
    // Nothing about Kenya and Tanzania is flagged.
    expect(list.some((h) => h.flagged && /KEN|TZA/.test(h.key))).toBe(false);
  });

  it('flags nothing before the onset and defaults --as-of to the latest event date', async () => {
    const before = await json<Hotspot[]>(['hotspots', '--as-of', addDays(ONSET, -30), '--flagged', '--format', 'json']);
    expect(before.filter((h) => /ERI|ETH/.test(h.key))).toEqual([]);
    const latest = await json<Hotspot[]>(['hotspots', '--format', 'json']);
    expect(latest).toEqual(await json<Hotspot[]>(['hotspots', '--as-of', LAST_DAY, '--format', 'json']));
    expect((await runCli(['hotspots', '--db', db, '--as-of', addDays(ONSET, 2), '--limit', '3'])).stdout).toMatch(/^#\s+kind\s+key\s+score/);
  });
});

describe('faultline network', () => {
  it('exports the signed graph as JSON and GraphML', async () => {
    const graph = await json<{ asOf: string; nodes: Array<{ id: string; escalation: number }>; edges: Array<{ source: string; target: string; sign: number }>; bridging: unknown[] }>(['network', '--format', 'json']);
    expect(graph.asOf).toBe(LAST_DAY);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['CHN', 'ERI', 'ETH', 'KEN', 'TZA', 'USA']);
    expect(graph.nodes.find((n) => n.id === 'ERI')?.escalation).toBeGreaterThan(0);
    expect(graph.edges.find((e) => e.source === 'ERI' && e.target === 'ETH')?.sign).toBe(-1);
    expect(graph.edges.find((e) => e.source === 'KEN' && e.target === 'TZA')?.sign).toBe(1);
    expect(Array.isArray(graph.bridging)).toBe(true);
    const xml = (await runCli(['network', '--db', db, '--format', 'graphml', '--window', '7'])).stdout;
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toMatch(/<node id="ERI">/);
    expect(xml).toMatch(/<edge [^>]*source="ERI" target="ETH"/);
  });
});

describe('faultline backtest', () => {
  it('scores Faultline and the baselines on the onset, with quiet pairs for false alarms', async () => {
    const onsets = join(dir, 'onsets.txt');
    writeFileSync(onsets, `# known onsets\nETH-ERI,${ONSET}\n`);
    type Report = { from: string; to: string; cases: Array<{ key: string; onsets: string[] }>; detectors: Array<{ detector: string; detected: number; results: Array<{ delay: number | null }>; falseAlarms: number }> };
    const report = await json<Report>(['backtest', '--onsets', onsets, '--format', 'json']);
    expect(report.cases).toEqual([
      { key: 'ERI-ETH', onsets: [ONSET] },
      { key: 'CHN-USA', onsets: [] },
      { key: 'KEN-TZA', onsets: [] },
    ]);
    expect(report.detectors.map((d) => d.detector)).toEqual(['faultline', 'persistence', 'trendfinder', 'rolling-max', 'ema-z']);
    const faultline = report.detectors[0];
    expect(faultline?.detected).toBe(1);
    const delay = faultline?.results[0]?.delay ?? 99;
    expect(delay).toBeLessThanOrEqual(3);
    expect(report.from).toBe(addDays(ONSET, -180));
    expect(report.to).toBe(LAST_DAY);
    const table = (await runCli(['backtest', '--db', db, '--onset', `ERI-ETH=${ONSET}`, '--quiet', '0'])).stdout;
    expect(table).toMatch(/^replay .* 1 series\n/);
    expect(table).toMatch(/faultline\s+1\s+1\s/);
    expect((await runCli(['backtest', '--db', db])).stderr).toMatch(/give onset dates/);
    expect((await runCli(['backtest', '--db', db, '--onset', 'ETH-ERI=June'])).stderr).toMatch(/expected "KEY,YYYY-MM-DD"/);
  });
});

describe('faultline alerts', () => {
  it('adds, lists, tests (dry run, then delivery once), and removes a rule', async () => {
    const add = await runCli(['alerts', 'add', 'escalation', 'ETH', '--webhook', receiver.url, '--db', db]);
    expect(add.stdout).toMatch(/^added alert rule \d+ "escalation ETH": escalation ETH → http:\/\/127\.0\.0\.1/);
    const bad = await runCli(['alerts', 'add', '{"kind":"tension","above":5}', '--db', db]);
    expect([bad.code, bad.stderr]).toEqual([1, 'faultline: not a valid rule: a tension rule names either a "dyad" or a "country"\n']);
    expect((await runCli(['alerts', 'add', 'escalation', 'ETH', '--db', db])).stderr).toMatch(/exists already/);
    expect((await runCli(['alerts', 'list', '--db', db])).stdout).toMatch(/escalation ETH\s+escalation ETH\s+http:\/\/127\.0\.0\.1:\d+\/hook\s+-/);

    const dry = await runCli(['alerts', 'test', '--dry-run', '--db', db]);
    expect(dry.stdout).toMatch(/^escalation ETH: escalation of /m);
    expect(dry.stdout).toMatch(/nothing recorded or sent \(--dry-run\)\n$/);
    expect(receiver.received.length).toBe(0);

    const run = await runCli(['alerts', 'test', '--db', db]);
    const findings = Number(/(\d+) finding\(s\), (\d+) new/.exec(run.stdout)?.[1]);
    expect(findings).toBeGreaterThan(0);
    expect(run.stdout).toContain(`${findings} finding(s), ${findings} new; ${2 * findings} delivered, 0 failed`);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('alert: escalation ETH: escalation of ')).length).toBe(findings);
    expect(receiver.received.length).toBe(findings);

    const again = await runCli(['alerts', 'test', '--db', db]);
    expect(again.stdout).toContain(`${findings} finding(s), 0 new; 0 delivered`);
    expect(again.stderr).toBe('');
    expect(receiver.received.length).toBe(findings);
    const fired = JSON.parse((await runCli(['alerts', 'list', '--fired', '--format', 'json', '--db', db])).stdout) as Array<{ deliveries: Array<{ status: string }> }>;
    expect(fired.length).toBe(findings);
    for (const a of fired) expect(a.deliveries.map((d) => d.status)).toEqual(['sent', 'sent']);

    expect((await runCli(['alerts', 'remove', 'escalation ETH', '--db', db])).stdout).toBe('removed alert rule escalation ETH\n');
    expect((await runCli(['alerts', 'remove', 'escalation ETH', '--db', db])).code).toBe(1);
  });

  it('runs the rules after an ingest', async () => {
    await runCli(['alerts', 'add', 'events ASSAULT days 2', '--name', 'recent assaults', '--db', db]);
    const reports = join(dir, 'reports');
    (await import('node:fs')).mkdirSync(reports);
    writeFileSync(join(reports, 'note.txt'), 'A short note about nothing in particular.');
    const r = await runCli(['ingest', reports, '--db', db, '--date', LAST_DAY, '--quiet']);
    expect(r.stdout).toMatch(/ingested 1 document/);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('alert: recent assaults: ASSAULT event'));
    expect(lines.length).toBe(events.filter((e) => e.plover === 'ASSAULT' && (e.date ?? '') >= addDays(LAST_DAY, -1)).length);
  });
});
