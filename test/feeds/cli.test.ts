// The CLI commands of issue 5, run in-process: feeds add|list|remove,
// import --format, export --format.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-feeds-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sampleFile = new URL('../../../shared/eval/dev/gdelt2-events-sample.tsv', import.meta.url).pathname;

describe('faultline feeds', () => {
  it('adds, lists and removes feeds', async () => {
    const db = join(dir, 'feeds.db');
    const added = await runCli(['feeds', 'add', 'https://wire.example/rss.xml', '--name', 'Wire', '--db', db]);
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^added feed 1: https:\/\/wire\.example\/rss\.xml/) });
    expect((await runCli(['feeds', 'add', 'https://ministry.example/statement', '--page', '--interval', '3600', '--db', db])).code).toBe(0);
    expect(await runCli(['feeds', 'add', 'https://wire.example/rss.xml', '--db', db])).toMatchObject({ code: 1, stderr: expect.stringMatching(/already watched/) });
    expect(await runCli(['feeds', 'add', 'ftp://wire.example/x', '--db', db])).toMatchObject({ code: 1, stderr: expect.stringMatching(/http/) });
    const listed = await runCli(['feeds', 'list', '--format', 'json', '--db', db]);
    expect((JSON.parse(listed.stdout) as { url: string; kind: string; intervalSeconds: number }[]).map((f) => [f.url, f.kind, f.intervalSeconds])).toEqual([
      ['https://wire.example/rss.xml', 'feed', 900],
      ['https://ministry.example/statement', 'page', 3600],
    ]);
    expect((await runCli(['feeds', 'list', '--db', db])).stdout).toMatch(/Wire .*https:\/\/wire\.example\/rss\.xml/);
    expect((await runCli(['feeds', 'remove', '1', '--db', db])).code).toBe(0);
    expect((await runCli(['feeds', 'remove', 'https://nowhere.example', '--db', db])).code).toBe(1);
  });
});

describe('faultline import --format and export --format', () => {
  it('imports a GDELT file, reports the summary, and exports it unchanged', async () => {
    const db = join(dir, 'gdelt.db');
    const imported = await runCli(['import', '--format', 'gdelt', sampleFile, '--db', db, '--no-alerts']);
    expect(imported.stdout).toMatch(/read 9 gdelt row\(s\): imported 9 event\(s\); 0 already stored, 0 skipped/);
    const out = join(dir, 'out.tsv');
    const exported = await runCli(['export', '--format', 'gdelt', '--out', out, '--db', db]);
    expect(exported).toMatchObject({ code: 0, stderr: expect.stringMatching(/exported 9 event\(s\) as gdelt/) });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(sampleFile, 'utf8'));
    const geo = await runCli(['export', '--format', 'geojson', '--country', 'IND', '--db', db]);
    // --country filters on actors: one row has an Indian actor.
    expect((JSON.parse(geo.stdout) as { features: { id: string }[] }).features.map((f) => f.id)).toEqual(['gdelt-1193447433']);
  });

  it('keeps the JSONL default and fails clearly on a file with no valid row', async () => {
    const db = join(dir, 'bad.db');
    const r = await runCli(['import', '--format', 'plover', '-', '--db', db, '--no-alerts'], { stdin: '{"id":"x"}\nnot json\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/skipped: stdin:1: not a PLOVER record/);
    expect(r.stderr).toMatch(/skipped: stdin:2: invalid JSON/);
    expect(r.stdout).toMatch(/read 2 plover row\(s\): imported 0 event\(s\); 0 already stored, 2 skipped/);
    expect((await runCli(['import', '-', '--db', db, '--no-alerts'], { stdin: '{"id":"x"}\n' })).stdout).toMatch(/1 invalid/);
  });
});
