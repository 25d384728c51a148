// `faultline dict check` and `--dict` end to end, in-process.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { serveCommand } from '../../src/cli/serve.js';
import { readWatchFile } from '../../src/cli/watch.js';
import type { DictCheckReport } from '../../src/cli/dict.js';
import type { Event } from '../../src/records.js';
import { runCli } from '../cli/run-cli.js';
import { folder } from './dict-folder.js';

const EXAMPLE = new URL('./example-dict/', import.meta.url).pathname;

// A duplicate inside the folder (RHF twice) and a conflict with the built-in
// dictionary (Hamas coded as an Iranian military unit).
const BAD = folder({
  'actors/groups.txt': 'red-hand-front | GBR | REB | Red Hand Front | RHF\nquds-brigade | IRN | MIL | Quds Brigade | Hamas\n',
  'actors/groups-more.txt': 'other-front | IRL | REB | Other Front | RHF\n',
  'verbs/extra.txt': '172\tquarantine+ @T\n',
});
const CONFLICT_ONLY = folder({ 'actors/groups.txt': 'quds-brigade | IRN | MIL | Quds Brigade | Hamas\n' });

describe('faultline dict check', () => {
  it('passes the example dictionary, listing its override and removal as notes', async () => {
    const r = await runCli(['dict', 'check', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 actor file, 1 verb file; 2 actor entries, 2 verb patterns');
    expect(r.stdout).toMatch(/info +override +.*groups\.txt:5: replaces group:hezbollah .*LBN REB → LBN PTY/);
    expect(r.stdout).toMatch(/info +removal +.*groups\.txt:7: removed "IS" from group:islamic-state/);
    expect(r.stdout).toContain('0 errors, 0 warnings, 2 notes');
  });

  it('finds a duplicate and a conflict, and exits 1 for the duplicate', async () => {
    const r = await runCli(['dict', 'check', BAD]);
    expect(r.code).toBe(1);
    // Files are read in name order: groups-more.txt comes before groups.txt.
    expect(r.stdout).toMatch(/error +duplicate +.*\/groups\.txt:1: "RHF" is also group:other-front at .*groups-more\.txt:1; kept that/);
    expect(r.stdout).toMatch(/warning +conflict +.*groups\.txt:2: "Hamas".* group:hamas .*coded PSE REB; yours codes them IRN MIL/);
    expect(r.stderr).toBe(`faultline: 1 error in ${BAD}\n`);
  });

  it('prints one JSON object with --json', async () => {
    const r = await runCli(['dict', 'check', BAD, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as DictCheckReport;
    expect([report.errors, report.ok]).toEqual([1, false]);
    expect(report.findings.map((f) => f.kind).sort()).toEqual(['conflict', 'duplicate']);
    expect(report.folders[0]).toMatchObject({ dir: BAD, actorFiles: 2, verbFiles: 1, verbPatterns: 1 });
  });

  it('exits 0 on a conflict alone, 1 with --strict', async () => {
    expect((await runCli(['dict', 'check', CONFLICT_ONLY])).code).toBe(0);
    const strict = await runCli(['dict', 'check', CONFLICT_ONLY, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 warning (--strict)');
  });

  it('names a missing folder', async () => {
    const r = await runCli(['dict', 'check', join(BAD, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(BAD, 'nope')}: no such dictionary folder`);
  });
});

describe('--dict on commands that code', () => {
  const text = "The Red Hand Front attacked a police station in Belfast. Kenya's government quarantined the Somali traders.";

  it('code --dict uses the user dictionary', async () => {
    const plain = JSON.parse((await runCli(['code', '--text', text, '--format', 'json'])).stdout) as Event[];
    const r = await runCli(['code', '--text', text, '--format', 'json', '--dict', EXAMPLE]);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout) as Event[];
    expect(events.length).toBe(plain.length + 1);
    expect(events.map((e) => e.cameo)).toEqual(['190', '172']);
    expect(events[0]?.source[0]?.entry).toBe('group:red-hand-front');
  });

  it('reads $FAULTLINE_DICT', async () => {
    const r = await runCli(['code', '--text', text, '--format', 'json'], { env: { FAULTLINE_DICT: EXAMPLE } });
    expect((JSON.parse(r.stdout) as Event[]).map((e) => e.cameo)).toEqual(['190', '172']);
  });

  it('stops with the file and line of a bad dictionary, before touching the database', async () => {
    const bad = folder({ 'actors/groups.txt': '# ours\nbad | GBR | XYZ | Bad Group\n' });
    const db = join(bad, 'never.db');
    for (const argv of [['code', '--text', text], ['ingest', EXAMPLE, '--db', db]]) {
      const r = await runCli([...argv, '--dict', bad]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${join(bad, 'actors/groups.txt')}:2: "XYZ" is not a PLOVER sector`);
    }
    expect(existsSync(db)).toBe(false);
    const listing = await runCli(['dict', 'check', bad]);
    expect(listing.stdout).toContain('groups.txt:2');
  });

  it('ingest --dict stores events coded with the user dictionary', async () => {
    const dir = folder({ 'reports/story.txt': text });
    const db = join(dir, 'test.db');
    const r = await runCli(['ingest', join(dir, 'reports'), '--db', db, '--date', '2026-11-20', '--quiet', '--dict', EXAMPLE]);
    expect(r.code).toBe(0);
    const events = JSON.parse((await runCli(['events', '--db', db, '--format', 'json'])).stdout) as Event[];
    expect(events.map((e) => e.cameo).sort()).toEqual(['172', '190']);
  });
});

describe('serve --dict', () => {
  const quiet: CliIo = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', isTTY: false, env: {} };

  it('codes submitted reports with the user dictionary', async () => {
    const dir = folder({});
    let codes: string[] = [];
    await serveCommand(quiet, {
      db: join(dir, 's.db'),
      host: '127.0.0.1',
      port: '0',
      demo: false,
      web: join(dir, 'no-dashboard'),
      dicts: [EXAMPLE],
      until: async (server) => {
        const res = await fetch(`${server.url}api/v1/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: "Kenya's government quarantined the Somali traders." });
        codes = ((await res.json()) as { events: Event[] }).events.map((e) => e.cameo);
      },
    });
    expect(codes).toEqual(['172']);
  });

  it('refuses a bad dictionary before opening the database', async () => {
    const bad = folder({ 'verbs/x.txt': '999\tfoo+ @T\n' });
    await expect(serveCommand(quiet, { db: join(bad, 's.db'), host: '127.0.0.1', port: '0', demo: false, dicts: [bad] })).rejects.toThrow(/x\.txt:1: unknown CAMEO code/);
    expect(existsSync(join(bad, 's.db'))).toBe(false);
  });
});

describe('watch config "dicts"', () => {
  it('reads the folders relative to the config file and checks them', async () => {
    const dir = folder({
      'watch.json': JSON.stringify({ feeds: [{ url: 'https://example.org/feed.xml' }], dicts: ['my-dict', '/abs/other'] }),
    });
    const read = await readWatchFile(join(dir, 'watch.json'));
    expect(read.dicts).toEqual([join(dir, 'my-dict'), '/abs/other']);
    expect(read.config.feeds.map((f) => f.url)).toEqual(['https://example.org/feed.xml']);
  });

  it('rejects dicts that are not a list of folders', async () => {
    const dir = folder({ 'watch.json': JSON.stringify({ dicts: 'my-dict' }) });
    await expect(readWatchFile(join(dir, 'watch.json'))).rejects.toThrow(/dicts: expected a list of dictionary folders/);
  });

  it('watch stops on a bad dictionary named by its config', async () => {
    const dir = folder({
      'watch.json': JSON.stringify({ feeds: [{ url: 'https://example.org/feed.xml' }], dicts: ['bad'] }),
      'bad/verbs/x.txt': '999\tfoo+ @T\n',
    });
    const r = await runCli(['watch', '--config', join(dir, 'watch.json'), '--once', '--db', join(dir, 'w.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'bad/verbs/x.txt')}:1: unknown CAMEO code "999"`);
  });
});
