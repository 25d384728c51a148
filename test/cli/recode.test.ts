// `faultline recode` end to end on a temporary database: a user dictionary
// that adds an actor changes the stored events; the same run again changes
// nothing; --dry-run writes nothing; one failing document never stops the batch.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { recodeStore, type RecodeSummary } from '../../src/cli/recode.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { processDocument } from '../../src/pipeline.js';
import { loadResources } from '../../src/load-resources.js';
import type { Event } from '../../src/records.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runCli } from './run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'faultline-recode-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Our own dictionary: a group the built-in dictionary does not know.
const dict = join(root, 'dict');
mkdirSync(join(dict, 'actors'), { recursive: true });
writeFileSync(join(dict, 'actors', 'groups.txt'), 'amber-ridge-brigade | KEN | REB | Amber Ridge Brigade | ARB\n');

const STORIES: [string, string, string][] = [
  ['ridge.txt', '2026-11-23', 'The Amber Ridge Brigade attacked a police station near Nakuru on Monday. Kenya condemned the attack.'],
  ['gaza.txt', '2026-11-25', 'Egypt condemned the Israeli airstrikes on Gaza on Wednesday.'],
];

let db = '';
let files = 0;
beforeEach(async () => {
  const dir = join(root, `run-${++files}`);
  mkdirSync(dir);
  db = join(dir, 'faultline.db');
  for (const [name, date, text] of STORIES) {
    writeFileSync(join(dir, name), text + '\n');
    const r = await runCli(['ingest', join(dir, name), '--db', db, '--date', date, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
  }
});

/** Every stored event as JSON, by id: what "nothing changed" compares. */
async function storedEvents(): Promise<Map<string, string>> {
  const store = SqliteStore.open(db);
  try {
    return new Map((await store.queryEvents({})).map((e) => [e.id, JSON.stringify(e)]));
  } finally {
    await store.close();
  }
}

const bySource = (events: Map<string, string>, country: string): Event[] =>
  [...events.values()].map((j) => JSON.parse(j) as Event).filter((e) => e.source.some((a) => a.country === country && a.sector === 'REB'));

async function recode(...args: string[]): Promise<RecodeSummary> {
  const r = await runCli(['recode', '--db', db, '--json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as RecodeSummary;
}

describe('faultline recode', () => {
  it('codes stored documents again with a user dictionary, then changes nothing on a second run', async () => {
    const before = await storedEvents();
    expect(bySource(before, 'KEN')).toEqual([]);

    const first = await recode('--dict', dict);
    expect(first).toMatchObject({ documents: 2, eventsBefore: before.size, changed: 1, failed: [], dryRun: false });
    const after = await storedEvents();
    expect(first.eventsAfter).toBe(after.size);
    // The brigade is now a Kenyan armed group that attacked the police.
    const attacks = bySource(after, 'KEN');
    expect(attacks.map((e) => [e.plover, e.source[0]?.name])).toEqual([['ASSAULT', 'Amber Ridge Brigade']]);
    // The other story is untouched.
    for (const [id, json] of before) if (JSON.parse(json).date === '2026-11-25') expect(after.get(id)).toBe(json);

    const second = await recode('--dict', dict);
    expect(second).toMatchObject({ documents: 2, eventsBefore: after.size, eventsAfter: after.size, changed: 0 });
    expect(await storedEvents()).toEqual(after);

    // Without the dictionary the archive goes back to what ingest stored.
    expect((await recode()).changed).toBe(1);
    expect(await storedEvents()).toEqual(before);
  });

  it('writes nothing on --dry-run, and says what it would do', async () => {
    const before = await storedEvents();
    const r = await runCli(['recode', '--db', db, '--dict', dict, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^would re-code \(dry run, nothing written\) 2 document\(s\): events (\d+) → (\d+); 1 document\(s\) changed\n$/);
    expect(await storedEvents()).toEqual(before);
  });

  const ranges: [string[], number][] = [
    [['--since', '2026-11-24'], 1],
    [['--until', '2026-11-24'], 1],
    [['--since', '2026-11-23', '--until', '2026-11-25'], 2],
    [['--since', '2026-12-01'], 0],
  ];
  it.each(ranges)('re-codes only the documents published in range %j', async (args, documents) => {
    expect((await recode('--dry-run', ...args)).documents).toBe(documents);
  });

  it('refuses a bad date before opening the database', async () => {
    const r = await runCli(['recode', '--db', db, '--since', '2026-11-31']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--since/);
  });

  it('reports a document that fails by id with its reason, keeps its coding, and goes on', async () => {
    const store = SqliteStore.open(db);
    try {
      const [bad, good] = await store.documentIds();
      if (bad === undefined || good === undefined) throw new Error('two documents expected');
      const kept = await store.eventsOfDocument(bad);
      let err = '';
      const io: CliIo = { stdout: () => undefined, stderr: (t) => void (err += t), readStdin: async () => '', isTTY: false, env: {} };
      const res = loadResources({ dicts: [dict] });
      const summary = await recodeStore(store, io, {
        dicts: [dict],
        dryRun: false,
        now: () => '2026-11-27T00:00:00.000Z',
        code: (doc) => {
          if (doc.id === bad) throw new Error('the coder choked');
          return processDocument(doc, res);
        },
      });
      expect(summary.failed).toEqual([{ docId: bad, reason: 'the coder choked' }]);
      expect(summary.documents).toBe(2);
      expect(err).toContain(`failed: ${bad}: the coder choked`);
      expect(await store.eventsOfDocument(bad)).toEqual(kept);
    } finally {
      await store.close();
    }
  });

  it('fails with one clear message when the database cannot be opened', async () => {
    const r = await runCli(['recode', '--db', join(root, 'no-such-dir', 'x.db')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/cannot open database/);
  });

  it('keeps a near-duplicate story merged into its first copy (its events stay mentions, never counted twice)', async () => {
    const dir = join(root, `dup-${++files}`);
    mkdirSync(dir);
    db = join(dir, 'faultline.db');
    const story = [
      'The Amber Ridge Brigade attacked a police station near Nakuru on Monday, killing two officers, the interior ministry said.',
      'Kenya condemned the attack and promised to hunt down those responsible.',
      'The brigade has carried out several raids in the Rift Valley this year.',
      'Police said reinforcements had been sent to the area and that roads around the town were closed.',
      'Residents said they heard gunfire for more than an hour before dawn.',
    ].join(' ');
    writeFileSync(join(dir, 'first.txt'), story + '\n');
    writeFileSync(join(dir, 'copy.txt'), story + ' Follow our live coverage for more updates.\n');
    for (const f of ['first.txt', 'copy.txt']) {
      const r = await runCli(['ingest', join(dir, f), '--db', db, '--date', '2026-11-23', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
    }
    const mentions = async (): Promise<number[]> => {
      const store = SqliteStore.open(db);
      try {
        const events = await store.queryEvents({});
        return Promise.all(events.map(async (e) => (await store.mentionsOf(e.id)).length));
      } finally {
        await store.close();
      }
    };
    const before = await storedEvents();
    const merged = await mentions();
    expect(merged.length).toBeGreaterThan(0);
    expect(merged.every((n) => n === 2)).toBe(true); // the first copy and the duplicate
    const first = await recode('--dict', dict);
    expect(first).toMatchObject({ documents: 2, eventsBefore: before.size, eventsAfter: before.size, changed: 1 });
    expect(bySource(await storedEvents(), 'KEN').length).toBeGreaterThan(0);
    expect(await mentions()).toEqual(merged);
    expect((await recode('--dict', dict)).changed).toBe(0);
  });
});
