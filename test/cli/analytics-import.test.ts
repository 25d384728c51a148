// `faultline import`: events from JSON Lines, documents absent, bad lines
// reported by number, nothing added twice.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { eventSchema } from '../../src/records-schema.js';
import type { Event } from '../../src/records.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeScenarioEvent, scenarioEvents } from './analytics-scenario.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const events = scenarioEvents().slice(0, 300);
const good = events.map((e) => JSON.stringify(e));
const first = events[0] as Event;
const { id: _omit, ...withoutId } = first;
const badLines: [string, RegExp][] = [
  ['{"id": "x1", "date": "2025-01-01"', /invalid JSON/],
  [JSON.stringify(withoutId), /id/],
  [JSON.stringify({ ...first, id: 'bad-quad', quad: 5 }), /quad/],
  [JSON.stringify({ ...first, id: 'bad-plover', plover: 'CONDEMN' }), /plover/],
  [JSON.stringify({ ...first, id: 'bad-date', date: '2025-02-30' }), /date/],
  [JSON.stringify({ ...first, id: 'bad-cameo', cameo: 111 }), /cameo/],
  [JSON.stringify({ ...first, id: 'extra', colour: 'red' }), /colour|Unrecognized/i],
  ['[1, 2, 3]', /expected object|Invalid input/i],
];

describe('eventSchema', () => {
  it('accepts every generated event unchanged', () => {
    for (const e of events) expect(eventSchema.parse(e)).toEqual(e);
  });
  it.each(badLines.slice(1))('rejects %s', (line, problem) => {
    const r = eventSchema.safeParse(JSON.parse(line));
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(problem);
  });
  it('accepts optional actor fields only when present with a value', () => {
    const withRole = { ...first, source: [{ ...first.source[0], role: 'Chief of Staff' }] };
    expect(eventSchema.safeParse(withRole).success).toBe(true);
    const undefinedRole = { ...first, source: [{ ...first.source[0], role: null }] };
    expect(eventSchema.safeParse(undefinedRole).success).toBe(false);
  });
});

describe('faultline import', () => {
  const db = join(dir, 'import.db');
  const file = join(dir, 'events.jsonl');
  // Bad lines scattered among the good ones, plus blank lines.
  const lines = [...good.slice(0, 100), '', ...badLines.slice(0, 4).map(([l]) => l), ...good.slice(100), '   ', ...badLines.slice(4).map(([l]) => l)];
  writeFileSync(file, lines.join('\n') + '\n');
  const lineOf = (text: string): number => lines.indexOf(text) + 1;

  it('imports the valid lines and reports the first bad ones with their line numbers', async () => {
    const r = await runCli(['import', file, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: read ${good.length + badLines.length} line(s): imported ${good.length} event(s); 0 already stored, ${badLines.length} invalid\n`);
    const shown = r.stderr.split('\n').filter((l) => l.startsWith('invalid: '));
    expect(shown.length).toBe(5);
    badLines.slice(0, 5).forEach(([line, problem], i) => {
      expect(shown[i]).toContain(`${file}:${lineOf(line)}: `);
      expect(shown[i]).toMatch(problem);
    });
    expect(r.stderr).toContain(`and ${badLines.length - 5} more invalid line(s)`);

    const store = SqliteStore.open(db);
    try {
      expect(await store.countEvents()).toBe(good.length);
      expect(await store.countDocuments()).toBe(0);
      expect(await store.getEvent(first.id)).toEqual(first);
      // Every invalid line is kept as a problem, with its line number.
      expect((await store.listProblems()).map((p) => p.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(badLines.map(([l]) => lineOf(l)).sort((a, b) => a - b));
      // The aggregates are those of the imported events.
      const rows = await store.dyadDays({ level: 'sector' });
      expect(rows.map((d) => [d.date, d.source, d.target, d.counts, d.documents])).toEqual(
        aggregateEvents(events, { withSector: true }).map((d) => [d.date, d.source, d.target, d.counts, d.documents]),
      );
    } finally {
      await store.close();
    }
  });

  it('adds nothing when the same file is imported again', async () => {
    const store = SqliteStore.open(db);
    const before = await store.dyadDays({});
    await store.close();
    const r = await runCli(['import', file, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`imported 0 event(s); ${good.length} already stored, ${badLines.length} invalid`);
    const again = SqliteStore.open(db);
    try {
      expect(await again.countEvents()).toBe(good.length);
      expect(await again.dyadDays({})).toEqual(before);
    } finally {
      await again.close();
    }
  });

  it('reads stdin with "-", and counts a document once when its events come in two imports', async () => {
    const db2 = join(dir, 'stdin.db');
    const date = '2025-03-03';
    const [a, b] = [0, 1].map((i) => ({ ...makeScenarioEvent({ id: `split-${i}`, date, source: first.source[0]!, target: first.target[0]!, quad: 3 }), docId: 'shared-doc' }));
    expect((await runCli(['import', '-', '--db', db2], { stdin: JSON.stringify(a) + '\n' })).stdout).toBe('stdin: read 1 line(s): imported 1 event(s); 0 already stored, 0 invalid\n');
    await runCli(['import', '-', '--db', db2], { stdin: JSON.stringify(b) });
    const dyads = JSON.parse((await runCli(['dyads', '--db', db2, '--format', 'json'])).stdout) as Array<{ counts: number[]; documents: number }>;
    expect(dyads.map((d) => [d.counts, d.documents])).toEqual([[[0, 0, 2, 0], 1]]);
  });

  it('fails when no line is an event, and when the file is missing', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{nope\n');
    const r = await runCli(['import', bad, '--db', join(dir, 'bad.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl:1: invalid JSON/);
    expect(r.stderr).toMatch(/no line of .* is a valid event/);
    const missing = await runCli(['import', join(dir, 'nope.jsonl'), '--db', join(dir, 'bad.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^faultline: cannot read .*nope\.jsonl/);
  });
});
