// `faultline hotspots --format json` and `faultline tension` at country
// level, on the generated scenario with compound actors (two Ethiopian
// forces in one clash) and an internal conflict (Sudan's government and army
// against rebels, flaring up from SUDAN_ONSET).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../src/analytics/calendar-day.js';
import type { Tension } from '../../src/analytics/tension.js';
import type { DyadDay } from '../../src/analytics/types.js';
import type { Event } from '../../src/records.js';
import { ONSET, SUDAN_ONSET, scenarioEvents } from './analytics-scenario.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-hotspots-'));
const db = join(dir, 'hotspots.db');
const events = scenarioEvents(7, { compound: true });
const byId = new Map(events.map((e) => [e.id, e]));

beforeAll(async () => {
  const file = join(dir, 'events.jsonl');
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n'));
  expect((await runCli(['import', file, '--db', db, '--no-alerts'])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (argv: string[]): Promise<unknown> => {
  const r = await runCli([...argv, '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as unknown;
};

/** What the issue asks of every entry, checked on the parsed JSON itself (not on our own type). */
function expectHotspotShape(h: unknown, asOf: string): { kind: string; key: string; score: number; onset: string | null; flagged: unknown } {
  expect(h).toBeTypeOf('object');
  const o = h as Record<string, unknown>;
  expect(['country', 'dyad', 'place']).toContain(o['kind']);
  expect(o['key']).toBeTypeOf('string');
  expect(o['score']).toBeTypeOf('number');
  expect(o['onset'] === null || (typeof o['onset'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o['onset']))).toBe(true);
  expect(o['reason']).toBeTypeOf('string');
  expect(Array.isArray(o['events'])).toBe(true);
  for (const id of o['events'] as unknown[]) {
    expect(id).toBeTypeOf('string');
    // Every id is a stored event dated no later than the as-of day.
    expect(byId.get(id as string)?.date ?? '9999').toSatisfy((d: string) => d <= asOf);
  }
  return o as { kind: string; key: string; score: number; onset: string | null; flagged: unknown };
}

/** Two different country codes, or two sectors of one country. */
const DYAD_KEY = /^([A-Z]{3})-(?!\1$)[A-Z]{3}$|^([A-Z]{3})\/[A-Z]{3}-\2\/[A-Z]{3}$/;

const countries = (e: Event): Set<string> => new Set([...e.source, ...e.target].map((a) => a.country ?? ''));

describe('faultline hotspots --format json', () => {
  it('lists kind, key, score, onset, reason and events; the escalating dyad first, at country level, onset within 3 days', async () => {
    const asOf = addDays(ONSET, 3);
    const list = await json(['hotspots', '--as-of', asOf, '--format', 'json']);
    expect(Array.isArray(list)).toBe(true);
    const entries = (list as unknown[]).map((h) => expectHotspotShape(h, asOf));
    expect(entries.length).toBeGreaterThan(0);

    const dyads = entries.filter((h) => h.kind === 'dyad');
    const first = dyads[0];
    expect(first?.key).toBe('ERI-ETH');
    expect(first?.flagged).toBe(true);
    expect(Math.abs(dayNumber(first?.onset ?? '1970-01-01') - dayNumber(ONSET))).toBeLessThanOrEqual(3);
    // Only the same conflict ranks above it: its two countries and the place of the clashes.
    const above = entries.slice(0, entries.indexOf(first!));
    for (const h of above) expect(`${h.kind}:${h.key}`).toMatch(/^(country:(ERI|ETH)|place:ERI\/Gash-Barka)$/);
    // The compound clashes (army and police) do not split the dyad into sector pairs.
    expect(dyads.filter((h) => /ERI|ETH/.test(h.key)).map((h) => h.key)).toEqual(['ERI-ETH']);
    // Dyad keys are two country codes, or two sectors of one country.
    for (const h of dyads) expect(h.key).toMatch(DYAD_KEY);
  });

  it('lists a conflict within one country by its sector pairs, and the country counts each event once', async () => {
    const asOf = addDays(SUDAN_ONSET, 5);
    const list = ((await json(['hotspots', '--as-of', asOf, '--flagged', '--format', 'json'])) as unknown[]).map((h) => expectHotspotShape(h, asOf));
    const flagged = list.map((h) => `${h.kind}:${h.key}`);
    expect(flagged).toEqual(expect.arrayContaining(['country:SDN', 'dyad:SDN/GOV-SDN/REB', 'dyad:SDN/MIL-SDN/REB']));
    for (const h of list.filter((x) => x.kind === 'dyad')) expect(h.key).toMatch(DYAD_KEY);
    const sdn = list.find((h) => h.key === 'SDN')!;
    expect(Math.abs(dayNumber(sdn.onset ?? '1970-01-01') - dayNumber(SUDAN_ONSET))).toBeLessThanOrEqual(3);
    // "N conflict events in D days since ONSET": N is the number of conflict events, each once.
    const m = /(\d+) conflict events in (\d+) days? since (\d{4}-\d{2}-\d{2})/.exec((list.find((h) => h.key === 'SDN') as unknown as { reason: string }).reason);
    expect(m).not.toBeNull();
    const since = m?.[3] ?? '';
    const expected = events.filter((e) => e.quad >= 3 && (e.date ?? '') >= since && (e.date ?? '') <= asOf && countries(e).has('SDN')).length;
    expect(Number(m?.[1])).toBe(expected);
  });
});

describe('tension at country level', () => {
  const window = (asOf: string, days: number) => (e: Event) => (e.date ?? '') > addDays(asOf, -days) && (e.date ?? '') <= asOf;

  it('counts an event naming two forces of one country once, for the dyad and for the country', async () => {
    const asOf = addDays(ONSET, 5);
    const inWindow = window(asOf, 7);
    const dyad = (await json(['tension', '--dyad', 'ETH,ERI', '--window', '7', '--as-of', asOf, '--format', 'json'])) as Tension;
    const between = events.filter((e) => inWindow(e) && countries(e).has('ETH') && countries(e).has('ERI'));
    expect(between.some((e) => e.source.length + e.target.length > 2)).toBe(true);
    expect(dyad.events).toBe(between.length);
    const sudan = (await json(['tension', '--country', 'SDN', '--window', '7', '--as-of', asOf, '--format', 'json'])) as Tension;
    expect(sudan.events).toBe(events.filter((e) => inWindow(e) && countries(e).has('SDN')).length);
  });

  it('ranks dyads with country keys, and pairs within one country by sector', async () => {
    const ranking = (await json(['tension', '--window', '30', '--as-of', addDays(SUDAN_ONSET, 10), '--format', 'json'])) as Tension[];
    const keys = ranking.map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(['SDN/GOV-SDN/REB', 'SDN/MIL-SDN/REB', 'SDN/GOV-SDN/MIL', 'ERI-ETH', 'CHN-USA', 'KEN-TZA']));
    expect(keys.filter((k) => /ETH|ERI/.test(k))).toEqual(['ERI-ETH']);
  });

  it('keeps the domestic rows at country level (SDN→SDN), once per event', async () => {
    const rows = (await json(['dyads', '--actor', 'SDN', '--since', SUDAN_ONSET, '--until', SUDAN_ONSET, '--format', 'json'])) as DyadDay[];
    expect(rows.map((r) => `${r.source}>${r.target}`)).toEqual(['SDN>SDN']);
    const onDay = events.filter((e) => e.date === SUDAN_ONSET && countries(e).has('SDN'));
    expect(rows[0]?.counts.reduce((a, b) => a + b, 0)).toBe(onDay.length);
  });
});
