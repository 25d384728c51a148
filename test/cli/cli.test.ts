// The CLI end to end, in-process, on a temporary database.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../src/records.js';
import { runCli } from './run-cli.js';

const INA = new URL('../../../shared/corpus/ina-al-araji-moscow-forum.txt', import.meta.url);

describe('faultline CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-cli-'));
  const db = join(dir, 'test.db');
  const reports = join(dir, 'reports');

  beforeAll(() => {
    mkdirSync(reports);
    writeFileSync(join(reports, 'ina.txt'), readFileSync(INA));
    writeFileSync(join(reports, 'empty.txt'), '');
    writeFileSync(join(reports, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    writeFileSync(join(reports, 'broken.json'), '{"text": "Iraq condemned');
    writeFileSync(
      join(reports, 'wire.jsonl'),
      [
        JSON.stringify({ text: 'Kenyan police arrested twelve protesters in Nairobi on Tuesday.', publishedAt: '2026-11-20', source: 'Test' }),
        '{not json',
        JSON.stringify({ title: 'no text here' }),
        JSON.stringify({ text: 'Russia condemned the new sanctions imposed by the European Union.', publishedAt: '2026-11-21' }),
      ].join('\n'),
    );
  });

  it('ingests a batch, reporting each bad file by name while the rest is stored', async () => {
    const r = await runCli(['ingest', reports, '--db', db, '--date', '2026-11-26']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ingested 3 document\(s\) with \d+ event\(s\); 0 skipped, 5 failed/);
    for (const name of ['empty.txt', 'binary.txt', 'broken.json', 'wire.jsonl:2', 'wire.jsonl:3']) expect(r.stderr).toContain(name);
  });

  it('adds nothing when the same reports are ingested again', async () => {
    const before = JSON.parse((await runCli(['events', '--db', db, '--format', 'json', '--limit', '1000'])).stdout) as Event[];
    const r = await runCli(['ingest', reports, '--db', db, '--date', '2026-11-26']);
    expect(r.stdout).toMatch(/ingested 0 document\(s\) with 0 event\(s\); 3 skipped/);
    const after = JSON.parse((await runCli(['events', '--db', db, '--format', 'json', '--limit', '1000'])).stdout) as Event[];
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('lists events filtered by country and type, in every format', async () => {
    const json = JSON.parse((await runCli(['events', '--db', db, '--country', 'IRQ', '--format', 'json'])).stdout) as Event[];
    expect(json.length).toBeGreaterThan(0);
    for (const e of json) expect([...e.source, ...e.target].some((a) => a.country === 'IRQ')).toBe(true);
    const accuse = JSON.parse((await runCli(['events', '--db', db, '--type', 'ACCUSE', '--format', 'json'])).stdout) as Event[];
    for (const e of accuse) expect(e.plover).toBe('ACCUSE');
    const csv = (await runCli(['events', '--db', db, '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0]).toMatch(/^id,docId,sentence,date,source,cameo,plover/);
    const jsonl = (await runCli(['events', '--db', db, '--format', 'jsonl'])).stdout.trim().split('\n');
    expect(jsonl.length).toBe(csv.length - 1);
    const table = (await runCli(['events', '--db', db])).stdout;
    expect(table).toMatch(/^id\s+date\s+source\s+event/);
  });

  it('rejects a bad filter with a message naming the option', async () => {
    const r = await runCli(['events', '--db', db, '--since', '2026-13-45']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--since/);
  });

  it('explains an event and shows its document with marks', async () => {
    const events = JSON.parse((await runCli(['events', '--db', db, '--country', 'IRQ', '--format', 'json'])).stdout) as Event[];
    const e = events[0];
    expect(e).toBeDefined();
    if (!e) return;
    const explained = await runCli(['explain', e.id, '--db', db]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain(`event ${e.id}`);
    expect(explained.stdout).toContain(`rule: ${e.evidence.rule}`);
    expect(explained.stdout).toMatch(/\{[^}]+\}/);
    const shown = await runCli(['show', e.docId ?? '', '--db', db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(e.id);
    expect(shown.stdout).toMatch(/\[[^\]]*Araji[^\]]*\]/);
    const missing = await runCli(['explain', 'nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no event with id nope/);
  });

  it('codes text from stdin without storing anything', async () => {
    const r = await runCli(['code', '--format', 'json', '--date', '2026-11-26'], { stdin: 'Iran accused Israel of attacking its nuclear sites on Monday.' });
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout) as Event[];
    const accuse = events.find((e) => e.plover === 'ACCUSE');
    expect(accuse?.source[0]?.country).toBe('IRN');
    expect(accuse?.target[0]?.country).toBe('ISR');
    expect(accuse?.date).toBe('2026-11-23');
    expect(accuse?.docId).toBeNull();
  });

  it('fails with one clear line on bad options', async () => {
    const r = await runCli(['code', '--text', 'x', '--date', 'tomorrow']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('faultline: --date must be YYYY-MM-DD, got "tomorrow"\n');
  });
});
