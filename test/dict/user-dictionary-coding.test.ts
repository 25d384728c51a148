// A user dictionary changes how sentences are coded: new actors, a replaced
// actor, a removed phrase, a new verb pattern; and bad files stop the load
// with their file and line.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/ingest/make-document.js';
import { loadResources } from '../../src/load-resources.js';
import { processDocument } from '../../src/pipeline.js';
import type { Event } from '../../src/records.js';
import { CliError } from '../../src/cli/cli-error.js';
import { layDictionaries } from '../../src/load-resources.js';
import { folder } from './dict-folder.js';

const EXAMPLE = new URL('./example-dict/', import.meta.url).pathname;

function code(text: string, dicts: string[] = []): Event[] {
  return processDocument(makeDocument({ text }, { date: '2026-11-20' }), loadResources({ dicts })).events;
}

function actorOf(events: Event[], side: 'source' | 'target'): string[] {
  return events.flatMap((e) => e[side].map((a) => `${a.country ?? a.igo ?? '-'} ${a.sector ?? '-'} ${a.entry}`));
}

describe('user dictionaries change the coding', () => {
  // [sentence, built-in coding, coding with the example dictionary]
  const cases: Array<[string, string, string]> = [
    // A new group: the built-in resolver only sees a body named "... Front".
    ['The Red Hand Front attacked a police station in Belfast.', '- PTY body:front', 'GBR REB group:red-hand-front'],
    // Same id as a built-in entry: replaced.
    ['Hezbollah criticized Israel on Monday.', 'LBN REB group:hezbollah', 'LBN PTY group:hezbollah'],
  ];
  for (const [sentence, before, after] of cases) {
    it(sentence, () => {
      expect(actorOf(code(sentence), 'source')[0]).toBe(before);
      expect(actorOf(code(sentence, [EXAMPLE]), 'source')[0]).toBe(after);
    });
  }

  it('codes a sentence the built-in patterns do not, with the user rule as evidence', () => {
    const sentence = "Kenya's government quarantined the Somali traders.";
    expect(code(sentence)).toEqual([]);
    const events = code(sentence, [EXAMPLE]);
    expect(events.map((e) => [e.cameo, e.plover, e.evidence.rule.split('#')[0]])).toEqual([['172', 'COERCE', `${EXAMPLE}verbs/coerce.txt:2`]]);
    expect(actorOf(events, 'source')).toEqual(['KEN GOV country:KEN+sector:government']);
  });

  it('removes a built-in phrase', () => {
    const sentence = 'IS militants attacked Kurdish forces near Raqqa.';
    expect(actorOf(code(sentence), 'source').some((a) => a.includes('group:islamic-state'))).toBe(true);
    expect(actorOf(code(sentence, [EXAMPLE]), 'source').some((a) => a.includes('group:islamic-state'))).toBe(false);
    // The entry's other names still resolve.
    expect(actorOf(code('The Islamic State attacked Kurdish forces near Raqqa.', [EXAMPLE]), 'source')[0]).toMatch(/group:islamic-state/);
  });

  it('removes a built-in verb pattern, and a later folder overrides an earlier one', () => {
    const sentence = 'Russia blacklisted three Estonian diplomats.';
    expect(code(sentence).map((e) => e.cameo)).toEqual(['163']);
    const noBlacklist = folder({ 'verbs/remove.txt': '-\tblacklist+|embargo+ @T\n-\tblacklist+\n' });
    expect(code(sentence, [noBlacklist])).toEqual([]);
    const asSanction = folder({ 'verbs/sanction.txt': '172\tblacklist+ @T\n' });
    expect(code(sentence, [noBlacklist, asSanction]).map((e) => e.cameo)).toEqual(['172']);
  });

  it('caches per list of folders and leaves the built-in resources alone', () => {
    expect(loadResources({ dicts: [EXAMPLE] })).toBe(loadResources({ dicts: [EXAMPLE] }));
    expect(loadResources()).toBe(loadResources({ dicts: [] }));
    expect(loadResources()).not.toBe(loadResources({ dicts: [EXAMPLE] }));
  });
});

describe('loading a bad user dictionary', () => {
  it('throws a bad-dictionary CliError naming each file and line', () => {
    const dir = folder({
      'actors/groups.txt': 'ok | GBR | REB | Fine Group\nbad | GBR | XYZ | Bad Group\n',
      'verbs/extra.txt': '# fine\n\n172\tquarantine+ @T\n999\tfoo+ @T\n',
    });
    let error: unknown;
    try {
      loadResources({ dicts: [dir] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe('bad-dictionary');
    expect((error as CliError).message).toContain(`${join(dir, 'actors/groups.txt')}:2: "XYZ" is not a PLOVER sector`);
    expect((error as CliError).message).toContain(`${join(dir, 'verbs/extra.txt')}:4: unknown CAMEO code "999"`);
  });

  it('loads despite conflicts with the built-in dictionary (the user wins)', () => {
    const dir = folder({ 'actors/groups.txt': 'quds-brigade | IRN | MIL | Quds Brigade | Hamas\n' });
    expect(actorOf(code('Hamas attacked Israeli troops.', [dir]), 'source')[0]).toBe('IRN MIL group:quds-brigade');
  });

  it('fails on a folder with neither actors/ nor verbs/', () => {
    const dir = folder({ 'README.md': 'nothing here\n' });
    expect(() => loadResources({ dicts: [dir] })).toThrow(/found neither folder/);
  });
});

describe('several folders', () => {
  it('lays later folders over earlier ones: a team folder corrected by a personal one', () => {
    const team = folder({ 'actors/groups.txt': 'red-hand-front | GBR | REB | Red Hand Front | RHF\n' });
    const mine = folder({ 'actors/groups.txt': 'red-hand-front | IRL | REB | Red Hand Front\n' });
    const laid = layDictionaries([team, mine]);
    expect(laid.findings.map((f) => [f.severity, f.kind, f.file])).toEqual([['info', 'override', join(mine, 'actors/groups.txt')]]);
    expect(laid.findings[0]?.message).toContain(`replaces group:red-hand-front (${join(team, 'actors/groups.txt')}:1): GBR REB → IRL REB`);
    expect(actorOf(code('The Red Hand Front attacked a police station in Belfast.', [team, mine]), 'source')[0]).toBe('IRL REB group:red-hand-front');
    // The personal entry replaced the team one whole: "RHF" went with it.
    expect(laid.actors.entries.some((e) => e.phrases.includes('RHF'))).toBe(false);
  });
});
