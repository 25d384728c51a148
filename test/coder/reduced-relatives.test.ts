// Subjects behind a reduced relative clause: in "rebels backed by Rwanda
// attacked …" the actor before the participle is the subject of the finite
// verb after the phrase, and the agent after "by" only describes it.

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';
import type { Actor, Event, PloverType } from '../../src/records.js';

const res = loadResources();

function events(text: string): Event[] {
  return codeDocument({ text, docId: null, publishedAt: '2026-11-26', homeCountry: null }, res).events;
}

/** "REB", "USA", "USA/GOV": an actor's sector, country, or both. */
const key = (a: Actor): string[] => [a.sector ?? '', a.country ?? '', `${a.country ?? ''}/${a.sector ?? ''}`];
const has = (actors: readonly Actor[], k: string): boolean => actors.some((a) => key(a).includes(k));

describe('the actor before a reduced relative is the subject', () => {
  it.each<[string, PloverType, string, string | null, string | null]>([
    // [sentence, type, source, not a source, target]
    ['Militiamen backed by Iran fired rockets at a US base in Syria on Sunday.', 'ASSAULT', 'PRM', 'IRN', 'USA'],
    ['Insurgents supported by Pakistan attacked an Indian army post in Kashmir.', 'ASSAULT', 'REB', 'PAK', null],
    ['A militant group based in Somalia threatened to attack Kenya.', 'THREATEN', 'REB', null, 'KEN'],
    ['Rebels armed with rifles attacked a police station in northern Mali.', 'ASSAULT', 'REB', null, null],
    ['Demonstrators angered by the election result attacked the parliament building in Lima.', 'ASSAULT', 'CVL', null, null],
    ['Hackers angered by the new law attacked Estonian government websites.', 'COERCE', 'CRM', null, 'EST'],
    // an aside between commas was already skipped
    ['Rebels, backed by Uganda, seized the town of Bunia on Friday.', 'COERCE', 'REB', 'UGA', null],
  ])('%s', (text, type, source, notSource, target) => {
    const e = events(text).find((x) => x.plover === type);
    expect(e, JSON.stringify(events(text).map((x) => x.plover))).toBeDefined();
    expect(has(e?.source ?? [], source)).toBe(true);
    if (notSource !== null) expect(has(e?.source ?? [], notSource)).toBe(false);
    if (target !== null) expect(has(e?.target ?? [], target)).toBe(true);
  });

  it('takes the modified actor as the target of a passive verb', () => {
    const e = events('Fighters backed by Turkey were shelled by Syrian army artillery.').find((x) => x.plover === 'ASSAULT');
    expect(has(e?.source ?? [], 'SYR')).toBe(true);
    expect(has(e?.target ?? [], 'REB')).toBe(true);
  });

  it.each([
    // a thing's agent still stands for it
    ['A roadside bomb planted by the Taliban killed four Afghan soldiers.', 'AFG'],
    // a finite passive and a compound modifier keep working
    ['Kurdish fighters were attacked by Turkish drones near Qamishli.', 'TUR'],
  ])('%s → source %s', (text, source) => {
    const e = events(text).find((x) => x.plover === 'ASSAULT');
    expect(has(e?.source ?? [], source)).toBe(true);
  });

  it.each<[string, PloverType, string, string]>([
    // the participle itself is passive: the agent after "by" acts on the actor before it
    ['Soldiers trained by the United States shelled rebel positions in the north.', 'COOPERATE', 'USA', 'MIL'],
    ['Syrian troops supported by Russia shelled the town, killing six civilians.', 'SUPPORT', 'RUS', 'SYR'],
  ])('%s → %s by %s to %s', (text, type, source, target) => {
    const e = events(text).find((x) => x.plover === type);
    expect(has(e?.source ?? [], source)).toBe(true);
    expect(has(e?.target ?? [], target)).toBe(true);
  });

  it('keeps the main act for a participle after the comma', () => {
    const e = events('Syrian troops supported by Russia shelled the town, killing six civilians.').filter((x) => x.plover === 'ASSAULT');
    expect(e.length).toBeGreaterThan(0);
    expect(e.every((x) => has(x.source, 'SYR') && !has(x.source, 'RUS'))).toBe(true);
  });

  it('codes no accusation without an accuser ("officers accused of torture arrested …")', () => {
    const found = events('Police officers accused of torture arrested three journalists in Cairo.');
    expect(found.filter((e) => e.plover === 'ACCUSE')).toEqual([]);
    expect(found.find((e) => e.plover === 'COERCE')?.source.map((a) => a.sector)).toEqual(['COP']);
  });

  it('does not reach over a clause opened by "until"', () => {
    // the participle phrase belongs to the object of "sanction", not to a subject of "ends"
    const text = 'The bill would sanction banks linked to the Iranian military until Iran ends its missile tests.';
    expect(events(text).filter((e) => e.source.some((a) => a.sector === 'BUS'))).toEqual([]);
  });
});
