// A clause of saying after the content it reports ("…, Amnesty International
// protested on Monday"): its subject is the speaker of the content and never a
// party to it; a protest verb there is no demonstration; verbs that criticise
// or accuse carry an ACCUSE event against the party the content is about.

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';
import type { Actor, Event } from '../../src/records.js';

const res = loadResources();

function events(text: string): Event[] {
  return codeDocument({ text, docId: null, publishedAt: '2026-11-26', homeCountry: null }, res).events;
}

/** "SOC", "USA", "KEN/COP", or an IGO code. */
const keys = (a: Actor): string[] => [a.sector ?? '', a.country ?? '', a.igo ?? '', `${a.country ?? ''}/${a.sector ?? ''}`];
const has = (actors: readonly Actor[], k: string): boolean => actors.some((a) => keys(a).includes(k));

describe('a verb of saying after the content', () => {
  it.each<[string, string, string, string]>([
    // [sentence, reporter, content source, CAMEO of the reporter's own act]
    ['Ugandan police are torturing opposition supporters in custody, Amnesty International protested on Friday.', 'AMN', 'UGA/COP', '111'],
    ['The junta has jailed dozens of reporters since the coup, the opposition complained.', 'OPP', 'GOV', '111'],
    ['“Soldiers are torturing prisoners in Gao,” Human Rights Watch complained in a statement.', 'HRW', 'MIL', '111'],
    ['Russian troops shelled a hospital in Kherson, Ukraine alleged on Tuesday.', 'UKR', 'RUS/MIL', '112'],
    ['Police torture suspects in custody, Human Rights Watch charged in a new report.', 'HRW', 'COP', '112'],
  ])('%s', (text, reporter, actor, cameo) => {
    const found = events(text);
    // never a demonstration
    expect(found.filter((e) => e.plover === 'PROTEST')).toEqual([]);
    const accuse = found.find((e) => e.plover === 'ACCUSE');
    expect(accuse?.cameo).toBe(cameo);
    expect(has(accuse?.source ?? [], reporter)).toBe(true);
    expect(has(accuse?.target ?? [], actor)).toBe(true);
    const by = accuse?.source[0];
    const content = found.filter((e) => e !== accuse);
    expect(content.length).toBeGreaterThan(0);
    for (const e of content) {
      expect(e.target.some((a) => a.name === by?.name), 'the reporter is no target').toBe(false);
      expect(e.speaker?.name, 'the reporter is the speaker').toBe(by?.name);
    }
  });

  it.each([
    ['Israel will strike Hezbollah positions in Lebanon, the Israeli army warned.', 'ISR/MIL'],
    ['Turkish jets bombed Kurdish fighters in northern Iraq, the Iraqi government insisted.', 'IRQ/GOV'],
    ['Sudan expelled two Norwegian diplomats, state media said on Sunday.', 'JRN'],
  ])('%s: words only, %s the speaker', (text, reporter) => {
    const found = events(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((e) => e.plover === 'ACCUSE' || e.plover === 'PROTEST')).toEqual([]);
    for (const e of found) {
      expect(e.target.some((a) => a.name === e.speaker?.name)).toBe(false);
      expect(e.speaker !== null && keys(e.speaker).includes(reporter)).toBe(true);
    }
  });

  it('leaves the reporter out of the words the act is read from', () => {
    const text = 'Tanzanian police are torturing suspects, Amnesty International protested on Friday.';
    const act = events(text).find((e) => e.plover === 'ASSAULT');
    const verb = act?.evidence.spans.verb;
    expect(verb && text.slice(verb.start, verb.end)).toBe('torturing suspects');
    expect(act?.evidence.spans.target).toHaveLength(1);
  });

  it('keeps a protest that is itself the act', () => {
    for (const text of ['In Nairobi, students protested on Monday.', 'Students protested in Nairobi on Monday.']) {
      expect(events(text).map((e) => e.plover)).toContain('PROTEST');
    }
    // a subordinate clause before the comma is no reported content
    expect(events('After the court ruling, Kenyan lawyers protested outside parliament.').filter((e) => e.plover === 'ACCUSE')).toEqual([]);
  });

  it('codes no accusation when no party is named in the content', () => {
    const found = events('Prices of bread have doubled since March, the opposition complained.');
    expect(found).toEqual([]);
  });
});
